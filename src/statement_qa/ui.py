"""The web app: ask in a conversation, look statements up, browse them, and an `/ask` API.

Everything shown comes from `statement_qa.answer`; `ui_html` lays it out as escaped HTML.
Built for people with weak hands, eye-gaze or switch access: large targets, buttons for
the common questions, a strong focus ring, answers announced to screen readers.
"""

from __future__ import annotations

import os

# Before gradio is imported anywhere: no usage data leaves the machine.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import logging
import sys
from pathlib import Path

import gradio as gr

from statement_qa.answer import ANSWERED, DECLINED, Answer, Assistant, open_assistant
from statement_qa.feedback import FeedbackStore
from statement_qa.i18n import AUTONYMS, LANGUAGES, MESSAGES, pick_language, t
from statement_qa.ui_html import Renderer, esc, product_name

log = logging.getLogger(__name__)

HISTORY = 20  # exchanges kept per browser session
FOLLOW_UPS = 4  # follow-up questions about one statement before the conversation starts afresh
OFFER_SLOTS = 5  # "Did you mean …?" and a decline's statements, as buttons
PAGE_SIZE = 10  # statement buttons shown at once; "More statements" pages on
LOOKUP_RESULTS = 5
# Look-up matches below this score mention none of the words: "No statement mentions …".
LOOKUP_MIN_SCORE = 0.3

# The language switch is labelled in every language, so anyone can find their own.
LANGUAGE_LABEL = " · ".join(dict.fromkeys(MESSAGES["language_label"][code] for code in LANGUAGES))

# After any question, typed or pressed: bring the answer's heading into view, put focus on
# it (so the next Tab goes into the answer), and announce the answer to screen readers. An
# urgent answer is a role="alert" of its own and is announced assertively already.
FOCUS_ANSWER_JS = """() => {
  // Tried again on the next frame and after 150 ms (the answer may not be drawn yet), but once
  // the heading has had focus, a later try never takes focus back from where a quick Tab moved it.
  let focused = null;
  const show = () => {
    const heading = document.getElementById('sqa-latest-heading');
    if (!heading) return;
    if (focused === heading && document.activeElement !== heading && document.activeElement !== document.body) return;
    heading.scrollIntoView({block: 'start'}); heading.focus({preventScroll: true}); focused = heading;
  };
  show(); requestAnimationFrame(show); setTimeout(show, 150);
  const region = document.getElementById('sqa-live');
  const parts = [...document.querySelectorAll('#sqa-latest .sqa-speak')].map((el) => el.innerText);
  if (region && parts.length && !document.querySelector('#sqa-latest [role=alert]')) {
    region.textContent = ''; setTimeout(() => { region.textContent = parts.join(' '); }, 100);
  }
}"""
# Read the answer as shown, disclaimer included, in the page's language.
READ_ALOUD_JS = """() => {
  const parts = [...document.querySelectorAll('#sqa-latest .sqa-speak')].map((el) => el.innerText);
  if (!parts.length || !('speechSynthesis' in window)) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(parts.join('\\n'));
  utterance.lang = document.documentElement.lang || 'en';
  utterance.rate = 0.9;
  window.speechSynthesis.speak(utterance);
}"""
STOP_READING_JS = "() => { if ('speechSynthesis' in window) window.speechSynthesis.cancel(); }"
# The page's language for screen readers, speech and the browser's own translation offer.
SET_LANGUAGE_JS = """(language) => {
  if (typeof language === 'string' && /^[a-z]{2}$/.test(language)) document.documentElement.lang = language;
  const title = document.querySelector('#sqa-header [data-title]');
  if (title) document.title = title.dataset.title;
}"""

