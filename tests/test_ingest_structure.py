"""Structure rules on layouts that broke on unseen corpora: one FICTIONAL fixture per case.

The fixtures in tests/fixtures/ingest/ are invented (organisations, companies, therapies,
people); see the README there. Each row says exactly what must come out.
"""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from statement_qa.ingest import read_corpus, read_documents
from statement_qa.ingest.html import is_furniture, read_html
from statement_qa.ingest.text import read_text
from statement_qa.structure.dates import find_dates, is_date_label, parse_date, read_date_line
from statement_qa.structure.organisation import named_in, organisation_name
from statement_qa.structure.signature import signatory_parts
from statement_qa.structure.subjects import names_in
from statement_qa.structure.vocabulary import (
    is_chrome,
    is_closing,
    is_label,
    is_organisation,
    is_person,
    is_position_heading,
    is_scope_note,
    opens_position,
)

INGEST = FIXTURES / "ingest"

# id: (title, organisation, date, reviewed, next_review, kind, sections, position text, language)
EXPECTED = {
    "cover-label": (
        "Zorvex (zorvexamab) for people living with motor neurone disease", "Invented Motor Neurone Society",
        "2024-02", None, "2026-02", "statement", ["Background", "Our position"],
        ("We do not recommend Zorvex outside a clinical trial. An open study of thirty people cannot show whether it "
        "slows the disease, and its risks are not yet known. We will review this position when the results of a "
        "controlled trial are published."), "en",
    ),
    "two-column-letter": (
        "Velorin and ALS: a letter to our members", "Brightwater ALS Association", "2023-10", None, None, "statement",
        ["Introduction", "3. Recommendation"],
        ("Do not stop any prescribed treatment in order to take Velorin. There is no evidence that it helps people "
        "with ALS, and its contents have not been tested."), "en",
    ),
    "three-therapies--zorvex-quenmar-labs": (
        "Our positions on three experimental therapies", "Invented ALS League", "2024-03", None, None, "statement", ["Background", "Our position"],
        "We do not recommend Zorvex outside a clinical trial until controlled results are published.", "en",
    ),
    "three-therapies--brelix-ostrava-bio": (
        "Our positions on three experimental therapies", "Invented ALS League", "2024-03", None, None, "statement", ["Background", "Our position"],
        "Do not buy Brelix. Nothing shows that it is safe or that it helps people with ALS.", "en",
    ),
    "three-therapies--tavenor-harlow-therapeutics": (
        "Our positions on three experimental therapies", "Invented ALS League", "2024-03", None, None, "statement",
        ["Background", "Our position"],
        "We welcome the Tavenor trial and encourage people who are eligible to ask their neurologist about taking part.",
        "en",
    ),
    "comments-tags": (
        "Quenmar Labs – Zorvex", "Invented MND Alliance", "2023-04", None, None, "statement",
        ["Background", "Recommendation"],
        ("We do not recommend Zorvex until a properly controlled clinical trial has reported its results.\n\n"
        "People who already take Zorvex should tell their neurologist, and should not stop their prescribed treatment."),
        "en",
    ),
    "wix-bold": (
        "Ostrava Bio – Brelix", "Invented Patients Union", "2023-02", None, None, "statement",
        ["Background", "What we recommend"],
        "Do not buy Brelix. No trial has tested it, and it costs more than 300 euros a month.", "en",
    ),
    "blockquote": (
        "Harlow Therapeutics – Tavenor", "Invented Coastal MND Trust", "2023-10", None, None, "statement",
        ["Text", "Position"],
        ("The Tavenor trial is well designed, with a placebo group and a clear main measure.\n\n"
        "We encourage people who are eligible to ask their neurologist about taking part."), "en",
    ),
    "accordion": (
        "Velorin: questions and answers", "Invented Neuro Foundation", None, "2024-02", None, "statement",
        ["What is Velorin?", "What is the evidence?", "What is our position?"],
        "We advise people with ALS not to buy Velorin, and not to stop any prescribed treatment to take it.", "en",
    ),
    "bilingual": (
        "Quenmar Labs – Zorvex", "Invented Bilingual ALS Society", "2024-03", None, None, "statement",
        ["Background", "Recommendation"],
        "We do not recommend Zorvex outside a clinical trial, because an open study cannot show whether it works.", "en",
    ),
    "bilingual--fr": (
        "Quenmar Labs – Zorvex : notre position", "Société bilingue SLA", "2024-03", None, None, "statement",
        ["Contexte", "Recommandation"],
        ("Nous ne recommandons pas le Zorvex en dehors d'un essai clinique, car une étude ouverte ne peut pas montrer "
        "s'il est efficace."), "fr",
    ),
    "joomla-list": (
        "Ostrava Bio - Brelix", "Invented Riverside ALS Association", "2024-05", None, None, "statement",
        ["Background", "Recommendation"],
        "Do not buy Brelix\n\nTalk to your neurologist before taking any supplement\n\nReport side effects to the regulator",
        "en",
    ),
    "empty-recommendation": (
        "Tavenor trial: what we know", "Invented Hill MND Group", "2024-06", None, None, "resource", ["Background"],
        None, "en",
    ),
    "dates-above-title": (
        "Quenmar Labs – Zorvex", "Invented Meadow MND Society", "2024-03", "2024-05", "2026-05", "statement",
        ["Background", "Recommendation"],
        "We do not recommend Zorvex, and ask people to wait for a properly controlled clinical trial.", "en",
    ),
    "only-reviewed": (
        "Brelix and MND", "Invented Vale MND Trust", None, "2024-02", None, "statement", ["Background", "Our view"],
        "We see no reason to buy Brelix, and advise people to talk to their neurologist first.", "en",
    ),
    "numbered-headings": (
        "Harlow Therapeutics – Tavenor", "Invented Numbered MND Network", "2024-02", None, None, "statement",
        ["1. Background", "2. The evidence", "3. Recommendation"],
        ("1. Ask your neurologist whether you are eligible for the trial.\n2. Do not buy Tavenor online\n"
        "3. Tell us about any offer to sell it"), "en",
    ),
    "spanish": (
        "Quenmar Labs – Zorvex", "Asociación Inventada de ELA", "2024-03", None, None, "statement",
        ["Antecedentes", "Recomendación"],
        "No recomendamos Zorvex fuera de un ensayo clínico, porque un estudio abierto no puede mostrar si funciona.",
        "es",
    ),
    "code-title": (
        "AB-12 (tremivastat): our position", "Invented Code MND Society", "2024-03", None, None, "statement",
        ["Background", "Our position"],
        "We encourage people who are eligible to ask about the PEAKFALL trial, and not to seek AB-12 outside it.", "en",
    ),
    "issue-label": (
        "Position statement on Velorin, an invented supplement from Harlow Nutrition, for people living with ALS",
        "Invented Fenland ALS Foundation", "2024-04", None, None, "statement", ["Background", "Position", "About this statement"],
        "We do not recommend Velorin, and advise people with ALS not to stop any prescribed treatment in order to take it.",
        "en",
    ),
    "leaflet-dated-sentence": (
        "Living with a feeding tube: a guide", "Invented Wolds MND Trust", "2021-05", None, None, "resource",
        ["Introduction", "What is a feeding tube?", "Further help"], None, "en",
    ),
    "ghost-byline": (
        "Castellan Bio – drelvomab infusions", "Invented Fenmoor Motor Neurone Circle", "2024-03", None, None, "statement",
        ["Background", "Where we stand"],
        ("We do not advise anyone to pay for drelvomab infusions while the first study is still running, because nothing "
        "yet shows that they help or that they are safe."), "en",
    ),
    "nav-table": (
        "Perrow Labs - tessamine", "Invented Harlan ALS Guild", "2018-05", None, None, "statement",
        ["Background", "Recommendation"],
        "We do not recommend tessamine outside a clinical trial until a controlled study has shown that it works and is safe.",
        "en",
    ),
    "field-labels": (
        "Quenmar Labs – orbelsen", "Invented Tarn MND Trust", None, "2024-05", "2027-05", "statement",
        ["Background", "Our view"],
        ("We encourage people who are eligible to ask their neurologist about the orbelsen trial, and advise against "
        "buying capsules sold online as orbelsen."), "en",
    ),
    "letter-then-statement": (
        "Position statement: Zorvex (ZX-209)", "Invented Motor Neurone Network", "2025-02", None, None, "statement",
        ["Background", "Recommendations"],
        "We recommend that Zorvex is not used outside the trial.\n\n- We will update this statement when the trial reports.",
        "en",
    ),
    "styled-export": (
        "Position statement: Zorvex (ZX-7)", "Invented MND Trust", "2022-05", None, None, "statement",
        ["What is Zorvex?", "Our recommendation"],
        "The Trust does not recommend that people with MND seek Zorvex outside of a clinical trial at this time.",
        "en",
    ),
    "committee-signature": (
        "Ostrava Bio – Kelvira", "Invented Riverbend ALS League", "2023-09", None, None, "statement",
        ["Background", "Recommendation"],
        "We do not support paying for Kelvira outside a clinical trial, because a small open study cannot show whether it works.",
        "en",
    ),
    # A microblog thread (Misskey-like notes): the author's posts in a row read as one text, titled by the first
    # without its thread mark; the position follows a run-in 'Our view:' in a post, and another account's reply is left out.
    "microblog-thread": (
        "Zedatide (ZD-9) and MND: what we think", "Orrin Vale MND Circle", "2025-03", None, None, "statement",
        ["Text", "Position"],
        "zedatide is not proven, and we do not recommend buying it online. Ask your neurologist about trials instead.", "en",
    ),
    # A table-layout page whose paragraphs open with bold run-in leads ('<b>Our considered view</b> – …', no
    # punctuation of its own); dated only by 'Approved by the trustees, 3 May 2022.'
    "table-bold-lead": (
        "The Lumabelt", "Invented Fenland MND Group", "2022-05", None, None, "statement", ["Text", "Position", "Text"],
        ("We do not recommend the Lumabelt. If cramps trouble you, ask your GP or MND "
         "nurse about treatments that have been tested."), "en",
    ),
}


@pytest.fixture(scope="module")
def documents():
    found, skipped = read_corpus(INGEST)
    assert [s.source for s in skipped] == ["make_pdfs.py"]  # the generator beside the PDFs
    return {d.id: d for d in found}


def test_every_fixture_document_and_no_other(documents):
    assert sorted(documents) == sorted(EXPECTED)


@pytest.mark.parametrize("doc_id", sorted(EXPECTED))
def test_fields(documents, doc_id):
    title, organisation, date, reviewed, next_review, kind, sections, position, language = EXPECTED[doc_id]
    document = documents[doc_id]
    got = (document.title, document.organisation, document.date, document.reviewed, document.next_review,
           document.kind, [s.name for s in document.sections], document.language)
    assert got == (title, organisation, date, reviewed, next_review, kind, sections, language)
    if position is None:
        assert document.position is None and document.recommendation is None
    else:
        assert document.section_text(document.sections[document.position]) == position


@pytest.mark.parametrize("doc_id", sorted(EXPECTED))
def test_sections_are_exact_slices_and_quotes_never_hold_the_signature(documents, doc_id):
    document = documents[doc_id]
    for section in document.sections:
        assert 0 <= section.start < section.end <= len(document.text)
    if document.position is not None:
        quote = document.section_text(document.sections[document.position])
        assert document.organisation not in quote
        for label in ("POSITION STATEMENT", "Tags", "Share", "said:", "Reader comment", "Next review", "Yours", "©",
                      "Date reviewed", "Review due", "Advisory Panel", "Sign up"):
            assert label not in quote
    if document.source.endswith((".txt", ".md")):
        assert document.text == (INGEST / document.source).read_text(encoding="utf-8")


def test_three_therapies_make_three_documents_from_one_file():
    documents = read_documents(INGEST / "three-therapies.html", INGEST)
    assert [d.id for d in documents] == [
        "three-therapies--zorvex-quenmar-labs", "three-therapies--brelix-ostrava-bio",
        "three-therapies--tavenor-harlow-therapeutics",
    ]
    assert {d.source for d in documents} == {"three-therapies.html"}
    assert "Brelix" not in documents[0].body_text and "Zorvex" not in documents[1].body_text
    # Each is titled as the page is, and is about its own therapy.
    assert "Zorvex" in documents[0].aliases and "Brelix" in documents[1].aliases and "Brelix" not in documents[0].aliases


def test_a_dropped_element_inside_the_position_cuts_the_quote_into_excerpts(documents):
    document = documents["comments-tags"]
    section = document.sections[document.position]
    pieces = [document.text[a:b] for a, b in document.excerpts(section.start, section.end)]
    assert pieces == [
        "We do not recommend Zorvex until a properly controlled clinical trial has reported its results.",
        "People who already take Zorvex should tell their neurologist, and should not stop their prescribed treatment.",
    ]
    assert "Walk for MND" not in document.text and "Jo said" not in document.body_text


def test_a_post_filed_under_tags_keeps_its_text_and_leaves_out_the_comments(documents):
    # The <article> carries "tag-research": a class that files the post, not a tag list to drop.
    document = documents["ghost-byline"]
    assert "Castellan Bio is testing drelvomab" in document.body_text
    assert "Reader One" not in document.text and "sounded very hopeful" not in document.text
    assert "Written by" not in document.text


def test_a_menu_column_above_the_title_is_not_content(documents):
    document = documents["nav-table"]
    assert "Trials abroad" not in document.body_text and "Home" not in document.body_text


