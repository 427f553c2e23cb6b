"""The answer policy as a table, with the fast fake embedder: question → outcome, statement, not covered.

The corpus is tests/fixtures/policy/ (FICTIONAL): two versions of one statement on Acme's
AC-88, a statement on BrightCell's Luminacel, and a resource on clinical trials.
"""

from __future__ import annotations

import numpy as np
import pytest

from conftest import FIXTURES, FakeEmbedder, fake_assistant
from statement_qa.answer import ANSWERED, DECLINED, EMPTY, URGENT_OUTCOME, Assistant
from statement_qa.index import build, load
from statement_qa.vocabulary import NATIONALITIES

POLICY = FIXTURES / "policy"
LUMINACEL = ("brightcell-luminacel", "graustark-luminacel")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    embedder = FakeEmbedder()
    folder = tmp_path_factory.mktemp("policy-index")
    build(POLICY, folder, embedder)
    return Assistant(load(folder, embedder), embedder)


CASES = [
    # question, outcome, statement, not_covered
    ("Is AC-88 proven?", ANSWERED, "acme-ac88", []),
    ("Is AC88 any good?", ANSWERED, "acme-ac88", []),
    ("ac 88 trial results", ANSWERED, "acme-ac88", []),
    ("zelvarimod", ANSWERED, "acme-ac88", []),
    ("What does Acme say?", ANSWERED, "acme-ac88", []),
    # Two organisations have a statement on Luminacel: either answers a question naming neither.
    ("Is Luminacel safe?", ANSWERED, LUMINACEL, []),
    ("luminacell from brightcell, worth paying for?", ANSWERED, LUMINACEL, []),
    # Another product of a company with a statement is not that statement's subject.
    ("What about Acme's AC-12 for migraine?", DECLINED, None, ["AC-12", "migraine"]),
    ("Is Acme's new drug AX-7 any good?", DECLINED, None, ["AX-7"]),
    ("Is AC-89 any good?", DECLINED, None, ["AC-89"]),  # a code one digit off
    ("ac 89 - any statement?", DECLINED, None, ["ac 89"]),  # written small, with a space: still a statement's letters
    ("ac 88 - any statement?", ANSWERED, "acme-ac88", []),
    # A code joined to the word it qualifies, as Dutch and German write it.
    ("Wat vindt u van de AC-12-crème?", DECLINED, None, ["AC-12"]),
    ("Is de AC-88-tablet veilig?", ANSWERED, "acme-ac88", []),
    ("¿Sirve Luminacel para el reuma?", DECLINED, None, ["arthritis"]),  # another disease, in another language
    ("Czy Luminacel pomaga na toczeń?", DECLINED, None, ["lupus"]),
    # A name no statement is about, in a language that capitalises only names; a drug by its ending.
    ("A Acme tem um remédio novo para o coração, o Zentracor. Vocês têm posição?", DECLINED, None, ["Zentracor"]),
    ("¿El riluzol tiene muchos efectos secundarios?", DECLINED, None, ["riluzol"]),
    # A product the statement says it does not cover ('BrightCell also makes Opticel, ... not
    # covered'): named in that statement's text, still no statement's subject.
    ("Is Opticel any good?", DECLINED, None, ["Opticel"]),
    ("BrightCell's Opticel for dry eyes: recommended?", DECLINED, None, ["Opticel"]),
    # A protein written like a code is what the product acts on, not another product.
    ("Luminacel is meant to lower TDP-43 clumps. Is it safe?", ANSWERED, LUMINACEL, []),
    # So is any code said to be acted on ('blocks QX7', 'a QX7 inhibitor'): a target, not a product.
    ("Luminacel blocks QX7 in nerve cells, is it worth it?", ANSWERED, LUMINACEL, []),
    ("Is the QX7 inhibitor Luminacel safe?", ANSWERED, LUMINACEL, []),
    ("Luminacel bloquea QX7, ¿es seguro?", ANSWERED, LUMINACEL, []),
    ("Is the QX7 inhibitor AX-7 any good?", DECLINED, None, ["AX-7"]),  # the product itself stays unknown
    # The covered product for another condition, of any kind, is declined.
    ("Is Luminacel recommended for children with a rare muscle disease?", DECLINED, None, ["muscle disease"]),
    # Partial coverage: answered, saying what is not covered.
    ("Is AC-88 better than tofersen?", ANSWERED, "acme-ac88", ["tofersen"]),
    ("How much does AC-88 cost?", ANSWERED, "acme-ac88", ["cost"]),
    ("Will my insurance pay for AC-88?", ANSWERED, "acme-ac88", ["insurance or funding"]),
    ("Is AC-88 safe during pregnancy?", ANSWERED, "acme-ac88", ["pregnancy"]),
    ("Does AC-88 help with drooling?", ANSWERED, "acme-ac88", ["drooling"]),
    ("How many tablets of AC-88 do people take?", ANSWERED, "acme-ac88", ["dose"]),
    # The covered product asked about for another disease is declined.
    ("Is AC-88 good for migraine?", DECLINED, None, ["migraine"]),
    ("Does AC-88 help with vertigo and Meniere's disease?", DECLINED, None, ["vertigo"]),
    ("Can AC-88 be used for migraine? My sister has migraine, not ALS.", DECLINED, None, ["migraine"]),
    ("Is Luminacel any good for stiff joints?", DECLINED, None, ["joint pain"]),
    ("Can my dad use AC-88 for his COPD?", DECLINED, None, ["COPD"]),
    ("AC-88 va bene per la BPCO di mio padre?", DECLINED, None, ["COPD"]),
    # A syndrome named by its name is another condition, listed or not.
    ("Can AC-88 capsules help carpal tunnel syndrome?", DECLINED, None, ["carpal tunnel syndrome"]),
    ("¿Sirve AC-88 para el síndrome de Sjögren?", DECLINED, None, ["sindrome de sjogren"]),
    # A product no statement is about.
    ("Is tofersen worth trying?", DECLINED, None, ["tofersen"]),
    ("What do you think of NurOwn?", DECLINED, None, ["NurOwn"]),
    ("", EMPTY, None, []),
    ("I don't want to live anymore", URGENT_OUTCOME, None, []),
    ("no puedo respirar", URGENT_OUTCOME, None, []),
    ("Is the emergency use authorisation of AC-88 good?", ANSWERED, "acme-ac88", []),
    # A disease that only describes the product, in a question about ALS/MND, is not another disease.
    ("Is the migraine tablet AC-88 any use for ALS?", ANSWERED, "acme-ac88", []),
    # Naming the organisation chooses among two organisations' statements on one product.
    ("What does Graustark say about Luminacel?", ANSWERED, "graustark-luminacel", []),
    ("Ruritania's position on Luminacel", ANSWERED, "brightcell-luminacel", []),
    # A name extended by a word of a product line, or by a mark joined with a hyphen, is another product of the line.
    ("Is Luminacel Plus worth it for MND?", DECLINED, None, ["Luminacel Plus"]),
    ("is luminacel forte any good", DECLINED, None, ["luminacel forte"]),
    ("Luminacel-K injections, any good?", DECLINED, None, ["Luminacel-K"]),
    ("Is Luminacel plus riluzole a good idea?", ANSWERED, LUMINACEL, ["riluzole"]),  # 'plus' joins two things
    ("Is the Luminacel Go bottle good for my son's running club?", DECLINED, None, ["Luminacel Go"]),
    ("Can Luminacel cure a hangover?", DECLINED, None, ["hangover"]),
    ("Does Luminacel help children who stammer?", DECLINED, None, ["stammering"]),
    ("My husband has MND and has started to stammer: would Luminacel help?", ANSWERED, LUMINACEL, []),
    # The same cells sold for a knee, or a device after a hip operation: another use.
    ("Position on Luminacel knee injections?", DECLINED, None, ["knee problems"]),
    ("Would AC-88 help after a hip replacement?", DECLINED, None, ["hip replacement"]),
    # What a term means is a general question, whatever statement uses the term.
    ("What is the functional rating scale?", DECLINED, None, []),
    ("What does a phase 3 trial mean?", DECLINED, None, []),
    ("Does AC-88 slow the fall in ALSFRS scores?", ANSWERED, "acme-ac88", []),  # a scale written as a word is no product
    # A question in another language whose glosses are the disease's name alone asks nothing a statement is about.
    ("Wie lange lebt man mit ALS?", DECLINED, None, []),
    ("¿La ELA es contagiosa?", DECLINED, None, []),
]


@pytest.mark.parametrize("question, outcome, statement, not_covered", CASES, ids=[c[0] or "empty" for c in CASES])
def test_policy_table(assistant, question, outcome, statement, not_covered):
    answer = assistant.answer(question)
    assert answer.outcome == outcome
    got = answer.statement.id if answer.statement else None
    assert got in statement if isinstance(statement, tuple) else got == statement
    assert [n.lower() for n in answer.not_covered] == [n.lower() for n in not_covered]
    assert answer.answered == (outcome == ANSWERED)


