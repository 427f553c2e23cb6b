"""What follows a statement's position in its own post or article (a sign-off, a note on what the position does not
cover, a notice, an edit stamp) stays a section of the document, never the position: it is the statement's text,
searchable and part of the corpus's words, while the page around it (other people's replies, menus, footers) stays out.
Tested on a forum reply on another engine than blind set AA's (phpBB-like, in Italian), whose position a sign-off ends,
and on a site builder's article in another language (Jimdo-like, in Portuguese), whose sign-off has paragraphs below it.

Every fixture in tests/fixtures/ingest-aa3/ is fictional: organisations, companies, therapies and people are invented.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from conftest import first_document, quoted
from statement_qa.documents import Section
from statement_qa.structure.blocks import HEADING, Block
from statement_qa.structure.headings import narrowed_position

HERE = Path(__file__).parent / "fixtures" / "ingest-aa3"


read_one = partial(first_document, HERE, only=True)  # the only Document of one fixture file of this folder


def sectioned(document, phrase: str) -> list[str]:
    """The names of the sections whose text holds phrase."""
    return [s.name for s in document.sections if phrase in document.section_text(s)]


def test_what_follows_the_position_in_a_forum_reply_is_a_section_and_not_the_position():
    # The moderator's reply: the position as a list under 'Posizione del direttivo, punto per punto:', then a review
    # line, a scope note ('Montebruno vende anche il TLV-38 … questa posizione non ne parla'), a dinner and phpBB's
    # 'Ultima modifica di …'. The quote stops at the review line; the rest is the reply's own text.
    document = read_one("ginepro-talvenide-phpbb-it.html")
    said = quoted(document)
    assert said.startswith("La talvenide è un farmaco sperimentale")
    assert said.endswith("non sospenda i farmaci che le ha prescritto il medico.")
    scope_note = "Montebruno vende anche il TLV-38"
    assert scope_note not in said
    assert sectioned(document, scope_note) == ["Posizione del direttivo, punto per punto"]
    for tail in ("cena sociale del 18 aprile", "Ultima modifica di Direttivo Ginepro"):
        assert sectioned(document, tail), tail
    # (another member's reply is the page around the statement: not in its text at all)
    assert "mio cugino" not in document.text


def test_the_paragraphs_below_an_articles_sign_off_are_a_section_and_not_the_position():
    # 'Aprovado pela direção a 10 de fevereiro de 2026.' / 'Próxima revisão: agosto de 2026.' close the article; the
    # scope note and the lunch notice under them are still the article's text (the signature itself is not quoted).
    document = read_one("azevinho-serolina-jimdo-pt.html")
    said = quoted(document)
    assert said.endswith("não deixe os medicamentos que o seu médico lhe receitou.")
    scope_note = "vendem também o SRL-12"
    assert scope_note not in said
    assert sectioned(document, scope_note) == ["Text"]
    assert sectioned(document, "almoço de Natal")
    assert not sectioned(document, "Aprovado pela direção")
    assert (document.date, document.next_review) == ("2026-02", "2026-08")


def test_a_narrowed_position_keeps_what_follows_its_sign_off_under_the_same_name():
    text = "Our position\n\nDo not buy it.\n\nAgreed 3 May 2026.\n\nNote that Xyla Pharma also sells XY-2, a cream for eczema."
    blocks = [Block(0, 12, HEADING, 2), Block(14, 28), Block(30, 48), Block(50, len(text))]
    sections = narrowed_position(text, [Section("Our position", 14, len(text))], 0, Section("Our position", 14, 28), blocks)
    assert [(s.name, text[s.start : s.end]) for s in sections] == [
        ("Our position", "Do not buy it."),
        ("Our position", "Note that Xyla Pharma also sells XY-2, a cream for eczema."),
    ]
    # (a sign-off alone below the position stays out of every section, as before)
    sections = narrowed_position(text[:48], [Section("Our position", 14, 48)], 0, Section("Our position", 14, 28), blocks[:3])
    assert sections == [Section("Our position", 14, 28)]