@pytest.mark.parametrize(
    "markup, furniture",
    [
        ('<td class="topnav">x</td>', True), ('<div class="leftnav">x</div>', True), ('<ul class="submenu">x</ul>', True),
        ('<div class="nav-next">x</div>', True), ('<div class="prev-post">x</div>', True),
        ('<div class="field--name-field-next-review">x</div>', False),
        ('<article class="post tag-research tag-news">x</article>', False),
        ('<div class="tag-list">x</div>', True), ('<div class="post-tags">x</div>', True),
    ],
)
def test_furniture_by_class(markup, furniture):
    import lxml.html

    assert is_furniture(lxml.html.fragment_fromstring(markup)) is furniture


def test_a_pdf_running_header_is_left_out_and_marks_a_break(documents):
    document = documents["cover-label"]
    assert "Zorvex position" not in document.text.split("12.02.2024", 1)[1]
    assert document.breaks and document.page_at(document.sections[document.position].start) == 2


@pytest.mark.parametrize(
    "heading, expected",
    [
        # en
        ("Recommendation", True), ("3. Recommendation", True), ("Our position", True), ("Position", True),
        ("Our recommendations", True), ("What we advise people with MND", True), ("Our view", True),
        ("What we recommend", True), ("What is our position?", True), ("Stance", True), ("Our stance", True),
        ("Q: What does the association recommend?", True), ("What do you advise?", True),
        ("Q. What does the Society recommend?", True),
        ("Recommended reading", False), ("Background", False), ("Positioning the product", False),
        ("Q: What is it?", False), ("What do the studies show so far?", False),
        # fr
        ("Recommandation", True), ("Recommandations", True), ("Notre position", True), ("Contexte", False),
        # de
        ("Empfehlung", True), ("Unsere Position", True), ("Was empfiehlt der Verein?", True), ("Hintergrund", False),
        # es
        ("Recomendación", True), ("Nuestra posición", True), ("¿Qué recomienda la asociación?", True),
        ("Antecedentes", False),
        # nl
        ("Aanbeveling", True), ("Ons standpunt", True), ("Achtergrond", False),
        # pt
        ("Recomendação", True), ("A nossa posição", True), ("Contexto", False),
        # it
        ("Raccomandazione", True), ("La nostra posizione", True), ("Cosa consiglia l'associazione?", True),
        ("Premessa", False),
    ],
)
def test_position_headings_per_language(heading, expected):
    assert is_position_heading(heading) is expected


@pytest.mark.parametrize(
    "line, month",
    [
        ("October 2, 2023", "2023-10"), ("12.02.2024", "2024-02"), ("27th April 2023", "2023-04"),  # en
        ("2 février 2023", "2023-02"), ("Publié le 3 mars 2024", "2024-03"),  # fr
        ("1. März 2022", "2022-03"), ("Stand: 5. Oktober 2021", "2021-10"),  # de
        ("marzo de 2024", "2024-03"), ("Fecha: 3 de marzo de 2024", "2024-03"),  # es
        ("12 januari 2023", "2023-01"),  # nl
        ("5 de maio de 2022", "2022-05"),  # pt
        ("3 settembre 2021", "2021-09"),  # it
        ("2023-05-09", "2023-05"), ("03/2024", "2024-03"),
    ],
)
def test_dates_per_language(line, month):
    assert parse_date(line) == month


@pytest.mark.parametrize(
    "line, roles",
    [
        ("Updated: 03/2024", [("updated", "2024-03")]),
        ("Last reviewed: May 2024", [("reviewed", "2024-05")]),
        ("Next review due: September 2025", [("next_review", "2025-09")]),
        ("Published: 14 June 2021 | Last updated: 2 February 2023", [("issued", "2021-06"), ("updated", "2023-02")]),
        ("Prochaine révision : mars 2026", [("next_review", "2026-03")]),
        ("Nächste Überprüfung: Mai 2025", [("next_review", "2025-05")]),
        # Short fields may follow a date when separators set them off (a blog byline, a wiki's edit line).
        ("Published: 5 July 2023 | by Invented Research Team | 6 min read", [("issued", "2023-07")]),
        ("someuser edited this page on Jan 5, 2024 · 14 revisions", [("updated", "2024-01")]),
        ("6 min read · Oct 14, 2023", [("plain", "2023-10")]),
        ("Newsletter -- Issue 41 -- Autumn (September 2022)", [("plain", "2022-09")]),
        ("Our view, agreed by the trustees on 6 September 2022:", [("issued", "2022-09")]),
        ("Posted on March 3, 2023 by admin", [("issued", "2023-03")]),
        ("Last updated on 3 March 2023 at 10:15", [("updated", "2023-03")]),
        ("Submitted by admin on Tue, 12.03.2024 - 10:15", [("issued", "2024-03")]),
        ("Page last reviewed: 3 May 2024", [("reviewed", "2024-05")]),
        ("@March 3, 2023", [("plain", "2023-03")]), ("Created: March 3, 2023", [("issued", "2023-03")]),
        ("Content reviewed by Dr. Jane Roe on 3 May 2024", [("reviewed", "2024-05")]),
        ("Veröffentlicht am Montag, 4. März 2024 um 10:15 Uhr", [("issued", "2024-03")]),
    ],
)
def test_what_a_date_dates(line, roles):
    assert list(read_date_line(line).dates) == roles


@pytest.mark.parametrize(
    "line, roles, prefix",
    [
        ("Date of issue: 18 June 2024", [("issued", "2024-06")], None),
        ("Version date: 3 May 2024", [("issued", "2024-05")], None),  # a field label is not a name
        ("Issue date: 4.5.2022", [("issued", "2022-05")], None),
        ("Invented Society, March 2022", [("plain", "2022-03")], "Invented Society"),
        ("Invented Society, published: March 2022", [("issued", "2022-03")], "Invented Society"),
    ],
)
def test_the_name_before_a_date_is_never_a_field_label(line, roles, prefix):
    dated = read_date_line(line)
    assert (list(dated.dates), dated.prefix) == (roles, prefix)


@pytest.mark.parametrize(
    "line, label",
    [("Last reviewed", True), ("Date reviewed", True), ("Next review", True), ("Review due", True),
     ("Date of issue:", True), ("Invented Society", False), ("Medical Advisory Board", False), ("March 2024", False)],
)
def test_date_labels(line, label):
    assert is_date_label(line) is label


@pytest.mark.parametrize(
    "line, parts",
    [
        ("Invented Society – Medical and Scientific Committee", ["Invented Society", "Medical and Scientific Committee"]),
        ("Invented ALS League, Research Advisory Panel", ["Invented ALS League", "Research Advisory Panel"]),
        ("Quenmar Labs – Zorvex", []), ("Scientific Committee", []), ("Board – Committee", []),
    ],
)
def test_a_signature_line_names_an_organisation_and_its_committee(line, parts):
    assert signatory_parts(line) == parts


@pytest.mark.parametrize("sentence", ["The trial began in March 2022 and ended in 2023.", "Founded in 2021", "Page 2 of 3"])
def test_dates_only_in_date_shaped_lines(sentence):
    assert read_date_line(sentence) is None


@pytest.mark.parametrize(
    "line, organisation, person",
    [
        ("Invented Society", True, False), ("ALS-Hilfe Nordmark e.V.", True, False),
        ("Asociación Inventada de ELA", True, False), ("Dr Ada Finch, Chair, Scientific Committee", False, True),
        ("Approved by the Board", False, False), ("Helpline 0800 123 4567", False, False),
        ("Jane Roe", False, False), ("Invented Society statement on Zorvex", False, False),
    ],
)
def test_who_signs(line, organisation, person):
    assert (is_organisation(line), is_person(line)) == (organisation, person)


@pytest.mark.parametrize(
    "line, name",
    [
        # Where pages print a name, with what stands beside it (all names invented).
        ("INVENTED MND TRUST · registered charity 1188402", ("INVENTED MND TRUST", True)),
        ("Chief Executive, Invented Motor Neurone Network", ("Invented Motor Neurone Network", True)),
        ("Chair of the Invented MND Alliance", ("Invented MND Alliance", True)),
        ("Invented MND Care Network Donate today", ("Invented MND Care Network", True)),
        ("Stellungnahme der ALS-Hilfe Erfunden e.V.", ("ALS-Hilfe Erfunden e.V.", True)),
        ("Comité Científico Asesor de la Asociación Inventada de ELA", ("Asociación Inventada de ELA", True)),
        ("Invented ALS Support Network Board of Directors", ("Invented ALS Support Network", True)),
        ("Invented Foundation | Position Statement", ("Invented Foundation", True)),
        ("© 2024 The Invented ALS Foundation. All rights reserved", ("Invented ALS Foundation", True)),
        ("*Invented MND Research Circle*", ("Invented MND Research Circle", True)),
        ("© 2024 by Invented ALS Circle. Proudly created with Wix.com", ("Invented ALS Circle", True)),
        ("Invented Society Newsletter", ("Invented Society", True)), ("Invented ALS Foundation Blog", ("Invented ALS Foundation", True)),
        ("Invented ALS Research Council", ("Invented ALS Research Council", True)),
        ("MND Inventland", ("MND Inventland", False)),
        # Never an organisation: platforms, generic words, a sentence, a governing body, a role.
        ("Medium", None), ("Google Docs", None), ("GitHub", None), ("FAQ", None),
        ("Invented ALS Foundation is a fictional organisation. This document is test data.", None),
        ("Statement from our Scientific Advisory Panel", None), ("Il Comitato Scientifico", None),
        ("Chair, Scientific Committee", None),
    ],
)
def test_organisation_names_from_where_pages_print_them(line, name):
    assert organisation_name(line) == name


def test_the_organisation_the_text_names_most():
    text = ("This page is kept by volunteers of the **Invented ALS Patients Collective**, a peer-led group. "
            "The Collective's stance is set by the Invented ALS Patients Collective members.")
    assert named_in(text) == "Invented ALS Patients Collective"
    # A name never runs on across a line break ("Owner\n\nJane Roe\n\nThe Invented … Collective").
    assert named_in("Owner\n\nJane Roe\n\nThe Invented Coast MND Collective has looked at it.") == "Invented Coast MND Collective"


@pytest.mark.parametrize(
    "line, closes",
    [
        ("Questions? Call the support line on 0300 555 0192 (fictional number).", True),
        ("Still have questions? Call our Information Line or email info@invented.example.", True),
        ("Tel 020 7946 0000", True), ("Noch Fragen?", True),
        ("Up to AUD 45 000 per course", False), ("The trial ran from 2019 2020 to 2021.", False),
    ],
)
def test_contact_lines_close_a_statement(line, closes):
    assert is_closing(line) is closes


@pytest.mark.parametrize("line", ["POSITION STATEMENT", "Position statement", "Stellungnahme", "Prise de position"])
def test_labels(line):
    assert is_label(line)


@pytest.mark.parametrize("line", ["Tags: Zorvex, supplements", "Share this:", "← Previous post: Brelix", "3 Comments",
                                  "Leave a Reply", "Partager", "Kommentare", "To unsubscribe from this newsletter, reply STOP.",
                                  "Newsletter abbestellen", "Subscribe now", "Donate today"])
def test_chrome_lines(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "title, wanted, unwanted",
    [
        ("AB-12 (tremivastat): our position", {"AB-12", "AB12", "AB 12", "tremivastat"}, {"our position"}),
        ("Position statement: Zorvex update", {"Zorvex"}, {"Position statement", "update"}),
        ("Quillaro Therapeutics – Velmirsen (QT-204)", {"Quillaro Therapeutics", "Velmirsen", "QT-204", "QT204"}, set()),
        ("Our view on MND treatment", set(), {"MND", "treatment", "Our view"}),
        # "General" named the statement, so French "en général" found it by name.
        ("General statement: buying treatments online", set(), {"General"}),
        ("Joint statement: Zorvex (ZX-12)", {"Zorvex", "ZX-12"}, {"Joint", "Joint statement"}),
    ],
)
def test_aliases_are_names_never_generic_words(title, wanted, unwanted):
    aliases = set(names_in(title, "", []))
    assert wanted <= aliases
    assert not {a.casefold() for a in unwanted} & {a.casefold() for a in aliases}


def test_hard_wrapped_text_is_read_as_paragraphs():
    # Fictional FAQ, wrapped by hand at about 70 characters.
    text = (
        "INVENTED MND ALLIANCE\n"
        "Frequently asked questions: Zorvex\n\n"
        "Q: What is Zorvex?\n"
        "A: Zorvex is an invented nasal spray containing a short synthetic\n"
        "peptide, developed by Invented Pharma. It is sprayed into the nose twice\n"
        "a day.\n\n"
        "Q: What does the alliance recommend?\n"
        "A: The Invented MND Alliance recommends that people with MND do not take\n"
        "Zorvex until its trial has reported. Please contact our support line\n"
        "before paying anything.\n"
    )
    extracted = read_text(text)
    paragraphs = [text[b.start : b.end] for b in extracted.blocks if "\n" in text[b.start : b.end]]
    assert [p.split()[1] for p in paragraphs] == ["Zorvex", "The"]


