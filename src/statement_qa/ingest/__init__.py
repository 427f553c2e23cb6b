"""Corpus files in, Documents out: one reader per format, chosen by file extension."""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from statement_qa.documents import Document
from statement_qa.errors import IngestError
from statement_qa.structure import Extracted, assemble_all, parse_date

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".ics", ".opml"}  # (an outliner's OPML export is read by its root element)
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
PDF_SUFFIXES = {".pdf"}
RTF_SUFFIXES = {".rtf"}
SUPPORTED = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | RTF_SUFFIXES
# Files in a corpus folder that describe it rather than belong to it.
NOT_DOCUMENTS = re.compile(r"^(?:readme|license|licence|changelog)(?:\.\w+)?$|\.meta\.json$", re.IGNORECASE)
# Files larger than this are skipped unless the build is told otherwise (`--max-file-mb`).
DEFAULT_MAX_FILE_BYTES = 5_000_000


SINGLE_BYTE_LATIN = {
    "cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_1", "iso8859_2", "iso8859_15",
    "iso8859_9", "mac_roman", "mac_latin2", "windows_1250", "windows_1252",
}


@dataclass(frozen=True)
class Skipped:
    """A corpus file that was not indexed, and why."""

    source: str
    reason: str


def corpus_entries(root: Path) -> tuple[list[Path], list[Skipped]]:
    """Regular files under root that may hold a document, in a stable order, and what was passed over.

    Only regular files inside the corpus folder are read: a symbolic link (to a file or a
    folder) or anything that resolves outside the folder is skipped, by name, with the reason.
    """
    if not root.is_dir():
        raise IngestError(f"No corpus folder at {root}; create it and add statements.")
    real_root = root.resolve()
    files: list[Path] = []
    skipped: list[Skipped] = []
    for folder, subfolders, names in os.walk(root, followlinks=False):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in [*subfolders, *names]:
            path = Path(folder) / name
            if name.startswith(".") or NOT_DOCUMENTS.search(name):
                continue
            source = path.relative_to(root).as_posix()
            try:
                info = path.lstat()
            except OSError as exc:
                skipped.append(Skipped(source, f"cannot read it ({exc.strerror})"))
                continue
            if stat.S_ISLNK(info.st_mode):
                skipped.append(Skipped(source, "it is a symbolic link; only regular files inside the corpus folder are read"))
            elif stat.S_ISDIR(info.st_mode):
                continue
            elif not stat.S_ISREG(info.st_mode):
                skipped.append(Skipped(source, "it is not a regular file"))
            elif not path.resolve().is_relative_to(real_root):
                skipped.append(Skipped(source, "it resolves outside the corpus folder"))
            else:
                files.append(path)
    return sorted(files), sorted(skipped, key=lambda s: s.source)


def corpus_files(root: Path) -> list[Path]:
    """Every regular file under root that may hold a document, in a stable order."""
    return corpus_entries(root)[0]


