"""Structure rules for the kinds of file blind set Z brought in (a Q&A site's answer given as a "Q: … A: …" pair, a French
blog post signed off with its next review, an Albanian blog post, a MoinMoin page's source, a newsletter e-mail whose
masthead carries the issue's date, a withdrawn statement whose <title> says so), each tested on a small variant written
for it or on the words of the rule.

Every fixture in tests/fixtures/ingest-z2/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from conftest import first_document, quoted
from statement_qa.ingest.markup import looks_like_moinmoin, looks_like_txt2tags
from statement_qa.language import FUNCTION_WORDS, LANGUAGES, MARKS, SHARED_WORDS, detect_language
from statement_qa.structure.assemble import _signed_off_in_words
from statement_qa.structure.dates import find_dates, read_date_line, read_sign_off
from statement_qa.structure.organisation import organisation_name
from statement_qa.structure.vocabulary import is_position_heading

HERE = Path(__file__).parent / "fixtures" / "ingest-z2"


read_one = partial(first_document, HERE, only=True)  # the only Document of one fixture file of this folder


def test_a_position_given_as_a_question_and_answer_pair_quotes_the_answer():
    # A Q&A site's accepted answer: 'Q: …?' then 'A: We would not …': the question and the labels are not quoted.
    document = read_one("hollowmere-qa-answer.html")
    said = quoted(document)
    assert said.startswith("We would not spend money on Brindlewort Nerve Tonic.")
    assert said.endswith("he should show the bottle to his pharmacist.")
    assert "Q:" not in said and "Next look" not in said


def test_a_site_name_then_its_section_after_a_colon_names_the_organisation_not_the_section():
    # '<title>Post - Hollowmere ALS Fellowship: Ask the Fellowship</title>' over a logo 'Ask the Fellowship': the section.
    assert read_one("hollowmere-qa-answer.html").organisation == "Hollowmere ALS Fellowship"
    assert organisation_name("Claxby Example Circle: Ask the Circle") == ("Claxby Example Circle", True)
    # (a notice before a colon names no one: the line is read as before)
    assert organisation_name("Ask the Circle") == ("Ask the Circle", True)


def test_a_french_vote_dates_the_position_and_its_next_review_is_not_quoted():
    document = read_one("peupliers-avis-fr.html")
    said = quoted(document)
    assert said.endswith("Parlez-en à votre médecin avant de prendre une tisane.")
    assert "Prochaine révision" not in said
    assert document.date == "2025-05"  # 'Avis voté par le conseil le 14 mai 2025'
    assert document.next_review == "2025-11"
    assert read_sign_off("Avis voté par le bureau le 7 octobre 2025.").first("issued") == "2025-10"
    assert _signed_off_in_words("Avis voté par le bureau le 7 octobre 2025. Prochaine révision : juin 2026.")
    assert _signed_off_in_words("Agreed by the committee on 21 May 2025. Next review: May 2026.")
    # (a plan alone signs nothing off; a sentence of the position is never a sign-off)
    assert not _signed_off_in_words("Prochaine révision : juin 2026.")
    assert not _signed_off_in_words("We do not recommend it. Next review: May 2026.")


def test_an_albanian_post_is_read_as_albanian_with_its_heading_dates_and_review():
    document = read_one("drini-qendrimi-sq.html")
    assert document.kind == "statement"
    assert document.language == "sq"
    said = quoted(document)
    assert said.startswith("Kelvorina është ende eksperimentale") and said.endswith("Mos e blini në internet.")
    assert (document.date, document.reviewed, document.next_review) == ("2025-05", "2025-09", "2026-01")
    assert is_position_heading("Çfarë vendosi kryesia jonë, pa fjalë të tepërta")
    assert is_position_heading("Qëndrimi ynë")
    assert [m for _, _, m in find_dates("9 shtator 2025; nëntor 2025")] == ["2025-09", "2025-11"]
    assert read_date_line("Rishikimi i radhës: mars 2026.").first("next_review") == "2026-03"
    assert read_sign_off("Kryesia e rilexoi më 4 nëntor 2025 dhe nuk ndryshoi asgjë.").first("reviewed") == "2025-11"


ALBANIAN = [
    ("A është i sigurt ky ilaç për babanë tim?", "sq"),
    ("Çfarë mendoni për trajtimin me qeliza staminale?", "sq"),
    ("Mjeku im tha që nuk ka studime. Ku mund ta blej?", "sq"),
    # the older languages are not taken for it
    ("De financiële steun voor België is essentiële hulp.", "nl"),
    ("Est-ce que ce traitement est sûr pour mon père ?", "fr"),
    ("Is it safe for my dad? He has MND.", "en"),
    ("O medicamento é seguro para o meu pai?", "pt"),
    ("¿Es seguro para mi padre? Tiene ELA.", "es"),
    ("È sicuro per mio padre? Ha la SLA.", "it"),
    ("Ist das sicher für meinen Vater?", "de"),
    ("Da li je lijek siguran za mog oca?", "hr"),
    ("Noël approche, que faire pour mon père ?", "fr"),
]


@pytest.mark.parametrize(("question", "language"), ALBANIAN)
def test_albanian_is_told_from_the_older_languages(question, language):
    assert detect_language(question) == language


def test_albanian_words_are_not_words_of_the_older_languages():
    older = set().union(*(FUNCTION_WORDS[other] | SHARED_WORDS.get(other, frozenset())
                          for other in LANGUAGES[: LANGUAGES.index("sq")]))
    assert not FUNCTION_WORDS["sq"] & older, FUNCTION_WORDS["sq"] & older
    assert MARKS["sq"].findall("është shumë dhe") and not MARKS["sq"].findall("financiële België ideeën Noël")


def test_a_moinmoin_page_is_read_without_its_processing_instructions_and_titled_by_its_top_heading():
    document = read_one("thornby-moinmoin.txt")
    assert document.title == "Cold-water swimming and MND"
    assert "page was renamed" not in document.body_text and "#format" not in document.body_text
    assert [s.name for s in document.sections][1:] == ["Background", "Our view", "Meet-ups"]
    said = quoted(document)
    assert said.startswith("There is no evidence that cold-water swimming slows MND")
    assert said.endswith("Please talk to your MND team before you try it.")
    assert (document.date, document.reviewed) == ("2025-06", "2025-10")  # 'read it again …: unchanged' is a review
    text = (HERE / "thornby-moinmoin.txt").read_text()
    assert looks_like_moinmoin(text)
    # (a txt2tags source writes the same headings, but its comments open with '%': it stays txt2tags)
    txt2tags = "Title\nAuthor\n\n%!target: html\n= One =\nText.\n= Two =\nMore text.\n"
    assert looks_like_txt2tags(txt2tags) and not looks_like_moinmoin(txt2tags)


def test_a_newsletter_emails_masthead_with_its_issue_date_gives_way_to_the_subject_in_its_title():
    # '<h1>Kirkmoor Members' Letter, May 2025</h1>' under '<title>Kirkmoor Members' Letter: one tablet, one answer'.
    assert read_one("kirkmoor-newsletter-email.html").title == "Kirkmoor Members' Letter: one tablet, one answer"


def test_a_withdrawn_statements_title_keeps_the_standing_its_page_title_gives():
    document = read_one("wrayby-withdrawn.html")
    assert document.title == "Tessaline (TSL-4) - WITHDRAWN statement"
    assert document.status == "withdrawn"
