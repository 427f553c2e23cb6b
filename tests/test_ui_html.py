"""The web app's HTML without a browser: escaping, links, page anchors, button wording.

The documents here are FICTIONAL (invented organisations and therapies), built in code.
"""

from __future__ import annotations

import pytest

from statement_qa.answer import Answer, StatementRef, decline_message
from statement_qa.documents import Document, Section
from statement_qa.ui_html import Renderer, organisation_short, product_name, safe_url

TEXT = "Background\n\nZelvorin is an invented pill.\n\nRecommendation\n\nWe do not <b>support</b> Zelvorin.\n"
REC_START = TEXT.index("We do not")


def document(**changes) -> Document:
    fields = dict(
        id="zelvorin", title="Quorvane Labs – Zelvorin™ (ZV-9)", organisation="Ostwick ALS Association",
        date="2021-04", kind="statement", source="zelvorin.pdf", url="https://ostwick.example.org/zelvorin.pdf",
        text=TEXT, sections=(Section("Background", 12, 40), Section("Recommendation", REC_START, len(TEXT) - 1)),
        aliases=("Quorvane Labs", "Zelvorin", "ZV-9"), page_starts=(REC_START - 5,),
    )
    return Document(**{**fields, **changes})


def answer(doc: Document, question: str = "Is Zelvorin proven?") -> Answer:
    ref = StatementRef(doc.id, doc.title, doc.organisation, doc.date, doc.kind, doc.source, doc.url)
    quote = doc.section_text(doc.recommendation)
    return Answer(question, True, "Ostwick ALS Association says:", ref, "Recommendation", quote, (), 0.9, ())


def test_quote_and_question_are_escaped_never_rendered():
    doc = document()
    html = Renderer([doc]).exchange(answer(doc, "<script>alert(1)</script> **bold**"), latest=True)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; **bold**" in html
    assert "We do not &lt;b&gt;support&lt;/b&gt; Zelvorin." in html


def test_pdf_link_goes_to_the_quote_page_and_the_date_is_spelled_out():
    doc = document()
    html = Renderer([doc]).exchange(answer(doc))
    assert 'href="https://ostwick.example.org/zelvorin.pdf#page=2"' in html
    assert "Statement issued April 2021" in html


@pytest.mark.parametrize("url", [None, "javascript:alert(1)", "data:text/html,x", "ostwick.example.org"])
def test_without_a_web_url_the_source_file_is_named_instead(url):
    doc = document(url=url, source="zelvorin.txt", page_starts=())
    html = Renderer([doc]).exchange(answer(doc))
    assert "<a " not in html and "Source file: zelvorin.txt" in html
    assert safe_url(url) is None


def test_decline_lists_every_topic_it_was_given():
    topics = ["Quorvane Labs – Zelvorin™ (ZV-9)", "Understanding <trials>"]
    message = decline_message(topics)
    html = Renderer([], topics).exchange(Answer("weather?", False, message, None, None, None, (), None, ()))
    assert "<li>Quorvane Labs – Zelvorin™ (ZV-9)</li><li>Understanding &lt;trials&gt;</li>" in html
    assert "We have no published statement that answers this question, so we cannot quote one." in html
    assert "please contact your national ALS/MND association" in html


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