def read_regular_file(path: Path, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> bytes:
    """A regular file's bytes, refusing links, devices and files over max_bytes (checked on the open file)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise IngestError("it is a symbolic link; only regular files inside the corpus folder are read") from exc
        raise IngestError(f"cannot read it ({exc.strerror})") from exc
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise IngestError("it is not a regular file")
        if info.st_size > max_bytes:
            raise IngestError(too_large(info.st_size, max_bytes))
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # it grew while we read it
        raise IngestError(too_large(len(data), max_bytes))
    return data


def too_large(size: int, max_bytes: int) -> str:
    """The skip reason for a file over the size limit."""
    return (f"it is {size / 1_000_000:.1f} MB, over the {max_bytes / 1_000_000:g} MB limit "
            "(raise it with `statement-qa build --max-file-mb`)")


def content_hash(data: bytes) -> str:
    """The SHA-256 that identifies a file's content."""
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Bytes to text: UTF-8 when it is, else the declared or detected encoding (with a warning)."""
    if b"\x00" in data[:4096]:
        raise IngestError("looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    encoding = declared
    if not encoding:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        encoding = best.encoding if best else "cp1252"
        # Detectors cannot tell the Western single-byte encodings apart reliably; most
        # statements that are not UTF-8 are Windows-1252 (a superset of Latin-1's letters).
        if encoding.replace("-", "_").lower() in SINGLE_BYTE_LATIN:
            try:
                data.decode("cp1252")
                encoding = "cp1252"
            except UnicodeDecodeError:
                pass
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        encoding = "cp1252"
        text = data.decode(encoding, errors="replace")
    log.warning("%s is not UTF-8; decoded it as %s", source, encoding)
    return text


def _declared_charset(data: bytes) -> str | None:
    match = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    return match.group(1).decode("ascii") if match else None


def extract(path: Path, data: bytes, source: str) -> Extracted:
    """Run the reader for this file's format."""
    suffix = path.suffix.lower()
    if not data.strip():
        raise IngestError("the file is empty")
    if suffix in PDF_SUFFIXES:
        # PDFs are parsed in a child process with a time and memory limit (ingest/sandbox.py).
        from statement_qa.ingest import sandbox

        return sandbox.read_pdf_sandboxed(data) if sandbox.sandbox_available() else sandbox.read_pdf_unguarded(data)
    if suffix in HTML_SUFFIXES:
        from statement_qa.ingest.html import read_html

        return read_html(decode(data, source, _declared_charset(data)))
    text = decode(data, source)
    if not text.strip():
        raise IngestError("the file has no text")
    if suffix in MARKDOWN_SUFFIXES:
        from statement_qa.ingest.markdown import read_markdown

        return read_markdown(text)
    if suffix in TEXT_SUFFIXES or suffix in RTF_SUFFIXES:
        from statement_qa.ingest.text import read_text

        return read_text(text)  # (RTF is read by its header, whatever the file is called)
    raise IngestError(f"unsupported file type {suffix or '(none)'}; use .txt, .md, .html, .ics, .opml, .rtf or .pdf")


def sidecar(path: Path) -> dict:
    """Metadata from `name.meta.json` beside a file, overriding what was extracted."""
    for candidate in (path.with_suffix(".meta.json"), path.with_name(path.name + ".meta.json")):
        if candidate.is_symlink():
            raise IngestError(f"its sidecar {candidate.name} is a symbolic link; only regular files are read")
        if candidate.is_file():
            try:
                data = json.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise IngestError(f"its sidecar {candidate.name} is not valid JSON ({exc})") from exc
            if not isinstance(data, dict):
                raise IngestError(f"its sidecar {candidate.name} must hold a JSON object")
            return data
    return {}


def document_id(source: str) -> str:
    """A stable id from the file's path in the corpus: 'advocacy/kadimastem-astrorx'."""
    stem = source.rsplit(".", 1)[0] if "." in Path(source).name else source
    return re.sub(r"[^a-z0-9/]+", "-", stem.lower()).strip("-") or "document"


def read_documents(path: Path, root: Path, data: bytes | None = None) -> list[Document]:
    """Read one corpus file as its Documents (usually one; a translation or one statement per
    therapy each make another); raises IngestError with the reason when it can't."""
    source = path.relative_to(root).as_posix()
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise IngestError(f"cannot read it ({exc.strerror})") from exc
    extracted = extract(path, data, source)
    meta = sidecar(path)
    if meta:
        extracted.title = meta.get("title") or extracted.title
        extracted.organisation = meta.get("organisation") or meta.get("organization") or extracted.organisation
        extracted.url = meta.get("url") or extracted.url
        extracted.date = parse_date(str(meta["date"])) if meta.get("date") else extracted.date
        aliases = meta.get("aliases") or []
        extracted.aliases = [*extracted.aliases, *([aliases] if isinstance(aliases, str) else aliases)]
    documents = assemble_all(
        extracted,
        doc_id=document_id(source),
        source=source,
        sha256=content_hash(data),
        fallback_title=path.stem.replace("-", " ").replace("_", " ").strip().capitalize(),
    )
    if meta.get("kind") in ("statement", "resource"):
        documents = [replace(document, kind=meta["kind"]) for document in documents]
    reviewed = parse_date(str(meta["reviewed"])) if meta.get("reviewed") else None
    if reviewed:
        documents = [replace(document, reviewed=reviewed) for document in documents]
    standing = sidecar_standing(meta)
    if standing:
        documents = [replace(document, **standing) for document in documents]
    documents = [document for document in documents if document.sections]
    if not documents:
        raise IngestError("no text could be extracted from it")
    return documents


def sidecar_standing(meta: dict) -> dict:
    """What a sidecar says of a statement's standing: withdrawn, or which statement it supersedes."""
    standing: dict = {}
    if meta.get("status") in ("current", "superseded", "withdrawn"):
        standing["status"] = meta["status"]
    replaces = meta.get("supersedes")
    if replaces:
        standing["supersedes"] = tuple(document_id(str(r)) for r in ([replaces] if isinstance(replaces, str) else replaces))
    if meta.get("superseded_by"):
        standing["superseded_by"] = document_id(str(meta["superseded_by"]))
        standing.setdefault("status", "superseded")
    return standing


def read_document(path: Path, root: Path, data: bytes | None = None) -> Document:
    """The first (usually the only) Document in one corpus file; see read_documents."""
    return read_documents(path, root, data)[0]


def read_corpus(root: Path, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
                reader: Callable[[Path, str, str, bytes], list[Document]] | None = None
                ) -> tuple[list[Document], list[Skipped]]:
    """Every readable document under root; identical files collapse into one document.

    Any failure of a reader, expected or not, skips that one file with a named reason. `reader`
    (path, source, content hash, bytes) → documents stands in for parsing (the build's parse cache).
    """
    documents: list[Document] = []
    paths, skipped = corpus_entries(root)
    by_hash: dict[str, int] = {}
    for path in paths:
        source = path.relative_to(root).as_posix()
        try:
            data = read_regular_file(path, max_file_bytes)
            digest = content_hash(data)
            if digest in by_hash:
                first = documents[by_hash[digest]]
                documents[by_hash[digest]] = replace(first, duplicates=(*first.duplicates, source))
                continue
            read = reader(path, source, digest, data) if reader else read_documents(path, root, data)
        except IngestError as exc:
            skipped.append(Skipped(source, str(exc)))
            log.info("skipped %s: %s", source, exc)  # the build summary names every skipped file
            continue
        except OSError as exc:
            skipped.append(Skipped(source, f"cannot read it ({exc.strerror})"))
            continue
        except RecursionError:
            skipped.append(Skipped(source, "its structure is nested too deeply to read"))
            continue
        except MemoryError:
            skipped.append(Skipped(source, "it needs too much memory to read"))
            continue
        except Exception as exc:  # one guard for every reader: a bad file never stops a build
            detail = " ".join(str(exc).split())[:120]
            skipped.append(Skipped(source, f"the reader failed on it ({type(exc).__name__}{': ' + detail if detail else ''})"))
            log.debug("reader failed on %s", source, exc_info=True)  # the traceback only with -v
            continue
        by_hash[digest] = len(documents)
        documents.extend(read)
    return documents, sorted(skipped, key=lambda s: s.source)
