"""The word tables of words.py compiled into the questions the structure rules ask of a line."""

from __future__ import annotations

import re

from statement_qa.structure.blocks import clean_line, heading_name, word_count
from statement_qa.structure.words import (
    ADVICE_ADDRESSEES,
    ADVICE_ADVERBS,
    ADVICE_CLAUSES,
    ADVICE_ELSEWHERE,
    ADVICE_HEADING_SHAPES,
    ADVICE_IMPERATIVES,
    ADVICE_SHOULD,
    ADVICE_VERBS,
    ADVICE_WE,
    ADVICE_WE_FORMS,
    ADVICE_WE_VERBS,
    ASIDE_HEADINGS,
    ASIDE_OPENINGS,
    BODY_QUALIFIERS,
    BODY_WORDS,
    BYLINES,
    CHROME,
    CLOSING,
    HISTORY_OPENINGS,
    HOUSEKEEPING,
    LABELS,
    MEETING_WORDS,
    ORGANISATION_WORDS,
    OTHERS_SAY,
    PERSON_ROLES,
    PERSON_TITLES,
    PICTURE_WORDS,
    POSITION_CONTINUATIONS,
    POSITION_HEADINGS,
    POSITION_OPENINGS,
    SALUTATIONS,
    SCOPE_NOTES,
    SECTION_HEADINGS,
    THERAPY_ACTIONS,
)


def _whole(table: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    return re.compile(rf"^(?:{'|'.join(p for patterns in table.values() for p in patterns)})$", re.IGNORECASE)


def _start(table: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    return re.compile(rf"^(?:{'|'.join(p for patterns in table.values() for p in patterns)})", re.IGNORECASE)


POSITION = _whole(POSITION_HEADINGS)
SECTION = _whole(SECTION_HEADINGS)
LABEL = _whole(LABELS)
ASIDE = _whole(ASIDE_HEADINGS)
CHROME_LINE = _whole(CHROME)
CLOSING_LINE = _whole(CLOSING)
BYLINE = re.compile(rf"^(?:{'|'.join(p for patterns in BYLINES.values() for p in patterns)})", re.IGNORECASE)
_ORG = sorted({w for words in ORGANISATION_WORDS.values() for w in words}, key=len, reverse=True)
ORGANISATION_WORD = re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, _ORG))})(?![\w])", re.IGNORECASE)
BODY_WORD = re.compile(rf"\b(?:{'|'.join(BODY_WORDS)})\b", re.IGNORECASE)
PERSON = re.compile(
    # ("Tom Roe, Helpline Coordinator": a word or two may say what the role is about)
    rf"^(?:(?:{'|'.join(PERSON_TITLES)})\.?\s+[A-Z]|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]*){{1,3}}\s*,\s*(?:[\w’'-]+\s+){{0,2}}"
    rf"(?:{'|'.join(PERSON_ROLES)})\b)"
    rf"|,\s*(?:{'|'.join(PERSON_ROLES)})\b",
    re.IGNORECASE,
)
# Words that make a line a title about something rather than a name ("Society statement on X").
TITLE_WORDS = re.compile(r"\b(?:statement|position|update|on|about|regarding|for\s+people)\b|\s[–—|]\s|\s-\s"
                         # (Korean: 'X에 대한 협회 입장', the association's position on X)
                         r"|에\s*대한|(?<!\w)(?:입장|의견|권고)(?!\w)", re.IGNORECASE)
# A reporting verb before a quotation: 'added: "', 'said, “'.
_REPORTING_VERBS = (r"(?:said|says|added|adds|commented|explained|stated|a\s+déclaré|ajoute|sagte|erklärte|dijo|afirmó|"
                    r"zei|disse|ha\s+detto)")
REPORTED = re.compile(rf"\b{_REPORTING_VERBS}\s*[,:]?\s*[\"“„«]", re.IGNORECASE)
# A reporting verb after a quotation: '“…,” said', '« … », a déclaré'.
SAID_AFTER = re.compile(rf"[”\"»]\s*,?\s*{_REPORTING_VERBS}\s+", re.IGNORECASE)
# Small words inside a name ("Federation of MND Charities", "Asociación Meridiana de ELA", "ALS-Hilfe e.V.").
NAME_JOINERS = frozenset({
    "of", "for", "and", "the", "in", "on", "with", "de", "la", "le", "les", "du", "des", "del", "della", "di", "der", "die",
    "das", "van", "voor", "von", "für", "und", "et", "y", "e", "en", "het", "da", "do", "dos", "das", "a", "à", "zur", "zum",
    "e.v.", "ev", "im", "an", "per", "pour", "para", "na", "w", "i", "z", "dla", "ry", "cu", "din", "pentru",
})
SENTENCE = re.compile(r"[.!?;]\s*[\"'”’)]?\s*$")
# A way to reach someone: an e-mail address or a phone number ("0300 555 0192", "1-800-555-0143").
CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|(?<![\w-])(?:\+\d{1,3}[ -]?)?(?:\(?\d{1,5}\)?[ -]){1,3}\d{3,4}(?![\w-])")


