"""Plain text written in a lightweight markup: reStructuredText, AsciiDoc and Org-mode sources, setext headings.

Such a file marks its headings itself: a line underlined (or over- and underlined) with a
row of one punctuation character, an AsciiDoc '= Title' / '== Section', an Org '* Headline'.
Comments and directives ('.. note::' with its indented body, '.. [#]' footnotes, '// …',
Org's '# …', '#+KEYWORD:' lines, ':PROPERTIES:' drawers and '[fn:1]' definitions) and block
attributes ('[abstract]') are not content. Paragraphs are the lines between blank lines.
The fields an Org file declares are its fields: '#+TITLE', '#+DATE', '#+AUTHOR', and a
drawer's date properties (':REVIEWED:', ':NEXT_REVIEW:'); a subtree tagged ':noexport:'
(or commented out) is not part of the document, as Org's own export leaves it out.
"""

from __future__ import annotations

import re

from statement_qa.structure import (
    HEADING,
    ITEM,
    LINE,
    Block,
    Extracted,
    clean_line,
    parse_date,
    read_date_line,
    word_count,
)
from statement_qa.structure.blocks import TABLE_ROW

UNDERLINE = re.compile(r"^([=\-~^\"'`#*+_:.])\1{2,}\s*$")
ASCIIDOC_HEADING = re.compile(r"^(={1,6})[ \t]+(\S.*?)[ \t]*$")
# A wiki's heading, its marks on both sides ('= Title =', '== Section ==': MoinMoin, MediaWiki): the closing marks are
# markup too.
WIKI_HEADING = re.compile(r"^(={1,6})[ \t]+(\S.*?)[ \t]+\1[ \t]*$")
# A MoinMoin page's processing instructions at its top ('#format wiki', '#language en', '#pragma …', '#acl …') and its
# comments anywhere ('## page was renamed from X'), and a macro on a line of its own ('<<TableOfContents(2)>>'): none of
# them is text the page shows.
WIKI_INSTRUCTION = re.compile(r"^#(?:#|[a-z]+(?:\s|$))")
WIKI_MACRO = re.compile(r"^<<[^<>]*>>$")


def looks_like_moinmoin(text: str) -> bool:
    """A MoinMoin page's source: '= X =' headings under the processing instructions or comments its first lines are
    ('#format wiki', '## page was renamed from …'), or beside a macro line ('<<TableOfContents>>'). (txt2tags writes
    the same headings, but its comments and settings open with '%'.)"""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    headings = sum(1 for line in lines if WIKI_HEADING.match(line))
    opening = [line for line in lines[:12] if line.startswith("#")]
    instructions = bool(lines) and WIKI_INSTRUCTION.match(lines[0]) is not None and len(opening) >= 2
    return headings >= 1 and (instructions or any(WIKI_MACRO.match(line) for line in lines))
# '.. note::', '.. |X| replace::', '.. [#] footnote', '.. comment', '// comment', '[abstract]', '[NOTE]', ':toc: left'.
DIRECTIVE = re.compile(r"^\.\.(?:\s|$)")
NOISE = re.compile(r"^(?://(?!/).*|\[[\w.#%,=\"' -]*\]|:[\w-]+:(?:\s+\S.*)?|ifdef::.*|endif::.*|include::.*|toc::.*|'{3,}|<{3,}|-{4,}|={4,}|\.{4,}|\*{4,}|_{4,}|\+{4,})\s*$")
LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d+[.)]|#\.|\.{1,3}(?=\s)|\*{1,3}(?=\s))\s+")
# Field lines that carry the document's metadata: ':Date: 2024-09-03' (reStructuredText docinfo).
FIELD = re.compile(r"^:(?P<name>[\w -]+):\s+(?P<value>\S.*)$")
# A report's or an export's field, its label padded to line up the colons ('Answers        : 1 of 46'): a banner
# between two rules is a block of such fields, never a heading.
PADDED_FIELD = re.compile(r"^\s*[^\W\d_][\w .-]{0,30}?\s+:\s+\S")


# Textile (Redmine's and Textpattern's wiki markup): 'h1. Title', 'h2(class). Section'; a paragraph may open with its
# block signature ('p(note). …', 'bq. …'), which is markup, not text; '{{>toc}}' and other '{{macro}}' lines are not content.
_TEXTILE_ATTRIBUTES = r"(?:\([^()]*\)|\{[^{}]*\}|\[[^\[\]]*\]|[<>=]{1,2})*"
TEXTILE_HEADING = re.compile(rf"^h([1-6]){_TEXTILE_ATTRIBUTES}\.[ \t]+(\S.*?)[ \t]*$")
TEXTILE_SIGNATURE = re.compile(rf"^(?:p|bq|fn\d+|notextile){_TEXTILE_ATTRIBUTES}\.[ \t]+(?=\S)")
TEXTILE_MACRO = re.compile(r"^\{\{[^{}]*\}\}\s*$")


