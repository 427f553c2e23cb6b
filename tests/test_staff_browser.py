"""The Staff tab in chromium, as a new staff member would use it: sign in, upload, preview, correct, publish,
supersede, withdraw, and see the questions nobody could answer; and no Staff tab without a password.

The server answers from a writable copy of three fixture statements (FICTIONAL except the AstroRx seed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from conftest import start_serve, stop_serve

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "corpus"
CHROMIUM = "/usr/bin/chromium"
PASSWORD = "correct horse battery staple"
PDF = FIXTURES / "meridale-calbrenza.pdf"
# FICTIONAL: a newer statement on the fictional Calbrenza, replacing the PDF's.
CALBRENZA_2025 = """# Hallowmere Biologics – Calbrenza® (CLB-310): 2025 update

## Background

Hallowmere Biologics has published the first results of its CLB-310 trial.

## Recommendation

The Meridale MND Network now advises that Calbrenza® should only be taken within the CALBRE-2 trial.

Meridale MND Network, March 2025
"""


def _start(tmp: Path, env: dict) -> tuple[subprocess.Popen, str]:
    corpus, index = tmp / "corpus", tmp / "index"
    corpus.mkdir()
    for name in ("kadimastem-astrorx.txt", "meridale-mitovance.md", "northfold-velmirsen.txt"):
        shutil.copy(FIXTURES / name, corpus / name)
    subprocess.run([sys.executable, "-m", "statement_qa", "build", "--corpus", str(corpus), "--index", str(index),
                    "-q"], cwd=tmp, check=True, capture_output=True, timeout=300)
    log = (tmp / "serve.log").open("w+")
    return start_serve(["--index", str(index), "--corpus", str(corpus), "--data", str(tmp / "data")], tmp, log, env)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                          args=["--headless", "--no-sandbox", "--disable-gpu"])
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture(scope="module")
def staff_server(tmp_path_factory):
    from statement_qa.staff_auth import hash_password

    tmp = tmp_path_factory.mktemp("staff")
    env = {k: v for k, v in os.environ.items() if not k.startswith("STATEMENT_QA_")}
    process, url = _start(tmp, {**env, "STATEMENT_QA_STAFF_PASSWORD_HASH": hash_password(PASSWORD)})
    yield url, tmp
    stop_serve(process)


def _upload(page, path: Path) -> None:
    with page.expect_file_chooser() as chooser:
        page.locator("#sqa-staff-file button.upload-container").click()
    chooser.value.set_files(str(path))
    page.locator("#sqa-staff-file").get_by_text(path.name).wait_for()


def _ask(page, question: str) -> str:
    page.get_by_role("tab", name="Ask").click()
    box = page.locator("#sqa-question textarea")
    box.fill(question)
    box.press("Enter")
    page.locator("#sqa-latest .sqa-question").filter(has_text=question).wait_for()
    return page.locator("#sqa-latest .sqa-exchange").inner_text()


def test_publish_preview_supersede_withdraw_and_unanswered(browser, staff_server):
    url, tmp = staff_server
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.set_default_timeout(60_000)
    page.goto(url)
    page.locator("#sqa-question textarea").wait_for(timeout=120_000)
    page.get_by_role("tab", name="Staff").click()
    page.locator("#sqa-staff-name input, #sqa-staff-name textarea").fill("Ana")
    password = page.locator("#sqa-staff-password input, #sqa-staff-password textarea")
    password.fill("wrong password here")
    page.locator("#sqa-staff-sign-in").click()
    page.locator("#sqa-staff-status").get_by_text("That password is not right.").wait_for()
    assert not page.locator("#sqa-staff-work").is_visible()
    password.fill(PASSWORD)
    page.locator("#sqa-staff-sign-in").click()
    page.locator("#sqa-staff-status").get_by_text("Signed in as Ana.").wait_for()

    # Upload, preview, correct the date, preview again, publish.
    _upload(page, PDF)
    page.locator("#sqa-staff-question-1 textarea, #sqa-staff-question-1 input").fill("Is Calbrenza proven?")
    page.locator("#sqa-staff-question-2 textarea, #sqa-staff-question-2 input").fill("Can I get CLB-310?")
    page.locator("#sqa-staff-question-3 textarea, #sqa-staff-question-3 input").fill("what is the weather")
    page.locator("#sqa-staff-preview").click()
    preview = page.locator("#sqa-preview")
    preview.wait_for()
    assert "Hallowmere Biologics - Calbrenza® (CLB-310)" in preview.inner_text()
    assert "2024-02" in preview.inner_text()
    assert "Recommendation" in preview.locator("ul").inner_text()
    page.locator("#sqa-staff-date textarea, #sqa-staff-date input").fill("2019-05")
    page.locator("#sqa-staff-preview").click()
    page.locator("#sqa-preview").get_by_text("2019-05").first.wait_for()
    text = page.locator("#sqa-preview").inner_text()
    assert text.count("You asked") == 3 and "We have no published statement" in text
    assert not (tmp / "corpus" / "meridale-calbrenza.pdf").exists()  # a preview publishes nothing
    page.locator("#sqa-staff-publish").click()
    page.locator("#sqa-staff-publish-status").get_by_text("Published meridale-calbrenza").wait_for()

    answer = _ask(page, "Is Calbrenza proven?")
    assert "Meridale MND Network says, in its statement" in answer and "May 2019" in answer
    assert "This statement is from May 2019. Positions can change" in answer

    # A newer version that supersedes it.
    newer = tmp / "calbrenza-2025.md"
    newer.write_text(CALBRENZA_2025, encoding="utf-8")
    page.get_by_role("tab", name="Staff").click()
    page.locator("#sqa-staff-file button[aria-label*='Clear' i], #sqa-staff-file button[title*='Clear' i]").first.click()
    _upload(page, newer)
    page.locator("#sqa-staff-date textarea, #sqa-staff-date input").fill("2025-03")
    page.locator("#sqa-staff-supersedes input").click()
    page.get_by_role("option", name="meridale-calbrenza", exact=False).click()
    page.keyboard.press("Escape")
    page.locator("#sqa-staff-publish").click()
    page.locator("#sqa-staff-publish-status").get_by_text("Published calbrenza-2025").wait_for()
    answer = _ask(page, "Does Calbrenza work?")
    assert "only be taken within the CALBRE-2 trial" in answer
    assert "This replaces the statement of May 2019." in answer
    page.get_by_role("tab", name="Browse").click()
    page.locator("#sqa-browse").get_by_text("Replaced by a newer statement").wait_for()

    # Withdraw the new one: nothing on Calbrenza is quoted any more.
    page.get_by_role("tab", name="Staff").click()
    page.locator("#sqa-staff-statement input").click()
    page.get_by_role("option", name="(calbrenza-2025, current)", exact=False).click()
    page.locator("#sqa-staff-action-why textarea, #sqa-staff-action-why input").fill("published by mistake")
    page.locator("#sqa-staff-withdraw").click()
    page.locator("#sqa-staff-action-status").get_by_text("Withdraw: calbrenza-2025.").wait_for()
    answer = _ask(page, "Should I take Calbrenza?")
    assert "We have no published statement" in answer

    for question in ("what is the weather tomorrow", "what will the weather be tomorrow",
                     "how is the weather tomorrow"):
        assert "We have no published statement" in _ask(page, question)
    page.get_by_role("tab", name="Staff").click()
    page.locator("#sqa-staff-unanswered").click()
    table = page.locator("#sqa-unanswered")
    table.wait_for()
    rows = [row.inner_text() for row in table.locator("tr").all()[1:]]
    weather = [row for row in rows if "weather" in row]
    assert len(weather) == 1 and weather[0].startswith("3"), rows
    audit = [line for line in (tmp / "data" / "audit.jsonl").read_text().splitlines()]
    assert [a.split('"action": "')[1].split('"')[0] for a in audit] == ["add", "add", "withdraw"]
    page.context.close()


def test_without_a_password_there_is_no_staff_tab_and_no_staff_endpoint(browser, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("STATEMENT_QA_")}
    process, url = _start(tmp_path, env)
    try:
        page = browser.new_context().new_page()
        page.goto(url)
        page.locator("#sqa-question textarea").wait_for(timeout=120_000)
        assert page.get_by_role("tab").all_inner_texts() == ["Ask", "Look up", "Browse"]
        config = httpx.get(url + "config", timeout=10).json()
        names = {str(dep.get("api_name")) for dep in config.get("dependencies", [])}
        assert not any("staff" in name for name in names)
        with httpx.Client() as client:
            client.get(url, timeout=10)
            assert client.post(url + "gradio_api/upload", files={"files": ("a.pdf", PDF.read_bytes())},
                               timeout=10).status_code == 403
        page.context.close()
    finally:
        stop_serve(process)


def test_with_a_password_nothing_staff_works_until_signed_in(staff_server):
    url, _ = staff_server
    with httpx.Client() as client:
        client.get(url, timeout=10)
        assert "sqa_page" in client.cookies
        response = client.post(url + "gradio_api/upload", files={"files": ("a.pdf", PDF.read_bytes())}, timeout=10)
        assert response.status_code == 403
        config = client.get(url + "config", timeout=10).json()
        for dep in config.get("dependencies", []):
            assert dep.get("api_visibility", "private") != "public" or dep.get("api_name") == "ask"
