"""Question sets → numbers, per category: hit@1, MRR, declines, urgent routing, not-covered.

Three kinds of file, told apart by their lines' keys:
- questions (`question`): {"question", "expected": file or id | null, "acceptable": [...],
  "part": therapy (for a file holding several statements), "category" (or "type"),
  "language", "urgent": true, "not_covered": [names]};
- conversations (`turns`): {"turns": [question objects as above, asked in order, each
  a follow-up of the statement the previous answer was about]};
- expected documents (`source`): what `list --json` should show for each document, and
  the first and last words of its recommendation (see `score_documents`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from statement_qa.answer import ANSWERED, URGENT_OUTCOME, Answer, Assistant
from statement_qa.documents import Document
from statement_qa.errors import ConfigError
from statement_qa.ingest import document_id
from statement_qa.lexicon import normalise
from statement_qa.settings import Settings


@dataclass(frozen=True)
class Question:
    """One evaluation question and the documents that would answer it (empty: none)."""

    question: str
    expected: tuple[str, ...]
    category: str = ""
    language: str = ""
    urgent: bool = False
    not_covered: tuple[str, ...] = ()
    turn: int = 0  # position in a conversation (0: asked alone or first)


@dataclass(frozen=True)
class Outcome:
    """What the answer path did with one question."""

    ranking: tuple[str, ...]
    answered_with: str | None
    outcome: str
    not_covered: tuple[str, ...] = ()
    about: str | None = None


@dataclass(frozen=True)
class Miss:
    """A question the system got wrong, and what it did instead."""

    question: str
    category: str
    expected: str | None
    got: str | None
    outcome: str


@dataclass(frozen=True)
class Scores:
    """The numbers of one group of questions."""

    questions: int
    in_scope: int
    out_of_scope: int
    hit_at_1: float | None
    mrr: float | None
    declined_out_of_scope: float | None
    wrongly_declined: float | None
    urgent_routed: float | None = None
    not_covered_reported: float | None = None
    # The worst outcome: a question (not urgent) answered with a statement it did not ask about,
    # in scope or out of scope, over all such questions.
    wrong_statement: float | None = None


@dataclass(frozen=True)
class Report:
    """An evaluation run: overall, per category, per language, and each miss."""

    retriever: str
    overall: Scores
    categories: dict[str, Scores]
    languages: dict[str, Scores]
    misses: tuple[Miss, ...] = field(default_factory=tuple)


def _resolver(assistant: Assistant):
    by_name: dict[str, list[Document]] = {}
    for document in assistant.documents:
        for name in (document.id, document.source, *document.duplicates):
            by_name.setdefault(name, []).append(document)
            by_name.setdefault(document_id(name), []).append(document)

    def resolve(name: str, part: str | None, question: str = "") -> tuple[str, ...]:
        documents = list(dict.fromkeys(by_name.get(name) or by_name.get(document_id(name)) or []))
        if not documents:
            return (f"(not in index) {name}",)
        if part and len(documents) > 1:
            key = normalise(part)
            for document in documents:
                if key in normalise(" ".join([document.title, *document.aliases, document.id])):
                    return (document.id,)
        if len(documents) > 1 and len({d.language for d in documents}) == len(documents):
            # One statement published in several languages on one page: each version answers.
            return tuple(d.id for d in documents)
        if len(documents) > 1 and question and not part:
            # A page split into one statement per therapy, the question naming no part: the statement
            # whose name the question uses, else (a description) any of the page's statements.
            asked = f" {normalise(question)} "
            named = [d.id for d in documents if any(f" {normalise(a)} " in asked for a in d.aliases if len(a) >= 4)]
            return tuple(named) if named else tuple(d.id for d in documents)
        return (documents[0].id,)

    return resolve


def _question(row: dict, resolve, turn: int = 0) -> Question:
    names = [row["expected"], *(row.get("acceptable") or [])] if row.get("expected") else []
    return Question(
        question=str(row["question"]),
        expected=tuple(i for n in names for i in resolve(n, row.get("part"), str(row.get("question") or ""))),
        category=str(row.get("category") or row.get("type") or ""),
        language=str(row.get("language") or ""),
        urgent=bool(row.get("urgent")) or (row.get("category") or row.get("type")) == "urgent",
        not_covered=tuple(row.get("not_covered") or ()),
        turn=turn,
    )


def read_rows(path: Path) -> list[dict]:
    """The JSON objects of a JSON Lines file, with a one-line error naming a bad line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"Cannot read questions from {path} ({exc.strerror}).") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"Cannot read questions from {path} (not UTF-8).") from exc
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise ConfigError(f"{path}:{number} is not JSON ({exc}).") from exc
        if not isinstance(row, dict):
            raise ConfigError(f"{path}:{number} is not a JSON object.")
        rows.append(row)
    if not rows:
        raise ConfigError(f"{path} holds nothing to evaluate.")
    return rows


