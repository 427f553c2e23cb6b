"""PDF via pypdf: lines with their font size and weight, headings from layout, page numbers kept.

pypdf's `extract_text(visitor_text=...)` reports each piece of text with its font and
size. A line set larger than the body text, or in a bold font, is a heading (consecutive
lines in the same style are one heading: a wrapped title). The title is the largest
heading on the first page that is not a label ('POSITION STATEMENT'), a letterhead, a
date or a byline. A first page with little text is a cover: its title, letterhead and
date are read, its lines are not content. Running headers and footers, and page numbers,
are left out; where they stood between two pages the text records a break.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from statement_qa.errors import IngestError
from statement_qa.lexicon import normalise
from statement_qa.structure import (
    HEADING,
    LINE,
    RULE,
    Block,
    Extracted,
    clean_line,
    is_position_heading,
    looks_like_heading,
    looks_like_prose,
    read_date_line,
    word_count,
)
from statement_qa.structure.dates import DATE_SHAPE
from statement_qa.structure.organisation import organisation_name
from statement_qa.structure.split import is_issue_line
from statement_qa.structure.vocabulary import (
    is_byline,
    is_closing,
    is_label,
    is_organisation,
)
from statement_qa.structure.words import CONTINUED_FROM, CONTINUED_OVER

CONTINUED_OVER_NOTE = re.compile(rf"(?:{'|'.join(CONTINUED_OVER)})", re.IGNORECASE)
CONTINUED_FROM_NOTE = re.compile(rf"\s*[(\[]?(?:{'|'.join(CONTINUED_FROM)})[)\]]?[:.…]*\s*", re.IGNORECASE)
PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d+(?:\s*(?:of|/)\s*\d+)?$", re.IGNORECASE)
PAGE_OF = re.compile(
    r"\bpage\s+\d+\s*(?:of|/)\s*\d+\b|\s[-–—|·]\s*(?:page|p\.|seite|página|pagina|pag\.)\s*\d+\s*$", re.IGNORECASE
)
JUNK_TITLE = re.compile(r"^(?:untitled.*|microsoft word\b.*|document\d*|.*\.(?:docx?|pdf|odt|indd)|[\w.-]+)$", re.IGNORECASE)
# A card's greeting set large ('Merry Christmas', 'Season's greetings', 'Frohe Weihnachten'): what a card wishes, never
# what the document is called (the file's own title says that).
GREETING = re.compile(
    r"^(?:(?:a\s+)?(?:merry|happy)\s+(?:christmas|xmas|new\s+year|holidays|easter|hanukkah|eid)|season['’]?s\s+greetings|"
    r"warm(?:est)?\s+wishes|joyeux\s+no[eë]l|bonne\s+ann[ée]e|meilleurs\s+v[œo]eux|frohe\s+(?:weihnachten|ostern|festtage)|"
    r"(?:ein\s+)?gutes\s+neues\s+jahr|feliz\s+(?:navidad|natal|a[ñn]o\s+nuevo|ano\s+novo)|felices\s+fiestas|buon\s+natale|"
    r"buone\s+feste|prettige\s+feestdagen|vrolijk\s+kerstfeest|god\s+jul|gl[æa]delig\s+jul|wesołych\s+świąt)\W*$",
    re.IGNORECASE,
)
# A pull quote: a quoted sentence, perhaps with who said it ('"This changes everything." - X Bio'); it heads nothing.
QUOTED_SENTENCE = re.compile(r"^\s*[\"“„«'‘][^\"“”„«»]{8,}?[.!?…][\"”»'’]")
COVER_WORDS = 60  # a first page with fewer words than this, before a longer one, is a cover


@dataclass
class _Line:
    text: str
    size: float = 0.0
    bold: bool = False
    gap: bool = False  # more space above it than between the lines of a paragraph
    x: float | None = None  # where it starts on the page, in points from the left
    # Its pieces of text as set, each with where it starts: a table's cells on one row.
    cells: tuple[tuple[str, float], ...] = ()
    level: int = 0  # a heading level the page's structure gives it (a spreadsheet's field cell), whatever its font
    rule_before: bool = False  # a box of its own starts here (a spreadsheet's notes cell beside the entry)

    @property
    def style(self) -> tuple[float, bool]:
        # To the half point: a 10 pt bold heading over a 9.5 pt bold paragraph is two things.
        return (round(self.size * 2) / 2, self.bold)


def _set_apart(previous: tuple[str, float, bool, float, float], size: float, x: float) -> bool:
    """A piece of text a third or more larger than the one before it on the same baseline, starting
    well after where that one ends (an organisation's name in small capitals at the left of a title strip, the title
    in large type to its right): a line of its own, not a word of the same line (a footnote mark is set close)."""
    text, before, _, _, start = previous
    if not text.strip() or before <= 0 or size < 1.3 * before:
        return False  # (only a larger piece after a smaller one: a logo's word set large beside small links is not it)
    end = start + 0.6 * before * len(text.rstrip())  # (a generous estimate of where the piece ends)
    return x - end > 2 * max(size, before)


def _page_lines(page) -> list[_Line]:
    """The page's lines with the size and weight most of their characters have."""
    pieces: list[list[tuple[str, float, bool, float, float]]] = [[]]

    def visit(text, cm, tm, font, size) -> None:
        scale = abs(tm[3] or tm[0] or 1) * abs(cm[3] or cm[0] or 1)
        name = str((font or {}).get("/BaseFont", "")) if hasattr(font, "get") else ""
        bold = bool(re.search(r"bold|black|heavy|semibold", name, re.IGNORECASE))
        y = tm[5] * abs(cm[3] or 1) + cm[5]
        x = tm[4] * abs(cm[0] or 1) + cm[4]
        for n, part in enumerate(text.split("\n")):
            if n:
                pieces.append([])
            if part:
                if pieces[-1] and part.strip() and abs(pieces[-1][-1][3] - y) > 0.7 * max(size * scale, 1):
                    pieces.append([])  # set on another line (a table's next cell, a wrapped cell) with no break between
                elif pieces[-1] and part.strip() and _set_apart(pieces[-1][-1], size * scale, x):
                    pieces.append([])  # a line of another size set well apart on the same baseline (a name beside a title)
                pieces[-1].append((part, size * scale, bold, y, x))

    text = page.extract_text(visitor_text=visit) or ""
    lines: list[_Line] = []
    previous_y = None
    previous_size = 0.0
    for chunk in pieces:
        content = re.sub(r"\s+", " ", "".join(p for p, *_ in chunk)).strip()
        if not content:
            continue
        weights: Counter = Counter()
        for part, size, bold, *_ in chunk:
            weights[(round(size, 1), bold)] += len(part.strip())
        (size, bold), _ = weights.most_common(1)[0]
        y, x = next(((y, x) for part, _, _, y, x in chunk if part.strip()), (None, None))
        gap = previous_y is not None and y is not None and previous_y - y > 1.8 * max(size, previous_size, 1)
        cells = tuple((clean, px) for part, _, _, _, px in chunk if (clean := re.sub(r"\s+", " ", part).strip()))
        lines.append(_Line(content, size, bold, gap, x, cells))
        previous_y, previous_size = y, size
    if not lines and text.strip():  # no font information: plain lines
        lines = [_Line(re.sub(r"\s+", " ", l).strip()) for l in text.splitlines() if l.strip()]
    return lines


