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
