"""Structure rules for the kinds of page blind set T brought in (a Vanilla Forums thread whose moderator gives the
position, a Spanish Canva page, an Afrikaans Publii post, a Dutch Airtable record, a page whose review is a sentence of
its own under the approval, a charity-shop receipt, a door hanger, a sponsorship form, LaTeX source, an Otter.ai
transcript, a saved Zoom chat, SoundCloud and Question2Answer page titles), each tested on a small variant written for
it, or on the rule's own words.

Every fixture in tests/fixtures/ingest-t/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from conftest import first_document, quoted
from statement_qa.structure.dates import read_sign_off
from statement_qa.structure.organisation import organisation_name
from statement_qa.structure.subjects import names_in
from statement_qa.structure.vocabulary import (
    advice_sentences,
    is_position_heading,
    promises_another_look,
    sends_to_clinician,
)

HERE = Path(__file__).parent / "fixtures" / "ingest-t"


read_one = partial(first_document, HERE)  # the first Document of one fixture file of this folder


# -- Vanilla Forums: the moderator's comment ----------------------------------------------------------------------------


def test_a_forum_moderators_comment_is_the_organisations_post():
    # Vanilla sets replies as 'Comment's with the author's rank ('Role_Moderator'); a member opened the discussion.
    document = read_one("vanilla-moderator.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("There is no evidence that the CoolBand helps MND")
    assert quoted(document).endswith("about a proper arm support.")
    assert "I'd recommend" not in quoted(document) and "LARK10" not in quoted(document)


def test_a_promise_to_revisit_after_its_condition_is_no_part_of_the_position():
    assert "we'll revisit this" not in quoted(read_one("vanilla-moderator.html"))
    assert promises_another_look("If Thornbury ever tests the band in a proper trial, we'll revisit this.")
    assert not promises_another_look("If your arms ache, ask your MND nurse.")


def test_the_bodys_own_line_with_how_to_pass_it_on_heads_the_position():
    assert is_position_heading("Group line, pass it on as written:")
    assert is_position_heading("Committee answer, word for word")
    assert is_position_heading("What we told runners in 2021:")
    assert not is_position_heading("Product line, 2025")


# -- Canva (Spanish), Publii (Afrikaans), Airtable (Dutch) ----------------------------------------------------------------


def test_a_spanish_page_gives_its_position_under_what_it_suggests_to_members():
    document = read_one("canva-es.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("La vemirasina puede aliviar los calambres")
    assert quoted(document).endswith("No la compre por internet.")
    assert "postura" not in [alias.casefold() for alias in document.aliases]  # 'nuestra postura' names nothing
    assert is_position_heading("Lo que proponemos a las familias")
    assert is_position_heading("La respuesta de la asociación, para guardar")


def test_spanish_advice_with_the_pronoun_on_the_verb_is_advice():
    terms = frozenset({"vemira"})
    assert advice_sentences("Pídala a su neuróloga si quiere probar la vemirasina.", terms) == 1
    assert advice_sentences("No la compre por internet: la vemirasina necesita receta.", terms) == 1


def test_an_afrikaans_page_gives_its_position_under_what_the_committee_tells_families():
    document = read_one("publii-af.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("Dravenol is nog eksperimenteel")
    assert quoted(document).endswith("moenie dravenol aanlyn koop nie.")
    assert "gholfdag" not in quoted(document)
    assert is_position_heading("Wat ons vir lede sê")
    assert is_position_heading("Die komitee se standpunt")
    assert advice_sentences("Vra u neuroloog of dravenol vir u geskik is.", frozenset({"draven"})) == 1
    assert advice_sentences("Moenie dravenol aanlyn koop nie.", frozenset({"draven"})) == 1


def test_a_dutch_record_field_named_for_the_boards_standpoint_is_the_position():
    document = read_one("airtable-nl.html")
    assert document.kind == "statement"
    assert quoted(document).startswith("Movaspirine is nog experimenteel")
    assert quoted(document).endswith("koop geen movaspirine via internet.")
    assert "ledendag" not in quoted(document)
    assert is_position_heading("Bestuursstandpunt (letterlijk doorgeven)")
    assert is_position_heading("Verenigingsstandpunt")


def test_an_italian_label_saying_whose_answer_it_is_heads_the_position():
    assert is_position_heading("La risposta del Gelsomino, da appendere alla porta:")
    assert is_position_heading("La risposta dell'Associazione")
    assert is_position_heading("Il parere del comitato")


# -- A review in a sentence of its own ----------------------------------------------------------------------------------


def test_a_review_sentence_after_the_approval_is_the_review_and_the_page_stamp_no_new_date():
    document = read_one("review-sentence.html")
    assert document.date == "2025-03"  # 'Agreed by the trustees on 4 March 2025', not 'Page last modified 10/10/2025'
    assert document.reviewed == "2025-10"  # 'Checked again by the trustees on 9 October 2025 and left unchanged.'


def test_review_sentences_without_an_approval_in_them():
    for sentence, month in [
        ("Checked again by the trustees on 12 November 2024 and left unchanged.", "2024-11"),
        ("The board re-checked this answer on 3 September 2024: no changes.", "2024-09"),
        ("Looked at again by the committee on 10 June 2024 and kept as it is.", "2024-06"),
    ]:
        line = read_sign_off(sentence)
        assert line is not None and line.first("reviewed") == month
    assert read_sign_off("Checked the room on 3 September 2024.") is None  # no 'unchanged': no review


# -- A receipt's footer: the advice, then the nurse ---------------------------------------------------------------------


def test_sending_the_reader_to_their_own_nurse_goes_on_with_the_advice():
    assert sends_to_clinician("There is no good evidence that it helps. Talk to your MND nurse before you spend anything.")
    assert sends_to_clinician("Chieda al suo neurologo se fa per lei.")
    assert not sends_to_clinician("Talk to your friends about the quiz night.")


# -- LaTeX source, an Otter.ai transcript, a Zoom chat ------------------------------------------------------------------


def test_latex_source_gives_its_sections_and_the_newsletter_item_that_states_a_position():
    document = read_one("latex-newsletter.txt")
    assert document.kind == "statement"
    assert document.title == "Ostravane: your questions"  # the item of the newsletter, not a '%' comment line
    assert quoted(document).startswith("Ostravane is still experimental, and we do not advise using it")
    assert quoted(document).endswith("and carry on with your usual medicines.")
    assert document.date == "2025-02" and document.reviewed == "2025-04"
    assert "OSV-9" in document.aliases and "OSV-3" not in document.aliases  # 'Ostravane is OSV-9.'


def test_an_otter_transcript_is_read_by_its_speakers_turns_and_titled_by_its_header():
    document = read_one("otter-transcript.txt")
    assert document.title == "Harbury monthly meeting - March 2025"  # never a speaker's label 'Ann Fairley 00:03'
    assert quoted(document).startswith("Velozimab is an experimental infusion")  # after the spoken lead-in
    assert quoted(document).endswith("please don't buy it from anyone.")
    assert "VLZ-41" in document.aliases  # 'Velozimab is VLZ-41 on the trial paperwork.'
    assert "March" not in document.aliases


def test_a_saved_zoom_chat_is_titled_by_its_first_line():
    document = read_one("zoom-chat.txt")
    assert document.title == "Fenwick ALS Group - Monday drop-in (Zoom) - 12 May 2025"
    assert quoted(document).endswith("talk to your study doctor first.")  # not on into the next messages
    assert "PLZ 210" in document.aliases and "PLZ-215" not in document.aliases
    assert "Zoom" not in document.aliases and "May" not in document.aliases


def test_a_code_given_right_after_a_name_is_that_names_code():
    aliases = names_in("Tirzomapine zoom chat", "tirzomapine (TZM-330 on the trial paperwork) and TZM-335, a sleeping tablet", [])
    assert "TZM 330" in aliases and "TZM-335" not in aliases


def test_a_position_that_opens_with_a_medicine_is_about_it_when_its_title_names_none():
    # A sponsorship form titled by its walk: the 2022 statement on brenacimab that a 2025 one replaces.
    from statement_qa.structure.assemble import _opening_medicine

    assert _opening_medicine("Stowey Stroll 2022 - Sponsorship form", "Brenacimab is at an early stage.") == ["Brenacimab"]
    assert _opening_medicine("Brenacimab (BRN-604): our position", "Brenacimab is …") == []
    assert _opening_medicine("Stowey Stroll 2022", "Walkers should wear good shoes.") == []


# -- Page titles that wrap the organisation's name ----------------------------------------------------------------------


def test_a_media_pages_title_and_a_question_sites_name_give_the_organisation():
    assert organisation_name("Stream by Dunsford ALS Friends") == ("Dunsford ALS Friends", True)
    assert organisation_name("Ketterby ALS Network Q&A") == ("Ketterby ALS Network", True)


def test_not_buying_it_by_a_pronoun_is_advice_in_the_other_languages():
    # (as 'do not buy it' is in English: the pronoun stands for the subject of the advice)
    for sentence in ["No la compre por internet.", "Non lo acquisti online.", "Ne l'achetez pas en ligne.",
                     "Kaufen Sie es nicht im Internet.", "Koop het niet via internet.", "Não o compre na internet.",
                     "Moenie dit aanlyn koop nie."]:
        assert advice_sentences(sentence, frozenset()) == 1, sentence
    assert advice_sentences("No compre entradas tarde.", frozenset()) == 0