def test_a_line_that_announces_the_position_starts_it(tmp_path):
    # Fictional statement: the position section opens with background, then a lead-in line.
    (tmp_path / "lead-in.md").write_text(
        "# Zorvex: our position\n\nInvented Society\n\n## Our position on Zorvex\n\n"
        "Several members have asked about Zorvex, an invented tablet made by Invented Pharma for testing.\n\n"
        "Our view, agreed by the trustees on 6 September 2022:\n\n"
        "The Society's view is that Zorvex should only be taken within a clinical trial, and nowhere else.\n",
        encoding="utf-8",
    )
    document = read_documents(tmp_path / "lead-in.md", tmp_path)[0]
    assert document.section_text(document.recommendation).startswith("The Society's view is that Zorvex")
    # The background above the lead-in stays a section of its own, so it can still be found.
    assert document.section_text(document.sections[document.position - 1]).startswith("Several members have asked")


@pytest.mark.parametrize(
    "line, month",
    [("Issue 41 | Autumn 2023 | Plain-text edition", "2023-10"), ("Herbst 2022", "2022-10"), ("otoño de 2024", "2024-10"),
     ("Spring 2024", "2024-04"), ("Zomer 2021", "2021-07"), ("Winter 2024", "2024-01"), ("Winter 2023/24", "2024-01")],
)
def test_a_season_dates_a_line_as_its_middle_month_and_says_it_is_a_season(line, month):
    dated = read_date_line(line)
    assert dated is not None and dated.dates == (("season", month),)


@pytest.mark.parametrize(
    "masthead, month",
    [("Members' News | Autumn 2023 | Plain-text edition", "2023-10"),  # the season is all that dates it
     ("Members' News | Summer 2024 (published June 2024)", "2024-06")],  # a month written beats a season
)
def test_a_newsletter_dated_by_its_season_only_when_nothing_says_more(tmp_path, masthead, month):
    # Fictional: a plain-text newsletter of an invented association, one item a position.
    rule = "-" * 60
    (tmp_path / "news.txt").write_text(
        f"FERNMOOR MND ASSOCIATION - MEMBERS' NEWS\n{masthead}\n{rule}\n\n"
        f"{rule}\n1. RESEARCH: QUELLAMIDE (QLM-12)\n{rule}\n\nSome of you have asked about quellamide, an invented tablet.\n\n"
        "OUR VIEW:\nQuellamide should only be taken within a clinical trial.\n\n"
        f"{rule}\n2. SUMMER FAIR\n{rule}\n\nThe fair raised 900 pounds. Thank you all.\n",
        encoding="utf-8",
    )
    document = read_documents(tmp_path / "news.txt", tmp_path)[0]
    assert document.kind == "statement"
    assert document.date == month


def test_a_newsletter_item_that_states_a_position_is_the_statement(tmp_path):
    # Fictional newsletter: six numbered items, only item 3 is a position.
    rule = "-" * 60
    items = [
        ("A WORD FROM OUR CHAIR", "Dear members, what a summer it has been. Thank you to everyone who came to the fun day."),
        ("SPONSORED WALK RAISES RECORD TOTAL", "Our annual walk raised a record total. The money will fund nurse days."),
        ("OUR POSITION ON ZORVEX (ZX-12)", "Several members have asked about Zorvex, an invented oral solution.\n\n"
         "Our view, agreed by the trustees on 6 September 2022:\n\n"
         "The Association's view is that Zorvex should only be taken within a clinical trial."),
        ("VOLUNTEER SPOTLIGHT", "Graham has driven members to clinic appointments for eleven years, in every kind of weather."),
    ]
    body = "".join(f"{rule}\n{n}. {name}\n{rule}\n{text}\n\n" for n, (name, text) in enumerate(items, 1))
    (tmp_path / "newsletter.txt").write_text(
        "INVENTED VALLEY MND ASSOCIATION\nMembers' Newsletter -- Autumn (September 2022)\n\n"
        "IN THIS ISSUE\n  3. Our position on Zorvex (ZX-12)\n\n" + body + "To unsubscribe, reply with STOP.\n",
        encoding="utf-8",
    )
    document = read_documents(tmp_path / "newsletter.txt", tmp_path)[0]
    assert document.title == "Our position on Zorvex (ZX-12)"
    assert (document.organisation, document.date, document.kind) == ("INVENTED VALLEY MND ASSOCIATION", "2022-09", "statement")
    assert document.section_text(document.recommendation) == (
        "The Association's view is that Zorvex should only be taken within a clinical trial."
    )


@pytest.mark.parametrize(
    "paragraph, opens",
    [
        ("Our position is that the results do not show that Zorvex slows ALS.", True),
        ("The Invented Society's view is that Zorvex should only be taken in a trial.", True),
        ("Notre position est que Zorvex ne doit être pris que dans un essai.", True),
        ("Unsere Empfehlung lautet: Zorvex nur in Studien.", True),
        ("Nuestra posición es que Zorvex solo debe tomarse en un ensayo.", True),
        ("We recommend that you talk to your nurse.", False), ("Many of you have asked about Zorvex.", False),
        # An unheaded lead that refuses outright, by the organisation or "we"; not anyone else's refusal.
        ("Invented Vale Motor Neurone Society does not recommend Zorvex for people with MND at present.", True),
        ("We cannot yet recommend Zorvex.", True), ("The trial does not support the claim.", False),
        ("Doctors do not recommend it in pregnancy.", False),
    ],
)
def test_paragraphs_that_state_a_position(paragraph, opens):
    assert opens_position(paragraph) is opens


def test_a_letter_without_a_position_heading_states_it_in_its_paragraphs(tmp_path):
    # Fictional letter: subject line 'Re: …', no position heading.
    (tmp_path / "letter.md").write_text(
        "# Re: Zorvex (ZX-1) - position of the Scientific Committee\n\nDear colleagues and friends,\n\n"
        "Many of you have asked the Scientific Committee for its view on Zorvex, an invented tablet.\n\n"
        "Our position is that the results do not show that Zorvex slows ALS.\n\n"
        "We recommend that people with ALS do not seek Zorvex outside a clinical trial.\n\n"
        "We know how hard it is to wait, and we will write again when there is news.\n\n"
        "Yours sincerely,\n\nInvented ALS Research Council\n",
        encoding="utf-8",
    )
    document = read_documents(tmp_path / "letter.md", tmp_path)[0]
    assert (document.title, document.kind) == ("Zorvex (ZX-1) - position of the Scientific Committee", "statement")
    assert document.section_text(document.recommendation) == (
        "Our position is that the results do not show that Zorvex slows ALS.\n\n"
        "We recommend that people with ALS do not seek Zorvex outside a clinical trial."
    )


@pytest.mark.parametrize(
    "head, organisation",
    [
        # A platform's name is never the organisation; the publication named in the title is.
        ('<title>Zorvex: where we stand | by Jane Roe | Invented ALS Society | Medium</title>'
         '<meta property="og:site_name" content="Medium">', "Invented ALS Society"),
        # Linked data names the publisher.
        ('<title>Zorvex</title><script type="application/ld+json">{"@type": "Article", "publisher": '
         '{"@type": "Organization", "name": "Invented MND Trust"}}</script>', "Invented MND Trust"),
        ('<title>Zorvex - Google Docs</title>', None),
    ],
)
def test_the_site_behind_a_page(head, organisation):
    # Fictional pages.
    extracted = read_html(f"<html><head>{head}</head><body><h1>Zorvex</h1><p>Invented text.</p></body></html>")
    assert extracted.site_name == organisation


def test_a_page_that_says_it_is_a_newsletter_needs_no_numbered_items(tmp_path):
    # Fictional newsletter page: h2 items, one of them a position.
    (tmp_path / "autumn.html").write_text(
        "<html><head><title>Autumn newsletter 2023 | Invented MND Society</title></head><body><main>"
        "<h1>Autumn newsletter 2023</h1><h2>Walk raises a record total</h2>"
        "<p>Our annual sponsored walk raised a record total this year, and the money will fund two nurse days.</p>"
        "<h2>Our position on Zorvex</h2><p>Several members have asked about Zorvex, an invented tablet for testing.</p>"
        "<h2>Volunteer spotlight</h2><p>Graham has driven members to clinic appointments for eleven years now.</p>"
        "</main></body></html>",
        encoding="utf-8",
    )
    document = read_documents(tmp_path / "autumn.html", tmp_path)[0]
    assert (document.title, document.organisation, document.kind) == ("Our position on Zorvex", "Invented MND Society", "statement")
    assert "Graham" not in document.body_text


def test_an_email_saved_as_text_is_titled_dated_and_signed_by_its_header(tmp_path):
    # Fictional e-mail.
    (tmp_path / "mail.txt").write_text(
        "From: Invented Fenland MND Association <info@invented.example>\nSubject: Re: Zorvex: our position\n"
        "Date: Tue, 5 Mar 2024 10:15:00 +0000\n\nDear members,\n\n"
        "Many of you have asked us about Zorvex, an invented supplement sold online, since it was on television.\n\n"
        "Our position is that there is no evidence that Zorvex helps people with MND, and we advise you not to buy it.\n",
        encoding="utf-8",
    )
    document = read_documents(tmp_path / "mail.txt", tmp_path)[0]
    assert (document.title, document.organisation, document.date, document.kind) == (
        "Zorvex: our position", "Invented Fenland MND Association", "2024-03", "statement")


def test_a_closing_line_that_names_the_organisation_inside_a_phrase(tmp_path):
    # Fictional statement signed 'On behalf of the Board of …'.
    (tmp_path / "signed.md").write_text(
        "# Zorvex\n\n## Our position\n\nWe do not recommend Zorvex, an invented tablet, outside a clinical trial at present.\n\n"
        "On behalf of the Board of the Invented Wolds Society\n\nMay 2024\n",
        encoding="utf-8",
    )
    document = read_documents(tmp_path / "signed.md", tmp_path)[0]
    assert (document.organisation, document.date) == ("Invented Wolds Society", "2024-05")
    assert "behalf" not in document.section_text(document.recommendation)


def test_a_pdf_running_header_that_names_the_organisation(tmp_path):
    # Fictional two-page PDF: the organisation is printed only in its running header.
    fpdf = pytest.importorskip("fpdf")

    class Headed(fpdf.FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Invented Hills ALS Trust | Position statement", new_x="LMARGIN", new_y="NEXT")

    pdf = Headed()
    for page, (heading, text) in enumerate([("Background", "Zorvex is an invented tablet. " * 30),
                                            ("Our position", "We do not recommend Zorvex outside a trial. " * 5)]):
        pdf.add_page()
        if not page:
            pdf.set_font("Helvetica", "B", 18)
            pdf.cell(0, 10, "Zorvex (ZX-4)", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, text.strip(), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "headed.pdf"))
    document = read_documents(tmp_path / "headed.pdf", tmp_path)[0]
    assert (document.title, document.organisation, document.kind) == ("Zorvex (ZX-4)", "Invented Hills ALS Trust", "statement")


def test_text_written_with_markdown_headings(tmp_path):
    # Fictional statement saved as .txt with '#' headings.
    (tmp_path / "hashes.txt").write_text(
        "# Zorvex (ZX-9): our position\n\nInvented Harbour ALS Group | 12 June 2023\n\n## Background\n\n"
        "Zorvex is an invented tablet that was tested in a small open study of thirty people with ALS last year.\n\n"
        "## Our position\n\nWe do not recommend Zorvex outside a clinical trial, because the study could not show it works.\n",
        encoding="utf-8",
    )
    document = read_documents(tmp_path / "hashes.txt", tmp_path)[0]
    assert (document.title, document.organisation, document.date) == (
        "Zorvex (ZX-9): our position", "Invented Harbour ALS Group", "2023-06")
    assert [s.name for s in document.sections] == ["Background", "Our position"]


# Layouts met on blind set D (now a development set), each rule in a fictional miniature.
@pytest.mark.parametrize(
    "heading, expected",
    [("Summary of our position", True), ("What this means for you", True), ("What does this mean for people with MND?", True),
     ("Bottom line", True), ("O que isto significa para si", True), ("Ce que cela signifie pour vous", True),
     ("Was das für Sie bedeutet", True), ("Wat dit voor u betekent", True), ("Nasze stanowisko", True), ("Rekomendacja", True),
     ("What is ZX-318?", False), ("The ORBIT-318 study", False), ("What the trial measured", False)],
)
def test_more_position_headings(heading, expected):
    assert is_position_heading(heading) is expected


@pytest.mark.parametrize(
    "line, role, month",
    [("Last reviewed: January 2025 – no change", "reviewed", "2025-01"),
     ("Last reviewed: January 2025 - no change to the position.", "reviewed", "2025-01"),
     ("Aangemaakt door Anna Invented, laatst gewijzigd door Bram Invented op 22 apr. 2024", "updated", "2024-04"),
     ("Opublikowano: 12 marca 2024", "issued", "2024-03"),
     ("Last updated on Jul 14, 2023 by Jane Invented", "updated", "2023-07")],
)
def test_date_lines_met_on_unseen_templates(line, role, month):
    dated = read_date_line(line)
    assert dated is not None and dated.first(role) == month


def test_last_reviewed_with_more_words_than_no_change_is_not_a_date_line():
    assert read_date_line("Last reviewed: January 2025 – the trial then began recruiting in three countries") is None


def test_a_name_in_running_text_ends_with_its_sentence():
    assert named_in("For helpline advisers of the Invented Motor Neurone Alliance. This page sets out the "
                    "Alliance's position.") == "Invented Motor Neurone Alliance"


def test_a_person_quoted_below_the_position_is_not_part_of_it():
    assert is_closing('Dr Jane Invented, chair of the Research Committee, added: "We will keep talking to the company."')
    assert not is_closing('The Society said: "We do not recommend Zorvex."')


def _page(tmp_path, name: str, html: str):
    (tmp_path / name).write_text(html, encoding="utf-8")
    return read_documents(tmp_path / name, tmp_path)


