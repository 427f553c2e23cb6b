"""The index on disk: build (incrementally), save atomically, load verified, tell when it is stale.

Layout of an index folder:

    index/CURRENT                 name of the live generation, replaced atomically
    index/.lock                   held by the one build that may write here
    index/gen-<stamp>/manifest.json  model id, weights hash, dimension, format, the corpus folder
                                  and its file hashes, answer settings, and the SHA-256 of every
                                  other file here and of each document's extracted text
    index/gen-<stamp>/vectors.faiss  one unit vector per passage (inner product = cosine)
    index/gen-<stamp>/passages.jsonl one passage per line, in vector order
    index/gen-<stamp>/documents.jsonl one document per line, with its extracted text
    index/gen-<stamp>/tables.json, bm25.npz  names, topic words and BM25, worked out at build
                                  time so that loading does not grow with the corpus (tables.py)
    index/gen-<stamp>/parsed.json  what each corpus file parsed into, so that the next build parses
                                  only the files that changed (parse_cache.py; `load` never reads it)

A build takes the lock, writes a new generation beside the live one, fsyncs it, replaces
CURRENT and fsyncs the folder, so a crash at any moment leaves the previous index whole.
The generation it replaced stays until the next build (a reader may still be opening it);
leftovers of killed builds are removed then too. `load` checks every hash and every offset
and refuses anything that does not match, in one line.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import secrets
import shutil
import stat
import time
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar, overload

import numpy as np

from statement_qa.documents import Document, Passage, Section
from statement_qa.embedding import Embedder, file_sha256
from statement_qa.errors import IndexProblem
from statement_qa.ingest import (
    DEFAULT_MAX_FILE_BYTES,
    NOT_DOCUMENTS,
    Skipped,
    content_hash,
)
from statement_qa.passages import embedding_text, gloss_text, split_corpus
from statement_qa.subjects import SubjectIndex
from statement_qa.supersession import resolve_status

log = logging.getLogger(__name__)
T = TypeVar("T")

FORMAT_VERSION = 2  # 2: integrity hashes and the corpus folder in the manifest
CURRENT = "CURRENT"
LOCK = ".lock"
INDEX_FILES = ("documents.jsonl", "passages.jsonl", "vectors.faiss")
GENERATION_NAME = re.compile(r"gen-[A-Za-z0-9._-]{1,100}")
SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_POINTER_BYTES = 256
LOCK_TIMEOUT = 1800.0  # seconds a build waits for another build of the same index

# Exact search (a flat index) up to this many passages; above it, an HNSW graph (M 64, efConstruction 200) searched
# with efSearch 256. Measured on 50,000 generated passages (docs/PERFORMANCE.md, scripts/hnsw_recall.py): recall@10
# 0.9955 against exact, against 0.9915 for the graph of M 32 (efConstruction 80) searched at 512, in about two thirds
# of its time; at 10,000 exact search is under a millisecond, a graph no faster, so smaller indexes stay exact and
# answer identically. A graph built with M 32 (before the tenth pass) is still searched at 512.
HNSW_ABOVE = 20_000
HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH = 64, 200, 256
_EF_SEARCH_BY_M = {HNSW_M: HNSW_EF_SEARCH, 32: 512}  # a graph's M → the efSearch measured to give recall@10 ≥ 0.99
_EF_SEARCH_UNKNOWN = 512  # a graph of another M: the deeper search


def ef_search_for(graph) -> int:
    """The efSearch to search this HNSW graph at, by its M (its neighbours above the ground level)."""
    return _EF_SEARCH_BY_M.get(graph.hnsw.nb_neighbors(1), _EF_SEARCH_UNKNOWN)


def vector_index_for(dimension: int, count: int):
    """An empty FAISS index for `count` unit vectors: exact inner product, or an HNSW graph above HNSW_ABOVE."""
    import faiss

    if count <= HNSW_ABOVE:
        return faiss.IndexFlatIP(dimension)
    graph = faiss.IndexHNSWFlat(dimension, HNSW_M, faiss.METRIC_INNER_PRODUCT)
    graph.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    return graph


TOPICS_FILE = "topics.npz"
# Passages not in English embedded a second time, as their English glosses (passages.gloss_text): the rows they
# belong to and their vectors. Optional: an index without it answers as before.
GLOSSES_FILE = "glosses.npz"


def topic_key(embedder: Embedder) -> str:
    """Which embedder made a set of question vectors: its kind, model and weights (the ONNX Runtime and the torch
    path of one model agree to 1e-6, not in every bit, so each has its own)."""
    return f"{type(embedder).__name__}:{embedder.model_id}:{embedder.weights_sha256}"


def _topics_text_sha256() -> str:
    from statement_qa.vocabulary import GENERAL_TOPICS

    return hashlib.sha256(json.dumps(list(GENERAL_TOPICS), ensure_ascii=False).encode("utf-8")).hexdigest()


def _topic_embedders(embedder: Embedder) -> list[Embedder]:
    """The embedders a question to this index is read with: the build's own, and for the bundled model the ONNX
    Runtime one that `ask`, `serve` and the app answer with."""
    from statement_qa.embedding import DEFAULT_WEIGHTS_SHA256

    found = [embedder]
    if embedder.weights_sha256 == DEFAULT_WEIGHTS_SHA256 and type(embedder).__name__ != "OnnxEmbedder":
        try:
            from statement_qa.embedding_onnx import OnnxEmbedder

            found.append(OnnxEmbedder())
        except Exception as exc:  # noqa: BLE001 - without it, `ask` embeds the topics on its first question, as before
            log.info("general topics not stored for ONNX Runtime: %s", exc)
    return found


def _topic_files(embedder: Embedder, previous: dict[str, np.ndarray]) -> tuple[dict, bytes]:
    """The general topics embedded as questions by each embedder that may read this index (or as the previous
    generation stored them): the manifest's record and the file's bytes. Stored so that a process's first
    question does not embed them (0.2 s, and ONNX Runtime's memory for a batch of twenty: 23 MiB of `ask`'s peak)."""

    from statement_qa.vocabulary import GENERAL_TOPICS

    arrays: dict[str, Any] = {}
    keys: list[str] = []
    for reader in _topic_embedders(embedder):
        try:
            vectors = previous.get(topic_key(reader))
            if vectors is None:
                vectors = np.asarray(getattr(reader, "embed_query", reader.embed)(list(GENERAL_TOPICS)),
                                     dtype=np.float32)
        except Exception as exc:  # noqa: BLE001 - an embedder that cannot load here: that reader embeds them itself
            log.info("general topics not stored for %s: %s", topic_key(reader), exc)
            continue
        arrays[f"v{len(keys)}"] = vectors
        keys.append(topic_key(reader))
    return {"text_sha256": _topics_text_sha256(), "embedders": keys}, _npz(**arrays)


def _verified_bytes(generation: Path, name: str, manifest: dict) -> bytes:
    """A generation's file, read once and checked against the SHA-256 its manifest gives."""
    data = (generation / name).read_bytes()
    if hashlib.sha256(data).hexdigest() != manifest["files"][name]:
        raise _Damage(f"{name} does not match its SHA-256")
    return data


