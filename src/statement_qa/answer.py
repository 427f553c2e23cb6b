"""Answers: the organisation's own words, cited, or a plain 'we have no statement on that'.

Nothing here writes medical content. The sentences around a quote come from fixed,
translated templates (i18n.py); the quote is a slice of the source document cut by stored
offsets and checked against the verified text before it is shown.

The policy (`Assistant.decide`) reads one analysed `Query`:
1. empty → empty; urgent → urgent, before anything else.
2. a follow-up (a conversation's statement, and a message that names nothing) is answered
   from that statement: the passage that speaks to it, or its recommendation with a plain
   "the statement does not say".
3. a question naming a statement's product is answered from it; other products, diseases
   or details it also asks about are listed as not covered. A statement on another disease
   than the one asked about is not quoted.
4. naming only a company is enough, unless the question also names a product no statement
   is about (another product of that company): then it is declined.
5. a product name no statement is about → declined, saying which.
6. a question that names nothing is answered only when the best statement scores past the
   calibrated threshold and is nearer to the question than the general ALS/MND topics are.
Superseded and withdrawn statements are never quoted. The same rules hold on 1 or 10,000
statements: none of them needs a runner-up to measure a lead against.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path

import numpy as np

from statement_qa import i18n
from statement_qa.documents import CURRENT, RESOURCE, STATEMENT, WITHDRAWN, Document
from statement_qa.embedding import Embedder
from statement_qa.frequencies import LANGUAGES as WORD_LIST_LANGUAGES
from statement_qa.glossary import GLOSSARY, gloss
from statement_qa.index import Index
from statement_qa.language import FUNCTION_WORDS
from statement_qa.lexicon import FUNCTION_WORDS as ENGLISH_FUNCTION_WORDS
from statement_qa.lexicon import (
    content_words,
    in_one_case,
    is_common_word,
    normalise,
    stem,
    unaccented,
    word_frequency,
    words,
)
from statement_qa.query import (
    ASKING_WORDS,
    DISEASE_CONTENT,
    MEDICINE_WORDS,
    NATIONALITY_WORDS,
    Query,
    named_apart,
    nationalities_in,
)
from statement_qa.retrieval import DocumentHit, Retriever
from statement_qa.settings import Settings
from statement_qa.structure.words import PLATFORMS
from statement_qa.subjects import CODE, PRODUCT, compact, covering_text, is_coined, set_aside_names, set_aside_text
from statement_qa.vocabulary import (
    ABOUT_THE_ANSWER,
    BIOLOGY_NAMES,
    COMPARISON_CUES,
    DEFINITION_QUESTION,
    DEFINITION_QUESTION_OTHER,
    DETAIL_TOPICS,
    DIFFERENCE_QUESTION,
    DISEASE_COURSE,
    FOLLOW_UP_WORDS,
    FORM_KINDS,
    GENES,
    LINE_EXTENSIONS,
    MAKER_OTHER,
    MAKER_OTHER_WHAT,
    NAMED_FORM_KINDS,
    NATIONALITY_OF_LANGUAGE,
    NOT_THE_DISEASE,
    OTHER_DISEASES,
    PRODUCT_FORMS,
    PRODUCT_KINDS,
    REFERS_BACK,
    RETURN_CUE,
    SWITCH_CUES,
)

log = logging.getLogger(__name__)
# Words any statement's title may use: they say nothing of what a general statement is about.
TITLE_FILLER = frozenset(content_words(
    "position statement recommendation update guidance advice treatment therapy experimental new unproven people living "
    "with als mnd motor neurone neuron disease our the about for members families"
))

# The words of the platforms a page is published on ('Threads', 'Substack'), which name no topic of a title.
PLATFORM_WORDS = frozenset(w for platform in PLATFORMS for w in content_words(platform))

MAX_PASSAGES = 3
MAX_ALTERNATIVES = 3
NAME_HIT = 0.8

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
    # The language of the app's own sentences here (ISO 639-1: the one asked for, else the question's), the urgent
    # kind, and whether the question was cut.
    language: str = "en"
    urgent: str | None = None
    truncated: bool = False
    # False when the statement says nothing on what a follow-up asked (its recommendation is quoted).
    covers_question: bool = True
    # Declined because statements on different therapies fit the question almost equally: they
    # are in `related`, for the person to choose.
    ambiguous: bool = False
    # Thanks or a goodbye ('gracias'): a closing sentence, and the conversation's statement is let go.
    closing: bool = False
    # The language the question was written in, as detected (ISO 639-1); None when nothing in it shows one ('112?')
    # and for a button's answer, which has no question. It differs from `language` when the page asks for its own
    # ('Mi padre vomita sangre' on a page in English): an urgent message is shown in both.
    asked_in: str | None = None
    # Declined because the statement the question is about was withdrawn by its organisation: that statement (never
    # quoted).
    withdrawn: Related | None = None

    def to_json(self) -> dict:
        """The JSON object `statement-qa ask --json` prints."""
        return asdict(self)


def month_year(date: str | None, language: str = "en") -> str | None:
    """'2020-09' → 'September 2020' (in the given language); '2020' stays '2020'."""
    return i18n.month_year(date, language)


def introduction(document: Document, quoting_recommendation: bool, language: str = "en") -> str:
    """The fixed sentence before a quote."""
    when = month_year(document.date, language)
    if not quoting_recommendation:
        return i18n.t("intro_passage", language, title=document.title)
    if document.organisation and when:
        return i18n.t("intro_org", language, organisation=document.organisation, title=document.title, when=when)
    if document.organisation:
        return i18n.t("intro_org_undated", language, organisation=document.organisation, title=document.title)
    return i18n.t("intro", language, title=document.title)


@dataclass(frozen=True)
class Evidence:
    """What retrieval found for one question: its vector, candidate statements, nearness to general topics."""

    vector: object
    hits: list[DocumentHit]
    general: float
    about: str | None = None
    # For a follow-up: finds the conversation statement's passage nearest to "<title>: <question>" and its cosine.
    # It runs the model again, so it is called only when the policy reads `follow_passage` (most follow-ups are
    # settled before that: another product, a detail asked, ...), and once.
    find_follow_passage: Callable[[], tuple[int | None, float]] | None = field(default=None, compare=False, repr=False)
    # The general topic the question is nearest to (an index into vocabulary.GENERAL_TOPICS).
    topic: int | None = None
    # The message goes back to the statement a conversation was about before it turned away ('OK, back to the MND
    # one'): about it, whatever else its words are near.
    returned: bool = False

    def _follow(self) -> tuple[int | None, float]:
        # Kept in the instance's __dict__ as functools.cached_property does, which on Python 3.11 holds one lock for
        # every Evidence: the app's two workers' follow-ups would wait for each other's model call.
        if "_found_follow" not in self.__dict__:
            found = self.find_follow_passage() if self.find_follow_passage is not None else (None, 0.0)
            self.__dict__["_found_follow"] = found
        return self.__dict__["_found_follow"]

    @property
    def follow_passage(self) -> int | None:
        """For a follow-up: the conversation statement's passage nearest to "<title>: <question>"."""
        return self._follow()[0]

    @property
    def follow_score(self) -> float:
        """That passage's cosine (0.0 when there is none)."""
        return self._follow()[1]


@dataclass(frozen=True)
class Decision:
    """What the policy decided for one question, before any text is written."""

    outcome: str
    doc_id: str | None = None
    not_covered: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    follow_up: bool = False
    # For a follow-up: the passage that speaks to it, or None when nothing in the statement does.
    passage: int | None = None
    hits: list[DocumentHit] = field(default_factory=list)
    # Declined because statements on different subjects fit the question almost equally.
    ambiguous: bool = False
    # Thanks or a goodbye: answered with a closing sentence, nothing quoted.
    closing: bool = False
    # Declined because the statement the question is about was withdrawn by its organisation.
    withdrawn: str | None = None


FOLLOW_UP_STEMS = frozenset(content_words(" ".join(FOLLOW_UP_WORDS)))


# A condition's name before a medicine's word names the medicine ('it can interact with thyroid and blood-pressure
# tablets'): a statement that says so is no position on the condition.
_MEDICINE_AFTER = re.compile(rf" (?:(?:and|or) (?:\w+ ){{1,2}})?(?:{MEDICINE_WORDS})\b")


def _names_condition(padded: str, variant: str) -> bool:
    """Whether a normalised, padded text names a condition by this variant, but for naming a medicine for it."""
    return named_apart(padded, variant, lambda at, end: bool(_MEDICINE_AFTER.match(padded, end)))


