"""The web app's HTML: answers, look-up results and the catalogue of documents.

Every piece of text, from the person asking or from a statement, goes through
`html.escape`; nothing is rendered as Markdown, and no HTML from a source is kept.
No Gradio here, so the markup can be checked without a browser.

Every sentence comes from `statement_qa.i18n` in the page's language, chosen from the
answer's fields (outcome, not_covered, related, urgent, replaces, truncated, excerpts),
never by reading the English `message`. Quotes stay in the statement's own language.
"""

from __future__ import annotations

import html
import re
from datetime import date
from urllib.parse import urlparse

from statement_qa.answer import (
    ANSWERED,
    EMPTY,
    URGENT_OUTCOME,
    Answer,
    StatementRef,
    citation,
)
from statement_qa.documents import CURRENT, STATEMENT, Document
from statement_qa.i18n import LANGUAGES, join_names, language_name, month_year, plural, t
from statement_qa.limits import MAX_QUESTION_CHARS

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




HEADING_CHARS = 200  # a long question is shown cut in its heading, never whole
OLD_AFTER_YEARS = 3  # older statements carry a note that positions can change
LIST_SHOWN = 4  # organisations and subjects named on the first screen before "and N more"


def issued(ref: StatementRef | Document, language: str) -> str:
    """'Statement issued September 2020' (or 'Published …' for a resource), or ''."""
    when = month_year(ref.date, language)
    if not when:
        return ""
    return t("statement_issued" if ref.kind == STATEMENT else "published", language, when=when)


def citation_text(ref: StatementRef, language: str) -> str:
    """A citation to copy or read out: title, organisation, date, url (or source file)."""
    parts = [f"“{ref.title}”", ref.organisation, month_year(ref.date, language), ref.url or ref.source]
    return ", ".join(p for p in parts if p) + "."


