"""Passages not in English embedded a second time as their English glosses, read only for questions in English.

The statements here are FICTIONAL test documents: invented organisations, companies and products.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from conftest import FakeEmbedder
from statement_qa.errors import IndexProblem
from statement_qa.index import GLOSSES_FILE, build, load
from statement_qa.passages import gloss_text
from statement_qa.retrieval import Retriever

# Fictional: an Italian association's statement on an invented tablet, and an English one on an invented device.
ITALIAN = """Associazione Lucerna SLA

Zelmacitib (sigla LU-41): la posizione dell'Associazione

Contesto
Lo Zelmacitib (sigla LU-41) è una compressa sviluppata dall'azienda Brevani Farmaceutici. È un inibitore di chinasi nato per una forma di leucemia e ora in studio nella SLA, con l'idea di ridurre l'infiammazione attorno ai motoneuroni.

Raccomandazione
L'Associazione Lucerna SLA sconsiglia l'uso di Zelmacitib al di fuori dello studio clinico autorizzato. Le persone con SLA interessate dovrebbero parlarne con il proprio neurologo.

Documento di prova fittizio.
"""

ENGLISH = """Harrowdene MND Circle

Position statement: the Quellbrace neck collar

Background
The Quellbrace is a soft neck collar made by Tinmoor Devices. It is sold online with claims that it restores neck strength in motor neurone disease. No study has tested it.

Our position
We do not recommend buying the Quellbrace. Ask your occupational therapist about neck support that is fitted for you.

