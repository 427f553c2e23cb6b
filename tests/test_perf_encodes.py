"""The model runs only for the texts an answer reads (issue 11), counted with the fake embedder.

Each model call costs about as much as the question's own, so one that the policy never reads is
a question answered at twice the cost. The corpus is tests/fixtures/policy/ (FICTIONAL).
"""

from __future__ import annotations

import pytest

from conftest import FIXTURES, FakeEmbedder
from statement_qa.answer import DECLINED, URGENT_OUTCOME, Assistant
from statement_qa.index import build, load

LUMINACEL = "brightcell-luminacel"
# A conversation's follow-ups: how many texts each embeds (the question; for some, "<title>: <question>" too).
FOLLOW_UPS = [
    ("and AC-88?", 1),  # another statement named: the conversation's passages are never read
    ("and tofersen?", 1),  # something no statement covers: declined
    ("what about their neck wrap instead?", 1),  # another product of its maker: declined
    ("what about side effects like fever?", 1),  # a detail, answered with the passage that has it
    ("how much does it cost?", 1),
    ("is it better than NurOwn?", 1),
    ("Is it safe?", 2),  # nothing more to go on: the passage nearest "<title>: <question>"
    ("and the dose?", 1),  # a detail the statement does not give: its recommendation
]


@pytest.fixture(scope="module")
def counted(tmp_path_factory) -> tuple[Assistant, FakeEmbedder]:
    embedder = FakeEmbedder()
    folder = tmp_path_factory.mktemp("policy-index")
    build(FIXTURES / "policy", folder, embedder)
    return Assistant(load(folder, embedder), embedder), embedder


@pytest.mark.parametrize("message, texts", FOLLOW_UPS)
def test_a_follow_up_embeds_its_title_reading_only_when_the_policy_reads_it(counted, message, texts):
    assistant, embedder = counted
    embedder.embedded.clear()
    assistant.answer(message, about=LUMINACEL)
    assert len(embedder.embedded) == texts, embedder.embedded
    assert embedder.embedded[0] == message
    if texts == 2:
        assert embedder.embedded[1].endswith(f": {message}")


def test_the_title_reading_found_on_need_gives_the_answers_it_gave_when_found_first(counted, monkeypatch):
    assistant, embedder = counted
    lazy = [assistant.answer(message, about=LUMINACEL).to_json() for message, _ in FOLLOW_UPS]
    evidence = Assistant.evidence

    def eager(self, query, about=None):
        found = evidence(self, query, about)
        found.follow_score  # noqa: B018 - the model runs here, before the policy, as it used to
        return found

    monkeypatch.setattr(Assistant, "evidence", eager)
    embedder.embedded.clear()
    assert [assistant.answer(message, about=LUMINACEL).to_json() for message, _ in FOLLOW_UPS] == lazy
    assert len(embedder.embedded) == 2 * len(FOLLOW_UPS)  # each follow-up's question and its title reading


@pytest.mark.parametrize("message", ["I can't breathe", "My husband is choking, what do I do?"])
def test_an_urgent_message_is_answered_without_the_model(counted, message):
    assistant, embedder = counted
    embedder.embedded.clear()
    assert assistant.answer(message).outcome == URGENT_OUTCOME
    assert assistant.answer(message, about=LUMINACEL).outcome == URGENT_OUTCOME
    assert embedder.embedded == []


@pytest.mark.parametrize("message", ["thanks, that's helpful", "gracias", "Merci beaucoup !"])
def test_a_closing_message_is_answered_without_the_model(counted, message):
    assistant, embedder = counted
    embedder.embedded.clear()
    answer = assistant.answer(message, about=LUMINACEL)
    assert answer.outcome == DECLINED and answer.closing and answer.quote is None
    assert embedder.embedded == []


def test_english_glosses_said_again_are_embedded_once_with_the_same_answers(counted):
    shared, embedder = counted
    assistant = Assistant(shared.index, embedder)  # a retriever of its own: no glosses kept yet
    messages = ["¿Es seguro el Luminacel?", "Ist Luminacel sicher?", "¿Es seguro el Luminacel?"]  # glossed 'safe safety'
    embedder.embedded.clear()
    answers = [assistant.answer(message).to_json() for message in messages]
    assert len(embedder.embedded) == len(messages) + 1 and embedder.embedded.count("safe safety") == 1
    # Each as a retriever that has kept nothing answers it.
    assert answers == [Assistant(shared.index, embedder).answer(message).to_json() for message in messages]
