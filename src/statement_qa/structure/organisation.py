"""Who issued a statement: names shaped like an organisation, from the places that print one.

An organisation is a name with an organisation word in one of the languages we read
('Society', 'Stiftung', 'e.V.'), or a council or board named with a proper name ('Baltic
ALS Research Council'). Pages print it in known places: metadata, the signature, a byline,
a letterhead, the site's name or its copyright line; failing all of those, the statement's
own text names it. What stands beside a name in those places is cut away: a role ('Chief
Executive, X'), a label ('Stellungnahme der X'), a call to action ('X  Donate today'), a
registration ('X · registered charity 1188402'), a governing body ('Scientific Committee
of the X'). A publishing platform (Medium, Google Docs, GitHub) is never the organisation,
and neither is a name made only of generic words ('FAQ').
"""

from __future__ import annotations

import re
from collections import Counter

from statement_qa.structure.blocks import clean_line, word_count
from statement_qa.structure.dates import read_date_line
from statement_qa.structure.signature import name_like, strip_the
from statement_qa.structure.vocabulary import (
    ORGANISATION_WORD,
    is_governing_body,
    is_label,
    is_organisation,
    is_person,
)
from statement_qa.structure.words import (
    CALLS_TO_ACTION,
    GENERIC_WORDS,
    NAME_LEADS,
    OF_WORDS,
    ORGANISATION_WORDS,
    PERSON_ROLES,
    PLATFORMS,
    PUBLICATION_AUDIENCES,
    PUBLICATION_WORDS,
    SERVICES,
    VERBS,
)

# What separates the parts of a header line, a page title or a signature line.
SEPARATOR = re.compile(r"\s+[|·•–—]\s+|\s+-\s+|,\s+|\s*::\s*|\s+/\s+|(?<=[^\W\d_]{4})\.\s+")
LEAD = re.compile(rf"^(?:{'|'.join(p for patterns in NAME_LEADS.values() for p in patterns)})\s+(?:the\s+)?", re.IGNORECASE)
ACTION_TAIL = re.compile(
    rf"\s+(?:{'|'.join(p for patterns in CALLS_TO_ACTION.values() for p in patterns)})(?:\s.*)?$", re.IGNORECASE
)
ROLE = re.compile(rf"^(?:{'|'.join(map(re.escape, PERSON_ROLES))})(?:\s+(?:of|at|for)\s+(?:the\s+)?|\s*$)", re.IGNORECASE)
OF = re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in sorted(set(OF_WORDS), key=len, reverse=True))})\s*(?<=\s|['’])",
                re.IGNORECASE)
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?\s*,?\s*)?",
                       re.IGNORECASE)
PLATFORM_NAMES = frozenset(PLATFORMS)
PUBLICATION = re.compile(rf"(?:[’']s)?(?:\s+(?:{'|'.join(PUBLICATION_AUDIENCES)}))?\s+(?:{'|'.join(PUBLICATION_WORDS)})$",
                         re.IGNORECASE)
# "The magazine of X", "A guide from the X": the publication's publisher.
# ("The members' e-newsletter of X", "The monthly bulletin from X": a word or two may describe the publication.)
# ... in the other languages too: "Le blog de l'Association X", "Der Blog der X", "El boletín de la X".
PUBLISHER = re.compile(rf"^(?:(?:the|our|an?|le|la|les|el|der|die|das|het|il|lo)\s+|l['’])?(?:[\w-]+[’']?\s+){{0,2}}?(?:e-)?"
                       rf"(?:{'|'.join(PUBLICATION_WORDS)})\s+(?:(?:of|from|by|von|van|di|del|della|do|da|du|des|der)\s+|de\s+|d['’])"
                       rf"(?:(?:the|la|le|les|el|der|die|das|het)\s+|l['’])?(?=\S)", re.IGNORECASE)
# "X ALS Helpline handbook": a publication named for a service that is not part of an organisation's name: the
# service's.
SERVICE_PUBLICATION = re.compile(rf"(?<=\s)(?i:{'|'.join(SERVICES)})"
                                 rf"(?P<publication>\s+(?i:{'|'.join(PUBLICATION_WORDS)}))$")
VERB_WORDS = frozenset(VERBS)
COMPANY_SUFFIX = re.compile(r"[\s,]+(?:inc|ltd|limited|llc|gmbh|plc|corp|corporation|co|ag|ab|as|sa|bv|pty)\.?$")


