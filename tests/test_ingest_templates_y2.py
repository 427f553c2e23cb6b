"""Structure rules for the kinds of file blind set Y brought in (an iCalendar export saved as text, a pub-quiz sheet, a Maltese
blog post, a Docsify page in Spanish, print sheets and a seating plan, a Djot post saved as text), each tested
on a small variant written for it or on the words of the rule.

Every fixture in tests/fixtures/ingest-y2/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from conftest import first_document, quoted
from statement_qa.documents import Document
from statement_qa.ingest import read_documents
from statement_qa.ingest.calendar import parse_calendar, unescape, unfold
from statement_qa.structure.assemble import _signed_off_in_words
from statement_qa.structure.dates import find_dates, read_date_line, read_sign_off
from statement_qa.structure.vocabulary import advice_sentences, is_advice_heading

HERE = Path(__file__).parent / "fixtures" / "ingest-y2"


read_one = partial(first_document, HERE, only=True)  # the only Document of one fixture file of this folder


def test_an_icalendar_file_is_read_as_its_events_written_text():
    # Fictional outreach diary: the calendar's name is the title, the event's organiser the organisation, the position
    # the advising paragraph of an event's description, dated by the body's line under it (not by an event's time).
    document = read_one("fernhollow-outreach-diary.ics")
    assert document.title == "Fernhollow ALS Circle - outreach diary"
    assert document.organisation == "Fernhollow ALS Circle"
    assert document.kind == "statement"
    assert document.date == "2025-06"
    said = quoted(document)
    assert said.startswith("Quellodine may help tiredness in a few people with ALS")
    assert said.endswith("Stop taking it if you get a rash.")
    # (the calendar's furniture is not text: no time zone, no alarm, no escapes)
    assert "TZID" not in document.text and "Reminder:" not in document.text and "\\," not in document.text


def test_an_icalendar_file_saved_as_text_is_read_as_one(tmp_path):
    data = (HERE / "fernhollow-outreach-diary.ics").read_bytes()
    (tmp_path / "diary.txt").write_bytes(data)
    document = read_documents(tmp_path / "diary.txt", tmp_path)[0]
    assert document.title == "Fernhollow ALS Circle - outreach diary"
    assert document.kind == "statement"


def test_icalendar_lines_are_unfolded_and_unescaped():
    assert unfold("DESCRIPTION:one \r\n two\r\nSUMMARY:x") == ["DESCRIPTION:one two", "SUMMARY:x"]
    assert unescape(r"a\, b\; c\nd\\e") == "a, b; c\nd\\e"
    calendar = parse_calendar("BEGIN:VCALENDAR\nX-WR-CALNAME:Diary\nBEGIN:VEVENT\nSUMMARY:Stall\nDTSTART:20250927T100000\n"
                              "END:VEVENT\nEND:VCALENDAR\n")
    assert calendar.name == "Diary" and calendar.events[0].summary == "Stall" and calendar.events[0].start == "2025-09-27 10:00"


def test_so_opens_advice_without_a_comma():
    # 'It is prescription only so ask your GP about it': the imperative after 'so' advises, comma or not.
    terms = frozenset({"quello"})
    assert advice_sentences("It is prescription only so ask your GP about quellodine.", terms) == 1
    assert advice_sentences("It is prescription only, so ask your GP about quellodine.", terms) == 1


def test_a_body_named_over_what_it_says_on_the_subject_heads_the_position():
    # A pub-quiz sheet's box 'While the scores are added up, the 2023 committee on torvalimab:': the body and its subject,
    # after a clause that only sets the scene.
    assert is_advice_heading("While the scores are added up, the 2023 committee on quellodine")
    assert is_advice_heading("The committee on quellodine")
    assert not is_advice_heading("While the scores are added up, round 6")


def test_a_statement_that_says_it_replaces_an_older_one_under_another_name_of_its_body_supersedes_it():
    from dataclasses import replace

    from statement_qa.supersession import resolve_status

    # Fictional: the Fernhollow ALS Circle's 2023 quiz sheet, and its wiki's 2025 page that says it replaces it.
    old = Document("quiz", "Quiz night", "Fernhollow ALS Circle", "2023-03", "statement", "quiz.pdf", None,
                   "Quellodine (QLD-4): wait for results.", (), aliases=("Quellodine", "QLD-4"))
    new = Document("wiki", "Quellodine", "Fernhollow ALS Wiki", "2025-10", "statement", "wiki.html", None,
                   "Quellodine (QLD-4). Our 2023 quiz sheet said wait; this page replaces it.", (),
                   aliases=("Quellodine", "QLD-4"))
    resolved = {d.id: d for d in resolve_status([old, new])}
    assert (resolved["quiz"].status, resolved["quiz"].superseded_by) == ("superseded", "wiki")
    # (without the words that say so, two names are two bodies)
    silent = replace(new, text="Quellodine (QLD-4). Our page.")
    assert {d.id: d for d in resolve_status([old, silent])}["quiz"].status == "current"


def test_a_maltese_position_heading_dates_and_notes_are_read():
    # Fictional Maltese blog post: 'Il-pożizzjoni tagħna' heads the position; the committee's line under it ('qabel fuq
    # … fil-14 ta' Ġunju 2025') dates it and is not quoted; an edit for a mended link does not date the words.
    document = read_one("kahlija-blog-mt.html")
    assert document.kind == "statement"
    assert document.date == "2025-06"
    said = quoted(document)
    assert said.startswith("Il-fornelimab għadu sperimentali") and said.endswith("minn fuq l-internet.")


def test_maltese_dates():
    assert find_dates("Il-kumitat qabel fuq din il-pożizzjoni fit-23 ta' Settembru 2025.")[0][2] == "2025-09"
    line = read_date_line("Reviżjoni li jmiss: Marzu 2026.")
    assert line is not None and line.first("next_review") == "2026-03"


def test_a_docsify_page_is_titled_by_its_article_not_its_sidebar_and_what_the_board_decided_is_the_position():
    # Fictional Docsify page: the sidebar's <h1 class="app-name"> inside <main> names the site; 'Lo que acordó la junta'
    # heads the position, and the board's 'Acordado por …' line under it dates it and is not quoted.
    document = read_one("robledal-docsify-es.html")
    assert document.title == "Quelmitrina (QMT-8)"
    assert document.organisation == "Asociación Ficticia ELA El Robledal"
    assert document.kind == "statement" and document.date == "2025-06"
    said = quoted(document)
    assert said.startswith("La quelmitrina es una opción razonable") and said.endswith("sigue con los otros tratamientos.")


def test_a_decision_dates_a_text_and_a_telephone_number_put_right_does_not():
    dutch = read_sign_off("Besloten door het bestuur op 1 april 2025.")
    italian = read_sign_off("Deciso dal direttivo il 20 maggio 2025.")
    assert dutch is not None and dutch.first("issued") == "2025-04"
    assert italian is not None and italian.first("issued") == "2025-05"
    touched = read_date_line("File di stampa aggiornato il 02/10/2025 (numero di telefono corretto).")
    assert touched is None or touched.first("updated") is None


def test_a_review_said_in_words_is_read_whatever_comes_first():
    english = read_sign_off("The committee went through this page again on 11 November 2025 and changed nothing.")
    assert english is not None and english.first("reviewed") == "2025-11"
    german = read_sign_off("Am 14. Oktober 2025 hat der Vorstand den Text noch einmal gelesen und nichts geändert.")
    assert german is not None and german.first("reviewed") == "2025-10"
    # (a paragraph of the board's decision and its review is no part of the position, a day's '8.' ending no sentence)
    assert _signed_off_in_words("Beschlossen vom Vorstand am 8. Juli 2025. Am 14. Oktober 2025 hat der Vorstand den Text "
                                "noch einmal gelesen und nichts geändert.")


def _seating_plan(path: Path) -> None:
    """A fictional seating plan: the foundation's name in the title strip, tables labelled by who sits there (one label
    an organisation's shape, 'Team Zuid'), then the board's answer set below."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_author("Stichting Fictief Zeegras")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Stichting Fictief Zeegras - Tafelschikking", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "Zaal Het Anker - zaterdag 8 november 2025", new_x="LMARGIN", new_y="NEXT")
    for table, who in (("Tafel 1", "Familie Jansen"), ("Tafel 2", "Koor"), ("Tafel 3", "Gasten")):
        pdf.set_font("Helvetica", "", 11)
        pdf.cell(0, 7, f"{table} {who}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 7)
    pdf.cell(0, 5, "Team Zuid", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 9, "Wat ons bestuur ervan vindt:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "Quellodine is experimenteel en niet toegelaten. Vraag je neuroloog of je mee kunt doen aan de "
                         "studie QUELLO-2. Koop het niet via internet.", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "(Besloten door het bestuur op 3 maart 2025.)", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_a_name_far_below_a_pdfs_title_is_no_letterhead_and_a_boards_decision_dates_it(tmp_path):
    _seating_plan(tmp_path / "plan.pdf")
    document = read_documents(tmp_path / "plan.pdf", tmp_path)[0]
    assert document.organisation == "Stichting Fictief Zeegras"
    assert document.kind == "statement" and document.date == "2025-03"


def test_a_markdown_heading_of_the_first_rank_in_a_text_file_is_its_title():
    # Fictional Djot post saved as text: '# Nettlewise Capsules: our pinned answer' is the title, not the italic byline
    # under it.
    document = read_one("brackenford-pinned-djot.txt")
    assert document.title == "Nettlewise Capsules: our pinned answer"
    assert document.kind == "statement"
