"""The Staff tab: sign in, upload and preview a statement, publish it, withdraw or restore, see unanswered questions.

It exists only when a staff password hash is configured (statement_qa.staff_auth). Every
handler checks the signed-in session kept in server-side state, so calling one through the
API without signing in does nothing; none has a public API name. The staff words are in
English: staff work in the organisation's own language, and patients never see this tab.
"""

from __future__ import annotations

import logging
from http.cookies import SimpleCookie
from pathlib import Path

import gradio as gr

from statement_qa import staff
from statement_qa.errors import StatementQAError
from statement_qa.feedback import FeedbackStore, group_questions
from statement_qa.server import PAGE_COOKIE, reload_now
from statement_qa.staff_auth import StaffSessions
from statement_qa.ui_html import Renderer, esc

log = logging.getLogger(__name__)

QUESTIONS = 3
NOT_SIGNED_IN = "Please sign in first."


def _page_cookie(request: gr.Request | None) -> str | None:
    headers = getattr(request, "headers", None) or {}
    raw = headers.get("cookie") if hasattr(headers, "get") else None
    if not raw:
        return None
    cookie = SimpleCookie()
    try:
        cookie.load(raw)
    except Exception:  # noqa: BLE001 - a malformed cookie is no cookie
        return None
    token = cookie.get(PAGE_COOKIE)
    return token.value if token else None


def _status(text: str, error: bool = False) -> str:
    role = "alert" if error else "status"
    return f'<p class="sqa-message" role="{role}">{esc(text)}</p>'


def _meta(title, organisation, date, reviewed, url, aliases, supersedes) -> dict:
    return {"title": title, "organisation": organisation, "date": date, "reviewed": reviewed, "url": url,
            "aliases": [a.strip() for a in (aliases or "").split(",") if a.strip()],
            "supersedes": [s for s in ([supersedes] if isinstance(supersedes, str) else supersedes or []) if s]}


def _read_upload(upload) -> tuple[bytes, str]:
    if not upload:
        raise staff.StaffActionError("Choose a file to upload first.")
    path = Path(upload if isinstance(upload, str) else getattr(upload, "name", ""))
    if path.stat().st_size > staff.MAX_UPLOAD_BYTES:
        raise staff.StaffActionError(f"The file is over the {staff.MAX_UPLOAD_BYTES / 1_000_000:g} MB limit.")
    return path.read_bytes(), path.name