def shortened(text: str, limit: int = HEADING_CHARS) -> str:
    """Text cut at a word near `limit`, with an ellipsis, for headings and labels."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut + "…"


def _named(names: list[str], language: str) -> str:
    """At most LIST_SHOWN names, then 'and N more'."""
    if len(names) <= LIST_SHOWN:
        return join_names(names, language)
    shown = names[: LIST_SHOWN - 1]
    return join_names([*shown, t("n_more", language, count=len(names) - len(shown))], language)


def is_old(ref: StatementRef | Document, today: date | None = None, years: int = OLD_AFTER_YEARS) -> bool:
    """True when a statement was issued, and last reviewed, more than `years` before today."""
    latest = max((d for d in (ref.date, getattr(ref, "reviewed", None)) if d and re.match(r"\d{4}", d)),
                 default=None)
    match = re.match(r"(\d{4})(?:-(\d{2}))?", latest or "")
    if not match:
        return False
    today = today or date.today()
    months = (today.year - int(match.group(1))) * 12 + today.month - int(match.group(2) or 1)
    return months > years * 12


def date_lines(ref: StatementRef | Document, language: str) -> list[str]:
    """'Statement issued …' and, where known, 'Last reviewed …'."""
    reviewed = month_year(getattr(ref, "reviewed", None), language)
    return [line for line in (issued(ref, language), t("last_reviewed", language, when=reviewed) if reviewed else "")
            if line]


def age_note(ref: StatementRef | Document, language: str, today: date | None = None,
             years: int = OLD_AFTER_YEARS) -> str | None:
    """'This statement is from September 2020. Positions can change…' for an old statement, else None."""
    if not is_old(ref, today, years):
        return None
    return t("old_statement", language, when=month_year(ref.date or ref.reviewed, language))


class Renderer:
    """Turns answers and documents into the app's HTML, in one of the app's languages."""

    def __init__(self, documents: list[Document], today: date | None = None,
                 old_after_years: int = OLD_AFTER_YEARS) -> None:
        self.documents = {d.id: d for d in documents}
        self.today = today
        self.old_after_years = old_after_years

    @property
    def statements(self) -> list[Document]:
        """Current statements (the ones that can answer), by title."""
        return sorted((d for d in self.documents.values() if d.kind == STATEMENT and d.status == CURRENT),
                      key=lambda d: d.title.lower())

    def title_of(self, doc_id: str | None) -> str:
        """A document's title, or its id when it is not in the index."""
        document = self.documents.get(doc_id or "")
        return document.title if document else (doc_id or "")

    # --- The first screen ---

    def coverage(self, language: str) -> str:
        """How many statements, from whom, about what, and the newest date: honest about what is here."""
        statements = self.statements
        if not statements:
            return f'<p class="sqa-coverage">{esc(t("coverage_none", language))}</p>'
        organisations: dict[str, int] = {}
        for document in statements:
            if document.organisation:
                organisations[document.organisation] = organisations.get(document.organisation, 0) + 1
        by_count = sorted(organisations, key=lambda o: (-organisations[o], o.lower()))
        subjects = list(dict.fromkeys(product_name(d) for d in statements))
        sentence = t("coverage", language, statements=plural("n_statements", len(statements), language),
                     organisations=_named(by_count, language), subjects=_named(subjects, language))
        dates = [d.date for d in statements if d.date]
        newest = f" {t('coverage_newest', language, when=month_year(max(dates), language))}" if dates else ""
        return f'<p class="sqa-coverage">{esc(sentence + newest)}</p>'

    def header(self, language: str) -> str:
        """The page's heading, what it does, and what it covers."""
        return (
            f'<h1>{esc(t("heading", language))}</h1><p>{esc(t("intro_page", language))}</p>'
            f"{self.coverage(language)}<p>{esc(t('quote_language_note', language))}</p>"
        )

    # --- Pieces of an answer ---

    def quote_page(self, answer: Answer) -> int | None:
        """The PDF page the quote starts on, when the source has pages."""
        document = self.documents.get(answer.statement.id) if answer.statement else None
        if document is None:
            return None
        if answer.excerpts and answer.excerpts[0].page:
            return answer.excerpts[0].page
        recommendation = document.recommendation
        if recommendation is not None and answer.section == recommendation.name:
            return document.page_at(recommendation.start)
        return answer.passages[0].page if answer.passages else None

    def source_link(self, url: str | None, source: str, page: int | None, language: str,
                    name_file: bool = True) -> str:
        """A link to the statement online (to its page, for a PDF), or the source file's name."""
        url = safe_url(url)
        page_note = t("page_note", language, page=page) if page else ""
        if url is None:
            if not name_file:
                return ""
            return f'<p class="sqa-source">{esc(t("source_file", language, source=source + page_note))}</p>'
        if page and source.lower().endswith(".pdf"):
            url = f"{url.split('#')[0]}#page={page}"
        label = t("read_full", language, site=urlparse(url).netloc, page=page_note)
        return (f'<p class="sqa-source"><a href="{esc(url)}" target="_blank" rel="noopener noreferrer">'
                f"{esc(label)}</a></p>")

    def copy_button(self, ref: StatementRef, language: str) -> str:
        """A button that copies the citation; its words for 'Copied' travel with it."""
        return (
            f'<button type="button" class="sqa-copy" data-citation="{esc(citation_text(ref, language))}" '
            f'data-label="{esc(t("copy_citation", language))}" data-copied="{esc(t("copied", language))}" '
            f'data-announce="{esc(t("citation_copied", language))}" data-failed="{esc(t("copy_failed", language))}">'
            f"{esc(t('copy_citation', language))}</button>"
        )

    def citation_block(self, ref: StatementRef, page: int | None, language: str, lines: bool = True) -> str:
        """Title, organisation and 'Statement issued …', the link, and a button to copy the citation."""
        shown = ""
        if lines:
            parts = [f'<span class="sqa-title">{esc(ref.title)}</span>', esc(ref.organisation),
                     *(esc(line) for line in date_lines(ref, language))]
            shown = f'<p class="sqa-cite-lines">{"<br>".join(p for p in parts if p)}</p>'
        return (f'<div class="sqa-citation">{shown}{self.source_link(ref.url, ref.source, page, language)}'
                f"{self.copy_button(ref, language)}</div>")

    def full_text(self, document: Document | None, language: str) -> str:
        """The whole statement, folded away until asked for, marked with its own language."""
        if document is None:
            return ""
        show, hide = (("show_full_statement", "hide_full_statement") if document.kind == STATEMENT
                      else ("show_full_text", "hide_full_text"))
        return (
            f'<details class="sqa-full"><summary><span class="sqa-when-closed">{esc(t(show, language))}</span>'
            f'<span class="sqa-when-open">{esc(t(hide, language))}</span></summary>'
            f'<div class="sqa-fulltext"{_lang(document.language)}>{paragraphs(document.body_text)}</div></details>'
        )

    def quote(self, answer: Answer) -> str:
        """The verbatim words: each excerpt one contiguous slice of the source, in the source's language."""
        if answer.excerpts:
            pieces = [paragraphs(e.text) for e in answer.excerpts]
            body = '<p class="sqa-gap" aria-hidden="true">[…]</p>'.join(pieces)
        else:
            body = paragraphs(answer.quote or "")
        language = answer.statement.language if answer.statement else None
        return f'<blockquote class="sqa-quote sqa-speak"{_lang(language)}>{body}</blockquote>'

    def introduction(self, answer: Answer, language: str) -> str:
        """The fixed sentence before a quote, from the statement's fields and what is quoted."""
        ref = answer.statement
        quoting = answer.quoting or ("recommendation" if ref.kind == STATEMENT else "passage")
        if quoting == "passage":
            return t("intro_passage", language, title=ref.title)
        when = month_year(ref.date, language)
        if ref.organisation and when:
            return t("intro_org", language, organisation=ref.organisation, title=ref.title, when=when)
        if ref.organisation:
            return t("intro_org_undated", language, organisation=ref.organisation, title=ref.title)
        return t("intro", language, title=ref.title)

    def notes(self, answer: Answer, language: str) -> list[str]:
        """What to know beside a quote: its language, what it replaces, its age."""
        ref = answer.statement
        notes = []
        if ref.language and ref.language != language:
            notes.append(t("published_in", language, language_name=language_name(ref.language, language)))
        for older in answer.replaces:
            when = month_year(older.date, language)
            if when:
                notes.append(t("replaces", language, when=when))
        old = age_note(ref, language, self.today, self.old_after_years)
        if old:
            notes.append(old)
        return notes

    def answer_card(self, answer: Answer, language: str) -> str:
        """One answer, drawn from its fields: urgent, empty, declined, or the quote with its citation."""
        spoken = []  # paragraphs read aloud, in order
        if answer.truncated:
            spoken.append(_para("sqa-note", t("truncated", language, limit=_limit(answer))))
        if answer.outcome == URGENT_OUTCOME:
            kind = answer.urgent if f"urgent_{answer.urgent}" in _URGENT_KEYS else "medical"
            # In the language the person wrote in first, when the interface has it and the page is in another: someone
            # in danger reads their own language first ('Mi padre vomita sangre' on a page in English).
            asked = answer.asked_in or language
            languages = [asked, language] if asked in LANGUAGES and asked != language else [language]
            said = "".join(
                f'<p class="sqa-urgent-title sqa-speak"{_lang(each if each != language else None)}>{esc(t("urgent_heading", each))}</p>'
                f'<p class="sqa-message sqa-speak"{_lang(each if each != language else None)}>{esc(t(f"urgent_{kind}", each))}</p>'
                for each in languages)
            return f'<div class="sqa-answer sqa-urgent" role="alert">{said}</div>'
        if answer.outcome == EMPTY:
            return f'<div class="sqa-answer sqa-declined">{_para("sqa-message", t("empty", language))}</div>'
        if answer.statement is None or answer.outcome != ANSWERED:
            return self.decline(answer, language, spoken)
        ref = answer.statement
        document = self.documents.get(ref.id)
        if answer.follow_up:
            spoken.append(_para("sqa-about", t("about", language, title=ref.title)))
        if _not_in_statement(answer):
            spoken.append(_para("sqa-message", t("not_in_statement", language)))
        if answer.not_covered:
            spoken.append(_para("sqa-message", t("not_covered", language, names=self.names(answer, language))))
        if not _not_in_statement(answer):
            spoken.append(_para("sqa-message", self.introduction(answer, language)))
        spoken.append(self.quote(answer))
        notes = "".join(_para("sqa-note", n) for n in self.notes(answer, language))
        return (
            f'<div class="sqa-answer">{"".join(spoken)}{notes}'
            f"{self.citation_block(ref, self.quote_page(answer), language)}"
            f'<p class="sqa-disclaimer sqa-speak">{esc(t("disclaimer", language))}</p>'
            f"{self.full_text(document, language)}</div>"
        )

    @staticmethod
    def names(answer: Answer, language: str) -> str:
        """The names a question asked about that no statement covers, joined in the page's language."""
        return join_names(list(answer.not_covered), language)

    def decline(self, answer: Answer, language: str, spoken: list[str]) -> str:
        """A decline: what is not covered, that we cannot quote, where to get advice.

        The statements offered instead are buttons, drawn by the page right after this card.
        """
        if answer.closing:
            spoken.append(_para("sqa-message sqa-lead", t("closing", language)))
            return f'<div class="sqa-answer sqa-declined">{"".join(spoken)}</div>'
        if answer.withdrawn is not None:
            spoken.append(_para("sqa-message", t("withdrawn_statement", language, title=answer.withdrawn.title)))
        if answer.not_covered:
            spoken.append(_para("sqa-message", t("not_covered", language, names=self.names(answer, language))))
        spoken.append(_para("sqa-message sqa-lead", t("ambiguous" if answer.ambiguous else "decline", language)))
        spoken.append(_para("sqa-message", t("advice", language)))
        return f'<div class="sqa-answer sqa-declined">{"".join(spoken)}</div>'

    def exchange(self, answer: Answer, language: str, heading: str = "h2", latest: bool = False,
                 chosen: bool = False) -> str:
        """The question as asked (escaped, cut when long) or the statement chosen, then its answer."""
        focus = ' id="sqa-latest-heading" tabindex="-1"' if latest else ""
        if chosen:
            lead, asked = t("you_chose", language), self.title_of(answer.about or (answer.statement.id
                                                                   if answer.statement else None))
        else:
            lead = t("you_asked", language)
            asked = shortened(answer.question) if answer.question.strip() else t("empty_question", language)
        label = esc(t("answer_to", language, question=asked))
        return (
            f'<section class="sqa-exchange" aria-label="{label}">'
            f'<{heading} class="sqa-asked"{focus}>{esc(lead)} <span class="sqa-question">{esc(asked)}</span>'
            f"</{heading}>{self.answer_card(answer, language)}</section>"
        )

    def earlier(self, exchanges: list[tuple[Answer, bool]], language: str) -> str:
        """Earlier exchanges, newest first, below the latest one."""
        if not exchanges:
            return ""
        items = "".join(self.exchange(a, language, heading="h3", chosen=c) for a, c in reversed(exchanges))
        return f'<div class="sqa-earlier"><h2>{esc(t("earlier", language))}</h2>{items}</div>'

    # --- Look up and Browse ---

    def lookup_results(self, query: str, results: list[tuple[Document, float]], language: str) -> str:
        """Ranked statements for helpline staff, each with its recommendation and a citation to copy."""
        if not query.strip():
            return f'<p class="sqa-hint">{esc(t("lookup_hint", language))}</p>'
        if not results:
            return f'<p class="sqa-message" role="status">{esc(t("lookup_none", language, query=shortened(query)))}</p>'
        items = []
        for rank, (document, score) in enumerate(results, start=1):
            ref = citation(document)
            recommendation = document.recommendation
            if recommendation is not None:
                body = (f'<p class="sqa-section">{esc(recommendation.name)}:</p>'
                        f'<blockquote class="sqa-quote"{_lang(document.language)}>'
                        f"{paragraphs(document.section_text(recommendation))}</blockquote>")
                page = document.page_at(recommendation.start)
            else:
                body = f'<p class="sqa-hint">{esc(t("no_recommendation", language))}</p>'
                page = None
            meta = " · ".join(p for p in (t("match_score", language, score=f"{score:.2f}"),
                                          issued(document, language), document.organisation) if p)
            items.append(
                f'<li class="sqa-result"><h3>{rank}. {esc(document.title)}</h3><p class="sqa-meta">{esc(meta)}</p>'
                f'{body}<p class="sqa-citation-text">{esc(t("citation", language))} '
                f'<span class="sqa-cite">{esc(citation_text(ref, language))}</span></p>'
                f"{self.citation_block(ref, page, language, lines=False)}{self.full_text(document, language)}</li>"
            )
        label = esc(t("lookup_results_label", language, query=shortened(query, 80)))
        return f'<ol class="sqa-results" aria-label="{label}">{"".join(items)}</ol>'

    def catalogue(self, language: str) -> str:
        """Every document in plain words: what it is, when, from whom, whether it still stands."""
        documents = list(self.documents.values())
        statements = sum(d.kind == STATEMENT for d in documents)
        resources = len(documents) - statements
        counted = plural("n_statements", statements, language)
        if resources:
            counted = t("browse_count", language, statements=counted,
                        resources=plural("n_resources", resources, language))
        else:
            counted += "."
        rows = []
        for document in documents:
            kind = t("kind_statement" if document.kind == STATEMENT else "kind_resource", language)
            status = t(document.status, language) if document.status in ("superseded", "withdrawn") else None
            details = " · ".join(p for p in (kind, month_year(document.date, language), document.organisation,
                                             status) if p)
            rows.append(
                f'<li class="sqa-doc{" sqa-old" if status else ""}"><details class="sqa-full">'
                f'<summary><span class="sqa-title">{esc(document.title)}</span>'
                f'<span class="sqa-meta">{esc(details)}</span></summary>'
                f"{self.source_link(document.url, document.source, None, language, name_file=False)}"
                f'<div class="sqa-fulltext"{_lang(document.language)}>{paragraphs(document.body_text)}</div>'
                "</details></li>"
            )
        return (
            f'<h2>{esc(t("browse_heading", language))}</h2><p>{esc(counted)} {esc(t("browse_intro", language))}</p>'
            f'<ul class="sqa-catalogue">{"".join(rows)}</ul>'
        )


_URGENT_KEYS = {"urgent_self_harm", "urgent_breathing", "urgent_choking", "urgent_medical"}
def _limit(answer: Answer) -> int:
    """How many characters of a long question were read."""
    return MAX_QUESTION_CHARS


def _lang(language: str | None) -> str:
    """A lang attribute, so screen readers pronounce the quote in its own language."""
    return f' lang="{esc(language)}"' if language and re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]+)*", language) else ""


def _para(classes: str, text: str) -> str:
    """One spoken paragraph of fixed text (Read aloud reads every .sqa-speak in order)."""
    return f'<p class="{classes} sqa-speak">{esc(text)}</p>'


def _not_in_statement(answer: Answer) -> bool:
    """A follow-up the statement does not speak to: its recommendation is quoted, saying so."""
    return answer.follow_up and not getattr(answer, "covers_question", True)
