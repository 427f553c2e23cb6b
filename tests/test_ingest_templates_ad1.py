"""Structure rules for the kinds of document blind set AD brought in (collaborative Markdown pads, Easy Read text, …),
each tested on a small variant written for it or on the words of the rule.

Every fixture in tests/fixtures/ingest-ad1/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.structure.vocabulary import is_picture_note, notes_history

HERE = Path(__file__).parent / "fixtures" / "ingest-ad1"


read_one = partial(first_document, HERE, only=True)  # the only Document of one fixture file of this folder


def test_a_pads_position_starts_below_the_line_that_says_the_body_approved_it_and_ends_before_what_it_replaced():
    # A CodiMD note: 'Approved by the trustees on 4 March 2026:' announces the position (no position word in it); the
    # paragraph under it, 'This supersedes our 2024 leaflet, which said …', is the old advice's history, not advice.
    document = read_one("pendle-lumidrex-codimd.html")
    said = quoted(document)
    assert said.startswith("Lumidrex is experimental and is not licensed.")
    assert said.endswith("please do not buy lumidrex online.")
    assert document.date == "2026-03"


def test_the_same_in_french_an_etherpad_export_adopte_par_le_conseil_and_cet_avis_remplace():
    document = read_one("orcival-lumidrex-pad-fr.md")
    said = quoted(document)
    assert said.startswith("Le lumidrex est expérimental")
    assert said.endswith("n'achetez pas de lumidrex sur internet.")
    assert "remplace" not in said


def test_an_easy_read_texts_picture_descriptions_are_never_the_position_and_its_title_runs_over_two_lines():
    # '(Image: …)' lines between the sentences; the title 'Lumidrex:' over 'a tablet that is being tested'; the
    # position under 'Here is what they agreed:'.
    document = read_one("cressage-lumidrex-easy-read.txt")
    said = quoted(document)
    assert document.title == "Lumidrex: a tablet that is being tested"
    assert said.startswith("Lumidrex is still being tested.")
    assert said.endswith("Do not buy lumidrex on the internet.")
    assert "Image" not in said


@pytest.mark.parametrize("line, history", [
    ("This replaces the note we printed on the February 2024 sheet, which said it was too early.", True),
    ("This statement supersedes our leaflet of 2023.", True),
    ("Cet avis remplace celui de mars 2024.", True),
    ("Diese Stellungnahme ersetzt die von 2024.", True),
    ("Questo parere sostituisce quello del 2024.", True),
    ("Esta posição substitui a de 2024.", True),
    ("Dit standpunt vervangt dat van 2024.", True),
    ("This medicine replaces nothing you take now; keep taking your tablets.", False),
    ("Ask your neurologist whether the trial could suit you.", False),
])
def test_a_note_on_what_the_statement_replaced_in_each_language(line, history):
    assert notes_history(line) is history


@pytest.mark.parametrize("line, picture", [
    ("[Picture: people sitting round a table at a meeting]", True),
    ("(Image: a calendar)", True),
    ("[Bild: ein Telefon]", True),
    ("[Photo: the village hall]", True),
    ("[Picture: a calendar] Talk to us first.", False),
    ("Picture this: a calendar.", False),
])
def test_a_line_that_only_describes_a_picture(line, picture):
    assert is_picture_note(line) is picture


def test_a_position_for_one_group_ends_before_the_note_that_the_board_took_none_for_the_others_and_its_next_look():
    # A CMS page (Jimdo-like, Italian): the position for bulbar onset, then 'Per le altre forme di SLA il direttivo non
    # ha preso posizione', 'Il direttivo tornerà sulla norvalide quando …' and an event notice that recommends arriving
    # early: none of those is the position.
    document = read_one("tamerici-norvalide-jimdo-it.html")
    said = quoted(document)
    assert said.startswith("Per chi ha una SLA a esordio bulbare: la norvalide è sperimentale")
    assert said.endswith("non compratela su internet.")


@pytest.mark.parametrize("line", [
    "Pour les autres formes de SLA, le bureau n'a pas pris position : l'essai ne les recrute pas.",
    "Per le altre forme di SLA il direttivo non ha preso posizione: lo studio non le arruola.",
    "Para as outras formas de ELA, a direção não tomou posição.",
    "Para las demás formas, la junta no ha tomado posición.",
    "Für andere Verlaufsformen hat der Vorstand noch keine Position.",
])
def test_a_note_that_the_body_took_no_position_for_others_in_each_language(line):
    from statement_qa.structure.vocabulary import is_scope_note

    assert is_scope_note(line)


@pytest.mark.parametrize("line, promise", [
    ("Le bureau reparlera de la sorbélidine quand SORBEL-2 publiera ses résultats.", True),
    ("Il consiglio tornerà sulla fioravina quando FIORA-2 pubblicherà i risultati.", True),
    ("A direção volta a falar da brotalina quando o BROTA-2 tiver resultados.", True),
    ("La junta volverá a hablar de ello cuando haya resultados.", True),
    ("La sorbélidine est expérimentale et n'est pas autorisée en France.", False),
    ("Il consiglio consiglia di non comprarla.", False),
])
def test_a_named_body_promising_another_look_in_each_language(line, promise):
    from statement_qa.structure.vocabulary import promises_another_look

    assert promises_another_look(line) is promise


def test_a_newsletter_archives_withdrawn_item_is_dated_by_its_heading_and_its_site_by_the_logo_the_title_repeats():
    # A Sendy web version: '<title>Thorley MND Support - Spring news</title>' over the logo 'Thorley MND Support'; the
    # link back 'All issues' beside the send date names no one; the old item's heading 'Committee view on halvex (March
    # 2025) - withdrawn, kept for the record' dates the withdrawn words, not the issue's send date.
    document = read_one("thorley-halvex-sendy-archive.html")
    said = quoted(document)
    assert document.organisation == "Thorley MND Support"
    assert document.status == "withdrawn" and document.kind == "statement"
    assert document.date == "2025-03"
    assert said.startswith("We think halvex is worth asking about")
    assert said.endswith("Do not buy halvex online.")


def test_a_generated_handbooks_answer_is_dated_by_the_table_header_over_its_field():
    # A Sphinx page: a table headed 'The Calmora band: what the committee decided (9 April 2026)', the answer one cell
    # of the row 'What to tell callers' under it: the header's date in brackets dates the answer.
    document = read_one("ashby-calmora-sphinx.html")
    said = quoted(document)
    assert document.date == "2026-04"
    assert said.startswith("The Calmora band is not a treatment for MND")
    assert said.endswith("Please do not buy it expecting that.")


def test_a_korean_blog_post_gives_its_position_under_the_associations_view_dated_in_korean():
    # A Tistory post: '<title>Post :: Blog</title>' over '<h1>' the blog's name linking home and '<h2>' the post; the
    # position under '협회 입장 (2026년 3월 5일 이사회 결정)' (the association's position, decided by the board on …); the
    # next look '… 다시 논의하겠습니다.' (we will discuss it again) and an outing notice that recommends comfy clothes
    # below it are not the position.
    document = read_one("nuri-velomid-tistory-ko.html")
    said = quoted(document)
    assert document.title == "벨로미드(VLM-21)에 대한 협회 입장"
    assert document.organisation == "누리 루게릭 협회"
    assert document.date == "2026-03" and document.kind == "statement" and document.language == "ko"
    assert said.startswith("벨로미드는 아직 시험 중인 약이며 허가되지 않았습니다.")
    assert said.endswith("인터넷에서 벨로미드를 사지 마세요.")


@pytest.mark.parametrize("line, month", [
    ("2026년 10월 8일", "2026-10"),
    ("2026년 3월", "2026-03"),
    ("2026. 10. 12. 14:30", "2026-10"),
    ("2026.03.12 10:05", None),  # (no day's dot: not the year-month-day shape Korean writes)
    ("Version 2026.4 released", None),
])
def test_korean_dates(line, month):
    from statement_qa.structure import parse_date

    assert parse_date(line) == month


@pytest.mark.parametrize("line, heading", [
    ("운영위원회 의견 (2026년 10월 8일 결정)", True),
    ("협회 입장", True),
    ("이사회 권고", True),
    ("타레몰린(TAR-115)에 대한 운영위원회 의견", False),  # a title about the view, not the view's heading
    ("댓글 2", False),
])
def test_korean_position_headings(line, heading):
    from statement_qa.structure import is_position_heading

    assert is_position_heading(line) is heading


def test_an_itinerarys_position_is_dated_by_the_meeting_that_decided_it_not_by_the_trip():
    # A coach trip's 'hoja de ruta' (Spanish): the trip's date at the top, the position read out under '… lo que la
    # junta decidió en la reunión del 3 de septiembre de 2026:' at the end of a schedule line.
    document = read_one("encina-zorvatil-hoja-de-ruta-es.txt")
    said = quoted(document)
    assert document.date == "2026-09"
    assert said.startswith("El zorvatil es un fármaco experimental")
    assert said.endswith("No compre\nzorvatil por internet.")


def test_a_screenplays_title_page_gives_its_title_and_its_draft_date():
    # A Fountain script: 'Title:', 'Credit:', 'Author:', 'Draft date:' and a 'Contact:' block of four lines; the
    # committee's words are the speech under the chair's cue and '(reading)', undated in words ('in February').
    document = read_one("duinroos-krelavir-film-fountain.txt")
    said = quoted(document)
    assert document.title == "Check With Us First"
    assert document.organisation == "Duinroos ALS Circle"
    assert document.date == "2026-03"
    assert said.startswith("Krelavir Gold is a vitamin capsule")
    assert said.endswith("talk to your GP first.")


def test_a_practical_sheets_box_is_the_position_under_a_label_that_says_where_it_is_printed_then_whose_view_it_is():
    # A quiz-afternoon crossword: 'Back page bonus - the committee's view on halvex (May 2026):' over a short note that
    # advises only weakly; the label's bracketed month dates it, not the quiz's day nor the reprint stamp.
    document = read_one("quarry-halvex-crossword.pdf")
    said = quoted(document)
    assert document.kind == "statement" and document.date == "2026-05"
    assert said.startswith("Halvex has only been given to a few people")
    assert said.endswith("nobody should pay for it.")


def test_a_menu_cards_few_words_from_the_board_are_its_position():
    # A pancake-evening menu (French, A5): 'Quelques mots du bureau sur le lumidrex (4 mars 2026)' over the box's text;
    # the board's next look and the booking advice under it are not the position.
    document = read_one("genets-lumidrex-menu-fr.pdf")
    said = quoted(document)
    assert document.kind == "statement" and document.date == "2026-03"
    assert said.startswith("Le lumidrex n'a été donné qu'à quelques personnes")
    assert said.endswith("personne ne devrait le payer.")


@pytest.mark.parametrize("line, heading", [
    ("Puzzle page extra - the group's view on corvalane (February 2024):", True),
    ("Due righe del consiglio direttivo sulla fioravina (20 settembre 2026)", True),
    ("Two lines from the committee on halvex", True),
    ("Unas palabras de la junta sobre el zorvatil", True),
    ("Duas palavras da direção sobre a brotalina", True),
    ("Ein paar Worte des Vorstands zu Krelavir", True),
    ("Brading MND Group - our view", False),  # a name before the dash: a title, not a box's label
    ("Due righe sul menu della serata", False),
])
def test_a_boxs_label_that_names_the_bodys_few_words_on_the_subject(line, heading):
    from statement_qa.structure import is_position_heading

    assert is_position_heading(line) is heading


def test_a_position_split_over_two_printed_pages_is_one_text_without_the_notes_that_join_it():
    # A two-page Gemeindebrief: the item starts on page 1 under 'Was der Vorstand rät (beschlossen am 3. März 2026)',
    # 'Fortsetzung auf Seite 2' at the page's foot, page 2's running header, then '(Fortsetzung von Seite 1) Die Studie
    # …': the position runs from page 1 to page 2, the notes are in neither, and a quote is two excerpts.
    document = read_one("lindenau-velbrinat-gemeindebrief-de.pdf")
    said = quoted(document)
    assert document.date == "2026-03"
    assert said.startswith("Velbrinat (VBN-20) ist ein Versuchsmedikament")
    assert said.endswith("Kaufen Sie Velbrinat bitte nicht im Internet.")
    assert "Fortsetzung" not in document.text
    section = document.sections[document.position]
    assert len(document.excerpts(section.start, section.end)) == 2


@pytest.mark.parametrize("line, over", [
    ("Continued overleaf", True), ("Continued on page 3", True), ("Suite au verso", True),
    ("Fortsetzung auf Seite 2", True), ("Continua a pagina 2", True), ("Continúa en la página 2", True),
    ("Continua na página 2", True), ("Vervolg op pagina 2", True), ("Continued success for the choir", False),
])
def test_a_note_that_a_text_goes_on_over_the_page(line, over):
    from statement_qa.ingest.pdf import CONTINUED_OVER_NOTE

    assert bool(CONTINUED_OVER_NOTE.fullmatch(line)) is over


def test_a_print_sheets_title_is_what_it_is_without_how_to_print_it():
    # A sheet of raffle tickets (Italian): '… biglietti della lotteria 2026 (stampare su cartoncino, tagliare lungo le
    # linee)': the instruction in brackets is for whoever prints it.
    document = read_one("tamerici-lotteria-biglietti-it.pdf")
    assert document.title == "Associazione SLA Le Tamerici - biglietti della lotteria 2026"
    assert document.kind == "resource"


def test_a_pages_title_is_the_name_its_editor_gave_it_when_that_is_the_headings_subject_and_the_view_on_it():
    # A small-site builder's page (Webnode, Spanish): '<title>Zorvatil: la opinión de la junta | Site</title>' over
    # '<h1>Zorvatil (ZRV-33)</h1>': the page is the board's view on the subject its heading names.
    document = read_one("encina-zorvatil-webnode-es.html")
    assert document.title == "Zorvatil: la opinión de la junta"
    assert document.organisation == "Asociación ELA La Encina"
    assert quoted(document).startswith("El zorvatil es experimental")


def test_a_generated_handbooks_publisher_is_its_project_name_without_the_version_as_a_last_resort():
    # An MkDocs Material page: no site in <title>, the header's topic 'Tresco MND Helpline handbook 3.1' names the
    # project; the handbook belongs to who publishes it.
    document = read_one("tresco-quietpad-mkdocs.html")
    assert document.organisation == "Tresco MND Helpline"
    assert document.title == "The Quietpad"
    assert quoted(document).startswith("The Quietpad is not a treatment for MND.")
