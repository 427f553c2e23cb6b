"""The web app's HTML without a browser: escaping, links, page anchors, button wording.

The documents here are FICTIONAL (invented organisations and therapies), built in code.
"""

from __future__ import annotations

from datetime import date

import pytest

from statement_qa.answer import Answer, Related, StatementRef
from statement_qa.documents import Document, Section
from statement_qa.ui_html import (
    Renderer,
    organisation_short,
    product_name,
    safe_url,
    shortened,
)

TEXT = "Background\n\nZelvorin is an invented pill.\n\nRecommendation\n\nWe do not <b>support</b> Zelvorin.\n"
REC_START = TEXT.index("We do not")


def document(**changes) -> Document:
    fields = {
        "id": "zelvorin", "title": "Quorvane Labs – Zelvorin™ (ZV-9)", "organisation": "Ostwick ALS Association",
        "date": "2021-04", "kind": "statement", "source": "zelvorin.pdf", "url": "https://ostwick.example.org/zelvorin.pdf",
        "text": TEXT, "sections": (Section("Background", 12, 40), Section("Recommendation", REC_START, len(TEXT) - 1)),
        "aliases": ("Quorvane Labs", "Zelvorin", "ZV-9"), "page_starts": (REC_START - 5,),
    }
    return Document(**{**fields, **changes})


def answer(doc: Document, question: str = "Is Zelvorin proven?", language: str | None = None, **fields) -> Answer:
    ref = StatementRef(doc.id, doc.title, doc.organisation, doc.date, doc.kind, doc.source, doc.url,
                       language=language)
    quote = doc.section_text(doc.recommendation)
    return Answer(question, True, "(English message, never shown by the page)", ref, "Recommendation", quote, (),
                  0.9, (), outcome="answered", quoting="recommendation", about=doc.id, **fields)


def declined(question: str = "weather?", **fields) -> Answer:
    return Answer(question, False, "(English message, never shown by the page)", None, None, None, (), None, (),
                  outcome=fields.pop("outcome", "declined"), **fields)


TODAY = date(2022, 1, 1)


def test_quote_and_question_are_escaped_never_rendered():
    doc = document()
    html = Renderer([doc]).exchange(answer(doc, "<script>alert(1)</script> **bold**"), "en", latest=True)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; **bold**" in html
    assert "We do not &lt;b&gt;support&lt;/b&gt; Zelvorin." in html


def test_pdf_link_goes_to_the_quote_page_and_the_date_is_spelled_out():
    doc = document()
    html = Renderer([doc], TODAY).exchange(answer(doc), "en")
    assert 'href="https://ostwick.example.org/zelvorin.pdf#page=2"' in html
    assert "Statement issued April 2021" in html


@pytest.mark.parametrize("url", [None, "javascript:alert(1)", "data:text/html,x", "ostwick.example.org"])
def test_without_a_web_url_the_source_file_is_named_instead(url):
    doc = document(url=url, source="zelvorin.txt", page_starts=())
    html = Renderer([doc], TODAY).exchange(answer(doc), "en")
    assert "<a " not in html and "Source file: zelvorin.txt" in html
    assert safe_url(url) is None


def test_a_decline_says_what_is_not_covered_from_its_fields_not_its_message():
    html = Renderer([]).exchange(declined(not_covered=("tofersen",), related=(Related("x", "X"),)), "en")
    assert "Our statements do not cover tofersen." in html
    assert "We have no published statement that answers this question, so we cannot quote one." in html
    assert "please contact your national ALS/MND association" in html
    assert "English message" not in html and "<blockquote" not in html and 'role="alert"' not in html


def test_an_ambiguous_decline_says_several_statements_fit_instead_of_none():
    answer = declined(related=(Related("x", "X"), Related("y", "Y")), ambiguous=True)
    html = Renderer([]).exchange(answer, "fr")
    assert "Plusieurs de nos prises de position pourraient correspondre" in html
    assert "Nous n'avons aucune prise de position publiée" not in html


def test_thanks_gets_a_closing_sentence_and_no_decline():
    html = Renderer([]).exchange(declined("gracias", closing=True), "es")
    assert "De nada." in html and "No tenemos ninguna declaración" not in html


def test_urgent_is_an_alert_in_the_pages_language():
    html = Renderer([]).exchange(declined("I can't breathe", outcome="urgent", urgent="breathing"), "es")
    assert 'role="alert"' in html and "112 en Europa" in html and "dificultad para respirar" in html
    assert "Su pregunta:" in html


def test_urgent_is_said_first_in_the_language_the_person_wrote_in_then_the_pages():
    # The page asked for English, so the answer's own sentences are English; the question was written in Spanish.
    spanish_question = {"outcome": "urgent", "urgent": "medical", "language": "en", "asked_in": "es"}
    html = Renderer([]).exchange(declined("Mi padre vomita sangre", **spanish_question), "en")
    spanish, english = html.find("112 en Europa"), html.find("112 in Europe")
    assert 0 <= spanish < english and '<p class="sqa-message sqa-speak" lang="es">' in html
    # The same language once; a language the interface does not have, or none shown, the page's only.
    assert html.count("112") == 2
    once = Renderer([]).exchange(declined("Mi padre vomita sangre", **{**spanish_question, "language": "es"}), "es")
    assert once.count("112 en Europa") == 1 and "112 in Europe" not in once
    latvian = Renderer([]).exchange(declined("Tēvs vemj asinis", **{**spanish_question, "asked_in": "lv"}), "en")
    assert "112 in Europe" in latvian and 'lang="lv"' not in latvian
    unknown = Renderer([]).exchange(declined("112??", **{**spanish_question, "asked_in": None}), "es")
    assert "112 en Europa" in unknown and "112 in Europe" not in unknown