def test_a_superseded_statement_is_never_quoted_and_the_new_one_says_what_it_replaces(assistant):
    documents = assistant.index.documents
    assert documents["acme-ac88-2019"].status == "superseded"
    assert documents["acme-ac88-2019"].superseded_by == "acme-ac88"
    assert documents["acme-ac88"].status == "current"
    for question in ("Is AC-88 proven?", "What did the 2019 statement on AC-88 say?", "acme"):
        answer = assistant.answer(question)
        assert answer.statement.id == "acme-ac88"
    assert [r.id for r in assistant.answer("AC-88").replaces] == ["acme-ac88-2019"]
    assert assistant.answer_about("acme-ac88-2019").statement.id == "acme-ac88"


def test_a_decline_offers_related_statements_by_id(assistant):
    answer = assistant.answer("What about Acme's AC-12 for migraine?")
    assert "acme-ac88" in [r.id for r in answer.related]
    assert answer.related_total == 3  # current statements: AC-88 (2023) and two on Luminacel


def test_a_follow_up_is_about_the_conversation_statement(assistant):
    first = assistant.answer("What does Ruritania say about Luminacel?")
    assert first.about == "brightcell-luminacel"
    follow = assistant.answer("what about side effects like fever?", about=first.about)
    assert follow.outcome == ANSWERED and follow.follow_up and follow.about == "brightcell-luminacel"
    vague = assistant.answer("and the dose?", about=first.about)
    assert vague.follow_up and vague.about == "brightcell-luminacel"
    assert not vague.covers_question and vague.quoting == "recommendation"
    switched = assistant.answer("and AC-88?", about=first.about)
    assert switched.about == "acme-ac88" and not switched.follow_up
    declined = assistant.answer("and tofersen?", about=first.about)
    assert declined.outcome == DECLINED and list(declined.not_covered) == ["tofersen"]


def test_answer_about_quotes_the_recommendation(assistant):
    answer = assistant.answer_about("brightcell-luminacel", language="es")
    document = assistant.index.documents["brightcell-luminacel"]
    assert answer.quote == document.section_text(document.recommendation)
    assert answer.language == "es" and answer.message.startswith("Ruritania ALS Association")
    assert assistant.answer_about("no-such-id").outcome == DECLINED


def test_every_quote_is_one_verbatim_slice_of_its_document(assistant):
    for question, *_ in CASES:
        answer = assistant.answer(question)
        if answer.outcome != ANSWERED:
            assert answer.quote is None and answer.statement is None
            continue
        text = assistant.index.documents[answer.statement.id].text
        assert answer.quote == answer.excerpts[0].text
        for excerpt in answer.excerpts:
            assert text[excerpt.start : excerpt.end] == excerpt.text


def test_a_quote_that_fails_verification_is_never_shown(assistant, monkeypatch):
    monkeypatch.setattr(assistant.index, "verify_quote", lambda *args: False, raising=False)
    answer = assistant.answer("Is AC-88 proven?")
    assert answer.outcome == DECLINED and answer.quote is None


def test_a_long_question_is_cut_and_says_so(assistant):
    answer = assistant.answer("Is AC-88 proven? " + "please tell me more " * 200)
    assert answer.truncated and len(answer.question) <= 1000
    assert answer.statement.id == "acme-ac88"


def _hit(doc_id: str, score: float):
    from statement_qa.retrieval import DocumentHit

    return DocumentHit(doc_id, score, score, 0.0, 0.0, 0.0, ())


def test_a_statement_on_another_subject_scoring_almost_as_well_is_a_rival(assistant):
    settings = assistant.settings
    # Two organisations' statements on Luminacel are not rivals: either answers.
    hits = [_hit("brightcell-luminacel", 1.0), _hit("graustark-luminacel", 0.99), _hit("acme-ac88", 0.97)]
    rival = assistant._rival(hits, settings)
    assert rival is not None and rival.doc_id == "acme-ac88"
    assert assistant._rival([_hit("acme-ac88", 1.0), _hit("brightcell-luminacel", 0.5)], settings) is None
    assert assistant._rival([_hit("acme-ac88", 1.0)], settings) is None


def test_an_ambiguous_question_is_declined_offering_both_statements(assistant, monkeypatch):
    hits = [_hit("acme-ac88", 0.9), _hit("brightcell-luminacel", 0.89)]
    monkeypatch.setattr(assistant.retriever, "rank", lambda *args, **kwargs: list(hits))
    monkeypatch.setattr(assistant.retriever, "general_match", lambda vector: (0.0, 0))
    answer = assistant.answer("the tablet people talk about")
    assert answer.outcome == DECLINED and answer.ambiguous
    assert [r.id for r in answer.related][:2] == ["acme-ac88", "brightcell-luminacel"]
    assert answer.quote is None


@pytest.mark.parametrize("message", ["thanks, that's helpful", "gracias", "Merci beaucoup !", "ok thank you so much",
                                     "Dziękuję bardzo!", "Thanks, that's all I needed. Bye!",
                                     "Thank you for your help, have a nice day"])
def test_thanks_ends_a_conversation_without_quoting_its_statement(assistant, message):
    answer = assistant.answer(message, about="acme-ac88")
    assert answer.outcome == DECLINED and answer.closing
    assert answer.statement is None and answer.quote is None and not answer.follow_up


@pytest.mark.parametrize("message", ["Thanks! Is AC-88 proven?", "Thanks, I need to know if AC-88 is safe"])
def test_a_question_with_thanks_in_it_is_still_a_question(assistant, message):
    answer = assistant.answer(message)
    assert answer.outcome == ANSWERED and not answer.closing


def test_and_then_something_the_statement_never_mentions_is_a_new_question(assistant):
    assert not assistant.answer("and the patch?", about="acme-ac88").follow_up
    assert assistant.answer("and the side effects?", about="acme-ac88").follow_up


def test_a_named_statement_whose_current_version_was_not_ranked_is_still_answered_with_it(assistant, monkeypatch):
    real_rank = assistant.retriever.rank

    def rank(query, vector=None, include=()):
        hits = real_rank(query, vector, include)
        return hits if include else [h for h in hits if h.doc_id == "acme-ac88-2019"]

    monkeypatch.setattr(assistant.retriever, "rank", rank)
    answer = assistant.answer("Is AC-88 proven?")
    assert answer.outcome == ANSWERED and answer.statement.id == "acme-ac88"


@pytest.mark.parametrize("question, outcome", [
    ("Does the tablet people talk about really work?", DECLINED),  # English: nearer the general topics
    ("¿De verdad funciona la pastilla de la que habla la gente?", ANSWERED),  # the wider margin of other languages
])
def test_other_languages_get_a_wider_general_topic_margin(assistant, monkeypatch, question, outcome):
    hit = _hit("acme-ac88", 0.9)
    hit = type(hit)(hit.doc_id, 0.9, 0.30, 0.0, 0.0, 0.0, ())
    monkeypatch.setattr(assistant.retriever, "rank", lambda *args, **kwargs: [hit])
    monkeypatch.setattr(assistant.retriever, "general_match", lambda vector: (0.36, 0))
    assert assistant.answer(question).outcome == outcome


@pytest.mark.parametrize("question, describes", [
    ("She read about the capsule you swallow twice a day", True),
    ("someone swears by an immune jab every two weeks", True),
    ("¿Qué opinan de la cápsula danesa?", True),  # through its glosses
    ("How do I join a clinical trial?", False),
    ("What is MND?", False),
])
def test_a_question_that_describes_a_product_by_its_form(assistant, question, describes):
    # Such a question is never answered by a general resource (answer.decide drops resources for it).
    assert assistant.retriever.analyse(question).describes_product is describes


def test_an_accented_first_word_is_not_a_switch_cue(assistant):
    # Portuguese 'É seguro…?' ('is it safe…?') is about the conversation's statement; 'E o AX-7?' ('and AX-7?') switches.
    follow = assistant.answer("É seguro tomar com outros medicamentos?", about="acme-ac88")
    assert (follow.outcome, follow.follow_up, follow.statement and follow.statement.id) == (ANSWERED, True, "acme-ac88")
    switch = assistant.answer("E o AX-7?", about="acme-ac88")
    assert switch.outcome == DECLINED and not switch.follow_up


def test_a_comparison_in_a_conversation_stays_on_its_statement(assistant):
    # 'Is it better than X?' after an answer: the statement's words, X reported as not covered.
    compared = assistant.answer("is it better than NurOwn?", about="acme-ac88")
    assert (compared.outcome, compared.statement and compared.statement.id) == (ANSWERED, "acme-ac88")
    assert compared.follow_up and compared.not_covered == ("NurOwn",)
    # Without a comparison, another product switches away and is declined.
    assert assistant.answer("what about NurOwn?", about="acme-ac88").outcome == DECLINED


@pytest.mark.parametrize("message", ["does it interact with Zervotinib?", "can he take it together with Zervotinib",
                                     "¿tiene interacción con Zervotinib?", "Gibt es Wechselwirkungen mit Zervotinib?"])