def test_a_printer_friendly_page_is_read(tmp_path):
    # Fictional print view: the content sits in a "print-content" box, the buttons in a "print-toolbar".
    [document] = _page(tmp_path, "print.html", (
        "<html><body onload='window.print()'><div class='print-toolbar'><a href='#'>Print this page</a></div>"
        "<div class='print-content'><h1>Zorvex: position statement</h1><h2>Background</h2>"
        "<p>Zorvex is an invented tablet made by an invented company for testing this reader.</p><h2>Our view</h2>"
        "<p>The Invented MND Society does not recommend Zorvex outside a clinical trial.</p></div></body></html>"))
    assert (document.title, document.kind) == ("Zorvex: position statement", "statement")
    assert "Print this page" not in document.body_text


def test_a_wiki_title_loses_its_space_and_a_footer_time_dates_the_page(tmp_path):
    # Fictional wiki page: "Space : Page" title, the space linked in the breadcrumbs; the date in the page footer.
    [document] = _page(tmp_path, "wiki.html", (
        "<html><head><title>Invented Hub : Zorvex position</title></head><body>"
        "<ol class='crumbs'><li><a href='/'>Invented Hub</a></li></ol><h1>Invented Hub : Zorvex position</h1>"
        "<h2>Background</h2><p>Zorvex is an invented tablet made by an invented company for testing.</p>"
        "<h2>Our position</h2><p>The Invented MND Society does not recommend Zorvex outside a trial.</p>"
        "<p>Background</p><p>Our position</p>"
        "<footer><span>Last updated on <b><time datetime='2023-07-14'>Jul 14, 2023</time></b> by <b>Jane Invented</b></span>"
        "</footer></body></html>"))
    assert (document.title, document.date) == ("Zorvex position", "2023-07")
    position = document.section_text(document.sections[document.position])
    assert position.rstrip().endswith("outside a trial.")  # the repeated headings below are a table of contents


def test_a_position_heading_that_carries_a_date_dates_the_statement(tmp_path):
    # Fictional page updated in place: the current position's heading says when.
    [document] = _page(tmp_path, "updated.html", (
        "<html><body><h1>Zorvex: our position</h1><p>Invented MND Society · Published 3 June 2022</p>"
        "<h2>Background</h2><p>Zorvex is an invented tablet made by an invented company for testing.</p>"
        "<h2>Our updated position (March 2025)</h2><p>The Invented MND Society no longer supports Zorvex.</p>"
        "</body></html>"))
    assert document.date == "2025-03"


def test_one_therapy_with_coded_section_headings_stays_one_statement(tmp_path):
    # Fictional post: singular "our position" title, h2 sections that name the code and its trial.
    documents = _page(tmp_path, "zx.html", (
        "<html><body><h1>ZX-318 (Invented Bio): our position</h1>"
        "<h2>What is ZX-318?</h2><p>ZX-318 is an invented infusion made by an invented company for testing.</p>"
        "<h2>The ORBIT-318 study</h2><p>ORBIT-318 is an invented trial of ZX-318 in two hundred people.</p>"
        "<h2>What this means for you</h2><p>The Invented MND Society's position is that ZX-318 should only be given in "
        "a trial.</p><p>If you have questions about this statement, our helpline can talk them through with you.</p>"
        "</body></html>"))
    assert len(documents) == 1 and documents[0].kind == "statement"
    assert documents[0].section_text(documents[0].sections[documents[0].position]).rstrip().endswith("given in a trial.")


def test_a_newsletter_item_that_holds_a_position_section_is_the_statement(tmp_path):
    # Fictional bulletin: the position is a sub-heading inside one item; a short address line at the foot.
    [document] = _page(tmp_path, "bulletin.html", (
        "<html><head><title>Invented Bulletin – May 2023</title></head><body><h1>Invented Bulletin – May 2023</h1>"
        "<h2>Walk for Invented: Sunday 11 June</h2><p>Join our sponsored walk along the river this June with friends.</p>"
        "<h2>Zorvex: what we know, and our advice</h2><p>Zorvex is an invented supplement sold online for testing.</p>"
        "<h3>Our advice</h3><p>The Invented ALS Circle does not recommend Zorvex at this time.</p>"
        "<h2>Meet the team: Jane Invented</h2><p>Jane joined us as helpline lead in January after nine years.</p>"
        "<p>Invented ALS Circle · 14 Invented Row · Invented Town IN4 7TB</p>"
        "<p>Helpline: 01632 960 552 · hello@invented.example · Registered charity 1234567</p></body></html>"))
    assert (document.title, document.kind) == ("Zorvex: what we know, and our advice", "statement")


@pytest.mark.parametrize("line, expected", [
    ("Invented Motor Neurone Network recommends that Zorvex is not used outside the", False),  # a wrapped sentence
    ("Asociación Inventada de ELA", True), ("Federation of Invented MND Charities", True), ("ALS-Hilfe Erfunden e.V.", True),
])
def test_a_sentence_that_starts_with_a_name_is_not_a_name(line, expected):
    assert is_organisation(line) is expected


def test_a_blog_widget_or_a_docs_frame_that_holds_the_article_is_read(tmp_path):
    # Fictional Blogger-like page: the post sits inside a "widget Blog" wrapper; headings carry a "¶" permalink.
    [document] = _page(tmp_path, "blog.html", (
        "<html><body><div class='widget Navbar'>Blog menu</div><div class='widget Blog' id='Blog1'>"
        "<div class='post hentry'><h3 class='post-title'>Zorvex: our position</h3><div class='post-body'>"
        "<h2>Background<a class='headerlink' href='#b'>¶</a></h2><p>Zorvex is an invented tablet made for testing.</p>"
        "<h2>Our position<a class='headerlink' href='#p'>¶</a></h2>"
        "<p>The Invented MND Society does not recommend Zorvex outside a trial.</p></div></div></div></body></html>"))
    assert document.kind == "statement" and [s.name for s in document.sections][-1] == "Our position"
    assert "Blog menu" not in document.body_text


@pytest.mark.parametrize("heading", ["Nuestra postura", "4. Conclusions and advice"])
def test_position_headings_met_on_blind_e(heading):
    assert is_position_heading(heading)


def test_an_organisation_loses_a_trailing_note_in_brackets():
    assert organisation_name("Invented ALS Council (fictional)") == ("Invented ALS Council", True)


def test_a_subtitle_that_names_the_position_over_a_byline_is_not_the_position(tmp_path):
    # Fictional newsletter-platform post: an "Our position on …" subtitle, the byline and date, then the post.
    [document] = _page(tmp_path, "post.html", (
        "<html><body><article><h1>Zorvex: what the ads don't tell you</h1>"
        "<h3>Our position on the supplement all over your feed</h3><p>Invented ALS Alliance</p><p>Aug 22, 2024</p>"
        "<p>If you use social media you have probably seen the ads for Zorvex, an invented supplement.</p>"
        "<h2>What is it?</h2><p>Zorvex is an invented capsule sold online for testing this reader.</p>"
        "<h2>Bottom line</h2><p>The Invented ALS Alliance does not recommend Zorvex for anyone with ALS at present.</p>"
        "</article></body></html>"))
    assert document.sections[document.position].name == "Bottom line"


@pytest.mark.parametrize("line", [
    "Wir empfehlen Ihnen, sich für unseren Rundbrief anzumelden, damit Sie nichts verpassen.",
    "Sign up to our newsletter to hear about new statements first.", "Zespół Fundacji Erfunden",
])
def test_newsletter_sign_ups_and_team_signatures_close_a_statement(line):
    assert is_closing(line)


@pytest.mark.parametrize("line", ["Subscribe to: Post Comments (Atom)", "Subskrybuj: Komentarze do posta (Atom)", "Rundbrief"])
def test_blog_and_newsletter_furniture_lines(line):
    assert is_chrome(line)


def test_a_blog_post_is_titled_by_its_own_title_not_the_blog_name(tmp_path):
    # Fictional Blogger-like page: the blog's name is the header's <h1>; the post has its own title.
    [document] = _page(tmp_path, "post.html", (
        "<html><head><title>Invented Blog: Zorvex – our position</title></head><body><header><h1>Invented Blog</h1></header>"
        "<div class='post'><h3 class='post-title entry-title'>Zorvex – our position</h3><div class='post-body'>"
        "<h4>Background</h4><p>Zorvex is an invented tablet made by an invented company for testing.</p>"
        "<h4>Our position</h4><p>The Invented MND Society does not recommend Zorvex outside a trial.</p></div></div>"
        "</body></html>"))
    assert document.title == "Zorvex – our position"


def test_a_box_titled_as_an_aside_ends_the_position_above_it(tmp_path):
    # Fictional docs page: an admonition ("Tip") right under the position is an aside, never quoted as the position.
    [document] = _page(tmp_path, "docs.html", (
        "<html><body><article><h1>Zorvex</h1>"
        "<h2>Background</h2><p>Zorvex is an invented tablet made by an invented company for testing.</p>"
        "<h2>Our view</h2><p>The Invented MND Council no longer supports Zorvex.</p>"
        "<h3>For clinicians</h3><p>Please do not prescribe Zorvex outside the invented trial.</p>"
        "<div class='admonition tip'><p class='admonition-title'>Tip</p>"
        "<p>We recommend talking to your specialist nurse before any private treatment.</p></div>"
        "</article></body></html>"))
    position = document.section_text(document.sections[document.position])
    assert "no longer supports Zorvex" in position and "outside the invented trial" in position
    assert "specialist nurse" not in position


def test_fields_set_side_by_side_in_spans_are_read_apart(tmp_path):
    # Fictional page whose meta row is spans with no space between them.
    [document] = _page(tmp_path, "meta.html", (
        "<html><body><main><h1>Zorvex</h1><div class='meta'><span>Type: general statement (not about one product)</span>"
        "<span>Published: 24 January 2024</span><span>Next review: January 2026</span></div>"
        "<h2>Our position</h2><p>The Invented MND Society does not recommend <b>Z</b>orvex outside a trial.</p>"
        "</main></body></html>"))
    assert (document.date, document.next_review) == ("2024-01", "2026-01")
    assert "recommend Zorvex outside" in document.text  # a letter set apart in bold is still one word


def test_a_site_named_before_the_page_in_the_title(tmp_path):
    # Fictional Google-Sites-like page: "<title>Site - Page</title>", the page's heading names the page.
    extracted = read_html("<html><head><title>Invented ALS Network e.V. - Zorvex</title></head>"
                          "<body><h1>Zorvex (ZX-1): the Network's view</h1><p>Invented text.</p></body></html>")
    assert extracted.site_name == "Invented ALS Network e.V."


@pytest.mark.parametrize("lines, date", [
    # A later update is the date of the words now on the page; an update that only touched links is not.
    (["Created: June 8, 2022", "Last update: February 10, 2025"], "2025-02"),
    (["Published: 14 June 2021 | Last updated: 2 February 2023 (links checked)"], "2021-06"),
    (["Published: 14 June 2021", "Last reviewed: May 2024 – no change"], "2021-06"),
])
def test_a_later_update_dates_the_statement(tmp_path, lines, date):
    body = "".join(f"<p>{line}</p>" for line in lines)
    [document] = _page(tmp_path, "dated.html", (
        "<html><body><main><h1>Zorvex</h1><h2>Our position</h2>"
        f"<p>The Invented MND Society does not recommend Zorvex outside a trial.</p>{body}</main></body></html>"))
    assert document.date == date


def test_a_date_label_on_the_line_above_its_date(tmp_path):
    # Fictional Webflow-like page: each field's label and value are separate lines.
    [document] = _page(tmp_path, "fields.html", (
        "<html><body><main><h1>Zorvex</h1><div>Published</div><div>14 November 2023</div>"
        "<div>Last reviewed</div><div>March 2025 – no change to our position</div>"
        "<h2>Where we stand</h2><p>The Invented MND Council does not recommend Zorvex outside a trial.</p>"
        "<p>We will look at this again if a controlled trial of Zorvex reports.</p></main></body></html>"))
    assert (document.date, document.reviewed) == ("2023-11", "2025-03")
    assert document.section_text(document.sections[document.position]).rstrip().endswith("outside a trial.")
    assert is_closing("We will look at this again if a controlled trial reports.")


@pytest.mark.parametrize("line, name", [("Invented ALS Council", "Invented ALS Council")])
def test_a_council_is_an_organisation(line, name):
    assert organisation_name(line) == (name, True)


def test_a_page_builders_modules_and_hero_banner_are_content(tmp_path):
    # Fictional HubSpot-like page: every module is a "widget", the title sits in a hero banner, source lines wrap.
    [document] = _page(tmp_path, "builder.html", (
        "<html><body><main class='body-container-wrapper'>"
        "<div class='span12 widget-span widget-type-custom_widget dnd-module'><section class='hero-banner'>"
        "<h1 class='hero-banner__title'>Zorvex: what the Trust advises</h1>"
        "<p class='hero-banner__meta'>Published 12 June 2024 · Invented Vale MND Trust Research Team</p></section></div>"
        "<div class='span8 widget-span widget-type-cell'><h2>What is Zorvex?</h2><p>Zorvex is an invented tablet\n"
        "made by an invented company for testing.</p><h2>What the Trust now advises</h2>"
        "<p>The Invented Vale MND Trust does not\nrecommend Zorvex outside a trial.</p>"
        "<p>Next review: June 2026, or sooner if the trial reports.</p></div>"
        "<div class='cookie-banner'>We recommend allowing all cookies.</div></main></body></html>"))
    assert (document.title, document.date, document.next_review) == ("Zorvex: what the Trust advises", "2024-06", "2026-06")
    position = document.section_text(document.sections[document.position])
    assert position == "The Invented Vale MND Trust does not recommend Zorvex outside a trial."  # a source line break is a space
    assert "cookies" not in document.text


