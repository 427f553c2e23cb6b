"""Shared fixtures: data folders under tmp_path, a fast fake embedder, the real model once."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import numpy as np
import pytest

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_CORPUS = FIXTURES / "corpus"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def data_folders_in_tmp(tmp_path, monkeypatch):
    """Every test runs in its own folder, so default corpus/ and index/ never touch the repository."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


class FakeEmbedder:
    """Deterministic bag-of-words vectors: fast, and similar texts get similar vectors."""

    model_id = "fake-bag-of-words"
    weights_sha256 = "0" * 64
    dimension = 64

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def embed(self, texts):
        self.embedded.extend(texts)
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                vectors[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dimension] += 1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)


@pytest.fixture
def fake_embedder():
    return FakeEmbedder()


@pytest.fixture
def corpus_copy(tmp_path):
    """A writable copy of the fictional fixture corpus (with the real seed)."""
    target = tmp_path / "corpus"
    shutil.copytree(FIXTURE_CORPUS, target, symlinks=False)
    return target


@pytest.fixture(scope="session")
def real_embedder():
    from statement_qa.embedding import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder()


@pytest.fixture(scope="session")
def dev_index(tmp_path_factory, real_embedder):
    """The fixture corpus indexed once with the bundled model."""
    from statement_qa.index import build
    from statement_qa.settings import Settings

    folder = tmp_path_factory.mktemp("dev-index")
    build(FIXTURE_CORPUS, folder, real_embedder, settings=Settings().to_dict())
    return folder


@pytest.fixture(scope="session")
def assistant(dev_index, real_embedder):
    """Answers from the fixture corpus with the real model."""
    from statement_qa.answer import Assistant
    from statement_qa.index import load

    return Assistant(load(dev_index, real_embedder), real_embedder)
