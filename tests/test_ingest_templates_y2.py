"""Structure rules for the kinds of file blind set Y brought in (an iCalendar export saved as text, a pub-quiz sheet, a Maltese
blog post, a Docsify page in Spanish, print sheets and a seating plan, a Djot post saved as text), each tested
on a small variant written for it or on the words of the rule.

Every fixture in tests/fixtures/ingest-y2/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from pathlib import Path

from conftest import quoted
from statement_qa.documents import Document
from statement_qa.ingest import read_documents
from statement_qa.ingest.calendar import parse_calendar, unescape, unfold
from statement_qa.structure.vocabulary import advice_sentences, is_advice_heading

HERE = Path(__file__).parent / "fixtures" / "ingest-y2"


def read_one(name: str) -> Document:
    """The first Document of one fixture file."""
    documents = read_documents(HERE / name, HERE)
    assert len(documents) == 1, [d.id for d in documents]
    return documents[0]


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