def test_spanish_page_quotes_the_english_statement_verbatim_and_says_so():
    doc = document()
    html = Renderer([doc], TODAY).exchange(answer(doc, "¿Funciona Zelvorin?", language="en"), "es")
    assert "Ostwick ALS Association dice, en su declaración «Quorvane Labs – Zelvorin™ (ZV-9)» de abril de 2021:" in html
    assert "We do not &lt;b&gt;support&lt;/b&gt; Zelvorin." in html and '<blockquote class="sqa-quote sqa-speak" lang="en">' in html
    assert "Esta declaración está publicada en inglés." in html
    assert "Esta es la posición publicada por la organización" in html


def test_a_follow_up_names_its_statement_and_an_uncovered_detail_says_so():
    doc = document()
    follow = answer(doc, "what about the dose?", follow_up=True, covers_question=False)
    html = Renderer([doc], TODAY).exchange(follow, "en")
    assert "About Quorvane Labs – Zelvorin™ (ZV-9):" in html
    assert "The statement does not say anything about that. Its recommendation is:" in html
    assert "says, in its statement" not in html


def test_old_statements_and_long_questions_carry_a_note():
    doc = document()
    html = Renderer([doc], date(2026, 1, 1)).exchange(answer(doc, "x " * 3000, truncated=True), "en", latest=True)
    assert "This statement is from April 2021. Positions can change" in html
    assert "only its first 1000 characters were read" in html
    heading = html.split('id="sqa-latest-heading"', 1)[1].split("</h2>", 1)[0]
    assert len(heading) < 400


def test_an_answer_shows_when_it_was_issued_and_last_reviewed_and_a_review_keeps_it_current():
    reviewed = document(reviewed="2025-02")
    ref = StatementRef(reviewed.id, reviewed.title, reviewed.organisation, reviewed.date, reviewed.kind,
                       reviewed.source, reviewed.url, reviewed="2025-02")
    shown = Answer(**{**answer(reviewed).__dict__, "statement": ref})
    html = Renderer([reviewed], date(2026, 1, 1)).exchange(shown, "en")
    assert "Statement issued April 2021<br>Last reviewed February 2025" in html
    assert "Positions can change" not in html  # reviewed less than 3 years ago
    assert "Positions can change" in Renderer([reviewed], date(2028, 3, 1)).exchange(shown, "en")
    assert "Zuletzt geprüft: Februar 2025" in Renderer([reviewed], date(2026, 1, 1)).exchange(shown, "de")


@pytest.mark.parametrize("years, today, old", [(3, date(2024, 4, 1), False), (3, date(2024, 5, 1), True),
                                               (1, date(2022, 5, 1), True), (5, date(2026, 1, 1), False)])
def test_how_old_is_old_is_a_setting(years, today, old):
    doc = document()  # issued 2021-04
    html = Renderer([doc], today, old_after_years=years).exchange(answer(doc), "en")
    assert ("This statement is from April 2021. Positions can change" in html) is old


def test_shortened():
    assert shortened("short") == "short"
    assert shortened("word " * 100, 20) == "word word word word…"


def test_coverage_and_browse_speak_plainly_with_plurals():
    one = Renderer([document()])
    assert one.coverage("en") == ('<p class="sqa-coverage">We have 1 statement, from Ostwick ALS Association, about '
                                 "Zelvorin. The newest is from April 2021.</p>")
    assert "Tenemos 1 declaración" in one.coverage("es")
    two = Renderer([document(), document(id="b", title="Other – Brindex", aliases=(), status="superseded",
                                         source="b.md", url=None)])
    catalogue = two.catalogue("en")
    assert "2 statements." in catalogue and "Replaced by a newer statement" in catalogue
    assert "b.md" not in catalogue and "zelvorin.pdf" not in catalogue.replace("ostwick.example.org/zelvorin.pdf", "")


@pytest.mark.parametrize("organisation, short", [
    ("International Alliance of ALS/MND Associations", "the Alliance"),
    ("Federation of Coastal MND Associations", "the Federation"),
    ("Ostwick ALS Society", "Ostwick ALS Society"),  # short enough already
    ("Ostwick ALS Association", "Ostwick"),
    ("Brambleford Motor Neurone Trust", "Brambleford"),
    ("ALS-Hilfe Ostwick e.V.", "ALS-Hilfe Ostwick"),
    (None, "the organisation"),
])
def test_organisation_short(organisation, short):
    assert organisation_short(organisation) == short


@pytest.mark.parametrize("title, aliases, product", [
    ("Quorvane Labs – Zelvorin™ (ZV-9)", ("Quorvane Labs", "Zelvorin", "ZV-9"), "Zelvorin"),
    ('Tallow Klinik - "CellRenew" stem cell infusions', ("Tallow Klinik", "CellRenew"), "CellRenew"),
    ("Early Access and “Right to Try” Laws", ("Right to Try",), "Right to Try"),
    ("Understanding clinical trial phases", (), "Understanding clinical trial phases"),
])
def test_product_name(title, aliases, product):
    assert product_name(document(title=title, aliases=aliases)) == product
