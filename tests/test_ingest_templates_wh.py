"""Structure rules for the kinds of page blind set W brought in (a Bolt CMS entry whose position heading names who
answers and who agreed it, a Ukrainian uCoz news entry, a French Overblog article under 'Le blog de l'Association …',
a Ko-fi post that answers several questions under headings of one shape, a saved Quora answer whose <title> carries a
tab's notification count), each tested on a small variant written for it, or on the rule's own words.

Every fixture in tests/fixtures/ingest-wh/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from pathlib import Path

from conftest import first_document, quoted
from statement_qa.documents import Document
from statement_qa.structure.dates import read_date_line
from statement_qa.structure.organisation import organisation_name
from statement_qa.structure.vocabulary import advice_sentences, is_advice_heading, is_position_heading

HERE = Path(__file__).parent / "fixtures" / "ingest-wh"


def read_one(name: str, folder: Path = HERE) -> Document:
    """The first Document of one fixture file."""
    return first_document(folder, name)


# -- a Bolt CMS entry ---------------------------------------------------------------------------------------------------


def test_a_heading_that_names_whose_answer_and_who_agreed_it_heads_the_position():
    document = read_one("bolt-entry.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("Quillomab is still experimental and is not licensed anywhere.")
    assert quoted(document).rstrip().endswith("keep taking the treatment your ALS team already gives you.")
    assert "Approved by the board" not in quoted(document) and "I'd recommend" not in quoted(document)
    assert document.date == "2025-05" and document.reviewed == "2025-09"
    assert is_advice_heading("Cragvale's answer, agreed by the trustees")
    assert is_advice_heading("Fernlea's view, as approved by the board")
    assert not is_advice_heading("Tanhill's answer to the regulator's questions, page 4")


def test_telling_the_reader_not_to_pay_a_clinic_for_the_subject_is_advice():
    terms = frozenset({"quillo"})
    assert advice_sentences("Do not pay a private clinic or a website for quillomab.", terms) == 1
    assert advice_sentences("Do not pay your membership fee by cheque.", terms) == 0


# -- a Ukrainian (and Russian) uCoz entry -------------------------------------------------------------------------------


def test_a_ukrainian_entrys_position_heading_dates_and_title_are_read():
    document = read_one("ucoz-entry-uk.html")
    assert document.kind == "statement"
    assert document.title == "Тавремід: позиція товариства"  # not '… - Новини', the news module's name
    assert quoted(document).startswith("Тавремід досі є експериментальним препаратом")
    assert quoted(document).rstrip().endswith("які вам уже призначили.")
    assert "Я б порадив" not in quoted(document) and "cookie" not in quoted(document)
    assert document.date == "2025-09" and document.reviewed == "2025-11"


def test_ukrainian_and_russian_headings_dates_and_advice():
    assert is_position_heading("Позиція правління — повний текст")
    assert is_position_heading("Наша позиція")
    assert is_position_heading("Позиция правления")
    assert is_position_heading("Что мы советуем?")
    assert not is_position_heading("Зелваростат: позиція правління")  # a title that names the subject first
    assert read_date_line("Ухвалено правлінням 14 жовтня 2025 року.").dates == (("issued", "2025-10"),)
    assert read_date_line("Переглянуто правлінням 3 листопада 2025 р., без змін.").dates == (("reviewed", "2025-11"),)
    assert read_date_line("Наступний перегляд: квітень 2026 року.").dates == (("next_review", "2026-04"),)
    assert read_date_line("Утверждено правлением 14 октября 2025 года.").dates == (("issued", "2025-10"),)
    assert read_date_line("Следующий пересмотр: апрель 2026 г.").dates == (("next_review", "2026-04"),)
    assert read_date_line("Востаннє редагувалося: 22.10.2025, 09:17").dates == (("updated", "2025-10"),)
    terms = frozenset({"зелвар"})
    assert advice_sentences("Не купуйте зелваростат в інтернеті.", terms) == 1
    assert advice_sentences("Не покупайте зелваростат в интернете.", terms) == 1
    assert advice_sentences("Ми не рекомендуємо зелваростат поза дослідженням.", terms) == 1
    assert advice_sentences("Радимо дозволити всі cookie, щоб сайт працював швидше.", terms) == 0


# -- a French Overblog article ------------------------------------------------------------------------------------------


def test_an_overblog_articles_position_reviewer_and_organisation():
    document = read_one("overblog-article-fr.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("Le sorvadil peut réduire un peu la fatigue")
    assert quoted(document).rstrip().endswith("N'en achetez pas sur internet.")
    assert document.organisation == "Association SLA Les Genêts"  # not 'Le blog de l'Association …'
    assert document.date == "2025-05" and document.reviewed == "2025-10"
    assert is_advice_heading("Notre regard sur la pelquinide, sans détour")
    assert read_date_line("Relu par le conseil le 4 novembre 2025, sans changement.").dates == (("reviewed", "2025-11"),)


def test_a_publications_name_in_another_language_names_its_publisher():
    assert organisation_name("Le blog de l'Association SLA Le Pertuis") == ("Association SLA Le Pertuis", True)
    assert organisation_name("Der Blog der ALS-Hilfe Nordmark e.V.") == ("ALS-Hilfe Nordmark e.V.", True)
    assert organisation_name("The magazine of the Tarn ALS Society") == ("Tarn ALS Society", True)


# -- a Ko-fi post with several answers ----------------------------------------------------------------------------------


def test_answers_under_headings_of_one_shape_are_one_position():
    document = read_one("kofi-three-answers.html")
    assert document.kind == "statement"
    assert document.title == "Two things members asked about in spring"  # not titled by its last part
    assert quoted(document).startswith("We would not buy the Brightcoil band:")  # advice a colon explains is said
    assert quoted(document).rstrip().endswith("ask your neurologist about trials instead.")
    assert "scones" not in quoted(document) and "Next committee look" not in quoted(document)
    assert document.date == "2025-04"  # the post's date, not the next look's month
    assert read_date_line("Next committee look at these three: April 2026.").dates == (("next_review", "2026-04"),)


# -- a saved Quora answer -----------------------------------------------------------------------------------------------


def test_a_tabs_notification_count_is_not_part_of_the_title():
    document = read_one("qa-answer.html")
    assert document.title == 'Is the Carnby Clinic\'s "Axon Boost" drip worth it for ALS?'
    assert document.kind == "statement"
    assert quoted(document).startswith("We would not pay for the Axon Boost drip.")