def file_kind(rows: list[dict]) -> str:
    """'questions', 'conversations' or 'documents', from the first line's keys."""
    first = rows[0]
    if "turns" in first:
        return "conversations"
    if "question" in first:
        return "questions"
    if "source" in first:
        return "documents"
    raise ConfigError("Lines must hold 'question', 'turns' or 'source'.")


def load_questions(path: Path, assistant: Assistant) -> list[Question]:
    """Read a question file, resolving expected files to document ids of the index."""
    rows = read_rows(path)
    resolve = _resolver(assistant)
    try:
        return [_question(row, resolve) for row in rows]
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"{path} has a line that is not a question object ({exc}).") from exc


def load_conversations(path: Path, assistant: Assistant) -> list[list[Question]]:
    """Read a conversation file: each line's turns, in order."""
    resolve = _resolver(assistant)
    try:
        return [[_question(t, resolve, n) for n, t in enumerate(row["turns"])] for row in read_rows(path)]
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"{path} has a line that is not a conversation object ({exc}).") from exc


def _outcome(answer: Answer, ranking: tuple[str, ...]) -> Outcome:
    return Outcome(
        ranking,
        answer.statement.id if answer.outcome == ANSWERED and answer.statement else None,
        answer.outcome,
        answer.not_covered,
        answer.about,
    )


def ask_all(assistant: Assistant, questions: list[Question]) -> list[Outcome]:
    """Ask each question alone through the real answer path."""
    outcomes = []
    for question in questions:
        answer, hits = assistant.answer_with_ranking(question.question)
        outcomes.append(_outcome(answer, tuple(h.doc_id for h in hits)))
    return outcomes


def ask_conversations(assistant: Assistant, conversations: list[list[Question]]) -> tuple[list[Question], list[Outcome]]:
    """Ask each conversation's turns in order, each about the statement the previous answer was about (and the
    last one answered, for a turn that goes back to it)."""
    questions, outcomes = [], []
    for turns in conversations:
        about = earlier = None
        for question in turns:
            answer, hits = assistant.answer_with_ranking(question.question, about=about, earlier=earlier)
            about = answer.about
            earlier = about or earlier  # the last statement answered, for a message that goes back to it
            questions.append(question)
            outcomes.append(_outcome(answer, tuple(h.doc_id for h in hits)))
    return questions, outcomes


def _named(expected: str, reported: tuple[str, ...]) -> bool:
    key = normalise(expected).replace(" ", "")
    return any(key in normalise(r).replace(" ", "") or normalise(r).replace(" ", "") in key for r in reported if r)