def _npz_arrays(data: bytes, name: str) -> dict[str, np.ndarray]:
    """The arrays of a verified .npz file by name (never pickled objects)."""
    import io

    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as stored:
            return {key: stored[key] for key in stored.files}
    except (ValueError, OSError, KeyError) as exc:
        raise _Damage(f"{name} does not fit the manifest") from exc


def _read_topics(generation: Path, manifest: dict, dimension: int) -> dict[str, np.ndarray]:
    """The stored general topics' vectors by embedder, verified; none for an index without them or older topics."""
    from statement_qa.vocabulary import GENERAL_TOPICS

    record = manifest.get("topics")
    if TOPICS_FILE not in manifest["files"] or not isinstance(record, dict):
        return {}
    data = _verified_bytes(generation, TOPICS_FILE, manifest)
    keys = record.get("embedders")
    if record.get("text_sha256") != _topics_text_sha256():
        return {}  # the topics were worded otherwise when it was built: embedded on first need
    stored = _npz_arrays(data, TOPICS_FILE)
    if not isinstance(keys, list) or sorted(stored) != sorted(f"v{i}" for i in range(len(keys))):
        raise _Damage(f"{TOPICS_FILE} does not fit the manifest")
    topics = {str(key): stored[f"v{i}"] for i, key in enumerate(keys)}
    if any(v.dtype != np.float32 or v.shape != (len(GENERAL_TOPICS), dimension) for v in topics.values()):
        raise _Damage(f"{TOPICS_FILE} does not fit the manifest")
    return topics


def _npz(**arrays: Any) -> bytes:
    import io

    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def _read_glosses(generation: Path, manifest: dict, passages: int, dimension: int) -> tuple[np.ndarray, np.ndarray] | None:
    """The passages' gloss vectors, verified against the manifest and the passages; None for an index without them."""
    if GLOSSES_FILE not in manifest["files"]:
        return None
    stored = _npz_arrays(_verified_bytes(generation, GLOSSES_FILE, manifest), GLOSSES_FILE)
    if not {"rows", "vectors"} <= set(stored):
        raise _Damage(f"{GLOSSES_FILE} does not fit the manifest")
    rows, vectors = stored["rows"], stored["vectors"]
    if rows.dtype != np.int64 or rows.ndim != 1 or vectors.dtype != np.float32 \
            or vectors.shape != (len(rows), dimension) or not len(rows) \
            or rows[0] < 0 or rows[-1] >= passages or (len(rows) > 1 and not (np.diff(rows) > 0).all()):
        raise _Damage(f"{GLOSSES_FILE} does not fit the passages")
    return rows, vectors


@dataclass
class Index:
    """A loaded, verified index: documents, passages in vector order, their vectors, the manifest."""

    documents: dict[str, Document]
    passages: Sequence[Passage]  # a PassageTable when loaded; any list of Passages otherwise
    vectors: Any  # faiss.Index
    manifest: dict
    path: Path | None = None
    tables: Any = None  # tables.Tables as the build stored them, or None: retrieval works them out
    topics: dict[str, np.ndarray] = field(default_factory=dict)  # the general topics' vectors by embedder (topic_key)
    # The passages read by their English glosses: their rows (ascending) and those vectors (one row each).
    glosses: tuple[np.ndarray, np.ndarray] | None = None

    def topic_vectors(self, embedder: Embedder) -> np.ndarray | None:
        """The general topics' vectors as this embedder makes them, when the build stored them for it (else None)."""
        return self.topics.get(topic_key(embedder))

    @property
    def settings(self) -> dict:
        """Answer settings recorded with the index (calibrated thresholds)."""
        return self.manifest.get("settings", {})

    @property
    def generation(self) -> str | None:
        """The generation folder's name ('gen-…'), which changes with every build."""
        return self.path.name if self.path else None

    @property
    def corpus_dir(self) -> Path | None:
        """The corpus folder this index was built from (absolute), as recorded in its manifest."""
        return _corpus_of(self.manifest, self.path.parent if self.path else None)

    def vector_matrix(self) -> np.ndarray:
        """The passages' vectors as one read-only float32 matrix (passages × dimension), without a copy."""
        count = getattr(self.vectors, "ntotal", 0)
        if not count:
            return np.zeros((0, 1), dtype=np.float32)
        if hasattr(self.vectors, "get_xb"):
            return np.asarray(_StoredRows(self.vectors))
        storage = getattr(self.vectors, "storage", None)  # an HNSW graph keeps its vectors in a flat index
        if storage is not None:
            import faiss

            flat = faiss.downcast_index(storage)
            if hasattr(flat, "get_xb") and flat.ntotal == count and flat.d == self.vectors.d \
                    and getattr(flat, "code_size", 0) == 4 * flat.d:  # float32 rows (not quantised)
                return np.asarray(_StoredRows(flat, owner=self.vectors))
        return self.vectors.reconstruct_n(0, count)  # vectors not stored as rows: a copy

    def verify_quote(self, doc_id: str, start: int, end: int, text: str) -> bool:
        """True only when `text` is exactly the verified document's text at [start, end)."""
        document = self.documents.get(doc_id)
        expected = self.manifest.get("texts", {}).get(doc_id)
        if document is None or expected is None or not isinstance(text, str):
            return False
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(document.text)):
            return False
        return _text_sha256(document.text) == expected and document.text[start:end] == text


