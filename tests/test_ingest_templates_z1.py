"""Structure rules for the kinds of file blind set Z brought in (WebVTT captions in Portuguese, a hospital radio running
order saved as text, a sheet of bunting flags, a German fixture list over two pages, a golf day's scorecard), each
tested on a small variant written for it or on the words of the rule.

Every fixture in tests/fixtures/ingest-z1/ and every PDF drawn below is fictional: organisations, companies, therapies,
stations and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.ingest import read_documents
from statement_qa.structure.assemble import _opens_with_dated_note, _signed_off_in_words
from statement_qa.structure.dates import read_date_line, read_sign_off
from statement_qa.structure.headings import READ_OUT_ENDS, READ_OUT_OPENS
from statement_qa.structure.organisation import organisation_name
from statement_qa.structure.vocabulary import advice_sentences, is_position_heading, subject_terms

HERE = Path(__file__).parent / "fixtures" / "ingest-z1"

read_one = partial(first_document, HERE, only=True)  # the only Document of one fixture file of this folder


# --- WebVTT captions ------------------------------------------------------------------------------------------------


def test_webvtt_captions_are_read_without_their_markup():
    # Fictional captions: the voice tags, cue settings, NOTE and STYLE blocks are the caption file's, never what is said.
    document = read_one("giestas-legendas-webvtt-pt.txt")
    assert "<v" not in document.text and "</i>" not in document.text and "<i>" not in document.text
    assert "::cue" not in document.text and "align:start" not in document.text
    assert "Legendas corrigidas" not in document.text  # (a NOTE: the caption writer's, not the header's)
    assert document.title == "Dúvidas de quinta"
    assert document.organisation == "Associação ELA Giesteira"


def test_webvtt_captions_hold_the_decision_read_out_after_its_announcement():
    # 'A direção reuniu no dia 5 de maio de 2025 e decidiu o seguinte.' announces the cues below it: they are the
    # position, dated by that meeting; the later re-reading without a change is its review.
    document = read_one("giestas-legendas-webvtt-pt.txt")
    assert document.kind == "statement"
    said = quoted(document)
    assert said.startswith("A dorvelina é experimental e não está autorizada em Portugal.")
    assert said.endswith("e não deixem os medicamentos que tomam.")
    assert "Recomendamos que tragam" not in said
    assert document.date == "2025-05"
    assert document.reviewed == "2025-10"


def test_portuguese_advice_to_several_readers():
    terms = frozenset({"dorvel"})
    assert advice_sentences("Não a comprem pela internet, e não deixem os medicamentos que tomam.", terms) == 1
    assert advice_sentences("Não deixem os medicamentos que o médico receitou.", terms) == 1
    assert read_sign_off("A direção voltou a ler este texto a 8 de outubro de 2025 e não mudou nada.").first("reviewed") \
        == "2025-10"


def test_a_code_in_another_language_or_after_the_product_form_names_the_subject():
    assert "dorvel" in subject_terms("A dorvelina, com o código DVL-12, é um xarope.")
    assert "morvad" in subject_terms("You asked about Morvadine drops, code MRV-40, the eye drops.")


# --- a running order saved as text ----------------------------------------------------------------------------------


def test_a_running_order_is_read_past_its_table_and_fields():
    # Fictional running order: a table drawn in text under the header, a row of fields ('Presenter: …   Desk: …'), then
    # the scripts. The fields are no title, the table's rows are no headings and are never joined into a paragraph,
    # and the header's date is read through the show's hours ('7 OCTOBER 2025, 19:00-20:00').
    document = read_one("hartsop-hospital-radio-running-order.txt")
    assert document.title == "RADIO HARTSOP INFIRMARY - the bedside channel"
    assert not document.title.startswith("Presenter")
    assert document.date == "2025-10"
    assert document.organisation == "Hartsop ALS Friends"


def test_a_message_read_out_inside_a_script_is_the_position_whole():
    # '… asked us to read out what they decided. <message> That's the end of their message.': the message, from its
    # first sentence to its last, is what is quoted, not only its advising sentences.
    said = quoted(read_one("hartsop-hospital-radio-running-order.txt"))
    assert said.startswith("Morvadine\nmay ease dry eyes for some people with ALS")
    assert said.endswith("if\nyour eye turns red and painful.")
    assert "end of their message" not in said and "hay fever" not in said


def test_read_out_frames():
    assert READ_OUT_OPENS.search("The committee met on 3 May 2025 and asked us to read out what they decided.")
    assert READ_OUT_OPENS.search("A direção reuniu no dia 24 de junho de 2025 e decidiu o seguinte.")
    assert not READ_OUT_OPENS.search("We decided to hold the quiz on Friday.")
    assert READ_OUT_ENDS.match("That's the end of their message.")
    assert not READ_OUT_ENDS.match("That's the end of the show for tonight.")


def test_a_date_followed_by_hours_is_a_date_line():
    assert read_date_line("RUNNING ORDER: TUESDAY NIGHT CLUB, 7 OCTOBER 2025, 19:00-20:00").first("plain") == "2025-10"
    assert read_date_line("Coffee morning, 4 May 2025, 10.00 - 12.30").first("plain") == "2025-05"


# --- print sheets: bunting, a fixture list, a scorecard ---------------------------------------------------------------


def test_position_headings_of_print_sheets():
    # Where the body's word is printed, then whose word it is: a sheet's heading for the position.
    assert is_position_heading("On the back of every card, the 2023 committee's word on dorvelina:")
    assert is_position_heading("The committee's word on dorvelina")
    assert is_position_heading("Was unser Vorstand dazu sagt (bitte bis zum Ende lesen):")
    assert is_position_heading("Was der Vorstand sagt")
    assert not is_position_heading("The final word on parking")
    assert not is_position_heading("A word on the raffle")


def test_lines_that_date_the_text_above_them():
    # '(Committee, 8 March 2023.) We'll look again …': the dated note in brackets opens the paragraph, which is no part
    # of the position; a sign-off followed by the date of the next look is none either.
    assert _opens_with_dated_note("(Committee, 8 March 2023.) We'll look again when the trial reports.")
    assert not _opens_with_dated_note("(See page 2.) Dorvelina is experimental.")
    assert _signed_off_in_words("Beschlossen vom Vorstand am 14. Oktober 2025. Nächste Beratung im Vorstand: Februar 2026.")
    assert not _signed_off_in_words("Beschlossen vom Vorstand am 14. Oktober 2025. Kaufen Sie es nicht im Internet, "
                                    "und setzen Sie Ihre verordneten Medikamente nicht ab.")


def test_an_organisation_named_with_its_event():
    assert organisation_name("Brindle MND Society Charity Golf Day") == ("Brindle MND Society", True)
    assert organisation_name("Hope Charity Trust Summer Fair") == ("Hope Charity Trust", True)
    assert organisation_name("Brindle MND Association Sponsored Walk 2025") == ("Brindle MND Association", True)
    assert organisation_name("Hope Day Foundation") == ("Hope Day Foundation", True)


def _bunting_sheet(path: Path) -> None:
    """A fictional sheet of bunting flags: a letter on each flag, then the committee's word on the back."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 9, "Brindle MND Society - bunting print sheet", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Print on card, cut round each flag and thread with ribbon. Summer Fete 2023.", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.set_font("Helvetica", "B", 48)
    pdf.cell(0, 24, "F E T E", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "People at the fete often ask us about dorvelina (DVL-12), the invented syrup from Serra Alta "
                   "Labs, which its maker says \"cures tiredness\". DVL-15 is their cough sweet, a different thing.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "On the back of every flag, the 2023 committee's word on dorvelina:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Dorvelina has only been tried in one small study, DORVE-1. Please wait for proper results, and "
                   "do not pay anyone who offers it to you.", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "(Committee, 6 June 2023.) We'll look again when DORVE-2 reports.", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "We recommend hanging the flags indoors if it rains.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_a_bunting_sheet_holds_its_position_under_the_word_on_the_back(tmp_path):
    _bunting_sheet(tmp_path / "bunting.pdf")
    document = read_documents(tmp_path / "bunting.pdf", tmp_path)[0]
    assert document.title == "Brindle MND Society - bunting print sheet"  # (not the flags' letters, 'F E T E')
    assert document.kind == "statement"
    said = quoted(document)
    assert said.startswith("Dorvelina has only been tried in one small study")
    assert said.endswith("do not pay anyone who offers it to you.")
    assert document.date == "2023-06"


def _fixture_list(path: Path) -> None:
    """A fictional German fixture list: a table of matchdays, then what the board says, then more matchdays."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Spielplan Sitzvolleyball Hinrunde", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for row in ("1  06.09.2025  Brendorf  Talheim", "2  20.09.2025  Talheim  Brendorf", "3  04.10.2025  Brendorf  Auried"):
        pdf.cell(0, 6, row, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Was unser Vorstand dazu sagt (bitte lesen):", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Dorvelin ist experimentell und in Deutschland nicht zugelassen. Kaufen Sie Dorvelin nicht im "
                   "Internet, und setzen Sie Ihre verordneten Medikamente nicht ab.", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "Beschlossen vom Vorstand am 9. September 2025. Nächste Beratung im Vorstand: März 2026.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "Wir empfehlen Hallenschuhe mit heller Sohle.", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "Fiktives Testdokument: ALS-Treff Brendorf e.V., Dorvelin und alle Personen sind erfunden.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_a_fixture_list_holds_what_the_board_says(tmp_path):
    _fixture_list(tmp_path / "spielplan.pdf")
    document = read_documents(tmp_path / "spielplan.pdf", tmp_path)[0]
    assert document.kind == "statement"
    said = quoted(document)
    assert said.startswith("Dorvelin ist experimentell")
    assert said.endswith("setzen Sie Ihre verordneten Medikamente nicht ab.")
    assert document.date == "2025-09"
