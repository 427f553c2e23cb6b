"""The index on disk: incremental builds, atomic generations, refusing what it cannot trust."""

from __future__ import annotations

import json

import numpy as np
import pytest

from conftest import FakeEmbedder
from statement_qa.errors import IndexProblem
from statement_qa.index import build, load, stale_files


def test_build_then_load_round_trip(corpus_copy, tmp_path, fake_embedder):
    report = build(corpus_copy, tmp_path / "index", fake_embedder)
    index = load(tmp_path / "index", fake_embedder)
    assert report.documents == len(index.documents) == 13
    assert report.passages == len(index.passages) == index.vectors.ntotal
    assert report.duplicates == (("neuromyograft-statement.txt", "fcma-neuromyograft.txt"),)
    manifest = index.manifest
    assert manifest["model"] == {"id": "fake-bag-of-words", "weights_sha256": "0" * 64, "dimension": 64}
    assert manifest["format_version"] == 2
    assert manifest["corpus"]["root"] == str(corpus_copy.resolve())
    assert set(manifest["files"]) == {"documents.jsonl", "passages.jsonl", "vectors.faiss", "tables.json", "bm25.npz",
                                      "parsed.json", "topics.npz"}
    assert set(manifest["tables"]) == {"code"} and index.tables is not None
    assert set(manifest["texts"]) == set(index.documents)
    assert set(manifest["corpus"]["files"]) >= {"kadimastem-astrorx.txt", "valmera-ventrocel.meta.json"}
    for passage in index.passages:
        assert index.documents[passage.doc_id].text[passage.start : passage.end] == passage.text
    stored = index.vectors.reconstruct_n(0, index.vectors.ntotal)
    assert np.allclose(np.linalg.norm(stored, axis=1), 1.0, atol=1e-5)


def test_the_vector_matrix_is_the_faiss_index_own_memory(corpus_copy, tmp_path, fake_embedder):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    index = load(tmp_path / "index", fake_embedder)
    stored = index.vectors.reconstruct_n(0, index.vectors.ntotal)
    matrix = index.vector_matrix()
    assert matrix.dtype == np.float32 and np.array_equal(matrix, stored)
    assert not matrix.flags.writeable and not matrix.flags.owndata
    del index  # the matrix keeps the FAISS index, and so its memory, alive
    assert np.array_equal(matrix, stored)


def test_unchanged_files_are_not_embedded_again(corpus_copy, tmp_path):
    first = FakeEmbedder()
    report = build(corpus_copy, tmp_path / "index", first)
    assert report.embedded == report.passages and report.reused == 0

    second = FakeEmbedder()
    report = build(corpus_copy, tmp_path / "index", second)
    assert (report.embedded, second.embedded) == (0, [])

    target = corpus_copy / "meridale-mitovance.md"
    target.write_text(target.read_text(encoding="utf-8").replace("no clinical trial evidence", "no trial evidence"),
                      encoding="utf-8")
    third = FakeEmbedder()
    report = build(corpus_copy, tmp_path / "index", third)
    assert 0 < report.embedded < report.passages
    assert all("Mitovance" in text for text in third.embedded)


def test_a_crash_mid_build_leaves_the_previous_index_whole(corpus_copy, tmp_path, fake_embedder, monkeypatch):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    before = load(tmp_path / "index", fake_embedder)
    (corpus_copy / "kadimastem-astrorx.txt").unlink()

    import faiss

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(faiss, "write_index", crash)
    with pytest.raises(OSError):
        build(corpus_copy, tmp_path / "index", fake_embedder)
    monkeypatch.undo()
    after = load(tmp_path / "index", fake_embedder)
    assert set(after.documents) == set(before.documents)
    assert not list((tmp_path / "index").glob(".building-*"))


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda gen: (gen / "passages.jsonl").write_text("{broken\n"), "is damaged (passages.jsonl does not match its SHA-256)"),
        (lambda gen: (gen / "vectors.faiss").write_bytes(b"not faiss"), "is damaged (vectors.faiss does not match its SHA-256)"),
        (lambda gen: (gen / "manifest.json").unlink(), "is damaged (FileNotFoundError)"),
        (lambda gen: (gen.parent / "CURRENT").write_text("gen-9999\n"), "CURRENT names a missing generation"),
        (lambda gen: _edit_manifest(gen, format_version=99), "has format 99, this version reads 2"),
    ],
)
def test_a_damaged_index_is_refused_with_what_to_do(corpus_copy, tmp_path, fake_embedder, damage, message):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    generation = tmp_path / "index" / (tmp_path / "index" / "CURRENT").read_text().strip()
    damage(generation)
    with pytest.raises(IndexProblem, match="statement-qa build") as caught:
        load(tmp_path / "index", fake_embedder)
    assert message in str(caught.value)
    # A damaged index is rebuilt from scratch rather than trusted for reuse.
    report = build(corpus_copy, tmp_path / "index", fake_embedder)
    assert report.reused == 0 and load(tmp_path / "index", fake_embedder).vectors.ntotal == report.passages