def looks_like_markup(text: str) -> bool:
    """Two or more headings marked the markup way: underlined lines or AsciiDoc '== ' lines."""
    lines = text.splitlines()
    # (The last line of a paragraph over a closing rule ends with its full stop: it is no heading.)
    underlined = sum(
        1 for a, b in zip(lines, lines[1:])
        if a.strip() and not UNDERLINE.match(a) and UNDERLINE.match(b) and len(b.strip()) >= 0.7 * len(a.strip())
        and word_count(a) <= 16 and not PADDED_FIELD.match(a) and not a.rstrip().endswith(".")
        and not TABLE_ROW.search(a.strip())  # (a ruled table's row, 'TIME   ITEM   SOURCE', is no heading)
    )
    asciidoc = sum(1 for line in lines if ASCIIDOC_HEADING.match(line))
    textile = sum(1 for line in lines if TEXTILE_HEADING.match(line))
    return underlined >= 2 or asciidoc >= 2 or textile >= 2 or looks_like_org(text)


def lines_with_offsets(text: str) -> list[tuple[int, str]]:
    """A text's lines, each with the offset it starts at."""
    rows: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        rows.append((offset, line))
        offset += len(line) + 1
    return rows


def read_markup(text: str) -> Extracted:
    """Blocks of a markup file as offsets into its own text; the top heading is the title."""
    if looks_like_org(text):
        return read_org(text)
    rows = lines_with_offsets(text)
    blocks: list[Block] = []
    styles: list[str] = []  # underline styles in order of first use: their rank is the level
    title: str | None = None
    fields: dict[str, str] = {}
    paragraph: list[tuple[int, int]] = []
    skip_indent: int | None = None
    author: str | None = None
    headed: list[int] = []  # a header's title line, when the file opens with one (see flush)
    textile = sum(1 for _, line in rows if TEXTILE_HEADING.match(line)) >= 2
    wiki = sum(1 for _, line in rows if WIKI_HEADING.match(line)) >= 2
    top = True  # still above the page's first line of content (where a wiki's processing instructions stand)

    def flush() -> None:
        if not paragraph:
            return
        kind = ITEM if LIST_MARK.match(text[paragraph[0][0] : paragraph[0][1]]) else LINE
        lines = [text[a:b] for a, b in paragraph]
        # (or a header under a name in capitals, each line a field of its own: 'X HELPLINE TRUST' over the document's
        # name, then its dated version and approval, its review, its owner)
        header = 3 <= len(lines) <= 8 and lines[0].isupper() and word_count(lines[0]) <= 8 \
            and all(line[:1].isupper() or line[:1].isdigit() for line in lines[1:]) and any(parse_date(line) for line in lines[2:])
        if len(paragraph) > 1 and (all(word_count(line) < 8 for line in lines) or header):
            if header and not any(b.kind == HEADING for b in blocks):
                headed.append(len(blocks) + 1)  # the line under the name: the document's own name
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
        if wiki and (WIKI_MACRO.match(stripped) or stripped.startswith("##") or top and WIKI_INSTRUCTION.match(stripped)):
            flush()
            n += 1
            continue
        top = False
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
        marked = TEXTILE_HEADING.match(line) if textile else None
        if marked:
            heading(start + marked.start(2), start + marked.end(2), int(marked.group(1)))
            n += 1
            continue
        if textile and TEXTILE_MACRO.match(stripped):
            flush()
            n += 1
            continue
        signature = TEXTILE_SIGNATURE.match(stripped) if textile else None
        if signature:
            flush()  # a block signature starts a paragraph; its text starts after it
            paragraph.append((start + indent + signature.end(), start + len(line.rstrip())))
            n += 1
            continue
        asciidoc = (WIKI_HEADING.match(line) if wiki else None) or ASCIIDOC_HEADING.match(line)
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
    if headed:
        # A header above the first heading, a name in capitals over the document's own name, its version, its review
        # ('X HELPLINE TRUST' / 'CALL-HANDLER SCRIPT H-07: …' / 'Version 3.2 - approved …'): the line under the name
        # is the title, and the first heading ('HOW TO USE THIS SCRIPT') is only the document's first part.
        title = clean_line(text[blocks[headed[0]].start : blocks[headed[0]].end])
    return Extracted(
        text=text,
        blocks=blocks,
        title=title,
        site_name=clean_line(re.sub(r"<[^>]*>", "", author).split(",")[0]) if author else None,
        body=(blocks[0].start, blocks[-1].end) if blocks else (0, len(text)),
        layout=True,
    )


