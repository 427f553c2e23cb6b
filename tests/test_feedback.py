"""The questions nobody could answer: what is kept (and what never is), retention, switching off, grouping, the CLI."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from conftest import FakeEmbedder
from statement_qa import cli, embedding, feedback
from statement_qa.feedback import (
    DeclinedQuestion,
    FeedbackStore,
    group_questions,
    open_store,
)

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


def test_a_declined_question_keeps_text_time_outcome_and_score_and_nothing_else(tmp_path):
    store = FeedbackStore(tmp_path / "data" / "questions.sqlite")
    assert store.record_declined("  Is   tofersen worth trying? ", "declined", 0.31, when=NOW)
    assert store.declined() == [DeclinedQuestion("Is tofersen worth trying?", "2025-06-01T12:00:00+00:00",
                                                 "declined", 0.31)]
    with sqlite3.connect(store.path) as connection:
        columns = {table: [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
                   for table in ("declined", "helpful")}
    assert columns == {"declined": ["id", "asked_at", "question", "outcome", "score"],
                       "helpful": ["id", "answered_at", "helpful", "outcome", "statement"]}


def test_old_rows_are_pruned_when_something_is_written(tmp_path):
    store = FeedbackStore(tmp_path / "q.sqlite", retention_days=180)
    store.record_declined("old question", when=NOW - timedelta(days=181))
    store.record_helpful(True, "answered", "kadimastem-astrorx", when=NOW - timedelta(days=200))
    store.record_declined("recent question", when=NOW - timedelta(days=179))
    assert [q.question for q in store.declined()] == ["old question", "recent question"]
    store.record_helpful(False, "declined", when=NOW)
    assert [q.question for q in store.declined()] == ["recent question"]
    assert store.helpful_counts() == {None: (0, 1)}


def test_recording_can_be_switched_off(tmp_path, monkeypatch):
    off = FeedbackStore(tmp_path / "q.sqlite", enabled=False)
    assert not off.record_declined("anything") and not off.record_helpful(True, "answered")
    assert not off.path.exists()
    monkeypatch.setenv("STATEMENT_QA_RECORD", "0")
    assert not open_store(tmp_path / "data").enabled
    monkeypatch.setenv("STATEMENT_QA_RECORD", "1")
    store = open_store(tmp_path / "data")
    assert store.enabled and store.path == tmp_path / "data" / "questions.sqlite"


def test_empty_questions_are_not_kept_and_long_ones_are_cut(tmp_path):
    store = FeedbackStore(tmp_path / "q.sqlite")
    assert not store.record_declined("   ")
    store.record_declined("x" * 5000)
    assert [len(q.question) for q in store.declined()] == [feedback.MAX_QUESTION_CHARS]


def test_helpful_answers_are_counted_per_statement(tmp_path):
    store = FeedbackStore(tmp_path / "q.sqlite")
    for helpful, statement in ((True, "a"), (True, "a"), (False, "a"), (False, None)):
        store.record_helpful(helpful, "answered" if statement else "declined", statement)
    assert store.helpful_counts() == {"a": (2, 1), None: (0, 1)}


def _asked(*questions: str) -> list[DeclinedQuestion]:
    return [DeclinedQuestion(q, (NOW + timedelta(minutes=i)).isoformat(), "declined", 0.2)
            for i, q in enumerate(questions)]


def test_questions_alike_in_meaning_are_grouped_most_frequent_first():
    questions = _asked("Is tofersen worth trying?", "what is the weather today", "is tofersen worth trying",
                       "Is tofersen worth trying for me?", "what is the weather like today", "how do I bake bread")
    groups = group_questions(questions, FakeEmbedder())
    assert [(g.count, g.question) for g in groups] == [
        (3, "Is tofersen worth trying?"), (2, "what is the weather today"), (1, "how do I bake bread")]
    assert groups[0].examples == ("Is tofersen worth trying?", "is tofersen worth trying",
                                  "Is tofersen worth trying for me?")
    assert groups[0].first_asked < groups[0].last_asked
    assert group_questions([], FakeEmbedder()) == []


@pytest.fixture
def fake_model(monkeypatch):
    monkeypatch.setattr(embedding, "make_embedder", lambda model=None: FakeEmbedder())


def test_cli_unanswered_text_json_csv_and_since(capsys, fake_model, tmp_path):
    store = open_store()
    for question, days in (("Is tofersen worth trying?", 10), ("is tofersen worth trying", 5),
                           ("=HYPERLINK(\"http://x\")", 1)):
        store.record_declined(question, when=datetime.now(UTC) - timedelta(days=days))
    assert cli.main(["unanswered", "--csv", "groups.csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    last = (datetime.now(UTC) - timedelta(days=5)).date().isoformat()
    assert out[:2] == [f"2 × “Is tofersen worth trying?” (last asked {last})", "    also: “is tofersen worth trying”"]
    assert out[2].startswith("1 × “=HYPERLINK")
    rows = list(csv.reader(Path("groups.csv").read_text(encoding="utf-8").splitlines()))
    assert rows[0] == ["count", "question", "examples", "first_asked", "last_asked"]
    assert rows[1][:3] == ["2", "Is tofersen worth trying?", "Is tofersen worth trying? | is tofersen worth trying"]
    assert rows[2][1].startswith("'=HYPERLINK")  # a spreadsheet shows it as text, never runs it

    since = (datetime.now(UTC) - timedelta(days=3)).date().isoformat()
    assert cli.main(["unanswered", "--json", "--since", since]) == 0
    groups = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(g["count"], g["question"]) for g in groups] == [(1, "=HYPERLINK(\"http://x\")")]
    assert set(groups[0]) == {"count", "question", "examples", "first_asked", "last_asked"}


def test_cli_unanswered_with_nothing_recorded_and_a_bad_date(capsys, fake_model):
    assert cli.main(["unanswered"]) == 0
    assert capsys.readouterr().out == "No declined questions recorded.\n"
    assert cli.main(["unanswered", "--since", "last week"]) == 1
    assert capsys.readouterr().err == "error: --since 'last week' is not a date; give it as YYYY-MM-DD.\n"


def test_the_app_records_declined_questions_only_and_says_so(tmp_path):
    from conftest import FIXTURE_CORPUS
    from statement_qa.answer import Assistant
    from statement_qa.index import build, load
    from statement_qa.ui import build_demo

    embedder = FakeEmbedder()
    build(FIXTURE_CORPUS, tmp_path / "index", embedder)
    store = FeedbackStore(tmp_path / "data" / "questions.sqlite")
    demo = build_demo(Assistant(load(tmp_path / "index", embedder), embedder), store)
    respond = next(f.fn for f in demo.fns.values() if getattr(f.fn, "__name__", "") == "respond")
    for question in ("what is the weather tomorrow", "Is AstroRx proven?", "I can't breathe", ""):
        respond(question, [], None, "en")
    assert [(q.question, q.outcome) for q in store.declined()] == [("what is the weather tomorrow", "declined")]
    said = [str(getattr(block, "value", "")) for block in demo.blocks.values()]
    assert any("Questions we cannot answer are recorded anonymously" in value for value in said)
    silent = FeedbackStore(tmp_path / "off.sqlite", enabled=False)
    demo = build_demo(Assistant(load(tmp_path / "index", embedder), embedder), silent)
    respond = next(f.fn for f in demo.fns.values() if getattr(f.fn, "__name__", "") == "respond")
    respond("what is the weather tomorrow", [], None, "en")
    assert not silent.path.exists()
    said = [str(getattr(block, "value", "")) for block in demo.blocks.values()]
    assert not any("recorded anonymously" in value for value in said)