def _edit_manifest(generation, **changes):
    manifest = json.loads((generation / "manifest.json").read_text())
    manifest.update(changes)
    (generation / "manifest.json").write_text(json.dumps(manifest))


def test_an_index_built_with_another_model_is_refused(corpus_copy, tmp_path, fake_embedder):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    other = FakeEmbedder()
    other.weights_sha256 = "1" * 64
    with pytest.raises(IndexProblem, match="was built with model fake-bag-of-words"):
        load(tmp_path / "index", other)


def test_missing_index_says_how_to_build_it(tmp_path):
    with pytest.raises(IndexProblem, match=r"No index in .*; run `statement-qa build` first"):
        load(tmp_path / "nothing-here")


def test_staleness_names_changed_files(corpus_copy, tmp_path, fake_embedder):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    index = load(tmp_path / "index")
    assert stale_files(index, corpus_copy) == []
    (corpus_copy / "new-statement.md").write_text("# New\n\nSome text here.\n")
    (corpus_copy / "kettleby-lumagene.html").unlink()
    assert stale_files(index, corpus_copy) == ["kettleby-lumagene.html", "new-statement.md"]


def test_faiss_padding_never_becomes_a_passage(corpus_copy, tmp_path, fake_embedder):
    """Asking FAISS for more neighbours than it holds pads with -1; none may map to a passage."""
    from statement_qa.retrieval import Retriever

    small = tmp_path / "small"
    small.mkdir()
    (small / "a.md").write_text("# Alpha\n\nOne short sentence about nothing much at all here.\n")
    build(small, tmp_path / "index", fake_embedder)
    index = load(tmp_path / "index", fake_embedder)
    _, ids = index.vectors.search(fake_embedder.embed(["alpha"]), 10)
    assert (ids[0] == -1).sum() == 10 - index.vectors.ntotal
    retriever = Retriever(index, fake_embedder, "dense")
    hits = retriever.rank(retriever.analyse("alpha"))
    assert [h.doc_id for h in hits] == ["a"]
    assert sorted(p.passage for p in hits[0].passages) == list(range(len(index.passages)))


def test_a_large_index_searches_an_hnsw_graph_and_finds_what_exact_search_finds(corpus_copy, tmp_path, fake_embedder,
                                                                                monkeypatch):
    import statement_qa.index as index_module
    from statement_qa.answer import Assistant

    build(corpus_copy, tmp_path / "exact", fake_embedder)
    exact = load(tmp_path / "exact", fake_embedder)
    monkeypatch.setattr(index_module, "HNSW_ABOVE", 5)  # as if this small corpus were past the size
    build(corpus_copy, tmp_path / "graph", fake_embedder)
    graph = load(tmp_path / "graph", fake_embedder)
    assert exact.manifest["vector_search"] == "exact" and not hasattr(exact.vectors, "hnsw")
    assert graph.manifest["vector_search"] == "hnsw" and graph.vectors.hnsw.efSearch == index_module.HNSW_EF_SEARCH
    assert np.array_equal(graph.vector_matrix(), exact.vector_matrix())
    questions = ["Is AstroRx proven?", "What is MND?", "stem cell clinic abroad", "Is there a cure for ALS?"]
    for question in questions:
        one = Assistant(exact, fake_embedder).answer(question)
        other = Assistant(graph, fake_embedder).answer(question)
        assert (one.outcome, one.statement and one.statement.id) == (other.outcome, other.statement and other.statement.id)