DATE_FIELDS = {"date", "reviewed", "next review", "last reviewed", "updated", "published", "revdate"}


# Org mode (https://orgmode.org/manual/): in-buffer keywords, headlines, drawers, blocks, planning lines, footnotes.
ORG_KEYWORD = re.compile(r"^#\+(\w+):[ \t]*(.*?)[ \t]*$")
ORG_HEADLINE = re.compile(r"^(\*+)[ \t]+(.*?)(?:[ \t]+(:(?:[\w@#%]+:)+))?[ \t]*$")
ORG_BLOCK = re.compile(r"^#\+(begin|end)_(\w+)", re.IGNORECASE)
ORG_DRAWER = re.compile(r"^:([\w-]+):[ \t]*$")
ORG_PROPERTY = re.compile(r"^:([\w-]+):[ \t]+(\S.*)$")
ORG_PLANNING = re.compile(r"^(?:(?:CLOSED|SCHEDULED|DEADLINE):[ \t]*[<\[][^>\]]*[>\]][ \t]*)+$")
ORG_FOOTNOTE = re.compile(r"^\[fn:[\w-]+\]")
ORG_TIMESTAMP = re.compile(r"[<\[](\d{4}-\d\d-\d\d)[^>\]]*[>\]]")
ORG_TODO = ("TODO", "DONE")  # the default keywords; a file may declare its own with #+TODO
ORG_SKIPPED_BLOCKS = {"comment", "src", "example", "export"}  # not prose: code, verbatim, export-only


def looks_like_org(text: str) -> bool:
    """An Org file: a '#+TITLE:' line or two or more '#+KEYWORD:' lines, or a headline over a ':PROPERTIES:' drawer."""
    lines = text.splitlines()
    keywords = [m.group(1).lower() for line in lines if (m := ORG_KEYWORD.match(line)) and not ORG_BLOCK.match(line)]
    drawers = any(ORG_HEADLINE.match(a) and b.strip().upper() == ":PROPERTIES:" for a, b in zip(lines, lines[1:]))
    return len(keywords) >= 2 or "title" in keywords or drawers


def read_org(text: str) -> Extracted:
    """Blocks of an Org file as offsets into its own text; #+TITLE is the title and headlines are its sections
    (one level below it, as Org exports them). What is not content (keywords, drawers, block delimiters,
    planning lines, comments, footnote definitions, unexported subtrees) is blanked in the text (same length,
    so offsets hold) with a break where it stood: a quote never runs across it."""
    keywords: dict[str, str] = {}
    for line in text.splitlines():
        keyword = ORG_KEYWORD.match(line)
        if keyword and not ORG_BLOCK.match(line):
            keywords.setdefault(keyword.group(1).lower(), keyword.group(2))
    todo = set(ORG_TODO) | {w for k in ("todo", "seq_todo", "typ_todo") for w in keywords.get(k, "").split() if w != "|"}
    excluded = {"noexport", *keywords.get("exclude_tags", "").split()}
    blocks: list[Block] = []
    paragraph: list[tuple[int, int]] = []
    properties: dict[str, str] = {}
    shown = list(text)
    breaks: list[int] = []
    skip_level: int | None = None  # inside a subtree that is not exported
    drawer = hidden = quote = footnote = False

    def flush() -> None:
        if paragraph:
            kind = ITEM if LIST_MARK.match(text[paragraph[0][0] : paragraph[0][1]]) else LINE
            blocks.append(Block(paragraph[0][0], paragraph[-1][1], kind, quote=quote))
            paragraph.clear()

    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        stripped = line.strip()
        headline = None if hidden else ORG_HEADLINE.match(line)
        keep = False
        if headline:
            flush()
            drawer = footnote = False
            stars = len(headline.group(1))
            words = headline.group(2).split()
            tags = set((headline.group(3) or "").strip(":").split(":"))
            if skip_level is not None and stars > skip_level:
                pass
            elif words[:1] == ["COMMENT"] or tags & excluded:
                skip_level = stars
            else:
                skip_level, keep = None, True
                title = headline.group(2)
                if words[:1] and words[0] in todo:
                    title = title[len(words[0]) :].lstrip()
                title = re.sub(r"^\[#\w\]\s+", "", title)
                if title:
                    name_start = start + line.index(title, len(headline.group(1)))
                    blocks.append(Block(name_start, name_start + len(title), HEADING, stars + 1))
        elif skip_level is not None:
            pass
        elif drawer:
            if stripped.upper() == ":END:":
                drawer = False
            elif prop := ORG_PROPERTY.match(stripped):
                properties.setdefault(prop.group(1).lower(), prop.group(2))
        elif marker := ORG_BLOCK.match(stripped):
            flush()
            opening = marker.group(1).lower() == "begin"
            hidden = opening and marker.group(2).lower() in ORG_SKIPPED_BLOCKS
            quote = opening and marker.group(2).lower() in ("quote", "verse")
        elif hidden:
            pass
        elif not stripped:
            flush()
            footnote, keep = False, True
        elif ORG_DRAWER.match(stripped) and stripped.upper() != ":END:":
            flush()
            drawer = True
        elif ORG_FOOTNOTE.match(stripped) or footnote:
            flush()
            footnote = True  # a footnote's definition, to the next blank line: a note, not the text
        elif ORG_KEYWORD.match(stripped) or ORG_PLANNING.match(stripped) or re.match(r"#(?:\s|$)", stripped):
            flush()
        else:
            keep = True
            indent = len(line) - len(line.lstrip())
            if LIST_MARK.match(line):
                flush()
            paragraph.append((start + indent, start + len(line.rstrip())))
        if not keep and stripped:
            shown[start : start + len(line)] = re.sub(r"\S", " ", line)
            breaks.append(start)
    flush()
    dated = {role: month for name, value in properties.items() for role, month in _org_dates(name, value)}
    author = keywords.get("author")
    return Extracted(
        text="".join(shown),
        blocks=blocks,
        title=clean_line(keywords["title"]) if keywords.get("title") else None,
        site_name=clean_line(author.split(",")[0]) if author else None,
        date=parse_date(keywords.get("date", "")) or dated.get("issued"),
        reviewed=dated.get("reviewed"),
        next_review=dated.get("next_review"),
        body=(blocks[0].start, blocks[-1].end) if blocks else (0, len(text)),
        breaks=tuple(breaks),
        layout=True,
    )


