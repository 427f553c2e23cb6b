"""From a reader's blocks to Documents: title, sections, position, signature, dates, language.

A file usually holds one statement. It holds more when a translation follows the
original (each language its own Document, the translation's id ending in `--fr`), or
when a page gives positions on several therapies under one heading each (one Document
per therapy, ids `<file-id>--<therapy>`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from statement_qa.documents import CURRENT, RESOURCE, STATEMENT, Document, Section
from statement_qa.documents import WITHDRAWN as WITHDRAWN_STATUS
from statement_qa.language import detect_language, language_of
from statement_qa.lexicon import unaccented
from statement_qa.structure.blocks import (
    HEADING,
    ITEM,
    LINE,
    NUMBERING,
    RULE,
    Block,
    Extracted,
    clean_line,
    heading_name,
    looks_like_heading,
    looks_like_prose,
    word_count,
)
from statement_qa.structure.dates import (
    SENTENCE_BREAK,
    DateLine,
    dateline,
    find_dates,
    labelled_lines,
    parse_date,
    read_date_line,
    read_sign_off,
)
from statement_qa.structure.headings import (
    AGREED_WORD,
    POSITION_WORDS,
    READ_OUT_OPENS,
    heading_levels,
    last_sentence,
    position_index,
    sections_of,
)
from statement_qa.structure.organisation import named_in, organisation_name, publisher_named
from statement_qa.structure.signature import (
    Closing,
    find_closing,
    signs,
    strip_the,
)
from statement_qa.structure.split import is_newsletter, position_item, slug, split_languages, therapy_groups
from statement_qa.structure.subjects import CODE, names_in
from statement_qa.structure.vocabulary import (
    ADVISES,
    APPROVAL,
    first_sentence,
    is_byline,
    is_chrome,
    is_closing,
    is_governing_body,
    is_housekeeping,
    is_known_heading,
    is_label,
    is_organisation,
    is_picture_note,
    is_position_heading,
    is_salutation,
    is_scope_note,
    names_meeting,
    notes_history,
    opens_aside,
    promises_another_look,
    subject_terms,
    word_stems,
)
from statement_qa.structure.words import (
    AGENDA_LABELS,
    ANSWER_LABELS,
    QUESTION_LABELS,
    SUBJECT_LABELS,
    WITHDRAWN_NOTICES,
)
from statement_qa.vocabulary import INN_SUFFIXES

WITHDRAWN = re.compile("|".join(f"(?:{notice})" for notice in WITHDRAWN_NOTICES), re.IGNORECASE | re.MULTILINE)
SUBJECT = re.compile(rf"^(?:{'|'.join(SUBJECT_LABELS)})\s*:\s*(?=\S)", re.IGNORECASE)


def _label(labels: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """A label, in any language we read, with its colon at the start of a line ('**Q:** ', 'Antwort: ')."""
    words = sorted({w for ws in labels.values() for w in ws}, key=len, reverse=True)
    return re.compile(rf"^[*_\s]*(?:{'|'.join(words)})[ \t]*:[*_\s]*(?=\S)", re.IGNORECASE)


# A question-and-answer pair's labels ('Q: Is X worth taking?' / 'A: We would not buy X.').
QUESTION_LABEL = _label(QUESTION_LABELS)
ANSWER_LABEL = _label(ANSWER_LABELS)
# "7. Calyxo nasal spray", not "7.2 Statement"; or labelled, "TOP 3 Kestrivan", "Item 2: Pelvorin"
AGENDA_ITEM = re.compile(rf"^(?:(?:{'|'.join(sorted({w for ws in AGENDA_LABELS.values() for w in ws}, key=len, reverse=True))})"
                         r"\s+\d{1,2}[.:)]?|\d{1,2}[.)])\s+\S", re.IGNORECASE)


def take_title(text: str, blocks: list[Block], given: str | None) -> tuple[str | None, int | None]:
    """The title, and which block prints it (None when the text does not)."""
    if given and BRACKETED.fullmatch(clean_line(given)):
        given = None  # a cue or an editor's note in brackets ('[MUSIC: sting, 0'08"]') is never the title
    if given and (is_organisation(given) or _letterhead_label(given)):
        # A letterhead in the largest type says who writes, not what about: a letter's subject line is its title; so
        # does a memo's head, its sender and what it is ('X ASSOCIATION INTERNAL MEMO').
        for i, block in enumerate(blocks[:12]):
            line = clean_line(text[block.start : block.end])
            if SUBJECT.match(line) and word_count(line) <= 20:
                return line, i
    if given:
        wanted = clean_line(given).casefold()
        for i, block in enumerate(blocks):
            # Near the top any line that prints the title; further down (below a menu the reader
            # could not tell from content) only a heading.
            if (i < 8 or block.kind == HEADING) and clean_line(text[block.start : block.end]).casefold() == wanted:
                return clean_line(given), i
        return clean_line(given), None
    fielded = _field_title(text, blocks[:4])
    if fielded is not None:
        return fielded
    for i, block in enumerate(blocks[:4]):
        line = text[block.start : block.end]
        if is_known_heading(line) and not is_label(line):
            break  # the document starts with its first section: it has no title line
        if looks_like_prose(line) or is_label(line) or read_date_line(line) or is_byline(line) or is_chrome(line) or is_closing(line):
            continue
        if is_organisation(line):
            continue  # a letterhead
        if block.kind == HEADING or (block.kind == LINE and looks_like_heading(line)):
            return clean_line(line), i
    return None, None


PART_OF_SET = re.compile(r"\s+[-–—:|]\s*(?:card|page|part|slide|sheet|panel)\s+\d{1,2}\s*(?:of|/)\s*\d{1,2}\b.*$",
                         re.IGNORECASE)
BRACKETED = re.compile(r"\[[^\[\]]+\]")
# A strapline after the name, set off by a spaced dash and shouting ('X - it costs you nothing!', 'Y – join us!'): a
# leaflet's selling line, not part of what it is called.
SELLING_LINE = re.compile(r"(?<=\w)\s+[-–—]\s+[^-–—!?.:]{3,60}!\s*$")
# How to print a sheet, in brackets after its name ('(print on card, cut on the crop marks)', '(à imprimer recto verso)'):
# an instruction to whoever prints it, not what it is called.
PRINTING_NOTE = re.compile(r"\s*\((?:please\s+)?(?:print|cut|fold|à\s+imprimer|imprimer|découper|plier|drucken|ausdrucken|"
                           r"schneiden|falten|imprimir|cortar|doblar|stampare|stampa|tagliare|piegare|printen|knippen|vouwen)\b"
                           r"[^()]{0,80}\)\s*$", re.IGNORECASE)
# What a text version for screen readers says a line is ('Heading level 1: X', 'Überschrift Ebene 1: X'): not its words.
SPOKEN_MARK = re.compile(r"^(?:heading(?:\s+level)?|überschrift(?:\s+(?:der\s+)?ebene)?|titre(?:\s+de)?\s+niveau|"
                         r"encabezado(?:\s+de)?\s+nivel|kop(?:\s+niveau)?)\s*\d\s*[:,.–—-]\s*(?=\S)", re.IGNORECASE)
# A header's field whose value is a name in quotation marks, after a number or a series' name ('Item: 3 of 4 - "X"').
QUOTED_FIELD = re.compile(r"^[^\"“”„:\n]{1,30}:\s*(?:[^\"“”„\n]{0,24}?\s[-–—:]\s*)?[\"“„](?P<title>[^\"“”„\n]{3,160})[\"”“]\s*$")


def _field_title(text: str, blocks: list[Block]) -> tuple[str, int] | None:
    """A header of labelled fields (a script's, a recording's: 'Programme: "Health Circle"', 'Item: 3 of 4 - "X:
    hope from a private clinic?"'): the quoted name that names what the document is about is its title; the others
    name the series or the show."""
    terms = subject_terms(text)
    for i, block in enumerate(blocks):
        for line in text[block.start : block.end].splitlines():
            field = QUOTED_FIELD.match(line.strip())
            if field and terms & word_stems(field.group("title")):
                return clean_line(field.group("title")), i
    return None


def _translated_title(text: str, title: Block, below: Block) -> bool:
    """The heading right under the title, set the same way or as its subtitle, is the title in another language: it
    names the same subject ('Pelmorisan (PMS-8) bei FUS-ALS' over 'Pelmorisan (PMS-8) nella SLA da FUS') in other
    words."""
    if title.kind != HEADING or below.kind != HEADING or not 0 <= below.level - title.level <= 1:
        return False
    first, second = clean_line(text[title.start : title.end]), clean_line(text[below.start : below.end])
    shared = {w.casefold() for w in re.findall(r"[^\W\d_]{5,}", first)} & {w.casefold() for w in re.findall(r"[^\W\d_]{5,}", second)}
    languages = detect_language(first, default=""), detect_language(second, default="")
    return bool(shared) and all(languages) and languages[0] != languages[1] and not is_known_heading(second)


def _letterhead_label(line: str) -> bool:
    """A document-type label alone ('Internal memo'), or after the sender's name ('X Association Nota interna')."""
    if is_label(line):
        return True
    words = clean_line(line).split()
    return any(is_label(" ".join(words[k:])) and is_organisation(" ".join(words[:k])) for k in range(1, len(words)))


@dataclass
class _Page:
    """What the whole file says once, shared by every statement in it."""

    extracted: Extracted
    doc_id: str
    source: str
    sha256: str
    letterhead: str | None
    top_dates: list[DateLine]
    byline: DateLine | None
    # Every dated sentence on the page: review dates may share a line ("Next review due: May 2025. © …").
    page_dates: list[DateLine]
    # The date in the page's own title, a name and a date only ("Esker Bulletin · September 2021"): an issue's date.
    title_date: DateLine | None = None
    # The date an opening line ends with, after what it names ('J. Roe, X Group - Poster P-27, Regional Conference,
    # 15-16 May 2025'): a poster's or a talk's meeting, when no line of dates says more.
    opening_date: str | None = None


def assemble_all(extracted: Extracted, *, doc_id: str, source: str, sha256: str, fallback_title: str) -> list[Document]:
    """Every statement in one file's extracted text, in reading order."""
    text = extracted.text
    blocks = [b for b in extracted.blocks if b.kind == RULE or text[b.start : b.end].strip()]
    title, at = take_title(text, blocks, extracted.title)
    if title and at is not None and at + 1 < len(blocks) and _translated_title(text, blocks[at], blocks[at + 1]):
        # A two-language leaflet's title in both its languages, one under the other: the title is both.
        title = f"{title} / {clean_line(text[blocks[at + 1].start : blocks[at + 1].end])}"
        at += 1
    before, after = (blocks[:at], blocks[at + 1 :]) if at is not None else ([], blocks)
    after = _without_chrome(text, after)
    opening = _opening_lines(text, after)
    lead = before + opening
    above = [d for line in _lines_above(text, blocks[0].start if blocks else 0) if (d := read_date_line(line))]
    page = _Page(
        extracted,
        doc_id,
        source,
        sha256,
        # "TRUST TALK" over "The newsletter of the X Trust – Issue 31": the masthead names the periodical, the line
        # under it who publishes it.
        # So does a strapline under the title ("The Saltney Sparrow #47 · news from X Friends").
        letterhead=next((name for b in before + opening if (name := publisher_named(text[b.start : b.end]))), None)
        or extracted.letterhead
        or next((name for b in before if (name := _shaped(text[b.start : b.end]))), None),
        top_dates=above
        + [d for line in labelled_lines(text, lead) if (d := read_date_line(line))]
        + _opening_sentence_date(text, after[len(opening) :]),
        byline=read_date_line(extracted.byline) if extracted.byline else None,
        page_dates=[
            d for line in labelled_lines(text, blocks) for piece in re.split(r"(?<=[.;|])\s+", line) if (d := read_date_line(piece))
        ],
        title_date=(read_date_line(title) or _meeting_date(title)) if title else None,
        opening_date=next((month for b in lead if (month := _ending_date(text[b.start : b.end]))), None),
    )
    documents: list[Document] = []
    for n, (language, segment) in enumerate(split_languages(text, after)):
        closing = find_closing(text, segment)
        content = segment[: closing.first] if closing else segment
        if n:
            own_title, own_at = take_title(text, content, None)
            if own_at is not None:
                content = content[own_at + 1 :]
            span = (segment[0].start, segment[-1].end)
            documents.append(_document(page, f"{doc_id}--{language}", own_title or title or fallback_title,
                                       content, closing, language, span))
            continue
        levels = heading_levels(text, content, extracted.layout)
        groups = therapy_groups(text, content, levels, title or "")
        body_start = extracted.body[0] if extracted.body else 0
        if at is not None and before and not any(_belongs_to_statement(text[b.start : b.end]) for b in before):
            body_start = max(body_start, blocks[at].start)  # a menu the reader could not tell from content
        body_end = segment[-1].end if segment else len(text)
        # What says it is a newsletter: its title, or the lines just above its first item (not a menu's link).
        header = [title or "", *(_lines_above(text, content[0].start) if content else [])]
        if content and content[0].kind != HEADING and word_count(text[content[0].start : content[0].end]) <= 20:
            header.append(text[content[0].start : content[0].end])  # the strapline under a masthead: "The members' e-newsletter of X"
        newsletter = any(is_newsletter(line) and not re.search(r"sign\s*up|subscribe", line, re.IGNORECASE) for line in header)
        # A title that names a product ('Response to consultation: quildrasol (ASH-77)') heads one document
        # whose numbered sections are its parts, not a newsletter's items.
        one_subject = not newsletter and not NUMBERING.match(title or "") and not (title or "").isupper() \
            and bool(names_in(title or "", "", []))
        item = None if groups or one_subject else position_item(text, content, levels, newsletter)
        if item is None and newsletter and not groups:
            item = _item_holding_position(_document(page, doc_id, title or fallback_title, content, closing, language,
                                                    (body_start, body_end)), content, levels)
        if item is not None:
            # A newsletter: the statement is its one item that states a position, titled by that item.
            first, end = item
            name = _as_written(NUMBERING.sub("", clean_line(text[content[first].start : content[first].end])), text)
            document = _document(page, doc_id, name or title or fallback_title, content[first:end], None, language,
                                 (content[first].start, content[end - 1].end))
            documents.append(_withdrawn_above(document, text, [*before, *content[:first]]))
            continue
        if not groups:
            document = _document(page, doc_id, title or fallback_title, content, closing, language, (body_start, body_end))
            documents.append(_with_part(_with_agenda_item(_titled_by_own_side(document, content), content, levels),
                                        content))
            continue
        for first, end in groups:
            # Each is titled as the page is; what it is about is its own heading.
            name = clean_line(text[content[first].start : content[first].end])
            documents.append(_document(page, f"{doc_id}--{slug(name)}", title or name, content[first + 1 : end], closing,
                                       language, (content[first].start, content[end - 1].end), subject=name))
    return documents


def _meeting_date(title: str) -> DateLine | None:
    """The date of the meeting a record's title names ('NOTULEN bestuursvergadering 3 september 2026'): what was decided
    there is dated by it, when nothing nearer the words dates them."""
    month = parse_date(title) if names_meeting(title) else None
    return DateLine((("plain", month),), None) if month else None


def _withdrawn_above(document: Document, text: str, above: list[Block]) -> Document:
    """A newsletter's item under a notice at the top of the issue that withdraws it ('Withdrawn by the committee on 2
    October 2026. The X item below is no longer our position.'): withdrawn, when the notice names what the item is
    about."""
    if document.status == WITHDRAWN_STATUS:
        return document
    for block in above:
        notice = text[block.start : block.end]
        if WITHDRAWN.search(notice) and any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", notice, re.IGNORECASE)
                                            for name in document.aliases):
            return replace(document, status=WITHDRAWN_STATUS)
    return document


