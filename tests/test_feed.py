"""RSS/Atom feeds: entries become articles; linked pages are fetched from a loopback server we start here."""
from __future__ import annotations

import functools
import http.server
import socket
import threading
from pathlib import Path

import pytest

from dossier.core import check_paths, read_inputs
from dossier.ingest.feed import read_feed_bytes
from dossier.ingest.fetch import fetch
from dossier.ingest.read import read_file
from dossier.model import Failure

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"
PAGE = "linnholm-observer-2026-03-05-walkout.html"
ONLY_ON_THE_PAGE = "Kestovian"  # the entry's own text below never says it
ENTRY_ONE = ("<p>Harbor officials in Kessel said on Tuesday that the new ferry terminal would open in June, "
             "two months later than planned.</p><p>“We will not cut corners on safety,” said Ilse Varn, "
             "the port director. The delay follows a dispute with the builder over the pier foundations.</p>")
ENTRY_TWO = ("The Sarna river council voted to extend the fishing season by one week after a long debate, "
             "council member Tomas Brenn told reporters on Monday evening in Linnholm.")


def rss(link_one: str, link_two: str = "") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>The Kessel Ledger</title><link>https://ledger.example/</link><description>News</description>
<item><title>Ferry terminal opening slips to June</title><link>{link_one}</link>
  <guid isPermaLink="false">ledger-1001</guid><pubDate>Tue, 03 Mar 2026 09:15:00 GMT</pubDate>
  <description>The terminal opens later.</description>
  <content:encoded><![CDATA[{ENTRY_ONE}]]></content:encoded></item>
<item><title>Fishing season extended</title>{f"<link>{link_two}</link>" if link_two else ""}
  <pubDate>Mon, 02 Mar 2026 18:00:00 GMT</pubDate><description>{ENTRY_TWO}</description></item>
</channel></rss>""".encode()


ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Eastgate Review</title><id>urn:eastgate</id>
<updated>2026-03-06T10:00:00Z</updated>
<entry><title>Council extends season</title><id>urn:eastgate:77</id><updated>2026-03-06T10:00:00Z</updated>
<link href="https://eastgate.example/season"/><summary type="html">{ENTRY_TWO}</summary></entry>
</feed>""".encode()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A folder served by a loopback HTTP server: one page of examples/corpus; tests add feeds to it."""
    root = tmp_path_factory.mktemp("site")
    (root / PAGE).write_bytes((EXAMPLES / PAGE).read_bytes())
    handler = functools.partial(_QuietHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def server(site):
    return site[1]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/gone"


def test_entries_alone_give_articles_with_feed_metadata(tmp_path):
    path = tmp_path / "ledger.rss"
    path.write_bytes(rss("https://ledger.example/ferry"))
    one, two = read_feed_bytes(str(path), path.read_bytes(), fetcher=None)
    assert (one.id, one.title, one.outlet, one.published, one.url) == (
        "ledger-1001", "Ferry terminal opening slips to June", "The Kessel Ledger", "2026-03-03", "https://ledger.example/ferry")
    assert "Ilse Varn, the port director" in one.text and one.path == f"{path}#1"
    assert two.id == "ledger-2" and "Tomas Brenn" in two.text and two.url is None


def test_linked_pages_are_fetched_and_read_as_html(server):
    articles = list(read_feed_bytes("ledger.rss", rss(f"{server}/{PAGE}")))
    page, entry = articles
    assert ONLY_ON_THE_PAGE in page.text and page.url == f"{server}/{PAGE}"
    assert page.title == "Ferry terminal opening slips to June"  # the feed's metadata wins, as a sidecar's does
    assert entry.text.strip().startswith("The Sarna river council")


def test_unreachable_or_missing_pages_fall_back_to_the_entry(server):
    calls = []

    def counting_fetch(url, max_bytes):
        calls.append(url)
        return fetch(url, max_bytes, timeout=5)

    gone = closed_port_url()
    offline = list(read_feed_bytes("a.rss", rss(gone, f"{server}/{PAGE}"), fetcher=counting_fetch))
    assert calls == [gone]  # once a link is unreachable, the feed's other links are not tried
    assert ["Ilse Varn" in offline[0].text, ONLY_ON_THE_PAGE in offline[1].text] == [True, False]
    missing = list(read_feed_bytes("b.rss", rss(f"{server}/no-such-page.html")))
    assert "Ilse Varn" in missing[0].text


def test_a_feed_url_is_an_input(site):
    root, server = site
    (root / "feed.rss").write_bytes(rss(f"{server}/{PAGE}"))
    url = f"{server}/feed.rss"
    assert check_paths([url]) == []
    items = list(read_inputs([url, f"{server}/none.rss"]))
    assert [type(x).__name__ for x in items] == ["Article", "Article", "Failure"]
    assert ONLY_ON_THE_PAGE in items[0].text and "HTTP 404" in items[2].reason


def test_atom_feeds_and_broken_feed_files(tmp_path):
    broken = tmp_path / "broken.rss"
    broken.write_text("<html><body>No feed here</body></html>")
    (article,) = list(read_feed_bytes("eastgate.atom", ATOM, fetcher=None))
    assert (article.id, article.outlet, article.published) == ("urn:eastgate:77", "Eastgate Review", None)
    (failure,) = list(read_file(broken))
    assert isinstance(failure, Failure) and "not a readable RSS/Atom feed" in failure.reason


def test_only_http_urls_are_fetched():
    with pytest.raises(Exception, match="not an http"):
        fetch("file:///etc/passwd", 1000)
