"""A tampered or malformed index is refused in one line; a quote is checked against the verified text."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from conftest import FakeEmbedder
from statement_qa import cli, embedding
from statement_qa.errors import IndexProblem
from statement_qa.index import build, load, reload_if_changed


@pytest.fixture
def index_dir(corpus_copy, tmp_path, fake_embedder):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    return tmp_path / "index"


def _generation(index_dir: Path) -> Path:
    return index_dir / (index_dir / "CURRENT").read_text().strip()


def _rehash(generation: Path) -> None:
    """What a careful attacker does: make the manifest's file hashes match the edited files."""
    manifest = json.loads((generation / "manifest.json").read_text())
    for name in manifest["files"]:
        manifest["files"][name] = hashlib.sha256((generation / name).read_bytes()).hexdigest()
    (generation / "manifest.json").write_text(json.dumps(manifest))


def _edit_manifest(generation: Path, change) -> None:
    manifest = json.loads((generation / "manifest.json").read_text())
    change(manifest)
    (generation / "manifest.json").write_text(json.dumps(manifest))


def _edit_rows(generation: Path, name: str, change) -> None:
    rows = [json.loads(line) for line in (generation / name).read_text().splitlines()]
    rows = change(rows)
    (generation / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


def _flip_bytes(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(len(data) - 200, len(data) - 184):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def _seed_text(rows):
    for row in rows:
        if row["id"] == "kadimastem-astrorx":
            row["text"] = row["text"].replace("there is insufficient evidence", "there is now strong evidence")
    return rows


def _section_out_of_range(rows):
    rows[0]["sections"][-1]["end"] = len(rows[0]["text"]) + 500
    return rows


def _passage_out_of_range(rows):
    rows[0]["start"], rows[0]["end"] = 10**9, 10**9 + 5
    return rows


DAMAGE = [
    ("flipped bytes in vectors.faiss", lambda g: _flip_bytes(g / "vectors.faiss"),
     "vectors.faiss does not match its SHA-256"),
    ("edited text in documents.jsonl", lambda g: _edit_rows(g, "documents.jsonl", _seed_text),
     "documents.jsonl does not match its SHA-256"),
    ("edited text, file hashes recomputed", lambda g: (_edit_rows(g, "documents.jsonl", _seed_text), _rehash(g)),
     "the text of kadimastem-astrorx does not match its SHA-256"),
    ("deleted document line, hashes recomputed",
     lambda g: (_edit_rows(g, "documents.jsonl", lambda rows: rows[1:]), _rehash(g)),
     "documents.jsonl and the manifest list different documents"),
    ("section offsets out of range", lambda g: (_edit_rows(g, "documents.jsonl", _section_out_of_range), _rehash(g)),
     "has a section outside its text"),
    ("passage offsets out of range", lambda g: (_edit_rows(g, "passages.jsonl", _passage_out_of_range), _rehash(g)),
     "is not a slice of its document"),
    ("non-UTF-8 bytes in passages.jsonl",
     lambda g: ((g / "passages.jsonl").write_bytes(b"\xff\xfe{}\n"), _rehash(g)), "passages.jsonl is not UTF-8"),
    ("manifest without model", lambda g: _edit_manifest(g, lambda m: m.pop("model")),
     "manifest.json has no valid model"),
    ("manifest with a text threshold", lambda g: _edit_manifest(g, lambda m: m.update(settings={"thresholds": {"hybrid": "high"}})),
     "settings hold a threshold that is not a number"),
    ("manifest with settings as a list", lambda g: _edit_manifest(g, lambda m: m.update(settings=[1])),
     "settings are not an object"),
    ("manifest not JSON", lambda g: (g / "manifest.json").write_text("{"), "manifest.json is not JSON"),
    ("manifest not UTF-8", lambda g: (g / "manifest.json").write_bytes(b"\xff\xfe\x00"), "manifest.json is not UTF-8"),
    ("manifest is a list", lambda g: (g / "manifest.json").write_text("[]"), "manifest.json is not an object"),
    ("manifest missing", lambda g: (g / "manifest.json").unlink(), "FileNotFoundError"),
    ("vectors missing", lambda g: (g / "vectors.faiss").unlink(), "FileNotFoundError"),
    ("300-character name in CURRENT", lambda g: (g.parent / "CURRENT").write_text("gen-" + "x" * 296),
     "CURRENT does not hold a generation name"),
    ("non-UTF-8 bytes in CURRENT", lambda g: (g.parent / "CURRENT").write_bytes(b"\xff\xfe\n"),
     "CURRENT does not hold a generation name"),
    ("path in CURRENT", lambda g: (g.parent / "CURRENT").write_text("../../etc\n"),
     "CURRENT does not hold a generation name"),
    ("empty CURRENT", lambda g: (g.parent / "CURRENT").write_text(""), "CURRENT does not hold a generation name"),
    ("CURRENT names a missing generation", lambda g: (g.parent / "CURRENT").write_text("gen-9999\n"),
     "CURRENT names a missing generation"),
]


@pytest.mark.parametrize("damage, expected", [d[1:] for d in DAMAGE], ids=[d[0] for d in DAMAGE])
def test_a_tampered_or_malformed_index_is_refused_in_one_line(index_dir, fake_embedder, damage, expected):
    damage(_generation(index_dir) if (index_dir / "CURRENT").read_text().strip() else index_dir)
    with pytest.raises(IndexProblem) as caught:
        load(index_dir, fake_embedder)
    message = str(caught.value)
    assert expected in message
    assert "\n" not in message and len(message) < 400 and "statement-qa build" in message


def test_ask_on_a_tampered_index_prints_one_line_and_no_quote(index_dir, capsys, monkeypatch):
    monkeypatch.setattr(embedding, "SentenceTransformerEmbedder", lambda model=None: FakeEmbedder())
    _edit_rows(_generation(index_dir), "documents.jsonl", _seed_text)
    code = cli.main(["ask", "--index", str(index_dir), "Is AstroRx proven?"])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "documents.jsonl does not match its SHA-256" in err
    assert "strong evidence" not in out + err


def test_a_quote_is_verified_against_the_document_text(index_dir, fake_embedder):
    index = load(index_dir, fake_embedder)
    document = index.documents["kadimastem-astrorx"]
    section = document.recommendation
    quote = document.text[section.start : section.end]
    assert index.verify_quote(document.id, section.start, section.end, quote)
    assert not index.verify_quote(document.id, section.start, section.end, quote.replace("insufficient", "strong"))
    assert not index.verify_quote(document.id, section.start + 1, section.end, quote)
    assert not index.verify_quote(document.id, -1, section.end, quote)
    assert not index.verify_quote(document.id, 0, len(document.text) + 1, document.text)
    assert not index.verify_quote("no-such-document", 0, 1, document.text[:1])


def test_a_running_server_picks_up_only_a_newer_verified_generation(index_dir, corpus_copy, fake_embedder):
    current = load(index_dir, fake_embedder)
    assert reload_if_changed(index_dir, current, fake_embedder) is None
    (corpus_copy / "extra.md").write_text("# Extra\n\n## Recommendation\n\nA fictional statement text here.\n")
    build(corpus_copy, index_dir, fake_embedder)
    fresh = reload_if_changed(index_dir, current, fake_embedder)
    assert fresh is not None and fresh.generation != current.generation and "extra" in fresh.documents
    build(corpus_copy, index_dir, fake_embedder)
    _flip_bytes(_generation(index_dir) / "vectors.faiss")
    assert reload_if_changed(index_dir, fresh, fake_embedder) is None  # damaged: keep serving the verified one


def test_a_read_that_fails_once_is_read_again_not_called_damaged(index_dir, fake_embedder, monkeypatch):
    from statement_qa import index as index_module

    real, calls = index_module._read_generation, []

    def flaky(*args):
        calls.append(1)
        if len(calls) == 1:
            raise SystemError("a passing failure")
        return real(*args)

    monkeypatch.setattr(index_module, "_read_generation", flaky)
    assert load(index_dir, fake_embedder).documents and len(calls) == 2


def test_a_read_that_always_fails_is_damage_in_one_line(index_dir, fake_embedder, monkeypatch):
    from statement_qa import index as index_module

    def broken(*args):
        raise SystemError("always")

    monkeypatch.setattr(index_module, "_read_generation", broken)
    with pytest.raises(IndexProblem, match=r"is damaged \(SystemError\); rebuild it"):
        load(index_dir, fake_embedder)
