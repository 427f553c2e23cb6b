"""A loaded index holds its passages and topic words as arrays, and reads exactly as the objects it replaced."""

from __future__ import annotations

import json

import numpy as np
import pytest

from statement_qa.documents import Passage
from statement_qa.index import PassageTable, build, load
from statement_qa.tables import TopicWords


def test_passage_table_reads_as_the_passages_file(corpus_copy, tmp_path, fake_embedder):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    index = load(tmp_path / "index", fake_embedder)
    generation = index.path
    assert generation is not None
    stored = [Passage(**json.loads(line)) for line in (generation / "passages.jsonl").read_text("utf-8").splitlines()]
    table = index.passages
    assert isinstance(table, PassageTable)
    assert len(table) == len(stored) > 10
    assert list(table) == stored
    assert [table[i] for i in range(len(stored))] == stored
    assert table[-1] == stored[-1] and table[2:7] == stored[2:7] and table[::-3] == stored[::-3]
    with pytest.raises(IndexError):
        table[len(stored)]
    with pytest.raises(IndexError):
        table[-len(stored) - 1]
    position = {doc_id: i for i, doc_id in enumerate(index.documents)}
    assert table.document_positions(position).tolist() == [position[p.doc_id] for p in stored]
    assert [table.text_of(i) for i in range(len(stored))] == [p.text for p in stored]
    rows = [5, 0, 3, 3, len(stored) - 1]
    assert table.sections_of(rows) == [stored[i].section for i in rows]
    assert table.sections_of(np.array(rows)) == [stored[i].section for i in rows] and table.sections_of([]) == []


def test_passages_a_table_cannot_hold_stay_a_list(corpus_copy, tmp_path, fake_embedder):
    build(corpus_copy, tmp_path / "index", fake_embedder)
    index = load(tmp_path / "index", fake_embedder)
    documents = list(index.documents.values())
    passages = list(index.passages)
    odd = [*passages[:-1], Passage(**{**passages[-1].__dict__, "page": "iv"})]
    assert PassageTable.of(documents, odd) is odd
    assert isinstance(PassageTable.of(documents, passages), PassageTable)


def test_topic_words_read_as_sets_of_words():
    # Invented words; the second document has a word twice, the third none.
    terms = {"b-doc": ["zelvarimod", "dose", "trial", "dose"], "a-doc": ["trial", "cost"], "c-doc": []}
    words = TopicWords(terms)
    assert words == {doc_id: frozenset(w) for doc_id, w in terms.items()}
    assert list(words) == ["b-doc", "a-doc", "c-doc"] and len(words) == 3
    assert words["b-doc"] == frozenset({"zelvarimod", "dose", "trial"}) and words.get("x-doc", frozenset()) == frozenset()
    assert words.sorted_words("b-doc") == ["dose", "trial", "zelvarimod"] and words.sorted_words("c-doc") == []
    assert words.document_frequency() == {"cost": 1, "dose": 1, "trial": 2, "zelvarimod": 1}
    at = words.positions(["c-doc", "a-doc", "b-doc"])
    assert words.having("trial")[at].tolist() == [False, True, True]
    assert words.having("cost")[at].tolist() == [False, True, False]
    assert words.having("absent")[at].tolist() == [False, False, False]
    assert TopicWords({}) == {} and TopicWords({"d": []})["d"] == frozenset()


def test_topic_words_say_which_document_has_a_word_and_whether_it_alone_does():
    words = TopicWords({"a": ["tablet", "zorvex"], "b": ["tablet"], "c": []})
    assert words.has("tablet", "a") and words.has("tablet", "b") and not words.has("tablet", "c")
    assert not words.has("unknown", "a") and not words.has("tablet", "no-such-document")
    assert words.only_in("zorvex", "a") and not words.only_in("zorvex", "b")
    assert not words.only_in("tablet", "a") and not words.only_in("unknown", "a")


def test_topic_words_numbers_are_each_documents_sorted_unique_numbers():
    # Invented words: each document's numbers as one unique of its own array gave them (before the tenth pass).
    import random

    rng = random.Random(0)
    for _ in range(200):
        vocabulary = [f"w{i}" for i in range(rng.randrange(1, 40))]
        terms = {f"d{j}": [rng.choice(vocabulary) for _ in range(rng.randrange(0, 25))] for j in range(rng.randrange(0, 15))}
        words = TopicWords(terms)
        number = {w: i for i, w in enumerate(sorted(set(vocabulary) & {w for ws in terms.values() for w in ws}))}
        each = [np.unique(np.array([number[w] for w in ws], dtype=np.int32)) for ws in terms.values()]
        assert np.array_equal(words._bounds, np.cumsum([0, *map(len, each)]))
        assert np.array_equal(words._numbers, np.concatenate(each) if each else np.zeros(0, dtype=np.int32))
        assert words._numbers.dtype == np.int32
        assert words == {doc_id: frozenset(ws) for doc_id, ws in terms.items()}


def test_topic_words_read_back_from_their_arrays_are_the_same():
    import random

    rng = random.Random(1)
    for _ in range(100):
        vocabulary = [f"w{i}" for i in range(rng.randrange(1, 30))]
        terms = {f"d{j}": [rng.choice(vocabulary) for _ in range(rng.randrange(0, 20))] for j in range(rng.randrange(0, 12))}
        words = TopicWords(terms)
        again = TopicWords.from_arrays(*words.arrays())
        assert again == words and list(again) == list(words)
        assert again.document_frequency() == words.document_frequency()
        for name in ("_numbers", "_bounds", "_owners", "_owner_bounds"):
            assert np.array_equal(getattr(again, name), getattr(words, name)), name
        for word in vocabulary[:5]:
            assert np.array_equal(again.having(word), words.having(word))


@pytest.mark.parametrize("change", [
    lambda ids, words, numbers, bounds: (ids, words[::-1], numbers, bounds),                     # words not sorted
    lambda ids, words, numbers, bounds: (ids, words, numbers[::-1].copy(), bounds),              # a document's not sorted
    lambda ids, words, numbers, bounds: (ids, words, numbers + 10, bounds),                      # past the words
    lambda ids, words, numbers, bounds: (ids, words, numbers.astype(np.int64), bounds),          # another type
    lambda ids, words, numbers, bounds: (ids, words, numbers, bounds[:-1]),                      # bounds short
    lambda ids, words, numbers, bounds: (ids, words, numbers, bounds - 1),                       # bounds off
    lambda ids, words, numbers, bounds: ([ids[0], ids[0]], words, numbers, bounds),              # ids twice
])
def test_topic_word_arrays_that_do_not_fit_are_refused(change):
    from statement_qa.tables import TablesMalformed

    words = TopicWords({"a": ["tablet", "zorvex", "dose"], "b": ["tablet", "cost"]})
    with pytest.raises(TablesMalformed):
        TopicWords.from_arrays(*change(*words.arrays()))