def assemble(extracted: Extracted, *, doc_id: str, source: str, sha256: str, fallback_title: str) -> Document:
    """The file's first (or only) statement; see assemble_all for files that hold several."""
    return assemble_all(extracted, doc_id=doc_id, source=source, sha256=sha256, fallback_title=fallback_title)[0]


def _item_holding_position(document: Document, blocks: list[Block], levels: dict[int, int]) -> tuple[int, int] | None:
    """(first, end) of the newsletter item whose text holds the position found in the whole issue (a run-in 'Our
    view for now:' under '1. Ostravelin: what we think'), when the issue has three or more items, or fewer and the
    item's heading names what it is about (a calendar's month page: 'Club statement of the month: X (X-16)' above the
    month's grid); else None."""
    if document.position is None or not levels:
        return None
    top = min(levels.values())
    heads = [i for i, level in sorted(levels.items()) if level == top]
    start = document.sections[document.position].start
    text = document.text
    for first, end in zip(heads, [*heads[1:], len(blocks)]):
        if blocks[first].end <= start < (blocks[end].start if end < len(blocks) else len(text) + 1):
            named = bool(names_in(text[blocks[first].start : blocks[first].end], "", []))
            return (first, end) if len(heads) >= 3 or named else None
    return None


def _titled_by_own_side(document: Document, blocks: list[Block]) -> Document:
    """A card printed in two languages, one side each under its own title ('Lindoprast (LDP-40): tabled newydd' over
    the Welsh side, 'Lindoprast (LDP-40): the new tablet' over the English one): the title is the one over the side
    the position is on. Both titles open with the same name before their colon."""
    if document.position is None or ":" not in document.title:
        return document
    text = document.text
    start = document.sections[document.position].start
    head = document.title.split(":", 1)[0].strip().casefold()
    sides = [b for b in blocks if b.kind == HEADING and b.end <= start
             and (line := clean_line(text[b.start : b.end])) != document.title and ":" in line
             and line.split(":", 1)[0].strip().casefold() == head and line.split(":", 1)[1].strip()]
    if not sides:
        return document
    side = sides[-1]
    # (set as a title, larger than every section heading of the card: not a section 'X: what is it?')
    others = [b.level for b in blocks if b.kind == HEADING and b is not side
              and clean_line(text[b.start : b.end]) != document.title]
    if not others or side.level >= min(others):
        return document
    return replace(document, title=clean_line(text[side.start : side.end]))


