"""Screenshots of the web app for the README: ingest examples/corpus, serve it, photograph four pages.

    PYTHONPATH=src .venv/bin/python docs/screenshots.py      # writes docs/web-*.png

Uses the real pipeline and store. The stories stage is not part of this run, so the eight example
articles (all about the Linnholm talks) are put in one storyline by hand, which the script says here.
Needs Debian's chromium (apt-get install chromium) and Playwright for Python; downloads nothing.
"""
from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from dossier.core import analyze_paths
from dossier.store import open_store
from dossier.web import create_app

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
STORY = "linnholm-talks"  # by hand: see the module docstring


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/demo.db"
        writer = open_store(url)
        writer.add(replace(a, story=STORY) for a in analyze_paths([str(ROOT / "examples" / "corpus")]))
        writer.close()
        store = open_store(url, readonly=True)
        top = store.actors(limit=1)[0]
        framework = "harbor-courier-2026-03-07-framework"
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        shots = {"storylines": "/", "article": f"/articles/{framework}",
                 "quotes": f"/quotes?speaker={top['name'].split()[-1]}", "actor": f"/actors/{top['id']}"}
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 820}, base_url=f"http://127.0.0.1:{port}")
                for name, path in shots.items():
                    page.goto(path)
                    page.screenshot(path=str(ROOT / "docs" / f"web-{name}.png"))
                    print(f"docs/web-{name}.png  {path}")
                browser.close()
        finally:
            server.should_exit = True
            thread.join(10)
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
