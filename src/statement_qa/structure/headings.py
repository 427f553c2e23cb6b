"""Headings and sections: which blocks head a part of the document, and which part holds the position.

Headings come from layout first: what the reader marked (HTML h1-h6, bold paragraphs,
<summary>, <dt>, PDF font size and weight). A line whose words say it is a heading
("Recommendation", "3. Unsere Position") is one wherever it is. Only for text without
layout (scraped page text, plain PDFs) is a short line that introduces prose taken as a
heading. A document-type label ('POSITION STATEMENT') heads nothing. The position is the
section under a position heading (an FAQ's question that asks for the organisation's
advice counts), else a quoted position after a lead-in, else the paragraphs that state it
("Our position is that …", "We recommend …", or a position heading run into a paragraph,
"Where we stand. …", "<b>Our honest advice:</b> …", which heads the quote and is not part of it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from statement_qa.documents import Section
from statement_qa.structure.blocks import (
    ANSWER_MARK,
    HEADING,
    ITEM,
    LINE,
    NUMBERING,
    RULE,
    Block,
    clean_line,
    looks_like_heading,
    looks_like_prose,
    word_count,
)
from statement_qa.structure.dates import parse_date, read_date_line
from statement_qa.structure.signature import signs
from statement_qa.structure.vocabulary import (
    ADVISES_READER,
    APPROVAL,
    LEAD_MARKS,
    RUN_IN,
    advice_at,
    advice_sentences,
    announces_position,
    continues_position,
    first_sentence,
    is_advice_heading,
    is_aside_heading,
    is_chrome,
    is_closing,
    is_housekeeping,
    is_known_heading,
    is_label,
    is_organisation,
    is_position_heading,
    is_quoted_speech,
    is_scope_note,
    opens_aside,
    opens_position,
    position_lead,
    promises_another_look,
    reports_others,
    sends_to_clinician,
    subject_terms,
    word_stems,
)
from statement_qa.structure.words import AGREED_BY, AGREED_TEXTS, AGREED_VERBS, AGREED_WHAT, RESOLUTION_LABELS

# The word that opens a paper's abstract, in the languages we read ("ABSTRACT Background: …", "Résumé —").
ABSTRACT = re.compile(r"(?:abstract|r[ée]sum[ée]|resumen|resumo|streszczenie|sammanfattning|sammendrag|tiivistelmä)"
                      r"(?=$|[\s:.—–-])", re.IGNORECASE)

# Words in a lead-in that say the quote below it is the organisation's position.
POSITION_WORDS = re.compile(
    r"\b(?:position|recommend\w*|advi[sc]\w*|stance|view|standpunt|empfehl\w*|recomend\w*|recommand\w*|"
    r"posici[oó]n|raccomand\w*|posizione|posi[çc][ãa]o|aanbevel\w*|"
    # ... or that what follows is to be given word for word ('Verbatim for the room:', 'Exact wording:')
    r"verbatim|word\s+for\s+word|(?:exact|agreed)\s+wording)\b",
    re.IGNORECASE,
)


def heading_levels(text: str, blocks: list[Block], layout: bool) -> dict[int, int]:
    """{block index: level} for every block that heads a section."""
    found: dict[int, int] = {}
    # A table of contents: a list item that repeats a heading further down links to that heading; it heads nothing.
    later_headings = {clean_line(text[b.start : b.end]).casefold(): i for i, b in enumerate(blocks) if b.kind == HEADING}
    for i, block in enumerate(blocks):
        line = text[block.start : block.end]
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.kind == ITEM and later_headings.get(clean_line(line).casefold(), -1) > i:
            continue
        under_title = i > 0 and blocks[i - 1].kind == HEADING and blocks[i - 1].level == 1
        if is_label(line) and (following is None or following.kind == HEADING or not found and i == 0 or under_title):
            continue  # 'POSITION STATEMENT' above a title, alone on a cover, or under the title ('A position statement of X')
        dated = read_date_line(line)
        # ("Where the Association now stands (April 2025)": a heading the page marks up, its date in brackets, heads)
        headed = block.kind == HEADING and dated is not None and bool(dated.prefix) and word_count(dated.prefix or "") >= 3 \
            and bool(re.search(r"\(\s*[^()]*\d{4}\s*\)\s*$", line)) and not is_organisation(dated.prefix or "")
        # (a badge and its approval line in plain text, 'Network position · Approved by trustees on 15 January 2025',
        # is a date line too: the date says when the text was approved, not what a section is about)
        badge = block.kind != HEADING and dated is not None and not dated.first("plain", "season")
        # ('What the Circle thinks (agreed 16 September 2026)' over a box on a printed page: a position's own label, dated
        # in brackets, heads it however it is set)
        headed = headed or dated is not None and bool(dated.prefix) and is_position_heading(dated.prefix or "") \
            and bool(re.search(r"\(\s*[^()]*\d{4}\s*\)\s*:?$", line))
        if dated and (not (dated.prefix and is_known_heading(dated.prefix)) or badge) and not headed:
            continue  # a date line; but "Update – March 2022" heads a dated section
        if block.kind == HEADING or block.kind == LINE and block.level and looks_like_heading(line):
            found[i] = block.level or 2
        elif _field_label(text, block, following):
            continue  # 'Statement type:' over 'Medicine': a field and its value, not a heading
        elif block.kind == LINE and not block.quote and is_aside_heading(line):
            found[i] = 6  # a box's title ('Tip'), however the page sets it
        elif block.kind in (LINE, ITEM) and not block.quote and looks_like_heading(line) and is_known_heading(line) or not layout and block.kind == LINE and _inferred_heading(text, blocks, i, found):
            found[i] = 6
    return found


def _field_label(text: str, block: Block, following: Block | None) -> bool:
    """A line ending in a colon over a value of a word or three that is no sentence: a form's field
    ('Statement type:' / 'Medicine'), whatever its words."""
    if block.kind != LINE or following is None or following.kind != LINE or not text[block.start : block.end].rstrip().endswith(":"):
        return False
    value = text[following.start : following.end].strip()
    return word_count(value) <= 3 and not re.search(r"[.!?]$", value) and not is_known_heading(value)


def _inferred_heading(text: str, blocks: list[Block], i: int, found: dict[int, int]) -> bool:
    """Text without layout: a short line that introduces prose or a list is a heading."""
    line = text[blocks[i].start : blocks[i].end]
    if not looks_like_heading(line):
        return False
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    if following is None:
        return False
    next_line = text[following.start : following.end]
    introduces = looks_like_prose(next_line) or following.kind == ITEM
    if NUMBERING.match(line) and (NUMBERING.match(next_line) or following.kind == ITEM):
        return False  # "2. Seek advice" inside a numbered list, not a numbered heading
    previous = blocks[i - 1] if i else None
    if previous is not None and NUMBERING.match(line) and NUMBERING.match(text[previous.start : previous.end]):
        return False
    # Right under a known heading, a short line is that section's first line.
    if (i - 1) in found and is_known_heading(text[blocks[i - 1].start : blocks[i - 1].end]):
        return False
    return introduces


def sections_of(text: str, blocks: list[Block], layout: bool) -> list[Section]:
    """The named sections of blocks; a position section takes in the sub-headings under it."""
    levels = heading_levels(text, blocks, layout)
    heads = sorted(levels)
    boundaries: list[int] = []
    inside_position: int | None = None
    for i in heads:
        aside = is_aside_heading(text[blocks[i].start : blocks[i].end])
        if inside_position is not None and levels[i] > inside_position and not aside:
            continue  # "For clinicians" under "Our recommendations" is part of the recommendations
        inside_position = levels[i] if is_position_heading(text[blocks[i].start : blocks[i].end]) else None
        boundaries.append(i)
    boundaries = sorted(set(boundaries) | {i for i, b in enumerate(blocks) if b.kind == RULE})
    sections: list[Section] = []
    if blocks and (not boundaries or boundaries[0] > 0):
        lead = [b for b in blocks[: boundaries[0] if boundaries else len(blocks)] if not is_label(text[b.start : b.end])]
        # Text before the first heading is a section only if it says something (a byline alone is not).
        if lead and (not heads or any(looks_like_prose(text[b.start : b.end]) for b in lead)):
            sections.append(Section("Introduction" if heads else "Text", lead[0].start, lead[-1].end))
    for n, first in enumerate(boundaries):
        if blocks[first].kind == RULE:
            continue  # what follows a rule before the next heading is an aside, not the section
        end = boundaries[n + 1] if n + 1 < len(boundaries) else len(blocks)
        body = [b for b in blocks[first + 1 : end] if b.kind != RULE]
        if body and all(read_date_line(text[b.start : b.end]) for b in body):
            continue  # "Last reviewed" over its date is page metadata, not a section
        if body:
            # An answer's marker ("A: ") or a bullet is not part of what the section says.
            opening = text[body[0].start : body[-1].end]
            # A numbered paragraph's number ("4.1 The Association supports …") is not what it says either.
            marker = ANSWER_MARK.match(opening) or re.match(r"[-•·▪◦●‣∙*+]\s+(?=\S)|\d{1,2}\.\d{1,2}\.?\s+(?=[A-ZÀ-Ý])", opening)
            start = body[0].start + (marker.end() if marker else 0)
            sections.append(Section(clean_line(text[blocks[first].start : blocks[first].end]), start, body[-1].end))
    return sections


def position_index(text: str, sections: list[Section], blocks: list[Block]) -> tuple[list[Section], int | None]:
    """Which section holds the position: a position heading's, else a quoted position (cut out as its own section);
    a position cut out of running text never takes the sentence that signs it at the end of its last paragraph
    ('… Do not buy it online. Agreed by trustees 7/11/25.')."""
    sections, index = _position_index(text, sections, blocks)
    if index is not None:
        sections[index] = _without_scope_tail(text, _past_subheadings(text, sections[index], blocks))
    if index is not None and sections[index].name == "Position":
        # Cut out of running text, the position may end inside a paragraph: a heading's section ends at a signature
        # line of its own (assemble._until_signature).
        sections[index] = _without_signing_tail(text, sections[index])
    return sections, index


def _past_subheadings(text: str, section: Section, blocks: list[Block]) -> Section:
    """A position section from its first paragraph: a sub-heading it opens with ('4.1 On dorvalimab' under 'What the
    Forum advises') heads a part of it, and is not what it says."""
    holder = next((b for b in blocks if b.start <= section.start < b.end), None)
    if holder is None or holder.kind != HEADING:
        return section  # (the section may start inside its heading's block, after the heading's number)
    first = next((b for b in blocks if b.start > section.start and b.end <= section.end and b.kind not in (HEADING, RULE)),
                 None)
    if first is None or text[first.start : first.end].rstrip().endswith(":"):
        return section  # (a lead-in under the sub-heading says where the position starts: _after_lead_in)
    return Section(section.name, first.start, section.end)


def _without_scope_tail(text: str, section: Section) -> Section:
    """A position without the sentences at its end that only say what it does not cover ('… Pellinore Bio's other
    programme, PB-12, is a gene therapy for another condition. This statement does not cover PB-12.'). (When it will be
    looked at again, 'We will update this statement when …', is kept: the writers of the sets quote it.)"""
    said = text[section.start : section.end].rstrip()
    while True:
        last = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", said)[-1]
        if last == said or not is_scope_note(last):
            break
        said = said[: len(said) - len(last)].rstrip()
    return Section(section.name, section.start, section.start + len(said))


def _without_signing_tail(text: str, section: Section) -> Section:
    said = text[section.start : section.end].rstrip()
    while True:  # "… what it was.\n\nThis position was agreed by the trustees on …. Reviewed …; no changes."
        last = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", said)[-1]
        # Only a line that says who agreed it or when: a closing that points the reader on ('If you have questions,
        # ask your neurologist.') is advice.
        approval = re.match(r"(?:this\s+\w+\s+was\s+)?(?:agreed|approved|adopted|endorsed|signed)\b", last, re.IGNORECASE)
        if last == said or not signs(last) or word_count(last) > 16 or not (approval or read_date_line(last)):
            break
        said = said[: len(said) - len(last)].rstrip()
    return Section(section.name, section.start, section.start + len(said))


def _position_index(text: str, sections: list[Section], blocks: list[Block]) -> tuple[list[Section], int | None]:
    headed = [n for n, section in enumerate(sections)
              if is_position_heading(section.name) and word_count(text[section.start : section.end]) > 0]
    # One that says something before any signature or date line first: a subtitle "Our position on X"
    # over a byline and a date is not it.
    said = [n for n in headed if _says_something(text, sections[n], blocks)]
    if said or headed:
        index = (said or headed)[0]
        sections[index] = _past_label(text, sections[index], blocks)
        field = _advising_field(text, sections[index], blocks)
        if field is not None:
            return _carve(text, sections, *field)
        return sections, index
    announced = _announced(text, sections, blocks)
    if announced[1] is not None:
        return announced
    # A paper's abstract restates its position ('Conclusion: X offers a modest benefit …'): the body states it, and
    # the abstract's words are the position only when nothing in the body is.
    abstract = _abstract(text, blocks)
    if abstract:
        body = [b for b in blocks if b not in abstract]
        found = _unheaded(text, sections, body)
        return found if found[1] is not None else _unheaded(text, sections, blocks)
    return _unheaded(text, sections, blocks)


def _advising_field(text: str, section: Section, blocks: list[Block]) -> tuple[int, int] | None:
    """A position section laid out as labelled fields (a table of label / value rows under 'Our statement': 'Who this
    is for', 'What we ask of members', 'Agreed'), each label a heading over one paragraph: the span of the one field
    that its label says is the advice ('What we ask of members'), else that gives advice, when exactly one does (judged
    by each value's first paragraph); None for a
    section of any other shape."""
    inside = [b for b in blocks if section.start <= b.start and b.end <= section.end]
    heads = [n for n, b in enumerate(inside) if b.kind == HEADING]
    if len(heads) < 2 or heads[0] != 0 and not all(b.kind == HEADING for b in inside[: heads[0]]):
        return None
    values = [inside[n + 1 : m] for n, m in zip(heads, [*heads[1:], len(inside)])]
    # (the last field's value may run on into the paragraphs the section holds below the table)
    if any(len(value) != 1 for value in values[:-1]) or not values[-1]:
        return None
    labelled = [value[0] for n, value in zip(heads, values) if is_advice_heading(text[inside[n].start : inside[n].end])
                or is_position_heading(text[inside[n].start : inside[n].end])]
    terms = subject_terms(text)
    advising = labelled or [value[0] for value in values if advice_sentences(text[value[0].start : value[0].end], terms)]
    return (advising[0].start, advising[0].end) if len(advising) == 1 else None


def _abstract(text: str, blocks: list[Block]) -> list[Block]:
    """The blocks of a paper's abstract: under a heading 'Abstract', or from a paragraph that opens with the word
    ('ABSTRACT Background: …'), to the next heading."""
    for n, block in enumerate(blocks):
        line = clean_line(text[block.start : block.end])
        heading = block.kind == HEADING and bool(ABSTRACT.fullmatch(line))
        if heading or block.kind != HEADING and ABSTRACT.match(line) and word_count(line) > 3:
            run = [] if heading else [block]
            for following in blocks[n + 1 :]:
                if following.kind == HEADING:
                    break
                run.append(following)
            return run
    return []


def _unheaded(text: str, sections: list[Section], blocks: list[Block]) -> tuple[list[Section], int | None]:
    """No heading names the position: a quoted one after a lead-in, the paragraphs that state it, a bold lead, or
    the paragraphs that give the organisation's advice."""
    quoted = [b for b in blocks if b.quote]
    if not quoted:
        stated = _stated(text, sections, blocks)
        if stated[1] is None:
            stated = _bold_lead(text, sections, blocks)
        return stated if stated[1] is not None else _advised(text, sections, blocks)
    # The first quoted run; when it is not the position and no paragraph states one, a later run
    # (a transcript may quote a listener's question before the position read aloud).
    runs = _quoted_runs(text, blocks)
    if runs[0][2]:
        return _carve(text, sections, runs[0][0], runs[0][1])
    stated = _stated(text, sections, blocks)
    later = next((run for run in runs[1:] if run[2]), None)
    if stated[1] is None and later:
        return _carve(text, sections, later[0], later[1])
    return stated if stated[1] is not None else _advised(text, sections, blocks)


REPLY_QUOTE = re.compile(r"\s*(?:quote\s+from|quoting|zitat\s+von|citation\s+de|cita\s+de|citaat\s+van)\b"
                         r"|\s*[^\n.!?]{1,60}?\s+(?:wrote|schrieb|a\s+écrit|escribió|schreef|scrisse)\s*:", re.IGNORECASE)


def _quoted_runs(text: str, blocks: list[Block]) -> list[tuple[int, int, bool]]:
    """Each run of quoted blocks as (start, end, a lead-in or its opening words say it is the position)."""
    runs: list[tuple[int, int, bool]] = []
    first = 0
    while first < len(blocks):
        if not blocks[first].quote:
            first += 1
            continue
        run = [blocks[first]]
        for block in blocks[first + 1 :]:
            if not block.quote:
                break
            run.append(block)
        lead = blocks[first - 1] if first else None
        lead_text = clean_line(text[lead.start : lead.end]) if lead else ""
        quote_text = text[run[0].start : run[-1].end]
        # A member's words quoted with who said them are never the position, whatever words they use.
        speech = is_quoted_speech([text[b.start : b.end] for b in run])
        # Nor is a reply's quote of an earlier post ('Quote from: X on 24 September 2025 …', 'X wrote:'): the post it
        # quotes is on the page, whole, where it was written.
        speech = speech or bool(REPLY_QUOTE.match(text[run[0].start : run[0].end]))
        # Nor is a box that recommends something about the page or the helpline ("keep this page open …").
        runs.append((run[0].start, run[-1].end, not speech and not is_housekeeping(quote_text)
                     and bool(POSITION_WORDS.search(lead_text) or POSITION_WORDS.search(quote_text[:200]))))
        first += len(run)
    return runs


def _past_label(text: str, section: Section, blocks: list[Block]) -> Section:
    """The position section from after the bold label its first paragraph opens with ('<b>Our line for now:</b> We
    do not …'): a label of a few words that ends with a colon, or names a position, is a heading, not what it says."""
    first = next((b for b in blocks if b.start <= section.start < b.end), None)
    if first is None or not first.lead:
        return section
    line = text[first.start : first.end]
    label = line[: first.lead].strip()
    if word_count(label) > 8 or not (label.rstrip(" *_").endswith(":") or is_position_heading(label.strip(LEAD_MARKS))):
        return section
    start = first.start + len(line) - len(line[first.lead :].lstrip(LEAD_MARKS))
    return Section(section.name, start, section.end) if section.start < start < section.end else section


def _announced(text: str, sections: list[Section], blocks: list[Block]) -> tuple[list[Section], int | None]:
    """No heading names the position: a lead-in that announces the organisation's advice and ends with a colon ('In
    short, the Trust's advice is:') over a list makes that list, kept whole, the position, when the list advises on
    the document's subject or names it (a lead-in over a list of things to bring is not one)."""
    terms = subject_terms(text)
    for n, block in enumerate(blocks):
        following = blocks[n + 1] if n + 1 < len(blocks) else None
        if block.kind == LINE and not block.quote and following is not None and following.kind == LINE \
                and _announces_answer(text[block.start : block.end]) and looks_like_prose(text[following.start : following.end]):
            # A letter's lead-in that says the paragraph below is the answer a body agreed ('… and agreed that this is
            # the answer we should give to every member who asks it:'): that paragraph, word for word, is the position.
            return _carve(text, sections, following.start, following.end)
        if block.kind == LINE and not block.quote and following is not None and following.kind == ITEM \
                and _announces_answer(text[block.start : block.end]):
            # (… or over a list, the answer's points one by one: the list, kept whole)
            points = [following]
            for after in blocks[n + 2 :]:
                if after.kind != ITEM:
                    break
                points.append(after)
            return _carve(text, sections, points[0].start, points[-1].end)
        if block.kind != LINE or block.quote or not announces_position(text[block.start : block.end]):
            continue
        items: list[Block] = []
        for following in blocks[n + 1 :]:
            if following.kind != ITEM:
                break
            items.append(following)
        said = [text[b.start : b.end] for b in items]
        if items and any(advice_sentences(line, terms) or terms & word_stems(line) for line in said):
            return _carve(text, sections, items[0].start, items[-1].end)
    return sections, None


# A lead-in that says a body settled on the words below it: 'agreed that this is the answer we should give', 'decided
# on the following reply', 'approved this wording'.
AGREED_ANSWER = re.compile(
    rf"(?<!\w)(?:{'|'.join(w for words in AGREED_VERBS.values() for w in words)})(?!\w)[^.!?]{{0,80}}"
    rf"(?<!\w)(?:{'|'.join(w for words in AGREED_WHAT.values() for w in words)})(?!\w)",
    re.IGNORECASE,
)


_AGREED_VERB = "|".join(w for words in AGREED_VERBS.values() for w in words)
# A body's decision, in a short line that announces what follows ('Agreed by the committee on 9 June 2026:', 'This is what
# they decided:', 'o que a direção decidiu na reunião de 2 de outubro:').
AGREED_WORD = re.compile(rf"(?<!\w)(?:{_AGREED_VERB})(?!\w)", re.IGNORECASE)
# ... or that names the words below, then says a body agreed them ('Fig. 1 - A bottle. Caption agreed by the committee
# on 10 September 2026:', 'Texto aprobado por la junta directiva el 3 de mayo:'): in a participle, the body named after.
TEXT_AGREED = re.compile(
    rf"(?<!\w)(?:{'|'.join(w for words in AGREED_TEXTS.values() for w in words)})\s+(?:(?:was|were|is|as|wie)\s+)?"
    rf"(?:{_AGREED_VERB})\w{{0,2}}\s+(?:{'|'.join(AGREED_BY)})\s[^.!?]{{0,80}}$",
    re.IGNORECASE,
)


# ... or that says the words below are the view as a body agreed it, and points at them ('asked me to put their view up
# here exactly as agreed, so this is it.', '… the answer as decided; here it is.')
AS_AGREED = re.compile(
    r"\b(?:answer|reply|response|position|view|line|advice|wording)\b[^.!?]{0,60}\bas\s+(?:agreed|decided|approved|adopted)\b"
    r"[^.!?]{0,30}?[,;:]?\s*(?:so\s+)?(?:this\s+is\s+it|here\s+it\s+is|it\s+is\s+below|as\s+follows)\s*[.:!]?$",
    re.IGNORECASE,
)


# A minute's label over the words a body resolved, its last sentence, perhaps with who or how in brackets or after it
# ('Beschluss (wörtlich ins Protokoll):', 'Besluit van het bestuur:', 'RESOLUTION:').
RESOLUTION_LEAD = re.compile(rf"^(?:{'|'.join(w for words in RESOLUTION_LABELS.values() for w in words)})(?!\w)"
                             r"(?:\s*\([^()]{1,60}\)|\s+[^\W\d][^.!?:]{0,40})?\s*:?$", re.IGNORECASE)


def _announces_answer(line: str) -> bool:
    said = clean_line(line)
    if is_housekeeping(said):
        return False
    if line.rstrip().endswith(":") and RESOLUTION_LEAD.match(re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", said)[-1]):
        return True
    if line.rstrip().endswith(":") and word_count(said) <= 45 and AGREED_ANSWER.search(said):
        return True
    # (a post's greeting and background, a caller's script's opening, may come before it: its last sentences)
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", said)
    if line.rstrip().endswith(":") and word_count(" ".join(sentences[-2:])) <= 45 \
            and AGREED_ANSWER.search(" ".join(sentences[-2:])):
        return True
    if line.rstrip().endswith(":") and word_count(sentences[-1]) <= 30 and TEXT_AGREED.search(sentences[-1]):
        return True
    return word_count(sentences[-1]) <= 45 and bool(AS_AGREED.search(sentences[-1]))


def _says_something(text: str, section: Section, blocks: list[Block]) -> bool:
    for block in (b for b in blocks if section.start <= b.start and b.end <= section.end):
        line = text[block.start : block.end]
        if signs(line):
            return False
        if looks_like_prose(line):
            return True
    return False


def _stated(text: str, sections: list[Section], blocks: list[Block]) -> tuple[list[Section], int | None]:
    """No heading names the position: the paragraphs that state it ('Our position is that …', then
    'We recommend …') are cut out as the position section."""
    for n, block in enumerate(blocks):
        if block.kind == HEADING or not opens_position(text[block.start : block.end], block.lead):
            continue
        start = block.start + position_lead(text[block.start : block.end], block.lead)
        run = [block]
        rest = blocks[n + 1 :]
        if not re.search(r"\w", text[start : block.end]):
            # A label that is all heading ('Network position (approved by trustees 19 May 2025):') heads the
            # paragraph under it: that paragraph is the position, never the label's empty remainder.
            following = next((b for b in rest if b.kind != RULE), None)
            if following is None or following.kind == HEADING or not looks_like_prose(text[following.start : following.end]):
                continue
            start, run, rest = following.start, [following], rest[rest.index(following) + 1 :]
        for following in rest:
            if following.kind == HEADING or not continues_position(text[following.start : following.end]):
                break
            run.append(following)
        # A heading run into the first paragraph ("Where we stand. …") heads the position; it is not what it says.
        return _carve(text, sections, start, run[-1].end)
    return sections, None


STANCE = re.compile(
    r"\b(?:recommend\w*|advis\w*|should(?:n['’]t)?|urge\w*|(?:do|does)\s+not|don['’]t|cannot|can['’]t|support\w*|oppos\w*|"
    r"empfehl\w*|rät|raten|abraten|recomend\w*|aconsej\w*|desaconsej\w*|conseill\w*|déconseill\w*|raccomand\w*|"
    r"consigli\w*|sconsigli\w*|aanbevel\w*|adviseer\w*|afraden|zaleca\w*|odradza\w*|nie\s+zaleca\w*)\b",
    re.IGNORECASE,
)


# A lead that says it takes no stance: "This guide does not give an opinion on any treatment", "not medical advice".
NO_STANCE = re.compile(
    r"\b(?:no|not|n['’]t|never|without)\b[^.]{0,40}\b(?:opinion|advice|view|position|recommendation|endorse\w*)\b"
    r"|\bfor\s+(?:general\s+)?information\s+only\b",
    re.IGNORECASE,
)


def _bold_lead(text: str, sections: list[Section], blocks: list[Block]) -> tuple[list[Section], int | None]:
    """No heading and no opening words name the position: a lead paragraph the page sets in bold at the top
    of its text, that takes a stance ('We don't think anyone with MND should try …'), states it."""
    prose = [b for b in blocks if b.kind == LINE and looks_like_prose(text[b.start : b.end])][:2]
    lead = next((b for b in prose if b.strong and STANCE.search(text[b.start : b.end])
                 and not NO_STANCE.search(text[b.start : b.end])), None)
    if lead is None or any(b.kind == HEADING for b in blocks[: blocks.index(lead)] if b.level > 1):
        return sections, None
    return _carve(text, sections, lead.start, lead.end)


# A log's entry, opened by the time it was written ('- 13:30  Son of Mr A.T. said …', '[19:45] Caller …'): a record of what
# someone said or did on a shift, never the organisation's advice, whatever words it reports.
LOG_ENTRY = re.compile(r"^\s*(?:[-*•]\s*)?\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+(?=\S)")


def _advised(text: str, sections: list[Section], blocks: list[Block]) -> tuple[list[Section], int | None]:
    """No heading's words and no opening words name the position: the section whose paragraphs give the
    organisation's advice on the document's subject (vocabulary.advice_sentences) holds it, from its first such
    paragraph to its last, stopping at a note, a date or a signature. Of several such sections the one with the most
    advice sentences is the position; on a tie, the one under a heading of a position's shape ('Should you ask for
    it?', 'Advice from our panel'), then the last (an earlier one is background: what the organisation said before)."""
    document_terms = subject_terms(text)
    best: tuple[tuple[int, bool, int], int, int] | None = None
    spans: dict[int, tuple[int, int]] = {}  # each advising section's advice, for _parallel_positions
    shapes = [_heading_tail(section.name) for section in sections]
    for n, section in enumerate(sections):
        terms = document_terms
        if shapes[n] and shapes.count(shapes[n]) > 1:
            # One of several sections headed alike ('1. The red-light cap, in our words'): what its heading names before
            # the shared words is what it is about.
            terms = terms | frozenset(word_stems(clean_line(section.name)[: -len(shapes[n])]))
        inside = [b for b in blocks if section.start <= b.start and b.end <= section.end and b.kind in (LINE, ITEM)
                  and not b.quote and not b.small and not is_quoted_speech([text[b.start : b.end]])
                  and not LOG_ENTRY.match(text[b.start : b.end])]
        run: list[Block] = []
        advising = 0  # how many blocks of the run, from its start, end with an advising one
        count = 0
        for block in inside:
            line = text[block.start : block.end]
            if run and (signs(line) or read_date_line(line) or is_closing(line) or is_chrome(line) or is_scope_note(line)
                        or promises_another_look(line)):
                break
            # ("We recommend that volunteers keep this page open …": advice about the page or the meeting, not the subject)
            said = 0 if is_housekeeping(line) else advice_sentences(line, terms)
            if said:
                count += said
                run.append(block)
                advising = len(run)
            elif run and advising == len(run) and block.kind == LINE and sends_to_clinician(line) and not _colon_label(line) \
                    and not opens_aside(line):
                # ('Please don't pay for it.' / '… Talk to your MND nurse before you spend anything.': the reader sent
                # to their own nurse about it, right after the advice, is still the advice; a box's 'Good to know: …
                # Ask your trial team …' is an aside)
                run.append(block)
                advising = len(run)
            elif run and block.kind == LINE and looks_like_prose(line):
                run.append(block)  # an explanation between two advising paragraphs; dropped below if none follows
        del run[advising:]
        if not run and is_advice_heading(section.name):
            # A heading of a position's shape ('Τι λέμε στα μέλη μας', 'Huddle committee verdict') over prose that
            # names the subject, in words no advice table knows: its first paragraph is the position.
            first = next((b for b in inside if b.kind == LINE and looks_like_prose(text[b.start : b.end])), None)
            named = first is not None and terms & word_stems(text[first.start : first.end])
            run = [first] if first is not None and named else []
        if not run:
            continue
        # The paragraph that announces the decision read out below it ('A direção reuniu … e decidiu o seguinte.', '…
        # and decided the following.'), a paragraph or two above the advice: what it announces starts right under it.
        before = [b for b in inside if b.end <= run[0].start]
        announced = next((k for k in range(len(before) - 1, max(len(before) - 3, 0) - 1, -1)
                          if READ_OUT_OPENS.search(last_sentence(text[before[k].start : before[k].end]))), None)
        if announced is not None and all(b.kind == LINE and re.search(r"\w[.!?][\"'”’)]*$", text[b.start : b.end].rstrip())
                                         for b in before[announced + 1 :]):
            run = [*before[announced + 1 :], *run]
        score = (count, is_advice_heading(section.name), n)
        span = _advising_span(text, run[0], terms) if len(run) == 1 else None
        spans[n] = span or (_advice_start(text, run[0]), run[-1].end)
        if best is None or score > best[0]:
            best = (score, *spans[n])
    if best is None:
        return sections, None
    parallel = _parallel_positions(text, sections, spans, best[0][2])
    if parallel is not None:
        return parallel
    _, start, end = best
    if text[start - 1 : start] in '"“' and text[end - 1 : end] in '"”' and text[end - 2 : end - 1] in ".!?":
        end -= 1  # what a script says, without the quotation mark that closes it
    # The whole section when only lines that sign or date it follow the advice ('Position agreed by the trustees on
    # 14 November 2024.'): the section keeps its heading, and the quote stops before them.
    whole = next((n for n, s in enumerate(sections) if (s.start, s.end) == (start, end) or s.start == start and end < s.end
                  and all(signs(line) for b in blocks if end < b.start and b.end <= s.end
                          for line in [text[b.start : b.end]])), None)
    return (sections, whole) if whole is not None else _carve(text, sections, start, end)


def last_sentence(line: str) -> str:
    """A paragraph's last sentence."""
    return _SENTENCE_GAP.split(clean_line(line))[-1]


def _heading_tail(name: str) -> str:
    """The words a heading ends with after a comma, colon or dash ('1. The red-light cap, in our words' → 'in our
    words'), case-folded, when they are two words or more; else ''."""
    parts = re.split(r"[,:;–—]\s+|\s+-\s+", clean_line(name))
    return parts[-1].casefold() if len(parts) > 1 and word_count(parts[-1]) >= 2 else ""


def _parallel_positions(text: str, sections: list[Section], spans: dict[int, tuple[int, int]],
                        best: int) -> tuple[list[Section], int] | None:
    """One page that answers several questions side by side, each under a heading of the same shape ('1. The red-light
    cap, in our words', '2. Dalfenorex, in our words', '3. Kelpwise powder, in our words'), each section advising: its
    position is all of them, from the first one's advice to the last one's, as one section; None for any other page (an
    FAQ's questions differ in shape, and its best-advising answer is the position)."""
    tail = _heading_tail
    shape = tail(sections[best].name)
    if not shape:
        return None
    first = last = best
    while first - 1 in spans and tail(sections[first - 1].name) == shape:
        first -= 1
    while last + 1 in spans and tail(sections[last + 1].name) == shape:
        last += 1
    if first == last:
        return None
    start, end = spans[first][0], spans[last][1]
    head, foot = sections[first], sections[last]
    merged = [*sections[:first]]
    if text_before := bool(text[head.start : start].strip()):
        merged.append(Section(head.name, head.start, head.start + len(text[head.start : start].rstrip())))
    merged.append(Section("Position", start, end))
    if text[end : foot.end].strip():
        merged.append(Section(foot.name, foot.end - len(text[end : foot.end].lstrip()), foot.end))
    merged += sections[last + 1 :]
    return merged, first + int(text_before)


RESOLUTION = re.compile(r"(?:it\s+was\s+)?(?:resolved|agreed|decided|carried|motion)$", re.IGNORECASE)
ENTRY_TITLE = re.compile(r"\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+[^\n.!?:]{2,80}\n(?=\S)")


def _advising_span(text: str, block: Block, terms: frozenset[str]) -> tuple[int, int] | None:
    """In one long run of text that is many things at once (a video's description: what the video shows, an advert's
    claim, the advice, its approval, chapters, a note on captions, a helpline), the advice from its first advising
    sentence to its last, with what explains it between; None for a paragraph of ordinary length."""
    said = text[block.start : block.end]
    cuts = [0, *(m.end() for m in _SENTENCE_GAP.finditer(said)), len(said)]
    sentences = [(a, b) for a, b in zip(cuts, cuts[1:]) if said[a:b].strip()]
    if len(sentences) < 8:
        return None
    advising = [n for n, (a, b) in enumerate(sentences) if not is_housekeeping(said[a:b])
                and advice_at(clean_line(said[a:b]), terms) is not None]
    if not advising or advising[0] == 0 and advising[-1] == len(sentences) - 1:
        return None
    opened, closed = advising[0], advising[-1]
    # A note after the advice (a promise to look again, what it does not cover, what another body says) ends it: a
    # post's caption goes on to other things ('We'll look at this again in the spring. … We recommend the scones').
    # The sentences before the note that tell the reader what to do about their own care ('Keep going with your usual
    # MND care in the meantime.') are still the advice.
    noted = next((n for n in range(opened + 1, len(sentences)) if _notes_on_advice(said[slice(*sentences[n])])), None)
    if noted is not None:
        closed = max(n for n in advising if n < noted)
        while closed + 1 < noted and ADVISES_READER.match(clean_line(said[slice(*sentences[closed + 1])])):
            closed += 1
    # A message read out inside the run, framed by the sentence that announces it ('… asked us to read out what they
    # decided.') and the one that ends it ("That's the end of their message."): the message, all of it, is the advice.
    announced = next((n for n in range(advising[0] - 1, -1, -1) if READ_OUT_OPENS.search(clean_line(said[slice(*sentences[n])]))),
                     None)
    ended = next((n for n in range(advising[-1] + 1, len(sentences)) if READ_OUT_ENDS.match(clean_line(said[slice(*sentences[n])]))),
                 None) if announced is not None else None
    if announced is not None and ended is not None and announced + 1 < ended:
        opened, closed = announced + 1, ended - 1
    first, last = sentences[opened], sentences[closed]
    return block.start + first[0], block.start + len(said[: last[1]].rstrip())


def _notes_on_advice(sentence: str) -> bool:
    """A sentence that is a note on the advice before it, not more of it."""
    return promises_another_look(sentence) or is_scope_note(sentence) or reports_others(sentence)


# The sentence that announces a body's decision read out below it ('… and asked us to read out what they decided.', 'The
# board decided the following.', 'A direção … decidiu o seguinte.'), or, said aloud, that it comes next ('Here it is.',
# 'Hier ist er.', 'Eccolo.') ...
READ_OUT_OPENS = re.compile(
    r"(?:\bwhat\s+(?:they|we|it|the\s+[\w’' -]{2,40}?)\s+(?:decided|agreed|resolved|settled\s+on)|"
    r"\b(?:decided|agreed|resolved)\s+(?:the\s+following|as\s+follows)|\bdecidiu\s+o\s+seguinte|"
    r"\bdecidi[óo]\s+lo\s+siguiente|\ba\s+décidé\s+ce\s+qui\s+suit|\bFolgendes\s+beschlossen|"
    r"\bha\s+deciso\s+quanto\s+segue|^(?:so,?\s+|ok(?:ay)?,?\s+|right,?\s+)?(?:here\s+it\s+is|here\s+(?:it\s+)?goes|"
    r"here['’]s\s+what\s+(?:they|we)\s+(?:said|agreed|decided)|hier\s+(?:ist|kommt)\s+(?:er|sie|es)|"
    r"eccol[oa]|ecco(?:\s+il\s+testo)?|aquí\s+(?:está|va)|voilà|daar\s+komt\s+(?:ie|hij)|oto\s+on[aoe]?)|"
    # ('A direção reuniu a 3 de novembro e pediu-nos que respondêssemos assim a toda a gente:': asked us to answer so)
    r"\b(?:asked|told)\s+us\s+to\s+(?:reply|answer|respond)\s+(?:like\s+this|as\s+follows|this\s+way)|"
    r"\bpedi(?:u|ram)-nos\s+que\s+respond\w+\s+assim|\bnos\s+pidi(?:ó|o|eron)\s+que\s+respond\w+\s+as[íi]|"
    r"\bnous\s+a\s+demandé\s+de\s+répondre\s+ainsi|\bhat\s+uns\s+gebeten,?\s+so\s+zu\s+antworten|"
    r"\bci\s+ha(?:nno)?\s+chiesto\s+di\s+rispondere\s+così|"
    # (said aloud on a phone tree: 'Ich lese es dir vor:', 'Je te la lis :', 'I'll read it to you:')
    r"^(?:I['’]ll|I\s+will|let\s+me)\s+read\s+(?:it|them)\s+(?:out\s+)?to\s+you|^ich\s+lese\s+(?:es|sie|ihn)\s+(?:dir|euch|Ihnen)\s+vor|"
    r"^je\s+(?:te|vous)\s+(?:la|le|les)\s+lis|^ik\s+lees\s+(?:het|ze)\s+(?:je|jullie|u)\s+voor|"
    r"^te\s+(?:la|lo)\s+leggo|^te\s+(?:la|lo)\s+leo)(?:\s+(?:to|a|à|an|aan)\s+[\w ]{2,25})?\W*$",
    re.IGNORECASE,
)
# ... or a post's opening sentence that says its words follow, whole ('At Thursday's committee we agreed what to tell
# people, and here it is, in full.', 'The board met last night; this is what we agreed, word for word.', "Here's what the
# committee decided:"): what it announces is the position, not the sentence.
ANNOUNCES_NEXT = re.compile(
    r"(?:^|[,;]\s+(?:and\s+|so\s+)?|\s[—–-]\s+)(?:so,?\s+)?(?:here\s+it\s+is|here\s+(?:they|it)\s+(?:are|is)|"
    r"(?:this|that|here)\s+is\s+(?:it|what\s+[\w’' -]{2,40}?\s+(?:agreed|decided|said|settled\s+on))|"
    r"here['’]s\s+what\s+[\w’' -]{2,40}?\s+(?:agreed|decided|said|settled\s+on))"
    r"(?:\s*,?\s+(?:in\s+full|word\s+for\s+word|verbatim|unchanged|as\s+agreed))?\W*$",
    re.IGNORECASE,
)
# ... and the one that ends it ("That's the end of their message.", 'End of statement.', said aloud: "That's it.").
READ_OUT_ENDS = re.compile(
    r"(?:that['’]s|that\s+is|this\s+is)\s+the\s+end\s+of\s+(?:the|their|our|its|his|her)\s+"
    r"(?:message|statement|announcement|answer|reply)\b|end\s+of\s+(?:the\s+)?(?:message|statement|announcement)\b|"
    r"(?:that['’]s|that\s+is)\s+(?:it|all)\W*$|das\s+war['’]?s\W*$|è\s+tutto\W*$|eso\s+es\s+todo\W*$|"
    r"c['’]est\s+tout\W*$|dat\s+was\s+het\W*$|to\s+wszystko\W*$",
    re.IGNORECASE,
)


_SENTENCE_GAP = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"“„«(]?[A-ZÀ-Ý*])")


NUMBERED_POINT = re.compile(r"^\d{1,2}[.)]\s+(?P<lead>[^\W\d][^.:!?]{1,60})[.:]\s+(?=[A-ZÀ-Ý])")


def _colon_label(line: str) -> re.Match[str] | None:
    """A label of at most eight words run into the start of a paragraph and closed by a colon ('SAY:', 'COMMITTEE
    SAYS:'); it may stand on a line of its own over the text ('Kittiwake's take, for now:\nWe think …')."""
    found = RUN_IN.match(line)
    if found and word_count(found.group("lead")) <= 8 and line[: found.end()].rstrip(" \t\n*_").endswith(":") \
            and not _says_what_it_is(found.group("lead")):
        return found
    return None


# A clause that says what something is before a colon explains it ('Brantolimab is still experimental: it is not
# licensed …', 'Hexelurin ist experimentell: …'): the position's own first words, not a label over them. A label has no
# verb that is completed before the colon ('COMMITTEE SAYS:', 'Our answer is:', "What we'd say to a friend:").
COPULA_CLAUSE = re.compile(
    r"^\s*[^\W\d_][\w’'-]*(?:\s+[\w’'()-]+){0,2}\s+(?:is|are|was|were|remains?|ist|sind|bleibt|est|sont|reste|es|son|sigue|"
    r"è|sono|resta|é|são|zijn|blijft)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*$",
    re.IGNORECASE,
)


def _says_what_it_is(lead: str) -> bool:
    return bool(COPULA_CLAUSE.match(lead.strip(" *_"))) and not is_position_heading(lead.strip(" *_:"))


AGREED_LEAD = re.compile(r"^(?P<lead>(?:[^:.!?\n]|(?<=\d)\.){6,100}):\s+(?=\S)")  # (a date's dots: '8. September', '27.10.2026')


def _advice_start(text: str, block: Block) -> int:
    """Where the first advising paragraph's own words begin: after a label run into it ('COMMITTEE SAYS: …',
    '*Plain answer from the committee:* …', a bold lead), or after a small heading a PDF ran into it without
    punctuation ('Where the Trust comes down The X Trust does not …')."""
    line = text[block.start : block.end]
    # A numbered entry's title on a line of its own over what it says, in text without layout ('4.1 Dervanicept
    # (DVC-207, Ouseley Biologics, monthly injection)' over 'SAY: "…"'): the title heads it, what follows is said.
    entry = ENTRY_TITLE.match(line)
    if entry and not block.lead:
        return _advice_start(text, replace(block, start=block.start + entry.end()))
    if block.lead and word_count(line[: block.lead]) <= 8:
        return block.start + len(line) - len(line[block.lead :].lstrip(" \t\n.:;,—–-→⟶>»|"))
    # A form's label in capitals run into its box's text: '7 NEXT STEPS WE WOULD TAKE Relgenavec is only …', or a
    # newsletter's "X'S FIRST THOUGHTS:" over its text, or a text message's '(2/2) X VIEW: …' (the part's number first).
    label = re.match(r"(?:\(?\d{1,2}(?:/\d{1,2})?[.)]?\s+)?(?:[A-ZÀ-Ý][A-ZÀ-Ý'’?,&/-]*:?\s+){2,8}(?=[A-ZÀ-Ý][a-zà-ÿ])", line)
    if label:
        return block.start + label.end()
    # A lead run into the text that says when its words were agreed ('Agreed by the committee on 22 October 2026: The
    # …', 'Vom Vorstand beschlossen am 27.10.2026: …'): it dates the position and is no part of it.
    agreed = AGREED_LEAD.match(line)
    if agreed and word_count(agreed["lead"]) <= 12 and APPROVAL.search(agreed["lead"]) and parse_date(agreed["lead"]):
        return block.start + agreed.end()
    run_in = _colon_label(line)
    lead = run_in.group("lead") if run_in else ""
    # (its own words as what it is about: a verb with an object, 'COMMITTEE SAYS:' has none; a label that only names
    # what follows, "What we'd say to a friend:", does not open with its adviser)
    if run_in and advice_at(clean_line(lead), frozenset(word_stems(lead))) == 0:
        run_in = None  # advice that a colon goes on to explain ('We would not buy the Lumaceph cap: nobody has shown …')
    if run_in:
        # A speaker's label, then the lead-in they announce the position with ('SPR: Was wir Hörern mitgeben: Der
        # Gesprächskreis rät …'): both head the position.
        again = _colon_label(line[run_in.end() :])
        if again and not advice_sentences(again.group("lead"), subject_terms(text)):
            return block.start + run_in.end() + again.end()
        # (a script's 'SAY: "…"': the label, and the quotation mark that opens what is to be said, are not said)
        spoken = run_in.group("lead").isupper() and line[run_in.end() : run_in.end() + 1] in '"“'
        # (a minute's resolution, 'RESOLVED: That X does not recommend …': what was resolved follows its 'That')
        resolved = RESOLUTION.match(run_in.group("lead").strip()) and re.match(r"that\s+(?=[A-ZÀ-Ý])", line[run_in.end() :],
                                                                               re.IGNORECASE)
        return block.start + run_in.end() + (resolved.end() if resolved else spoken)
    # A memo's numbered point with its title run in ('3. Line we give members. The X Association …'): number and title
    # head the point, its own words follow.
    point = NUMBERED_POINT.match(line)
    if point and word_count(point.group("lead")) <= 8 and not advice_sentences(point.group("lead"), subject_terms(text)):
        return block.start + point.end()
    first = re.split(r"(?<=[.!?])\s+", line, maxsplit=1)[0]
    rest = line[len(first) :].lstrip()
    if rest and ANNOUNCES_NEXT.search(first.rstrip(" .:!")) and advice_at(clean_line(first), subject_terms(text)) is None:
        return block.start + len(line) - len(rest)  # the sentence that says the position follows is not part of it
    if first.endswith("?") and word_count(first) <= 10 and rest and advice_at(first_sentence(rest), subject_terms(text)) is not None:
        # A question the paragraph asks itself and answers ('So, where does that leave us? X does not suggest …'): a
        # heading run into it; the answer is the position.
        return block.start + len(line) - len(rest)
    at = advice_at(first, frozenset())
    at = at if at is not None else advice_at(first, frozenset(word_stems(first)))
    if at:
        for capital in re.finditer(r"(?<=\s)[A-ZÀ-Ý]", first[at:]):
            before = first[: at + capital.start()]
            if word_count(before) <= 8 and not re.search(r"[.,;:!?()\"“”]", before):
                return block.start + at + capital.start()
            break
    return block.start


def _carve(text: str, sections: list[Section], start: int, end: int) -> tuple[list[Section], int | None]:
    """Sections with [start, end) cut out of the one that holds it as a section of its own, 'Position'; none
    when the span holds no words (an empty section is never a position, and can never be quoted)."""
    if not re.search(r"\w", text[start:end]):
        return sections, None
    carved: list[Section] = []
    for section in sections:
        if section.start <= start and end <= section.end:
            before, after = text[section.start : start].rstrip(), text[end : section.end].strip()
            if before:
                carved.append(Section(section.name, section.start, section.start + len(before)))
            carved.append(Section("Position", start, end))
            if after:
                offset = section.end - len(text[end : section.end].lstrip())
                carved.append(Section(section.name, offset, section.end))
        else:
            carved.append(section)
    index = next((n for n, s in enumerate(carved) if (s.start, s.end) == (start, end)), None)
    return carved, index