SALUTATION = _whole(SALUTATIONS)
# A body's approval, in the languages statements come in: 'Agreed by the trustees', 'Approvato dal consiglio direttivo',
# 'Aprobado por la junta directiva', 'Vastgesteld door het bestuur', 'Beschlossen vom Vorstand', 'Adopté par le conseil'.
APPROVAL = re.compile(r"\b(?:agreed|approved|adopted|endorsed|ratified|signed\s+off|approvat[oaie]|adottat[oaie]|aprobad[oa]s?|"
                      r"acordad[oa]s?|decis[oa]\s+(?:da|dal|dalla|dai)|"
                      r"aprovad[oa]s?|adopt[ée]e?s?|approuv[ée]e?s?|valid[ée]e?s?|beschlossen|beschluss|besluit|verabschiedet|goedgekeurd|"
                      r"vastgesteld|besloten|goedgekeur|onartu\w*|приет[оаи]?|одобрен[оаиы]?|ухвален[оаі]?|затверджен[оаі]?|схвален[оаі]?|"
                      r"утвержден[оаы]?|החלטת|הוחלט|אושרה?|قرار|اعتمد\w*|أقر\w*)\b", re.IGNORECASE)

MEETING = re.compile(rf"\b(?:{'|'.join(MEETING_WORDS)})\b", re.IGNORECASE)


def names_meeting(line: str) -> bool:
    """A line that names a meeting or its record ('Minutes of the committee meeting', 'Ergebnisprotokoll Stammtisch')."""
    return bool(MEETING.search(line))


# A paragraph's own heading run into it, after a thread post's number ("4/6"): "Where we stand. …", "Our position: …",
# "**Our view:** …" (Markdown's bold around it).
RUN_IN = re.compile(r"^(?:\d+\s*/\s*\d+\s+)?(?P<mark>[*_]{1,3})?(?P<lead>[^.:!?\d*_]{2,40})"
                    r"(?(mark)(?:[.:]?(?P=mark)|(?P=mark)?[.:])|[.:])\s+(?=\S)")
LEAD_MARKS = " \t\n.:;,—–-"  # what sets a run-in heading off its paragraph
OPENS_POSITION = _start(POSITION_OPENINGS)