def read_pdf(data: bytes) -> Extracted:
    """Blocks of each page, headings from fonts; page start offsets for citations."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [_page_lines(page) for page in reader.pages]
        info: Any = reader.metadata or {}
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(f"not a readable PDF ({exc})") from exc
    pages = [_sheet_rows(page) for page in pages]
    everything = [line for page in pages for line in page]
    texts = [[line.text for line in page] for page in pages]
    cleaned = [_without_furniture(texts[n], n, texts) for n in range(len(pages))]
    removed = [not all(kept) for kept in cleaned]
    pages = [[line for line, keep in zip(page, kept) if keep] for page, kept in zip(pages, cleaned)]
    for number in range(len(pages) - 1):
        # A text that goes on over the page ('Continued overleaf', then '(continued from page 1) The trial …'): the two
        # notes are the page's furniture; what they join is one text, with a break where the page turns.
        over = next((k for k in range(len(pages[number]) - 1, max(-1, len(pages[number]) - 4), -1)
                     if CONTINUED_OVER_NOTE.fullmatch(pages[number][k].text.strip(" .…»→>-–—"))), None)
        if over is None:
            continue
        del pages[number][over]
        removed[number] = True
        later = pages[number + 1]
        picked = next(((k, note) for k, line in enumerate(later[:4]) if (note := CONTINUED_FROM_NOTE.match(line.text))), None)
        if picked is not None:
            k, note = picked
            rest = later[k].text[note.end() :]
            later[k : k + 1] = [replace(later[k], text=rest)] if rest.strip() else []

    sizes: Counter = Counter()
    for page in pages:
        for line in page:
            sizes[round(line.size)] += len(line.text)
    body_size = sizes.most_common(1)[0][0] if sizes else 0
    has_fonts = body_size > 0
    for number, page in enumerate(pages[1:], 1):
        # A running header in small print at the top of a page, even one that only starts on page 2.
        while page and has_fonts and 0 < page[0].size < 0.85 * body_size and len(page[0].text.split()) <= 14:
            page.pop(0)
            removed[number] = True
    heading_sizes = sorted({round(l.size) for p in pages for l in p if round(l.size) > body_size + 0.5}, reverse=True)
    mid_sentence = {id(line) for page in pages for line in _mid_sentence(page)}
    questions = {id(line) for page in pages for line in _question_cells(page)}
    run_on: set[int] = set()

    def signs(line: _Line) -> bool:
        return id(line) not in mid_sentence and _signs(line.text)

    def heading_level(line: _Line) -> int:
        if line.level:
            return line.level
        if id(line) in questions:
            return 6  # a question-and-answer table's question heads its answer
        if signs(line) or id(line) in run_on:
            return 0
        if not has_fonts or len(line.text) > 140 or not _heading_shaped(line.text):
            return 0
        if round(line.size) in heading_sizes:
            return heading_sizes.index(round(line.size)) + 1
        return 6 if line.bold and round(line.size) >= body_size - 0.5 else 0

    run_on.update(id(line) for page in pages for line in _run_on(page, heading_level))
    cover = len(pages) > 1 and sum(len(l.text.split()) for l in pages[0]) < COVER_WORDS < sum(
        len(l.text.split()) for l in pages[1]
    )
    title, letterhead, cover_date = _title_page(pages[0] if pages else [], heading_level, mid_sentence, everything)
    if not letterhead:
        # A running header or footer that names the organisation ("X Society | Position statement | Page 2").
        furniture = [line for page, kept in zip(texts, cleaned) for line, keep in zip(page, kept) if not keep]
        letterhead = next((named[0] for line in furniture if (named := organisation_name(line)) and named[1]), None)
    top = min((level for line in pages[0] if (level := heading_level(line))), default=0) if pages else 0
    if title and top > 1:
        # Nothing on the first page in the document's largest type: a folded leaflet prints its cover panel on
        # the outside page, after the inside panels. A later page's largest heading is the title, with the
        # name and date printed around it.
        for later in pages[1:]:
            opening, publisher, dated = _title_page(later, heading_level, mid_sentence, everything)
            if opening and not GREETING.match(clean_line(opening)) and any(heading_level(l) == 1 and l.text in opening
                                                                          for l in later):
                at = next(n for n, l in enumerate(later) if heading_level(l) == 1 and l.text in opening)
                # The cover panel runs from its title to the page's end; a name standing alone there is the publisher's.
                publisher = publisher or next((found[0] for l in later[at + 1 :] if len(l.text.split()) <= 6
                                               and not heading_level(l) and (found := organisation_name(l.text))), None)
                title, letterhead, cover_date = opening, letterhead or publisher, cover_date or dated
                break
    if title and GREETING.match(clean_line(title)):
        title = None  # (the file's title, below, names a card)
    for later in pages[1:]:
        if title:
            break
        # A first page without a title (a covering letter): the statement's title opens a later page
        # in the document's largest heading size.
        opening, _, _ = _title_page(later, heading_level, mid_sentence, everything)
        title = opening if opening and not GREETING.match(clean_line(opening)) and any(heading_level(l) == 1 and l.text in opening for l in later) else None
    parts: list[str] = []
    blocks: list[Block] = []
    breaks: list[int] = []
    page_starts: list[int] = []
    length = 0
    paragraph: list[_Line] = []
    current_page = {"number": 0}

    def flush(kind: str = LINE, level: int = 0) -> None:
        nonlocal length
        if not paragraph:
            return
        text = " ".join(l.text for l in paragraph)
        if parts:
            parts.append("\n\n")
            length += 2
        if not (cover and current_page["number"] == 0):
            small = has_fonts and all(0 < l.size < 0.85 * body_size for l in paragraph)
            blocks.append(Block(length, length + len(text), kind, level, page=current_page["number"], small=small))
        parts.append(text)
        length += len(text)
        paragraph.clear()

    for number, lines in enumerate(pages):
        current_page["number"] = number
        if number:
            page_starts.append(length + 2 if parts else length)
            if removed[number] or removed[number - 1]:
                breaks.append(length + 2 if parts else length)
        width = max((len(l.text) for l in lines), default=0)
        for n, line in enumerate(lines):
            if line.rule_before:
                flush()
                blocks.append(Block(length, length, RULE, page=number))
            level = 0 if _grid_row(lines, n) else heading_level(line)
            if level:
                same = paragraph and heading_level(paragraph[-1]) == level and paragraph[-1].style == line.style
                if not same:
                    flush()
                paragraph.append(line)
                following = lines[n + 1] if n + 1 < len(lines) else None
                if following is None or heading_level(following) != level or following.style != line.style or following.gap:
                    flush(HEADING, level)
                continue
            if not has_fonts and looks_like_heading(line.text) and len(line.text) < 0.7 * width:
                flush()
                paragraph.append(line)
                flush()
                continue
            if line.gap or (paragraph and (heading_level(paragraph[-1]) or signs(paragraph[-1]))) or signs(line):
                flush()  # a signature's name or date is a line of its own
            paragraph.append(line)
            # A short line that ends a sentence closes its paragraph.
            if re.search(r"[.!?:]\W*$", line.text) and len(line.text) < 0.8 * width:
                flush()
        flush()
    if not blocks:
        raise IngestError("the PDF has no extractable text (scanned images need OCR first)")
    meta_title = str(info.get("/Title") or "").strip()
    author = str(info.get("/Author") or "").strip()
    text = "".join(parts)
    body = (0, len(text))
    enclosed = enclosed_statement(text, blocks)
    if enclosed:
        # A statement printed under its own title inside a report or magazine: the document is that statement.
        first, end = enclosed
        blocks = blocks[first:end]
        title, cover = clean_line(text[blocks[0].start : blocks[0].end]), False
        body = (blocks[0].start, blocks[-1].end)
    if title and meta_title and not JUNK_TITLE.match(meta_title) and _one_of_equals(title, meta_title, text, blocks):
        title = clean_line(meta_title)  # a sheet of cards, each under a heading of one rank: the file names the sheet
    return Extracted(
        text=text,
        blocks=blocks,
        title=_fuller_title(title, meta_title) or (meta_title if meta_title and not JUNK_TITLE.match(meta_title) else None),
        # Author metadata is often a person; it names the organisation when it reads as one, or when the text prints
        # the name more than once and it holds an acronym no person's name has ('Marshgate MND Care').
        site_name=author if is_organisation(author) or _printed_name(author, text) else None,
        letterhead=letterhead,
        date=cover_date if cover else None,
        page_starts=tuple(page_starts),
        body=body,
        breaks=tuple(breaks),
        layout=has_fonts and any(b.kind == HEADING for b in blocks),
    )


# A spreadsheet printed to PDF: its column letters over the grid ("A B C") and a row number before each row.
COLUMN_LETTERS = re.compile(r"^A(?: [B-Z]){1,25}$")
ROW_NUMBER = re.compile(r"^\d{1,4}$")


def _sheet_rows(lines: list[_Line]) -> list[_Line]:
    """A spreadsheet printed to PDF ('A B C' over rows numbered 1, 2, 3 …): the letters and the row numbers are the
    sheet's furniture; a row of a field and its entry ('Trust line (agreed)' | 'X Trust does not recommend …') is a
    field heading over its entry, and a notes cell beside the entry a box of its own. Any other page: as it is."""
    at = next((i for i, line in enumerate(lines) if COLUMN_LETTERS.match(line.text)
               and line.text.replace(" ", "") == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[: len(line.text.replace(" ", ""))]), None)
    if at is None:
        return lines
    numbered = [i for i in range(at + 1, len(lines)) if lines[i].cells and ROW_NUMBER.match(lines[i].cells[0][0])]
    numbers = [int(lines[i].cells[0][0]) for i in numbered]
    if len(numbers) < 3 or numbers[:3] != [1, 2, 3]:
        return lines
    rows: list[_Line] = [*lines[:at]]
    entry_x: float | None = None
    for i in range(at + 1, len(lines)):
        line = lines[i]
        if i not in numbered:
            # A wrapped entry goes on in its column; a cell set further right is the row's notes.
            beside = entry_x is not None and line.x is not None and line.x > entry_x + 20
            rows.append(_Line(line.text, line.size, line.bold, line.gap, line.x, line.cells, rule_before=beside))
            continue
        cells = line.cells[1:]
        if len(cells) >= 2:
            (field, _), (entry, entry_x) = cells[0], cells[1]
            rest = " ".join(text for text, _ in cells[2:])
            rows.append(_Line(field, line.size, line.bold, True, cells[0][1], cells[:1], level=6))
            rows.append(_Line(entry, line.size, line.bold, False, entry_x, cells[1:2]))
            if rest:
                rows.append(_Line(rest, line.size, line.bold, False, cells[2][1], cells[2:], rule_before=True))
        elif cells:
            entry_x = None
            rows.append(_Line(" ".join(text for text, _ in cells), line.size, line.bold, line.gap, cells[0][1], cells))
    return rows


def enclosed_statement(text: str, blocks: list[Block]) -> tuple[int, int] | None:
    """(first, end) of the blocks of a statement set inside a larger publication: a heading that names
    itself a statement ('Position statement: X', 'Statement on X'), not the document's first heading, whose
    section (up to the next heading of its rank or higher) holds a position heading, with running text
    outside it (the report's other sections). None when the document is one statement."""
    headings = [i for i, b in enumerate(blocks) if b.kind == HEADING]
    for i in headings[1:]:
        line = clean_line(text[blocks[i].start : blocks[i].end])
        named = re.match(r"^(.{3,60}?)(?:\s*:\s+|\s+[–—-]\s+|\s+(?:on|about|regarding)\s+)(?=\S)", line)
        if not named or not is_label(named.group(1)):
            continue
        level = blocks[i].level
        end = next((j for j in headings if j > i and blocks[j].level <= level), len(blocks))
        inside = blocks[i + 1 : end]
        outside = blocks[:i] + blocks[end:]
        if any(b.kind == HEADING and is_position_heading(text[b.start : b.end]) for b in inside) and any(
            looks_like_prose(text[b.start : b.end]) for b in outside
        ):
            return i, end
    return None


def _fuller_title(printed: str | None, meta_title: str) -> str | None:
    """The metadata's title when the page prints only its opening words, a document-type label ('TREATMENT FACT
    SHEET' set large, the file titled 'Treatment fact sheet: relgenavec (RGV-2)'), or a numbered card
    ('1 WHAT IS IT?'); else the printed title."""
    if printed and meta_title and len(meta_title) > len(printed) + 3 \
            and clean_line(meta_title).casefold().startswith(clean_line(printed).casefold()) \
            and re.match(r"\s*[:–—-]", clean_line(meta_title)[len(clean_line(printed)) :]):
        return clean_line(meta_title)
    if not printed or not meta_title or JUNK_TITLE.match(meta_title):
        return printed
    # "X Circle - Gift Aid declaration" or "X Helpline - collection-tin labels (print on sticky paper, cut round)" set
    # over a form, the file titled "Gift Aid declaration": what the sheet is, as printed, without whose it is or how
    # to print it.
    head, _, rest = clean_line(printed).partition(" - ")
    named = re.sub(r"\s*\([^()]*\)$", "", rest)
    if rest and normalise(named) == normalise(meta_title) and (found := organisation_name(head)) and found[0] == head:
        return named
    # A numbered card or question taken for the title ('1 WHAT IS IT?' on a sheet of pocket cards): the file's own
    # title says what the document is.
    if re.match(r"\d{1,2}[.)]?\s+\S", printed):
        return clean_line(meta_title)
    return printed


def _printed_name(name: str, text: str) -> bool:
    """A name that the text prints at least twice and that holds an acronym ('MND', 'ALS'): an organisation's."""
    name = clean_line(name)
    if not name or word_count(name) < 2 or not re.search(r"(?<!\w)[A-Z]{2,5}(?!\w)", name):
        return False
    return len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)) >= 2


