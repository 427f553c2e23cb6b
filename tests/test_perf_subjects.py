"""Typo matching looks only at the names of a near length that share a piece of the word: every name that can match."""

from __future__ import annotations

import random

from rapidfuzz.distance import Levenshtein

from statement_qa.ingest import read_corpus
from statement_qa.subjects import SubjectIndex
from statement_qa.synthetic import write_corpus


def test_names_within_edits_are_every_name_that_can_match_in_their_order(tmp_path):
    # Generated FICTIONAL statements (synthetic.py): coined names made from a few syllables, as hard as it gets.
    write_corpus(tmp_path / "c", 120, seed=11)
    index = SubjectIndex(read_corpus(tmp_path / "c")[0])
    rng = random.Random(5)
    letters = "abcdefghijklmnopqrstuvwxyz"
    probes = set()
    for word in index.keys:
        i = rng.randrange(len(word))
        probes |= {word, word[:i] + word[i + 1 :], word[:i] + rng.choice(letters) + word[i + 1 :],
                   word[:i] + rng.choice(letters) + word[i:], word + "ab", "zq" + word[2:]}
    order = {key: n for n, key in enumerate(index.keys)}
    for probe in sorted(probes):
        for edits in (1, 2):
            filtered = index._within_edits(probe, edits)
            assert [order[k] for k in filtered] == sorted(order[k] for k in filtered)
            assert all(abs(len(k) - len(probe)) <= edits for k in filtered), probe
            within = [k for k in index.keys if Levenshtein.distance(probe, k) <= edits]
            assert set(within) <= set(filtered), (probe, edits)
