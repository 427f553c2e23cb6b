"""The compact word-frequency table: wordfreq's value for every word callers can ask about, without wordfreq."""

from __future__ import annotations

import random
import subprocess
import sys

import numpy as np
import pytest

from statement_qa import frequencies
from statement_qa.lexicon import is_common_word, normalise

THRESHOLDS = (1.5, 2.5, 3.0, 3.5)  # what subjects.py asks (grep is_common_word, word_frequency)


def _sample() -> list[str]:
    """Normalised words of every language: around each threshold, at random, made up, numbers and pairs."""
    from wordfreq import get_frequency_list

    rng = random.Random(11)
    words: set[str] = set()
    for language in frequencies.LANGUAGES:
        buckets = get_frequency_list(language)
        for threshold in THRESHOLDS:
            middle = round((9 - threshold) * 100)  # the bucket of exactly this Zipf value
            for bucket in range(middle - 2, middle + 3):
                words.update(normalise(w) for w in rng.sample(buckets[bucket], min(150, len(buckets[bucket]))))
        listed = [w for bucket in buckets for w in bucket]
        # Accented words as callers pass them: normalised ('été' → 'ete', 'straße' → 'strasse').
        words.update(normalise(w) for w in rng.sample([w for w in listed if not w.isascii()], 500))
        words.update(normalise(w) for w in rng.sample(listed, 3000))
    made_up = ["tofersen", "astrorx", "ivarestat", "glentamide", "pellvoxa", "kadimastem", "qzxvbn", "efficasy"]
    numbers = ["0", "7", "12", "00", "2020", "1999", "0420", "12345", "1234567890123", "a00", "covid19", "b12",
               "3d", "mp3", "ab12cd3", "phase 2", "in 2023", "cohort 12 b"]
    words.update(made_up + numbers + [""])
    ordered = sorted(words)
    pairs = [f"{rng.choice(ordered)} {rng.choice(ordered)}".strip() for _ in range(2000)]
    return ordered + pairs + ["new york", "acme bio", "o brien", "stem cell", "der die das"]


def test_the_table_gives_wordfreqs_value_for_every_sampled_word():
    from wordfreq import zipf_frequency

    sample = _sample()
    assert len(sample) > 30_000
    differ = []
    for text in sample:
        expected = max(zipf_frequency(text, language) for language in frequencies.LANGUAGES)
        found = frequencies.zipf_frequency(text)
        if found != (expected if expected >= frequencies.FLOOR else 0.0) or any(
            (found >= t) != (expected >= t) for t in THRESHOLDS
        ):
            differ.append((text, found, expected))
    assert differ == []


@pytest.mark.parametrize("text", ["Café", "café", "two  spaces", " the", "the ", "don't", "straße"])
def test_only_normalised_words_are_looked_up(text):
    with pytest.raises(ValueError):
        frequencies.zipf_frequency(text)


def test_thresholds_below_the_table_are_refused():
    assert is_common_word("the", threshold=frequencies.FLOOR)
    with pytest.raises(ValueError):
        is_common_word("the", threshold=1.0)


def test_a_process_that_looks_words_up_never_imports_wordfreq():
    frequencies.table()  # made here first, if this machine has none yet
    code = ("import sys; from statement_qa.lexicon import is_common_word; "
            "assert is_common_word('therapy') and not is_common_word('tofersen'); "
            "assert 'wordfreq' not in sys.modules, 'wordfreq imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_written_table_reads_back_and_a_damaged_one_does_not(tmp_path):
    words = ["the", "therapy", "ab00"]
    hashes = np.array(sorted(frequencies._key(w) for w in words), dtype=np.uint64)
    arrays = {"hashes": hashes, "buckets": np.full((3, len(frequencies.LANGUAGES)), 300, dtype=np.uint16),
              "numbers": np.linspace(0.0, 1.0, 10_010)}
    folder = tmp_path / "table"
    frequencies.write_table(folder, arrays)
    found = frequencies.read_table(folder)
    assert found is not None and np.array_equal(found.hashes, hashes)
    assert found.buckets_of("therapy") == [300] * len(frequencies.LANGUAGES) and found.buckets_of("nope") is None
    assert [p.name for p in tmp_path.iterdir()] == ["table"]  # no staging folder left behind
    damaged = bytearray((folder / "buckets.npy").read_bytes())
    damaged[-1] ^= 0xFF
    (folder / "buckets.npy").write_bytes(damaged)
    assert frequencies.read_table(folder) is None
