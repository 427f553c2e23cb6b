"""Documents → passages: a few sentences each, with exact offsets into the document text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from statement_qa.documents import Document, Passage

MAX_WORDS = 70
# A sentence ends at . ! ? (optionally closed by a quote or bracket) before a capital,
# a digit or an opening quote; paragraphs and list items always end one.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*(?:[•·*-]|\d+[.)])\s)")


def sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the sentences in text[start:end], whitespace trimmed."""
    position = start
    for match in SENTENCE_BREAK.finditer(text, start, end):
        yield from _trimmed(text, position, match.start())
        position = match.end()
    yield from _trimmed(text, position, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and re.search(r"\w", text[start:end]):
        yield start, end


def split_document(document: Document, first_id: int = 0) -> list[Passage]:
    """Consecutive sentences of each section grouped into passages of at most ~70 words."""
    passages: list[Passage] = []
    for section in document.sections:
        group: list[tuple[int, int]] = []
        words = 0
        for span in sentence_spans(document.text, section.start, section.end):
            length = len(document.text[span[0] : span[1]].split())
            if group and words + length > MAX_WORDS:
                passages.append(_passage(document, section.name, group, first_id + len(passages)))
                group, words = [], 0
            group.append(span)
            words += length
        if group:
            passages.append(_passage(document, section.name, group, first_id + len(passages)))
    return passages


def _passage(document: Document, section: str, group: list[tuple[int, int]], passage_id: int) -> Passage:
    start, end = group[0][0], group[-1][1]
    return Passage(
        id=passage_id,
        doc_id=document.id,
        section=section,
        start=start,
        end=end,
        text=document.text[start:end],
        page=document.page_at(start),
    )


def embedding_text(document: Document, passage: Passage) -> str:
    """What the model reads for a passage: its statement's title and section give it context."""
    return f"{document.title} — {passage.section}: {passage.text}"


# The fewest topic glosses (query.names_a_topic) that make a passage's English reading.
MIN_GLOSSES = 3


def gloss_text(document: Document, passage: Passage) -> str | None:
    """What the model reads for a passage not in English when the question is in English: the English glosses of
    its domain words (glossary.py) after its title, or None (an English passage, a language without a glossary,
    a passage with no word to gloss).

    The English model reads other languages by their surface, so an English description ('a leukaemia tablet
    that reduces inflammation') came near no Italian passage that says it. This is a second vector beside the
    passage's own, read only for questions in English: in the passage's own text, glosses made any two
    statements not in English near each other for a question in a third language.
    """
    from statement_qa.glossary import gloss
    from statement_qa.query import names_a_topic

    language = document.language
    if not language or language == "en":
        return None
    glosses = gloss(f"{passage.section}: {passage.text}", language)
    # A few terms are no reading of a passage: 'drug medicine; cream ointment gel' was as near as anything to a
    # question about sun cream, 'ALS MND' to any question naming the disease. The disease's name stays in a longer
    # reading, as every English statement has it.
    topics = sum(map(names_a_topic, glosses))
    return f"{document.title}: {'; '.join(glosses)}" if topics >= MIN_GLOSSES else None


def split_corpus(documents: Iterable[Document]) -> list[Passage]:
    """Passages of every document, numbered consecutively."""
    passages: list[Passage] = []
    for document in documents:
        passages.extend(split_document(document, first_id=len(passages)))
    return passages
