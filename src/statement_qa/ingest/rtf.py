"""RTF source (WordPad, Word, TextEdit, LibreOffice saving as .rtf; often saved or pasted as .txt).

An RTF file is its text inside groups of control words: '\\par' ends a paragraph, '\\b' sets bold, '\\fs28' the font
size in half points, '\\'e9' and '\\u233?' are characters; the font and colour tables, the stylesheet, pictures and
every '{\\* …}' destination are the writer's furniture, never text. The reader writes out the text the file shows, one
paragraph to a line with a blank line between, and reads the document from that text, so every offset (and every
quote) is a slice of it. The '\\info' group is the file's own fields: '\\title' names it when its text sets no title,
'\\author' is who wrote it when that is an organisation (a person's name is the account that saved it), '\\creatim'
dates it when its text gives no date at all ('\\revtim' is the last save, no review).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from statement_qa.structure import HEADING, LINE, Block, Extracted, clean_line, looks_like_prose, word_count

# A control word with its optional numeric parameter and the one space that ends it, a control symbol, a hex character,
# a group's brace, or a run of text.
TOKEN = re.compile(r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+")
# Groups that hold no text the document shows (RTF 1.9.1: the font, colour and style tables, pictures, objects, fields'
# instructions, headers and footers the page repeats).
SKIPPED = {
    "fonttbl", "colortbl", "stylesheet", "listtable", "listoverridetable", "revtbl", "rsidtbl", "generator", "pict",
    "object", "fldinst", "themedata", "colorschememapping", "latentstyles", "datastore", "xmlnstbl", "mmathPr",
    "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "filetbl", "pgdsctbl",
    "operator", "company", "doccomm", "keywords", "category", "manager", "hlinkbase", "bkmkstart", "bkmkend",
}
INFO_TEXT = {"title", "subject", "author"}
INFO_DATES = {"creatim", "revtim", "printim", "buptim"}
# Control words that stand for a character.
CHARACTERS = {
    "par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "cell": "\t", "tab": "\t",
    "emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”",
    "emspace": " ", "enspace": " ", "qmspace": " ",
}
SYMBOLS = {"~": "\u00a0", "-": "", "_": "\u2011", "\\": "\\", "{": "{", "}": "}"}


def looks_like_rtf(text: str) -> bool:
    """An RTF file's source: it opens with its '{\\rtf' header."""
    return text.lstrip().startswith("{\\rtf")


@dataclass
class _State:
    """What a group sets: whether its text is shown, where it goes, how it is set."""

    skip: bool = False
    into: str | None = None  # an \info field being read
    bold: bool = False
    size: int = 24
    skip_unicode: int = 1


@dataclass
class _Paragraph:
    text: list[str] = field(default_factory=list)
    bold: list[bool] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)


def _codepage(source: str) -> str:
    found = re.search(r"\\ansicpg(\d+)", source[:400])
    return f"cp{found.group(1)}" if found else "cp1252"


