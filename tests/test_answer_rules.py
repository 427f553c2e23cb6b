"""Answer rules on a small FICTIONAL corpus (tests/fixtures/answer-rules/), with the fast fake embedder."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, FakeEmbedder
from statement_qa.answer import ANSWERED, DECLINED, Assistant
from statement_qa.index import build, load


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    embedder = FakeEmbedder()
    folder = tmp_path_factory.mktemp("answer-rules-index")
    build(FIXTURES / "answer-rules", folder, embedder)
    return Assistant(load(folder, embedder), embedder)


# A statement on one product of a brand's line ('Corvane Gold') answers for that product only: the brand with any
# other name of the line ('Corvane Serene') is another product.
@pytest.mark.parametrize("question, outcome, not_covered", [
    ("Is Corvane Gold any good for MND?", ANSWERED, []),
    ("Is Corvane OK for someone with MND?", ANSWERED, []),  # the brand alone: the statement's product
    ("Are Corvane Capsules worth buying for MND?", ANSWERED, []),  # a form word is no name of the line
    ("Are Corvane Serene sleep capsules safe with MND?", DECLINED, ["Corvane Serene"]),
    ("Sind die Corvane-Serene-Kapseln gut bei ALS?", DECLINED, ["Corvane-Serene"]),
    ("What about the Corvane Back Belt for his back?", DECLINED, ["Corvane Back Belt"]),  # the whole name
    ("Corvane EUA status for MND?", ANSWERED, []),  # an abbreviation after the brand names no product
    # Written in one case, a word after the brand tells nothing: no name but the known ones of lines ('forte').
    ("is corvane safe for someone with mnd", ANSWERED, []),
    ("is corvane forte any good", DECLINED, ["corvane forte"]),
    # A two-letter line word is a release code only in capitals: 'go' here is the verb.
    ("Can Corvane Gold go through my PEG tube?", ANSWERED, []),
])
def test_another_name_of_the_line_is_another_product(assistant, question, outcome, not_covered):
    answer = assistant.answer(question)
    assert answer.outcome == outcome
    if outcome == ANSWERED:
        assert answer.statement is not None and answer.statement.id == "tindale-corvane-gold"
    else:
        assert list(answer.not_covered) == not_covered


# How two terms differ is a general question, like what one means, even when a statement names both terms.
@pytest.mark.parametrize("question", [
    "What is the difference between MND and multiple sclerosis?",
    "¿Qué diferencia hay entre la ELA y la esclerosis múltiple?",
    "Was ist der Unterschied zwischen ALS und multipler Sklerose?",
    "Qual è la differenza tra la SLA e la sclerosi multipla?",
    "wat is the diffrence betwen MND and multiple sclerosis",  # typed by sound
])
def test_how_two_terms_differ_is_a_general_question(assistant, question):
    assert assistant.answer(question).outcome == DECLINED


def test_how_two_products_differ_still_names_them(assistant):
    answer = assistant.answer("What's the difference between Corvane Gold and riluzole?")
    assert answer.outcome == ANSWERED and answer.statement is not None
    assert answer.statement.id == "tindale-corvane-gold" and list(answer.not_covered) == ["riluzole"]


# A conversation's statement speaks for its own product only: a follow-up about its maker's other products is declined,
# naming what it asked about where it says ('like the joint cream'), in the interface languages.
@pytest.mark.parametrize("about, question, outcome, not_covered", [
    ("tindale-hush-collar", "What about their neck wrap instead?", DECLINED, ["neck wrap"]),  # advertised, not advised on
    ("tindale-hush-collar", "Is their sleep mask any good?", DECLINED, ["sleep mask"]),
    ("tindale-hush-collar", "Is their collar easy to wash?", ANSWERED, []),  # the statement's own product
    ("tindale-corvane-gold", "Should she take their tablets with food?", ANSWERED, []),  # a capsule, loosely named
    ("tindale-corvane-gold", "Do they make anything else, like the joint cream?", DECLINED, ["joint cream"]),
    ("tindale-corvane-gold", "And their other products?", DECLINED, []),
    ("tindale-corvane-gold", "¿Y los demás productos de la misma empresa?", DECLINED, []),
    ("tindale-corvane-gold", "Et les autres produits du même fabricant ?", DECLINED, []),
    ("tindale-corvane-gold", "Und was ist mit den anderen Produkten vom selben Hersteller?", DECLINED, []),
    ("tindale-corvane-gold", "Do they have a trial running?", ANSWERED, []),
    ("tindale-corvane-gold", "The same shop sells a magnesium spray. Is that OK for him?", DECLINED, []),
    ("tindale-corvane-gold", "Is the same dose OK for him?", ANSWERED, []),
])
def test_a_follow_up_about_the_makers_other_products_is_declined(assistant, about, question, outcome, not_covered):
    answer = assistant.answer(question, about=about)
    assert answer.outcome == outcome
    if outcome == ANSWERED:
        assert answer.statement is not None and answer.statement.id == about
    else:
        assert list(answer.not_covered) == not_covered


def test_what_else_a_company_makes_is_not_its_statements_subject(assistant):
    assert assistant.answer("What else does Pellary Naturals make?").outcome == DECLINED
    assert assistant.answer("Is Pellary Naturals' Corvane Gold any good?").outcome == ANSWERED


# A statement not in English covers a detail its words give in its language ('Krämpfe'), and not one it never speaks of.
@pytest.mark.parametrize("question, not_covered", [
    ("Does Quendrozil help cramps in ALS?", []),
    ("How much does Quendrozil cost?", ["cost"]),
])
def test_a_detail_is_covered_by_a_statement_in_another_language(assistant, question, not_covered):
    answer = assistant.answer(question)
    assert answer.outcome == ANSWERED and answer.statement is not None and answer.statement.id == "veltheim-quendrozil"
    assert list(answer.not_covered) == not_covered


# Everyday words for what a statement names technically bring its words (vocabulary.LAY_TERMS): 'a heart tracing' is
# an ECG.
@pytest.mark.parametrize("question", [
    "Which medicine means a heart tracing beforehand?",  # no word of the statement's but what 'heart tracing' brings
])
def test_everyday_words_find_the_statement_that_names_them_technically(assistant, question):
    # Ranked first (the fake embedder's cosines are too weak for it to be answered: the words are what is tested).
    assert assistant.evidence(assistant.retriever.analyse(question)).hits[0].doc_id == "tindale-morvalin"


# Another product of a line whose names are written with inner capitals, wherever the brand stands; beside the
# statement's own product it is what is not covered.
@pytest.mark.parametrize("question, outcome, not_covered", [
    ("Are the Zorvex StrideSocks any good for foot drop?", DECLINED, ["Zorvex StrideSocks"]),
    ("Que pensez-vous des chaussettes StrideSocks de Zorvex ?", DECLINED, ["StrideSocks"]),
    ("Is the Zorvex StrideBand better than the StrideSocks?", ANSWERED, ["StrideSocks"]),
    ("Is the Zorvex StrideBand any good?", ANSWERED, []),
])
def test_another_name_of_a_line_written_with_inner_capitals(assistant, question, outcome, not_covered):
    answer = assistant.answer(question)
    assert answer.outcome == outcome and list(answer.not_covered) == not_covered
    if outcome == ANSWERED:
        assert answer.statement is not None and answer.statement.id == "tindale-strideband"


# A statement for people with ALS/MND is no position for someone who says they do not have it, nor on a product's use
# for another condition.
@pytest.mark.parametrize("question, not_covered", [
    ("Can I take Corvane Gold for my joints? I don't have MND.", []),
    ("Não tenho ELA. Posso tomar Corvane Gold?", []),
    ("Would Corvane Gold help my tension headaches?", ["headaches"]),
    ("Is Corvane Gold good for my memory?", ["memory problems"]),
    ("Hilft Corvane Gold bei Multipler Sklerose?", ["multiple sclerosis"]),
    ("Will Corvane Gold help my tennis elbow?", ["tennis elbow"]),
    ("Would Corvane Gold help my underactive thyroid?", ["thyroid disease"]),
    ("Does the Corvane Gold hair-regrowth course work?", ["hair loss"]),
    ("Can Corvane Gold help my son put on muscle for rugby?", ["sport"]),
    ("Corvane Gold per la tiroide, funziona?", ["thyroid disease"]),
    ("Does Corvane Gold help children with ADHD?", ["ADHD"]),
    ("Helpt Corvane Gold bij een diabetische voetwond?", ["diabetes"]),
    ("Corvane Gold est-il efficace contre l'ostéoporose ?", ["osteoporosis"]),
    ("Does Corvane Gold help with plantar fasciitis?", ["plantar fasciitis"]),
    # Everyday conditions a maker's product is also sold for, in the seven languages.
    ("Could Corvane Gold help my restless legs in pregnancy?", ["restless legs"]),
    ("Does Corvane Gold work for teething babies?", ["teething"]),
    ("O Corvane Gold ajuda na tendinite do ombro?", ["tendinitis"]),
    ("Corvane Gold contre les bouffées de chaleur de la ménopause ?", ["menopause"]),
    ("Hilft Corvane Gold gegen Reisekrankheit?", ["travel sickness"]),
    # Each named as itself, never as a neighbour on the list ('eczema' is no psoriasis, bipolar no schizophrenia).
    ("Does Corvane Gold help eczema?", ["eczema"]),
    ("Is Corvane Gold any use for bipolar?", ["bipolar disorder"]),
    ("Is Corvane Gold good for anxiety?", ["anxiety"]),
    ("Does Corvane Gold cure jet lag?", ["jet lag"]),
    ("Corvane Gold gegen Hämorrhoiden?", ["haemorrhoids"]),
    ("Will Corvane Gold help my knee osteoarthritis?", ["osteoarthritis", "knee problems"]),
    ("Is Corvane Gold good for a child with cerebral palsy?", ["cerebral palsy"]),
    ("Corvane Gold va bene per un bambino con paralisi cerebrale?", ["cerebral palsy"]),
    # A medicine for the condition, said of no one's own: the condition is asked about.
    ("Is Corvane Gold a good migraine tablet?", ["migraine"]),
    ("Does the Corvane Gold hair-regrowth treatment work?", ["hair loss"]),
])
def test_a_question_for_someone_without_the_disease_is_declined(assistant, question, not_covered):
    answer = assistant.answer(question)
    assert answer.outcome == DECLINED and list(answer.not_covered) == not_covered


def test_a_relative_without_the_disease_still_asks_for_the_person_with_it(assistant):
    answer = assistant.answer("My husband has MND and I don't. Is Corvane Gold worth trying for him?")
    assert answer.outcome == ANSWERED and answer.statement is not None and answer.statement.id == "tindale-corvane-gold"


# A condition named by what someone already takes for it ('her thyroid tablets') is a medicine beside the product, not a
# condition the product is asked about.
@pytest.mark.parametrize("question, about", [
    ("Can she take it with her thyroid tablets?", "tindale-corvane-gold"),
    ("Is Corvane Gold OK alongside his epilepsy medication?", None),
])
def test_a_medicine_taken_for_another_condition_is_no_question_about_that_condition(assistant, question, about):
    answer = assistant.answer(question, about=about)
    assert answer.outcome == ANSWERED and answer.statement is not None and answer.statement.id == "tindale-corvane-gold"


def test_every_way_of_naming_another_condition_names_one_condition():
    from statement_qa.vocabulary import OTHER_DISEASES

    labels: dict[str, list[str]] = {}
    for label, variants in OTHER_DISEASES.items():
        for variant in variants:
            labels.setdefault(variant, []).append(label)
    assert {variant: found for variant, found in labels.items() if len(found) > 1} == {}


# The disease itself asked about in everyday words, by someone speaking of their family: no statement's subject.
@pytest.mark.parametrize("question, only", [
    ("my grandad has MND, will I catch it? I'm 10", True),
    ("Does MND run in families? my mum had it", True),
    ("Can my kids get ALS from me?", True),
    ("how long will my dad live with ALS?", True),
    ("I'm 13, can I catch MND from hugging my nan?", True),
    # Anything a statement may be about keeps it a question for the statements.
    ("Is the gene therapy for MND in my family safe?", False),
    ("My mum has MND, does the cooling cap spread the cold?", False),
    ("will the stem cells spread in my dad's spine? he has MND", False),
    ("Is my husband's ALS genetic?", False),
])
def test_a_question_only_about_the_disease_in_everyday_words(question, only):
    from statement_qa.answer import _asks_only_about_the_disease
    from statement_qa.lexicon import normalise

    assert _asks_only_about_the_disease(normalise(question)) is only



# A statement may quote someone recommending the product in their own voice ("I'd recommend it to anyone"), as
# background. Those words are never shown as the organisation's: no answer quotes a passage that holds them.
@pytest.mark.parametrize("question", [
    "Would members recommend the lamp? Does it help mood and sleep?",
    "What do people who bought it say about their mood?",
    "Do members who tried it recommend it?",
    "How much does it cost?",
])
def test_one_persons_recommendation_is_never_quoted(assistant, question):
    answer = assistant.answer(question, about="tindale-lumacrest-lamp")
    assert answer.outcome == ANSWERED and answer.statement is not None
    assert answer.statement.id == "tindale-lumacrest-lamp"
    shown = [answer.quote or "", *(p.text for p in answer.passages)]
    assert not any("I'd recommend" in text for text in shown)


def test_the_quoted_recommendation_is_still_read_as_the_statements_own_product(assistant):
    # The passage still counts as evidence for which statement a question is about: only quoting skips it.
    answer = assistant.answer("Is the Lumacrest lamp good for MND?")
    assert answer.outcome == ANSWERED and answer.statement is not None
    assert answer.statement.id == "tindale-lumacrest-lamp"
    assert answer.quoting == "recommendation" and "does not recommend" in (answer.quote or "")


@pytest.mark.parametrize("text, recommends", [
    ("“I’d recommend it to anyone, it saved my life.”", True),
    ("Honestly I'd still recommend it to anyone in the extension.", True),
    ('A member wrote: "I would recommend it to everyone, whatever the doctors say!"', True),
    ("„Ich würde es jedem empfehlen, der ALS hat.“", True),
    ('Un giudice: "Io lo consiglio a tutti, l\'ho pagato di tasca mia."', True),
    ('"Ik raad het iedereen aan, mijn man slikt het al een jaar."', True),
    ('"Eu recomendo a toda a gente, comprei em Espanha."', True),
    ("Polecam każdemu, mój mąż czuje się lepiej.", True),
    ("Je le recommande à tous mes amis.", True),
    ("We recommend that people with MND do not buy it.", False),
    ("The Fellowship does not recommend buying the lamp.", False),
    ("Wir empfehlen, mit Ihrem Neurologen zu sprechen.", False),
    ("La asociación no recomienda este producto.", False),
    ("Ask your neurologist: it is a recommendation, not a rule.", False),
])
def test_one_person_recommending_is_told_from_the_organisations_advice(text, recommends):
    from statement_qa.structure.vocabulary import one_person_recommends

    assert one_person_recommends(text) is recommends


# A follow-up that points back at what the statement said is about it, however near the general topics its other words
# are ('his MND started in his legs'); one that only names the disease and asks a general question ends the conversation.
@pytest.mark.parametrize("question, ends", [
    ("My brother's MND started in his legs. Does the same advice apply to him?", False),
    ("Her MND began in her arms: does that apply to her too?", False),
    ("¿El mismo consejo vale para mi hermano con ELA?", False),
    ("Gilt das auch für meinen Bruder mit ALS?", False),
    ("Ma SLA a commencé par les jambes. Est-ce que cet avis me concerne aussi ?", False),
    ("La mia SLA è iniziata dalle gambe: quel parere vale anche per me?", False),
    ("Mi ELA empezó en las piernas. ¿Esa opinión me aplica también?", False),
    ("My brother's MND started in his legs. How long do people live with MND?", True),
])
def test_a_message_pointing_back_does_not_end_the_conversation(assistant, question, ends):
    from statement_qa.answer import Evidence
    from statement_qa.retrieval import DocumentHit

    query = assistant.retriever.analyse(question)
    hit = DocumentHit("tindale-morvalin", 0.5, 0.2, 0.0, 0.0, 0.0, ())
    evidence = Evidence(None, [hit], 0.9, "tindale-morvalin")
    assert bool(assistant._ends_conversation(query, evidence, hit, assistant.settings)) is ends


def test_asking_who_the_statements_organisation_is_does_not_end_the_conversation(assistant, monkeypatch):
    from dataclasses import replace

    from statement_qa.answer import Evidence
    from statement_qa.retrieval import DocumentHit

    query = assistant.retriever.analyse("Who are they, and do they have an ALS helpline?")
    hit = DocumentHit("tindale-morvalin", 0.5, 0.2, 0.0, 0.0, 0.0, ())
    evidence = Evidence(None, [hit], 0.9, "tindale-morvalin")
    assert assistant._ends_conversation(query, evidence, hit, assistant.settings)
    named = replace(query, organisations=frozenset({"tindale-morvalin"}))  # as 'Who are the Tindale ALS Circle?'
    assert not assistant._ends_conversation(named, evidence, hit, assistant.settings)


# A word of a product line in another language after the brand ('Ngủ', Vietnamese 'sleep') names another product too.
@pytest.mark.parametrize("question, outcome", [
    ("Morvalin Ngủ Ngon có tốt cho người bệnh ALS không?", DECLINED),
    ("Morvalin có tốt cho người bệnh ALS không?", ANSWERED),
])
def test_a_line_word_in_vietnamese_names_another_product(assistant, question, outcome):
    assert assistant.answer(question).outcome == outcome


# A product the statement names once after 'the', only to set it aside ('Harrowgate also sell the Beacon, a bedside
# reading light; we have not looked at that one'), is not its subject, though the question names the company too.
@pytest.mark.parametrize("question, outcome", [
    ("Is the Beacon reading light from Harrowgate good for MND?", DECLINED),
    ("Is Harrowgate's light lamp any good for MND?", ANSWERED),
])
def test_a_product_set_aside_after_the_is_another(assistant, question, outcome):
    answer = assistant.answer(question)
    assert answer.outcome == outcome
    if outcome == ANSWERED:
        assert answer.statement is not None and answer.statement.id == "tindale-lumacrest-lamp"
