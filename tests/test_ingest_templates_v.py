"""Structure rules for the kinds of page blind set V brought in (a helpline's shift log whose standing notes hold the
approved line, a transcribed handwritten letter whose position is a paragraph of the Chair's letter, a Bulgarian 1C-Bitrix
page, an Italian knitting pattern with the association's answer under a heading of its own), each tested on a small
variant written for it, or on the rule's own words.

Every fixture in tests/fixtures/ingest-v/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from pathlib import Path

from conftest import first_document, quoted
from statement_qa.documents import Document
from statement_qa.structure.dates import read_date_line
from statement_qa.structure.organisation import organisation_name
from statement_qa.structure.vocabulary import advice_sentences, is_organisation, is_position_heading

HERE = Path(__file__).parent / "fixtures" / "ingest-v"


def read_one(name: str, folder: Path = HERE) -> Document:
    """The first Document of one fixture file."""
    return first_document(folder, name)


# -- a helpline's shift log ---------------------------------------------------------------------------------------------


def test_a_helplines_line_to_take_is_the_position_not_a_callers_words():
    document = read_one("helpline-shift-log.txt")
    assert document.kind == "statement"
    assert quoted(document).startswith("Tovarinab is still experimental.")
    assert quoted(document).rstrip().endswith("their ALS nurse can tell them about other studies.")
    assert "I'd recommend" not in quoted(document) and "office window" not in quoted(document)
    assert document.date == "2025-03"  # the agreement under the line, not the shifts' dates
    assert is_position_heading("LINE TO READ OUT (approved):")
    assert is_position_heading("Line to take")
    assert not is_position_heading("Line to the car park")


def test_a_log_entry_is_never_the_position_whatever_it_reports(tmp_path):
    # Without a heading over the approved line, a caller's words reported in a shift's entry ("I'd recommend you tell
    # everyone to buy it …" — "told him we would never advise that") are still no advice of the organisation's.
    text = (HERE / "helpline-shift-log.txt").read_text(encoding="utf-8").replace("LINE TO TAKE (agreed):", "Tovarinab notes:")
    (tmp_path / "log.txt").write_text(text, encoding="utf-8")
    document = read_one("log.txt", tmp_path)
    assert document.position is None or "I'd recommend" not in quoted(document)


# -- a transcribed handwritten letter -----------------------------------------------------------------------------------


def test_a_letters_paragraph_that_advises_against_paying_for_sessions_is_the_position():
    document = read_one("letter-transcription.txt")
    assert document.kind == "statement"
    assert quoted(document).startswith("The committee does not think you should pay for red-light therapy")
    assert quoted(document).rstrip().endswith("talk to your ALS nurse first.")
    assert "tearoom" not in quoted(document) and "picnic" not in quoted(document)
    assert advice_sentences("The committee does not think you should pay for hyperbaric oxygen sessions for MND.",
                            frozenset())
    assert not advice_sentences("We think you should pay for your raffle tickets by Friday.", frozenset())


def test_a_letter_is_dated_by_the_date_above_its_greeting():
    # (not by the transcriber's dates in the header, nor left undated)
    assert read_one("letter-transcription.txt").date == "2025-03"


# -- a Bulgarian 1C-Bitrix page -----------------------------------------------------------------------------------------


def test_a_bulgarian_position_heading_heads_the_position():
    document = read_one("bitrix-bg.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("Келтромаб все още е експериментално лекарство.")
    assert quoted(document).rstrip().endswith("които вече приемате.")
    assert "Прието" not in quoted(document)
    assert is_position_heading("Становището на сдружението, дословно")
    assert is_position_heading("Нашата позиция")


def test_a_bulgarian_approval_dates_the_statement_before_a_later_edit():
    document = read_one("bitrix-bg.html")
    assert document.date == "2025-08"  # 'Прието от Управителния съвет на 28 август 2025 г.', not 'Последна промяна: 30.10.2025'
    assert document.next_review == "2026-08"
    line = read_date_line("Прието от Управителния съвет на 8 октомври 2025 г. Следващ преглед: октомври 2026 г.")
    assert line is not None and line.dates == (("issued", "2025-10"), ("next_review", "2026-10"))


def test_a_name_in_quotation_marks_keeps_the_dash_inside_it():
    assert read_one("bitrix-bg.html").organisation == "Фондация „АЛС – Струма“"
    assert organisation_name("Сдружение „ЛАС – Ружица“") == ("Сдружение „ЛАС – Ружица“", True)
    assert is_organisation("Сдружение „ЛАС – Ружица“")
    assert organisation_name("Kettle Trust - Home") == ("Kettle Trust", True)  # a dash outside quotation marks still parts


# -- an Italian knitting pattern ----------------------------------------------------------------------------------------


def test_the_association_answering_under_its_own_heading_gives_the_position_whole():
    document = read_one("knitting-pattern-it.md")
    assert quoted(document).startswith("La velmaxina è ancora sperimentale.")
    assert quoted(document).rstrip().endswith("non sospenda le terapie che sta già seguendo.")
    assert "consiglierei" not in quoted(document) and "lana morbida" not in quoted(document)
    assert is_position_heading("La Rondine risponde, punto per punto:")
    assert is_position_heading("The Circle responds")
    assert not is_position_heading("Helpline quick answers")


def test_an_italian_reading_again_without_changes_is_the_review():
    assert read_one("knitting-pattern-it.md").reviewed == "2025-06"
    line = read_date_line("Riletto dal consiglio direttivo il 10 settembre 2025, senza modifiche.")
    assert line is not None and line.dates == (("reviewed", "2025-09"),)


# -- a BBCode post, and the dates and names of the other templates --------------------------------------------------------


def test_a_bbcode_posts_large_bold_line_is_its_title_without_the_tags():
    document = read_one("bbcode-post.txt")
    assert document.title == "PulseBand wristband: worth the money?"
    assert quoted(document).startswith("We would not buy the PulseBand for ALS.")


def test_a_review_or_an_approval_that_says_who_made_it_dates_the_statement():
    # Change.org (Spanish): 'Revisado por la junta el …, sin cambios'; Webador (Dutch): 'Vastgesteld door het bestuur op …'.
    line = read_date_line("Revisado por la junta el 2 de octubre de 2025, sin cambios.")
    assert line is not None and line.dates == (("reviewed", "2025-10"),)
    line = read_date_line("Vastgesteld door het bestuur op 27 augustus 2025. Volgende herziening: augustus 2026.")
    assert line is not None and line.dates == (("issued", "2025-08"), ("next_review", "2026-08"))


def test_a_docs_sites_name_is_the_organisation_without_its_guides():
    # Nextra's site title: 'X ALS Network Guides', the organisation's guides.
    assert organisation_name("Kettleness ALS Network Guides") == ("Kettleness ALS Network", True)
