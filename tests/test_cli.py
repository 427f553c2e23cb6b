"""The CLI through its entry point: exact output, JSON shape, one-line errors."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import FIXTURE_CORPUS, FIXTURES, FakeEmbedder
from statement_qa import cli, embedding
from statement_qa.ingest import read_corpus
from statement_qa.passages import split_corpus


@pytest.fixture
def fake_model(monkeypatch):
    """The CLI builds with a fast fake model (the real one is covered by the slow tests)."""
    monkeypatch.setattr(embedding, "SentenceTransformerEmbedder", lambda model=None: FakeEmbedder())


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_build_prints_a_summary_and_list_shows_every_document(capsys, fake_model, tmp_path):
    shutil.copytree(FIXTURE_CORPUS, tmp_path / "corpus")
    passages = len(split_corpus(read_corpus(tmp_path / "corpus")[0]))
    code, out, _ = run(capsys, "build", "--quiet")
    assert code == 0
    assert out.splitlines() == [
        f"Indexed 13 documents ({passages} passages: {passages} embedded, 0 reused) into index/.",
        "Same content: neuromyograft-statement.txt is indexed once, as fcma-neuromyograft.txt.",
    ]
    code, out, _ = run(capsys, "build", "--quiet")
    assert out.splitlines()[0] == f"Indexed 13 documents ({passages} passages: 0 embedded, {passages} reused) into index/."

    code, out, _ = run(capsys, "list", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 13
    assert all(list(row) == ["id", "title", "organisation", "date", "kind", "source", "url", "sections", "aliases",
                             "reviewed", "language", "status", "superseded_by", "supersedes"] for row in rows)
    seed = next(row for row in rows if row["id"] == "kadimastem-astrorx")
    assert seed == {
        "id": "kadimastem-astrorx", "title": "Kadimastem – AstroRx",
        "organisation": "International Alliance of ALS/MND Associations", "date": "2020-09", "kind": "statement",
        "source": "kadimastem-astrorx.txt", "url": None, "sections": ["Background", "Recommendation"],
        "aliases": ["Kadimastem", "AstroRx"], "reviewed": None, "language": "en", "status": "current",
        "superseded_by": None, "supersedes": [],
    }
    code, out, _ = run(capsys, "list")
    assert "kadimastem-astrorx\tKadimastem – AstroRx (International Alliance of ALS/MND Associations, 2020-09, statement)" \
        "\tkadimastem-astrorx.txt" in out.splitlines()


def test_build_skips_bad_files_and_strict_fails(capsys, fake_model):
    code, out, _ = run(capsys, "build", "--quiet", "--corpus", str(FIXTURES / "bad"))
    assert code == 0
    assert "Indexed 1 documents" in out.splitlines()[0]
    assert "Skipped empty.txt: the file is empty" in out.splitlines()
    assert "Skipped binary.md: looks like a binary file, not text" in out.splitlines()
    code, _, err = run(capsys, "build", "--quiet", "--strict", "--corpus", str(FIXTURES / "bad"))
    assert code == 1 and err.strip() == "4 file(s) could not be indexed (--strict)."


@pytest.mark.parametrize(
    "argv, message",
    [
        (["list"], "error: No index in index/; run `statement-qa build` first."),
        (["build", "--corpus", "missing"], "error: No corpus folder at missing; create it and add statements."),
        (["ask", "--index", "none", "--corpus", "none", "  "],
         "The question is empty; ask something like: statement-qa ask \"Is <therapy> proven?\""),
        (["ask", "--index", "none", "--corpus", "none", "Is it proven?"],
         "error: No index in none/; run `statement-qa build` first."),
        (["build", "--model", "/no/such/model"],
         "error: Model '/no/such/model' is not a local folder; models cannot be downloaded here. "
         "Known models: all-MiniLM-L6-v2, multilingual-e5-small, all-MiniLM-L6-v2-onnx."),
    ],
)
def test_errors_are_one_line_without_traceback(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code != 0
    assert err.strip() == message
    assert "Traceback" not in err and out == ""


def test_eval_with_a_missing_question_file(capsys, fake_model):
    shutil.copytree(FIXTURES / "bad", "corpus")
    run(capsys, "build", "--quiet")
    code, _, err = run(capsys, "eval", "nope.jsonl")
    assert code == 1 and err.strip() == "error: Cannot read questions from nope.jsonl (No such file or directory)."


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    for command in ("build", "list", "ask", "eval", "calibrate", "serve"):
        assert command in out


@pytest.mark.slow
def test_ask_builds_on_first_use_and_answers_stdin_as_json_lines(capsys, monkeypatch):
    import io

    shutil.copytree(FIXTURE_CORPUS, "corpus")
    monkeypatch.setattr("sys.stdin", io.StringIO("Is AstroRx proven?\n\nwhat is the weather tomorrow\n"))
    code, out, err = run(capsys, "ask", "--json")
    assert code == 0
    assert err.splitlines()[0] == "No index in index/ yet; building it from corpus/ (once)."
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["answered"] for a in answers] == [True, False]
    assert answers[0]["statement"]["id"] == "kadimastem-astrorx"

    (tmp := FIXTURE_CORPUS.parent / "bad" / "good-statement.md")
    shutil.copy(tmp, "corpus/new.md")
    code, out, err = run(capsys, "ask", "Is AstroRx proven?")
    assert err.strip().startswith("The index is older than ")
    assert err.strip().endswith("corpus/ (changed: new.md); run `statement-qa build` to update it.")
    assert out.splitlines()[0].startswith("International Alliance of ALS/MND Associations says")
    assert "Source: “Kadimastem – AstroRx”, International Alliance of ALS/MND Associations, September 2020" in out


@pytest.mark.parametrize("reviewed, lines", [
    (None, ["This statement is from September 2020. Positions can change: check with your national association."]),
    ("2099-01", ["Last reviewed January 2099."]),
])
def test_plain_text_answers_say_when_a_statement_was_reviewed_and_when_it_is_old(reviewed, lines):
    from statement_qa.answer import Answer, StatementRef

    # FICTIONAL statement, built in code.
    ref = StatementRef("x", "Quorvane Labs – Zelvorin", "Ostwick ALS Association", "2020-09", "statement", "x.md",
                       None, reviewed=reviewed)
    answer = Answer("Is Zelvorin proven?", True, "Ostwick ALS Association says:", ref, "Recommendation",
                    "We do not support Zelvorin.", (), 0.9, (), outcome="answered")
    text = cli.format_answer(answer).splitlines()
    source = text.index("Source: “Quorvane Labs – Zelvorin”, Ostwick ALS Association, September 2020, x.md.")
    assert text[source + 1 : -1] == lines
