"""Structure rules for the kinds of document blind set AD brought in (collaborative Markdown pads, Easy Read text, …),
each tested on a small variant written for it or on the words of the rule.

Every fixture in tests/fixtures/ingest-ad1/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.structure.vocabulary import is_picture_note, notes_history

HERE = Path(__file__).parent / "fixtures" / "ingest-ad1"


read_one = partial(first_document, HERE, only=True)  # the only Document of one fixture file of this folder


def test_a_pads_position_starts_below_the_line_that_says_the_body_approved_it_and_ends_before_what_it_replaced():
    # A CodiMD note: 'Approved by the trustees on 4 March 2026:' announces the position (no position word in it); the
    # paragraph under it, 'This supersedes our 2024 leaflet, which said …', is the old advice's history, not advice.
    document = read_one("pendle-lumidrex-codimd.html")
    said = quoted(document)
    assert said.startswith("Lumidrex is experimental and is not licensed.")
    assert said.endswith("please do not buy lumidrex online.")
    assert document.date == "2026-03"


def test_the_same_in_french_an_etherpad_export_adopte_par_le_conseil_and_cet_avis_remplace():
    document = read_one("orcival-lumidrex-pad-fr.md")
    said = quoted(document)
    assert said.startswith("Le lumidrex est expérimental")
    assert said.endswith("n'achetez pas de lumidrex sur internet.")
    assert "remplace" not in said


def test_an_easy_read_texts_picture_descriptions_are_never_the_position_and_its_title_runs_over_two_lines():
    # '(Image: …)' lines between the sentences; the title 'Lumidrex:' over 'a tablet that is being tested'; the
    # position under 'Here is what they agreed:'.
    document = read_one("cressage-lumidrex-easy-read.txt")
    said = quoted(document)
    assert document.title == "Lumidrex: a tablet that is being tested"
    assert said.startswith("Lumidrex is still being tested.")
    assert said.endswith("Do not buy lumidrex on the internet.")
    assert "Image" not in said


@pytest.mark.parametrize("line, history", [
    ("This replaces the note we printed on the February 2024 sheet, which said it was too early.", True),
    ("This statement supersedes our leaflet of 2023.", True),
    ("Cet avis remplace celui de mars 2024.", True),
    ("Diese Stellungnahme ersetzt die von 2024.", True),
    ("Questo parere sostituisce quello del 2024.", True),
    ("Esta posição substitui a de 2024.", True),
    ("Dit standpunt vervangt dat van 2024.", True),
    ("This medicine replaces nothing you take now; keep taking your tablets.", False),
    ("Ask your neurologist whether the trial could suit you.", False),
])
def test_a_note_on_what_the_statement_replaced_in_each_language(line, history):
    assert notes_history(line) is history


@pytest.mark.parametrize("line, picture", [
    ("[Picture: people sitting round a table at a meeting]", True),
    ("(Image: a calendar)", True),
    ("[Bild: ein Telefon]", True),
    ("[Photo: the village hall]", True),
    ("[Picture: a calendar] Talk to us first.", False),
    ("Picture this: a calendar.", False),
])
def test_a_line_that_only_describes_a_picture(line, picture):
    assert is_picture_note(line) is picture
