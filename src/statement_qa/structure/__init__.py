"""From a reader's blocks to Documents: the rules work on the shape of a statement, not one site's wording.

Every reader (scraped page text, HTML, PDF, Markdown) produces the same thing: the
document's extracted text and a list of blocks (spans of that text) with what the
layout said about them. The stages, one module each:

    blocks.py      Block, Extracted and small text helpers
    words.py       the per-language word tables (data)
    vocabulary.py  those tables compiled: is this line a position heading, a label, chrome, a person?
    dates.py       date-shaped strings read by dateparser, and what each date dates
    headings.py    headings from layout, sections, which section holds the position
    signature.py   the closing lines: organisation, dates, signatories
    organisation.py  who issued it: organisation-shaped names from the places that print one
    split.py       one file, several statements (a translation; one section per therapy)
    subjects.py    what a statement is about (aliases)
    assemble.py    all of it together: Extracted → [Document]
"""

from statement_qa.structure.assemble import assemble, assemble_all
from statement_qa.structure.blocks import (
    HEADING,
    ITEM,
    LINE,
    RULE,
    Block,
    Extracted,
    clean_line,
    copyright_holder,
    looks_like_heading,
    looks_like_prose,
    word_count,
)
from statement_qa.structure.dates import parse_date, read_date_line
from statement_qa.structure.vocabulary import is_known_heading, is_position_heading

__all__ = [
    "HEADING", "ITEM", "LINE", "RULE", "Block", "Extracted", "assemble", "assemble_all", "clean_line",
    "copyright_holder", "is_known_heading", "is_position_heading", "looks_like_heading", "looks_like_prose",
    "parse_date", "read_date_line", "word_count",
]