def organisation_name(text: str | None) -> tuple[str, bool] | None:
    """The organisation a line names, and True when it is shaped like one (False: only like a name)."""
    line = COPYRIGHT.sub("", clean_line(re.sub(r"[*_]{2,3}|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)", "", text or "")))
    if not line:
        return None
    first, newline, _rest = (text or "").strip().partition("\n")
    if newline and (named := organisation_name(first)) and named[1] \
            and named[0] in [clean_line(part) for part in split_outside_quotes(clean_line(first))][1:]:
        # A header's first line, what it is and whose ('TELEFONKETTE - X e.V.'), names it; the line under it says which
        # list or issue ('Kette Nr. 3 …'), and is no part of the name.
        return named
    parts = [p for p in split_outside_quotes(line) if p.strip()]
    found = [name for part in parts + ([line] if len(parts) > 1 else []) if (name := _one(part))]
    strong = [name for name in found if name[1]]
    if not strong and len(parts) == 1 and (head := re.match(r"(.+?\w):\s+\S", line)) \
            and (named := _one(head.group(1))) and named[1]:
        # "Claxby MND Circle: Ask the Circle" (a site's name, then its section): the organisation before the colon.
        strong = [named]
    if len(parts) == 2 and len(strong) >= 2 and _in_two_languages(strong[0][0], strong[1][0]):
        # One organisation named in two languages ('ALS-Hilfe Soranertal | Associazione SLA Val Sorana'): both names.
        return f"{strong[0][0]} / {strong[1][0]}", True
    if not strong and is_person(line):
        return None  # "Tom Roe, Helpline Coordinator": a person's name is never the organisation
    return strong[0] if strong else (found[0] if found else None)


# A name in quotation marks ('Сдружение „ЛАС – Ружица“', 'Asociación «Vida – ELA»'): what is inside is one name.
QUOTED_NAME = re.compile(r"„[^„“”\n]{1,60}[“”]|«[^«»\n]{1,60}»|“[^“”\n]{1,60}”")


def split_outside_quotes(line: str, separator: re.Pattern[str] = SEPARATOR) -> list[str]:
    """line split at its separators, but never inside a name in quotation marks."""
    masked = QUOTED_NAME.sub(lambda m: "x" * len(m.group()), line)
    cuts = [(m.start(), m.end()) for m in separator.finditer(masked)]
    if not cuts:
        return [line]
    pieces, at = [], 0
    for start, end in cuts:
        pieces.append(line[at:start])
        at = end
    return [*pieces, line[at:]]


def _in_two_languages(first: str, second: str) -> bool:
    """Two names whose organisation words belong to two different languages only ('Hilfe', 'Associazione')."""
    def languages(name: str) -> set[str]:
        return {language for language, words in ORGANISATION_WORDS.items()
                if any(re.search(rf"(?<![\w.]){re.escape(word)}(?!\w)", name, re.IGNORECASE) for word in words)}

    one, other = languages(first), languages(second)
    return bool(one) and bool(other) and not one & other


def publisher_named(text: str | None) -> str | None:
    """The organisation a periodical's line names as its publisher ('The newsletter of the X Trust - Issue 31'):
    who publishes it, rather than its masthead ('TRUST TALK')."""
    parts = [p for p in SEPARATOR.split(clean_line(text or "")) if p.strip()]
    for part in parts:
        if PUBLISHER.match(clean_line(part)) and (found := _one(part)) and found[1]:
            return found[0]
    return None


def _one(part: str) -> tuple[str, bool] | None:
    name = re.sub(r"(?<=[^\W\d_]{4})\.$", "", clean_line(part).strip(" ;:,"))  # a full stop, not "e.V."
    name = re.sub(r"^[•·▪|–—]\s*", "", name)  # "© 2025 •Wetherfold …": a separator without its spaces
    name = re.sub(r"\s+\([^()]*\)$", "", name)  # "X Council (fictional)", "X Society (UK)": a note, not the name
    name = re.sub(r"\s+@[\w.-]+(?:@[\w.-]+)?$", "", name)  # "X Group @xgroup.bsky.social": the account's handle
    name = PUBLISHER.sub("", LEAD.sub("", name))
    name = re.sub(r"^(?i:an?|un|une|ein|eine|una|uno|een|um|uma)\s+(?=[A-ZÀ-Ý])", "", name)  # "A Pennock Dale ALS Trust leaflet"
    trimmed = ACTION_TAIL.sub("", name)
    # "Coastal Care Network Donate today" loses its button; "Invented Contact Network" keeps its name.
    name = trimmed if is_organisation(trimmed) or not is_organisation(name) else name
    name = ROLE.sub("", name) if not ROLE.fullmatch(name) else ""
    name = _without_body(name)
    published = PUBLICATION.sub("", name)
    served = SERVICE_PUBLICATION.search(name)
    name = published if is_organisation(published) else name[: served.start("publication")] if served else name
    words = name.split()
    # "X ASSOCIATION INTERNAL MEMO", "X Society Position Statement": a letterhead's name, then what the document is.
    name = next((head for k in range(1, len(words)) if is_label(" ".join(words[k:]))
                 and is_organisation(head := " ".join(words[:k]))), name)
    name = _without_event_tail(_without_lower_tail(strip_the(name)))
    if not name or _not_a_name(name):
        return None
    if is_organisation(name) and not PUBLICATION.search(f" {name}"):
        return name, True
    # "Kinloch ALS Wiki", "Fenmarket Community": a site an organisation runs, named like one only as a last resort.
    return (name, False) if name_like(name) else None


