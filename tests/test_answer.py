"""Answers from the fixture corpus with the real model: verbatim quotes, citations, declines."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES
from statement_qa.answer import ANSWERED, DECLINED, EMPTY, URGENT_OUTCOME, month_year
from statement_qa.i18n import t

pytestmark = pytest.mark.slow

QUESTIONS = [
    json.loads(line)
    for name in ("dev.jsonl", "validation.jsonl")
    for line in (FIXTURES / "questions" / name).read_text(encoding="utf-8").splitlines()
    if line.strip()
]
JSON_KEYS = [
    "question", "answered", "message", "statement", "section", "quote", "passages", "score", "alternatives",
    "outcome", "excerpts", "quoting", "not_covered", "related", "related_total", "about", "follow_up", "replaces",
    "language", "urgent", "truncated", "covers_question", "ambiguous", "closing",
    "asked_in", "withdrawn",
]


def test_every_quote_and_passage_is_verbatim_from_its_source(assistant):
    answered = 0
    for row in QUESTIONS:
        answer = assistant.answer(row["question"])
        if not answer.answered:
            assert answer.quote is None and answer.statement is None and not answer.passages
            continue
        answered += 1
        document = assistant.index.documents[answer.statement.id]
        assert answer.quote and answer.quote in document.text
        for excerpt in answer.excerpts:
            assert document.text[excerpt.start : excerpt.end] == excerpt.text
        for passage in answer.passages:
            assert passage.text in document.text
            assert passage.section in [s.name for s in document.sections]
        if document.recommendation is not None and answer.quoting == "recommendation":
            spans = document.excerpts(document.recommendation.start, document.recommendation.end)
            assert answer.quote == document.text[spans[0][0] : spans[0][1]]
            assert answer.section == document.recommendation.name
    assert answered > len(QUESTIONS) // 2


def test_the_seed_statement_answers_with_its_whole_recommendation(assistant):
    answer = assistant.answer("Is AstroRx proven?")
    assert answer.answered and answer.statement.id == "kadimastem-astrorx"
    assert answer.section == "Recommendation"
    assert answer.quote.startswith("The SAC\xa0acknowledges the potential ability of healthy astrocytes")
    assert answer.quote.endswith("until a larger, properly controlled clinical trial has been completed.")
    assert answer.message == (
        "International Alliance of ALS/MND Associations says, in its statement “Kadimastem – AstroRx” of September 2020:"
    )
    assert (answer.statement.organisation, answer.statement.date) == ("International Alliance of ALS/MND Associations",
                                                                     "2020-09")


def test_a_detail_question_gets_the_matching_background_passage(assistant):
    answer = assistant.answer("How many people were in cohort A?")
    assert answer.statement.id == "kadimastem-astrorx"
    assert "Cohort A consisted of five participants" in answer.passages[0].text
    assert answer.passages[0].section == "Background"


def test_a_resource_quotes_its_best_passage(assistant):
    answer = assistant.answer("What is the difference between a phase 2 and a phase 3 trial?")
    assert answer.statement.kind == "resource" and answer.statement.id == "kettleby-trial-phases"
    assert answer.quote == answer.passages[0].text
    assert answer.message.startswith("The closest passage in “Understanding clinical trial phases”")
    assert answer.passages[0].page in (1, 2)


@pytest.mark.parametrize(
    "question, not_covered",
    [("What will the weather be like tomorrow?", []), ("Is edaravone worth taking?", ["edaravone"]),
     ("What does the Alliance say about Tofersen?", ["Tofersen"]), ("asdkjfh qwoieur zmxncb", None), ("hello", [])],
)
def test_questions_no_statement_answers_are_declined_plainly(assistant, question, not_covered):
    answer = assistant.answer(question)
    assert answer.outcome == DECLINED and not answer.answered and answer.quote is None and answer.statement is None
    assert t("decline", "en") in answer.message and t("advice", "en") in answer.message
    if not_covered is not None:
        assert [n.lower() for n in answer.not_covered] == [n.lower() for n in not_covered]


@pytest.mark.parametrize("question, kind", [("I can't breathe", "breathing"), ("My husband is choking, what do I do?", "choking"),
                                            ("I want to end my life", "self_harm"),
                                            ("Is AstroRx proven? I am thinking of suicide", "self_harm")])
def test_urgent_questions_get_the_emergency_message_first(assistant, question, kind):
    answer = assistant.answer(question)
    assert (answer.outcome, answer.urgent, answer.quote) == (URGENT_OUTCOME, kind, None)
    assert answer.message == t(f"urgent_{kind}", "en")


def test_empty_question_asks_for_one(assistant):
    answer = assistant.answer("   ")
    assert answer.outcome == EMPTY and answer.message == t("empty", "en")


def test_ambiguous_question_offers_alternatives(assistant):
    answer = assistant.answer("Is the stem cell therapy proven?")
    if answer.outcome == DECLINED:  # a question about cell therapies in general: offer them all
        assert len(answer.related) >= 2
        return
    assert answer.alternatives, "a question that fits several cell therapies should offer the others"
    assert all(a.id != answer.statement.id for a in answer.alternatives)
    assert [a.score for a in answer.alternatives] == sorted((a.score for a in answer.alternatives), reverse=True)


def test_named_questions_in_other_languages_find_the_statement(assistant):
    assert assistant.answer("Qu'en est-il d'AstroRx ?").statement.id == "kadimastem-astrorx"
    assert assistant.answer("¿Qué opinan de GliaVanta? ¿Funciona?").statement.id == "northfold-gliavanta"


def test_same_question_same_answer(assistant):
    first = [assistant.answer(row["question"]).to_json() for row in QUESTIONS[:25]]
    again = [assistant.answer(row["question"]).to_json() for row in QUESTIONS[:25]]
    assert first == again


def test_json_has_exactly_the_documented_keys(assistant):
    data = assistant.answer("Is AstroRx proven?").to_json()
    assert list(data) == JSON_KEYS
    assert list(data["statement"]) == [
        "id", "title", "organisation", "date", "kind", "source", "url", "reviewed", "status", "language"]
    assert list(data["passages"][0]) == ["section", "text", "score", "page"]
    json.dumps(data)
    declined = assistant.answer("hello").to_json()
    assert list(declined) == JSON_KEYS and declined["statement"] is None


def test_the_answer_says_the_language_its_question_was_written_in_apart_from_its_own(assistant):
    spanish = assistant.answer("¿Es segura la terapia AstroRx?", language="en")
    assert (spanish.language, spanish.asked_in) == ("en", "es")
    assert assistant.answer("Is AstroRx proven?").asked_in == "en"
    # Nothing in '112??' shows a language; a button's answer has no question.
    assert assistant.answer("112??").asked_in is None
    assert assistant.answer_about("kadimastem-astrorx").asked_in is None


@pytest.mark.parametrize("date, shown", [("2020-09", "September 2020"), ("2021", "2021"), (None, None)])
def test_month_year(date, shown):
    assert month_year(date, "en") == shown


def test_a_stale_index_is_announced_by_the_cli_and_the_app(tmp_path, real_embedder, monkeypatch):
    import shutil

    from statement_qa import embedding
    from statement_qa.answer import open_assistant
    from statement_qa.ui import build_demo

    monkeypatch.setattr(embedding, "SentenceTransformerEmbedder", lambda model=None: real_embedder)
    shutil.copytree(FIXTURES / "bad", tmp_path / "corpus")
    notices = []
    first = open_assistant(tmp_path / "index", tmp_path / "corpus", notice=notices.append)
    assert notices == [f"No index in {tmp_path / 'index'}/ yet; building it from {tmp_path / 'corpus'}/ (once)."]
    assert first.stale_notice is None
    (tmp_path / "corpus" / "good-statement.md").write_text("# Changed\n\nA changed statement text here.\n")
    stale = open_assistant(tmp_path / "index", tmp_path / "corpus", notice=notices.append)
    assert stale.stale_notice == notices[-1]
    assert "(changed: good-statement.md)" in stale.stale_notice
    config = json.dumps(build_demo(stale).config, default=str)
    assert "sqa-notice" in config and "changed: good-statement.md" in config


def test_calibration_finds_settings_at_least_as_good_as_the_defaults(assistant):
    """Calibrating on dev gives a balanced accuracy no worse than the shipped settings score there."""
    from statement_qa.evaluation import calibrate, evaluate, load_questions

    questions = load_questions(FIXTURES / "questions" / "dev.jsonl", assistant)
    settings, balanced = calibrate([(assistant, questions)])
    shipped = evaluate(assistant, questions).overall
    assert balanced >= ((shipped.hit_at_1 or 0) + (shipped.declined_out_of_scope or 0)) / 2 - 1e-9
    assert settings.threshold > 0


SEED = FIXTURES.parent.parent / "corpus"


@pytest.fixture(scope="module")
def seed_assistant(tmp_path_factory, real_embedder):
    from statement_qa.answer import Assistant
    from statement_qa.index import build, load

    folder = tmp_path_factory.mktemp("seed-index")
    build(SEED, folder, real_embedder)
    return Assistant(load(folder, real_embedder), real_embedder)


@pytest.mark.parametrize("question", ["Is there a cure for ALS?", "What is MND?", "What treatments are there for ALS?",
                                      "What causes ALS?", "Is physiotherapy useful?"])
def test_the_bundled_corpus_declines_general_questions_and_offers_its_statement(seed_assistant, question):
    answer = seed_assistant.answer(question)
    assert answer.outcome == DECLINED
    assert [r.id for r in answer.related] == ["kadimastem-astrorx"]


@pytest.mark.parametrize("question", ["I don't want to live anymore", "I want to end it all", "my breathing is getting worse",
                                      "he's turning blue", "no puedo respirar"])
def test_the_bundled_corpus_routes_urgent_messages(seed_assistant, question):
    assert seed_assistant.answer(question).outcome == URGENT_OUTCOME


def test_emergency_use_authorisation_is_not_an_emergency(seed_assistant):
    answer = seed_assistant.answer("Is the emergency use authorisation of tofersen good?")
    assert answer.outcome == DECLINED and [n.lower() for n in answer.not_covered] == ["tofersen"]


def test_the_bundled_corpus_answers_astrorx_and_partial_questions(seed_assistant):
    answer = seed_assistant.answer("Is AstroRx better than NurOwn?")
    assert answer.outcome == ANSWERED and answer.statement.id == "kadimastem-astrorx"
    assert [n.lower() for n in answer.not_covered] == ["nurown"]
    assert seed_assistant.answer("How much does AstroRx cost?").not_covered == ("cost",)


@pytest.mark.parametrize("message, follows", [
    ("what's the weather like today?", False),  # nothing in common with the statement
    ("what about creatine?", False),  # turns to something the statement never mentions
    ("and is it safe?", True),
    ("y el precio?", True),  # a detail of the statement's own therapy, in Spanish
    ("is it safe?", True),
])
def test_a_follow_up_must_be_about_the_conversations_statement(seed_assistant, message, follows):
    answer = seed_assistant.answer(message, about="kadimastem-astrorx")
    assert answer.follow_up is follows
    if not follows:
        assert answer.statement is None