def _heading_shaped(line: str) -> bool:
    """Short and not a sentence: a heading, or one line of a wrapped title (which may start in lower case)."""
    return len(line.split()) <= 20 and not re.search(r"[.;,]\s*[\"'”’)]?$", line) and not re.fullmatch(r"[\W\d]+", line)


def _signs(line: str) -> bool:
    """A line that names or dates rather than says: an organisation, a date line, a closing line."""
    return bool(read_date_line(line)) or is_organisation(line) or is_closing(line)


def _title_page(lines: list[_Line], heading_level, mid_sentence: set[int],
                elsewhere: list[_Line]) -> tuple[str | None, str | None, str | None]:
    """(title, letterhead, date) from the first page: the largest heading that is none of the others
    (`elsewhere`: every line of the document, furniture too)."""
    groups: list[tuple[int, list[_Line]]] = []
    for line in lines:
        level = heading_level(line)
        if groups and level and groups[-1][0] == level and groups[-1][1][-1].style == line.style and not line.gap:
            groups[-1][1].append(line)
        else:
            groups.append((level, [line]))
    letterhead = date = None
    candidates: list[tuple[int, str]] = []
    for n, (level, group) in enumerate(groups):
        text = clean_line(" ".join(l.text for l in group))
        wrapped = any(id(line) in mid_sentence for line in group)  # a sentence's wrapped line names and dates nothing
        dated = not wrapped and read_date_line(text)
        if dated:
            date = date or dated.first("issued", "plain")
            continue
        if not wrapped and is_organisation(text) and len(group) == 1:
            # (at the top of the page, or above its title: a name far below the title is a table's or a box's label,
            # 'Team Noord' on a seating plan's table)
            if n < 4 or not candidates:
                letterhead = letterhead or text
            continue
        below = " ".join(l.text for l in groups[n + 1][1]) if n + 1 < len(groups) else ""
        # (letters printed one to a cell, a flag or a tile, 'F A I R', '2 0 2 2', spell a word across a sheet: no title)
        spelled = len(text.split()) >= 3 and all(len(w) == 1 for w in text.split())
        if level and not (is_label(text) or is_byline(text) or is_closing(text) or _masthead(text, below, elsewhere) or spelled):
            candidates.append((level, text))
    title = min(candidates, key=lambda c: c[0])[1] if candidates and min(c[0] for c in candidates) < 6 else None
    at = next((n for n, (level, group) in enumerate(groups) if clean_line(" ".join(l.text for l in group)) == title), None)
    if title and at is not None and at + 1 < len(groups) and " ".join(l.text for l in groups[at][1]).rstrip().endswith(":"):
        # 'Suvrelamab:' set large over 'a trial worth asking about': a title that ends on a colon goes on below it,
        # in a heading's type or in lower case.
        level, group = groups[at + 1]
        rest = clean_line(" ".join(l.text for l in group))
        if rest and (level or rest[:1].islower()) and _heading_shaped(rest) and not read_date_line(rest) \
                and not is_organisation(rest):
            title = f"{title}: {rest}"
    if title and at is not None and at + 1 < len(groups) and groups[at + 1][0]:
        # 'CORVIDAST' set large over '(CVD-118)' in smaller type: the product's name and its code are one title, and
        # a short line under them that says what the sheet is ('What you need to know') goes on from it.
        code = clean_line(" ".join(l.text for l in groups[at + 1][1]))
        if re.fullmatch(r"\([A-Z]{1,6}-?\d{1,5}[A-Z]?\)", code):
            title = f"{title} {code}"
            after = clean_line(" ".join(l.text for l in groups[at + 2][1])) if at + 2 < len(groups) else ""
            if after and word_count(after) <= 6 and _heading_shaped(after) and not re.search(r"[.!?:;,]$", after) \
                    and not read_date_line(after) and not is_organisation(after) and not after.startswith(("-", "•")):
                title = f"{title}: {after}"
    return title, letterhead, date


