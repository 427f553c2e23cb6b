"""PDF via pypdf: text with page numbers kept, running headers and footers left out."""

from __future__ import annotations

import io
import re
from collections import Counter

from statement_qa.errors import IngestError
from statement_qa.structure import LINE, Block, Extracted, looks_like_heading

PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d+(?:\s*(?:of|/)\s*\d+)?$", re.IGNORECASE)
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
    # Lines on every page (running headers/footers) and bare page numbers are furniture.
    counts = Counter(line for lines in page_lines for line in set(lines))
    repeated = {line for line, n in counts.items() if len(page_lines) > 1 and n >= max(2, len(page_lines))}

    parts: list[str] = []
    blocks: list[Block] = []
    page_starts: list[int] = []
    length = 0
    for number, lines in enumerate(page_lines):
        if number:
            page_starts.append(length + 2 if parts else length)
        kept = [l for l in lines if l not in repeated and not PAGE_NUMBER.match(l)]
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

