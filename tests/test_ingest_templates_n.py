"""Structure rules for the kinds of page blind set N brought in (a mailing-list conversation, ...), each tested on a
small variant written for it.

Every fixture in tests/fixtures/ingest-n/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.documents import Section
from statement_qa.structure.dates import read_date_line
from statement_qa.structure.headings import _carve
from statement_qa.structure.vocabulary import advice_sentences, is_closing, is_position_heading

HERE = Path(__file__).parent / "fixtures" / "ingest-n"


read_one = partial(first_document, HERE)  # the first Document of one fixture file of this folder


def test_a_bold_label_alone_heads_the_paragraph_under_it():
    # Fictional: a mailing-list post whose bold label ('Group position (agreed …):') stands on its own line.
    document = read_one("mailing-list-label-alone.html")
    assert document.kind == "statement"
    assert document.title == "Brindlecombe MND Group: our view on sarvopine (SRV-22)"
    assert document.organisation == "Brindlecombe MND Group"
    assert document.date == "2024-03"
    assert quoted(document).startswith("Nobody yet knows whether sarvopine helps people with MND.")
    assert quoted(document).endswith("before you book anything.")
    assert document.sections[document.position].start == document.text.index("Nobody yet knows")


def test_an_empty_span_is_never_carved_as_the_position():
    text = "Our position:\n\nWe do not recommend it."
    sections = [Section("Text", 0, len(text))]
    assert _carve(text, list(sections), 13, 13) == (sections, None)
    assert _carve(text, list(sections), 12, 13)[1] is None  # a colon alone says nothing


def test_a_one_page_sites_highlighted_box_without_a_heading_holds_the_position():
    # Fictional: a one-page site builder's page; the position is a highlighted box under the product's section that
    # tells readers not to pay for it, and the line under it was 'Looked at again … – nothing to change'.
    document = read_one("one-page-site-box.html")
    assert document.kind == "statement"
    assert document.title == "Lunaverin: where the Friends stand"
    assert document.date == "2024-02"
    assert document.reviewed == "2024-08"
    assert quoted(document).startswith("Lunaverin is not proven to help MND")
    assert quoted(document).endswith("while we wait for that trial.")
    assert document.sections[document.position].start == document.text.index("Lunaverin is not proven")


@pytest.mark.parametrize(
    "line, month",
    [
        ("Looked at again 10/08/2024 – nothing to change.", "2024-08"),
        ("Looked at it again on 3 May 2023; nothing needed to change", "2023-05"),
    ],
)
def test_looked_at_again_with_nothing_to_change_is_a_review(line, month):
    dated = read_date_line(line)
    assert dated is not None and dated.first("reviewed") == month


def test_a_plan_to_look_again_is_no_review():
    dated = read_date_line("We'll look at this again in March 2026.")
    assert dated is None or dated.first("reviewed") is None


def test_do_not_pay_for_the_therapy_is_advice():
    assert advice_sentences("Please do not pay for lunaverin from an online shop.", frozenset({"lunave"})) == 1


@pytest.mark.parametrize(
    "heading, expected",
    [("Stav Udruge", True), ("Naš stav", True), ("Naša preporuka", True), ("Što preporučujemo?", True),
     ("Što je Dalmiril?", False), ("Kontakt", False)],
)
def test_position_headings_in_croatian(heading, expected):
    assert is_position_heading(heading) is expected


@pytest.mark.parametrize(
    "line, role, month",
    [
        ("Usvojio upravni odbor 9. ožujka 2024.", "issued", "2024-03"),
        ("Pregledano 14. rujna 2024. – bez izmjena.", "reviewed", "2024-09"),  # the year's ordinal dot, then the note
        ("Sljedeći pregled dokumenta: veljača 2027.", "next_review", "2027-02"),
        ("Reviewed 2 May 2025. – no changes.", "reviewed", "2025-05"),
    ],
)
def test_croatian_date_lines(line, role, month):
    dated = read_date_line(line)
    assert dated is not None and dated.first(role) == month


def test_a_croatian_shared_note_with_its_position_in_a_one_cell_table():
    # Fictional: a file-sharing service's public view of a Croatian note; the position is a table of one cell.
    document = read_one("croatian-shared-note.html")
    assert document.kind == "statement"
    assert document.title == "Dalmiril – naš stav"
    assert (document.date, document.reviewed, document.next_review) == ("2024-03", "2024-09", None)
    assert quoted(document) == ("Dalmiril ne pomaže kod ALS-a i ne preporučujemo ga kao liječenje. "
                                "Ako ga ipak pijete, recite to svom neurologu.")
    assert advice_sentences("Dalmiril ne pomaže i ne preporučujemo ga kao liječenje.", frozenset({"dalmir"})) == 1


def test_a_table_of_contents_item_heads_nothing():
    # Fictional: a blog post whose contents list repeats its headings ('Our advice'); the list item is a link, and the
    # note above the first heading is no position.
    document = read_one("blog-post-toc.html")
    assert document.kind == "statement"
    assert document.title == "Merivane after MERI-2: what we now advise"
    assert document.organisation == "Oakhurst ALS Trust"
    assert document.date == "2024-06"
    assert document.sections[document.position].name == "Our advice"
    assert quoted(document) == ("Merivane does not slow ALS. The Oakhurst ALS Trust does not recommend it, and we advise "
                                "against buying it from overseas websites.")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("We will look at merivane again only if Halvard runs a new trial.", True),
        ("We'll look at nemorvastin again after the next trial.", True),
        ("We will look at your question and reply.", False),
    ],
)
def test_a_plan_to_look_at_the_therapy_again_is_a_note_on_the_statement(line, expected):
    assert is_closing(line) is expected


def test_a_text_message_logs_part_number_and_label_and_its_sign_off_are_not_quoted():
    # Fictional: an SMS broadcast log; the position is the second of two texts, '(2/2) FENWICK VIEW: …', signed off in
    # its last sentence ('Agreed by the committee 28/3/24.').
    document = read_one("sms-broadcast-log.txt")
    assert document.kind == "statement"
    assert document.organisation == "Fenwick ALS Friends"
    assert document.date == "2024-04"
    assert quoted(document) == ("Rosalitide has not been shown to help ALS. Please do not buy it online, and talk to "
                                "your ALS nurse if a clinic offers it.")


def test_a_plain_text_newsletters_label_in_capitals_over_its_text_is_not_quoted():
    # Fictional: a plain-text bulletin whose item gives its view under "THE GROUP'S EARLY VIEW:" on a line of its own.
    document = read_one("plain-text-newsletter-label.txt")
    assert document.kind == "statement"
    assert document.organisation == "Lowbridge MND Group"
    assert document.sections[document.position].start == document.text.index("Pravolene is worth watching.")
    assert quoted(document).endswith("join the PRAVO-2 trial next year.")


@pytest.mark.parametrize(
    "line, month",
    [("Approvato dal consiglio direttivo il 17 settembre 2025.", "2025-09"),
     ("Adottata dall'assemblea dei soci il 3 maggio 2024", "2024-05")],
)
def test_an_italian_approval_line_dates_the_statement(line, month):
    dated = read_date_line(line)
    assert dated is not None and dated.first("issued") == month


def test_a_one_page_sites_banner_naming_the_organisation_is_no_title():
    # Fictional: a one-page site whose <h1> is the association's name; its <title> says what the page is about.
    document = read_one("one-page-banner.html")
    assert document.kind == "statement"
    assert document.title == "Taldrexina | Asociación ELA Candela"
    assert document.organisation == "Asociación ELA Candela"
    assert document.date == "2024-03"
    assert quoted(document).startswith("La Asociación ELA Candela no recomienda taldrexina")


def test_a_site_home_page_banner_keeps_its_heading():
    from statement_qa.ingest.html import _is_banner

    assert _is_banner("Asociación ELA Candela", "Taldrexina | Asociación ELA Candela")
    assert not _is_banner("Asociación ELA Candela", "Home | Asociación ELA Candela")
    assert not _is_banner("Taldrexina: our view", "Taldrexina: our view | Asociación ELA Candela")


@pytest.mark.parametrize(
    "name, title",
    [("forum-post-sticky.html", "Velora glove - Ashcombe MND Group's view")],
)
def test_a_forums_mark_on_a_threads_title_is_not_its_title(name, title):
    # Fictional: a forum post titled '[Sticky] …'; the mark says how the forum shows the thread.
    document = read_one(name)
    assert document.title == title
    assert document.kind == "statement"
    assert quoted(document).startswith("The Ashcombe MND Group does not recommend the Velora glove.")


def test_a_sheet_of_numbered_cards_is_titled_by_its_file_not_its_first_card():
    # Fictional: wallet cards printed to PDF (built by tests/fixtures/ingest-n/make_pdfs.py); the largest line on the
    # page is the first card's heading, '1 WHAT IS IT?'.
    document = read_one("wallet-cards.pdf")
    assert document.title == "LeanBrain wallet cards"
    assert document.organisation == "Harrowby MND Club"
    assert document.kind == "statement"
    assert document.sections[document.position].name == "3 OUR ADVICE"
    assert quoted(document).startswith("We do not recommend LeanBrain for people with MND.")


def test_the_line_announcing_the_position_dates_it_when_nothing_else_does():
    # Fictional: a peer-group post dated only '3 weeks ago'; the lead-in says when the moderators agreed the text.
    document = read_one("peer-post-lead-in.html")
    assert document.kind == "statement"
    assert document.title == "NeuroBand cap - what the peer group thinks"
    assert document.date == "2024-02"
    assert quoted(document).startswith("The NeuroBand cap has not been shown to help ALS")


def test_a_closing_that_points_the_reader_on_stays_in_the_position():
    from statement_qa.structure.headings import _without_signing_tail

    text = "We do not recommend it. If you have questions about it, ask your neurologist."
    assert _without_signing_tail(text, Section("Position", 0, len(text))).end == len(text)
    signed = "We do not recommend it. Agreed by the committee 28/3/24."
    assert _without_signing_tail(signed, Section("Position", 0, len(signed))).end == len("We do not recommend it.")