def _org_dates(name: str, value: str) -> list[tuple[str, str]]:
    """What a drawer property dates ('REVIEWED' → reviewed, 'NEXT_REVIEW' → next_review), read by the
    date-label tables: the property's name is its label, its first timestamp the date."""
    stamp = ORG_TIMESTAMP.search(value)
    dated = read_date_line(f"{name.replace('_', ' ')}: {stamp.group(1)}") if stamp else None
    return [(role, month) for role, month in dated.dates if role != "plain"] if dated else []


# LaTeX source (https://www.latex-project.org/help/documentation/usrguide.pdf): a preamble from '\documentclass' to
# '\begin{document}', sectioning commands with their titles in braces, environments, '%' comments.
LATEX_CLASS = re.compile(r"^\s*\\documentclass\b", re.MULTILINE)
LATEX_SECTION = re.compile(r"^\s*\\(part|chapter|section|subsection|subsubsection|paragraph)\*?(?:\[[^\]]*\])?\{")
LATEX_FIELD = re.compile(r"\\(title|author|date)\s*\{")
LATEX_ENVIRONMENT = re.compile(r"^\s*\\(begin|end)\{(\w+\*?)\}(?:\{[^{}]*\}|\[[^\]]*\])*")
# A line of commands only ('\maketitle', '\tableofcontents', '\vfill', '\noindent', '\medskip'): layout, not text.
LATEX_COMMANDS_ONLY = re.compile(r"^\s*(?:\\[A-Za-z@]+\*?(?:\[[^\]]*\])?(?:\{[^{}\s]*\})?\s*)+$")
# What wraps a whole paragraph ('\emph{Agreed by the committee …}', '\noindent\textit{…}', '{\footnotesize …}'): markup.
LATEX_WRAPPER = re.compile(r"^(?:\\noindent\s*)?(?:\{\s*\\[A-Za-z]+\s+|\\(?:emph|textit|textbf|textsl|textsc|underline)\{)")
LATEX_LEVELS = {"part": 1, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 5}
LATEX_QUOTES = {"quote", "quotation", "displayquote"}


def looks_like_latex(text: str) -> bool:
    """LaTeX source: a '\\documentclass' line and a '\\begin{document}'."""
    return bool(LATEX_CLASS.search(text)) and "\\begin{document}" in text


def _braced(text: str, open_at: int) -> int:
    """Where the group whose '{' is at open_at closes (its '}'), or the end of the text."""
    depth = 0
    for at in range(open_at, len(text)):
        if text[at] == "{" and text[at - 1 : at] != "\\":
            depth += 1
        elif text[at] == "}" and text[at - 1 : at] != "\\":
            depth -= 1
            if depth == 0:
                return at
    return len(text)


def _latex_plain(source: str) -> str:
    """A field's words without their markup: '\\textbf{Lanyon News}\\\\\\large Summer 2025' → 'Lanyon News Summer 2025'."""
    said = re.sub(r"\\\\|\\newline\b", " ", source)
    said = re.sub(r"\\[A-Za-z@]+\*?(?:\[[^\]]*\])?", " ", said)
    return clean_line(re.sub(r"[{}~]", " ", said))


