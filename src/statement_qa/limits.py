"""Limits on what comes in: a question is cleaned and capped before anything else sees it."""

from __future__ import annotations

import re
import unicodedata

MAX_QUESTION_CHARS = 1000

# Lone surrogates (from a browser or a bad decode) break tokenizers and JSON encoders.
SURROGATES = re.compile("[\ud800-\udfff]")
WHITESPACE = re.compile(r"\s+")


def _kept(character: str) -> bool:
    """Letters, marks, numbers, punctuation, symbols and spaces; not controls, format or private-use."""
    category = unicodedata.category(character)
    if category in ("Cc",):
        return character in "\t\n\r"  # become spaces when whitespace is collapsed
    if category == "Cf":
        return character in "\u200c\u200d"  # joiners spell words in some scripts
    return category not in ("Cs", "Co", "Cn")


def clean_question(text: str, max_chars: int = MAX_QUESTION_CHARS) -> tuple[str, bool]:
    """NFC text without control characters or lone surrogates, whitespace collapsed, cut at a word.

    Returns the cleaned question and whether it was cut to `max_chars`.
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    # Cap early so a 10 MB question costs no more than a long one.
    cap = max_chars * 4 + 16
    dropped = len(text) > cap
    text = text[:cap]
    text = SURROGATES.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = "".join(c for c in text if _kept(c))
    text = WHITESPACE.sub(" ", text).strip()
    if len(text) <= max_chars:
        return text, dropped
    cut = text[: max_chars + 1]
    space = cut.rfind(" ")
    # Cut at the last word boundary, unless that throws most of the text away (one huge "word").
    cut = cut[:space] if space >= max_chars // 2 else cut[:max_chars]
    return cut.rstrip(), True
