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


def test_stances_held_back_stay_in_the_contract_marked_with_their_confidence():
    from dataclasses import replace

    from test_brief import wire

    a = wire()
    held = replace(a.stances[0], confidence=0.31)
    a = replace(a, stances=a.stances[1:], unreported_stances=(held,))
    record = to_record(a)
    marked = [s for s in record["stances"] if s.get("reportable") is False]
    assert marked == [dict(marked[0], actor="Reyk", attitude="fears", confidence=0.31)]
    assert all("reportable" not in s for s in record["stances"] if s not in marked)
    back = from_record(record)
    assert back.unreported_stances == (held,) and back.stances == a.stances