def read_latex(text: str) -> Extracted:
    """Blocks of a LaTeX source as offsets into its own text: each sectioning command's title a heading (its words inside
    the braces), each paragraph between blank lines a block (a whole-paragraph '\\emph{…}' without its wrapper), a
    quote environment's paragraphs quotes; comments, the preamble and lines of commands only are not content. The
    '\\title' names the document; '\\author' and '\\date' are its byline."""
    begin = text.find("\\begin{document}")
    fields: dict[str, str] = {}
    printed: list[Block] = []  # what '\maketitle' prints under the title: the author, the date
    for found in LATEX_FIELD.finditer(text[:begin]):
        if found.group(1) not in fields and not text[: found.start()].rsplit("\n", 1)[-1].lstrip().startswith("%"):
            open_at = found.end() - 1
            close = _braced(text, open_at)
            fields[found.group(1)] = _latex_plain(text[open_at + 1 : close])
            if fields[found.group(1)] and found.group(1) != "title":  # (the title is the document's, in its words)
                printed.append(Block(open_at + 1, close, LINE))
    blocks: list[Block] = sorted(printed, key=lambda b: b.start) if "\\maketitle" in text[begin:] else []
    paragraph: list[tuple[int, int]] = []
    quoted = 0

    def flush() -> None:
        if paragraph:
            start, end = paragraph[0][0], paragraph[-1][1]
            said = text[start:end]
            wrapper = LATEX_WRAPPER.match(said)
            if wrapper and said.rstrip().endswith("}") and _braced(said, said.index("{")) == len(said.rstrip()) - 1:
                start, end = start + wrapper.end(), start + len(said.rstrip()) - 1
            if re.search(r"\w", text[start:end]):
                blocks.append(Block(start, end, LINE, quote=quoted > 0))
            paragraph.clear()

    offset = begin + len("\\begin{document}")
    for line in text[offset:].split("\n"):
        start, stripped = offset, line.strip()
        offset += len(line) + 1
        indent = len(line) - len(line.lstrip())
        if stripped.startswith("\\end{document}"):
            break
        section = LATEX_SECTION.match(line)
        environment = LATEX_ENVIRONMENT.match(line)
        if section:
            flush()
            open_at = start + section.end() - 1
            close = _braced(text, open_at)
            blocks.append(Block(open_at + 1, close, HEADING, LATEX_LEVELS[section.group(1)]))
        elif environment:
            flush()
            if environment.group(2) in LATEX_QUOTES:
                quoted += 1 if environment.group(1) == "begin" else -1
            rest = line[environment.end() :].strip()
            if rest and not LATEX_COMMANDS_ONLY.match(rest):
                paragraph.append((start + len(line) - len(line.lstrip()[environment.end() - indent :].lstrip()),
                                  start + len(line.rstrip())))
        elif not stripped or stripped.startswith("%"):
            flush()
        elif LATEX_COMMANDS_ONLY.match(stripped):
            flush()
        else:
            end = start + len(line.rstrip())
            comment = re.search(r"(?<!\\)%", line)
            if comment:
                end = start + len(line[: comment.start()].rstrip())
            paragraph.append((start + indent, end))
    flush()
    return Extracted(
        text=text,
        blocks=blocks,
        title=fields.get("title") or None,
        site_name=None,
        body=(blocks[0].start, blocks[-1].end) if blocks else (0, len(text)),
        layout=True,
    )


# troff/groff source in the -ms, -man or -mm macros (groff_ms(7), groff_man(7)): a line that starts with '.' or "'" is a
# request or a macro call, structure, never text; '.\"' lines are comments. '.TL' sets the title on the lines below it,
# '.AU'/'.AI' the author and institution, '.AB' … '.AE' the abstract, '.NH n'/'.SH n' a heading on the lines below it
# (the man macros' '.SH NAME', '.SS X' on the same line), '.PP'/'.LP'/'.IP'/'.QP' a paragraph, '.FS' … '.FE' a
# footnote, '.QS' … '.QE' and '.RS' … '.RE' a quotation or an indented block; a font macro's argument ('.I "the words"',
# '.B word') is text set in italic or bold.
TROFF_REQUEST = re.compile(r"^[.'][ \t]*([A-Za-z][A-Za-z0-9]?[A-Za-z0-9]?)(?:[ \t]+(.*?))?[ \t]*$")
TROFF_COMMENT = re.compile(r"^[.'][ \t]*\\\"|^\\\"")
TROFF_MACROS = {"TL", "AU", "AI", "AB", "AE", "NH", "SH", "SS", "PP", "LP", "IP", "QP", "TH", "FS", "FE", "DS", "DE"}
TROFF_FONTS = {"I", "B", "R", "BI", "IB", "RI", "IR", "BR", "RB", "CW", "UL", "SM", "LG"}
TROFF_PARAGRAPH = {"PP", "LP", "IP", "QP", "XP", "P", "HP", "TP", "sp", "br", "bp", "DS", "DE", "ID", "LD", "CD", "BD"}


