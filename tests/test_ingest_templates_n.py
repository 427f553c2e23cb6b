"""Structure rules for the kinds of page blind set N brought in (a mailing-list conversation, ...), each tested on a
small variant written for it.

Every fixture in tests/fixtures/ingest-n/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from pathlib import Path

from statement_qa.documents import Document, Section
from statement_qa.ingest import read_documents
from statement_qa.structure.headings import _carve

HERE = Path(__file__).parent / "fixtures" / "ingest-n"


def read_one(name: str) -> Document:
    """The first Document of one fixture file."""
    return read_documents(HERE / name, HERE)[0]


def quoted(document: Document) -> str:
    """The text of the position section (what would be quoted)."""
    assert document.position is not None, "no position found"
    section = document.sections[document.position]
    return document.text[section.start : section.end]


def test_a_bold_label_alone_heads_the_paragraph_under_it():
    # Fictional: a mailing-list post whose bold label ('Group position (agreed …):') stands on its own line.
    document = read_one("mailing-list-label-alone.html")
    assert document.kind == "statement"
    assert document.title == "Brindlecombe MND Group: our view on sarvopine (SRV-22)"
    assert document.organisation == "Brindlecombe MND Group"
    assert document.date == "2024-03"
    assert quoted(document).startswith("Nobody yet knows whether sarvopine helps people with MND.")
    assert quoted(document).endswith("before you book anything.")
    assert document.sections[document.position].start == document.text.index("Nobody yet knows")


def test_an_empty_span_is_never_carved_as_the_position():
    text = "Our position:\n\nWe do not recommend it."
    sections = [Section("Text", 0, len(text))]
    assert _carve(text, list(sections), 13, 13) == (sections, None)
    assert _carve(text, list(sections), 12, 13)[1] is None  # a colon alone says nothing
