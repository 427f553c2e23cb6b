"""Ingestion: each format's fictional fixture comes out with exactly the expected fields."""

from __future__ import annotations

import json
import logging
import re
import shutil

import pytest

from conftest import FIXTURE_CORPUS, FIXTURES, REPO
from statement_qa.errors import IngestError
from statement_qa.ingest import read_corpus, read_document
from statement_qa.passages import split_corpus

EXPECTED = {
    name: want
    for name, want in json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8")).items()
    if "sidecar_for" not in want
}
# An independent tester's pages (FICTIONAL, see tests/fixtures/independent/README.md).
INDEPENDENT = FIXTURES / "independent" / "corpus"
INDEPENDENT_EXPECTED = json.loads((INDEPENDENT.parent / "expected.json").read_text(encoding="utf-8"))


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_fields(name):
    want = EXPECTED[name]
    document = read_document(FIXTURE_CORPUS / name, FIXTURE_CORPUS)
    assert document.title == want["title"]
    assert document.organisation == want["organisation"]
    assert document.date == want["date"]
    assert document.kind == want["kind"]
    assert [s.name for s in document.sections] == want["sections"]
    assert document.url == want["url"]
    aliases = {a.lower() for a in document.aliases}
    assert {a.lower() for a in want["aliases"]} <= aliases
    recommendation = document.recommendation
    if want["recommendation_starts"]:
        text = collapse(document.section_text(recommendation))
        assert text.startswith(collapse(want["recommendation_starts"]))
        assert text.endswith(collapse(want["recommendation_ends"]))
    else:
        assert recommendation is None
    if want.get("recommendation_page"):
        assert document.page_at(recommendation.start) == want["recommendation_page"]


@pytest.mark.parametrize("name", sorted(INDEPENDENT_EXPECTED))
def test_independent_pages_come_out_right(name):
    want = INDEPENDENT_EXPECTED[name]
    document = read_document(INDEPENDENT / name, INDEPENDENT)
    got = {key: getattr(document, key) for key in ("title", "organisation", "date", "kind")}
    assert got == {key: want[key] for key in got}
    if want["kind"] == "statement":
        assert document.recommendation is not None


def test_a_lead_in_line_and_a_dated_update_do_not_break_the_recommendation():
    bulleted = read_document(INDEPENDENT / "harrowgate-nerivastat.txt", INDEPENDENT)
    assert [s.name for s in bulleted.sections] == ["Background", "Recommendation"]
    recommendation = bulleted.section_text(bulleted.recommendation)
    assert recommendation.startswith("The RAC advises that:")
    assert recommendation.endswith("when results of the phase 2 trial are published.")
    updated = read_document(INDEPENDENT / "solenne-tavorecel.txt", INDEPENDENT)
    assert [s.name for s in updated.sections] == ["Background", "Recommendation", "Update – March 2022"]
    assert (updated.organisation, updated.date) == ("Global Coalition of Motor Neurone Disease Societies", "2021-10")


def test_seed_page_exactly():
    """The real seed: title, date, Background and Recommendation, and none of the page around them."""
    document = read_document(REPO / "corpus" / "kadimastem-astrorx.txt", REPO / "corpus")
    assert (document.title, document.date, document.kind) == ("Kadimastem – AstroRx", "2020-09", "statement")
    assert document.organisation == "International Alliance of ALS/MND Associations"
    assert [s.name for s in document.sections] == ["Background", "Recommendation"]
    background, recommendation = (document.section_text(s) for s in document.sections)
    assert background.startswith("Kadimastem is a company located in Israel")
    assert background.endswith("AstroRx® is also called a “breakthrough cell therapy”.")
    assert recommendation.startswith("The SAC\xa0acknowledges the potential ability of healthy astrocytes")
    assert recommendation.endswith("until a larger, properly controlled clinical trial has been completed.")
    assert document.url == "https://www.alsmndalliance.org/advocacy/kadimastem-astrorx/"
    statement_text = document.body_text
    for boilerplate in ("Skip to", "Members’ Login", "Primary Sidebar", "Richard Clark", "Latest Tweets",
                        "Copyright", "Click here", "Biogen – Tofersen"):
        assert boilerplate not in statement_text
        assert all(boilerplate not in document.section_text(s) for s in document.sections)


def test_every_section_and_passage_is_a_slice_of_the_extracted_text():
    documents, _ = read_corpus(FIXTURE_CORPUS)
    by_id = {d.id: d for d in documents}
    for passage in split_corpus(documents):
        document = by_id[passage.doc_id]
        assert passage.text == document.text[passage.start : passage.end]
        section = next(s for s in document.sections if s.name == passage.section)
        assert section.start <= passage.start < passage.end <= section.end
    for document in documents:
        if document.source.endswith((".txt", ".md")):
            raw = (FIXTURE_CORPUS / document.source).read_bytes()
            assert document.text in (raw.decode("utf-8", "replace"), raw.decode("cp1252", "replace"))