def _rate(values: list[bool]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def correct(question: Question, outcome: Outcome) -> bool:
    """Whether one outcome is right: the expected statement, the urgent message, or a decline."""
    if question.urgent:
        return outcome.outcome == URGENT_OUTCOME
    if question.expected:
        return outcome.answered_with in question.expected
    return outcome.answered_with is None and outcome.outcome != URGENT_OUTCOME


def scores(pairs: list[tuple[Question, Outcome]]) -> Scores:
    """Metrics of a group of (question, outcome) pairs."""
    in_scope = [(q, o) for q, o in pairs if q.expected]
    out_of_scope = [(q, o) for q, o in pairs if not q.expected and not q.urgent]
    urgent = [(q, o) for q, o in pairs if q.urgent]
    reciprocal = []
    for q, o in in_scope:
        ranks = [o.ranking.index(e) + 1 for e in q.expected if e in o.ranking]
        reciprocal.append(1 / min(ranks) if ranks else 0.0)
    with_gaps = [(q, o) for q, o in pairs if q.not_covered]
    return Scores(
        questions=len(pairs),
        in_scope=len(in_scope),
        out_of_scope=len(out_of_scope),
        hit_at_1=_rate([o.answered_with in q.expected for q, o in in_scope]),
        mrr=round(sum(reciprocal) / len(reciprocal), 3) if reciprocal else None,
        declined_out_of_scope=_rate([o.answered_with is None for _, o in out_of_scope]),
        wrongly_declined=_rate([o.answered_with is None for _, o in in_scope]),
        urgent_routed=_rate([o.outcome == URGENT_OUTCOME for _, o in urgent]),
        not_covered_reported=_rate([all(_named(n, o.not_covered) for n in q.not_covered) for q, o in with_gaps]),
        wrong_statement=_rate([o.answered_with is not None and o.answered_with not in q.expected
                               for q, o in [*in_scope, *out_of_scope]]),
    )


def report(retriever: str, questions: list[Question], outcomes: list[Outcome]) -> Report:
    """Scores overall, per category and per language, and every miss."""
    pairs = list(zip(questions, outcomes))
    categories: dict[str, list] = {}
    languages: dict[str, list] = {}
    for q, o in pairs:
        categories.setdefault(q.category or "(none)", []).append((q, o))
        if q.language:
            languages.setdefault(q.language, []).append((q, o))
    misses = tuple(
        Miss(q.question, q.category, q.expected[0] if q.expected else ("urgent" if q.urgent else None),
             o.answered_with, o.outcome)
        for q, o in pairs
        if not correct(q, o)
    )
    return Report(
        retriever=retriever,
        overall=scores(pairs),
        categories={k: scores(v) for k, v in sorted(categories.items())},
        languages={k: scores(v) for k, v in sorted(languages.items())},
        misses=misses,
    )


def evaluate(assistant: Assistant, questions: list[Question]) -> Report:
    """Ask every question through the real answer path and score the answers."""
    return report(assistant.mode, questions, ask_all(assistant, questions))


# -- expected documents ---------------------------------------------------------------------


def _same(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return normalise(str(a)) == normalise(str(b))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("“", '"').replace("”", '"')).strip().lower()


@dataclass(frozen=True)
class DocumentScores:
    """How well ingestion found what a set of expected documents say."""

    documents: int
    found: int
    fields: dict[str, tuple[int, int]]  # field → (right, checked)
    recommendation_quoted: tuple[int, int]
    forbidden_quoted: int
    problems: tuple[str, ...]


DOCUMENT_FIELDS = ("title", "organisation", "date", "reviewed", "kind", "status")


def score_documents(assistant: Assistant, rows: list[dict]) -> DocumentScores:
    """Compare the index's documents with expected ones: fields, recommendation, forbidden phrases."""
    resolve = _resolver(assistant)
    documents = assistant.index.documents
    right = {f: 0 for f in DOCUMENT_FIELDS}
    checked = {f: 0 for f in DOCUMENT_FIELDS}
    quoted = [0, 0]
    forbidden = 0
    found = 0
    problems = []
    for row in rows:
        doc_id = resolve(str(row.get("source")), row.get("part"))[0]  # the first: the page's own language
        document = documents.get(doc_id)
        label = f"{row.get('source')}" + (f"#{row['part']}" if row.get("part") else "")
        if document is None:
            problems.append(f"{label}: not indexed")
            for name in DOCUMENT_FIELDS:  # a document not found gets none of its fields right
                checked[name] += name in row
            quoted[1] += bool(row.get("recommendation_starts"))
            continue
        found += 1
        for name in DOCUMENT_FIELDS:
            if name not in row:
                continue
            checked[name] += 1
            if _same(getattr(document, name), row[name]):
                right[name] += 1
            else:
                problems.append(f"{label}: {name} {getattr(document, name)!r}, expected {row[name]!r}")
        position = document.recommendation if document.kind == "statement" else None
        quote = _squash(document.section_text(position)) if position else ""
        if row.get("recommendation_starts"):
            quoted[1] += 1
            starts, ends = _squash(row["recommendation_starts"]), _squash(row.get("recommendation_ends") or "")
            if quote.startswith(starts[:40]) and quote.endswith(ends[-40:]):
                quoted[0] += 1
            else:
                problems.append(f"{label}: recommendation {quote[:60]!r}…{quote[-40:]!r}")
        for phrase in row.get("must_not_quote") or ():
            if quote and _squash(phrase) in quote:
                forbidden += 1
                problems.append(f"{label}: quotes {phrase!r}")
    return DocumentScores(len(rows), found, {f: (right[f], checked[f]) for f in DOCUMENT_FIELDS},
                          (quoted[0], quoted[1]), forbidden, tuple(problems))


# -- calibration --------------------------------------------------------------------------


def calibrate(sets: list[tuple[Assistant, list[Question]]]) -> tuple[Settings, float]:
    """The threshold, general-topic margin and minimum cosine that best separate answerable from unanswerable.

    Maximises balanced accuracy over every set pooled (in-scope answered with the right
    statement, out-of-scope declined, weighted equally). The model runs once per question;
    only the policy is replayed for each candidate setting. Among equally good thresholds
    the middle of the best range is taken, which leaves the widest margin on both sides.
    """
    from dataclasses import replace

    if not sets:
        raise ConfigError("Nothing to calibrate on.")
    base = sets[0][0].settings
    prepared = []
    for assistant, questions in sets:
        for question in questions:
            query = assistant.retriever.analyse(question.question)
            prepared.append((assistant, question, query, assistant.evidence(query)))
    tops = sorted({round(e.hits[0].score, 4) for *_, e in prepared if e.hits})
    if not tops:
        raise ConfigError("The questions gave no scores to calibrate on.")
    step = max(1, len(tops) // 60)
    tops = tops[::step]
    questions = [q for _, q, _, _ in prepared]

    def balanced(settings: Settings) -> float:
        outcomes = []
        for assistant, _, query, evidence in prepared:
            decision = assistant.decide(query, evidence, settings)
            outcomes.append(Outcome((), decision.doc_id if decision.outcome == ANSWERED else None, decision.outcome))
        overall = scores(list(zip(questions, outcomes)))
        return ((overall.hit_at_1 or 0.0) + (overall.declined_out_of_scope or 0.0)) / 2

    best: tuple[float, Settings, list[float]] | None = None
    for margin in [round(-0.1 + 0.025 * i, 3) for i in range(9)]:
        for min_dense in (0.0, 0.2, 0.3, 0.4):
            results = [balanced(replace(base, threshold=t, general_margin=margin, min_dense=min_dense)) for t in tops]
            if best is None or max(results) > best[0]:
                best = (max(results), replace(base, general_margin=margin, min_dense=min_dense), results)
    assert best is not None
    value, chosen, results = best
    first = results.index(value)
    last = first
    while last + 1 < len(results) and results[last + 1] == value:
        last += 1
    low = tops[first - 1] if first > 0 else tops[first] - 0.05
    return replace(chosen, threshold=round((low + tops[last]) / 2, 4)), value
