"""The web app: ask in a conversation, look statements up, browse them, and an `/ask` API.

Everything shown comes from `statement_qa.answer`; `ui_html` lays it out as escaped HTML.
Built for people with weak hands, eye-gaze or switch access: large targets, buttons for
the common questions, a strong focus ring, answers announced to screen readers.
"""

from __future__ import annotations

import os

# Before gradio is imported anywhere: no usage data leaves the machine.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import gradio as gr  # noqa: E402

from statement_qa.answer import Answer, Assistant, open_assistant  # noqa: E402
from statement_qa.documents import STATEMENT, Document  # noqa: E402
from statement_qa.ui_html import (  # noqa: E402
    Renderer,
    esc,
    example_questions,
    product_name,
    question_wordings,
)

HISTORY = 20  # exchanges kept per browser session
ALTERNATIVE_SLOTS = 3
LOOKUP_RESULTS = 5

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

# "Copy citation" buttons live inside rendered HTML, so one listener serves them all.
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
.sqa-notice { border: 3px solid #8a5a00; background: #fff4d6; color: #111111; padding: 12px 16px;
  font-weight: 600; border-radius: 6px; }
.gradio-container { --sqa-fg: #111111; --sqa-muted: #333333; --sqa-bg: #ffffff; --sqa-accent: #0b3d91;
  --sqa-quote-bg: #eef3fb; --sqa-border: #444444; --sqa-panel: #f7f7f7;
  font-size: 20px; line-height: 1.5; color: var(--sqa-fg); max-width: 70rem !important; }
