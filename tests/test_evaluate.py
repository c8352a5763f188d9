"""The per-kind breakdown of `dossier eval polnear` on a tiny brat folder written here (no model), and a
gate on PolNeAR dev (slow, skipped without ../shared)."""
import pytest

from dossier.evaluate import format_report, gold_by_kind, kind_breakdown

TEXT = ("“We are ready,” said Ana Lind.\n\n"
        "Lind said the treaty was “a fair deal.”\n\n"
        "The harvest will be late, farmers said.\n")


def brat(text):
    """One .ann with three attributions, offsets computed from the text."""
    def span(words, after=0):
        s = text.index(words, after)
        return s, s + len(words)

    rows, n = [], 0
    for content, source, cue in (("“We are ready,”", "Ana Lind", "said"),
                                 ("the treaty was “a fair deal.”", "Lind", "said the"),
                                 ("The harvest will be late", "farmers", "said.")):
        c = span(content)
        s = span(source, 0 if source != "Lind" else text.index("\n\n"))
        k = span(cue.split()[0], s[1] if source != "Ana Lind" else 0)
        for label, (a, b) in (("Content", c), ("Source", s), ("Cue", k)):
            n += 1
            rows.append(f"T{n}\t{label} {a} {b}\t{text[a:b]}")
        rows.append(f"E{n}\tAttribution:T{n} Content:T{n - 2} Source:T{n - 1} Cue:T{n}")
    return "\n".join(rows) + "\n"


def make_folder(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "a1_x1.ann").write_text(brat(TEXT), encoding="utf-8")
    return tmp_path


def test_gold_kinds(tmp_path):
    folder = make_folder(tmp_path)
    kinds = [k for _, k in gold_by_kind(TEXT, str(folder / "attributions" / "a1_x1.ann"))]
    assert kinds == ["direct", "mixed", "indirect"]


def test_breakdown_counts_exact_matches_per_kind(tmp_path):
    folder = make_folder(tmp_path)
    s = TEXT.index("The harvest")
    record = {"id": "a1", "path": str(folder / "text" / "a1.txt"), "text": TEXT,
              "quotes": [{"content": [0, 15], "kind": "direct"},
                         {"content": [s, s + len("The harvest will be")], "kind": "indirect"}]}
    res = kind_breakdown([record], str(folder))
    assert res["direct"]["r"] == 1.0 and res["direct"]["p"] == 1.0
    assert res["mixed"]["r"] == 0.0
    assert res["indirect"]["p"] == 0.0 and res["indirect"]["overlap_r"] > 0.7


def test_report_lists_every_role_and_kind():
    figures = {r: {"p": 0.5, "r": 0.5, "f1": 0.5} for r in ("content", "source", "cue", "content_overlap")}
    figures["relation_recall"] = 0.4
    kinds = {k: {"gold": 1, "pred": 1, "p": 1.0, "r": 1.0, "f1": 1.0, "overlap_r": 1.0} for k in ("direct", "mixed", "indirect")}
    report = format_report(figures, kinds, "polnear: summary")
    for word in ("content", "source", "cue", "direct", "mixed", "indirect", "polnear: summary"):
        assert word in report


def dev_figures(shared, tmp_path, settings):
    """Scorer figures and per-kind breakdown of PolNeAR dev extracted with ``settings``."""
    import json
    from dataclasses import replace

    from dossier.core import analyze_paths
    from dossier.evaluate import joined_parts, run_scorer
    from dossier.report.jsonl import to_record

    dev = shared / "data" / "polnear" / "dev"
    if not dev.exists():
        pytest.skip("PolNeAR dev is not present")
    out = tmp_path / "pn.jsonl"
    # PolNeAR's sense of an attribution (unnamed and negated ones too), parts of one attribution joined
    records = joined_parts([to_record(a) for a in analyze_paths([str(dev / "text")], replace(settings, reportable_only=False))])
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    figures, _ = run_scorer(str(shared / "eval" / "score.py"), str(out), str(dev))
    return figures, kind_breakdown(records, str(dev))


@pytest.mark.slow
def test_polnear_dev_gate(shared, tmp_path):
    """Gate: the shipped (CRF) tagger on PolNeAR dev stays near the figures measured when it was trained."""
    from dossier.settings import Settings

    figures, kinds = dev_figures(shared, tmp_path, Settings())
    assert figures["content"]["f1"] >= 0.59
    assert figures["source"]["f1"] >= 0.75
    assert figures["cue"]["f1"] >= 0.68
    # 0.832 when trained; 0.830 since "dismissed X as “…”" reports only the quoted words (strict reads, where
    # PolNeAR's spans keep "X as"): two direct predictions more, right by the reader, not by PolNeAR
    assert kinds["direct"]["f1"] >= 0.825


@pytest.mark.slow
def test_polnear_dev_gate_encoder(shared, tmp_path):
    """Gate: the encoder tagger (--tagger encoder) on PolNeAR dev stays near its measured figures
    (content 0.503, source 0.717, cue 0.640, direct 0.743, measured when it was trained)."""
    from dossier.nlp.attribution.encoder_tagger import MODEL_DIR
    from dossier.settings import Settings

    if not (MODEL_DIR / "model.onnx").exists():
        pytest.skip("no encoder model ships")
    figures, kinds = dev_figures(shared, tmp_path, Settings(tagger="encoder"))
    assert figures["content"]["f1"] >= 0.49
    assert figures["source"]["f1"] >= 0.70
    assert figures["cue"]["f1"] >= 0.62
    assert kinds["direct"]["f1"] >= 0.73