# Someone else's words quoted on the page: a pull quote, a member's message, a <blockquote> with its <cite>. In quotation
# marks and attributed after a dash or a reporting verb ('“I'd recommend it to anyone.” — a member, writing to us'), or
# with an attribution line of its own below it ('— Jane, a reader'): never the organisation's own position.
OPEN_QUOTES = "“\"„«‘‚"
_ATTRIBUTED = re.compile(r"[”\"»’“]\s*[,.]?\s*[—–―-]{1,2}\s*\S")
_ATTRIBUTION_LINE = re.compile(r"^[—–―-]{1,2}\s*\S")
# Speaking as one person, inside the quotation marks: "I'd", "my dad", "je", "ich", "yo".
# English "I" only as a capital; the other words in any case, as a sentence may open with them ("Ich würde …", "Mein Mann").
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:d|m|ve|ll)|(?i:my|me|je|j['’]|ich|mein\w*|yo|mi|io|ik|mijn|eu|jeg|jag|min))\b")


def is_quoted_speech(lines: list[str]) -> bool:
    """A run of lines (a blockquote, a pull quote, one paragraph) that quotes a person rather than states the
    organisation's position: it opens with a quotation mark and names its speaker after a dash or a reporting verb,
    or speaks as 'I'; or its last line is an attribution ('— a member', '– Jane R., reader')."""
    lines = [clean_line(line) for line in lines if line.strip()]
    if not lines:
        return False
    last = lines[-1]
    if len(lines) > 1 and _ATTRIBUTION_LINE.match(last) and word_count(last) <= 15:
        return True
    if lines[0][:1] not in OPEN_QUOTES:
        return False
    whole = " ".join(lines)
    closing = max(whole.rfind(q) for q in "”\"»’“")
    inside = whole[1:closing] if closing > 0 else whole[1:]
    return bool(_ATTRIBUTED.search(whole) or SAID_AFTER.search(whole) or _FIRST_PERSON.search(inside))


# One person recommending something in their own voice: a member's "I'd recommend it to anyone", a caller's
# "Ich würde es jedem empfehlen", a judge's "Io lo consiglio a tutti", "Ik raad het iedereen aan", "Polecam". A
# statement may quote such words as background, but shown alone they read as the organisation's advice, so a passage
# holding them is never quoted (answer.py). English "I" only as a capital; the other forms are first person singular
# by their ending or their pronoun.
_ONE_PERSON_ENDORSES = re.compile(
    r"\bI(?:['’]d|\s+would|\s+will|\s+do|\s+can['’]?t|\s+cannot)?"
    r"(?:\s+(?:still|really|honestly|definitely|strongly|highly|totally|just|personally|always|would|not))*"
    r"\s+(?:recommend|suggest|advise|urge|swear\s+by)\b"
    r"|(?i:\bje\s+(?:vous\s+|te\s+|le\s+|la\s+|les\s+|l['’])?(?:recommande|conseille)\b"
    r"|\bich\s+(?:[\w-]+\s+){0,4}?empfehle?n?\b|\bich\s+rate\b"
    r"|\b(?:se\s+)?(?:lo|la|los|las|te|os)?\s*(?:recomiendo|aconsejo)\b"
    r"|\b(?:io\s+)?(?:lo|la|li|le|ve\s+lo|te\s+lo)\s+(?:consiglio|raccomando)\b|\bconsiglio\s+a\s+tutti\b"
    r"|\bik\s+(?:raad|adviseer|beveel)\b|\b(?:recomendo|aconselho)\b|\b(?:polecam|zalecam|radzę)\b"
    r"|\b(?:jeg\s+anbefaler|jag\s+rekommenderar|suosittelen|doporučuji|doporučuju|odporúčam)\b"
    r"|(?<!\w)(?:рекомендую|советую|раджу|συνιστώ|προτείνω)(?!\w))")


def one_person_recommends(text: str) -> bool:
    """Someone speaking as one person recommends or advises something: 'I'd recommend it to anyone, it saved my
    life.' Never the organisation's own advice, which speaks as 'we' or by its name."""
    return bool(_ONE_PERSON_ENDORSES.search(text))


def is_salutation(text: str) -> bool:
    """'Dear members,', 'Liebe Mitglieder,': how a letter greets its reader."""
    line = clean_line(text)
    return word_count(line) <= 8 and bool(SALUTATION.match(line))
CONTINUES_POSITION = _start(POSITION_CONTINUATIONS)


CLAUSE_LEAD = re.compile(r"\b(?:is|are|remains|stays)\s+(?:simple|clear|short|this|unchanged|the\s+same|as\s+follows)\b",
                         re.IGNORECASE)


def position_lead(text: str, bold: int = 0) -> int:
    """Where a paragraph's own words begin after a position heading run into it ("Where we stand. The X Trust
    supports …", "4/6 Our position: …", a bold '<b>Our honest advice:</b> …' whose length the reader gives as
    `bold`); 0 when it opens with none. The heading is a heading: a quote starts after it."""
    if bold and is_position_heading(text[:bold].strip(LEAD_MARKS)):
        return len(text) - len(text[bold:].lstrip(LEAD_MARKS))
    run_in = RUN_IN.match(text)
    # ("Our advice is simple: …", "Our view is clear: …": a clause that says what the advice is like opens its sentence;
    # it is said, not a heading)
    if run_in and is_position_heading(run_in.group("lead")) and not CLAUSE_LEAD.search(run_in.group("lead")):
        return run_in.end()
    # A label on the first line of a plain-text paragraph, over the lines it heads ("LO QUE DICE LA ASOCIACIÓN (grabar
    # tal cual):" above the words to record).
    head, newline, rest = text.partition("\n")
    if newline and rest.strip() and head.rstrip().endswith(":") and word_count(head) <= 12 \
            and is_position_heading(head.rstrip()[:-1]):
        return len(text) - len(rest.lstrip())
    # A label on a line of its own, over the paragraph it heads ("The Fellowship's line, for anyone who asks:").
    label = text.rstrip()
    # (a sheet's lead-in says how its box got there first: its words after the dash are the label's)
    words = word_count(lead_in_tail(label[:-1]) or label)
    return len(text) if label.endswith(":") and words <= 12 and is_position_heading(label[:-1]) else 0


def opens_position(text: str, bold: int = 0) -> bool:
    """A paragraph that starts by stating the position: 'Our position is that …', 'Unsere Empfehlung lautet …',
    or with a position heading run into it ('Where we stand. …', see position_lead)."""
    if position_lead(text.strip(), bold):
        return True
    match = OPENS_POSITION.match(clean_line(text))
    refuser = match.group("refuser") if match else None
    return bool(match) and (refuser is None or refuser.lower() == "we" or bool(ORGANISATION_WORD.search(refuser)))


def continues_position(text: str) -> bool:
    """A paragraph that goes on stating it: 'We recommend that …', 'Nous déconseillons …'."""
    return bool(CONTINUES_POSITION.match(clean_line(text)))


def is_position_heading(text: str) -> bool:
    """True for a heading that holds the position: 'Recommendation', '3. Unsere Position', 'What is our position?'."""
    name = heading_name(text)
    # A heading in two languages ('Was wir raten / Cosa consigliamo') heads the position when either half does.
    if bool(name) and (bool(POSITION.match(name)) or any(
            POSITION.match(heading_name(half)) for half in re.split(r"\s+/\s+", name) if half != name)):
        return True
    tail = lead_in_tail(text)
    if tail is not None and bool(POSITION.match(heading_name(tail))):
        return True
    # ('The group's view on X (March 2024)', 'Our view (agreed 3 May 2025)': the date in brackets says when, not what)
    undated = DATED_BRACKETS.sub("", clean_line(text))
    return undated != clean_line(text) and bool(undated) and is_position_heading(undated)


# A bracketed note at a heading's end that holds a year: when the words under it were agreed.
DATED_BRACKETS = re.compile(r"\s*\([^()]{0,40}\b(?:19|20)\d\d\)(?=[\s:.]*$)")


# A lead-in's last clause after a spaced dash, and what stands before it.
LEAD_IN_TAIL = re.compile(r"^(?P<head>.{10,}?)\s[-–—]\s+(?P<tail>[^-–—]{4,80}?)[\s:]*$")


def lead_in_tail(text: str) -> str | None:
    """What a lead-in over a printed sheet's box says the box holds, after how the box got there ('Printed on the back
    at the committee's request - our word on X:', 'Pinned to the raffle table – the committee's view on X:' → 'our word
    on X'); None for a line of any other shape. (What stands before the dash is a clause, in words of its own; before
    'X - our position' stands a name.)"""
    line = clean_line(text)
    found = LEAD_IN_TAIL.match(line) if word_count(line) <= 30 else None
    # (a label of where the box is printed, in small words after its first, when the view it names is on a subject:
    # 'Puzzle page extra - the group's view on X'; before 'Glowband wrist light - the committee's view' stands a name)
    lower = sum(w[:1].islower() for w in found.group("head").split()) if found else 0
    if found is None or lower < 3 and not (lower >= 2 and lower > len(found.group("head").split()) - lower
                                           and re.search(r"\s(?:on|about)\s", found.group("tail"))):
        return None
    return found.group("tail")


def is_known_heading(text: str) -> bool:
    """A heading by its words alone: a position heading or a common section name."""
    name = heading_name(text)
    return bool(name) and (bool(POSITION.match(name)) or bool(SECTION.match(name)))


def is_aside_heading(text: str) -> bool:
    """The title of a box beside the text ('Tip', 'Hinweis', 'Did you know?'): it ends a position above it."""
    line = clean_line(text).rstrip(":")
    return word_count(line) <= 5 and bool(ASIDE.match(line))


def is_label(text: str) -> bool:
    """A document-type label ('POSITION STATEMENT'): printed on covers and above titles, it heads nothing."""
    return bool(LABEL.match(heading_name(text)))


def is_chrome(text: str) -> bool:
    """A line that starts what follows a statement on a page: tags, share bar, post links, comments."""
    line = clean_line(text)
    return word_count(line) <= 30 and bool(CHROME_LINE.match(line.strip("←→«»‹›<> ")))


def is_closing(text: str) -> bool:
    """A valediction, approval, contact or person-and-role line: it closes a statement, it says nothing."""
    line = clean_line(text)
    if word_count(line) <= 25 and any(
        "@" in c or len(re.sub(r"\D", "", c)) >= 7 and not re.fullmatch(r"(?:(?:19|20)\d\d\W*)+", c) for c in CONTACT.findall(line)
    ):
        return True  # a line that gives a phone number or e-mail address: how to reach them, not what they say
    reported = REPORTED.search(line)
    if reported and is_person(line[: reported.start()]):
        return True  # 'Dr Jane Roe, Chair of …, added: "We will …"': a person's words, not the statement's
    said = SAID_AFTER.search(line)
    if said and line[:1] in "“\"„«" and is_person(re.split(r"(?<=[.!?])\s", line[said.end() :])[0].rstrip(".")):
        return True  # '“We know this is hard news,” said Jane Roe, Chief Executive.': a person's words, quoted
    return word_count(line) <= 25 and (bool(CLOSING_LINE.match(line)) or is_person(line))


ASIDE_OPENING = re.compile(rf"^(?:{'|'.join(ASIDE_OPENINGS)})(?:\s|:|,)", re.IGNORECASE)


def opens_aside(text: str) -> bool:
    """'One more thing: Pendry also makes …', 'P.S. …': a postscript, not the position."""
    return bool(ASIDE_OPENING.match(clean_line(text)))


HISTORY_OPENING = re.compile(rf"^(?:{'|'.join(HISTORY_OPENINGS)})", re.IGNORECASE)


def notes_history(text: str) -> bool:
    """'This replaces the note we printed in February 2024, which said …': what the statement replaced, not its advice."""
    return bool(HISTORY_OPENING.match(first_sentence(text)))


# A line that only describes a picture, in brackets ('[Picture: people sitting round a table]', '(Photo: the hall)'): an
# Easy Read page's or a text version's stand-in for an image, never the statement's words.
PICTURE_NOTE = re.compile(rf"^[\[(]\s*(?:{'|'.join(PICTURE_WORDS)})\s*[:.–—-][^\[\]()]*[\])]\.?$", re.IGNORECASE)


def is_picture_note(text: str) -> bool:
    """'[Picture: a calendar]': a picture's description, not text."""
    return bool(PICTURE_NOTE.match(clean_line(text)))


SCOPE_NOTE = re.compile(rf"^(?:{'|'.join(SCOPE_NOTES)})$", re.IGNORECASE)
# Where one sentence of a paragraph ends and the next, capitalised, begins.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")


def first_sentence(text: str) -> str:
    """A paragraph's first sentence (cleaned)."""
    return SENTENCE_BREAK.split(clean_line(text), maxsplit=1)[0]


HOUSEKEEPING_WORD = re.compile(rf"\b(?:{'|'.join(HOUSEKEEPING)})\b", re.IGNORECASE)


def is_housekeeping(text: str) -> bool:
    """A paragraph whose first sentence recommends the organisation's own business ('We recommend paying your
    membership fee by Direct Debit', 'Vi rekommenderar att du betalar medlemsavgiften …'): not the position."""
    first = first_sentence(text)
    return bool(HOUSEKEEPING_WORD.search(first)) and bool(ADVISES.search(first) or ADVISES_READER.match(first))


# A promise to look at the subject again later, opening a paragraph below the advice ('We'll look again if X publishes a
# proper trial.', 'We will revisit this when …', 'The Society will look at this statement again …'): a note on the
# statement, not its advice. ('We will update this advice when …' is left: the writers quote it.)
REVISIT = re.compile(
    # (the condition may come first: 'If Vexley ever puts the collar through a real trial, we'll revisit this.')
    r"^(?:(?:if|when|once|as\s+soon\s+as|should)\b[^.!?;:]{2,120}?,\s*)?(?:we(?:['’]ll|\s+will|\s+shall)|the\s+[\w’' -]{2,40}?\s+will)\s+(?:look\s+(?:at\s+[\w’' -]{1,40}?\s+)?again\b|revisit\b|"
    r"come\s+back\s+to\b|write\s+again\b|review\s+(?:this|it|the\s+\w+)\s+(?:again\s+)?(?:when|if|after|once)\b)"
    r"|^(?:nous\s+(?:réexaminerons|reviendrons\s+sur)|wir\s+werden\s+(?:das|dies|es)\s+(?:erneut|wieder)\s+prüfen|"
    r"revisaremos|volveremos\s+a\s+(?:revisar|examinar|mirar|estudiar|leer)\w*|voltaremos\s+a\s+(?:rever|analisar)|rivedremo)\b"
    # (the body that will look again, named: 'Le bureau reparlera de X quand …', 'Il consiglio tornerà sulla X quando …',
    # 'A direção volta a falar da X quando …', 'La junta volverá a hablar de X cuando …')
    # (Korean says it at the sentence's end: 'TAREMO-2 결과가 발표되면 다시 검토하겠습니다.', we will look again when …)
    r"|^[^.!?]{0,120}?다시\s*(?:검토|논의|살펴|이야기)[^\s.!?]*"
    r"|^(?:le|la|l['’]|il|lo|o|a|el|der|die|das)\s*[\w’' -]{2,40}?\s+(?:reparlera|réexaminera|reviendra\s+sur|réétudiera|"
    r"tornerà\s+su\w*|riesaminerà|riparlerà|volta\s+a\s+(?:falar|analisar|olhar)|voltará\s+a\s+(?:falar|analisar|olhar)|"
    r"volverá\s+a\s+(?:hablar|revisar|mirar|estudiar)|wird\s+(?:[\w-]+\s+){0,3}?(?:erneut|wieder|noch\s+einmal))\b",
    re.IGNORECASE,
)


OTHERS_SAID = re.compile(rf"^(?:{'|'.join(OTHERS_SAY)})", re.IGNORECASE)


def reports_others(sentence: str) -> bool:
    """A sentence that opens by setting what another body says beside the statement ('We know the X association say
    trial only, …'): not the statement's own advice."""
    return bool(OTHERS_SAID.match(clean_line(sentence)))


def promises_another_look(text: str) -> bool:
    """A paragraph that opens by promising to look at the subject again ('We'll look again if …')."""
    return bool(REVISIT.match(first_sentence(text)))


def is_scope_note(text: str) -> bool:
    """A paragraph whose every sentence says what the statement does not cover: a note on it, not its advice."""
    sentences = [s for s in SENTENCE_BREAK.split(clean_line(text)) if s]
    return bool(sentences) and all(SCOPE_NOTE.match(s) for s in sentences)


def is_person(text: str) -> bool:
    """'Dr Jane Roe, Chair, Scientific Committee' or 'Prof. A. Smith': a person signing, not an organisation."""
    line = clean_line(text)
    return word_count(line) <= 14 and bool(PERSON.search(line)) and not SENTENCE.search(line.rstrip(".") + "x")


def is_byline(text: str) -> bool:
    """'Written by …', 'By Jane Roe', 'Author: …'."""
    return bool(BYLINE.match(clean_line(text)))


def is_organisation(text: str) -> bool:
    """A name that an organisation goes by: has an organisation word, and reads as a name, not a sentence."""
    line = clean_line(text)
    if not line or word_count(line) > 12 or is_person(line) or is_closing(line) or is_chrome(line) or is_salutation(line):
        return False  # ("Dear members and friends,": a greeting)
    unabbreviated = re.sub(r"(?:\b[A-Za-z]{1,3}\.)+$", "", line)  # "ALS-Hilfe Nordmark e.V.", "Acme Inc."
    # (a dash inside a name in quotation marks, 'Сдружение „ЛАС – Ружица“', is part of the name)
    unquoted = re.sub(r"„[^„“”]{1,60}[“”]|«[^«»]{1,60}»", "Name", line)
    if SENTENCE.search(unabbreviated) or re.search(r"\d{3}", line) or ":" in line or TITLE_WORDS.search(unquoted):
        return False
    if is_known_heading(line):
        return False
    # A name is written in capitals but for its joining words; "X Network recommends that Y is not used" is a sentence.
    if len([w for w in re.findall(r"[^\W\d_][\w’'.-]*", line) if w.islower() and w not in NAME_JOINERS]) > 2:
        return False
    if CJK_NAME.fullmatch(line):
        return True
    # (a body's word in lower case is no name's: 'Ask the committee', a community's space for questions)
    return bool(ORGANISATION_WORD.search(line)) or any(m.group()[0].isupper() for m in BODY_WORD.finditer(line)) \
        and _names_someone(line)


# Japanese and Chinese write a name without spaces and end it with what it is: 'みずならALS患者・家族会' (patients' and
# families' association), '…協会', '…財団', '…基金会'. A committee or a meeting of one ('運営委員会', '交流会') is none.
_CJK = r"\u3040-\u30ff\u3400-\u9fff"
CJK_NAME = re.compile(rf"(?=[^{_CJK}]*[{_CJK}])[{_CJK}A-Za-z0-9・･]{{2,30}}"
                      rf"(?:協会|財団|連盟|学会|ネットワーク|基金会|协会|联盟|会)"
                      rf"(?<!委員会)(?<!理事会)(?<!交流会)(?<!説明会)(?<!講演会)(?<!勉強会)(?<!総会)")


def _names_someone(line: str) -> bool:
    """A council or board named with a proper name or an acronym ('Baltic ALS Research Council'), not only
    with the words that qualify a governing body ('Medical and Scientific Committee')."""
    words = re.findall(r"[^\W\d_][\w’'.-]*", BODY_WORD.sub(" ", line))
    return any(w[0].isupper() and w.casefold() not in QUALIFIERS for w in words)


QUALIFIERS = frozenset(BODY_QUALIFIERS) | {w for role in PERSON_ROLES for w in role.split()}


def is_governing_body(text: str) -> bool:
    """'Scientific Committee', 'Board of Trustees': a part of an organisation, named without it."""
    line = clean_line(text)
    if word_count(line) > 8 or SENTENCE.search(line) or is_known_heading(line) or TITLE_WORDS.search(line):
        return False
    return bool(BODY_WORD.search(line)) and not ORGANISATION_WORD.search(BODY_WORD.sub("", line)) and not _names_someone(line)


# -- advice by what a paragraph does (headings._advised) ------------------------------------------------------------

_ADVERBS = rf"(?:(?:{'|'.join(ADVICE_ADVERBS)})[\s,]+)*"
_ADVISER_WORDS = sorted({w for words in ORGANISATION_WORDS.values() for w in words if "." not in w} | set(BODY_WORDS),
                        key=len, reverse=True)
# The one who advises: "we", or up to six words one of which is an organisation or body word ("The X MND Trust",
# "ALS-foreningen Y", "L'Associació ELA Z", "our clinical panel").
_ADVISER = (rf"(?:\b(?:{'|'.join(ADVICE_WE)})\s+{_ADVERBS}(?:{'|'.join(ADVICE_WE_FORMS)})"
            rf"|(?:[\w’'-]+\s+){{0,5}}?[\w’'-]*(?:{'|'.join(map(re.escape, _ADVISER_WORDS))})[\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*){{0,3}}"
            rf"\s+{_ADVERBS}(?:{'|'.join(p for ps in ADVICE_VERBS.values() for p in ps)}))\b")
ADVISES = re.compile(rf"(?:^|(?<=[\s,;:(]))(?:{_ADVISER}|\b(?:{'|'.join(ADVICE_WE_VERBS)})\b)", re.IGNORECASE)
ADVISES_READER = re.compile(rf"^(?:{'|'.join(ADVICE_CLAUSES)})??(?P<at>{'|'.join(ADVICE_IMPERATIVES)})", re.IGNORECASE)
ADDRESSED = re.compile(rf"^\s*(?:{'|'.join(ADVICE_ADDRESSEES)})", re.IGNORECASE)
WE_VERB = re.compile(rf"(?:{'|'.join(ADVICE_WE_VERBS)})", re.IGNORECASE)
SHOULD = re.compile(rf"\b(?:{'|'.join(ADVICE_SHOULD)})", re.IGNORECASE)
THERAPY_ACTION = re.compile(rf"\b(?:{'|'.join(THERAPY_ACTIONS)})", re.IGNORECASE)
# What an adviser's verb is about when its object is a kind of treatment, named by no product: "… support ozone blood
# treatment", "… recommend stem cell injections", "… advise against hyperbaric oxygen therapy for ALS".
THERAPY_OBJECT = re.compile(
    # (the verb's object, not what a sentence says it is about: '… what the Society thinks about any treatment')
    r"^\s*(?!(?:about|of|on|in|with|what|whether|how|if|to|when)\b)"
    r"(?:against\s+|using\s+|buying\s+|paying\s+for\s+|trying\s+)?(?:(?:any|the|these|such|private|unproven)\s+)?"
    r"(?:[^\W\d_][\w’'-]*\s+){0,3}(?:treatments?|therapy|therapies|injections?|infusions?|supplements?|medicines?|"
    r"medications?|drugs?)\b(?!\s+(?:team|nurse|centre|center|clinic|room|plan|records?)\b)",
    re.IGNORECASE,
)
ELSEWHERE = re.compile(rf"^[\s,]*(?:{'|'.join(ADVICE_ELSEWHERE)})", re.IGNORECASE)
ADVICE_HEADING = re.compile(rf"^(?:{'|'.join(ADVICE_HEADING_SHAPES)})$", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[\"“„«(]?[A-ZÀ-Ý*])")


def word_stems(text: str) -> set[str]:
    """The first six letters of each word of four letters or more, case-folded: how subject terms are compared."""
    return {w.casefold()[:6] for w in re.findall(r"[^\W\d_]{4,}", text)}


def subject_terms(text: str) -> frozenset[str]:
    """What a document is about, as word stems: the names before a development code in brackets ('ostravelin
    (development code EVX-214)') or after a comma ('halomirsen, code HMR-9'), coined names ('NeuroKelp'), and names written with a capital inside sentences three
    times or more ('the Myowave vest'), but not an organisation's or a trial's ('OSTRA-3')."""
    named = [m.group(1) for m in re.finditer(r"([^\W\d_]{4,})\s*\((?:[^()]{0,40}\s)?[A-Z]{1,6}-?\d{1,5}[A-Z]?\)", text)]
    # ... or first in brackets that go on to say who makes it and what it is ('Dervanicept (DVC-207, Ouseley
    # Biologics, monthly injection)', a script's or a table's entry)
    named += [m.group(1) for m in re.finditer(r"([^\W\d_]{4,})\s*\([A-Z]{1,6}-?\d{1,5}[A-Z]?\s*[,;][^()]{2,80}\)", text)]
    # ... or set off by a comma, as a chat writes it ('halomirsen, code HMR-9, made by …').
    # (in the other languages' word for a code too: 'a pervalina, com o código PVN-33', 'Fexmarolin, Code FXM-55')
    # (or after the product's form: 'Morvadine drops, code MRV-40', 'Siccaval lozenges, code SCV-90')
    named += re.findall(r"([^\W\d_]{4,})(?:\s+(?:drops|lozenges|tablets?|capsules?|cream|gel|spray|patch(?:es)?|injections?|"
                        r"syrup|powder|oil|drink))?,\s+(?:(?:development|product|trial|drug)\s+)?"
                        r"(?:(?:com|con|avec|mit|met)\s+(?:o|el|il|le|dem|de)\s+)?"
                        r"(?i:code|código|codice|kód|kod|koodi|kode)\s+[A-Z]{1,6}-?\d{1,5}[A-Z]?\b", text)
    named += re.findall(r"\b[A-Z]?[a-z]+[A-Z][a-z]+\w*\b", text)
    inside = re.findall(r"(?<=[a-zà-ÿ,;]\s)(?:the\s+)?([A-Z][a-zà-ÿ]{3,})\b(?!-\d)", text)
    counts: dict[str, int] = {}
    for word in inside:
        counts[word] = counts.get(word, 0) + 1
    named += [w for w, n in counts.items() if n >= 3 and not ORGANISATION_WORD.fullmatch(w) and not BODY_WORD.fullmatch(w)]
    named += _drug_names(text)
    return frozenset(w.casefold()[:6] for w in named if len(w) >= 4)


# Endings of drug names beyond the index's ('fingolimod', 'siponimod': an immunomodulator's '-imod').
_MORE_DRUG_ENDINGS = ("imod",)


def _drug_names(text: str) -> list[str]:
    """Names shaped like a drug's (a rare word with a drug name's ending: 'dortavimab', 'gorbeximod') that the text
    names twice or more, in any case or inflection ('Gorbeximod … gorbeximodari buruz'): what it is about, though it
    never gives the name a development code."""
    from statement_qa.lexicon import is_common_word
    from statement_qa.vocabulary import INN_SUFFIXES

    words = [w.casefold() for w in re.findall(r"[^\W\d_]{7,}", text)]
    stems: dict[str, int] = {}
    for word in words:
        stems[word[:6]] = stems.get(word[:6], 0) + 1
    return [word for word in dict.fromkeys(words) if word.endswith((*INN_SUFFIXES, *_MORE_DRUG_ENDINGS))
            and stems[word[:6]] >= 2 and not is_common_word(word, threshold=2.5)]


def advice_sentences(text: str, terms: frozenset[str]) -> int:
    """How many sentences of a paragraph give the organisation's advice on the document's subject: 'The X Trust does
    not recommend bexaluride', 'Please don't spend your money on the Myowave vest', 'asks members not to take
    medicines …'; never advice about anything else ('We recommend booking your seat', '… printing this page')."""
    return sum(advice_at(sentence, terms) is not None for sentence in _SENTENCES.split(clean_line(text)))


def _in_name(sentence: str, match: re.Match[str]) -> bool:
    verb = re.search(r"[^\W\d_][\w’'-]*$", match.group())
    return verb is not None and match.start() + verb.start() > 0 and verb.group()[0].isupper() \
        and not verb.group().isupper() and not sentence.isupper()


def advice_at(sentence: str, terms: frozenset[str]) -> int | None:
    """Where the advice on the subject starts in a sentence (its adviser's first word), or None when it gives none."""
    # (a verb written with a capital inside a sentence is a word of a name: 'the Harbury MND Support Group')
    match = next((m for m in ADVISES.finditer(sentence) if not _in_name(sentence, m)), None) or SHOULD.search(sentence)
    told = ADVISES_READER.match(sentence) if match is None else None
    start = told.start("at") if told else match.start() if match else None
    if start is None or re.match(r"\s*(?:i|i['’]d|jeg|ich|je|yo|ik|eu|io|ja|saya|aku)\b", sentence[start:], re.IGNORECASE):
        return None
    found = told or match
    assert found is not None  # start is None otherwise
    rest = sentence[found.end():]
    paying_for_it = re.match(r"[\s,]*(?:pay|paying|spend|spending)\b", rest) and word_stems(rest) & terms
    if ELSEWHERE.match(rest) and not THERAPY_ACTION.match(rest.lstrip(" ,")) and not paying_for_it:
        return None  # (but "paying a clinic abroad for it" is about the therapy, and so is "pay for X", X the subject)
    if match is not None and ADDRESSED.match(rest):
        return start  # advice to people with the disease: about their care, whatever it names
    if match is not None and THERAPY_OBJECT.match(rest):
        return start  # the adviser's verb on a kind of treatment ('We do not support ozone blood treatment for ALS')
    # A verb that says 'we' may end its sentence ('Quorvane ilacını … önermiyoruz', 'LMR-60:tä emme suosittele'):
    # what it is about can stand before it.
    about_text = sentence if match is not None and WE_VERB.fullmatch(match.group().strip()) else rest
    return start if word_stems(about_text) & terms or _names_its_trial(about_text, terms) or THERAPY_ACTION.search(sentence) \
        else None


def _names_its_trial(text: str, terms: frozenset[str]) -> bool:
    """A trial named after the subject ('wait for the DORTA-2 results' on dortavimab, 'the QUARVEL-3 study' on
    quarvelidone), as what to wait for, join or take it in: its name, four letters or more, is how the subject's name
    begins. (A view of its results is no advice: 'We don't think the RUMIQ-1 results support words like that.')"""
    codes = re.findall(r"\b(?:wait\w*\s+for|join\w*|tak\w+\s+part\s+in|enrol\w*\s+in|inside|through|within|outside)\s+"
                       r"(?:the\s+|a\s+)?([A-Z]{4,})-?\d{1,2}\b", text, re.IGNORECASE)
    return any(code.isupper() and term.startswith(code.casefold()[:6]) for code in codes for term in terms)


# Who a reader is sent to about their own care: their neurologist, nurse, GP, pharmacist, trial team, in the statements'
# languages ('Talk to your MND nurse before you spend anything.', 'Chieda al suo neurologo', 'Vraag uw huisarts').
CLINICIAN = re.compile(
    r"\b(?:neurolog\w*|doctors?|gp|nurses?|team|specialists?|consultants?|clinic(?:ian)?s?|pharmacists?|physio\w*|dietitians?|"
    r"médec\w*|m[ée]dic[oa]s?|medic[oa]|arts|huisarts|dokter|infirmi\w*|enfermer\w*|infermier\w*|verpleeg\w*|"
    r"pharmacien\w*|farmac[ée]ut\w*|apotheker\w*|apteker|fisioterap\w*|kinésithérap\w*|[äa]rztin|[äa]rzt|hausarzt\w*)\b",
    re.IGNORECASE,
)


def sends_to_clinician(text: str) -> bool:
    """A paragraph with a sentence that tells the reader to take the question to their own clinician ('Talk to your MND
    nurse before you spend anything.'), whatever it names: advice on their care, when it follows advice on the subject."""
    for sentence in _SENTENCES.split(clean_line(text)):
        told = ADVISES_READER.match(sentence)
        if told and CLINICIAN.search(sentence[told.start("at") :][:80]):
            return True
    return False


def is_advice_heading(text: str) -> bool:
    """A heading shaped like a position's ('Should you ask for it?', 'Advice from our clinical panel', 'Committee
    says', 'Where this leaves us'), though its words are none the vocabulary knows."""
    name = heading_name(text)
    # (after a clause that only sets the scene: 'While the scores are added up, the 2023 committee on torvalimab')
    core = SCENE_CLAUSE.sub("", name)
    return any(word_count(n) <= 8 and bool(ADVICE_HEADING.match(n)) for n in {name, core})


# A heading's opening clause that says when or while, before what it names: 'While the scores are added up, '.
SCENE_CLAUSE = re.compile(r"^(?:while|as|when|after|before|once|until|whilst)\s+[^,.:;]{2,60},\s+(?=\S)", re.IGNORECASE)


# A few words and a comma before what a lead-in announces: "In short,", "To sum up,", "Kort sagt,", "Kurz gesagt,".
_OPENER = re.compile(r"^(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*,\s+(?=\S)")


def announces_position(text: str) -> bool:
    """A lead-in that ends with a colon and announces the organisation's advice or position below it ('In short, the
    Trust's advice is:', 'We recommend that you:', 'Kort sagt, styrets råd er:', 'Unsere Empfehlung lautet:'), in any
    language of the position and advice tables; never one about the organisation's own business ('We recommend
    bringing:')."""
    raw = text.strip()
    line = clean_line(raw)
    if not raw.endswith(":") or not line or word_count(line) > 20 or is_housekeeping(line):
        return False
    said = _OPENER.sub("", line)
    if opens_position(said) or is_position_heading(said) or is_advice_heading(said):
        return True
    adviser = ADVISES.match(said)
    rest = said[adviser.end() :] if adviser else ""
    return adviser is not None and word_count(rest) <= 4 and not ELSEWHERE.match(rest)