def _with_agenda_item(document: Document, blocks: list[Block], levels: dict[int, int]) -> Document:
    """The notes of one dated meeting whose position is one numbered agenda item's ('## 7. Calyxo nasal spray' ›
    '### 7.2 Statement'): titled by the notes and that item ('Committee meeting 7 May 2024 - notes (7. Calyxo nasal
    spray)'); the meeting's title names no subject, the item does."""
    if document.position is None or not names_meeting(document.title) or not parse_date(document.title):
        return document
    text = document.text
    start = document.sections[document.position].start
    heads = [i for i in levels if blocks[i].start < start and AGENDA_ITEM.match(clean_line(text[blocks[i].start : blocks[i].end]))]
    if not heads:
        return document
    nearest = max(heads)
    if any(levels[i] <= levels[nearest] for i in levels if nearest < i and blocks[i].start < start):
        return document  # a heading of the item's level or above stands between: the position is not in that item
    item = clean_line(text[blocks[nearest].start : blocks[nearest].end])
    return replace(document, title=f"{document.title} ({item})")


def _with_part(document: Document, blocks: list[Block]) -> Document:
    """A document of several parts (a phone menu's recorded messages '[P02] OPCIÓN 2 - QUINTELAMIDA', a script's
    items) whose title names none of what its position is about, when the heading of the part that holds the position
    names a word the position says and the title does not: titled by both ('GUION DE LA CENTRALITA …: OPCIÓN 2 -
    QUINTELAMIDA'), so that what it is about is in its name."""
    if document.position is None:
        return document
    text = document.text
    start = document.sections[document.position].start
    heads = [b for b in blocks if b.kind == HEADING and b.end <= start]
    if len(heads) < 3:
        return document  # (parts: three headings or more above it)
    head = heads[-1]
    # A line of fields set in columns ('… QUINTELAMIDA            archivo: p02_quintelamida.wav'): its first column;
    # a bracketed code before it ('[P02]') is the part's number.
    part = re.split(r"\s{3,}", text[head.start : head.end].strip())[0]
    part = clean_line(re.sub(r"^\[[^\]]{1,12}\]\s*", "", part))
    if not part or is_position_heading(part) or word_count(part) > 10:
        return document
    said = {w.casefold() for w in re.findall(r"[^\W\d_]{6,}", text[start : document.sections[document.position].end])}
    named = [w for w in re.findall(r"[^\W\d_]{6,}", part) if w.casefold() in said]
    in_title = {w.casefold() for w in re.findall(r"[^\W\d_]{6,}", document.title)}
    if not named or in_title & said:
        return document  # (a title that names anything the position says is about it already)
    return replace(document, title=f"{document.title}: {part}")


def _without_chrome(text: str, blocks: list[Block]) -> list[Block]:
    """Blocks up to the first tag line, share bar, post link or comment heading after the statement's text."""
    seen_prose = False
    for i, block in enumerate(blocks):
        line = text[block.start : block.end]
        if seen_prose and is_chrome(line):
            return blocks[:i]
        seen_prose = seen_prose or looks_like_prose(line)
    return blocks


def _shaped(line: str) -> str | None:
    """The organisation a line names by an organisation's shape ('X Trust · registered charity 123')."""
    found = organisation_name(line)
    return found[0] if found and found[1] else None


