"""What each corpus file parsed into at the last build, so that a rebuild parses only the files that changed.

Parsing a file (reading it, finding its title, sections, dates, organisation and language)
was most of a rebuild besides embedding: 17 s of 41 s at 2,000 files. Each build stores one
record per parsed file in the index folder, hashed in the manifest like the other files:

    parsed.json   {"code": hash of the parsing code and libraries,
                   "files": {source: {"key": hash of its path, content and sidecar,
                                      "documents": [{"id": …, "differs": {field: value}}, …]}}}

A record holds no text: its documents are those of documents.jsonl in the same generation,
and `differs` holds the fields in which the parser's document differs from the published one
(the steps across documents change a few: status, supersession, duplicates). The next build
takes a file's documents from the record when the key and the code match; anything else
(another key, other code, a cache that does not match its hash or cannot be read) means
parsing the file again, never an error. Only per-file parsing is cached: duplicates,
supersession, passages, names and BM25 are always worked out over all documents.

No build setting reaches the parser: the answer settings do not, and `--max-file-mb` decides
whether a file is read at all, which every build checks before looking at the cache.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import json
import logging
import platform
import sys
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from statement_qa import tables
from statement_qa.documents import Document
from statement_qa.index import Index, check_document, document_from_row
from statement_qa.ingest import (
    DEFAULT_MAX_FILE_BYTES,
    Skipped,
    read_documents,
    sidecar,
)
from statement_qa.ingest import read_corpus as ingest_read_corpus

log = logging.getLogger(__name__)

PARSED_FILE = "parsed.json"
PACKAGE = "statement_qa"
# The parser: this package and every module of ours it imports (found from the code, lazy
# imports included), and the libraries they import.
PARSER = f"{PACKAGE}.ingest"


@dataclass(frozen=True)
class ParsedFile:
    """One corpus file's documents as the parser returned them, and the key they were parsed under."""

    key: str
    documents: tuple[Document, ...]


@dataclass(frozen=True)
class CorpusRead:
    """The corpus's documents and skipped files (as `ingest.read_corpus` gives them) and what each file parsed into."""

    documents: list[Document]
    skipped: list[Skipped]
    parsed: dict[str, ParsedFile] = field(default_factory=dict)
    files_parsed: int = 0
    files_reused: int = 0


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the code, libraries and Python that parse a file: stored parse results count only when it matches."""
    sources, imported = _import_closure(PARSER)
    sources.add(Path(__file__).name)  # the key and the records are this module's
    distributions = sorted({d for name in imported for d in _distributions(name)})
    code = tables.code_hash(sorted(sources), distributions)
    return hashlib.sha256(f"{code} python {platform.python_version()}".encode()).hexdigest()


def _module_file(root: Path, name: str) -> Path | None:
    """The source file of one of our modules ('statement_qa.ingest.html'), or None when the name is not a module."""
    parts = name.split(".")[1:]
    if (root.joinpath(*parts) / "__init__.py").is_file():
        return root.joinpath(*parts) / "__init__.py"
    if parts and root.joinpath(*parts[:-1], parts[-1] + ".py").is_file():
        return root.joinpath(*parts[:-1], parts[-1] + ".py")
    return None


def _import_closure(start: str) -> tuple[set[str], set[str]]:
    """Our source files that `start` imports, directly or not (paths relative to the package), and the other
    top-level modules they import that are not the standard library's."""
    root = Path(__file__).parent
    sources: set[str] = set()
    imported: set[str] = set()
    pending = [start]
    while pending:
        module = pending.pop()
        path = _module_file(root, module)
        if path is None or path.relative_to(root).as_posix() in sources:
            continue
        sources.add(path.relative_to(root).as_posix())
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_bytes())):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = importlib.util.resolve_name("." * node.level + (node.module or ""), package) \
                    if node.level else node.module or ""
                # `from package import name` may name a module of the package.
                names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
            for name in names:
                if name == PACKAGE or name.startswith(PACKAGE + "."):
                    pending.append(name)
                elif name and name.split(".")[0] not in sys.stdlib_module_names:
                    imported.add(name.split(".")[0])
    return sources, imported


def _distributions(module: str) -> list[str]:
    """The installed distributions that provide a top-level module ('yaml' → PyYAML)."""
    try:
        metadata.version(module)
        return [module]
    except metadata.PackageNotFoundError:
        return sorted(_all_distributions().get(module, [module]))


