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


# PDF layouts of publications (FICTIONAL: every organisation, company, product and person below is invented).
def _report_with_a_boxed_statement(path) -> None:
    """Two pages of an invented annual report: a section, then the statement as one shaded box, then another section."""
    fpdf = pytest.importorskip("fpdf")

    class Report(fpdf.FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 6, "Invented Wold MND Trust  |  Annual Review 2023", new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-13)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 6, str(30 + self.page_no()), align="R")

    pdf = Report()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 11, "Our year in research", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, "In 2023 we answered 900 questions about research, most of them about zorvex, an invented "
                   "tablet. Our advisers wrote the statement below, which the trustees agreed in March.", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(4)
    pdf.set_fill_color(240, 235, 220)
    pdf.rect(18, pdf.get_y(), 174, 80, style="DF")
    pdf.set_x(22)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(160, 9, "Position statement: zorvex (ZX-12)", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(160, 6, "Background", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(160, 4.8, "Zorvex is an invented tablet made by Quenmar Labs, who call it \"a giant leap for MND\". "
                   "A small trial of 80 people found no clear benefit after six months of treatment.", new_x="LEFT",
                   new_y="NEXT")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(160, 6, "What the Trust recommends", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.multi_cell(160, 4.8, "Invented Wold MND Trust does not recommend zorvex outside a clinical trial, because the "
                   "only trial was too small to show that it works and it can cause dizziness in some people.",
                   new_x="LEFT", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(160, 4.5, "Agreed by the Trustees, March 2023. Next review: March 2025.", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 11, "Fundraising", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, "We recommend that every supporter who runs for us uses our own giving page, so that no fee "
                   "is taken from what they raise for people living with MND.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_pdf_a_titled_statement_inside_a_report_is_the_document(tmp_path):
    """A report section that names itself a statement ('Position statement: X') and holds a position is the
    document: its title, its own date, its sections; the report's other sections are not part of it."""
    _report_with_a_boxed_statement(tmp_path / "wold-annual-review.pdf")
    document = read_document(tmp_path / "wold-annual-review.pdf", tmp_path)
    assert (document.title, document.organisation, document.date) == (
        "Position statement: zorvex (ZX-12)", "Invented Wold MND Trust", "2023-03")
    assert [s.name for s in document.sections] == ["Background", "What the Trust recommends"]
    quoted = collapse(document.section_text(document.recommendation))
    assert quoted.startswith("Invented Wold MND Trust does not recommend zorvex")
    assert quoted.endswith("dizziness in some people.")
    assert "giant leap" not in quoted and "giving page" not in collapse(document.body_text)


def test_pdf_a_bold_paragraph_under_a_bold_heading_is_a_paragraph(tmp_path):
    """Bold lines that run on into the end of a sentence are a paragraph set in bold, not a heading; a
    heading half a point larger above them stays a heading of its own."""
    from statement_qa.ingest.pdf import read_pdf

    _report_with_a_boxed_statement(tmp_path / "r.pdf")
    extracted = read_pdf((tmp_path / "r.pdf").read_bytes())
    headings = [extracted.text[b.start : b.end] for b in extracted.blocks if b.kind == "heading"]
    assert headings == ["Position statement: zorvex (ZX-12)", "Background", "What the Trust recommends"]


def _magazine_page(path, masthead: str, headline: str, prose_names_masthead: bool = False) -> None:
    """One invented magazine page: a masthead band, a headline, a standfirst, a pull quote and a narrow sidebar."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Times", "B", 26)
    pdf.cell(0, 11, masthead, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(0, 6, "The magazine of Invented Vale MND Group  |  Issue 12  |  Spring 2023", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Times", "B", 24)
    pdf.multi_cell(180, 10, headline, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "I", 12.5)
    pdf.multi_cell(180, 6, "A patch that some people already buy online has been in the news lately. Our writer "
                   "Tamsin Invented asks what is actually known.", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 6
    pdf.set_xy(15, top)
    pdf.set_font("Times", "", 10.5)
    body = ("Zorvex is an invented skin patch made by Quenmar Labs. " if not prose_names_masthead else
            f"{masthead.title()} is an invented skin patch made by Quenmar Labs. ")
    pdf.multi_cell(120, 5, body + "A trial of forty people found no clear difference in strength after four months, "
                   "and skin rashes were common.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_x(15)
    pdf.set_font("Times", "BI", 14)
    pdf.multi_cell(60, 6.5, "\"We see this as a revolution in MND care.\" - Quenmar Labs", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_x(15)
    pdf.set_font("Times", "", 10.5)
    pdf.multi_cell(120, 5, "A larger trial is due to report in 2025. Until then the patch is not licensed anywhere, "
                   "and what is sold online may not contain what its label says.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(149, top)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(40, 6, "OUR VIEW", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(40, 4.6, "Invented Vale MND Group does not recommend zorvex for people with MND at present. "
                   "If you already use it, tell your MND team.", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(15, 284)
    pdf.set_font("Helvetica", "", 7)
    pdf.cell(180, 4, f"7  |  {masthead.title()}  |  Spring 2023  |  Invented Vale MND Group", align="C")
    pdf.output(str(path))


def test_pdf_a_masthead_band_is_not_the_title(tmp_path):
    """A publication's name in capitals above the article, named again in the footer and described beneath as
    an issue, is not the title: the headline is. A sentence wrapped in a narrow sidebar ('Invented Vale MND' /
    'Group does not' / 'recommend …') is one paragraph, not a letterhead; a pull quote heads nothing."""
    _magazine_page(tmp_path / "pathways.pdf", "PATHWAYS", "Can a patch slow MND? We look at zorvex")
    document = read_document(tmp_path / "pathways.pdf", tmp_path)
    # (Dated by its issue's season alone, "Spring 2023": that season's middle month.)
    assert (document.title, document.organisation, document.date) == (
        "Can a patch slow MND? We look at zorvex", "Invented Vale MND Group", "2023-04")
    assert [s.name for s in document.sections][-1] == "OUR VIEW"
    assert not any("revolution" in s.name for s in document.sections)
    assert collapse(document.section_text(document.recommendation)) == (
        "Invented Vale MND Group does not recommend zorvex for people with MND at present. "
        "If you already use it, tell your MND team.")


def test_pdf_a_product_name_in_capitals_that_the_text_is_about_stays_the_title(tmp_path):
    """The same layout whose capitals name what the text speaks of ('ZORVEX … Zorvex is an invented patch') keeps
    them as the title."""
    from statement_qa.ingest.pdf import read_pdf

    _magazine_page(tmp_path / "zorvex.pdf", "ZORVEX", "Can a patch slow MND?", prose_names_masthead=True)
    assert read_pdf((tmp_path / "zorvex.pdf").read_bytes()).title == "ZORVEX"


@pytest.mark.parametrize("line, dates", [
    ("Issued: 4 May 2022 | Reviewed: 2 June 2024, no change | Next review: June 2026",
     (("issued", "2022-05"), ("reviewed", "2024-06"), ("next_review", "2026-06"))),
    # Who agreed it, set off by a comma, labels the date as its issue: it is not a name before a plain date.
    ("Agreed by the Trustees, March 2023. Next review: March 2025.", (("issued", "2023-03"), ("next_review", "2025-03"))),
])
def test_a_line_of_date_fields_with_a_note_or_a_full_stop_between_them(line, dates):
    from statement_qa.structure import read_date_line

    assert read_date_line(line).dates == dates


# -- e-mail threads, transcripts, Org mode, front matter in other languages (all FICTIONAL snippets) ----------


def test_markdown_front_matter_keys_in_the_document_language(tmp_path):
    """Front matter written in Dutch ('titel', 'organisatie', 'datum') gives the same fields as in English."""
    (tmp_path / "zorvex-nl.md").write_text(
        "---\ntitel: 'Standpunt: zorvex'\norganisatie: Verzonnen ALS Vereniging\ndatum: 2023-09-12\n---\n\n"
        "## Ons advies\n\nVerzonnen ALS Vereniging raadt zorvex, een verzonnen tablet, af buiten onderzoek.\n",
        encoding="utf-8",
    )
    document = read_document(tmp_path / "zorvex-nl.md", tmp_path)
    assert (document.title, document.organisation, document.date) == (
        "Standpunt: zorvex", "Verzonnen ALS Vereniging", "2023-09")


ORG_SOURCE = """#+TITLE: Zorvex: our position
#+AUTHOR: Invented Fells ALS Group, Policy Team
#+DATE: <2023-03-14 Tue>
#+OPTIONS: toc:nil

* Background
:PROPERTIES:
:CUSTOM_ID: background
:REVIEWED: [2024-02-01 Thu] checked by the Policy Team, no changes
:NEXT_REVIEW: [2025-03-01 Sat]
:END:
Zorvex is an invented patch for testing. Its maker says this on its website[fn:1]:

#+BEGIN_QUOTE
Zorvex gives you back the strength you lost.
#+END_QUOTE

* Our position
Invented Fells ALS Group does not recommend zorvex outside a clinical trial at present.

* Drafting notes                                                   :noexport:
** TODO Ask the panel about the Welsh translation
SCHEDULED: <2023-04-01 Sat>
Internal: do not publish this paragraph.

* Footnotes
[fn:1] The maker's website, seen in March 2023.
# An invented document for testing.
"""


def test_org_mode_keywords_drawers_and_unexported_subtrees(tmp_path):
    """Org's own fields are the fields (#+TITLE, #+DATE, #+AUTHOR, a drawer's :REVIEWED:); drawers, keywords,
    planning lines, comments, footnote definitions and a :noexport: subtree are not content; a quote block is a quote."""
    from statement_qa.ingest.markup import read_org

    (tmp_path / "zorvex.txt").write_text(ORG_SOURCE, encoding="utf-8")
    document = read_document(tmp_path / "zorvex.txt", tmp_path)
    assert (document.title, document.organisation, document.date, document.reviewed, document.next_review,
            document.kind) == ("Zorvex: our position", "Invented Fells ALS Group", "2023-03", "2024-02", "2025-03",
                               "statement")
    assert [s.name for s in document.sections] == ["Background", "Our position"]
    assert document.section_text(document.recommendation) == (
        "Invented Fells ALS Group does not recommend zorvex outside a clinical trial at present.")
    assert len(document.text) == len(ORG_SOURCE)  # furniture is blanked, offsets hold
    assert not re.search(r"PROPERTIES|REVIEWED|Internal|Welsh|SCHEDULED|maker's website|#\+|An invented document",
                         document.text)
    background = document.sections[0]
    assert [document.text[a:b] for a, b in document.excerpts(background.start, background.end)] == [
        "Zorvex is an invented patch for testing. Its maker says this on its website[fn:1]:",
        "Zorvex gives you back the strength you lost."]
    extracted = read_org(ORG_SOURCE)
    quoted = [extracted.text[b.start : b.end] for b in extracted.blocks if b.quote]
    assert quoted == ["Zorvex gives you back the strength you lost."]


def test_a_plain_text_list_with_stars_is_not_org_mode():
    from statement_qa.ingest.markup import looks_like_markup

    assert not looks_like_markup("Things to bring\n\n* your clinic letter\n* a list of medicines\n* a friend\n")


FORWARDED_THREAD = """From: Ann Example <ann@invented.example>
Sent: Monday, 3 April 2023 10:02
To: Helpline volunteers <helpline@invented.example>
Subject: FW: FW: Final wording - zorvex
Importance: High

Hi all, see the final wording below. I'd suggest pinning it by the phone.

Ann

-----Original Message-----
From: Ben Example <ben@invented.example>
Sent: Friday, 31 March 2023 16:40
To: Ann Example <ann@invented.example>
Subject: FW: Final wording - zorvex

Ann - approved wording below, please share it.

> -----Original Message-----
> From: Comms <comms@invented.example>
> Sent: Thursday, 30 March 2023 09:00
> Subject: Final wording - zorvex
>
> ZORVEX (ZX-4): OUR POSITION
>
> Background
>
> Zorvex is an invented patch made by Invented Pharma for testing. It has been tried in one small
> study of forty people, and the results have not been published yet.
>
> Our position
>
> Invented Moor MND Society does not recommend zorvex outside a
> clinical trial. Members should not buy it online.
>
> Invented Moor MND Society, March 2023

--
This e-mail is confidential. Invented Moor MND Society is an invented charity for testing.
"""


def test_a_forwarded_thread_reads_the_innermost_message_and_quotes_quoted_lines_one_by_one(tmp_path):
    """In a forward the original message is the document: the forwarding notes, headers, separators and the
    footer are furniture; its own title line names it; the '>' markers are blanked (same offsets) and a quote
    is cut at each one, so every excerpt is a slice of the file exactly as written."""
    (tmp_path / "mail.txt").write_text(FORWARDED_THREAD, encoding="utf-8")
    document = read_document(tmp_path / "mail.txt", tmp_path)
    assert (document.title, document.organisation, document.date, document.kind) == (
        "ZORVEX (ZX-4): OUR POSITION", "Invented Moor MND Society", "2023-03", "statement")
    assert len(document.text) == len(FORWARDED_THREAD)
    assert "pinning" not in document.body_text and "approved wording" not in document.body_text
    assert "confidential" not in document.body_text and ">" not in document.body_text
    position = document.recommendation
    pieces = [document.text[a:b] for a, b in document.excerpts(position.start, position.end)]
    assert pieces == ["Invented Moor MND Society does not recommend zorvex outside a",
                      "clinical trial. Members should not buy it online."]
    assert all(piece in FORWARDED_THREAD for piece in pieces)


def test_a_reply_is_its_newest_message_and_what_it_quotes_is_not_part_of_it(tmp_path):
    """In a reply the newest message is the document; the earlier message under 'On …, … wrote:' is not."""
    (tmp_path / "reply.txt").write_text(
        "From: Invented Dale MND Association <info@invented.example>\nSubject: Re: Is zorvex worth trying?\n"
        "Date: Tue, 9 May 2023 11:00:00 +0100\n\nDear Carol,\n\n"
        "Thank you for asking us about zorvex, an invented patch that is sold online and in some pharmacies.\n\n"
        "Our position is that there is no good evidence that zorvex helps people with MND, so we advise you not to buy it.\n\n"
        "On Mon, 8 May 2023, Carol Example <carol@invented.example> wrote:\n"
        "> My neighbour swears by zorvex and says everybody with MND should be using it every single day.\n"
        "> Should I buy some for my husband?\n",
        encoding="utf-8",
    )
    document = read_document(tmp_path / "reply.txt", tmp_path)
    assert (document.title, document.organisation, document.date, document.kind) == (
        "Is zorvex worth trying?", "Invented Dale MND Association", "2023-05", "statement")
    assert "swears" not in document.body_text
    assert "swears" not in document.section_text(document.recommendation)


TRANSCRIPT = """INVENTED GLEN ALS NETWORK - MEMBERS' EVENING
Transcript: "Zorvex: your questions answered"
Recorded: Wednesday 6 September 2023, 6.30pm (online)

Speakers:
  JANE ROE - host, Invented Glen ALS Network
  DR TOM DOE - Research Lead, Invented Glen ALS Network

[00:00:05] JANE ROE: Welcome everyone to tonight's members' evening about zorvex, an invented patch for testing.

[00:00:40] DR TOM DOE: Thanks Jane. Zorvex has only been tried in one small study so far, and it was not
a controlled study, so we cannot tell yet whether it helps anyone with ALS at all.

[00:01:30] JANE ROE: "Can I get it from my GP?"

[00:01:35] DR TOM DOE: Not at the moment. Let me read out our position exactly as it was agreed:

[00:01:42] DR TOM DOE: "Invented Glen ALS Network does not recommend zorvex outside a clinical trial, and
members should not buy it online."

[... 00:02:10 to 00:40:00: other topics, not transcribed ...]

[00:40:05] JANE ROE: Thank you all for coming this evening, and goodnight from both of us here.
"""


def test_a_transcript_is_titled_and_dated_by_its_header_and_quotes_the_position_read_aloud(tmp_path):
    """A speaker's label is never the title; the header's quoted name is, and its date dates it. The labels head
    each speaker's turn; the position read aloud is the quoted turn after its lead-in (the same speaker's, under
    a new timestamp), not a listener's quoted question before it; the repeated label is blanked, not quoted."""
    (tmp_path / "evening.txt").write_text(TRANSCRIPT, encoding="utf-8")
    document = read_document(tmp_path / "evening.txt", tmp_path)
    assert (document.title, document.organisation, document.date, document.kind) == (
        "Zorvex: your questions answered", "Invented Glen ALS Network", "2023-09", "statement")
    assert collapse(document.section_text(document.recommendation)) == (
        "Invented Glen ALS Network does not recommend zorvex outside a clinical trial, and members should not buy it online.")
    assert "DR TOM DOE" in [s.name for s in document.sections]
    assert "[00:01:42]" not in document.text and len(document.text) == len(TRANSCRIPT)
    assert TRANSCRIPT.index("[... 00:02:10") in document.breaks


def test_a_question_and_answer_page_is_not_a_transcript():
    from statement_qa.ingest.transcript import looks_like_transcript

    page = "".join(f"Q: Question number {n} about zorvex?\nA: Answer number {n} about zorvex.\n\n" for n in range(5))
    assert not looks_like_transcript(page)


def test_pdf_a_question_and_answer_table_has_one_section_per_question(tmp_path):
    """A two-column table whose first cells are questions and second cells answers: each question heads its
    answer, whether or not the question wraps or sits level with its answer's first line (FICTIONAL)."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 8.5, "Zorvex (ZX-3): your questions", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    rows = [("What is zorvex?", "Zorvex is an invented capsule made by Quenmar Labs. It is meant to protect motor "
             "neurones from damage, but this has not been shown in people."),
            ("Who makes it, and does the same company make anything else?", "Quenmar Labs, which also makes ZX-9, "
             "an invented cream for eczema that is not covered here."),
            ("What does the Invented Fen Society advise?", "The Invented Fen Society advises people with MND not to take "
             "zorvex, because the only trial found no benefit and what is sold online is not made to medicine standards."),
            ("Where can I find out more?", "Call our support line on weekday mornings, when a volunteer who knows about "
             "research is there to talk it through with you.")]
    with pdf.table(col_widths=(52, 122), line_height=5.2, first_row_as_headings=True) as table:
        for question, answer in [("Question", "Our answer"), *rows]:
            row = table.row()
            row.cell(question)
            row.cell(answer)
    pdf.output(str(tmp_path / "zorvex-questions.pdf"))
    document = read_document(tmp_path / "zorvex-questions.pdf", tmp_path)
    assert [s.name for s in document.sections][-4:] == [question for question, _ in rows]
    assert collapse(document.section_text(document.recommendation)) == rows[2][1]


def test_pdf_a_folded_leaflet_is_titled_by_its_cover_panel_printed_last(tmp_path):
    """A tri-fold leaflet prints its inside panels first and its cover panel last, on the outside page: with no
    heading on the first page in the document's largest type, the later page's largest heading is the title,
    and a name standing alone under it is the publisher (FICTIONAL)."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(orientation="L")
    pdf.set_auto_page_break(False)
    panels = [[("Placebo", "A dummy treatment that looks like the real one but holds no drug."),
               ("Open-label", "Everyone knows who is getting the treatment, which can make results look better.")],
              [("Endpoint", "The main question a trial is set up to answer, chosen before it starts.")],
              [("Subgroup", "A smaller group within a trial; a result found only there is weak evidence.")]]
    pdf.add_page()
    for n, panel in enumerate(panels):
        pdf.set_xy(11 + n * 99, 15)
        for heading, text in panel:
            pdf.set_font("Helvetica", "B", 13)
            pdf.cell(85, 8, heading, new_x="LEFT", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(85, 5, text, new_x="LEFT", new_y="NEXT")
            pdf.ln(4)
    pdf.add_page()
    pdf.set_xy(11, 15)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(85, 8, "About this leaflet", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(85, 5, "This leaflet explains words; it does not say whether a treatment works.", new_x="LEFT",
                   new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(85, 5, "Printed May 2023. Review due May 2025.", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(209, 40)
    pdf.set_font("Helvetica", "B", 24)
    pdf.multi_cell(80, 11, "Trial words explained", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", "", 13)
    pdf.multi_cell(80, 6, "A pocket guide for people with MND and their families", new_x="LEFT", new_y="NEXT")
    pdf.ln(20)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(80, 5, "Invented Marsh Support", new_x="LEFT", new_y="NEXT")
    pdf.output(str(tmp_path / "marsh-trial-words.pdf"))
    document = read_document(tmp_path / "marsh-trial-words.pdf", tmp_path)
    assert (document.title, document.organisation, document.date, document.kind) == (
        "Trial words explained", "Invented Marsh Support", "2023-05", "resource")


def test_a_letter_is_titled_by_its_subject_line_and_its_closing_matters_are_not_its_position(tmp_path):
    """A word processor's letter: its letterhead in the largest type is who writes, the 'Re:' line what about;
    what to do with the letter and how to pay a membership, below the advice, are not the advice (FICTIONAL)."""
    (tmp_path / "letter.htm").write_text(
        '<html><head><meta name="Generator" content="Microsoft Word 15 (filtered)"><style>'
        ".MsoHeader{font-size:20.0pt} .MsoNormal{font-size:11.0pt}</style></head><body><div class=WordSection1>"
        "<p class=MsoHeader align=right>INVENTED MARSH MND SOCIETY</p>"
        "<p class=MsoNormal>3 Reed Lane · Marshton · 01632 960 111</p>"
        "<p class=MsoNormal>12 March 2020</p><p class=MsoNormal>Dear Member,</p>"
        "<p class=MsoNormal><b><u>Re: Zorvex (ZX-1) – a letter from our panel</u></b></p>"
        "<p class=MsoNormal>Many of you have asked about Zorvex, an invented tablet, since its maker announced a small study.</p>"
        "<p class=MsoNormal><b>What the Society advises</b></p>"
        "<p class=MsoNormal>The Society thinks Zorvex is promising but unproven, and we advise members not to buy it online.</p>"
        "<p class=MsoNormal>I would recommend keeping this letter with your notes, so that you can show it to your doctor.</p>"
        "<p class=MsoNormal>With this letter you will find your renewal form. We recommend paying your subscription by "
        "standing order, as it saves the Society time.</p>"
        "<p class=MsoNormal>Yours sincerely,</p><p class=MsoNormal>Dr Ann Reedley</p>"
        "<p class=MsoNormal>Chair, Invented Marsh MND Society</p></div></body></html>",
        encoding="utf-8",
    )
    document = read_document(tmp_path / "letter.htm", tmp_path)
    assert (document.title, document.organisation, document.date) == (
        "Zorvex (ZX-1) – a letter from our panel", "Invented Marsh MND Society", "2020-03")
    assert document.section_text(document.recommendation) == (
        "The Society thinks Zorvex is promising but unproven, and we advise members not to buy it online.")


def test_a_summary_in_another_language_and_a_newsletter_line_end_the_position(tmp_path):
    """A French page's position, then a boxed German summary of it and a newsletter line: neither is the
    position (FICTIONAL)."""
    (tmp_path / "avis.html").write_text(
        '<html lang="fr"><head><title>Zorvex : notre avis | Association Invent-Lac</title></head><body><main>'
        "<h1>Zorvex : notre avis</h1><p>Publié le 3 mars 2024</p>"
        "<h2>Contexte</h2><p>Le zorvex est un comprimé inventé, étudié chez quarante personnes pendant six mois.</p>"
        "<h2>Notre conseil</h2><p>L'Association Invent-Lac considère que le zorvex n'est pas prouvé et déconseille "
        "de l'acheter sur internet.</p>"
        "<h3>Kurzfassung auf Deutsch</h3><p>Unser Rat in Kürze: Zorvex ist nicht bewiesen, kaufen Sie es nicht im "
        "Internet und fragen Sie Ihre Ärztin.</p>"
        "<p>Nous vous recommandons de vous inscrire à notre lettre d'information pour recevoir les prochains résultats.</p>"
        "</main></body></html>",
        encoding="utf-8",
    )
    document = read_document(tmp_path / "avis.html", tmp_path)
    assert document.section_text(document.recommendation) == (
        "L'Association Invent-Lac considère que le zorvex n'est pas prouvé et déconseille de l'acheter sur internet.")


def test_a_review_badge_and_a_modification_stamp_in_the_review_month_keep_the_issue_date(tmp_path):
    """'✔ Reviewed … – no changes needed' is a review date; a report's 'Modified' stamp in the month it says it
    was reviewed with no changes is that review, not new words (FICTIONAL)."""
    from statement_qa.structure import read_date_line

    assert read_date_line("✔ Reviewed 9 June 2025 – no changes needed").dates == (("reviewed", "2025-06"),)
    (tmp_path / "report.html").write_text(
        "<html><head><title>Zorvex | Invented Fen Network</title></head><body><main><h1>Zorvex</h1>"
        "<div>Published</div><div>May 3, 2023</div><div>Modified</div><div>June 7, 2024</div>"
        "<h2>Our position</h2><p>The Invented Fen Network advises people with MND not to buy Zorvex online.</p>"
        "<p>This position was agreed by the Network on 3 May 2023. Reviewed 7 June 2024; no changes.</p>"
        "</main></body></html>",
        encoding="utf-8",
    )
    document = read_document(tmp_path / "report.html", tmp_path)
    assert (document.date, document.reviewed) == ("2023-05", "2024-06")


def test_a_course_page_is_titled_by_the_heading_it_prints_not_its_course_path(tmp_path):
    """<title> 'CS1: Unit 3: Reading labels | Site', the <h1> in the page's header bar 'Reading labels': the
    course and unit are the path to the page (FICTIONAL)."""
    (tmp_path / "course.html").write_text(
        "<html><head><title>CS1: Unit 3: Reading labels | Invented Learning Hub</title></head><body>"
        '<header id="page-header"><nav class="breadcrumb"><a href="/c">CS1</a></nav><h1>Reading labels</h1></header>'
        '<div role="main"><p>A medicine label gives the name, the dose and how often to take it; ask your pharmacist '
        "when anything on it is unclear, and keep the leaflet that comes with the box.</p></div></body></html>",
        encoding="utf-8",
    )
    assert read_document(tmp_path / "course.html", tmp_path).title == "Reading labels"


def test_sandbox_limits_the_readers_cpu_time_not_the_clock_on_a_busy_machine():
    """A child waiting for a CPU is not cut off when the clock passes the limit; one that used the limit is."""
    import os
    import subprocess
    import sys

    from statement_qa.ingest import sandbox

    class Answer:
        def __init__(self, ready_after: int):
            self.polls = 0
            self.ready_after = ready_after

        def poll(self, timeout: float) -> bool:
            self.polls += 1
            return self.polls > self.ready_after

    idle = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert sandbox._cpu_seconds(idle.pid) is not None
        # the idle child has used (almost) no CPU: the answer that comes on the third look is taken
        assert sandbox._wait_for_result(Answer(ready_after=2), idle.pid, timeout=5.0)
    finally:
        idle.kill()
        idle.wait()
    # this test process has used more than a millisecond of CPU: it is over the limit, however the clock stands
    assert not sandbox._wait_for_result(Answer(ready_after=10**6), os.getpid(), timeout=0.001)


def test_a_two_page_folded_leaflet_pdf_is_read_in_the_sandbox(tmp_path):
    """A Spanish tri-fold leaflet (landscape, three panels a side, cover panel last) is read, and its
    'Nuestro consejo' panel is its position (FICTIONAL: Invented Asociación Marisma, zorvexa)."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(orientation="L")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    for x, head, body in ((14, "Lo que nos preguntan", "Muchos socios nos preguntan por la zorvexa, un polvo inventado."),
                          (113, "Contacto", "Asociación Marisma, Calle Falsa 1 (ficticia).")):
        pdf.set_xy(x, 18)
        pdf.set_font("Helvetica", "B", 14)
        pdf.multi_cell(72, 7, head, new_x="LEFT", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(72, 5, body, new_x="LEFT", new_y="NEXT")
    pdf.set_xy(212, 60)
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(72, 6, "Asociación Marisma", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 22)
    pdf.multi_cell(72, 10, "Zorvexa (ZX-3): lo que debe saber", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(72, 6, "Mayo de 2024", new_x="LEFT", new_y="NEXT")
    pdf.add_page()
    for x, head, body in (
        (14, "¿Qué es la zorvexa?", "La zorvexa es un polvo inventado. En un estudio pequeño no hubo diferencias en la fuerza."),
        (113, "Nuestro consejo", "La Asociación Marisma no recomienda tomar zorvexa fuera de un ensayo clínico, "
                                 "porque no se ha demostrado que funcione."),
    ):
        pdf.set_xy(x, 18)
        pdf.set_font("Helvetica", "B", 14)
        pdf.multi_cell(72, 7, head, new_x="LEFT", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(72, 5.2, body, new_x="LEFT", new_y="NEXT")
    pdf.output(str(tmp_path / "marisma-zorvexa.pdf"))
    document = read_document(tmp_path / "marisma-zorvexa.pdf", tmp_path)
    assert document.kind == "statement"
    assert document.recommendation is not None and document.recommendation.name == "Nuestro consejo"


def test_our_advice_headings_in_spanish_portuguese_and_italian_are_position_headings():
    """'Nuestro consejo', 'O nosso conselho', 'Il nostro consiglio' say 'our advice'; a bare 'Consejo' is a tip."""
    from statement_qa.structure import is_position_heading

    assert all(map(is_position_heading, ["Nuestro consejo", "Nuestros consejos", "O nosso conselho", "Il nostro consiglio"]))
    assert not is_position_heading("Consejo")


def test_a_repository_readme_is_titled_below_its_repository_name_and_dated_by_its_changelog(tmp_path):
    """A GitHub README: '# owner/name' is the repository, the statement's own heading is the title; the
    changelog's approval dates it, a later review with no changes is its review (FICTIONAL: Invented Fen Group)."""
    (tmp_path / "readme.md").write_text(
        "# invented-fen/statements\n\n"
        "This repository holds the Invented Fen Group's statement on zorvex.\n\n"
        "## Contents\n\n- [Zorvex (ZX-1): statement of the Invented Fen Group](#zorvex)\n- [Changelog](#changelog)\n\n"
        "## Zorvex (ZX-1): statement of the Invented Fen Group\n\n"
        "### Background\n\nZorvex is an invented tablet. A small study showed no clear benefit in strength or function.\n\n"
        "### Guidance for members\n\nThe Invented Fen Group advises members not to buy zorvex online, because it "
        "has not been shown to work and products sold online are not checked.\n\n"
        "## Changelog\n\n"
        "- **2025-02-10** — Reviewed by the Research Committee; no changes to the guidance (#5).\n"
        "- **2024-06-03** — Statement approved by the Board (#3).\n"
        "- **2024-05-20** — Draft opened for comments (#1).\n\n"
        "## Licence\n\nText: CC BY 4.0.\n",
        encoding="utf-8",
    )
    document = read_document(tmp_path / "readme.md", tmp_path)
    assert (document.title, document.date, document.reviewed, document.kind) == (
        "Zorvex (ZX-1): statement of the Invented Fen Group", "2024-06", "2025-02", "statement")


def test_a_changelog_review_that_changed_the_text_dates_it_rather_than_reviewing_it():
    """'Reviewed; dose advice updated' is a change: the text is that month's, with no later review (FICTIONAL)."""
    from statement_qa.ingest.markdown import changelog_dates, read_markdown

    text = ("# Changelog\n\n- 2025-02-10: Reviewed by the panel; dose advice updated.\n"
            "- 2024-06-03: Statement approved by the Board.\n")
    assert changelog_dates(text, read_markdown(text).blocks) == ("2025-02", None)


# -- blind-i formats: title blocks, help-centre and K2 dates, wiki logos, book-page details (FICTIONAL fixtures) --

INGEST_FIXTURES = FIXTURES / "ingest-formats"  # one file per template or export format (FICTIONAL)


@pytest.mark.parametrize(("line", "month"), [
    ("3. prosince 2024", "2024-12"),  # cs
    ("Dimecres, 12 Juny 2024 10:15", "2024-06"),  # ca, a K2 item's stamp
    ("12 d'octubre de 2024", "2024-10"),  # ca
    ("12 de juny del 2024", "2024-06"),  # ca/es, 'del' before the year
    ("Ændret den: tir, 14 jan, 2025 kl. 10:22 AM", "2025-01"),  # da, a Freshdesk article's stamp
    ("Publicerad den 3 mars 2025", "2025-03"),  # sv
    ("Sist oppdatert 4. desember 2024", "2024-12"),  # nb
    ("Julkaistu 5. toukokuuta 2023", "2023-05"),  # fi
])
def test_dates_in_czech_catalan_and_nordic_languages_are_read(line, month):
    from statement_qa.structure.dates import read_date_line

    found = read_date_line(line)
    assert found is not None and found.dates[0][1] == month


def test_a_pandoc_title_block_gives_the_date_and_the_nominative_organisation_the_text_names():
    """Pandoc's <header id="title-block-header"> holds the title, author and date: it is the document's, not the
    site's; the author line names the organisation in the genitive, the text in the nominative ('ALS spolek X')."""
    document = read_document(INGEST_FIXTURES / "pandoc-title-block-cs.html", INGEST_FIXTURES)
    assert (document.title, document.organisation, document.date) == (
        "Velrazin: stanovisko ALS spolku Hrádek", "ALS spolek Hrádek", "2023-03")


def test_a_help_centre_article_is_dated_by_the_line_between_its_heading_and_its_body():
    """Freshdesk prints 'Ændret den: ons, 5 mar, 2025 kl. 9:05 AM' outside the article element; its <title> is
    'Article : Portal'."""
    document = read_document(INGEST_FIXTURES / "helpdesk-article-da.html", INGEST_FIXTURES)
    assert (document.title, document.organisation, document.date) == (
        "Tovaxil: foreningens vurdering", "ALS-foreningen Nordby", "2025-03")


def test_a_k2_item_is_dated_by_its_catalan_creation_stamp():
    document = read_document(INGEST_FIXTURES / "k2-item-ca.html", INGEST_FIXTURES)
    assert (document.title, document.organisation, document.date) == (
        "Merodina: el parer de l'Associació", "Associació ELA Pinell", "2025-02")


def test_a_wiki_logo_heading_linking_home_is_the_sites_name_not_the_pages_title():
    document = read_document(INGEST_FIXTURES / "wiki-logo-heading.html", INGEST_FIXTURES)
    assert document.title == "Buying home oxygen online"
    assert document.date == "2024-03"


def test_a_book_page_is_dated_by_its_details_box_update_and_its_handbook_is_the_organisations():
    """BookStack: 'Created …' and 'Updated …' in the page's entity-meta box beside the text; the <title>'s site is
    'X Trust Handbook', a publication of the X Trust."""
    document = read_document(INGEST_FIXTURES / "book-page-meta.html", INGEST_FIXTURES)
    assert (document.title, document.organisation, document.date) == (
        "Answering calls about diets", "Ember Vale ALS Trust", "2024-08")


def test_a_saved_facebook_page_post_is_its_message_posted_by_the_page():
    """The page that posts is who states it; the message's first line (less its emoji) is the title; the comments,
    the page's own reply among them, are not the text."""
    document = read_document(INGEST_FIXTURES / "facebook-page-post.html", INGEST_FIXTURES)
    assert (document.title, document.organisation, document.date) == (
        "PULSEBELT: WORTH THE MONEY?", "Dunmere ALS Neighbours", "2024-05")
    assert "coffee morning" not in document.text and "recommend it to everyone" not in document.text


def test_a_telegram_export_is_the_organisations_own_messages_titled_by_the_first():
    document = read_document(INGEST_FIXTURES / "telegram-export.html", INGEST_FIXTURES)
    assert (document.title, document.organisation, document.date) == (
        "Sorvatide: what the Club thinks", "Brackwater MND Club", "2025-03")
    assert "ask your neurologist about SORVA-2" in document.text
    assert "Has anyone heard" not in document.text and "recommend it to anyone" not in document.text


def test_a_whatsapp_export_is_the_admins_messages_from_the_titled_one():
    """'dd/mm/yyyy, hh:mm - Sender: text': the admin's run of messages from the one that opens with a bold title;
    the app's own lines and members' replies are not the text; the date is the message's."""
    document = read_document(INGEST_FIXTURES / "whatsapp-group.txt", INGEST_FIXTURES)
    assert (document.title, document.organisation, document.date) == (
        "Calmora tea – statement of the Fernby ALS Group", "Fernby ALS Group", "2025-06")
    assert "we do not recommend Calmora tea" in document.text
    assert "Media omitted" not in document.text and "tbh" not in document.text and "encrypted" not in document.text


@pytest.mark.parametrize("line", ["[02/06/2025, 09:11:05] Ben Hale: hello", "6/2/25, 9:11 AM - Ben Hale: hello"])
def test_whatsapp_iphone_and_us_export_lines_are_chat_lines(line):
    from statement_qa.ingest.chat import looks_like_whatsapp

    assert looks_like_whatsapp("\n".join([line] * 3))
    assert not looks_like_whatsapp("Minutes of the meeting\n\n02/06/2025: the committee met.\nAgreed: no change.")


def test_a_bulletin_whose_one_item_holds_the_position_is_titled_by_that_item_and_dated_by_its_masthead():
    """A Mailchimp campaign: the position is a run-in 'Our view for now:' inside item 1 of three; the issue's
    heading 'Harrowgate Bulletin · March 2022' dates it."""
    document = read_document(INGEST_FIXTURES / "mailchimp-bulletin.html", INGEST_FIXTURES)
    assert (document.title, document.organisation, document.date) == (
        "Zelvatide (QP-12): what we think for now", "Harrowgate MND Society", "2022-03")
    assert "quiz night" not in collapse(document.text[document.body[0] : document.body[1]]).lower()


def test_a_newsletter_is_published_by_the_organisation_under_its_masthead_not_by_the_masthead():
    """'TRUST TALK' over 'The newsletter of the Ashgrove MND Trust - Issue 12': the masthead names the periodical."""
    document = read_document(INGEST_FIXTURES / "masthead-newsletter.pdf", INGEST_FIXTURES)
    assert (document.title, document.organisation, document.date) == (
        "Pelvorine: the Trust's statement", "Ashgrove MND Trust", "2023-12")


def test_an_iphone_whatsapp_export_is_titled_by_an_unmarked_title_line_over_a_long_message():
    """'[dd/mm/yyyy, hh:mm:ss] Sender: text', the encryption notice posted as the group's own first message, no bold
    marks: the organisation's long message is titled by its own first line."""
    document = read_document(INGEST_FIXTURES / "whatsapp-iphone.txt", INGEST_FIXTURES)
    assert (document.title, document.organisation, document.date) == (
        "Ombratide – what the Fernby ALS Group thinks", "Fernby ALS Group", "2024-09")
    assert "encrypted" not in document.text and "anyway" not in document.text


# -- blind-j formats: Typepad, Dreamwidth, year-first and Greek dates (FICTIONAL fixtures) --


@pytest.mark.parametrize(("line", "month"), [
    ("Közzétéve: 2025. március 18.", "2025-03"),  # hu: year first, with a full stop
    ("Jóváhagyta az egyesület elnöksége 2025. március 14-én", "2025-03"),  # hu: a case ending on the day
    ("Viimeksi muokannut Aino Virtanen 2024/11/21 10:14", "2024-11"),  # fi: an XWiki edit stamp, who then when
    ("Τελευταία ενημέρωση: 11 Ιουνίου 2024", "2024-06"),  # el: genitive month
    ("Η θέση, όπως εγκρίθηκε από το Διοικητικό Συμβούλιο στις 3 Μαΐου 2023.", "2023-05"),  # el: agreed by a board
    ("Publicat la 12 martie 2024", "2024-03"),  # ro
    ("Yayın tarihi: 4 Kasım 2024", "2024-11"),  # tr
])
def test_dates_in_hungarian_greek_finnish_romanian_and_turkish_are_read(line, month):
    from statement_qa.structure.dates import read_date_line

    found = read_date_line(line)
    assert found is not None and found.dates[0][1] == month


def test_a_sentence_before_a_date_names_no_organisation():
    """'The Association's position, as approved by the Board on …': the words before the date are a sentence
    ending in a lower-case conjunction, not a name."""
    from statement_qa.structure.dates import read_date_line

    found = read_date_line("Η θέση του Συλλόγου, όπως εγκρίθηκε από το Διοικητικό Συμβούλιο στις 11 Ιουνίου 2024.")
    assert found is not None and found.prefix is None


def test_a_typepad_post_is_its_entry_titled_by_the_entry_header_without_the_sidebar():
    """Typepad: the banner <h1> is the blog's name, the post's heading an <h3 class="entry-header">; the entry's
    'entry-author-…' class describes it; the 'beta' column is the sidebar; the date is the 'date-header' over it."""
    document = read_document(INGEST_FIXTURES / "typepad-post.html", INGEST_FIXTURES)
    assert (document.title, document.organisation, document.date) == (
        "Buzzing, not healing: the Humwell Pad", "Ferncliff ALS Circle", "2024-03")
    assert "Humwell Pad slows ALS" in document.text and "Harbour Street" not in document.text


def test_a_dreamwidth_entry_is_dated_by_its_datetime_not_a_comments():
    document = read_document(INGEST_FIXTURES / "dreamwidth-entry.html", INGEST_FIXTURES)
    assert (document.title, document.date) == ("GlowCell: our answer", "2024-09")


def test_a_discord_export_is_one_document_of_the_pinned_messages_posted_for_the_server():
    """DiscordChatExporter: the channel's pinned messages (a header-less message is its sender's, grouped under the
    one above) are the statement; its committee posts for the server, so the server states it; the title is the
    bold first line less its pin and its dated tail; a mod's notice, a reply and its quoted preview are not text."""
    from statement_qa.ingest import read_documents

    documents = read_documents(INGEST_FIXTURES / "discord-export.html", INGEST_FIXTURES)
    assert len(documents) == 1
    document = documents[0]
    assert (document.title, document.organisation, document.date) == (
        "Zenoparin (ZNP-7): our statement", "Tarnby MND Hangout", "2025-04")
    assert "do not buy it online" in document.text
    assert "two-factor" not in document.text and "tbh" not in document.text and "Take zenoparin only inside…" not in document.text


def test_an_invision_topic_is_the_staff_post_not_the_members():
    """Invision Community: 'cPost' articles, the staff one marked by an 'ipsBadge' reading 'Staff'; the member who
    opened the topic and the replies below are not the statement, the forum's name is not who states it."""
    document = read_document(INGEST_FIXTURES / "invision-topic.html", INGEST_FIXTURES)
    assert (document.organisation, document.date, document.kind) == ("Brimley MND Society", "2024-05", "statement")
    assert "kidney problems" in document.text
    assert "recommend it to anyone" not in document.text and "Please don't" not in document.text


def test_a_finnish_xwiki_page_names_the_association_with_its_legal_form_and_is_dated_by_its_edit_stamp():
    """'ry' (rekisteröity yhdistys) is part of a Finnish association's name: the <title> drops it, the contact panel
    prints it. XWiki's 'Viimeksi muokannut <name> 2024/10/08 09:30' dates the page."""
    document = read_document(INGEST_FIXTURES / "xwiki-page-fi.html", INGEST_FIXTURES)
    assert (document.title, document.organisation, document.date) == (
        "Kannanotto: teralidi", "Kuusijärven ALS-yhdistys ry", "2024-10")


def test_a_legal_form_is_added_only_where_the_page_prints_it_after_the_name():
    from statement_qa.structure.organisation import with_legal_form

    assert with_legal_form("Kuusijärven ALS-yhdistys", "Kuusijärven ALS-yhdistys ry, Rantatie 4") == "Kuusijärven ALS-yhdistys ry"
    assert with_legal_form("Verein Nordlicht", "Verein Nordlicht e.V. · Satzung") == "Verein Nordlicht e.V."
    assert with_legal_form("Kuusijärven ALS-yhdistys", "Kuusijärven ALS-yhdistys ryhmä") == "Kuusijärven ALS-yhdistys"


def test_a_review_line_may_name_what_did_not_change():
    """'Reviewed 3 June 2025 – wording unchanged. Next review: …' (a Confluence panel) is a review with no change."""
    from statement_qa.structure.dates import read_date_line

    found = read_date_line("Reviewed 3 June 2025 – wording unchanged. Next review: December 2026.")
    assert found is not None and found.first("reviewed") == "2025-06" and found.first("next_review") == "2026-12"


def test_a_word_document_saved_as_plain_text_is_titled_above_its_contents_list_and_strapline():
    """Word 'Save as Plain Text': CRLF, a tab-separated contents list with page numbers, numbered section headings
    ('1.<TAB>Why we wrote this'), form feeds. The contents list is not text; the title is the line over the
    strapline ('A statement for members and carers'), not the first section's heading; the approval line dates it."""
    document = read_document(INGEST_FIXTURES / "word-plain-text.txt", INGEST_FIXTURES)
    assert (document.title, document.organisation, document.date) == (
        "Corvamide (CVM-12) and the compassionate use scheme", "Harrowfield ALS Trust", "2024-05")
    assert not any("Why we wrote this\t1" in document.section_text(section) for section in document.sections)


def test_a_contents_list_needs_three_entries_ending_in_page_numbers():
    from statement_qa.ingest.text import CONTENTS_ENTRY

    assert CONTENTS_ENTRY.match("3.\tThe HALVE-2 trial\t2") and CONTENTS_ENTRY.match("Background ........ 4")
    assert not CONTENTS_ENTRY.match("We saw 12 people in 2024 and 3") and not CONTENTS_ENTRY.match("Chapter 3")


def test_slide_handouts_keep_a_title_wrapped_after_an_article_whole():
    """A title slide's title wraps 'what we know, and what the' / 'Forum thinks': a line ending on an article goes on
    into the next, so 'Forum thinks' is neither a letterhead nor the organisation; 'Where the Forum lands' names no one."""
    document = read_document(INGEST_FIXTURES / "slide-handouts.pdf", INGEST_FIXTURES)
    assert (document.title, document.organisation, document.date) == (
        "Zelvarin (ZLV-9): what we know, and what the Forum thinks", "Lydmoor ALS Forum", "2025-03")


def test_a_form_fact_sheet_is_titled_by_its_file_title_and_dated_by_its_line_of_fields():
    """'TREATMENT FACT SHEET' set large is the opening of the file's title 'Treatment fact sheet: morvasen (MVS-4)';
    'X - Sheet FS-3 - Issued: May 2023 - Checked March 2025 - still accurate' gives the issue and the review; the
    author 'Fennick MND Care', printed twice in the text, is the organisation."""
    document = read_document(INGEST_FIXTURES / "form-fact-sheet.pdf", INGEST_FIXTURES)
    assert (document.title, document.organisation, document.date, document.reviewed) == (
        "Treatment fact sheet: morvasen (MVS-4)", "Fennick MND Care", "2023-05", "2025-03")


def test_a_campaign_email_under_a_masthead_strapline_is_its_item_that_states_the_position():
    """Sendinblue: masthead 'Holm Notes' over 'The members' e-newsletter of the X · March 2023' (the strapline says
    it is a newsletter and who publishes it), three numbered items; the statement is item 2, its run-in position."""
    document = read_document(INGEST_FIXTURES / "sendinblue-campaign.html", INGEST_FIXTURES)
    assert (document.title, document.organisation, document.date, document.kind) == (
        "Oxivelin (OXV-2): what we think for now", "Holmbrook MND Association", "2023-03", "statement")
    assert "quiz night" not in document.section_text(document.sections[document.position]).lower()


def test_a_publication_described_in_a_word_or_two_names_its_publisher():
    from statement_qa.structure.organisation import publisher_named

    assert publisher_named("The members' e-newsletter of the Holmbrook MND Association · March 2023") == \
        "Holmbrook MND Association"
    assert publisher_named("The monthly bulletin from the Rawley ALS Trust") == "Rawley ALS Trust"


def test_a_table_of_figures_saved_as_text_is_not_a_contents_list():
    from statement_qa.ingest.text import read_text

    text = ("Helpline calls in 2024\n\nWe counted the calls our helpline took about each treatment last year, so that "
            "members can see what people ask about most often and plan the next talks.\n\n"
            "Trevalin\t45\nOxorin\t12\nBrightpad\t30\n\n"
            "The counts are for calls only; e-mails are counted separately in the annual report.\n")
    assert "Oxorin\t12" in read_text(text).text[read_text(text).body[0]:]
    assert any("Oxorin" in read_text(text).text[b.start:b.end] for b in read_text(text).blocks)