def rtf_text(source: str) -> tuple[str, list[tuple[int, int, bool, int]], dict[str, str]]:
    """The text an RTF source shows (a paragraph to a line, a blank line between), each paragraph's span with whether
    all of it is bold and its largest font size (half points), and the '\\info' fields."""
    codepage = _codepage(source)
    stack: list[_State] = []
    state = _State()
    info: dict[str, list[str]] = {}
    paragraphs: list[_Paragraph] = [_Paragraph()]
    pending_bytes = bytearray()
    skip_chars = 0
    destination_mark = False

    def flush_bytes() -> None:
        if pending_bytes:
            write(pending_bytes.decode(codepage, errors="replace"))
            pending_bytes.clear()

    def write(said: str) -> None:
        if state.skip or not said:
            return
        if state.into:
            info.setdefault(state.into, []).append(said)
            return
        for part in re.split(r"(\n)", said):
            if part == "\n":
                paragraphs.append(_Paragraph())
            elif part:
                paragraphs[-1].text.append(part)
                paragraphs[-1].bold.append(state.bold)
                paragraphs[-1].sizes.append(state.size)

    for found in TOKEN.finditer(source):
        word, parameter, hex_char, symbol, brace, run = found.groups()
        if hex_char is None:
            flush_bytes()
        if skip_chars and (hex_char or run or symbol):
            if run:
                skip_chars -= 1
                run = run[1:]
                if not run:
                    continue
            else:
                skip_chars -= 1
                continue
        if brace == "{":
            stack.append(state)
            state = replace(state)
            destination_mark = False
        elif brace == "}":
            state = stack.pop() if stack else state
        elif symbol == "*":
            destination_mark = True  # an ignorable destination follows: skip it unless we know it
        elif symbol is not None:
            write(SYMBOLS.get(symbol, ""))
        elif hex_char is not None:
            pending_bytes.append(int(hex_char, 16))
        elif word is not None:
            if destination_mark or word in SKIPPED:
                state.skip = True
            destination_mark = False
            if word == "info":
                state.into = "info"
            elif word in INFO_TEXT and state.into:
                state.into = word
            elif word in INFO_DATES and state.into:
                state.into = word
                info[word] = []
            elif state.into in INFO_DATES and word in ("yr", "mo", "dy"):
                info[state.into].append(f"{word}{parameter}")
            elif word == "b":
                state.bold = parameter != "0"
            elif word == "plain":
                state.bold, state.size = False, 24
            elif word == "fs" and parameter:
                state.size = int(parameter)
            elif word == "uc" and parameter:
                state.skip_unicode = int(parameter)
            elif word == "u" and parameter:
                code = int(parameter)
                write(chr(code + 65536 if code < 0 else code))
                skip_chars = state.skip_unicode
            elif word in CHARACTERS:
                write(CHARACTERS[word])
        elif run:
            write(run)
    flush_bytes()
    parts: list[str] = []
    spans: list[tuple[int, int, bool, int]] = []
    offset = 0
    for paragraph in paragraphs:
        said = "".join(paragraph.text).strip()
        if not said:
            continue
        if parts:
            parts.append("\n\n")
            offset += 2
        shown = [b for b, t in zip(paragraph.bold, paragraph.text) if t.strip()]
        sizes = [s for s, t in zip(paragraph.sizes, paragraph.text) if t.strip()]
        spans.append((offset, offset + len(said), all(shown), max(sizes, default=24)))
        parts.append(said)
        offset += len(said)
    fields = {name: clean_line("".join(value)) for name, value in info.items() if name in INFO_TEXT}
    for name in INFO_DATES:
        stamp = {part[:2]: part[2:] for part in info.get(name, [])}  # ('yr2026', 'mo9': the parts of a \creatim)
        if stamp.get("yr") and stamp.get("mo"):
            fields[name] = f"{int(stamp['yr']):04d}-{int(stamp['mo']):02d}"
    return "".join(parts), spans, fields


def read_rtf(source: str) -> Extracted:
    """An RTF file's blocks as offsets into the text it shows (see the module's docstring): a short paragraph set in
    bold or above the body's size a heading (the larger, the higher), one set below it fine print; '\\info' fills what
    the text does not say."""
    from statement_qa.structure.dates import find_dates
    from statement_qa.structure.vocabulary import is_organisation

    text, spans, fields = rtf_text(source)
    if not spans:
        return Extracted(text=text, blocks=[], title=fields.get("title") or None)
    weights: dict[int, int] = {}
    for start, end, _bold, size in spans:
        weights[size] = weights.get(size, 0) + end - start
    body_size = max(weights, key=weights.__getitem__)
    larger = sorted({size for *_, size in spans if size > body_size}, reverse=True)
    blocks: list[Block] = []
    for start, end, bold, size in spans:
        said = text[start:end]
        heading = (bold or size > body_size) and size >= body_size and word_count(said) <= 20 \
            and not looks_like_prose(said)
        level = larger.index(size) + 1 if size in larger else len(larger) + 1
        blocks.append(Block(start, end, HEADING if heading else LINE, level if heading else 0,
                            small=size < body_size, strong=bold))
    named = [clean_line(text[b.start : b.end]) for b in blocks if b.kind == HEADING]
    # The author field names the organisation when it is shaped like one or the text prints it as a heading (its
    # letterhead); else it is the account that saved the file ('Windows User', a volunteer's name).
    author = fields.get("author")
    author = author if author and (is_organisation(author) or author.casefold() in {n.casefold() for n in named}) \
        else None
    heads = [line for line in named[:4] if not is_organisation(line) and line.casefold() != (author or "").casefold()]
    return Extracted(
        text=text,
        blocks=blocks,
        title=heads[0] if heads else fields.get("title") or None,
        organisation=author,
        letterhead=next((line for line in named[:2] if line not in heads), None),
        # (when its text gives no date at all, the file's creation time in '\\info' is the nearest there is)
        date=fields.get("creatim") if not find_dates(text) else None,
        body=(0, len(text)),
        layout=True,
    )