def looks_like_troff(text: str) -> bool:
    """troff/groff source: three or more of the -ms/-man macros that structure a document on lines of their own."""
    calls = [m.group(1) for line in text.splitlines()[:400] if (m := TROFF_REQUEST.match(line))]
    return len({c for c in calls if c in TROFF_MACROS}) >= 3 and sum(c in TROFF_MACROS for c in calls) >= 4


def _troff_argument(line: str, start: int) -> tuple[int, int] | None:
    """Where a font macro's words are in its line ('.I "the off-switch for ALS" .' → the quoted words; '.B Note' → 'Note')."""
    found = TROFF_REQUEST.match(line)
    if not found or found.group(2) is None:
        return None
    at = found.start(2)
    said = found.group(2)
    quoted = re.match(r'"([^"]*)"?', said)
    if quoted:
        words_at = at + quoted.start(1)
        return start + words_at, start + words_at + len(quoted.group(1).rstrip())
    return start + at, start + at + len(said)


def read_troff(text: str) -> Extracted:
    """Blocks of a troff/groff source as offsets into its own text: '.TL' the title, '.NH'/'.SH' headings, paragraphs
    between paragraph macros, the abstract and the author lines lines of their own, footnotes fine print; requests,
    macro calls and comments are never text (see TROFF_REQUEST)."""
    blocks: list[Block] = []
    title: str | None = None
    paragraph: list[tuple[int, int]] = []
    mode = "text"  # what the lines below the last macro are: text, title, heading, byline, footnote, skip
    level = 2
    kind = LINE
    quoted = False

    def flush() -> None:
        nonlocal title
        if not paragraph:
            return
        start, end = paragraph[0][0], paragraph[-1][1]
        if mode == "title":
            blocks.append(Block(start, end, HEADING, 1))
            title = title or clean_line(text[start:end])
        elif mode == "heading":
            blocks.append(Block(start, end, HEADING, level))
        elif mode == "byline":
            blocks.extend(Block(a, b, LINE) for a, b in paragraph)
        elif mode != "skip":
            blocks.append(Block(start, end, kind, quote=quoted, small=mode == "footnote"))
        paragraph.clear()

    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        if TROFF_COMMENT.match(line):
            continue
        request = TROFF_REQUEST.match(line)
        if request is None:
            if line.strip():
                indent = len(line) - len(line.lstrip())
                paragraph.append((start + indent, start + len(line.rstrip())))
            elif mode not in ("title", "heading"):
                flush()
            continue
        name, argument = request.group(1), (request.group(2) or "").strip()
        if name in TROFF_FONTS:
            words = _troff_argument(line, start)
            if words and words[1] > words[0]:
                paragraph.append(words)
            continue
        if name in ("FE", "AE", "QE", "RE") and mode in ("footnote", "text"):
            flush()
            mode, kind = "text", LINE
            quoted = quoted and name not in ("QE", "RE")
            continue
        if name in TROFF_PARAGRAPH or name in ("TL", "AU", "AI", "AB", "NH", "SH", "SS", "FS", "QS", "RS", "TH", "ds", "nr"):
            flush()
        if name == "TL":
            mode = "title"
        elif name in ("AU", "AI"):
            mode = "byline"
        elif name in ("NH", "SH", "SS") and (not argument or re.fullmatch(r"\d+", argument)):
            mode, level = "heading", 1 + (int(argument) if argument else 1) + (name == "SS")
        elif name in ("SH", "SS"):  # the man macros: '.SH DESCRIPTION', the heading on the macro's own line
            at = start + request.start(2)
            blocks.append(Block(at, at + len(argument.strip('"')) + (1 if argument.startswith('"') else 0), HEADING,
                                2 + (name == "SS")))
            mode, kind = "text", LINE
        elif name == "TH":
            mode = "skip"
        elif name == "FS":
            mode, kind = "footnote", LINE
        elif name == "QS":
            mode, quoted = "text", True
        elif name in TROFF_PARAGRAPH or name == "AB":
            if mode != "footnote":
                mode = "text"
            kind = ITEM if name in ("IP", "TP", "HP") else LINE
            quoted = quoted or name == "QP"
    flush()
    return Extracted(
        text=text,
        blocks=blocks,
        title=title,
        site_name=None,
        body=(blocks[0].start, blocks[-1].end) if blocks else (0, len(text)),
        layout=True,
    )