def _belongs_to_statement(line: str) -> bool:
    """A line above the title that is part of the statement: text, a date, a letterhead, a label, a byline."""
    return bool(looks_like_prose(line) or read_date_line(line) or is_organisation(line) or is_label(line) or is_byline(line))


def _lines_above(text: str, start: int) -> list[str]:
    """The last few lines of text above the first block (a date printed above a scraped page's title)."""
    lines = [line.strip() for line in text[max(0, start - 400) : start].splitlines() if line.strip()]
    return lines[-4:]


def _opening_lines(text: str, blocks: list[Block]) -> list[Block]:
    """The short lines before the first paragraph (a byline, 'Updated: 03/2024'); a subtitle is not a paragraph."""
    lines = []
    for block in blocks[:6]:
        if block.kind != HEADING and looks_like_prose(text[block.start : block.end]):
            break
        lines.append(block)
    return lines


def _opening_sentence_date(text: str, blocks: list[Block]) -> list[DateLine]:
    """The date in a first paragraph's opening sentence when that sentence only dates the text
    ("Published October 2022. This leaflet is part of …")."""
    if not blocks or blocks[0].kind == HEADING:
        return []
    pressed = dateline(text[blocks[0].start : blocks[0].end])
    if pressed:
        return [pressed]
    first = re.split(r"(?<=[.;|])\s+", text[blocks[0].start : blocks[0].end], maxsplit=1)[0]
    dated = read_date_line(first)
    return [dated] if dated else []


def _document(page: _Page, doc_id: str, title: str, content: list[Block], closing: Closing | None,
              language: str, body: tuple[int, int], subject: str | None = None) -> Document:
    title = SUBJECT.sub("", title)  # a letter's "Re: X" is about X
    title = SPOKEN_MARK.sub("", title) or title  # a screen reader's text version says what the line is: 'Heading level 1: X'
    # One card of a set ('ROVASTIGENE (RVG-3) - card 1 of 3: facts'): the set is about what the card's title names
    # before its number; the card's own label ('facts') is no name of it.
    title = PART_OF_SET.sub("", title) or title
    title = SELLING_LINE.sub("", title) or title
    title = PRINTING_NOTE.sub("", title) or title  # '… membership cards 2027 (print on card, cut on the crop marks)'  # 'Consigne 0,5% do seu IRS - não paga nada a mais!': the name, not its cry
    # A mailing list's "[CHMS-members] X"; a tag that says what the post is ("[STATEMENT] X") is the poster's own word.
    title = re.sub(r"^\[([^\]]{2,40})\]\s+(?=\S)", lambda m: m.group() if is_label(m.group(1)) else "", title)
    extracted = page.extracted
    text = extracted.text
    sections, position = position_index(text, sections_of(text, content, extracted.layout), content)
    if position is not None:
        whole = sections[position]
        narrowed = _after_lead_in(text, whole, content)
        if narrowed.start > whole.start:
            # What stands above the lead-in stays a section of its own (background, searchable), not the position.
            sections.insert(position, replace(whole, end=whole.start + len(text[whole.start : narrowed.start].rstrip())))
            position += 1
        narrowed = _answer_of_pair(text, narrowed, content)
        sections[position] = _without_counter(text, _past_language_tab(text, _in_own_language(
            text, _until_signature(text, narrowed, content, {heading_name(s.name) for s in sections}), content)))
    dated = [*(closing.dates if closing else ()), *page.top_dates, *([page.byline] if page.byline else [])]
    everywhere = dated + [d for line in labelled_lines(text, content) if (d := read_date_line(line))] + page.page_dates
    # "Our updated position (March 2025)": a date in the position's own heading dates what is quoted.
    heading = sections[position].name if position is not None else ""
    issued = (
        (parse_date(heading) if is_position_heading(heading) else None)
        or (_dated_label_above(text, sections[position].start, content) if position is not None else None)
        or extracted.date
        or _first(closing.dates if closing else (), "issued", "plain")
        # The lead-in right above the position that says when it was agreed ('The committee looked at this on 13 March
        # 2025. Here is what we agreed:', 'The trustees met on 27 January 2026 and here is their answer:') dates the
        # words before the date they were posted or printed at the top ('Posted: Tue 03 Feb 2026'), and before the date
        # of the meeting the page announces there.
        or (_lead_in_date(text, sections[position].start, content, agreed=True) if position is not None else None)
        or _first(page.top_dates, "issued")
        # The line that signs the position off ('Agreed at committee, 20 February 2024.') dates it before a bare month
        # at the top of the page ('MARCH 2024' over a calendar's month).
        or (_signed_off(text, sections[position].end, content) or _signed_off(text, sections[position].end, extracted.blocks)
            if position is not None else None)
        or _first(page.top_dates, "plain")
        or _first([page.byline] if page.byline else [], "issued", "plain")
        or _first([d for b in content if (d := read_date_line(text[b.start : b.end]))], "issued")
        or _first(dated, "updated")
        or _first(page.page_dates, "issued")
        or _first(everywhere, "updated")  # "Last updated on Jul 14, 2023" at the foot of a docs page
        or page.opening_date
        or _letter_date(text, content)
        or _first([page.title_date] if page.title_date else [], "issued", "plain")  # a newsletter issue's masthead
        or (_lead_in_date(text, sections[position].start, content) if position is not None else None)
        or (_signed_off_later(text, sections[position].end, content) if position is not None else None)
        or (_bracketed_date_above(text, sections[position].start, content) if position is not None else None)
        or _first(everywhere + ([page.title_date] if page.title_date else []), "season")  # "Issue 41 | Autumn 2023"
        or _first(everywhere, "printed")  # "Bingo card reprinted 11/06/2025": the copy, when nothing dates the words
    )
    # "Created: June 2022 … Last update: February 2025": the text that holds the position now is the update's.
    # A modification stamp in the month the page says it was reviewed ("Modified April 2, 2025" beside "Reviewed
    # 2 April 2025; no changes") is that review: the words are still the issue date's.
    # (the line under the position may have been taken as the page's signature, outside its content)
    signed_review = (_signed_off_review(text, sections[position].end, content)
                     or _signed_off_review(text, sections[position].end, extracted.blocks)) if position is not None else None
    reviewed_in = {month for line in everywhere for role, month in line.dates if role == "reviewed"} | {extracted.reviewed,
                                                                                                      signed_review}
    updated = max((month for line in everywhere for role, month in line.dates
                   if role == "updated" and month not in reviewed_in), default=None)
    # (but not over the approval that signs the position off right under it, 'Approvato dal consiglio direttivo il 22
    # maggio 2025.': a later 'Grafica aggiornata il 03/06/2025' or 'Page last modified …' stamps the page, not its words)
    signed = _approved_below(text, sections[position].end, content) or _approved_below(text, sections[position].end,
                                                                                        extracted.blocks) \
        if position is not None else None
    if issued and updated and updated > issued and not (signed and issued == signed) \
            and not (extracted.own_date and issued == extracted.date):
        issued = updated
    position_text = text[sections[position].start : sections[position].end] if position is not None else ""
    start, end = body
    # 'This statement was withdrawn on 3 March 2025': the organisation's words, but no longer its position.
    withdrawn = WITHDRAWN.search(title) or WITHDRAWN.search(text[start:end])
    return Document(
        id=doc_id,
        title=title,
        organisation=_organisation(page, closing, text[start:end], position_text),
        date=issued,
        kind=STATEMENT if position is not None else RESOURCE,
        source=page.source,
        url=extracted.url,
        text=text,
        sections=tuple(sections),
        aliases=names_in(subject or title, text[start:end], [*extracted.aliases, *_opening_medicine(title, position_text)]),
        sha256=page.sha256,
        page_starts=extracted.page_starts,
        body=body,
        position=position,
        breaks=tuple(b for b in extracted.breaks if start < b < end),
        reviewed=extracted.reviewed or _first(everywhere, "reviewed") or signed_review
        or _reviewed_after_date(text[start:end]),
        next_review=extracted.next_review or _first(everywhere, "next_review"),
        # A Japanese or Greek statement is told by its script: the few Latin words in it ('ALS', a code)
        # would otherwise make it whichever language's function words they resemble.
        language=language_of(position_text or text[start:end], default=language),
        status=WITHDRAWN_STATUS if withdrawn else CURRENT,
    )


