"""The hardened web server around the Gradio app: what may reach it, what it answers with, how much at once.

Gradio serves more than this app uses: uploads, file and proxy routes, REST and queue
routes for every handler. One ASGI middleware in front of it lets through only what the
page and the `/ask` API need:

- no uploads (except, when the Staff tab is configured, for a signed-in staff session's page,
  bounded in size), no served files, no proxy, streams, monitoring or run history;
- `/ask` for everyone; the page's own handlers only for a browser that loaded the page
  (it carries the signed cookie the page response set);
- request bodies bounded, so a 10 MB question is refused before it costs anything;
- security headers on every response.

Handler errors reach clients as one plain line, never `{"error": null}`. A running
server picks up a newer, fully verified index generation when one appears (or on SIGHUP).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import inspect
import json
import logging
import re
import secrets
import signal
import threading
from collections.abc import Iterable
from http.cookies import SimpleCookie
from pathlib import Path

log = logging.getLogger(__name__)

# Measured on loopback (see docs/RELIABILITY.md): with 2 workers a 50-client burst of /ask is
# answered in full; the queue holds far more than a burst so nobody is refused for a spike.
QUEUE_SIZE = 256
CONCURRENCY = 2
MAX_BODY_BYTES = 64 * 1024  # a question is capped at 1,000 characters; JSON around it is small
RELOAD_SECONDS = 10.0
PAGE_COOKIE = "sqa_page"
PUBLIC_API = ("ask",)
INTERNAL_ERROR = "The app could not answer this just now; please try again, or ask your ALS/MND association."

SECURITY_HEADERS = [
    (b"content-security-policy",
     (b"default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
     b"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; "
     b"worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
]

# Routes nobody needs: uploads, served files, proxying, streaming, monitoring, history, dev tools.
BLOCKED = re.compile(
    r"^/(?:gradio_api/)?(?:upload|upload_progress|file[=/]|proxy=|stream/|monitoring|runs|run-history|"
    r"dev/|vibe-|undo-vibe|process_recording|login|logout|mcp|run/|api/|custom_component/|pwa_icon)"
)
# POST routes the page and the API use; every other POST is refused.
POSTS = re.compile(r"^/gradio_api/(?:queue/join|call/(?:v2/)?(?P<api>[^/]+)/?|cancel|reset)$")
# Staff uploads, allowed only for a page whose cookie belongs to a signed-in staff session.
UPLOAD = re.compile(r"^/gradio_api/upload$")
UPLOAD_OVERHEAD = 64 * 1024  # multipart headers around one file
# GET routes that call a handler by name.
CALL_RESULT = re.compile(r"^/gradio_api/call/(?:v2/)?(?P<api>[^/]+)/[^/]+$")


def _plain(status: int, message: str) -> tuple[dict, bytes]:
    body = json.dumps({"error": message}).encode()
    return {"type": "http.response.start", "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                        *SECURITY_HEADERS]}, body


class Hardening:
    """ASGI middleware: allow-list of routes and handlers, bounded bodies, security headers."""

    def __init__(self, app, public_fns: Iterable[int] = (), page_fns: Iterable[int] = (),
                 public_api: Iterable[str] = PUBLIC_API, max_body: int = MAX_BODY_BYTES,
                 secret: bytes | None = None, arity: dict | None = None, may_upload=None,
                 max_upload: int = 0) -> None:
        self.app = app
        # Inputs each public handler takes, by fn index and by api name: a call that leaves
        # out trailing optional arguments (/ask's `about`) gets them as null.
        self.arity = dict(arity or {})
        self.public_fns = set(public_fns)
        self.page_fns = set(page_fns)
        self.public_api = set(public_api)
        self.max_body = max_body
        self.secret = secret or secrets.token_bytes(32)
        self.may_upload = may_upload  # page cookie → bool; None: no uploads at all
        self.max_upload = max_upload

    # The page cookie: a random nonce and its HMAC, so no server state is kept per visitor.
    def _new_token(self) -> str:
        nonce = secrets.token_urlsafe(16)
        return f"{nonce}.{hmac.new(self.secret, nonce.encode(), hashlib.sha256).hexdigest()}"

    def _valid_token(self, headers: list[tuple[bytes, bytes]]) -> bool:
        return self.page_cookie(headers) is not None

    def page_cookie(self, headers: list[tuple[bytes, bytes]]) -> str | None:
        """The page cookie's value when its signature holds, else None."""
        for name, value in headers:
            if name != b"cookie":
                continue
            cookie = SimpleCookie()
            try:
                cookie.load(value.decode("latin-1"))
            except Exception:  # noqa: BLE001, S112 - a malformed cookie is simply not the page's
                continue
            token = cookie.get(PAGE_COOKIE)
            if token and "." in token.value:
                nonce, mac = token.value.rsplit(".", 1)
                expected = hmac.new(self.secret, nonce.encode(), hashlib.sha256).hexdigest()
                if hmac.compare_digest(mac, expected):
                    return token.value
        return None

    async def _refuse(self, send, status: int, message: str) -> None:
        start, body = _plain(status, message)
        await send(start)
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            await self.app(scope, receive, send)
            return
        path = re.sub(r"/{2,}", "/", scope.get("path", "/"))
        method = scope.get("method", "GET")
        page_load = method == "GET" and path in ("/", "")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in {name for name, _ in SECURITY_HEADERS}]
                headers.extend(SECURITY_HEADERS)
                if page_load:
                    headers.append((b"set-cookie", f"{PAGE_COOKIE}={self._new_token()}; Path=/; HttpOnly; "
                                    "SameSite=Strict".encode()))
                message = {**message, "headers": headers}
            await send(message)

        if method == "POST" and UPLOAD.match(path) and self.may_upload is not None \
                and self.may_upload(self.page_cookie(scope.get("headers", []))):
            body = await self._read_body(receive, self.max_upload + UPLOAD_OVERHEAD)
            if body is None:
                await self._refuse(send, 413, f"The file is larger than {self.max_upload // 1_000_000} MB.")
                return
            await self.app(scope, _replay(body), send_with_headers)
            return
        if BLOCKED.match(path):
            await self._refuse(send, 403, "This server does not accept or serve files, and has no such route.")
            return
        call = CALL_RESULT.match(path)
        if method == "GET" and call and call.group("api") not in self.public_api:
            await self._refuse(send, 403, "Only /ask can be called from outside the page.")
            return
        if method not in ("GET", "HEAD", "OPTIONS"):
            post = POSTS.match(path)
            if not post:
                await self._refuse(send, 403, "This server does not accept that request.")
                return
            if post.group("api") is not None and post.group("api") not in self.public_api:
                await self._refuse(send, 403, "Only /ask can be called from outside the page.")
                return
            body = await self._read_body(receive)
            if body is None:
                await self._refuse(send, 413, f"The request is larger than {self.max_body // 1024} kB; "
                                              "ask a shorter question.")
                return
            if path == "/gradio_api/queue/join" and not self._may_join(body, scope.get("headers", [])):
                await self._refuse(send, 403, "Only /ask can be called from outside the page.")
                return
            body = self._padded(body, post.group("api"))
            receive = _replay(body)
        await self.app(scope, receive, send_with_headers)

    async def _read_body(self, receive, limit: int | None = None) -> bytes | None:
        limit = limit or self.max_body
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return b"".join(chunks)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
            if not message.get("more_body"):
                return b"".join(chunks)

    def _padded(self, body: bytes, api: str | None) -> bytes:
        """The request with the public handler's missing trailing arguments filled with null."""
        try:
            request = json.loads(body)
        except ValueError:
            return body
        if not isinstance(request, dict) or not isinstance(request.get("data"), list):
            return body
        fn_index = request.get("fn_index")
        wanted = self.arity.get(api) if api else (self.arity.get(fn_index) if fn_index in self.public_fns else None)
        if not wanted or len(request["data"]) >= wanted:
            return body
        request["data"] = request["data"] + [None] * (wanted - len(request["data"]))
        return json.dumps(request).encode()

    def _may_join(self, body: bytes, headers) -> bool:
        try:
            fn_index = json.loads(body).get("fn_index")
        except (ValueError, AttributeError):
            return False
        if not isinstance(fn_index, int) or isinstance(fn_index, bool):
            return False
        if fn_index in self.public_fns:
            return True
        return fn_index in self.page_fns and self._valid_token(headers)


