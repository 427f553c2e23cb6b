"""Structure rules for the kinds of file blind set W brought in (a groff -ms source, a committee's oral-evidence
transcript, a notes-app checklist, a Portuguese donation leaflet, a word-search sheet, a sheet of fridge magnets) and a
plain-text letter transcription under a '=' underlined title, each tested on a small variant written for it.

Every fixture in tests/fixtures/ingest-wp/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.ingest.markup import looks_like_troff
from statement_qa.structure.dates import read_sign_off
from statement_qa.structure.organisation import organisation_name
from statement_qa.structure.vocabulary import is_closing

HERE = Path(__file__).parent / "fixtures" / "ingest-wp"


read_one = partial(first_document, HERE, only=True)  # the only Document of one fixture file of this folder


def test_a_groff_ms_source_is_read_by_its_macros():
    # Fictional: '.TL' over the title, '.AU' the committee, '.NH 1' headings, '.PP' paragraphs, '.I "…"' an italic line.
    document = read_one("bulletin-ms.txt")
    assert document.title == "Varrow Biotech VBX-12"
    assert document.organisation == "Hollinby MND Circle"
    assert document.date == "2025-03"
    said = quoted(document)
    assert said.startswith("VBX-12 is experimental and is not licensed in the UK.")
    assert said.endswith("keep taking the treatment you already have.")
    assert ".PP" not in said and ".I" not in said
    assert not any(document.text[s.start : s.end].startswith(".") for s in document.sections)


def test_a_groff_footnote_is_fine_print_and_comments_are_no_text():
    document = read_one("bulletin-ms.txt")
    assert "hollinby-insert.ms" not in "".join(document.section_text(s) for s in document.sections)


def test_troff_is_told_by_its_macros_not_by_a_dot_at_a_line_start():
    assert looks_like_troff((HERE / "bulletin-ms.txt").read_text())
    assert not looks_like_troff(".NET is a platform.\nSome text.\n. Another line\n")


def test_a_committee_transcript_is_titled_by_its_session_not_the_committee():
    # Fictional: 'EASTERN COUNTIES HEALTH OVERVIEW PANEL' over 'Oral evidence: Waiting times for MND clinics'.
    document = read_one("evidence-transcript.txt")
    assert document.title == "Oral evidence: Waiting times for MND clinics"
    assert quoted(document).startswith("Lirotavin is not approved and the evidence is still early.")


def test_a_read_out_position_is_dated_by_the_agreement_said_above_it_not_the_session():
    # 'Our trustees agreed this on 11 March 2025 and I will read it as agreed.' above it; the session is 9 April 2025.
    assert read_one("evidence-transcript.txt").date == "2025-03"


def test_a_notes_app_checklist_is_titled_by_its_first_line_not_the_group_under_it():
    # Fictional: 'Raffle table crib - Saltby summer fair' over 'Saltby MND Friends' over the app's export stamps.
    document = read_one("notes-checklist.txt")
    assert document.title == "Raffle table crib - Saltby summer fair"
    assert document.organisation == "Saltby MND Friends"
    assert quoted(document).startswith("We would not buy the Nervia home DNA kit.")


def test_a_line_underlined_with_equals_signs_is_the_writers_title_above_a_legend():
    # Fictional: a transcription's own title over its fields and its legend of conventions ('[p. 1]  page break').
    document = read_one("letter-underlined.txt")
    assert document.title == "TRANSCRIPT OF THE SECRETARY'S LETTER"


def test_a_portuguese_approval_line_ends_the_position_and_dates_it():
    # Fictional: 'Aprovada pela direção a 12 de março de 2025. Revista pela direção a 2 de julho de 2025, sem
    # alterações.' under the answer, a member's quoted claim below that.
    document = read_one("leaflet-pt.pdf")
    said = quoted(document)
    assert said.endswith("Não pare os outros tratamentos.")
    assert "Recomendava" not in said and "Aprovada" not in said
    assert document.date == "2025-03"
    assert document.reviewed == "2025-07"


def test_a_shouted_strapline_after_the_title_is_not_part_of_it():
    # 'Doe 1% da sua quota - é simples e rápido!': the name, then its selling line.
    assert read_one("leaflet-pt.pdf").title == "Doe 1% da sua quota"


@pytest.mark.parametrize("sentence, role, month", [
    ("Aprovada pela direção a 30 de abril de 2025.", "issued", "2025-04"),
    ("Approvato dal consiglio direttivo il 3 marzo 2025.", "issued", "2025-03"),
    ("Revista pela direção a 15 de setembro de 2025, sem alterações.", "reviewed", "2025-09"),
    ("Revisado por la junta el 2 de junio de 2025, sin cambios.", "reviewed", "2025-06"),
])
def test_sign_off_sentences_in_other_languages(sentence, role, month):
    dated = read_sign_off(sentence)
    assert dated is not None and dated.first(role) == month


@pytest.mark.parametrize("line", ["Aprovada pela direção a 30 de abril de 2025.", "Approvato dal consiglio il 3 marzo 2025."])
def test_an_approval_by_a_body_closes_in_portuguese_and_italian_contractions(line):
    assert is_closing(line)


def test_a_word_search_grid_is_no_heading_and_no_language():
    # Fictional: rows of letters set large and bold ('S C H N E E M A N N X') between the title and the answer.
    document = read_one("word-search-de.pdf")
    assert document.title == "Rätselblatt Winter"
    assert document.language == "de"
    assert quoted(document).startswith("Wir raten davon ab, Nervalin Tropfen zu kaufen.")


def test_a_sheet_of_equal_cards_is_titled_by_its_file_not_its_first_card():
    # Fictional: six magnets, each under a bold heading of one size; the PDF's title names the sheet.
    document = read_one("magnets.pdf")
    assert document.title == "Ashgill MND Friends - fridge magnets"
    assert document.kind == "resource"


def test_an_organisation_at_a_line_end_loses_its_comma():
    # ('… the witnesses, Ellerdale MND Society,' wrapped at the comma)
    found = organisation_name("the witnesses, Wyebank MND Society,")
    assert found is not None and found[0] == "Wyebank MND Society"