@lru_cache(maxsize=1)
def _all_distributions() -> Mapping[str, list[str]]:
    return metadata.packages_distributions()


def file_key(path: Path, source: str, digest: str) -> str | None:
    """What a file's documents depend on besides the code: its path, content and sidecar; None if unknown."""
    try:
        meta = sidecar(path)
        text = json.dumps([source, digest, meta], sort_keys=True, ensure_ascii=False)
    except Exception:  # noqa: BLE001 - a sidecar that cannot be read: parse the file, which says why
        return None
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def read_corpus(root: Path, previous: dict[str, ParsedFile],
                max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> CorpusRead:
    """`ingest.read_corpus`, taking each file whose key matches its record in `previous` from there."""
    parsed: dict[str, ParsedFile] = {}
    counts = {"parsed": 0, "reused": 0}

    def reader(path: Path, source: str, digest: str, data: bytes) -> list[Document]:
        key = file_key(path, source, digest)
        record = previous.get(source)
        if key is not None and record is not None and record.key == key \
                and all(d.source == source and d.sha256 == digest for d in record.documents):
            parsed[source] = record
            counts["reused"] += 1
            return list(record.documents)
        counts["parsed"] += 1
        read = read_documents(path, root, data)
        # Stored only when the sidecar did not change while the file was parsed.
        if key is not None and file_key(path, source, digest) == key:
            parsed[source] = ParsedFile(key, tuple(read))
        return read

    documents, skipped = ingest_read_corpus(root, max_file_bytes, reader=reader)
    return CorpusRead(documents, skipped, parsed, counts["parsed"], counts["reused"])


def to_bytes(parsed: dict[str, ParsedFile], published: list[Document]) -> bytes:
    """The records of this build's parsed files, for the index folder: each document as its difference from the
    published one (files whose documents were not all published once each are left out: they are parsed again)."""
    counts: dict[str, int] = {}
    for document in published:
        counts[document.id] = counts.get(document.id, 0) + 1
    by_id = {d.id: d for d in published}
    files = {}
    for source, record in sorted(parsed.items()):
        if any(counts.get(d.id) != 1 for d in record.documents):
            continue
        files[source] = {"key": record.key,
                         "documents": [{"id": d.id, "differs": _differences(d, by_id[d.id])} for d in record.documents]}
    data = {"code": code_version(), "files": files}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def _differences(parsed: Document, published: Document) -> dict:
    names = [f.name for f in fields(Document) if getattr(parsed, f.name) != getattr(published, f.name)]
    if not names:
        return {}
    row = asdict(parsed)
    return {name: row[name] for name in names}


def from_index(previous: Index | None) -> dict[str, ParsedFile]:
    """The parse records of a loaded (verified) index, or none: when it has none, when they do not match their hash,
    cannot be read or came from other parsing code (each said in a log line)."""
    if previous is None or previous.path is None:
        return {}
    expected = previous.manifest.get("files", {}).get(PARSED_FILE)
    if expected is None:
        log.info("the previous index keeps no parse results; parsing every file")
        return {}
    try:
        data = (previous.path / PARSED_FILE).read_bytes()
    except OSError as exc:
        log.warning("cannot read the previous build's %s (%s); parsing every file again", PARSED_FILE,
                    exc.strerror or type(exc).__name__)
        return {}
    if hashlib.sha256(data).hexdigest() != expected:
        log.warning("the previous build's %s does not match its SHA-256; parsing every file again", PARSED_FILE)
        return {}
    try:
        stored = json.loads(data.decode("utf-8"))
        if stored["code"] != code_version():
            log.info("the parsing code changed since the last build; parsing every file again")
            return {}
        return {source: ParsedFile(_string(record["key"]),
                                   tuple(_restored(previous.documents[_string(d["id"])], d["differs"])
                                         for d in record["documents"]))
                for source, record in stored["files"].items()}
    except Exception as exc:  # noqa: BLE001 - a cache that does not read as this code writes it is parsed again
        log.warning("the previous build's %s cannot be used (%s); parsing every file again", PARSED_FILE,
                    type(exc).__name__)
        return {}


def _string(value) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def _restored(published: Document, differs) -> Document:
    """The parser's document: the published one with the fields in which it differed put back."""
    if not isinstance(differs, dict) or not set(differs) <= {f.name for f in fields(Document)}:
        raise ValueError("differences that are not a document's fields")
    if not differs:
        return published
    document = document_from_row({**asdict(published), **differs})
    check_document(document)
    return document
