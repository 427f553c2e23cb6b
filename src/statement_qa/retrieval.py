"""Finding the statement a question is about: dense + lexical + name matching, per document.

Three signals, each good where the others are weak:
- dense: FAISS over passage embeddings; catches lay language and paraphrase.
- lexical: BM25 (bm25s) over the same passages; catches rare exact words.
- names: exact and fuzzy matching of each document's names (product, company) in the
  question, also inside other languages and with typos ("astro rx", "tirasolon").
Passage evidence is aggregated per document; the answer stage decides whether the best
document answers the question at all.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from statement_qa.documents import Document
from statement_qa.embedding import Embedder
from statement_qa.index import Index
from statement_qa.passages import embedding_text

RETRIEVERS = ("hybrid", "dense", "bm25")
NAME_WEIGHT = 0.35
COVERAGE_WEIGHT = 0.5
LEXICAL_WEIGHT = 0.1
PAIR_WEIGHT = 0.3
# Words that carry no topic: function words, question words, pronouns, auxiliaries.
FUNCTION_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most
    my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves s t don isn aren wasn weren doesn didn won wouldn shouldn
    hello hi hey thanks thank please ok okay yes also get got tell think know say says said really
    anything something everything anyone someone people thing things way much many new one""".split()
)


@dataclass(frozen=True)
class PassageHit:
    """One passage's match with the question."""

    passage: int
    dense: float
    lexical: float


@dataclass(frozen=True)
class DocumentHit:
    """One document's evidence for a question, and the score it is ranked by."""

    doc_id: str
    score: float
    dense: float
    lexical: float
    name: float
    coverage: float
    passages: tuple[PassageHit, ...]


