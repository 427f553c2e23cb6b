"""Structure rules for the kinds of page blind set M brought in (a CMS page in Estonian or Slovenian, a flowchart, a
forum thread, a help-desk export, a slide deck, ...), each tested on a small variant written for it.

Every fixture in tests/fixtures/ingest-m/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.structure.dates import parse_date, read_date_line
from statement_qa.structure.vocabulary import is_closing, is_housekeeping, is_organisation, is_position_heading

HERE = Path(__file__).parent / "fixtures" / "ingest-m"


read_one = partial(first_document, HERE)  # the first Document of one fixture file of this folder


@pytest.mark.parametrize(
    "heading, expected",
    [
        # et
        ("Seltsi seisukoht", True), ("Meie soovitus", True), ("Mida me soovitame?", True), ("Taust", False),
        # sl
        ("Stališče društva", True), ("Kaj svetujemo bolnikom", True), ("Naše priporočilo", True),
        ("Kaj je pokazala raziskava", False),
        # is
        ("AFSTAÐA FÉLAGSINS", True), ("Ráðleggingar stjórnar", True), ("Vissir þú?", False),
    ],
)
def test_position_headings_in_estonian_slovenian_icelandic(heading, expected):
    assert is_position_heading(heading) is expected


@pytest.mark.parametrize(
    "line, month",
    [
        ("3. märtsil 2025", "2025-03"), ("märts 2027", "2027-03"),  # et: the adessive a day takes, the nominative
        ("7. 3. 2025", "2025-03"), ("12. oktobra 2024", "2024-10"), ("marec 2027", "2027-03"),  # sl
        ("20. nóvember 2024", "2024-11"),  # is
    ],
)
def test_dates_in_estonian_slovenian_icelandic(line, month):
    assert parse_date(line) == month


@pytest.mark.parametrize(
    "line, roles",
    [
        ("Seisukoha kinnitas ühingu juhatus 3. märtsil 2025.", [("issued", "2025-03")]),
        ("Järgmine ülevaatus: märts 2027.", [("next_review", "2027-03")]),
        ("Stališče je potrdil izvršni odbor društva 7. 3. 2025.", [("issued", "2025-03")]),
        ("Naslednji pregled: marec 2027.", [("next_review", "2027-03")]),
        ("Samþykkt af stjórn samtakanna 2. apríl 2025.", [("issued", "2025-04")]),
        ("Næsta endurskoðun: apríl 2026.", [("next_review", "2026-04")]),
    ],
)
def test_approval_and_review_lines_in_estonian_slovenian_icelandic(line, roles):
    dated = read_date_line(line)
    assert dated is not None and list(dated.dates) == roles


@pytest.mark.parametrize(
    "line",
    ["Seisukoha kinnitas ühingu juhatus 3. märtsil 2025.", "Stališče je potrdil izvršni odbor društva 7. 3. 2025.",
     "Samþykkt af stjórn samtakanna 2. apríl 2025."],
)
def test_an_approval_line_closes_the_position(line):
    assert is_closing(line)


@pytest.mark.parametrize(
    "line, expected",
    [("Kestrel MND Friends", True), ("Friends of Ward 9 Trust", True), ("Kuusiku ALS Selts", True), ("Društvo ALS Brezovica", True),
     ("ALS-félagið Hvammur", True), ("Dear members and friends,", False)],
)
def test_organisation_words_and_a_greeting(line, expected):
    assert is_organisation(line) is expected


@pytest.mark.parametrize(
    "name, title, organisation, date, starts, ends",
    [
        ("slovenian-cms-page.html", "Velotrazin (VTZ-18)", "Društvo ALS Brezovica", "2025-03",
         "Društvo ALS Brezovica ne priporoča jemanja velotrazina", "se pogovorite s svojim nevrologom."),
        ("estonian-landing-page.html", "Korvimab (KVM-4): mida peaks teadma", "Valgemetsa ALS Ühing", "2025-03",
         "Valgemetsa ALS Ühing soovitab korvimabi", "Ärge ostke seda internetist."),
    ],
)
def test_a_position_under_a_heading_in_estonian_or_slovenian(name, title, organisation, date, starts, ends):
    document = read_one(name)
    assert (document.title, document.organisation, document.date, document.kind) == (title, organisation, date, "statement")
    text = quoted(document)
    assert text.startswith(starts) and text.endswith(ends)


@pytest.mark.parametrize(
    "heading",
    ["Where Dunmore comes down", "The Society's first take", "Harrowby trustees — agreed position",
     "Approved public answer"],
)
def test_labels_that_hold_a_position(heading):
    assert is_position_heading(heading)


@pytest.mark.parametrize("heading", ["Agreed line of march", "Take part", "Where the money comes from", "Public answers"])
def test_labels_that_do_not(heading):
    assert not is_position_heading(heading)


def test_a_forum_thread_pinned_label_author_box_and_titled_box():
    # The heading's "Pinned" label is where the thread is filed; the author box's "Joined Jan 2018" dates no post; the
    # position is the staff post's box titled "… — agreed position", and "We'll come back to this …" is a plan.
    document = read_one("forum-thread-pinned.html")
    assert (document.title, document.organisation, document.date, document.kind) == (
        "Brastinib tablets from abroad?", "Harrowby MND Forum", "2023-03", "statement")
    text = quoted(document)
    assert text.startswith("The Harrowby MND Forum does not recommend brastinib.")
    assert text.endswith("talk to your neurologist before taking anything new.")
    assert "Joined" not in document.text and "Jan 2018" not in document.text


def test_a_campaign_email_of_members_news_is_titled_by_its_item_with_a_position():
    document = read_one("campaign-email-members-news.html")
    assert (document.title, document.organisation, document.date, document.kind) == (
        "Tolmavir: our first look", "Ashcombe ALS Society", "2024-03", "statement")
    text = quoted(document)
    assert text.startswith("Tolmavir looks safe so far") and text.endswith("rather than paying for it privately.")


def test_a_newsletter_post_whose_position_is_a_bold_run_in_label():
    # The site's name is the newsletter's ("The Dunmore Dispatch"); the strapline under the title names who sends it.
    document = read_one("newsletter-post-comes-down.html")
    assert (document.title, document.organisation, document.date, document.kind) == (
        "We put the buzzing insole to the test", "Dunmore MND Friends", "2025-03", "statement")
    assert quoted(document) == ("The AirStep may help a few people feel where their feet are, but it will not slow MND. "
                                "Ask your physiotherapist before buying one.")


def test_a_help_centre_article_whose_position_is_an_unheaded_callout_naming_the_organisation():
    # "Fernbrook's advice is not to …": the organisation named without "the" opens the position; the yellow callout
    # ("We recommend checking your spam folder") and the plan below it are not part of it.
    document = read_one("helpdesk-article-callout.html")
    assert (document.title, document.organisation, document.date, document.kind) == (
        "Hair tests that claim to find the cause of ALS", "Fernbrook ALS Trust", "2024-10", "statement")
    assert quoted(document) == ("Fernbrook's advice is not to pay for a hair test that claims to explain ALS. If you have "
                                "questions about what may have caused your ALS, ask your neurologist.")


def test_a_wiki_glossary_whose_only_recommendation_is_about_the_page_is_a_resource():
    document = read_one("wiki-glossary-resource.html")
    assert (document.title, document.organisation, document.date, document.kind, document.position) == (
        "Research words for volunteers", "Birchley MND Network", "2025-06", "resource", None)


def test_a_help_desk_export_banner_is_fields_and_its_record_titles_the_document():
    # The banner between rules ('Answers        : 1 of 12') is the export's fields, not a heading; the record's
    # 'Title        :' field is the title; 'Official public answer:' heads the position; 'Reviewed … - no change to
    # the wording' is a review.
    document = read_one("helpdesk-kb-export.txt")
    assert (document.title, document.organisation, document.date, document.reviewed, document.kind) == (
        "Prelvacept (PVC-8) - what we say on the phone", "Marrow Vale ALS Society", "2024-11", "2025-05", "statement")
    assert quoted(document) == ("Marrow Vale ALS Society thinks prelvacept should only be used inside the PRELVA-2 trial. "
                                "Please do not buy it online.")


@pytest.mark.parametrize(
    "line, roles",
    [
        ("Reviewed 3 May 2025 - no change to the wording.", [("reviewed", "2025-05")]),
        ("Reviewed 1 July 2025 - no change to the answer", [("reviewed", "2025-07")]),
        ("Checked 03/02/2025 - checked, no change", [("reviewed", "2025-02")]),
    ],
)
def test_a_review_that_changed_nothing(line, roles):
    dated = read_date_line(line)
    assert dated is not None and list(dated.dates) == roles


def test_meeting_notes_with_containers_are_titled_by_the_agenda_item_that_holds_the_position():
    # ':::success' … ':::' fences, '[TOC]' and the '###### tags:' line are markup; the position is the container's
    # text after its bold label; the dated notes are titled with the numbered item ('4. …') the position sits under.
    document = read_one("meeting-notes-containers.md")
    assert (document.title, document.organisation, document.date, document.kind) == (
        'Steering group 3 June 2025 - notes (4. Brightwell "nerve tonic" drip)', "Oxley MND Circle", "2025-06", "statement")
    assert quoted(document) == ("The Oxley MND Circle does not recommend the Brightwell nerve tonic drip. "
                                "Please ask your MND team before paying for any drip.")
    assert not any("TOC" in s.name or "tags" in s.name for s in document.sections)


def test_a_slide_deck_title_slide_and_its_take_home_slide():
    # Slides split by '---': the title slide's '#' and '##' make one title; the slide titled like the talk's one
    # message is the position, up to the approval line; speaker notes (comments) are not text.
    document = read_one("slide-deck.md")
    assert (document.title, document.organisation, document.date, document.kind) == (
        "Sorvatide (SVT-9): why we changed our view", "Hollins ALS Network", "2026-02", "statement")
    assert quoted(document) == ("Hollins ALS Network supports asking your neurologist about sorvatide through the SORVA-3 "
                                "trial. Do not buy it online.")
    assert "I'd recommend" not in quoted(document)


@pytest.mark.parametrize(
    "line, prefix, month",
    [
        ("Ravensworth ALS Group <news@ravensworth-als.example> Tue, 4 Mar 2025 at 08:02", "Ravensworth ALS Group", "2025-03"),
        ("Hollow Lane MND Club <info@hollow.example>  Fri, 17 Jan 2025, 21:40", "Hollow Lane MND Club", "2025-01"),
    ],
)
def test_a_printed_messages_sender_line_dates_it(line, prefix, month):
    # A webmail print's message header: the sender's name and <address>, then when it was sent.
    dated = read_date_line(line)
    assert dated is not None and dated.prefix == prefix and dated.first("plain", "issued") == month


def test_a_spreadsheet_printed_to_pdf():
    # Column letters and row numbers are the sheet's furniture (the title is the merged title row, not '1 …'); each
    # row's field heads its entry; the position is the entry of the row whose field names it, without the notes cell
    # beside it ('Text locked - ask before changing'); 'Approved' and 'Checked … - checked, no change' date it.
    document = read_one("spreadsheet-print.pdf")
    assert (document.title, document.organisation, document.date, document.reviewed, document.kind) == (
        "PELLOW ALS SOCIETY - MEDICINES REGISTER", "Pellow ALS Society", "2024-03", "2025-01", "statement")
    assert quoted(document) == ("Pellow ALS Society does not recommend dravocept. Please do not buy it online or from "
                                "clinics abroad.")
    assert document.sections[document.position].name == "Society view (approved)"


def test_a_flowchart_whose_last_box_is_labelled_with_the_position():
    # The terminal box's label ('RÁÐLEGGING STJÓRNAR', the board's advice) heads the position; the side box about
    # another product of the same maker and the footer's approval line are not part of it.
    document = read_one("flowchart-is.pdf")
    assert (document.title, document.organisation, document.date, document.kind) == (
        "Lerósimab (LRS-5): hvað á ég að gera?", "ALS-samtökin Hvammur", "2025-04", "statement")
    assert quoted(document) == ("ALS-samtökin Hvammur mæla með að fólk spyrji taugalækninn um LERO-2 rannsóknina. "
                                "Ekki kaupa lerósimab á netinu.")


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("We recommend that volunteers keep this page open during every helpline shift.", True),
        ("We recommend muting your microphone unless you are speaking.", True),
        ("We recommend checking your spam folder if our reply has not arrived.", True),
        ("On this page we recommend that people with MND do not take velotrazin.", False),
        ("We recommend that you do not buy velotrazin online.", False),
    ],
)
def test_advice_about_the_page_or_the_meeting_is_housekeeping(paragraph, expected):
    assert is_housekeeping(paragraph) is expected
