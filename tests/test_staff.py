"""Staff actions: add (checked by content, never overwriting), withdraw, restore, remove, the audit log, the CLI."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import FIXTURE_CORPUS, FakeEmbedder
from statement_qa import cli, embedding, staff
from statement_qa.answer import Assistant
from statement_qa.errors import ConfigError
from statement_qa.index import build, load

PDF = FIXTURE_CORPUS / "meridale-calbrenza.pdf"
MITOVANCE = FIXTURE_CORPUS / "meridale-mitovance.md"
# FICTIONAL: a newer version of the fictional Mitovance statement, for supersession.
MITOVANCE_2025 = """# Pellamar Nutrition – Mitovance™ dietary supplement (2025 update)

## Background

Mitovance™ is a powdered dietary supplement sold online by Pellamar Nutrition LLC.

## Recommendation

The Meridale MND Network still finds no trial evidence for Mitovance™. A new trial, MITO-2, is recruiting.

Meridale MND Network, January 2025
"""


@pytest.fixture
def small(tmp_path):
    """A corpus of two fictional statements, indexed with the fake embedder."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for source in (PDF, MITOVANCE):
        shutil.copy(source, corpus / source.name)
    embedder = FakeEmbedder()
    build(corpus, index, embedder)
    return corpus, index, embedder


def _documents(index):
    return load(index).documents


@pytest.mark.parametrize("data, name, suffix", [
    (PDF.read_bytes(), "upload.bin", ".pdf"),
    (b"<!DOCTYPE html><html><body><h1>T</h1></body></html>", "x.txt", ".html"),
    (b"<!-- saved --><html><p>x</p></html>", "", ".html"),
    (b"<h1>Title</h1><p>text</p>", "page.htm", ".html"),
    (b"---\ntitle: T\n---\n# T\n", "notes", ".md"),
    (b"# Title\n\n## Recommendation\n\nText.", "a.txt", ".md"),
    (b"Title\n\nRecommendation\n\nPlain words.", "statement.md", ".md"),
    (b"Title\n\nRecommendation\n\nPlain words.", "statement.txt", ".txt"),
    ("Déclaration\n\nRecommandation".encode("cp1252"), "x.txt", ".txt"),
])
def test_the_type_comes_from_the_content(data, name, suffix):
    assert staff.detect_suffix(data, name) == suffix


@pytest.mark.parametrize("data, name, message", [
    (b"", "a.txt", "The file is empty."),
    (b"  \n", "a.txt", "The file is empty."),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.png", "The file is not a PDF, HTML, Markdown or text file."),
    (b"PK\x03\x04\x14\x00\x00\x00", "a.docx", "The file is not a PDF, HTML, Markdown or text file."),
    (b"just text", "statement.pdf", "statement.pdf is named .pdf but is not a PDF."),
])
def test_files_of_other_types_are_refused(data, name, message):
    with pytest.raises(staff.StaffActionError) as raised:
        staff.detect_suffix(data, name)
    assert str(raised.value) == message


@pytest.mark.parametrize("name, stem", [
    ("../../etc/passwd", "passwd"),
    ("..\\..\\boot.ini", "boot"),
    ("My Statement (v2).PDF", "my-statement-v2"),
    (".hidden.md", "hidden"),
    ("", "statement"),
    ("%%%.txt", "statement"),
    ("a" * 300 + ".txt", "a" * 80),
])
def test_stored_names_are_safe(name, stem):
    assert staff.safe_stem(name) == stem


