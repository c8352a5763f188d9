"""The web app in-process (FastAPI TestClient over httpx) against a real SQLite store built from our corpus."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from dossier.store import open_store  # noqa: E402
from dossier.web import create_app  # noqa: E402
from dossier.web.security import CSP  # noqa: E402
from webcorpus import IMG, SCRIPT, analyses, build_db  # noqa: E402


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = open_store(build_db(tmp_path_factory.mktemp("web")), readonly=True)
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(store):
    return TestClient(create_app(store), raise_server_exceptions=False)


def texts() -> dict[str, str]:
    return {a.article.id: a.article.text for a in analyses()}


def actor_id(store, name: str) -> str:
    return next(a["id"] for a in store.actors() if a["name"] == name)


def test_api_articles_lists_every_article_newest_first(client):
    body = client.get("/api/articles").json()
    assert [a["id"] for a in body["articles"]] == ["quay-ferry", "post-budget", "ledger-bridge"]
    assert body["articles"][2] == {"id": "ledger-bridge", "title": "Lindmark bridge to open by winter",
                                   "outlet": "Northern Ledger", "published": "2024-03-04",
                                   "url": "https://ledger.example/bridge", "story": "bridge", "thread": "bridge"}
    assert [a["id"] for a in client.get("/api/articles?limit=1&offset=1").json()["articles"]] == ["post-budget"]


def test_api_quotes_by_speaker_give_role_and_a_span_into_the_text(client):
    quotes = client.get("/api/quotes", params={"speaker": "hallvard"}).json()["quotes"]
    assert len(quotes) == 3
    for q in quotes:
        assert {"speaker", "role", "text", "article", "outlet", "published", "span"} <= q.keys()
        assert (q["speaker"], q["role"]) == ("Piet Hallvard", "Treasurer")
        assert texts()[q["article"]][q["span"][0]:q["span"][1]] == q["text"]
    assert quotes[0]["text"] == 'the bridge budget "has no slack left"'


def test_api_quotes_filters(client):
    def texts_of(**params):
        return sorted(q["text"] for q in client.get("/api/quotes", params=params).json()["quotes"])

    assert len(texts_of(speaker="", q="", outlet="", since="", until="")) == 6  # blank filters mean none
    assert texts_of(q="cheque harbour") == ['"We cannot write a blank cheque for the harbour,"']
    assert texts_of(outlet="Coastal Post", speaker="Brennick") == ["the city would find the money"]
    assert len(texts_of(since="2024-03-05", until="2024-03-09")) == 2
    assert texts_of(speaker="Nobody Here") == []


def test_api_rejects_bad_parameters_with_a_plain_message(client):
    r = client.get("/api/quotes?since=May")
    assert r.status_code == 422 and r.json() == {"detail": "since must be a date written YYYY-MM-DD, not 'May'"}
    assert client.get("/api/quotes?limit=0").status_code == 422
    assert client.get("/api/articles/no-such-article").json() == {"detail": "no such article"}


def test_api_other_endpoints(client, store):
    hallvard = actor_id(store, "Piet Hallvard")
    assert client.get("/api/counts").json()["articles"] == 3
    assert client.get("/api/articles/post-budget").json()["text"] == texts()["post-budget"]
    assert [r["article"] for r in client.get("/api/search?q=slack").json()["results"]] == ["post-budget"]
    assert client.get(f"/api/actors/{hallvard}").json()["name"] == "Piet Hallvard"
    assert client.get("/api/actors").json()["actors"][0]["name"] == "Piet Hallvard"
    assert [s["attitude"] for s in client.get(f"/api/stances?actor={hallvard}").json()["stances"]] == ["fears"]
    assert {t["id"] for t in client.get("/api/threads").json()["threads"]} == {"bridge", "ferry"}
    assert client.get(f"/api/attention?actor={hallvard}").json()["attention"] == [
        {"day": "2024-03-04", "articles": 1, "quotes": 2}, {"day": "2024-03-06", "articles": 1, "quotes": 1}]


def test_openapi_documents_the_api_without_a_cdn_page(client):
    spec = client.get("/api/openapi.json").json()
    params = {p["name"] for p in spec["paths"]["/api/quotes"]["get"]["parameters"]}
    assert {"speaker", "q", "outlet", "since", "until"} <= params and "/api/articles" in spec["paths"]
    page = client.get("/api/docs")
    assert page.status_code == 200 and "/api/quotes" in page.text and "cdn" not in page.text.lower()
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404


def test_article_page_highlights_spans_and_anchors_each_quote(client, store):
    page = client.get("/articles/ledger-bridge")
    assert page.status_code == 200
    quotes = store.article("ledger-bridge")["quotes"]
    for q in quotes:
        assert f'id="q-{q["id"]}"' in page.text and f'href="#q-{q["id"]}"' in page.text
    assert '<span class="hl cue">warned</span>' in page.text
    indirect = next(q["id"] for q in quotes if q["kind"] == "indirect")
    assert (f'<span class="hl quote stance" id="q-{indirect}" title="Piet Hallvard fears; indirect: Piet Hallvard">'
            'costs could rise again</span>') in page.text
    assert '<span class="hl entity source" title="Piet Hallvard (PERSON); source: Piet Hallvard">' in page.text
    text_html = re.search(r'<div class="article-text" id="text">(.*?)</div>', page.text, re.S).group(1)
    assert re.sub(r"<[^>]+>", "", text_html).replace("&#34;", '"') == texts()["ledger-bridge"]


def test_quote_results_link_to_their_passage(client, store):
    page = client.get("/quotes?speaker=Roset&since=&until=")
    (quote,) = store.search_quotes(speaker="Roset")
    assert f'href="/articles/quay-ferry#q-{quote["id"]}"' in page.text


def test_hostile_article_is_escaped_everywhere(client):
    for path in ("/articles/quay-ferry", "/", "/quotes?speaker=Roset", "/storylines/ferry", "/articles",
                 "/api/docs", "/search?q=ferry"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert "<script" not in page.text and "<img" not in page.text, path
    page = client.get("/articles/quay-ferry").text
    assert "&lt;script&gt;window.__pwned = 1; alert(&#39;owned&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=&#34;nope.png&#34; onerror=&#34;window.__pwned = 2; alert(2)&#34;&gt;" in page
    assert SCRIPT not in page and IMG not in page


def test_pages_render_from_the_store(client, store):
    hallvard = actor_id(store, "Piet Hallvard")
    index = client.get("/").text
    assert 'href="/storylines/bridge"' in index and "Lindmark bridge to open by winter" in index
    brief = client.get("/storylines/bridge").text
    assert "No slack in bridge budget, treasurer says" in brief and "the city would find the money" in brief
    card = client.get(f"/actors/{hallvard}").text
    assert "costs could rise again" in card and "<svg" in card and "2024-03-04: 1 articles, 2 quotes" in card
    assert f'href="/actors/{hallvard}"' in client.get("/actors").text
    own = client.get(f"/quotes?actor={hallvard}&q=harbour").text
    assert f'<option value="{hallvard}" selected>Piet Hallvard</option>' in own and own.count("<blockquote") == 1
    assert "No quote matches" in client.get("/quotes?speaker=Nobody").text
    assert 'href="/articles/post-budget"' in client.get("/search?q=slack").text
    chart = client.get("/attention").text
    corpus_chart = chart.split("Most quoted actors")[0]
    assert corpus_chart.count('<rect class="bar"') == 7 and "2024-03-10: 1 articles, 1 quotes" in corpus_chart
    assert chart.count("<svg") == 5  # the corpus, then each of the four actors, on the same days
    assert chart.count('<rect class="bar"') == 5 * 7
    assert 'selected>Piet Hallvard' in client.get(f"/attention?actor={hallvard}").text


@pytest.mark.parametrize("path", ["/nope", "/articles/nope", "/storylines/nope", "/actors/999", "/static/app.py",
                                  "/static/..%2fapp.py", "/static/%2e%2e%2fapp.py", "/attention?actor=999"])
def test_unknown_paths_are_404_pages_and_never_reach_the_filesystem(client, path):
    r = client.get(path)
    assert r.status_code == 404 and "404" in r.text and "import" not in r.text


def test_security_headers_on_every_kind_of_response(client):
    for path in ("/", "/api/articles", "/nope", "/api/quotes?since=x", "/static/style.css"):
        r = client.get(path)
        assert r.headers["content-security-policy"] == CSP, path
        assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"])
def test_read_only(client, method):
    r = client.request(method, "/api/articles")
    assert r.status_code == 405 and r.headers["allow"] == "GET"


def test_errors_never_show_a_traceback(store):
    class Broken:
        def __getattr__(self, name):
            raise RuntimeError("secret internals at /home/x/db.py line 12")

    client = TestClient(create_app(Broken()), raise_server_exceptions=False)
    for path in ("/", "/api/articles", "/articles/x"):
        r = client.get(path)
        assert r.status_code == 500 and r.headers["content-security-policy"] == CSP
        assert "secret" not in r.text and "Traceback" not in r.text and "RuntimeError" not in r.text


def test_token_is_required_on_every_request(store):
    client = TestClient(create_app(store, token="s3cret-token"))
    for path in ("/", "/api/articles", "/static/style.css", "/api/openapi.json"):
        assert client.get(path).status_code == 401, path
    assert client.get("/api/articles", headers={"X-Dossier-Token": "wrong"}).status_code == 401
    assert client.get("/api/articles", headers={"X-Dossier-Token": "s3cret-token"}).status_code == 200
    assert client.get("/api/articles", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
    first = client.get("/?token=s3cret-token")
    assert first.status_code == 200 and "httponly" in first.headers["set-cookie"].lower()
    assert client.get("/articles/post-budget").status_code == 200  # the cookie carries it from now on


def test_allowed_hosts_guard_against_dns_rebinding(store):
    client = TestClient(create_app(store, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://evil.example")
    assert client.get("/api/articles").status_code == 400
    assert TestClient(create_app(store, allowed_hosts=["localhost"]), base_url="http://localhost:8000").get(
        "/api/articles").status_code == 200


def test_serve_refuses_a_public_host_without_a_token():
    from typer.testing import CliRunner

    from dossier.cli import app

    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--db", "sqlite:////nonexistent/x.db"])
    assert result.exit_code == 2 and "without --token" in result.output


def test_dossier_serve_runs_on_loopback_and_checks_the_host_header(tmp_path):
    """The real command in a child process: uvicorn on 127.0.0.1, the store opened read-only."""
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    url = build_db(tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    child = subprocess.Popen([sys.executable, "-m", "dossier.cli", "serve", "--db", url, "--port", str(port)],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                r = httpx.get(f"{base}/api/quotes", params={"speaker": "Roset"})
                break
            except httpx.TransportError:
                assert child.poll() is None, child.stderr.read().decode()
                time.sleep(0.1)
        else:
            pytest.fail("dossier serve did not answer within 30 s")
        assert [q["role"] for q in r.json()["quotes"]] == ["Harbourmaster"]
        assert r.headers["content-security-policy"] and "server" not in r.headers
        assert httpx.get(f"{base}/", headers={"Host": "attacker.example"}).status_code == 400
        assert httpx.post(f"{base}/api/articles").status_code == 405
    finally:
        child.terminate()
        child.wait(10)