# txt2tags (https://txt2tags.org/userguide/): a header of up to three lines (the title, the author, the date; a blank
# first line means none), then the settings ('%!target: html') and comments ('% …'), then the body, whose headings are
# '= Title =', '== Sub ==' … and '+ Numbered +', the marks the same on both sides.
# (a title has letters: a reStructuredText grid table's border, '+-----+-----+', is no heading)
TXT2TAGS_HEADING = re.compile(r"^[ \t]*(?P<marks>={1,5}|\+{1,5})[ \t]*(?P<title>[^=+\s][^\n]*?[^\W\d_][^\n]*?|[^\W\d_])[ \t]*(?P=marks)"
                              r"(?:\[[\w-]*\])?[ \t]*$")
TXT2TAGS_SETTING = re.compile(r"^%!\s*[\w()]+\s*:", re.MULTILINE)


def looks_like_txt2tags(text: str) -> bool:
    """A txt2tags source: two or more '= Heading =' lines, or a setting line ('%!target: html') and one heading."""
    headings = sum(1 for line in text.splitlines() if TXT2TAGS_HEADING.match(line))
    return headings >= 2 or headings >= 1 and bool(TXT2TAGS_SETTING.search(text))


def read_txt2tags(text: str) -> Extracted:
    """Blocks of a txt2tags source as offsets into its own text: the header's first line is the title, its second the
    author, its third the date; '= X =' headings are sections one level below the title, and paragraphs run between
    blank lines. Settings and comments ('%' lines) are not content and are blanked (same length) with a break."""
    rows = lines_with_offsets(text)
    shown = list(text)
    breaks: list[int] = []
    blocks: list[Block] = []
    paragraph: list[tuple[int, int]] = []
    header: list[str] = []

    def flush() -> None:
        if paragraph:
            kind = ITEM if LIST_MARK.match(text[paragraph[0][0] : paragraph[0][1]]) else LINE
            blocks.append(Block(paragraph[0][0], paragraph[-1][1], kind))
            paragraph.clear()

    n = 0
    if rows and rows[0][1].strip() and not rows[0][1].startswith("%") and not TXT2TAGS_HEADING.match(rows[0][1]):
        for n, (start, line) in enumerate(rows[:3]):
            if not line.strip() or line.startswith("%"):
                break
            indent = len(line) - len(line.lstrip())
            blocks.append(Block(start + indent, start + len(line.rstrip()), HEADING if n == 0 else LINE, 1 if n == 0 else 0))
            header.append(clean_line(line))
        else:
            n = 3
    for start, line in rows[n:]:
        stripped = line.strip()
        heading = TXT2TAGS_HEADING.match(line)
        if line.startswith("%"):
            flush()
            if stripped:
                shown[start : start + len(line)] = re.sub(r"\S", " ", line)
                breaks.append(start)
        elif heading:
            flush()
            level = min(len(heading.group("marks")) + 1, 6)
            blocks.append(Block(start + heading.start("title"), start + heading.end("title"), HEADING, level))
        elif not stripped or re.fullmatch(r"[-=_]{20,}", stripped):
            flush()
        else:
            indent = len(line) - len(line.lstrip())
            if LIST_MARK.match(line) or stripped.startswith("|"):
                flush()
            if re.fullmatch(r"[-+]", stripped):
                continue  # an empty item closes a list
            paragraph.append((start + indent, start + len(line.rstrip())))
            if stripped.startswith("|"):
                flush()  # a table's row: a block of its own
    flush()
    return Extracted(
        text="".join(shown),
        blocks=blocks,
        title=header[0] if header else None,
        site_name=header[1] if len(header) > 1 else None,
        date=parse_date(header[2]) if len(header) > 2 else None,
        body=(blocks[0].start, blocks[-1].end) if blocks else (0, len(text)),
        breaks=tuple(breaks),
        layout=True,
    )


# Texinfo source (the GNU documentation format, https://www.gnu.org/software/texinfo/manual/texinfo/): a line that starts
# with '@' and a command's name is structure, never text. '@settitle X' names the document (a title page's '@title X'
# and the Info tree's '@top X' when it gives none; else the title page's '@title' names its publisher); '@chapter', '@section', '@subsection' (and their '@unnumbered',
# '@appendix' and heading-only forms) head its parts; '@c' and '@comment' lines are comments; '@node', '@cindex' and
# the other one-line commands only steer the output. The blocks '@copying', '@titlepage', '@menu', '@ignore', '@tex',
# '@html' and the like hold no text of the document's own; '@quotation' (a visitor's note as often as a citation) is
# read as the paragraphs it holds; '@item' starts an item of an '@itemize', '@enumerate' or '@table'. Inline commands ('@emph{…}') stay as they
# are: the quoted words are the source's.
TEXINFO_COMMAND = re.compile(r"^@([A-Za-z]+)(?:[ \t]+(.*?))?[ \t]*$")
TEXINFO_LEVELS = {
    "top": 1, "chapter": 2, "unnumbered": 2, "appendix": 2, "majorheading": 2, "chapheading": 2,
    "section": 3, "unnumberedsec": 3, "appendixsec": 3, "heading": 3,
    "subsection": 4, "unnumberedsubsec": 4, "appendixsubsec": 4, "subheading": 4,
    "subsubsection": 5, "unnumberedsubsubsec": 5, "appendixsubsubsec": 5, "subsubheading": 5,
}
TEXINFO_HIDDEN = {"copying", "titlepage", "menu", "ignore", "tex", "html", "docbook", "latex", "xml", "direntry",
                  "detailmenu", "macro", "rmacro", "documentdescription"}