A fictional test document.
"""


@pytest.fixture
def two_languages(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "lucerna-zelmacitib-it.txt").write_text(ITALIAN, encoding="utf-8")
    (corpus / "harrowdene-quellbrace.txt").write_text(ENGLISH, encoding="utf-8")
    return corpus


def _generation(index_dir):
    return index_dir / (index_dir / "CURRENT").read_text().strip()


def test_the_build_embeds_each_glossed_passage_once_more(two_languages, tmp_path):
    embedder = FakeEmbedder()
    report = build(two_languages, tmp_path / "index", embedder)
    index = load(tmp_path / "index", embedder)
    assert GLOSSES_FILE in index.manifest["files"] and index.glosses is not None
    rows, vectors = index.glosses
    expected = [(i, gloss_text(index.documents[p.doc_id], p)) for i, p in enumerate(index.passages)]
    expected = [(i, text) for i, text in expected if text]
    assert rows.tolist() == [i for i, _ in expected] and report.glossed == len(expected) > 0
    assert {index.passages[int(i)].doc_id for i in rows} == {"lucerna-zelmacitib-it"}
    assert np.array_equal(vectors, FakeEmbedder().embed([text for _, text in expected]))
    assert report.embedded == report.passages == len(index.passages)  # the report counts passages, not glosses
    assert "also read by their English glosses" in report.summary(tmp_path / "index")


def test_gloss_text_is_english_terms_after_the_title(two_languages, tmp_path):
    build(two_languages, tmp_path / "index", FakeEmbedder())
    index = load(tmp_path / "index")
    document = index.documents["lucerna-zelmacitib-it"]
    texts = [gloss_text(document, p) for p in index.passages if p.doc_id == document.id]
    assert all(t and t.startswith(f"{document.title}: ") for t in texts)
    assert any("leukaemia" in t and "inflammation" in t for t in texts if t)
    english = index.documents["harrowdene-quellbrace"]
    assert all(gloss_text(english, p) is None for p in index.passages if p.doc_id == english.id)


def test_a_rebuild_embeds_no_gloss_again(two_languages, tmp_path):
    build(two_languages, tmp_path / "index", FakeEmbedder())
    again = FakeEmbedder()
    report = build(two_languages, tmp_path / "index", again)
    assert again.embedded == []
    assert report.embedded == 0 and load(tmp_path / "index").glosses is not None


def test_an_index_without_glosses_still_loads(two_languages, tmp_path):
    build(two_languages, tmp_path / "index", FakeEmbedder())
    generation = _generation(tmp_path / "index")
    manifest = json.loads((generation / "manifest.json").read_text(encoding="utf-8"))
    del manifest["files"][GLOSSES_FILE]
    (generation / GLOSSES_FILE).unlink()
    (generation / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    index = load(tmp_path / "index")
    assert index.glosses is None
    retriever = Retriever(index, FakeEmbedder())
    assert retriever.rank(retriever.analyse("zelmacitib"))[0].doc_id == "lucerna-zelmacitib-it"  # as before


def _rewrite(generation, **arrays):
    """A glosses file rewritten, with the manifest's hash made to match (a careful tamper)."""
    import hashlib
    import io

    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    (generation / GLOSSES_FILE).write_bytes(buffer.getvalue())
    manifest = json.loads((generation / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"][GLOSSES_FILE] = hashlib.sha256(buffer.getvalue()).hexdigest()
    (generation / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize("damage, message", [
    (lambda gen: (gen / GLOSSES_FILE).write_bytes(b"not numpy"), "glosses.npz does not match its SHA-256"),
    (lambda gen: (gen / GLOSSES_FILE).unlink(), "FileNotFoundError"),
    (lambda gen: _rewrite(gen, rows=np.array([0, 10_000]), vectors=np.zeros((2, 64), dtype=np.float32)),
     "glosses.npz does not fit the passages"),
    (lambda gen: _rewrite(gen, rows=np.array([1, 0]), vectors=np.zeros((2, 64), dtype=np.float32)),
     "glosses.npz does not fit the passages"),
    (lambda gen: _rewrite(gen, rows=np.array([0]), vectors=np.zeros((1, 3), dtype=np.float32)),
     "glosses.npz does not fit the passages"),
    (lambda gen: _rewrite(gen, vectors=np.zeros((1, 64), dtype=np.float32)), "glosses.npz does not fit the manifest"),
])
def test_damaged_glosses_are_refused(two_languages, tmp_path, damage, message):
    build(two_languages, tmp_path / "index", FakeEmbedder())
    damage(_generation(tmp_path / "index"))
    with pytest.raises(IndexProblem, match=rf"is damaged \({message}\)"):
        load(tmp_path / "index")


def _italian_dense(index, embedder, question: str) -> float:
    retriever = Retriever(index, embedder)
    query = retriever.analyse(question)
    hits = {h.doc_id: h for h in retriever.rank(query, include=("lucerna-zelmacitib-it",))}
    return hits["lucerna-zelmacitib-it"].dense


def test_an_english_description_meets_an_italian_statement_through_its_glosses(two_languages, tmp_path, real_embedder):
    build(two_languages, tmp_path / "index", real_embedder)
    index = load(tmp_path / "index", real_embedder)
    question = "Is the leukaemia tablet being tested in ALS to reduce inflammation around the motor neurons any good?"
    retriever = Retriever(index, real_embedder)
    assert retriever.rank(retriever.analyse(question))[0].doc_id == "lucerna-zelmacitib-it"
    with_glosses = _italian_dense(index, real_embedder, question)
    index.glosses = None
    without = _italian_dense(index, real_embedder, question)
    assert with_glosses > without + 0.1


def test_a_question_in_another_language_never_reads_the_glosses(two_languages, tmp_path, real_embedder):
    build(two_languages, tmp_path / "index", real_embedder)
    index = load(tmp_path / "index", real_embedder)
    question = "¿Es buena la tableta contra la leucemia que se prueba en la ELA para reducir la inflamación?"
    with_glosses = _italian_dense(index, real_embedder, question)
    index.glosses = None
    assert _italian_dense(index, real_embedder, question) == with_glosses


def test_a_general_question_is_not_answered_through_glosses(two_languages, tmp_path, real_embedder):
    from statement_qa.answer import DECLINED, Assistant

    build(two_languages, tmp_path / "index", real_embedder)
    assistant = Assistant(load(tmp_path / "index", real_embedder), real_embedder)
    for question in ("Is there a cure for ALS yet?", "What is the difference between ALS and MND?"):
        assert assistant.answer(question).outcome == DECLINED, question
