"""Structure rules for the kinds of page blind set Q brought in (a wiki engine's page, a Latvian site-builder page,
helpline index cards, a German community-radio script, ...), each tested on a small variant written for it.

Every fixture in tests/fixtures/ingest-q/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from importlib import import_module
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.structure.dates import read_date_line
from statement_qa.structure.organisation import named_in, organisation_name
from statement_qa.structure.vocabulary import advice_sentences, is_advice_heading, is_position_heading

HERE = Path(__file__).parent / "fixtures" / "ingest-q"


read_one = partial(first_document, HERE)  # the first Document of one fixture file of this folder


def test_a_radio_script_is_titled_by_its_item_and_quotes_the_advice_after_the_speaker_and_lead_in():
    # Fictional: a community-radio script; a header of fields (the show's name and the item's, both quoted), cues in
    # brackets between rules, speakers' labels on lines of their own, the group's advice after a lead-in.
    document = read_one("radio-script-de.txt")
    assert document.title == "Tarvolin: Wundermittel aus dem Internet?"
    assert document.organisation == "ALS-Selbsthilfegruppe Lindenau e.V."
    assert document.kind == "statement"
    assert quoted(document).startswith("Die Selbsthilfegruppe rät davon ab, Tarvolin im Internet zu kaufen.")
    assert quoted(document).endswith("jede Studie in der Ambulanz ist für Sie kostenlos.")
    assert "Sommerfest" not in quoted(document)


def test_a_german_self_help_group_advises_in_its_own_name():
    terms = frozenset({"tarvol"})
    assert advice_sentences("Der Gesprächskreis rät davon ab, Tarvolin zu kaufen.", terms) == 1
    assert advice_sentences("Die Selbsthilfegruppe empfiehlt, Tarvolin nicht zu nehmen.", terms) == 1


def test_a_legal_form_after_a_name_the_text_mentions_is_part_of_it():
    assert named_in("Die ALS-Selbsthilfegruppe Lindenau e.V. lädt ein. Die ALS-Selbsthilfegruppe Lindenau "
                    "trifft sich montags.") == "ALS-Selbsthilfegruppe Lindenau e.V."


def test_a_wiki_page_gives_its_position_under_what_we_tell_callers():
    # Fictional: a TiddlyWiki page; the position is under 'What we tell callers about …' and tells the reader not to
    # stop a medicine; 'Rechecked … - still stands' is a review.
    document = read_one("wiki-page.html")
    assert document.kind == "statement"
    assert document.organisation == "Brackley MND Circle"
    assert document.reviewed == "2025-06"
    assert quoted(document).startswith("Do not stop or cut down a prescribed medicine")
    assert quoted(document).endswith("talk to your MND nurse first.")


@pytest.mark.parametrize("heading", ["What we tell people about washouts", "What we tell callers about clinics abroad",
                                     "What to say on the phone:", "What to tell callers"])
def test_what_the_organisation_tells_people_is_a_heading_of_a_positions_shape(heading):
    assert is_advice_heading(heading)


@pytest.mark.parametrize("line", ["Rechecked 14/01/2025 - still stands.", "Checked again on 2 June 2025 - no change.",
                                  "Re-checked 14/01/2025"])
def test_a_recheck_is_a_review(line):
    dated = read_date_line(line)
    assert dated is not None and dated.first("reviewed") is not None


@pytest.mark.parametrize("platform", ["TiddlyWiki", "Padlet", "Mobirise", "Bludit", "Simple Machines"])
def test_a_site_builder_or_wiki_engine_is_never_the_organisation(platform):
    assert organisation_name(platform) is None


@pytest.mark.parametrize(("line", "name"), [
    ("Dunmere MND Society helpline index", "Dunmere MND Society"),
    ("Brackley MND Circle: the volunteers' wiki", "Brackley MND Circle"),
    ("Friends of Ward 7", "Friends of Ward 7"),
    ("ALS biedrība Priedaine", "ALS biedrība Priedaine"),
])
def test_words_in_lower_case_after_a_capitalised_organisation_word_are_not_its_name(line, name):
    found = organisation_name(line)
    assert found is not None and found[0] == name


def test_helpline_cards_quote_what_to_say_on_the_phone():
    # Fictional: index cards for helpline volunteers; the second card says what to tell callers, and 'We do not
    # recommend paying a clinic abroad for it' is advice on the therapy, not on paying a subscription.
    document = read_one("helpline-cards.txt")
    assert document.kind == "statement"
    assert quoted(document).startswith("Caldeximab is only being tested in the CALDEX-1 trial")
    assert quoted(document).endswith("ask their neurologist about CALDEX-1.")


def test_paying_for_the_therapy_is_advice_on_it_but_paying_a_subscription_is_not():
    terms = frozenset({"caldex"})
    assert advice_sentences("We do not recommend paying a clinic abroad for it.", terms) == 1
    assert advice_sentences("We recommend paying your membership by direct debit.", terms) == 0


def test_a_latvian_page_gives_its_position_under_the_associations_recommendation():
    # Fictional: a Mobirise page in Latvian; 'Biedrības ieteikums' heads the position; the board's approval line
    # under it, with a date in words no date table knows, is not quoted; the site builder is not the organisation.
    document = read_one("mobirise-lv.html")
    assert document.kind == "statement"
    assert document.organisation == "ALS biedrība Priedaine"
    assert quoted(document).startswith("Ja jums ir krampji")
    assert quoted(document).endswith("nepērciet to internetā.")
    assert is_position_heading("Biedrības ieteikums")


@pytest.mark.parametrize(("line", "dating"), [
    ("Valde apstiprināja 2025. gada 10. februārī.", True),
    ("We will look at this again in 2026.", False),
    ("Trial results are expected in 2026, with 40 people.", False),
])
def test_a_short_line_with_a_full_date_dates_the_text_above_it(line, dating):
    assert import_module("statement_qa.structure.assemble")._dating_line(line) is dating


def test_a_bookmark_is_titled_by_its_product_and_code_and_signed_by_its_whole_name():
    # Fictional: a narrow bookmark PDF; the letterhead is set over two lines ('DUNMERE' / 'MND SOCIETY'), the product's
    # name large with its code under it, and its sentences wrap over many short lines (so the name set large is the
    # product the text speaks of, not a masthead).
    document = read_one("bookmark.pdf")
    assert document.title == "TELVORIN (TLV-9): What you need to know"
    assert document.organisation == "Dunmere MND Society"
    assert document.date == "2022-03"
    assert quoted(document).startswith("Telvorin may be worth asking about.")


def test_a_two_language_card_is_titled_by_the_side_its_position_is_on():
    # Fictional: a table card, Welsh side first under the larger title, English side under its own; the position read
    # is the English side's, so its title is the English one.
    document = read_one("table-tent-cy-en.pdf")
    assert document.title == "Selvarin (SLV-8): the new tablet"
    assert quoted(document).startswith("The Society supports members")


def test_a_board_topic_is_titled_by_its_topic_and_a_replys_quote_of_the_first_post_is_not_the_position():
    # Fictional: a Simple Machines topic; the <h1> is the board's name, <title> and og:title the topic's; a reply
    # quotes the committee's post under 'Quote from: … on …'.
    document = read_one("forum-topic-smf.html")
    assert document.title == "Glowband wrist light - the committee's view"
    assert document.organisation == "Larkhill MND Group"
    assert quoted(document).startswith("We do not recommend buying a Glowband to treat MND.")
    assert quoted(document).endswith("tell your MND team about it.")


def test_a_video_description_run_together_is_quoted_from_its_first_advice_to_its_last():
    # Fictional: a video page whose description is one run of text (what the video shows, the maker's claim, the
    # advice, its approval, chapters, a note on captions, the helpline).
    document = read_one("video-description.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("Marsden MND Friends does not recommend Brivoflex for MND.")
    assert quoted(document).endswith("never stop prescribed medicines for it.")
    assert "captions" not in quoted(document)
    assert "wakes up sleeping muscles" not in quoted(document)


@pytest.mark.parametrize("line", ["Adopté par le conseil d'administration le 3 mars 2025.",
                                  "Approuvée par le comité le 3 mars 2025"])
def test_a_french_approval_by_a_body_dates_the_text(line):
    dated = read_date_line(line)
    assert dated is not None and dated.first("issued") == "2025-03"


def test_one_card_of_a_set_does_not_title_the_set_by_its_number_and_label():
    # Fictional: the first card's heading, 'CALDEXIMAB (CDX-5) - card 1 of 2: facts', names the product; its number and
    # label ('facts') are no name of what the cards are about.
    document = read_one("helpline-cards.txt")
    assert document.title == "CALDEXIMAB (CDX-5)"
    assert "facts" not in document.aliases and "card" not in document.aliases
