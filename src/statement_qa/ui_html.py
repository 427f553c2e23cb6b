"""The web app's HTML: answers, look-up results and the catalogue of documents.

Every piece of text, from the person asking or from a statement, goes through
`html.escape`; nothing is rendered as Markdown, and no HTML from a source is kept.
No Gradio here, so the markup can be checked without a browser.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlparse

from statement_qa.answer import DISCLAIMER, Answer, StatementRef, citation, citation_text, month_year
from statement_qa.documents import STATEMENT, Document

_COMPANY_FORMS = re.compile(r"\s+(?:e\.\s?V\.|Inc\.?|Ltd\.?|gGmbH|CIC)$")
_GENERIC_WORDS = {
    "als", "mnd", "als/mnd", "association", "associations", "society", "trust", "network", "union",
    "motor", "neurone", "neuron", "patients'", "patients", "foundation", "charity", "the",
}
_DASH = re.compile(r"\s+[–—-]\s+")


def organisation_short(organisation: str | None) -> str:
    """A short way to name an organisation on a button: 'the Alliance', 'Kettleby'."""
    if not organisation:
        return "the organisation"
    body = re.match(r"(?:The\s+)?(?:International\s+|National\s+|European\s+)?"
                    r"(Alliance|Federation|Coalition|Council)\s+of\b", organisation)
    if body:
        return f"the {body.group(1)}"
    name = _COMPANY_FORMS.sub("", organisation)
    if len(name) <= 22:
        return name
    kept = [word for word in name.split() if word.lower() not in _GENERIC_WORDS]
    return " ".join(kept) or name


def clean_name(text: str) -> str:
    """A name without trademark signs and quotation marks."""
    return re.sub(r"\s+", " ", re.sub(r"[™®©\"“”]", "", text)).strip()


def product_name(document: Document) -> str:
    """What a statement is about, as a person would say it: 'AstroRx', 'Right to Try'."""
    parts = _DASH.split(document.title, maxsplit=1)
    company, name = (parts[0], parts[1]) if len(parts) == 2 else ("", document.title)
    name = clean_name(re.sub(r"\s*\([^)]*\)", "", name)) or clean_name(document.title)
    inside = [
        clean_name(alias) for alias in document.aliases
        if len(clean_name(alias)) >= 4 and clean_name(alias).lower() in name.lower()
        and clean_name(alias).lower() != clean_name(company).lower()
    ]
    return min(inside, key=len) if inside else name


def statement_question(document: Document) -> str:
    """The question a statement button asks."""
    return f"What does {organisation_short(document.organisation)} say about {product_name(document)}?"


def question_wordings(document: Document) -> list[str]:
    """Ways to ask about one statement, shortest first (see `ui.button_question`)."""
    organisation = document.organisation or "the organisation"
    return [
        statement_question(document),
        f"What does {organisation} say about {product_name(document)}?",
        f"What does {organisation} say about {clean_name(document.title)}?",
    ]


def example_questions(documents: list[Document]) -> list[str]:
    """A few everyday phrasings, filled in with the corpus's own products."""
    products = [d for d in documents if d.kind == STATEMENT and _DASH.search(d.title)]
    templates = ("Is {} proven to work?", "Should I try {}?", "Is {} safe?")
    return [template.format(product_name(d)) for template, d in zip(templates, products)]


def esc(text: str | None) -> str:
    """Text made safe to place in HTML, quotes included."""
    return html.escape(text or "", quote=True)