class PassageTable(Sequence[Passage]):
    """A loaded index's passages as arrays beside the documents they are slices of; each Passage made when asked for.

    A passage's text is its document's text at its offsets (`load` verified that), so the table
    keeps offsets, not texts: at 10,000 passages the Passage objects and their texts were about
    9 MiB of a loaded index. Reads as the list of Passages it was made from.
    """

    def __init__(self, documents: list[Document], doc: np.ndarray, sections: list[str], section: np.ndarray,
                 numbers: np.ndarray) -> None:
        self._documents = documents
        self._doc, self._sections, self._section = doc, sections, section
        self._numbers = numbers  # id, start, end, page (-1: none) of each passage

    @classmethod
    def of(cls, documents: list[Document], passages: list[Passage]) -> Sequence[Passage]:
        """The table of these passages of these documents; the list itself when a field does not fit a table."""
        table = _TableBuilder(documents)
        for passage in passages:
            if not table.add(passage):
                return passages
        return table.result()

    def __len__(self) -> int:
        return len(self._doc)

    @overload
    def __getitem__(self, row: int) -> Passage: ...

    @overload
    def __getitem__(self, row: slice) -> list[Passage]: ...

    def __getitem__(self, row):
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        row = int(row) if isinstance(row, np.integer) else row
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError("passage index out of range")
        document = self._documents[self._doc[row]]
        number, start, end, page = self._numbers[row].tolist()
        return Passage(number, document.id, self._sections[self._section[row]], start, end, document.text[start:end],
                       None if page < 0 else page)

    def __iter__(self) -> Iterator[Passage]:
        return (self[i] for i in range(len(self)))

    def text_of(self, row: int) -> str:
        """One passage's text, as `self[row].text`, without making the Passage."""
        start, end = self._numbers[row, 1:3].tolist()
        return self._documents[self._doc[row]].text[start:end]

    def sections_of(self, rows: Sequence[int] | np.ndarray) -> list[str]:
        """These passages' section names, as `[self[r].section for r in rows]`, without making the Passages."""
        names = self._sections
        return [names[i] for i in self._section[rows].tolist()]

    def document_positions(self, position: dict[str, int]) -> np.ndarray:
        """Each passage's document as its number in `position` (document id → number)."""
        return np.array([position[d.id] for d in self._documents], dtype=np.int64)[self._doc]


class _TableBuilder:
    """A PassageTable made one passage at a time (as a file is read); a list of Passages once one does not fit."""

    def __init__(self, documents: list[Document]) -> None:
        self._documents = documents
        self._position = {d.id: i for i, d in enumerate(documents)}
        self._names: dict[str, int] = {}
        self._doc, self._section, self._numbers = array("i"), array("i"), array("q")
        self._passages: list[Passage] | None = None  # once a passage does not fit a table

    def add(self, p: Passage) -> bool:
        """Take the next passage; False when it (or one before it) does not fit a table."""
        if self._passages is None and not (
                _is_int(p.id) and isinstance(p.section, str) and (p.page is None or _is_int(p.page) and p.page >= 0)
                and -2**62 < p.id < 2**62 and (p.page or 0) < 2**62 and p.doc_id in self._position):
            self._passages = list(self._table()) if len(self._doc) else []
        if self._passages is not None:
            self._passages.append(p)
            return False
        self._doc.append(self._position[p.doc_id])
        self._section.append(self._names.setdefault(p.section, len(self._names)))
        self._numbers.extend((p.id, p.start, p.end, -1 if p.page is None else p.page))
        return True

    def _table(self) -> PassageTable:
        return PassageTable(self._documents, np.array(self._doc, dtype=np.int32), list(self._names),
                            np.array(self._section, dtype=np.int32),
                            np.array(self._numbers, dtype=np.int64).reshape(len(self._doc), 4))

    def result(self) -> Sequence[Passage]:
        """The table, or the list of Passages when one did not fit."""
        return self._passages if self._passages is not None else self._table()


class _StoredRows:
    """A flat FAISS index's stored vectors as numpy sees them, read-only; an array of them keeps the index alive.

    An HNSW graph's vectors are the rows of its flat `storage`; at 50,000 passages a copy of them
    (`reconstruct_n`) was 77 MB of the loaded index.
    """

    def __init__(self, vectors, owner=None) -> None:
        self.vectors, self.owner = vectors, owner  # the owner (an HNSW graph) frees the rows with it
        self.__array_interface__ = {"shape": (vectors.ntotal, vectors.d), "typestr": "<f4",
                                    "data": (int(vectors.get_xb()), True), "version": 3}