def test_a_press_release_dateline_quote_and_source_line(tmp_path):
    # Fictional PR-wire page: bold in-body subheads, a chief executive quoted below the advice, "SOURCE" at the end.
    [document] = _page(tmp_path, "release.html", (
        "<html><body><article><h1>Invented ALS Association updates its advice on Zorvex</h1>"
        "<p>INVENTED TOWN, England, Feb. 11, 2025 /InventedWire/ -- Invented ALS Association today published new advice.</p>"
        "<p><b>What the Association now advises</b></p><p>The Association no longer recommends Zorvex.</p>"
        "<p>“We know this is hard news,” said Jane Roe, Chief Executive of Invented ALS Association. “It matters.”</p>"
        "<p><b>What has changed since 2022</b></p><p>In 2022 the Association described Zorvex as promising.</p>"
        "<p>SOURCE Invented ALS Association</p></article></body></html>"))
    assert (document.date, document.organisation) == ("2025-02", "Invented ALS Association")
    assert document.section_text(document.sections[document.position]) == "The Association no longer recommends Zorvex."


RST = """.. -*- mode: rst -*-
.. FICTIONAL test statement: invented organisation.

=========================
Zorvex for people with ALS
=========================

---------------------------------------------
A position statement of Invented ALS Network
---------------------------------------------

:Date: 2024-09-03
:Reviewed: 2025-04-10 (no changes)

.. note::

   We recommend reading our checklist too.

Background
==========

Zorvex is an invented tablet made by an invented
company for testing this reader.

The Network's stance
====================

Invented ALS Network does not recommend Zorvex
outside a clinical trial.

What this means in practice
===========================

Ask your specialist about trials.
"""

ASCIIDOC = """= Zorvex: a guide
Invented MND Support <info@invented.example>
v1.1, July 2024
:toc: left
// FICTIONAL test resource

== Why headlines mislead

Most stories about Zorvex are based on
press releases from an invented company.

== Questions to ask

Ask who paid for the study.
"""


@pytest.mark.parametrize("name, source, want", [
    ("zorvex.txt", RST, ("Zorvex for people with ALS", "Invented ALS Network", "2024-09", "2025-04", "statement")),
    ("guide.txt", ASCIIDOC, ("Zorvex: a guide", "Invented MND Support", "2024-07", None, "resource")),
])
def test_text_in_a_lightweight_markup_marks_its_own_headings(tmp_path, name, source, want):
    (tmp_path / name).write_text(source, encoding="utf-8")
    [document] = read_documents(tmp_path / name, tmp_path)
    assert (document.title, document.organisation, document.date, document.reviewed, document.kind) == want
    if document.position is not None:
        position = document.section_text(document.sections[document.position])
        assert position.split() == "Invented ALS Network does not recommend Zorvex outside a clinical trial.".split()


@pytest.mark.parametrize("heading", [
    "What the Association now advises", "THE SOCIETY'S LINE", "What the Alliance says", "The short answer",
    "4. Our answer to the consultation question", "So, should I try it?", "Ce que l'association conseille",
    "Il parere dell'Associazione", "Was der Verein rät", "Lo que la asociación aconseja",
])
def test_position_headings_met_on_blind_f(heading):
    assert is_position_heading(heading)


@pytest.mark.parametrize("heading", ["What the research says", "What the studies say", "Should I take part in a trial?"])
def test_what_others_say_is_no_position_heading(heading):
    assert not is_position_heading(heading)


def test_a_bold_lead_that_takes_a_stance_is_the_position_when_nothing_heads_one(tmp_path):
    # Fictional Tumblr-like post: no post title (only <title> and og:title), the blog's name is the <h1>.
    [document] = _page(tmp_path, "post.html", (
        "<html><head><title>Invented MND Support — Zorvex: what we think</title>"
        "<meta property='og:title' content='Zorvex: what we think'></head><body><h1>Invented MND Support</h1>"
        "<article><p><b>We don't think anyone with MND should try to get Zorvex at the moment, because nobody knows yet "
        "whether it helps.</b></p><p>A lot of you have sent us the video about Zorvex, an invented tablet, so here is more.</p>"
        "</article></body></html>"))
    assert (document.title, document.organisation, document.kind) == ("Zorvex: what we think", "Invented MND Support", "statement")
    assert document.section_text(document.sections[document.position]).startswith("We don't think anyone")


def test_a_bold_lead_that_only_reports_is_no_position(tmp_path):
    [document] = _page(tmp_path, "news.html", (
        "<html><body><article><h1>Zorvex trial results</h1><p><b>An invented company announced the results of its Zorvex "
        "trial today, after two years of follow-up.</b></p><p>Zorvex is an invented tablet made for testing.</p>"
        "</article></body></html>"))
    assert document.kind == "resource"


def test_a_wiki_page_with_two_products_and_its_furniture(tmp_path):
    # Fictional MediaWiki page: "[edit]" links, two products each with the organisation's words, See also and References.
    edit = "<span class='mw-editsection'>[<a href='#'>edit</a>]</span>"
    [first, second] = _page(tmp_path, "wiki.html", (
        "<html><head><title>Supplements: positions - Invented ALS Wiki</title></head><body><div id='content'>"
        f"<h1 id='firstHeading'>Supplements: positions</h1><p>This page gives the Invented ALS Alliance's positions.</p>"
        f"<h2>Zorvex{edit}</h2><h3>Background{edit}</h3><p>Zorvex is an invented tablet made for testing this reader.</p>"
        f"<h3>What the Alliance says{edit}</h3><p>The Alliance considers it reasonable to discuss Zorvex with your neurologist.</p>"
        f"<h2>Quellix{edit}</h2><h3>What the Alliance says{edit}</h3><p>The Alliance does not recommend Quellix for ALS.</p>"
        f"<h2>See also{edit}</h2><ul><li>Cramps</li></ul><h2>References{edit}</h2><ol><li>Invented source.</li></ol>"
        "<div id='catlinks' class='catlinks'>Categories: Positions</div></div></body></html>"))
    assert [d.organisation for d in (first, second)] == ["Invented ALS Alliance"] * 2
    assert "[edit]" not in first.text and "Categories" not in first.text
    assert first.section_text(first.sections[first.position]).endswith("with your neurologist.")
    assert second.section_text(second.sections[second.position]) == "The Alliance does not recommend Quellix for ALS."


@pytest.mark.parametrize("line, name", [
    ("A Invented Dale ALS Trust information sheet", ("Invented Dale ALS Trust", True)),
    ("Invented ALS Wiki", ("Invented ALS Wiki", False)), ("Invented Community", ("Invented Community", False)),
    ("Society's medical advisers", None),
])
def test_names_of_what_an_organisation_publishes_or_employs(line, name):
    assert organisation_name(line) == name


def test_dates_met_on_blind_f():
    assert read_date_line("Relu le 9 janvier 2025 par le comité scientifique : pas de changement.").first("reviewed") == "2025-01"
    assert read_date_line("Publié le 14 novembre 2023, par").first("issued") == "2023-11"


def test_a_mail_archive_message(tmp_path):
    # Fictional Pipermail-like page: the body is one <pre>, hard-wrapped, with an earlier message quoted below.
    body = ("Dear members,\n\nSeveral of you have asked about Zorvex, an invented capsule made by an\ninvented company"
            " for testing this reader, so here is our line.\n\nTHE SOCIETY'S LINE\n\nInvented Hill MND Society does not"
            " recommend trying to obtain\nZorvex outside the trial. Ask your neurologist to refer you.\n\nOne more thing:"
            " the company also makes ZX-12, a tablet for gout. It is a\ndifferent medicine.\n\nBest wishes,\nJane Roe\n"
            "Research Officer, Invented Hill MND Society\n\n> On Tue, 8 Oct 2024, a member wrote:\n> I recommend everyone"
            " asks their GP to prescribe it.\n")
    [document] = _page(tmp_path, "message.html", (
        "<html><head><title>[IHMS-members] Society line on Zorvex</title></head><body>"
        "<h1>[IHMS-members] Society line on Zorvex</h1><b>Invented Hill MND Society</b><br><i>Tue Oct 15 09:12:44 BST 2024</i>"
        f"<pre>{body}</pre></body></html>"))
    assert (document.title, document.date) == ("Society line on Zorvex", "2024-10")
    position = document.section_text(document.sections[document.position])
    assert position == "Invented Hill MND Society does not recommend trying to obtain Zorvex outside the trial. " \
                       "Ask your neurologist to refer you."
    assert "I recommend everyone" not in document.text


def test_a_title_part_of_everyday_words_is_no_alias():
    assert names_in("Zorvex: what we think", "", []) == ("Zorvex",)
    assert "has anyone tried it?" not in names_in("Zorvex ZX-2 sleeve - has anyone tried it?", "", [])


@pytest.mark.parametrize(("title", "aliases"), [
    # What a product is for is an indication, not a name: 'cramps' made 'is quinine safe for leg cramps?'
    # a question about the (fictional) Velmora statement.
    ("Velmora (VLM-3) for cramps in MND", ("Velmora", "VLM-3", "VLM3", "VLM 3")),
    ("Velmora – gegen Spastik bei ALS", ("Velmora",)),
    # A clause names nothing, whoever is its subject.
    ("Velmora (VLM-3): what the Panel advises", ("Velmora", "VLM-3", "VLM3", "VLM 3")),
    ("Velmora: where the Society stands", ("Velmora",)),
])
def test_an_indication_or_a_clause_in_a_title_is_no_alias(title, aliases):
    assert names_in(title, "", []) == aliases


@pytest.mark.parametrize(("title", "aliases"), [
    # Of a title that names a product, only what names it: the rest describes, in any language, including
    # languages the word lists do not hold.
    ("Velmora (VLM-3) hakkında derneğimizin görüşü", ("Velmora", "VLM-3", "VLM3", "VLM 3")),
    ("Velmora (VLM-3): poziția asociației", ("Velmora", "VLM-3", "VLM3", "VLM 3")),
    ("Velmora – vårt standpunkt", ("Velmora",)),
    ("Velmora-M: the clinic offer members keep asking about", ("Velmora-M",)),
    # A coined word names, capitalised or shaped like a medicine's name.
    ("NutriGen - Velmora ketone drink", ("NutriGen", "Velmora ketone drink")),
    ("Society line on velmorastat (VLM-8)", ("Society line on velmorastat", "VLM-8", "VLM8", "VLM 8")),
    # A title that names nothing: one descriptive part is no name.
    ("Stem cell clinics abroad – what to know before you pay", ()),
])
def test_a_title_that_names_a_product_gives_only_the_parts_that_name_it(title, aliases):
    assert names_in(title, "", []) == aliases


def test_numbered_sections_of_a_response_on_one_product_stay_one_document(tmp_path):
    # Fictional consultation response: numbered sections, the position in section 4; not a newsletter's items.
    [document] = _page(tmp_path, "response.html", (
        "<html><body><main><h1>Response to consultation XY-1: Zorvex (ZX-77) for MND</h1>"
        "<h2>1. About the Association</h2><p>The Invented MND Association supports 600 people living with MND.</p>"
        "<h2>2. The application</h2><p>An invented company has applied for Zorvex, an invented oral solution.</p>"
        "<h2>3. What our members told us</h2><p>Most members who answered our survey would consider taking it.</p>"
        "<h2>4. Our answer to the consultation question</h2><p>4.1 The Association supports early access to Zorvex.</p>"
        "</main></body></html>"))
    assert document.title == "Response to consultation XY-1: Zorvex (ZX-77) for MND"
    assert document.section_text(document.sections[document.position]) == "The Association supports early access to Zorvex."


@pytest.mark.parametrize("paragraph, note", [
    ("Lindqvar also sells a supplement called Vitalqor, and is developing LQ-44. This advice is about Zorvex only.", True),
    ("This statement does not cover PB-12.", True),
    ("ZX-12 is a different medicine for gout.", True),
    ("We advise members not to buy Zorvex. This statement does not cover PB-12.", False),  # advice first: part of it
])
def test_a_paragraph_on_what_a_statement_does_not_cover(paragraph, note):
    assert is_scope_note(paragraph) == note


def test_a_bold_lead_that_says_it_takes_no_stance_is_no_position(tmp_path):
    [document] = _page(tmp_path, "guide.html", (
        "<html><body><article><h1>Reading research headlines</h1><p><b>This guide does not give an opinion on any "
        "treatment, and you should not take it as advice.</b></p><p>It explains how to read news about Zorvex and other "
        "invented treatments.</p></article></body></html>"))
    assert document.kind == "resource"


# --- HTML templates first met in held-out set G: rules for any site, FICTIONAL snippets -----------------------------

def test_a_post_filed_under_its_author_or_a_class_that_says_not_footer_is_content():
    # Fictional: a blog post whose class names its author ("author-…"), and a builder's content box "site-not-footer".
    from lxml.html import fromstring

    assert not is_furniture(fromstring("<article class='entry hentry author-quenmar-trust tag-news'>x</article>"))
    assert not is_furniture(fromstring("<div class='site-elements site-not-footer'>x</div>"))
    assert not is_furniture(fromstring("<div class='layout no-sidebar'>x</div>"))
    assert is_furniture(fromstring("<div class='site-footer'>x</div>"))
    assert is_furniture(fromstring("<div class='comment author-jane'>x</div>"))


