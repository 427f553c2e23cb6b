"""Structure rules for the kinds of file blind set AB brought in (a Vietnamese article on a site builder, a site-builder
page whose statement its organisation withdrew, …), each tested on a small variant written for it or on the words of
the rule.

Every fixture in tests/fixtures/ingest-ab2/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.structure.assemble import WITHDRAWN, _body_dated
from statement_qa.structure.dates import read_date_line
from statement_qa.structure.headings import ANNOUNCES_NEXT
from statement_qa.structure.organisation import organisation_name
from statement_qa.structure.split import _language
from statement_qa.structure.vocabulary import is_position_heading, is_scope_note

HERE = Path(__file__).parent / "fixtures" / "ingest-ab2"


read_one = partial(first_document, HERE, only=True)  # the only Document of one fixture file of this folder


@pytest.mark.parametrize("name, organisation, starts, ends", [
    ("hoasu-tra-la-bac-haravan-vi.html", "Hội Người bệnh ALS Hoa Sứ",
     "Hội không khuyên dùng Trà Lá Bạc.", "hãy hỏi bác sĩ thần kinh trước."),
    ("tamgiac-vong-dong-wordpress-vi.html", "Nhóm Bạn Đồng Hành ALS Tam Giác",
     "Chúng tôi không khuyên mua Vòng Đồng.", "Đừng bỏ tiền vào sản phẩm này."),
])
def test_a_vietnamese_article_states_its_position_under_whose_view_it_is(name, organisation, starts, ends):
    # One document (a Vietnamese page is not read as Croatian here and Catalan there), the association that publishes
    # it (not the byline's editors), and its view without the approval line or the event notice below it.
    document = read_one(name)
    said = quoted(document)
    assert document.kind == "statement" and document.organisation == organisation
    assert said.startswith(starts) and said.endswith(ends)
    assert "thông qua" not in said and "thống nhất" not in said and "khuyên bạn mang" not in said


def test_vietnamese_position_headings_name_whose_view_it_is():
    assert is_position_heading("Ban điều hành nói gì về Sen Bạc")
    assert is_position_heading("Quan điểm của Hội về Trà Lá Bạc")
    assert is_position_heading("Ý kiến của ban điều hành")
    assert is_position_heading("Chúng tôi khuyên gì?")
    assert not is_position_heading("Tin tức")
    assert not is_position_heading("Bình luận (2)")


def test_a_paragraph_with_vietnamese_letters_is_vietnamese_not_the_row_its_syllables_resemble():
    assert _language("Chúng tôi không khuyên dùng sản phẩm này. Chưa có nghiên cứu nào ở người bệnh ALS.") == "vi"
    assert _language("Nous ne recommandons pas ce produit aux personnes atteintes de SLA.") == "fr"


def test_a_site_builder_page_whose_committee_withdrew_its_advice_is_withdrawn():
    document = read_one("furzeley-pellamab-withdrawn-jimdo.html")
    assert document.status == "withdrawn"
    assert document.organisation == "Furzeley MND Circle"


@pytest.mark.parametrize("line, withdrawn", [
    ("On 28 October 2026 the trustees withdrew the statement below.", True),
    ("The Circle committee has withdrawn its advice on pellamab.", True),
    ("Withdrawn by the trustees - please read this first.", True),
    ("The board withdrew this position in May.", True),
    # another statement, or what a company withdrew, is no notice about this one
    ("In 2022 the committee withdrew the statement on riblomab and wrote this one.", False),
    ("The company withdrew its application in 2025.", False),
    ("Withdrawn by the manufacturer from the UK market.", False),
])
def test_a_withdrawal_names_who_withdrew_this_statement(line, withdrawn):
    assert bool(WITHDRAWN.search(line)) is withdrawn


def test_a_documentation_site_table_of_questions_quotes_only_the_answer_that_advises():
    # An MkDocs handbook page: 'Question | What the Society says' rows; each question heads its answer, so the position is
    # the answer that advises, not the table with the other product's row and the review plan; the organisation is the
    # handbook's publisher without 'Volunteer Handbook'; the answer to 'Who agreed this?' dates it.
    document = read_one("harnham-velcorin-mkdocs.html")
    said = quoted(document)
    assert said.startswith("We do not recommend velcorin.")
    assert said.endswith("tell your MND nurse if you are already using it.")
    assert "vercolin" not in said and "look at velcorin again" not in said
    assert document.organisation == "Harnham MND Society"
    assert document.date == "2026-05"


@pytest.mark.parametrize("site, organisation", [
    ("Abbotsbury ALS Network Helpline Handbook", "Abbotsbury ALS Network"),
    ("Kestle MND Society Volunteer Wiki", "Kestle MND Society"),
    ("Brackley ALS Trust Members' Newsletter", "Brackley ALS Trust"),
])
def test_a_publication_named_for_a_service_or_its_readers_is_published_by_the_name_before(site, organisation):
    assert organisation_name(site) == (organisation, True)


@pytest.mark.parametrize("line, month", [
    ("The trustees, at their meeting on 27 August 2026. Next review: August 2027.", "2026-08"),
    ("The committee, at its meeting of 14 May 2026.", "2026-05"),
])
def test_a_governing_body_at_its_meeting_dates_the_statement(line, month):
    assert ("issued", month) in read_date_line(line).dates


def test_a_social_post_is_titled_by_its_first_line_and_quoted_after_the_sentence_that_announces_its_position():
    # A Friendica post: no <h1>; '<title>Post :: Club :: Friendica</title>', the post's first line printing the first
    # part; the position follows 'this is what we agreed, word for word.' in the same paragraph, and ends before the
    # note on another product and the quiz night.
    document = read_one("haddon-vexaline-friendica.html")
    said = quoted(document)
    assert document.title == "Vexaline drops: our committee's answer"
    assert said.startswith("We would not buy Vexaline drops:")
    assert said.endswith("show the bottle to your pharmacist first.")
    assert "word for word" not in said and "lavender" not in said and "Quiz" not in said


@pytest.mark.parametrize("sentence, announces", [
    ("At Thursday's committee (5 November 2026) we agreed what to tell people, and here it is, in full", True),
    ("The committee met on Monday; this is what we agreed, word for word", True),
    ("Here's what the committee decided", True),
    ("Here it is", True),
    ("Here is the leaflet we mentioned last week", False),
    ("We agreed to meet again in the spring", False),
])
def test_a_sentence_that_says_the_position_follows_announces_it(sentence, announces):
    assert bool(ANNOUNCES_NEXT.search(sentence)) is announces


def test_a_printed_sheet_position_ends_before_the_note_on_whom_it_does_not_cover_and_is_dated_below_that_note():
    # A bingo caller sheet: the committee's word for members on a breathing machine, then 'The committee has not taken
    # a view for members who do not …' (a scope note, not advice), then '(Committee, 2 March 2026.)', then a reprint line.
    document = read_one("lydden-korvetin-bingo-sheet.pdf")
    said = quoted(document)
    assert said.startswith("If you use a breathing machine at night, we think it is worth asking")
    assert said.endswith("please do not buy it from websites that offer it.")
    assert "has not taken a view" not in said and "cushion" not in said
    assert document.date == "2026-03"


def test_a_french_loto_sheet_gives_the_boards_opinion_after_where_it_is_printed_dated_by_its_bureau():
    document = read_one("glycines-melvarine-loto-fr.pdf")
    said = quoted(document)
    assert document.kind == "statement"
    assert said.startswith("La melvarine n'a jamais été étudiée")
    assert said.endswith("avant de prendre un nouveau produit.")
    assert "Bureau" not in said and "réimprimé" not in said
    assert document.date == "2026-01"  # '(Bureau du 12 janvier 2026.)', not the reprint of March


@pytest.mark.parametrize("line, month", [
    ("(Bureau du 8 octobre 2026.)", "2026-10"),
    ("(Committee, 19 September 2026.)", "2026-09"),
])
def test_a_bracketed_note_of_a_body_and_a_date_dates_the_text_above(line, month):
    assert _body_dated(line) == month


@pytest.mark.parametrize("paragraph, note", [
    ("The committee has not taken a view for people whose MND started in the arms or legs, because the trial is only "
     "open to people with bulbar onset.", True),
    ("The Network has no statement on zentorib, so do not read this page out for it.", True),
    ("We have not taken a view on the spray yet.", True),
    ("We think it is worth asking your neurologist about the trial.", False),
])
def test_a_paragraph_on_whom_or_what_the_body_took_no_view_is_a_scope_note(paragraph, note):
    assert is_scope_note(paragraph) is note


def test_a_vietnamese_page_is_dated_by_its_boards_approval_not_by_a_later_touch():
    # A Wix page with no byline: 'Ban điều hành đã phê duyệt ngày 05/06/2026' (the board approved it on …) dates it;
    # 'Cập nhật lần cuối 12/08/2026 (sửa liên kết)' (last updated, links mended) touched the page, not its words.
    document = read_one("buomtrang-mat-ong-den-wix-vi.html")
    assert document.kind == "statement" and document.organisation == "Nhóm Bạn ALS Bướm Trắng"
    assert quoted(document).endswith("trước khi dùng bất cứ loại siro nào.")
    assert document.date == "2026-06"


@pytest.mark.parametrize("line, dates", [
    ("Ban điều hành thống nhất ngày 12/10/2026. Chúng tôi sẽ xem lại vào tháng 4/2027.",
     (("issued", "2026-10"), ("next_review", "2027-04"))),
    ("Cập nhật 20/10/2026", (("updated", "2026-10"),)),
])
def test_vietnamese_date_lines_say_what_their_date_is(line, dates):
    assert read_date_line(line).dates == dates