@dataclass(frozen=True)
class BuildReport:
    """What a build did."""

    index_dir: str
    documents: int
    passages: int
    embedded: int
    reused: int
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)
    duplicates: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    files_parsed: int = 0  # corpus files read by the parser in this build
    files_reused: int = 0  # corpus files whose documents the previous build's parse gave
    glossed: int = 0  # passages not in English also embedded as their English glosses

    def summary(self, index_dir: object) -> str:
        """The one line `build` and the staff commands print."""
        glossed = f"; {self.glossed} also read by their English glosses" if self.glossed else ""
        return (f"Indexed {self.documents} documents ({self.passages} passages: {self.embedded} embedded, "
                f"{self.reused} reused{glossed}) into {index_dir}/.")


def _text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def _text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _damaged(index_dir: Path, what: str) -> IndexProblem:
    what = " ".join(str(what).split())[:200]  # always one line, whatever the cause says
    return IndexProblem(f"The index in {index_dir} is damaged ({what}); rebuild it with `statement-qa build`.")


def _live_generation_name(index_dir: Path) -> str | None:
    """The generation CURRENT names, checked to be a plain generation name; None without CURRENT."""
    pointer = index_dir / CURRENT
    try:
        with open(pointer, "rb") as handle:
            raw = handle.read(MAX_POINTER_BYTES + 1)
    except FileNotFoundError:
        return None
    except IsADirectoryError as exc:
        raise _damaged(index_dir, "CURRENT is not a file") from exc
    except OSError as exc:
        raise _damaged(index_dir, f"cannot read CURRENT: {exc.strerror}") from exc
    try:
        name = raw.decode("ascii").strip()
    except UnicodeDecodeError:
        name = None
    if len(raw) > MAX_POINTER_BYTES or not name or not GENERATION_NAME.fullmatch(name):
        raise _damaged(index_dir, "CURRENT does not hold a generation name")
    return name


def _live_generation(index_dir: Path) -> Path | None:
    name = _live_generation_name(index_dir)
    if name is None:
        return None
    generation = index_dir / name
    if not generation.is_dir():
        raise _damaged(index_dir, "CURRENT names a missing generation")
    return generation


class _Damage(Exception):
    """What is wrong with a generation, in words for the one-line refusal."""


def _write_jsonl(path: Path, rows) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def document_from_row(row: dict) -> Document:
    """A Document from its row in documents.jsonl (the JSON of `asdict`)."""
    row = dict(row)
    row["sections"] = tuple(Section(**s) for s in row["sections"])
    for key in ("aliases", "page_starts", "duplicates", "breaks", "supersedes"):
        row[key] = tuple(row.get(key) or ())
    row["body"] = tuple(row["body"]) if row.get("body") else None
    return Document(**row)


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _span_ok(start, end, length: int) -> bool:
    return _is_int(start) and _is_int(end) and 0 <= start <= end <= length


def _check_manifest(manifest) -> None:
    """Raise _Damage naming the first field of the manifest that is missing or malformed."""
    if not isinstance(manifest, dict):
        raise _Damage("manifest.json is not an object")
    if manifest.get("format_version") != FORMAT_VERSION:
        return  # reported separately, with what to do
    model = manifest.get("model")
    if not isinstance(model, dict) or not isinstance(model.get("id"), str) \
            or not isinstance(model.get("weights_sha256"), str) \
            or not _is_int(model.get("dimension")) or not 0 < model["dimension"] <= 65536:
        raise _Damage("manifest.json has no valid model")
    files = manifest.get("files")
    if not isinstance(files, dict) or any(not isinstance(files.get(n), str) or not SHA256.fullmatch(files[n])
                                          for n in INDEX_FILES) \
            or any(not isinstance(h, str) or not SHA256.fullmatch(h) for h in files.values()):
        raise _Damage("manifest.json has no valid file hashes")
    if not isinstance(manifest.get("tables", {}), dict):
        raise _Damage("manifest.json has no valid tables record")
    texts = manifest.get("texts")
    if not isinstance(texts, dict) or any(not isinstance(v, str) or not SHA256.fullmatch(v) for v in texts.values()):
        raise _Damage("manifest.json has no valid text hashes")
    corpus = manifest.get("corpus")
    if not isinstance(corpus, dict) or not isinstance(corpus.get("files", {}), dict) \
            or not isinstance(corpus.get("root", ""), (str, type(None))) \
            or not isinstance(corpus.get("stats", {}), dict) \
            or any(not isinstance(v, list) or len(v) != 2 or not all(_is_int(n) for n in v)
                   for v in corpus.get("stats", {}).values()):
        raise _Damage("manifest.json has no valid corpus record")
    settings = manifest.get("settings", {})
    if not isinstance(settings, dict):
        raise _Damage("manifest.json settings are not an object")
    thresholds = settings.get("thresholds", {})
    numbers = list(thresholds.values()) if isinstance(thresholds, dict) else [None]
    if "alternative_margin" in settings:
        numbers.append(settings["alternative_margin"])
    if any(isinstance(n, bool) or not isinstance(n, (int, float)) or not math.isfinite(n) for n in numbers):
        raise _Damage("manifest.json settings hold a threshold that is not a number")


def check_document(document: Document) -> None:
    """Raise _Damage when a document's offsets (sections, body, position, breaks, pages) fall outside its text."""
    length = len(document.text)
    if not isinstance(document.text, str) or not isinstance(document.id, str):
        raise _Damage("a document has no text")
    for section in document.sections:
        if not _span_ok(section.start, section.end, length) or not isinstance(section.name, str):
            raise _Damage(f"document {document.id[:60]} has a section outside its text")
    if document.body is not None and (len(document.body) != 2 or not _span_ok(*document.body, length)):
        raise _Damage(f"document {document.id[:60]} has a body outside its text")
    if document.position is not None and not (_is_int(document.position)
                                              and 0 <= document.position < len(document.sections)):
        raise _Damage(f"document {document.id[:60]} has a position outside its sections")
    if any(not _span_ok(o, o, length) for o in (*document.breaks, *document.page_starts)):
        raise _Damage(f"document {document.id[:60]} has an offset outside its text")