def test_identical_files_become_one_document():
    documents, skipped = read_corpus(FIXTURE_CORPUS)
    assert not skipped
    sources = [d.source for d in documents]
    assert "neuromyograft-statement.txt" not in sources
    original = next(d for d in documents if d.source == "fcma-neuromyograft.txt")
    assert original.duplicates == ("neuromyograft-statement.txt",)
    assert len(documents) == len(EXPECTED) - 1


def test_bad_files_are_skipped_with_a_reason_and_the_rest_indexed():
    documents, skipped = read_corpus(FIXTURES / "bad")
    assert [d.source for d in documents] == ["good-statement.md"]
    reasons = {s.source: s.reason for s in skipped}
    assert reasons["broken.pdf"].startswith("not a readable PDF")
    assert reasons["empty.txt"] == "the file is empty"
    assert reasons["binary.md"] == "looks like a binary file, not text"
    assert all("\n" not in reason for reason in reasons.values())


def test_other_encodings_are_decoded_with_a_warning(caplog):
    with caplog.at_level(logging.WARNING):
        document = read_document(FIXTURE_CORPUS / "nordmark-neurorenova.txt", FIXTURE_CORPUS)
    assert "Kürzberg" in document.text and "1½ years" in document.text
    assert "is not UTF-8; decoded it as cp1252" in caplog.text


def test_sidecar_overrides_extracted_metadata(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    shutil.copy(FIXTURES / "bad" / "good-statement.md", folder / "s.md")
    (folder / "s.meta.json").write_text(json.dumps({"title": "Other title", "url": "https://example.org/s",
                                                     "date": "March 2019", "aliases": ["XYZ-12"]}))
    document = read_document(folder / "s.md", folder)
    assert (document.title, document.url, document.date) == ("Other title", "https://example.org/s", "2019-03")
    assert "XYZ-12" in document.aliases
    (folder / "s.meta.json").write_text("{not json")
    with pytest.raises(IngestError, match="sidecar s.meta.json is not valid JSON"):
        read_document(folder / "s.md", folder)


def test_plain_markdown_headings_become_sections(tmp_path):
    # FICTIONAL test statement: invented company and therapy.
    (tmp_path / "c").mkdir()
    path = tmp_path / "c" / "zorvex.md"
    path.write_text(
        "# Quenmar Labs – Zorvex\n\n## Background\n\nQuenmar Labs tests Zorvex, an invented pill, in twenty people "
        "with MND in an open study.\n\n## Our position\n\nWe see no evidence yet that Zorvex helps. Wait for a "
        "controlled trial before using it.\n\nInvented Patients Group\nMay 2024\n",
        encoding="utf-8",
    )
    document = read_document(path, tmp_path / "c")
    assert document.title == "Quenmar Labs – Zorvex"
    assert [s.name for s in document.sections] == ["Background", "Our position"]
    assert document.section_text(document.recommendation) == (
        "We see no evidence yet that Zorvex helps. Wait for a controlled trial before using it."
    )
    assert (document.organisation, document.date, document.kind) == ("Invented Patients Group", "2024-05", "statement")


def test_a_page_of_another_layout_still_comes_out_right(tmp_path):
    """FICTIONAL page in a newer site layout: numbered list, no duplicated title, 'Last revised' signature."""
    page = "\n".join([
        "  • Skip to main content", "", "Invented Federation of Motor Neurone Groups", "",
        *[f"  • {item}" for item in ("Home", "About", "Research", "Right to Try", "Drugs in Development",
                                     "Quenmar – Zorvex", "Contact")],
        "", "Search this site", "", "Quenmar – Zorvex", "",
        "The Invented Federation's Research Council has looked at the evidence published so far for Zorvex, "
        "an invented tablet that Quenmar sells online.", "",
        "Our position", "",
        "  1. There is no controlled trial showing that Zorvex slows motor neurone disease.",
        "  2. People should not stop their prescribed treatment in order to take Zorvex.", "",
        "Invented Federation of Motor Neurone Groups", "Last revised: April 2016", "",
        "Related Content", "", *[f"  • {item}" for item in ("Right to Try", "Expanded Access", "Open Science",
                                                           "Webinars", "Newsletters")],
        "", "Footer", "", "© 2024 Invented Federation. All rights reserved.",
    ])
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "zorvex.txt").write_text(page, encoding="utf-8")
    document = read_document(tmp_path / "c" / "zorvex.txt", tmp_path / "c")
    assert (document.title, document.date, document.kind) == ("Quenmar – Zorvex", "2016-04", "statement")
    assert document.organisation == "Invented Federation of Motor Neurone Groups"
    assert [s.name for s in document.sections] == ["Introduction", "Our position"]
    assert document.section_text(document.recommendation).endswith("in order to take Zorvex.")
    assert {"Quenmar", "Zorvex"} <= set(document.aliases)


@pytest.mark.parametrize(
    "heading, is_position",
    [("Recommendation", True), ("SAC Recommendations for people with ALS", True), ("The Alliance's position", True),
     ("Our advice", True), ("What we recommend", True), ("Conclusions and recommendations", True),
     ("Recommended reading", False), ("Background", False), ("Positioning the product", False),
     ("Advice line opening hours and contact details for our members", False)],
)
def test_which_headings_hold_a_position(heading, is_position):
    from statement_qa.documents import is_position_heading

    assert is_position_heading(heading) is is_position