def _masthead(text: str, below: str, lines: list[_Line]) -> bool:
    """A publication's name set as a band above the article ('HORIZONS' over 'Issue 38 | Summer 2024'):
    a word or three in capitals that no sentence of the text uses, named again in a running line or
    described beneath as an issue. A product's name, set the same way, is what the text is about."""
    if not text.isupper() or word_count(text) > 3:
        return False
    name = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, text.split())) + r"(?!\w)", re.IGNORECASE)
    others = [line.text for line in lines if clean_line(line.text).casefold() != text.casefold() and name.search(line.text)]
    if any(word_count(line) >= 12 and not _running_line(line) for line in others):
        return False  # the text speaks of it
    # (in a narrow column, a bookmark's or a card's, a sentence runs over many short lines: read it whole)
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(clean_line(line.text) for line in lines))
    if any(word_count(sentence) >= 12 and name.search(sentence) and not re.search(r"[|·•]", sentence)
           and not sentence.isupper() for sentence in sentences):
        return False
    return bool(others) or is_issue_line(below)


def _running_line(line: str) -> bool:
    """A header or footer line of fields ('12 | Horizons | Summer 2024 | …'), not a sentence."""
    return len(re.split(r"\s+[|·•]\s+", line)) >= 3


# A line that ends on an article, a preposition or a conjunction goes on into the next, whatever case that starts in:
# 'Ibrodaxin: what we know, and what the' / 'Forum thinks' is one title, and 'Forum thinks' no organisation.
# (in lower case: 'Appendix A' ends on a letter, not an article)
DANGLING = re.compile(r"(?<!\w)(?:the|a|an|and|or|of|to|for|in|on|with|by|at|from|our|your|their|its|what|how|"
                      r"le|la|les|des|du|de|et|ou|au|aux|der|die|das|dem|den|und|oder|für|von|zu|mit|"
                      r"el|los|las|del|y|con|por|para)$")


