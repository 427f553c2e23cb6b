"""Evaluation scores on hand-made outcomes: what each number counts."""

from __future__ import annotations

from statement_qa.answer import ANSWERED, DECLINED, URGENT_OUTCOME
from statement_qa.evaluation import Outcome, Question, scores


def test_wrong_statement_counts_answers_with_a_statement_nobody_asked_about():
    pairs = [
        (Question("in scope, right", ("a",)), Outcome(("a",), "a", ANSWERED)),
        (Question("in scope, another statement", ("a",)), Outcome(("b",), "b", ANSWERED)),
        (Question("in scope, declined", ("a",)), Outcome((), None, DECLINED)),
        (Question("out of scope, answered", ()), Outcome(("b",), "b", ANSWERED)),
        (Question("out of scope, declined", ()), Outcome((), None, DECLINED)),
        (Question("urgent, routed", (), urgent=True), Outcome((), None, URGENT_OUTCOME)),
    ]
    result = scores(pairs)
    assert result.wrong_statement == round(2 / 5, 3)  # urgent questions are not counted
    assert result.hit_at_1 == round(1 / 3, 3)
    assert result.wrongly_declined == round(1 / 3, 3)
    assert result.declined_out_of_scope == 0.5


def test_no_wrong_statement_when_every_answer_is_expected_or_declined():
    pairs = [
        (Question("q1", ("a", "a-fr")), Outcome(("a-fr",), "a-fr", ANSWERED)),
        (Question("q2", ()), Outcome((), None, DECLINED)),
    ]
    assert scores(pairs).wrong_statement == 0.0


def _doc(doc_id: str, source: str, language: str):
    from statement_qa.documents import Document

    return Document(doc_id, doc_id, None, None, "statement", source, None, "text", (), language=language)


def test_a_statement_published_in_two_languages_on_one_page_is_expected_in_either():
    from types import SimpleNamespace

    from statement_qa.evaluation import _resolver

    assistant = SimpleNamespace(documents=[
        _doc("horizon", "horizon.html", "en"), _doc("horizon--fr", "horizon.html", "fr"),
        _doc("three--a", "three.html", "en"), _doc("three--b", "three.html", "en"),
    ])
    resolve = _resolver(assistant)
    assert resolve("horizon.html", None) == ("horizon", "horizon--fr")
    assert resolve("three.html", None) == ("three--a",)  # therapies on one page are not translations
    assert resolve("three.html", "b") == ("three--b",)


def test_a_page_split_per_therapy_is_expected_by_the_name_the_question_uses():
    from dataclasses import replace
    from types import SimpleNamespace

    from statement_qa.evaluation import _resolver

    first = replace(_doc("three--a", "three.html", "en"), aliases=("Zorvex",))
    second = replace(_doc("three--b", "three.html", "en"), aliases=("Quellix NR+",))
    resolve = _resolver(SimpleNamespace(documents=[first, second]))
    assert resolve("three.html", None, "Is Quellix NR+ any good?") == ("three--b",)
    assert resolve("three.html", None, "Is zorvex safe?") == ("three--a",)
    # A question that describes the product names neither: either of the page's statements is the file's answer.
    assert resolve("three.html", None, "those capsules with a mountain herb?") == ("three--a", "three--b")
