"""The embedders behind the seam: which `--model` gives which, hash checks, and each model's contract."""

from __future__ import annotations

import numpy as np
import pytest

from statement_qa.embedding import (
    DEFAULT_MODEL,
    SentenceTransformerEmbedder,
    make_embedder,
)
from statement_qa.errors import ConfigError

# A fictional therapy, in the style of the fixture statements.
PASSAGE = (
    "Quorixel — Recommendation: There is insufficient evidence that Quorixel slows the progression "
    "of motor neurone disease. People should not pay for it outside a clinical trial."
)
UNRELATED = "Opening hours — Contact: Our office is open Monday to Friday from nine to five; parking is free."


@pytest.fixture(scope="module")
def e5():
    from statement_qa.embedding_e5 import E5Embedder

    return E5Embedder()


def test_make_embedder_knows_the_bundled_and_the_multilingual_model():
    from statement_qa.embedding_e5 import E5_MODEL, E5Embedder

    assert isinstance(make_embedder(None), SentenceTransformerEmbedder)
    assert make_embedder(DEFAULT_MODEL).model_id == DEFAULT_MODEL
    multilingual = make_embedder(E5_MODEL)
    assert isinstance(multilingual, E5Embedder)
    assert (multilingual.model_id, multilingual.dimension) == ("multilingual-e5-small", 384)


def test_make_embedder_takes_a_local_sentence_transformers_folder():
    from statement_qa.embedding import bundled_model_dir

    folder = bundled_model_dir()
    embedder = make_embedder(str(folder))
    assert isinstance(embedder, SentenceTransformerEmbedder)
    assert embedder.model_id == str(folder.resolve())


def test_make_embedder_refuses_a_name_it_cannot_find_locally(tmp_path):
    with pytest.raises(ConfigError, match="not a local folder; models cannot be downloaded here"):
        make_embedder("intfloat/multilingual-e5-base")


def test_the_multilingual_weights_are_hash_checked(tmp_path):
    from statement_qa.embedding_e5 import E5Embedder

    wrong = tmp_path / "e5-small-q4.bin"
    wrong.write_bytes(b"not the model")
    with pytest.raises(ConfigError, match="do not match their SHA-256"):
        E5Embedder(weights=wrong)
    with pytest.raises(ConfigError, match="No multilingual model weights"):
        E5Embedder(weights=tmp_path / "missing.bin")


def test_nothing_is_loaded_before_first_use():
    from statement_qa.embedding_e5 import E5Embedder

    assert E5Embedder()._model is None


@pytest.mark.slow
def test_e5_gives_unit_float32_vectors_of_its_dimension(e5):
    vectors = e5.embed([PASSAGE, UNRELATED, "ünïcødé – ¿qué?"])
    assert vectors.dtype == np.float32 and vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert e5.embed([]).shape == (0, 384) and e5.embed_query([]).shape == (0, 384)
    assert e5.embed_query(["one question"]).shape == (1, 384)


@pytest.mark.slow
def test_e5_embeds_questions_and_passages_with_their_own_prefix(e5):
    text = "Does Quorixel slow down motor neurone disease?"
    as_query, as_passage = e5.embed_query([text])[0], e5.embed([text])[0]
    assert float(as_query @ as_passage) < 0.999
    # Deterministic: the same text gives the same vector every time.
    assert np.array_equal(e5.embed_query([text])[0], as_query)


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "¿Quorixel frena la progresión de la enfermedad de la motoneurona?",  # es
        "Quorixel ralentit-il la progression de la maladie du motoneurone ?",  # fr
        "Verlangsamt Quorixel das Fortschreiten der Motoneuron-Erkrankung?",  # de
    ],
)
def test_e5_puts_a_question_in_another_language_closest_to_its_english_passage(e5, question):
    query = e5.embed_query([question])[0]
    related, unrelated = e5.embed([PASSAGE, UNRELATED])
    assert float(query @ related) > float(query @ unrelated) + 0.02


@pytest.mark.slow
def test_sentence_transformers_embeds_questions_like_passages(real_embedder):
    texts = ["Is Quorixel proven?"]
    assert np.array_equal(real_embedder.embed_query(texts), real_embedder.embed(texts))


# -- the bundled model on ONNX Runtime ---------------------------------------------------


@pytest.fixture(scope="session")
def onnx_cache(tmp_path_factory):
    """A cache with the bundled model exported once (reusing ~/.cache's export when there is one)."""
    from statement_qa.embedding_onnx import export_dir, export_onnx

    if (export_dir() / "model.onnx").is_file():
        return None
    folder = tmp_path_factory.mktemp("onnx-cache")
    export_onnx(export_dir(folder))
    return folder