def paragraphs(text: str) -> str:
    """Verbatim text as escaped paragraphs: blank lines split them, CSS keeps single newlines."""
    parts = [p.strip("\n") for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join(f"<p>{esc(p)}</p>" for p in parts)


def safe_url(url: str | None) -> str | None:
    """Only web addresses become links: a javascript: URL in corpus metadata must never run."""
    if url and urlparse(url).scheme in ("http", "https") and urlparse(url).netloc:
        return url
    return None


def issued(ref: StatementRef | Document) -> str:
    """'Statement issued September 2020' (or 'Published …' for a resource), or ''."""
    when = month_year(ref.date)
    if not when:
        return ""
    return f"Statement issued {when}" if ref.kind == STATEMENT else f"Published {when}"


class Renderer:
    """Turns answers and documents into the app's HTML."""

    def __init__(self, documents: list[Document], topics: list[str] | None = None) -> None:
        self.documents = {d.id: d for d in documents}
        self.topics = topics or []

    def quote_page(self, answer: Answer) -> int | None:
        """The PDF page the quote starts on, when the source has pages."""
        document = self.documents.get(answer.statement.id) if answer.statement else None
        if document is None:
            return None
        recommendation = document.recommendation
        if recommendation is not None and answer.section == recommendation.name:
            return document.page_at(recommendation.start)
        return answer.passages[0].page if answer.passages else None

    def source_link(self, url: str | None, source: str, page: int | None) -> str:
        """A link to the statement online (to its page, for a PDF), or the source file's name."""
        url = safe_url(url)
        page_note = f", page {page}" if page else ""
        if url is None:
            return f'<p class="sqa-source">Source file: {esc(source)}{esc(page_note)}</p>'
        if page and source.lower().endswith(".pdf"):
            url = f"{url.split('#')[0]}#page={page}"
        return (
            f'<p class="sqa-source"><a href="{esc(url)}" target="_blank" rel="noopener noreferrer">'
            f"Read the full statement on {esc(urlparse(url).netloc)}{esc(page_note)} (opens in a new tab)</a></p>"
        )

    def citation_block(self, ref: StatementRef, page: int | None, lines: bool = True) -> str:
        """Title, organisation and 'Statement issued …', the link, and a button to copy the citation."""
        shown = ""
        if lines:
            parts = [f'<span class="sqa-title">{esc(ref.title)}</span>', esc(ref.organisation), esc(issued(ref))]
            shown = f'<p class="sqa-cite-lines">{"<br>".join(p for p in parts if p)}</p>'
        return (
            f'<div class="sqa-citation">{shown}{self.source_link(ref.url, ref.source, page)}'
            f'<button type="button" class="sqa-copy" data-citation="{esc(citation_text(ref))}">Copy citation</button>'
            "</div>"
        )

    def full_text(self, document: Document | None) -> str:
        """The whole statement, folded away until asked for."""
        if document is None:
            return ""
        noun = "statement" if document.kind == STATEMENT else "text"
        return (
            f'<details class="sqa-full"><summary><span class="sqa-when-closed">Show the full {noun}</span>'
            f'<span class="sqa-when-open">Hide the full {noun}</span></summary>'
            f'<div class="sqa-fulltext">{paragraphs(document.body_text)}</div></details>'
        )

    def decline(self, message: str) -> str:
        """A decline's fixed message; its list of topics laid out as a list when it is there verbatim."""
        listed = "; ".join(self.topics)
        if not listed or listed not in message:
            return f'<p class="sqa-message">{esc(message)}</p>'
        before, after = message.split(listed, 1)
        first, _, lead_in = before.rpartition(". ")
        items = "".join(f"<li>{esc(topic)}</li>" for topic in self.topics)
        lead = f'<p class="sqa-message sqa-lead">{esc(first)}.</p>' if first else ""
        return (
            f'{lead}<p class="sqa-message">{esc(lead_in)}</p><ul class="sqa-topics">{items}</ul>'
            f'<p class="sqa-message">{esc(after.lstrip(". ").strip())}</p>'
        )

    def answer_card(self, answer: Answer) -> str:
        """One answer: the fixed sentence, the verbatim quote, the citation, the disclaimer."""
        if not answer.answered:
            # No disclaimer here: it speaks of "the organisation's published position", and a
            # decline quotes none; the decline's own message already points to the care team.
            return f'<div class="sqa-answer sqa-declined"><div class="sqa-speak">{self.decline(answer.message)}</div></div>'
        document = self.documents.get(answer.statement.id)
        return (
            '<div class="sqa-answer"><div class="sqa-speak">'
            f'<p class="sqa-message">{esc(answer.message)}</p>'
            f'<blockquote class="sqa-quote">{paragraphs(answer.quote or "")}</blockquote></div>'
            f"{self.citation_block(answer.statement, self.quote_page(answer))}"
            f'<p class="sqa-disclaimer">{esc(DISCLAIMER)}</p>'
            f"{self.full_text(document)}</div>"
        )

    def exchange(self, answer: Answer, heading: str = "h2", latest: bool = False) -> str:
        """The question as asked (escaped, never Markdown) followed by its answer."""
        focus = ' id="sqa-latest-heading" tabindex="-1"' if latest else ""
        asked = esc(answer.question) if answer.question else "(an empty question)"
        return (
            f'<section class="sqa-exchange" aria-label="Answer to: {asked}">'
            f'<{heading} class="sqa-asked"{focus}>You asked: <span class="sqa-question">{asked}</span></{heading}>'
            f"{self.answer_card(answer)}</section>"
        )

    def earlier(self, answers: list[Answer]) -> str:
        """Earlier exchanges, newest first, below the latest one."""
        if not answers:
            return ""
        items = "".join(self.exchange(a, heading="h3") for a in reversed(answers))
        return f'<div class="sqa-earlier"><h2>Earlier in this conversation</h2>{items}</div>'

    def lookup_results(self, query: str, results: list[tuple[Document, float]]) -> str:
        """Ranked statements for helpline staff, each with its recommendation and a citation to copy."""
        if not query.strip():
            return '<p class="sqa-hint">Type a few words, such as a product, company or organisation name.</p>'
        if not results:
            return f'<p class="sqa-message">Nothing in the collection matches “{esc(query)}”.</p>'
        items = []
        for rank, (document, score) in enumerate(results, start=1):
            ref = citation(document)
            recommendation = document.recommendation
            if recommendation is not None:
                body = (f'<p class="sqa-section">{esc(recommendation.name)}:</p><blockquote class="sqa-quote">'
                        f"{paragraphs(document.section_text(recommendation))}</blockquote>")
                page = document.page_at(recommendation.start)
            else:
                body = '<p class="sqa-hint">No recommendation section: this is background reading.</p>'
                page = None
            meta = " · ".join(p for p in (f"Match score {score:.2f}", issued(document), document.organisation) if p)
            items.append(
                f'<li class="sqa-result"><h3>{rank}. {esc(document.title)}</h3><p class="sqa-meta">{esc(meta)}</p>'
                f'{body}<p class="sqa-citation-text">Citation: <span class="sqa-cite">{esc(citation_text(ref))}'
                f"</span></p>{self.citation_block(ref, page, lines=False)}{self.full_text(document)}</li>"
            )
        return f'<ol class="sqa-results" aria-label="Statements matching {esc(query)}">{"".join(items)}</ol>'

    def catalogue(self) -> str:
        """Every document, each opening its full text."""
        rows = []
        for document in self.documents.values():
            kind = "Statement" if document.kind == STATEMENT else "Resource"
            details = " · ".join(p for p in (kind, month_year(document.date), document.organisation,
                                             document.source) if p)
            rows.append(
                '<li class="sqa-doc"><details class="sqa-full">'
                f'<summary><span class="sqa-title">{esc(document.title)}</span>'
                f'<span class="sqa-meta">{esc(details)}</span></summary>'
                f"{self.source_link(document.url, document.source, None)}"
                f'<div class="sqa-fulltext">{paragraphs(document.body_text)}</div></details></li>'
            )
        return f'<ul class="sqa-catalogue">{"".join(rows)}</ul>'