def test_add_copies_with_a_sidecar_and_never_overwrites(small):
    corpus, index, embedder = small
    first = staff.add(corpus, index, MITOVANCE_2025.encode(), "Mitovance update.md",
                      {"date": "January 2025", "url": "https://meridale.example.org/m", "aliases": ["MTV-3"]},
                      by="Ana", embedder=embedder)
    second = staff.add(corpus, index, (MITOVANCE_2025 + "\n").encode(), "mitovance-update.md", {}, embedder=embedder)
    assert (first.id, first.source) == ("mitovance-update", "mitovance-update.md")
    assert (second.id, second.source) == ("mitovance-update-2", "mitovance-update-2.md")
    assert json.loads((corpus / "mitovance-update.meta.json").read_text()) == {
        "date": "2025-01", "url": "https://meridale.example.org/m", "aliases": ["MTV-3"]}
    assert not (corpus / "mitovance-update-2.meta.json").exists()
    # A name taken by another format is taken too: ids come from the name without its suffix.
    third = staff.add(corpus, index, PDF.read_bytes() + b"\n", "meridale-mitovance.pdf", {}, embedder=embedder)
    assert third.source == "meridale-mitovance-2.pdf"
    assert (corpus / "meridale-mitovance.md").read_bytes() == MITOVANCE.read_bytes()
    assert first.report.embedded > 0 and second.report.embedded == 0  # incremental: same text, no new vectors
    with pytest.raises(staff.StaffActionError, match=r"^This file is in the corpus already, as mitovance-update.md\.$"):
        staff.add(corpus, index, MITOVANCE_2025.encode(), "again.md", {}, embedder=embedder)
    assert {"mitovance-update", "mitovance-update-2", "meridale-mitovance-2"} <= set(_documents(index))
    assert _documents(index)["mitovance-update"].date == "2025-01"
    assert not list(corpus.glob(".*.tmp"))


@pytest.mark.parametrize("meta, size, message", [
    ({}, staff.MAX_UPLOAD_BYTES + 1, "The file is 5.0 MB, over the 5 MB limit."),
    ({"date": "soon"}, None, "The date 'soon' is not a date; give it as YYYY-MM, e.g. 2024-05."),
    ({"url": "javascript:alert(1)"}, None, "The URL 'javascript:alert(1)' is not a web address; give it as https://…."),
    ({"supersedes": ["no-such-statement"]}, None,
     "No statement 'no-such-statement' in {corpus}; see `statement-qa list` for the ids."),
])
def test_add_refuses_before_writing_anything(small, meta, size, message):
    corpus, index, embedder = small
    before = sorted(p.name for p in corpus.iterdir())
    data = b"x" * size if size else MITOVANCE_2025.encode()
    with pytest.raises(staff.StaffActionError) as raised:
        staff.add(corpus, index, data, "new.md", meta, embedder=embedder)
    assert str(raised.value) == message.format(corpus=corpus)
    assert sorted(p.name for p in corpus.iterdir()) == before
    assert not (corpus.parent / "data").exists()


def test_supersede_withdraw_restore_and_remove_are_reversible_and_audited(small):
    corpus, index, embedder = small
    new = staff.add(corpus, index, MITOVANCE_2025.encode(), "mitovance-2025.md",
                    {"supersedes": ["meridale-mitovance"], "date": "2025-01"}, by="Ana", why="new version",
                    embedder=embedder)
    documents = _documents(index)
    assert documents["meridale-mitovance"].status == "superseded"
    assert documents["meridale-mitovance"].superseded_by == new.id
    answer = Assistant(load(index, embedder), embedder).answer("Is Mitovance worth taking?")
    assert answer.statement.id == new.id and "MITO-2" in answer.quote

    staff.withdraw(corpus, index, new.id, why="an error in it", by="Ben", embedder=embedder)
    assert _documents(index)[new.id].status == "withdrawn"
    answer = Assistant(load(index, embedder), embedder).answer("Is Mitovance worth taking?")
    assert answer.statement is None or answer.statement.id != new.id

    staff.restore(corpus, index, new.id, by="Ben", embedder=embedder)
    assert _documents(index)[new.id].status == "current"
    restored = staff.restore(corpus, index, "meridale-mitovance", embedder=embedder)
    assert restored.notes == ("mitovance-2025 no longer supersedes it",)
    assert "supersedes" not in json.loads((corpus / "mitovance-2025.meta.json").read_text())

    staff.remove(corpus, index, "meridale-calbrenza", why="duplicate", embedder=embedder)
    assert sorted(p.name for p in (corpus / ".removed").iterdir()) == ["meridale-calbrenza.pdf"]
    assert "meridale-calbrenza" not in _documents(index)
    back = staff.restore(corpus, index, "meridale-calbrenza", embedder=embedder)
    assert back.notes == ("moved meridale-calbrenza.pdf back from .removed/",)
    assert "meridale-calbrenza" in _documents(index) and not list((corpus / ".removed").iterdir())

    log = staff.audit_log(staff.data_dir())
    assert [(e["action"], e["id"], e["who"], e["why"]) for e in log] == [
        ("add", new.id, "Ana", "new version"),
        ("withdraw", new.id, "Ben", "an error in it"),
        ("restore", new.id, "Ben", None),
        ("restore", "meridale-mitovance", staff.who(), None),
        ("remove", "meridale-calbrenza", staff.who(), "duplicate"),
        ("restore", "meridale-calbrenza", staff.who(), None),
    ]
    assert log[0]["supersedes"] == ["meridale-mitovance"] and log[0]["when"].endswith("+00:00")


