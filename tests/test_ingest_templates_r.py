"""Structure rules for the kinds of page blind set R brought in (an online form's description, a Backdrop CMS page in
Italian, a WriteFreely post in Lithuanian, a Meetup event, a phone-menu recording script in Spanish, ...), each tested
on a small variant written for it.

Every fixture in tests/fixtures/ingest-r/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.structure.dates import find_dates, read_date_line, read_sign_off
from statement_qa.structure.vocabulary import advice_sentences, is_position_heading, position_lead

HERE = Path(__file__).parent / "fixtures" / "ingest-r"


read_one = partial(first_document, HERE)  # the first Document of one fixture file of this folder


def test_an_online_forms_description_is_the_page_and_its_advice_the_position():
    # Fictional: a sign-up form whose description carries the committee's advice on being in two trials; the form's
    # own questions ('We recommend using the address you check most often') are not it.
    document = read_one("form-page.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("If you are already in a drug trial, please do not join a second drug trial")
    assert quoted(document).endswith("only they can say whether a questionnaire study fits alongside.")
    assert "address you check" not in quoted(document)


def test_a_sentence_that_says_when_it_was_agreed_and_checked_again_dates_the_position_and_its_review():
    # ('Form text last edited' a day later is the form's edit stamp, not a new text)
    document = read_one("form-page.html")
    assert document.date == "2025-03"
    assert document.reviewed == "2025-07"


def test_a_sign_off_sentence_gives_the_issue_date_and_a_review_only_when_nothing_changed():
    said = read_sign_off("This was agreed by the Ayton Group board on 12 May 2025 and checked again by the board on "
                         "8 September 2025, with nothing to change.")
    assert said is not None and said.first("issued") == "2025-05" and said.first("reviewed") == "2025-09"
    changed = read_sign_off("This was agreed by the board on 12 May 2025 and reviewed on 8 September 2025.")
    assert changed is not None and changed.first("reviewed") is None
    assert read_sign_off("We met on 12 May 2025 and talked about trials.") is None


def test_a_form_beside_the_content_is_still_furniture():
    # A newsletter box with an input and a line of text never becomes the page's text.
    from lxml import html as lxml_html

    from statement_qa.ingest.html import is_furniture

    form = lxml_html.fromstring('<form><h3>Newsletter</h3><p>Get our news by email.</p><input type="email"></form>')
    assert is_furniture(form)


def test_joining_a_second_trial_is_advice_on_care():
    terms = frozenset({"nothin"})
    assert advice_sentences("If you are in a drug trial, please do not sign up for a second drug trial.", terms) == 1
    assert advice_sentences("We ask people not to join two treatment trials at once.", terms) == 1
    assert advice_sentences("Please do not sign up for the newsletter twice.", terms) == 0


def test_an_italian_page_gives_its_position_under_the_associations_advice():
    document = read_one("backdrop-it.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("Se i crampi vi svegliano, chiedete al vostro neurologo")
    assert quoted(document).endswith("non acquistatelo online.")
    assert document.date == "2025-03"


@pytest.mark.parametrize("heading", ["Il consiglio dell'Associazione", "Il consiglio dell'Associazione, in breve",
                                     "Consiglio della Fondazione", "Draugijos nuomonė trumpai", "Bendrijos nuomonė",
                                     "Ką patariame?", "Lo que dice la Asociación (grabar tal cual)",
                                     "What the Society says", "Marlingford's reply about Ozonova",
                                     "The Circle's reply about the Velora patch"])
def test_headings_that_name_whose_advice_or_reply_it_is_head_the_position(heading):
    assert is_position_heading(heading)


@pytest.mark.parametrize("heading", ["Consiglio direttivo", "What the research says", "Reply to this topic",
                                     "Lo que dice la prensa"])
def test_a_board_a_study_or_a_reply_box_heads_no_position(heading):
    assert not is_position_heading(heading)


def test_a_lithuanian_post_quotes_its_position_up_to_the_line_that_approved_it():
    document = read_one("writefreely-lt.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("Sedarinas dar tiriamas ir nėra registruotas.")
    assert quoted(document).endswith("pasikalbėkite su savo neurologu.")
    assert "Patvirtinta" not in quoted(document)


@pytest.mark.parametrize(("line", "month"), [("2025 m. rugpjūčio 20 d.", "2025-08"), ("2026 m. rugpjūtis", "2026-08"),
                                             ("2024 m. sausio 5 d.", "2024-01"), ("2025 m. gruodžio 1 d.", "2025-12")])
def test_a_lithuanian_date_is_read_year_first(line, month):
    assert [m for _, _, m in find_dates(line)] == [month]


def test_a_lithuanian_approval_line_dates_the_text():
    dated = read_date_line("Pritarta draugijos valdybos posėdyje 2025 m. rugpjūčio 20 d.")
    assert dated is not None and dated.first("issued") == "2025-08"


def test_an_event_page_quotes_the_reply_its_committee_agreed_and_is_dated_by_the_agreement():
    # Fictional: a Meetup event; the lead-in says when the committee agreed the reply, a bold label run into the
    # paragraph names whose reply it is; the event's own date (a month later) does not date the text.
    document = read_one("meetup-event.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("We do not support buying the Velora patch for MND.")
    assert quoted(document).endswith("please talk to your MND nurse before you pay anything.")
    assert document.date == "2025-02"


def test_a_phone_menu_script_quotes_what_the_foundation_says_under_its_label():
    # Fictional: an IVR recording script; the label on a line of its own heads the words to record; the bracketed
    # note below says when it was approved and reviewed; the script's edit stamp '(sin cambios de texto)' is no date.
    document = read_one("ivr-script-es.txt")
    assert document.kind == "statement"
    assert quoted(document).startswith("El dovastén no está aprobado")
    assert quoted(document).endswith("pregunte a su neurólogo.")
    assert document.date == "2025-03"
    assert document.reviewed == "2025-06"


def test_a_label_on_the_first_line_of_a_plain_text_paragraph_heads_it():
    text = "LO QUE DICE LA ASOCIACIÓN (grabar tal cual):\nNo compre el producto."
    assert text[position_lead(text):] == "No compre el producto."
    assert position_lead("Nota para la locutora:\nLeer despacio.") == 0


@pytest.mark.parametrize(("line", "role", "month"), [
    ("Aprobado por la junta directiva el 10 de febrero de 2025.", "issued", "2025-02"),
    ("Guion modificado: 14/05/2025 (sin cambios de texto)", "touched", "2025-05"),
    ("Guion modificado: 14/05/2025", "updated", "2025-05"),
])
def test_spanish_approval_and_edit_lines(line, role, month):
    dated = read_date_line(line)
    assert dated is not None and dated.dates == ((role, month),)


def test_a_clear_signed_e_mail_is_titled_by_its_subject_not_its_armour():
    # Fictional: a mailing-list e-mail signed with OpenPGP ('-----BEGIN PGP SIGNED MESSAGE-----', 'Hash: SHA512', a
    # signature block), a list footer wider than its text below it.
    document = read_one("pgp-signed-email.txt")
    assert document.title == "Tolvirase: what we advise now"
    assert document.kind == "statement"


def test_a_clause_that_opens_the_advice_is_quoted_with_it_and_a_hand_wrapped_paragraph_is_whole():
    # 'Our advice is simple:' is said, not a heading; the paragraph is wrapped at the text's width, not at the width of
    # the list's footer ('To unsubscribe send an email to …').
    document = read_one("pgp-signed-email.txt")
    assert quoted(document).startswith("Our advice is simple: tolvirase should not be taken outside a")
    assert quoted(document).endswith("and you can ask them anything.")
    assert "walk" not in quoted(document)


@pytest.mark.parametrize(("text", "lead"), [("Our advice is simple: do not buy it.", 0),
                                            ("Our advice: do not buy it.", len("Our advice: "))])
def test_a_run_in_label_is_a_heading_but_a_clause_is_not(text, lead):
    assert position_lead(text) == lead


def test_a_forum_thread_whose_posts_are_set_in_blockquotes_quotes_the_committees_post():
    # Fictional: a vBulletin thread; every post's text is in <blockquote class="postcontent">, a reply quotes the
    # committee's words in a 'bbcode_quote' box ('Originally Posted by …') before a member recommends the product.
    document = read_one("vbulletin-thread.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("There is no good evidence that ThermoStep wraps help MND")
    assert quoted(document).endswith("before trying any heat therapy at home.")
    assert "I'd recommend" not in quoted(document)


def test_a_forum_threads_title_has_no_thread_label_and_a_unit_starts_no_organisation():
    # ('… at 40°C. Forum friends, any thoughts?': 'C. Forum' is no name)
    document = read_one("vbulletin-thread.html")
    assert document.title == "Heated foot wraps (ThermoStep) - worth it?"
    assert document.organisation == "Welby MND Group"


def test_a_title_strip_with_the_groups_name_small_beside_the_title_is_two_lines():
    document = read_one("cramp-diary.pdf")
    assert document.title == "Cramp diary - dalvorine (DLV-3)"
    assert document.organisation == "Ashby Fen MND Circle"


@pytest.mark.parametrize("line", ["Re-read at the Circle meeting on 5 February 2025 - stands as written.",
                                  "Looked at again by the trustees on 30 September 2025: no change."])
def test_a_rereading_that_kept_the_words_is_a_review(line):
    dated = read_date_line(line)
    assert dated is not None and dated.first("reviewed") is not None


def test_a_script_of_parts_whose_title_names_nothing_is_titled_by_the_part_that_holds_the_position():
    # ('[M02] OPCIÓN 2 - DOVASTÉN            archivo: m02_dovasten.wav': the part's name, without its number and file)
    document = read_one("ivr-script-es.txt")
    assert document.title == "GUION DE LA CENTRALITA PARA GRABACIÓN: OPCIÓN 2 - DOVASTÉN"


def test_a_title_that_names_what_the_position_says_keeps_its_own_name():
    # (the Italian page's position sits under a heading of its own; its title names the medicine already)
    assert read_one("backdrop-it.html").title == "Crampi notturni: il velarone (VLR-7)"


@pytest.mark.parametrize("sentence", ["We do not support ozone blood treatment for ALS.",
                                      "We do not recommend stem cell injections for MND.",
                                      "The Circle does not recommend hyperbaric oxygen therapy."])
def test_an_advisers_verb_on_a_kind_of_treatment_is_advice_though_no_product_is_named(sentence):
    assert advice_sentences(sentence, frozenset({"nothin"})) == 1


@pytest.mark.parametrize("sentence", ["It does not say what the Society thinks about any treatment.",
                                      "We recommend the treatment room on the left.", "We recommend booking early."])
def test_what_a_page_is_about_or_its_housekeeping_is_no_advice_on_treatment(sentence):
    assert advice_sentences(sentence, frozenset({"nothin"})) == 0


def test_a_forum_board_that_writes_dates_month_first_dates_the_committees_post_by_it():
    # ('09-20-2025' elsewhere on the page: '10-02-2025' is 2 October; the post's author ranks as 'Committee')
    assert read_one("vbulletin-thread.html").date == "2025-10"


def test_a_board_that_writes_days_first_is_read_day_first():
    from lxml import html as lxml_html

    from statement_qa.ingest.html import _month_first

    assert _month_first(lxml_html.fromstring("<div><span>09-28-2025</span><span>10-09-2025</span></div>"))
    assert not _month_first(lxml_html.fromstring("<div><span>28-09-2025</span><span>10-09-2025</span></div>"))
    assert not _month_first(lxml_html.fromstring("<div><span>10-09-2025</span></div>"))


@pytest.mark.parametrize("sentence", ["We would not spend money on the Velora patch.",
                                      "In our view, nobody with MND should pay for Velora.",
                                      "We are asking members not to buy Velora.",
                                      "Please speak to your MND team before starting any new supplement.",
                                      "Avoid clinics that charge for Velora injections."])
def test_advice_in_the_organisations_own_voice_with_no_heading_over_it(sentence):
    assert advice_sentences(sentence, frozenset({"velora"})) == 1


@pytest.mark.parametrize("sentence", ["We use cookies to improve the site.", "We would not take the bus.",
                                      "Avoid parking on the left.", "We're asking everyone to bring a plate.",
                                      "We recommend paying for the coach in advance.",
                                      "I'd recommend Velora to anyone, it changed my life."])
def test_the_same_words_about_anything_else_or_in_a_members_voice_are_no_advice(sentence):
    assert advice_sentences(sentence, frozenset({"velora"})) == 0
