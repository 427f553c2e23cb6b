"""Structure rules for the kinds of file blind set AA brought in (a printed event sheet holding the committee's word in
a box under a lead-in, an Italian judging or raffle sheet dated by 'il direttivo', …), each tested on a small variant
written for it or on the words of the rule.

Every fixture in tests/fixtures/ingest-aa2/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from conftest import first_document, quoted
from statement_qa.ingest.markup import looks_like_texinfo
from statement_qa.ingest.spreadsheet import looks_like_csv_export
from statement_qa.ingest.voicemail import looks_like_voicemail, read_voicemail
from statement_qa.structure.assemble import _body_dated, _opens_with_dated_note
from statement_qa.structure.blocks import LINE, Block
from statement_qa.structure.split import split_languages
from statement_qa.structure.vocabulary import is_governing_body, is_position_heading

HERE = Path(__file__).parent / "fixtures" / "ingest-aa2"


read_one = partial(first_document, HERE, only=True)  # the only Document of one fixture file of this folder


def test_an_event_sheet_box_under_a_lead_in_is_the_position_dated_by_its_bracketed_note():
    # An order of service: 'Slipped into every copy by request - the committee's view on X:' over the box; the note in
    # brackets under it dates it and records a review, and is not quoted; nor are the notices below.
    document = read_one("hexley-ostrafenib-order-of-service.pdf")
    said = quoted(document)
    assert document.kind == "statement"
    assert said.startswith("Ostrafenib has not been tested in any proper trial in people with MND.")
    assert said.endswith("do not pay anyone who offers it to you.")
    assert "(Committee" not in said and "We recommend arriving early" not in said
    assert (document.date, document.reviewed) == ("2024-11", "2025-02")


def test_a_lead_in_that_says_how_the_box_got_there_before_a_dash_heads_the_position():
    assert is_position_heading("Printed on the back at the committee's request - our word on talmivorex:")
    assert is_position_heading("Pinned to the raffle table – the committee's view on Quellaprin:")
    assert is_position_heading("Su richiesta di molti soci - il parere del direttivo su VoceChiara:")
    # (before the dash a name, not a clause: a title, as before)
    assert not is_position_heading("Hexley MND Fellowship - Service of Remembrance")
    assert not is_position_heading("Ostrafenib Tablets - Our Position")


def test_a_long_bracketed_note_that_records_a_review_dates_the_text_above_it():
    assert _opens_with_dated_note("(Committee, 11 March 2026. Looked at again by the committee on 8 September 2026: "
                                  "no change.) We'll look again once the trial reports.")


def test_an_italian_raffle_sheet_is_dated_by_its_board_il_direttivo():
    document = read_one("corbezzolo-vocechiara-lotteria-it.pdf")
    said = quoted(document)
    assert said.startswith("Consigliamo VoceChiara a chi comincia ad avere difficolta a parlare")
    assert said.endswith("Fatevi aiutare dal logopedista per impostarlo.")
    assert "Vi consigliamo di comprare" not in said and "Direttivo" not in said
    assert (document.date, document.reviewed) == ("2026-03", "2026-04")
    # 'il direttivo', 'la directiva', 'a direção': the board, as a noun, signs a note of its own
    assert is_governing_body("Direttivo") and is_governing_body("Directiva")
    assert _body_dated("(Direttivo del 2 ottobre 2026.)") == "2026-10"


def test_old_words_read_as_another_language_above_the_sheet_s_own_are_no_original_of_a_translation():
    # A carol's old English ('O come, all ye faithful') reads as Italian to the detector; what follows in English is the
    # sheet itself, not a translation of it.
    paragraphs = [
        "Hexley MND Fellowship carol evening at the chapel, Sunday 15 December, with mince pies after the last carol.",
        "O come, all ye faithful, joyful and triumphant, O come ye, O come ye to Bethlehem; come and behold him.",
        "O come, let us adore him, O come, let us adore him, O come, let us adore him, Christ the Lord.",
        "Silent night, holy night, all is calm, all is bright round yon virgin mother and child.",
        "Several of you asked the helpline about ostrafenib, a tablet sold online by a company in another country.",
        "Ostrafenib has not been tested in any proper trial in people with MND, so please wait for real results.",
        "Please do not pay anyone who offers it to you, and ask your neurologist about the trials you could join.",
        "We recommend bringing a torch for the walk back to the car park, because the lane has no lights at all.",
        "The collection tonight goes to the equipment loan fund, which lends out wheelchairs and shower stools.",
    ]
    text = "\n\n".join(paragraphs)
    blocks, at = [], 0
    for paragraph in paragraphs:
        blocks.append(Block(at, at + len(paragraph), LINE))
        at += len(paragraph) + 2
    assert len(split_languages(text, blocks)) == 1


def test_texinfo_source_is_titled_by_settitle_and_its_commands_are_never_text():
    # A German Texinfo handbook saved as .txt, without the '\input texinfo' line: '@settitle' names it, the title page's
    # '@title' its publisher; the position is a list of '@item's, quoted without the commands between them; comments,
    # the copying block and the menu are no text; 'Am 2. Juni 2026 vom Vorstand erneut geprüft' is its review.
    document = read_one("lindenau-velotrin-texinfo-de.txt")
    said = quoted(document)
    assert document.title == "Handbuch für das ALS-Telefon Lindenau"
    assert document.organisation == "ALS-Gesprächskreis Lindenau"
    assert said.startswith("Velotrin ist bei ALS nicht untersucht; wir raten davon ab, Geld dafür auszugeben.")
    assert said.endswith("Sprechen Sie mit Ihrer Neurologin, bevor Sie ein Mittel einnehmen.")
    assert "@" not in said and "Beschlossen" not in said
    assert (document.date, document.reviewed) == ("2026-03", "2026-06")
    assert "Wir empfehlen, diese Datei" not in document.text  # (an '@c' comment, blanked)
    assert len(document.text) == len((HERE / "lindenau-velotrin-texinfo-de.txt").read_text(encoding="utf-8"))
    assert looks_like_texinfo((HERE / "lindenau-velotrin-texinfo-de.txt").read_text(encoding="utf-8"))
    assert not looks_like_texinfo("Contact us at help@example.org\n@chapter is not a word here\n")


def test_a_csv_export_s_position_is_the_one_cell_that_answers_on_the_subject():
    # A Dutch answers sheet exported by Excel ('sep=;' first, semicolons, quoted cells with doubled quote marks): the
    # answering record's 'antwoord' cell is the position, dated by its 'vastgesteld' cell and reviewed by its 'herzien'
    # cell; the other records (the borrel's 'Wij raden aan …', the other product) and the notes cell are not quoted.
    document = read_one("rietland-helderon-antwoorden-csv-nl.txt")
    said = quoted(document)
    assert said == ('Wij raden Helderon-druppels af. Er is geen onderzoek bij mensen met ALS gedaan; zeg ""nee"" tegen '
                    "verkopers aan de deur. Vraag uw neuroloog of ALS-verpleegkundige welke middelen wel zinvol zijn.")
    assert (document.kind, document.date, document.reviewed) == ("statement", "2026-03", "2026-06")
    assert document.title == "Helderon-druppels"  # the answering record's subject cell
    assert document.organisation == "Stichting ALS Rietland"
    assert looks_like_csv_export("# exported\nid,topic,answer\n1,a,b\n2,c,d\n")
    # (prose with commas, or a table whose first row is no header of short names, is no export)
    assert not looks_like_csv_export("Hello, all, of you.\nWe met, talked, and agreed.\nThen, we, left.\n")


def test_a_voicemail_export_s_position_is_the_message_read_out_between_here_it_is_and_that_s_it():
    # A German phone system's export of its voice messages ('Nachricht 3 von 3 | … | Von: …'): the mailbox's field
    # names whose box it is; each message's transcription, inside its „…“, is what was said; the chair's message reads
    # out the board's answer between 'Hier ist sie.' and 'Das war's.' (a caller's 'Ich empfehle es allen' and the walk's
    # 'empfehlen wir warme Kleidung' are no part of it).
    document = read_one("auenfeld-pulsaron-sprachnachrichten-de.txt")
    said = " ".join(quoted(document).split())
    assert document.kind == "statement"
    assert document.organisation == "ALS-Stammtisch Auenfeld e.V."
    assert document.date == "2026-02"  # the chair's message's header, not the export's 'Exportiert: 03.03.2026'
    assert said == ("Wir raten davon ab, Geld für das Pulsaron-Magnetband auszugeben; es gibt keinen Beleg, dass es bei "
                    "ALS hilft. Setzen Sie keine Behandlung ab und sagen Sie keinen Termin dafür ab. Fragen Sie Ihre "
                    "ALS-Ambulanz, bevor Sie etwas kaufen.")
    assert looks_like_voicemail((HERE / "auenfeld-pulsaron-sprachnachrichten-de.txt").read_text(encoding="utf-8"))
    assert not looks_like_voicemail("Minutes of the committee\n[1] Apologies from: Sue\n[2] Matters from: Tom\n")


def test_a_raffle_sheet_saved_as_text_quotes_the_box_its_long_lead_in_announces():
    # The same family as plain text: 'Taped inside the prize box by request – the committee's answer on X:' is a line of
    # thirteen words, a label by its words after the dash; the bracketed note under the box dates it and its review.
    document = read_one("whitlow-nerravine-raffle-sheet.txt")
    said = quoted(document)
    assert said == ("Nerravine has only been tried in a small early study. Please wait for the results of the NERRA-2 "
                    "trial before thinking about it, and never pay anyone who offers it to you.")
    assert (document.kind, document.date, document.reviewed) == ("statement", "2026-02", "2026-03")
    assert document.organisation == "Whitlow MND Group"


def test_a_voicemail_log_with_unnumbered_messages_and_inline_transcripts_quotes_the_message_read_out():
    # Another phone system: 'Voicemail from … - 5 Feb 2026, 08:31 (1:40)' heads each message, and 'Transcript: …' gives
    # what was said on the same line; the chair's answer runs from 'Here goes.' to 'That's all.'.
    document = read_one("heddon-coldlaser-voicemail-log.txt")
    said = quoted(document)
    assert said == ("There is no good evidence that cold-laser sessions slow ALS or ease its symptoms, so we advise "
                    "against paying for them. Please do not stop or put off any treatment or appointment for them. Ask "
                    "your ALS nurse before you spend money on anything like this.")
    assert (document.kind, document.date, document.organisation) == ("statement", "2026-02", "Heddon ALS Club")


def test_a_tab_separated_answers_sheet_without_a_subject_column_is_titled_by_the_question_it_answers():
    # A TSV export with no comment lines and no subject column: the answering record's question names it; its
    # 'Approved' and 'Reviewed' cells date it; the quiz's 'We recommend booking a table' is another record.
    document = read_one("ostby-quelvarin-answers-tsv.txt")
    assert quoted(document) == ("We do not recommend Quelvarin. It has never been tested in people with MND. Talk to "
                                "your neurologist before you buy any supplement.")
    assert document.title == "Is Quelvarin worth trying for MND?"
    assert (document.kind, document.date, document.reviewed) == ("statement", "2025-05", "2025-09")


def test_a_voicemail_transcription_that_opens_like_a_field_is_still_what_was_said():
    text = ("Voicemail export\nMailbox: Example MND Group helpline\n\n"
            "[1] SAVED  Mon 02/03/2026 10:00  From: 01632 960 111 (Ann)\n    Duration: 0:20\n"
            "    Hi all: it's Ann, the raffle tickets are in the cupboard by the door.\n\n"
            "[2] NEW  Tue 03/03/2026 11:00  From: withheld\n    Duration: 0:05\n    Please ring me back.\n")
    said = [text[b.start : b.end] for b in read_voicemail(text).blocks if not b.small and b.kind == "line"]
    assert said == ["Hi all: it's Ann, the raffle tickets are in the cupboard by the door.", "Please ring me back."]
