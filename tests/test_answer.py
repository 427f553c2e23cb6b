"""Answers from the fixture corpus with the real model: verbatim quotes, citations, declines."""

from __future__ import annotations

import json

import pytest

from statement_qa.answer import EMPTY_MESSAGE, URGENT_MESSAGE, month_year

from conftest import FIXTURES

pytestmark = pytest.mark.slow

QUESTIONS = [
    json.loads(line)
    for name in ("dev.jsonl", "validation.jsonl")
    for line in (FIXTURES / "questions" / name).read_text(encoding="utf-8").splitlines()
    if line.strip()
]
JSON_KEYS = ["question", "answered", "message", "statement", "section", "quote", "passages", "score", "alternatives"]


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
        for passage in answer.passages:
            assert passage.text in document.text
            assert passage.section in [s.name for s in document.sections]
        if document.recommendation is not None:
            assert answer.quote == document.section_text(document.recommendation)
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
    "question",
    ["What will the weather be like tomorrow?", "Is edaravone worth taking?", "What does the Alliance say about Tofersen?",
     "asdkjfh qwoieur zmxncb", "hello"],
)
def test_questions_no_statement_answers_are_declined_plainly(assistant, question):
    answer = assistant.answer(question)
    assert not answer.answered and answer.quote is None and answer.statement is None
    assert answer.message.startswith("We have no published statement that answers this question")
    assert "Kadimastem – AstroRx" in answer.message  # the topics that are covered
    assert "contact your national ALS/MND association" in answer.message


@pytest.mark.parametrize("question", ["I can't breathe", "My husband is choking, what do I do?",
                                      "I want to end my life", "Is AstroRx proven? I am thinking of suicide"])
def test_urgent_questions_get_the_emergency_message_first(assistant, question):
    answer = assistant.answer(question)
    assert (answer.answered, answer.message, answer.quote) == (False, URGENT_MESSAGE, None)


def test_empty_question_asks_for_one(assistant):
    assert assistant.answer("   ").message == EMPTY_MESSAGE


def test_ambiguous_question_offers_alternatives(assistant):
    answer = assistant.answer("Is the stem cell therapy proven?")
    assert answer.answered
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
    assert list(data["statement"]) == ["id", "title", "organisation", "date", "kind", "source", "url"]
    assert list(data["passages"][0]) == ["section", "text", "score", "page"]
    json.dumps(data)
    declined = assistant.answer("hello").to_json()
    assert list(declined) == JSON_KEYS and declined["statement"] is None


@pytest.mark.parametrize("date, shown", [("2020-09", "September 2020"), ("2021", "2021"), (None, None)])
def test_month_year(date, shown):
    assert month_year(date) == shown


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


def test_the_calibrated_threshold_gives_the_best_result_it_found(assistant):
    """The threshold written is inside the best range, not beside it (exact scores, no rounding slip)."""
    from statement_qa.answer import confidence
    from statement_qa.evaluation import _gated, calibrate, load_questions, score

    questions = load_questions(FIXTURES / "questions" / "dev.jsonl", assistant)
    threshold = calibrate(assistant, questions, "dev")
    ranked = [(q, assistant.retriever.rank(q.question)) for q in questions]

    def balanced(t: float) -> float:
        report = score("hybrid", questions, [_gated(assistant, q.question, hits, t) for q, hits in ranked])
        return (report.hit_at_1 + report.declined_out_of_scope) / 2

    best = max(balanced(confidence(hits)) for _, hits in ranked if hits)
    assert balanced(threshold) == best
