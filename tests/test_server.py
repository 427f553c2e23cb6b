"""The running server, over real HTTP on 127.0.0.1: only /ask from outside, no uploads, headers, bursts."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from conftest import FIXTURE_CORPUS, FakeEmbedder, free_port

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app on a free loopback port, answering from the fixture corpus with the fake embedder."""
    from statement_qa.answer import Assistant
    from statement_qa.index import build, load
    from statement_qa.ui import build_demo, serve

    folder = tmp_path_factory.mktemp("server-index")
    embedder = FakeEmbedder()
    build(FIXTURE_CORPUS, folder, embedder)
    demo = build_demo(Assistant(load(folder, embedder), embedder))
    port = free_port()
    serve(demo, "127.0.0.1", port, prevent_thread_lock=True, quiet=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            httpx.get(url + "/config", timeout=2)
            break
        except httpx.HTTPError:
            time.sleep(0.2)
    yield url, demo
    demo.close()


def _fn_index(demo, api_name: str) -> int:
    return next(i for i, fn in demo.fns.items() if fn.api_name == api_name)


def _join(url: str, fn_index: int, data: list, client: httpx.Client | None = None) -> httpx.Response:
    body = {"data": data, "fn_index": fn_index, "session_hash": "probe123", "event_data": None, "trigger_id": None}
    return (client or httpx).post(url + "/gradio_api/queue/join", json=body, timeout=10)


def test_uploads_and_file_routes_are_refused(server):
    url, _ = server
    upload = httpx.post(url + "/gradio_api/upload", files={"files": ("a.txt", b"x" * 1000)}, timeout=10)
    assert upload.status_code == 403
    for path in ("/gradio_api/file=/etc/passwd", "/gradio_api/file/etc/passwd", "/gradio_api/proxy=http://x/",
                 "/gradio_api/upload_progress?upload_id=1", "//gradio_api//upload", "/monitoring",
                 "/gradio_api/run/ask", "/gradio_api/api/ask", "/docs", "/openapi.json"):
        response = httpx.request("POST" if "run/" in path or "api/" in path or "upload" in path else "GET",
                                 url + path, timeout=10)
        assert response.status_code in (403, 404, 405), path
        assert b"root:" not in response.content


def test_every_response_carries_the_security_headers(server):
    url, _ = server
    for path in ("/", "/config", "/gradio_api/upload", "/no/such/page"):
        headers = httpx.get(url + path, timeout=10).headers
        assert headers["x-frame-options"] == "DENY", path
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        assert "frame-ancestors 'none'" in headers["content-security-policy"]


def test_internal_handlers_run_only_for_the_page_and_ask_for_everyone(server):
    url, demo = server
    internal = [i for i, fn in demo.fns.items() if fn.fn is not None and fn.api_name != "ask"]
    assert internal
    for fn_index in internal:
        refused = _join(url, fn_index, ["Is AstroRx proven?"])
        assert refused.status_code == 403 and "Only /ask" in refused.json()["error"]
    for name in {demo.fns[i].api_name for i in internal if demo.fns[i].api_name}:
        assert httpx.post(url + f"/gradio_api/call/{name}", json={"data": ["x"]}, timeout=10).status_code == 403
    assert _join(url, _fn_index(demo, "ask"), ["Is AstroRx proven?"]).status_code == 200
    # A browser that loaded the page carries its signed cookie and may use the page's handlers.
    with httpx.Client() as browser:
        assert browser.get(url + "/", timeout=10).status_code == 200
        assert "sqa_page" in browser.cookies
        assert _join(url, internal[0], [None] * len(demo.fns[internal[0]].inputs), browser).status_code != 403
        browser.cookies.set("sqa_page", "forged.0000")
        assert _join(url, internal[0], ["x"], browser).status_code == 403


def test_oversized_requests_are_refused_before_they_cost_anything(server):
    url, demo = server
    response = _join(url, _fn_index(demo, "ask"), ["x" * 9_500_000])
    assert response.status_code == 413 and "shorter question" in response.json()["error"]


def test_ask_answers_through_the_client_and_errors_are_one_line(server, monkeypatch):
    from gradio_client import Client

    url, _demo = server
    client = Client(url + "/", verbose=False)
    answer = client.predict("Is AstroRx proven?", api_name="/ask")
    assert answer["answered"] and answer["statement"]["id"] == "kadimastem-astrorx"
    for page_only in ("/respond", "/look_up"):
        with pytest.raises(Exception):  # noqa: B017 - the client refuses or the server does
            client.predict("Is AstroRx proven?", api_name=page_only)


def test_a_burst_of_fifty_clients_is_answered_in_full(server):
    """50 simultaneous /ask calls on loopback: every one answered, none told the queue is full."""
    url, demo = server
    ask = _fn_index(demo, "ask")

    def one(n: int) -> str:
        with httpx.Client(timeout=120) as client:
            session = f"burst{n}"
            body = {"data": ["Is AstroRx proven?"], "fn_index": ask, "session_hash": session,
                    "event_data": None, "trigger_id": None}
            joined = client.post(url + "/gradio_api/queue/join", json=body)
            if joined.status_code != 200:
                return f"refused {joined.status_code}"
            with client.stream("GET", url + f"/gradio_api/queue/data?session_hash={session}") as events:
                for line in events.iter_lines():
                    if line.startswith("data:"):
                        message = json.loads(line[5:])
                        if message.get("msg") == "process_completed":
                            return "answered" if message.get("success") else f"failed {message.get('output')}"
            return "no result"

    started = time.perf_counter()
    with ThreadPoolExecutor(50) as pool:
        outcomes = list(pool.map(one, range(50)))
    elapsed = time.perf_counter() - started
    print(f"50-client burst: {outcomes.count('answered')} answered in {elapsed:.1f} s")
    assert outcomes == ["answered"] * 50
    assert elapsed < 120