def test_taking_it_with_another_medicine_stays_on_the_statement(assistant, message):
    # 'Does it interact with X?' asks about the statement's product; X (an invented name) is not covered.
    answer = assistant.answer(message, about="acme-ac88")
    assert (answer.outcome, answer.statement and answer.statement.id) == (ANSWERED, "acme-ac88")
    assert answer.follow_up and answer.not_covered == ("Zervotinib",)
    # Asked alone, the same message is about a product no statement covers.
    assert assistant.answer(message).outcome == DECLINED


def _assistant_on(tmp_path, files: dict[str, str]) -> Assistant:
    """An assistant, with the fake embedder, on a corpus of these files (name → text) built in tmp_path."""
    (tmp_path / "corpus").mkdir()
    for name, text in files.items():
        (tmp_path / "corpus" / name).write_text(text, encoding="utf-8")
    embedder = FakeEmbedder()
    build(tmp_path / "corpus", tmp_path / "index", embedder)
    return Assistant(load(tmp_path / "index", embedder), embedder)


def _answered_with(assistant: Assistant, monkeypatch, question: str, hits: list) -> str | None:
    """The statement a question is answered with when retrieval ranks these hits (no general topic near it)."""
    monkeypatch.setattr(assistant.retriever, "rank", lambda *args, **kwargs: list(hits))
    monkeypatch.setattr(assistant.retriever, "general_match", lambda vector: (0.0, 0))
    answer = assistant.answer(question)
    return answer.statement.id if answer.statement else None


GENERAL_STATEMENT = """<!-- FICTIONAL test statement: invented organisation. -->
# Crowdfunding for experimental treatment abroad

## Background

Families raise money online to pay for injections, tablets and clinic stays abroad that no trial has tested.
Clinics abroad charge large sums for an injection or a tablet and promise that ALS will slow down.

## Our position

The Invented ALS Alliance advises against crowdfunding for experimental treatment abroad outside a registered trial.
Talk to your neurologist before you raise money for any injection or tablet offered by a clinic abroad.
"""


def test_a_general_statement_answers_its_topic_never_one_product_described(tmp_path):
    assistant = _assistant_on(tmp_path, {"crowdfunding.md": GENERAL_STATEMENT})
    assert assistant.answer("Should we start crowdfunding for treatment at a clinic abroad?").outcome == ANSWERED
    # One product described, and nothing of the statement's own topic asked: not this statement's question.
    assert assistant.answer("A clinic offers an injection that slows ALS. Should I take the injection?").outcome == DECLINED


def test_an_exact_name_wins_over_a_near_one_with_a_small_word_glued_on(assistant):
    # "de zelvarimod" is two letters from the name zelvarimod; "zelvarimod" is the name exactly.
    mentions = assistant.retriever.analyse("En de zelvarimod?").mentions
    assert [m.text.lower() for m in mentions] == ["zelvarimod"]


BRIEFING = """<!-- FICTIONAL test statement: invented organisation, products and codes. -->
# Treatments in the news: winter briefing

## 1. Dorvalimab (PX-77)

Dorvalimab is an invented antibody made by an invented company for testing.

## 2. Quellix spray

Quellix is an invented mouth spray licensed for stiffness in another disease.

## 3. Our advice

### 3.1 On dorvalimab

It is far too early to know whether dorvalimab helps. Take it only within a trial.

### 3.2 On Quellix

Quellix may be a reasonable option for troublesome stiffness. Discuss it with your neurologist.
"""


def test_a_position_in_parts_per_product_quotes_the_part_asked_about(tmp_path):
    assistant = _assistant_on(tmp_path, {"briefing.md": BRIEFING})
    quellix = assistant.answer("Is Quellix any good?")
    assert quellix.outcome == ANSWERED and quellix.quote.startswith("Quellix may be") and "dorvalimab" not in quellix.quote
    dorvalimab = assistant.answer("Is dorvalimab any good?")
    assert dorvalimab.quote.startswith("It is far too early") and "Quellix" not in dorvalimab.quote
    document = assistant.index.documents[quellix.statement.id]
    assert all(document.text[e.start : e.end] == e.text for e in (*quellix.excerpts, *dorvalimab.excerpts))


@pytest.mark.parametrize(
    ("question", "statement", "rare"),
    [
        # 'neurologist' (Zipf 3.0) is rare, but two documents use it (AC-88 and the trials guide).
        ("should I ask a neurologist about exercise", "acme-ac88", False),
        # 'fever' is in one statement only, but an everyday word.
        ("is a fever normal", "brightcell-luminacel", False),
        # 'zelvarimod' is rare and in one statement (the current AC-88 one; the 2019 one never uses it).
        ("is zelvarimod energy powder good for muscles", "acme-ac88", True),
        ("is zelvarimod energy powder good for muscles", "brightcell-luminacel", False),
        # 'infusion' is rare and only the BrightCell statement says it.
        ("is an infusion good for tired muscles", "brightcell-luminacel", True),
        # A gene or protein any statement may cite never counts.
        ("tdp43 and exercise", "brightcell-luminacel", False),
    ],
)
def test_a_rare_word_only_one_statement_uses_makes_the_question_about_it(assistant, question, statement, rare):
    query = assistant.retriever.analyse(question)
    assert assistant._rare_word_only_in(query, statement, assistant.settings) is rare


def test_a_nationality_and_its_country_are_one_topic(assistant):
    """'a Danish company' meets a statement that says the company is in Denmark, and the other way round."""
    assert "denmark" in assistant.retriever.analyse("a capsule from a Danish company, any good?").words
    assert "swiss" in assistant.retriever.analyse("a clinic in Switzerland offers stem cells").words
    # Named both ways, nothing is added twice; a text naming no nationality gets none.
    both = assistant.retriever.analyse("a Danish company in Denmark").words
    assert both.count("denmark") == 1 and both.count("danish") == 1
    assert not set(assistant.retriever.analyse("a capsule from a company").words) & {w for g in NATIONALITIES for w in g}


@pytest.mark.parametrize(("text", "english"), [
    ("mijn oom slikt capsules uit roemenie", "romania"), ("eine rumaenische firma", "romanian"),
    ("una pastilla turca", "turkish"), ("un comprime norvegien", "norway"), ("uma empresa dinamarquesa", "danish"),
    ("un ensayo en el pais vasco", "basque"),
])
def test_a_nationality_in_another_language_is_the_english_one(text, english):
    from statement_qa.query import _nationality_kin

    assert english in _nationality_kin(text)


def test_other_languages_words_for_a_nationality_are_added_only_where_the_corpus_uses_them():
    from statement_qa.lexicon import stem
    from statement_qa.query import _nationality_kin

    # A Norwegian statement says 'norsk': a question on 'a Norwegian tablet' reaches it; the other languages' words
    # for Norway, which no statement uses, would only outweigh the rest of the question.
    kin = _nationality_kin("the norwegian tablet", {stem("norsk"), stem("tablet")})
    assert "norsk" in kin and "norway" in kin
    assert "noruego" not in kin and "norwegisch" not in kin
    assert _nationality_kin("the norwegian tablet") == ["norway"]


def test_a_city_says_its_country_but_a_country_never_brings_its_cities():
    from statement_qa.query import _nationality_kin, nationalities_in
    from statement_qa.vocabulary import CITIES

    # 'a tablet from a Dublin company' is an Irish company's; the statement that says so is found by either.
    assert nationalities_in(" a tablet from a dublin company ") == {"irish"}
    assert {"irish", "ireland"} <= set(_nationality_kin("a tablet from a dublin company"))
    assert nationalities_in(" registered in wien ") == {"austrian"}
    # A 'German company' is not asked about Hamburg or Berlin.
    assert not set(_nationality_kin("a german company")) & set(CITIES["german"].split())
    assert nationalities_in(" a capsule from a company ") == frozenset()


def test_everyday_phrases_bring_the_technical_words_statements_use(assistant):
    """'the energy factories of nerve cells' is about mitochondria, 'a drip' an infusion: the question's topic
    words gain the technical words; a question without such a phrase gains none."""
    words = assistant.retriever.analyse("a pill that protects the energy factories of nerve cells").words
    assert "mitochondria" in words
    words = assistant.retriever.analyse("is the monthly drip under the skin safe?").words
    assert {"infusion", "subcutaneous"} <= set(words)
    assert "infusion" not in assistant.retriever.analyse("is the tablet safe?").words


