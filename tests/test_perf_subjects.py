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


def test_conditions_looked_up_by_first_word_are_those_a_walk_over_every_variant_finds():
    from statement_qa.lexicon import normalise
    from statement_qa.query import _TAKEN_FOR, _WHOSE, _conditions_in
    from statement_qa.vocabulary import OTHER_DISEASES

    def walked(normalised: str) -> tuple[str, ...]:  # the way it was: every variant of every condition, searched
        padded = f" {normalised} "

        def asked(variant: str) -> bool:
            at = padded.find(f" {variant} ")
            while at >= 0:
                if not (_TAKEN_FOR.match(padded, at + len(variant) + 1) and padded[:at].endswith(_WHOSE)):
                    return True
                at = padded.find(f" {variant} ", at + 1)
            return False
        return tuple(label for label, variants in OTHER_DISEASES.items() if any(asked(v) for v in variants))

    # Every variant asked about, beside a medicine for it ('my asthma inhaler'), and two at once.
    variants = [v for vs in OTHER_DISEASES.values() for v in vs]
    questions = [f"is it good for {v}" for v in variants] + [f"with my {v} tablets is it safe" for v in variants]
    questions += [f"{a} and {b} together" for a, b in zip(variants, reversed(variants), strict=True)]
    questions += ["Is AC-88 good for migraine?", "Does it help with vertigo and Meniere's disease?", "Is it safe?"]
    for question in questions:
        normalised = normalise(question)
        listed = tuple(c for c in _conditions_in(normalised) if c in OTHER_DISEASES)
        assert listed == walked(normalised), question