def _opening_medicine(title: str, position: str) -> list[str]:
    """The medicine a position opens by naming ('Brenacimab is at an early stage. …'), when its title names none (a
    sponsorship form's 'Stowey Stroll 2022 - Sponsorship form'): what the statement is about. A name only, shaped like a
    medicine's (an INN's ending), never another word that opens a sentence."""
    first = re.match(r"\s*([A-Z][a-z]{5,})\b", position)
    if first is None or not first.group(1).casefold().endswith(INN_SUFFIXES):
        return []
    if CODE.search(title) or any(word.casefold().endswith(INN_SUFFIXES) for word in re.findall(r"[^\W\d_]{6,}", title)):
        return []
    return [first.group(1)]


# Japanese and Chinese say what a date is after it: '2025年1月20日に再確認' (checked again on …), '…に見直し' (reviewed).
REVIEWED_AFTER = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:に)?\s*(?:再確認|見直し|再検討|复核|审阅)")


def _reviewed_after_date(text: str) -> str | None:
    """The month a Japanese or Chinese text says it was looked at again ('2025年1月20日に再確認、変更なし')."""
    found = REVIEWED_AFTER.search(text)
    return parse_date(found.group()) if found else None


def _ending_date(line: str) -> str | None:
    """The month of the date a short line ends with ('…, Wealdmouth Conference Centre, 15-16 May 2025')."""
    said = clean_line(line).rstrip(" .")
    if read_date_line(said) is not None:
        return None  # a line of dates and labels says what each date is ('Last reviewed: 12.02.2024')
    dates = find_dates(said) if word_count(said) <= 40 else []
    return dates[-1][2] if dates and dates[-1][1] == len(said) else None


def _letter_date(text: str, blocks: list[Block]) -> str | None:
    """The date a letter gives just above its greeting ('The Reading Room, Goathland / Thursday 17th July 2025' over 'Dear
    Friends,'): when it was written, below whatever note on the copy stands above it."""
    greeting = next((n for n, b in enumerate(blocks) if b.kind != RULE and is_salutation(text[b.start : b.end])), None)
    if greeting is None:
        return None
    for block in reversed(blocks[max(0, greeting - 2) : greeting]):
        line = text[block.start : block.end]
        if looks_like_prose(line):
            return None
        dated = read_date_line(clean_line(line))
        month = dated.first("issued", "plain") if dated else _ending_date(line)
        if month:
            return month
    return None


def _first_below(text: str, end: int, blocks: list[Block]) -> Block | None:
    """The line right under the position, past a note on whom or what it does not cover ('The committee has not taken a
    view for people whose MND started in the arms or legs, …'), which the sign-off below it signs too."""
    return next((b for b in blocks if b.start >= end and b.kind != RULE and not is_scope_note(text[b.start : b.end])), None)


def _signed_off(text: str, end: int, blocks: list[Block]) -> str | None:
    """The issue date in the first sentence of the line right under the position ('Agreed at committee, 20 February
    2024. We'll look again …')."""
    below = _first_below(text, end, blocks)
    if below is None:
        return None
    first = SENTENCE_BREAK.split(clean_line(text[below.start : below.end]), maxsplit=1)[0]
    # ('(Committee, 8 March 2022.) We'll look again …': the note in brackets is the first sentence)
    first = (note.group() if (note := BRACKETED_NOTE.match(first)) and _dated_note(note.group()) else first)
    dated = read_date_line(first) or read_sign_off(first)
    if dated is None:
        return _body_dated(first)
    if dated and not dated.first("issued") and dated.prefix and (is_governing_body(dated.prefix) or is_organisation(dated.prefix)):
        return dated.first("plain")  # '(Society committee, 30 July 2025.)': who agreed it, and when
    return dated.first("issued") if dated else None


def _body_dated(line: str) -> str | None:
    """The month of a line that is only a body's name and a date, with no word between them ('(Committee 5 August
    2025.)', 'Trustees 3 March 2025'): who agreed the text above it, and when."""
    said = clean_line(line).strip(" .()[]")
    dates = find_dates(said)
    if len(dates) != 1 or dates[0][1] != len(said.rstrip(" .")):
        return None
    name = said[: dates[0][0]].strip(" ,")
    return dates[0][2] if name and word_count(name) <= 4 and is_governing_body(name) else None


def _approved_below(text: str, end: int, blocks: list[Block]) -> str | None:
    """The date of the approval that signs the position off right under it ('Approvato dal consiglio direttivo il 22
    maggio 2025.'), not of any other line there ('Created: June 8, 2022')."""
    below = _first_below(text, end, blocks)
    if below is None or not APPROVAL.search(SENTENCE_BREAK.split(clean_line(text[below.start : below.end]), maxsplit=1)[0]):
        return None
    return _signed_off(text, end, blocks)


def _later_sign_off(text: str, end: int, blocks: list[Block]) -> list[str]:
    """The sentences of the sign-off a reply away below the position (one of the three blocks after the one right under
    it, opening with a sentence that says when the words were agreed: a script's speaker, in their next turn, 'OUR BOARD
    AGREED THOSE WORDS ON 3 MARCH 2025. …'), or none."""
    below = next((b for b in blocks if b.start >= end and b.kind != RULE), None)
    if below is None:
        return []
    for block in [b for b in blocks if b.start > below.start and b.kind not in (RULE, HEADING)][:3]:
        sentences = SENTENCE_BREAK.split(clean_line(text[block.start : block.end]))
        signed = read_sign_off(sentences[0])
        if signed and signed.first("issued"):
            return sentences[:4]
    return []


def _signed_off_later(text: str, end: int, blocks: list[Block]) -> str | None:
    """The issue date of the sign-off a reply away below the position (_later_sign_off), when nothing else dates it."""
    sentences = _later_sign_off(text, end, blocks)
    dated = read_sign_off(sentences[0]) if sentences else None
    return dated.first("issued") if dated else None