class Assistant:
    """Answers questions from a loaded index."""

    def __init__(
        self, index: Index, embedder: Embedder, retriever: str = "hybrid", settings: Settings | None = None
    ) -> None:
        self.index = index
        self.settings = settings or Settings.from_dict(index.settings)
        self.retriever = Retriever(index, embedder, retriever, self.settings)
        self.mode = retriever
        # Worked out once, so no question walks every document.
        self._current_statements = [
            d.id for d in index.documents.values() if d.status == CURRENT and d.kind == STATEMENT
        ]
        self._replaced_by: dict[str, list[str]] = {}
        for document in index.documents.values():
            if document.superseded_by:
                self._replaced_by.setdefault(document.superseded_by, []).append(document.id)
        self._document_texts: dict[str, tuple[str, str]] = {}
        self._document_glosses: dict[str, str] = {}
        self._own_texts: dict[str, tuple[str, str]] = {}
        self._own_words: dict[str, frozenset[str]] = {}
        self._written_words: dict[str, frozenset[str]] = {}
        self._document_origins: dict[str, frozenset[str]] = {}
        self._full_texts: dict[str, str] = {}
        self._set_asides: dict[str, tuple[list[tuple[str, str]], frozenset[str]]] = {}
        # Set by open_assistant when the corpus changed after the index was built.
        self.stale_notice: str | None = None

    @property
    def documents(self) -> list[Document]:
        """Every document in the index, in corpus order."""
        return list(self.index.documents.values())

    def standing(self, doc_id: str) -> str | None:
        """The statement doc_id stands for now: itself or the one that superseded it, current or withdrawn."""
        return self._successor(doc_id, (CURRENT, WITHDRAWN))

    def current(self, doc_id: str) -> str | None:
        """The statement to quote for doc_id: itself, or the one that superseded it (None if withdrawn)."""
        return self._successor(doc_id, (CURRENT,))

    def _successor(self, doc_id: str, ends: tuple[str, ...]) -> str | None:
        """doc_id, or the statement its chain of successors reaches, the first whose status is one of `ends`."""
        seen = set()
        document = self.index.documents.get(doc_id)
        while document is not None and document.status not in ends and document.id not in seen:
            seen.add(document.id)
            document = self.index.documents.get(document.superseded_by or "")
        return document.id if document is not None and document.status in ends else None

    def topics(self) -> list[str]:
        """Titles of the current statements (then resources) the index covers."""
        docs = sorted(
            (d for d in self.documents if d.status == CURRENT), key=lambda d: (d.kind != STATEMENT, d.title.lower())
        )
        return [d.title for d in docs]

    # -- the policy -------------------------------------------------------------------------

    def evidence(self, query: Query, about: str | None = None) -> Evidence:
        """Everything the policy weighs for one question, computed once (the model runs here)."""
        retriever = self.retriever
        about = self.current(about) if about else None
        if not query.text or query.urgency is not None:
            return Evidence(None, [], 0.0, about)  # decided before anything is weighed: the model need not run
        vector = retriever.query_vector(query) if self.mode in ("hybrid", "dense") else None
        hits = retriever.rank(query, vector, include=(about,) if about else ())
        # A withdrawn statement stays in the running: a question about it is told so, never answered with another's.
        hits = [h for h in hits if self.standing(h.doc_id) == h.doc_id]
        general, topic = (
            retriever.general_match(vector) if vector is not None and self.mode == "hybrid" else (0.0, None)
        )
        if query.english_reading and vector is not None and self.mode == "hybrid":
            # A message in two languages: the model reads the mixture poorly, its English reading well.
            general, topic = max((general, topic), retriever.general_match(retriever.embed_text(query.english_reading)),
                                 key=lambda match: match[0])
        follow = None
        if about and vector is not None:
            # "what about the dose?" is about the conversation's statement: read it with its title (when asked for).
            follow = partial(retriever.best_passage_for, about, query)
        return Evidence(vector, hits, general, about, follow, topic)

    def decide(self, query: Query, evidence: Evidence, settings: Settings | None = None) -> Decision:
        """The outcome for an analysed question: which statement, what is not covered, what to offer."""
        if not query.text:
            return Decision(EMPTY)
        if query.urgency is not None:
            return Decision(URGENT_OUTCOME)
        if query.closing:
            return Decision(DECLINED, closing=True)
        settings = settings or self.settings
        retriever = self.retriever
        hits, about = evidence.hits, evidence.about
        unknown = [m.text for m in query.unknown]

        def related(exclude: tuple[str, ...] = ()) -> tuple[str, ...]:
            offered = [h.doc_id for h in hits if h.score >= settings.related_threshold and h.doc_id not in exclude
                       and self.current(h.doc_id) == h.doc_id]
            if not offered:
                current = self._current_statements
                if len(current) <= settings.related_limit:
                    offered = [d for d in current if d not in exclude]
            return tuple(offered[: settings.related_limit])

        def answered(hit: DocumentHit, follow_up: bool = False, passage: int | None = None) -> Decision:
            document = retriever.document(hit.doc_id)
            # A name the statement itself sets aside ('not to be mixed up with the Kelpwise Skin Serum') is not its
            # subject, however the question reached it (a follow-up, a description, its company's name).
            set_aside = self._set_aside_named(query, hit.doc_id)
            if set_aside:
                return declined([*set_aside, *(u for u in unknown if not any(u in n for n in set_aside))])
            missing = [*unknown, *self._diseases_missing(query, document), *self._details_missing(query, document)]
            return Decision(ANSWERED, hit.doc_id, tuple(missing), follow_up=follow_up, passage=passage, hits=hits)

        def declined(not_covered: list[str], exclude: tuple[str, ...] = ()) -> Decision:
            return Decision(DECLINED, None, tuple(not_covered), related(exclude), hits=hits)

        def general() -> bool:
            # Nearer to the general ALS/MND topics than to the best document's own passages. This
            # holds for general documents too: exempting them let a trials leaflet answer "Is
            # there a cure for MND?" (measured on blind-a: general questions declined 0.83 → 0.17).
            # The English model reads other languages poorly, so for them both cosines are weak
            # and the general topics (English, like the glosses added to the question) win
            # more easily: their margin is wider.
            margin = settings.general_margin if query.language == "en" else settings.general_margin_other_languages
            if self._defines(query, hits):
                return True  # 'What is the ALSFRS-R score?': a statement on a product that uses the term is not about it
            if query.language in GLOSSARY and not query.mentions and any(DISEASE_NAME & set(content_words(g)) for g in query.glosses) \
                    and all(set(content_words(g)) <= DISEASE_NAME | ASKING_WORDS | GENERAL_QUESTION_WORDS
                            for g in query.glosses):
                # 'Wie lange lebt man mit ALS?', '¿La ELA tiene cura?': the glossary reads the disease and nothing a
                # statement is about; what else meets a statement is the surface of the words.
                return True
            if query.language == "en" and not query.mentions and query.names_disease \
                    and _asks_only_about_the_disease(query.normalised):
                # 'my grandad has MND, will I catch it? I'm 10', 'Does MND run in families? my mum had it': the disease,
                # the family and the question, nothing a statement is about; a statement that talks of families would
                # otherwise meet it by the surface of the words.
                return True
            if hits and self._rare_word_only_in(query, hits[0].doc_id, settings):
                return False
            if evidence.vector is None or not hits:
                return False
            # The best statement's subject, as the nearest of its statements reads (another organisation's on the same
            # product may hold the question's words better).
            nearest = max(h.dense for h in hits[:5] if h is hits[0] or self._same_subject(hits[0], h))
            return nearest - evidence.general < margin

        if NOT_THE_DISEASE.search(query.normalised):
            # 'Can I use drelosina patches for drooling after my stroke? I don't have MND.': a position for people with
            # ALS/MND is not one for them.
            return declined(list(query.diseases))

        if self.mode != "hybrid":
            threshold = settings.dense_threshold if self.mode == "dense" else settings.bm25_threshold
            if hits and hits[0].score >= threshold:
                return answered(hits[0])
            return declined([])

        by_id = {h.doc_id: h for h in hits}
        if about and not query.names_anything and not evidence.returned:
            other_product = self._another_of_maker(query, about)
            if other_product is not None:
                # 'What about their neck wrap instead?', 'Do they do anything else?': the conversation's statement
                # speaks for its own product only.
                return declined(other_product)
        if about and about in by_id and not query.names_anything and about not in query.organisations:
            # 'How is that different from what the Bamburgh association says?': another organisation's statement on the
            # conversation's product, which the message asks for by naming that organisation.
            theirs = next((h for h in hits if h.doc_id in query.organisations and self.current(h.doc_id) == h.doc_id
                           and self._same_subject(by_id[about], h)), None)
            if theirs is not None:
                return answered(theirs, follow_up=True)
        if about and not query.names_anything and about in by_id and (
            evidence.returned or ABOUT_THE_ANSWER.search(f" {query.normalised} ") or (not self._ends_conversation(
                query, evidence, by_id[about], settings) and not self._off_topic(query, by_id[about], settings))
        ) and not self._switches(query, about):
            hit = by_id[about]
            document = retriever.document(hit.doc_id)
            missing = self._details_missing(query, document)
            passage = self._detail_passage(query, hit) if query.details and not missing else None
            if passage is None and not missing and evidence.follow_score >= settings.follow_up_threshold:
                passage = evidence.follow_passage
            return answered(hit, follow_up=True, passage=passage)

        if about and about in by_id and query.unknown and not query.products and not query.companies and (
                evidence.returned or any(f" {cue} " in f" {query.normalised} " for cue in COMPARISON_CUES)):
            # 'Is it better than NurOwn?', 'Back to the drops: OK with levothyroxine?': still about the conversation's
            # statement, NurOwn or levothyroxine not covered.
            return answered(by_id[about], follow_up=True)
        products = {self.standing(d) for m in query.products for d in m.doc_ids} - {None}
        if products:
            # The organisation named has a statement whose own words (its position) name the product, though its title
            # does not ('Post by @chattonals'): on that product too, as its organisation's word.
            products |= {d for d in query.organisations if self.standing(d) == d and retriever.document(d).kind == STATEMENT
                         and any(m.key in self._own(d) for m in query.products)}
        companies = {self.standing(d) for m in query.companies for d in m.doc_ids} - {None}
        # Naming an organisation chooses among statements on one product (or one description).
        preferred = [h for h in hits if h.doc_id in query.organisations]
        if preferred:
            hits = preferred + [h for h in hits if h.doc_id not in query.organisations]
            # The organisation's word before its background: 'the Network's guidance on Lyme testing' is its statement
            # on that, not the training-day sheet that repeats its name and the topic, when the two are close.
            statement = next((h for h in preferred if retriever.document(h.doc_id).kind == STATEMENT), None)
            if statement is not None and retriever.document(hits[0].doc_id).kind == RESOURCE \
                    and statement.score >= settings.organisation_statement_ratio * hits[0].score:
                # (Nor is that background a rival to it.)
                hits = [statement, *(h for h in hits if h is not statement and not (
                    h.doc_id in query.organisations and retriever.document(h.doc_id).kind == RESOURCE))]
        if products:
            named = [h for h in hits if h.doc_id in products]
            if not named:
                # The statement named is superseded by one retrieval did not rank: rank it too.
                vector = evidence.vector if isinstance(evidence.vector, np.ndarray) else None
                hits = retriever.rank(query, vector, include=tuple(sorted(d for d in products if d))) + hits
                named = [h for h in hits if h.doc_id in products]
            if not named:
                return declined(unknown)
            # Of several statements on the product, one that speaks to the detail asked comes first.
            hit = next((h for h in named if not self._details_missing(query, retriever.document(h.doc_id))), named[0])
            other_diseases = self._diseases_missing(query, retriever.document(hit.doc_id))
            if other_diseases:
                return declined([*other_diseases, *unknown])
            extended = self._line_extensions(query, hit.doc_id) or self._same_family(query, hit.doc_id) \
                or self._kind_beside_name(query, hit.doc_id) or self._set_aside_asked(query, hit.doc_id) \
                or self._sibling_codes(query, hit.doc_id) or self._beside_a_name_not_in_title(query, hit.doc_id)
            if extended:
                return declined([*extended, *(u for u in unknown if not any(u in e for e in extended))])
            return answered(hit)
        asked_of_maker = self._another_of_maker(query, None)
        if asked_of_maker is not None:
            # 'What else does Pellary make?', 'anything else from the same company?': no statement on one product
            # speaks for its maker's others.
            return declined([*unknown, *asked_of_maker])
        if companies:
            others = self._other_coined_names(query, companies)
            if unknown or others or (query.diseases and not query.names_disease):
                # Another product of a company we have a statement on: not that statement's subject.
                return declined([*unknown, *others, *query.diseases], exclude=())
            hit = next(h for h in hits if h.doc_id in companies)
            other_form = self._another_form(query, hit.doc_id) or self._another_kind(query, hit.doc_id) \
                or self._set_aside_asked(query, hit.doc_id)
            if other_form:
                # 'Obrexa's sleep spray' when Obrexa's statement is on its patch: another product of the company.
                key = query.companies[0].key  # as the question wrote it: 'Quellon Health' for the key 'quellonhealth'
                written = re.search(r"\W*".join(map(re.escape, key)), query.text, re.IGNORECASE)
                company = written.group(0) if written else query.companies[0].text
                return declined([f"{company} {form}" for form in other_form])
            return answered(hit)
        if unknown:
            return declined(unknown)
        if query.diseases and not query.names_disease:
            return declined(list(query.diseases))
        if query.describes_product:
            # A question about a product ('the capsule from Denmark') is never answered by a general
            # resource ('What is MND?') that shares the rest of its words; only a statement may answer it.
            # Nor, when it describes one product ('a kinase tablet'), by a general statement (on crowdfunding
            # treatment abroad) unless it asks about that statement's topic.
            hits = [h for h in hits if retriever.document(h.doc_id).kind != RESOURCE and not self._general_elsewhere(query, h.doc_id)]
            # Nor by a statement on a product of another form that a statement would name: 'the best sun cream' is not
            # about a tablet that a newsletter item sets beside the company's rosacea cream. (Not a tablet or an
            # injection: a position may speak of those in passing, 'keep taking your tablets'. Form words are English:
            # only English statements' own words can say their form.)
            if {FORM_KINDS[w] for w in query.words if w in FORM_KINDS} <= NAMED_FORM_KINDS:
                hits = [h for h in hits
                        if retriever.document(h.doc_id).language != "en" or not self._another_form(query, h.doc_id)]
        if hits and hits[0].score >= settings.threshold and hits[0].dense >= settings.min_dense \
                and not self._chance_overlap(query, hits[0], settings):
            def settles(chosen: DocumentHit) -> bool:
                # A lead settles a tie only for a statement that would answer on its own.
                return chosen.score >= settings.threshold and not self._chance_overlap(query, chosen, settings)

            rival = self._rival(hits, settings)
            # What the question quotes, written by one statement close behind the best only.
            quoted = self._quoted_elsewhere(query, hits, settings)
            if not general():
                if quoted is not None and settles(quoted):
                    return answered(quoted)
                if rival is not None:
                    # Where the description says the product comes from, and only one of the two does, settles it
                    # before the words they share: a German statement shares few words with an English question
                    # ('a once-a-day tablet from a German company') whatever it is about.
                    chosen = self._origin_lead(query, hits[0], rival) or self._clear_lead(hits[0], rival, settings)
                    if chosen is not None and settles(chosen):
                        return answered(chosen)
                    ids = (hits[0].doc_id, rival.doc_id)
                    offered = (*ids, *(d for d in related() if d not in ids))
                    return Decision(DECLINED, None, (), offered[: settings.related_limit], hits=hits, ambiguous=True)
                # 'the Canadian capsule' when the best statement never says where its product comes from and another,
                # close behind, does.
                origin = self._origin_elsewhere(query, hits, settings)
                if origin is not None and settles(origin):
                    return answered(origin)
                return answered(hits[0])
            # A general question is answered only by a general document on that very topic
            # (a "What is MND?" page for "what is motor neurone disease?"), never by a
            # trials leaflet that happens to share its words.
            best = hits[0].doc_id
            if best in retriever.subjects.general and evidence.topic is not None \
                    and evidence.topic in retriever.document_topics(best):
                return answered(hits[0])
            # Nearer the general topics than the best statement is, but a statement in another language than the
            # question's, close behind it, holds far more of its topic words (through its glosses): the model,
            # which reads that statement's words poorly, put the general topics first ('a Swiss pill that protects
            # the energy factories of nerve cells' and a French statement on it). Only for a question describing a
            # product: 'Is there a cure for ALS yet?' met a French statement whose English glosses say 'cure'.
            if rival is not None and query.describes_product and not self._defines(query, hits):
                language = retriever.document(rival.doc_id).language
                if language and language != query.language and self._clear_lead(hits[0], rival, settings) is rival \
                        and settles(rival):
                    return answered(rival)
        return declined([])

    def _quoted_elsewhere(self, query: Query, hits: list[DocumentHit], settings: Settings) -> DocumentHit | None:
        """A statement close behind the best (settings.quoted_ratio) that alone of those close writes what the question
        quotes ('a "compassionate supply" scheme', as a leaflet or an advert put it), when the best does not: people quote
        what they read."""
        phrases = [f" {p} " for p in (normalise("".join(q)) for q in _QUOTED.findall(query.text)) if len(p.split()) >= 2]
        if not phrases or len(hits) < 2:
            return None
        close = [h for h in hits if h.score >= settings.quoted_ratio * hits[0].score]
        writing = [h for h in close if any(p in self._full_text(h.doc_id) for p in phrases)]
        return writing[0] if len(writing) == 1 and writing[0] is not hits[0] else None

    def _full_text(self, doc_id: str) -> str:
        """A document's whole text normalised and padded, worked out once per document."""
        if doc_id not in self._full_texts:
            self._full_texts[doc_id] = f" {normalise(self.retriever.document(doc_id).text)} "
        return self._full_texts[doc_id]

    def _origins(self, query: Query) -> frozenset[str]:
        """The nationalities a question names ('a Portuguese tablet', 'aus der Slowakei'), when it names no product: a
        description's clue to which statement it means."""
        if query.mentions:
            return frozenset()
        return nationalities_in(query.normalised)

    def _document_origin(self, doc_id: str) -> frozenset[str]:
        """The nationalities a document's text names, and the one its language stands for."""
        if doc_id not in self._document_origins:
            document = self.retriever.document(doc_id)
            found = nationalities_in(self._full_text(doc_id))
            if document.language in NATIONALITY_OF_LANGUAGE:
                found |= {NATIONALITY_OF_LANGUAGE[document.language]}
            self._document_origins[doc_id] = found
        return self._document_origins[doc_id]

    def _origin_lead(self, query: Query, one: DocumentHit, other: DocumentHit) -> DocumentHit | None:
        """Of two statements that fit a description equally, the only one that names where it says its product comes
        from, if either."""
        asked = self._origins(query)
        if not asked:
            return None
        first, second = bool(asked & self._document_origin(one.doc_id)), bool(asked & self._document_origin(other.doc_id))
        return one if first and not second else other if second and not first else None

    def _origin_elsewhere(self, query: Query, hits: list[DocumentHit], settings: Settings) -> DocumentHit | None:
        """A statement close behind the best (settings.origin_ratio; origin_ratio_other_language for one in another
        language than the question's) on another subject that names where the described product comes from, when the
        best never does."""
        asked = self._origins(query)
        best = hits[0]
        if not asked or asked & self._document_origin(best.doc_id):
            return None
        for hit in hits[1:]:
            if hit.score < settings.origin_ratio_other_language * best.score:
                return None
            language = self.retriever.document(hit.doc_id).language
            ratio = settings.origin_ratio if language in (None, query.language) else settings.origin_ratio_other_language
            if hit.score >= ratio * best.score and not self._same_subject(best, hit) \
                    and asked & self._document_origin(hit.doc_id):
                return hit
        return None

    def _same_subject(self, one: DocumentHit, other: DocumentHit) -> bool:
        """Whether two hits are one statement, or two statements on one product (another organisation's, a
        translation): either would answer."""
        subjects = self.retriever.subjects
        own = subjects.product_keys(one.doc_id)
        return other.doc_id == one.doc_id or bool(own and own & subjects.product_keys(other.doc_id))

    def _defines(self, query: Query, hits: list[DocumentHit]) -> bool:
        """A question asking what a term means, naming no product, whose best document is a product's
        statement (a resource or a general statement may explain the term)."""
        retriever = self.retriever
        return not query.mentions and _defines_a_term(query.text, query.language) and bool(hits) \
            and hits[0].doc_id not in retriever.subjects.general and retriever.document(hits[0].doc_id).kind == STATEMENT

    def _beside_a_name_not_in_title(self, query: Query, doc_id: str) -> list[str]:
        """A made-up name beside one of a statement's names that its title never writes (the maker's, read as a
        name of the statement: 'Et DictaPro de Sonoria ?' beside a statement titled 'VoixClaire'): another product of
        the maker when the statement's own words never use it, as for a company's name (`_other_coined_names`)."""
        document = self.retriever.document(doc_id)
        titled = {compact(w) for name in (document.title, *document.aliases) for w in re.findall(r"[^\W_]+", name)}
        named = [m for m in query.products if doc_id in m.doc_ids]
        if not named or any(compact(w) in titled for m in named for w in m.text.split()):
            return []
        # (never a word of a name the question is known to use: 'Lindenhain' of the company 'Lindenhain Pharma')
        keys = [m.key for m in query.mentions]
        return [name for name in self._other_coined_names(query, {doc_id}) if not any(compact(name) in k for k in keys)]

    def _other_coined_names(self, query: Query, doc_ids: set[str | None]) -> list[str]:
        """Made-up names beside a company's name that none of its statements is about, though a page prints them.

        'Is the Helvara StrideBrace good?' names the company of a statement on its FlexGlove and a
        product the page advertises in a box. No statement knows it as a name, and the statement's
        title, names and position never use it: another product of the company, not covered. In
        another language only a name written with inner capitals or digits counts (German capitalises
        every noun).
        """
        mentioned = {compact(w) for m in query.mentions for w in m.text.split()}
        # A company's mention is its key, the words run together: 'Druridge' of 'druridgepharma' is part of it.
        keys = [compact(m.text) for m in query.mentions]
        found = []
        for token in re.findall(r"\b[A-Z][^\W_]{4,}\b", query.text):
            key = compact(token)
            inner = bool(re.search(r"[a-z][A-Z]|[A-Za-z]\d", token))
            if key in mentioned or any(k.startswith(key) for k in keys) or not is_coined(token) \
                    or (query.language != "en" and not inner):
                continue
            if any(key in self._own(doc_id) for doc_id in doc_ids if doc_id):
                continue
            found.append(token)
        return found

    def _another_form(self, query: Query, doc_id: str) -> list[str]:
        """The question's form words ('spray') when the statement's own words name only forms of another kind
        ('patch'), or when its text never speaks of a product of that kind at all ('the Kadimastem eye spray'
        beside a statement on Kadimastem's cell therapy)."""
        asked = [w for w in query.words if w in FORM_KINDS]
        if not asked:
            return []
        kinds = {FORM_KINDS[w] for w in asked}
        own = {FORM_KINDS[w] for w in self._own(doc_id) if w in FORM_KINDS}
        written = {FORM_KINDS[w] for w in self._written(doc_id) if w in FORM_KINDS}
        # A statement on an injected or swallowed medicine may never say so ('AstroRx treatment'): only the
        # other kinds, which a statement on such a product would name, are missing by their absence.
        if (own and not own & kinds) or (kinds <= NAMED_FORM_KINDS and not written & kinds):
            return list(dict.fromkeys(asked))
        return []

    def _another_of_maker(self, query: Query, doc_id: str | None) -> list[str] | None:
        """What a message asks of a maker beyond the product of its statement `doc_id` (a conversation's), or None:
        its other products (vocabulary.MAKER_OTHER, in the interface languages: 'Do they make anything else, like the
        skin treatments?' → ['skin treatments'], '¿Y de la misma empresa?' → []), or, in a conversation, in English
        'their' with a kind of product the statement's title, names and position never write ('What about their neck
        wrap instead?' beside a statement on a cooling cap)."""
        text = query.normalised
        if MAKER_OTHER.search(text):
            what = MAKER_OTHER_WHAT.search(text)
            return [what.group("what")] if what else []
        if doc_id is None or query.language != "en" or "their" not in text.split():
            return None
        for match in re.finditer(r"\btheir((?: [a-z-]+){1,5})", text):
            following = match.group(1).split()
            kind = next((i for i, w in enumerate(following) if w in PRODUCT_KINDS), None)
            if kind is None:
                continue
            # A kind the statement's title, names or position write is its own product's; a page may advertise the
            # maker's others anywhere else. A tablet or an injection may go unnamed there ('AstroRx treatment'):
            # those are its own when any of its text writes them. Form words of one kind name one product loosely
            # ('their tablets' beside a statement on a capsule).
            word = following[kind]
            unnamed = FORM_KINDS.get(word) not in (None, *NAMED_FORM_KINDS)
            # A name may end in its kind ('HushCollar').
            if not _names_kind(self._written(doc_id) if unnamed else self._own(doc_id), word):
                return [" ".join(following[: kind + 1])]
            return None
        return None

    def _another_kind(self, query: Query, doc_id: str) -> list[str]:
        """A kind of product beside a company's name ('Zorvex's face masks', 'le maschere … di Zorvex' read by its
        gloss) that the statement never writes: another product of the company. Kinds other than the forms
        `_another_form` reads (PRODUCT_KINDS: a wrap, a mask, insoles …). Its whole text is read, as `_another_form`
        reads it for a spray: a background may say what its product is ('the GripMitt, a powered glove')."""
        written = self._written(doc_id)
        for word in query.words:
            if word in PRODUCT_KINDS and word not in FORM_KINDS and not _names_kind(written, word):
                return [word]
        return []

    def _kind_beside_name(self, query: Query, doc_id: str) -> list[str]:
        """A kind of product written with a statement's name ('Goldcomb's honey masks', 'le maschere al miele di
        Goldcomb', read by its gloss) that the statement never writes of its own product: another product sold under the
        name. Only words that belong to the name's phrase count (a few words of description, 'of', 'the', an 'and' inside
        them); 'AstroRx with vitamins', 'AstroRx and my vitamins' ask about two things. A tablet or an injection may go
        unnamed in a statement, as `_another_form` reads: those never count."""
        names = {m.key for m in query.products}
        closed = FUNCTION_WORDS.get(query.language, frozenset()) | ENGLISH_FUNCTION_WORDS
        found: list[str] = []
        # Clause by clause: 'she choked on her tea last week; is nemorvastin …' joins nothing.
        for clause in re.split(r"[.;:!?,()]", query.text):
            found += self._kinds_in_clause(normalise(clause).split(), names, closed, query, doc_id)
        return list(dict.fromkeys(found))

    def _kinds_in_clause(self, tokens: list[str], names: set[str], closed: frozenset[str], query: Query,
                         doc_id: str) -> list[str]:
        found: list[str] = []
        for at, token in enumerate(tokens):
            if token not in names:
                continue
            for step in (1, -1):
                i, between = at + step, 0
                while 0 <= i < len(tokens) and between <= _PHRASE_WORDS and tokens[i] not in names:
                    kind = _kind_word(tokens[i], query.language)
                    if kind:
                        if self._kind_not_its_own(kind, doc_id):
                            span = tokens[min(at, i): max(at, i) + 1]  # as the question wrote it: 'Goldcomb's honey masks'
                            written = re.search(r"[\W_]+".join(map(re.escape, span)), query.text, re.IGNORECASE)
                            found.append(written.group(0) if written else " ".join(span))
                        break
                    word = tokens[i]
                    if word in _AND:
                        # Inside the description ('honey and propolis masks'), never beside the name or the kind.
                        if between == 0 or not 0 <= i + step < len(tokens) or _kind_word(tokens[i + step], query.language):
                            break
                    elif word in closed and word not in _NAME_LINKS:
                        break
                    i, between = i + step, between + (word not in _NAME_LINKS)
        return found

    def _set_aside_asked(self, query: Query, doc_id: str) -> list[str]:
        """Words asked with a statement's name that the statement writes only in its sentences on what it does not
        cover ('Tickhaven also sells a £149 food-intolerance test. This guide does not cover it.', asked 'Should I do
        Tickhaven's food intolerance test?'): the question is about that, not the statement's subject. One of them must
        be a specific word (rarer than settings.set_aside_zipf), so 'with food' alone never counts; in the statement's
        own language, or for an English statement in the English glosses of a question in another ('il test delle
        intolleranze alimentari di Tickhaven'). A name those sentences write (in quotes, or in capitals: 'Not to be
        mixed up with the Kelpwise Skin Serum') counts in any language (`_set_aside_named`)."""
        document = self.retriever.document(doc_id)
        named = self._set_aside_named(query, doc_id)
        aside = self._set_aside(document)[1]
        language = document.language or "en"
        if named or not aside or (language != query.language and (language != "en" or not query.glosses)):
            return named
        kept = self._kept_words(doc_id)
        closed = FUNCTION_WORDS.get(query.language, frozenset()) | ENGLISH_FUNCTION_WORDS
        only = {w for w in aside - kept if w not in closed and not w.isdigit()}
        tokens = (query.normalised if language == query.language else normalise(" ".join(query.glosses))).split()
        found, run = [], []
        for token in [*tokens, ""]:
            if token in only:
                run.append(token)
                continue
            if any(len(w) >= 4 and word_frequency(w) < self.settings.set_aside_zipf for w in run):
                found.append(" ".join(run))
            run = []
        return found

    def _sibling_codes(self, query: Query, doc_id: str) -> list[str]:
        """Codes no statement is about that share their letters with a code of this statement ('dromelina DRM59' beside
        a statement on Dromelina, DRM-58): the question names another product of the line, not only this one."""
        own = [m for alias in self.retriever.document(doc_id).aliases if (m := CODE.fullmatch(alias.strip()))]
        letters = {m.group(1).casefold() for m in own}
        numbers = {m.group(2).casefold() for m in own}
        found = []
        for mention in query.unknown:
            match = CODE.fullmatch(mention.text.strip())
            if match and match.group(1).casefold() in letters and match.group(2).casefold() not in numbers:
                found.append(mention.text)
        return found

    def _kept_words(self, doc_id: str) -> set[str]:
        """The words of a statement's title, names and own sentences."""
        document = self.retriever.document(doc_id)
        return set(normalise(" ".join([document.title, *document.aliases, *self._written(doc_id)])).split())

    def _set_aside_named(self, query: Query, doc_id: str) -> list[str]:
        """The names a statement writes only to set them aside (in quotes or capitals: 'Not to be mixed up with the
        Kelpwise Skin Serum', 'a "knee renewal" injection ... We have no view on that') whose own words the question
        writes (settings.set_aside_name_zipf): in any language, whatever else the question names."""
        document = self.retriever.document(doc_id)
        names = self._set_aside(document)[0]
        asked = set(query.normalised.split())
        if not any(set(key.split()) & asked for _, key in names):
            return []
        kept = self._kept_words(doc_id)
        closed = FUNCTION_WORDS.get(query.language, frozenset()) | ENGLISH_FUNCTION_WORDS
        written = f" {query.normalised} "
        one_case = in_one_case(query.text)
        position = self._own_text(document)[1]
        found = []
        by_key = self.retriever.subjects.by_key
        organisation = normalise(document.organisation or "")
        for name, key in names:
            if organisation and (key in organisation or organisation in key):
                continue  # ('Wexcombe MND Circle has no view on …': the organisation itself is never set aside)
            if name[:1].isupper() and not one_case and re.search(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", query.text) \
                    and f" {key} " not in position and not any(doc_id in by_key.get(w, ()) for w in key.split()):
                # A name written as a name ('Is the Shell pillow any good?', 'das Shell-Kissen'), though the page writes
                # its word elsewhere too (a notice listing every name); not the statement's own company or product
                # ("OVX-58 is Swyre Neuro's dry-eye drop" sets aside the drop, not Swyre Neuro).
                found.append(name)
                continue
            # Its words the statement's own sentences never write, all asked: as the name writes them, or in any order
            # and language when none is an everyday word ('tractament facial amb oxigen' for an "oxygen facial", not
            # 'cramp every night' for 'Serenthia Night').
            own = {w for w in key.split() if w not in kept and w not in closed and len(w) >= 3 and not w.isdigit()}
            if own and own <= asked and (f" {key} " in written or all(
                    word_frequency(w) < self.settings.set_aside_name_zipf for w in own)):
                found.append(name)
        return found

    def _set_aside(self, document: Document) -> tuple[list[tuple[str, str]], frozenset[str]]:
        """The names (as written, and normalised) and the words of a document's sentences on what it does not cover,
        worked out once per document."""
        found = self._set_asides.get(document.id)
        if found is None:
            text = " ".join(document.section_text(s) for s in document.sections)
            names = [(name, normalise(name)) for name in set_aside_names(text)]
            found = self._set_asides[document.id] = (names, frozenset(normalise(set_aside_text(text)).split()))
        return found

    def _kind_not_its_own(self, kind: str, doc_id: str) -> bool:
        """Whether a statement's text, but for what it says it does not cover, never writes this kind of product."""
        if kind in FORM_KINDS:
            form = FORM_KINDS[kind]
            return form in NAMED_FORM_KINDS and all(FORM_KINDS.get(w) != form for w in self._written(doc_id))
        return not _names_kind(self._written(doc_id), kind)

    def _line_extensions(self, query: Query, doc_id: str) -> list[str]:
        """'KetoNeuro Slim' beside a statement on KetoNeuro, 'Lumicel-K' beside one on Lumicel-N: a name the brand
        extends with a word of its product line (vocabulary.LINE_EXTENSIONS), or with a short mark joined by a hyphen,
        that the statement never writes after it is another product of the line.

        The word must be capitalised ('KetoNeuro plus riluzole' joins two things), unless the whole question is in one
        case, or be a release code ('XR'). The statement's title and position are read for the pair, so a statement on
        the extension itself ('KetoNeuro Slim: our view') still answers, and one that names it only to tell it apart
        ('not to be confused with KetoNeuro Slim') does not.
        """
        # A name written with a language's accents ('Sen Bạc Ngủ Ngon') is found as its key spells it, and what is
        # named told as the question wrote it (the same offsets).
        text = unaccented(query.text)
        one_case = in_one_case(text)
        document = self.retriever.document(doc_id)
        # (Its title and position, but for a sentence that names the extension only to set it aside.)
        own, position = self._own_text(document)
        names = " ".join([document.title, *document.aliases])
        # (a name of its own, with its own code: 'ravestrin LA' of a statement on ravestrin and ravestrin LA)
        keys = self.retriever.subjects.product_keys(doc_id)
        found = []
        for mention in query.products:
            written = r"[\W_]*".join(map(re.escape, mention.key))
            # A statement on one product of a line ('Myelix Gold', 'InfraNeura Wrap': the brand and a word its title
            # or names give after it) makes any other capitalised word after the brand ('Myelix Calm', 'InfraNeura
            # Back Belt') another product of it, not only the words lines are known to use.
            own_line = {w for w in re.findall(rf" {written} ([^\W\d_]+)", position) if w in LINE_EXTENSIONS}
            # Its position says so too when a page's title was lost ('the Tingara MicroPen helps' on a page titled 'Ask the
            # committee'), but not in a sentence on what it does not cover ('the Tingara FacePen … nothing to do with').
            own_line |= {w.casefold() for w in re.findall(rf"(?<![^\W_]){written}[\s-]+([^\W\d_]+)", f"{names} {own}",
                                                           re.IGNORECASE)
                         if self._a_line_name(w)}
            # A name of several capitalised words after the brand in the statement's title or names is one of the line
            # whatever its first word ('Fenglow Motor Neurone Formula' beside 'Fenglow Sleep Formula').
            own_line |= {m.casefold() for m in re.findall(rf"(?<![^\W_])(?i:{written})[\s-]+([A-Z][^\W\d_]*)(?:[\s-]+[A-Z][^\W\d_]*)+",
                                                          names)}
            # (a hyphen joins a name, a dash with spaces around it ends it: 'FXM 55 - German caller')
            for match in re.finditer(rf"(?<![^\W_])({written})(\s+|-)([^\W_]+)(?![^\W_])", text, re.IGNORECASE):
                name, joint, word = match.groups()
                # 'Lumicel-K' beside a statement on Lumicel-N: a letter joined to the name marks another product of
                # the line as surely as 'Slim' does (a number is a trial's: 'BEMZA-2').
                suffix = joint == "-" and len(word) <= 3 and not word.isdigit()
                # (a two-letter word counts as a release code only in capitals: 'XR', not 'go' of 'Can Axo+ 3 go through
                # my PEG tube?')
                known = word.casefold() in LINE_EXTENSIONS and (word[0].isupper() or one_case or len(word) <= 2 and word.isupper())
                # The kind of product the statement writes of its own is no name of the line ('Elderveil-Tropfen',
                # German for its drops).
                kind = _kind_word(word.casefold(), query.language)
                of_the_line = bool(own_line) and not one_case and word.casefold() not in own_line \
                    and self._a_line_name(word) and not (kind and _names_kind(self._written(doc_id), kind))
                if not (suffix or known or of_the_line) or compact(f"{name}{word}") in keys:
                    continue
                # The statement may space the name otherwise ('h2 flow home' for its 'H2Flow Home').
                if not re.search(rf" {written}[\W_]+{re.escape(normalise(word))} ", position):
                    # The rest of a capitalised name with it ('InfraNeura Back Belt').
                    # (in title case: 'Fenglow Sleep Formula OK to take' names 'Fenglow Sleep Formula')
                    rest = re.match(r"(?: [A-Z][a-z][^\W_]*)*", text[match.end():]) if of_the_line else None
                    end = match.end() + (len(rest.group()) if rest else 0)
                    found.append(query.text[match.start(1) : end])
        return list(dict.fromkeys(found))

    def _same_family(self, query: Query, doc_id: str) -> list[str]:
        """Names no statement is about that begin with the first part of a statement's name written with inner capitals
        ('PulseInsoles' beside a statement on the Vexley PulseCollar, wherever the brand stands): another product of the
        line."""
        document = self.retriever.document(doc_id)
        names = {word: parts[0] for name in (document.title, *document.aliases) for word in name.split()
                 if (parts := _camel_parts(word))}
        # Not beside the statement's own name ('Is the PulseCollar better than the PulseInsoles?' is about it).
        heads = {head for word, head in names.items() if word.lower() not in query.normalised.split()}
        return [m.text for m in query.unknown if (parts := _camel_parts(m.text)) and parts[0] in heads]

    @staticmethod
    def _a_line_name(word: str) -> bool:
        """Whether a capitalised word after a brand can name a product of its line: a word of three letters or more in
        title case (not an abbreviation or a trial's name: 'tarnelimod EUA', 'brivantide BRIO-2'), neither a product's
        form ('Myelix Capsules'), the disease ('Myelix ALS') nor a word of asking ('Myelix OK')."""
        folded = word.casefold()
        # In title case, or a coined name with inner capitals ('Vexley PulseInsoles' beside the Vexley PulseCollar).
        camel = word[0].isupper() and not word.isupper() and bool(re.search(r"[a-z][A-Z]", word))
        return (len(word) >= 3 and (word.istitle() or camel) and word.isalpha() and folded not in PRODUCT_FORMS
                and folded not in NATIONALITY_WORDS
                and folded not in FORM_KINDS and not set(content_words(folded)) <= DISEASE_CONTENT | ASKING_WORDS
                and folded not in FOLLOW_UP_WORDS and folded not in FUNCTION_WORDS["en"])

    def _own(self, doc_id: str) -> frozenset[str]:
        """The words a statement uses of itself: its title, names, organisation and position."""
        if doc_id not in self._own_words:
            document = self.retriever.document(doc_id)
            position = document.section_text(document.recommendation) if document.recommendation is not None else ""
            text = " ".join([document.title, *document.aliases, document.organisation or "", position])
            self._own_words[doc_id] = frozenset(compact(w) for w in re.findall(r"[^\W_]+", text))
        return self._own_words[doc_id]

    def _own_text(self, document: Document) -> tuple[str, str]:
        """A statement's position as written (a resource's sections), but for its sentences on what it does not cover;
        and the same after its title, normalised and padded as `_texts` gives a position: worked out once per document,
        not once per question."""
        if document.id not in self._own_texts:
            position = document.recommendation if document.kind == STATEMENT else None
            text = covering_text(document.section_text(position) if position is not None else " ".join(
                document.section_text(s) for s in document.sections))
            self._own_texts[document.id] = (text, f" {normalise(' '.join([document.title, text]))} ")
        return self._own_texts[document.id]

    def _written(self, doc_id: str) -> frozenset[str]:
        """The words of a document's sections, in lower case, but for its sentences on what it does not cover, and for
        a document in another language their English glosses ('maschere' → 'mask'): worked out once per document, not
        once per question."""
        if doc_id not in self._written_words:
            document = self.retriever.document(doc_id)
            text = covering_text(self._texts(document)[1])
            if document.language and document.language != "en":
                text = f"{text} {' '.join(gloss(text, document.language)).lower()}"
            self._written_words[doc_id] = frozenset(re.findall(r"[^\W\d_]+", text))
        return self._written_words[doc_id]

    def _chance_overlap(self, query: Query, hit: DocumentHit, settings: Settings) -> bool:
        """Whether an English question meets the statement only in everyday words, with a weak cosine.

        'What time does the post office open on Saturday?' shares 'time', 'post' and 'open' with a
        long page that lists its events, and BM25 and coverage lift it over the threshold. Words any
        long page has, the words of asking about any therapy ('good', 'recommend', 'safe') and of where
        something comes from ('an Italian restaurant'), say nothing about what the question is about;
        when the model does not see it near the statement either, the question is not about it. Nor
        does a product's name that is an everyday word, written as one ('hang a lantern in the garden'
        beside a statement on the Lantern visor). A question that names the disease is never chance.
        """
        if query.language != "en" or query.names_disease:
            return False
        # The statement's product name as an everyday word ('a lantern in the garden', not 'the Lantern'): the model
        # saw the word, not the product, so its cosine says nothing either.
        as_words = self._name_as_a_word(query, hit.doc_id)
        if hit.dense >= settings.chance_dense and not as_words:
            return False
        terms = self.retriever.doc_terms
        for word in query.words:
            term = stem(word)
            if term in DISEASE_CONTENT:
                return False
            if word in FOLLOW_UP_WORDS or term in FOLLOW_UP_WORDS or word in NATIONALITY_WORDS or word in as_words \
                    or not terms.has(term, hit.doc_id):
                continue
            if word_frequency(word) < settings.everyday_zipf:
                return False
        return True

    def _name_as_a_word(self, query: Query, doc_id: str) -> set[str]:
        """The words of a question that are this statement's product name, an everyday word ('Lantern', 'Ember'),
        written as the everyday word ('hang a lantern in the garden', 'burnt down to embers'), in a question that names
        nothing."""
        if query.mentions or in_one_case(query.text):
            return set()
        names = self.retriever.subjects.by_key
        return {w for w in query.words
                if any(doc_id in names.get(form, ()) for form in (w, w[:-1] if w.endswith("s") else w))
                and is_common_word(w, threshold=3.0) and re.search(rf"\b{re.escape(w)}\b", query.text)}

    def _rare_word_only_in(self, query: Query, doc_id: str, settings: Settings) -> bool:
        """Whether the question uses a word rare in everyday language that this statement alone uses, or two
        uncommon ones (settings.specific_words): it describes what that statement is about.

        'is that creatine energy powder for tired muscles worth it' is near the general topic of
        muscles and exercise, but 'creatine' is in one statement only: it asks about that one. Not
        the disease's own words, nor its course ('bulbar onset'), nor a gene or a scale ('SOD1', 'ALSFRS'),
        which any statement may cite; but a gene beside a description of a product ('a spinal injection for FUS ALS')
        asks for the statement on that product.
        """
        terms = self.retriever.doc_terms
        specific: set[str] = set()
        # The word tables know seven languages: to them a word of another is rare whatever it says, so only its
        # English glosses count towards the uncommon ones.
        glossed = {w for g in query.glosses for w in g.split()}
        listed = query.language in WORD_LIST_LANGUAGES
        as_words = self._name_as_a_word(query, doc_id)  # ('embers' beside the Ember wrap says nothing of it)
        for word in dict.fromkeys([*query.words, *glossed]):
            if word in as_words:
                continue
            term = stem(word)
            gene = term in GENES and query.describes_product  # 'a spinal injection for FUS ALS'
            if (len(word) <= 3 and not gene) or term in DISEASE_CONTENT or (term in BIOLOGY_NAMES and not gene) \
                    or word in DISEASE_COURSE or not terms.only_in(term, doc_id):
                continue
            zipf = word_frequency(word)
            if (gene or zipf < settings.rare_word_zipf) and word in query.words:
                return True
            if zipf < settings.specific_word_zipf and (listed or word in glossed) \
                    and word not in NATIONALITY_WORDS and word not in FOLLOW_UP_WORDS:
                specific.add(term)
        return len(specific) >= settings.specific_words

    def _general_elsewhere(self, query: Query, doc_id: str) -> bool:
        """A general statement whose title's own topic words ('crowdfunding', 'abroad') the question never uses."""
        if not query.describes_one_product or doc_id not in self.retriever.subjects.general:
            return False
        document = self.retriever.document(doc_id)
        # (a title of the organisation's name, its handle and the platform names no topic: 'Fenby ALS Trust
        # (@fenbyalstrust) on Threads')
        organisation = [w for w in words(document.organisation or "") if len(w) >= 4]
        own = {w for w in set(content_words(document.title)) - TITLE_FILLER
               if w not in PLATFORM_WORDS and not any(o in w for o in organisation)}
        return bool(own) and not own & set(query.content)

    def _rival(self, hits: list[DocumentHit], settings: Settings, ratio: float | None = None) -> DocumentHit | None:
        """A statement on another subject that scores almost as well as the best one, if any: within `ratio` of it
        (`ambiguity_ratio` unless given).

        Statements sharing a subject with the best (another organisation's, a translation) are
        not rivals: either would answer.
        """
        ratio = settings.ambiguity_ratio if ratio is None else ratio
        best = hits[0]
        for hit in hits[1:]:
            if self._same_subject(best, hit):
                continue
            close = best.score > 0 and hit.score >= ratio * best.score
            return hit if close else None
        return None

    @staticmethod
    def _clear_lead(best: DocumentHit, rival: DocumentHit, settings: Settings) -> DocumentHit | None:
        """Of two statements that fit a question almost equally, the one whose words it uses far more, if either.

        The combined scores tie when one statement leads on the model's reading and coverage and the other on the
        question's own words (or, in another language, their English glosses): 'the intravenous antibody that lowered
        neurofilaments' in Portuguese shares those terms with one statement only. A lead of `lexical_lead_ratio`
        and `lexical_lead_min` BM25 points settles it, or one in the share of the question's topic words each has
        (`coverage_lead_ratio`, `coverage_lead_min`); anything less stays ambiguous.
        """
        for one, other in ((best, rival), (rival, best)):
            if one.lexical >= settings.lexical_lead_ratio * other.lexical \
                    and one.lexical - other.lexical >= settings.lexical_lead_min:
                return one
            # The same for the question's topic words a statement has (its own, or its English glosses): an English
            # question describing a French statement's tablet meets its glosses, and the model reads its French poorly.
            if one.coverage >= settings.coverage_lead_ratio * other.coverage \
                    and one.coverage - other.coverage >= settings.coverage_lead_min:
                return one
        return None

    @staticmethod
    def _off_topic(query: Query, hit: DocumentHit, settings: Settings) -> bool:
        """An English message that shares nothing with the statement ('what's the weather like?').

        Only English: the model reads other languages too poorly for a low cosine to mean anything
        ('¿y es seguro?'), and a detail asked (cost, dose) is always about the statement.
        """
        return query.language == "en" and not query.details and hit.dense < settings.follow_up_min_dense

    def _switches(self, query: Query, about: str) -> bool:
        """'And the patch?', 'what about creatine?': a turn to something the statement never mentions."""
        padded = f"{query.normalised} "
        cue = next((c for c in SWITCH_CUES if padded.startswith(f"{c} ")), None)
        if cue is None or query.details:
            return False  # 'and the dose?', 'y el precio?' ask about the statement's own therapy
        cue_word = cue.split()[0]
        first = re.match(r"[\W_]*([^\W_]+)", query.text.lower())
        if len(cue_word) == 1 and first and first.group(1) != cue_word:
            return False  # Portuguese 'É seguro?' ('is it safe?') is 'e' ('and') only without its accent
        # In another language, its English glosses say what it asks about.
        asked = query.normalised[len(cue):] if query.language == "en" else " ".join(query.glosses)
        rest = [w for w in content_words(asked) if w not in FOLLOW_UP_STEMS]
        terms = self.retriever.doc_terms.get(about, frozenset())
        return bool(rest) and not any(word in terms for word in rest)

    @staticmethod
    def _ends_conversation(query: Query, evidence: Evidence, hit: DocumentHit, settings: Settings) -> bool:
        """A message that names the disease and is nearer the general topics than the statement is general; never
        one that points back at what the statement said ('Does the same advice apply to him?'), nor one that asks
        about the statement's organisation ('Who are Thornham ALS Circle?', whose name says ALS)."""
        return query.names_disease and evidence.general - hit.dense > settings.general_margin \
            and not REFERS_BACK.search(f" {query.normalised} ") and hit.doc_id not in query.organisations

    def _diseases_missing(self, query: Query, document: Document) -> list[str]:
        """Other diseases asked about that the statement's position (or a resource's text) never names.

        A background that says the product is approved for Crohn's disease does not make the
        statement a position on Crohn's disease.
        """
        if query.names_disease or not query.diseases:
            return []  # "the epilepsy tablet for MND": the other disease describes the product
        text = self._texts(document)[0]
        return [d for d in query.diseases if not any(_names_condition(text, v) for v in OTHER_DISEASES.get(d, (d,)))]

    def _quotable_passage(self, document: Document, hit: DocumentHit | None) -> int | None:
        """What a document with no position to quote is quoted by: its best-ranked passage for the question, else
        its first, that is the organisation's own words (Retriever.quotable); None when it has none."""
        ranked = [h.passage for h in hit.passages] if hit is not None else []
        in_order = [int(row) for row in self.retriever.doc_passages.get(document.id, ())]
        return next((p for p in [*ranked, *in_order] if self.retriever.quotable(p)), None)

    def _detail_passage(self, query: Query, hit: DocumentHit) -> int | None:
        """The best-ranked passage of a statement that speaks to the detail asked (cost, dose, ...)."""
        words = [w for detail in query.details for w in DETAIL_TOPICS[detail]["covered"]]
        for passage_hit in hit.passages:
            text = self.index.passages[passage_hit.passage].text.lower()
            if any(w in text for w in words) and self.retriever.quotable(passage_hit.passage):
                return passage_hit.passage
        return None

    def _details_missing(self, query: Query, document: Document) -> list[str]:
        """Details asked about (cost, dose, ...) that the document's sections never mention."""
        if not query.details:
            return []
        text = self._texts(document)[1]
        if document.language and document.language != "en":
            # The words that show a detail covered are English: a statement in another language shows it by its words'
            # English glosses ('Krämpfe' → 'cramps', 'Kosten' → 'cost price').
            if document.id not in self._document_glosses:
                self._document_glosses[document.id] = " ".join(gloss(text, document.language)).lower()
            text = f"{text} {self._document_glosses[document.id]}"
        return [d for d in query.details if not any(word in text for word in DETAIL_TOPICS[d]["covered"])]

    def _texts(self, document: Document) -> tuple[str, str]:
        """A document's position (or, for a resource, its sections) normalised and padded, and its
        sections in lower case: worked out once per document, not once per question."""
        texts = self._document_texts.get(document.id)
        if texts is None:
            position = document.recommendation if document.kind == STATEMENT else None
            parts = [document.title, document.section_text(position)] if position else [
                document.section_text(s) for s in document.sections]
            sections = " ".join(document.section_text(s) for s in document.sections).lower()
            texts = self._document_texts[document.id] = (f" {normalise(' '.join(parts))} ", sections)
        return texts

    # -- answers ----------------------------------------------------------------------------

    def answer(self, question: str, about: str | None = None, language: str | None = None,
               earlier: str | None = None) -> Answer:
        """The organisation's own words for this question, or a decline that says so.

        `about` is the statement the conversation is about (a follow-up); `earlier` the one it was about before it
        turned to something no statement covers, which a message that goes back to it ('OK, back to the capsule')
        is about again.
        """
        return self.answer_with_ranking(question, about, language, earlier)[0]

    def answer_with_ranking(
        self, question: str, about: str | None = None, language: str | None = None, earlier: str | None = None
    ) -> tuple[Answer, list[DocumentHit]]:
        """The answer, and the candidate statements' evidence behind it."""
        query = self.retriever.analyse(question)
        # 'Going back to the drops - are they OK with her levothyroxine?': what it names besides is no statement's
        # product, company or another disease (a medicine taken with it), so it still goes back.
        others_only = bool(query.unknown) and not query.products and not query.companies and not query.diseases
        returned = about is None and bool(earlier) and (not query.names_anything or others_only) \
            and bool(RETURN_CUE.search(query.normalised))
        # Thanks or a goodbye is answered with a closing sentence whatever retrieval would find: the model need not run.
        # (In `evidence` itself calibration would lose these messages' scores from its candidate thresholds.)
        evidence = Evidence(None, [], 0.0) if query.closing else self.evidence(query, earlier if returned else about)
        decision = self._unless_withdrawn(self.decide(query, replace(evidence, returned=True) if returned else evidence))
        conversation = about or earlier
        held = self.current(conversation) if conversation else None
        if held and decision.doc_id and not returned and not query.names_anything and not query.describes_product \
                and query.organisations <= {held} and self._contested_elsewhere(decision, held):
            # 'OK, so for ALS it's the trial or nothing?' in a conversation on one statement: naming nothing, it is
            # answered with another statement only when that one is clearly what it asks about, never when the
            # shared words of one of two close statements settled it ('a trial never charges a fee'). Which one it
            # means is asked instead.
            decision = Decision(DECLINED, None, (), (decision.doc_id, held), hits=decision.hits, ambiguous=True)
        return self.compose(query, decision, language or query.language), decision.hits

    def _contested_elsewhere(self, decision: Decision, held: str) -> bool:
        """Whether a decision answers with a statement other than `held` (a conversation's) without a clear lead: not
        first, or with a statement on another subject within `switch_lead_ratio` of it. General documents aside."""
        if decision.outcome != ANSWERED or decision.doc_id in (None, held) \
                or decision.doc_id in self.retriever.subjects.general or not decision.hits:
            return False
        return decision.hits[0].doc_id != decision.doc_id \
            or self._rival(decision.hits, self.settings, self.settings.switch_lead_ratio) is not None

    def _unless_withdrawn(self, decision: Decision) -> Decision:
        """A decision for a statement its organisation withdrew: declined, saying so, with current statements offered."""
        if decision.outcome != ANSWERED or decision.doc_id is None \
                or self.index.documents[decision.doc_id].status != WITHDRAWN:
            return decision
        offered = [h.doc_id for h in decision.hits if self.current(h.doc_id) == h.doc_id
                   and h.score >= self.settings.related_threshold]
        return Decision(DECLINED, None, decision.not_covered, tuple(offered[: self.settings.related_limit]),
                        hits=decision.hits, withdrawn=decision.doc_id)

    def answer_about(self, doc_id: str, language: str | None = None) -> Answer:
        """A statement's recommendation, for a button that names the statement by id."""

        language = language or "en"
        target = self.current(doc_id) if doc_id in self.index.documents else None
        if target is None:
            return self._empty_answer("", DECLINED, language, i18n.t("decline", language))
        query = self.retriever.analyse(self.index.documents[target].title)
        hit = DocumentHit(target, 1.0, 0.0, 0.0, 1.0, 0.0, ())
        decision = Decision(ANSWERED, target, hits=[hit])
        return replace(self.compose(query, decision, language), question="", asked_in=None)

    def compose(self, query: Query, decision: Decision, language: str) -> Answer:
        """Turn a decision into an Answer: quote cut by offsets and verified, fixed sentences around it."""
        return replace(self._compose(query, decision, language), asked_in=query.written_in)

    def _compose(self, query: Query, decision: Decision, language: str) -> Answer:
        if decision.outcome == EMPTY:
            return self._empty_answer(query.text, EMPTY, language, i18n.t("empty", language), query=query)
        if decision.outcome == URGENT_OUTCOME:
            kind = query.urgency.kind if query.urgency else "medical"
            return self._empty_answer(
                query.text, URGENT_OUTCOME, language, i18n.t(f"urgent_{kind}", language), query=query, urgent=kind
            )
        related = tuple(self._related(d) for d in decision.related)
        current = len(self._current_statements)
        if decision.closing:
            closing = self._empty_answer(query.text, DECLINED, language, i18n.t("closing", language), query=query)
            return replace(closing, closing=True)
        if decision.outcome != ANSWERED or decision.doc_id is None:
            parts = []
            withdrawn = self._related(decision.withdrawn) if decision.withdrawn else None
            if withdrawn is not None:
                parts.append(i18n.t("withdrawn_statement", language, title=withdrawn.title))
            if decision.not_covered:
                parts.append(i18n.t("not_covered", language, names=i18n.join_names(list(decision.not_covered), language)))
            parts.append(i18n.t("ambiguous" if decision.ambiguous else "decline", language))
            parts.append(i18n.t("advice", language))
            best = decision.hits[0].score if decision.hits else None
            return Answer(
                question=query.text, answered=False, message=" ".join(parts), statement=None, section=None,
                quote=None, passages=(), score=round(best, 4) if best is not None else None, alternatives=(),
                outcome=DECLINED, not_covered=decision.not_covered, related=related, related_total=current,
                language=language, truncated=query.truncated, ambiguous=decision.ambiguous, withdrawn=withdrawn,
            )
        document = self.retriever.document(decision.doc_id)
        hit = next((h for h in decision.hits if h.doc_id == document.id), None)
        recommendation = document.recommendation
        quoting_recommendation = document.kind == STATEMENT and recommendation is not None
        covers = True
        if decision.follow_up and decision.passage is not None:
            passage = self.index.passages[decision.passage]
            section, span, quoting = passage.section, (passage.start, passage.end), "passage"
        elif quoting_recommendation and recommendation is not None:
            span = self._part_about(document, query, (recommendation.start, recommendation.end))
            section, quoting = recommendation.name, "recommendation"
            covers = not decision.follow_up
        elif (chosen := self._quotable_passage(document, hit)) is not None:
            passage = self.index.passages[chosen]
            section, span, quoting = passage.section, (passage.start, passage.end), "passage"
        else:
            return self.compose(query, Decision(DECLINED, hits=decision.hits), language)
        excerpts = tuple(
            Excerpt(document.text[a:b], a, b, document.page_at(a)) for a, b in document.excerpts(*span)
        )
        if not excerpts or not all(self._verified(document, e) for e in excerpts):
            log.error("quote of %s at %s failed verification; declining", document.id, span)
            return self.compose(query, Decision(DECLINED, hits=decision.hits), language)
        if decision.follow_up:
            lead = [i18n.t("about", language, title=document.title)]
            if not covers:
                lead.append(i18n.t("not_in_statement", language))
        else:
            lead = []
        intro = introduction(document, quoting == "recommendation" and quoting_recommendation, language)
        if decision.not_covered:
            lead.append(i18n.t("not_covered", language, names=i18n.join_names(list(decision.not_covered), language)))
        passages = tuple(
            QuotedPassage(p.section, document.text[p.start : p.end], round(h.dense, 4), p.page)
            for h in ([h for h in hit.passages if self.retriever.quotable(h.passage)][:MAX_PASSAGES] if hit else ())
            for p in [self.index.passages[h.passage]]
        )
        alternatives = tuple(
            Alternative(h.doc_id, self.retriever.document(h.doc_id).title, self.retriever.document(h.doc_id).source,
                        round(h.score, 4))
            for h in decision.hits
            if hit is not None and h.doc_id != document.id and h.score >= hit.score - self.settings.alternative_margin
        )[:MAX_ALTERNATIVES]
        replaces = tuple(self._related(d) for d in self._replaced_by.get(document.id, ()))
        return Answer(
            question=query.text,
            answered=True,
            message=" ".join([*lead, intro]),
            statement=citation(document),
            section=section,
            quote=excerpts[0].text,
            passages=passages,
            score=round(hit.score, 4) if hit else None,
            alternatives=alternatives,
            outcome=ANSWERED,
            excerpts=excerpts,
            quoting=quoting,
            not_covered=decision.not_covered,
            related=related,
            related_total=current,
            about=document.id,
            follow_up=decision.follow_up,
            replaces=replaces,
            language=language,
            truncated=query.truncated,
            covers_question=covers,
        )

    @staticmethod
    def _part_about(document: Document, query: Query, span: tuple[int, int]) -> tuple[int, int]:
        """Of a position given in parts, one per product under its own short heading ("4.1 On dorvalimab",
        "4.2 On Serenthia"), the paragraphs of the part on the product the question names; else the whole.
        Another product's advice is never shown for the one asked about."""
        asked = {m.key for m in query.mentions if m.kind == PRODUCT and document.id in m.doc_ids}
        if not asked:
            return span
        start, end = span
        blocks = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", document.text[start:end])]

        def heading_like(a: int, b: int) -> bool:
            return len(document.text[a:b].split()) <= 10 and not re.search(r"[.!?;:,]\s*$", document.text[a:b])

        # The position may open at its first paragraph, under the first part's heading ('4.1 On dorvalimab'): that
        # heading, just above, heads the first part (the position's own heading, its section's name, does not).
        window = max(0, start - 200)
        above = re.search(r"([^\n]+)\n\s*$", document.text[window:start])
        if above and blocks:
            a, b = window + above.start(1), window + above.end(1)
            names = {normalise(s.name) for s in document.sections if s.start <= start < s.end}
            if heading_like(a, b) and normalise(document.text[a:b]) not in names:
                blocks.insert(0, (a, b))
        heads = [n for n, (a, b) in enumerate(blocks) if heading_like(a, b)]
        if len(heads) < 2 or heads[0] != 0 or any(b == a + 1 for a, b in zip(heads, heads[1:])):
            return span
        parts = list(zip(heads, [*heads[1:], len(blocks)]))
        naming = [(a, b) for a, b in parts if any(key in compact(document.text[slice(*blocks[a])]) for key in asked)]
        if len(naming) != 1:
            return span
        first, after = naming[0]
        return blocks[first + 1][0], blocks[after - 1][1]

    def _verified(self, document: Document, excerpt: Excerpt) -> bool:
        """A quote is shown only when it is exactly the verified text at its offsets."""
        verify = getattr(self.index, "verify_quote", None)
        if verify is not None:
            try:
                return bool(verify(document.id, excerpt.start, excerpt.end, excerpt.text))
            except TypeError:
                pass
        return 0 <= excerpt.start < excerpt.end <= len(document.text) and (
            document.text[excerpt.start : excerpt.end] == excerpt.text
        )

    def _related(self, doc_id: str) -> Related:
        document = self.index.documents[doc_id]
        return Related(document.id, document.title, document.date)

    def _empty_answer(self, question: str, outcome: str, language: str, message: str, query: Query | None = None,
                      urgent: str | None = None) -> Answer:
        return Answer(
            question=question, answered=False, message=message, statement=None, section=None, quote=None,
            passages=(), score=None, alternatives=(), outcome=outcome, language=language, urgent=urgent,
            truncated=bool(query and query.truncated),
        )

    def lookup(self, query: str, limit: int = 5) -> list[tuple[Document, float]]:
        """Statements ranked for a few words (helpline staff), only those that really match."""
        analysed = self.retriever.analyse(query)
        if not analysed.text:
            return []
        hits = self.retriever.rank(analysed)
        shown = [h for h in hits if h.name >= NAME_HIT or h.score >= self.settings.lookup_threshold]
        return [(self.retriever.document(h.doc_id), round(h.score, 4)) for h in shown[:limit]]


# The glossary's English for the disease's own name ('ELA', 'SLA', 'maladie de Charcot').
DISEASE_NAME = frozenset(content_words("ALS MND"))
# What a general question asks about the disease itself ('¿La ELA tiene cura?' glossed 'ALS MND', 'cure').
GENERAL_QUESTION_WORDS = frozenset(content_words(
    "cure curable life expectancy prognosis survival hereditary familial inherited contagious cause symptoms diagnosis"
    " stages"
    # ... and the help there is for living with it ('Que apoios existem para cuidadores de pessoas com ELA?').
    " carer caregiver support help care benefits"))

# Everyday ways of asking about the disease itself ('will I catch it?', 'does it run in families?'); not 'genetic',
# which a general statement on genetic testing may answer.
_ABOUT_THE_DISEASE = re.compile(
    r" (?:catch(?:ing)? (?:it|mnd|als)|(?:run|runs|running) in (?:the |my |our )?famil(?:y|ies)"
    r"|get (?:it|mnd|als) from|pass(?:ed)? (?:it )?on|spread|passed down|how long (?:will|do|does|can)"
    r" (?:he|she|they|i|you|people|my \w+) live)(?= )")
# Who a question speaks of ('my grandad has MND', 'I'm 10'): the person asking, never what it asks about.
_PEOPLE_WORDS = frozenset(content_words(
    "mum mom mother dad father parent parents husband wife partner son daughter child children kid kids brother sister"
    " grandad granddad grandpa grandfather grandma granny nan nana grandmother grandparent aunt auntie uncle cousin"
    " niece nephew friend neighbour neighbor family families old year years age"
    # and how someone close might catch it ('from hugging my nan', 'sharing a cup', 'looking after him')
    " hug hugging hugs kiss kissing touch touching share sharing cup cups glass living live lives looking look after"
    " caring care sitting near around visit visiting"))


def _asks_only_about_the_disease(normalised: str) -> bool:
    """Whether a question (normalised) asks in everyday words about ALS/MND itself, and besides names only the disease,
    the people it speaks of and the words of asking: 'my grandad has MND, will I catch it?'."""
    padded = f" {normalised} "
    if not _ABOUT_THE_DISEASE.search(padded):
        return False
    rest = set(content_words(_ABOUT_THE_DISEASE.sub(" ", padded)))
    return not {w for w in rest if not w.isdigit()} - DISEASE_NAME - _PEOPLE_WORDS - ASKING_WORDS - GENERAL_QUESTION_WORDS


def _camel_parts(word: str) -> list[str]:
    """A name written wholly as two capitalised parts or more ('PulseCollar' → ['Pulse', 'Collar']); else none."""
    parts = re.findall(r"[A-Z][a-z]+", word)
    return parts if len(parts) >= 2 and "".join(parts) == word else []


# What may stand between a statement's name and a kind of product in one phrase ('the masks of Goldcomb', 'le maschere
# al miele di Goldcomb'), besides words of description; an 'and' only inside them.
_PHRASE_WORDS = 4
_NAME_LINKS = frozenset(
    """the a an of s de di del della dello delle dei degli al alla allo ai du des d la le les l el los las il lo gli da do
    dos das von vom der die den dem van het een um uma un una une ein eine einen""".split()
)
_AND = frozenset("and y e et und en".split())


# Words of two kinds: 'caps' are capsules to a helpline ('lbt8 leftover caps') as often as cooling caps.
_EITHER_KIND = frozenset({"caps"})


# A phrase a question quotes: "…", “…”, «…», „…“, or '…' (not an apostrophe inside a word).
_QUOTED = re.compile(r"\"([^\"]{3,80})\"|[“„«‘]([^”“»’]{3,80})[”“»’]|(?<![^\W_])'([^']{3,80})'(?![^\W_])")


def _kind_word(word: str, language: str) -> str | None:
    """The kind of product a question's word names ('masks', 'maschere' by its gloss 'mask'), or None."""
    if word in _EITHER_KIND:
        return None
    if word in PRODUCT_KINDS:
        return word
    if language == "en":
        return None
    return next((w for g in gloss(word, language) for w in g.split() if w in PRODUCT_KINDS), None)


def _names_kind(words: Iterable[str], kind: str) -> bool:
    """Whether any of these words names this kind of product: the same kind, or a name ending in it ('HushCollar')."""
    return any(_kind_of(w) == _kind_of(kind) or (len(kind) >= 4 and w.endswith(kind)) for w in words)


def _kind_of(word: str) -> str:
    """What kind of product a word names: a form's kind ('tablets', 'capsule' → 'swallowed'), else the word without a
    plural's -s ('wraps' → 'wrap', 'glasses' → 'glasse'), enough to tell two kinds apart."""
    if word in FORM_KINDS:
        return FORM_KINDS[word]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _defines_a_term(text: str, language: str = "en") -> bool:
    """'What is the ALSFRS-R score?', 'What does an MND nurse do?', 'Wat is een PEG-sonde?': a question asking what a
    term of a few words means, or how two such terms differ."""
    match = (DEFINITION_QUESTION if language == "en" else DEFINITION_QUESTION_OTHER).match(text)
    if match is not None and len(match.group("term").split()) <= 5:
        return True
    # 'What is the difference between ALS and MS?': two terms of a few words each.
    match = DIFFERENCE_QUESTION.match(text)
    return match is not None and len(match.group("term").split()) <= 10


def citation(document: Document) -> StatementRef:
    """The citation fields of a document."""
    return StatementRef(
        document.id, document.title, document.organisation, document.date, document.kind, document.source,
        document.url, document.reviewed, document.status, document.language,
    )


def citation_text(ref: StatementRef, language: str = "en") -> str:
    """A citation to copy or read out: title, organisation, date, url (or source file)."""
    parts = [f"“{ref.title}”", ref.organisation, month_year(ref.date, language), ref.url or ref.source]
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
    from statement_qa.embedding import DEFAULT_WEIGHTS_SHA256, make_embedder, make_query_embedder
    from statement_qa.index import build, check_model, load, stale_files

    index_dir = Path(index_dir)
    if corpus_dir is not None and Path(corpus_dir).is_dir() and not (index_dir / "CURRENT").exists():
        notice(f"No index in {index_dir}/ yet; building it from {corpus_dir}/ (once).")
        # sentence-transformers builds (the reference, both cores); questions are answered on ONNX.
        build(Path(corpus_dir), index_dir, make_embedder(model), settings=Settings().to_dict())
    index = load(index_dir)
    # The bundled model's index is answered on ONNX (the same vectors, no torch); any other with its own model.
    bundled = index.manifest["model"]["weights_sha256"] == DEFAULT_WEIGHTS_SHA256
    embedder = make_query_embedder(model, notice) if bundled else make_embedder(model)
    check_model(index_dir, index.manifest, embedder)
    assistant = Assistant(index, embedder, retriever)
    if corpus_dir is not None and Path(corpus_dir).is_dir():
        changed = stale_files(assistant.index, Path(corpus_dir))
        if changed:
            shown = ", ".join(changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
            assistant.stale_notice = (
                f"The index is older than {corpus_dir}/ (changed: {shown}); run `statement-qa build` to update it."
            )
            notice(assistant.stale_notice)
    return assistant