@pytest.mark.parametrize(
    "question, dense, chance",
    [
        # Nothing but everyday words, or none at all, in common with the statement, and a weak cosine.
        ("What time does the post office open on Saturday?", 0.25, True),
        ("Can you recommend a good lasagne recipe?", 0.25, True),
        # The model sees it near the statement: not chance, whatever the words.
        ("Can you recommend a good lasagne recipe?", 0.35, False),
        # A word rare in everyday language that the statement uses.
        ("Is zelvarimod any good?", 0.2, False),
        # The disease named: an ALS question, for the other rules to decide.
        ("what is MND like day to day", 0.2, False),
        # Other languages are read through glossaries and a weaker model: not judged by English word counts.
        ("¿A qué hora abre correos el sábado?", 0.2, False),
    ],
)
def test_a_question_meeting_a_statement_only_in_everyday_words_met_it_by_chance(assistant, question, dense, chance):
    hit = _hit("acme-ac88", 0.9)
    hit = type(hit)(hit.doc_id, 0.9, dense, 3.0, 0.0, 0.4, ())
    query = assistant.retriever.analyse(question)
    assert assistant._chance_overlap(query, hit, assistant.settings) is chance


def test_an_off_topic_question_sharing_everyday_words_is_declined(assistant, monkeypatch):
    hit = _hit("acme-ac88", 0.9)
    hit = type(hit)(hit.doc_id, 0.9, 0.25, 3.0, 0.0, 0.4, ())
    monkeypatch.setattr(assistant.retriever, "rank", lambda *args, **kwargs: [hit])
    monkeypatch.setattr(assistant.retriever, "general_match", lambda vector: (0.1, 0))
    assert assistant.answer("What time does the post office open on Saturday?").outcome == DECLINED
    assert assistant.answer("Is zelvarimod any good?").outcome == ANSWERED


@pytest.mark.parametrize("question, rare", [("what is bulbar onset", False), ("is familial ALS different", False),
                                            ("what is a zelvarimod", True),
                                            # two uncommon words (Zipf 4.5 and 3.7) describe one statement's product
                                            ("is the meal plan with shakes any good", True),
                                            ("what time is it in the world today", False)])  # everyday words only
def test_words_of_the_disease_course_never_make_a_question_about_one_statement(assistant, monkeypatch, question, rare):
    # As if the AC-88 statement alone used every word: 'bulbar' and 'familial' are rare, but describe the disease.
    monkeypatch.setattr(assistant.retriever.doc_terms, "only_in", lambda term, doc_id: doc_id == "acme-ac88")
    query = assistant.retriever.analyse(question)
    assert assistant._rare_word_only_in(query, "acme-ac88", assistant.settings) is rare


@pytest.mark.parametrize("question, about", [("Is there a spinal injection for FUS ALS I should ask about?", True),
                                             ("What is FUS ALS?", False),  # the gene alone: general
                                             ("Is ALS caused by genes like FUS?", False)])
def test_a_gene_beside_a_description_of_a_product_asks_for_the_statement_on_it(assistant, monkeypatch, question, about):
    # As if the AC-88 statement alone named the FUS gene, and shared every other word with the others.
    monkeypatch.setattr(assistant.retriever.doc_terms, "only_in", lambda term, doc_id: term == "fus" and doc_id == "acme-ac88")
    query = assistant.retriever.analyse(question)
    assert assistant._rare_word_only_in(query, "acme-ac88", assistant.settings) is about


def test_where_something_comes_from_is_no_evidence_of_what_it_is(assistant, monkeypatch):
    # As if the AC-88 statement used every word, 'Italian' and 'Italia' too.
    monkeypatch.setattr(assistant.retriever.doc_terms, "has", lambda term, doc_id: doc_id == "acme-ac88")
    hit = _hit("acme-ac88", 0.9)
    hit = type(hit)(hit.doc_id, 0.9, 0.25, 3.0, 0.0, 0.4, ())
    for question, chance in [("Can you recommend a good Italian one?", True), ("Can you recommend a good tablet?", False)]:
        assert assistant._chance_overlap(assistant.retriever.analyse(question), hit, assistant.settings) is chance


@pytest.mark.parametrize("question", ["¿Qué aconsejan sobre la pastilla?", "Was empfehlen Sie zu der Tablette?",
                                      "Wat is jullie mening over de tablet?"])
def test_asking_for_an_opinion_is_no_topic_of_a_question_in_another_language(assistant, question):
    # 'advise advice', 'recommend', 'opinion' are what any statement answers: only 'tablet' names a topic.
    query = assistant.retriever.analyse(question)
    assert query.glosses and len(query.topic_glosses) < len(query.glosses)
    assert all("tablet" in gloss for gloss in query.topic_glosses)


@pytest.mark.parametrize(("language", "word"), [("sv", "och"), ("tr", "ama"), ("ro", "acest"), ("fi", "ei"), ("hu", "aki")])
def test_a_question_in_another_language_is_read_without_its_function_words(language, word):
    from statement_qa.query import stopwords

    # Function words would match a statement in the same language word for word.
    assert word in stopwords(language) and not stopwords("en")
    assert "als" not in stopwords("sv") and "ela" not in stopwords("pt")


ADVERT_PAGE = """<!-- FICTIONAL test statement: invented organisation, company and products. -->
# The Zorvex GripMitt: our view

Published by the Invented MND Circle, March 2025.

## Background

Zorvex Medical sells the GripMitt, a powered glove with small motors that helps people with weak
hands hold a cup or a pen. It has not been tested in a trial of people with MND.

> Sponsored: meet the Zorvex StepBand, the powered ankle band for stroke rehabilitation. Book a demo!

## Our view

The Invented MND Circle does not recommend buying the GripMitt until it has been tested in people
with MND. Ask an occupational therapist about hand aids you can borrow.
"""


@pytest.mark.parametrize("question, outcome, not_covered", [
    ("Is the Zorvex StepBand good for someone with MND?", DECLINED, ["StepBand"]),
    ("Helpt de Zorvex StepBand bij ALS?", DECLINED, ["StepBand"]),
    ("Is the Zorvex GripMitt good for someone with MND?", ANSWERED, []),
    ("Is the Zorvex glove any good for weak hands?", ANSWERED, []),
    # A spray the glove statement never speaks of: another product of the company.
    ("Is the Zorvex nasal spray any good?", DECLINED, ["Zorvex spray"]),
    # Nor face masks: a kind beyond the forms.
    ("Are Zorvex face masks any good for MND?", DECLINED, ["Zorvex masks"]),
])
def test_another_made_up_name_beside_the_company_is_another_product_even_if_the_page_prints_it(tmp_path, question,
                                                                                                 outcome, not_covered):
    # The StepBand is advertised on the page (so it is no unknown word), but the statement's title, names and
    # position are about the GripMitt: asked beside the company's name, it is the company's other product.
    answer = _answer_from_one_statement(tmp_path, ADVERT_PAGE, question)
    assert (answer.outcome, list(answer.not_covered)) == (outcome, not_covered)


def _answer_from_one_statement(tmp_path, statement: str, question: str):
    """The answer to `question` from a corpus of one Markdown statement, with the fake embedder."""
    return _assistant_on(tmp_path, {"statement.md": statement}).answer(question)


CLINIC_PAGE = """<!-- FICTIONAL test statement: invented organisation, clinic and treatment. -->
# You asked us about bee-sting therapy

Invented MND Friends, April 2025.

The Hivewell Apitherapy Centre offers a course of bee-venom injections for MND. Its window says "Hivewell: nature's own
cure for tired nerves". Hivewell's honey-and-propolis face masks are a separate treatment; we have no view on them.

## What we say

Please don't pay for bee-venom treatment at Hivewell. There is no good evidence that it helps MND, and the stings can
cause dangerous allergic reactions.
"""


@pytest.mark.parametrize("question, outcome, not_covered", [
    # Masks written with the name: the statement writes them only to say it does not cover them.
    ("Are Hivewell's honey and propolis masks OK for ALS?", DECLINED, ["Hivewell's honey and propolis masks"]),
    ("Le maschere al miele di Hivewell vanno bene per la SLA?", DECLINED, ["maschere al miele di Hivewell"]),
    # A kind the statement never writes at all.
    ("Is the Hivewell cooling cap worth buying?", DECLINED, ["Hivewell cooling cap"]),
    # Its own treatment, and a kind asked about beside it, not as its name's.
    ("Is the Hivewell bee venom course worth it?", ANSWERED, []),
    ("Can I take Hivewell injections with my vitamins?", ANSWERED, []),
    ("Hivewell and vitamins together, is that safe?", ANSWERED, []),
    # Another clause, and 'caps' for capsules, which a statement may leave unnamed.
    ("She drank her tea last week before Hivewell; is Hivewell worth it?", ANSWERED, []),
    ("Hivewell leftover caps, what do we say?", ANSWERED, []),
])
def test_a_kind_of_product_written_with_a_statements_name_that_it_does_not_cover(tmp_path, question, outcome,
                                                                                   not_covered):
    answer = _answer_from_one_statement(tmp_path, CLINIC_PAGE, question)
    assert (answer.outcome, list(answer.not_covered)) == (outcome, not_covered)


UNTITLED_PAGE = """<!-- FICTIONAL test statement: invented organisation, company and devices. -->
# Ask the committee

Invented MND Community, August 2025.

Several of you have been sent adverts for a battery pen from Coldbrook Devices that you stroke along your arms.

## The committee's answer

There is no evidence that the Vantara MicroPen helps MND, and we would not spend money on it.

The Vantara FacePen in the same adverts is sold for wrinkles and has nothing to do with MND.
"""