# "Copy citation" buttons live inside rendered HTML, so one listener serves them all; their
# words in the page's language travel on the button. Gradio's tabs get the ARIA tabs
# pattern: one Tab stop (the chosen tab), arrow keys, Home and End move between tabs.
# Phone layout lives in HEAD rather than CSS: Gradio scopes CSS under .contain, which can't
# reach the page's outer padding.
HEAD = """<style>
/* Phones: the question box above a full-width Ask button, and the answer using the whole width. */
@media (max-width: 640px) {
  body gradio-app .main { padding: 0 8px !important; }
  body gradio-app .wrap, body gradio-app .contain { padding-top: 0 !important; margin-top: 0 !important; }
  body .gradio-container .html-container { padding-left: 4px !important; padding-right: 4px !important; }
  body .gradio-container .tab-container:not(.visually-hidden) { flex-wrap: wrap; padding: 8px 0 0; gap: 2px; }
  body .gradio-container [role="tab"] { padding: 8px 8px !important; font-size: 18px !important; }
  body .sqa-top .form, body #sqa-language, body #sqa-language > * { height: auto !important; min-height: 0 !important; }
  body .sqa-ask-row, body .sqa-top { flex-direction: column !important; align-items: stretch !important; }
  body .sqa-ask-row > *, body .sqa-top > * { width: 100% !important; min-width: 0 !important; flex: none !important; }
  body .sqa-exchange { padding: 4px 10px 8px !important; border-width: 1px !important; }
  body .sqa-quote { margin: 12px 0 !important; padding: 4px 10px !important; border-left-width: 4px !important; }
  body .gradio-container h1 { font-size: 1.6rem !important; }
}
</style>
<script>
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
      button.textContent = button.dataset.copied;
      if (region) region.textContent = button.dataset.announce;
    } catch (error) {
      button.textContent = button.dataset.failed;
    }
    setTimeout(() => { button.textContent = button.dataset.label; }, 2500);
  });
  const tabsOf = (el) => [...el.closest('[role=tablist]').querySelectorAll('[role=tab]')]
    .filter((tab) => tab.offsetParent !== null && !tab.disabled);
  function rove() {
    for (const list of document.querySelectorAll('[role=tablist]')) {
      for (const tab of list.querySelectorAll('[role=tab]')) {
        const chosen = tab.getAttribute('aria-selected') === 'true';
        if (tab.tabIndex !== (chosen ? 0 : -1)) tab.tabIndex = chosen ? 0 : -1;
      }
    }
  }
  let roving = 0;
  document.addEventListener('keydown', (event) => {
    const tab = event.target.closest && event.target.closest('[role=tab]');
    if (!tab || !tab.closest('[role=tablist]')) return;
    const tabs = tabsOf(tab);
    const at = tabs.indexOf(tab);
    const to = {ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0,
                End: tabs.length - 1}[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length];
    // A quick second key press must not be undone by the first one's deferred focus.
    clearTimeout(roving);
    next.click(); next.focus(); roving = setTimeout(() => { rove(); next.focus(); }, 50);
  });
  new MutationObserver(rove).observe(document.documentElement, {subtree: true, childList: true,
    attributes: true, attributeFilter: ['aria-selected']});
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
.sqa-asked { font-size: 1.25rem; scroll-margin-top: 16px; }
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
/* "Was this helpful?" on a line of its own above its two buttons, not squeezed beside them on a phone. */
#sqa-helpful > :not(button) { flex: 1 1 100% !important; min-width: 100% !important; }
.sqa-about { font-weight: 700; }
.sqa-note { font-style: italic; }
.sqa-coverage { font-weight: 600; }
/* An emergency looks like nothing else on the page: a thick red frame and a bold call to act. */
.sqa-urgent { border: 6px solid #b00020; background: #fff0f0; color: #111111; border-radius: 8px; padding: 8px 20px; }
.dark .sqa-urgent { background: #3a0008; color: #ffffff; border-color: #ff8a8a; }
.sqa-urgent .sqa-urgent-title { font-size: 1.5rem; font-weight: 800; margin: 4px 0; }
.sqa-urgent .sqa-message { font-weight: 600; }
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


def build_demo(assistant: Assistant, feedback: FeedbackStore | None = None, staff: dict | None = None) -> gr.Blocks:
    """The app's Blocks: Ask (a conversation), Look up (for staff), Browse, and the `/ask` API.

    Nothing is asked at start-up: buttons carry statement ids and open them with
    `answer_about`, so starting costs the same on 1 or 10,000 statements. With a `feedback`
    store that records, declined questions and "Was this helpful?" are kept anonymously.
    `staff` (sessions, corpus_dir, index_dir, data_folder) adds the Staff tab (ui_staff).
    """
    renderer = Renderer(assistant.documents, old_after_years=assistant.settings.old_after_years)
    recording = feedback is not None and feedback.enabled
    seen = [assistant.index.generation]

    def sync() -> None:
        """After a publish or a reload: buttons, answers and Browse show the index now answered from."""
        if seen[0] == assistant.index.generation:
            return
        seen[0] = assistant.index.generation
        by_id.clear()
        by_id.update({d.id: d for d in assistant.documents})
        statements[:] = renderer.statements
    by_id = renderer.documents
    statements = renderer.statements
    pages = max(1, -(-len(statements) // PAGE_SIZE))
    example = product_name(statements[0]) if statements else None

    def placeholder(language: str) -> str:
        return t("question_placeholder", language, name=example) if example else t("question_placeholder_plain",
                                                                                     language)

    def offered(conversation: list) -> tuple[str, list[str]]:
        """The statements offered after the latest answer: (kind, ids) — alternatives or a decline's."""
        if not conversation:
            return "", []
        answer = conversation[-1][0]
        if answer.outcome == ANSWERED:
            return "did_you_mean", [a.id for a in answer.alternatives if a.id in by_id][:OFFER_SLOTS]
        if answer.outcome == DECLINED:
            kind = "ambiguous" if answer.ambiguous else "related"
            return kind, [r.id for r in answer.related if r.id in by_id][:OFFER_SLOTS]
        return "", []

    def conversation_view(conversation: list, language: str) -> list:
        """The latest answer, the offers after it, and the earlier exchanges, in the page's language."""
        if not conversation:
            return ["", gr.Row(visible=False), gr.Column(visible=False), "",
                    *[gr.Button(visible=False) for _ in range(OFFER_SLOTS)], "", gr.Row(visible=False), ""]
        answer, chosen = conversation[-1]
        kind, ids = offered(conversation)
        lead = {"did_you_mean": "alternatives_heading", "related": "decline_related",
                "ambiguous": "ambiguous_heading"}.get(kind)
        buttons = []
        for slot in range(OFFER_SLOTS):
            if slot < len(ids):
                document = by_id[ids[slot]]
                label = (t("did_you_mean", language, name=product_name(document)) if kind == "did_you_mean"
                         else document.title)
                buttons.append(gr.Button(label, visible=True))
            else:
                buttons.append(gr.Button(visible=False))
        return [
            renderer.exchange(answer, language, latest=True, chosen=chosen),
            gr.Row(visible=True),
            gr.Column(visible=bool(ids)),
            f'<p class="sqa-offers-lead">{esc(t(lead, language))}</p>' if lead else "",
            *buttons,
            renderer.earlier(conversation[:-1], language),
            gr.Row(visible=recording and answer.outcome in (ANSWERED, DECLINED)),
            "",
        ]

    def follow_up_context(answer: Answer, context: dict | None) -> dict | None:
        """The statement the next message is about (None after FOLLOW_UPS turns, or a general answer), and the last
        one answered, which a message that goes back to it ('OK, back to the capsule') is about again."""
        earlier = answer.about or (context or {}).get("earlier")
        turns = context["turns"] + 1 if context and context.get("about") == answer.about and answer.follow_up else 0
        about = answer.about if answer.about is not None and turns < FOLLOW_UPS else None
        if about is None and earlier is None:
            return None
        return {"about": about, "turns": turns if about else 0, "earlier": earlier}

    def shown(answer: Answer, chosen: bool, conversation: list, context: dict | None, language: str) -> list:
        """Outputs after an answer: the box cleared, the conversation redrawn, its state and context."""
        conversation = [*conversation, (answer, chosen)][-HISTORY:]
        return ["", *conversation_view(conversation, language), conversation, follow_up_context(answer, context)]

    def respond(question: str | None, conversation: list, context: dict | None, language: str) -> list:
        sync()
        about = context["about"] if context and context.get("about") in by_id else None
        earlier = context["earlier"] if context and context.get("earlier") in by_id else None
        answer = assistant.answer(question or "", about=about, language=language, earlier=earlier)
        if recording and answer.outcome == DECLINED:
            try:  # the answer matters more than the record of it
                feedback.record_declined(answer.question, answer.outcome, answer.score)
            except Exception:
                log.exception("could not record a declined question")
        return shown(answer, False, conversation, context, language)

    def rate(helpful: bool, conversation: list, language: str) -> list:
        """'Was this helpful?': yes or no for the latest answer, kept anonymously; the buttons go away."""
        if not conversation or not recording:
            return [gr.skip(), gr.skip()]
        answer = conversation[-1][0]
        try:
            feedback.record_helpful(helpful, answer.outcome, answer.statement.id if answer.statement else None)
        except Exception:
            log.exception("could not record an answer's helpfulness")
        return [gr.Row(visible=False), f'<p class="sqa-note" role="status">{esc(t("helpful_thanks", language))}</p>']

    def open_statement(doc_id: str | None, conversation: list, language: str) -> list:
        sync()
        if not doc_id:  # a stale button: nothing to open
            return [gr.skip()] * len(answer_outputs)
        return shown(assistant.answer_about(doc_id, language=language), True, conversation, None, language)

    def page_titles(page: int) -> list[str | None]:
        """The statement on each button slot of one page (None: the slot is hidden)."""
        on_page = statements[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        return [on_page[slot].title if slot < len(on_page) else None for slot in range(PAGE_SIZE)]

    def statements_heading_html(page: int, language: str) -> str:
        """'Statements we have', and which of them the buttons show when there are more than a page."""
        heading = f'<h2>{esc(t("statements_heading", language))}</h2>'
        if pages == 1:
            return heading
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(statements))
        return heading + f'<p>{esc(t("statements_shown", language, first=first + 1, last=last, total=len(statements)))}</p>'

    def statement_page(page: int, language: str) -> list:
        """One page of statement buttons, the count shown, and the "More statements" button."""
        buttons = [gr.Button(title or "", visible=title is not None) for title in page_titles(page)]
        return [statements_heading_html(page, language), *buttons,
                gr.Button(more_label(page, language), visible=pages > 1)]

    def more_label(page: int, language: str) -> str:
        return t("more_statements" if page + 1 < pages else "first_statements", language)

    def next_page(page: int, language: str) -> list:
        page = (page + 1) % pages
        return [page, *statement_page(page, language)]

    def ask_json(question: str, about: str | None = None) -> dict:
        """The answer as JSON, what `statement-qa ask --json` prints; `about` (a statement id) makes a follow-up."""
        about = about if about and about in by_id else None
        return assistant.answer(question or "", about=about).to_json()

    def look_up(query: str | None, language: str) -> str:
        query = query or ""
        results = [(d, s) for d, s in assistant.lookup(query, limit=LOOKUP_RESULTS) if s >= LOOKUP_MIN_SCORE]
        return renderer.lookup_results(query, results, language)

    def choose_language(language: str, conversation: list, page: int, query: str | None, looked_up: str) -> list:
        """Every word on the page in the chosen language; quotes stay as published."""
        language = language if language in LANGUAGES else "en"
        return [
            language,
            _header(language),
            gr.Tab(label=t("tab_ask", language)),
            gr.Tab(label=t("tab_lookup", language)),
            gr.Tab(label=t("tab_browse", language)),
            gr.Textbox(label=t("question_label", language), placeholder=placeholder(language)),
            gr.Button(t("ask_button", language)),
            gr.Button(t("read_aloud", language)),
            gr.Button(t("stop_reading", language)),
            _helpful_prompt(language),
            gr.Button(t("helpful_yes", language)),
            gr.Button(t("helpful_no", language)),
            *conversation_view(conversation, language),
            *statement_page(page, language),
            _lookup_header(language),
            gr.Textbox(label=t("search_label", language), placeholder=t("search_placeholder", language)),
            gr.Button(t("lookup_button", language)),
            look_up(query, language) if looked_up else "",
            renderer.catalogue(language),
        ]

    def _header(language: str) -> str:
        note = f'<p class="sqa-recording">{esc(t("recording_note", language))}</p>' if recording else ""
        return f'<div id="sqa-header"><span hidden data-title="{esc(t("page_title", language))}"></span>' \
               f"{renderer.header(language)}{note}</div>"

    def _helpful_prompt(language: str) -> str:
        return f'<p class="sqa-helpful-prompt">{esc(t("helpful_prompt", language))}</p>'

    def _lookup_header(language: str) -> str:
        return f'<h2>{esc(t("lookup_heading", language))}</h2><p>{esc(t("lookup_intro", language))}</p>'

    def browser_language(request: gr.Request) -> str:
        """The language the browser asks for (Accept-Language), when we have it."""
        headers = getattr(request, "headers", None) or {}
        return pick_language(headers.get("accept-language"))

    with gr.Blocks(title=t("page_title", "en"), analytics_enabled=False) as demo:
        language = gr.State("en")
        conversation = gr.State([])
        context = gr.State(None)
        page = gr.State(0)
        gr.HTML('<div id="sqa-live" class="sqa-visually-hidden" role="status" aria-live="polite"></div>',
                js_on_load=None)
        if assistant.stale_notice:  # staff should know the answers may miss a newer statement
            gr.HTML(f'<p class="sqa-notice" role="status">{esc(assistant.stale_notice)}</p>', js_on_load=None)
        with gr.Row(elem_classes="sqa-top"):
            header = gr.HTML(_header("en"), js_on_load=None, elem_classes="sqa-header", scale=4)
            switch = gr.Dropdown(choices=[(AUTONYMS[code], code) for code in LANGUAGES], value="en",
                                 label=LANGUAGE_LABEL, elem_id="sqa-language", scale=0, min_width=220,
                                 filterable=False)
        with gr.Tabs():
            with gr.Tab(t("tab_ask", "en"), id="ask") as ask_tab:
                with gr.Row(elem_classes="sqa-ask-row"):
                    question = gr.Textbox(label=t("question_label", "en"), placeholder=placeholder("en"),
                                          lines=1, max_lines=4, scale=4, elem_id="sqa-question")
                    ask_button = gr.Button(t("ask_button", "en"), variant="primary", scale=1, min_width=120,
                                           elem_id="sqa-ask")
                latest = gr.HTML("", elem_id="sqa-latest", js_on_load=None)
                # Right after the answer in Tab order, whatever its length.
                with gr.Row(visible=False, elem_classes="sqa-buttons") as answer_actions:
                    read_aloud = gr.Button(t("read_aloud", "en"), elem_id="sqa-read-aloud")
                    stop_reading = gr.Button(t("stop_reading", "en"), elem_id="sqa-stop-reading")
                with gr.Row(visible=False, elem_classes="sqa-buttons", elem_id="sqa-helpful") as helpful_row:
                    helpful_prompt = gr.HTML(_helpful_prompt("en"), js_on_load=None)
                    helpful_yes = gr.Button(t("helpful_yes", "en"), elem_id="sqa-helpful-yes")
                    helpful_no = gr.Button(t("helpful_no", "en"), elem_id="sqa-helpful-no")
                helpful_thanks = gr.HTML("", elem_id="sqa-helpful-thanks", js_on_load=None)
                with gr.Column(visible=False, elem_id="sqa-offers") as offers_box:
                    offers_lead = gr.HTML("", js_on_load=None)
                    with gr.Row(elem_classes="sqa-buttons"):
                        offer_buttons = [gr.Button(visible=False, elem_classes="sqa-offer")
                                         for _ in range(OFFER_SLOTS)]
                statements_heading = gr.HTML(statements_heading_html(0, "en"), js_on_load=None)
                with gr.Row(elem_classes="sqa-buttons"):
                    statement_buttons = [gr.Button(title or "", visible=title is not None, elem_classes="sqa-statement")
                                         for title in page_titles(0)]
                more_button = gr.Button(more_label(0, "en"), visible=pages > 1, elem_id="sqa-more")
                earlier = gr.HTML("", elem_id="sqa-earlier", js_on_load=None)
            with gr.Tab(t("tab_lookup", "en"), id="lookup") as lookup_tab:
                lookup_header = gr.HTML(_lookup_header("en"), js_on_load=None)
                with gr.Row(elem_classes="sqa-ask-row"):
                    query = gr.Textbox(label=t("search_label", "en"), placeholder=t("search_placeholder", "en"),
                                       lines=1, max_lines=1, scale=4, elem_id="sqa-query")
                    lookup_button = gr.Button(t("lookup_button", "en"), variant="primary", scale=1, min_width=120,
                                              elem_id="sqa-lookup")
                results = gr.HTML("", elem_id="sqa-results", js_on_load=None)
            with gr.Tab(t("tab_browse", "en"), id="browse") as browse_tab:
                browse = gr.HTML(renderer.catalogue("en"), elem_id="sqa-browse", js_on_load=None)
            if staff:
                from statement_qa.ui_staff import add_staff_tab

                def changed(language: str) -> str:
                    """After a staff action: answers and buttons from the new index, and Browse redrawn."""
                    sync()
                    return renderer.catalogue(language if language in LANGUAGES else "en")

                add_staff_tab(assistant, staff["sessions"], staff["corpus_dir"], staff["index_dir"], feedback,
                              staff.get("data_folder"), changed, browse, language)

        view_outputs = [latest, answer_actions, offers_box, offers_lead, *offer_buttons, earlier, helpful_row,
                        helpful_thanks]
        answer_outputs = [question, *view_outputs, conversation, context]
        page_outputs = [statements_heading, *statement_buttons, more_button]
        private = {"api_visibility": "private", "concurrency_id": "assistant", "show_progress": "hidden"}

        gr.on([question.submit, ask_button.click], respond, inputs=[question, conversation, context, language],
              outputs=answer_outputs, **private).then(None, js=FOCUS_ANSWER_JS, **_quiet())
        for slot, button in enumerate(statement_buttons):
            def open_listed(conversation: list, page: int, language: str, slot: int = slot):
                index = page * PAGE_SIZE + slot
                return open_statement(statements[index].id if index < len(statements) else None, conversation,
                                      language)

            button.click(open_listed, inputs=[conversation, page, language], outputs=answer_outputs,
                         **private).then(None, js=FOCUS_ANSWER_JS, **_quiet())
        for slot, button in enumerate(offer_buttons):
            def open_offered(conversation: list, language: str, slot: int = slot):
                ids = offered(conversation)[1]
                return open_statement(ids[slot] if slot < len(ids) else None, conversation, language)

            button.click(open_offered, inputs=[conversation, language], outputs=answer_outputs,
                         **private).then(None, js=FOCUS_ANSWER_JS, **_quiet())
        more_button.click(next_page, inputs=[page, language], outputs=[page, *page_outputs], **_quiet())
        read_aloud.click(None, js=READ_ALOUD_JS, **_quiet())
        helpful_yes.click(lambda c, lang: rate(True, c, lang), inputs=[conversation, language],
                          outputs=[helpful_row, helpful_thanks], **_quiet())
        helpful_no.click(lambda c, lang: rate(False, c, lang), inputs=[conversation, language],
                         outputs=[helpful_row, helpful_thanks], **_quiet())
        stop_reading.click(None, js=STOP_READING_JS, **_quiet())
        gr.on([query.submit, lookup_button.click], look_up, inputs=[query, language], outputs=results, **private)

        switch.change(choose_language, inputs=[switch, conversation, page, query, results],
                      outputs=[language, header, ask_tab, lookup_tab, browse_tab, question, ask_button, read_aloud,
                               stop_reading, helpful_prompt, helpful_yes, helpful_no, *view_outputs, *page_outputs, lookup_header, query, lookup_button,
                               results, browse], **_quiet()).then(None, inputs=[switch], js=SET_LANGUAGE_JS,
                                                                  **_quiet())
        demo.load(browser_language, outputs=switch, **_quiet())

        # For programs: POST a question (and optionally the statement id it follows up) to /ask.
        api_question = gr.Textbox(visible=False)
        api_about = gr.Textbox(visible=False, value="")
        api_answer = gr.JSON(visible=False)
        api_question.submit(ask_json, inputs=[api_question, api_about], outputs=api_answer, api_name="ask",
                            concurrency_id="assistant")
    if staff:  # the server lets uploads through only for a signed-in staff page (statement_qa.server)
        from statement_qa.staff import MAX_UPLOAD_BYTES

        demo.sqa_staff = staff["sessions"]
        demo.sqa_max_upload = MAX_UPLOAD_BYTES
    return demo


