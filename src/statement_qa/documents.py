"""The frozen data types every stage passes along: Document, Section, Passage."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

STATEMENT = "statement"
RESOURCE = "resource"

# A statement's standing: only a current one is ever quoted as the answer.
CURRENT = "current"
SUPERSEDED = "superseded"
WITHDRAWN = "withdrawn"

# Headings that hold an organisation's position: what makes a document a statement.
# "Recommendation", "SAC Recommendations for people with ALS", "Our position", "The
# Alliance's position", "Our advice", "What we recommend"; not "Recommended reading".
POSITION_HEADING = re.compile(
    r"^(?:[\w’'.]+\s+){0,2}(?:recommendations?|position(?:\s+statement)?|what\s+we\s+recommend)\b(?:\s+\S+){0,8}$"
    r"|^(?:our|the\s+\w+(?:'s|’s)?|\w+(?:'s|’s))?\s*(?:advice|view|statement)(?:\s+[^\s\d:]+){0,4}$",
    re.IGNORECASE,
)


def is_position_heading(name: str) -> bool:
    """True for section names like 'Recommendation' or 'Our position'."""
    return bool(POSITION_HEADING.match(name.strip()))


@dataclass(frozen=True)
class Section:
    """A named part of a document, as a span [start, end) of the document's text."""

    name: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """One statement or resource, with its extracted text and what we know about it.

    `text` is the document's extracted text; every section, passage and quote is a
    slice of it by offsets. For plain text and Markdown it is the decoded file itself.
    """

    id: str
    title: str
    organisation: str | None
    date: str | None
    kind: str
    source: str
    url: str | None
    text: str
    sections: tuple[Section, ...]
    aliases: tuple[str, ...] = ()
    sha256: str = ""
    # Start offset of each page after the first (PDF only), for page citations.
    page_starts: tuple[int, ...] = ()
    # Other corpus files with identical content, collapsed into this document.
    duplicates: tuple[str, ...] = ()
    # The span holding the statement itself (title to signature), without page chrome.
    body: tuple[int, int] | None = field(default=None)
    # Which of `sections` holds the organisation's position (found from structure at ingest).
    position: int | None = None
    # Offsets where the source had something between the text on either side (a dropped
    # running header, an announcement bar): a quote never spans one, it becomes two excerpts.
    breaks: tuple[int, ...] = ()
    # Last reviewed / next review (YYYY-MM), read from the page; never the issue date.
    reviewed: str | None = None
    next_review: str | None = None
    # ISO 639-1 language of the statement's text, when known.
    language: str | None = None
    # current | superseded | withdrawn; superseded and withdrawn statements are never quoted.
    status: str = CURRENT
    superseded_by: str | None = None
    supersedes: tuple[str, ...] = ()

    def section_text(self, section: Section) -> str:
        """The exact text of one of this document's sections."""
        return self.text[section.start : section.end]

    @property
    def recommendation(self) -> Section | None:
        """The section holding the organisation's position, if this is a statement."""
        if self.position is not None and 0 <= self.position < len(self.sections):
            return self.sections[self.position]
        for section in self.sections:
            if is_position_heading(section.name):
                return section
        return None

    @property
    def body_text(self) -> str:
        """The statement's own text, for 'show the full statement'."""
        start, end = self.body if self.body else (0, len(self.text))
        return self.text[start:end]

    def page_at(self, offset: int) -> int | None:
        """The 1-based page an offset falls on, or None for documents without pages."""
        if not self.page_starts and not self.source.lower().endswith(".pdf"):
            return None
        return bisect.bisect_right(self.page_starts, offset) + 1

    def summary(self) -> dict:
        """The fields `list --json` and citations show, as a plain dict."""
        return {
            "id": self.id,
            "title": self.title,
            "organisation": self.organisation,
            "date": self.date,
            "kind": self.kind,
            "source": self.source,
            "url": self.url,
            "sections": [s.name for s in self.sections],
            "aliases": list(self.aliases),
            "reviewed": self.reviewed,
            "language": self.language,
            "status": self.status,
            "superseded_by": self.superseded_by,
            "supersedes": list(self.supersedes),
        }

    def excerpts(self, start: int, end: int) -> list[tuple[int, int]]:
        """[start, end) cut at the source's breaks: each piece is one contiguous slice of the source."""
        cuts = [b for b in self.breaks if start < b < end]
        pieces = []
        for a, b in zip([start, *cuts], [*cuts, end]):
            while a < b and self.text[a].isspace():
                a += 1
            while b > a and self.text[b - 1].isspace():
                b -= 1
            if b > a:
                pieces.append((a, b))
        return pieces


@dataclass(frozen=True)
class Passage:
    """A retrievable slice of one document's section: text == document.text[start:end]."""

    id: int
    doc_id: str
    section: str
    start: int
    end: int
    text: str
    page: int | None = None
