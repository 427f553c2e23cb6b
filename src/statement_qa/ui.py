"""The web app: ask in a conversation, look statements up, browse them, and an `/ask` API.

Everything shown comes from `statement_qa.answer`; this module only lays it out. Text
from users and from statements is always HTML-escaped, never rendered as Markdown or HTML.
"""

from __future__ import annotations

import os

# Before gradio is imported anywhere: no usage data leaves the machine.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import html  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from urllib.parse import urlparse  # noqa: E402

import gradio as gr  # noqa: E402

from statement_qa.answer import (  # noqa: E402
    DISCLAIMER,
    Answer,
    Assistant,
    citation,
    citation_text,
    month_year,
    open_assistant,
)
from statement_qa.documents import STATEMENT, Document  # noqa: E402

QUEUE_SIZE = 32  # further requests are told the app is busy rather than piling up
HISTORY = 20  # exchanges kept per browser session
ALTERNATIVE_SLOTS = 3
LOOKUP_RESULTS = 5

_COMPANY_FORMS = re.compile(r"\s+(?:e\.\s?V\.|Inc\.?|Ltd\.?|gGmbH|CIC)$")
_GENERIC_WORDS = {
    "als", "mnd", "als/mnd", "association", "associations", "society", "trust", "network", "union",
    "motor", "neurone", "neuron", "patients'", "patients", "foundation", "charity", "the",
}


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


def _clean_name(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[™®©\"“”]", "", text)).strip()


def product_name(document: Document) -> str:
    """What a statement is about, as a person would say it: 'AstroRx', 'Right to Try'."""
    parts = re.split(r"\s+[–—-]\s+", document.title, maxsplit=1)
    company, name = (parts[0], parts[1]) if len(parts) == 2 else ("", document.title)
    name = _clean_name(re.sub(r"\s*\([^)]*\)", "", name)) or _clean_name(document.title)
    inside = [
        _clean_name(alias) for alias in document.aliases
        if len(_clean_name(alias)) >= 4 and _clean_name(alias).lower() in name.lower()
        and _clean_name(alias).lower() != _clean_name(company).lower()
    ]
    return min(inside, key=len) if inside else name


def statement_question(document: Document) -> str:
    """The question a statement button asks."""
    return f"What does {organisation_short(document.organisation)} say about {product_name(document)}?"


def button_question(assistant: Assistant, document: Document) -> str:
    """The shortest question that the assistant answers from this very statement.

    A button must never answer from another statement than it names, so each wording
    is tried once when the app starts (answers take milliseconds).
    """
    product = product_name(document)
    organisation = document.organisation or "the organisation"
    wordings = [
        statement_question(document),
        f"What does {organisation} say about {product}?",
        f"What does {organisation} say about {_clean_name(document.title)}?",
    ]
    for wording in wordings:
        answer = assistant.answer(wording)
        if answer.statement is not None and answer.statement.id == document.id:
            return wording
    return wordings[0]


def example_questions(documents: list[Document]) -> list[str]:
    """A few everyday phrasings, filled in with the corpus's own statements."""
    statements = [d for d in documents if d.kind == STATEMENT and re.search(r"\s[–—-]\s", d.title)]
    templates = ("Is {} proven to work?", "Should I try {}?", "Is {} safe?")
    return [template.format(product_name(d)) for template, d in zip(templates, statements)]


def _esc(text: str | None) -> str:
    return html.escape(text or "", quote=True)


