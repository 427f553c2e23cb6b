"""Names, topic words and BM25 stored at build time: equal to working them out at load, verified like the rest."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from statement_qa import tables
from statement_qa.answer import Assistant
from statement_qa.errors import IndexProblem
from statement_qa.index import build, load


def _generation(index_dir):
    return index_dir / (index_dir / "CURRENT").read_text().strip()


def _same(stored: tables.Tables, fresh: tables.Tables) -> None:
    for name in ("by_key", "vocabulary", "general", "keys", "organisation_phrases", "coined", "excluded"):
        assert getattr(stored.subjects, name) == getattr(fresh.subjects, name), name
    assert stored.doc_terms == fresh.doc_terms
    assert stored.idf == fresh.idf and stored.unseen_idf == fresh.unseen_idf
    assert stored.bm25_vocab == fresh.bm25_vocab and stored.bm25_vocab_dict == fresh.bm25_vocab_dict
    assert fresh.bm25_scores is not None and stored.bm25_scores is not None
    for name in ("data", "indices", "indptr", "num_docs"):
        assert np.array_equal(stored.bm25_scores[name], fresh.bm25_scores[name]), name
    words = sorted(w for w in fresh.bm25_vocab_dict if w)[:40]
    assert np.array_equal(stored.bm25().get_scores(words), fresh.bm25().get_scores(words))


def test_stored_tables_are_those_worked_out_at_load(corpus_copy, tmp_path, fake_embedder):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    index = load(tmp_path / "index", fake_embedder)
    assert index.tables is not None
    _same(index.tables, tables.compute(index.documents, index.passages))


def test_answers_are_the_same_with_stored_tables_and_without(corpus_copy, tmp_path, fake_embedder):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    stored = Assistant(load(tmp_path / "index", fake_embedder), fake_embedder)
    unstored_index = load(tmp_path / "index", fake_embedder)
    unstored_index.tables = None
    unstored = Assistant(unstored_index, fake_embedder)
    questions = ["Is AstroRx recommended?", "what about the stem cell injections", "Tell me about tofersen",
                 "Is there a cure for ALS?", "NurOwn by BrainStorm"]
    for question in questions:
        assert stored.answer(question) == unstored.answer(question)


def _tamper_json(generation):
    data = json.loads((generation / tables.TABLES_FILE).read_text())
    first = next(iter(data["subjects"]["by_key"]))
    data["subjects"]["by_key"]["zz" + first] = data["subjects"]["by_key"][first]
    (generation / tables.TABLES_FILE).write_text(json.dumps(data))


def _forge(generation, name, data: bytes):
    """Change a table file and its hash in the manifest alike: what only a check of its shape catches."""
    (generation / name).write_bytes(data)
    manifest = json.loads((generation / "manifest.json").read_text())
    manifest["files"][name] = hashlib.sha256(data).hexdigest()
    (generation / "manifest.json").write_text(json.dumps(manifest))


def _drop_from_manifest(generation, name):
    manifest = json.loads((generation / "manifest.json").read_text())
    del manifest["files"][name]
    (generation / "manifest.json").write_text(json.dumps(manifest))


@pytest.mark.parametrize(
    "damage, message",
    [
        (_tamper_json, "is damaged (tables.json does not match its SHA-256)"),
        (lambda gen: (gen / tables.BM25_FILE).write_bytes(b"PK not arrays"), "is damaged (bm25.npz does not match its SHA-256)"),
        (lambda gen: (gen / tables.BM25_FILE).unlink(), "is damaged (FileNotFoundError)"),
        (lambda gen: _drop_from_manifest(gen, tables.BM25_FILE), "is damaged (manifest.json lists only some of the tables)"),
        (lambda gen: _forge(gen, tables.TABLES_FILE, b'{"subjects": {}}'), "is damaged (tables do not fit the index"),
        (lambda gen: _forge(gen, tables.BM25_FILE, b"not an npz"), "is damaged (tables do not fit the index"),
    ],
)
def test_damaged_tables_are_refused_in_one_line(corpus_copy, tmp_path, fake_embedder, damage, message):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    damage(_generation(tmp_path / "index"))
    with pytest.raises(IndexProblem, match="statement-qa build") as caught:
        load(tmp_path / "index", fake_embedder)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_tables_from_other_code_are_worked_out_again(corpus_copy, tmp_path, fake_embedder):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    generation = _generation(tmp_path / "index")
    manifest = json.loads((generation / "manifest.json").read_text())
    manifest["tables"]["code"] = "0" * 64
    (generation / "manifest.json").write_text(json.dumps(manifest))
    index = load(tmp_path / "index", fake_embedder)
    assert index.tables is None
    assert Assistant(index, fake_embedder).retriever.subjects.by_key  # worked out at load


def test_an_index_from_before_the_tables_loads_and_works_them_out(corpus_copy, tmp_path, fake_embedder):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    generation = _generation(tmp_path / "index")
    for name in tables.TABLE_FILES:
        (generation / name).unlink()
        _drop_from_manifest(generation, name)
    index = load(tmp_path / "index", fake_embedder)
    assert index.tables is None
    fresh = tables.compute(index.documents, index.passages)
    assert Assistant(index, fake_embedder).retriever.doc_terms == fresh.doc_terms
