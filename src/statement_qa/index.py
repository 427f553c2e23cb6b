"""The index on disk: build (incrementally), save atomically, load, tell when it is stale.

Layout of an index folder:

    index/CURRENT              name of the live generation, replaced atomically
    index/gen-<n>/manifest.json  model id, weights hash, dimension, format, corpus file hashes,
                                 answer settings (calibrated thresholds)
    index/gen-<n>/vectors.faiss  one unit vector per passage (inner product = cosine)
    index/gen-<n>/passages.jsonl one passage per line, in vector order
    index/gen-<n>/documents.jsonl one document per line, with its extracted text

A build writes a new generation beside the live one and then replaces CURRENT, so a
crash mid-build leaves the previous index whole.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from statement_qa.documents import Document, Passage, Section
from statement_qa.embedding import Embedder
from statement_qa.errors import IndexProblem
from statement_qa.ingest import Skipped, content_hash, corpus_files, read_corpus
from statement_qa.passages import embedding_text, split_corpus

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
CURRENT = "CURRENT"


@dataclass
class Index:
    """A loaded index: documents, passages in vector order, their vectors, the manifest."""

    documents: dict[str, Document]
    passages: list[Passage]
    vectors: object  # faiss.Index
    manifest: dict
    path: Path | None = None

    @property
    def settings(self) -> dict:
        """Answer settings recorded with the index (calibrated thresholds)."""
        return self.manifest.get("settings", {})


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


def _text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _live_generation(index_dir: Path) -> Path | None:
    pointer = index_dir / CURRENT
    if not pointer.is_file():
        return None
    name = pointer.read_text(encoding="utf-8").strip()
    generation = index_dir / name
    if not name or "/" in name or not generation.is_dir():
        raise IndexProblem(
            f"The index in {index_dir} is damaged (CURRENT names a missing generation); "
            "rebuild it with `statement-qa build`."
        )
    return generation


def _write_jsonl(path: Path, rows) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _document_from_row(row: dict) -> Document:
    row = dict(row)
    row["sections"] = tuple(Section(**s) for s in row["sections"])
    for key in ("aliases", "page_starts", "duplicates", "breaks", "supersedes"):
        row[key] = tuple(row.get(key) or ())
    row["body"] = tuple(row["body"]) if row.get("body") else None
    return Document(**row)


def load(index_dir: Path, embedder: Embedder | None = None) -> Index:
    """Load the live index; refuses one built with another model or format."""
    import faiss

    index_dir = Path(index_dir)
    generation = _live_generation(index_dir)
    if generation is None:
        raise IndexProblem(f"No index in {index_dir}/; run `statement-qa build` first.")
    try:
        manifest = json.loads((generation / "manifest.json").read_text(encoding="utf-8"))
        documents = [_document_from_row(r) for r in _read_jsonl(generation / "documents.jsonl")]
        passages = [Passage(**r) for r in _read_jsonl(generation / "passages.jsonl")]
        vectors = faiss.read_index(str(generation / "vectors.faiss"))
    except (OSError, ValueError, TypeError, KeyError, RuntimeError) as exc:
        raise IndexProblem(
            f"The index in {index_dir} is damaged ({type(exc).__name__}); rebuild it with `statement-qa build`."
        ) from exc
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexProblem(
            f"The index in {index_dir} has format {manifest.get('format_version')}, this version reads "
            f"{FORMAT_VERSION}; rebuild it with `statement-qa build`."
        )
    if vectors.ntotal != len(passages) or vectors.d != manifest["model"]["dimension"]:
        raise IndexProblem(
            f"The index in {index_dir} is damaged (vectors and passages disagree); rebuild it with `statement-qa build`."
        )
    if embedder is not None and manifest["model"]["weights_sha256"] != embedder.weights_sha256:
        raise IndexProblem(
            f"The index in {index_dir} was built with model {manifest['model']['id']}, not "
            f"{embedder.model_id}; rebuild it with `statement-qa build --model ...`."
        )
    return Index({d.id: d for d in documents}, passages, vectors, manifest, generation)


def _previous_vectors(index_dir: Path, embedder: Embedder) -> dict[str, np.ndarray]:
    """Vectors of the live generation by passage text, for an incremental build."""
    try:
        previous = load(index_dir, embedder)
    except IndexProblem as exc:
        if (index_dir / CURRENT).exists():
            log.warning("not reusing the previous index: %s", exc)
        return {}
    cached = previous.vectors.reconstruct_n(0, previous.vectors.ntotal)
    return {
        _text_key(embedding_text(previous.documents[p.doc_id], p)): cached[i]
        for i, p in enumerate(previous.passages)
    }


def build(
    corpus_dir: Path,
    index_dir: Path,
    embedder: Embedder,
    *,
    settings: dict | None = None,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> BuildReport:
    """Read the corpus, embed what is new, and write a new generation of the index."""
    import faiss

    corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
    documents, skipped = read_corpus(corpus_dir)
    passages = split_corpus(documents)
    by_id = {d.id: d for d in documents}
    texts = [embedding_text(by_id[p.doc_id], p) for p in passages]

    index_dir.mkdir(parents=True, exist_ok=True)
    cache = _previous_vectors(index_dir, embedder)
    missing = [i for i, t in enumerate(texts) if _text_key(t) not in cache]
    if on_total:
        on_total(len(missing))
    vectors = np.zeros((len(passages), embedder.dimension), dtype=np.float32)
    for i, text in enumerate(texts):
        if _text_key(text) in cache:
            vectors[i] = cache[_text_key(text)]
    for batch_start in range(0, len(missing), 64):
        batch = missing[batch_start : batch_start + 64]
        vectors[batch] = embedder.embed([texts[i] for i in batch])
        if progress:
            progress(len(batch))

    vector_index = faiss.IndexFlatIP(embedder.dimension)
    if len(vectors):
        vector_index.add(vectors)
    manifest = {
        "format_version": FORMAT_VERSION,
        "model": {"id": embedder.model_id, "weights_sha256": embedder.weights_sha256, "dimension": embedder.dimension},
        "corpus": {"files": _file_hashes(corpus_dir)},
        "skipped": [asdict(s) for s in skipped],
        "documents": len(documents),
        "passages": len(passages),
        "settings": settings if settings is not None else {},
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    _write_generation(index_dir, documents, passages, vector_index, manifest)
    return BuildReport(
        index_dir=str(index_dir),
        documents=len(documents),
        passages=len(passages),
        embedded=len(missing),
        reused=len(passages) - len(missing),
        skipped=tuple(skipped),
        duplicates=tuple((dup, d.source) for d in documents for dup in d.duplicates),
    )


def _file_hashes(corpus_dir: Path) -> dict[str, str]:
    hashes = {}
    for path in corpus_files(corpus_dir):
        try:
            hashes[path.relative_to(corpus_dir).as_posix()] = content_hash(path.read_bytes())
        except OSError:
            continue
    # Sidecars change what is extracted, so they count as corpus content too.
    for path in sorted(corpus_dir.rglob("*.meta.json")):
        hashes[path.relative_to(corpus_dir).as_posix()] = content_hash(path.read_bytes())
    return hashes


def _write_generation(index_dir: Path, documents, passages, vector_index, manifest: dict) -> None:
    import faiss

    staging = Path(tempfile.mkdtemp(prefix=".building-", dir=index_dir))
    staging.chmod(0o755)
    try:
        _write_jsonl(staging / "documents.jsonl", (asdict(d) for d in documents))
        _write_jsonl(staging / "passages.jsonl", (asdict(p) for p in passages))
        faiss.write_index(vector_index, str(staging / "vectors.faiss"))
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        for path in staging.iterdir():
            _fsync(path)
        previous = _live_generation_name(index_dir)
        number = 1 + max((int(p.name[4:]) for p in index_dir.glob("gen-*") if p.name[4:].isdigit()), default=0)
        generation = index_dir / f"gen-{number:04d}"
        os.rename(staging, generation)
        pointer = index_dir / ".CURRENT.tmp"
        pointer.write_text(generation.name + "\n", encoding="utf-8")
        _fsync(pointer)
        os.replace(pointer, index_dir / CURRENT)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    for old in index_dir.glob("gen-*"):
        if old.name != generation.name:
            shutil.rmtree(old, ignore_errors=True)
    for stale in index_dir.glob(".building-*"):
        shutil.rmtree(stale, ignore_errors=True)
    log.info("index generation %s replaces %s", generation.name, previous)


def _live_generation_name(index_dir: Path) -> str | None:
    pointer = index_dir / CURRENT
    return pointer.read_text(encoding="utf-8").strip() if pointer.is_file() else None


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def stale_files(index: Index, corpus_dir: Path) -> list[str]:
    """Corpus files added, changed or removed since the index was built."""
    built = index.manifest.get("corpus", {}).get("files", {})
    now = _file_hashes(Path(corpus_dir)) if Path(corpus_dir).is_dir() else {}
    return sorted(name for name in set(built) | set(now) if built.get(name) != now.get(name))
