"""Another product of a statement's maker or line is not the statement's subject, however the name is put together."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, FakeEmbedder
from statement_qa.answer import Assistant
from statement_qa.index import build, load

# FICTIONAL: invented organisations, makers and products.
FORMULA = """# Should I take Quenvora Motor Neurone Formula?

## Background

Quenvora Motor Neurone Formula is a powdered supplement sold online by Tarrow Health Ltd. The maker also sells Quenvora Sleep
Formula and Quenvora Joint Formula, which are not about MND.

## Our answer

The Harwood MND Circle does not recommend Quenvora Motor Neurone Formula: there is no trial evidence that it helps
people with MND. Ask your MND team for a dietitian instead.

Harwood MND Circle, October 2025. Fictional test document.
"""
VOICE = """# QuillVoix : notre avis

## Contexte

QuillVoix est le service de banque de voix de Sonavex. Sonavex vend aussi ScribaPro, un logiciel de
dictée pour les bureaux : cela n'a rien à voir.

## Notre avis

Nous recommandons QuillVoix : enregistrez des phrases tôt, pendant que vous parlez encore clairement.

Association SLA Les Ormes, octobre 2025. Document de test fictif.
"""

TABLET = """# Ostrafenib: where we stand

## Background

Velkram Pharma makes ostrafenib (VKR-31), an experimental tablet tested in the OSTRA-2 trial.

## Our position

Ostrafenib is experimental. Take it only inside the OSTRA-2 trial, and ask your neurologist about taking part.

Kelby ALS Group, September 2025. Fictional test document.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    root = tmp_path_factory.mktemp("makers")
    corpus, index = root / "corpus", root / "index"
    corpus.mkdir()
    (corpus / "harwood-quenvora.md").write_text(FORMULA, encoding="utf-8")
    (corpus / "ormes-quillvoix.md").write_text(VOICE, encoding="utf-8")
    (corpus / "kelby-ostrafenib.md").write_text(TABLET, encoding="utf-8")
    embedder = FakeEmbedder()
    build(corpus, index, embedder)
    return Assistant(load(index, embedder), embedder)


@pytest.fixture(scope="module")
def blind_z(tmp_path_factory):
    """Blind set Z's corpus (fictional, run held out first), where these names were met: an Askbot page titled by the
    question on one product of a line, and a French post whose maker's name was read as one of its names."""
    index = tmp_path_factory.mktemp("blind-z") / "index"
    embedder = FakeEmbedder()
    build(FIXTURES / "blind-z" / "corpus", index, embedder)
    return Assistant(load(index, embedder), embedder)


@pytest.mark.parametrize("question, not_covered", [
    ("Is Quenvora Sleep Formula OK to take with MND?", "Quenvora Sleep"),
    # A one-word name and a word for night or sleep after it, in English or another language: a night-time line.
    ("Ostrafenib Sleep, any good for ALS?", "Ostrafenib Sleep"),
    ("Is QuillVoix Nacht aan te raden bij ALS?", "QuillVoix Nacht"),
])
def test_another_product_of_the_line_is_declined(assistant, question, not_covered):
    answer = assistant.answer(question)
    assert answer.outcome == "declined" and answer.statement is None
    assert answer.not_covered and answer.not_covered[0].startswith(not_covered)


@pytest.mark.parametrize("question, not_covered", [
    # A name of several words after the brand in the title makes any other capitalised word after it another product.
    ("Is Fenglow Sleep Formula OK to take with MND?", ["Fenglow Sleep Formula"]),
    # A made-up name beside the maker's name, which the statement's title never writes: another of its products.
    ("Et DictaPro de Sonoria, c'est bien ?", ["DictaPro"]),
    ("Que pensez-vous de Sonoria DictaPro ?", ["DictaPro"]),
])
def test_another_product_of_the_maker_or_line_is_declined(blind_z, question, not_covered):
    answer = blind_z.answer(question)
    assert answer.outcome == "declined" and answer.statement is None
    assert list(answer.not_covered) == not_covered


@pytest.fixture(scope="module")
def blind_y(tmp_path_factory):
    """Blind set Y's corpus (fictional): a statement titled by a product's new name, its old name in the text."""
    index = tmp_path_factory.mktemp("blind-y") / "index"
    embedder = FakeEmbedder()
    build(FIXTURES / "blind-y" / "corpus", index, embedder)
    return Assistant(load(index, embedder), embedder)


def test_the_makers_own_name_beside_a_renamed_products_old_name_is_no_other_product(blind_y):
    answer = blind_y.answer("Is there any statement about Velnoxin from Lindenhain Pharma?")
    assert answer.outcome == "answered" and answer.statement.id == "ahornweg-aurevia-mataroa-de"


@pytest.mark.parametrize("question, doc_id", [
    ("Is Fenglow Motor Neurone Formula worth taking?", "claxby-fenglow-askbot"),
    ("Que pense l'association de VoixClaire de Sonoria ?", "tilleuls-voixclaire-b2evolution-fr"),
    # A dash with spaces around it ends a name; a nationality names no product of a line.
    ("FXM 55 - German caller, husband ordered online. what do we say", "lindenbuehl-fexmarolin-spielplan-de"),
])
def test_the_statements_own_product_is_still_answered(blind_z, question, doc_id):
    answer = blind_z.answer(question)
    assert answer.outcome == "answered" and answer.statement is not None and answer.statement.id == doc_id


@pytest.mark.parametrize(("question", "answered"), [
    # A company's name of two words, its first coined: that word is the company's, not another product's name.
    ("What's your view on Velkram Pharma's MND drug?", True),
    ("Is the Velkram Pharma tablet worth asking about?", True),
    # A coined name beside it that the statement never writes is another of its products.
    ("Is Velkram Pharma's GripMitt any good?", False),
])
def test_a_coined_word_of_a_companys_name_is_not_another_product(assistant, question, answered):
    answer = assistant.answer(question)
    assert (answer.about == "kelby-ostrafenib") is answered
    if not answered:
        assert answer.about is None