SENTENCE_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "will", "can", "may",
                            "says", "said", "recommends", "supports", "thinks"})


# The last word of an event's name ('Charity Golf Day', 'Summer Fair', 'Sponsored Walk 2025', 'Christmas Coffee Morning').
EVENT_WORD = re.compile(r"(?:Day|Fair|F[êe]te|Walk|Run|Ride|Swim|Ball|Dinner|Lunch|Quiz|Gala|Festival|Raffle|Bingo|Tournament|"
                        r"Concert|Auction|Sale|Morning|Afternoon|Evening|Night|Challenge|Trek|Cycle|Hike|Marathon|Picnic|Barbecue|BBQ)")


def _without_event_tail(name: str) -> str:
    """'X MND Society Charity Golf Day' → 'X MND Society': an organisation's name, then the name of its event (a word or
    three, the last one an event's: 'Day', 'Fair', 'Walk'), as a sheet printed for the event heads itself."""
    words = name.split()
    at = max((k for k, w in enumerate(words) if w[:1].isupper() and ORGANISATION_WORD.fullmatch(w.rstrip(":;,"))), default=None)
    if at is None or at == len(words) - 1:
        return name
    if at and words[at].casefold() == "charity" and ORGANISATION_WORD.fullmatch(words[at - 1].rstrip(":;,")):
        at -= 1  # ('… Society Charity Golf Day': 'Charity' after the name says what the event is for)
    tail = [w for w in words[at + 1 :] if not re.fullmatch(r"(?:19|20)\d\d", w)]
    if not tail or len(tail) > 4 or not all(w[:1].isupper() for w in tail) or not EVENT_WORD.fullmatch(tail[-1]):
        return name
    head = " ".join(words[: at + 1]).rstrip(":;,")
    return head if is_organisation(head) else name


def _without_lower_tail(name: str) -> str:
    """'X Society helpline index' → 'X Society', 'X ALS Network: the helpful wiki' → 'X ALS Network': a name whose
    organisation word is capitalised ends there; the words in lower case after it say what the page is."""
    words = name.split()
    at = max((k for k, w in enumerate(words) if w[:1].isupper() and ORGANISATION_WORD.fullmatch(w.rstrip(":;,"))), default=None)
    if at is None or at == len(words) - 1:
        return name
    tail = words[at + 1 :]
    if len(tail) > 3 or not all(re.fullmatch(r"[a-zà-ÿ][a-zà-ÿ’'-]*", w) for w in tail) \
            or tail[0] in {"of", "for", "and", "on", "in"} or any(w in VERB_WORDS or w in SENTENCE_VERBS for w in tail):
        return name  # ('X Foundation is a fictional organisation': a sentence, not a name and a description)
    head = " ".join(words[: at + 1]).rstrip(":;,")
    return head if is_organisation(head) else name


def _without_body(name: str) -> str:
    """'Scientific Committee of the X Society' or 'X Society Board of Directors' → 'X Society'."""
    for joint in OF.finditer(name):
        before, after = name[: joint.start()], name[joint.end() :]
        if is_governing_body(before) and is_organisation(after):
            return after
    words = name.split()
    for k in range(1, len(words)):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if is_governing_body(tail) and is_organisation(head) and ORGANISATION_WORD.search(head):
            return head
    return name


# An organisation word in the possessive before what it owns, in any case ("THE TRUST'S WORD", "Society's View").
ORGANISATION_POSSESSIVE = re.compile(ORGANISATION_WORD.pattern + r"[’'][sS]\s+\w", re.IGNORECASE)