@pytest.mark.parametrize("question, outcome, not_covered", [
    ("What about the Vantara FacePen?", DECLINED, ["Vantara FacePen"]),
    ("Ist der Vantara FacePen bei ALS sinnvoll?", DECLINED, ["Vantara FacePen"]),
    ("Is the Vantara MicroPen any good?", ANSWERED, []),
])
def test_a_line_is_read_from_the_position_when_the_title_does_not_name_it(tmp_path, question, outcome, not_covered):
    # The page's title names nothing; its position speaks of the MicroPen, and the FacePen only to set it aside.
    answer = _answer_from_one_statement(tmp_path, UNTITLED_PAGE, question)
    assert (answer.outcome, list(answer.not_covered)) == (outcome, not_covered)


PATCH_PAGE = """<!-- FICTIONAL test statement: invented organisation, company and product. -->
# Quellon Health's Serapatch skin patch: our position

Invented ALS Network, May 2025.

## Background

Quellon Health sells the Serapatch, a skin patch changed daily, said to ease cramps.

## Our position

We do not recommend the Serapatch skin patch: there is no trial of the patch in people with ALS.
"""


@pytest.mark.parametrize("question, outcome, not_covered", [
    ("Is the Quellon Health sleep spray safe?", DECLINED, ["Quellon Health spray"]),
    ("Are Quellon Health's cramp tablets worth it?", DECLINED, ["Quellon Health tablets"]),
    ("Is the Quellon Health patch any good for cramps?", ANSWERED, []),
    ("Is Quellon Health's product worth buying?", ANSWERED, []),
])
def test_a_form_of_another_kind_beside_the_company_is_another_product(tmp_path, question, outcome, not_covered):
    # The statement's title and position speak of a patch: the company's spray or tablets are other products.
    answer = _answer_from_one_statement(tmp_path, PATCH_PAGE, question)
    assert (answer.outcome, list(answer.not_covered)) == (outcome, not_covered)


GREEK_STATEMENT = """<!-- FICTIONAL test statement: invented organisation and product, in Greek. -->
# Σπρέι Ζαλοβίνη για τη σιελόρροια: η θέση μας

Φανταστική Ένωση ΑΠΣ, Μάιος 2025.

## Ιστορικό

Το σπρέι Ζαλοβίνη ψεκάζεται κάτω από τη γλώσσα για τη σιελόρροια. Δεν έχει δοκιμαστεί σε μεγάλη μελέτη.

## Η θέση μας

Δεν προτείνουμε το σπρέι Ζαλοβίνη για τη σιελόρροια μέχρι να ολοκληρωθεί μια μεγάλη μελέτη.
"""


def test_a_question_in_a_language_without_a_glossary_meets_statements_in_its_own_language(tmp_path):
    # No glossary reads Greek into English: against a Greek statement the question as written is compared.
    assistant = _assistant_on(tmp_path, {"greek.md": GREEK_STATEMENT, "english.md": PATCH_PAGE})
    assert assistant.index.documents["greek"].language == "el"
    query = assistant.retriever.analyse("Βοηθά το σπρέι για τη σιελόρροια;")
    assert query.language == "el"
    greek = next(h for h in assistant.evidence(query).hits if h.doc_id == "greek")
    assert greek.dense > 0


TABLET_STATEMENT = """<!-- FICTIONAL test statement: invented organisation, company and product. -->
# Quorvadin (QVD-12): our view

## Background

Quorvadin is a tablet from Invented Pharma, taken twice a day, for people with MND. In a small trial the people
taking it kept their strength in their hands and legs a little longer. Invented Pharma also makes QVD-19, a cream
for sensitive skin and rosacea, which has nothing to do with MND.

## Our view

The Invented MND Circle thinks quorvadin tablets are worth watching. Ask your neurologist about the QVD-3 trial of
the tablet for MND rather than buying it.
"""


@pytest.mark.parametrize("question, outcome", [
    ("What's the best cream for sensitive skin and rosacea?", DECLINED),  # another form: the company's cream
    ("Is there a gel or a lotion for rosacea?", DECLINED),
    ("Is the QVD-12 tablet worth it?", ANSWERED),  # the statement's own form
])
def test_a_question_about_a_product_of_another_form_is_not_about_the_statement(tmp_path, question, outcome):
    assistant = _assistant_on(tmp_path, {"quorvadin.md": TABLET_STATEMENT})
    assert assistant.answer(question).outcome == outcome


@pytest.mark.parametrize("best_lexical, rival_lexical, chosen", [
    (4.8, 1.9, "best"),  # the question's words are the best statement's
    (0.0, 3.4, "rival"),  # ... or the rival's: the model's reading alone put the other first
    (2.8, 1.3, None),  # a lead of 1.5 points is no lead
    (4.7, 4.6, None),
])
def test_two_close_statements_are_told_apart_by_a_clear_lead_in_the_questions_words(best_lexical, rival_lexical, chosen):
    from statement_qa.retrieval import DocumentHit
    from statement_qa.settings import Settings

    best = DocumentHit("best", 0.58, 0.38, best_lexical, 0.0, 0.3, ())
    rival = DocumentHit("rival", 0.56, 0.27, rival_lexical, 0.0, 0.4, ())
    found = Assistant._clear_lead(best, rival, Settings())
    assert (found.doc_id if found else None) == chosen


@pytest.mark.parametrize("best_coverage, rival_coverage, chosen", [
    (0.07, 0.45, "rival"),  # an English question's topic words are the French statement's (through its glosses)
    (0.28, 0.13, None),  # twice as many is no clear lead
    (0.09, 0.09, None),
])
def test_two_close_statements_are_told_apart_by_a_clear_lead_in_topic_words(best_coverage, rival_coverage, chosen):
    from statement_qa.retrieval import DocumentHit
    from statement_qa.settings import Settings

    best = DocumentHit("best", 0.66, 0.52, 1.6, 0.0, best_coverage, ())
    rival = DocumentHit("rival", 0.65, 0.35, 1.3, 0.0, rival_coverage, ())
    found = Assistant._clear_lead(best, rival, Settings())
    assert (found.doc_id if found else None) == chosen


ENGLISH_TABLET = """<!-- FICTIONAL test statement: invented organisation, company and product. -->
# Velquamab: our view

## Background

Velquamab is a monthly antibody drip from Invented Bio for people with MND.

## Our view

The Invented MND Circle advises joining the VELQ-2 trial rather than paying for velquamab privately.
"""

FRENCH_TABLET = """<!-- FICTIONAL test statement: invented organisation, company and product. -->
# Dorvaline : notre position

## Contexte

La dorvaline est un comprimé d'un laboratoire suisse qui protège les mitochondries des neurones moteurs.

## Notre position

L'Association Invented SLA recommande d'attendre les résultats de l'essai DORVA-2 avant de prendre la dorvaline.
"""


@pytest.mark.parametrize("french_coverage, outcome", [(0.45, ANSWERED), (0.10, DECLINED)])
def test_a_statement_in_another_language_with_far_more_of_the_topic_words_answers_a_near_general_question(
        tmp_path, french_coverage, outcome):
    # The model put the general topics first (it reads the French poorly); the French statement, close behind the
    # English one, holds far more of the question's topic words through its glosses: it answers.
    from statement_qa.answer import Evidence
    from statement_qa.retrieval import DocumentHit

    assistant = _assistant_on(tmp_path, {"velquamab.md": ENGLISH_TABLET, "dorvaline-fr.md": FRENCH_TABLET})
    ids = {d.language: d.id for d in assistant.documents}
    query = assistant.retriever.analyse("a Swiss pill that protects the energy factories of nerve cells, is it worth it?")
    hits = [DocumentHit(ids["en"], 0.66, 0.52, 1.6, 0.0, 0.07, ()),
            DocumentHit(ids["fr"], 0.65, 0.35, 1.3, 0.0, french_coverage, ())]
    decision = assistant.decide(query, Evidence(np.ones(64, dtype=np.float32), hits, 0.9))
    assert (decision.outcome, decision.doc_id) == (outcome, ids["fr"] if outcome == ANSWERED else None)


ORIGIN_STATEMENTS = {
    "tarnel.md": """<!-- FICTIONAL test statement: invented organisation, company and product. -->
# Tarnelimod: our view

## Background

Tarnelimod is a capsule made by Invented Pharma, a Canadian company, that boosts regulatory T cells.

## Our view

The Invented ALS Circle advises joining the TARN-2 trial rather than buying tarnelimod.
""",
    "velmi.md": """<!-- FICTIONAL test statement: invented organisation, company and product. -->
# Velmistat: our view

## Background

Velmistat is a capsule made by Dalmira Labs that calms immune cells in the nervous system.

## Our view

The Invented ALS Circle does not recommend buying velmistat outside a trial.
""",
}


