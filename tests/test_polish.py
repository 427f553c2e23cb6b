"""A Polish question through the whole answer path, with the fast fake embedder.

The corpus is tests/fixtures/policy/ (FICTIONAL, see its README): Acme's AC-88 and BrightCell's
Luminacel. Polish has no interface of its own: the answer says its language is "pl" and its
sentences are the English ones.
"""

from __future__ import annotations

import pytest

from conftest import FIXTURES, FakeEmbedder
from statement_qa import i18n
from statement_qa.answer import ANSWERED, DECLINED, Assistant
from statement_qa.index import build, load


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    embedder = FakeEmbedder()
    folder = tmp_path_factory.mktemp("polish-index")
    build(FIXTURES / "policy", folder, embedder)
    return Assistant(load(folder, embedder), embedder)


@pytest.mark.parametrize(
    ("question", "not_covered"),
    [
        ("Czy AC-88 działa na SLA? Co sądzicie o tych tabletkach?", []),
        ("Czy warto brać AC-88?", []),
        # The glosses carry what it asks about: cost, which the statement does not cover.
        ("Ile kosztuje AC-88 w prywatnej klinice za granicą?", ["cost"]),
    ],
)
def test_a_polish_question_naming_a_product_is_answered_with_english_sentences(assistant, question, not_covered):
    answer = assistant.answer(question)
    assert answer.outcome == ANSWERED
    assert answer.statement.id == "acme-ac88"
    assert answer.language == "pl"
    assert answer.to_json()["language"] == "pl"
    assert [name.lower() for name in answer.not_covered] == not_covered
    # The interface's own sentences are the English ones: Polish has none of its own.
    intro = i18n.t(
        "intro_org", "en", organisation="Freedonia MND Society", title="Acme Biotherapeutics – AC-88", when="March 2023"
    )
    assert intro in answer.message


def test_a_polish_question_about_a_product_no_statement_covers_is_declined(assistant):
    answer = assistant.answer("Co sądzicie o leku AX-7 na stwardnienie zanikowe boczne?")
    assert answer.outcome == DECLINED
    assert answer.language == "pl"
    assert [name.lower() for name in answer.not_covered] == ["ax-7"]