def _paragraphs(text: str) -> str:
    """Verbatim text as escaped paragraphs (blank lines split them; single newlines are kept by CSS)."""
    parts = [p.strip("\n") for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join(f"<p>{_esc(p)}</p>" for p in parts)


def _safe_url(url: str | None) -> str | None:
    """Only web links become links: a javascript: URL in corpus metadata must never run."""
    if url and urlparse(url).scheme in ("http", "https"):
        return url
    return None


class Renderer:
    """Turns answers and documents into the app's HTML."""

    def __init__(self, documents: list[Document]) -> None:
        self.documents = {d.id: d for d in documents}

    def quote_page(self, answer: Answer) -> int | None:
        """The PDF page the quote starts on, when the source has pages."""
        document = self.documents.get(answer.statement.id) if answer.statement else None
        if document is None:
            return None
        recommendation = document.recommendation
        if recommendation is not None and answer.section == recommendation.name:
            return document.page_at(recommendation.start)
        return answer.passages[0].page if answer.passages else None

    def source_link(self, document: Document | None, url: str | None, source: str, page: int | None) -> str:
        """A link to the statement online (to its page, for a PDF), or the source file's name."""
        url = _safe_url(url)
        page_note = f", page {page}" if page else ""
        if url is None:
            return f'<p class="sqa-source">Source file: {_esc(source)}{_esc(page_note)}</p>'
        if page and source.lower().endswith(".pdf"):
            url = f"{url.split('#')[0]}#page={page}"
        host = urlparse(url).netloc
        return (
            f'<p class="sqa-source"><a href="{_esc(url)}" target="_blank" rel="noopener noreferrer">'
            f"Read the full statement on {_esc(host)}{_esc(page_note)} (opens in a new tab)</a></p>"
        )

    def citation_block(self, document: Document | None, ref, page: int | None) -> str:
        """Title, organisation, 'Statement issued <Month Year>', link, and a citation to copy."""
        when = month_year(ref.date)
        issued = (f"Statement issued {when}" if ref.kind == STATEMENT else f"Published {when}") if when else ""
        lines = [f'<span class="sqa-title">{_esc(ref.title)}</span>']
        if ref.organisation:
            lines.append(_esc(ref.organisation))
        if issued:
            lines.append(_esc(issued))
        text = citation_text(ref)
        return (
            '<div class="sqa-citation">'
            f'<p class="sqa-cite-lines">{"<br>".join(lines)}</p>'
            f"{self.source_link(document, ref.url, ref.source, page)}"
            f'<button type="button" class="sqa-copy" data-citation="{_esc(text)}">Copy citation</button>'
            "</div>"
        )

    def full_text(self, document: Document | None, label: str = "Show the full statement") -> str:
        """The whole statement, folded away until asked for."""
        if document is None:
            return ""
        return (
            f'<details class="sqa-full"><summary>{_esc(label)}</summary>'
            f'<div class="sqa-fulltext">{_paragraphs(document.body_text)}</div></details>'
        )

    def answer_card(self, answer: Answer) -> str:
        """One answer: the fixed sentence, the verbatim quote, the citation, the disclaimer."""
        if not answer.answered:
            return (
                '<div class="sqa-answer sqa-declined">'
                f'<div class="sqa-speak"><p class="sqa-message">{_esc(answer.message)}</p></div>'
                '<p class="sqa-hint">You can press one of the buttons under “Statements we have” below.</p>'
                f'<p class="sqa-disclaimer">{_esc(DISCLAIMER)}</p>'
                "</div>"
            )
        document = self.documents.get(answer.statement.id)
        page = self.quote_page(answer)
        return (
            '<div class="sqa-answer">'
            '<div class="sqa-speak">'
            f'<p class="sqa-message">{_esc(answer.message)}</p>'
            f'<blockquote class="sqa-quote">{_paragraphs(answer.quote or "")}</blockquote>'
            "</div>"
            f"{self.citation_block(document, answer.statement, page)}"
            f'<p class="sqa-disclaimer">{_esc(DISCLAIMER)}</p>'
            f"{self.full_text(document)}"
            "</div>"
        )

    def exchange(self, answer: Answer, heading: str = "h2", latest: bool = False) -> str:
        """The question as asked (escaped, never Markdown) followed by its answer."""
        focus = ' id="sqa-latest-heading" tabindex="-1"' if latest else ""
        asked = _esc(answer.question) if answer.question else "(an empty question)"
        return (
            f'<section class="sqa-exchange" aria-label="Answer to: {asked}">'
            f'<{heading} class="sqa-asked"{focus}>You asked: <span class="sqa-question">{asked}</span></{heading}>'
            f"{self.answer_card(answer)}</section>"
        )

    def earlier(self, answers: list[Answer]) -> str:
        """Earlier exchanges, newest first, under the latest one."""
        if not answers:
            return ""
        items = "".join(self.exchange(a, heading="h3") for a in reversed(answers))
        return f'<div class="sqa-earlier"><h2>Earlier in this conversation</h2>{items}</div>'

    def lookup_results(self, query: str, results: list[tuple[Document, float]]) -> str:
        """Ranked statements for helpline staff, each with its recommendation and a citation to copy."""
        if not query.strip():
            return '<p class="sqa-hint">Type a few words, such as a product, company or organisation name.</p>'
        if not results:
            return f'<p class="sqa-message">Nothing in the collection matches “{_esc(query)}”.</p>'
        items = []
        for rank, (document, score) in enumerate(results, start=1):
            ref = citation(document)
            recommendation = document.recommendation
            if recommendation is not None:
                body = (f'<p class="sqa-section">{_esc(recommendation.name)}:</p>'
                        f'<blockquote class="sqa-quote">{_paragraphs(document.section_text(recommendation))}</blockquote>')
                page = document.page_at(recommendation.start)
            else:
                body = '<p class="sqa-hint">This document has no recommendation section; open its full text below.</p>'
                page = None
            items.append(
                '<li class="sqa-result">'
                f'<h3>{rank}. {_esc(document.title)}</h3>'
                f'<p class="sqa-meta">Match score {score:.2f} · {_esc(month_year(document.date) or "undated")}'
                f' · {_esc(document.organisation or "organisation unknown")}</p>'
                f"{body}"
                f'<p class="sqa-citation-text">Citation: <span class="sqa-cite">{_esc(citation_text(ref))}</span></p>'
                f"{self.citation_block(document, ref, page)}"
                f"{self.full_text(document)}"
                "</li>"
            )
        return f'<ol class="sqa-results" aria-label="Statements matching {_esc(query)}">{"".join(items)}</ol>'

    def catalogue(self) -> str:
        """Every document, each opening its full text."""
        rows = []
        for document in self.documents.values():
            details = " · ".join(
                p for p in (document.organisation, month_year(document.date), document.kind, document.source) if p
            )
            rows.append(
                '<li class="sqa-doc">'
                f'<details class="sqa-full"><summary><span class="sqa-title">{_esc(document.title)}</span>'
                f'<span class="sqa-meta">{_esc(details)}</span></summary>'
                f"{self.source_link(document, document.url, document.source, None)}"
                f'<div class="sqa-fulltext">{_paragraphs(document.body_text)}</div></details></li>'
            )
        return f'<ul class="sqa-catalogue">{"".join(rows)}</ul>'


# Announce the newest answer to screen readers; the live region itself never re-renders.
ANNOUNCE_JS = """() => {
  const region = document.getElementById('sqa-live');
  const answer = document.querySelector('#sqa-latest .sqa-speak');
  if (region && answer) { region.textContent = ''; setTimeout(() => { region.textContent = answer.innerText; }, 100); }
}"""
# After a button asks, bring the answer into view and put focus on it, so the next Tab
# goes into the answer instead of further down the list of buttons.
FOCUS_ANSWER_JS = ANNOUNCE_JS.replace("() => {", """() => {
  const heading = document.getElementById('sqa-latest-heading');
  if (heading) { heading.scrollIntoView({block: 'start'}); heading.focus({preventScroll: true}); }""", 1)
READ_ALOUD_JS = """() => {
  const answer = document.querySelector('#sqa-latest .sqa-speak');
  if (!answer || !('speechSynthesis' in window)) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(answer.innerText);
  utterance.rate = 0.9;
  window.speechSynthesis.speak(utterance);
}"""
STOP_READING_JS = "() => { if ('speechSynthesis' in window) window.speechSynthesis.cancel(); }"

HEAD = """<script>
(() => {
  async function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) { await navigator.clipboard.writeText(text); return; }
    const area = document.createElement('textarea');
    area.value = text; area.setAttribute('readonly', ''); area.style.position = 'fixed'; area.style.opacity = '0';
    document.body.appendChild(area); area.select(); document.execCommand('copy'); area.remove();
  }
  document.addEventListener('click', async (event) => {
    const button = event.target.closest && event.target.closest('button[data-citation]');
    if (!button) return;
    const region = document.getElementById('sqa-live');
    try {
      await copyText(button.dataset.citation);
      button.textContent = 'Copied';
      if (region) region.textContent = 'Citation copied.';
    } catch (error) {
      button.textContent = 'Could not copy: select the citation text instead';
    }
    setTimeout(() => { button.textContent = 'Copy citation'; }, 2500);
  });
})();
</script>"""

CSS = """
.gradio-container { font-size: 20px; line-height: 1.5; color: #111; max-width: 70rem !important; }
.gradio-container p, .gradio-container li, .gradio-container label, .gradio-container span,
.gradio-container textarea, .gradio-container input, .gradio-container button { font-size: 20px; }
.gradio-container h1 { font-size: 2rem; margin: 0.25em 0; }
.gradio-container h2 { font-size: 1.5rem; margin: 0.75em 0 0.25em; }
.gradio-container h3 { font-size: 1.25rem; margin: 0.75em 0 0.25em; }
/* Large targets for weak hands, eye-gaze and switch users. */
.gradio-container button, .gradio-container input, .gradio-container textarea, .gradio-container summary,
.gradio-container [role="tab"], footer a, footer button { min-height: 44px; min-width: 44px; }
.gradio-container a { display: inline-block; min-height: 44px; padding: 8px 0; color: #0b3d91; text-decoration: underline; }
.gradio-container button.sqa-copy { padding: 8px 18px; border: 2px solid #111; border-radius: 8px;
  background: #fff; color: #111; font-weight: 600; cursor: pointer; }
.gradio-container summary { display: list-item; padding: 10px 4px; cursor: pointer; font-weight: 600; color: #0b3d91; }
/* A strong focus ring that shows on light and dark backgrounds, never only on hover. */
.gradio-container *:focus-visible, .gradio-container summary:focus, footer a:focus-visible {
  outline: 4px solid #111 !important; outline-offset: 2px !important; box-shadow: 0 0 0 8px #ffd500 !important; }
.gradio-container textarea:focus, .gradio-container input:focus {
  outline: 4px solid #111 !important; box-shadow: 0 0 0 8px #ffd500 !important; }
#sqa-latest-heading:focus { outline: 4px solid #111; box-shadow: 0 0 0 8px #ffd500; }
.sqa-visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.sqa-exchange { border: 2px solid #444; border-radius: 12px; padding: 12px 20px; margin: 12px 0; background: #fff; }
.sqa-asked { font-size: 1.25rem; }
.sqa-question { font-weight: 400; white-space: pre-wrap; overflow-wrap: anywhere; }
.sqa-quote { border-left: 6px solid #0b3d91; margin: 12px 0; padding: 4px 16px; background: #eef3fb; color: #111; }
.sqa-quote p, .sqa-fulltext p { white-space: pre-line; }
.sqa-title { font-weight: 700; }
.sqa-disclaimer { border-top: 1px solid #666; padding-top: 8px; font-style: italic; color: #222; }
.sqa-declined .sqa-message { font-weight: 600; }
.sqa-fulltext { border: 1px solid #666; border-radius: 8px; padding: 8px 16px; background: #fafafa; color: #111; }
.sqa-meta { display: block; font-weight: 400; color: #333; }
.sqa-results, .sqa-catalogue { list-style: none; padding-left: 0; }
.sqa-result, .sqa-doc { border: 2px solid #444; border-radius: 12px; padding: 8px 20px; margin: 12px 0; }
.sqa-cite { user-select: all; }
/* Tabs: large, dark, the chosen one marked by a thick bar rather than colour alone. */
.gradio-container [role="tab"] { font-size: 20px !important; padding: 8px 20px !important; color: #111 !important; }
.gradio-container [role="tab"][aria-selected="true"] { font-weight: 700; border-bottom: 5px solid #0b3d91 !important; }
.sqa-buttons { flex-wrap: wrap !important; gap: 12px !important; }
.sqa-buttons > button { flex: 1 1 18rem !important; white-space: normal; }
"""


def _theme() -> gr.themes.Base:
    """High contrast and large type; dark text on light backgrounds, white on dark blue."""
    size = gr.themes.Size(xxs="14px", xs="16px", sm="18px", md="20px", lg="22px", xl="26px", xxl="32px")
    # System fonts only: nothing is fetched from elsewhere, and they are the ones people know.
    fonts = ["system-ui", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Liberation Sans", "sans-serif"]
    return gr.themes.Default(text_size=size, spacing_size="lg", radius_size="md", font=fonts).set(
        body_text_color="#111111",
        body_text_color_subdued="#333333",
        block_label_text_color="#111111",
        block_title_text_color="#111111",
        input_border_color="#444444",
        input_border_width="2px",
        button_primary_background_fill="#0b3d91",
        button_primary_background_fill_hover="#082c69",
        button_primary_text_color="#ffffff",
        button_primary_border_color="#0b3d91",
        button_primary_border_color_hover="#082c69",
        button_primary_text_color_hover="#ffffff",
        button_secondary_background_fill="#ffffff",
        button_secondary_background_fill_hover="#e8eef8",
        button_secondary_text_color="#111111",
        button_secondary_text_color_hover="#111111",
        button_secondary_border_color="#111111",
        button_border_width="2px",
        link_text_color="#0b3d91",
    )


def build_demo(assistant: Assistant) -> gr.Blocks:
    """The app's Blocks: Ask (conversation), Look up (staff), Browse, and the `/ask` API."""
    documents = assistant.documents
    renderer = Renderer(documents)
    by_id = {d.id: d for d in documents}
    statements = [d for d in documents if d.kind == STATEMENT]
    questions = {d.id: button_question(assistant, d) for d in statements}

    def respond(question: str | None, conversation: list[Answer]):
        answer = assistant.answer(question or "")
        conversation = [*conversation, answer][-HISTORY:]
        alternatives = [a.id for a in answer.alternatives if a.id in by_id][:ALTERNATIVE_SLOTS]
        buttons = [
            gr.Button(f"Did you mean {product_name(by_id[alternatives[i]])}?", visible=True)
            if i < len(alternatives) else gr.Button(visible=False)
            for i in range(ALTERNATIVE_SLOTS)
        ]
        return ("", renderer.exchange(answer, latest=True), renderer.earlier(conversation[:-1]),
                conversation, alternatives, gr.Row(visible=True), gr.Row(visible=bool(alternatives)), *buttons)

    def ask_json(question: str) -> dict:
        """The answer as JSON, exactly what `statement-qa ask --json` prints."""
        return assistant.answer(question).to_json()

    def look_up(query: str | None) -> str:
        query = query or ""
        return renderer.lookup_results(query, assistant.lookup(query, limit=LOOKUP_RESULTS))

    with gr.Blocks(title="Statements on ALS/MND therapies", analytics_enabled=False) as demo:
        conversation = gr.State([])
        alternatives = gr.State([])
        gr.HTML('<div id="sqa-live" class="sqa-visually-hidden" role="status" aria-live="polite"></div>',
                js_on_load=None)
        gr.HTML(
            "<h1>What do ALS/MND organisations say about a therapy?</h1>"
            "<p>Ask a question or press a button. You get the organisation's published words, "
            "quoted exactly, with the date and a link to the full statement.</p>",
            js_on_load=None,
        )
        with gr.Tabs():
            with gr.Tab("Ask", id="ask"):
                with gr.Row(equal_height=True):
                    question = gr.Textbox(
                        label="Your question", placeholder="For example: Is AstroRx proven?",
                        lines=1, max_lines=4, scale=4, elem_id="sqa-question", autofocus=False,
                    )
                    ask_button = gr.Button("Ask", variant="primary", scale=1, min_width=120, elem_id="sqa-ask")
                latest = gr.HTML("", elem_id="sqa-latest", js_on_load=None)
                with gr.Row(visible=False, elem_classes="sqa-buttons") as answer_actions:
                    read_aloud = gr.Button("Read aloud", elem_id="sqa-read-aloud")
                    stop_reading = gr.Button("Stop reading", elem_id="sqa-stop-reading")
                with gr.Row(visible=False, elem_classes="sqa-buttons") as alternatives_row:
                    alternative_buttons = [
                        gr.Button(visible=False, elem_classes="sqa-alternative") for _ in range(ALTERNATIVE_SLOTS)
                    ]
                gr.HTML("<h2>Common questions</h2>", js_on_load=None)
                with gr.Row(elem_classes="sqa-buttons"):
                    example_buttons = [gr.Button(q, elem_classes="sqa-example") for q in example_questions(documents)]
                gr.HTML("<h2>Statements we have</h2>", js_on_load=None)
                with gr.Row(elem_classes="sqa-buttons"):
                    statement_buttons = [
                        gr.Button(questions[d.id], elem_classes="sqa-statement") for d in statements
                    ]
                earlier = gr.HTML("", elem_id="sqa-earlier", js_on_load=None)
            with gr.Tab("Look up", id="lookup"):
                gr.HTML("<h2>Look up a statement</h2><p>For helpline staff: every matching statement, "
                        "ranked, with its exact recommendation and a citation to copy.</p>", js_on_load=None)
                with gr.Row(equal_height=True):
                    query = gr.Textbox(label="Search words", placeholder="A product, company or organisation",
                                       lines=1, max_lines=1, scale=4, elem_id="sqa-query")
                    lookup_button = gr.Button("Look up", variant="primary", scale=1, min_width=120,
                                              elem_id="sqa-lookup")
                results = gr.HTML("", elem_id="sqa-results", js_on_load=None)
            with gr.Tab("Browse", id="browse"):
                gr.HTML(f"<h2>All {len(documents)} documents</h2>{renderer.catalogue()}",
                        elem_id="sqa-browse", js_on_load=None)

        answer_outputs = [question, latest, earlier, conversation, alternatives, answer_actions, alternatives_row,
                          *alternative_buttons]
        common = dict(outputs=answer_outputs, api_visibility="private", concurrency_id="assistant",
                      show_progress="minimal")
        gr.on([question.submit, ask_button.click], respond, inputs=[question, conversation], **common).then(
            None, js=ANNOUNCE_JS)
        for button in [*example_buttons, *statement_buttons]:
            button.click(respond, inputs=[button, conversation], **common).then(None, js=FOCUS_ANSWER_JS)
        for slot, button in enumerate(alternative_buttons):
            def ask_alternative(conversation, ids, slot=slot):
                return respond(questions.get(ids[slot], statement_question(by_id[ids[slot]])) if slot < len(ids) else "", conversation)
            button.click(ask_alternative, inputs=[conversation, alternatives], **common).then(
                None, js=FOCUS_ANSWER_JS)
        read_aloud.click(None, js=READ_ALOUD_JS)
        stop_reading.click(None, js=STOP_READING_JS)
        gr.on([query.submit, lookup_button.click], look_up, inputs=query, outputs=results,
              api_visibility="private", concurrency_id="assistant", show_progress="minimal")

        # The programs' endpoint: the question in, answer.to_json() out.
        api_question = gr.Textbox(visible=False)
        api_answer = gr.JSON(visible=False)
        api_question.submit(ask_json, inputs=api_question, outputs=api_answer, api_name="ask",
                            concurrency_id="assistant")
    return demo


def serve(demo: gr.Blocks, host: str | None = None, port: int | None = None) -> None:
    """Run the app with safe defaults: local only unless told, no share link, no telemetry."""
    demo.queue(max_size=QUEUE_SIZE, default_concurrency_limit=1)
    demo.launch(
        server_name=host,
        server_port=port,
        share=False,
        enable_monitoring=False,
        run_history=False,  # questions about someone's health are not kept in the browser
        footer_links=["api"],
        show_error=False,
        theme=_theme(),
        css=CSS,
        head=HEAD,
    )


def launch(index_dir: Path, corpus_dir: Path | None, model: str | None,
           host: str = "127.0.0.1", port: int = 7860) -> None:
    """Load the index (building it when missing) and serve the app; used by `statement-qa serve`."""
    assistant = open_assistant(Path(index_dir), Path(corpus_dir) if corpus_dir else None, model,
                               notice=lambda message: print(message, file=sys.stderr))
    serve(build_demo(assistant), host, port)
