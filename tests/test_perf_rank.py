"""Retriever.rank scores its candidates together in arrays: the same hits, to the bit, as scoring them one by one.

`_rank_one_by_one` is the per-document loop rank used before (docs/PERFORMANCE.md, sixth pass),
kept here as the definition the arrays must reproduce.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from statement_qa.index import build, load
from statement_qa.lexicon import words
from statement_qa.retrieval import RETRIEVERS, DocumentHit, PassageHit, Retriever

FIXTURES = Path(__file__).parent / "fixtures"


def _coverage(self: Retriever, query, doc_id: str) -> float:
    """Share of the question's topic words (weighted by rarity) one document contains."""
    if not query.content:
        return 0.0
    weights = [self._idf.get(t, self._unseen_idf) for t in query.content]
    terms = self.doc_terms[doc_id]
    return sum(w for t, w in zip(query.content, weights) if t in terms) / sum(weights)


def _rank_one_by_one(self: Retriever, query, vector=None, include=()) -> list[DocumentHit]:
    settings = self.settings
    use_dense = self.mode in ("hybrid", "dense")
    use_lexical = self.mode in ("hybrid", "bm25")
    hybrid = self.mode == "hybrid"
    candidates: set[int] = set()
    if use_dense:
        vector = self.query_vector(query) if vector is None else vector
        _, found = self.index.vectors.search(vector, min(settings.dense_k, len(self.passages)))
        candidates.update(int(self.passage_doc[i]) for i in found[0] if i >= 0)
        if query.language == "en" and len(self._gloss_rows):
            # Passages not in English read by their English glosses (passages.gloss_text): their top k too.
            k = min(settings.dense_k, len(self.passages))
            glossed_cosines = self._gloss_matrix @ vector[0]
            top = np.argpartition(-glossed_cosines, k - 1)[:k] if len(glossed_cosines) > k else np.arange(len(glossed_cosines))
            candidates.update(int(self.passage_doc[self._gloss_rows[i]]) for i in top)
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
    position = {doc_id: i for i, doc_id in enumerate(self.doc_ids)}
    candidates.update(position[d] for d in (*names, *include) if d in position)
    hits = []
    gloss_vector = None
    for doc_index in candidates:
        doc_id = self.doc_ids[doc_index]
        rows = self.doc_passages[doc_id]
        compared = vector
        if vector is not None and query.language != "en" and gloss_vector is None and query.topic_glosses:
            gloss_vector = self._embed_queries(["; ".join(query.topic_glosses)])
        if vector is not None and query.language != "en" and self.index.documents[doc_id].language != "en":
            compared = gloss_vector
        dense = self.matrix[rows] @ compared[0] if compared is not None else np.zeros(len(rows), dtype=np.float32)
        if compared is vector and vector is not None and query.language != "en" and gloss_vector is not None:
            dense = np.minimum(dense, self.matrix[rows] @ gloss_vector[0])
        if vector is not None and query.language == "en" and len(self._gloss_rows):
            for j, row in enumerate(rows.tolist()):  # the nearer of a passage's own text and its English glosses
                if self._gloss_of[row] >= 0:
                    dense[j] = max(dense[j], glossed_cosines[self._gloss_of[row]])
        lex = lexical[rows]
        elsewhere = self.about_another_statement(doc_id)
        if elsewhere.any() and not elsewhere.all():
            dense, lex = np.where(elsewhere, -1.0, dense), np.where(elsewhere, 0.0, lex)
        name = names.get(doc_id, 0.0)
        coverage = _coverage(self, query, doc_id) if hybrid else 0.0
        best_dense, best_lexical = float(dense.max()), float(lex.max())
        if self.mode == "dense":
            score = best_dense
        elif self.mode == "bm25":
            score = best_lexical
        else:
            score = (best_dense + settings.name_weight * name + settings.coverage_weight * coverage
                     + settings.lexical_weight * best_lexical / top_lexical)
        passage_scores = dense + settings.lexical_weight * lex / top_lexical
        if query.pairs:
            padded = [f" {' '.join(words(self.passages[r].text))} " for r in rows]
            matched = np.array([sum(f" {pair} " in text for pair in query.pairs) / len(query.pairs) for text in padded])
            passage_scores = passage_scores + settings.pair_weight * matched
        order = np.lexsort((rows, -passage_scores))
        ordered = tuple(PassageHit(int(rows[i]), float(dense[i]), float(lex[i])) for i in order)
        hits.append(DocumentHit(doc_id, float(score), best_dense, best_lexical, name, coverage, ordered))
    hits.sort(key=lambda h: (-round(h.score, 6), h.doc_id))
    return hits


def _questions(folder: Path) -> list[str]:
    asked = []
    for name in ("questions.jsonl", "conversations.jsonl"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                asked += [t["question"] for t in row.get("turns", [row])]
    return asked


@pytest.fixture(scope="module", params=["blind-d", "blind-f"])
def fixture_set(request, tmp_path_factory):
    """A blind set's corpus indexed with the fake embedder, and its questions (conversations' turns too)."""
    from conftest import FakeEmbedder

    embedder = FakeEmbedder()
    index_dir = tmp_path_factory.mktemp(request.param) / "index"
    build(FIXTURES / request.param / "corpus", index_dir, embedder)
    return load(index_dir, embedder), embedder, _questions(FIXTURES / request.param), request.param


@pytest.mark.parametrize("mode", RETRIEVERS)
def test_rank_in_arrays_is_rank_one_document_at_a_time(fixture_set, mode):
    index, embedder, asked, name = fixture_set
    retriever = Retriever(index, embedder, mode)
    some_id = next(iter(index.documents))
    languages, pairs = set(), 0
    for question in asked:
        query = retriever.analyse(question)
        languages.add(query.language)
        pairs += bool(query.pairs)
        assert retriever.rank(query) == _rank_one_by_one(retriever, query)
        assert retriever.rank(query, include=(some_id,)) == _rank_one_by_one(retriever, query, include=(some_id,))
    # The glossed comparison, word pairs, sections on another statement's product and passages read by their
    # English glosses are all exercised.
    assert {"en", "es", "fr"} <= languages and pairs and len(retriever._gloss_rows)
    # (blind-d has a statement with a section on another statement's product; blind-f's only one was a heading,
    # '"Breakthrough"? Reading MND headlines', that met another page's everyday-word name 'Reading', which names nothing.)
    partial = [d for d in index.documents if (lambda e: e.any() and not e.all())(retriever.about_another_statement(d))]
    assert bool(partial) is (name == "blind-d")


def test_bm25_reads_the_question_words_as_the_tokeniser_would(fixture_set):
    """The question's words in the passages' vocabulary are given to BM25 as they are: bm25s.tokenize gives them back."""
    import bm25s

    index, embedder, asked, _ = fixture_set
    retriever = Retriever(index, embedder)
    scored = 0
    for question in asked:
        query = retriever.analyse(question)
        terms = [w for w in query.words if w in retriever._bm25_vocab]
        tokens = bm25s.tokenize(" ".join(terms), stopwords="en", show_progress=False, return_ids=False)[0] if terms else []
        assert tokens == terms, question
        expected = retriever._bm25.get_scores(tokens) if tokens else np.zeros(len(index.passages))
        assert np.array_equal(retriever.lexical_scores(query), np.asarray(expected, dtype=np.float32))
        scored += bool(tokens)
    assert scored > 20
