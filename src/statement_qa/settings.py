"""Every weight, threshold and limit of retrieval and the answer policy, in one frozen object.

The settings an index was built with are recorded in its manifest and read back by
retrieval and the answer policy; `statement-qa calibrate` writes a settings file you name,
or into an index, never into the installed package.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from statement_qa.errors import ConfigError
from statement_qa.limits import MAX_QUESTION_CHARS


@dataclass(frozen=True)
class Settings:
    """Weights and thresholds of retrieval and the answer policy."""

    # Candidates: passages taken from the dense and the lexical index per question.
    dense_k: int = 40
    lexical_k: int = 40
    # How each signal adds to a document's score (dense cosine is the base).
    name_weight: float = 0.35
    coverage_weight: float = 0.5
    lexical_weight: float = 0.1
    pair_weight: float = 0.3
    # A question that names no statement is answered only when the best statement scores
    # at least `threshold` and its passages are closer to the question than the general
    # ALS/MND topics are, by `general_margin`.
    threshold: float = 0.418
    general_margin: float = -0.025
    # The same margin for a question in another language (see Assistant.decide).
    general_margin_other_languages: float = -0.1
    # ... and only when its best passage's cosine is at least this.
    min_dense: float = 0.0
    # ... and only when no statement on another subject scores within this ratio of it: two
    # statements on different therapies that fit a description almost equally are offered
    # side by side, and neither is quoted as the answer.
    ambiguity_ratio: float = 0.95
    # ... unless one of the two uses the question's words far more (BM25 at least this ratio and this many points
    # above the other's): that one answers.
    lexical_lead_ratio: float = 1.5
    lexical_lead_min: float = 2.0
    # ... or of the question's topic words (coverage) at least this ratio and this much above the other's.
    coverage_lead_ratio: float = 3.0
    coverage_lead_min: float = 0.25
    # A description that says where its product comes from ('a Portuguese tablet', 'made by a Canadian company') is
    # answered by a statement that says so too (or is written in that country's language) when the best one does not
    # and this one scores at least this ratio of it; of two that tie, by the one that says so.
    origin_ratio: float = 0.85
    # ... or this ratio, for a statement in another language than the question's: the model reads its words poorly,
    # so it scores lower for the same fit (blind-u: 'a German company's tablet in a European phase 3 study' and the
    # German statement on it at 0.82 of an English one on another tablet that names no country).
    origin_ratio_other_language: float = 0.75
    # A question naming an organisation is answered by its statement rather than its background text (a resource) that
    # scores higher, when the statement scores at least this ratio of it.
    organisation_statement_ratio: float = 0.8
    # A phrase of two words or more that a question quotes ('a "compassionate supply" scheme') and only one document
    # close behind the best writes makes that document the best, when it scores at least this ratio of it.
    quoted_ratio: float = 0.85
    # A word rarer than this in everyday language (Zipf, wordfreq's scale: 'creatine' 2.8,
    # 'injection' 4.0) that only one statement uses makes a question about that statement,
    # however near the general ALS/MND topics the rest of it is.
    rare_word_zipf: float = 3.3
    # A word asked with a statement's name that the statement writes only where it says what it does not cover
    # ('Tickhaven also sells a food-intolerance test') makes the question about that, when it is rarer than this
    # ('intolerance' 3.5; not 'food' 5.4 or 'older' 4.7).
    set_aside_zipf: float = 4.0
    # A name a statement sets aside ('Serenthia Night', an "oxygen facial") counts for a question that writes its own
    # words in another order or language only when none of them is an everyday word: 'facial' (4.1) and 'serum' (3.7)
    # do, 'night' (5.6) does not; written whole, in its order, any of them does.
    set_aside_name_zipf: float = 4.5
    # So do `specific_words` words (of different stems) each below `specific_word_zipf` ('antibody' 3.5 and 'drip'
    # 3.6, 'kinase' and 'inhibitor', 'meal' 4.5 and 'shakes' 3.7) that only that statement uses: a description of its
    # product, not a general question, though each word alone is too common to say so. (4.0 before: of ~210 English
    # general and out-of-scope questions over blind-a..p, none has two such words below 5.0 in its best statement.)
    specific_word_zipf: float = 5.0
    specific_words: int = 2
    # An English question that shares only everyday words (Zipf at least `everyday_zipf`, besides
    # the words of asking about any therapy) with its best statement, and whose best cosine there
    # is below `chance_dense`, met it by chance ('what time does the post office open?').
    everyday_zipf: float = 5.0
    chance_dense: float = 0.30
    # Thresholds of the single-signal retrievers (`--retriever dense|bm25`, for comparison).
    dense_threshold: float = 0.41
    bm25_threshold: float = 2.59
    # Statements within this much of the best are offered as alternatives.
    alternative_margin: float = 0.1
    # A follow-up quotes the passage that matches it when its cosine passes this.
    follow_up_threshold: float = 0.45
    follow_up_turns: int = 4
    # An English message whose best cosine to the conversation's statement's passages is below
    # this shares nothing with it ("what's the weather like today?"): not a follow-up.
    follow_up_min_dense: float = 0.05
    # In a conversation, a message that names nothing goes to a statement other than the conversation's only when the
    # next statement on another subject scores below this share of it: a clear lead, not shared words.
    switch_lead_ratio: float = 0.85
    # A statement is offered as related on a decline when it scores at least this.
    related_threshold: float = 0.45
    related_limit: int = 3
    # Look up shows only statements scoring at least this.
    lookup_threshold: float = 0.55
    max_question_chars: int = MAX_QUESTION_CHARS
    # Statements older than this many years carry a note on their age.
    old_after_years: int = 3

    def to_dict(self) -> dict:
        """The settings as a plain dict (for the manifest and settings files)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> Settings:
        """Settings from a dict; unknown keys are ignored, wrong types refused with ConfigError."""
        if not data:
            return cls()
        if not isinstance(data, dict):
            raise ConfigError("The settings must be a JSON object.")
        known = {f.name: f for f in fields(cls)}
        values: dict[str, int | float] = {}
        for key, value in data.items():
            if key not in known:
                continue
            kind = int if known[key].type in ("int", int) else float
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ConfigError(f"Setting {key!r} must be a number, not {value!r}.")
            values[key] = kind(value)
        return replace(cls(), **values)  # type: ignore[arg-type]  # each value has its field's type


def read_settings(path: Path) -> Settings:
    """Settings from a JSON file written by `statement-qa calibrate`."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"Cannot read settings from {path} ({exc}).") from exc
    return Settings.from_dict(data.get("settings", data) if isinstance(data, dict) else data)


def write_settings(path: Path, settings: Settings, note: dict | None = None) -> None:
    """Write settings (and where they were calibrated) as JSON."""
    record = {"settings": settings.to_dict(), **(note or {})}
    Path(path).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