def test_edit_changes_and_clears_metadata(small):
    corpus, index, embedder = small
    staff.edit(corpus, index, "meridale-mitovance", {"date": "2021-03", "reviewed": "2024-11"}, embedder=embedder)
    document = _documents(index)["meridale-mitovance"]
    assert (document.date, document.reviewed) == ("2021-03", "2024-11")
    staff.edit(corpus, index, "meridale-mitovance", {"reviewed": ""}, embedder=embedder)
    assert _documents(index)["meridale-mitovance"].reviewed is None
    assert json.loads((corpus / "meridale-mitovance.meta.json").read_text()) == {"date": "2021-03"}


def test_the_data_folder_may_not_be_inside_the_index(small):
    corpus, index, embedder = small
    with pytest.raises(ConfigError, match="inside the index folder"):
        staff.withdraw(corpus, index, "meridale-mitovance", data_folder=index / "data", embedder=embedder)


@pytest.fixture
def fake_model(monkeypatch):
    monkeypatch.setattr(embedding, "make_embedder", lambda model=None: FakeEmbedder())
    monkeypatch.setattr(embedding, "SentenceTransformerEmbedder", lambda model=None: FakeEmbedder())


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_add_withdraw_restore_remove(capsys, fake_model, tmp_path):
    (tmp_path / "corpus").mkdir()
    shutil.copy(MITOVANCE, tmp_path / "corpus" / MITOVANCE.name)
    assert run(capsys, "build", "-q")[0] == 0
    (tmp_path / "upload.md").write_text(MITOVANCE_2025, encoding="utf-8")
    code, out, err = run(capsys, "add", "upload.md", "--supersedes", "meridale-mitovance", "--date", "2025-01",
                         "--alias", "MTV-3", "--alias", "Mitovance", "--by", "Ana", "--why", "yearly review")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "add: upload (upload.md)"
    assert out.splitlines()[1].startswith("Indexed 2 documents (")
    assert json.loads((tmp_path / "corpus" / "upload.meta.json").read_text()) == {
        "date": "2025-01", "aliases": ["MTV-3", "Mitovance"], "supersedes": ["meridale-mitovance"]}
    code, out, _ = run(capsys, "list", "--json")
    status = {row["id"]: row["status"] for row in map(json.loads, out.splitlines())}
    assert status == {"meridale-mitovance": "superseded", "upload": "current"}

    assert run(capsys, "withdraw", "upload", "--why", "typo")[1].splitlines()[0] == "withdraw: upload (upload.md)"
    assert run(capsys, "restore", "upload")[1].splitlines()[0] == \
        "restore: upload (upload.md); no longer withdrawn or superseded"
    assert run(capsys, "remove", "upload")[1].splitlines()[0] == "remove: upload (upload.md)"
    assert (tmp_path / "corpus" / ".removed" / "upload.md").is_file()
    actions = [json.loads(line) for line in (tmp_path / "data" / "audit.jsonl").read_text().splitlines()]
    assert [(a["action"], a["why"]) for a in actions] == [
        ("add", "yearly review"), ("withdraw", "typo"), ("restore", None), ("remove", None)]
    assert actions[0]["who"] == "Ana"