.dark .gradio-container { --sqa-fg: #f2f2f2; --sqa-muted: #d6d6d6; --sqa-bg: #121212; --sqa-accent: #a8c8ff;
  --sqa-quote-bg: #1b2538; --sqa-border: #c8c8c8; --sqa-panel: #1c1c1c; }
.gradio-container p, .gradio-container li, .gradio-container label, .gradio-container span,
.gradio-container textarea, .gradio-container input, .gradio-container button { font-size: 20px; }
.gradio-container h1 { font-size: 2rem; margin: 0.25em 0; color: var(--sqa-fg); }
.gradio-container h2 { font-size: 1.5rem; margin: 0.75em 0 0.25em; color: var(--sqa-fg); }
.gradio-container h3 { font-size: 1.25rem; margin: 0.75em 0 0.25em; color: var(--sqa-fg); }
.gradio-container textarea::placeholder, .gradio-container input::placeholder { color: #595959; opacity: 1; }
.dark .gradio-container textarea::placeholder { color: #b8b8b8; }
/* Large targets for weak hands, eye-gaze and switch users; nothing moves or fades on hover. */
.gradio-container button, .gradio-container input, .gradio-container textarea, .gradio-container summary,
.gradio-container [role="tab"], footer a, footer button { min-height: 44px; min-width: 44px; }
.gradio-container button, .gradio-container a, .gradio-container [role="tab"] { transition: none !important;
  transform: none !important; }
.gradio-container a { display: inline-block; min-height: 44px; padding: 8px 0; color: var(--sqa-accent);
  text-decoration: underline; }
footer a, footer button { display: inline-flex; align-items: center; padding: 8px; color: var(--sqa-fg) !important; }
.gradio-container button.sqa-copy { padding: 8px 18px; border: 2px solid var(--sqa-fg); border-radius: 8px;
  background: var(--sqa-bg); color: var(--sqa-fg); font-weight: 600; cursor: pointer; }
.gradio-container button.sqa-copy:hover { background: var(--sqa-quote-bg); border-color: var(--sqa-fg); }
.gradio-container summary { display: list-item; padding: 10px 4px; cursor: pointer; font-weight: 600;
  color: var(--sqa-accent); }
details.sqa-full[open] .sqa-when-closed, details.sqa-full:not([open]) .sqa-when-open { display: none; }
/* One strong focus style everywhere: a thick dark ring inside a yellow halo. */
.gradio-container :focus-visible, footer a:focus-visible,
.gradio-container textarea:focus, .gradio-container input:focus, #sqa-latest-heading:focus {
  outline: 4px solid #111111 !important; outline-offset: 0 !important; box-shadow: 0 0 0 10px #ffd500 !important; }
/* Tabs: tall enough to hit, with room for the focus ring and a thick bar under the chosen one. */
.gradio-container .tab-wrapper, .gradio-container .tab-container:not(.visually-hidden) { height: auto !important;
  overflow: visible !important; }
.gradio-container .tab-container:not(.visually-hidden) { padding: 12px 12px 0; gap: 12px; }
.gradio-container [role="tab"] { font-size: 20px !important; padding: 8px 20px !important; color: var(--sqa-fg) !important; }
.gradio-container [role="tab"][aria-selected="true"] { font-weight: 700; }
.gradio-container [role="tab"][aria-selected="true"]::after { background: var(--sqa-accent) !important;
  height: 5px !important; }
.sqa-visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.sqa-exchange { border: 2px solid var(--sqa-border); border-radius: 12px; padding: 8px 20px 12px; margin: 12px 0;
  background: var(--sqa-bg); color: var(--sqa-fg); }
.sqa-asked { font-size: 1.25rem; scroll-margin-top: 120px; }  /* keeps "Read aloud" in view too */
.sqa-question { font-weight: 400; white-space: pre-wrap; overflow-wrap: anywhere; }
.sqa-quote { border-left: 6px solid var(--sqa-accent); margin: 16px 0; padding: 4px 16px; background: var(--sqa-quote-bg);
  color: var(--sqa-fg); }
.sqa-quote p, .sqa-fulltext p { white-space: pre-line; color: var(--sqa-fg); }
.sqa-citation { margin-top: 16px; }
.sqa-title { font-weight: 700; }
.sqa-lead { font-weight: 700; }
.sqa-topics { margin: 4px 0 12px 1.5em; }
.sqa-disclaimer { border-top: 2px solid var(--sqa-border); padding-top: 8px; margin-top: 12px; color: var(--sqa-fg); }
.sqa-fulltext { border: 1px solid var(--sqa-border); border-radius: 8px; padding: 8px 16px; background: var(--sqa-panel);
  color: var(--sqa-fg); }
.sqa-meta { display: block; font-weight: 400; color: var(--sqa-muted); }
.sqa-results, .sqa-catalogue { list-style: none; padding-left: 0; }
.sqa-result, .sqa-doc { border: 2px solid var(--sqa-border); border-radius: 12px; padding: 8px 20px; margin: 12px 0; }
.sqa-cite { user-select: all; }
.sqa-buttons { flex-wrap: wrap !important; gap: 12px !important; }
.sqa-buttons > button { flex: 1 1 18rem !important; white-space: normal; }
"""


def _theme() -> gr.themes.Base:
    """High contrast and large type; dark text on light, white on dark blue (and the reverse in dark mode)."""
    size = gr.themes.Size(xxs="14px", xs="16px", sm="18px", md="20px", lg="22px", xl="26px", xxl="32px")
    # System fonts only: nothing is fetched from elsewhere, and they are the ones people know.
    fonts = ["system-ui", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Liberation Sans", "sans-serif"]
    return gr.themes.Default(text_size=size, spacing_size="lg", radius_size="md", font=fonts).set(
        body_text_color="#111111", body_text_color_dark="#f2f2f2",
        body_text_color_subdued="#333333", body_text_color_subdued_dark="#d6d6d6",
        block_label_text_color="#111111", block_label_text_color_dark="#f2f2f2",
        block_title_text_color="#111111", block_title_text_color_dark="#f2f2f2",
        input_border_color="#444444", input_border_color_dark="#c8c8c8", input_border_width="2px",
        button_border_width="2px",
        button_primary_background_fill="#0b3d91", button_primary_background_fill_dark="#a8c8ff",
        button_primary_background_fill_hover="#082c69", button_primary_background_fill_hover_dark="#c9ddff",
        button_primary_text_color="#ffffff", button_primary_text_color_dark="#0b0c0c",
        button_primary_text_color_hover="#ffffff", button_primary_text_color_hover_dark="#0b0c0c",
        button_primary_border_color="#0b3d91", button_primary_border_color_dark="#a8c8ff",
        button_primary_border_color_hover="#082c69", button_primary_border_color_hover_dark="#c9ddff",
        button_secondary_background_fill="#ffffff", button_secondary_background_fill_dark="#121212",
        button_secondary_background_fill_hover="#e8eef8", button_secondary_background_fill_hover_dark="#2a2a2a",
        button_secondary_text_color="#111111", button_secondary_text_color_dark="#f2f2f2",
        button_secondary_text_color_hover="#111111", button_secondary_text_color_hover_dark="#f2f2f2",
        button_secondary_border_color="#111111", button_secondary_border_color_dark="#f2f2f2",
        button_secondary_border_color_hover="#111111", button_secondary_border_color_hover_dark="#f2f2f2",
        link_text_color="#0b3d91", link_text_color_dark="#a8c8ff",
    )


def button_question(assistant: Assistant, document: Document) -> str:
    """The shortest question the assistant answers from this very statement.

    A button must never answer from another statement than the one it names, so each
    wording is tried once when the app starts (answers take milliseconds).
    """
    wordings = question_wordings(document)
    for wording in wordings:
        answer = assistant.answer(wording)
        if answer.statement is not None and answer.statement.id == document.id:
            return wording
    return wordings[0]


def build_demo(assistant: Assistant) -> gr.Blocks:
    """The app's Blocks: Ask (a conversation), Look up (for staff), Browse, and the `/ask` API."""
    documents = assistant.documents
    renderer = Renderer(documents, assistant.topics())
    by_id = {d.id: d for d in documents}
    statements = [d for d in documents if d.kind == STATEMENT]
    questions = {d.id: button_question(assistant, d) for d in statements}
    examples = example_questions(documents)
    placeholder = f"For example: {examples[0]}" if examples else "Type your question"

    def respond(question: str | None, conversation: list[Answer]):
        answer = assistant.answer(question or "")
        conversation = [*conversation, answer][-HISTORY:]
        alternatives = [a.id for a in answer.alternatives if a.id in questions][:ALTERNATIVE_SLOTS]
        buttons = [
            gr.Button(f"Did you mean {product_name(by_id[alternatives[slot]])}?", visible=True)
            if slot < len(alternatives) else gr.Button(visible=False)
            for slot in range(ALTERNATIVE_SLOTS)
        ]
        return ("", renderer.exchange(answer, latest=True), renderer.earlier(conversation[:-1]), conversation,
                alternatives, gr.Row(visible=True), gr.Column(visible=bool(alternatives)), *buttons)

    def ask_json(question: str) -> dict:
        """The answer as JSON, exactly what `statement-qa ask --json` prints."""
        return assistant.answer(question or "").to_json()

    def look_up(query: str | None) -> str:
        query = query or ""
        return renderer.lookup_results(query, assistant.lookup(query, limit=LOOKUP_RESULTS))

    with gr.Blocks(title="Statements on ALS/MND therapies", analytics_enabled=False) as demo:
        conversation = gr.State([])
        alternatives = gr.State([])
        gr.HTML('<div id="sqa-live" class="sqa-visually-hidden" role="status" aria-live="polite"></div>',
                js_on_load=None)
        if assistant.stale_notice:  # staff should know the answers may miss a newer statement
            gr.HTML(f'<p class="sqa-notice" role="status">{esc(assistant.stale_notice)}</p>', js_on_load=None)
        gr.HTML("<h1>What do ALS/MND organisations say about a therapy?</h1>"
                "<p>Ask a question or press a button. You get the organisation's published words, quoted "
                "exactly, with the date and a link to the full statement.</p>", js_on_load=None)
        with gr.Tabs():
            with gr.Tab("Ask", id="ask"):
                with gr.Row(equal_height=True):
                    question = gr.Textbox(label="Your question", placeholder=placeholder,
                                          lines=1, max_lines=4, scale=4, elem_id="sqa-question")
                    ask_button = gr.Button("Ask", variant="primary", scale=1, min_width=120, elem_id="sqa-ask")
                # Same place on screen after every answer, whatever its length.
                with gr.Row(visible=False, elem_classes="sqa-buttons") as answer_actions:
                    read_aloud = gr.Button("Read aloud", elem_id="sqa-read-aloud")
                    stop_reading = gr.Button("Stop reading", elem_id="sqa-stop-reading")
                latest = gr.HTML("", elem_id="sqa-latest", js_on_load=None)
                with gr.Column(visible=False) as alternatives_box:
                    gr.HTML("<p>Other statements that may answer your question:</p>", js_on_load=None)
                    with gr.Row(elem_classes="sqa-buttons"):
                        alternative_buttons = [gr.Button(visible=False, elem_classes="sqa-alternative")
                                               for _ in range(ALTERNATIVE_SLOTS)]
                gr.HTML("<h2>Common questions</h2>", js_on_load=None)
                with gr.Row(elem_classes="sqa-buttons"):
                    example_buttons = [gr.Button(q, elem_classes="sqa-example") for q in examples]
                gr.HTML("<h2>Statements we have</h2>", js_on_load=None)
                with gr.Row(elem_classes="sqa-buttons"):
                    statement_buttons = [gr.Button(questions[d.id], elem_classes="sqa-statement") for d in statements]
                earlier = gr.HTML("", elem_id="sqa-earlier", js_on_load=None)
            with gr.Tab("Look up", id="lookup"):
                gr.HTML("<h2>Look up a statement</h2><p>For helpline staff: every matching statement, ranked, "
                        "with its exact recommendation and a citation to copy.</p>", js_on_load=None)
                with gr.Row(equal_height=True):
                    query = gr.Textbox(label="Search words", placeholder="A product, company or organisation",
                                       lines=1, max_lines=1, scale=4, elem_id="sqa-query")
                    lookup_button = gr.Button("Look up", variant="primary", scale=1, min_width=120,
                                              elem_id="sqa-lookup")
                results = gr.HTML("", elem_id="sqa-results", js_on_load=None)
            with gr.Tab("Browse", id="browse"):
                gr.HTML(f"<h2>All {len(documents)} documents</h2>{renderer.catalogue()}", elem_id="sqa-browse",
                        js_on_load=None)

        answer_outputs = [question, latest, earlier, conversation, alternatives, answer_actions, alternatives_box,
                          *alternative_buttons]
        private = dict(api_visibility="private", concurrency_id="assistant", show_progress="minimal")
        gr.on([question.submit, ask_button.click], respond, inputs=[question, conversation], outputs=answer_outputs,
              **private).then(None, js=ANNOUNCE_JS)
        for button in [*example_buttons, *statement_buttons]:  # a button's label is its question
            button.click(respond, inputs=[button, conversation], outputs=answer_outputs, **private).then(
                None, js=FOCUS_ANSWER_JS)
        for slot, button in enumerate(alternative_buttons):
            def ask_alternative(conversation: list[Answer], ids: list[str], slot: int = slot):
                return respond(questions[ids[slot]] if slot < len(ids) else "", conversation)

            button.click(ask_alternative, inputs=[conversation, alternatives], outputs=answer_outputs,
                         **private).then(None, js=FOCUS_ANSWER_JS)
        read_aloud.click(None, js=READ_ALOUD_JS)
        stop_reading.click(None, js=STOP_READING_JS)
        gr.on([query.submit, lookup_button.click], look_up, inputs=query, outputs=results, **private)

        # For programs: POST a question to /ask, get answer.to_json() back.
        api_question = gr.Textbox(visible=False)
        api_answer = gr.JSON(visible=False)
        api_question.submit(ask_json, inputs=api_question, outputs=api_answer, api_name="ask",
                            concurrency_id="assistant")
    return demo


def serve(demo: gr.Blocks, host: str | None = None, port: int | None = None, **options) -> None:
    """Run the app hardened (see statement_qa.server): local only unless a host is given, no uploads,
    only /ask callable from outside the page, security headers, no share link, no telemetry."""
    from statement_qa.server import launch_hardened

    launch_hardened(
        demo, host, port,  # host None: Gradio's default, 127.0.0.1 (or GRADIO_SERVER_NAME, as on Spaces)
        run_history=False,  # questions about someone's health are not kept in the browser
        footer_links=["api"],
        theme=_theme(),
        css=CSS,
        head=HEAD,
        **options,
    )


def launch(index_dir: Path, corpus_dir: Path | None, model: str | None,
           host: str = "127.0.0.1", port: int = 7860) -> None:
    """Load the index (building it when missing) and serve the app; `statement-qa serve` calls this."""
    from statement_qa.server import watch_index

    assistant = open_assistant(Path(index_dir), Path(corpus_dir) if corpus_dir else None, model,
                               notice=lambda message: print(message, file=sys.stderr))
    watch_index(assistant, Path(index_dir))  # a rebuilt index is picked up once it verifies
    serve(build_demo(assistant), host, port)