def _mid_sentence(lines: list[_Line]) -> list[_Line]:
    """Lines a sentence runs through, in the same type and with no space between: a narrow column wraps
    'Kellow ALS' / 'Trust does not' / 'advise …', and no such fragment is a letterhead or a signature."""
    found: list[_Line] = []
    ids: set[int] = set()
    for line, following in reversed(list(zip(lines, lines[1:]))):
        if following.style != line.style or following.gap or re.search(r"[.!?:;]\W*$", line.text):
            continue
        if following.text[:1].islower() or id(following) in ids or DANGLING.search(line.text) \
                or _date_across(line.text, following.text):
            found += [line] + ([following] if id(following) not in ids else [])
            ids |= {id(line), id(following)}
    return found


def _date_across(line: str, following: str) -> bool:
    """A date the line break cuts in two ('… agreed by the trustees on 14' / 'November 2024.')."""
    joined = f"{line} {following}"
    return any(match.start() < len(line) < match.end() for match in DATE_SHAPE.finditer(joined))


def _question_cells(lines: list[_Line]) -> list[_Line]:
    """The lines of a table's question cells: a question (one line or wrapped in its column) whose answer
    starts to its right, in a column of two or more such questions ('What is it?' | 'It is …')."""
    rows: list[list[_Line]] = []
    start = 0
    for n, line in enumerate(lines):
        x, first_x = line.x, lines[start].x
        if x is None or first_x is None or abs(x - first_x) > 2 or line.style != lines[start].style:
            start = n
        following = lines[n + 1] if n + 1 < len(lines) else None
        cell = lines[start : n + 1]
        if (following is not None and following.x is not None and line.x is not None
                and following.x > line.x + 4 * max(line.size, 1) and re.search(r"\?[\"'”’)]*$", line.text)
                and sum(len(l.text.split()) for l in cell) <= 25):
            rows.append(cell)
            start = n + 1
    columns = Counter(round(cell[0].x or 0) for cell in rows)
    return [line for cell in rows if columns[round(cell[0].x or 0)] >= 2 for line in cell]


