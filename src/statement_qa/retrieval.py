"""Finding the statement a question is about: dense + lexical + name matching, per document.

Three signals, each good where the others are weak:
- dense: FAISS over passage embeddings; catches lay language and paraphrase.
- lexical: BM25 (bm25s) over the same passages; catches rare exact words.
- names (names.py): exact and fuzzy matching of each document's names (product, company)
  in the question, also inside other languages and with typos ("astro rx", "tirasolon").
- coverage: the share of the question's rarer words a statement contains.
Passage evidence is aggregated per document; the answer stage decides whether the best
document answers the question at all.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import numpy as np

from statement_qa.documents import Document
from statement_qa.embedding import Embedder
from statement_qa.index import Index
from statement_qa.lexicon import content_words, labelled_pairs, normalise, words
from statement_qa.names import NameMatcher, stated_text
from statement_qa.passages import embedding_text

RETRIEVERS = ("hybrid", "dense", "bm25")
NAME_WEIGHT = 0.35
COVERAGE_WEIGHT = 0.5
LEXICAL_WEIGHT = 0.1
PAIR_WEIGHT = 0.3


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
        texts = [embedding_text(index.documents[p.doc_id], p) for p in self.passages]
        self._passage_words = [" ".join(words(p.text)) for p in self.passages]
        self._bm25 = bm25s.BM25()
        self._bm25_vocab = None
        if texts:
            tokens = bm25s.tokenize([normalise(t) for t in texts], stopwords="en", show_progress=False)
            self._bm25.index(tokens, show_progress=False)
            self._bm25_vocab = tokens.vocab
        self.names = NameMatcher(index.documents)
        self.doc_terms = {doc_id: frozenset(content_words(stated_text(d))) for doc_id, d in index.documents.items()}
        frequency: dict[str, int] = {}
        for terms in self.doc_terms.values():
            for term in terms:
                frequency[term] = frequency.get(term, 0) + 1
        count = max(1, len(self.doc_terms))
        self._idf = {t: math.log(1 + count / (n + 0.5)) for t, n in frequency.items()}
        self._unseen_idf = math.log(1 + count / 0.5)

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

    # -- per document ------------------------------------------------------------------

    def rank(self, question: str) -> list[DocumentHit]:
        """Every document with any evidence, best first (ties broken by id, so answers repeat)."""
        if not self.passages:
            return []
        use_dense = self.mode in ("hybrid", "dense")
        use_lexical = self.mode in ("hybrid", "bm25")
        dense = self.dense_scores(question) if use_dense else np.zeros(len(self.passages), dtype=np.float32)
        lexical = self.lexical_scores(question) if use_lexical else np.zeros(len(self.passages), dtype=np.float32)
        names = self.names.scores(question) if self.mode == "hybrid" else {}
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
