"""An e-reader's highlights export (a Kindle's 'My Clippings.txt', and the same layout other readers and tools copy; a
Kindle notebook exported as HTML): what was highlighted in a book.

Each clipping is the book's title line ('Title (Author)'), a line the device writes about it ('- Your Highlight on
page 12 | Location 170-175 | Added on Monday, 16 November 2026 19:53:48', in the device's language), a blank line,
the words highlighted, then a rule of '=' signs. The words highlighted are the book's: they are read as the text,
one paragraph each, in the file's order. The device's lines are furniture: when a highlight was added dates the
reading, not the book. A note the reader typed is the reader's, never the book's position: it is kept as fine print.
The book's title is the title; its author, when named like an organisation, is who issued it.
"""

from __future__ import annotations

import re
from collections import Counter

from statement_qa.structure import HEADING, LINE, Block, Extracted, clean_line
from statement_qa.structure.organisation import organisation_name

SEPARATOR = re.compile(r"^\s*={10}\s*$", re.MULTILINE)
# The device's line under the title: a dash, what the clipping is and where, then '|' and when it was added.
CLIPPING_LINE = re.compile(r"^\s*-\s+(?P<what>[^|\n]{3,80}?)(?:\s*\|\s*[^|\n]{1,80}){1,3}\s*$")
# What a reader typed, in the languages a device writes: 'Your Note', 'Ihre Notiz', 'Votre note', 'Tu nota', 'La tua nota',
# 'Uw notitie', 'Sua nota'; and a bookmark, which holds no words.
NOTE = re.compile(r"\b(?:note|notiz|nota|notitie|notat|anteckning|bookmark|lesezeichen|signet|marcador|segnalibro|"
                  r"bladwijzer)\b", re.IGNORECASE)
AUTHOR = re.compile(r"^(?P<title>.*?\S)\s*\((?P<author>[^()]+)\)\s*$")


def _clippings(text: str) -> list[tuple[str, str, str]]:
    """Each clipping's title line, device line and words, in the file's order."""
    found = []
    for chunk in SEPARATOR.split(text):
        lines = chunk.strip("\n\ufeff").split("\n")
        lines = lines[next((n for n, line in enumerate(lines) if line.strip()), len(lines)) :]
        if len(lines) >= 2 and CLIPPING_LINE.match(lines[1]):
            found.append((clean_line(lines[0].lstrip("\ufeff")), lines[1], "\n".join(lines[2:]).strip()))
    return found


def looks_like_clippings(text: str) -> bool:
    """A highlights export: two or more clippings, each a title line over the device's line, closed by a rule of '='."""
    return len(SEPARATOR.findall(text)) >= 2 and len(_clippings(text)) >= 2


def read_clippings(text: str) -> Extracted:
    """The highlights of the book most clipped in the file, read as its text, titled by the book's title."""
    clippings = _clippings(text)
    book = Counter(title for title, _, _ in clippings).most_common(1)[0][0]
    named = AUTHOR.match(book)
    title, author = (clean_line(named["title"]), clean_line(named["author"])) if named else (book, None)
    said = [(bool(NOTE.search(CLIPPING_LINE.match(device)["what"])), words)  # type: ignore[index]
            for from_book, device, words in clippings if from_book == book and words]
    return highlights(title, author, said)


def highlights(title: str, author: str | None, said: list[tuple[bool, str]]) -> Extracted:
    """A book's highlights as a page: its title over the words highlighted, one paragraph each; a note the reader typed
    (True beside it) is fine print. Who wrote the book, when named like an organisation, issued it."""
    text = title + "\n\n"
    blocks = [Block(0, len(title), HEADING, 1)]
    for typed, words in said:
        for paragraph in (clean_line(p) for p in re.split(r"\n\s*\n", words)):
            if paragraph:
                blocks.append(Block(len(text), len(text) + len(paragraph), LINE, small=typed))
                text += paragraph + "\n\n"
    site = organisation_name(author) if author else None
    return Extracted(text=text, blocks=blocks, title=title, site_name=site[0] if site else None, body=(0, len(text)),
                     layout=True)


# Kindle's notebook export (HTML): the book's title and authors in their boxes, then each highlight's heading ('Highlight
# (yellow) - Page 12 · Location 170', 'Note - …', in the device's language) over its text.
def read_notebook(tree) -> Extracted | None:
    """A Kindle notebook export's highlights, read as the book's text (see highlights); None for any other page."""
    title = next((clean_line(e.text_content()) for e in tree.xpath("//*[contains(@class, 'bookTitle')]")), None)
    notes = tree.xpath("//*[contains(@class, 'noteText')]")
    if not title or not notes:
        return None
    author = next((clean_line(e.text_content()) for e in tree.xpath("//*[contains(@class, 'authors')]")), None)
    said = []
    for note in notes:
        heading = note.getprevious()
        label = clean_line(heading.text_content()) if heading is not None else ""
        # (the heading's first word says what it is: a highlight's words are the book's, a note's the reader's)
        said.append((bool(NOTE.search(label.split(" - ")[0])), note.text_content().strip()))
    return highlights(title, author, said)