def normalise(text: str) -> str:
    """Lower case, accents and punctuation removed: 'd’AstroRx®' → 'd astrorx'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def words(text: str) -> list[str]:
    """The normalised words of a text."""
    return normalise(text).split()


def stem(word: str) -> str:
    """A crude English stem, enough to match 'injections' with 'injection'."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """The stemmed topic words of a text."""
    return [stem(w) for w in words(text) if w not in FUNCTION_WORDS and len(w) > 1]


# Languages whose everyday words should never be mistaken for a therapy's name.
LEXICON_LANGUAGES = ("en", "fr", "es", "de", "it", "pt", "nl")


@lru_cache(maxsize=4096)
def word_frequency(word: str) -> float:
    """How common a word is in everyday text (Zipf scale: 1 rare, 7 'the'), in any of our languages."""
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, language) for language in LEXICON_LANGUAGES)


def is_common_word(word: str, threshold: float = 1.5) -> bool:
    """True for ordinary words in English or a neighbouring language; False for coined names ('tofersen')."""
    return word_frequency(word) >= threshold


def labelled_pairs(text: str) -> set[str]:
    """Word pairs that name one thing: a topic word and its label ('cohort a', 'phase 2', 'qt 204')."""
    tokens = words(text)

    def label(token: str) -> bool:
        return len(token) == 1 or token.isdigit()

    def topic(token: str) -> bool:
        return token not in FUNCTION_WORDS and not label(token)

    return {f"{a} {b}" for a, b in zip(tokens, tokens[1:]) if (topic(a) and label(b)) or (label(a) and topic(b))}


def is_typo_of(typed: str, name: str, max_edits: int | None = None) -> bool:
    """True when `typed` is `name` with a typo or two ('tirasolon', 'velmersin').

    Words run together from several question words ('neuro said') get at most
    `max_edits`: two edits there would match names by accident ('neuroband').
    """
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.fuzz import ratio

    if max_edits is not None:
        return Levenshtein.distance(typed, name, score_cutoff=max_edits) <= max_edits
    allowed = 2 if len(name) >= 8 else 1
    return Levenshtein.distance(typed, name, score_cutoff=allowed) <= allowed or ratio(typed, name) >= (
        80 if len(name) >= 8 else 85
    )


class Retriever:
    """Ranks an index's documents for a question."""

    def __init__(self, index: Index, embedder: Embedder, mode: str = "hybrid") -> None:
        if mode not in RETRIEVERS:
            raise ValueError(f"retriever must be one of {', '.join(RETRIEVERS)}")
        import bm25s

        # bm25s sets its own logger to DEBUG on import; put it back under the application's control.
        logging.getLogger("bm25s").setLevel(logging.NOTSET)
        self.index = index
        self.embedder = embedder
        self.mode = mode
        self.passages = index.passages
        self.doc_ids = list(index.documents)
        texts = [embedding_text(index.documents[p.doc_id], p) for p in self.passages]
        self._passage_words = [" ".join(words(p.text)) for p in self.passages]
        self._bm25 = bm25s.BM25()
        self._bm25_vocab = None
        if texts:
            tokens = bm25s.tokenize([normalise(t) for t in texts], stopwords="en", show_progress=False)
            self._bm25.index(tokens, show_progress=False)
            self._bm25_vocab = tokens.vocab
        # Only the statements' own words: page menus name other therapies ("Biogen – Tofersen")
        # that this corpus has no statement on.
        stated = {
            doc_id: " ".join([d.title, *d.aliases, *(d.section_text(s) for s in d.sections)])
            for doc_id, d in index.documents.items()
        }
        self.corpus_words = frozenset(w for text in stated.values() for w in words(text))
        self.coined_words = frozenset(w for w in self.corpus_words if len(w) >= 5 and not is_common_word(w))
        self.doc_terms = {doc_id: frozenset(content_words(text)) for doc_id, text in stated.items()}
        frequency: dict[str, int] = {}
        for terms in self.doc_terms.values():
            for term in terms:
                frequency[term] = frequency.get(term, 0) + 1
        count = max(1, len(self.doc_terms))
        self._idf = {t: math.log(1 + count / (n + 0.5)) for t, n in frequency.items()}
        self._unseen_idf = math.log(1 + count / 0.5)
        self.names = {
            doc_id: [n for n in (normalise(a).replace(" ", "") for a in d.aliases + (d.title,)) if self._usable_name(n)]
            for doc_id, d in index.documents.items()
        }

    @staticmethod
    def _usable_name(compact: str) -> bool:
        # A name that is an everyday word ("position", "update") says nothing about which statement.
        return len(compact) >= 4 and not is_common_word(compact, threshold=4.0)

    # -- the three signals -------------------------------------------------------------

    def dense_scores(self, question: str) -> np.ndarray:
        """Cosine similarity of the question to every passage."""
        scores = np.full(len(self.passages), -1.0, dtype=np.float32)
        if not self.passages:
            return scores
        query = self.embedder.embed([question])
        found, ids = self.index.vectors.search(query, len(self.passages))
        for score, passage_id in zip(found[0], ids[0]):
            if passage_id >= 0:  # FAISS pads with -1 when it has fewer results than asked for
                scores[passage_id] = score
        return scores

    def lexical_scores(self, question: str) -> np.ndarray:
        """BM25 score of every passage for the question's words."""
        import bm25s

        scores = np.zeros(len(self.passages), dtype=np.float32)
        if not self.passages or self._bm25_vocab is None:
            return scores
        query = [w for w in words(question) if w in self._bm25_vocab]
        if not query:
            return scores
        tokens = bm25s.tokenize(" ".join(query), stopwords="en", show_progress=False, return_ids=False)
        if not tokens or not tokens[0]:
            return scores
        return np.asarray(self._bm25.get_scores(tokens[0]), dtype=np.float32)

    def coverage(self, question: str) -> dict[str, float]:
        """Share of the question's topic words (weighted by rarity) each document contains."""
        terms = content_words(question)
        if not terms:
            return {}
        weights = [self._idf.get(t, self._unseen_idf) for t in terms]
        total = sum(weights)
        return {
            doc_id: sum(w for t, w in zip(terms, weights) if t in doc_terms) / total
            for doc_id, doc_terms in self.doc_terms.items()
        }

    def name_scores(self, question: str) -> dict[str, float]:
        """How strongly the question names each document (1 exact, 0.9 typo, 0.8 part of a name)."""
        tokens = words(question)
        grams = {
            "".join(tokens[i : i + n]) for n in range(1, 5) for i in range(len(tokens) - n + 1)
        }
        grams = {g for g in grams if len(g) >= 4}
        scores: dict[str, float] = {}
        for doc_id, names in self.names.items():
            best = 0.0
            for name in names:
                for gram in grams:
                    if gram == name:
                        best = 1.0
                    elif len(name) >= 6 and len(gram) >= 5 and is_typo_of(
                        gram, name, max_edits=None if gram in tokens else (2 if len(gram) >= 12 else 1)
                    ):
                        best = max(best, 0.9)
                    elif len(gram) >= 6 and gram in name and len(gram) >= 0.5 * len(name):
                        best = max(best, 0.8)
            if best:
                scores[doc_id] = best
        return scores

    def unknown_names(self, question: str) -> list[str]:
        """Name-like words in the question that neither the corpus nor English knows ('tofersen')."""
        from rapidfuzz import process
        from rapidfuzz.fuzz import ratio

        unknown = []
        for word in words(question):
            # Drug names are long coined words; short unknown words are mostly slang or typos.
            if len(word) < 6 or word.isdigit() or word in self.corpus_words or is_common_word(word):
                continue
            # A typo of one of the corpus's own coined names ('tirasolon') is that name; a word
            # merely close to an everyday word ('nurown' ~ 'neuron') is not rescued by it.
            close = process.extractOne(word, self.coined_words, scorer=ratio, score_cutoff=80)
            if close is None:
                unknown.append(word)
        return unknown

    # -- per document ------------------------------------------------------------------

    def rank(self, question: str) -> list[DocumentHit]:
        """Every document with any evidence, best first (ties broken by id, so answers repeat)."""
        if not self.passages:
            return []
        use_dense = self.mode in ("hybrid", "dense")
        use_lexical = self.mode in ("hybrid", "bm25")
        dense = self.dense_scores(question) if use_dense else np.zeros(len(self.passages), dtype=np.float32)
        lexical = self.lexical_scores(question) if use_lexical else np.zeros(len(self.passages), dtype=np.float32)
        names = self.name_scores(question) if self.mode == "hybrid" else {}
        coverage = self.coverage(question) if self.mode == "hybrid" else {}
        top_lexical = float(lexical.max()) if len(lexical) and lexical.max() > 0 else 1.0
        pairs = labelled_pairs(question)

        by_doc: dict[str, list[PassageHit]] = {}
        for i, passage in enumerate(self.passages):
            by_doc.setdefault(passage.doc_id, []).append(PassageHit(i, float(dense[i]), float(lexical[i])))
        hits = []
        for doc_id, passage_hits in by_doc.items():
            best_dense = max(h.dense for h in passage_hits)
            best_lexical = max(h.lexical for h in passage_hits)
            name = names.get(doc_id, 0.0)
            if self.mode == "dense":
                score = best_dense
            elif self.mode == "bm25":
                score = best_lexical
            else:
                score = (
                    best_dense
                    + NAME_WEIGHT * name
                    + COVERAGE_WEIGHT * coverage.get(doc_id, 0.0)
                    + LEXICAL_WEIGHT * best_lexical / top_lexical
                )
            ordered = sorted(passage_hits, key=lambda h: (-self._passage_score(h, pairs, top_lexical), h.passage))
            hits.append(
                DocumentHit(doc_id, float(score), best_dense, best_lexical, name, coverage.get(doc_id, 0.0), tuple(ordered))
            )
        hits.sort(key=lambda h: (-round(h.score, 6), h.doc_id))
        return hits

    def _passage_score(self, hit: PassageHit, pairs: set[str], top_lexical: float) -> float:
        """Which passage of a document best answers a detail: meaning, rare words, exact word pairs ("cohort a")."""
        if not pairs:
            return hit.dense + LEXICAL_WEIGHT * hit.lexical / top_lexical
        text = f" {self._passage_words[hit.passage]} "
        matched = sum(f" {pair} " in text for pair in pairs) / len(pairs)
        return hit.dense + LEXICAL_WEIGHT * hit.lexical / top_lexical + PAIR_WEIGHT * matched

    def document(self, doc_id: str) -> Document:
        """A document of the index by id."""
        return self.index.documents[doc_id]
