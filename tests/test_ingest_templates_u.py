"""Structure rules for the kinds of page blind set U brought in (an Instagram post whose caption is marked up as its
<h1>, a raffle sheet whose notes give an older position on a drug named by no code, a Basque Dotclear post, a French
seed packet whose position is headed by whose opinion it is), each tested on a small variant written for it, or on the
rule's own words.

Every fixture in tests/fixtures/ingest-u/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from conftest import first_document, quoted
from statement_qa.structure import Extracted, assemble_all
from statement_qa.structure.assemble import SPOKEN_MARK
from statement_qa.structure.blocks import HEADING, LINE, Block
from statement_qa.structure.dates import read_date_line, read_sign_off
from statement_qa.structure.organisation import organisation_name
from statement_qa.structure.vocabulary import advice_sentences, is_advice_heading, subject_terms

HERE = Path(__file__).parent / "fixtures" / "ingest-u"


read_one = partial(first_document, HERE)  # the first Document of one fixture file of this folder


# -- a social post's caption set in its <h1> ------------------------------------------------------------------------------


def test_a_caption_marked_up_as_a_heading_is_text_and_its_advice_is_found_by_content():
    # The whole caption (the question, the advert, the advice, the approval, an event, hashtags) is one <h1>, its
    # paragraphs set apart by blank lines: no heading says where the position is.
    document = read_one("social-caption.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("We can't recommend Kelpvita Sea Drops for MND.")
    assert quoted(document).endswith("and don't spend money you need for care.")
    assert "picnic" not in quoted(document) and "I'd recommend" not in quoted(document)
    assert "Kelpvita Labs sells them" not in document.title  # never the whole caption as its title
    assert document.date == "2025-03"


# -- a drug named by no code; an earlier position headed 'What we said about X' -------------------------------------------


def test_a_drug_shaped_name_the_text_repeats_is_what_it_is_about():
    text = "Members ask about velantimab. Velantimab has only been tested in a few people. We advise waiting for it."
    assert "velant" in subject_terms(text)
    assert "gorbex" in subject_terms("Gorbeximod oraindik esperimentala da. Galdetu digute gorbeximodari buruz.")
    assert not subject_terms("The chosen few were chosen again.") & {"chosen"}  # an everyday word, whatever its ending


def test_advice_on_waiting_for_a_trial_named_after_the_drug_is_advice_on_the_drug():
    terms = frozenset({"dortav"})
    assert advice_sentences("We advise waiting for the DORTA-2 results, and not joining any scheme that charges.", terms) == 1
    assert advice_sentences("We advise waiting for the MORA-2 results.", terms) == 0  # another trial
    assert advice_sentences("We advise waiting for the DORTA-2 results.", frozenset({"quarve"})) == 0
    # (a view of the trial's results is no advice on the drug)
    assert advice_sentences("We don't think the DORTA-1 results support words like that.", terms) == 0


def test_a_sheets_notes_that_say_what_we_said_about_the_drug_state_its_position():
    document = read_one("tombola-notes.md")
    assert document.kind == "statement"
    assert quoted(document) == ("Velantimab has only been tested in a small number of people. We advise waiting for the "
                                "VELA-2 results, and not joining any scheme that charges for it.")
    assert is_advice_heading("What we said about velantimab in summer 2023:")
    assert not is_advice_heading("What we said")


def test_a_verb_written_with_a_capital_inside_a_sentence_is_a_word_of_a_name():
    terms = frozenset({"velozi"})
    assert advice_sentences("Fictional test fixture: the Harbury MND Support Group and velozimab are invented.", terms) == 0
    assert advice_sentences("The Harbury Group does not support velozimab outside a trial.", terms) == 1


# -- Basque (Dotclear) ---------------------------------------------------------------------------------------------------


def test_a_basque_post_is_a_statement_by_its_association_not_its_author():
    document = read_one("dotclear-eu.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("Lurzenimod oraindik esperimentala da.")
    assert quoted(document).endswith("eta ez utzi zure ohiko tratamendua.")
    assert document.organisation == "Harrobi ELA Elkartea"  # never the byline's 'Idazlea: Jon Aranburu' (author)
    assert is_advice_heading("Elkarteak bazkideei esaten diena")
    assert is_advice_heading("Gure jarrera")
    # Dated by the board's approval under the position, not by the edit stamp 'Azken aldaketa: 2025/06/02'.
    assert document.date == "2025-05"


def test_basque_dates_are_read_with_the_year_first_and_the_verb_after():
    assert read_sign_off("Zuzendaritza-batzordeak 2025eko uztailaren 3an onartua.").dates == (("issued", "2025-07"),)
    assert read_date_line("Hurrengo berrikuspena: 2026ko uztaila.").dates == (("next_review", "2026-07"),)
    assert read_date_line("Azken aldaketa: 2025/08/05, 09:14").dates == (("updated", "2025-08"),)


# -- French: whose opinion it is -----------------------------------------------------------------------------------------


def test_a_french_heading_that_names_whose_opinion_it_is_heads_the_position():
    document = read_one("sachet-fr.md")
    assert document.kind == "statement"
    assert quoted(document).startswith("La torvelidone est autorisée en Europe")
    assert quoted(document).endswith("n'arrêtez pas vos autres traitements.")
    assert "semer" not in quoted(document)
    assert is_advice_heading("L'avis des Coquelicots, semé ici :")


# -- a fundraising page; a shared pad's welcome text; reviews said in words ------------------------------------------------


def test_a_fundraising_pages_title_names_who_raises_the_money():
    assert organisation_name("Fundraiser by Bradley ALS Trust") == ("Bradley ALS Trust", True)
    assert organisation_name("Appeal organised by the Lynton MND Society") == ("Lynton MND Society", True)
    assert organisation_name("Campaign for Better Care Trust") == ("Campaign for Better Care Trust", True)


def test_a_pads_welcome_text_is_never_its_title():
    document = read_one("pad-notes.txt")
    assert document.title == "Lanreath MND Circle - committee meeting, Tuesday 4 March 2025"
    assert document.date == "2025-03"
    assert quoted(document).startswith("We advise against buying kelvarotide.")


def test_a_review_said_as_reconfirmed_or_re_read_and_left_is_a_review():
    assert read_sign_off("Reconfirmed by the board on 8 October 2025 without changes.").dates == (("reviewed", "2025-10"),)
    assert read_sign_off("Reconfirmed by the board on 8 October 2025.").dates == (("reviewed", "2025-10"),)
    assert read_sign_off("Re-read by the committee on 9 September 2025 and left as it stands.").dates == (
        ("reviewed", "2025-09"),)
    assert read_sign_off("Reviewed on 3 May 2025, with changes to dosing.") is None


# -- a community's space over its post -----------------------------------------------------------------------------------


def test_a_communitys_space_is_no_title_and_no_organisation():
    # '<h1>Ask the committee</h1>' names the space the post is in; <title> and og:title name the post, printed in an <h2>.
    document = read_one("community-post.html")
    assert document.title == "Velvora band: the committee's answer"
    assert document.organisation == "Trewint MND Community"
    assert organisation_name("Ask the committee") is None or not organisation_name("Ask the committee")[1]
    assert organisation_name("Baltic ALS Research Council") == ("Baltic ALS Research Council", True)


# -- a text version for screen readers ------------------------------------------------------------------------------------


def test_a_text_versions_spoken_markup_is_no_part_of_its_title():
    # ('Überschrift Ebene 1: Brivomelin - was wir wissen': what the screen reader would say the line is, then the line)
    text = "Heading level 1: Corvatin - what we know\n\nWe do not recommend corvatin outside the CORVA-2 study."
    blocks = [Block(0, 40, HEADING, 1), Block(42, len(text), LINE)]
    document = assemble_all(Extracted(text=text, blocks=blocks, title="Heading level 1: Corvatin - what we know"),
                            doc_id="x", source="x.txt", sha256="0", fallback_title="x")[0]
    assert document.title == "Corvatin - what we know"
    assert SPOKEN_MARK.sub("", "Überschrift Ebene 2: Unsere Antwort") == "Unsere Antwort"
    assert SPOKEN_MARK.sub("", "Heading for the committee") == "Heading for the committee"
