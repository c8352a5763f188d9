"""A saved page's publication date is the one it states; a year in its copyright line, its text or an
image path is no date of publication, so such a page gets none."""
from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest.html import read_html

BODY = ("<p>Mayor Ilse Varn of Kessel said on Tuesday that the new tram line would open before the spring "
        "floods, and that the council had found the money.</p><p>“We will not wait another winter,” Varn told "
        "reporters at the depot, where the first two trams stood in the rain.</p>")


def _page(head: str = "", before: str = "", after: str = "") -> str:
    return (f"<html><head><title>Kessel tram line to open</title>{head}</head><body><article>"
            f"<h1>Kessel tram line to open</h1>{before}{BODY}{after}</article></body></html>")


@pytest.mark.parametrize("after", ["<footer>© 2016 The Kessel Ledger</footer>",
                                   "<p>The first line, built in 2016, was closed.</p>",
                                   '<img src="/uploads/2016/03/tram.jpg" alt="tram">'])
def test_a_page_stating_no_date_gets_none(after):
    assert read_html(Path("tram.html"), _page(after=after), {}).published is None


@pytest.mark.parametrize("head,before", [
    ('<meta property="article:published_time" content="2026-03-05T09:00:00Z">', ""),
    ("", '<p class="byline">By Mira Holt · <time datetime="2026-03-05">5 March 2026</time></p>'),
])
def test_a_stated_date_is_kept_over_a_copyright_year(head, before):
    page = _page(head, before, "<footer>© 2016 The Kessel Ledger</footer>")
    assert read_html(Path("tram.html"), page, {}).published == "2026-03-05"