def test_content_taken_for_furniture_is_read_when_nothing_else_would_be():
    # Fictional page whose only content box has a class word that elsewhere marks furniture ("share").
    paragraph = ("Zorvex is an invented tablet sold online by an invented company to people living with MND, "
                 "and nothing published shows that it slows the disease or that it is safe to take for months. ")
    extracted = read_html(
        "<html><body><nav><a href='/'>Home</a></nav><main><div class='story share-enabled'><h1>Zorvex</h1>"
        f"<h2>Background</h2><p>{paragraph}</p><h2>Our position</h2><p>{paragraph}</p></div></main>"
        "<footer>Invented Society</footer></body></html>")
    assert extracted.text.startswith("Zorvex\n\nBackground")
    assert "Home" not in extracted.text


@pytest.mark.parametrize("heading, is_position", [
    ("A nossa opinião, em resumo", True),  # "our opinion, in short": like "Our view in brief"
    ("Should you take either of them?", True),  # an FAQ asking for the advice on the products just described
    ("Should I try any of these?", True),
    ("Should you take part in a trial abroad?", False),
])
def test_position_headings_that_ask_or_give_an_opinion(heading, is_position):
    assert is_position_heading(heading) == is_position


def test_a_relative_date_is_read_from_the_time_element_or_the_page_metadata(tmp_path):
    # Fictional shop blog post: the page prints "Posted 3 weeks ago"; <time datetime> says which day.
    body = ("<h2>Our verdict</h2><p>The Invented MND Trust does not recommend Zorvex outside a clinical trial, because "
            "nothing shows that it slows the disease.</p>")
    [timed] = _page(tmp_path, "timed.html", (
        "<html><body><main><article><h1>Zorvex: what we think</h1><time datetime='2023-11-14T09:00:00Z'>Posted 3 weeks "
        f"ago</time>{body}</article></main></body></html>"))
    assert (timed.date, timed.kind) == ("2023-11", "statement")
    [meta] = _page(tmp_path, "meta.html", (
        "<html><head><meta property='article:published_time' content='2022-06-02T10:00:00+01:00'></head><body><main>"
        f"<article><h1>Zorvex: what we think</h1><p class='post-meta'>vor 3 Monaten</p>{body}</article></main></body></html>"))
    assert meta.date == "2022-06"
    # A date only in metadata, never shown on the page, is a tool's guess: not the statement's date.
    [hidden] = _page(tmp_path, "hidden.html", (
        "<html><head><meta property='article:published_time' content='2022-06-02'></head><body><main><article>"
        f"<h1>Zorvex: what we think</h1>{body}</article></main></body></html>"))
    assert hidden.date is None


def test_a_byline_named_in_its_id_or_in_camel_case_dates_the_page(tmp_path):
    # Fictional CMS page: "documentByLine" with a publication and a modification stamp; the publication dates it.
    [document] = _page(tmp_path, "cms.html", (
        "<html><body><div id='content'><h1>Zorvex</h1><div class='documentByLine' id='site-document-byline'>"
        "<span>von Redaktion —</span> <span>veröffentlicht 03.02.2023 11:40,</span> <span>zuletzt verändert: "
        "09.03.2023 08:00</span></div><h2>Unsere Haltung</h2><p>Der Invented ALS Verein rät derzeit von Zorvex "
        "außerhalb von Studien ab.</p></div></body></html>"))
    assert document.date == "2023-02"


FORUM = """<html><head><title>Zorvex from a clinic abroad? - Invented MND Forum</title></head><body>
<div class="headerbar" role="banner"><h1>Invented MND Forum</h1><p>Run by the Invented MND Society</p></div>
<div id="page-body" role="main"><h2 class="topic-title">Zorvex from a clinic abroad?</h2>
<div class="post" id="p1"><dl class="postprofile"><dt><a class="username">sam_k</a></dt><dd class="profile-rank">Member</dd>
<dd>Joined: Sat Feb 11, 2020 8:20 pm</dd></dl><div class="postbody"><p class="author">by <a class="username">sam_k</a>
&raquo; Sun Mar 03, 2024 9:41 pm</p><div class="content">A clinic offers Zorvex for a fee. I'd recommend it, my uncle
went and says he is stronger.</div></div><div class="back2top"><a href="#top">Top</a></div></div>
<div class="post" id="p2"><dl class="postprofile"><dt><a class="username">IMS_Team</a></dt>
<dd class="profile-rank">Society staff</dd><dd>Joined: Mon Jan 04, 2016 10:00 am</dd></dl><div class="postbody">
<p class="author">by <a class="username">IMS_Team</a> &raquo; Tue Apr 09, 2024 2:14 pm</p><div class="content">Thank you
for asking. Our committee has agreed the reply below.<br><br><span style="font-weight: bold">Official answer from the
Society</span><br>The Invented MND Society advises members not to travel abroad for Zorvex, because nothing shows that
it works and the clinic cannot say what it gives.<br><br>We recommend you also read our page on treatment abroad, linked
in the forum menu. You can ring our support line if you would like to talk any of this through with one of us.</div>
<div class="signature">Invented MND Society Support Team · www.invented-mnd.example · Support line 01632 960 000</div>
</div><div class="back2top"><a href="#top">Top</a></div></div></div>
<div class="copyright"><p>Powered by <a href="#">ForumWare</a> Software © ForumWare Limited</p></div></body></html>"""


def test_a_forum_thread_is_read_as_the_organisations_own_post(tmp_path):
    # Fictional forum thread: a member asks, the Society's staff account answers; the software credit is no organisation.
    [document] = _page(tmp_path, "thread.html", FORUM)
    assert document.title == "Zorvex from a clinic abroad?"  # the topic, not the forum's name in the header bar
    assert document.organisation == "Invented MND Society"
    assert document.date == "2024-04"  # the staff post's, not the member's or the account's join date
    assert document.kind == "statement"
    assert document.section_text(document.sections[document.position]) == (
        "The Invented MND Society advises members not to travel abroad for Zorvex, because nothing shows that it works "
        "and the clinic cannot say what it gives.")
    assert "I'd recommend it" not in document.text


def test_a_software_credit_is_never_the_organisation():
    extracted = read_html(FORUM.replace("IMS_Team</a></dt>\n<dd class=\"profile-rank\">Society staff", "x</a></dt><dd>Member"))
    assert extracted.site_name != "ForumWare Limited"


@pytest.mark.parametrize("line", [
    "This statement was agreed by our Research Advisory Panel. If you have questions about it, call our support line on "
    "01632 960 000 or email research@invented.example.",
    "We recommend you also read our page on treatment abroad, linked in the menu. You can ring the support line on "
    "01632 960 000 if you would like to talk any of this through with one of our advisers.",
])
def test_a_long_note_below_the_position_is_not_part_of_it(tmp_path, line):
    [document] = _page(tmp_path, "note.html", (
        "<html><body><main><h1>Zorvex</h1><h2>Our position</h2><p>The Invented MND Society does not recommend Zorvex "
        f"outside a clinical trial.</p><p>{line}</p></main></body></html>"))
    assert document.section_text(document.sections[document.position]) == (
        "The Invented MND Society does not recommend Zorvex outside a clinical trial.")


# Fictional snippets (invented organisations and products) for the blind-h rules.
def test_platform_company_and_possessive_are_not_organisations():
    from statement_qa.structure.organisation import organisation_name

    assert organisation_name("© 2023 mastodon gmbh") is None
    assert organisation_name("Approved by the Society's Medical Panel, May 2024.") is None
    assert organisation_name("Orrin Vale ALS Society") == ("Orrin Vale ALS Society", True)


def test_company_named_in_text_is_not_the_publisher():
    from statement_qa.structure.organisation import named_in

    assert named_in("The Lumo band is made by Tarrow Gadgets Ltd. Tarrow Gadgets Ltd sells it online.") is None


def test_swedish_and_danish_position_headings_and_review_dates():
    from statement_qa.structure import is_position_heading
    from statement_qa.structure.dates import read_date_line

    assert is_position_heading("Vårt råd") and is_position_heading("Vores holdning")
    line = read_date_line("Nästa översyn: mars 2027.")
    assert line is not None and line.first("next_review") == "2027-03"


def test_run_in_position_heading_opens_position():
    from statement_qa.structure.vocabulary import opens_position

    assert opens_position("Where we stand. The Orrin Vale Trust supports the ZED-2 trial.")
    assert opens_position("3/5 Our position: zedatide is not proven.")
    assert not opens_position("Background. Zedatide is a tablet.")


@pytest.mark.parametrize("paragraph, bold, own_words", [
    ("Where we stand. The Orrin Vale Trust supports the ZED-2 trial.", 0, "The Orrin Vale Trust supports"),
    ("3/5 Our position: zedatide is not proven.", 0, "zedatide is not proven."),
    ("**Our view:** zedatide is not proven.", 0, "zedatide is not proven."),
    ("Our honest advice: do not buy it.", 0, "do not buy it."),
    ("Our considered view – do not buy it.", len("Our considered view"), "do not buy it."),
    ("What we found – no studies.", len("What we found"), None),
    ("Background. Zedatide is a tablet.", 0, None),
])
def test_a_run_in_position_heading_is_not_part_of_what_the_paragraph_says(paragraph, bold, own_words):
    """A heading run into its paragraph, by its punctuation or set in bold (FICTIONAL lines), heads the position:
    the quote starts after it."""
    from statement_qa.structure.vocabulary import position_lead

    start = position_lead(paragraph, bold)
    assert (paragraph[start:] if start else None) == (own_words and paragraph[paragraph.index(own_words):])


def test_a_bold_run_in_lead_is_marked_on_its_paragraph():
    from statement_qa.ingest.html import read_html

    page = read_html("<html><body><main><p><b>Our view:</b> We do not recommend zedatide.</p>"
                     "<p><b>Whole bold line</b></p><p>Plain <b>bold later</b> text.</p></main></body></html>")
    assert [b.lead for b in page.blocks] == [len("Our view:"), 0, 0]


def test_posts_by_one_account_with_headings_are_not_a_thread():
    """A blog's list of posts (each with its author and its own heading) is not a microblog thread (FICTIONAL)."""
    from statement_qa.ingest.html import read_html

    post = ("<article class='post'><h2>{}</h2><span class='author'>Orrin Vale MND Circle</span>"
            "<div class='content'><p>{} text of this post, which says something about zedatide.</p></div></article>")
    page = read_html(f"<html><body>{post.format('First post', 'First')}{post.format('Second post', 'Second')}</body></html>")
    assert page.text.startswith("Second post") and page.text.count("text of this post") == 1  # its main post, as before


def test_a_date_its_approver_sets_off_with_a_comma_is_the_issue_date():
    from statement_qa.structure.dates import read_date_line

    assert read_date_line("Agreed by the committee, 8 October 2020.").dates == (("issued", "2020-10"),)
    assert read_date_line("Approved by the Board, 3 May 2022").dates == (("issued", "2022-05"),)


def test_callout_aside_in_article_and_form_without_controls_are_content():
    from statement_qa.ingest.html import read_html

    page = ("<html><body><main><h1>Zedatide: our view</h1><p>Intro text here.</p>"
            "<aside class='callout-box' role='note'><p>The Orrin Vale Trust does not recommend zedatide.</p></aside>"
            "<form class='usertext'><div><p>Posted text of the thread.</p></div></form>"
            "<form><input name='q'><p>Search the site</p></form></main></body></html>")
    text = read_html(page).text
    assert "does not recommend zedatide" in text and "Posted text" in text and "Search the site" not in text


# FICTIONAL pages (invented organisations and products, *.example) for the rule that finds a position by what its
# paragraphs do when no heading's words name it.
GUILD = """<html><head><title>Quorvane (QRV-8) - Invented Fenmoor ALS Society</title></head><body><main>
<h1>Quorvane (QRV-8)</h1>
<p>Quorvane (development code QRV-8) is a tablet made by Imaginary Halden Labs. It is meant to protect motor neurones.</p>
<h2>The trial so far</h2>
<p>In the QUOR-1 trial, 60 people with ALS took quorvane or a placebo for six months. There was no difference in strength
or function between the groups, and some people had headaches.</p>
<h2>{heading}</h2>
<p>{lead}The Invented Fenmoor ALS Society does not recommend quorvane for people with ALS. Please do not buy quorvane
online; talk to your neurologist if you would like to hear about trials that are recruiting.</p>
<p>The Society plans to look at this again when QUOR-2 reports.</p>
<h2>Coffee mornings</h2>
<p>We recommend booking your place at the spring coffee morning, because the room at the library is small.</p>
<h2>Your comments</h2>
<p>I'd recommend quorvane to anyone, my cousin swears by it and buys it from a website abroad.</p>
</main></body></html>"""


@pytest.mark.parametrize("heading, lead", [
    ("Where the Society lands", ""),  # a heading whose words the vocabulary has never met
    ("Should you try it?", ""),  # a question to the reader
    ("Quorvane in brief", "<b>Straight talk from our board:</b> "),  # a bold label run into the paragraph
])
def test_the_position_is_the_section_whose_paragraphs_give_the_organisations_advice(tmp_path, heading, lead):
    [document] = _page(tmp_path, "guild.html", GUILD.format(heading=heading, lead=lead))
    assert document.kind == "statement"
    assert document.section_text(document.sections[document.position]) == (
        "The Invented Fenmoor ALS Society does not recommend quorvane for people with ALS. Please do not buy quorvane "
        "online; talk to your neurologist if you would like to hear about trials that are recruiting.")


