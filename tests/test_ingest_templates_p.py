"""Structure rules for the kinds of page blind set P brought in (a forum topic whose posts are a list, a Usenet
article, a Slovak static-site article, ...), each tested on a small variant written for it.

Every fixture in tests/fixtures/ingest-p/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.structure.dates import read_date_line
from statement_qa.structure.organisation import named_in, organisation_name
from statement_qa.structure.vocabulary import is_position_heading

HERE = Path(__file__).parent / "fixtures" / "ingest-p"


read_one = partial(first_document, HERE)  # the first Document of one fixture file of this folder


def test_a_forum_topic_whose_posts_are_a_list_is_read_with_its_post_header_wrapper():
    # Fictional: a NodeBB-style topic; each post is an <li> whose 'post-header' row wraps the avatar and the post's
    # text, and the position follows a bold label that dates it ('Circle committee, settled answer (5 May 2024):').
    document = read_one("forum-topic-posts-list.html")
    assert document.kind == "statement"
    assert document.title == "Tolvexamine (TVX-31) - what the Circle says"
    assert document.organisation == "Brackenmoor MND Circle"
    assert document.date == "2024-05"
    assert document.reviewed == "2025-01"
    assert quoted(document).startswith("Tolvexamine is still experimental")
    assert quoted(document).endswith("from an overseas website.")
    assert [s.name for s in document.sections][:3] == ["Introduction", "What is it?", "What do we know?"]


@pytest.mark.parametrize("heading", ["Circle committee, settled answer (2 Sept 2024)", "Committee answer (final)",
                                     "Board - agreed position"])
def test_a_settled_answer_heads_the_position(heading):
    assert is_position_heading(heading)


def test_checked_by_a_body_with_no_change_is_a_review():
    dated = read_date_line("Checked by the committee on 10 March 2025 - no change.")
    assert dated is not None and dated.first("reviewed") == "2025-03"


def test_a_slovak_article_has_its_position_heading_dates_and_review():
    # Fictional: a Slovak static-site article; 'Stanovisko spolku' heads the position, the approval line dates it, an
    # update 'stanovisko bez zmeny' is a review, 'Ďalšia revízia' a plan.
    document = read_one("slovak-static-article.html")
    assert document.kind == "statement"
    assert document.organisation == "Spolok ALS Kamenec"
    assert document.date == "2024-03"
    assert document.reviewed == "2024-09"
    assert document.next_review == "2026-03"
    assert quoted(document) == ("Spolok ALS Kamenec neodporúča užívať NervoLux ako liečbu ALS. Ak ho chcete skúsiť, "
                                "povedzte to najprv svojmu neurológovi.")


@pytest.mark.parametrize(
    "line, role, month",
    [
        ("Stanovisko schválil výbor združenia 10. októbra 2024.", "issued", "2024-10"),
        ("Publikované: 12. októbra 2024", "issued", "2024-10"),
        ("Aktualizované 20. 2. 2025 – stanovisko bez zmeny.", "reviewed", "2025-02"),
        ("Naposledy revidované 4. júna 2025", "reviewed", "2025-06"),
        ("Ďalšia revízia: október 2026.", "next_review", "2026-10"),
        ("Updated 3 May 2025 - no change", "reviewed", "2025-05"),
    ],
)
def test_slovak_date_lines_and_an_update_that_changed_nothing(line, role, month):
    dated = read_date_line(line)
    assert dated is not None and dated.first(role) == month


@pytest.mark.parametrize("heading", ["Naša odpoveď", "Stanovisko združenia", "Naše odporúčanie", "Čo odporúčame?"])
def test_slovak_position_headings(heading):
    assert is_position_heading(heading)


def test_a_usenet_articles_label_on_a_line_of_its_own_heads_the_paragraph_under_it():
    # Fictional: a newsgroup article; the position follows "The Society's view, for anyone who asks:" on its own line,
    # and the subject's '[STATEMENT]' tag says what the post is (it is not a mailing list's name).
    document = read_one("usenet-article-label-line.txt")
    assert document.kind == "statement"
    assert document.title == "[STATEMENT] Quenzapril (QZP-12) for drooling - the Society's view"
    assert document.organisation == "Harrowgate MND Society"
    assert document.date == "2024-05"
    assert " ".join(quoted(document).split()) == (
        "Quenzapril can help with troublesome drooling, so if it is getting in the way of eating or talking, it is "
        "reasonable to ask your neurologist whether it is right for you. It does not slow MND and it should not be "
        "taken in the hope that it will.")


def test_a_two_language_leaflet_is_titled_and_signed_in_both_languages_and_quoted_in_its_first():
    # Fictional: a German/Italian leaflet; its title and its organisation are printed in both languages, each
    # paragraph opens with its language's tab ('DE', 'IT'), the advice heading is bilingual, and the next-review label
    # ends the line above its date ('… / Prossima revisione:' over 'marzo 2026.').
    document = read_one("two-language-leaflet.pdf")
    assert document.kind == "statement"
    assert document.title == "Trovasiran (BRT-5) bei ALS / Trovasiran (BRT-5) nella SLA"
    assert document.organisation == "MND-Verein Lindbach / Associazione SMN Val Linda"
    assert document.date == "2024-03"
    assert document.next_review == "2026-03"
    assert quoted(document).startswith("Trovasiran kommt nur in einer Studie in Frage.")
    assert quoted(document).endswith("kaufen Sie es bitte nicht über das Internet.")


@pytest.mark.parametrize("heading", ["Was wir raten / Cosa consigliamo", "Worum es geht / Was wir raten"])
def test_a_heading_in_two_languages_heads_the_position_when_either_half_does(heading):
    assert is_position_heading(heading)


def test_beschlossen_vom_vorstand_dates_the_text():
    dated = read_date_line("Beschlossen vom Vorstand am 7. Mai 2024")
    assert dated is not None and dated.first("issued") == "2024-05"


def test_notes_pages_quote_what_the_speaker_is_to_say_word_for_word():
    # Fictional: a slide deck printed as notes pages; the speaker's notes under 'Our position' say 'Verbatim for the
    # room:' over the wording, and the bullets above it are the slide's, not the position.
    document = read_one("notes-pages.pdf")
    assert document.kind == "statement"
    assert document.organisation == "Marlow Heath ALS Society"
    assert document.date == "2025-06"
    assert quoted(document).startswith("Marlow Heath ALS Society does not recommend buying fendostat")
    assert quoted(document).endswith("please stay in it.")


@pytest.mark.parametrize("line", ["Marlow Heath ALS Society research group", "Marlow Heath ALS Society Working Group"])
def test_a_group_inside_an_organisation_is_not_its_name(line):
    assert organisation_name(line) == ("Marlow Heath ALS Society", True)


def test_a_docs_pages_badge_and_approval_line_heads_nothing_and_the_boxs_title_is_not_quoted():
    # Fictional: a VitePress-style handbook page; a badge 'Network position' with its approval line opens the page,
    # and the position is a tip box under 'Our answer' titled 'Our answer, word for word'.
    document = read_one("docs-page-badge-tip.html")
    assert document.title == "Sharing trial medicine with others"
    assert document.date == "2025-03"
    assert quoted(document) == ("Please do not give trial capsules or tablets to anyone else. If a friend wants to take "
                                "part, they should ask their own neurologist about the trial.")


def test_a_wall_calendars_statement_is_dated_by_its_sign_off_and_signed_by_the_club():
    # Fictional: a calendar's month page; a photo's placeholder carries the photo's date, the big month names the
    # page's month, the grid's rows are numbers and events ('26 27 Committee 28 …'), and the panel's statement is
    # signed off under it ('Agreed at committee, 14 April 2025.').
    document = read_one("wall-calendar.pdf")
    assert document.kind == "statement"
    assert document.title == "Club statement of the month: noravumab (NRB-3)"  # the month's item, not the calendar
    assert document.organisation == "Wexcombe MND Club"
    assert document.date == "2025-04"
    assert quoted(document).startswith("The Club supports members in asking their neurologist")


def test_a_pictures_placeholder_dates_nothing():
    assert read_date_line("[Photo: the Club's canal walk, August 2024]") is None


def test_a_calendar_row_is_no_organisation():
    assert organisation_name("26 27 Committee 28 29 30 31 Bank holiday") is None


def test_a_microblog_thread_quotes_its_post_without_the_counter_and_its_account_without_the_handle():
    # Fictional: a saved Bluesky-style thread; the position is post 3/4, whose counter is the post's place.
    document = read_one("microblog-thread-saved.html")
    assert document.organisation == "Ferrybridge MND Group"
    assert quoted(document) == ("Ferrybridge MND Group does not recommend buying a BreezeMask to treat MND. If your "
                                "breathing worries you, talk to your respiratory team first.")


def test_a_wikis_page_title_titles_the_page_whose_sections_are_h1s():
    # Fictional: a Wikidot-style page; <div id="page-title"> holds the title, the text's <h1>s are its sections.
    document = read_one("wiki-page-title.html")
    assert document.title == "Delvotinib (DLV-7)"
    assert document.date == "2023-10"  # agreed then; 'page revision: 3, last edited: 14 Nov 2023' is the wiki's stamp
    assert document.organisation == "Hollins Vale MND Trust"
    assert quoted(document).startswith("Hollins Vale MND Trust advises people with MND not to take delvotinib.")


def test_what_an_organisation_publishes_after_its_name_is_not_its_name():
    assert named_in("This is a reference page from the Kestle ALS Network Handbook, built with a docs tool.") \
        == "Kestle ALS Network"


@pytest.mark.parametrize(
    "line, role, month",
    [
        ("page revision: 7, last edited: 04 Nov 2023", "touched", "2023-11"),
        ("Agreed by Trustees, 30 October 2023", "issued", "2023-10"),
    ],
)
def test_a_wikis_edit_stamp_and_a_tables_agreed_by_field(line, role, month):
    dated = read_date_line(line)
    assert dated is not None and dated.first(role) == month