def _read_generation(index_dir: Path, generation: Path) -> Index:
    """Read one generation and verify it against its manifest; _Damage (or OSError…) when it doesn't hold."""
    manifest_bytes = (generation / "manifest.json").read_bytes()
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise _Damage("manifest.json is not UTF-8") from exc
    except ValueError as exc:
        raise _Damage("manifest.json is not JSON") from exc
    _check_manifest(manifest)
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexProblem(
            f"The index in {index_dir} has format {str(manifest.get('format_version'))[:20]}, this version reads "
            f"{FORMAT_VERSION}; rebuild it with `statement-qa build`."
        )

    # Each file read once, hashed as it is read, and nothing it gave kept unless the whole file matches its
    # SHA-256 (a file that fails to parse is reported as not matching when it does not: as when it was hashed
    # first). No file's bytes are held whole: the vectors' bytes beside the loaded vectors, the JSON files'
    # text beside their objects were the peak of a start, and what they left behind stayed in the process.
    vectors = _read_verified(generation, "vectors.faiss", manifest["files"], _read_vectors)
    documents = _read_verified(generation, "documents.jsonl", manifest["files"],
                               lambda lines: [document_from_row(r) for r in _jsonl_lines(lines, "documents.jsonl")])
    by_id = {d.id: d for d in documents}
    if len(by_id) != len(documents) or set(by_id) != set(manifest["texts"]):
        raise _Damage("documents.jsonl and the manifest list different documents")
    for document in documents:
        check_document(document)
        if _text_sha256(document.text) != manifest["texts"][document.id]:
            raise _Damage(f"the text of {document.id[:60]} does not match its SHA-256")

    def read_passages(lines: Iterable[bytes]) -> Sequence[Passage]:
        table = _TableBuilder(documents)
        for row in _jsonl_lines(lines, "passages.jsonl"):
            passage = Passage(**row)
            owner = by_id.get(passage.doc_id)
            if owner is None or not _span_ok(passage.start, passage.end, len(owner.text)) \
                    or owner.text[passage.start : passage.end] != passage.text:
                raise _Damage(f"passage {str(passage.id)[:20]} is not a slice of its document")
            table.add(passage)
        return table.result()

    passages = _read_verified(generation, "passages.jsonl", manifest["files"], read_passages)
    if vectors.ntotal != len(passages) or vectors.d != manifest["model"]["dimension"]:
        raise _Damage("vectors and passages disagree")
    if hasattr(vectors, "hnsw"):
        vectors.hnsw.efSearch = ef_search_for(vectors)
    return Index(by_id, passages, vectors, manifest, generation, _read_tables(generation, manifest, by_id, len(passages)),
                 _read_topics(generation, manifest, manifest["model"]["dimension"]),
                 _read_glosses(generation, manifest, len(passages), manifest["model"]["dimension"]))


_READ_BYTES = 1 << 20


def _read_verified(generation: Path, name: str, hashes: dict[str, str], read: Callable[[_Hashing], T]) -> T:
    """What `read` makes of the file, given it as it is read and hashed; only when it matches its SHA-256."""
    digest = hashlib.sha256()
    with open(generation / name, "rb") as handle:
        hashed = _Hashing(handle, digest)
        try:
            result = read(hashed)
            hashed.finish()
        except Exception:
            hashed.finish()
            if digest.hexdigest() != hashes[name]:
                raise _Damage(f"{name} does not match its SHA-256") from None
            raise
    if digest.hexdigest() != hashes[name]:
        raise _Damage(f"{name} does not match its SHA-256")
    return result


class _Hashing:
    """A file read through this, by lines or by blocks, feeds its hash with exactly the bytes read."""

    def __init__(self, handle, digest) -> None:
        self._handle, self._digest = handle, digest

    def __iter__(self) -> Iterator[bytes]:
        for line in self._handle:
            self._digest.update(line)
            yield line

    def read(self, size: int) -> bytes:
        data = self._handle.read(size)
        self._digest.update(data)
        return data

    def finish(self) -> None:
        """Hash what was not read (a reader that stopped early or failed)."""
        while self.read(_READ_BYTES):
            pass


def _read_vectors(handle: _Hashing):
    """The FAISS index from the file as faiss reads it, block by block (never the whole file's bytes at once)."""
    import faiss

    return faiss.read_index(faiss.PyCallbackIOReader(handle.read, _READ_BYTES))  # type: ignore[attr-defined]


