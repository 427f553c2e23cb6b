"""Finding the statements a question may be about: candidates from dense, lexical and names.

Per question, the work does not grow with the corpus: FAISS gives the top dense passages,
BM25 the top lexical ones, the subject index the statements named; only those candidate
statements are scored, in numpy over their own passages.

Signals, each good where the others are weak:
- dense: cosine of the question to a statement's passages (lay language, paraphrase);
- lexical: BM25 over passages (rare exact words);
- names: the statement's subjects named in the question (subjects.py), typos included;
- coverage: the share of the question's topic words (weighted by rarity) the statement has.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from statement_qa.documents import Document
from statement_qa.embedding import Embedder
from statement_qa.index import Index
from statement_qa.lexicon import words
from statement_qa.query import Query, analyse
from statement_qa.settings import Settings
from statement_qa.vocabulary import GENERAL_TOPICS

RETRIEVERS = ("hybrid", "dense", "bm25")
# A passage this close to a general topic is about that topic.
TOPIC_SIMILARITY = 0.55


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
    """Ranks an index's documents for an analysed question."""

    def __init__(self, index: Index, embedder: Embedder, mode: str = "hybrid", settings: Settings | None = None) -> None:
        if mode not in RETRIEVERS:
            raise ValueError(f"retriever must be one of {', '.join(RETRIEVERS)}")
        import faiss

        from statement_qa import tables

        # Two shared cores: FAISS's own threads only compete with the model's (measured in
        # docs/PERFORMANCE.md: search 1.64 → 0.66 ms at 10k passages with one thread).
        faiss.omp_set_num_threads(1)
        self.index = index
        self.embedder = embedder
        self.mode = mode
        self.settings = settings or Settings()
        self.passages = index.passages
        self.doc_ids = list(index.documents)
        position = {doc_id: i for i, doc_id in enumerate(self.doc_ids)}
        self._position = position
        self.passage_doc = np.array([position[p.doc_id] for p in self.passages], dtype=np.int64)
        # Each document's passages in order, from one sort (not one scan of all passages per document).
        order = np.argsort(self.passage_doc, kind="stable")
        bounds = np.searchsorted(self.passage_doc[order], np.arange(len(self.doc_ids) + 1))
        self.doc_passages = {doc_id: order[bounds[i] : bounds[i + 1]] for i, doc_id in enumerate(self.doc_ids)}
        self.matrix = index.vector_matrix()  # the FAISS index's own rows, not a second copy
        self._passage_words = [f" {' '.join(words(p.text))} " for p in self.passages]
        # Names, topic words and BM25 as the build stored them; worked out here for an index without them.
        stored = index.tables if index.tables is not None else tables.compute(index.documents, self.passages)
        self._bm25 = stored.bm25()
        self._bm25_vocab = stored.bm25_vocab
        self.subjects = stored.subjects
        self.doc_terms = stored.doc_terms
        self._idf = stored.idf
        self._unseen_idf = stored.unseen_idf
        self._general: np.ndarray | None = None
        self._topics: dict[str, frozenset[int]] = {}
        self._elsewhere: dict[str, np.ndarray] = {}

    # -- the question ---------------------------------------------------------------------

    def analyse(self, question: str) -> Query:
        """The question cleaned and analysed once, for every signal."""
        return analyse(question, self.subjects, self.settings.max_question_chars)

    def _embed_queries(self, texts: list[str]) -> np.ndarray:
        """Texts embedded as questions (the model's query form where it has one), one row each."""
        embed = getattr(self.embedder, "embed_query", self.embedder.embed)
        return np.asarray(embed(texts), dtype=np.float32)

    def query_vector(self, query: Query) -> np.ndarray:
        """The question's embedding (one row)."""
        return self._embed_queries([query.embedding_text or " "])

    def best_passage_for(self, doc_id: str, query: Query) -> tuple[int | None, float]:
        """One statement's passage nearest to the question read as being about it ("<title>: <question>")."""
        rows = self.doc_passages.get(doc_id)
        if rows is None or not len(rows):
            return None, 0.0
        title = self.index.documents[doc_id].title
        vector = self._embed_queries([f"{title}: {query.embedding_text}"])
        scores = self.matrix[rows] @ vector[0]
        best = int(np.argmax(scores))
        return int(rows[best]), float(scores[best])

    def _general_vectors(self) -> np.ndarray:
        if self._general is None:
            self._general = self._embed_queries(list(GENERAL_TOPICS))
        return self._general

    def general_match(self, vector: np.ndarray) -> tuple[float, int]:
        """How close the question is to the general ALS/MND topics no statement is about, and to
        which of them it is nearest (an index into GENERAL_TOPICS)."""
        similarity = self._general_vectors() @ vector[0]
        nearest = int(np.argmax(similarity))
        return float(similarity[nearest]), nearest

    def document_topics(self, doc_id: str) -> frozenset[int]:
        """The general topics a document speaks to: those one of its passages is clearly about."""
        if doc_id not in self._topics:
            rows = self.doc_passages.get(doc_id)
            found: set[int] = set()
            if rows is not None and len(rows):
                similarity = self.matrix[rows] @ self._general_vectors().T  # passages × topics
                for row in similarity:
                    best = int(np.argmax(row))
                    if row[best] >= TOPIC_SIMILARITY:
                        found.add(best)
            self._topics[doc_id] = frozenset(found)
        return self._topics[doc_id]

    # -- signals ------------------------------------------------------------------------

    def lexical_scores(self, query: Query) -> np.ndarray:
        """BM25 score of every passage for the question's words (vectorised inside bm25s)."""
        import bm25s

        scores = np.zeros(len(self.passages), dtype=np.float32)
        if not self.passages or self._bm25_vocab is None:
            return scores
        terms = [w for w in query.words if w in self._bm25_vocab]
        if not terms:
            return scores
        tokens = bm25s.tokenize(" ".join(terms), stopwords="en", show_progress=False, return_ids=False)
        if not tokens or not tokens[0]:
            return scores
        return np.asarray(self._bm25.get_scores(tokens[0]), dtype=np.float32)

    def coverage(self, query: Query, doc_id: str) -> float:
        """Share of the question's topic words (weighted by rarity) one document contains."""
        if not query.content:
            return 0.0
        weights = [self._idf.get(t, self._unseen_idf) for t in query.content]
        terms = self.doc_terms[doc_id]
        return sum(w for t, w in zip(query.content, weights) if t in terms) / sum(weights)

    # -- per document -------------------------------------------------------------------

    def rank(
        self, query: Query, vector: np.ndarray | None = None, include: tuple[str, ...] = ()
    ) -> list[DocumentHit]:
        """Candidate documents, best first (ties broken by id, so answers repeat).

        Candidates: documents of the top dense and lexical passages, those named in the
        question, and `include` (a conversation's statement).
        """
        if not self.passages:
            return []
        settings = self.settings
        use_dense = self.mode in ("hybrid", "dense")
        use_lexical = self.mode in ("hybrid", "bm25")
        hybrid = self.mode == "hybrid"
        candidates: set[int] = set()
        if use_dense:
            vector = self.query_vector(query) if vector is None else vector
            k = min(settings.dense_k, len(self.passages))
            _, found = self.index.vectors.search(vector, k)
            candidates.update(int(self.passage_doc[i]) for i in found[0] if i >= 0)
        lexical = self.lexical_scores(query) if use_lexical else np.zeros(len(self.passages), dtype=np.float32)
        top_lexical = float(lexical.max()) if lexical.size and lexical.max() > 0 else 1.0
        if use_lexical and lexical.max() > 0:
            k = min(settings.lexical_k, len(self.passages))
            best = np.argpartition(-lexical, k - 1)[:k]
            candidates.update(int(self.passage_doc[i]) for i in best if lexical[i] > 0)
        names: dict[str, float] = {}
        if hybrid:
            for mention in query.mentions:
                for doc_id in mention.doc_ids:
                    names[doc_id] = max(names.get(doc_id, 0.0), mention.score)
        position = self._position
        candidates.update(position[d] for d in (*names, *include) if d in position)

        hits = []
        if use_dense:
            assert vector is not None
        gloss_vector: np.ndarray | None = None
        for doc_index in candidates:
            doc_id = self.doc_ids[doc_index]
            rows = self.doc_passages[doc_id]
            compared = vector
            if vector is not None and query.language != "en" and self.index.documents[doc_id].language != "en":
                # The English model reads other languages by their surface: a Spanish question comes near
                # any Spanish or Portuguese page, whatever either says ('¿cómo pido el carné?' near the
                # Spanish statement). Against a statement not in English, the question's English glosses
                # are what it means; a question with none has no domain word for the model to compare.
                if gloss_vector is None and query.glosses:
                    gloss_vector = self._embed_queries(["; ".join(query.glosses)])
                compared = gloss_vector
            dense = self.matrix[rows] @ compared[0] if compared is not None else np.zeros(len(rows), dtype=np.float32)
            lex = lexical[rows]
            elsewhere = self.about_another_statement(doc_id)
            if elsewhere.any() and not elsewhere.all():
                # A section on another statement's product ("What about ORV-318?") speaks for that
                # statement, not this one: it neither ranks this statement nor is quoted from it.
                dense, lex = np.where(elsewhere, -1.0, dense), np.where(elsewhere, 0.0, lex)
            name = names.get(doc_id, 0.0)
            coverage = self.coverage(query, doc_id) if hybrid else 0.0
            best_dense, best_lexical = float(dense.max()), float(lex.max())
            if self.mode == "dense":
                score = best_dense
            elif self.mode == "bm25":
                score = best_lexical
            else:
                score = (
                    best_dense
                    + settings.name_weight * name
                    + settings.coverage_weight * coverage
                    + settings.lexical_weight * best_lexical / top_lexical
                )
            passage_scores = dense + settings.lexical_weight * lex / top_lexical
            if query.pairs:
                matched = np.array(
                    [sum(f" {pair} " in self._passage_words[r] for pair in query.pairs) / len(query.pairs) for r in rows]
                )
                passage_scores = passage_scores + settings.pair_weight * matched
            order = np.lexsort((rows, -passage_scores))
            ordered = tuple(PassageHit(int(rows[i]), float(dense[i]), float(lex[i])) for i in order)
            hits.append(DocumentHit(doc_id, float(score), best_dense, best_lexical, name, coverage, ordered))
        hits.sort(key=lambda h: (-round(h.score, 6), h.doc_id))
        return hits

    def about_another_statement(self, doc_id: str) -> np.ndarray:
        """For each of a statement's passages (in doc_passages order): whether its section heading names
        another statement's product and none of this statement's own. Worked out on first need, per statement."""
        known = self._elsewhere.get(doc_id)
        if known is None:
            headings: dict[str, bool] = {}
            for row in self.doc_passages[doc_id]:
                section = self.passages[row].section
                if section not in headings:
                    headings[section] = self.subjects.names_another(section, doc_id)
            known = np.array([headings[self.passages[row].section] for row in self.doc_passages[doc_id]], dtype=bool)
            self._elsewhere[doc_id] = known
        return known

    def document(self, doc_id: str) -> Document:
        """A document of the index by id."""
        return self.index.documents[doc_id]