def _signed_off_review(text: str, end: int, blocks: list[Block]) -> str | None:
    """The review the sentence right under the position states in words ('… and checked again by the board on 8
    September 2025, with nothing to change.')."""
    below = next((b for b in blocks if b.start >= end and b.kind != RULE), None)
    if below is None:
        return None
    # (in its first sentences: 'Agreed by the trustees on 17 September 2025. Checked again by the trustees on 12 November
    # 2025 and left unchanged. Next review: …')
    sentences = SENTENCE_BREAK.split(clean_line(text[below.start : below.end]))
    for n, sentence in enumerate(sentences[:3]):
        # ('Read through again at the members' meeting on 12 November 2026; no change.': what the reading found may
        # follow a semicolon)
        joined = f"{sentence} {sentences[n + 1]}" if sentence.endswith(";") and n + 1 < len(sentences) else sentence
        dated = read_sign_off(joined)
        if dated and dated.first("reviewed"):
            return dated.first("reviewed")
    # (or in the sign-off a few blocks further down, a reply away: a script's speaker saying when the words were agreed
    # and re-read, in their next turn: 'OUR BOARD AGREED THOSE WORDS ON 3 MARCH 2025. … THE BOARD RE-READ IT ON 16 JUNE
    # 2025 AND CHANGED NOTHING.')
    for sentence in _later_sign_off(text, end, blocks):
        dated = read_sign_off(sentence)
        if dated and dated.first("reviewed"):
            return dated.first("reviewed")
    return None


# The line right above a position that says the words below were agreed on a day ('Our board agreed this on 24 February
# 2025 and I'll read it exactly as agreed.'): a lead-in, whether or not it ends with a colon.
AGREED_THIS = re.compile(r"\b(?:agreed|approved|adopted)\s+(?:this|these\s+words|the\s+following|it|what\s+follows)\b[^.!?]*?"
                         r"\b(?:on|in)\s+(?:\d|[A-Z])", re.IGNORECASE)


# A short label over a passage that dates it in brackets: 'THE STANDING ANSWER (9 July 2026)'.
DATED_LABEL = re.compile(r"^(?P<label>[^\n()]{3,60}?)\s*\((?P<date>[^()\n]{4,30})\)\s*:?$")
# ... or after a comma or a dash, as a label set in capitals in a plain-text e-mail dates it: 'AGREED WORDING, 2 JULY
# 2026'.
DATED_LABEL_AFTER = re.compile(r"^(?P<label>[^\n(),:]{3,60}?)(?:,|\s+[-–—])\s+(?P<date>[^()\n,:]{4,30}?)\s*:?$")


def _dated_label_above(text: str, start: int, blocks: list[Block]) -> str | None:
    """The date of the label right above the position that dates it in brackets or after a comma ('THE STANDING ANSWER
    (9 July 2026)', 'AGREED WORDING, 2 JULY 2026' over an answer an e-mail repeats word for word): the words' own date,
    before the date the message was sent."""
    above = [b for b in blocks if b.end <= start and b.kind != RULE]
    if not above:
        return None
    line = clean_line(text[above[-1].start : above[-1].end])
    found = DATED_LABEL.match(line) or DATED_LABEL_AFTER.match(line)
    if found is None or word_count(found.group("label")) > 8 or looks_like_prose(found.group("label")):
        return None
    dated = read_date_line(found.group("date"))
    return dated.first("issued", "plain") if dated and dated.prefix is None else None


# A date in brackets inside a short line: 'Trustees' take on X (April 2025) - withdrawn, kept for the record'.
BRACKETED_DATE = re.compile(r"\((?P<date>[^()\n]{4,40})\)")


def _bracketed_date_above(text: str, start: int, blocks: list[Block]) -> str | None:
    """The date in brackets of the heading or label over the position, one of the two lines right above it ('The Pebble:
    what the trustees decided (14 September 2026)' over a field 'Answer to give callers'; 'Trustees' take on X (April
    2025) - withdrawn'): when the words were decided, when nothing else on the page dates them."""
    above = [b for b in blocks if b.end <= start and b.kind != RULE][-2:]
    for block in reversed(above):
        line = clean_line(text[block.start : block.end])
        if word_count(line) > 16 or re.search(r"[.!?]$", line):
            continue
        for found in BRACKETED_DATE.finditer(line):
            dated = read_date_line(found.group("date"))
            month = dated.first("issued", "plain") if dated and dated.prefix is None else None
            if month:
                return month
    return None


# A body that met on a day, in the languages statements come in: 'the committee met on', 'der Vorstand tagte am', 'la junta
# se reunió el', 'le bureau s'est réuni le', 'het bestuur vergaderde op', 'il direttivo si è riunito il', 'a direção reuniu'.
BODY_MET = re.compile(r"\b(?:met|tagte|se\s+reuni[óo]|s['’]est\s+réuni|vergaderde|si\s+è\s+riunit[oa]|reuniu|zebra[łl]a?\s+się)\b",
                      re.IGNORECASE)


def _lead_in_date(text: str, start: int, blocks: list[Block], agreed: bool = False) -> str | None:
    """The date in the line that announces the position just above it ('… the team agreed this on 3 October 2025:'),
    when nothing else on the page dates the text."""
    # (or the label run into the position's own paragraph: '<b>Circle committee, settled answer (2 Sept 2024):</b> …')
    run_in = next((text[b.start : start] for b in blocks if b.start < start < b.end), None)
    above = [b for b in blocks if b.end <= start and b.kind != RULE]
    if agreed and run_in is not None and not APPROVAL.search(run_in):
        # (a label run into the position that names no agreement: the lead-in above it may)
        label_start = next(b.start for b in blocks if b.start < start < b.end)
        run_in, above = None, [b for b in blocks if b.end <= label_start and b.kind != RULE]
    if run_in is None and above and READ_OUT_OPENS.search(closing := last_sentence(text[above[-1].start : above[-1].end])):
        # ('A direção reuniu no dia 24 de junho de 2025 e decidiu o seguinte.': the meeting that decided the words below;
        # 'Der Vorstand hat am 21. Oktober 2026 beschlossen, was wir allen sagen sollen. Ich lese es dir vor:' dates it
        # in the sentence before the one that reads it out)
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", clean_line(text[above[-1].start : above[-1].end]))
        return parse_date(closing) or (parse_date(sentences[-2]) if len(sentences) > 1 else None)
    if run_in is None and (not above or not (text[above[-1].start : above[-1].end].rstrip().endswith(":")
                                             or agreed and AGREED_THIS.search(text[above[-1].start : above[-1].end]))):
        return None
    line = clean_line(run_in if run_in is not None else text[above[-1].start : above[-1].end])
    if word_count(line) > 30 and run_in is None:
        # (a paragraph of background that ends announcing it: 'Hello neighbours. … Our committee talked it through on
        # 29 October 2025 and this is what we agreed:' is read from its last sentence)
        line = SENTENCE_BREAK.split(line)[-1]
    # (or says the body met that day, in a lead-in ending with the colon that hands over to the words: 'Our committee met
    # on 24 August 2026 and here is the committee's answer, copied exactly:')
    said_agreed = APPROVAL.search(line) or (run_in is None and text[above[-1].start : above[-1].end].rstrip().endswith(":")
                                            and BODY_MET.search(line)) \
        or AGREED_WORD.search(line)  # (in any language we read: 'Vom Vorstand beschlossen am …', 'o que a direção decidiu …')
    if agreed and not said_agreed:
        return None
    announces = POSITION_WORDS.search(line) or said_agreed or is_position_heading(line.rstrip(" :"))
    return parse_date(line) if announces and word_count(line) <= 30 else None


