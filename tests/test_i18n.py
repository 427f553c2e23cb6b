"""The app's own words: every sentence in every language, with the same {fields}."""

from __future__ import annotations

import pytest

from statement_qa.i18n import (
    LANGUAGE_NAMES,
    LANGUAGES,
    MESSAGES,
    MONTHS,
    fields_of,
    join_names,
    language_name,
    month_year,
    pick_language,
    plural,
    t,
)

# The keys the answer stage calls, with exactly these fields.
ANSWER_KEYS = {
    "intro_org": {"organisation", "title", "when"},
    "intro_org_undated": {"organisation", "title"},
    "intro": {"title"},
    "intro_passage": {"title"},
    "about": {"title"},
    "not_in_statement": set(),
    "not_covered": {"names"},
    "decline": set(),
    "decline_related": set(),
    "advice": set(),
    "disclaimer": set(),
    "urgent_self_harm": set(),
    "urgent_breathing": set(),
    "urgent_choking": set(),
    "urgent_medical": set(),
    "empty": set(),
    "replaces": {"when"},
    "published_in": {"language_name"},
    "truncated": {"limit"},
    "old_statement": {"when"},
    "withdrawn_statement": {"title"},
}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_key_in_every_language_with_the_same_fields(key):
    sentences = MESSAGES[key]
    assert set(sentences) == set(LANGUAGES), f"{key} misses {set(LANGUAGES) - set(sentences)}"
    english = fields_of(sentences["en"])
    for language, sentence in sentences.items():
        assert fields_of(sentence) == english, f"{key} in {language} has other fields"
        assert sentence.strip() == sentence and "  " not in sentence, f"{key} in {language}: stray spaces"


@pytest.mark.parametrize("key, fields", sorted(ANSWER_KEYS.items()))
def test_the_answer_stage_keys_have_their_fields(key, fields):
    assert fields_of(MESSAGES[key]["en"]) == fields


def test_english_wording_the_answer_stage_relies_on():
    assert t("intro_org", "en", organisation="International Alliance of ALS/MND Associations",
             title="Kadimastem – AstroRx", when=month_year("2020-09", "en")) == (
        "International Alliance of ALS/MND Associations says, in its statement “Kadimastem – AstroRx” "
        "of September 2020:")
    assert t("decline", "en") == "We have no published statement that answers this question, so we cannot quote one."
    assert t("published_in", "es", language_name=language_name("en", "es")) == (
        "Esta declaración está publicada en inglés.")


@pytest.mark.parametrize("key", ["urgent_self_harm", "urgent_breathing", "urgent_choking", "urgent_medical"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_emergency_message_gives_the_numbers(key, language):
    message = t(key, language)
    assert all(number in message for number in ("112", "911", "999"))


def test_self_harm_mentions_a_crisis_line_and_not_being_alone():
    message = t("urgent_self_harm", "en")
    assert "crisis line" in message and "do not stay alone" in message


def test_missing_language_falls_back_to_english_and_unknown_key_raises():
    assert t("decline", "xx") == t("decline", "en")
    with pytest.raises(KeyError):
        t("no-such-key", "en")


@pytest.mark.parametrize("language, expected", [
    ("en", "September 2020"), ("es", "septiembre de 2020"), ("fr", "septembre 2020"), ("de", "September 2020"),
    ("nl", "september 2020"), ("pt", "setembro de 2020"), ("it", "settembre 2020"), ("xx", "September 2020"),
])
def test_month_year(language, expected):
    assert month_year("2020-09", language) == expected


@pytest.mark.parametrize("date, expected", [(None, None), ("", None), ("2020", "2020"), ("2020-13", "2020-13"),
                                            ("2021-04-30", "April 2021")])
def test_month_year_edge_cases(date, expected):
    assert month_year(date, "en") == expected


def test_every_language_has_twelve_months_and_every_name():
    assert all(len(MONTHS[language].split()) == 12 for language in LANGUAGES)
    for language in LANGUAGES:
        assert set(LANGUAGE_NAMES[language]) == set(LANGUAGES)


@pytest.mark.parametrize("header, expected", [
    (None, "en"), ("", "en"), ("es-ES,es;q=0.9,en;q=0.8", "es"), ("fr-CH, fr;q=0.9, en;q=0.8", "fr"),
    ("ja,de;q=0.5,nl;q=0.7", "nl"), ("pt-BR", "pt"), ("zh-CN,zh;q=0.9", "en"), ("it;q=0,de", "de"),
    ("EN-gb", "en"), ("nl;q=abc,it", "nl"), ("*", "en"),
])
def test_pick_language(header, expected):
    assert pick_language(header) == expected


@pytest.mark.parametrize("language, one, many", [
    ("en", "1 statement", "3 statements"), ("es", "1 declaración", "3 declaraciones"),
    ("fr", "1 prise de position", "3 prises de position"), ("de", "1 Stellungnahme", "3 Stellungnahmen"),
    ("nl", "1 standpunt", "3 standpunten"), ("pt", "1 declaração", "3 declarações"),
    ("it", "1 dichiarazione", "3 dichiarazioni"),
])
def test_plurals(language, one, many):
    assert plural("n_statements", 1, language) == one
    assert plural("n_statements", 3, language) == many


def test_join_names():
    assert join_names([], "en") == ""
    assert join_names(["A"], "es") == "A"
    assert join_names(["A", "B"], "de") == "A und B"
    assert join_names(["A", "B", "C"], "fr") == "A, B et C"
