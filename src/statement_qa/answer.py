"""Answers: the organisation's own words, cited, or a plain 'we have no statement on that'.

Nothing here writes medical content. The sentence around a quote comes from fixed
templates; the quote is a slice of the source document cut by stored offsets.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

from statement_qa.documents import STATEMENT, Document
from statement_qa.embedding import Embedder
from statement_qa.index import Index
from statement_qa.retrieval import DocumentHit, Retriever

NAME_HIT = 0.8
LEAD_WEIGHT = 1.0
MAX_PASSAGES = 3
MAX_ALTERNATIVES = 3

URGENT = re.compile(
    r"\b(?:can'?t|cannot|can not|could ?n[o']?t|unable to|struggling to|hard to|trouble)\s+(?:breathe|breathing|swallow)"
    r"|\bchok(?:e|ed|es|ing)\b|\bstopped breathing\b|\bnot breathing\b|\bsuffocat\w*"
    r"|\bsuicid\w*|\bkill (?:myself|himself|herself|themselves)\b|\bend (?:my|his|her|their) (?:own )?life\b"
    r"|\bself[- ]?harm\w*|\bhurt(?:ing)? (?:myself|himself|herself)\b|\bwant to die\b|\boverdos\w*"
    r"|\bemergency\b|\bchest pain\b",
    re.IGNORECASE,
)

URGENT_MESSAGE = (
    "If this is an emergency, call your local emergency number now (112 in Europe, 911 in North America, "
    "999 in the UK). If you are having thoughts of harming yourself, contact emergency services or a crisis "
    "line straight away, and tell your care team. This assistant only looks up published statements and "
    "cannot help in an emergency."
)
EMPTY_MESSAGE = "Please type a question about a therapy or treatment, or choose one of the statements we have."
ADVICE = (
    "For advice about your own situation, please contact your national ALS/MND association, "
    "or talk to your neurologist or care team."
)
DISCLAIMER = (
    "This is the organisation's published position, not personal medical advice. "
    "Talk to your neurologist or care team."
)
MONTH_NAMES = (
    "January February March April May June July August September October November December".split()
)


ANSWERED = "answered"
DECLINED = "declined"
URGENT_OUTCOME = "urgent"
EMPTY = "empty"
OUTCOMES = (ANSWERED, DECLINED, URGENT_OUTCOME, EMPTY)


@dataclass(frozen=True)
class StatementRef:
    """The citation of the statement an answer quotes."""

    id: str
    title: str
    organisation: str | None
    date: str | None
    kind: str
    source: str
    url: str | None
    reviewed: str | None = None
    status: str = "current"
    language: str | None = None


@dataclass(frozen=True)
class Excerpt:
    """One verbatim slice of a statement's text: text == document.text[start:end]."""

    text: str
    start: int
    end: int
    page: int | None = None


@dataclass(frozen=True)
class QuotedPassage:
    """A verbatim passage of the answering document that matches the question."""

    section: str
    text: str
    score: float
    page: int | None


@dataclass(frozen=True)
class Alternative:
    """Another statement that also matches the question."""

    id: str
    title: str
    source: str
    score: float


@dataclass(frozen=True)
class Related:
    """A statement worth offering: by id, so a button can open it without asking again."""

    id: str
    title: str
    date: str | None = None


@dataclass(frozen=True)
class Answer:
    """What `ask` returns: the quote and its citation, or a decline; its meaning is in fields.

    outcome: answered | declined | urgent | empty. Every surface renders from the fields;
    `message` is the fixed English sentence for plain-text output.
    """

    question: str
    answered: bool
    message: str
    statement: StatementRef | None
    section: str | None
    quote: str | None
    passages: tuple[QuotedPassage, ...]
    score: float | None
    alternatives: tuple[Alternative, ...]
    outcome: str = DECLINED
    # The quote as pieces that are each one contiguous slice of the source (the first is `quote`).
    excerpts: tuple[Excerpt, ...] = ()
    # "recommendation" when the quote is the statement's position, "passage" when it is the
    # passage that best matches a detail asked about.
    quoting: str | None = None
    # Therapies, products or topics the question asks about that no statement covers.
    not_covered: tuple[str, ...] = ()
    # Statements to offer instead (on a decline) or as well; `related_total` counts them all.
    related: tuple[Related, ...] = ()
    related_total: int = 0
    # The statement this answer is about (for a follow-up), and whether it was a follow-up.
    about: str | None = None
    follow_up: bool = False
    # Older statements of the same organisation on the same subject that this one replaces.
    replaces: tuple[Related, ...] = ()
    # The question's language (ISO 639-1), the urgent kind, and whether the question was cut.
    language: str = "en"
    urgent: str | None = None
    truncated: bool = False

    def to_json(self) -> dict:
        """The JSON object `statement-qa ask --json` prints."""
        return asdict(self)


