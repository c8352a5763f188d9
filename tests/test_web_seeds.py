"""``dossier serve`` over the ingested seeds (issue 11): Zhebin's quotes come back with role and span."""
from __future__ import annotations

import pytest

from conftest import SHARED

SEEDS = SHARED / "corpus" / "seeds"


@pytest.mark.slow
def test_api_quotes_by_speaker_on_the_seeds(tmp_path):
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not present")
    from fastapi.testclient import TestClient

    from dossier.core import RunSummary, analyze_paths
    from dossier.store import open_store
    from dossier.web import create_app

    url = f"sqlite:///{tmp_path / 'seeds.db'}"
    summary = RunSummary()
    writer = open_store(url)
    try:
        writer.add(analyze_paths([str(SEEDS)], summary=summary))
    finally:
        writer.close()
    assert summary.ok
    store = open_store(url, readonly=True)
    try:
        client = TestClient(create_app(store))
        quotes = client.get("/api/quotes", params={"speaker": "Zhebin"}).json()["quotes"]
        assert len(quotes) >= 3
        for q in quotes:
            assert "Zhebin" in q["speaker"] and q["role"]
            text = client.get(f"/api/articles/{q['article']}").json()["text"]
            assert text[q["span"][0]:q["span"][1]] == q["text"]
            page = client.get(f"/articles/{q['article']}")
            assert page.status_code == 200 and f'id="q-{q["id"]}"' in page.text
    finally:
        store.close()
