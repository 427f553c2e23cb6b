"""Structure rules for the kinds of HTML page blind set AA brought in (a webmail client's message view whose <title>
carries the client's prefix, a site builder's Polish page signed off with a review in words, a forum topic laid out as a
list with its post dates in a header above each post and its position a numbered list, a photo post's one long caption
that runs on past its advice, an e-mail newsletter's web version named only by its logo and advising with its verb
last), each tested on a variant written for it on another platform or in another language, or on the words of the rule.

Every fixture in tests/fixtures/ingest-aa1/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from conftest import first_document, quoted

HERE = Path(__file__).parent / "fixtures" / "ingest-aa1"


read_one = partial(first_document, HERE, only=True)  # the only Document of one fixture file of this folder


# --- a webmail client's message view -------------------------------------------------------------------------------

def test_a_webmail_subject_heading_titles_the_message_without_the_clients_prefix():
    # '<title>Hexmoor Mail :: Inbox :: Velbrixan: our answer for now</title>' over '<h2><span class="sr-only">Subject:
    # </span> Velbrixan: our answer for now</h2>': the subject the page prints, without the label a screen reader reads.
    document = read_one("hexmoor-velbrixan-horde.html")
    assert document.title == "Velbrixan: our answer for now"
    assert document.organisation == "Hexmoor ALS Network"
    said = quoted(document)
    assert said.startswith("Velbrixan is an experimental medicine and is not licensed in the UK.")
    assert said.endswith("do not stop any medicine your doctor has prescribed.")
    assert "Subject" not in document.body_text[:200]


def test_a_screen_readers_label_inside_the_pages_own_heading_is_no_part_of_its_title():
    # '<h1><span class="visually-hidden">Subject</span>Corvadine: …</h1>': the label glued to the subject is not shown.
    document = read_one("lowfield-corvadine-squirrelmail.html")
    assert document.title == "Corvadine: what the committee says"
    assert quoted(document).startswith("Corvadine has not been tested in anyone with MND.")