@pytest.mark.parametrize("question, scores, expected", [
    # Two statements tie on a description: the one that says where its product comes from, as the question does.
    ("Is the Canadian immune capsule any good?", (0.60, 0.59), "tarnel"),
    ("Vale a pena a cápsula canadense para o sistema imunitário?", (0.60, 0.59), "tarnel"),
    ("Is the immune capsule any good?", (0.60, 0.59), None),  # no origin asked: still ambiguous
    ("Is the Danish immune capsule any good?", (0.60, 0.59), None),  # neither says Danish
    # The best never says where its product comes from; one close behind says so.
    ("Is the Canadian immune capsule any good?", (0.60, 0.53), "tarnel"),
    ("Is the Canadian immune capsule any good?", (0.60, 0.45), "velmi"),  # too far behind
])
def test_a_description_that_says_where_its_product_comes_from_is_answered_by_the_statement_that_says_so(
        tmp_path, monkeypatch, question, scores, expected):
    assistant = _assistant_on(tmp_path, ORIGIN_STATEMENTS)
    hits = [_hit("velmi", scores[0]), _hit("tarnel", scores[1])]
    assert _answered_with(assistant, monkeypatch, question, hits) == expected


GERMAN_STATEMENT = """<!-- FICTIONAL test statement: invented organisation, company and product. -->
# Kalmistat: unsere Einschätzung

## Hintergrund

Kalmistat ist eine Kapsel der Firma Brennwald Pharma, die Immunzellen im Nervensystem beruhigen soll.

## Unsere Einschätzung

Der Erfundene ALS-Kreis rät davon ab, Kalmistat außerhalb einer Studie zu kaufen.
"""


@pytest.mark.parametrize("question, scores, expected", [
    # The model reads the German statement's words poorly: its origin (its language) counts from further behind.
    ("Is the German immune capsule any good?", (0.60, 0.48), "kalmi"),
    ("Is the German immune capsule any good?", (0.60, 0.42), "velmi"),  # too far behind even so
    # A statement in the question's language stays within the nearer ratio.
    ("Is the Canadian immune capsule any good?", (0.60, 0.48), "velmi"),
])
def test_a_described_products_origin_counts_from_further_behind_for_a_statement_in_another_language(
        tmp_path, monkeypatch, question, scores, expected):
    assistant = _assistant_on(tmp_path, {**ORIGIN_STATEMENTS, "kalmi.md": GERMAN_STATEMENT})
    other = "kalmi" if "German" in question else "tarnel"
    assert assistant.retriever.document(other).language == ("de" if other == "kalmi" else "en")
    hits = [_hit("velmi", scores[0]), _hit(other, scores[1])]
    assert _answered_with(assistant, monkeypatch, question, hits) == expected


def test_where_a_described_product_comes_from_settles_a_tie_before_the_words_two_statements_share(tmp_path, monkeypatch):
    # The English statement shares far more of an English question's words (a clear lexical lead); the German one alone
    # says where its product comes from, as the question does: the origin settles it, the shared words do not.
    from statement_qa.retrieval import DocumentHit

    assistant = _assistant_on(tmp_path, {**ORIGIN_STATEMENTS, "kalmi.md": GERMAN_STATEMENT})
    hits = [DocumentHit("velmi", 0.60, 0.50, 5.8, 0.0, 0.17, ()), DocumentHit("kalmi", 0.59, 0.46, 1.1, 0.0, 0.20, ())]
    assert _answered_with(assistant, monkeypatch, "Is the German immune capsule any good?", hits) == "kalmi"
    # No origin asked: the lexical lead settles it as before.
    assert _answered_with(assistant, monkeypatch, "Is the immune capsule any good?", hits) == "velmi"


@pytest.mark.parametrize("question, language, defines", [
    ("Wat is een PEG-sonde?", "nl", True),
    ("¿Qué es la ELA bulbar?", "es", True),
    ("Qu'est-ce qu'une sonde PEG ?", "fr", True),
    ("Was bedeutet ALSFRS?", "de", True),
    ("O que é uma sonda PEG?", "pt", True),
    ("Cos'è la PEG?", "it", True),
    # Asking for a position or advice, or 'what about …', is no definition.
    ("Was ist Ihre Empfehlung zu Quendrafil?", "de", False),
    ("Wat is jullie standpunt over de machine?", "nl", False),
    ("Was ist mit dem neuen Medikament?", "de", False),
    ("¿Qué es lo que recomiendan?", "es", False),
])
def test_a_question_asking_what_a_term_means_is_read_in_other_languages(question, language, defines):
    from statement_qa.answer import _defines_a_term

    assert _defines_a_term(question, language) is defines


@pytest.mark.parametrize("message", [
    "OK, back to the tablet: is it safe?",
    "Going back to the first one, how do I get into the trial?",
    "Volviendo a la pastilla, ¿es segura?",
    "Zurück zur Tablette: ist sie sicher?",
])
def test_a_message_that_goes_back_is_about_the_last_statement_answered(assistant, message):
    first = assistant.answer("Is AC-88 proven?")
    switched = assistant.answer("What about Acme's AC-12 for migraine?", about=first.about)
    assert switched.outcome == DECLINED and switched.about is None
    back = assistant.answer(message, about=switched.about, earlier=first.about)
    assert back.outcome == ANSWERED and back.about == "acme-ac88" and back.follow_up


def test_going_back_with_a_medicine_taken_alongside_stays_on_the_statement(assistant):
    first = assistant.answer("Is AC-88 proven?")
    switched = assistant.answer("What about Acme's AC-12 for migraine?", about=first.about)
    back = assistant.answer("Going back to the tablet - is it OK with her levothyroxine?", about=switched.about,
                            earlier=first.about)
    assert back.outcome == ANSWERED and back.about == "acme-ac88" and [n.lower() for n in back.not_covered] == [
        "levothyroxine"]
    # Another statement's product or another disease named on the way back is no return.
    other = assistant.answer("Going back to the tablet - and Luminacel?", about=switched.about, earlier=first.about)
    assert other.about != "acme-ac88"


def test_without_a_word_of_going_back_a_declined_switch_still_ends_the_conversation(assistant):
    first = assistant.answer("Is AC-88 proven?")
    assistant.answer("What about Acme's AC-12 for migraine?", about=first.about)
    after = assistant.answer("Is it safe?", about=None, earlier=first.about)
    assert after.about != "acme-ac88"


SWITCH_STATEMENTS = {  # FICTIONAL: invented organisation, makers and products
"holm-velkor.md": """<!-- FICTIONAL test statement -->
# Velkor Neck Brace: our view

## Background

The Velkor Neck Brace is a soft collar sold by Tamsin Devices for people whose neck muscles are weak. Tamsin also sells the Velkor Sleep Pillow.

## Our position

We think the Velkor Neck Brace can help some people hold their head up. Ask your occupational therapist to fit one first.

Holm MND Group, May 2025. Fictional test document.
""",
"holm-ostrafenib.md": """<!-- FICTIONAL test statement -->
# Ostrafenib: our view

## Background

Ostrafenib is an experimental tablet made by Velkram Pharma and tested in the OSTRA-2 trial.

## Our position

Ostrafenib is only available inside the OSTRA-2 trial, and genuine trials never charge a fee to take part or nothing is owed. Ask your neurologist.

Holm MND Group, June 2025. Fictional test document.
""",
"holm-lirvane.md": """<!-- FICTIONAL test statement -->
# Lirvane: our view

## Background

Lirvane is an experimental injection made by Pennard Bio, tested in the LIRVA-3 trial for ALS.

## Our position

Do not buy lirvane privately. For ALS it is the trial or nothing: ask your trial team or neurologist about LIRVA-3.

Holm MND Group, July 2025. Fictional test document.
""",
}