def test_advice_about_anything_but_the_subject_makes_no_position(tmp_path):
    """A FICTIONAL guide whose 'we recommend' sentences are about reading, booking and logging calls: a resource."""
    [document] = _page(tmp_path, "guide.html", (
        "<html><body><main><h1>Reading about new treatments</h1><h2>Getting started</h2><p>We recommend reading the "
        "introduction first, and finishing Module 1 before you start Module 2 of this course.</p><h2>Events</h2><p>We "
        "recommend booking early for the spring webinar, because places are limited to forty people.</p><h2>For "
        "volunteers</h2><p>We recommend that volunteers log these calls under 'Treatment enquiry' so the team can see "
        "which products people ask about.</p></main></body></html>"))
    assert document.kind == "resource" and document.position is None


def test_a_small_heading_a_pdf_ran_into_its_paragraph_is_not_quoted(tmp_path):
    """FICTIONAL text without layout: the heading has no punctuation of its own; the quote starts at the advice."""
    from statement_qa.structure.blocks import Block
    from statement_qa.structure.headings import _advice_start

    line = "How the Circle sees it The Invented Tarn MND Circle does not recommend quorvane at present."
    assert line[_advice_start(line, Block(0, len(line))) :].startswith("The Invented Tarn MND Circle does not")
    plain = "The Invented Tarn MND Circle does not recommend quorvane at present."
    assert _advice_start(plain, Block(0, len(plain))) == 0


@pytest.mark.parametrize("sentence, advises", [
    ("ALS spolek Invented nedoporučuje užívat quorvane mimo klinickou studii.", True),  # cs
    ("ALS-foreningen Invented mener, at quorvane er værd at tale med din neurolog om.", True),  # da
    ("L'Associació Invented desaconsella prendre quorvane.", True),  # ca
    ("The Invented Network no longer encourages people to seek quorvane.", True),
    ("COMMITTEE SAYS: please don't spend your money on quorvane.", True),
    ("The Invented Network asks members not to take medicines prescribed for someone else.", True),
    ("We recommend accepting all cookies so that the site remembers you.", False),
    ("Honestly I'd recommend quorvane to anyone.", False),
    ("Doporučujeme vám přihlásit se k odběru našeho zpravodaje.", False),
])
def test_a_sentence_gives_advice_on_the_subject(sentence, advises):
    from statement_qa.structure.vocabulary import advice_at

    assert (advice_at(sentence, frozenset({"quorva"})) is not None) is advises


def test_a_field_label_over_its_value_heads_nothing(tmp_path):
    """FICTIONAL CMS fields ('Statement type:' over 'Medicine') above an unknown heading's advice."""
    [document] = _page(tmp_path, "fields.html", (
        "<html><body><main><h1>Quorvane (QRV-8): our view</h1><div>Statement type:</div><div>Medicine</div>"
        "<p>Quorvane (development code QRV-8) is a tablet from Imaginary Halden Labs that is being tested in ALS.</p>"
        "<h2>Where this leaves us</h2><p>The Invented Fenmoor ALS Society no longer encourages people to seek quorvane, "
        "because the QUOR-1 trial showed no benefit.</p></main></body></html>"))
    assert "Statement type" not in [s.name for s in document.sections]
    assert document.section_text(document.sections[document.position]).startswith("The Invented Fenmoor ALS Society no")


def test_a_review_plan_and_a_pointer_below_the_advice_are_notes():
    assert is_scope_note("Panel members are listed on our governance page. The panel plans its next look at quorvane in 2027.")
    assert not is_scope_note("The panel recommends quorvane. It plans its next look in 2027.")


@pytest.mark.parametrize(("advice", "housekeeping"), [
    ("Föreningen Påhittad avråder från att köpa velmora på internet. Fråga din neurolog om studien VELO-2.",
     "Vi rekommenderar att du betalar medlemsavgiften senast 1 januari, så att du inte missar medlemstidningen."),
    ("The Invented Society does not recommend buying Velmora online. Ask your neurologist about the VELO-2 trial.",
     "We recommend paying your membership fee by Direct Debit, so that you never miss the members' magazine."),
])
def test_advice_on_the_organisations_own_business_ends_the_position(tmp_path, advice, housekeeping):
    # FICTIONAL page: the organisation's recommendation on its membership fee follows its position in one section.
    [document] = _page(tmp_path, "velmora.md", f"# Velmora (VLM-3)\n\n## Bakgrund\n\nVelmora är en påhittad "
                       f"tablett.\n\n## Vårt råd\n\n{advice}\n\n{housekeeping}\n")
    position = document.section_text(document.sections[document.position])
    assert position == advice


# FICTIONAL pages (invented organisations and products, *.example) for quoted speech, run-in labels, advice to people
# with the disease, and advice in languages without a position-heading row.
def test_a_members_words_quoted_with_who_said_them_are_never_the_position(tmp_path):
    """A blockquote with a recommending word, attributed after a dash: a member's opinion, not the organisation's."""
    [document] = _page(tmp_path, "quote.html", (
        "<html><body><main><h1>Pelvatrine (PLV-4): our view after PELVA-2</h1><h2>What pelvatrine is</h2>"
        "<p>Pelvatrine (development code PLV-4) is a tablet made by Imaginary Corvel Labs, meant to protect nerve cells.</p>"
        "<blockquote><p>“I would recommend pelvatrine to everybody, it changed my life.” – a reader, writing to us in May"
        "</p></blockquote><h2>In short</h2><p>The Invented Harbury ALS Circle does not recommend pelvatrine for people "
        "with ALS, because the PELVA-2 trial found no benefit.</p></main></body></html>"))
    assert document.section_text(document.sections[document.position]).startswith("The Invented Harbury ALS Circle does")


@pytest.mark.parametrize("lines, speech", [
    (["“I'd still recommend it to anyone.” — a member, writing to us"], True),
    (["It changed everything for us and we tell all our friends.", "— Jo, a carer"], True),
    (["“The Invented Trust recommends that members ask about the trial.”"], False),  # quoted, but no speaker
    (["The Invented Trust recommends that members ask about the trial."], False),
])
def test_quoted_speech_is_told_by_its_attribution(lines, speech):
    from statement_qa.structure.vocabulary import is_quoted_speech

    assert is_quoted_speech(lines) is speech


def test_a_bold_label_naming_the_committee_heads_advice_to_people_with_the_disease(tmp_path):
    """FICTIONAL chat-like page: no heading; a bold label with an arrow, advice after a conditional clause."""
    [document] = _page(tmp_path, "chat.html", (
        "<html><body><main><h1>Corvanib (CVB-9)</h1><p>Evening all, a housekeeping note first: we recommend turning on "
        "two-factor sign-in for your account, it keeps the server safe for everyone.</p><p>Corvanib is an infusion made by Imaginary Tessel Bio. It is meant to "
        "slow the loss of motor neurones, and a small trial is running now.</p><p><b>Group committee verdict →</b> Corvanib "
        "is not available outside the trial. If you would like to take part, ask your neurologist whether you qualify for "
        "the corvanib study, and please do not order corvanib from websites.</p></main></body></html>"))
    assert document.kind == "statement"
    assert document.section_text(document.sections[document.position]).startswith("Corvanib is not available outside")


def test_advice_to_people_with_the_disease_about_their_care_is_a_position_without_a_product(tmp_path):
    """FICTIONAL general statement: it names no product; the organisation asks people with MND to do something."""
    [document] = _page(tmp_path, "general.html", (
        "<html><body><main><h1>Telling your care team what you take</h1><h2>Why</h2><p>Some people take things bought "
        "privately and do not say so, which can confuse the people looking after them at their appointments.</p>"
        "<h2>Wording agreed by the trustees</h2><p>The Invented Ormley MND Network asks people with MND to tell their care "
        "team about everything they take, including things bought privately.</p></main></body></html>"))
    assert document.section_text(document.sections[document.position]).startswith("The Invented Ormley MND Network asks")


@pytest.mark.parametrize("sentence", [
    "Kehotamme jäseniä kysymään neurologilta quorvanesta ennen kuin he ostavat mitään.",  # fi
    "A Kitalált ALS Egyesület nem javasolja a quorvane szedését.",  # hu
    "Δεν συνιστούμε τη quorvane εκτός κλινικής μελέτης.",  # el
    "Nu recomandăm quorvane în afara unui studiu clinic.",  # ro
    "Quorvane ilacını klinik çalışma dışında önermiyoruz.",  # tr
    "ALS-foreningen Oppdiktet fraråder quorvane utenfor studier.",  # nb
    "If you are already taking it, tell your neurologist before you stop.",  # en, an imperative after a clause
])
def test_advice_sentences_in_more_languages(sentence):
    from statement_qa.structure.vocabulary import advice_sentences

    assert advice_sentences(sentence, frozenset({"quorva"})) == 1


def test_a_form_label_in_capitals_run_into_its_box_is_not_quoted(tmp_path):
    from statement_qa.structure.blocks import Block
    from statement_qa.structure.headings import _advice_start

    line = "6 WHAT WE SUGGEST Quorvane is only studied in one trial. If you want to join, ask your neurologist about it."
    assert line[_advice_start(line, Block(0, len(line))) :].startswith("Quorvane is only studied")


def test_a_heading_of_position_shape_in_another_language_holds_prose_naming_the_subject(tmp_path):
    """FICTIONAL Greek page whose position paragraph has no advice verb; its heading says 'what we tell our members'.
    The heading's text sits in a <div> inside the <h2>, as some site builders write it."""
    [document] = _page(tmp_path, "el.html", (
        "<html><body><main><h1>Κουορβάνη (QRV-8)</h1><h2><div>Τι είναι</div></h2><p>Η κουορβάνη (κωδικός QRV-8) είναι "
        "δισκίο της Imaginary Halden Labs για την ΑΠΣ, που δοκιμάζεται τώρα σε μια μικρή μελέτη.</p><h2><div>Τι λέμε στα "
        "μέλη μας</div></h2><p>Η κουορβάνη μπορεί να συζητηθεί με τον νευρολόγο σας, αλλά δεν έχει αποδειχθεί ότι "
        "επιβραδύνει την ΑΠΣ.</p></main></body></html>"))
    assert document.kind == "statement"
    assert document.section_text(document.sections[document.position]).startswith("Η κουορβάνη μπορεί να συζητηθεί")


# -- blind-k: a lead-in over a list, Nordic headings and dates, bold labels, bylines, journal and poster dates ------


@pytest.mark.parametrize("lead_in, first_item", [
    ("In short, the Trust’s advice is:", "If you carry the gene change, talk to your neurologist"),
    ("We recommend that you:", "If you carry the gene change, talk to your neurologist"),
    ("Kort sagt, styrets råd er:", "Snakk med nevrologen din om zorvex-studien"),
    ("Kurz gesagt, unsere Empfehlung lautet:", "Sprechen Sie mit Ihrer Neurologin über die Zorvex-Studie"),
])
def test_a_lead_in_that_announces_the_advice_makes_the_list_below_it_the_position(tmp_path, lead_in, first_item):
    """FICTIONAL page with no position heading: the advice is a list after a lead-in ending with a colon."""
    items = {
        "If you carry the gene change, talk to your neurologist": (
            "If you carry the gene change, talk to your neurologist about the trial, which is still recruiting.",
            "If you do not, zorvex is not designed for you and we do not recommend seeking it."),
        "Snakk med nevrologen din om zorvex-studien": (
            "Snakk med nevrologen din om zorvex-studien.", "Ikke kjøp zorvex på nettet."),
        "Sprechen Sie mit Ihrer Neurologin über die Zorvex-Studie": (
            "Sprechen Sie mit Ihrer Neurologin über die Zorvex-Studie.", "Kaufen Sie kein Zorvex im Internet."),
    }[first_item]
    [document] = _page(tmp_path, "lead-in.html", (
        "<html><body><main><h1>Zorvex (ZX-302): the Invented Calder Trust</h1><h2>What is zorvex?</h2><p>Zorvex "
        "(development code ZX-302) is an invented antisense medicine made by Imaginary Penhold Genomics for testing.</p>"
        f"<h2>The evidence so far</h2><p>Twelve people have had zorvex so far, and the results are not yet known.</p>"
        f"<p>{lead_in}</p><ul>{''.join(f'<li>{item}</li>' for item in items)}</ul>"
        "<p>We will revisit this page when the first results are published.</p></main></body></html>"))
    assert document.kind == "statement"
    position = document.section_text(document.sections[document.position])
    assert position.startswith(first_item) and position.rstrip().endswith(items[-1])


def test_a_lead_in_over_a_list_of_things_to_bring_is_no_position(tmp_path):
    """FICTIONAL meeting page: 'We recommend bringing:' announces housekeeping, not advice on the subject."""
    [document] = _page(tmp_path, "bring.html", (
        "<html><body><main><h1>Zorvex (ZX-302) information evening</h1><p>Imaginary Penhold Genomics will talk about "
        "zorvex, an invented medicine in an early trial, and answer questions from members of the group.</p>"
        "<p>We recommend bringing:</p><ul><li>a list of your medicines</li><li>a packed lunch</li></ul>"
        "</main></body></html>"))
    assert document.kind == "resource"