def _run_on(lines: list[_Line], heading_level) -> list[_Line]:
    """Lines in heading type that run on, in the same type and with no space between, into the end of a
    sentence, or that quote a sentence: a lead paragraph, a pull quote or a paragraph set in bold, not a heading."""
    found: list[_Line] = []
    start = 0
    for n in range(1, len(lines) + 1):
        if n < len(lines) and lines[n].style == lines[start].style and not lines[n].gap:
            continue
        run = lines[start:n]
        if any(heading_level(line) for line in run) and (
            len(run) > 1 and any(re.search(r"[.;,!]\s*[\"'”’)]?$", line.text) for line in run[1:])
            or QUOTED_SENTENCE.match(" ".join(line.text for line in run))
        ):
            found.extend(run)
        start = n
    return found


def _without_furniture(lines: list[str], number: int, pages: list[list[str]]) -> list[bool]:
    """Which of a page's lines to keep: not running headers, footers or page numbers.

    Furniture is a line in the margins of every page (numbers aside: "Trust · Page 1 of 2";
    a cover page may lack it), a page number, or a short title line opening a page in the
    middle of a sentence that the previous page left unfinished (a header that starts only
    on page 2).
    """
    def shape(line: str) -> str:
        return re.sub(r"\d+", "#", line)

    def margins(page: list[str]) -> set[str]:
        return {shape(line) for line in page[:2] + page[-2:]}

    counts = Counter(line for page in pages for line in margins(page))
    needed = len(pages) - 1 if len(pages) >= 3 else len(pages)
    every_page = {s for s, n in counts.items() if len(pages) > 1 and n >= needed}
    zone = set(range(min(2, len(lines)))) | set(range(max(0, len(lines) - 2), len(lines)))
    keep = [
        not (i in zone and shape(line) in every_page) and not PAGE_NUMBER.match(line) and not PAGE_OF.search(line)
        for i, line in enumerate(lines)
    ]
    previous = [l for l in pages[number - 1] if not PAGE_OF.search(l) and not PAGE_NUMBER.match(l)] if number else []
    unfinished = bool(previous) and not re.search(r"[.!?:;\"”)]\s*$", previous[-1])
    kept = [i for i, k in enumerate(keep) if k]
    if unfinished and len(kept) > 1 and looks_like_heading(lines[kept[0]]) and lines[kept[1]][:1].islower():
        keep[kept[0]] = False
    return keep


