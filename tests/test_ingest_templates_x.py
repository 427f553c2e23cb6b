"""Structure rules for the kinds of page blind set X brought in (a community-journal entry, a wiki page in Dutch, an
Italian micro-blog post, an Irish hand-made site, print sheets whose answer sits under a label), each tested on a small
variant written for it or on the words of the rule.

Every fixture in tests/fixtures/ingest-x/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.structure.assemble import _signed_off_in_words
from statement_qa.structure.vocabulary import is_position_heading

HERE = Path(__file__).parent / "fixtures" / "ingest-x"


read_one = partial(first_document, HERE, only=True)  # the only Document of one fixture file of this folder


def test_a_clause_before_a_colon_is_the_positions_first_words_not_a_label():
    # Fictional journal entry: 'Zentrolax is still experimental: it is not licensed …' under 'Where Harwick stands today';
    # the review sentence under it dates the position and is not quoted.
    document = read_one("harwick-journal-entry.html")
    assert document.kind == "statement"
    said = quoted(document)
    assert said.startswith("Zentrolax is still experimental: it is not licensed anywhere")
    assert said.endswith("keep taking the medicines you already have.")
    assert document.reviewed == "2025-10"


def test_a_dutch_wiki_page_under_het_standpunt_van_ons_bestuur_is_a_statement():
    document = read_one("ternhoek-wiki-nl.html")
    assert document.kind == "statement"
    said = quoted(document)
    assert said.startswith("Pelvarine is nog niet toegelaten")
    assert said.endswith("Stop niet met uw andere behandelingen.")


@pytest.mark.parametrize("heading", [
    "Panel verdict, written down",
    "Committee verdict (typed in full)",
    "On the back of every leaflet, our answer",
    "From the 2024 committee, on zentrolax",
    "Het standpunt van ons bestuur, kort en helder",
    "Cosa ne pensa il direttivo, in breve",
    "Ár bhfreagra, focal ar fhocal",
    "Ár seasamh",
    "Cad a mholaimid?",
])
def test_headings_that_name_whose_view_follows(heading):
    assert is_position_heading(heading)


@pytest.mark.parametrize("heading", ["Where to park", "Where Kelderwick now stands (April 2025)", "Committee members", "Back in 2023, the tide times", "Our shop"])
def test_headings_that_name_no_view(heading):
    assert not is_position_heading(heading)


@pytest.mark.parametrize("line, signed", [
    ("The committee looked at this again on 14 October 2025 and made no change.", True),
    ("Decisione del direttivo del 3 giugno 2025. Riletta dal direttivo il 7 ottobre 2025, senza modifiche.", True),
    ("THE BOARD RE-READ IT ON 16 JUNE 2025 AND CHANGED NOTHING.", True),
    ("Ask your neurologist about trials you could join for free.", False),
])
def test_a_paragraph_that_only_dates_the_position_ends_it(line, signed):
    assert _signed_off_in_words(line) is signed