def add_staff_tab(assistant, sessions: StaffSessions, corpus_dir: Path, index_dir: Path,
                  feedback: FeedbackStore | None, data_folder: Path | None, on_change, browse, language) -> None:
    """The Staff tab's components and handlers, inside the caller's gr.Tabs.

    After each change, on_change(language) brings the page up to date and returns Browse's new HTML.
    """

    def documents_choices() -> list[tuple[str, str]]:
        return sorted(((f"{d.title} ({d.id}, {d.status})", d.id) for d in assistant.documents), key=lambda c: c[0])

    def signed(token: str | None) -> str:
        name = sessions.name(token)
        if name is None:
            raise gr.Error(NOT_SIGNED_IN, print_exception=False)
        return name

    def sign_in(password: str, name: str, token: str | None, request: gr.Request) -> list:
        wait = sessions.locked_for()
        if wait > 0:
            return [token, _status(f"Too many failed sign-ins; try again in {int(wait) + 1} s.", True),
                    gr.Column(visible=False), gr.Textbox(value="")]
        new = sessions.sign_in(password or "", name or "", _page_cookie(request))
        if new is None:
            return [token, _status("That password is not right.", True), gr.Column(visible=False),
                    gr.Textbox(value="")]
        return [new, _status(f"Signed in as {sessions.name(new)}."), gr.Column(visible=True), gr.Textbox(value="")]

    def sign_out(token: str | None) -> list:
        sessions.sign_out(token)
        return [None, _status("Signed out."), gr.Column(visible=False)]

    def show_preview(token, upload, title, organisation, date, reviewed, url, aliases, supersedes, *questions):
        signed(token)
        try:
            data, filename = _read_upload(upload)
            result = staff.preview(corpus_dir, index_dir, data, filename,
                                   _meta(title, organisation, date, reviewed, url, aliases, supersedes),
                                   list(questions), assistant.retriever.embedder)
        except StatementQAError as exc:
            return _status(str(exc), True)
        if result.document is None:
            return _status(f"This file would not be published: {result.skipped}.", True)
        document = result.document
        renderer = Renderer([*assistant.documents, document], old_after_years=assistant.settings.old_after_years)
        sections = "".join(f"<li>{esc(s.name)}</li>" for s in document.sections)
        facts = [("Title", document.title), ("Organisation", document.organisation or "(none found)"),
                 ("Issued", document.date or "(no date found)"), ("Last reviewed", document.reviewed or "—"),
                 ("Kind", document.kind), ("Web address", document.url or "—"),
                 ("Names it is about", ", ".join(document.aliases) or "—"), ("Stored as", result.source)]
        rows = "".join(f"<tr><th scope='row'>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in facts)
        answers = "".join(renderer.exchange(answer, "en", heading="h4", chosen=not question)
                          for question, answer in result.answers)
        recommendation = (f'<blockquote class="sqa-quote">{esc(result.recommendation)}</blockquote>'
                          if result.recommendation else _status("No recommendation was found: patients would "
                                                                "get passages, not a position.", True))
        return (f'<div id="sqa-preview"><h3>What patients will get</h3><table class="sqa-facts">{rows}</table>'
                f"<h4>Sections</h4><ul>{sections}</ul><h4>The recommendation that will be quoted</h4>"
                f"{recommendation}<h4>Answers</h4>{answers}</div>")

    def publish(token, upload, title, organisation, date, reviewed, url, aliases, supersedes, why, language):
        name = signed(token)
        try:
            data, filename = _read_upload(upload)
            result = staff.add(corpus_dir, index_dir, data, filename,
                               _meta(title, organisation, date, reviewed, url, aliases, supersedes),
                               data_folder=data_folder, by=f"{name} (staff tab)", why=why,
                               embedder=assistant.retriever.embedder)
        except StatementQAError as exc:
            return [_status(str(exc), True), gr.skip(), gr.skip(), gr.skip()]
        reload_now(assistant, index_dir)
        catalogue = on_change(language)
        choices = documents_choices()
        return [_status(f"Published {result.id} ({result.source}); patients get it now."),
                gr.Dropdown(choices=choices, value=result.id), gr.Dropdown(choices=choices), catalogue]

    def act(action: str):
        def run(token, doc_id, why, language):
            name = signed(token)
            if not doc_id:
                return [_status("Choose a statement first.", True), gr.skip(), gr.skip(), gr.skip()]
            try:
                result = getattr(staff, action)(corpus_dir, index_dir, doc_id, why=why, by=f"{name} (staff tab)",
                                                data_folder=data_folder, embedder=assistant.retriever.embedder)
            except StatementQAError as exc:
                return [_status(str(exc), True), gr.skip(), gr.skip(), gr.skip()]
            reload_now(assistant, index_dir)
            catalogue = on_change(language)
            choices = documents_choices()
            notes = "".join(f"; {n}" for n in result.notes)
            return [_status(f"{action.capitalize()}: {result.id}{notes}."), gr.Dropdown(choices=choices),
                    gr.Dropdown(choices=choices), catalogue]
        run.__name__ = f"staff_{action}"
        return run

    def unanswered(token):
        signed(token)
        if feedback is None or not feedback.enabled:
            return _status("Questions are not being recorded (--no-record).")
        groups = group_questions(feedback.declined(), assistant.retriever.embedder)
        if not groups:
            return _status("No declined questions recorded.")
        rows = "".join(
            f"<tr><td>{g.count}</td><td>{esc(g.question)}</td><td>{esc(' | '.join(g.examples[1:]))}</td>"
            f"<td>{esc(g.last_asked[:10])}</td></tr>" for g in groups)
        return ('<table id="sqa-unanswered"><caption>Questions nobody could answer, most frequent first</caption>'
                "<tr><th scope='col'>Times</th><th scope='col'>Question</th><th scope='col'>Also asked as</th>"
                f"<th scope='col'>Last asked</th></tr>{rows}</table>")

    quiet = {"api_visibility": "private", "show_progress": "hidden"}
    with gr.Tab("Staff", id="staff"):
        token = gr.State(None)
        gr.HTML("<h2>Staff</h2><p>Publish, withdraw and check statements. Everything here is recorded in the "
                "audit log with your name.</p>", js_on_load=None)
        with gr.Row(elem_classes="sqa-ask-row"):
            staff_name = gr.Textbox(label="Your name (for the audit log)", elem_id="sqa-staff-name", scale=2)
            password = gr.Textbox(label="Staff password", type="password", elem_id="sqa-staff-password", scale=2)
            sign_in_button = gr.Button("Sign in", variant="primary", elem_id="sqa-staff-sign-in", scale=1)
        signed_status = gr.HTML("", elem_id="sqa-staff-status", js_on_load=None)
        with gr.Column(visible=False, elem_id="sqa-staff-work") as work:
            sign_out_button = gr.Button("Sign out", elem_id="sqa-staff-sign-out")
            gr.HTML("<h3>Publish a statement</h3><p>PDF, HTML, Markdown or text, up to "
                    f"{staff.MAX_UPLOAD_BYTES // 1_000_000} MB. Leave a field empty to keep what the document "
                    "says.</p>", js_on_load=None)
            upload = gr.File(label="Statement file", file_types=[".pdf", ".html", ".htm", ".md", ".txt"],
                             type="filepath", elem_id="sqa-staff-file")
            with gr.Row():
                title = gr.Textbox(label="Title", elem_id="sqa-staff-title")
                organisation = gr.Textbox(label="Organisation", elem_id="sqa-staff-organisation")
            with gr.Row():
                date = gr.Textbox(label="Issued (YYYY-MM)", elem_id="sqa-staff-date")
                reviewed = gr.Textbox(label="Last reviewed (YYYY-MM)", elem_id="sqa-staff-reviewed")
                url = gr.Textbox(label="Web address", elem_id="sqa-staff-url")
            aliases = gr.Textbox(label="Other names it is about, separated by commas", elem_id="sqa-staff-aliases")
            supersedes = gr.Dropdown(choices=documents_choices(), value=None, multiselect=True,
                                     label="It replaces (superseded statements are never quoted)",
                                     elem_id="sqa-staff-supersedes")
            questions = [gr.Textbox(label=f"Test question {n + 1}", elem_id=f"sqa-staff-question-{n + 1}")
                         for n in range(QUESTIONS)]
            why = gr.Textbox(label="Why (for the audit log)", elem_id="sqa-staff-why")
            with gr.Row(elem_classes="sqa-buttons"):
                preview_button = gr.Button("Preview", elem_id="sqa-staff-preview")
                publish_button = gr.Button("Publish", variant="primary", elem_id="sqa-staff-publish")
            publish_status = gr.HTML("", elem_id="sqa-staff-publish-status", js_on_load=None)
            preview = gr.HTML("", elem_id="sqa-staff-preview-result", js_on_load=None)
            gr.HTML("<h3>Withdraw, restore or remove a statement</h3>", js_on_load=None)
            chosen = gr.Dropdown(choices=documents_choices(), value=None, label="Statement",
                                 elem_id="sqa-staff-statement")
            action_why = gr.Textbox(label="Why (for the audit log)", elem_id="sqa-staff-action-why")
            with gr.Row(elem_classes="sqa-buttons"):
                withdraw_button = gr.Button("Withdraw", elem_id="sqa-staff-withdraw")
                restore_button = gr.Button("Restore", elem_id="sqa-staff-restore")
                remove_button = gr.Button("Remove", elem_id="sqa-staff-remove")
            action_status = gr.HTML("", elem_id="sqa-staff-action-status", js_on_load=None)
            gr.HTML("<h3>Questions nobody could answer</h3>", js_on_load=None)
            unanswered_button = gr.Button("Show unanswered questions", elem_id="sqa-staff-unanswered")
            unanswered_view = gr.HTML("", elem_id="sqa-staff-unanswered-result", js_on_load=None)

        fields = [title, organisation, date, reviewed, url, aliases, supersedes]
        gr.on([sign_in_button.click, password.submit], sign_in, inputs=[password, staff_name, token],
              outputs=[token, signed_status, work, password], concurrency_id="staff-sign-in",
              concurrency_limit=1, **quiet)
        sign_out_button.click(sign_out, inputs=[token], outputs=[token, signed_status, work], **quiet)
        preview_button.click(show_preview, inputs=[token, upload, *fields, *questions], outputs=preview,
                             concurrency_id="staff", concurrency_limit=1, **quiet)
        publish_button.click(publish, inputs=[token, upload, *fields, why, language],
                             outputs=[publish_status, chosen, supersedes, browse], concurrency_id="staff",
                             concurrency_limit=1, **quiet)
        for action, button in (("withdraw", withdraw_button), ("restore", restore_button),
                               ("remove", remove_button)):
            button.click(act(action), inputs=[token, chosen, action_why, language],
                         outputs=[action_status, chosen, supersedes, browse],
                         concurrency_id="staff", concurrency_limit=1, **quiet)
        unanswered_button.click(unanswered, inputs=[token], outputs=unanswered_view, **quiet)