SPACED_LETTERS = re.compile(r"^(?:\w[ \t]){4,}\w$")


def _grid_row(lines: list, n: int) -> bool:
    """A row of a letter grid (a word-search puzzle's 'H E R B S T L A U B X Q'): single letters set apart, over or
    under another row of as many; large type, but no heading."""
    row = lines[n].text.strip()
    if not SPACED_LETTERS.match(row):
        return False
    return any(0 <= k < len(lines) and SPACED_LETTERS.match(lines[k].text.strip()) and len(lines[k].text.strip()) == len(row)
               for k in (n - 1, n + 1))


def _one_of_equals(title: str, meta_title: str, text: str, blocks: list[Block]) -> bool:
    """The title found is one of three or more headings of the same rank with none above them (a sheet of fridge
    magnets or cards, each under its own heading): it names one card, not the sheet."""
    headings = [b for b in blocks if b.kind == HEADING]
    own = next((b for b in headings if clean_line(text[b.start : b.end]) == clean_line(title)), None)
    if own is None or any(b.level < own.level for b in headings):
        return False
    # (a card's heading is a label of a few words; the meta title that prints the title found names no sheet)
    equals = [clean_line(text[b.start : b.end]) for b in headings if b.level == own.level]
    return len(equals) >= 3 and all(word_count(line) <= 4 for line in equals) and title.casefold() not in meta_title.casefold()
