"""Limits on what comes in: questions cleaned and capped, stdin batches that survive bad lines,
index paths that are never invented."""

from __future__ import annotations

import io
import json
import shutil
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURE_CORPUS, FakeEmbedder
from statement_qa import cli, embedding
from statement_qa.limits import clean_question


@pytest.mark.parametrize(
    "raw, cleaned, truncated",
    [
        ("  Is   AstroRx\tproven? \n", "Is AstroRx proven?", False),
        ("Cafe\u0301 au lait?", "Café au lait?", False),  # NFC
        ("bad \ud800surrogate", "bad surrogate", False),
        ("bell\x07 and null\x00 and escape\x1b[31m", "bell and null and escape[31m", False),
        ("zero\u200bwidth\u202edirection", "zerowidthdirection", False),
        ("", "", False),
        ("\x00\x01\n\t ", "", False),
        ("word " * 300, ("word " * 200).strip(), True),
        ("x" * 1500, "x" * 1000, True),
    ],
)
def test_questions_are_normalised_and_capped(raw, cleaned, truncated):
    assert clean_question(raw) == (cleaned, truncated)


def test_a_huge_question_costs_no_more_than_a_long_one():
    text, truncated = clean_question("a " * 5_000_000)
    assert truncated and len(text) <= 1000 and text.endswith("a")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=3000), st.integers(min_value=1, max_value=2000))
def test_clean_question_never_raises_and_keeps_its_promises(raw, limit):
    text, truncated = clean_question(raw, limit)
    assert len(text) <= limit
    assert text == text.strip() and "  " not in text
    assert unicodedata.is_normalized("NFC", text) or truncated
    assert not any(unicodedata.category(c) in ("Cc", "Cs") for c in text)
    text.encode("utf-8")  # no lone surrogates left
    assert clean_question(text, limit) == (text, False)  # idempotent


@pytest.fixture
def fake_model(monkeypatch):
    monkeypatch.setattr(embedding, "SentenceTransformerEmbedder", lambda model=None: FakeEmbedder())


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "argv, message",
    [
        (["ask", "--index", "typo", "Is it proven?"],
         ("error: No index in typo/; run `statement-qa build --index typo` first, or pass --corpus to build it "
         "from a folder.")),
        (["ask", "--index", "notes.md", "Is it proven?"], "error: No index in notes.md: it is a file, not an index folder."),
        (["build", "--quiet", "--index", "notes.md"],
         "error: Cannot build an index at notes.md: it is a file, not a folder."),
        (["list", "--index", "notes.md"], "error: No index in notes.md: it is a file, not an index folder."),
    ],
)
def test_a_mistyped_index_path_is_never_built(capsys, fake_model, tmp_path, argv, message):
    shutil.copytree(FIXTURE_CORPUS, "corpus")
    (tmp_path / "notes.md").write_text("# Notes\n")
    code, out, err = run(capsys, *argv)
    assert (code, err.strip(), out) == (1, message, "")
    assert not (tmp_path / "typo").exists() and (tmp_path / "notes.md").read_text() == "# Notes\n"


def test_ask_compares_an_index_with_the_corpus_it_was_built_from(capsys, fake_model, tmp_path):
    shutil.copytree(FIXTURE_CORPUS, "elsewhere")
    (tmp_path / "corpus").mkdir()  # a different ./corpus must not be compared with
    assert run(capsys, "build", "--quiet", "--corpus", "elsewhere", "--index", "other")[0] == 0
    code, out, err = run(capsys, "ask", "--index", "other", "Is AstroRx proven?")
    assert code == 0 and err == "" and out
    (tmp_path / "elsewhere" / "new.md").write_text("# New\n\nA new statement text.\n")
    code, out, err = run(capsys, "ask", "--index", "other", "Is AstroRx proven?")
    assert f"The index is older than {tmp_path / 'elsewhere'}/ (changed: new.md)" in err


def test_one_bad_stdin_line_never_loses_the_rest_of_the_batch(capsys, fake_model, monkeypatch):
    from statement_qa.answer import Assistant

    shutil.copytree(FIXTURE_CORPUS, "corpus")
    run(capsys, "build", "--quiet")
    original = Assistant.answer

    def answer(self, question, *args, **kwargs):
        if "explode" in question:
            raise RuntimeError("tokenizer failed\non two lines")
        return original(self, question, *args, **kwargs)

    monkeypatch.setattr(Assistant, "answer", answer)
    batch = b"Is AstroRx proven?\n\xff\xfe broken bytes \xc3\x28\nplease explode\n\x00\x01\nIs AstroRx proven?\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(batch), encoding="utf-8"))
    code, out, err = run(capsys, "ask", "--json")
    answers = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert len(answers) == 3 and answers[0]["question"] == answers[2]["question"] == "Is AstroRx proven?"
    assert "\ufffd" in answers[1]["question"]
    assert err.strip() == "error: question 3 could not be answered (tokenizer failed on two lines)"
