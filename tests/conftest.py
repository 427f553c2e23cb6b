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


def quoted(document) -> str:
    """The text of a document's position section (what would be quoted); fails when none was found."""
    assert document.position is not None, "no position found"
    return document.section_text(document.sections[document.position])


def first_document(folder: Path, name: str, only: bool = False):
    """The first Document read from one fixture file of `folder`; with `only`, asserts the file holds just one."""
    from statement_qa.ingest import read_documents

    documents = read_documents(folder / name, folder)
    assert not only or len(documents) == 1, [d.id for d in documents]
    return documents[0]


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_serve(args: list[str], cwd: Path, log, env: dict, wait_s: float = 180) -> tuple:
    """`statement-qa serve ARGS --port P` in a child process, once it answers HTTP: (process, url).

    The child's output goes to `log` (an open text file), shown when it exits before answering.
    """
    import subprocess
    import sys
    import time
    import urllib.request

    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "statement_qa", "serve", *args, "--port", str(port)],
                               cwd=cwd, stdout=log, stderr=subprocess.STDOUT, env={**env, "PYTHONUNBUFFERED": "1"})
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + wait_s
    while True:
        if process.poll() is not None:
            log.seek(0)
            pytest.fail(f"`statement-qa serve` exited with {process.returncode}:\n{log.read()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return process, url
        except OSError:
            pass
        if time.monotonic() > deadline:
            stop_serve(process)
            pytest.fail(f"`statement-qa serve` did not answer HTTP within {wait_s:.0f} s")
        time.sleep(0.5)


def stop_serve(process) -> None:
    """Stop a child started by `start_serve`: terminate, then kill if it lingers."""
    import subprocess

    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


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


def fake_assistant(corpus: Path, folder: Path):
    """An assistant over `corpus`, indexed into `folder` with the fast fake embedder."""
    from statement_qa.answer import Assistant
    from statement_qa.index import build, load

    embedder = FakeEmbedder()
    build(corpus, folder, embedder)
    return Assistant(load(folder, embedder), embedder)


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