def test_setext_markdown_headings(tmp_path):
    # FICTIONAL test statement: invented company and therapy.
    (tmp_path / "c").mkdir()
    path = tmp_path / "c" / "brelix.md"
    path.write_text(
        "Ostrava Bio – Brelix\n====================\n\nBackground\n----------\n\nOstrava Bio sells Brelix, an invented "
        "drink, to people with MND without any trial.\n\nRecommendation\n--------------\n\nDo not buy Brelix.\n\n---\n\n"
        "See also: our other statements.\n",
        encoding="utf-8",
    )
    document = read_document(path, tmp_path / "c")
    assert document.title == "Ostrava Bio – Brelix"
    assert [s.name for s in document.sections] == ["Background", "Recommendation"]
    assert document.section_text(document.recommendation) == "Do not buy Brelix."


def test_wordpress_entry_heading_and_byline_inside_the_article_header(tmp_path):
    """FICTIONAL page: the theme puts the site name in an <h1> too, and the entry's <h1> in <article><header>."""
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "zorvex.html").write_text(
        "<!doctype html><html><head><title>Zorvex – Position | Invented Society</title></head><body>"
        "<header class='site-header'><h1 class='site-title'>Invented Society</h1><nav><a href='/'>Home</a></nav>"
        "</header><div id='content'><article><header class='entry-header'><h1 class='entry-title'>Quenmar – Zorvex"
        "</h1><div class='entry-meta'>Posted on <time datetime='2021-03-02'>2 March 2021</time></div></header>"
        "<div class='entry-content'><h2>Background</h2><p>Quenmar sells Zorvex, an invented tablet, to people with "
        "MND online without any controlled trial.</p><h2>Recommendation</h2><p>We do not recommend Zorvex. Please "
        "wait for a controlled trial before using it.</p></div></article></div><footer><p>© 2024 Invented Society"
        "</p></footer></body></html>",
        encoding="utf-8",
    )
    document = read_document(tmp_path / "c" / "zorvex.html", tmp_path / "c")
    assert (document.title, document.organisation, document.date) == ("Quenmar – Zorvex", "Invented Society", "2021-03")
    assert [s.name for s in document.sections] == ["Background", "Recommendation"]
    assert "© 2024" not in document.text


def test_organisation_falls_back_to_the_page_title_then_the_copyright_line(tmp_path):
    """FICTIONAL pages without a signature or site-name metadata."""
    (tmp_path / "c").mkdir()
    body = ("<h1>Quenmar – Zorvex</h1><h2>Our position</h2><p>We see no evidence that Zorvex, an invented pill, "
            "helps people with MND, and advise waiting for a trial.</p>")
    (tmp_path / "c" / "a.html").write_text(
        f"<html><head><title>Invented Trust – Quenmar – Zorvex</title></head><body><main>{body}</main></body></html>")
    (tmp_path / "c" / "b.html").write_text(
        f"<html><head><title>Quenmar – Zorvex</title></head><body><main>{body}</main>"
        "<footer>Copyright © 2019–2024 The Invented League. All rights reserved.</footer></body></html>")
    assert read_document(tmp_path / "c" / "a.html", tmp_path / "c").organisation == "Invented Trust"
    assert read_document(tmp_path / "c" / "b.html", tmp_path / "c").organisation == "Invented League"


def test_a_page_without_a_title_line_keeps_its_sections_and_leaves_the_menu_out(tmp_path):
    """FICTIONAL page: a menu, then straight into 'Background'."""
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "quenmar-zorvex.txt").write_text(
        "\n".join([*(f"  • {item}" for item in ("Home", "About", "News", "Contact", "Donate")), "", "Background", "",
                   "Quenmar sells Zorvex, an invented tablet, online to people with MND without any trial at all.", "",
                   "Recommendation", "",
                   "We do not recommend Zorvex, and ask people to wait for a properly controlled clinical trial.", "",
                   "Invented Society", "May 2024"]),
        encoding="utf-8",
    )
    document = read_document(tmp_path / "c" / "quenmar-zorvex.txt", tmp_path / "c")
    assert document.title == "Quenmar zorvex"  # from the file name, not "Background"
    assert [s.name for s in document.sections] == ["Background", "Recommendation"]
    assert "Donate" not in document.body_text


@pytest.mark.parametrize(
    "path, furniture",
    [(FIXTURE_CORPUS / "meridale-calbrenza.pdf", "Meridale MND Network - Position statement"),
     (INDEPENDENT / "meridian-halcyra.pdf", "Meridian ALS Research Trust · Position statement")],
)
def test_pdf_running_headers_and_footers_are_not_text(path, furniture):
    """A footer on every page ('… Page 1 of 2') and a header that starts only on page 2 are left out."""
    document = read_document(path, path.parent)
    assert furniture not in document.text
    assert not re.search(r"Page \d+ of \d+", document.text)
    assert document.page_at(document.recommendation.start) == 2
