"""A statement its organisation marks withdrawn is read as withdrawn; a question about it is told so, never answered
with its words or another statement's."""

from __future__ import annotations

import shutil

import pytest

from conftest import FIXTURE_CORPUS, FakeEmbedder
from statement_qa.answer import Assistant
from statement_qa.index import build, load
from statement_qa.ingest import read_documents

# FICTIONAL: an invented organisation's statement on an invented product, with the notice that withdraws it.
WITHDRAWN_PAGE = """# Quillomab (QLB-14): our position

{notice}

## Background

Quillomab is an antibody made by Harrowgate Biologics. A phase 2 trial, QUILL-2, reported in 2023.

## Recommendation

The Fenwick MND Society advises people with MND to ask their neurologist about the QUILL-3 trial.

Fenwick MND Society, May 2024. Fictional test document.
"""


@pytest.mark.parametrize("notice, withdrawn", [
    ("This statement has been withdrawn. On 3 March 2025 the trustees withdrew it after QUILL-3 was stopped.", True),
    ("**Status: Withdrawn** (March 2025)", True),
    ("[WITHDRAWN] Kept here for the record only.", True),
    ("Diese Stellungnahme wurde am 3. März 2025 zurückgezogen.", True),
    ("Cette prise de position a été retirée le 3 mars 2025.", True),
    # What a product, a trial or someone else had withdrawn is no notice about the statement.
    ("Harrowgate Biologics withdrew its application to the regulator in 2024.", False),
    ("The product was withdrawn from the market in one country.", False),
    ("Three people were withdrawn from the trial for side effects.", False),
    ("In 2019 the regulator's guidance was withdrawn.", False),
])
def test_a_notice_that_withdraws_the_statement_itself(tmp_path, notice, withdrawn):
    path = tmp_path / "fenwick-quillomab.md"
    path.write_text(WITHDRAWN_PAGE.format(notice=notice), encoding="utf-8")
    document = read_documents(path, tmp_path)[0]
    assert (document.status == "withdrawn") is withdrawn


def test_a_question_about_a_withdrawn_statement_is_declined_saying_so(tmp_path):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    shutil.copy(FIXTURE_CORPUS / "meridale-mitovance.md", corpus)
    (corpus / "fenwick-quillomab.md").write_text(WITHDRAWN_PAGE.format(notice="This statement has been withdrawn."),
                                                 encoding="utf-8")
    embedder = FakeEmbedder()
    build(corpus, index, embedder)
    assistant = Assistant(load(index, embedder), embedder)
    answer = assistant.answer("Is quillomab QLB-14 worth asking about?")
    assert answer.outcome == "declined" and answer.statement is None and answer.quote is None
    assert answer.withdrawn is not None and answer.withdrawn.id == "fenwick-quillomab"
    assert "withdrawn" in answer.message and "QUILL-3" not in answer.message
    assert "fenwick-quillomab" not in [r.id for r in answer.related]
    # The other statement is answered as before.
    assert assistant.answer("Is Mitovance worth taking?").statement.id == "meridale-mitovance"
    # The page in Spanish says it too.
    spanish = assistant.answer("¿Vale la pena quillomab QLB-14?", language="es")
    assert spanish.withdrawn is not None and "retirado" in spanish.message