def _not_a_name(name: str) -> bool:
    """A platform, generic words, a person, a governing body on its own, or a date."""
    folded = name.casefold()
    words = re.findall(r"[^\W_]+", folded)
    return (
        bool(re.search(r"[’']s\s+[a-z]", name))  # "Society's medical advisers": people of an organisation
        or bool(ORGANISATION_POSSESSIVE.search(name))  # "THE TRUST'S WORD": a panel's heading in capitals
        or bool(re.search(r"[’']s$", name))  # "the Alliance's (Research Panel)": a possessive, not the name itself
        # "Where the Forum lands", "What the Society thinks": a heading that asks, not a name.
        or bool(re.match(r"(?:where|what|how|why|when|who|which)\s", folded))
        or folded in PLATFORM_NAMES
        # "© reddit inc", "phpBB Limited": the company of a platform is the platform, never the site's publisher.
        or COMPANY_SUFFIX.sub("", folded) in PLATFORM_NAMES
        # "Alliance", "the Society": an organisation word alone names no one.
        or bool(words) and all(ORGANISATION_WORD.fullmatch(w) for w in words)
        or any(w in VERB_WORDS for w in words)
        or bool(words) and all(w in GENERIC_WORDS for w in words)
        or is_person(name)
        or is_governing_body(name)
        or is_label(name)  # "BOARD PAPER", "Press release": what the document is, not who wrote it
        or read_date_line(name) is not None
        or bool(re.search(r"\d{3}", name))
        or bool(words) and sum(w.isdigit() for w in words) * 2 >= len(words)  # a calendar's row: '25 26 27 Committee 28'
    )


# Capitalised words, joined by the small words names use ("Federation of MND Charities", "Asociación Meridiana de ELA").
_CAPITAL = r"[A-ZÀ-ÖØ-Þ][\w’'.&-]*"
_JOINER = r"(?:of|for|and|de|la|del|der|des|du|di|della|van|voor|e|y|für|on|cu|din|pentru)"  # (Romanian: 'Asociația Pacienților cu SLA X')
# Languages that write the organisation word of a name in lower case ("ALS spolek Jizerka", "ALS-foreningen X"): it
# joins the capitalised words around it (English words never do: "the MND community Facebook page" names no one).
_LOWER_WORD = "|".join(sorted({re.escape(w) for language, words in ORGANISATION_WORDS.items() if language != "en"
                               for w in words if "." not in w} - set(ORGANISATION_WORDS["en"]), key=len, reverse=True))
_LOWER = rf"(?-i:(?:{_LOWER_WORD}))[ \t\u00a0]+(?={_CAPITAL})"
MENTION = re.compile(rf"{_CAPITAL}(?:[ \t\u00a0]+(?:{_JOINER}[ \t\u00a0]+|{_LOWER})*{_CAPITAL})+")  # within one line


def named_in(text: str) -> str | None:
    """The organisation the text itself names most often (first on a tie): 'Open ALS Patients Collective'."""
    plain = re.sub(r"[*_]{1,3}", "", text)
    counts: Counter[str] = Counter()
    for match in MENTION.finditer(plain):
        if re.search(r"[\d°]$", plain[: match.start()]):
            continue  # a unit glued to its number ('45°C. Forum members can …') starts no name
        # A name runs to the end of its sentence at most: "… the X Alliance. This page …" is "X Alliance".
        sentence = re.split(r"(?<=[^\W\d_]{3})\.\s", match.group())[0]
        name = re.sub(r"[’']s$", "", strip_the(sentence).rstrip(".,;:"))
        # A company the text names ("made by X Devices Ltd") is what it is about, not who wrote it.
        found = organisation_name(name)
        if word_count(name) >= 2 and ORGANISATION_WORD.search(name) and found \
                and not COMPANY_SUFFIX.search(name.casefold()):
            # ("the X Network Handbook": what the organisation publishes follows its name, and is not part of it)
            counts[found[0] if found[1] and name.startswith(found[0]) else name] += 1
    # ("ALS-Gesprächskreis Wendelsee e.V.": a legal form after the name is part of it; a mention stops before it)
    return with_legal_form(counts.most_common(1)[0][0], plain) if counts else None


# A registered association's legal form, written after its name and part of it: Finnish 'ry'/'r.y.', Finland-Swedish
# 'rf', German 'e.V.', Czech 'z.s.', Belgian 'asbl'/'vzw'.
LEGAL_FORM = r"(?:ry|r\.\s?y\.|rf|r\.\s?f\.|e\.\s?V\.|z\.\s?s\.|asbl|vzw)"


def with_legal_form(name: str | None, *texts: str | None) -> str | None:
    """The name with the legal form the page prints after it ('Revonlahden ALS-yhdistys' in a page title, 'Revonlahden
    ALS-yhdistys ry' in its contact box), when it prints one; else the name."""
    if not name or re.search(rf"\s{LEGAL_FORM}$", name):
        return name
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + rf"\s+(?P<form>{LEGAL_FORM})(?![\w.])")
    for text in texts:
        found = pattern.search(text or "")
        if found:
            return f"{name} {found.group('form')}"
    return name
