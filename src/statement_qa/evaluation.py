"""Question sets → numbers: hit@1, MRR, out-of-scope declined, in-scope wrongly declined.

A question file is JSON Lines: {"question": ..., "expected": <document id or corpus
file> | null, "acceptable": [other ids or files], "type": ...}. `expected: null`
marks a question no statement answers (it should be declined).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from statement_qa.answer import Assistant
from statement_qa.errors import ConfigError
from statement_qa.ingest import document_id


@dataclass(frozen=True)
class Question:
    """One evaluation question and the documents that would answer it (empty: none)."""

    question: str
    expected: tuple[str, ...]
    type: str = ""


@dataclass(frozen=True)
class Miss:
    """A question the system got wrong, and what it did instead."""

    question: str
    type: str
    expected: str | None
    got: str | None
    answered: bool


@dataclass(frozen=True)
class Report:
    """The numbers of one evaluation run."""

    retriever: str
    questions: int
    in_scope: int
    out_of_scope: int
    hit_at_1: float
    mrr: float
    declined_out_of_scope: float
    wrongly_declined: float
    misses: tuple[Miss, ...] = field(default_factory=tuple)


def load_questions(path: Path, assistant: Assistant) -> list[Question]:
    """Read a question file, resolving expected files to document ids of the index."""
    ids = {}
    for document in assistant.documents:
        for name in (document.id, document.source, *document.duplicates):
            ids[name] = document.id
            ids[document_id(name)] = document.id
    questions = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"Cannot read questions from {path} ({exc.strerror}).") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            names = [row.get("expected")] + list(row.get("acceptable") or []) if row.get("expected") else []
            expected = tuple(ids.get(n) or ids.get(document_id(n)) or f"(not in index) {n}" for n in names)
            questions.append(Question(row["question"], expected, row.get("type", "")))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ConfigError(f"{path}:{number} is not a question object ({exc}).") from exc
    if not questions:
        raise ConfigError(f"{path} holds no questions.")
    return questions


@dataclass(frozen=True)
class _Outcome:
    ranking: tuple[str, ...]
    answered_with: str | None


def _outcome(assistant: Assistant, question: str) -> _Outcome:
    """What the real answer path does with a question, and the full ranking behind it."""
    answer, hits = assistant.answer_with_ranking(question)
    return _Outcome(tuple(h.doc_id for h in hits), answer.statement.id if answer.answered and answer.statement else None)


def _gated(assistant: Assistant, question: str, hits, threshold: float) -> _Outcome:
    accepted = assistant.accepted(question, hits, threshold)
    return _Outcome(tuple(h.doc_id for h in hits), accepted[0].doc_id if accepted else None)


def score(retriever: str, questions: list[Question], outcomes: list[_Outcome]) -> Report:
    """Metrics of a set of outcomes."""
    in_scope = [(q, o) for q, o in zip(questions, outcomes) if q.expected]
    out_of_scope = [(q, o) for q, o in zip(questions, outcomes) if not q.expected]
    hits = sum(o.answered_with in q.expected for q, o in in_scope)
    reciprocal = 0.0
    for q, o in in_scope:
        ranks = [o.ranking.index(e) + 1 for e in q.expected if e in o.ranking]
        reciprocal += 1 / min(ranks) if ranks else 0.0
    misses = tuple(
        Miss(q.question, q.type, q.expected[0] if q.expected else None, o.answered_with, o.answered_with is not None)
        for q, o in zip(questions, outcomes)
        if (q.expected and o.answered_with not in q.expected) or (not q.expected and o.answered_with is not None)
    )
    return Report(
        retriever=retriever,
        questions=len(questions),
        in_scope=len(in_scope),
        out_of_scope=len(out_of_scope),
        hit_at_1=round(hits / len(in_scope), 3) if in_scope else 0.0,
        mrr=round(reciprocal / len(in_scope), 3) if in_scope else 0.0,
        declined_out_of_scope=round(sum(o.answered_with is None for _, o in out_of_scope) / len(out_of_scope), 3)
        if out_of_scope else 0.0,
        wrongly_declined=round(sum(o.answered_with is None for _, o in in_scope) / len(in_scope), 3) if in_scope else 0.0,
        misses=misses,
    )


def evaluate(assistant: Assistant, questions: list[Question]) -> Report:
    """Ask every question through the real answer path and score the answers."""
    return score(assistant.mode, questions, [_outcome(assistant, q.question) for q in questions])


def calibrate(assistant: Assistant, questions: list[Question], source: str) -> float:
    """The decline threshold that best separates answerable from unanswerable questions.

    Maximises balanced accuracy (in-scope answered with the right statement, and
    out-of-scope declined, weighted equally); among equally good thresholds takes the
    middle of the best range, which leaves the widest margin on both sides.
    """
    ranked = [(q, assistant.retriever.rank(q.question)) for q in questions]
    from statement_qa.answer import confidence

    if assistant.mode == "hybrid":
        candidates = sorted({confidence(hits) for _, hits in ranked if hits})
    else:
        candidates = sorted({h.score for _, hits in ranked for h in hits[:3]})
    if not candidates:
        raise ConfigError(f"{source} gave no scores to calibrate on.")
    balanced = []
    for threshold in candidates:
        report = score(assistant.mode, questions, [_gated(assistant, q.question, hits, threshold) for q, hits in ranked])
        balanced.append((report.hit_at_1 + report.declined_out_of_scope) / 2)
    first = balanced.index(max(balanced))
    last = first
    while last + 1 < len(balanced) and balanced[last + 1] == balanced[first]:
        last += 1
    # Thresholds in (candidates[first - 1], candidates[last]] all give the best result.
    low = candidates[first - 1] if first > 0 else candidates[first] - 0.05
    return round((low + candidates[last]) / 2, 4)


def calibration_record(thresholds: dict[str, float], source: str, margin: float) -> dict:
    """The settings file content for a calibration run."""
    return {
        "thresholds": thresholds,
        "alternative_margin": margin,
        "calibrated_on": source,
        "calibrated_at": date.today().isoformat(),
    }
