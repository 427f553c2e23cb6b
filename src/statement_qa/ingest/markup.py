"""Plain text written in a lightweight markup: reStructuredText and AsciiDoc sources, setext headings.

Such a file marks its headings itself: a line underlined (or over- and underlined) with a
row of one punctuation character, or an AsciiDoc '= Title' / '== Section'. Comments and
directives ('.. note::' with its indented body, '.. [#]' footnotes, '// …') and block
attributes ('[abstract]') are not content. Paragraphs are the lines between blank lines.
"""

from __future__ import annotations

import re

from statement_qa.structure import HEADING, ITEM, LINE, Block, Extracted, clean_line, word_count

UNDERLINE = re.compile(r"^([=\-~^\"'`#*+_:.])\1{2,}\s*$")
ASCIIDOC_HEADING = re.compile(r"^(={1,6})[ \t]+(\S.*?)[ \t]*$")
# '.. note::', '.. |X| replace::', '.. [#] footnote', '.. comment', '// comment', '[abstract]', '[NOTE]', ':toc: left'.
DIRECTIVE = re.compile(r"^\.\.(?:\s|$)")
NOISE = re.compile(r"^(?://(?!/).*|\[[\w.#%,=\"' -]*\]|:[\w-]+:(?:\s+\S.*)?|ifdef::.*|endif::.*|include::.*|toc::.*|'{3,}|<{3,}|-{4,}|={4,}|\.{4,}|\*{4,}|_{4,}|\+{4,})\s*$")
LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d+[.)]|#\.|\.{1,3}(?=\s)|\*{1,3}(?=\s))\s+")
# Field lines that carry the document's metadata: ':Date: 2024-09-03' (reStructuredText docinfo).
FIELD = re.compile(r"^:(?P<name>[\w -]+):\s+(?P<value>\S.*)$")


def looks_like_markup(text: str) -> bool:
    """Two or more headings marked the markup way: underlined lines or AsciiDoc '== ' lines."""
    lines = text.splitlines()
    underlined = sum(
        1 for a, b in zip(lines, lines[1:])
        if a.strip() and not UNDERLINE.match(a) and UNDERLINE.match(b) and len(b.strip()) >= 0.7 * len(a.strip())
        and word_count(a) <= 16
    )
    asciidoc = sum(1 for line in lines if ASCIIDOC_HEADING.match(line))
    return underlined >= 2 or asciidoc >= 2


def read_markup(text: str) -> Extracted:
    """Blocks of a markup file as offsets into its own text; the top heading is the title."""
    rows: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        rows.append((offset, line))
        offset += len(line) + 1
    blocks: list[Block] = []
    styles: list[str] = []  # underline styles in order of first use: their rank is the level
    title: str | None = None
    fields: dict[str, str] = {}
    paragraph: list[tuple[int, int]] = []
    skip_indent: int | None = None
    author: str | None = None

    def flush() -> None:
        if not paragraph:
            return
        kind = ITEM if LIST_MARK.match(text[paragraph[0][0] : paragraph[0][1]]) else LINE
        if len(paragraph) > 1 and all(word_count(text[a:b]) < 8 for a, b in paragraph):
            blocks.extend(Block(a, b, kind) for a, b in paragraph)  # lines too short to be wrapped prose: a masthead
        else:
            blocks.append(Block(paragraph[0][0], paragraph[-1][1], kind))
        paragraph.clear()

    def rank(style: str) -> int:
        """An underline style's level: styles rank in the order the file first uses them."""
        if style not in styles:
            styles.append(style)
        return styles.index(style) + 1

    def heading(start: int, end: int, level: int) -> None:
        nonlocal title
        flush()
        blocks.append(Block(start, end, HEADING, level))
        if title is None and level == 1 and not re.match(r"\d{1,2}[.)]\s", text[start:end]):  # "1. A word from our chair": an item
            title = clean_line(text[start:end])

    n = 0
    while n < len(rows):
        start, line = rows[n]
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        following = rows[n + 1][1] if n + 1 < len(rows) else ""
        if skip_indent is not None:
            if not stripped or indent > skip_indent:
                n += 1
                continue  # the indented body of a directive or footnote
            skip_indent = None
        if not stripped:
            flush()
            n += 1
            continue
        if DIRECTIVE.match(stripped):
            flush()
            skip_indent = indent
            n += 1
            continue
        over = UNDERLINE.match(stripped)
        if over and n + 2 < len(rows) and rows[n + 1][1].strip() and UNDERLINE.match(rows[n + 2][1].strip() or "x"):
            # An overlined and underlined heading: a title style of its own.
            text_start = rows[n + 1][0] + len(rows[n + 1][1]) - len(rows[n + 1][1].lstrip())
            heading(text_start, rows[n + 1][0] + len(rows[n + 1][1].rstrip()), rank("over" + stripped[0]))
            n += 3
            continue
        under = UNDERLINE.match(following.strip()) if following.strip() else None
        if under and not over and word_count(stripped) <= 16 and len(following.strip()) >= 0.7 * len(stripped):
            heading(start + indent, start + len(line.rstrip()), rank(following.strip()[0]))
            n += 2
            continue
        asciidoc = ASCIIDOC_HEADING.match(line)
        if asciidoc:
            flush()
            heading(start + asciidoc.start(2), start + asciidoc.end(2), len(asciidoc.group(1)))
            n += 1
            # An AsciiDoc document header: the author line and the revision line under the title, one block each.
            header = 0
            while len(asciidoc.group(1)) == 1 and n < len(rows) and rows[n][1].strip() and not NOISE.match(rows[n][1].strip()):
                row_start, row = rows[n]
                if header == 0:
                    author = author or row
                blocks.append(Block(row_start, row_start + len(row.rstrip()), LINE))
                header += 1
                n += 1
            continue
        field = FIELD.match(stripped)
        if field:
            fields[field.group("name").strip().lower()] = field.group("value")
        if NOISE.match(stripped) and not (field and field.group("name").strip().lower() in DATE_FIELDS):
            flush()
            n += 1
            continue
        if LIST_MARK.match(line) or (paragraph and field):
            flush()  # a list item, or a field line (':Date: …'), starts a block of its own
        paragraph.append((start + indent, start + len(line.rstrip())))
        n += 1
    flush()
    author = fields.get("author") or fields.get("organization") or fields.get("organisation") or author
    return Extracted(
        text=text,
        blocks=blocks,
        title=title,
        site_name=clean_line(re.sub(r"<[^>]*>", "", author).split(",")[0]) if author else None,
        body=(blocks[0].start, blocks[-1].end) if blocks else (0, len(text)),
        layout=True,
    )


DATE_FIELDS = {"date", "reviewed", "next review", "last reviewed", "updated", "published", "revdate"}
