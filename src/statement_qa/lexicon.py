"""Words: normalising, stemming, topic words, and telling everyday words from coined names."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from statement_qa.frequencies import FLOOR, zipf_frequency

# Words that carry no topic: function words, question words, pronouns, auxiliaries.
FUNCTION_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most
    my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves s t don isn aren wasn weren doesn didn won wouldn shouldn
    hello hi hey thanks thank please ok okay yes also get got tell think know say says said really
    anything something everything anyone someone people thing things way much many new one""".split()
)


_NOT_WORD = re.compile(r"[^a-z0-9]+")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _drop_combining(match: re.Match) -> str:
    return "" if unicodedata.combining(match.group()) else match.group()


# Letters with no accent to strip that are still one Latin letter (or two) to a reader: without
# this, 'działa' and 'Straße' would break into 'dzia a' and 'stra e'.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ẞ": "SS", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
                       "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th"})


# The letters of _FOLD that stay one letter ('ł' → 'l', 'đ' → 'd'): for `unaccented`, which keeps every offset.
_FOLD_ONE = str.maketrans({k: v for k, v in ((chr(k), v) for k, v in _FOLD.items()) if len(v) == 1})


def unaccented(text: str) -> str:
    """Text with each letter's accents taken off, one character for one, the case kept ('Asociación' → 'Asociacion',
    'Sen Bạc Ngủ' → 'Sen Bac Ngu'): a match in it is a match at the same offsets in the text."""
    if text.isascii():
        return text
    return "".join(unicodedata.normalize("NFKD", c)[:1] or c for c in text.translate(_FOLD_ONE))


def compact(text: str) -> str:
    """A name as one key: 'AB-12' and 'ab 12' → 'ab12', 'AstroRx®' → 'astrorx'."""
    return normalise(text).replace(" ", "")


def in_one_case(text: str) -> bool:
    """Whether a text's letters are all small or all capitals ('is corvane forte any good'): there a capital tells
    nothing about what is a name."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and (all(c.islower() for c in letters) or all(c.isupper() for c in letters))


def normalise(text: str) -> str:
    """Lower case, accents and punctuation removed: 'd’AstroRx®' → 'd astrorx', 'Straße' → 'strasse'."""
    # Called for every word of every statement at load: ASCII needs neither decomposition nor
    # the search for combining marks (no ASCII character is one), so only the rest pays for them.
    if not text.isascii():
        text = _NOT_ASCII.sub(_drop_combining, unicodedata.normalize("NFKD", text.translate(_FOLD)))
    return _NOT_WORD.sub(" ", text.lower()).strip()


def words(text: str) -> list[str]:
    """The normalised words of a text."""
    return normalise(text).split()


def stem(word: str) -> str:
    """A crude English stem, enough to match 'injections' with 'injection'."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """The stemmed topic words of a text."""
    return [stem(w) for w in words(text) if w not in FUNCTION_WORDS and len(w) > 1]


@lru_cache(maxsize=4096)
def word_frequency(word: str) -> float:
    """How common a normalised word is in everyday text (Zipf: 1 rare, 7 'the') in any of our languages; 0.0 below 1.5."""
    return zipf_frequency(normalise(word))  # a caller's unnormalised word ('ogt-c') is read, not refused


def is_common_word(word: str, threshold: float = FLOOR) -> bool:
    """True for ordinary words in English or a neighbouring language; False for coined names ('tofersen')."""
    if threshold < FLOOR:
        raise ValueError(f"the word-frequency table tells words apart from Zipf {FLOOR} up, not {threshold}")
    return word_frequency(word) >= threshold


def labelled_pairs(text: str) -> set[str]:
    """Word pairs that name one thing: a topic word and its label ('cohort a', 'phase 2', 'qt 204')."""
    tokens = words(text)

    def label(token: str) -> bool:
        return len(token) == 1 or token.isdigit()

    def topic(token: str) -> bool:
        return token not in FUNCTION_WORDS and not label(token)

    return {f"{a} {b}" for a, b in zip(tokens, tokens[1:]) if (topic(a) and label(b)) or (label(a) and topic(b))}
