"""Training the attribution tagger end to end on a tiny brat corpus about fictional people."""
import json

import pytest

from dossier.nlp.attribution.features import doc_features, vector_clusters
from dossier.nlp.attribution.tagger import load_tagger, tag_doc
from dossier.nlp.attribution.train import main, parsed_docs, read_brat

pytestmark = pytest.mark.slow

# (text, [(source, cue, content)]) — every phrase occurs once in its text
ARTICLES = [
    ("The ferry to Kessel will stop in May, Mayor Ilse Varn said on Monday. The council met twice.",
     [("Mayor Ilse Varn", "said", "The ferry to Kessel will stop in May")]),
    ("Tomas Vell said the border talks had stalled. Farmers in the valley grow rye and barley.",
     [("Tomas Vell", "said", "the border talks had stalled")]),
    ("“We expect a deal by spring,” Ivo Brant told reporters. The harbour was closed for a week.",
     [("Ivo Brant", "told", "We expect a deal by spring")]),
    ("Analysts warned that bread prices would rise. The mill in Dravik burned down last year.",
     [("Analysts", "warned", "that bread prices would rise")]),
    ("Officials said the road to Dravik would reopen soon. The market sells fish on Fridays.",
     [("Officials", "said", "the road to Dravik would reopen soon")]),
]


def write_corpus(root):
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    for n, (text, attributions) in enumerate(ARTICLES):
        (root / "text" / f"a{n}.txt").write_text(text, encoding="utf-8")
        lines, k = [], 0
        for e, (source, cue, content) in enumerate(attributions, 1):
            ids = {}
            for label, phrase in (("Source", source), ("Cue", cue), ("Content", content)):
                k += 1
                s = text.index(phrase)
                lines.append(f"T{k}\t{label} {s} {s + len(phrase)}\t{phrase}")
                ids[label] = f"T{k}"
            lines.append(f"E{e}\tCue:{ids['Cue']} Source:{ids['Source']} Content:{ids['Content']}")
        (root / "attributions" / f"a{n}_ann1.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_read_brat_gives_each_role_its_ranges(tmp_path):
    write_corpus(tmp_path)
    (rel,) = read_brat(str(tmp_path / "attributions" / "a1_ann1.ann"))
    text = ARTICLES[1][0]
    assert [text[s:e] for s, e in rel["Source"]] == ["Tomas Vell"]
    assert [text[s:e] for s, e in rel["Content"]] == ["the border talks had stalled"]


def test_training_writes_a_model_that_tags(tmp_path, nlp):
    write_corpus(tmp_path)
    out = tmp_path / "model"
    paths = {"model": str(out / "m.crfsuite"), "lexicon": str(out / "lex.json"), "clusters": str(out / "c.npz")}
    assert main([str(tmp_path), "--cache", str(tmp_path / "cache.spacy"), "--max-iterations", "30",
                 *(x for k, v in paths.items() for x in (f"--{k}", v))]) == 0
    assert json.loads(open(paths["lexicon"], encoding="utf-8").read())["say"] == 1.0
    model = load_tagger.__wrapped__(paths["model"], paths["lexicon"], paths["clusters"])
    assert [c.shape[1] for c in model.clusters] == [96, 96]
    doc = nlp("The new bridge will open in June, Mayor Ilse Varn said on Monday.")
    tagged = tag_doc(doc, model)
    assert [doc[s:e].text for s, e in tagged.contents] == ["The new bridge will open in June"]


def test_training_without_clusters_removes_old_centroids(tmp_path):
    write_corpus(tmp_path)
    stale = tmp_path / "c.npz"
    stale.write_bytes(b"old")
    assert main([str(tmp_path), "--cache", "", "--max-iterations", "5", "--no-clusters", "--clusters", str(stale),
                 "--model", str(tmp_path / "m.crfsuite"), "--lexicon", str(tmp_path / "lex.json")]) == 0
    assert not stale.exists()
    assert load_tagger.__wrapped__(str(tmp_path / "m.crfsuite"), str(tmp_path / "lex.json"), str(stale)).clusters is None


def test_training_reads_its_cache_back_with_token_vectors(tmp_path):
    write_corpus(tmp_path)
    names = [f"a{n}" for n in range(len(ARTICLES))]
    cache = str(tmp_path / "cache.spacy")
    first = parsed_docs(str(tmp_path), names, cache)
    again = parsed_docs(str(tmp_path), names, cache)
    assert [d.text for d in again] == [d.text for d in first]
    assert all(abs(a.tensor - b.tensor).max() < 0.01 for a, b in zip(first, again))


def test_vector_kinds_become_features(nlp):
    doc = nlp("Tomas Vell criticized the council.")
    clusters = (doc.tensor[:2].copy(), doc.tensor[:3].copy())  # tokens 0 and 1 are their own centroids
    kinds = vector_clusters(doc, clusters)
    assert kinds[0] == (0, 0) and kinds[1] == (1, 1)
    _, feats = doc_features(doc, {}, clusters)
    assert b"v0=0" in feats[0] and b"1:v=1" in feats[0]
    assert vector_clusters(doc, None) is None
