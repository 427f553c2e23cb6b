"""What retrieval needs besides the vectors, worked out once at build time and stored with the index.

The subject index (every statement's names), each statement's topic words and the BM25
index over the passages cost seconds at thousands of statements (wordfreq look-ups, regexes
over every text, tokenising every passage). Worked out at load, every `ask` process and every
replica paid them again. The build stores them in two files of the index folder, hashed in
the manifest like the others:

    tables.json   subjects, the topic words' list, the BM25 vocabulary
    bm25.npz      the BM25 score matrix (compressed sparse columns, as bm25s keeps it), and each
                  document's topic words as numbers into their list

They are a cache, never the only copy of a rule: the manifest records a hash of the code that
worked them out (this module, the naming rules and the word lists, and the versions of
wordfreq and bm25s); an index whose tables came from other code, or has none, gets them
worked out at load instead, with the same result.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from itertools import chain, repeat
from pathlib import Path
from typing import Any

import numpy as np

from statement_qa.documents import Document, Passage
from statement_qa.glossary import gloss
from statement_qa.lexicon import content_words, normalise
from statement_qa.passages import embedding_text
from statement_qa.subjects import SubjectIndex, stated_text

log = logging.getLogger(__name__)

TABLES_FILE = "tables.json"
BM25_FILE = "bm25.npz"
TABLE_FILES = (TABLES_FILE, BM25_FILE)
# The modules whose code decides what the tables hold.
_SOURCES = ("tables.py", "subjects.py", "lexicon.py", "frequencies.py", "vocabulary.py", "documents.py", "passages.py",
            "glossary.py")
_BM25_ARRAYS = ("data", "indices", "indptr")


class TablesMalformed(ValueError):
    """Stored tables that do not have the shape this code writes."""


class TopicWords(Mapping[str, frozenset[str]]):
    """Each document's topic words (document id → its set of words), held as numbers into one sorted list of the words.

    One set of strings per document was 28 MiB of a loaded index at 2,000 statements (220,000
    strings in 2,000 sets, 7,000 different words); here each word is one string and each
    document's words an array of their numbers. A document's set is made when asked for;
    `having` answers for all documents at once, as ranking needs.
    """

    def __init__(self, terms: Mapping[str, Iterable[str]]) -> None:
        listed = [list(words) for words in terms.values()]
        self._words = sorted(set(chain.from_iterable(listed)))
        self._number = {word: i for i, word in enumerate(self._words)}
        self._ids = list(terms)
        self._position = {doc_id: i for i, doc_id in enumerate(self._ids)}
        # Each document's words as their numbers, sorted and once each: one sort of all of them by document and
        # number (at 10,000 statements a unique of each document's own array was most of a start's tables).
        counts = list(map(len, listed))
        numbers = np.fromiter(map(self._number.__getitem__, chain.from_iterable(listed)), dtype=np.int32,
                              count=sum(counts))
        owner = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
        order = np.lexsort((numbers, owner))
        numbers, owner = numbers[order], owner[order]
        first = np.ones(len(numbers), dtype=bool)
        first[1:] = (numbers[1:] != numbers[:-1]) | (owner[1:] != owner[:-1])
        self._numbers = numbers[first]
        self._bounds = np.searchsorted(owner[first], np.arange(len(counts) + 1)).astype(np.int64)

        self._link_owners()

    def _link_owners(self) -> None:
        # The same the other way round: for each word, the documents that have it.
        owners = np.repeat(np.arange(len(self._ids), dtype=np.int32), np.diff(self._bounds))
        by_word = np.argsort(self._numbers, kind="stable")
        self._owners = owners[by_word]
        self._owner_bounds = np.searchsorted(self._numbers[by_word], np.arange(len(self._words) + 1))

    @classmethod
    def from_arrays(cls, ids: list[str], words: list[str], numbers: np.ndarray, bounds: np.ndarray) -> TopicWords:
        """The topic words as `arrays` gave them; TablesMalformed when they are not what it gives.

        At 10,000 statements a list of words per document in tables.json was a million strings parsed at
        every start (2 s, and ~100 MiB the process kept); as arrays they are read as they are.
        """
        if not (isinstance(ids, list) and all(map(isinstance, ids, repeat(str))) and len(set(ids)) == len(ids)):
            raise TablesMalformed("topic words for documents that are not ids")
        words = _strings(words)
        if any(a >= b for a, b in zip(words, words[1:])):
            raise TablesMalformed("topic words that are not sorted once each")
        if numbers.dtype != np.int32 or bounds.dtype != np.int64 or numbers.ndim != 1 \
                or bounds.shape != (len(ids) + 1,) or (len(bounds) and (bounds[0] != 0 or bounds[-1] != len(numbers))) \
                or bool((np.diff(bounds) < 0).any()) \
                or (len(numbers) and not 0 <= int(numbers.min()) <= int(numbers.max()) < len(words)):
            raise TablesMalformed("topic word numbers that do not fit the words")
        step = np.diff(numbers) > 0
        step[bounds[1:-1][(bounds[1:-1] > 0) & (bounds[1:-1] < len(numbers))] - 1] = True  # a new document may start lower
        if not step.all():
            raise TablesMalformed("a document's topic word numbers that are not sorted once each")
        made = cls.__new__(cls)
        made._words, made._ids = words, ids
        made._number = {word: i for i, word in enumerate(words)}
        made._position = {doc_id: i for i, doc_id in enumerate(ids)}
        made._numbers, made._bounds = numbers, bounds
        made._link_owners()
        return made

    def arrays(self) -> tuple[list[str], list[str], np.ndarray, np.ndarray]:
        """The documents' ids, the sorted words, and each document's word numbers (one array, and its bounds)."""
        return self._ids, self._words, self._numbers, self._bounds

    def __getitem__(self, doc_id: str) -> frozenset[str]:
        return frozenset(self.sorted_words(doc_id))

    def __iter__(self) -> Iterator[str]:
        return iter(self._position)

    def __len__(self) -> int:
        return len(self._position)

    def sorted_words(self, doc_id: str) -> list[str]:
        """One document's words in sorted order (as stored in tables.json)."""
        i = self._position[doc_id]
        return [self._words[n] for n in self._numbers[self._bounds[i] : self._bounds[i + 1]].tolist()]

    def document_frequency(self) -> dict[str, int]:
        """How many documents have each word."""
        return dict(zip(self._words, np.diff(self._owner_bounds).tolist()))

    def _owners_of(self, word: str) -> np.ndarray:
        """The numbers of the documents that have this word."""
        n = self._number.get(word)
        return self._owners[self._owner_bounds[n] : self._owner_bounds[n + 1]] if n is not None else self._owners[:0]

    def has(self, word: str, doc_id: str) -> bool:
        """Whether this document has this word (without listing every document that has it)."""
        i = self._position.get(doc_id)
        return i is not None and bool((self._owners_of(word) == i).any())

    def only_in(self, word: str, doc_id: str) -> bool:
        """Whether this document, and no other, has this word."""
        owners = self._owners_of(word)
        return len(owners) == 1 and owners[0] == self._position.get(doc_id, -1)

    def positions(self, doc_ids: Iterable[str]) -> np.ndarray:
        """The numbers `having` gives these documents' answers at."""
        return np.array([self._position[d] for d in doc_ids], dtype=np.int64)

    def having(self, word: str) -> np.ndarray:
        """For every document (at its number in `positions`), whether it has this word."""
        found = np.zeros(len(self._position), dtype=bool)
        found[self._owners_of(word)] = True
        return found


