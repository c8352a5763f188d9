"""The bundled sample corpus (examples/corpus) and the demo brief built from it, end to end.

The structure checks need no model. The end-to-end check runs ``dossier brief`` with the model and
asserts only what must hold however good the extractors get: the file, its links, its sources.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dossier.cli import app
from dossier.ingest.read import read_paths
from dossier.model import Article

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
META_FIELDS = {"title", "outlet", "published", "url"}
JSONL_FIELDS = {"id", "title", "source", "date", "url", "text"}
# widgets a scraped page leaves behind: the corpus must give the cleaner each kind to remove
JUNK = ("Share this story", "Advertisement", "View photo", "Image:", "Recommended:", "commission", "©")
HREF = re.compile(r'href="#([^"]+)"')
ID = re.compile(r'\bid="([^"]+)"')


def articles() -> list[Article]:
    items = list(read_paths([str(CORPUS)]))
    assert all(isinstance(a, Article) for a in items), [str(a) for a in items if not isinstance(a, Article)]
    return items


def test_corpus_has_one_story_from_several_outlets_in_every_format():
    arts = articles()
    assert 7 <= len(arts) <= 9
    assert len({a.outlet for a in arts}) >= 3
    suffixes = Counter(Path(a.path).suffix for a in arts)
    assert suffixes[".txt"] >= 2 and suffixes[".html"] == 2 and 2 <= suffixes[".jsonl"] <= 3
    for a in arts:
        words = len(a.text.split())
        assert 250 <= words <= 650, (a.path, words)
        assert a.title and a.outlet
        assert all("Sarna" in a.text or "Varnik" in a.text for a in arts)


def test_scraped_text_files_carry_sidecars_and_page_junk():
    txts = sorted(CORPUS.glob("*.txt"))
    assert txts
    for path in txts:
        meta = json.loads(path.with_name(path.stem + ".meta.json").read_text(encoding="utf-8"))
        assert META_FIELDS <= set(meta), path.name
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"])
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert any(a == b and len(a.split()) > 4 for a, b in zip(lines, lines[1:])), f"{path.name}: no repeated caption"
    text = "\n".join(p.read_text(encoding="utf-8") for p in txts)
    for junk in JUNK:
        assert junk in text, junk


def test_jsonl_dump_and_html_pages_look_like_real_exports():
    records = [json.loads(line) for line in (CORPUS / "meridian-wire.jsonl").read_text(encoding="utf-8").splitlines()]
    assert 2 <= len(records) <= 3
    assert all(JSONL_FIELDS <= set(r) for r in records)
    assert any(r["date"] is None for r in records)  # one undated record: its anchor is inferred from the text
    for page in CORPUS.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        for needle in ("<article>", "<nav", "<footer", "og:title", "og:site_name", "article:published_time", "Share"):
            assert needle in html, (page.name, needle)


@pytest.mark.slow
def test_demo_brief_end_to_end(tmp_path):
    out = tmp_path / "brief.html"
    result = CliRunner().invoke(app, ["brief", str(CORPUS), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert f"brief written to {out}" in result.output
    page = out.read_text(encoding="utf-8")
    hrefs, ids = HREF.findall(page), ID.findall(page)
    assert len(ids) == len(set(ids))
    assert hrefs and set(hrefs) <= set(ids)
    assert "<script" not in page and "<link" not in page
    for a in articles():
        assert a.outlet in page
        assert (a.title or "").replace("'", "&#39;") in page
    assert "inferred" in page  # the undated wire record
    assert any(h.startswith("a") and h[1:2].isdigit() for h in hrefs)  # cites land in the appendix


@pytest.mark.slow
def test_demo_brief_as_markdown_on_stdout():
    result = CliRunner().invoke(app, ["brief", str(CORPUS), "-q"])
    assert result.exit_code == 0, result.output
    for section in ("## Sources", "## Actors", "## Quotes by speaker", "## Timeline"):
        assert section in result.stdout
    assert re.search(r"\[[^\]]+, 2026-03-0\d ¶\d+/chars \d+–\d+, #\d+\]", result.stdout)


def test_readme_mentions_every_command_and_both_setup_steps():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]
    for group in app.registered_groups:  # e.g. `dossier eval polnear`
        commands += [f"{group.name} {c.name or c.callback.__name__}" for c in group.typer_instance.registered_commands]
    assert "brief" in commands
    for name in commands:
        assert f"dossier {name}" in readme, name
    assert "make demo" in readme and "make test" in readme