@pytest.fixture(scope="module")
def switching(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("switch-corpus")
    for name, text in SWITCH_STATEMENTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return fake_assistant(corpus, tmp_path_factory.mktemp("switch-index"))


def test_in_a_conversation_a_message_naming_nothing_goes_elsewhere_only_on_a_clear_lead(switching):
    first = switching.answer("Is the Velkor Neck Brace any good?")
    switched = switching.answer("What about the Velkor Sleep Pillow?", about=first.about)
    assert first.about == "holm-velkor" and switched.outcome == DECLINED
    # Asked alone, the lead of one trial statement over the other (both share its words) settles it.
    message = "So it is experimental and only in the trial?"
    assert switching.answer(message).about == "holm-ostrafenib"
    # In the conversation, that lead is no reason to show another statement's words: which one is asked instead.
    after = switching.answer(message, about=switched.about, earlier=first.about)
    assert after.outcome == DECLINED and after.about is None
    assert after.ambiguous and {"holm-ostrafenib", "holm-velkor"} <= {r.id for r in after.related}
    # A message clearly about another statement still reaches it.
    clear = switching.answer("OK, so for ALS it's a trial or nothing?", about=switched.about, earlier=first.about)
    assert clear.about == "holm-lirvane"


SET_ASIDE_STATEMENTS = {
    "quellbrook.md": """<!-- FICTIONAL test statement: invented organisation, laboratory and tests. -->
# Private Lyme tests: our guide

## Background

Private laboratories such as Quellbrook Diagnostics sell a "Lyme panel" for £395 to people with MND.
Quellbrook also sells a £149 food-intolerance test. This guide does not cover it.

## Our guide

The Invented MND Circle advises against paying for Quellbrook's Lyme panel: ask your neurologist first.
""",
    "dravel.md": """<!-- FICTIONAL test statement: invented organisation, company and product. -->
# Dravelin Calm Drops: our view

## Background

Dravelin Calm Drops are a herbal tincture sold by Harrowgate Botanics, taken with food.

## Our view

The Invented MND Circle does not recommend Dravelin drops; they have not been tested in MND.
""",
    "corran.md": """<!-- FICTIONAL test statement: invented organisation, clinic and courses. -->
# The Corran Clinic's Nerve Renewal course: our view

## Background

The Corran Clinic sells a ten-week Nerve Renewal course of infusions for £6,000 to people with MND.
Corran also advertises a "knee renewal" injection for arthritis. We have no view on that.
Corran also does an "oxygen facial" - that is nothing to do with us.
Corran also sells Renewal Night cream, a different product.
Their flyer also pushes the Corran Detox Glow Wrap, which is a beauty treatment and not something we have looked at.

## Our view

The Invented MND Circle advises against paying for the Nerve Renewal course: no trial has tested it.
""",
    "thistlebank.md": """<!-- FICTIONAL test statement: invented organisation, company and kits. -->
# Home spit kits

## Background

People see the Thistlebank MotorRisk kit in chemists. Thistlebank's advert says it tells you your MND risk.
Don't confuse it with Thistlebank's Ancestry Plus kit (family-tree stuff) - not our business.

## Our line

We wouldn't buy the MotorRisk kit: a spit test cannot tell you your risk of MND.
""",
    "gummies.md": """<!-- FICTIONAL test statement: invented organisation, company and product. -->
# Brindle Kelp Gummies: our view

## Our view

We can't recommend Brindle Kelp Gummies for MND: kelp can interact with thyroid and blood-pressure tablets.
""",
    "velora.md": """<!-- FICTIONAL test statement: invented organisation and product. -->
# Velora spray (VLR-58): our view

## Our view

The Invented MND Circle does not recommend Velora spray for cramps in MND: no trial has tested it.
""",
    "morgentau.md": """<!-- FICTIONAL test statement: invented association, company and products. -->
# Nervalin Kapseln: unsere Meinung

## Hintergrund

Nervalin Kapseln sind ein Nahrungsergänzungsmittel der Morgentau GmbH mit Vitaminen und Zink.

## Unsere Empfehlung

Wir raten davon ab, Nervalin Kapseln zu kaufen: Sie wurden bei ALS nicht geprüft.

Nicht verwechseln: der Morgentau Schlaf-Tee ist ein Kräutertee zum Einschlafen und hat mit ALS nichts zu tun.
""",
}


@pytest.mark.parametrize("question, expected", [
    # Words the statement writes only where it says what it does not cover: the question is about that.
    ("Should I do Quellbrook's food intolerance test?", None),
    ("Is Quellbrook's Lyme panel worth the money?", "quellbrook"),
    ("Is the Quellbrook Lyme panel OK to take with food?", "quellbrook"),  # 'food' alone is an everyday word
    ("Il test delle intolleranze alimentari di Quellbrook è utile?", None),  # through its English glosses
    ("Il Lyme panel di Quellbrook è utile?", "quellbrook"),
    # The statement's own kind in the question's language is no other product of the line; another kind is.
    ("Soll mein Vater Dravelin-Tropfen nehmen?", "dravel"),
    ("Soll mein Vater Dravelin Calm nehmen?", "dravel"),
    ("Soll mein Vater Dravelin-Kapseln nehmen?", None),
    # A name a statement sets beside its subject, in quotes or in capitals, in any language the question is asked in.
    ("What about the Corran knee renewal injection for someone with MND?", None),
    ("Is the Corran Nerve Renewal course worth it?", "corran"),
    ("I el tractament facial amb oxigen de Corran?", None),  # its own word, in another order and language
    ("Is the Corran Nerve Renewal course worth it? He cramps every night.", "corran"),  # an everyday word apart
    ("What about Corran's Renewal Night cream?", None),  # the name, written whole
    ("What about the Detox Glow Wrap that Corran sells?", None),  # 'not something we have looked at'
    ("Is the Thistlebank Ancestry Plus kit any good?", None),
    ("Is the Thistlebank MotorRisk kit worth buying?", "thistlebank"),
    ("My husband has MND. Is the Morgentau Schlaf-Tee OK for him?", None),
    ("Le thé Morgentau Schlaf-Tee aide-t-il les malades de la SLA à dormir ?", None),
    ("Is Nervalin worth it for my husband with ALS?", "morgentau"),
    # A condition the position names only as a medicine's ('thyroid tablets') is no position on that condition.
    ("Would Brindle Kelp Gummies help my underactive thyroid?", None),
    # A code of the statement's letters with another number is another product of the line.
    ("velora VLR59 for cramps?", None),
    ("Is Velora VLR-58 spray OK for cramps?", "velora"),
    ("Are Brindle Kelp Gummies OK with my thyroid tablets?", "gummies"),
])
def test_what_a_statement_sets_aside_and_its_own_kind_in_another_language(tmp_path, question, expected):
    assistant = _assistant_on(tmp_path, SET_ASIDE_STATEMENTS)
    answer = assistant.answer(question)
    assert (answer.statement.id if answer.statement else None) == expected, answer.outcome


ORGANISATION_FILES = {
    "lyme.md": """<!-- FICTIONAL test statement: invented organisation and laboratory. -->
# Private Lyme tests

Ravenhallow ALS Network

## Our guidance

The Ravenhallow ALS Network advises against paying for private Lyme tests: ask your neurologist first.
""",
    "badges.md": """<!-- FICTIONAL test resource: invented organisation. -->
# Volunteer training day badges

Ravenhallow ALS Network

## Badges

Ravenhallow ALS Network volunteer. Ask me about Lyme testing guidance. Ravenhallow ALS Network helpline.
""",
    "badges.meta.json": '{"kind": "resource", "_comment": "FICTIONAL test sidecar"}',
}


@pytest.mark.parametrize("question, scores, expected", [
    # The organisation named: its statement before its background text close above it (and that text no rival).
    ("What is the Ravenhallow ALS Network's guidance on Lyme testing?", (0.60, 0.50), "lyme"),
    ("What is the Ravenhallow ALS Network's guidance on Lyme testing?", (0.60, 0.40), "badges"),  # too far behind
    ("What is the guidance on Lyme testing?", (0.60, 0.50), "badges"),  # no organisation named
])
def test_a_question_naming_an_organisation_gets_its_statement_before_its_background(
        tmp_path, monkeypatch, question, scores, expected):
    assistant = _assistant_on(tmp_path, ORGANISATION_FILES)
    assert {d.id: d.kind for d in assistant.documents} == {"lyme": "statement", "badges": "resource"}
    hits = [_hit("badges", scores[0]), _hit("lyme", scores[1])]
    assert _answered_with(assistant, monkeypatch, question, hits) == expected


QUOTED_STATEMENTS = {
    "oxel.md": """<!-- FICTIONAL test statement: invented organisation, company and product. -->
# Tarvexil: our view

## Our view

Tarvexil is not approved anywhere, and the company's "compassionate supply" scheme charges families for it: we
advise against paying.
""",
    "selg.md": """<!-- FICTIONAL test statement: invented organisation, company and product. -->
# Morvalumab: our view

## Our view

Morvalumab is only given in trials. Never pay anyone who offers to sell it.
""",
}


@pytest.mark.parametrize("question, scores, expected", [
    # The phrase a question quotes, written by one statement close behind the best: that statement.
    ("They offer tablets through a 'compassionate supply' scheme. Should we pay?", (0.64, 0.61), "oxel"),
    ("They offer tablets through a “compassionate supply” scheme. Should we pay?", (0.64, 0.61), "oxel"),
    ("They offer tablets through a 'compassionate supply' scheme. Should we pay?", (0.64, 0.50), "selg"),  # far behind
    ("They offer tablets through a compassionate supply scheme. Should we pay?", (0.64, 0.61), None),  # nothing quoted
])
def test_a_phrase_the_question_quotes_leads_to_the_statement_that_writes_it(
        tmp_path, monkeypatch, question, scores, expected):
    assistant = _assistant_on(tmp_path, QUOTED_STATEMENTS)
    hits = [_hit("selg", scores[0]), _hit("oxel", scores[1])]
    assert _answered_with(assistant, monkeypatch, question, hits) == expected


SPANISH_STATEMENT = """<!-- FICTIONAL test statement: invented organisation, company and product. -->
# Tremavelina: nuestra posición

## Nuestra posición

La tremavelina no cura la ELA y no tiene precio en España: hable con su neurólogo antes de comprarla.
"""


@pytest.mark.parametrize("question, expected", [
    # Glossed as the disease and what one asks about it ('ALS MND', 'cure'): a general question, however well a
    # statement in the question's language shares its words.
    ("¿La ELA tiene cura?", None),
    ("A ELA é hereditária?", None),
    ("Que apoios existem para cuidadores de pessoas com ELA?", None),  # glossed 'carer', 'ALS MND': the help there is
    ("¿Qué ayudas hay para los cuidadores de personas con ELA?", None),
    ("¿La tremavelina ayuda a los cuidadores?", "trema"),
    ("¿La tremavelina cura la ELA?", "trema"),  # a product named
])
def test_a_general_question_in_another_language_is_not_answered_by_a_statement_sharing_its_words(
        tmp_path, monkeypatch, question, expected):
    assistant = _assistant_on(tmp_path, {"trema.md": SPANISH_STATEMENT})
    assert _answered_with(assistant, monkeypatch, question, [_hit("trema", 0.9)]) == expected


@pytest.fixture(scope="module")
def blind_aa(tmp_path_factory):
    """Blind set AA's corpus (fictional, run held out first): two organisations' statements on talmivorex, one of them
    a social post titled by its account ('Post by @chattonals') whose position names the product."""
    return fake_assistant(FIXTURES / "blind-aa" / "corpus", tmp_path_factory.mktemp("blind-aa"))


@pytest.mark.parametrize("question, about", [
    ("What does the Chatton ALS Circle say about talmivorex?", "chatton-talmivorex-pixelfed"),
    ("What does the Bamburgh MND Association say about talmivorex?", "bamburgh-talmivorex-2026-neos"),
])
def test_the_organisation_named_chooses_its_statement_on_the_product_its_position_names(blind_aa, question, about):
    assert blind_aa.answer(question).about == about


@pytest.mark.parametrize("other_dense, outcome", [(0.42, ANSWERED), (0.30, DECLINED)])
def test_a_question_is_general_only_when_every_statement_on_the_best_subject_reads_further_from_it(
        assistant, other_dense, outcome):
    # Two organisations' statements on Luminacel: the question's words nearer the general topics than the best one's
    # passages, but not than the other's. Either would answer, so the nearer of the two says whether it is general.
    from statement_qa.answer import Evidence
    from statement_qa.retrieval import DocumentHit

    query = assistant.retriever.analyse("Worth paying for the bone marrow cells at a clinic for MND?")
    hits = [DocumentHit("brightcell-luminacel", 0.72, 0.37, 3.0, 0.0, 0.5, ()),
            DocumentHit("graustark-luminacel", 0.66, other_dense, 2.0, 0.0, 0.4, ())]
    decision = assistant.decide(query, Evidence(np.zeros((1, 8), dtype=np.float32), hits, 0.43))
    assert decision.outcome == outcome
    assert (decision.doc_id in LUMINACEL) is (outcome == ANSWERED)


def test_a_follow_up_naming_another_organisation_gets_its_statement_on_the_same_product(blind_aa):
    first = blind_aa.answer("What does the Chatton ALS Circle say about talmivorex?")
    assert first.about == "chatton-talmivorex-pixelfed"
    other = blind_aa.answer("How is that different from what the Bamburgh association says?", about=first.about)
    # Its current statement, not the superseded carol sheet.
    assert other.about == "bamburgh-talmivorex-2026-neos" and other.follow_up
    # An organisation with no statement on that product asks nothing of this one's.
    assert blind_aa.answer("And what does the Wooler group say?", about=first.about).about != "bamburgh-talmivorex-2026-neos"


def test_an_organisations_name_is_never_taken_for_a_company(tmp_path_factory):
    # Blind set L (fictional): another organisation's shared-drive readme names the Sandhaven MND Group the way pages
    # name makers; it had become a company with a statement (the readme), so naming the group reached the readme.
    assistant = fake_assistant(FIXTURES / "blind-l" / "corpus", tmp_path_factory.mktemp("blind-l"))
    subjects = assistant.retriever.subjects
    assert "sandhaven" not in subjects.by_key and "sandhavenmndgroup" not in subjects.by_key
    answer = assistant.answer("Sandhaven MND Group's view on stimulation headbands?")
    assert answer.about != "kittiwake-shared-drive-statements-readme"


EVERYDAY_NAME_STATEMENTS = {
    "beacon.md": """<!-- FICTIONAL test statement: invented organisation, company and product. -->
# Answers booklet 2026: the Beacon

## Background

The Beacon is a blue-light headband sold by Harrowgate Ltd for 90 pounds. Harrowgate says the Beacon wakes tired nerves.

## Our view

The Beacon may feel pleasant, but there is no evidence that it slows MND. Ask your nurse before buying the Beacon.
""",
    "velmi.md": """<!-- FICTIONAL test statement: invented organisation and product. -->
# Velmicor capsules

## Our position

The Invented MND Circle does not recommend buying Velmicor capsules online.
""",
}


@pytest.mark.parametrize("question, expected", [
    ("Is the Beacon worth buying for MND?", "beacon"),
    ("Read me your words on the Beacon headband.", "beacon"),
    # The name as an everyday word: the model saw 'beacon', not the product, however near it puts the statement.
    ("Can I hang a beacon in the garden at night so I can see the path from the wheelchair?", None),
])
def test_a_products_everyday_name_written_as_an_everyday_word_does_not_ask_about_it(
        tmp_path, monkeypatch, question, expected):
    assistant = _assistant_on(tmp_path, EVERYDAY_NAME_STATEMENTS)
    assert _answered_with(assistant, monkeypatch, question, [_hit("beacon", 0.6)]) == expected


@pytest.mark.parametrize("message, follows", [
    ("what's the weather like today?", False),
    # About the answer just given, in words the statement never uses, however far the model puts them: still about it.
    ("Can you say that again in plain words?", True),
    ("What does 'licensed' mean in that answer?", True),
    ("¿Me lo puede repetir con palabras sencillas?", True),
    ("Kannst du das einfacher sagen?", True),
])
def test_a_message_about_the_answer_just_given_follows_it(tmp_path, monkeypatch, message, follows):
    assistant = _assistant_on(tmp_path, EVERYDAY_NAME_STATEMENTS)
    monkeypatch.setattr(assistant.retriever, "rank", lambda *args, **kwargs: [_hit("beacon", 0.01)])
    monkeypatch.setattr(assistant.retriever, "general_match", lambda vector: (0.0, 0))
    answer = assistant.answer(message, about="beacon")
    assert answer.follow_up is follows
    assert (answer.statement.id if answer.statement else None) == ("beacon" if follows else None)


@pytest.mark.parametrize("question, expected", [
    ("Is it OK to light beacons on the hill for the jubilee?", None),  # the everyday word: general, like the topics
    ("Is it OK to wear the Beacon on the hill for the jubilee?", "beacon"),
])
def test_a_products_everyday_name_written_as_a_word_is_no_rare_word_of_its_statement(
        tmp_path, monkeypatch, question, expected):
    assistant = _assistant_on(tmp_path, EVERYDAY_NAME_STATEMENTS)
    monkeypatch.setattr(assistant.retriever, "rank", lambda *args, **kwargs: [_hit("beacon", 0.6)])
    monkeypatch.setattr(assistant.retriever, "general_match", lambda vector: (0.6, 0))  # as near the general topics
    answer = assistant.answer(question)
    assert (answer.statement.id if answer.statement else None) == expected


SET_ASIDE_EVERYDAY_NAME = {
    "pebble.md": """<!-- FICTIONAL test statement: invented organisation, company and products. -->
# The Cobble vibration disc

## Background

The Cobble is a vibration disc sold by Harnham Devices for 189 pounds. Harnham also sells the Lantern, a speaker
pillow for sleep; this page is not about the Lantern. HX-9 is Harnham Devices' knee brace, a different product.

## Our view

The Cobble is harmless but there is no evidence that it helps MND. Do not buy it expecting that.

## About this page

Fictional test document: the Cobble, the Lantern and Harnham Devices are invented.
""",
}


@pytest.mark.parametrize("question, expected", [
    ("Is the Cobble any good?", "cobble"),
    # The name the page sets aside, written as a name, though a notice below lists it with the others.
    ("Is the Lantern pillow from Harnham any good?", None),
    ("Und das Lantern-Kissen von Harnham?", None),
    ("What's the view on Harnham Devices' disc for MND?", "cobble"),  # the company of a set-aside product is its own
])
def test_a_set_aside_name_written_as_a_name_is_never_the_statements(tmp_path, monkeypatch, question, expected):
    assistant = _assistant_on(tmp_path, SET_ASIDE_EVERYDAY_NAME)
    assert _answered_with(assistant, monkeypatch, question, [_hit("pebble", 0.7)]) == (expected and "pebble")
