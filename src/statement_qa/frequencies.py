"""How common a word is, from a compact table made once from wordfreq's lists.

wordfreq holds its lists as dictionaries in memory: for our seven languages 249 MiB and 0.6 s
in every process that asks it anything (issue 11). What we ask is narrow: normalised words
(lexicon.normalise: a–z, 0–9, single spaces) against Zipf thresholds of 1.5 and above. So the
table keeps every word of those lists that can reach 1.5, as a sorted array of 64-bit hashes
beside each word's centibel bucket in each language. It is made from wordfreq once per wordfreq
version, into the cache folder ($STATEMENT_QA_CACHE, beside the ONNX export; also by
`python -m statement_qa.frequencies`), hash-checked and memory-mapped when read: a process that
finds it never imports wordfreq. The look-up repeats wordfreq's own arithmetic (tokens, numbers,
combining, rounding), so from 1.5 up it gives wordfreq's value exactly; tests/test_frequencies.py
compares the two word by word.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import shutil
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

# Languages whose everyday words should never be mistaken for a therapy's name.
LANGUAGES = ("en", "fr", "es", "de", "it", "pt", "nl")
# The lowest Zipf threshold anyone asks about; below it every word reads as 0.0.
FLOOR = 1.5
# A word of several tokens, or with a number, is rarer than each of its tokens, and wordfreq's
# rounding lifts 1.495 to 1.5: so tokens down to Zipf 1.49 are kept (bucket 751 = Zipf 1.49).
_LAST_BUCKET = round((9 - FLOOR) * 100) + 1
ABSENT = np.iinfo(np.uint16).max  # a word a language's list does not hold
_MINIMUM = 1e-9  # wordfreq.zipf_frequency's floor: Zipf 0
_NORMALISED = re.compile(r"(?:[a-z0-9]+(?: [a-z0-9]+)*)?")
_TOKEN = re.compile(r"[a-z0-9]+")
# wordfreq's multi-digit sequences (\d[\d.,]+): normalised text has no '.' or ','.
_NUMBER = re.compile(r"[0-9]{2,}")
_ARRAYS = ("hashes", "buckets", "numbers")
RECORD = "record.json"


def _key(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


@dataclass(frozen=True)
class _Table:
    hashes: np.ndarray  # sorted word hashes
    buckets: np.ndarray  # (words, languages): wordfreq's bucket (−centibels), or ABSENT
    numbers: np.ndarray  # wordfreq's share of each leading digit (10), then of each 4-digit number (10,000)

    def buckets_of(self, word: str) -> list[int] | None:
        key = np.uint64(_key(word))
        row = int(np.searchsorted(self.hashes, key))
        if row < len(self.hashes) and self.hashes[row] == key:
            return self.buckets[row].tolist()
        return None

    def number_share(self, digits: str) -> float:
        """wordfreq.numbers.digit_freq of one digit sequence: a year's share for 4 digits, else Benford's."""
        if len(digits) == 4:
            return float(self.numbers[10 + int(digits)])
        return float(self.numbers[int(digits[0])]) / 10 ** (len(digits) - 1)


def zipf_frequency(text: str) -> float:
    """The highest of wordfreq's Zipf frequencies of a normalised word (or words) in LANGUAGES; 0.0 below FLOOR."""
    if not _NORMALISED.fullmatch(text):
        raise ValueError(f"not a normalised word: {text[:40]!r}")
    found = table()
    tokens = []
    for token in text.split():
        smashed = _NUMBER.sub(lambda m: "0" * len(m.group()), token)
        buckets = found.buckets_of(smashed)
        if buckets is None:
            return 0.0
        share = 1.0
        if smashed != token:
            for digits in _NUMBER.findall(token):
                share *= found.number_share(digits)
        tokens.append((buckets, smashed != token, share))
    if not tokens:
        return 0.0
    best = 0.0
    for column in range(len(LANGUAGES)):
        one_over = 0.0
        for buckets, has_number, share in tokens:
            if buckets[column] == ABSENT:
                break
            frequency = 10 ** (-buckets[column] / 100)
            if has_number:
                frequency *= share
            one_over += 1.0 / frequency
        else:
            best = max(best, _zipf(1.0 / one_over))
    return best if best >= FLOOR else 0.0


def _zipf(frequency: float) -> float:
    """wordfreq's rounding: three significant digits, then a Zipf value to two decimals."""
    unrounded = max(frequency, _MINIMUM)
    rounded = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)


