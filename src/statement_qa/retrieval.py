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
from functools import lru_cache

import numpy as np

from statement_qa.documents import Document
from statement_qa.embedding import Embedder
from statement_qa.glossary import GLOSSARY
from statement_qa.index import Index
from statement_qa.lexicon import normalise
from statement_qa.query import Query, analyse
from statement_qa.settings import Settings
from statement_qa.structure.vocabulary import one_person_recommends
from statement_qa.vocabulary import GENERAL_TOPICS

RETRIEVERS = ("hybrid", "dense", "bm25")
# A passage this close to a general topic is about that topic.
TOPIC_SIMILARITY = 0.55
# How many English glosses' vectors a retriever keeps (384 floats each with the bundled model: 1.5 MiB).
GLOSS_VECTORS_KEPT = 1024


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
        positions = getattr(self.passages, "document_positions", None)  # a loaded index's PassageTable
        self.passage_doc = positions(position) if positions else np.array(
            [position[p.doc_id] for p in self.passages], dtype=np.int64)
        # Each document's passages in order, from one sort (not one scan of all passages per document):
        # document i's rows are _doc_rows[_doc_bounds[i]:_doc_bounds[i + 1]].
        order = np.argsort(self.passage_doc, kind="stable")
        bounds = np.searchsorted(self.passage_doc[order], np.arange(len(self.doc_ids) + 1))
        self._doc_rows, self._doc_bounds = order, bounds
        self.doc_passages = {doc_id: order[bounds[i] : bounds[i + 1]] for i, doc_id in enumerate(self.doc_ids)}
        self._languages = np.array([index.documents[d].language or "" for d in self.doc_ids], dtype=object)
        self._english = self._languages == "en"
        self.matrix = index.vector_matrix()  # the FAISS index's own rows, not a second copy
        # Passages not in English read by their English glosses, for questions in English (passages.gloss_text):
        # each passage row's row in _gloss_matrix, or -1.
        self._gloss_rows, self._gloss_matrix = index.glosses or (
            np.zeros(0, dtype=np.int64), np.zeros((0, self.matrix.shape[1]), dtype=np.float32))
        self._gloss_of = np.full(len(self.passages), -1, dtype=np.int64)
        self._gloss_of[self._gloss_rows] = np.arange(len(self._gloss_rows))
        self._passage_words: dict[int, str] = {}  # a passage's words, padded: worked out on first need
        # Names, topic words and BM25 as the build stored them; worked out here for an index without them.
        stored = index.tables if index.tables is not None else tables.compute(index.documents, self.passages)
        self._bm25 = stored.bm25()
        self._bm25_vocab = stored.bm25_vocab
        self.subjects = stored.subjects
        self.doc_terms = stored.doc_terms
        self._terms_at = stored.doc_terms.positions(self.doc_ids)  # each document's number in doc_terms
        self._idf = stored.idf
        self._unseen_idf = stored.unseen_idf
        self._general: np.ndarray | None = None
        # Questions in other languages are read by their English glosses, and the same glosses come again ('association',
        # 'buy; online internet'; 4-6 of 26-28 gloss texts in blind-x and blind-aa): each text embedded once, as one
        # text gives one vector. lru_cache is safe for the app's two workers.
        self._glosses_vector = lru_cache(maxsize=GLOSS_VECTORS_KEPT)(self._embed_one)
        self._topics: dict[str, frozenset[int]] = {}
        self._elsewhere: dict[str, np.ndarray] = {}
        # The same for every passage row, and per document whether some but not all of its passages are elsewhere.
        self._elsewhere_rows = np.zeros(len(self.passages), dtype=bool)
        self._elsewhere_partial = np.zeros(len(self.doc_ids), dtype=bool)
        self._quotable: dict[int, bool] = {}  # per passage, worked out on first need

    # -- the question ---------------------------------------------------------------------

    def analyse(self, question: str) -> Query:
        """The question cleaned and analysed once, for every signal."""
        return analyse(question, self.subjects, self.settings.max_question_chars, self._idf)

    def _embed_queries(self, texts: list[str]) -> np.ndarray:
        """Texts embedded as questions (the model's query form where it has one), one row each."""
        embed = getattr(self.embedder, "embed_query", self.embedder.embed)
        return np.asarray(embed(texts), dtype=np.float32)

    def _embed_one(self, text: str) -> np.ndarray:
        """One text embedded as a question (its row), read-only: the glosses' cache hands the same array to every question."""
        vector = self._embed_queries([text])[0]
        vector.flags.writeable = False
        return vector

    def query_vector(self, query: Query) -> np.ndarray:
        """The question's embedding (one row)."""
        return self._embed_queries([query.embedding_text or " "])

    def embed_text(self, text: str) -> np.ndarray:
        """Any text embedded as a question (one row)."""
        return self._embed_queries([text or " "])

    def best_passage_for(self, doc_id: str, query: Query) -> tuple[int | None, float]:
        """One statement's passage nearest to the question read as being about it ("<title>: <question>")."""
        rows = self.doc_passages.get(doc_id)
        if rows is None or not len(rows):
            return None, 0.0
        title = self.index.documents[doc_id].title
        vector = self._embed_queries([f"{title}: {query.embedding_text}"])
        scores = self.matrix[rows] @ vector[0]
        for best in np.argsort(-scores, kind="stable"):
            if self.quotable(int(rows[best])):
                return int(rows[best]), float(scores[best])
        return None, 0.0

    def quotable(self, passage: int) -> bool:
        """A passage that may be shown as the organisation's words: none of it is one person recommending
        something in their own voice ('I'd recommend it to anyone'), which a statement may quote as background."""
        known = self._quotable.get(passage)
        if known is None:
            known = self._quotable[passage] = not one_person_recommends(self.passages[passage].text)
        return known

    def _general_vectors(self) -> np.ndarray:
        if self._general is None:
            # As the build embedded them with this very embedder, when it did; else embedded here, once.
            stored = self.index.topic_vectors(self.embedder)
            self._general = stored if stored is not None else self._embed_queries(list(GENERAL_TOPICS))
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
        scores = np.zeros(len(self.passages), dtype=np.float32)
        if not self.passages or self._bm25_vocab is None:
            return scores
        # The question's words the passages' tokeniser kept. Each is one token as bm25s.tokenize would give it
        # (its vocabulary holds only runs of two or more letters and digits, none a stop word, and the
        # question's words are normalised runs of letters and digits), so they are not tokenised again.
        terms = [w for w in query.words if w in self._bm25_vocab]
        if not terms:
            return scores
        return np.asarray(self._bm25.get_scores(terms), dtype=np.float32)

    # -- per document -------------------------------------------------------------------

    def rank(
        self, query: Query, vector: np.ndarray | None = None, include: tuple[str, ...] = ()
    ) -> list[DocumentHit]:
        """Candidate documents, best first (ties broken by id, so answers repeat).

        Candidates: documents of the top dense and lexical passages, those named in the
        question, and `include` (a conversation's statement). Their passages are scored
        together, in arrays, so the Python work per question is a few steps per candidate.
        """
        if not self.passages:
            return []
        settings = self.settings
        use_dense = self.mode in ("hybrid", "dense")
        use_lexical = self.mode in ("hybrid", "bm25")
        hybrid = self.mode == "hybrid"
        candidates: set[int] = set()
        glossed_cosines: np.ndarray | None = None
        if use_dense:
            vector = self.query_vector(query) if vector is None else vector
            k = min(settings.dense_k, len(self.passages))
            _, found = self.index.vectors.search(vector, k)
            candidates.update(self.passage_doc[found[0][found[0] >= 0]].tolist())
            if query.language == "en" and len(self._gloss_rows):
                # Passages not in English, read by their English glosses (passages.gloss_text): their top k too.
                glossed_cosines = self._gloss_matrix @ vector[0]
                top = np.argpartition(-glossed_cosines, k - 1)[:k] if len(glossed_cosines) > k \
                    else np.arange(len(glossed_cosines))
                candidates.update(self.passage_doc[self._gloss_rows[top]].tolist())
        lexical = self.lexical_scores(query) if use_lexical else np.zeros(len(self.passages), dtype=np.float32)
        most_lexical = float(lexical.max()) if lexical.size else 0.0
        top_lexical = most_lexical if most_lexical > 0 else 1.0
        if use_lexical and most_lexical > 0:
            k = min(settings.lexical_k, len(self.passages))
            matching = np.flatnonzero(lexical > 0)
            if len(matching) > k:  # the top k of all passages, ties at the k-th chosen as over all of them
                best = np.argpartition(-lexical, k - 1)[:k]
                matching = best[lexical[best] > 0]
            candidates.update(self.passage_doc[matching].tolist())
        names: dict[str, float] = {}
        if hybrid:
            for mention in query.mentions:
                for doc_id in mention.doc_ids:
                    names[doc_id] = max(names.get(doc_id, 0.0), mention.score)
        position = self._position
        candidates.update(position[d] for d in (*names, *include) if d in position)
        # A document without passages has no evidence to rank (scoring one used to raise).
        chosen = np.array(sorted(candidates), dtype=np.int64)
        chosen = chosen[self._doc_bounds[chosen + 1] > self._doc_bounds[chosen]]
        if not len(chosen):
            return []
        if use_dense:
            assert vector is not None
        lengths = self._doc_bounds[chosen + 1] - self._doc_bounds[chosen]
        offsets = np.concatenate(([0], np.cumsum(lengths)))
        segment = np.repeat(np.arange(len(chosen)), lengths)
        rows = self._doc_rows[self._doc_bounds[chosen][segment] + np.arange(offsets[-1]) - offsets[segment]]
        dense = self._dense_scores(query, vector, chosen, lengths, offsets)
        if glossed_cosines is not None:
            # A passage not in English is as near as the nearer of its own text and its English glosses.
            glossed = self._gloss_of[rows]
            at = np.flatnonzero(glossed >= 0)
            dense[at] = np.maximum(dense[at], glossed_cosines[glossed[at]])
        lex = lexical[rows]
        for doc_index in chosen:
            if self.doc_ids[doc_index] not in self._elsewhere:
                self.about_another_statement(self.doc_ids[doc_index])
        elsewhere = self._elsewhere_rows[rows] & self._elsewhere_partial[chosen][segment]
        if elsewhere.any():
            # A section on another statement's product ("What about ORV-318?") speaks for that
            # statement, not this one: it neither ranks this statement nor is quoted from it.
            dense, lex = np.where(elsewhere, -1.0, dense), np.where(elsewhere, 0.0, lex)
        best_dense = np.maximum.reduceat(dense, offsets[:-1]).tolist()
        best_lexical = np.maximum.reduceat(lex, offsets[:-1]).tolist()
        passage_scores = dense + settings.lexical_weight * lex / top_lexical
        if query.pairs:
            needles = [f" {pair} " for pair in query.pairs]
            parts = [pair.split() for pair in query.pairs]
            matched = np.array([self._pair_share(row, needles, parts) for row in rows.tolist()])
            passage_scores = passage_scores + settings.pair_weight * matched
        # Each document's passages best first, ties by row: one sort of all, by document first.
        order = np.lexsort((rows, -passage_scores, segment))
        ordered_rows, ordered_dense, ordered_lex = rows[order].tolist(), dense[order].tolist(), lex[order].tolist()
        weights = [self._idf.get(t, self._unseen_idf) for t in query.content] if hybrid and query.content else []
        total_weight = sum(weights)
        # For each of the question's topic words, which candidates have it (in the order of `chosen`).
        having = [self.doc_terms.having(t)[self._terms_at[chosen]].tolist() for t in query.content] if weights else []
        hits = []
        for j, doc_index in enumerate(chosen.tolist()):
            doc_id = self.doc_ids[doc_index]
            name = names.get(doc_id, 0.0)
            coverage = 0.0
            if weights:
                coverage = sum(w for w, has in zip(weights, having) if has[j]) / total_weight
            if self.mode == "dense":
                score = best_dense[j]
            elif self.mode == "bm25":
                score = best_lexical[j]
            else:
                score = (
                    best_dense[j]
                    + settings.name_weight * name
                    + settings.coverage_weight * coverage
                    + settings.lexical_weight * best_lexical[j] / top_lexical
                )
            a, b = int(offsets[j]), int(offsets[j + 1])
            passages = tuple(map(PassageHit, ordered_rows[a:b], ordered_dense[a:b], ordered_lex[a:b]))
            hits.append(DocumentHit(doc_id, float(score), best_dense[j], best_lexical[j], name, coverage, passages))
        hits.sort(key=lambda h: (-round(h.score, 6), h.doc_id))
        return hits

    def _dense_scores(
        self, query: Query, vector: np.ndarray | None, chosen: np.ndarray, lengths: np.ndarray, offsets: np.ndarray
    ) -> np.ndarray:
        """Cosine of each chosen document's passages (in document order) to the question, or to its English glosses.

        The English model reads other languages by their surface: a Spanish question comes near
        any Spanish or Portuguese page, whatever either says ('¿cómo pido el carné?' near the
        Spanish statement). Against a statement not in English, the question's English glosses
        are what it means; a question with none (or only the disease's name, which every statement
        shares: '¿A ELA é contagiosa?') has no domain word for the model to compare. Against an
        English statement, the lower of the question as written and its glosses.

        Documents with as many passages, compared with one vector, are one stacked product: numpy
        multiplies each document's rows as it would alone, so the cosines are the same to the bit.
        """
        dense = np.zeros(int(offsets[-1]), dtype=np.float32)
        if vector is None:
            return dense
        if query.language == "en":
            self._cosines(dense, vector[0], np.ones(len(chosen), dtype=bool), chosen, lengths, offsets)
            return dense
        english = self._english[chosen]
        self._cosines(dense, vector[0], english, chosen, lengths, offsets)
        if query.language not in GLOSSARY:
            # No glossary reads a Japanese or Greek question into English: against a statement in its own
            # language the question as written is all there is to compare (the same words, the same script).
            self._cosines(dense, vector[0], self._languages[chosen] == query.language, chosen, lengths, offsets)
        if query.topic_glosses:
            glosses = self._glosses_vector("; ".join(query.topic_glosses))
            self._cosines(dense, glosses, ~english, chosen, lengths, offsets)
            # An English statement is as near as the question as written (its names, its cognates) and
            # its English glosses (what it means) agree: the lower of the two. The English model's surface
            # match of foreign words ('Tablette', 'ALS') otherwise outranked a statement on what was asked.
            self._cosines(dense, glosses, english, chosen, lengths, offsets, keep_lower=True)
        return dense

    def _cosines(self, dense: np.ndarray, against: np.ndarray, which: np.ndarray, chosen: np.ndarray,
                 lengths: np.ndarray, offsets: np.ndarray, keep_lower: bool = False) -> None:
        """Each `which` document's passage cosines to `against`, into `dense` (or the lower of the two there)."""
        for length in np.unique(lengths[which]).tolist():
            group = np.flatnonzero(which & (lengths == length))
            steps = np.arange(length)
            found = self.matrix[self._doc_rows[self._doc_bounds[chosen[group]][:, None] + steps]] @ against
            at = offsets[group][:, None] + steps
            dense[at] = np.minimum(dense[at], found) if keep_lower else found

    def _pair_share(self, row: int, needles: list[str], parts: list[list[str]]) -> float:
        """The share of the question's word pairs (`needles`, ' a b ') in one passage's words.

        A passage whose words are not worked out yet is first looked at as it is: in an ASCII text
        every word of its words is a part of its lower-case text, so when no pair has both its words
        there, no pair is in its words, and they need not be worked out (most passages, most questions).
        """
        found = self._passage_words.get(row)
        if found is None:
            text_of = getattr(self.passages, "text_of", None)
            text = text_of(row) if text_of else self.passages[row].text
            if text.isascii():
                lower = text.lower()
                if not any(all(part in lower for part in pair) for pair in parts):
                    return 0.0
            found = self._words_of(row)
        return sum(needle in found for needle in needles) / len(needles)

    def _words_of(self, row: int) -> str:
        """A passage's words, padded with spaces, for matching word pairs (kept once worked out)."""
        found = self._passage_words.get(row)
        if found is None:
            text_of = getattr(self.passages, "text_of", None)  # a loaded index's PassageTable: no Passage made
            text = text_of(row) if text_of else self.passages[row].text
            # normalise leaves single spaces between words, so this is ' '.join(words(text)) without the split.
            found = self._passage_words[row] = f" {normalise(text)} "
        return found

    def about_another_statement(self, doc_id: str) -> np.ndarray:
        """For each of a statement's passages (in doc_passages order): whether its section heading names
        another statement's product and none of this statement's own. Worked out on first need, per statement."""
        known = self._elsewhere.get(doc_id)
        if known is None:
            rows = self.doc_passages[doc_id]
            sections_of = getattr(self.passages, "sections_of", None)  # a loaded index's PassageTable: no Passages made
            sections = sections_of(rows) if sections_of else [self.passages[row].section for row in rows]
            headings = {section: self.subjects.names_another(section, doc_id) for section in dict.fromkeys(sections)}
            known = np.array([headings[section] for section in sections], dtype=bool)
            self._elsewhere[doc_id] = known
            self._elsewhere_rows[self.doc_passages[doc_id]] = known
            self._elsewhere_partial[self._position[doc_id]] = bool(known.any() and not known.all())
        return known

    def document(self, doc_id: str) -> Document:
        """A document of the index by id."""
        return self.index.documents[doc_id]