def _replay(body: bytes):
    sent = False

    async def receive():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


def _one_line_errors(fn):
    """Wrap a handler so any failure reaches the client as one plain line (a gr.Error), logged here."""
    import gradio as gr

    def failed(exc: Exception):
        if isinstance(exc, gr.Error):
            return exc
        log.exception("handler %s failed", getattr(fn, "__name__", fn))
        return gr.Error(INTERNAL_ERROR, print_exception=False)

    if inspect.isgeneratorfunction(fn):
        @functools.wraps(fn)
        def generator(*args, **kwargs):
            try:
                yield from fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - turned into the one-line message
                raise failed(exc) from None
        return generator
    if inspect.iscoroutinefunction(fn) or inspect.isasyncgenfunction(fn):
        return fn  # none in this app; left as they are

    @functools.wraps(fn)
    def plain(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - turned into the one-line message
            raise failed(exc) from None
    return plain


def harden(demo) -> dict:
    """Guard the demo's handlers and return the launch options that lock its server down."""
    from starlette.middleware import Middleware

    public, page, arity = set(), set(), {}
    for fn_id, block_fn in demo.fns.items():
        if block_fn.fn is None:
            continue
        if not getattr(block_fn, "_sqa_guarded", False):
            block_fn.fn = _one_line_errors(block_fn.fn)
            block_fn._sqa_guarded = True
        page.add(fn_id)
        if block_fn.api_visibility == "public" and block_fn.api_name in PUBLIC_API:
            public.add(fn_id)
            arity[fn_id] = arity[block_fn.api_name] = len(block_fn.inputs)
    staff = getattr(demo, "sqa_staff", None)  # set by the Staff tab: uploads for signed-in staff only
    max_upload = getattr(demo, "sqa_max_upload", 0) if staff is not None else 0
    return {
        "app_kwargs": {"middleware": [Middleware(Hardening, public_fns=public, page_fns=page, arity=arity,
                                                 may_upload=staff.may_upload if staff else None,
                                                 max_upload=max_upload)],
                       "docs_url": None, "redoc_url": None, "openapi_url": None},
        # bytes: only the Staff tab takes files; everyone else's uploads are refused before this anyway
        "max_file_size": max_upload or 1,
        "allowed_paths": [],
        "blocked_paths": [str(Path.home()), "/etc", "/proc", "/sys"],
        "share": False,
        "enable_monitoring": False,
        "mcp_server": False,
        "ssr_mode": False,
        "strict_cors": True,
        "show_error": False,  # errors are already one plain line (gr.Error); nothing else is shown
    }


def launch_hardened(demo, host: str | None = None, port: int | None = None, *,
                    queue_size: int = QUEUE_SIZE, concurrency: int = CONCURRENCY, **options):
    """Queue and launch the demo behind the hardening; options go to `Blocks.launch` (theme, css…)."""
    settings = harden(demo)
    settings.update(options)
    demo.queue(max_size=queue_size, default_concurrency_limit=concurrency)
    return demo.launch(server_name=host, server_port=port, **settings)


def reload_now(assistant, index_dir: Path) -> bool:
    """Answer from a newer, fully verified generation of the index if there is one; True when swapped."""
    from statement_qa.index import reload_if_changed

    fresh = reload_if_changed(Path(index_dir), assistant.index, assistant.retriever.embedder)
    if fresh is None:
        return False
    replacement = type(assistant)(fresh, assistant.retriever.embedder, assistant.mode)
    assistant.__dict__ = replacement.__dict__  # one assignment: answers see the old or the new, whole
    log.warning("now answering from index generation %s", fresh.generation)
    return True


def watch_index(assistant, index_dir: Path, interval: float = RELOAD_SECONDS) -> threading.Event:
    """Swap in a newer, fully verified index generation when one appears, or at once on SIGHUP.

    Returns an event that stops the watcher when set.
    """

    stop, wake = threading.Event(), threading.Event()

    def check() -> None:
        reload_now(assistant, Path(index_dir))

    def loop() -> None:
        while not stop.is_set():
            wake.wait(interval)
            wake.clear()
            if stop.is_set():
                return
            try:
                check()
            except Exception:
                log.exception("could not reload the index")

    if threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, lambda *_: wake.set())
    threading.Thread(target=loop, name="index-watch", daemon=True).start()
    return stop
