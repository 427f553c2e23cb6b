"""The general topics' vectors stored with the index, so that a process's first question does not embed them."""

from __future__ import annotations

import json

import numpy as np
import pytest

from conftest import FakeEmbedder
from statement_qa import vocabulary
from statement_qa.errors import IndexProblem
from statement_qa.index import TOPICS_FILE, build, load, topic_key
from statement_qa.retrieval import Retriever
from statement_qa.vocabulary import GENERAL_TOPICS


class OtherFake(FakeEmbedder):
    """The same vectors from another kind of embedder (as ONNX Runtime beside torch): stored vectors are not its own."""


def _generation(index_dir):
    return index_dir / (index_dir / "CURRENT").read_text().strip()


def test_the_build_stores_the_topics_as_its_embedder_reads_them(corpus_copy, tmp_path, fake_embedder):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    index = load(tmp_path / "index", fake_embedder)
    assert index.manifest["topics"]["embedders"] == [topic_key(fake_embedder)]
    assert TOPICS_FILE in index.manifest["files"]
    stored = index.topic_vectors(FakeEmbedder())
    assert stored is not None and np.array_equal(stored, FakeEmbedder().embed(list(GENERAL_TOPICS)))
    assert index.topic_vectors(OtherFake()) is None


def test_a_retriever_reads_the_stored_topics_and_embeds_none(corpus_copy, tmp_path, fake_embedder):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    asking = FakeEmbedder()
    retriever = Retriever(load(tmp_path / "index", asking), asking)
    vector = asking.embed(["is there a cure for motor neurone disease"])
    asking.embedded.clear()
    similarity, nearest = retriever.general_match(vector)
    assert asking.embedded == []
    expected = FakeEmbedder().embed(list(GENERAL_TOPICS)) @ vector[0]
    assert (similarity, nearest) == (float(expected.max()), int(np.argmax(expected)))


def test_another_embedder_embeds_the_topics_itself(corpus_copy, tmp_path, fake_embedder):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    other = OtherFake()
    retriever = Retriever(load(tmp_path / "index", other), other)
    retriever.general_match(other.embed(["riluzole"]))
    assert other.embedded[-len(GENERAL_TOPICS):] == list(GENERAL_TOPICS)


def test_a_rebuild_reuses_the_stored_topics(corpus_copy, tmp_path, fake_embedder):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    again = FakeEmbedder()
    build(corpus_copy, tmp_path / "index", again)
    assert again.embedded == []
    assert load(tmp_path / "index").topic_vectors(again) is not None


def test_topics_worded_otherwise_since_the_build_are_embedded_again(corpus_copy, tmp_path, fake_embedder, monkeypatch):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    monkeypatch.setattr(vocabulary, "GENERAL_TOPICS", (*GENERAL_TOPICS[:-1], "a topic worded otherwise"))
    assert load(tmp_path / "index").topic_vectors(fake_embedder) is None


def test_an_index_without_stored_topics_still_loads(corpus_copy, tmp_path, fake_embedder):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    generation = _generation(tmp_path / "index")
    manifest = json.loads((generation / "manifest.json").read_text(encoding="utf-8"))
    del manifest["topics"], manifest["files"][TOPICS_FILE]
    (generation / TOPICS_FILE).unlink()
    (generation / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    index = load(tmp_path / "index", fake_embedder)
    assert index.topics == {} and index.topic_vectors(fake_embedder) is None


@pytest.mark.parametrize("damage, message", [
    (lambda gen: (gen / TOPICS_FILE).write_bytes(b"not numpy"), "topics.npz does not match its SHA-256"),
    (lambda gen: (gen / TOPICS_FILE).unlink(), "FileNotFoundError"),
])
def test_damaged_topics_are_refused(corpus_copy, tmp_path, fake_embedder, damage, message):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    damage(_generation(tmp_path / "index"))
    with pytest.raises(IndexProblem, match=rf"is damaged \({message}\)"):
        load(tmp_path / "index")
