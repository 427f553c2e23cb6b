"""Structure rules for the kinds of HTML page blind set AA brought in (a webmail client's message view whose <title>
carries the client's prefix, a site builder's Polish page signed off with a review in words, a forum topic laid out as a
list with its post dates in a header above each post and its position a numbered list, a photo post's one long caption
that runs on past its advice, an e-mail newsletter's web version named only by its logo and advising with its verb
last), each tested on a variant written for it on another platform or in another language, or on the words of the rule.

Every fixture in tests/fixtures/ingest-aa1/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.structure.assemble import _signed_off_in_words
from statement_qa.structure.dates import SENTENCE_BREAK, read_date_line, read_sign_off
from statement_qa.structure.vocabulary import advice_at, is_position_heading, reports_others, word_stems

HERE = Path(__file__).parent / "fixtures" / "ingest-aa1"


read_one = partial(first_document, HERE, only=True)  # the only Document of one fixture file of this folder


# --- a webmail client's message view -------------------------------------------------------------------------------

def test_a_webmail_subject_heading_titles_the_message_without_the_clients_prefix():
    # '<title>Hexmoor Mail :: Inbox :: Velbrixan: our answer for now</title>' over '<h2><span class="sr-only">Subject:
    # </span> Velbrixan: our answer for now</h2>': the subject the page prints, without the label a screen reader reads.
    document = read_one("hexmoor-velbrixan-horde.html")
    assert document.title == "Velbrixan: our answer for now"
    assert document.organisation == "Hexmoor ALS Network"
    said = quoted(document)
    assert said.startswith("Velbrixan is an experimental medicine and is not licensed in the UK.")
    assert said.endswith("do not stop any medicine your doctor has prescribed.")
    assert "Subject" not in document.body_text[:200]


def test_a_screen_readers_label_inside_the_pages_own_heading_is_no_part_of_its_title():
    # '<h1><span class="visually-hidden">Subject</span>Corvadine: …</h1>': the label glued to the subject is not shown.
    document = read_one("lowfield-corvadine-squirrelmail.html")
    assert document.title == "Corvadine: what the committee says"
    assert quoted(document).startswith("Corvadine has not been tested in anyone with MND.")


# --- a Polish page signed off with a review in words ---------------------------------------------------------------

def test_a_polish_sign_off_dates_the_position_and_its_review_and_is_not_quoted():
    document = read_one("jaskier-tormelina-webnode-pl.html")
    said = quoted(document)
    assert said.endswith("Nie kupuj tormeliny w internecie.")
    assert "Zarząd" not in said and "przegląd" not in said
    assert (document.date, document.reviewed, document.next_review) == ("2026-01", "2026-05", "2026-11")


POLISH_SIGN_OFFS = [
    ("Zarząd przeczytał ten tekst ponownie 18 listopada 2025 r. i niczego nie zmienił.", "reviewed", "2025-11"),
    ("Zarząd ponownie przejrzał stanowisko 4 lutego 2026 r. i nie wprowadził żadnych zmian.", "reviewed", "2026-02"),
    ("Ponownie sprawdzone przez zarząd 3 marca 2026 r., bez zmian.", "reviewed", "2026-03"),
    ("Zarząd przyjął to stanowisko 7 października 2025 r.", "issued", "2025-10"),
    ("Stanowisko zatwierdzone przez zarząd 2 czerwca 2025 roku.", "issued", "2025-06"),
]


@pytest.mark.parametrize(("sentence", "role", "month"), POLISH_SIGN_OFFS)
def test_polish_sign_offs_are_read(sentence, role, month):
    assert read_sign_off(sentence).first(role) == month


def test_a_polish_year_mark_neither_ends_a_sentence_nor_spoils_a_date_line():
    # ('r.' is 'roku', the year: '… 2026 r. i niczego nie zmienił' is one sentence; '… 2026 r. Zarząd …' two)
    text = "Zarząd przyjął to stanowisko 7 października 2026 r. Zarząd przeczytał go ponownie 8 listopada 2026 r. i nic nie zmienił."
    assert len(SENTENCE_BREAK.split(text)) == 2
    assert _signed_off_in_words(text)
    assert read_date_line("Kolejny przegląd: marzec 2027 r.").first("next_review") == "2027-03"
    assert read_date_line("Następny przegląd: wrzesień 2026 roku").first("next_review") == "2026-09"
    # (a plan alone signs nothing off, and the position's own words are never a sign-off)
    assert not _signed_off_in_words("Kolejny przegląd: marzec 2027 r.")
    assert not read_sign_off("Nie kupuj welmoracytu w internecie i nie odstawiaj leków.")


# --- a forum topic laid out as a list ----------------------------------------------------------------------------

def test_a_forum_laid_out_as_a_list_quotes_the_staff_posts_numbered_points_and_dates_it_from_the_header_above():
    # '<ol class="post-list"><li class="post-wrapper"><div class="post-header">date</div><div class="post-element">…':
    # the list is the page's layout, not a list of points; the administrator's post is the statement, dated in its header.
    document = read_one("adelfas-brenoxina-asgaros-es.html")
    said = quoted(document)
    assert said.startswith("La brenoxina es un medicamento experimental y no está autorizada en España.")
    assert said.endswith("consulte a su neurólogo antes de cambiar cualquier tratamiento.")
    assert "volvió a revisarlo" not in said and "caminata" not in said and "recomiendo" not in said
    assert (document.date, document.reviewed) == ("2026-03", "2026-06")
    assert document.kind == "statement"


def test_spanish_reviews_and_promises_in_the_past_and_future_tense_are_read():
    assert read_sign_off("La junta lo revisó de nuevo el 10 de noviembre de 2025 sin cambios.").first("reviewed") == "2025-11"
    assert read_sign_off("La junta volvió a revisarlo el 9 de junio de 2026 sin cambios.").first("reviewed") == "2026-06"
    # a review followed by a promise to look again, however long, is a sign-off, not part of the position
    assert _signed_off_in_words("La junta lo revisó de nuevo el 10 de noviembre de 2025 sin cambios. Volveremos a mirarlo "
                                "cuando se publiquen los datos completos del estudio.")
    assert is_position_heading("La junta acordó lo siguiente:")
    assert is_position_heading("Nuestra junta directiva decidió lo siguiente")


# --- a photo post's single long caption -------------------------------------------------------------------------

def test_a_captions_advice_ends_where_it_turns_to_another_groups_view_and_a_promise_to_look_again():
    document = read_one("redcliff-ostravane-photo-post.html")
    said = quoted(document)
    assert said.startswith("We think it is reasonable to ask your neurologist whether ostravane is right for you")
    assert said.endswith("Keep taking your usual medicines in the meantime.")
    for never in ("Seaholme", "look at this again", "sun cream", "ice creams", "#MND"):
        assert never not in said
    assert document.date == "2026-08"  # 'Edited 8 Aug 2026 (fixed a typo) · Posted 5 Aug 2026'


def test_a_mastodon_status_is_cut_the_same_way_at_a_sentence_that_reports_others():
    # One status of a Mastodon-like server, its text one paragraph: 'We are aware that some forums recommend …' ends it.
    said = quoted(read_one("saltmarsh-pendravil-mastodon.html"))
    assert said.startswith("We think pendravil should only be taken inside the PENDRA-2 study")
    assert said.endswith("Keep taking your usual medicines in the meantime.")
    assert "forums" not in said and "crab" not in said and "#ALS" not in said


def test_an_edit_note_in_brackets_belongs_to_its_date_and_the_post_date_after_it_is_read():
    dated = read_date_line("Edited 25 Oct 2026 (fixed a hashtag) · Posted 23 Sep 2026")
    assert dated.first("issued") == "2026-09" and dated.first("updated") is None


OTHERS = [
    ("We know the Seaholme group say nobody should take it at all, and we respect their view.", True),
    ("We are aware that some clinics recommend it.", True),
    ("Sabemos que otras asociaciones recomiendan esperar.", True),
    ("Wir wissen, dass andere Vereine davon abraten.", False),  # (no verb of the table: read as before)
    ("We know this is hard to hear.", False),
    ("We recommend that you ask your neurologist.", False),
]


@pytest.mark.parametrize(("sentence", "others"), OTHERS)
def test_a_sentence_that_reports_another_bodys_view_is_told_from_advice(sentence, others):
    assert reports_others(sentence) is others


# --- an e-mail newsletter's web version -------------------------------------------------------------------------

def test_a_newsletter_named_only_by_its_logo_quotes_advice_with_its_verb_last():
    # '<img src="…/kornblume-logo.png" alt="ALS-Hilfe Kornblume e.V.">': the masthead's logo names the sender.
    document = read_one("kornblume-vitalkraft-mailchimp-de.html")
    assert document.organisation == "ALS-Hilfe Kornblume e.V."
    assert document.kind == "statement"
    said = quoted(document)
    assert said.startswith("Wir würden Vitalkraft Plus nicht kaufen.")
    assert said.endswith("bevor Sie ein Nahrungsergänzungsmittel nehmen.")
    assert (document.date, document.next_review) == ("2026-02", "2026-08")


@pytest.mark.parametrize("sentence", [
    "Wij zouden NeuroBalans Forte niet kopen.",
    "We zouden de capsules van Duinhof echt niet slikken.",
    "Wir würden Vitalkraft Plus nicht kaufen.",
])
def test_what_we_would_not_do_with_the_verb_last_is_advice(sentence):
    assert advice_at(sentence, frozenset(word_stems(sentence))) == 0


def test_a_dutch_next_meeting_on_the_subject_is_its_next_review():
    assert read_date_line("Volgende bespreking: februari 2027.").first("next_review") == "2027-02"
