"""HTML pages: body by trafilatura's chain plus our rules, metadata from the page, sidecar first."""
from __future__ import annotations

import json

import pytest

from dossier.ingest.html import extract_text, page_metadata
from dossier.ingest.read import read_file
from dossier.model import Article, Failure

PARAGRAPHS = [
    "The government of Norvania announced on Tuesday that the northern border crossing with Veskor will reopen "
    "next month, ending a closure that has lasted more than two years and cut farmers off from their markets.",
    "Petra Lind, the foreign minister, said the agreement had been reached after three rounds of talks in Aldberg "
    "and would allow trucks carrying grain to pass without a second inspection at the border post.",
    "Farmers on both sides of the border welcomed the decision but warned that the roads leading to the crossing "
    "had fallen into disrepair and would need months of work before heavy traffic could use them again.",
    "The Veskori trade ministry said it expected the first convoys to cross before the end of the spring harvest, "
    "and that customs officers from both countries would work side by side in a shared building.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>Norvania to reopen northern crossing | Aldberg Daily</title>
<meta property="og:title" content="Norvania to reopen northern crossing">
<meta property="og:site_name" content="Aldberg Daily">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<link rel="canonical" href="https://aldberg-daily.example/world/norvania-crossing">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<article>
<h1>Norvania to reopen northern crossing</h1>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<p>Related: Five things to know about the grain trade</p>
<p>{PARAGRAPHS[2]}</p>
<p>{PARAGRAPHS[3]}</p>
</article>
<footer><p>Copyright 2024 Aldberg Daily. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""


@pytest.fixture()
def page_file(tmp_path):
    f = tmp_path / "crossing.html"
    f.write_text(PAGE, encoding="utf-8")
    return f


def body_text(a: Article) -> str:
    return "\n".join(a.text[s:e] for s, e in a.body)


def test_body_keeps_article_and_drops_furniture(page_file):
    (a,) = read_file(page_file)
    body = body_text(a)
    for p in PARAGRAPHS:
        assert p in body
    for junk in ("Related: Five things", "Copyright 2024", "Share on Facebook", "Sport"):
        assert junk not in body


def test_metadata_from_the_page(page_file):
    (a,) = read_file(page_file)
    assert a.title == "Norvania to reopen northern crossing"
    assert a.outlet == "Aldberg Daily"
    assert a.published == "2024-03-05"
    assert a.url == "https://aldberg-daily.example/world/norvania-crossing"


def test_sidecar_wins_over_the_page(page_file, tmp_path):
    (tmp_path / "crossing.meta.json").write_text(json.dumps({"title": "Crossing reopens", "outlet": "Veskor Post"}),
                                                 encoding="utf-8")
    (a,) = read_file(page_file)
    assert (a.title, a.outlet, a.published) == ("Crossing reopens", "Veskor Post", "2024-03-05")


def test_broken_html_still_gives_the_text(tmp_path):
    broken = "<html><body><div><p>" + "</p><p>".join(PARAGRAPHS) + "<div><span>"  # never closed
    f = tmp_path / "broken.htm"
    f.write_text(broken, encoding="utf-8")
    (a,) = read_file(f)
    assert PARAGRAPHS[0] in body_text(a)


def test_page_without_text_is_one_failure(tmp_path):
    f = tmp_path / "empty.html"
    f.write_text("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
                 encoding="utf-8")
    (item,) = read_file(f)
    assert isinstance(item, Failure) and "no article text" in item.reason


def test_extract_text_and_metadata_helpers():
    assert PARAGRAPHS[3] in extract_text(PAGE)
    assert page_metadata(PAGE)["outlet"] == "Aldberg Daily"
    assert extract_text("<html></html>") == ""
