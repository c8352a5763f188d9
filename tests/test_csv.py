"""CSV export: one row per quote with text and offsets (built from dataclasses, no model)."""
import csv
import io

from dossier.model import Analysis, Article, Attribution, Speaker
from dossier.report.csv import COLUMNS, QuoteWriter

TEXT = "“We are ready,” said Ana Lind, the Vestland trade minister."


def analysis():
    art = Article(id="a1", path="a1.txt", text=TEXT, outlet="Vestland Post", published="2031-04-02")
    q = Attribution(content=(0, 15), cue=(16, 20),
                    speaker=Speaker("E1", "Ana Lind", (21, 29), "Vestland trade minister"), kind="direct")
    floating = Attribution(content=(0, 14), cue=None, speaker=Speaker(None, None, None), kind="direct")
    return Analysis(article=art, attributions=(q, floating))


def test_rows_carry_text_and_offsets():
    out = io.StringIO()
    writer = QuoteWriter(out)
    assert writer.write(analysis()) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0].keys()) == COLUMNS
    first = rows[0]
    assert first["speaker"] == "Ana Lind" and first["role"] == "Vestland trade minister"
    assert first["cue"] == "said" and first["content"] == "“We are ready,”" and first["mention"] == "Ana Lind"
    assert (first["content_start"], first["content_end"]) == ("0", "15")
    assert first["outlet"] == "Vestland Post" and first["published"] == "2031-04-02"
    assert rows[1]["cue"] == "" and rows[1]["speaker"] == ""
