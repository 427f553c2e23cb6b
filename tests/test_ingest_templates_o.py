"""Structure rules for the kinds of page blind set O brought in (a page builder's widgets, ...), each tested on a
small variant written for it.

Every fixture in tests/fixtures/ingest-o/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.ingest import read_documents
from statement_qa.structure import HEADING, LINE, Block
from statement_qa.structure.assemble import _as_written
from statement_qa.structure.headings import sections_of
from statement_qa.structure.organisation import organisation_name
from statement_qa.structure.signature import strip_the
from statement_qa.structure.vocabulary import is_advice_heading, is_quoted_speech

HERE = Path(__file__).parent / "fixtures" / "ingest-o"


read_one = partial(first_document, HERE)  # the first Document of one fixture file of this folder


def test_a_page_builders_widgets_are_read_by_their_type():
    # Fictional: an Elementor page; every unit is an 'elementor-widget-…' in an 'elementor-widget-container'. The text
    # and icon-box widgets are the page, the breadcrumbs and share buttons are furniture.
    document = read_one("page-builder-widgets.html")
    assert document.title == "Dravenolimab: where we stand"
    assert document.organisation == "Fernhollow ALS Trust"
    assert document.date == "2024-05"
    assert quoted(document) == ("Fernhollow ALS Trust does not advise buying dravenolimab. If you would like to take "
                                "part in DRAVEN-2, ask your neurologist whether you could join it.")
    assert "Share on Facebook" not in document.text and "» News »" not in document.text


def test_a_page_whose_every_block_a_class_word_drops_is_still_read():
    # Fictional: each paragraph sits in a 'widget' box of its own, so no one dropped element holds most of the words.
    document = read_one("widget-classed-blocks.html")
    assert document.title == "Pelvaxiran and MND"
    assert quoted(document).startswith("Ashcombe MND Circle does not recommend pelvaxiran.")


def test_a_member_quoted_in_german_is_never_the_position():
    # Fictional: a German page whose member's blockquote („Ich würde Selvoratin jedem empfehlen …“) uses the word
    # 'empfehlen'; the words 'Ich' and 'Mein' open a sentence, so they are capitalised.
    document = read_one("member-quote-de.html")
    assert quoted(document).startswith("Der ALS-Gesprächskreis Wolfsanger rät davon ab")
    assert "jedem empfehlen" not in quoted(document)


@pytest.mark.parametrize("line", [
    "„Mein Mann nimmt es jeden Tag und es hilft ihm sehr.“",
    "«Yo se lo recomiendo a todo el mundo.»",
    "“Eu recomendo a todos, sem dúvida.”",
    "“Ik zou het iedereen aanraden.”",
])
def test_a_quotation_that_speaks_as_one_person_is_speech_in_any_case(line):
    assert is_quoted_speech([line])


def test_a_question_a_paragraph_asks_itself_heads_the_position_it_answers():
    # Fictional: a post without headings; after a rule, 'So what do we make of it?' opens the paragraph that answers it.
    document = read_one("question-run-in.html")
    assert quoted(document) == ("Stowmere MND Friends does not recommend buying GlowRoot: nothing shows it helps MND.\n"
                                "  Please tell your MND nurse about any tablet you take.").replace("\n  ", " ")


def test_a_numbered_points_run_in_title_heads_the_position():
    # Fictional: an internal memo of numbered points, each '3. Title. Text'; the position is point 3's text.
    document = read_one("memo-numbered-points.txt")
    assert quoted(document).startswith("The Orwell Vale MND Society thinks it is reasonable to try castovir")
    assert quoted(document).endswith("if they feel very tired.")


def test_a_footer_in_another_language_is_no_translation():
    # Fictional: an English memo signed and footed in Spanish; the footer is far shorter than the memo, so the file
    # is one statement, not an English one and a Spanish translation.
    documents = read_documents(HERE / "memo-numbered-points.txt", HERE)
    assert len(documents) == 1
    assert documents[0].organisation == "Orwell Vale MND Society"


def test_mdx_components_are_markup_and_a_titled_one_heads_what_it_holds():
    # Fictional: a Docusaurus MDX page; import lines, <Tabs>, <TabItem label=…>, a <Callout title=…> box and a
    # self-closing <CookieNotice text=…/> are markup. The callout's title heads the position; its closing tag ends it.
    document = read_one("mdx-components.md")
    assert document.title == "Orvalin capsules bought online"
    assert quoted(document) == ("The Brackenford MND Circle does not recommend buying orvalin. Please talk to your MND "
                                "team before you take any supplement.")
    assert [section.name for section in document.sections][:2] == ["What is on sale", "Other products"]
    assert all("import " not in document.section_text(section) for section in document.sections)


def test_a_date_line_marked_up_in_html_is_read():
    # Fictional: '<p className="byline">First published <strong>June 2024</strong> · Checked 2 March 2025 – no change</p>'.
    document = read_one("mdx-components.md")
    assert (document.date, document.reviewed) == ("2024-06", "2025-03")


def test_an_irc_log_is_its_operators_messages_and_a_labelled_one_states_the_position():
    # Fictional: a HexChat log; the channel operator (not its bot) pastes the position after 'Club position, word for
    # word:', a member recommends the tablet to everyone.
    document = read_one("irc-channel-log.txt")
    assert document.kind == "statement"
    assert document.organisation == "Pellham MND Club"
    assert document.date == "2025-03"
    assert quoted(document) == ("Pellham MND Club does not recommend buying vexamide online. If you are interested, ask "
                                "your neurologist whether you could join the VEXA-2 trial.")
    assert "i'd recommend" not in document.text and "Reminder:" not in document.text


def test_a_caption_files_on_screen_text_card_is_the_position_not_what_is_said():
    # Fictional: a SubRip caption file; the chair paraphrases ('we're telling you to hang on'), then the Trust's wording
    # is shown as '[ON SCREEN TEXT: …]' over three caption lines; sounds and timings are not text.
    document = read_one("video-captions.txt")
    assert document.title == "Tolvanide: the Trust's view"
    assert document.organisation == "Harbury MND Trust"
    assert document.date == "2024-05"
    assert quoted(document) == ("Harbury MND Trust does not recommend buying tolvanide before the TOLVA-2 trial reports. "
                                "Ask your neurologist whether you could join the trial instead.")
    assert "-->" not in document.text and "guitar" not in document.text


def test_a_position_laid_out_as_labelled_fields_is_the_field_that_advises():
    # Fictional: under 'Our statement', a table of label / value rows ('Who this is for', 'What we recommend to
    # families', 'Agreed'); only the row whose label says it is the advice is the position.
    document = read_one("statement-field-table.html")
    assert document.date == "2024-09"
    assert quoted(document) == ("Quarrymoor ALS Group supports families who raise money for care. Please talk to your ALS "
                                "team before you pay for any treatment abroad, and ask them for a second opinion.")


def test_what_we_ask_of_members_heads_advice():
    assert is_advice_heading("What we ask of members")
    assert is_advice_heading("What we recommend to families")


def test_a_pdf_title_that_ends_on_a_colon_goes_on_below_it():
    # Fictional: an A6 postcard whose headline 'Merovastin:' is set over its second line in smaller type.
    document = read_one("postcard-title-colon.pdf")
    assert document.title == "Merovastin: what we think for now"
    assert document.organisation == "Wrenbury ALS Society"


@pytest.mark.parametrize("line, name", [
    ("c/o Wrenbury ALS Society", "Wrenbury ALS Society"),
    ("care of the Wrenbury ALS Society", "Wrenbury ALS Society"),
])
def test_care_of_is_no_part_of_the_name(line, name):
    found = organisation_name(line)
    assert found is not None and found[0] == name


@pytest.mark.parametrize("name, listed", [
    ("A Asociación Galega de ELA Miraflor", "Asociación Galega de ELA Miraflor"),
    ("La Asociación ELA Mirador", "Asociación ELA Mirador"),
    ("L'Association SLA Verlaine", "Association SLA Verlaine"),
    ("Die ALS-Hilfe Ostwald", "ALS-Hilfe Ostwald"),
    ("The Orwell MND Trust", "Orwell MND Trust"),
    ("Asociación ELA Mirador", "Asociación ELA Mirador"),
])
def test_the_article_a_sentence_sets_before_a_name_is_dropped(name, listed):
    assert strip_the(name) == listed


@pytest.mark.parametrize("line", ["THE TRUST'S WORD", "SOCIETY’S VIEW", "The Network's Verdict"])
def test_an_organisation_word_in_the_possessive_is_a_heading_not_a_name(line):
    # A newspaper cutting's shaded panel 'THE TRUST'S WORD' names what the panel holds, not who issued it.
    assert organisation_name(line) is None


def test_a_memos_subject_line_is_its_title():
    # Fictional: 'INTERNAL MEMO' heads the memo; its 'Subject:' line says what it is about.
    assert read_one("memo-numbered-points.txt").title == "Castovir (CSV-6) for muscle stiffness"


@pytest.mark.parametrize("line, name", [
    ("WRENBURY ALS SOCIETY INTERNAL MEMO", "WRENBURY ALS SOCIETY"),
    ("ASOCIACION ELA MIRADOR NOTA INTERNA", "ASOCIACION ELA MIRADOR"),
])
def test_a_letterhead_with_the_documents_type_names_its_sender(line, name):
    found = organisation_name(line)
    assert found is not None and found[0] == name


@pytest.mark.parametrize("name, elsewhere, written", [
    ("ASOCIACION ELA MIRADOR", None, "Asociación ELA Mirador"),
    ("Asociacion ELA Mirador", None, "Asociación ELA Mirador"),  # metadata without accents
    ("ASOCIACION ELA MIRADOR", "Asociacion ELA Mirador", "Asociación ELA Mirador"),
    ("EASTLEA ALS TRUST", None, "Eastlea ALS Trust"),
])
def test_a_name_set_without_accents_takes_those_the_text_writes(name, elsewhere, written):
    text = "Eastlea ALS Trust and the Asociación ELA Mirador wrote this together."
    assert _as_written(name, text, elsewhere) == written


def test_a_popup_laid_over_the_page_is_furniture():
    # Fictional: a page builder's newsletter popup sits inside the main content, between the advice and its date.
    document = read_one("builder-popup.html")
    assert "newsletter" not in document.text
    assert quoted(document).startswith("Redditch Vale MND Friends does not recommend buying calvorin.")


def test_a_marked_up_heading_with_its_date_in_brackets_heads_its_section():
    # 'Where Fernhollow now stands (May 2024)' is set as an <h3>: a heading that carries a date, not a date line.
    text = "Where Fernhollow now stands (May 2024)\n\nThe Trust does not recommend buying it online."
    blocks = [Block(0, 38, HEADING, 3), Block(40, len(text), LINE)]
    assert [s.name for s in sections_of(text, blocks, True)] == ["Where Fernhollow now stands (May 2024)"]


def test_a_short_page_whose_every_block_a_class_word_drops_is_not_skipped():
    # Fictional: a page of two 'widget' boxes and a few dozen words; it shows text, so it is read.
    document = read_one("widget-short-page.html")
    assert "does not recommend buying tessamide" in document.text