@pytest.mark.parametrize("argv, message", [
    (["withdraw", "nothing-here"], "error: No statement 'nothing-here' in corpus; see `statement-qa list` for the ids."),
    (["add", "missing.md"], "error: Cannot add missing.md: cannot read it (No such file or directory)."),
    (["add", "picture.png"], "error: The file is not a PDF, HTML, Markdown or text file."),
    (["add", "upload.md", "--date", "next week"],
     "error: The date 'next week' is not a date; give it as YYYY-MM, e.g. 2024-05."),
    (["restore", "nothing-here"], "error: No removed statement 'nothing-here' in corpus/.removed."),
])
def test_cli_errors_are_one_line(capsys, fake_model, tmp_path, argv, message):
    (tmp_path / "corpus").mkdir()
    shutil.copy(MITOVANCE, tmp_path / "corpus" / MITOVANCE.name)
    (tmp_path / "upload.md").write_text(MITOVANCE_2025, encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (1, "", message + "\n")


def test_staff_passwords_are_scrypt_hashes_checked_in_constant_time_and_sign_in_is_rate_limited(monkeypatch):
    from statement_qa import staff_auth

    stored = staff_auth.hash_password("correct horse battery staple")
    assert stored.startswith("scrypt$16384$8$1$") and stored != staff_auth.hash_password("correct horse battery staple")
    assert staff_auth.verify_password("correct horse battery staple", stored)
    assert not staff_auth.verify_password("correct horse battery stapler", stored)
    assert not staff_auth.verify_password("x", "not a hash")
    with pytest.raises(ConfigError, match="at least 12 characters"):
        staff_auth.hash_password("short")

    now = [1000.0]
    sessions = staff_auth.StaffSessions(stored, clock=lambda: now[0])
    for _ in range(staff_auth.MAX_FAILURES):
        assert sessions.sign_in("guess", "Eve", "cookie-e") is None
    assert sessions.locked_for() > 0
    assert sessions.sign_in("correct horse battery staple", "Ana", "cookie-a") is None  # locked out, even if right
    now[0] += staff_auth.FAILURE_WINDOW + 1
    token = sessions.sign_in("correct horse battery staple", " Ana ", "cookie-a")
    assert sessions.name(token) == "Ana" and sessions.name("forged") is None and sessions.name(None) is None
    assert sessions.may_upload("cookie-a") and not sessions.may_upload("cookie-e") and not sessions.may_upload(None)
    now[0] += staff_auth.SESSION_SECONDS + 1
    assert sessions.name(token) is None and not sessions.may_upload("cookie-a")

    monkeypatch.delenv(staff_auth.HASH_ENV, raising=False)
    monkeypatch.delenv(staff_auth.HASH_FILE_ENV, raising=False)
    assert staff_auth.configured_hash() is None
    monkeypatch.setenv(staff_auth.HASH_ENV, "my plain password")
    with pytest.raises(ConfigError, match="does not hold a hash"):
        staff_auth.configured_hash()
    monkeypatch.setenv(staff_auth.HASH_ENV, stored)
    assert staff_auth.configured_hash() == stored


def test_preview_shows_what_patients_get_and_changes_nothing(small):
    corpus, index, embedder = small
    before = sorted(p.name for p in corpus.iterdir())
    generation = (index / "CURRENT").read_text()
    shown = staff.preview(corpus, index, MITOVANCE_2025.encode(), "m.md", {"date": "2025-01"},
                          ["Is Mitovance worth taking?", "", "what is the weather"], embedder)
    assert shown.document.title == "Pellamar Nutrition – Mitovance™ dietary supplement (2025 update)"
    assert shown.document.date == "2025-01" and shown.recommendation.startswith("The Meridale MND Network still")
    assert [q for q, _ in shown.answers] == ["", "Is Mitovance worth taking?", "what is the weather"]
    assert shown.answers[0][1].statement.id == "m" and shown.answers[2][1].outcome == "declined"
    assert sorted(p.name for p in corpus.iterdir()) == before and (index / "CURRENT").read_text() == generation