def _quiet() -> dict:
    """Event options for page housekeeping: not in the API, no progress shown."""
    return {"api_visibility": "private", "show_progress": "hidden"}


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
           host: str = "127.0.0.1", port: int = 7860, data: Path | None = None, record: bool | None = None) -> None:
    """Load the index (building it when missing) and serve the app; `statement-qa serve` calls this.

    Declined questions go to the data folder's database unless `record` is False (or
    $STATEMENT_QA_RECORD=0); the data folder may not be inside the index or the corpus.
    """
    from statement_qa.feedback import open_store
    from statement_qa.server import watch_index
    from statement_qa.staff import check_data_dir, data_dir
    from statement_qa.staff_auth import StaffSessions, configured_hash

    check_data_dir(data_dir(data), Path(index_dir), Path(corpus_dir) if corpus_dir else None)
    assistant = open_assistant(Path(index_dir), Path(corpus_dir) if corpus_dir else None, model,
                               notice=lambda message: print(message, file=sys.stderr))
    watch_index(assistant, Path(index_dir))  # a rebuilt index is picked up once it verifies
    stored_hash = configured_hash()  # None: no Staff tab at all
    staff = None
    if stored_hash and corpus_dir is not None:
        staff = {"sessions": StaffSessions(stored_hash), "corpus_dir": Path(corpus_dir), "index_dir": Path(index_dir),
                 "data_folder": data}
    serve(build_demo(assistant, open_store(data, enabled=record), staff), host, port)
