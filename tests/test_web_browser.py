"""The pages in a real browser: Playwright driving Debian's chromium against uvicorn on 127.0.0.1.

Skips with a message when chromium (or Playwright) is missing, unless CI is set: then they must run.
Never calls ``playwright install`` (it downloads a browser); install chromium with apt-get instead.
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time

import pytest

from webcorpus import build_db

CHROMIUM = os.environ.get("DOSSIER_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _need(ok: bool, why: str) -> None:
    if not ok:
        if IN_CI:
            pytest.fail(f"{why} (CI is set, so browser tests must run; .ci/run installs chromium)")
        pytest.skip(f"{why}: install it with `apt-get install -y chromium` to run the browser tests")


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need(False, "Playwright for Python is not installed")
    _need(os.access(CHROMIUM, os.X_OK) or bool(shutil.which(CHROMIUM)), f"no chromium at {CHROMIUM}")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Base URL of uvicorn serving the test corpus read-only on 127.0.0.1, in a thread of this process."""
    import uvicorn

    from dossier.store import open_store
    from dossier.web import create_app

    store = open_store(build_db(tmp_path_factory.mktemp("browser")), readonly=True)
    port = _free_port()
    config = uvicorn.Config(create_app(store, allowed_hosts=["127.0.0.1"]), host="127.0.0.1", port=port,
                            log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(base_url=server)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    blocked = []  # our own pages must live within their Content-Security-Policy
    page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
    yield page
    context.close()
    assert blocked == []


def test_storylines_lead_to_a_brief_and_an_actor_card(page):
    page.goto("/")
    assert page.title() == "Storylines · dossier"
    page.click("h2 >> text=Lindmark bridge to open by winter")
    page.wait_for_url("**/storylines/bridge")
    assert page.locator("h1").inner_text() == "Lindmark bridge to open by winter"
    assert page.locator("text=No slack in bridge budget, treasurer says").count() == 1
    page.goto("/actors")
    page.click("table >> text=Piet Hallvard")
    assert page.locator("h1").inner_text().startswith("Piet Hallvard")
    assert page.locator("svg rect.bar").count() == 3
    assert page.locator("blockquote").count() == 3


def test_quote_search_form_and_link_to_the_passage(page):
    page.goto("/quotes")
    page.fill("input[name=speaker]", "Hallvard")
    page.fill("input[name=q]", "cheque")
    page.click("button[type=submit]")
    page.wait_for_url("**/quotes?speaker=Hallvard&q=cheque**")
    assert page.locator("table.quotes blockquote").all_inner_texts() == [
        '"We cannot write a blank cheque for the harbour,"']
    page.click("text=passage")
    page.wait_for_url("**/articles/ledger-bridge#q-*")
    target = page.locator(":target")
    assert target.inner_text() == '"We cannot write a blank cheque for the harbour,"'
    assert target.is_visible()
    assert page.locator(".article-text .hl.quote").count() == 3 and page.locator(".article-text .hl.cue").count() == 3


def test_attention_chart_and_full_text_search(page):
    page.goto("/attention")
    assert page.locator("figure").first.locator("svg rect.bar").count() == 7
    page.select_option("select[name=actor]", label="Orla Brennick")
    page.click("button[type=submit]")
    assert "Orla Brennick" in page.locator("figcaption").inner_text()
    page.goto("/search")
    page.fill("input[name=q]", "slack")
    page.click("button[type=submit]")
    assert page.locator("ol.results a").all_inner_texts() == ["No slack in bridge budget, treasurer says"]


def test_script_markup_in_an_article_stays_inert_text(page):
    page.goto("/articles/quay-ferry")
    page.wait_for_load_state("load")
    text = page.locator(".article-text").inner_text()
    assert "<script>window.__pwned = 1; alert('owned')</script> ferry fares stay flat this year" in text
    assert '<img src="nope.png" onerror="window.__pwned = 2; alert(2)">' in text
    assert page.title().startswith("Ferry fares <script>")
    assert page.evaluate("document.scripts.length") == 0
    assert page.evaluate("document.querySelectorAll('img, [onerror]').length") == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == []
    for path in ("/", "/quotes?speaker=Roset", "/storylines/ferry", "/articles"):
        page.goto(path)
        assert page.evaluate("document.scripts.length + document.querySelectorAll('img').length") == 0, path
    assert page.dialogs == []


def test_pages_need_no_javascript(browser, server):
    context = browser.new_context(base_url=server, java_script_enabled=False)
    page = context.new_page()
    page.goto("/quotes?speaker=Brennick")
    assert page.locator("table.quotes blockquote").count() == 2
    page.goto("/articles/post-budget")
    assert "has no slack left" in page.locator(".article-text").inner_text()
    context.close()
