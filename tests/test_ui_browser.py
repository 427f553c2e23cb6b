"""The web app driven in a real chromium: asking, buttons, keyboard use, look-up, the API, safety, axe.

One server for the whole file, built from tests/fixtures/corpus (fictional statements plus
the real AstroRx seed). Screenshots of the main states go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

ASTRORX_QUOTE_START = "The SAC acknowledges the potential ability"
ASTRORX_ISSUED = "Statement issued September 2020"
DECLINE = "We have no published statement"
ANSWER_KEYS = {"question", "answered", "message", "statement", "section", "quote", "passages", "score", "alternatives"}
LOAD_TIMEOUT = 120_000  # ms; the first page load can wait on the model
ANSWER_TIMEOUT = 30_000

# axe rules not applied, each with the reason. Keep empty unless Gradio's own markup makes
# a rule impossible to satisfy from the app; every entry must say why.
AXE_DISABLED_RULES: dict[str, str] = {}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "statement_qa", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=True)


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory) -> Path:
    index = tmp_path_factory.mktemp("ui") / "index"
    _run_cli("build", "--corpus", str(CORPUS), "--index", str(index), "-q")
    return index


@pytest.fixture(scope="session")
def server(index_dir, tmp_path_factory):
    port = _free_port()
    log = (tmp_path_factory.mktemp("ui-log") / "serve.log").open("w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "statement_qa", "serve", "--index", str(index_dir), "--corpus", str(CORPUS),
         "--port", str(port)],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 180
        while True:
            if process.poll() is not None:
                log.seek(0)
                pytest.fail(f"`statement-qa serve` exited with {process.returncode}:\n{log.read()}")
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("`statement-qa serve` did not answer HTTP within 180 s")
            time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture
def dialogs() -> list[str]:
    """Messages of any alert/confirm/prompt the page opened; the app must never open one."""
    return []


def _open(browser, url, dialogs, **context_options):
    context = browser.new_context(
        viewport=context_options.pop("viewport", {"width": 1280, "height": 900}),
        permissions=["clipboard-read", "clipboard-write"], **context_options,
    )
    context.set_default_timeout(ANSWER_TIMEOUT)
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url)
    page.get_by_label("Your question").wait_for(timeout=LOAD_TIMEOUT)
    return page


@pytest.fixture
def page(browser, server, dialogs):
    page = _open(browser, server, dialogs)
    yield page
    page.context.close()
    assert dialogs == [], f"the page opened a dialog: {dialogs}"


def _shot(page, name: str, full_page: bool = True) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


def _ask(page, question: str):
    """Type a question, press Enter, and return the latest answer once it is shown."""
    box = page.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")
    latest = page.locator("#sqa-latest .sqa-exchange")
    page.locator("#sqa-latest .sqa-question").filter(has_text=question.strip()).wait_for()
    return latest


def _active(page) -> dict:
    return page.evaluate("""() => { const el = document.activeElement; return {
        tag: el.tagName, id: el.id, text: (el.innerText || el.value || '').slice(0, 120),
        label: el.getAttribute('aria-label') || (el.labels && el.labels[0] ? el.labels[0].innerText : ''),
        inLatest: !!el.closest('#sqa-latest'), outline: getComputedStyle(el).outlineWidth,
        shadow: getComputedStyle(el).boxShadow}; }""")


def _axe(page, state: str) -> None:
    page.add_script_tag(path=str(AXE))
    rules = {rule: {"enabled": False} for rule in AXE_DISABLED_RULES}
    result = page.evaluate("async (rules) => await axe.run(document, {rules})", rules)
    serious = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
    report = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(n["target"][0] if isinstance(
            n["target"][0], str) else str(n["target"]) for n in v["nodes"][:5])
        for v in serious
    )
    assert not serious, f"axe found serious problems in the {state} state:\n{report}"


def test_typed_question_shows_the_quote_citation_and_disclaimer(page):
    latest = _ask(page, "Is AstroRx proven?")
    quote = latest.locator("blockquote.sqa-quote")
    assert " ".join(quote.inner_text().split()).startswith(ASTRORX_QUOTE_START)  # the seed has a no-break space
    assert ASTRORX_ISSUED in latest.inner_text()
    assert "Kadimastem – AstroRx" in latest.locator(".sqa-citation").inner_text()
    assert "Source file: kadimastem-astrorx.txt" in latest.inner_text()  # the fixture seed has no URL
    assert "not personal medical advice" in latest.locator(".sqa-disclaimer").inner_text()
    # Screen readers hear the answer: it is copied into the polite live region.
    page.wait_for_function("() => document.getElementById('sqa-live').textContent.includes('astrocytes')")
    full = latest.locator("details.sqa-full")
    assert not full.locator(".sqa-fulltext").is_visible()
    full.locator("summary", has_text="Show the full statement").click()
    assert full.locator(".sqa-fulltext").get_by_text("Kadimastem is a company located in Israel").is_visible()
    _shot(page, "answer")


def test_read_aloud_speaks_the_latest_quote(page):
    page.evaluate("""() => { window.__spoken = [];
        window.speechSynthesis.speak = (utterance) => window.__spoken.push(utterance.text); }""")
    _ask(page, "Is AstroRx proven?")
    _ask(page, "What does Kettleby say about Lumagene-7?")
    page.get_by_role("button", name="Read aloud").click()
    page.wait_for_function("() => window.__spoken.length > 0")
    spoken = page.evaluate("() => window.__spoken")
    assert "Lumagene-7 has so far been given to only eight people" in spoken[-1]
    assert "astrocytes" not in spoken[-1]


def test_statement_and_example_buttons_ask_without_typing(page):
    statement = page.locator("button.sqa-statement", has_text="Tirasolone")
    label = statement.inner_text()
    statement.click()
    latest = page.locator("#sqa-latest .sqa-exchange")
    latest.get_by_text("Statement issued May 2022").wait_for()
    assert label in latest.locator(".sqa-question").inner_text()
    assert "does not recommend Tirasolone™" in latest.locator(".sqa-quote").inner_text()
    # The answer takes focus, so the next Tab goes into it rather than down the button list.
    assert _active(page)["id"] == "sqa-latest-heading"
    example = page.locator("button.sqa-example").first
    example_label = example.inner_text()
    example.click()
    page.locator("#sqa-latest .sqa-question").filter(has_text=example_label).wait_for()
    assert page.locator("#sqa-latest .sqa-quote").is_visible()
    # The first exchange moved down to the earlier part of the conversation.
    assert "Statement issued May 2022" in page.locator("#sqa-earlier").inner_text()


def test_off_topic_question_is_declined_plainly(page):
    latest = _ask(page, "What's the weather like today?")
    latest.get_by_text(DECLINE).wait_for()
    assert latest.locator("blockquote").count() == 0
    assert "Kadimastem – AstroRx" in latest.inner_text()  # the topics it does cover
    assert "talk to your neurologist or care team" in latest.inner_text()
    assert page.locator("button.sqa-statement").first.is_visible()
    _shot(page, "decline")


def test_did_you_mean_buttons_ask_about_the_alternative(page, server):
    from gradio_client import Client

    client = Client(server, verbose=False)
    question = "Is the stem cell therapy proven?"  # fits several cell-therapy statements
    expected = client.predict(question, api_name="/ask")
    assert expected["alternatives"], "this question should offer other statements"
    _ask(page, question)
    alternative = expected["alternatives"][0]
    button = page.locator("button.sqa-alternative").first
    button.wait_for()
    assert button.inner_text().startswith("Did you mean ")
    button.click()
    page.locator("#sqa-latest .sqa-title").filter(has_text=alternative["title"]).wait_for()


def test_keyboard_only_ask_and_reach_the_answer(page):
    for _ in range(30):
        page.keyboard.press("Tab")
        if _active(page)["label"].startswith("Your question"):
            break
    else:
        pytest.fail("Tab never reached the question box")
    focused = _active(page)
    assert focused["outline"] not in ("0px", "") or focused["shadow"] != "none", "no visible focus"
    page.keyboard.type("Is AstroRx proven?")
    page.keyboard.press("Enter")
    page.locator("#sqa-latest .sqa-quote").wait_for()
    reached = []
    for _ in range(15):
        page.keyboard.press("Tab")
        focused = _active(page)
        reached.append(focused["text"] or focused["tag"])
        if focused["inLatest"] and focused["tag"] == "SUMMARY":
            break
    else:
        pytest.fail(f"Tab never reached the answer's controls; focus went to {reached}")
    assert focused["outline"] == "4px" and "255, 213, 0" in focused["shadow"], "no strong focus ring"
    page.keyboard.press("Enter")
    assert page.locator("#sqa-latest details.sqa-full").get_attribute("open") is not None
    page.keyboard.press("Shift+Tab")
    assert _active(page)["text"] == "Copy citation"
    page.keyboard.press("Enter")
    page.locator("#sqa-latest").get_by_role("button", name="Copied").wait_for()
    assert page.evaluate("() => navigator.clipboard.readText()").startswith("“Kadimastem – AstroRx”")
    _shot(page, "keyboard-focus", full_page=False)


def test_lookup_shows_ranked_statements_and_copies_a_citation(page):
    page.get_by_role("tab", name="Look up").click()
    box = page.get_by_label("Search words")
    box.fill("tirasolone")
    box.press("Enter")
    first = page.locator("#sqa-results li.sqa-result").first
    first.get_by_text("Brevinor Pharma – Tirasolone™").first.wait_for()
    text = first.inner_text()
    assert "Match score" in text and "May 2022" in text
    assert "The Rivière-Claire ALS Association does not recommend Tirasolone™" in text
    citation = first.locator(".sqa-cite").inner_text()
    assert citation.startswith("“Brevinor Pharma – Tirasolone™”, Rivière-Claire ALS Association, May 2022")
    first.get_by_role("button", name="Copy citation").click()
    first.get_by_role("button", name="Copied").wait_for()
    assert page.evaluate("() => navigator.clipboard.readText()") == citation
    _shot(page, "lookup")


def test_browse_lists_every_document_with_its_full_text(page, index_dir):
    listed = _run_cli("list", "--index", str(index_dir), "--json").stdout.splitlines()
    titles = [json.loads(line)["title"] for line in listed]
    page.get_by_role("tab", name="Browse").click()
    items = page.locator("#sqa-browse li.sqa-doc")
    items.first.wait_for()
    assert items.count() == len(titles)
    assert [items.nth(i).locator(".sqa-title").inner_text() for i in range(items.count())] == titles
    resource = items.filter(has=page.locator(".sqa-title", has_text="Understanding clinical trial phases"))
    assert "Resource · April 2023" in resource.inner_text()
    resource.locator("summary").click()
    assert resource.locator(".sqa-fulltext").is_visible()
    _shot(page, "browse")


def test_ask_api_returns_the_cli_json(server, index_dir):
    from gradio_client import Client

    result = Client(server, verbose=False).predict("Is AstroRx proven?", api_name="/ask")
    assert isinstance(result, dict) and set(result) == ANSWER_KEYS
    assert result["answered"] is True and result["quote"].startswith("The SAC")
    cli = _run_cli("ask", "--index", str(index_dir), "--corpus", str(CORPUS), "--json", "Is AstroRx proven?")
    assert result == json.loads(cli.stdout)


def test_a_burst_gets_busy_try_again_not_unbounded_memory(server):
    """100 simultaneous API calls on loopback against a queue of 32: the overflow is refused."""
    from concurrent.futures import ThreadPoolExecutor

    from gradio_client import Client

    client = Client(server, verbose=False)

    def ask(number: int) -> str:
        try:
            return "answered" if client.predict(f"Is AstroRx proven? ({number})", api_name="/ask")["answered"] else "?"
        except Exception as exc:  # gradio_client raises QueueError for a full queue
            return str(exc)

    with ThreadPoolExecutor(max_workers=100) as pool:
        outcomes = list(pool.map(ask, range(100)))
    refused = [o for o in outcomes if o != "answered"]
    assert refused and all("Queue is full! Please try again." in o for o in refused)
    assert outcomes.count("answered") >= 32


@pytest.mark.parametrize("question", ["<script>alert(1)</script>", "<img src=x onerror=alert(2)> **bold** _it_"])
def test_question_markup_is_shown_literally_and_never_runs(page, dialogs, question):
    latest = _ask(page, question)
    assert latest.locator(".sqa-question").inner_text() == question
    assert latest.locator("script, img, strong, em").count() == 0
    page.wait_for_timeout(500)
    assert dialogs == []


def test_axe_finds_no_serious_problems(page):
    _shot(page, "initial")
    _axe(page, "initial")
    _ask(page, "Is AstroRx proven?")
    page.locator("#sqa-latest details.sqa-full summary").click()
    _axe(page, "answer")
    _ask(page, "What's the weather like today?")
    _axe(page, "decline")
    page.get_by_role("tab", name="Look up").click()
    page.get_by_label("Search words").fill("tirasolone")
    page.get_by_label("Search words").press("Enter")
    page.locator("#sqa-results li.sqa-result").first.wait_for()
    _axe(page, "look-up")
    page.get_by_role("tab", name="Browse").click()
    page.locator("#sqa-browse li.sqa-doc").first.wait_for()
    _axe(page, "browse")


def test_axe_finds_no_serious_problems_in_dark_mode(browser, server, dialogs):
    page = _open(browser, server, dialogs, color_scheme="dark")
    try:
        _ask(page, "Is AstroRx proven?")
        _axe(page, "dark answer")
        _shot(page, "answer-dark", full_page=False)
    finally:
        page.context.close()


def test_ask_tab_targets_are_at_least_44_px(page):
    _ask(page, "Is AstroRx proven?")
    small = page.evaluate("""() => {
        const panel = document.querySelector('#sqa-latest').closest('[role=tabpanel]') || document.body;
        const targets = [...panel.querySelectorAll('button, input, textarea, select, summary, a'),
                         ...document.querySelectorAll('[role=tab]')];
        return targets.filter(el => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        }).map(el => { const box = el.getBoundingClientRect();
            return {text: (el.innerText || el.value || el.tagName).slice(0, 60), width: box.width, height: box.height}; })
          .filter(t => t.width < 44 || t.height < 44);
    }""")
    assert small == [], f"targets smaller than 44×44 px: {small}"


def test_answer_is_readable_at_200_percent_zoom(browser, server, dialogs):
    # 200% zoom of a 1280×900 window: half the CSS pixels, each drawn twice as large.
    page = _open(browser, server, dialogs, viewport={"width": 640, "height": 450}, device_scale_factor=2)
    try:
        _ask(page, "Is AstroRx proven?")
        overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1, f"the page scrolls sideways by {overflow} px at 200% zoom"
        page.locator("#sqa-latest-heading").scroll_into_view_if_needed()
        _shot(page, "answer-zoom-200", full_page=False)
    finally:
        page.context.close()