def test_an_onnx_export_that_does_not_match_its_record_is_refused(tmp_path):
    import hashlib
    import json

    from statement_qa.embedding import DEFAULT_WEIGHTS_SHA256
    from statement_qa.embedding_onnx import OnnxEmbedder, export_dir

    folder = export_dir(tmp_path)
    folder.mkdir(parents=True)
    (folder / "model.onnx").write_bytes(b"changed")
    (folder / "export.json").write_text('{"source_weights_sha256": "x", "onnx_sha256": "y"}')
    with pytest.raises(ConfigError, match="does not match its record"):
        OnnxEmbedder(cache_dir=tmp_path)
    with pytest.raises(ConfigError, match="No exported ONNX model"):
        OnnxEmbedder(cache_dir=tmp_path / "empty", export=False)
    # The graph matches its record but the weights file beside it does not (or is missing).
    (folder / "model.onnx").write_bytes(b"graph")
    record = {"source_weights_sha256": DEFAULT_WEIGHTS_SHA256, "onnx_sha256": hashlib.sha256(b"graph").hexdigest(),
              "onnx_data_sha256": hashlib.sha256(b"weights").hexdigest()}
    (folder / "export.json").write_text(json.dumps(record))
    with pytest.raises(ConfigError, match="does not match its record"):
        OnnxEmbedder(cache_dir=tmp_path)
    (folder / "model.onnx.data").write_bytes(b"changed")
    with pytest.raises(ConfigError, match="does not match its record"):
        OnnxEmbedder(cache_dir=tmp_path)


def test_the_onnx_export_keeps_its_weights_beside_the_graph(onnx_cache):
    """onnxruntime memory-maps an external weights file (a question touches few embedding rows); readable like the graph."""
    import onnx

    from statement_qa.embedding_onnx import GRAPH_FILE, WEIGHTS_FILE, export_dir

    folder = export_dir(onnx_cache)
    graph = onnx.load(str(folder / GRAPH_FILE), load_external_data=False)
    large = [t for t in graph.graph.initializer if len(t.raw_data) >= 1024 or t.data_location == onnx.TensorProto.EXTERNAL]
    assert large and all(t.data_location == onnx.TensorProto.EXTERNAL for t in large)
    assert {e.value for t in large for e in t.external_data if e.key == "location"} == {WEIGHTS_FILE}
    assert (folder / WEIGHTS_FILE).stat().st_mode & 0o777 == (folder / GRAPH_FILE).stat().st_mode & 0o777


def test_questions_are_answered_on_onnx_unless_a_model_is_named(onnx_cache, monkeypatch):
    """`ask` and the app load no torch by default; a model named is the model used."""
    from statement_qa.embedding import make_query_embedder
    from statement_qa.embedding_e5 import E5Embedder
    from statement_qa.embedding_onnx import OnnxEmbedder

    if onnx_cache is not None:
        monkeypatch.setenv("STATEMENT_QA_CACHE", str(onnx_cache))
    notices: list[str] = []
    assert isinstance(make_query_embedder(None, notices.append), OnnxEmbedder)
    assert isinstance(make_query_embedder(DEFAULT_MODEL, notices.append), SentenceTransformerEmbedder)
    assert isinstance(make_query_embedder("multilingual-e5-small", notices.append), E5Embedder)
    assert notices == []


def test_a_broken_onnx_export_leaves_questions_to_torch_with_a_notice(tmp_path, monkeypatch):
    from statement_qa.embedding import make_query_embedder
    from statement_qa.embedding_onnx import export_dir

    folder = export_dir(tmp_path)
    folder.mkdir(parents=True)
    (folder / "model.onnx").write_bytes(b"changed")
    (folder / "export.json").write_text('{"source_weights_sha256": "x", "onnx_sha256": "y"}')
    monkeypatch.setenv("STATEMENT_QA_CACHE", str(tmp_path))
    notices: list[str] = []
    assert isinstance(make_query_embedder(None, notices.append), SentenceTransformerEmbedder)
    assert len(notices) == 1 and "does not match its record" in notices[0]


@pytest.mark.slow
def test_onnx_vectors_match_the_torch_ones(onnx_cache, real_embedder):
    import json

    from conftest import FIXTURES
    from statement_qa.embedding_onnx import OnnxEmbedder

    questions = [json.loads(line)["question"] for line in (FIXTURES / "questions" / "dev.jsonl").open()
                 if line.strip()]
    onnx = OnnxEmbedder(cache_dir=onnx_cache)
    assert (onnx.model_id, onnx.weights_sha256) == (real_embedder.model_id, real_embedder.weights_sha256)
    ours, reference = onnx.embed(questions), real_embedder.embed(questions)
    assert ours.dtype == np.float32 and ours.shape == reference.shape
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert float((ours * reference).sum(axis=1).min()) >= 0.999
    assert np.array_equal(onnx.embed_query(questions[:3]), ours[:3])


@pytest.mark.slow
def test_onnx_answers_without_importing_torch(onnx_cache):
    import subprocess
    import sys

    cache = f"{str(onnx_cache)!r}" if onnx_cache else "None"
    script = (
        "import sys; from pathlib import Path; from statement_qa.embedding_onnx import OnnxEmbedder; "
        f"cache = {cache}; e = OnnxEmbedder(cache_dir=Path(cache) if cache else None, export=False); "
        "e.embed(['Is Quorixel proven?']); print('torch' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