def _after_lead_in(text: str, section: Section, blocks: list[Block]) -> Section:
    """The position section from just below the line that announces it ("Our view, agreed by the trustees
    on 6 September 2022:", "The Panel agreed the following position:"), or a box's own title that names it ('Our
    answer, word for word' over the answer): what is above that line is background."""
    inside = [b for b in blocks if section.start <= b.start and b.end <= section.end and b.kind != RULE]
    for block, following in reversed(list(pairwise(inside))):
        line = clean_line(text[block.start : block.end])
        colon = text[block.start : block.end].rstrip().endswith(":")
        announces = colon or (
            is_position_heading(line) and not re.search(r"[.!?;,]$", text[block.start : block.end].rstrip()))
        # ('Agreed by the committee on 9 June 2026:', 'This is what they decided:': a body's decision, announced)
        if (announces and word_count(line) <= 16 and following.kind != ITEM
                and (POSITION_WORDS.search(line) or colon and AGREED_WORD.search(line))):
            return replace(section, start=following.start)
    return section


def _answer_of_pair(text: str, section: Section, blocks: list[Block]) -> Section:
    """The position from its answer's first word, when it is given as a question-and-answer pair ('Q: Is X worth
    taking?' then 'A: We would not buy X. …'): the question is the reader's, the answer is the organisation's, and the
    labels are neither. A pair is a labelled question or a question above a labelled answer."""
    inside = [b for b in blocks if section.start <= b.start and b.end <= section.end and b.kind != RULE]
    said = text[section.start : section.end]
    above = [b for b in blocks if b.end <= section.start and b.kind != RULE]
    if (label := ANSWER_LABEL.match(said)) and above and _asks(text[above[-1].start : above[-1].end]):
        return replace(section, start=section.start + label.end())  # the question is the section's heading
    if len(inside) < 2 or not _asks(question := text[inside[0].start : inside[0].end]):
        return section
    answer = text[inside[1].start : section.end]
    if label := ANSWER_LABEL.match(answer):
        return replace(section, start=inside[1].start + label.end())
    if QUESTION_LABEL.match(question) and inside[1].kind != HEADING:
        return replace(section, start=inside[1].start)
    return section


def _asks(line: str) -> bool:
    """A short line that asks a question ('Q: Is X worth taking for MND?', '*Is X safe?*')."""
    said = clean_line(line).rstrip("*_ ")
    return said.endswith("?") and word_count(said) <= 40 and not ANSWER_LABEL.match(said)


def _until_signature(text: str, section: Section, blocks: list[Block], headings: set[str]) -> Section:
    """The position section up to the first line under its text that signs or dates it
    ("X Society – Scientific Committee", "Last reviewed: May 2024"), is fine print, has no words (an
    icon: "☎️"), or repeats one of the page's own headings (a table of contents below the text; a heading inside a position
    of several parallel parts heads its next part): a
    quote never takes a signature, a disclaimer or the page's furniture. (A section may start inside its first
    block, after a label run into it.)"""
    inside = [b for b in blocks if section.start < b.end and b.end <= section.end and b.kind != RULE]
    for previous, block in pairwise(inside):
        line = text[block.start : block.end]
        # A paragraph that opens with a note on the statement ("This statement was agreed by our Panel. If you …",
        # "We recommend you also read our page on …. You can ring …") is about it, however long.
        opening = first_sentence(line)
        # (a note set as a quote below the text, mdBook's '> Approved by the board on …', signs it too)
        if (block.small and not previous.small or block.kind != ITEM and (not block.quote or not previous.quote) and signs(line)
                or block.kind != ITEM and not block.quote and opening != clean_line(line) and is_closing(opening)
                or not re.search(r"\w", line) or heading_name(line) in headings and block.kind != HEADING or opens_aside(line)
                # ('(Committee, 8 March 2022.) We'll look again when …': a paragraph that opens with a dated note in
                # brackets dates the text above it, whatever it goes on to say)
                or block.kind != ITEM and _opens_with_dated_note(line)
                or is_scope_note(line) or is_housekeeping(line) or _dated_note(line) or promises_another_look(line)
                or block.kind != ITEM and _dating_line(line) or _signed_off_in_words(line)
                # (what the statement replaced, 'This replaces the note we printed in 2024 …'; a picture's description)
                or notes_history(line) or is_picture_note(line)):
            return replace(section, end=previous.end)
    return section


def _signed_off_in_words(line: str) -> bool:
    """A paragraph made only of sentences that say when a body decided the text or looked at it again without a change
    ('The committee looked at this again on 18 November 2025 and made no change.', 'Decisione del direttivo del 3 giugno
    2025. Riletta dal direttivo il 7 ottobre 2025, senza modifiche.'): it dates the position, it is no part of it."""
    # (not after a day's number: 'Beschlossen vom Vorstand am 8. Juli 2025.')
    # (nor after a year's Polish 'r.' when the sentence goes on: '12 maja 2026 r. i nie wprowadził żadnych zmian')
    sentences = [s for s in re.split(r"(?<=[.!?])(?<!\b\d\.)(?<!\b\d\d\.)(?!(?<=\d\sr\.)\s+[a-ząćęłńóśźż])\s+",
                                     clean_line(line).strip("()（）[] ")) if s.strip()]
    # (after the sign-off, a short line that only dates the next look: 'Nächste Beratung im Vorstand: Februar 2026.';
    # or the next review beside it: 'Avis voté par le bureau le 7 octobre 2025. Prochaine révision : juin 2026.')
    return bool(sentences) and len(sentences) <= 3 and any(read_sign_off(s) for s in sentences) and all(
        read_sign_off(s) or _plans_review(s)
        # (a promise to look again, however long: 'Volveremos a mirarlo cuando se publiquen los datos completos de X.')
        or (n > 0 and (word_count(s) <= 8 and bool(read_date_line(s)) or promises_another_look(s)))
        for n, s in enumerate(sentences))


def _plans_review(sentence: str) -> bool:
    """A sentence that only gives the next review ('Prochaine révision : juin 2026.', 'Next look: April 2026.')."""
    dated = read_date_line(sentence)
    return dated is not None and bool(dated.dates) and all(role == "next_review" for role, _ in dated.dates)


# A note in brackets that opens a paragraph and is followed by more ('(Committee, 8 March 2022.) We'll look again …'); it
# may record a review too ('(Committee, 11 March 2026. Looked at again by the committee on 8 September 2026: no change.)').
BRACKETED_NOTE = re.compile(r"[(（\[][^()（）\[\]]{4,160}[)）\]]\.?(?=\s+\S)")


def _opens_with_dated_note(line: str) -> bool:
    """A paragraph that opens with a dated note in brackets and goes on ('(Committee, 8 March 2022.) We'll look again
    when …'): the note dates the text above it, and what follows it is about that text."""
    opened = BRACKETED_NOTE.match(clean_line(line))
    return opened is not None and _dated_note(opened.group())


