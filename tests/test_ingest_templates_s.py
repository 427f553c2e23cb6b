"""Structure rules for the kinds of page blind set S brought in (an mdBook page in Indonesian, a German Zoho Sites page,
a French Trello card, a MyBB thread, a FidoNet echomail message, a teletext page, a Redmine wiki page in Textile, a
Christmas card and a Portuguese model letter as PDFs), each tested on a small variant written for it.

Every fixture in tests/fixtures/ingest-s/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.ingest.mail import read_thread
from statement_qa.structure.dates import read_date_line, read_sign_off
from statement_qa.structure.organisation import organisation_name
from statement_qa.structure.vocabulary import advice_sentences, is_position_heading, promises_another_look

HERE = Path(__file__).parent / "fixtures" / "ingest-s"


read_one = partial(first_document, HERE)  # the first Document of one fixture file of this folder


# -- mdBook, in Indonesian ---------------------------------------------------------------------------------------------


def test_a_heading_set_in_a_link_to_itself_is_still_the_heading():
    # mdBook sets every heading's words in '<a class="header" href="#…">': the class names no page header.
    document = read_one("mdbook-id.html")
    assert "Sikap resmi perhimpunan" in [section.name for section in document.sections] or document.position is not None
    assert document.title == "Norvelin (NVL-7)"


def test_an_indonesian_page_gives_its_position_under_the_associations_official_stance():
    document = read_one("mdbook-id.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("Norvelin masih obat percobaan")
    assert quoted(document).endswith("apakah Anda dapat ikut uji klinis itu.")
    assert "Tinjauan berikutnya" not in quoted(document)  # the approval note set as a quote below it signs it
    assert "NVL-9" not in quoted(document)


def test_an_indonesian_approval_line_dates_the_page_and_its_edit_stamp_does_not():
    document = read_one("mdbook-id.html")
    assert document.date == "2025-06"  # 'Disetujui oleh pengurus pada 9 Juni 2025', not 'Terakhir diubah: 2025-07-21'
    line = read_date_line("Disetujui oleh pengurus pada 16 Juli 2025. Tinjauan berikutnya: Juli 2026.")
    assert line is not None and line.first("issued") == "2025-07" and line.first("next_review") == "2026-07"


def test_a_handbook_named_before_its_association_is_the_associations():
    # Indonesian names the publication first: 'Buku Panduan Anggota X' is X's members' handbook.
    assert read_one("mdbook-id.html").organisation == "Perhimpunan ALS Kenanga"
    assert organisation_name("Buku Panduan Anggota Perhimpunan ALS Kenanga") == ("Perhimpunan ALS Kenanga", True)


@pytest.mark.parametrize("heading", ["Sikap resmi perhimpunan", "Sikap kami", "Rekomendasi kami", "Saran kami",
                                     "Posisi yayasan", "Apa yang kami sarankan"])
def test_indonesian_position_headings(heading):
    assert is_position_heading(heading)


def test_indonesian_advice_and_a_members_word():
    terms = frozenset({"norvel"})
    assert advice_sentences("Jangan membeli norvelin secara daring.", terms) == 1
    assert advice_sentences("Kami tidak merekomendasikan norvelin di luar uji klinis.", terms) == 1
    assert advice_sentences("Saya rekomendasikan norvelin untuk semua orang.", terms) == 0


# -- Zoho Sites, in German ---------------------------------------------------------------------------------------------


def test_a_german_page_gives_its_position_under_our_advice():
    document = read_one("zoho-de.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("Talkumin kann den Speichelfluss")
    assert quoted(document).endswith("bestellen Sie es nicht im Internet.")
    assert document.date == "2025-02"


@pytest.mark.parametrize("heading", ["Unser Rat an Betroffene", "Unser Rat", "Unsere Ratschläge", "Der Rat des Vorstands"])
def test_german_advice_headings(heading):
    assert is_position_heading(heading)


def test_german_imperatives_about_a_therapy_are_advice():
    terms = frozenset({"talkum"})
    assert advice_sentences("Fragen Sie Ihre Neurologin, ob Talkumin für Sie passt.", terms) == 1
    assert advice_sentences("Nehmen Sie keine Talkumin-Tabletten aus dem Internet.", terms) == 1
    assert advice_sentences("Kaufen Sie die Eintrittskarten nicht an der Abendkasse.", terms) == 0


# -- Trello, in French -------------------------------------------------------------------------------------------------


def test_a_card_open_over_a_board_is_the_page_and_titles_it():
    document = read_one("trello-card-fr.html")
    assert document.title == "Corvalène (CVL-8) : notre avis"
    assert document.kind == "statement"
    assert quoted(document).startswith("Le collectif encourage les personnes atteintes de SLA")
    assert quoted(document).endswith("Ne l'achetez pas sur internet.")
    assert "a modifié la description" not in quoted(document)


def test_a_french_decision_line_dates_the_text_and_ends_it():
    line = read_date_line("Décidé par le conseil d'administration le 12 mai 2025. Prochain réexamen : mai 2026.")
    assert line is not None and line.first("issued") == "2025-05" and line.first("next_review") == "2026-05"
    assert read_one("trello-card-fr.html").date == "2025-03"


# -- MyBB --------------------------------------------------------------------------------------------------------------


def test_a_forums_name_in_its_logo_names_the_organisation():
    # The only place the page names its organisation is the logo's alt text ('Brindle MND Circle Forum').
    assert read_one("mybb-thread.html").organisation == "Brindle MND Circle"


def test_a_promise_to_look_again_is_no_part_of_the_position():
    document = read_one("mybb-thread.html")
    assert quoted(document).startswith("There is no good evidence that ice vests help MND")
    assert quoted(document).endswith("talk to your MND nurse first.")
    assert "look again" not in quoted(document)
    assert promises_another_look("We'll look again if Vantora publishes a proper trial. The code is theirs.")
    assert promises_another_look("We will revisit this when DESSO-3 reports.")
    assert promises_another_look("The Society will look at this statement again when NEXO-2 reports.")
    assert not promises_another_look("We will update this advice when its results are known.")
    assert not promises_another_look("We recommend that you look again at your care plan.")


# -- FidoNet echomail --------------------------------------------------------------------------------------------------


def test_an_echomail_message_is_read_like_an_email():
    document = read_one("fidonet-echomail.txt")
    assert document.title == "Saltmere hydro pool cure"
    assert document.organisation == "Ormsby MND Club"  # its sender, without the role it posts in ('Sec')
    assert document.date == "2025-05"  # the header's 'Mon 12 May 25'
    assert document.kind == "statement"
    assert quoted(document).startswith("The Ormsby MND Club advises against paying for the Saltmere hydro pool cure.")
    assert quoted(document).endswith("you pay anyone for it.")
    assert "Origin" not in document.text[document.body[0] : document.body[1]] or "Origin" not in quoted(document)
    assert "I'd recommend" not in quoted(document)


def test_echomail_quotes_kludges_and_routing_are_not_the_message():
    thread = read_thread((HERE / "fidonet-echomail.txt").read_text())
    assert thread is not None
    own = " ".join(thread.scan.split())
    assert "hydro pool cures" not in own  # quoted with the writer's initials (' NH> ')
    assert "MSGID" not in own and "SEEN-BY" not in own and "Origin:" not in own and "GoldED" not in own
    assert "I'd recommend Saltmere" not in own  # the next message is another member's


# -- teletext ----------------------------------------------------------------------------------------------------------


def test_a_teletext_page_is_read_past_its_header_row_counters_and_key_links():
    document = read_one("teletext-page.txt")
    assert document.title == "OSTRAMIDE: WHAT THE TRIAL FOUND"
    assert document.kind == "statement"
    assert quoted(document).startswith("Wellow ALS Society does not advise")
    assert quoted(document).endswith("study doctor before stopping it.")
    assert document.date == "2025-03"  # '(Society committee, 18 March 2025.' under the position


# -- Redmine, in Textile -----------------------------------------------------------------------------------------------


def test_a_textile_wiki_page_is_titled_by_its_h1():
    document = read_one("redmine-textile.txt")
    assert document.title == "Pelvorin (PLV-2)"
    assert quoted(document).startswith("Pelvorin is experimental.")
    assert quoted(document).endswith("if you are interested.")
    assert "p(note)" not in quoted(document)


# -- PDFs --------------------------------------------------------------------------------------------------------------


def test_a_cards_greeting_is_never_its_title_and_its_message_is_read():
    # 'Happy New Year' set largest of all, last on the inside page: the card is titled by its file's title.
    document = read_one("greetings-card.pdf")
    assert document.title == "New Year card 2024"
    assert document.kind == "statement"
    assert quoted(document).startswith("Morvatide is an early experimental medicine.")
    assert quoted(document).endswith("any private scheme offering it.")


def test_where_we_stood_heads_a_position():
    assert is_position_heading("Where we stood in December 2022")


def test_a_portuguese_letter_gives_its_position_under_the_associations_position():
    document = read_one("carta-modelo-pt.pdf")
    assert document.kind == "statement"
    assert quoted(document).startswith("A sorvilina ainda é experimental")
    assert quoted(document).endswith("não compre sorvilina na internet.")
    assert document.date == "2025-05"  # 'Aprovada pela direção em 14 de maio de 2025'
    assert is_position_heading("A posição da associação, para juntar à carta")


# -- dates in words ----------------------------------------------------------------------------------------------------


def test_looked_over_again_with_nothing_changed_is_a_review():
    line = read_date_line("Looked over again by the trustees on 9 October 2025 - nothing has changed.")
    assert line is not None and line.first("reviewed") == "2025-10"
    said = read_sign_off("Agreed by the board on 3 April 2025 and looked over again on 8 September 2025, nothing has changed.")
    assert said is not None and said.first("reviewed") == "2025-09"


def test_the_organisation_the_position_says_advises_is_the_organisation():
    # Nothing on a teletext page names its organisation but its text: the service it was saved from is named as often
    # as the society ('Saved from the Wellow City Text …'), and the society is the one the position says advises.
    from statement_qa.structure.assemble import _adviser

    assert read_one("teletext-page.txt").organisation == "Wellow ALS Society"
    assert _adviser("Wellow ALS Society does not advise taking ostramide. Talk to your doctor.") == "Wellow ALS Society"
    assert _adviser("Ostramide did not slow ALS in the OSTRA-3 trial.") is None


def test_a_reprint_dates_a_page_only_when_nothing_else_does():
    line = read_date_line("Bingo card reprinted 11/06/2025.")
    assert line is not None and line.first("printed") == "2025-06" and line.first("issued") is None
    printed = read_date_line("Printed 1 December 2022 (second print run).")
    assert printed is not None and printed.first("issued") == "2022-12"
    assert read_one("reprinted-sheet.txt").date == "2024-10"
    assert read_one("reprinted-and-agreed.txt").date == "2024-03"


@pytest.mark.parametrize("sentence", [
    "Demandez à votre neurologue si la corvalène vous convient.", "N'achetez pas de corvalène sur internet.",
    "Pregunte a su neurólogo si la corvalena le conviene.", "No compres corvalena por internet.",
    "Pergunte ao seu neurologista se a corvalina é para si.", "Não compre corvalina na internet.",
    "Chiedete al vostro neurologo se la corvalina fa per voi.", "Non acquistate la corvalina online.",
    "Vraag uw neuroloog of corvaline iets voor u is.", "Koop geen corvaline via internet.",
    "Zapytaj swojego neurologa, czy korwalina jest dla ciebie.", "Nie kupuj korwaliny w internecie.",
])
def test_telling_the_reader_what_to_do_about_the_subject_is_advice_in_other_languages(sentence):
    terms = frozenset({"corval", "korwal"})
    assert advice_sentences(sentence, terms) == 1


@pytest.mark.parametrize("sentence", [
    "Demandez à votre voisin de vous accompagner au repas.", "Non acquistate i biglietti alla cassa.",
    "Koop geen kaartjes aan de deur.",
])
def test_an_imperative_about_anything_else_is_not_advice(sentence):
    assert advice_sentences(sentence, frozenset({"corval"})) == 0
