"""Structure rules for the kinds of file blind set AB brought in (RTF source, …), each tested on a small variant
written for it or on the words of the rule.

Every fixture in tests/fixtures/ingest-ab1/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from conftest import first_document, quoted
from statement_qa.ingest.rtf import looks_like_rtf, rtf_text

HERE = Path(__file__).parent / "fixtures" / "ingest-ab1"


read_one = partial(first_document, HERE, only=True)  # the only Document of one fixture file of this folder


def test_an_rtf_file_is_read_as_the_text_it_shows_its_heading_the_title_and_info_author_the_organisation():
    # LibreOffice's RTF (Spanish): '\u243\'f3' characters, a stylesheet and page styles that are no text; the bold
    # heading set larger is the title (not '\info\title'), the author field is an organisation's name.
    document = read_one("albahaca-nervalix-writer-es.rtf")
    said = quoted(document)
    assert document.title == "Nervalix: lo que pensamos"
    assert document.organisation == "Asociación ELA Albahaca"
    assert document.kind == "statement" and document.date == "2026-08"
    assert said.startswith("No recomendamos comprar ni tomar Nervalix.")
    assert said.endswith("no deje los medicamentos recetados.")
    assert said in document.text and "\\" not in document.text and "Liberation" not in document.text
    assert "«despiertan las neuronas dormidas»" in document.text


def test_rtf_saved_as_txt_is_read_by_its_header_and_a_persons_author_field_is_not_the_organisation():
    # WordPad's RTF saved as .txt: '\ldblquote' quotes; '\info\author' is the account that saved it, a person.
    document = read_one("wendlebury-coldcaps-wordpad.txt")
    said = quoted(document)
    assert document.title == "Frostline cooling caps and MND"
    assert document.organisation == "Wendlebury Motor Neurone Disease Group"
    assert said.startswith("We do not recommend buying a Frostline cap to treat MND.")
    assert said.endswith("talk to your physiotherapist about what helps.")
    assert "“calms overheated nerves”" in document.text and "Riched20" not in document.text


def test_rtf_control_words_groups_and_escapes_are_no_text():
    source = r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\*\foo bar}\pard\b Head\b0\par Caf\'e9 \u8212? done\~now\par}"
    text, spans, fields = rtf_text(source)
    assert text == "Head\n\nCafé — done\u00a0now"
    assert [bold for _, _, bold, _ in spans] == [True, False]
    assert looks_like_rtf("  {\\rtf1\\ansi x}") and not looks_like_rtf("{\\tt not rtf}")
    assert fields == {}


def test_a_webmail_message_view_is_titled_by_its_subject_field_not_the_clients_title():
    # Horde's message view (German): '<title>Lindwurm Mail :: Posteingang (12)</title>' names the client and the
    # folder; the header's 'Betreff:' cell beside 'Datum:', 'Von:' and 'An:' names the message.
    document = read_one("lindwurm-salvoran-horde-de.html")
    said = quoted(document)
    assert document.title == "Salvoran: was der Vorstand dazu sagt"
    assert said.startswith("Wir raten davon ab, Salvoran zu kaufen oder einzunehmen.")
    assert said.endswith("setzen Sie keine verordneten Medikamente ab.")


def test_a_subject_field_alone_is_no_message_header():
    import lxml.html

    from statement_qa.ingest.html import _message_subject

    page = "<table><tr><td><b>Subject:</b></td><td>{}</td></tr>{}</table>"
    row = "<tr><td>{}:</td><td>x y</td></tr>"
    assert _message_subject(lxml.html.fromstring(page.format("Our view", row.format("From") + row.format("Date")))) \
        == "Our view"
    assert _message_subject(lxml.html.fromstring(page.format("Our view", row.format("From")))) is None


def test_an_exim_filters_auto_reply_is_the_text_and_its_subject_the_title():
    # An Exim filter's 'vacation' with 'subject "…"' and a quoted 'text "…"' whose lines end in '\n\': the script, its
    # comments and the volunteers' note below it are the server's, never quoted.
    document = read_one("ashcombe-veltrazine-exim-filter.txt")
    said = quoted(document)
    assert document.title == "your question about veltrazine"  # (a letter's 'Re:' is taken off, as before)
    assert document.organisation == "Ashcombe ALS Network" and document.date == "2026-06"
    assert said.startswith("Veltrazine has not been tested in people with ALS and is not licensed.")
    assert said.endswith("keep taking the medicines you have been prescribed.")
    assert "\\n" not in said and "quiz night" not in said


def test_a_sieve_vacation_with_a_quoted_reply_is_titled_by_its_subject_not_the_export_comment():
    from statement_qa.ingest.autoreply import looks_like_mail_filter

    document = read_one("ginestra-miloxan-sieve-it.txt")
    assert document.title == "Risposta automatica: il miloxan"
    assert document.organisation == "Associazione SLA La Ginestra"
    assert quoted(document).startswith("Il miloxan non è stato studiato nella SLA")
    assert quoted(document).endswith("non smetta i farmaci prescritti.")
    assert "castagnata" not in document.body_text and "require" not in document.body_text
    assert not looks_like_mail_filter("require that members vote.\nWe ask for a vacation of the hall; text: none\n")


def test_a_punbb_topic_is_titled_by_its_first_posts_subject_and_dated_by_its_post_header():
    # punBB 1.2 (FluxBB's parent): the board's name is the only <h1>, a link home ('./'); the staff's first post is a
    # 'blockpost' with its author in 'postleft' (whose 'Registered:' date dates nobody's text) and its date in the
    # post's header ('#1 12 March 2026 18:20').
    document = read_one("hembury-velmora-punbb.html")
    said = quoted(document)
    assert document.title == "Velmora: where the Fellowship stands"
    assert document.organisation == "Hembury ALS Fellowship" and document.date == "2026-03"
    assert said.startswith("Velmora is an experimental inhaler")
    assert said.endswith("please keep up the medicines you already take.")
    assert "Latvia" not in said and "Registered" not in document.text


def test_an_smf_topic_is_titled_by_its_subject_not_the_posters_name_and_the_boards_banner_names_it():
    document = read_one("brantwood-kelvanor-smf-forum.html")
    assert document.title == "Kelvanor: the Circle's answer"
    assert document.organisation == "Brantwood Circle"
    assert quoted(document).startswith("Kelvanor has not been tested in people with MND, and we do not recommend buying it.")


def test_a_lead_in_that_posts_a_view_as_agreed_and_points_at_it_announces_the_paragraph_below():
    from statement_qa.structure.headings import _announces_answer

    assert _announces_answer("Hello all. The committee met and asked me to put their view up here exactly as agreed, "
                             "so this is it.")
    assert _announces_answer("The trustees asked that their answer be posted here as agreed; here it is.")
    assert not _announces_answer("We agreed to meet in March, so this is it for now.")
    assert not _announces_answer("Their view, as agreed, is that members decide for themselves.")


def test_a_link_home_relative_to_the_page_is_a_link_home():
    import lxml.html

    from statement_qa.ingest.html import _links_home

    for href in ("index.php", "./", "../index.html", "/"):
        assert _links_home(lxml.html.fromstring(f'<h1><a href="{href}">Board</a></h1>'))
    assert not _links_home(lxml.html.fromstring('<h1><a href="viewtopic.php?id=4">Topic</a></h1>'))


def test_a_cms_pages_note_that_says_the_text_was_gone_over_again_dates_its_review():
    # A CMS page (Magnolia) whose note under the position says 'Gone over again by the trustees in April 2026 - no
    # change.': a review, like 'Read again by the committee on …'; the footer's 'last edited' is not one.
    document = read_one("tollard-quinavel-magnolia.html")
    assert (document.date, document.reviewed) == ("2026-01", "2026-04")
    assert quoted(document).endswith("keep taking the medicines you have been prescribed.")


def test_review_lines_that_say_the_text_was_read_again():
    from statement_qa.structure import read_date_line

    for line, month in [("Read again by the committee on 18 November 2026; nothing changed.", "2026-11"),
                        ("Gone over again by the trustees in March 2026 - no change.", "2026-03"),
                        ("Vom Vorstand noch einmal gelesen am 25.11.2026, unverändert.", "2026-11"),
                        ("Erneut durchgesehen am 3. März 2026", "2026-03")]:
        found = read_date_line(line)
        assert found is not None and found.first("reviewed") == month, line


def test_a_phone_tree_sheets_script_announces_the_boards_answer_over_a_numbered_list():
    # A phone tree (Dutch): instructions and the list of callers first, then the script to read out, whose lead-in says
    # the board decided what everyone is told ('Het bestuur heeft … besloten wat we iedereen zeggen. Ik lees het je
    # voor:') over a numbered list: the list is the position; the notes 'not to read out' are not.
    document = read_one("zwanenburg-doravest-belboom-nl.txt")
    said = quoted(document)
    assert document.kind == "statement"
    assert said.startswith("1. Doravest is niet onderzocht bij mensen met ALS.")
    assert said.endswith("stop niet met je voorgeschreven\n     medicijnen.")
    assert "thermoskan" not in said
    # dated by the sentence before the one that reads it out: '… op 27 augustus 2026 besloten wat we iedereen zeggen.'
    assert document.date == "2026-08"
    # the header's first line names the group; the line under it says which tree and when ('Boom B …, bijgewerkt …')
    assert document.organisation == "ALS Contactgroep Zwanenburg"


def test_a_french_phone_tree_reads_the_same_way():
    document = read_one("genets-solvarix-chaine-fr.txt")
    said = quoted(document)
    assert document.kind == "statement" and document.organisation == "Association SLA Les Genêts"
    assert said.startswith("1. Le solvarix n'a jamais été étudié")
    assert said.endswith("n'arrête pas tes médicaments prescrits.")


def test_a_lead_in_whose_last_sentences_say_a_body_decided_the_answer_announces_it():
    from statement_qa.structure.headings import _announces_answer

    assert _announces_answer('"Hallo, hier ist die Telefonkette. Viele haben gefragt. Der Vorstand hat am 21. Oktober '
                             "2026 beschlossen, was wir allen sagen sollen. Ich lese es dir vor:")
    assert _announces_answer("Le bureau a décidé le 28 septembre 2026 de la réponse à donner. Je te la lis :")
    assert not _announces_answer("Der Vorstand hat beschlossen, das Sommerfest zu verschieben. Bitte mitbringen:")
    assert not _announces_answer("We decided on the answer last week. Many thanks to everyone who came.")


def test_an_rtf_files_creation_time_dates_it_only_when_its_text_gives_no_date():
    from statement_qa.ingest.rtf import read_rtf

    info = r"{\info{\author Ferny ALS Circle}{\creatim\yr2025\mo4\dy2}{\revtim\yr2026\mo1\dy9}}"
    undated = read_rtf(r"{\rtf1\ansi" + info + r"\pard\b\fs32 Zelmavir\b0\fs22\par We do not recommend zelmavir.\par}")
    dated = read_rtf(r"{\rtf1\ansi" + info + r"\pard We do not recommend it. Agreed 3 March 2025.\par}")
    assert (undated.date, undated.organisation, undated.title) == ("2025-04", "Ferny ALS Circle", "Zelmavir")
    assert dated.date is None  # (the text's own date is read from the text)


def test_a_lead_in_that_says_the_board_asked_us_to_answer_so_dates_the_reply_below_it():
    # The Sieve reply's lead-in: 'Il direttivo si è riunito il 1 ottobre 2026 e ci ha chiesto di rispondere così a
    # tutti:' - the meeting that settled the words below, not the export's comment ('esportato … 3/10/2026').
    assert read_one("ginestra-miloxan-sieve-it.txt").date == "2026-10"
    from statement_qa.structure.headings import READ_OUT_OPENS

    for line in ("A direção reuniu a 3 de novembro de 2026 e pediu-nos que respondêssemos assim a toda a gente:",
                 "The trustees met on 2 May and asked us to reply like this:",
                 "La junta nos pidió que respondiéramos así a todos:", "Ich lese es dir vor:", "Je te la lis :",
                 "I'll read it to you:"):
        assert READ_OUT_OPENS.search(line), line
    assert not READ_OUT_OPENS.search("They asked us to reply like this when we can, but not always.")


def test_only_a_header_line_of_what_and_whose_names_the_organisation_above_the_line_under_it():
    from statement_qa.structure.organisation import organisation_name

    assert organisation_name("BELLTREE - Fenby MND Circle\nTree A (members), updated 3 May 2026") == ("Fenby MND Circle", True)
    # (a wrapped paragraph's first line is no header: 'Saved from the … Text' is not read as a name of its own)
    assert organisation_name("Saved from the Fenby Community Text\n service (page 4), the Fenby MND Society.")[0] \
        != "Saved from the Fenby Community Text"


def test_an_answer_a_message_repeats_is_dated_by_the_label_over_it_not_by_the_message():
    # A webmail message view laid out as a <dl> (From / To / Date / Subject), resending the answer the committee agreed
    # under 'OUR CURRENT ANSWER (14 March 2026)': the words are March's, the message October's.
    document = read_one("pennard-taloxin-webmail-dl.html")
    assert document.title == "Taloxin: the answer stays the same for now"
    assert document.date == "2026-03"
    assert quoted(document).startswith("Taloxin has not been tested in people with MND")
    assert "TLX-13" not in quoted(document)
