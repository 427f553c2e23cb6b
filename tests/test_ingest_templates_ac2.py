"""Structure rules for the kinds of file blind set AC brought in (printed forms whose position is a committee's note or a
figure's caption, site-builder and documentation pages, webmail views, chat archives, newsletters' web versions), each
tested on a small variant written for it or on the words of the rule.

Every fixture in tests/fixtures/ingest-ac2/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.structure.dates import read_sign_off
from statement_qa.structure.headings import _announces_answer
from statement_qa.structure.organisation import organisation_name
from statement_qa.structure.vocabulary import is_position_heading

HERE = Path(__file__).parent / "fixtures" / "ingest-ac2"


read_one = partial(first_document, HERE, only=True)  # the only Document of one fixture file of this folder


@pytest.mark.parametrize("line, heads", [
    ("Pinned to the prize table by the tea urn - the committee's view on dravotin (agreed 4 June 2025):", True),
    ("The group's view on solventrib (March 2024)", True),
    ("Our view (agreed 3 May 2025)", True),
    # a bracketed date makes no heading a position's
    ("Minutes (March 2024)", False),
    ("Raffle prizes (June 2025)", False),
])
def test_a_date_in_brackets_after_a_position_heading_says_when_not_what(line, heads):
    assert is_position_heading(line) is heads


def test_a_printed_sheet_quotes_the_view_its_dated_lead_in_announces():
    # A raffle's stub sheet: the framed note's lead-in says where it was pinned, then whose view it is and when it was
    # agreed, in brackets; the view is the paragraph under it, without the dated note and the notices below.
    document = read_one("hollesley-dravotin-raffle-sheet.pdf")
    said = quoted(document)
    assert document.kind == "statement" and document.date == "2025-06"
    assert said.startswith("Dravotin has never been studied in people with MND.")
    assert said.endswith("nobody should feel they have to.")
    assert "look at dravotin again" not in said and "stubs" not in said


@pytest.mark.parametrize("line, announces", [
    ("Fig. 1 - A bottle. Caption agreed by the committee on 10 September 2026:", True),
    ("Photo 2 - A Pellitor+ sachet. Text approved by the trustees on 2 May 2026:", True),
    ("Foto 1 - Un frasco de Nervina. Texto aprobado por la junta directiva el 6 de octubre de 2026:", True),
    ("Légende approuvée par le bureau le 3 mai 2026 :", True),
    # the words and who agreed them, but nothing below announced, or no body agreeing any words
    ("Caption agreed by the committee on 10 September 2026.", False),
    ("We agreed to note the following:", False),
    ("Photo 3 - the stall we set up by the harbour:", False),
])
def test_words_a_body_agreed_announce_the_paragraph_below(line, announces):
    assert _announces_answer(line) is announces


@pytest.mark.parametrize("name, starts, ends, month", [
    ("saltmarsh-pellitor-rota-form.pdf", "Pellitor+ is a protein powder sold in sachets",
     "mention it to your dietitian, because it is high in salt.", "2026-05"),
    ("candela-nervina-cartel-es.pdf", "La Nervina es un jarabe de plantas y no es un tratamiento para la ELA.",
     "Si ya la toma, dígaselo a su neurólogo.", "2026-10"),
])
def test_a_form_states_its_position_in_the_caption_a_body_approved(name, starts, ends, month):
    # A rota or a poster with a drawn figure: the caption under 'Photo 2 - …. Text approved by the trustees on …:' is the
    # position, without the side note on why the figure is there or the form's notices.
    document = read_one(name)
    said = quoted(document)
    assert document.kind == "statement" and document.date == month
    assert said.startswith(starts) and said.endswith(ends)
    assert "recommend" not in said and "Recomendamos" not in said and "again" not in said


@pytest.mark.parametrize("name, title", [
    ("hollesley-dravotin-raffle-sheet.pdf", "summer raffle ticket stubs"),
    ("candela-nervina-cartel-es.pdf", "Mercadillo solidario de otoño"),
])
def test_a_sheet_printed_as_whose_and_what_is_titled_by_what_its_file_calls_it(name, title):
    # 'Org - summer raffle ticket stubs (cut along the lines)' printed, the file titled 'Summer raffle ticket stubs': the
    # title is what the sheet is, as printed (accents and all), without whose it is or how to cut it.
    assert read_one(name).title == title


@pytest.mark.parametrize("sentence, month", [
    ("Read over again by the trustees on 8 October 2026; nothing has changed.", "2026-10"),
    ("Read through again at the members' meeting on 12 November 2026; no change.", "2026-11"),
    ("Relu par le bureau le 15 septembre 2026, sans changement.", "2026-09"),
    ("Opnieuw doorgelezen op 4 maart 2026; niets veranderd.", "2026-03"),
])
def test_words_read_again_and_left_unchanged_are_a_review(sentence, month):
    assert read_sign_off(sentence).first("reviewed") == month


@pytest.mark.parametrize("name, issued, reviewed", [
    ("tunstall-corvexa-webador.html", "2026-06", "2026-10"),
    ("vallee-lumarine-site123-fr.html", "2026-05", "2026-09"),
])
def test_a_site_builder_page_is_reviewed_when_its_sign_off_says_it_was_read_again(name, issued, reviewed):
    # 'Approved by the trustees on …. Read over again by the trustees on …; nothing has changed.' under the position: the
    # review follows a semicolon in its own sentence; a later 'Page edited …' stamp is not one.
    document = read_one(name)
    assert (document.date, document.reviewed) == (issued, reviewed)


def test_a_webmail_plain_text_body_dates_its_position_by_the_label_above_it():
    # Roundcube's plain-text view: the body in '<div class="pre">' lines joined into paragraphs, the agreed words under
    # 'STANDING REPLY - 9 JULY 2026' (dated by the label, not the day the message was sent), quoted whole.
    document = read_one("orford-belmastat-roundcube.html")
    said = quoted(document)
    assert document.date == "2026-07"
    assert said.startswith("Belmastat is an experimental injection and is not licensed anywhere.")
    assert said.endswith("and do not stop any prescribed medicine.")
    assert "BMS-90" not in said and "quiz" not in said


def test_a_chat_archive_title_leaves_out_the_site_and_the_software_after_it():
    # '<title>Salvorex questions - Iken MND Circle - Mattermost</title>', no heading, 'Powered by Mattermost' in the foot.
    document = read_one("iken-salvorex-mattermost.html")
    assert document.title == "Salvorex questions"
    assert document.organisation == "Iken MND Circle"


@pytest.mark.parametrize("site, organisation", [
    ("Walberswick MND Advice Line guide", "Walberswick MND Advice Line"),
    ("Brancaster ALS Helpline handbook", "Brancaster ALS Helpline"),
    # a service named inside an organisation's name is the organisation's readers, not its publisher
    ("Abbotsbury ALS Network Helpline Handbook", "Abbotsbury ALS Network"),
])
def test_a_publication_named_for_a_service_is_the_services(site, organisation):
    assert organisation_name(site)[0] == organisation


def test_a_documentation_site_of_a_service_is_published_by_the_service():
    document = read_one("walberswick-zelvarin-docusaurus.html")
    assert document.organisation == "Walberswick MND Advice Line"


def test_a_newsletter_web_version_names_its_publisher_in_the_title_it_prints_and_its_withdrawn_item_stays_withdrawn():
    # '<title>' and '<h1>' both 'Dunwich ALS Support - Autumn bulletin 2025', no other name of the sender's shape: the
    # title's name is the organisation; the notice at the top that withdraws the tarnavel item withdraws the statement.
    document = read_one("dunwich-tarnavel-withdrawn-brevo.html")
    assert document.organisation == "Dunwich ALS Support"
    assert document.status == "withdrawn"
    assert quoted(document).startswith("We think tarnavel is worth asking about.")