@pytest.mark.parametrize("heading", [
    "Dette mener styret", "Styrets standpunkt", "Vårt råd", "Hva anbefaler vi?",  # nb
    "Det mener bestyrelsen", "Bestyrelsens holdning",  # da
    "Detta tycker styrelsen", "Styrelsens hållning",  # sv
    "Yhdistyksen kanta", "Suosituksemme",  # fi
    "6. Implications for people living with ALS",  # en, as a paper heads it
])
def test_nordic_position_headings(heading):
    assert is_position_heading(heading)


@pytest.mark.parametrize("heading", ["Hva er fenestrolid?", "Ikke samme medisin", "7. Implications for services"])
def test_headings_that_hold_no_position(heading):
    assert not is_position_heading(heading)


@pytest.mark.parametrize("line, issued, reviewed", [
    ("Publisert 04.10.2024 · Gjennomgått 15. mai 2025 – ingen endringer i rådet vårt.", "2024-10", "2025-05"),  # nb
    ("Udgivet 4. oktober 2024 · Gennemgået 15. maj 2025 – ingen ændringer", "2024-10", "2025-05"),  # da
    ("Publicerad 4 oktober 2024 · Granskad 15 maj 2025 – inga ändringar", "2024-10", "2025-05"),  # sv
    ("Vedtatt av styret 1. oktober 2024. Neste gjennomgang: oktober 2026.", "2024-10", None),  # nb, a plan is no review
])
def test_nordic_date_and_review_lines(line, issued, reviewed):
    dated = read_date_line(line)
    assert dated is not None and dated.first("issued") == issued and dated.first("reviewed") == reviewed


def test_a_norwegian_position_ends_at_the_line_that_records_its_adoption(tmp_path):
    """FICTIONAL Norwegian page: the position under 'Dette mener styret', then who adopted it and when."""
    [document] = _page(tmp_path, "no.html", (
        "<html><body><main><h1>Zorvex (ZX-40) – vårt standpunkt</h1><p>Publisert 04.10.2024 · Gjennomgått 15. mai 2025 "
        "– ingen endringer i rådet vårt.</p><h2>Hva er zorvex?</h2><p>Zorvex er en oppdiktet tablett fra Imaginary "
        "Fjellby Pharma AS, laget for å teste denne leseren, og den tas to ganger daglig.</p><h2>Dette mener styret</h2>"
        "<p>Styret i ALS-laget Oppdiktet mener at zorvex er et rimelig valg å drøfte med nevrologen.</p>"
        "<p>Vedtatt av styret 1. oktober 2024. Neste gjennomgang: oktober 2026.</p></main></body></html>"))
    assert (document.kind, document.date, document.reviewed) == ("statement", "2024-10", "2025-05")
    assert document.section_text(document.sections[document.position]).rstrip().endswith("drøfte med nevrologen.")


def test_a_bold_label_that_opens_the_position_paragraph_is_a_heading_not_the_quote(tmp_path):
    """FICTIONAL page: the position paragraph under its heading opens with a bold label ending with a colon."""
    [document] = _page(tmp_path, "label.html", (
        "<html><body><main><h1>Zorvex (ZX-204) – position statement</h1><h2>Background</h2><p>Zorvex is an invented "
        "antibody made by Imaginary Brightmoor Therapeutics for testing this reader.</p><h2>What this means for "
        "members</h2><p><b>Our line for now:</b> We do not recommend that people with MND try to obtain zorvex outside "
        "the trial.</p><p>We will update this page when the trial reports.</p></main></body></html>"))
    position = document.section_text(document.sections[document.position])
    assert position == "We do not recommend that people with MND try to obtain zorvex outside the trial."


@pytest.mark.parametrize("line", [
    "Tom Invented, Helpline Coordinator", "Written by Tom Invented, Helpline Coordinator",
    "Ann Invented, Senior Research Officer",
])
def test_a_person_is_never_the_organisation(line):
    assert is_person(line) and organisation_name(line) is None


def test_a_byline_names_a_person_and_the_footer_the_organisation(tmp_path):
    """FICTIONAL knowledge-base article: the site's name is a portal's, the byline a person's; the footer says whose
    portal it is."""
    [document] = _page(tmp_path, "kb.html", (
        "<html><head><title>Research words explained - Knowledge Base - Invented Connect</title></head><body><main>"
        "<h1>Research words explained</h1><p>Written by Tom Invented, Helpline Coordinator · Updated 7 March 2025</p>"
        "<h2>Placebo</h2><p>A dummy treatment that looks exactly like the real one, used in trials to keep them fair "
        "for everyone who takes part.</p></main><footer><p>Invented Connect is the members' portal of the Invented "
        "Ravensby ALS Society. Powered By Imaginary Portal</p></footer></body></html>"))
    assert (document.organisation, document.date) == ("Invented Ravensby ALS Society", "2025-03")


def test_a_date_line_beside_the_heading_in_a_hero_header_dates_the_page(tmp_path):
    """FICTIONAL site-builder page: the <h1>, its date line and a cover image in a <header> the reader leaves out."""
    [document] = _page(tmp_path, "hero.html", (
        "<html><head><meta property='og:title' content='The Invented Mat: should you buy one?'></head><body>"
        "<nav><a href='./'>Invented MND Group</a><a href='./about'>About us</a></nav><header class='hero'>"
        "<p>Equipment &amp; gadgets · Jun 2, 2024 · 5 min read</p><h1>The Invented Mat: should you buy one?</h1>"
        "<img src='mat.jpg' alt=''></header><main><h2>What is it?</h2><p>The Invented Mat is a padded mat made by "
        "Imaginary Hallby Wellness for testing this reader.</p><h2>Our view</h2><p>The Invented MND Group does not "
        "recommend buying the Invented Mat.</p></main></body></html>"))
    assert document.date == "2024-06"


def test_a_journal_history_line_is_dated_by_its_publication():
    dated = read_date_line("Received 12 May 2024; accepted 10 June 2024; published online 2 July 2024")
    assert dated is not None and dated.first("issued", "plain") == "2024-07"


def test_a_date_wrapped_over_two_pdf_lines_is_one_sentence():
    from statement_qa.ingest.pdf import _date_across

    assert _date_across("Position agreed by the trustees on 14", "November 2024.")
    assert not _date_across("We surveyed 184 members.", "November 2024 was busy.")


def test_an_abstracts_conclusion_is_not_the_position_when_the_body_gives_advice(tmp_path):
    """FICTIONAL journal reprint: the abstract's run-in 'Conclusion:' paraphrases the advice in a body section whose
    heading no table knows."""
    [document] = _page(tmp_path, "paper.html", (
        "<html><body><main><h1>Zorvex for ALS: evidence review of the Invented Northby ALS Trust</h1>"
        "<p>ABSTRACT Background: Zorvex (ZX-2) is an invented oral medicine made by Imaginary Ellby Biosciences.</p>"
        "<p>Conclusion: Zorvex offers a modest but real benefit; access should come with regular eye checks.</p>"
        "<h2>1. The evidence</h2><p>In one invented trial of 486 people, zorvex slowed decline by about a quarter over "
        "a year.</p><h2>6. For members</h2><p>The Invented Northby ALS Trust supports people with ALS who meet the "
        "licence conditions in asking their neurologist about zorvex.</p></main></body></html>"))
    position = document.section_text(document.sections[document.position])
    assert position.startswith("The Invented Northby ALS Trust supports people with ALS")


def test_an_outliner_page_reads_its_properties_bullet_headings_and_skips_block_properties(tmp_path):
    """FICTIONAL Logseq page: 'key:: value' page properties give title, organisation and date; '- ## Heading'
    bullets are headings; a block's own properties ('id::', 'position::') are not text."""
    [document] = _page(tmp_path, "zorvex.md", (
        "title:: Zorvex (ZX-9) - position statement\norg:: [[Invented Ouseby ALS Circle]]\n"
        "approved:: [[Mar 3rd, 2024]]\n\n- ## Background\n\t- Zorvex is an invented tablet made by Imaginary Pharma.\n"
        "- ## Committee line\n  id:: 6710c1aa-0000-4c51-9b0e-2d7e5a11c0f4\n\t- position:: for members\n"
        "\t- The Invented Ouseby ALS Circle does not recommend Zorvex outside a trial.\n"))
    assert (document.title, document.organisation, document.date, document.kind) == (
        "Zorvex (ZX-9) - position statement", "Invented Ouseby ALS Circle", "2024-03", "statement")
    assert document.section_text(document.sections[document.position]) == (
        "The Invented Ouseby ALS Circle does not recommend Zorvex outside a trial.")


@pytest.mark.parametrize(("line", "dates"), [
    # FICTIONAL status lines: a body named after 'agreed at', a review that reaffirmed, a field after 'no change'.
    ("Status: agreed at committee Tue 5 March 2024 · Reviewed 3 Feb 2025 – no change · owner: Ann Invented",
     (("issued", "2024-03"), ("reviewed", "2025-02"))),
    ("Reviewed and reaffirmed 20 May 2025, no change to the recommendation.", (("reviewed", "2025-05"),)),
    ("Aprobat de consiliul director la 12 februarie 2025.", (("issued", "2025-02"),)),
])
def test_who_agreed_or_reaffirmed_a_position_beside_its_date(line, dates):
    dated = read_date_line(line)
    assert dated is not None and dated.dates == dates


def test_a_japanese_or_chinese_date_is_read_between_words_without_spaces():
    # FICTIONAL approval note: dates written 年/月/日 run straight into the words beside them.
    text = "（2024年7月6日 運営委員会で決定。2025年1月20日に再確認）事務局が2023年 11月に書いた"
    assert [month for _, _, month in find_dates(text)] == ["2024-07", "2025-01", "2023-11"]
    assert read_date_line("2024年7月 9日 10:30") is not None
    assert find_dates("é2024-05 15 March 2024x") == []


@pytest.mark.parametrize(
    "text, code",
    [("The drug, quorvamab, is made by Invented Bio. Under the\ncode QVM-71 it is in a trial.", "QVM-71"),
     ("halvorsine, code HLV-9, made by Invented Genomics", "HLV-9"),
     ("Nelvorin - the code name is NLV-61 - is a weekly injection.", "NLV-61"),
     ("Zelvatid (Entwicklungscode ZLV-12) ist eine Tablette.", "ZLV-12")],
)
def test_a_code_the_text_introduces_as_the_products_code_is_an_alias(text, code):
    # Fictional: the title names no code; the body says which code is the product's.
    aliases = names_in("What we think", text, [])
    assert code in aliases and code.replace("-", "") in aliases


def test_a_code_named_without_the_word_code_is_another_product():
    # Fictional: 'also sells QVM-75' names another product of the company, no alias of this statement.
    aliases = names_in("What we think", "Quorvamab, code QVM-71. The firm also sells QVM-75, a cream.", [])
    assert "QVM-71" in aliases and "QVM-75" not in aliases


@pytest.mark.parametrize(("title", "text", "brands"), [
    # Fictional: one product, a brand name per country, or its name before the company renamed it.
    ("Osmerine", "Osmerine (OSZ-31) is een tablet. De fabrikant zit in Leiden. In Nederland wordt het verkocht als "
     "Osmevia, in België als Trelosme: het is hetzelfde middel.", {"Osmevia", "Trelosme"}),
    ("Kelbrin", "Kelbrin is marketed under the brand name Kelvora in Spain and as Kelvane in Italy.", {"Kelvora", "Kelvane"}),
    ("Velquorin: our view", "Velquorin (formerly Zentrax) is a capsule taken daily.", {"Zentrax"}),
    ("Ferolimod", "Ferolimod wird in Deutschland unter dem Namen „Ferolix“ verkauft.", {"Ferolix"}),
    ("Zelbrine", "Le zelbrine est vendu en France sous le nom Zelvane, et comme Zelvix en Belgique.", {"Zelvane", "Zelvix"}),
    ("Zelbrina", "In Italia la zelbrina si vende con il nome Zelvane.", {"Zelvane"}),
])
def test_the_products_other_brand_names_are_its_aliases(title, text, brands):
    assert brands <= set(names_in(title, text, []))


@pytest.mark.parametrize(("title", "text"), [
    # Fictional: a description, another product, a German noun, a name the paragraph does not tie to the product.
    ("Stem cells", "Stem cells are sold as Miracle cures by some clinics."),
    ("Kelbrin", "Kelbrin is a tablet. The company's other drug, sold as Migrava, is for migraine."),
    ("Ferolimod", "Ferolimod ist neu. Das Mittel ist als Tablette erhältlich."),
    ("Kelbrin", "Kelbrin is a tablet.\n\nAcme's eye drop is sold as Visoclear in Spain."),
    ("Velquorin", "Velquorin is a capsule. ALS, also known as Lou Gehrig's disease, is rare."),
])
def test_a_name_sold_as_something_else_is_no_alias(title, text):
    assert set(names_in(title, text, [])) == set(names_in(title, "", []))


def test_an_afrikaans_sign_off_and_next_review_are_read_as_dutch_ones_are():
    # Afrikaans is read with Dutch: 'goedgekeur' (approved), 'hersiening' (review), its months ('21 Julie 2025').
    from statement_qa.structure.assemble import _signed_off_in_words
    from statement_qa.structure.dates import read_date_line, read_sign_off

    assert read_sign_off("Deur die bestuurskomitee goedgekeur op 21 Julie 2025.").dates == (("issued", "2025-07"),)
    assert read_date_line("Volgende hersiening: Julie 2026.").dates == (("next_review", "2026-07"),)
    assert _signed_off_in_words("Deur die bestuurskomitee goedgekeur op 21 Julie 2025. Volgende hersiening: Julie 2026.")
