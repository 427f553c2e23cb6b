"""A rebuild parses only the files that changed, and ends with exactly the index a full build makes."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil

import pytest

from conftest import FIXTURES, FakeEmbedder
from statement_qa import ingest, parse_cache
from statement_qa.answer import Assistant
from statement_qa.index import build, load

QUESTIONS = ["Is AstroRx recommended?", "What about Ventrocel?", "Tell me about Velmirsen",
             "Is Gliavanta still recommended?", "NeuroMyoGraft", "Is there a cure for ALS?"]
# The files of a generation that a full build and a rebuild must write alike (the manifest has a time in it).
SAME_FILES = ("documents.jsonl", "passages.jsonl", "tables.json", parse_cache.PARSED_FILE)


def _generation(index_dir):
    return index_dir / (index_dir / "CURRENT").read_text().strip()


def _assert_same_index(rebuilt_dir, full_dir) -> None:
    """Byte for byte the same documents, passages, tables and parse records; the same vectors and answers."""
    rebuilt, full = _generation(rebuilt_dir), _generation(full_dir)
    for name in SAME_FILES:
        assert (rebuilt / name).read_bytes() == (full / name).read_bytes(), name
    a, b = load(rebuilt_dir), load(full_dir)
    assert a.manifest["texts"] == b.manifest["texts"] and a.manifest["corpus"]["files"] == b.manifest["corpus"]["files"]
    assert (a.vector_matrix() == b.vector_matrix()).all()
    embedder = FakeEmbedder()
    first, second = Assistant(a, embedder), Assistant(b, embedder)
    for question in QUESTIONS:
        assert first.answer(question) == second.answer(question), question


def _edit_text(corpus):
    target = corpus / "meridale-mitovance.md"
    target.write_text(target.read_text(encoding="utf-8").replace("no clinical trial evidence", "no trial evidence"),
                      encoding="utf-8")


def _edit_sidecar(corpus):
    sidecar = corpus / "valmera-ventrocel.meta.json"
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    sidecar.write_text(json.dumps({**meta, "title": "Ventrocel: our position"}), encoding="utf-8")


def _supersede(corpus):
    # An unchanged statement becomes superseded: worked out across documents, after the cache.
    (corpus / "northfold-velmirsen.meta.json").write_text(json.dumps({"supersedes": "northfold-gliavanta"}))


@pytest.mark.parametrize(
    "change, parsed",
    [
        (_edit_text, 1),
        (_edit_sidecar, 1),
        (_supersede, 1),
        (lambda corpus: (corpus / "fcma-neuromyograft.txt").unlink(), 1),  # its duplicate is read in its place
        (lambda corpus: (corpus / "kadimastem-astrorx.txt").rename(corpus / "kadimastem-astrorx-2024.txt"), 1),
        (lambda corpus: (corpus / "kettleby-lumagene.html").unlink(), 0),
        (lambda corpus: None, 0),
    ],
    ids=["text", "sidecar", "supersedes-another", "first-of-duplicates-removed", "renamed", "removed", "unchanged"],
)
def test_a_rebuild_parses_only_the_changed_file_and_equals_a_full_build(corpus_copy, tmp_path, change, parsed):
    first = build(corpus_copy, tmp_path / "index", FakeEmbedder())
    assert (first.files_parsed, first.files_reused) == (13, 0)  # 14 files, one a copy of another
    change(corpus_copy)
    report = build(corpus_copy, tmp_path / "index", FakeEmbedder())
    full = build(corpus_copy, tmp_path / "full", FakeEmbedder())
    assert full.files_reused == 0
    assert (report.files_parsed, report.files_reused) == (parsed, full.files_parsed - parsed)
    _assert_same_index(tmp_path / "index", tmp_path / "full")


def test_a_statement_superseded_and_then_not_is_current_again(corpus_copy, tmp_path):
    """The cache keeps what the parser said, not the standing the previous build worked out."""
    build(corpus_copy, tmp_path / "index", FakeEmbedder())
    _supersede(corpus_copy)
    build(corpus_copy, tmp_path / "index", FakeEmbedder())
    assert load(tmp_path / "index").documents["northfold-gliavanta"].status == "superseded"
    (corpus_copy / "northfold-velmirsen.meta.json").unlink()
    report = build(corpus_copy, tmp_path / "index", FakeEmbedder())
    assert report.files_parsed == 1
    assert load(tmp_path / "index").documents["northfold-gliavanta"].status == "current"
    build(corpus_copy, tmp_path / "full", FakeEmbedder())
    _assert_same_index(tmp_path / "index", tmp_path / "full")


def test_other_parsing_code_parses_every_file_again(corpus_copy, tmp_path, monkeypatch, caplog):
    build(corpus_copy, tmp_path / "index", FakeEmbedder())
    monkeypatch.setattr(parse_cache, "code_version", lambda: "0" * 64)
    with caplog.at_level(logging.INFO, logger="statement_qa"):
        report = build(corpus_copy, tmp_path / "index", FakeEmbedder())
    assert (report.files_parsed, report.files_reused) == (13, 0)
    assert "the parsing code changed since the last build; parsing every file again" in caplog.text
    again = build(corpus_copy, tmp_path / "index", FakeEmbedder())  # recorded under the new code
    assert (again.files_parsed, again.files_reused) == (0, 13)


def _rehash(generation, name) -> None:
    manifest = json.loads((generation / "manifest.json").read_text())
    manifest["files"][name] = hashlib.sha256((generation / name).read_bytes()).hexdigest()
    (generation / "manifest.json").write_text(json.dumps(manifest))


def _forge(generation, change) -> None:
    """Change the records and their hash in the manifest alike: what only reading them catches."""
    stored = json.loads((generation / parse_cache.PARSED_FILE).read_text())
    change(stored)
    (generation / parse_cache.PARSED_FILE).write_text(json.dumps(stored))
    _rehash(generation, parse_cache.PARSED_FILE)


def _forge_bytes(generation, data: bytes) -> None:
    (generation / parse_cache.PARSED_FILE).write_bytes(data)
    _rehash(generation, parse_cache.PARSED_FILE)


def _first(stored) -> dict:
    return stored["files"]["kadimastem-astrorx.txt"]["documents"][0]


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda gen: (gen / parse_cache.PARSED_FILE).write_text('{"code": "x", "files": {}}'),
         "parsed.json does not match its SHA-256; parsing every file again"),
        (lambda gen: (gen / parse_cache.PARSED_FILE).unlink(), "cannot read the previous build's parsed.json"),
        (lambda gen: _forge(gen, lambda s: s["files"].update({"a.md": 1})), "parsed.json cannot be used (TypeError)"),
        (lambda gen: _forge(gen, lambda s: _first(s).update(id="no-such-document")), "cannot be used (KeyError)"),
        (lambda gen: _forge(gen, lambda s: _first(s).update(differs={"colour": "red"})), "cannot be used (ValueError)"),
        (lambda gen: _forge(gen, lambda s: _first(s).update(differs={"breaks": [10 ** 9]})), "cannot be used (_Damage)"),
        (lambda gen: _forge(gen, lambda s: _first(s).update(differs={"sections": "none"})), "cannot be used (TypeError)"),
        (lambda gen: _forge_bytes(gen, b"\xff"), "cannot be used (UnicodeDecodeError)"),
    ],
    ids=["tampered", "missing", "not-a-record", "unknown-document", "unknown-field", "offset-outside", "bad-sections",
         "not-utf8"],
)
def test_a_damaged_parse_cache_is_ignored_with_a_log_line(corpus_copy, tmp_path, caplog, damage, message):
    build(corpus_copy, tmp_path / "index", FakeEmbedder())
    damage(_generation(tmp_path / "index"))
    assert load(tmp_path / "index").documents  # the cache is no part of a loaded index
    _edit_text(corpus_copy)
    with caplog.at_level(logging.INFO, logger="statement_qa"):
        report = build(corpus_copy, tmp_path / "index", FakeEmbedder())
    assert message in caplog.text
    assert (report.files_parsed, report.files_reused) == (13, 0) and report.reused > 0  # vectors still reused
    build(corpus_copy, tmp_path / "full", FakeEmbedder())
    _assert_same_index(tmp_path / "index", tmp_path / "full")


def test_an_index_from_before_the_cache_is_parsed_in_full_then_cached(corpus_copy, tmp_path, caplog):
    build(corpus_copy, tmp_path / "index", FakeEmbedder())
    generation = _generation(tmp_path / "index")
    (generation / parse_cache.PARSED_FILE).unlink()
    manifest = json.loads((generation / "manifest.json").read_text())
    del manifest["files"][parse_cache.PARSED_FILE]
    (generation / "manifest.json").write_text(json.dumps(manifest))
    with caplog.at_level(logging.INFO, logger="statement_qa"):
        report = build(corpus_copy, tmp_path / "index", FakeEmbedder())
    assert "keeps no parse results" in caplog.text and report.files_parsed == 13
    assert build(corpus_copy, tmp_path / "index", FakeEmbedder()).files_reused == 13


@pytest.mark.parametrize("folder", ["corpus", "bad", "ingest"])
def test_reading_through_the_cache_gives_what_ingest_gives(folder, tmp_path):
    """Reading through the cache (ingest.read_corpus with the cache as its reader) gives the same results, parsed or reused."""
    corpus = tmp_path / folder
    shutil.copytree(FIXTURES / folder, corpus)
    documents, skipped = ingest.read_corpus(corpus)
    fresh = parse_cache.read_corpus(corpus, {})
    assert (fresh.documents, fresh.skipped) == (documents, skipped)
    reused = parse_cache.read_corpus(corpus, fresh.parsed)
    assert (reused.documents, reused.skipped) == (documents, skipped)
    # Only the files that failed are read again: a failure is never cached.
    assert (reused.files_parsed, reused.files_reused) == (fresh.files_parsed - len(fresh.parsed), len(fresh.parsed))
    assert reused.files_reused > 0


def test_a_key_follows_path_content_and_sidecar(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# A\n")
    key = parse_cache.file_key(path, "a.md", "0" * 64)
    assert key == parse_cache.file_key(path, "a.md", "0" * 64)
    assert key != parse_cache.file_key(path, "b.md", "0" * 64)
    assert key != parse_cache.file_key(path, "a.md", "1" * 64)
    for sidecar in ("a.meta.json", "a.md.meta.json"):  # both names ingest reads a sidecar under
        (tmp_path / sidecar).write_text('{"title": "B"}')
        assert parse_cache.file_key(path, "a.md", "0" * 64) not in (key, None)
        (tmp_path / sidecar).unlink()
    (tmp_path / "a.meta.json").write_text("{not json")
    assert parse_cache.file_key(path, "a.md", "0" * 64) is None  # parsed, and skipped with ingest's reason


def test_the_code_version_covers_the_parser_and_what_it_imports():
    sources, imported = parse_cache._import_closure(parse_cache.PARSER)
    ours = {p.relative_to(parse_cache.Path(parse_cache.__file__).parent).as_posix()
            for folder in ("ingest", "structure")
            for p in (parse_cache.Path(parse_cache.__file__).parent / folder).glob("*.py")}
    assert ours <= sources and {"documents.py", "language.py"} <= sources
    assert {"yaml", "lxml", "pypdf", "dateparser"} <= imported
    # The parser reads the word-frequency table (numpy arrays, `frequencies.py`, covered by the version) to tell a
    # coined drug name from an everyday word; never the index or the model code, whose changes would re-parse all.
    assert "index.py" not in sources and not any(s.startswith("embedding") for s in sources)
    assert not {"torch", "sentence_transformers", "onnxruntime", "faiss"} & imported
    assert "frequencies.py" in sources and "wordfreq" in imported


def test_imports_are_followed_into_functions_and_relative_names(tmp_path, monkeypatch):
    package = tmp_path / "statement_qa"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def read():\n    from statement_qa.b import x\n    return x\n")
    (package / "b.py").write_text("from . import c\nx = 1\n")
    (package / "c.py").write_text("import yaml\nimport json\n")
    (package / "unused.py").write_text("import lxml\n")
    monkeypatch.setattr(parse_cache, "__file__", str(package / "parse_cache.py"))
    sources, imported = parse_cache._import_closure("statement_qa.a")
    assert sources == {"a.py", "b.py", "c.py", "__init__.py"} and imported == {"yaml"}
