"""Attributions that are no usable quote stay in the contract, marked, and nowhere else."""
import pytest

from dossier.report.jsonl import from_record, to_record

TEXT = ("The harbour board met on Monday.\n\n"
        "\u201cWe will reopen the north pier in May,\u201d said Ilse Varnholt, the board's chair.\n\n"
        "Pavel Drummel, the contractor, did not say whether the cranes would be ready.\n")


@pytest.mark.slow
def test_negated_cue_is_kept_but_not_reportable(analyze_text):
    a = analyze_text(TEXT)
    text = a.article.text
    shown = [text[q.content[0]:q.content[1]] for q in a.attributions]
    hidden = [text[q.content[0]:q.content[1]] for q in a.unreported]
    assert any("north pier" in s for s in shown)
    assert not any("cranes" in s for s in shown)
    assert any("cranes" in s for s in hidden)
    record = to_record(a)
    marked = [q for q in record["quotes"] if q.get("reportable") is False]
    assert [text[q["content"][0]:q["content"][1]] for q in marked] == hidden
    assert all("reportable" not in q for q in record["quotes"] if q not in marked)
    back = from_record(record)
    assert back.attributions == a.attributions and back.unreported == a.unreported