@dataclass
class Tables:
    """The subject index, each document's topic words and their rarity, and the BM25 index."""

    subjects: SubjectIndex
    doc_terms: TopicWords
    idf: dict[str, float]
    unseen_idf: float
    bm25_scores: dict[str, Any] | None  # bm25s's score matrix; None for an index without passages
    bm25_vocab: dict[str, int] | None  # the tokeniser's words
    bm25_vocab_dict: dict[str, int] | None  # the index's words (the tokeniser's and '')

    def bm25(self):
        """A bm25s index over the passages, as bm25s's own `index` (or `load`) leaves it; None without passages."""
        if self.bm25_scores is None or self.bm25_vocab_dict is None:
            return None
        bm25 = _new_bm25()
        bm25.scores, bm25.vocab_dict = self.bm25_scores, self.bm25_vocab_dict
        bm25.unique_token_ids_set = set(self.bm25_vocab_dict.values())
        bm25.nonoccurrence_array = None  # bm25s's default method (lucene) keeps none
        return bm25


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the code and libraries that work the tables out: stored tables count only when it matches."""
    return code_hash(_SOURCES, ("wordfreq", "bm25s"))


def code_hash(sources: Iterable[str], packages: Iterable[str]) -> str:
    """A hash of these files of the package (paths relative to it) and of these installed distributions' versions.

    What a cache stored with the index records, so that it counts only for the code that made it.
    """
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in sources:
        digest.update(name.encode() + b"\0" + (here / name).read_bytes() + b"\0")
    for package in packages:
        try:
            digest.update(f"{package}=={metadata.version(package)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}==?\0".encode())
    return digest.hexdigest()


def _new_bm25():
    import bm25s

    # bm25s sets its own logger to DEBUG on import; put it back under the application's control.
    logging.getLogger("bm25s").setLevel(logging.NOTSET)
    return bm25s.BM25()


def _with_idf(subjects: SubjectIndex, doc_terms: TopicWords, scores, vocab, vocab_dict) -> Tables:
    frequency = doc_terms.document_frequency()
    total = max(1, len(doc_terms))
    idf = {t: math.log(1 + total / (n + 0.5)) for t, n in frequency.items()}
    return Tables(subjects, doc_terms, idf, math.log(1 + total / 0.5), scores, vocab, vocab_dict)


def topic_text(document: Document, subjects: SubjectIndex) -> str:
    """The words a statement is about: its own, and for one not in English their English glosses too.

    Questions in other languages are read through English glosses (glossary.py); a statement in
    another language is read the same way, so that 'the weekly injection under the skin from a German
    company' finds the German statement's 'wöchentliche Spritze unter die Haut', and a Spanish
    question's glosses meet a Dutch statement's.
    """
    text = stated_text(document, subjects)
    if document.language and document.language != "en":
        text = f"{text} {' '.join(gloss(text, document.language))}"
    return text


def compute(documents: dict[str, Document], passages: Sequence[Passage], subjects: SubjectIndex | None = None) -> Tables:
    """Work the tables out from the documents and passages (at build time, or at load for an older index)."""
    import bm25s

    subjects = subjects or SubjectIndex(documents.values())
    doc_terms = TopicWords({doc_id: content_words(topic_text(d, subjects)) for doc_id, d in documents.items()})
    if not passages:
        return _with_idf(subjects, doc_terms, None, None, None)
    bm25 = _new_bm25()
    texts = [embedding_text(documents[p.doc_id], p) for p in passages]
    tokens = bm25s.tokenize([normalise(t) for t in texts], stopwords="en", show_progress=False)
    bm25.index(tokens, show_progress=False)
    # Stored as bm25s's `save` would: only the default method, which needs no score for absent words.
    assert bm25.nonoccurrence_array is None
    return _with_idf(subjects, doc_terms, bm25.scores, tokens.vocab, bm25.vocab_dict)


def to_files(tables: Tables) -> dict[str, bytes]:
    """The tables as the bytes of the index folder's files (JSON, and the BM25 arrays)."""
    ids, words, numbers, bounds = tables.doc_terms.arrays()
    data = {
        "subjects": tables.subjects.tables(),
        "doc_terms": {"ids": ids, "words": words},  # each document's word numbers: in bm25.npz
        "bm25": None,
    }
    arrays: dict[str, np.ndarray] = {"terms_numbers": numbers, "terms_bounds": bounds}
    if tables.bm25_scores is not None:
        scores = tables.bm25_scores
        data["bm25"] = {"vocab": tables.bm25_vocab, "vocab_dict": tables.bm25_vocab_dict,
                        "num_docs": int(scores["num_docs"])}
        arrays.update({name: np.asarray(scores[name]) for name in _BM25_ARRAYS})
    buffer = io.BytesIO()
    save: Any = np.savez  # numpy's stubs take a ** of arrays for its own keywords
    save(buffer, **arrays)
    return {TABLES_FILE: json.dumps(data, ensure_ascii=False).encode("utf-8"), BM25_FILE: buffer.getvalue()}