def month_year(date: str | None) -> str | None:
    """'2020-09' → 'September 2020'; '2020' stays '2020'."""
    if not date:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", date)
    if not match or not 1 <= int(match.group(2)) <= 12:
        return date
    return f"{MONTH_NAMES[int(match.group(2)) - 1]} {match.group(1)}"


def default_settings() -> dict:
    """The calibrated answer settings shipped with the package (see `statement-qa calibrate`)."""
    return json.loads(resources.files("statement_qa").joinpath("calibration.json").read_text(encoding="utf-8"))


def introduction(document: Document, quoting_recommendation: bool) -> str:
    """The fixed sentence before a quote."""
    when = month_year(document.date)
    title = f"“{document.title}”"
    if quoting_recommendation:
        dated = f"in its statement {title} of {when}" if when else f"in its statement {title}"
        if document.organisation:
            return f"{document.organisation} says, {dated}:"
        return f"The statement {title}" + (f" of {when}" if when else "") + " says:"
    source = ", ".join(p for p in (document.organisation, when) if p)
    return f"The closest passage in {title}" + (f" ({source})" if source else "") + " reads:"


def decline_message(topics: list[str]) -> str:
    """The plain sentence for a question no statement answers."""
    listed = "; ".join(topics) if topics else "none yet"
    return (
        "We have no published statement that answers this question, so we cannot quote one. "
        f"Statements we do have: {listed}. {ADVICE}"
    )


def confidence(hits: list[DocumentHit]) -> float:
    """How surely the best document answers: its score, plus its lead over the next one.

    A question that fits one statement clearly ahead of the rest is about that
    statement; one that fits many equally (a general question about cell therapy,
    life expectancy) is about none of them in particular.
    """
    # With a single statement in the index there is nothing to lead over.
    lead = hits[0].score - hits[1].score if len(hits) > 1 else 0.0
    return hits[0].score + LEAD_WEIGHT * lead