TEXINFO_LISTS = {"itemize", "enumerate", "table", "ftable", "vtable", "multitable"}


def looks_like_texinfo(text: str) -> bool:
    """Texinfo source: it opens with '\\input texinfo', or it sets a title and heads parts with '@node' and '@chapter'."""
    head = text.lstrip()[:200]
    if head.startswith("\\input texinfo"):
        return True
    commands = {m.group(1) for line in text.splitlines()[:400] if (m := TEXINFO_COMMAND.match(line))}
    return "settitle" in commands and "node" in commands and bool(commands & set(TEXINFO_LEVELS))


def read_texinfo(text: str) -> Extracted:
    """Blocks of a Texinfo source as offsets into its own text: '@settitle' the title, the sectioning commands headings,
    paragraphs between blank lines and commands; commands, comments and the hidden blocks are never text: inside the
    text they are blanked (same length) with a break, so a position of several items quotes no '@item'."""
    shown = list(text)
    breaks: list[int] = []
    blocks: list[Block] = []
    names: dict[str, str] = {}  # 'settitle', 'title', 'top': the document's name as each gives it
    paragraph: list[tuple[int, int]] = []
    hidden: list[str] = []  # the hidden blocks open around the line (their names, innermost last)
    kind = LINE

    def flush() -> None:
        if paragraph:
            blocks.append(Block(paragraph[0][0], paragraph[-1][1], kind))
            paragraph.clear()

    def blank(start: int, line: str) -> None:
        shown[start : start + len(line)] = re.sub(r"\S", " ", line)
        breaks.append(start)

    for start, line in lines_with_offsets(text):
        command = TEXINFO_COMMAND.match(line) if line.startswith("@") else None
        if command is None or line.startswith("@@") or command.group(1) in ("emph", "strong", "code", "samp", "var",
                                                                              "dfn", "cite", "w", "uref", "url", "email"):
            if hidden or line.startswith("\\input"):
                blank(start, line)
                continue
            if line.strip():
                indent = len(line) - len(line.lstrip())
                paragraph.append((start + indent, start + len(line.rstrip())))
            else:
                flush()
            continue
        name, argument = command.group(1), command.group(2) or ""
        if not (name in TEXINFO_LEVELS or name in ("item", "itemx")) or not argument:
            blank(start, line)
        if name == "end":
            flush()
            ended = argument.split()[0] if argument.split() else ""
            if hidden and hidden[-1] == ended:
                hidden.pop()
            elif ended in TEXINFO_LISTS:
                kind = LINE
            continue
        if name in TEXINFO_HIDDEN:
            flush()
            hidden.append(name)
            continue
        if hidden:
            if hidden[-1] == "titlepage" and name == "title" and argument:
                names.setdefault("titlepage", argument)
            continue
        flush()
        if name in ("settitle", "title") and argument:
            names.setdefault(name, argument)
        elif name in TEXINFO_LEVELS and argument:
            if name == "top":
                names.setdefault("top", argument)
            at = start + command.start(2)
            blocks.append(Block(at, at + len(argument), HEADING, TEXINFO_LEVELS[name]))
        elif name in TEXINFO_LISTS:
            kind = ITEM
        elif name in ("item", "itemx") and argument:
            at = start + command.start(2)  # a table's item: its label, on the command's line
            paragraph.append((at, at + len(argument)))
    flush()
    title = names.get("settitle") or names.get("titlepage") or names.get("top")
    # A title page's '@title' over its '@subtitle' ('Craster ALS Circle' over 'Volunteers' binder, autumn 2026'), when
    # '@settitle' names the document otherwise, names who publishes it.
    publisher = names.get("titlepage") if names.get("titlepage") != title else None
    return Extracted(
        text="".join(shown),
        blocks=blocks,
        title=clean_line(title) if title else None,
        site_name=clean_line(publisher) if publisher else None,
        body=(blocks[0].start, blocks[-1].end) if blocks else (0, len(text)),
        breaks=tuple(breaks),
        layout=True,
    )