def _dated_note(line: str) -> bool:
    """A paragraph wholly in brackets that holds a date: a note on when the text was agreed or looked at again
    ('(Agreed by the trustees on 10 March 2022. We'll come back to this …)', '（2024年7月6日 運営委員会で決定。…）'),
    not what the statement says."""
    said = clean_line(line)
    return bool(re.fullmatch(r"[(（\[][^()（）\[\]]*[)）\]]\.?", said)) and bool(find_dates(said))


# Languages so close that a short paragraph of one reads as the other ('Nelsaprin er ikke en kur, og du bør …', Norwegian,
# is Danish to the detector): a paragraph in a neighbour of the first one's language is no summary for other readers.
_NEIGHBOURS: dict[str, set[str]] = {
    language: group for group in ({"da", "nb", "sv"}, {"cs", "sk"}, {"hr", "sl"}, {"gl", "pt"}) for language in group
}


def _dating_line(line: str) -> bool:
    """A short line that gives a full date, a day and a year, in words no date table knows ('Valde apstiprināja
    2024. gada 15. oktobrī.'): it dates the text above it and is no part of it."""
    numbers = re.findall(r"(?<![\d.,/:-])\d{1,4}(?![\d,/:-]|\.\d)", line)
    years = [n for n in numbers if len(n) == 4 and n[:2] in ("19", "20")]
    days = [n for n in numbers if len(n) <= 2 and 1 <= int(n) <= 31]
    return word_count(line) <= 7 and len(years) == 1 and len(days) == 1 and len(numbers) == 2 \
        and not re.search(r"[?!:;]", line)


def _in_own_language(text: str, section: Section, blocks: list[Block]) -> Section:
    """The position section up to a paragraph in another language than its first ("Unser Rat in Kürze: …" below a
    French position): a summary for other readers, with the heading that announces it, is not the position."""
    inside = [b for b in blocks if section.start <= b.start and b.end <= section.end and b.kind != RULE]
    prose = [(i, language) for i, b in enumerate(inside) if b.kind != HEADING and word_count(text[b.start : b.end]) >= 8
             and (language := detect_language(text[b.start : b.end], default=""))]
    if not prose:
        return section
    own = prose[0][1]
    other = next((i for i, language in prose if language != own and not {own, language} <= _NEIGHBOURS.get(own, set())), None)
    if other is None:
        return section
    kept = [b for b in inside[:other] if b.kind != HEADING]
    return replace(section, end=kept[-1].end) if kept else section


# A two-language leaflet's tab before each paragraph ('DE Pelmorisan kommt …', 'IT Il pelmorisan …').
LANGUAGE_TAB = re.compile(r"^(?P<code>[A-Z]{2})[ \t]+(?=[A-ZÀ-Ý])")


def _past_language_tab(text: str, section: Section) -> Section:
    """The position from after the language code its paragraph opens with, when the code names the language the
    paragraph is in ('DE Pelmorisan kommt nur …'): a tab that says which language follows, not a word of it."""
    said = text[section.start : section.end]
    tab = LANGUAGE_TAB.match(said)
    if not tab or detect_language(said, default="") != tab.group("code").lower():
        return section
    return replace(section, start=section.start + tab.end())


# A thread post's place in the thread at its end ('… your respiratory team first. 4/5').
THREAD_COUNTER = re.compile(r"(?<=[.!?])\s+(?:🧵\s*)?\(?\d{1,2}\s*/\s*\d{1,2}\)?\s*$")


def _without_counter(text: str, section: Section) -> Section:
    """The position without the counter a thread's post ends with ('4/5'): the post's place, not its words."""
    counter = THREAD_COUNTER.search(text[section.start : section.end])
    return replace(section, end=section.start + counter.start()) if counter else section


def _first(lines, *roles: str) -> str | None:
    return next((month for line in lines if (month := line.first(*roles))), None)


def _adviser(position: str) -> str | None:
    """The organisation a position names as the one that advises ('Gorsley MND Society does not advise …')."""
    for sentence in re.split(r"(?<=[.!?])\s+", clean_line(position)):
        said = ADVISES.search(sentence)
        if said and (named := named_in(said.group())):
            return named
    return None


def _organisation(page: _Page, closing: Closing | None, body: str, position: str = "") -> str | None:
    """Who issued the statement: metadata as given; else the first name shaped like an organisation in the
    signature, the byline, the letterhead or the site's name; else the organisation the statement's own text
    names, or the page's footer; else the first name there at all (see organisation.py)."""
    extracted = page.extracted
    if extracted.organisation:
        return _as_written(strip_the(extracted.organisation), extracted.text, extracted.site_name)
    prefixes = [d.prefix for d in ([page.byline] if page.byline else []) + page.top_dates if d.prefix]
    letterhead = organisation_name(page.letterhead) if page.letterhead else None
    if letterhead and letterhead[1]:
        # A date line's name that runs on past the letterhead's ('X Group Boom B (members …' before 'updated 14-09-2026':
        # a header's two lines read as one): the letterhead's name.
        prefixes = [letterhead[0] if (named := organisation_name(p)) and named[0].startswith(letterhead[0] + " ") else p
                    for p in prefixes]
    candidates = [closing.organisation if closing else None, *prefixes, page.letterhead, extracted.site_name]
    found = [named for candidate in candidates if (named := organisation_name(candidate))]
    # A closing line names the organisation only in an organisation's shape ("On behalf of the Board of the X Society").
    signed = [named for line in (closing.lines if closing else ()) if (named := organisation_name(line)) and named[1]]
    found = found[:1] + signed + found[1:] if closing and closing.organisation else signed + found
    # (the text's own names: the one its position says advises first, then the one it names most)
    chosen = next((n for n, shaped in found if shaped), None) or _adviser(position) or named_in(body) or named_in(extracted.text) \
        or extracted.footer_name or (found[0][0] if found else None)
    # A letterhead set over two lines ('WETHERFOLD' / 'MND ASSOCIATION') gives only the name's tail: the site's name or
    # the document's author that ends with it is the whole name.
    fuller = [n for n, shaped in found if shaped and chosen and len(n) > len(chosen)
              and n.casefold().endswith(" " + chosen.casefold())]
    chosen = fuller[0] if fuller else chosen
    return _as_written(chosen, extracted.text, extracted.site_name)


def _as_written(name: str | None, text: str, *elsewhere: str | None) -> str | None:
    """A name set in capitals on a letterhead ('EASTWOLD ALS FOUNDATION'), or without its accents ('Asociacion …'), as
    the page writes it in running text or its metadata ('Eastwold ALS Foundation', 'Asociación …'), when it does."""
    if not name or not (name.isupper() or name.isascii()):
        return name
    # Capitals and metadata are often set without their accents ('ASOCIACION' for 'Asociación'): letters are compared
    # without them, and a name in plain letters takes the accents the text writes it with.
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, unaccented(name).split())) + r"(?!\w)", re.IGNORECASE)
    written = [re.sub(r"\s+", " ", source[m.start() : m.end()]) for source in (*[e for e in elsewhere if e], text)
               for m in pattern.finditer(unaccented(source))]
    cased = [w for w in written if not w.isupper()]
    # (the form with accents first: metadata may drop them where the text keeps them)
    return next((w for w in cased if not w.isascii()), None) or (cased[0] if cased and name.isupper() else name)

