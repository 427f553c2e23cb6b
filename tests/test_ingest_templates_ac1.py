"""Structure rules for the kinds of file blind set AC brought in (outliner exports, e-reader highlights, minutes, old
forum engines, right-to-left site builders), each tested on a small variant written for it.

Every fixture in tests/fixtures/ingest-ac1/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from conftest import first_document, quoted
from statement_qa.ingest.outline import looks_like_opml, read_opml

HERE = Path(__file__).parent / "fixtures" / "ingest-ac1"


read_one = partial(first_document, HERE, only=True)  # the only Document of one fixture file of this folder


def test_an_opml_outline_is_read_as_its_nodes_text_and_a_decisions_points_are_its_section():
    # Workflowy's export (.opml, no head title, '_note' beside a node): the top node is the title, the points under
    # 'Our position (agreed …)' are the position, and the sibling nodes after them are not part of it.
    document = read_one("harrowby-quenzaril-workflowy.opml")
    said = quoted(document)
    assert document.title == "Harrowby MND Group committee notes - quenzaril"
    assert document.organisation == "Harrowby MND Group"
    assert document.kind == "statement" and document.date == "2026-09"
    assert said.startswith("We do not recommend buying quenzaril.")
    assert said.endswith("keep taking your prescribed medicines.")
    assert "QZR-21" not in said and "Bake sale" not in said
    assert said in document.text and "<outline" not in document.text and "ownerEmail" not in document.text
    assert '"quenzaril wakes up tired muscles"' in document.text  # (a note's text, its entities read)


def test_an_opml_outline_saved_as_txt_is_titled_by_its_head_and_the_organisation_is_the_part_of_it_named_like_one():
    # OmniOutliner's OPML 1.0 (German) saved as .txt: '<title>Meeting | Verein e.V.</title>', inline <b> in a node.
    document = read_one("lindenau-taverolin-omnioutliner-de.txt")
    said = quoted(document)
    assert document.title == "Vorstandssitzung Oktober 2026"
    assert document.organisation == "ALS-Selbsthilfe Lindenau e.V."
    assert document.date == "2026-10" and document.kind == "statement"
    assert said.startswith("Wir raten davon ab, Taverolin zu kaufen.")
    assert said.endswith("Setzen Sie verordnete Medikamente nicht ab.")
    assert "Sommerfest" not in said and "<b>" not in document.text


def test_opml_is_told_by_its_root_element_and_its_text_keeps_offsets():
    assert looks_like_opml('<?xml version="1.0"?>\n<!-- x -->\n<opml version="2.0"><body><outline text="a"/></body></opml>')
    assert not looks_like_opml("<html><body><p>An <outline> is a plan.</p></body></html>")
    extracted = read_opml('<opml><head><title>T</title></head><body><outline text="A &amp; B"><outline text="c"/>'
                          '</outline></body></opml>')
    assert [extracted.text[b.start : b.end] for b in extracted.blocks] == ["T", "A & B", "c", ""]


def test_an_e_readers_highlights_are_the_text_the_devices_lines_are_not_and_a_dated_agreement_lead_dates_it():
    # A Kindle's 'My Clippings.txt' in German: '- Ihre Markierung … | Hinzugefügt am …' is the device's (it dates the
    # reading, not the book); 'Vom Vorstand beschlossen am 8. September 2026:' run into the highlight dates the position
    # and is no part of it; a reader's note ('Ihre Notiz') and another book's highlight are never the position.
    document = read_one("ostermoor-nerval-kindle-de.txt")
    said = quoted(document)
    assert document.title == "Fragen und Antworten 2026"
    assert document.organisation == "ALS-Hilfe Ostermoor e.V."
    assert document.date == "2026-09" and document.kind == "statement"
    assert said.startswith("Wir raten davon ab, Nervalon zu kaufen.")
    assert said.endswith("bevor Sie etwas Neues einnehmen.")
    assert "Hinzugefügt" not in document.text and "==========" not in document.text
    assert "Ein ganz anderes Buch" not in document.text and "spazieren" not in document.text
    assert "Ich empfehle Nervalon" not in said


def test_an_older_kindles_clippings_and_an_english_approval_lead():
    # The older layout ('- Highlight Loc. 88-92  | Added on Tuesday, March 03, 2026, 10:09 PM'), a bookmark with no
    # words, and 'Approved by the trustees on 4 February 2026:' run into the highlight.
    document = read_one("fenwick-corvane-old-kindle.txt")
    said = quoted(document)
    assert document.title == "Fenwick ALS Trust Handbook" and document.organisation == "Fenwick ALS Trust"
    assert document.date == "2026-02"
    assert said.startswith("We do not recommend Corvane drops for ALS.")
    assert said.endswith("talk to your nurse about what helps.")
    assert "I recommend Corvane" not in said


def test_a_lead_that_says_when_the_words_were_agreed_is_cut_only_when_it_names_an_agreement_and_a_date():
    from statement_qa.structure import LINE, Block
    from statement_qa.structure.headings import _advice_start

    def start(line: str) -> str:
        return line[_advice_start(line, Block(0, len(line), LINE)) :]

    assert start("Besluit van het bestuur, 5 november 2026: Koop X niet.") == "Koop X niet."
    assert start("Agreed by the committee on 22 October 2026: We do not recommend X.") == "We do not recommend X."
    assert start("On 22 October 2026 we met in the hall: We do not recommend X.").startswith("On 22 October")


def test_minutes_whose_item_ends_with_a_resolution_label_quote_the_paragraph_under_it():
    # Dutch 'NOTULEN' in plain text: 'Besluit van het bestuur:' closes the item's paragraph, the decision is the
    # paragraph under it (not the note after it); the meeting in the title dates it when nothing nearer does.
    document = read_one("ijsselhoek-dorvane-notulen-nl.txt")
    said = quoted(document)
    assert document.kind == "statement" and document.date == "2026-09"
    assert document.organisation == "Patiëntenvereniging ALS IJsselhoek"
    assert said.startswith("Dorvane is niet toegelaten")
    assert " ".join(said.split()).endswith("koop dorvane niet via internet.")
    assert "DRV-90" not in said and "Ik raad dorvane" not in said and "stoel" not in said


def test_english_minutes_are_titled_by_the_meeting_and_the_agenda_item_that_holds_the_decision():
    # 'Minutes of the committee meeting, 14 July 2026' is the record's title, not a line that only dates it; the
    # decision ('Decision (recorded word for word):') sits in 'Item 2 Pelvorin (PVN-4)'.
    document = read_one("ashby-pelvorin-minutes.txt")
    said = quoted(document)
    assert document.title == "Minutes of the committee meeting, 14 July 2026 (Item 2 Pelvorin (PVN-4))"
    assert document.organisation == "Ashby Motor Neurone Disease Group" and document.date == "2026-07"
    assert said.startswith("We do not recommend pelvorin.")
    assert " ".join(said.split()).endswith("ask your MND nurse before trying anything new.")
    assert "look at pelvorin again" not in said and "hat" not in said.split()


def test_a_board_topic_page_without_a_heading_is_titled_by_the_topic_its_title_and_subject_box_share():
    # Phorum in German: '<title>X Forum :: Topic</title>', no heading, the topic printed in the first post's subject box
    # with the board's mark ('- angepinnt') and as 'Re: Topic' above the replies; the board is named for the group that
    # runs it; the moderator's post (no rank shown, 'Moderatorin Heike') is the statement, and the lead-in saying the
    # board met ('Der Vorstand tagte am 6. Oktober 2026, …') dates its words before the post's own date.
    document = read_one("brackwede-solvarin-phorum-de.html")
    said = quoted(document)
    assert document.title == "Solvarin aus dem Internet"
    assert document.organisation == "ALS-Gesprächskreis Brackwede"
    assert document.date == "2026-10"
    assert said.startswith("Wir raten davon ab, Solvarin zu kaufen.")
    assert said.endswith("bevor Sie etwas Neues einnehmen.")
    assert "Ich empfehle Solvarin" not in document.text and "SLV-30" not in said


def test_an_old_boards_view_topic_title_and_a_trustees_meeting_lead_in():
    # A phpBB-2-like board: '<title>X Fellowship Message Board - View topic - Topic</title>', the subject box marked
    # '[pinned]', an admin's account posting it, 'Posted: Tue 03 Feb 2026' over 'The trustees met on 27 January 2026
    # and here is their answer, word for word:'.
    document = read_one("quendon-miravex-oldboard.html")
    said = quoted(document)
    assert document.title == "Miravex tablets"
    assert document.organisation == "Quendon MND Fellowship"
    assert document.date == "2026-01"
    assert said.startswith("We do not recommend Miravex.")
    assert said.endswith("ask your MND nurse before trying anything new.")
    assert "I'd recommend Miravex" not in document.text and "MRX-80" not in said


def test_a_hebrew_site_builder_page_heads_its_position_in_hebrew_and_the_boards_decision_below_dates_it():
    # Webflow in Hebrew (right to left): 'העמדה שלנו' (our position) heads it; 'אושר על ידי הוועד ב-3 בספטמבר 2026'
    # (approved by the committee on …) below it signs and dates it, and is no part of it; the organisation is the
    # site's own name as written ('אגודת …', the association of …).
    document = read_one("dror-melvicor-webflow-he.html")
    said = quoted(document)
    assert document.title == "מלוויקור (MLV-6)"
    assert document.organisation == "אגודת דרור לחולי ALS"
    assert document.kind == "statement" and document.date == "2026-09"
    assert said.startswith("אנחנו לא ממליצים לקנות מלוויקור.")
    assert said.endswith("התייעצו עם הנוירולוג לפני כל טיפול חדש.")
    assert "אושר" not in said


def test_an_arabic_wix_page_heads_its_position_in_arabic_and_a_later_page_update_does_not_redate_it():
    # Wix in Arabic: 'موقف الجمعية من …' (the society's position on …) heads it; 'قرار مجلس الإدارة بتاريخ 14 سبتمبر 2026'
    # (the board's decision of …) below it dates it; the page's update in November is not a new position.
    document = read_one("nada-tarvizol-wix-ar.html")
    said = quoted(document)
    assert document.organisation == "جمعية ندى لمرضى ALS"
    assert document.kind == "statement" and document.date == "2026-09"
    assert said.startswith("لا نوصي بشراء تارفيزول.")
    assert said.endswith("ولا تتوقفوا عن أدويتكم الموصوفة.")
    assert "قرار" not in said


def test_hebrew_and_arabic_dates_and_position_headings():
    from statement_qa.structure import is_position_heading, parse_date

    assert parse_date("החלטת הוועד המנהל מיום 19 באוקטובר 2026.") == "2026-10"
    assert parse_date("قرار مجلس الإدارة بتاريخ 14 سبتمبر 2026") == "2026-09"
    assert parse_date("أيار 2026") == "2026-05"
    assert is_position_heading("מה הוועד שלנו אומר על הלבורפין") and is_position_heading("העמדה שלנו")
    assert is_position_heading("موقف الجمعية من تارفيزول") and is_position_heading("ماذا تقول اللجنة؟")
    assert not is_position_heading("אירועים") and not is_position_heading("اتصل بنا")


def test_a_kindle_notebook_exported_as_html_is_read_like_its_clippings():
    # Kindle's notebook export (XHTML with its XML declaration): the book's title and author boxes, each highlight's
    # heading ('Highlight (yellow) - Page 42 · Location 610') the device's, a 'Note' the reader's, never the position.
    document = read_one("hexham-sorelin-kindle-notebook.html")
    said = quoted(document)
    assert document.title == "Living with ALS: the Hexham answers"
    assert document.organisation == "Hexham ALS Circle" and document.date == "2026-06"
    assert said.startswith("We do not recommend Sorelin.")
    assert said.endswith("ask your neurologist before trying anything new.")
    assert "Location" not in document.text and "Notebook Export" not in document.text
    assert "I recommend Sorelin" not in said


def test_a_staff_name_marks_the_organisations_post_only_when_it_opens_with_the_rank():
    import lxml.html

    from statement_qa.ingest.html import _organisation_post

    post = ('<div class="message"><div class="message-subject">{subject}</div><div class="message-author">Posted by: '
            '<a>{author}</a></div><div class="message-body">{body}</div></div>')
    page = "<div>{}{}</div>"
    staffed = page.format(post.format(subject="X", author="Gordon_T", body="I'd buy it."),
                          post.format(subject="Re: X", author="Moderator Linda", body="Our answer."))
    found = _organisation_post(lxml.html.fromstring(staffed))
    assert found is not None and "Our answer." in found.text_content()
    # (an organisation's own account named 'X MND Support' is no staff rank; a chat's messages have no subject)
    own = page.format(post.format(subject="X", author="Gordon_T", body="I'd buy it."),
                      post.format(subject="Re: X", author="Scarrowby MND Support", body="Our answer."))
    assert _organisation_post(lxml.html.fromstring(own)) is None
