"""Structure rules for the kinds of page blind set L brought in (a mailing-list digest, a Starlight docs page, a Turkish
CMS page, a Japanese blog entry, a letter to a member), each tested on a small variant written for it.

Every fixture in tests/fixtures/ingest-l/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.ingest import read_documents
from statement_qa.structure.dates import find_dates, read_date_line
from statement_qa.structure.organisation import organisation_name
from statement_qa.structure.vocabulary import is_advice_heading, is_organisation, is_position_heading, subject_terms

HERE = Path(__file__).parent / "fixtures" / "ingest-l"


read_one = partial(first_document, HERE)  # the first Document of one fixture file of this folder


def test_a_label_on_a_line_of_its_own_heads_the_advice_below_it():
    # Fictional: a plain-text digest whose position opens with "Pinewood's take, for now:" on its own line.
    document = read_one("list-digest-label-line.txt")
    assert quoted(document).startswith("We think velmostat is worth watching")
    assert quoted(document).endswith("Please do not buy velmostat online or from abroad at all.")


def test_a_docs_box_titled_in_brackets_is_a_heading_not_text():
    # Fictional: a Starlight page's ':::tip[Marram's answer in 2025]' box; the fence and its title are never quoted.
    document = read_one("docs-aside-titled.md")
    assert quoted(document) == ("Corvexin did not slow MND in CORVA-2, and Marram MND Network no longer suggests\n"
                                "asking about it. Please do not buy corvexin online. If you are in the CORVA-2\n"
                                "extension study, talk to your study team before you stop.")
    assert ":::" not in quoted(document)


def test_a_turkish_heading_that_says_our_advice_to_whom_heads_the_position():
    # Fictional: 'Hastalarımıza önerimiz' (our advice to our patients) over the association's advice.
    document = read_one("turkish-cms-advice-heading.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("Ilgaz ALS Derneği, delvoranın ALS'de kullanılmasını önermiyor.")


@pytest.mark.parametrize("heading", ["Üyelerimize önerimiz", "Hastalara tavsiyemiz", "Önerilerimiz"])
def test_turkish_advice_headings(heading):
    assert is_advice_heading(heading)


def test_a_japanese_blog_entry_gives_its_view_and_organisation():
    # Fictional: a Movable Type entry; '私たちの考え' (what we think) heads the view, a bracketed note dated in Japanese
    # ends it, and the association is named in the page title as '…友の会'.
    document = read_one("japanese-blog-entry.html")
    assert document.kind == "statement"
    assert document.organisation == "かえでALS友の会"
    assert quoted(document) == "かえでALS友の会は、ソラミンをALSの治療として使うことをおすすめしません。すでに使っている方は、主治医にご相談ください。"


@pytest.mark.parametrize(("heading", "heads"), [
    ("私たちの考え", True), ("会の見解", True), ("当会としての提言", True),
    ("「ソラミン」について（会の見解）", False), ("お知らせ", False),
])
def test_japanese_position_headings(heading, heads):
    assert is_position_heading(heading) is heads


@pytest.mark.parametrize(("name", "organisation"), [
    ("かえでALS友の会", True), ("日本ALS協会", True), ("運営委員会", False), ("10月の交流会", False), ("私たちの考え", False),
])
def test_japanese_organisation_names(name, organisation):
    assert is_organisation(name) is organisation


def test_a_letters_lead_in_that_announces_the_agreed_answer_makes_the_paragraph_below_the_position():
    # Fictional: '… agreed that this is the answer we should give to every member who asks it:' over the answer.
    document = read_one("letter-agreed-answer.txt")
    assert document.kind == "statement"
    assert quoted(document).startswith("Please do not send money to companies that offer stem cell treatment abroad.")
    assert quoted(document).endswith("or your neurologist can check them for you.")


def test_a_turkish_month_is_not_read_as_a_time_zone():
    # 'Mart' (March) is also the abbreviation of a time zone, which other languages' readers took it for.
    assert [month for _, _, month in find_dates("12 Mart 2024")] == ["2024-03"]
    assert [month for _, _, month in find_dates("23 Ekim 2024")] == ["2024-10"]


def test_a_board_papers_approval_line_dates_it_and_its_label_names_no_one():
    # Fictional: 'APPROVED by the Board on 04.02.2025 (minute 25/012) - now public' over 'BOARD PAPER'.
    document = read_one("board-paper-cover.txt")
    assert document.date == "2025-02"
    assert document.organisation == "Heronsgate MND Trust"
    assert organisation_name("BOARD PAPER") is None


def test_a_long_byline_before_its_published_label_still_dates_the_note():
    # Fictional: 'A, B and the X evidence group Published 14 October 2024. Reviewed and reaffirmed 3 March 2025, …'.
    document = read_one("research-note-byline.md")
    assert (document.date, document.reviewed) == ("2024-10", "2025-03")
    assert read_date_line("We will send a newsletter to all members and their families this spring, every year, as "
                          "before. Next review: June 2026.") is None  # a sentence before the label is no byline


def test_a_posters_meeting_line_dates_it():
    # Fictional: 'Names, X Group - Poster P-9, Northern MND Carers' Meeting, Harbour Hall, 3-4 October 2024'.
    assert read_one("conference-poster.md").date == "2024-10"
    assert [month for _, _, month in find_dates("Harbour Hall, 3-4 October 2024")] == ["2024-10"]


def test_a_norwegian_position_keeps_its_paragraph_that_reads_as_danish():
    # Fictional: under 'Foreningen mener', a short Norwegian paragraph the detector takes for Danish is still the
    # position, not a summary in another language.
    document = read_one("two-language-no-en.md")
    assert quoted(document).startswith("Foreningen mener at solvarin ikke bør brukes utenfor en klinisk studie.")
    assert quoted(document).endswith("du bør fortsette med den behandlingen du allerede får.")


@pytest.mark.parametrize("heading", ["Foreningen mener", "Styret mener"])
def test_norwegian_who_thinks_headings(heading):
    assert is_position_heading(heading)


def test_a_call_scripts_header_titles_and_dates_it():
    # Fictional: a plain-text script whose header, a name in capitals over the script's own name, its dated version
    # and review, stands above its first underlined heading ('WHEN TO USE IT').
    document = read_one("helpline-script-say.txt")
    assert document.title == 'CALL SCRIPT C-04: "PRODUCTS CALLERS MENTION"'
    assert (document.date, document.reviewed) == ("2024-09", "2024-12")
    assert read_date_line("Script reviewed 9 December 2024 - no changes").prefix is None  # 'Script' names no one


def test_a_call_scripts_spoken_lines_are_the_position_without_their_labels():
    # Fictional: numbered entries, each a product's title line over 'SAY: "…"'; what is said, from the first entry
    # to the last, without the label and the quotation marks around it.
    said = quoted(read_one("helpline-script-say.txt"))
    assert said.startswith("Linnetbrook's view is that korrandil is worth asking your")
    assert said.endswith("please don't take it and speak to\nyour pharmacist.")


def test_a_product_named_before_its_code_and_maker_in_brackets_is_a_subject():
    assert {"korran", "mavelo"} <= subject_terms("1.1 Korrandil (KRD-12, Ashby Biotech, weekly infusion)\n"
                                                 "1.2 Mavelotide (MVT-3, Pellow Pharma, daily capsule)")


def test_a_footer_name_that_opens_with_its_organisation_word_is_kept_whole():
    # Fictional: a help-centre article whose footer names 'Asociația Bolnavilor cu SLA Brădet' (Romanian joins the
    # name with 'cu'); the organisation word first is no unit's name to cut it at.
    assert read_one("romanian-help-article.html").organisation == "Asociația Bolnavilor cu SLA Brădet"


def test_a_position_opens_at_its_first_paragraph_not_its_first_sub_heading():
    # Fictional: 'What the Forum advises' over '2.1 On tremavir' and '2.2 On Glimmacor'; the quote starts with what
    # the Forum says, and leaves out the note that says which other product it does not cover.
    said = quoted(read_one("briefing-subheadings.html"))
    assert said.startswith("It is too early to know whether tremavir helps people with MND.")
    assert said.endswith("We do not recommend buying it, because no study has tested it in MND.")
    assert "QB-4" not in said


def test_a_minutes_resolution_is_quoted_from_what_was_resolved():
    # Fictional: 'RESOLVED: That Harrowgate ALS Society does not recommend …': the label and its 'That' are the
    # minute's form, not the Society's words.
    said = quoted(read_one("board-minutes-resolved.md"))
    assert said.startswith("Harrowgate ALS Society does not recommend selvotide outside a clinical trial.")


def test_a_japanese_note_dates_the_review_after_the_date():
    # Fictional: '（2024年5月8日 運営委員会で決定。2025年2月3日に再確認、変更なし。次回の見直し予定：2025年8月）': the
    # words after a date say what it is ('に再確認', checked again on it).
    document = read_one("japanese-reviewed-note.html")
    assert (document.date, document.reviewed) == ("2024-05", "2025-02")


def test_a_sub_heading_over_a_lead_in_stays_in_the_section_above_the_position():
    # ingest-p's notes pages (fictional): a slide's sub-heading, then 'Verbatim for the room:' over the position; the
    # lead-in decides where the quote starts, and the sub-heading stays searchable in the section above it.
    document = read_documents(HERE.parent / "ingest-p" / "notes-pages.pdf", HERE.parent / "ingest-p")[0]
    above = document.sections[document.position - 1]
    assert "An online shop sells fendostat" in document.section_text(above)
