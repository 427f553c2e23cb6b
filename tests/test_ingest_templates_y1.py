"""Structure rules for the kinds of page blind set X brought in that read wrongly at first (a code host's wiki page
titled by a chain of page, section, site and platform; a hand-made site in Irish under a banner naming the group; a
gophermap; a txt2tags source; a neighbourhood post, a micro-blog feed, a German sign-off, a broadcast script), each
tested on a small variant written for it or on the words of the rule.

Every fixture in tests/fixtures/ingest-y1/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from conftest import first_document, quoted
from statement_qa.ingest.markup import looks_like_txt2tags
from statement_qa.language import detect_language, language_of
from statement_qa.structure.dates import find_dates

HERE = Path(__file__).parent / "fixtures" / "ingest-y1"


read_one = partial(first_document, HERE, only=True)  # the only Document of one fixture file of this folder


def test_a_code_hosts_wiki_page_is_titled_by_its_own_heading_not_the_title_chain():
    # '<title>Page - Repository - Wiki - Organisation - Platform</title>' and the page's heading 'Talvenor': the rest is
    # where the page is filed and what serves it, and must not become the title (nor names made from it).
    document = read_one("forgejo-wiki-page.html")
    assert document.title == "Talvenor"
    assert document.organisation == "Brackenmoor MND Trust"
    assert document.kind == "statement"
    assert not {"Wiki", "Forgejo", "positions"} & set(document.aliases)


def test_a_banner_naming_the_group_over_the_pages_own_heading():
    # '<title>Dorvalin — Cumann X</title>', '<h1>Cumann X</h1>', '<h2>Dorvalin (DVL-5): what is it …?</h2>': the heading
    # that says more than <title>'s page name titles it, and the banner's name is the organisation, not the product.
    document = read_one("irish-banner-site.html")
    assert document.title == "Dorvalin (DVL-5): cad é, agus cad a cheapann an coiste?"
    assert document.organisation == "Cumann GNM Loch an Iolair"
    assert document.date == "2025-10"
    assert document.language == "ga"
    assert quoted(document).startswith("Níl dorvalin ceadaithe in Éirinn")


def test_irish_is_detected_and_not_taken_for_portuguese():
    assert detect_language("Is cógas turgnamhach é fós: níl sé ceadaithe in Éirinn, agus ná stop aon chógas atá agat.") == "ga"
    assert language_of("An bhfuil sé sábháilte?") == "ga"
    # the words Irish shares with older rows do not turn them Irish
    assert detect_language("O medicamento é seguro e não há problema com a dose.") == "pt"
    assert detect_language("Is it safe to take with riluzole?") == "en"


def test_irish_months_are_read():
    assert [m for _, _, m in find_dates("16 Meán Fómhair 2025; Márta 2026; 3 Deireadh Fómhair 2025")] == [
        "2025-09", "2026-03", "2025-10"]


def test_a_gophermap_menu_is_furniture_and_its_framed_heading_titles_it():
    # Menu lines (item type, text, selector, host, port) are the server's; '!' marks the menu's title, which names the
    # site and a section; a notice is no title; the heading framed with '***' is the statement's.
    document = read_one("carlton-gophermap.txt")
    assert document.title == "VELTRAX NERVE DROPS (HALLOW PHARMACY)"
    assert document.organisation == "Carlton Moor ALS Group"
    assert document.date == "2025-03"
    assert "\t" not in quoted(document) and quoted(document).startswith("Veltrax has never been tested")
    assert not any(alias.startswith("!") for alias in document.aliases)


def test_a_txt2tags_source_titled_by_its_header_with_sections_under_it():
    document = read_one("kildale-txt2tags.txt")
    assert document.title == "Norvexa (NVX-2): what the Kildale MND Circle panel thinks"
    assert document.organisation == "Kildale MND Circle"
    assert document.date == "2025-05"
    said = quoted(document)
    assert said.startswith("Norvexa is experimental:") and said.endswith("medicines you already have.")
    assert not any(section.name.endswith("=") for section in document.sections)
    assert "last touched" not in document.text  # its comments are not content


def test_what_looks_like_txt2tags():
    assert looks_like_txt2tags("Title\n\n%!target: html\n\n= Part one =\n\nText.\n")
    assert looks_like_txt2tags("= One =\n\ntext\n\n== Two ==\n\ntext\n")
    assert not looks_like_txt2tags("Title\n=====\n\nText = more text =\n")
    # a reStructuredText source's grid table and its over- and underlined title are not txt2tags
    assert not looks_like_txt2tags("=====\nTitle\n=====\n\n+-----+-----+\n| a   | b   |\n+-----+-----+\n+---+\n")


def test_a_neighbourhood_posts_subject_titles_it_and_its_lead_in_dates_it():
    # The post's subject line (<div class="post-subject">) is its title, not <title>'s "X — a note from Org | Site";
    # "a note from Org" names the organisation; the long paragraph above the position ends announcing it with the date
    # it was agreed, which dates it.
    document = read_one("neighbourhood-post.html")
    assert document.title == "Saunas, heat rooms and MND"
    assert document.organisation == "Danby MND Circle"
    assert document.date == "2025-05"
    assert quoted(document).startswith("There is no good evidence that saunas")


def test_a_micro_blog_feeds_later_post_does_not_date_the_first():
    # A feed's page: the post, then a short post below it in an <article> of its own, dated later.
    document = read_one("microblog-feed.html")
    assert document.title == "Corvexil gel: the committee's view"
    assert document.date == "2025-04"
    assert "Coffee morning" not in document.text
    assert quoted(document).startswith("Corvexil gel has not been tested")


def test_a_german_sign_off_with_a_days_ordinal_dot_and_the_review_verb_after_its_date():
    # "Beschluss des Vorstands vom 4. März 2025." is one sentence (the day's dot ends none), and "Vom Vorstand am 8. Juli
    # 2025 erneut geprüft, unverändert." is a review whose verb follows its date.
    document = read_one("vorstand-beschluss-de.html")
    assert (document.date, document.reviewed) == ("2025-03", "2025-07")


def test_a_scripts_guest_speaks_for_the_organisation_their_caption_names():
    # '[GUEST: DR SAM IRVING / SECRETARY, WESTERDALE MND GROUP]' and SAM's turns hold the position: the group states it,
    # not the radio station whose show carries it.
    document = read_one("autocue-guest.txt")
    assert document.organisation == "Westerdale MND Group"
    assert quoted(document).startswith("NORLATIDE IS STILL BEING TESTED")
    # ... and says in a later turn when the words were agreed and re-read: the review dates them.
    assert (document.date, document.reviewed) == ("2025-04", "2025-07")


def test_a_wall_of_posts_is_not_titled_by_its_first_posts_subject():
    # A board of posts, each with its subject line: the board's own heading titles the page, not the first post's.
    from statement_qa.ingest.html import read_html

    page = ("<html><head><title>Zelvaran: our view | Ryedale MND Friends | Boardly</title></head><body>"
            "<header><h1 class='surface-title'>Zelvaran: our view</h1></header><main>"
            "<article class='post'><h3 class='post-subject'>The committee's answer</h3><p>Zelvaran is not licensed.</p></article>"
            "<article class='post'><h3 class='post-subject'>What is zelvaran?</h3><p>A tablet.</p></article>"
            "</main></body></html>")
    assert read_html(page).title.startswith("Zelvaran: our view")
