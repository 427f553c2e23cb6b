"""The questions nobody could answer, and whether answers helped: a small local SQLite database.

What is kept: a declined question's text, when, its outcome and best score; for "Was this
helpful?", yes or no, when, and the statement the answer quoted. Never an IP address, a
name, a session or a cookie. Rows older than the retention limit (default 180 days) are
pruned whenever something is written. The database lives in the data folder, outside the
index folder, so a rebuild never loses it; `STATEMENT_QA_RECORD=0` (or `serve --no-record`)
switches recording off.

`unanswered` groups declined questions by meaning with the index's own embedder (greedy:
each question joins the first group whose first question is at least 0.75 cosine away),
most frequent first: it tells the organisation which statement to write next.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from statement_qa.limits import MAX_QUESTION_CHARS

log = logging.getLogger(__name__)

DATABASE = "questions.sqlite"
RECORD_ENV = "STATEMENT_QA_RECORD"
RETENTION_DAYS = 180
SIMILAR = 0.75
EXAMPLES = 5

SCHEMA = """
CREATE TABLE IF NOT EXISTS declined (
    id INTEGER PRIMARY KEY,
    asked_at TEXT NOT NULL,
    question TEXT NOT NULL,
    outcome TEXT NOT NULL,
    score REAL
);
CREATE INDEX IF NOT EXISTS declined_asked_at ON declined (asked_at);
CREATE TABLE IF NOT EXISTS helpful (
    id INTEGER PRIMARY KEY,
    answered_at TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    statement TEXT
);
CREATE INDEX IF NOT EXISTS helpful_answered_at ON helpful (answered_at);
"""


@dataclass(frozen=True)
class DeclinedQuestion:
    """One recorded question that no statement answered."""

    question: str
    asked_at: str
    outcome: str
    score: float | None


@dataclass(frozen=True)
class QuestionGroup:
    """Declined questions alike in meaning: how many, the first asked, a few examples, when last asked."""

    count: int
    question: str
    examples: tuple[str, ...]
    first_asked: str
    last_asked: str


def recording_enabled() -> bool:
    """False when $STATEMENT_QA_RECORD switches recording off (0, false, no, off)."""
    return os.environ.get(RECORD_ENV, "1").strip().lower() not in ("0", "false", "no", "off")


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class FeedbackStore:
    """The questions database; every method opens its own connection, so any thread may call it."""

    def __init__(self, path: Path, retention_days: int = RETENTION_DAYS, enabled: bool = True) -> None:
        self.path = Path(path)
        self.retention_days = retention_days
        self.enabled = enabled

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=10)
        connection.executescript(SCHEMA)
        return connection

    def _prune(self, connection: sqlite3.Connection, now: datetime) -> None:
        cutoff = _stamp(now - timedelta(days=self.retention_days))
        connection.execute("DELETE FROM declined WHERE asked_at < ?", (cutoff,))
        connection.execute("DELETE FROM helpful WHERE answered_at < ?", (cutoff,))

    def record_declined(self, question: str, outcome: str = "declined", score: float | None = None,
                        when: datetime | None = None) -> bool:
        """Keep a question nobody could answer (text, time, outcome, best score); False when off or empty."""
        question = " ".join((question or "").split())[:MAX_QUESTION_CHARS]
        if not self.enabled or not question:
            return False
        now = when or _now()
        with closing(self._connect()) as connection, connection:
            self._prune(connection, now)
            connection.execute("INSERT INTO declined (asked_at, question, outcome, score) VALUES (?, ?, ?, ?)",
                               (_stamp(now), question, outcome, score))
        return True

    def record_helpful(self, helpful: bool, outcome: str, statement: str | None = None,
                       when: datetime | None = None) -> bool:
        """Keep one 'Was this helpful?' answer: yes or no, the outcome, the statement quoted."""
        if not self.enabled:
            return False
        now = when or _now()
        with closing(self._connect()) as connection, connection:
            self._prune(connection, now)
            connection.execute("INSERT INTO helpful (answered_at, helpful, outcome, statement) VALUES (?, ?, ?, ?)",
                               (_stamp(now), int(bool(helpful)), outcome, statement))
        return True

    def declined(self, since: datetime | None = None) -> list[DeclinedQuestion]:
        """Recorded declined questions, oldest first (since a moment, when given)."""
        if not self.path.is_file():
            return []
        cutoff = _stamp(since) if since else ""
        with closing(self._connect()) as connection:
            rows = connection.execute(
                "SELECT question, asked_at, outcome, score FROM declined WHERE asked_at >= ? ORDER BY asked_at, id",
                (cutoff,)).fetchall()
        return [DeclinedQuestion(*row) for row in rows]

    def helpful_counts(self) -> dict[str | None, tuple[int, int]]:
        """Per statement (None for declines): how many said yes, how many no."""
        if not self.path.is_file():
            return {}
        with closing(self._connect()) as connection:
            rows = connection.execute(
                "SELECT statement, SUM(helpful), COUNT(*) - SUM(helpful) FROM helpful GROUP BY statement").fetchall()
        return {statement: (int(yes), int(no)) for statement, yes, no in rows}


def open_store(data: Path | None = None, enabled: bool | None = None,
               retention_days: int = RETENTION_DAYS) -> FeedbackStore:
    """The questions database in the data folder (see staff.data_dir); recording as $STATEMENT_QA_RECORD says."""
    from statement_qa.staff import data_dir

    return FeedbackStore(data_dir(data) / DATABASE, retention_days,
                         recording_enabled() if enabled is None else enabled)


def group_questions(questions: list[DeclinedQuestion], embedder, threshold: float = SIMILAR,
                    examples: int = EXAMPLES) -> list[QuestionGroup]:
    """Declined questions grouped by meaning, most frequent first (ties: most recently asked first)."""
    if not questions:
        return []
    vectors = np.asarray(embedder.embed([q.question for q in questions]), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)
    leaders: list[int] = []  # the first question of each group stands for it
    members: list[list[int]] = []
    for i in range(len(questions)):
        if leaders:
            similarity = vectors[leaders] @ vectors[i]
            best = int(np.argmax(similarity))
            if similarity[best] >= threshold:
                members[best].append(i)
                continue
        leaders.append(i)
        members.append([i])
    groups = []
    for group in members:
        texts = list(dict.fromkeys(questions[i].question for i in group))
        asked = [questions[i].asked_at for i in group]
        groups.append(QuestionGroup(len(group), questions[group[0]].question, tuple(texts[:examples]),
                                    min(asked), max(asked)))
    return sorted(groups, key=lambda g: (-g.count, _desc(g.last_asked)))


def write_csv(path: Path, groups: list[QuestionGroup]) -> None:
    """The groups as CSV for a spreadsheet: count, question, examples, first and last asked."""
    import csv

    def cell(text: str) -> str:
        # A question starting with = + - @ would be a formula in a spreadsheet: keep it text.
        return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text

    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["count", "question", "examples", "first_asked", "last_asked"])
        for group in groups:
            writer.writerow([group.count, cell(group.question), cell(" | ".join(group.examples)),
                             group.first_asked, group.last_asked])


def _desc(stamp: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in stamp)
