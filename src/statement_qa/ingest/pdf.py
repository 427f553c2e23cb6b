"""PDF via pypdf: text with page numbers kept, running headers and footers left out."""

from __future__ import annotations

import io
import re
from collections import Counter

from statement_qa.errors import IngestError
from statement_qa.structure import LINE, Block, Extracted, looks_like_heading

PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d+(?:\s*(?:of|/)\s*\d+)?$", re.IGNORECASE)
PAGE_OF = re.compile(r"\bpage\s+\d+\s*(?:of|/)\s*\d+\b", re.IGNORECASE)
JUNK_TITLE = re.compile(r"^(?:untitled|microsoft word\b.*|document\d*|.*\.(?:docx?|pdf|odt))$", re.IGNORECASE)


def read_pdf(data: bytes) -> Extracted:
    """Lines of each page, joined into paragraphs; page start offsets for citations."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(f"not a readable PDF ({exc})") from exc
    page_lines = [[re.sub(r"\s+", " ", l).strip() for l in page.splitlines() if l.strip()] for page in pages]
    page_lines = [_without_furniture(lines, number, page_lines) for number, lines in enumerate(page_lines)]

    parts: list[str] = []
    blocks: list[Block] = []
    page_starts: list[int] = []
    length = 0
    for number, lines in enumerate(page_lines):
        if number:
            page_starts.append(length + 2 if parts else length)
        kept = lines
        width = max((len(l) for l in kept), default=0)
        paragraph: list[str] = []

        def flush() -> None:
            nonlocal length
            if not paragraph:
                return
            text = " ".join(paragraph)
            if parts:
                parts.append("\n\n")
                length += 2
            blocks.append(Block(length, length + len(text), LINE))
            parts.append(text)
            length += len(text)
            paragraph.clear()

        for line in kept:
            if looks_like_heading(line) and len(line) < 0.7 * width:
                flush()
                paragraph.append(line)
                flush()
                continue
            paragraph.append(line)
            # A short line that ends a sentence closes its paragraph.
            if re.search(r"[.!?:]\W*$", line) and len(line) < 0.8 * width:
                flush()
        flush()
    if not blocks:
        raise IngestError("the PDF has no extractable text (scanned images need OCR first)")
    title = str(info.get("/Title") or "").strip()
    author = str(info.get("/Author") or "").strip()
    text = "".join(parts)
    return Extracted(
        text=text,
        blocks=blocks,
        title=title if title and not JUNK_TITLE.match(title) else None,
        site_name=author or None,
        page_starts=tuple(page_starts),
        body=(0, len(text)),
    )


def _without_furniture(lines: list[str], number: int, pages: list[list[str]]) -> list[str]:
    """A page's lines without running headers, footers and page numbers.

    Furniture is a line on every page (numbers aside: "Trust · Page 1 of 2"), a page
    number, or a short title line opening a page in the middle of a sentence that the
    previous page left unfinished (a header that starts only on page 2).
    """
    def shape(line: str) -> str:
        return re.sub(r"\d+", "#", line)

    def margins(page: list[str]) -> set[str]:
        return {shape(line) for line in page[:2] + page[-2:]}  # where headers and footers sit

    counts = Counter(line for page in pages for line in margins(page))
    every_page = {s for s, n in counts.items() if len(pages) > 1 and n >= len(pages)}
    zone = set(range(min(2, len(lines)))) | set(range(max(0, len(lines) - 2), len(lines)))
    kept = [
        line for i, line in enumerate(lines)
        if not (i in zone and shape(line) in every_page) and not PAGE_NUMBER.match(line) and not PAGE_OF.search(line)
    ]
    previous = [l for l in pages[number - 1] if not PAGE_OF.search(l) and not PAGE_NUMBER.match(l)] if number else []
    unfinished = bool(previous) and not re.search(r"[.!?:;\"”)]\s*$", previous[-1])
    if unfinished and len(kept) > 1 and looks_like_heading(kept[0]) and kept[1][:1].islower():
        kept = kept[1:]
    return kept