def _jsonl_lines(lines: Iterable[bytes], name: str) -> Iterator[dict]:
    """The objects of a JSON-lines file's lines, one line decoded at a time; _Damage for anything else."""
    for number, raw in enumerate(lines, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _Damage(f"{name} is not UTF-8") from exc
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise _Damage(f"{name} line {number} is not JSON") from exc
        if not isinstance(row, dict):
            raise _Damage(f"{name} line {number} is not an object")
        yield row


def _read_tables(generation: Path, manifest: dict, documents: dict[str, Document], passages: int):
    """The stored tables, verified; None when there are none or other code worked them out."""
    from statement_qa import tables

    listed = [name for name in tables.TABLE_FILES if name in manifest["files"]]
    if not listed:
        return None  # an index from before the tables were stored
    if len(listed) != len(tables.TABLE_FILES):
        raise _Damage("manifest.json lists only some of the tables")
    contents = {name: _verified_bytes(generation, name, manifest) for name in listed}
    if manifest.get("tables", {}).get("code") != tables.code_version():
        log.info("the index's tables were worked out by other code; working them out again")
        return None
    try:
        return tables.from_files(contents, documents, passages)
    except tables.TablesMalformed as exc:
        raise _Damage(f"tables do not fit the index ({exc})") from exc


def load(index_dir: Path, embedder: Embedder | None = None) -> Index:
    """Load the live index, verified; refuses a damaged one, or one built with another model or format."""
    index_dir = Path(index_dir)
    if index_dir.exists() and not index_dir.is_dir():
        raise IndexProblem(f"No index in {index_dir}: it is a file, not an index folder.")
    for attempt in range(3):
        name = _live_generation_name(index_dir)
        if name is None:
            raise IndexProblem(f"No index in {index_dir}/; run `statement-qa build` first.")
        try:
            generation = _live_generation(index_dir)
            if generation is None:
                raise IndexProblem(f"No index in {index_dir}/; run `statement-qa build` first.")
            index = _read_generation(index_dir, generation)
            break
        except IndexProblem as exc:
            problem = exc
        except _Damage as exc:
            problem = _damaged(index_dir, str(exc))
        except Exception as exc:  # noqa: BLE001 - any other failure to read it is damage, said in one line
            problem = _damaged(index_dir, type(exc).__name__)
            # An unexpected failure (seen once as SystemError on a loaded machine while another
            # process was building) is read again before it is called damage: real damage fails
            # the same way every time, a passing one does not.
            log.info("reading index %s failed (%s); reading it again", index_dir, type(exc).__name__, exc_info=True)
            if attempt < 2:
                time.sleep(0.05 * (attempt + 1))
                continue
        # A build may have switched CURRENT while we read: then read the new generation.
        if _safe_generation_name(index_dir) == name:
            raise problem
        log.info("index %s changed while loading; reading it again", index_dir)
    else:
        raise problem
    if embedder is not None:
        check_model(index_dir, index.manifest, embedder)
    return index


def check_model(index_dir: Path, manifest: dict, embedder: Embedder) -> None:
    """Refuse to answer from an index with a model other than the one that built it."""
    if manifest["model"]["weights_sha256"] != embedder.weights_sha256:
        raise IndexProblem(
            f"The index in {index_dir} was built with model {manifest['model']['id'][:100]}, not "
            f"{embedder.model_id}; rebuild it with `statement-qa build --model ...`."
        )


def _safe_generation_name(index_dir: Path) -> str | None:
    try:
        return _live_generation_name(index_dir)
    except IndexProblem:
        return None


def reload_if_changed(index_dir: Path, current: Index | None, embedder: Embedder | None = None) -> Index | None:
    """A newer, fully verified generation of the index, or None when there is none (or it does not verify)."""
    index_dir = Path(index_dir)
    name = _safe_generation_name(index_dir)
    if name is None or (current is not None and current.generation == name):
        return None
    try:
        return load(index_dir, embedder)
    except IndexProblem as exc:
        log.warning("keeping the loaded index: %s", exc)
        return None


def recorded_corpus(index_dir: Path) -> Path | None:
    """The corpus folder the live index says it was built from, or None (no index, or not recorded).

    Read without verifying the whole index: it only chooses what to compare for staleness.
    """
    try:
        name = _live_generation_name(Path(index_dir))
        if name is None:
            return None
        manifest = json.loads((Path(index_dir) / name / "manifest.json").read_text(encoding="utf-8"))
        return _corpus_of(manifest, Path(index_dir))
    except (IndexProblem, OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _corpus_of(manifest: dict, index_dir: Path | None) -> Path | None:
    """The recorded corpus: beside the index as it was (a copied or cloned repository), else its absolute path."""
    corpus = manifest.get("corpus", {}) if isinstance(manifest, dict) else {}
    relative, root = corpus.get("relative"), corpus.get("root")
    if index_dir is not None and isinstance(relative, str) and relative:
        candidate = (Path(index_dir) / relative).resolve()
        if candidate.is_dir():
            return candidate
    return Path(root) if isinstance(root, str) and root else None


def _previous_index(index_dir: Path) -> Index | None:
    """The live generation, verified, for an incremental build; None when there is none or it does not verify."""
    try:
        return load(index_dir)
    except IndexProblem as exc:
        if (index_dir / CURRENT).exists():
            log.warning("not reusing the previous index: %s", exc)
        return None


def _previous_vectors(index_dir: Path, previous: Index | None, embedder: Embedder) -> dict[str, np.ndarray]:
    """Vectors of the live generation by passage text, when it was built with this model."""
    if previous is None:
        return {}
    try:
        check_model(index_dir, previous.manifest, embedder)
    except IndexProblem as exc:
        log.warning("not reusing the previous index's vectors: %s", exc)
        return {}
    cached = previous.vectors.reconstruct_n(0, previous.vectors.ntotal)
    found = {
        _text_key(embedding_text(previous.documents[p.doc_id], p)): cached[i]
        for i, p in enumerate(previous.passages)
    }
    if previous.glosses is not None:
        for row, vector in zip(*previous.glosses):
            passage = previous.passages[int(row)]
            text = gloss_text(previous.documents[passage.doc_id], passage)
            if text:  # the glossary may have changed since: a passage glossed otherwise is embedded again
                found[_text_key(text)] = vector
    return found


def _lock(index_dir: Path, timeout: float):
    from filelock import FileLock

    return FileLock(str(index_dir / LOCK), timeout=timeout)


def build(
    corpus_dir: Path,
    index_dir: Path,
    embedder: Embedder,
    *,
    settings: dict | None = None,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    lock_timeout: float = LOCK_TIMEOUT,
) -> BuildReport:
    """Read the corpus, embed what is new, and publish a new generation of the index (one build at a time)."""
    from filelock import Timeout

    corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
    if index_dir.exists() and not index_dir.is_dir():
        raise IndexProblem(f"Cannot build an index at {index_dir}: it is a file, not a folder.")
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise IndexProblem(f"Cannot create the index folder {index_dir} ({exc.strerror}).") from exc
    try:
        with _lock(index_dir, lock_timeout):
            return _build_locked(corpus_dir, index_dir, embedder, settings, progress, on_total, max_file_bytes)
    except Timeout as exc:
        raise IndexProblem(
            f"Another build has been writing {index_dir} for over {lock_timeout:.0f} s; wait for it, then try again."
        ) from exc


def _build_locked(corpus_dir, index_dir, embedder, settings, progress, on_total, max_file_bytes) -> BuildReport:
    from statement_qa import parse_cache, tables

    _remove_leftovers(index_dir)
    previous = _previous_index(index_dir)
    # Files unchanged since the previous build are not parsed again; what spans documents is worked out anew.
    corpus = parse_cache.read_corpus(corpus_dir, parse_cache.from_index(previous), max_file_bytes)
    documents, skipped = corpus.documents, corpus.skipped
    # One subject index serves supersession and the stored tables (it reads no status).
    subjects = SubjectIndex(documents)
    documents = resolve_status(documents, subjects)
    passages = split_corpus(documents)
    by_id = {d.id: d for d in documents}
    texts = [embedding_text(by_id[p.doc_id], p) for p in passages]
    glossed = [(i, g) for i, p in enumerate(passages) if (g := gloss_text(by_id[p.doc_id], p))]
    gloss_rows = len(texts)
    texts += [g for _, g in glossed]  # embedded with the passages (the same text has the same vector)

    cache = _previous_vectors(index_dir, previous, embedder)
    previous_topics = previous.topics if previous is not None else {}  # verified, and of today's topics' words
    del previous  # its documents and vectors are not needed any more
    # Shortest first: a batch pads to its longest text, so batches of like lengths waste least
    # (the model's own encode of one list sorts the same way; corpus order cost 0.79× of it).
    missing = sorted((i for i, t in enumerate(texts) if _text_key(t) not in cache), key=lambda i: len(texts[i]))
    if on_total:
        on_total(len(missing))
    vectors = np.zeros((len(texts), embedder.dimension), dtype=np.float32)
    for i, text in enumerate(texts):
        if _text_key(text) in cache:
            vectors[i] = cache[_text_key(text)]
    for batch_start in range(0, len(missing), 64):
        batch = missing[batch_start : batch_start + 64]
        vectors[batch] = embedder.embed([texts[i] for i in batch])
        if progress:
            progress(len(batch))

    vectors, gloss_vectors = vectors[:gloss_rows], vectors[gloss_rows:]
    vector_index = vector_index_for(embedder.dimension, len(vectors))
    stats: dict[str, list[int]] = {}  # each corpus file's size and mtime, for a staleness check without reading it
    if len(vectors):
        vector_index.add(vectors)
    manifest = {
        "format_version": FORMAT_VERSION,
        "model": {"id": embedder.model_id, "weights_sha256": embedder.weights_sha256, "dimension": embedder.dimension},
        "corpus": {"root": str(corpus_dir.resolve()), "relative": os.path.relpath(corpus_dir.resolve(), index_dir.resolve()),
                   "files": _file_hashes(corpus_dir, max_file_bytes, stats), "stats": stats},
        "skipped": [asdict(s) for s in skipped],
        "documents": len(documents),
        "passages": len(passages),
        "vector_search": "hnsw" if hasattr(vector_index, "hnsw") else "exact",
        "settings": settings if settings is not None else {},
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "texts": {d.id: _text_sha256(d.text) for d in documents},
    }
    manifest["tables"] = {"code": tables.code_version()}
    extra = tables.to_files(tables.compute(by_id, passages, subjects))
    manifest["topics"], extra[TOPICS_FILE] = _topic_files(embedder, previous_topics)
    if glossed:
        extra[GLOSSES_FILE] = _npz(rows=np.array([i for i, _ in glossed], dtype=np.int64), vectors=gloss_vectors)
    extra[parse_cache.PARSED_FILE] = parse_cache.to_bytes(corpus.parsed, documents)
    _write_generation(index_dir, documents, passages, vector_index, manifest, extra)
    return BuildReport(
        index_dir=str(index_dir),
        documents=len(documents),
        passages=len(passages),
        embedded=(embedded := sum(i < gloss_rows for i in missing)),
        reused=gloss_rows - embedded,
        skipped=tuple(skipped),
        duplicates=tuple((dup, d.source) for d in documents for dup in d.duplicates),
        files_parsed=corpus.files_parsed,
        files_reused=corpus.files_reused,
        glossed=len(glossed),
    )


# A corpus file modified this close to the build's listing of it gets no recorded stat: a second write in the
# same clock tick (the file system's mtime moves in steps of a few milliseconds) could leave the same size and
# mtime on other content, so such a file is hashed by every staleness check until the next build.
STAT_SETTLE_NS = 2_000_000_000


@dataclass(frozen=True)
class _Listed:
    """One file the staleness check compares: its name in the corpus, its path and its stat (not followed)."""

    name: str
    path: str
    size: int
    mtime_ns: int


def _corpus_listing(corpus_dir: Path) -> list[_Listed]:
    """The corpus files (as `ingest.corpus_files` counts them) and then the sidecars (`*.meta.json`), each sorted.

    One `os.scandir` walk with the stat it gives, instead of `corpus_files`, which lists the same
    files but resolves every path (at 10,000 files most of a start's 1.5 s of listing). The rules
    are those of `corpus_entries` and of the `rglob("*.meta.json")` the hashes always used:
    corpus files are the regular files outside folders whose name starts with '.', their own name
    not starting with '.' and not a README, licence, changelog or sidecar; sidecars are regular
    files named '*.meta.json' in any folder. Neither follows a link to a folder. Nothing reached
    without following a link can resolve outside the corpus folder, so no path is resolved.
    """
    files: list[tuple[tuple[str, ...], _Listed]] = []
    sidecars: list[tuple[tuple[str, ...], _Listed]] = []
    folders: list[tuple[str, tuple[str, ...], bool]] = [(str(corpus_dir), (), False)]
    while folders:
        folder, parts, hidden = folders.pop()
        try:
            with os.scandir(folder) as entries:
                found = list(entries)
        except OSError:
            continue  # as os.walk and rglob do: a folder that cannot be listed is passed over
        for entry in found:
            name = entry.name
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            here = (*parts, name)
            if stat.S_ISDIR(info.st_mode):
                folders.append((entry.path, here, hidden or name.startswith(".")))
                continue
            if not stat.S_ISREG(info.st_mode):
                continue  # links, devices, pipes: never corpus files nor sidecars
            listed = _Listed("/".join(here), entry.path, info.st_size, info.st_mtime_ns)
            if name.endswith(".meta.json"):
                sidecars.append((here, listed))
            elif not hidden and not name.startswith(".") and not NOT_DOCUMENTS.search(name):
                files.append((here, listed))
    return [listed for _, listed in sorted(files)] + [listed for _, listed in sorted(sidecars)]


def _hash_listed(listed: _Listed, max_file_bytes: int, sidecar: bool) -> str | None:
    """A listed file's hash as the manifest records it: its content's, or its size when over the limit."""
    if not sidecar and listed.size > max_file_bytes:
        return f"size:{listed.size}"
    try:
        with open(listed.path, "rb") as handle:
            return content_hash(handle.read())
    except OSError:
        return None


def _file_hashes(corpus_dir: Path, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
                 stats: dict[str, list[int]] | None = None) -> dict[str, str]:
    """Each corpus file's and sidecar's hash (sidecars change what is extracted, so they count as content).

    With `stats`, each file's [size, mtime_ns] is recorded there too, except for a file modified
    within STAT_SETTLE_NS of now (see there).
    """
    hashes: dict[str, str] = {}
    settled = time.time_ns() - STAT_SETTLE_NS
    for listed in _corpus_listing(corpus_dir):
        digest = _hash_listed(listed, max_file_bytes, listed.name.endswith(".meta.json"))
        if digest is None:
            continue
        hashes[listed.name] = digest
        if stats is not None and listed.mtime_ns < settled:
            stats[listed.name] = [listed.size, listed.mtime_ns]
    return hashes


def _new_generation_name() -> str:
    """Unique without coordination: time, process id and randomness (sorts by time)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return f"gen-{stamp}-{os.getpid()}-{secrets.token_hex(4)}"


def _write_generation(index_dir: Path, documents, passages, vector_index, manifest: dict,
                      extra: dict[str, bytes] | None = None) -> None:
    import faiss

    name = _new_generation_name()
    staging = index_dir / f".building-{name}"
    staging.mkdir(mode=0o755)
    try:
        _write_jsonl(staging / "documents.jsonl", (asdict(d) for d in documents))
        _write_jsonl(staging / "passages.jsonl", (asdict(p) for p in passages))
        faiss.write_index(vector_index, str(staging / "vectors.faiss"))
        for file_name, data in (extra or {}).items():
            (staging / file_name).write_bytes(data)
        manifest["files"] = {n: file_sha256(staging / n) for n in (*INDEX_FILES, *(extra or {}))}
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                               encoding="utf-8")
        for path in staging.iterdir():
            _fsync(path)
        _fsync_dir(staging)
        previous = _safe_generation_name(index_dir)
        generation = index_dir / name
        os.rename(staging, generation)
        pointer = index_dir / f".CURRENT-{name}.tmp"
        pointer.write_text(name + "\n", encoding="utf-8")
        _fsync(pointer)
        os.replace(pointer, index_dir / CURRENT)
        _fsync_dir(index_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    # The generation just replaced stays until the next build: a reader may be opening it now.
    _remove_leftovers(index_dir, keep={name, previous})
    log.info("index generation %s replaces %s", name, previous)


def _remove_leftovers(index_dir: Path, keep: set | None = None) -> None:
    """Remove what killed builds left, and generations older than the previous one (under the lock)."""
    if keep is None:
        live = _safe_generation_name(index_dir)
        keep = {live} if live else set()
        # Keep the newest generation besides the live one: the one a reader may still be opening.
        others = sorted(p.name for p in index_dir.glob("gen-*") if p.name not in keep)
        keep |= set(others[-1:]) if live else set()
    for path in index_dir.iterdir():
        if path.name.startswith((".building-", ".CURRENT-")) or path.name == ".CURRENT.tmp" or path.name.startswith("gen-") and path.name not in keep:
            _remove(path)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            path.unlink()
        except OSError:
            pass


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    """Make a rename inside the folder durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def stale_files(index: Index, corpus_dir: Path) -> list[str]:
    """Corpus files added, changed or removed since the index was built.

    A file whose size and modification time (in nanoseconds) are those the build recorded is taken
    as unchanged without reading it; any other is hashed, and is stale only when its hash differs
    (a `touch` changes nothing). The blind spot this accepts: a file rewritten with the same size
    and given back the same nanosecond mtime (copied with its times preserved, `touch -d`) goes
    unnoticed until the next build. An index built before the stats were recorded hashes every file.
    """
    corpus = index.manifest.get("corpus", {})
    built, stats = corpus.get("files", {}), corpus.get("stats") or {}
    now: dict[str, str] = {}
    if Path(corpus_dir).is_dir():
        for listed in _corpus_listing(Path(corpus_dir)):
            recorded = built.get(listed.name)
            if recorded is not None and stats.get(listed.name) == [listed.size, listed.mtime_ns]:
                now[listed.name] = recorded
                continue
            digest = _hash_listed(listed, DEFAULT_MAX_FILE_BYTES, listed.name.endswith(".meta.json"))
            if digest is not None:
                now[listed.name] = digest
    return sorted(name for name in set(built) | set(now) if built.get(name) != now.get(name))