def table_dir(cache_dir: Path | None = None) -> Path:
    """The table's folder, named after the wordfreq version and the languages it was made from."""
    from statement_qa.cache_dirs import default_cache_dir

    made_from = f"{metadata.version('wordfreq')}-{'-'.join(LANGUAGES)}-{FLOOR}"
    return (cache_dir or default_cache_dir()) / f"wordfreq-{made_from}"


def make_arrays() -> dict[str, np.ndarray]:
    """The table's arrays, from wordfreq's lists (seconds, and wordfreq's memory, once)."""
    from wordfreq import get_frequency_list
    from wordfreq.numbers import DIGIT_FREQS, year_freq

    buckets_of: dict[str, list[int]] = {}
    for column, language in enumerate(LANGUAGES):
        for bucket, words in enumerate(get_frequency_list(language)):
            for word in words:
                if _TOKEN.fullmatch(word):  # only what a normalised word can be split into
                    # A word listed twice counts at its last bucket, as in wordfreq's dictionary.
                    buckets_of.setdefault(word, [ABSENT] * len(LANGUAGES))[column] = bucket
    kept = {word: [b if b <= _LAST_BUCKET else ABSENT for b in row] for word, row in buckets_of.items()}
    kept = {word: row for word, row in kept.items() if min(row) != ABSENT}
    hashes = np.array([_key(word) for word in kept], dtype=np.uint64)
    order = np.argsort(hashes)
    hashes = hashes[order]
    if len(np.unique(hashes)) != len(hashes):
        raise RuntimeError("two words of wordfreq's lists share a 64-bit hash")
    numbers = [*DIGIT_FREQS, *(year_freq(f"{year:04d}") for year in range(10_000))]
    return {
        "hashes": hashes,
        "buckets": np.array(list(kept.values()), dtype=np.uint16).reshape(-1, len(LANGUAGES))[order],
        "numbers": np.array(numbers, dtype=np.float64),
    }


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def write_table(folder: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write the arrays and their record into `folder` at once (a half-written table is never seen)."""
    staging = folder.with_name(f"{folder.name}.tmp-{os.getpid()}-{threading.get_ident()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for name in _ARRAYS:
        np.save(staging / f"{name}.npy", arrays[name], allow_pickle=False)
    record = {"languages": list(LANGUAGES), "floor": FLOOR, "wordfreq": metadata.version("wordfreq"),
              "sha256": {name: _sha256(staging / f"{name}.npy") for name in _ARRAYS}}
    (staging / RECORD).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    try:
        os.replace(staging, folder)
    except OSError:
        if not (folder / RECORD).is_file():
            raise
        shutil.rmtree(staging, ignore_errors=True)  # another process wrote it first


def read_table(folder: Path) -> _Table | None:
    """The table in `folder`, memory-mapped, when its files match their record; None when not."""
    try:
        record = json.loads((folder / RECORD).read_text(encoding="utf-8"))
        files = {name: folder / f"{name}.npy" for name in _ARRAYS}
        if record["languages"] != list(LANGUAGES) or record["floor"] != FLOOR or any(
            _sha256(path) != record["sha256"][name] for name, path in files.items()
        ):
            return None
        found = _Table(*(np.load(files[name], mmap_mode="r", allow_pickle=False) for name in _ARRAYS))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if found.buckets.shape != (len(found.hashes), len(LANGUAGES)) or found.numbers.shape != (10_010,):
        return None
    return found


_making = threading.Lock()


@lru_cache(maxsize=1)
def table() -> _Table:
    """The table, read from the cache folder, or made from wordfreq and written there first."""
    folder = table_dir()
    with _making:
        found = read_table(folder)
        if found is None:
            log.info("Making the word-frequency table from wordfreq in %s (once).", folder)
            arrays = make_arrays()
            try:
                write_table(folder, arrays)
            except OSError as exc:
                log.warning("Could not write the word-frequency table to %s (%s); using it from memory.", folder, exc)
                return _Table(*(arrays[name] for name in _ARRAYS))
            found = read_table(folder)
            if found is None:
                raise RuntimeError(f"The word-frequency table just written to {folder} does not read back.")
        return found


def main() -> None:
    """`python -m statement_qa.frequencies`: make the table now (setup, images) and print where."""
    found = table()
    size = sum(array.nbytes for array in (found.hashes, found.buckets, found.numbers))
    print(f"{table_dir()}  {len(found.hashes)} words, {size / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
