"""`dossier extract` fills story, thread and duplicate_of record by record (loads the spaCy model)."""
from __future__ import annotations

import json

import pytest
from stories_corpus import COPY_BOILERPLATE, CROSSING_LEDGER, CROSSING_WIRE, FIRE_COURIER
from typer.testing import CliRunner

from dossier.cli import app

pytestmark = pytest.mark.slow


def test_extract_links_the_copy_and_groups_the_event(tmp_path):
    # files are read in name order: the wire story first, so it is the original (online: the first seen is)
    files = {"a-wire": (CROSSING_WIRE, "Meridian Wire", "2026-03-02"),
             "b-copy": ("Border deal\n\n" + CROSSING_WIRE + COPY_BOILERPLATE, "Eastgate Review", "2026-03-03"),
             "ledger": (CROSSING_LEDGER, "The Northern Ledger", "2026-03-03"),
             "fire": (FIRE_COURIER, "The Harbor Courier", "2026-03-02")}
    for name, (text, outlet, date) in files.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.meta.json").write_text(json.dumps({"outlet": outlet, "published": date}), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    recs = {r["outlet"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    wire, copy, ledger, fire = (recs[o] for o in ("Meridian Wire", "Eastgate Review", "The Northern Ledger", "The Harbor Courier"))
    assert copy["duplicate_of"] == wire["id"] and wire["duplicate_of"] is None
    assert wire["story"] == copy["story"] == ledger["story"] != fire["story"]
    assert wire["thread"] and fire["thread"] and wire["thread"] != fire["thread"]