def from_files(contents: dict[str, bytes], documents: dict[str, Document], passages: int) -> Tables:
    """Tables from the verified bytes of their files; TablesMalformed when they are not what `to_files` writes."""
    try:
        data = json.loads(contents[TABLES_FILE].decode("utf-8"))
        subjects = SubjectIndex.from_tables(data["subjects"], documents)
        with np.load(io.BytesIO(contents[BM25_FILE]), allow_pickle=False) as arrays:
            terms = data["doc_terms"]
            doc_terms = TopicWords.from_arrays(terms["ids"], terms["words"], arrays["terms_numbers"],
                                               arrays["terms_bounds"])
            scores = {name: arrays[name] for name in _BM25_ARRAYS} if data["bm25"] is not None else None
        if set(doc_terms) != set(documents):
            raise TablesMalformed("topic words for other documents")
        vocab, vocab_dict = None, None
        if data["bm25"] is not None and scores is not None:
            stored = data["bm25"]
            vocab, vocab_dict = _vocabulary(stored["vocab"]), _vocabulary(stored["vocab_dict"])
            scores["num_docs"] = stored["num_docs"]
            if scores["num_docs"] != passages or len(scores["indptr"]) != len(vocab_dict) \
                    or len(scores["data"]) != len(scores["indices"]) or scores["data"].dtype != np.float32 \
                    or (len(scores["indices"]) and not 0 <= int(scores["indices"].min()) <= int(scores["indices"].max()) < passages):
                raise TablesMalformed("a BM25 index that does not fit the passages")
        elif passages:
            raise TablesMalformed("no BM25 index for the passages")
    except TablesMalformed:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, OSError) as exc:
        raise TablesMalformed(f"{type(exc).__name__}") from exc
    return _with_idf(subjects, doc_terms, scores, vocab, vocab_dict)


def _strings(values) -> list[str]:
    if not isinstance(values, list) or not all(map(isinstance, values, repeat(str))):
        raise TablesMalformed("a list that is not of words")
    return values


def _vocabulary(values) -> dict[str, int]:
    if not isinstance(values, dict) or not all(isinstance(k, str) and isinstance(v, int) for k, v in values.items()):
        raise TablesMalformed("a BM25 vocabulary that is not words and numbers")
    return values