class Assistant:
    """Answers questions from a loaded index."""

    def __init__(self, index: Index, embedder: Embedder, retriever: str = "hybrid") -> None:
        self.index = index
        self.retriever = Retriever(index, embedder, retriever)
        self.mode = retriever
        settings = {**default_settings(), **index.settings}
        self.threshold = float(settings["thresholds"][retriever])
        self.margin = float(settings.get("alternative_margin", 0.1))
        # Set by open_assistant when the corpus changed after the index was built.
        self.stale_notice: str | None = None

    @property
    def documents(self) -> list[Document]:
        """Every document in the index, in corpus order."""
        return list(self.index.documents.values())

    def topics(self) -> list[str]:
        """Titles of the statements (then resources) the index covers."""
        docs = sorted(self.documents, key=lambda d: (d.kind != STATEMENT, d.title.lower()))
        return [d.title for d in docs]

    def accepted(self, question: str, hits: list[DocumentHit], threshold: float | None = None) -> list[DocumentHit]:
        """The documents whose evidence is strong enough to answer with, best first."""
        threshold = self.threshold if threshold is None else threshold
        named = [h for h in hits if h.name >= NAME_HIT]
        if self.mode != "hybrid":
            if not hits or hits[0].score < threshold:
                return []
            best = hits[0]
        elif named:
            best = named[0]
        elif self.retriever.names.unknown(question):
            # A therapy named in the question that no statement mentions: the nearest
            # statement is about something else, however similar it sounds.
            return []
        elif hits and confidence(hits) >= threshold:
            best = hits[0]
        else:
            return []
        others = [h for h in hits if h is not best and (h.name >= NAME_HIT or h.score >= best.score - self.margin)]
        return [best, *others]

    def answer(self, question: str) -> Answer:
        """The organisation's own words for this question, or a decline that says so."""
        return self.answer_with_ranking(question)[0]

    def answer_with_ranking(self, question: str) -> tuple[Answer, list[DocumentHit]]:
        """The answer, and every document's evidence behind it (none for empty or urgent questions)."""
        question = question.strip()
        if not question:
            return self._declined(question, EMPTY_MESSAGE), []
        if URGENT.search(question):
            return self._declined(question, URGENT_MESSAGE), []
        hits = self.retriever.rank(question)
        accepted = self.accepted(question, hits)
        if not accepted:
            return self._declined(question, decline_message(self.topics()), score=hits[0].score if hits else None), hits
        best = accepted[0]
        document = self.retriever.document(best.doc_id)
        recommendation = document.recommendation
        passages = tuple(self._quoted(document, h.passage, h.dense) for h in best.passages[:MAX_PASSAGES])
        quoting_recommendation = document.kind == STATEMENT and recommendation is not None
        if quoting_recommendation:
            section, quote = recommendation.name, document.section_text(recommendation)
        else:
            section, quote = passages[0].section, passages[0].text
        alternatives = tuple(
            Alternative(h.doc_id, self.retriever.document(h.doc_id).title, self.retriever.document(h.doc_id).source,
                        round(h.score, 4))
            for h in accepted[1:]
        )[:MAX_ALTERNATIVES]
        answer = Answer(
            question=question,
            answered=True,
            message=introduction(document, quoting_recommendation),
            statement=citation(document),
            section=section,
            quote=quote,
            passages=passages,
            score=round(best.score, 4),
            alternatives=alternatives,
        )
        return answer, hits

    def lookup(self, query: str, limit: int = 5) -> list[tuple[Document, float]]:
        """Statements ranked for a few words, for staff who want to see every candidate."""
        if not query.strip():
            return []
        return [(self.retriever.document(h.doc_id), round(h.score, 4)) for h in self.retriever.rank(query)[:limit]]

    def _quoted(self, document: Document, passage_index: int, score: float) -> QuotedPassage:
        passage = self.index.passages[passage_index]
        return QuotedPassage(passage.section, document.text[passage.start : passage.end], round(score, 4), passage.page)

    @staticmethod
    def _declined(question: str, message: str, score: float | None = None) -> Answer:
        return Answer(question, False, message, None, None, None, (), round(score, 4) if score is not None else None, ())


def citation(document: Document) -> StatementRef:
    """The citation fields of a document."""
    return StatementRef(
        document.id, document.title, document.organisation, document.date, document.kind, document.source, document.url
    )


def citation_text(ref: StatementRef) -> str:
    """A citation to copy or read out: title, organisation, date, url (or source file)."""
    parts = [f"“{ref.title}”", ref.organisation, month_year(ref.date), ref.url or ref.source]
    return ", ".join(p for p in parts if p) + "."


def open_assistant(
    index_dir: Path,
    corpus_dir: Path | None = None,
    model: str | None = None,
    retriever: str = "hybrid",
    notice=lambda message: None,
) -> Assistant:
    """Load the index (building it first when it is missing) and answer from it.

    `notice` receives one-line messages a user should see: a first build, a stale index.
    """
    from statement_qa.embedding import make_embedder
    from statement_qa.index import build, load, stale_files

    embedder = make_embedder(model)
    index_dir = Path(index_dir)
    if corpus_dir is not None and Path(corpus_dir).is_dir() and not (index_dir / "CURRENT").exists():
        notice(f"No index in {index_dir}/ yet; building it from {corpus_dir}/ (once).")
        build(Path(corpus_dir), index_dir, embedder, settings=default_settings())
    assistant = Assistant(load(index_dir, embedder), embedder, retriever)
    if corpus_dir is not None and Path(corpus_dir).is_dir():
        changed = stale_files(assistant.index, Path(corpus_dir))
        if changed:
            shown = ", ".join(changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
            assistant.stale_notice = (
                f"The index is older than {corpus_dir}/ (changed: {shown}); run `statement-qa build` to update it."
            )
            notice(assistant.stale_notice)
    return assistant
