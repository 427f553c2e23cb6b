"""What every reader hands over: the extracted text, and blocks (spans of it) with their layout."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

HEADING = "heading"  # marked up as a heading by the source: HTML h1-h6, a bold paragraph, a PDF's larger font
LINE = "line"  # a line or paragraph whose role is not marked up
ITEM = "item"  # a list item
RULE = "rule"  # a thematic break (Markdown ---): ends the section before it


@dataclass(frozen=True)
class Block:
    """A span [start, end) of the extracted text, with what the source's layout said it was.

    `level` orders headings (1 is the title's rank; bold paragraphs and PDF headings that
    are only bold rank below the real heading levels). `quote` marks a <blockquote>.
    `page` is the 0-based PDF page, when there are pages. `small` marks fine print (set well
    below the body text: a disclaimer, a footnote), which is never part of a position. `strong`
    marks a paragraph set wholly in bold. `lead` is the length of a run-in heading the source sets in bold
    at the start of the paragraph ('<b>Our view:</b> We do not …'), 0 when it sets none.
    """

    start: int
    end: int
    kind: str = LINE
    level: int = 0
    quote: bool = False
    page: int = 0
    small: bool = False
    strong: bool = False  # set in bold throughout (a lead paragraph a page sets apart)
    lead: int = 0  # characters of a bold run-in heading at its start


@dataclass
class Extracted:
    """What a reader found: the text, its blocks, and any metadata the format gave."""

    text: str
    blocks: list[Block]
    title: str | None = None
    organisation: str | None = None
    site_name: str | None = None
    date: str | None = None
    url: str | None = None
    aliases: list[str] = field(default_factory=list)
    page_starts: tuple[int, ...] = ()
    body: tuple[int, int] | None = None
    # A byline outside the main text ("A statement by X · 11 September 2023").
    byline: str | None = None
    # Offsets where the reader dropped something between two blocks (see Document.breaks).
    breaks: tuple[int, ...] = ()
    # True when the reader knows its headings from layout (markup, fonts): then a short
    # unmarked line is never taken for a heading unless its words say it is one.
    layout: bool = False
    # The name printed at the top of the first page (a letterhead), if the reader saw one.
    letterhead: str | None = None
    # The organisation a page's footer names in its own words ("X Connect is the members' portal of the Y Society"):
    # who issued it, when nothing else names one.
    footer_name: str | None = None
    # Review dates (YYYY-MM) the format gives as fields (an Org ':REVIEWED:' property, front matter).
    reviewed: str | None = None
    next_review: str | None = None
    # True when `date` is the statement's own, from a field of the record that holds it (a spreadsheet row's 'agreed'
    # cell): a stamp elsewhere in the file ('Row edited …' on another row) does not re-date it.
    own_date: bool = False


SENTENCE_END = re.compile(r"[.!;,]\s*[\"'”’)]?\s*$")
# The markers of a question-and-answer page ("Q: What is it?" / "A: It is …"), in the languages we read.
QUESTION_MARK = re.compile(r"^\s*(?:(?:q|question|frage|pregunta|vraag|domanda|pergunta)\s*:|q\.)\s+", re.IGNORECASE)
ANSWER_MARK = re.compile(
    r"^\s*(?:(?:a|answer|antwort|respuesta|r|réponse|reponse|antwoord|risposta|resposta)\s*:|a\.)\s+", re.IGNORECASE
)
NUMBERING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[A-H])[.)]\s+|^\s*\d{1,2}\s+(?=[A-Z])")


def clean_line(text: str) -> str:
    """One line of display text: whitespace, a Markdown heading's hashes and emphasis collapsed, trailing colon dropped."""
    # (a zero-width space is a space: a docs page's heading anchor, '<a class="header-anchor">&#8203;</a>', prints none)
    line = re.sub(r"^#{1,6}\s+", "", re.sub(r"[\s\u200b\ufeff]+", " ", text).strip())
    line = re.sub(r"^([*_]{1,3})(.+?)\1$", r"\2", line.rstrip("\\ ")).strip()
    return line.rstrip(":").strip()


def heading_name(text: str) -> str:
    """A heading without its numbering and closing punctuation, case-folded: '3. Recommendation:' → 'recommendation'."""
    name = NUMBERING.sub("", QUESTION_MARK.sub("", clean_line(text)))
    return re.sub(r"[\s:?.!]+$", "", name).strip().casefold()


def word_count(text: str) -> int:
    """Words in a span of text."""
    return len(re.findall(r"[^\W_]+", text))


def copyright_holder(text: str) -> str | None:
    """Who a page's copyright line names: '© 2018–2024 The X Society. All rights reserved.' → 'X Society'."""
    match = re.search(
        r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?\s*,?\s*)?"
        r"(?:the\s+)?([A-Z][^\n.|©]{2,80}?)\s*(?:\.|\||,|\n|all rights|$)",
        text,
        re.IGNORECASE,
    )
    return clean_line(match.group(1)) if match else None


def looks_like_prose(text: str) -> bool:
    """A line that reads as a sentence or more of running text."""
    text = text.strip()
    return word_count(text) >= 12 and bool(
        re.search(r"[.!?;:][\"'”’)\]]*$", text) or re.search(r"\w[.!?][\"'”’)]*\s+[\"“(]?[A-Z]", text)
    )


def looks_like_heading(text: str) -> bool:
    """A short line that names a part of the document rather than saying something."""
    line = clean_line(text)
    if not line or len(line) > 100 or word_count(line) > 12:
        return False
    if text.strip().endswith(":") and word_count(line) >= 4:
        return False  # "The council advises that:" leads into a list; it heads nothing
    if SENTENCE_END.search(text.strip()) and not text.strip().endswith(":"):
        return False
    if re.match(r"^[\W\d]+$", line):
        return False
    first = line[0]
    return first.isupper() or first.isdigit()


# A row of a table drawn in plain text, its columns set apart by wide gaps ('TIME   ITEM      SOURCE', '14:00  News from
# IRN    network    03:00'): laid out, not written; ruled above or below, it is still no heading.
TABLE_ROW = re.compile(r"\S(?: {2,}|\t)\S.*\S(?: {2,}|\t)\S")
