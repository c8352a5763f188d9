"""The ONNX encoder module and the encoder attribution tagger: windows, decoding, shapes, and tags on
sentences about fictional people; and no torch in a `dossier extract` process."""
import subprocess
import sys

import numpy
import pytest

from dossier.nlp.attribution.encoder_tagger import (FORBIDDEN, MODEL_DIR, candidate_sentences, load_encoder_tagger,
                                                    viterbi, windows, words_of)

needs_model = pytest.mark.skipif(not (MODEL_DIR / "model.onnx").exists(), reason="no encoder model ships")


def test_windows_pack_whole_sentences_up_to_the_limit():
    counts = [1] * 10
    ends = [False, False, True, False, True, False, False, False, False, True]  # sentences of 3, 2, 5
    assert windows(counts, ends, max_pieces=5) == [(0, 5), (5, 10)]
    assert windows(counts, ends, max_pieces=100) == [(0, 10)]


def test_windows_cut_a_sentence_longer_than_the_limit():
    counts = [2] * 7
    ends = [False] * 6 + [True]
    spans = windows(counts, ends, max_pieces=4)
    assert spans == [(0, 2), (2, 4), (4, 6), (6, 7)]
    assert all(sum(counts[s:e]) <= 4 for s, e in spans)


def test_viterbi_never_takes_a_forbidden_transition():
    # labels O, B, I: I may follow B or I only; the scores alone would say O I I
    trans = numpy.where(numpy.array([[1, 1, 0], [1, 1, 1], [1, 1, 1]], dtype=bool), 0.0, FORBIDDEN)
    start = numpy.array([1, 1, 0], dtype=bool)
    scores = numpy.log(numpy.array([[0.9, 0.05, 0.05], [0.1, 0.4, 0.5], [0.1, 0.1, 0.8]]))
    assert viterbi(scores, trans, start) == [0, 1, 2]
    assert viterbi(numpy.zeros((0, 3)), trans, start) == []


def test_viterbi_weighs_transitions_against_scores():
    scores = numpy.log(numpy.array([[0.6, 0.4], [0.45, 0.55], [0.6, 0.4]]))  # alone: 0 1 0
    sticky = numpy.log(numpy.array([[0.9, 0.1], [0.1, 0.9]]))  # labels rarely change
    start = numpy.array([1, 1], dtype=bool)
    assert viterbi(scores, numpy.zeros((2, 2)), start) == [0, 1, 0]
    assert viterbi(scores, sticky, start) == [0, 0, 0]


def test_words_carry_quotation_state_and_sentence_ends():
    import spacy

    doc = spacy.blank("en")("“We will win,” said Mara Voss.\n\nPrices rose.")
    idx, words, quote, ends = words_of(doc)
    assert "\n\n" not in words and len(idx) == len(words)
    assert quote[words.index("We")] == 1 and quote[words.index("said")] == 0 and quote[0] == 2
    assert ends[words.index(".")] and ends[-1] and not ends[words.index("win")]


def test_only_sentences_that_can_hold_attribution_are_candidates():
    import spacy

    doc = spacy.blank("en")("Wheat prices rose in Kessel. “We will win,” Mara Voss told them. Rain fell all day. "
                            "Ivo Brant reckons the harvest is lost. Exports grew, according to the council.")
    idx, words, quote, ends = words_of(doc)
    lemmas = [w.lower() for w in words]
    lemmas[words.index("told")] = "tell"
    found = [(" ".join(words[s:e]), hit) for s, e, hit in candidate_sentences(lemmas, quote, ends, {"reckons": 0.4})]
    assert [hit for _, hit in found] == [False, True, False, True, True]
    assert found[2][0] == "Rain fell all day ."
    # a lemma the training data rarely saw as a cue does not make a candidate
    assert not any(hit for *_, hit in candidate_sentences(["prices", "rose", "."], [0, 0, 0], [False, False, True],
                                                           {"rose": 0.05}))


@needs_model
@pytest.mark.slow
def test_words_outside_candidate_sentences_are_never_tagged(nlp):
    doc = nlp("The ferry left at noon. Gulls followed it to the island.\n\n“We cannot afford the fuel,” said Mara Voss.")
    idx, labels = load_encoder_tagger().labels(doc)
    first = [lab for i, lab in zip(idx, labels) if doc[i].idx < doc.text.index("Gulls") + 10]
    assert first and set(first) == {"O"}
    assert any(lab.endswith("CONTENT") for lab in labels)


@needs_model
@pytest.mark.slow
def test_ensemble_keeps_words_the_encoder_skips_outside(nlp):
    from dossier.nlp.attribution.ensemble import load_ensemble_tagger

    doc = nlp("Gulls followed the ferry to the island.\n\n“We cannot afford the fuel,” said Mara Voss.")
    tagger = load_ensemble_tagger()
    idx, mixed = tagger.scores(doc)
    _, crf = tagger.crf_scores(doc)
    assert mixed.shape == crf.shape == (len(idx), 7)
    assert numpy.allclose(numpy.exp(crf).sum(1), 1.0, atol=1e-3)  # CRF marginals are distributions
    gulls = [k for k, i in enumerate(idx) if doc[i].idx < doc.text.index("island")]
    assert all(mixed[k].argmax() == tagger.names.index("O") and mixed[k].max() == 0.0 for k in gulls)
    labels = tagger.labels(doc)[1]
    assert {"B-CONTENT", "B-SOURCE", "B-CUE"} <= set(labels)


@needs_model
def test_sentence_vectors_are_unit_length_and_deterministic():
    enc = load_encoder_tagger().encoder
    texts = ["Mara Voss opened the bridge.", "The bridge was opened by Mara Voss.", "Wheat prices fell."]
    v = enc.sentence_vectors(texts)
    assert v.shape == (3, 384) and v.dtype == numpy.float32
    assert numpy.allclose(numpy.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert numpy.array_equal(v, enc.sentence_vectors(texts))
    # int8 activations are scaled per batch, so batch-mates move a vector a little, never much
    assert float(v[2] @ enc.sentence_vectors(texts[2:])[0]) > 0.98
    assert float(v[0] @ v[1]) > float(v[0] @ v[2])  # the same event in other words is nearer


@needs_model
def test_word_outputs_give_one_row_per_word():
    enc = load_encoder_tagger().encoder
    words = [["Ivo", "Brant", "said", "unbelievably", "little", "."], ["Hi"]]
    assert enc.piece_counts(words[0])[3] > 1  # a word of several wordpieces still gets one row
    out = enc.word_outputs(words, output="logits", extra={"quote_ids": [[0] * 6, [0]]})
    assert [o.shape for o in out] == [(6, 7), (1, 7)]


@pytest.fixture(scope="module", params=["encoder", "ensemble"])
def tag(nlp, request):
    from dossier.nlp.attribution.ensemble import load_ensemble_tagger
    from dossier.nlp.attribution.tagger import tag_doc

    model = load_encoder_tagger() if request.param == "encoder" else load_ensemble_tagger()

    def run(text):
        doc = nlp(text)
        tagged = tag_doc(doc, model=model)
        return {role: [doc[s:e].text for s, e in spans] for role, spans in
                (("content", tagged.contents), ("source", tagged.sources), ("cue", tagged.cues))}

    return run


@needs_model
@pytest.mark.slow
def test_tagger_finds_a_direct_quote(tag):
    t = tag("The ferry will not run this winter.\n\n"
            "“We cannot afford the fuel,” said Mara Voss, the ferry's owner.\n")
    assert any("We cannot afford the fuel" in c for c in t["content"])
    assert any("Mara Voss" in s for s in t["source"]) and "said" in t["cue"]


@needs_model
@pytest.mark.slow
def test_tagger_finds_indirect_speech(tag):
    t = tag("The mayor of Kessel spoke on Monday.\n\nIvo Brant said that the new bridge would open in May.\n")
    assert any(c.endswith("the new bridge would open in May") for c in t["content"])
    assert "Ivo Brant" in t["source"] and "said" in t["cue"]


@needs_model
@pytest.mark.slow
def test_tagger_reads_according_to(tag):
    t = tag("Trade was slow.\n\nGrain exports fell by a third last year, according to the Ostrian farm council.\n")
    assert any("Grain exports fell by a third last year" in c for c in t["content"])
    assert any("Ostrian farm council" in s for s in t["source"])
    assert any("according to" in c for c in t["cue"])


@needs_model
@pytest.mark.slow
@pytest.mark.parametrize("tagger", ["encoder", "crf", "ensemble"])
def test_dossier_extract_never_imports_torch(tmp_path, tagger):
    """The run-time path is onnxruntime + tokenizers (or the CRF): torch (the `train` extra) stays out."""
    src = tmp_path / "a.txt"
    src.write_text("Bridge opens\n\n“It is finished,” said Ivo Brant on Monday.\n", encoding="utf-8")
    code = ("import sys\n"
            "sys.argv = ['dossier', 'extract', '-q', '--tagger', sys.argv[3], '-o', sys.argv[1], sys.argv[2]]\n"
            "from dossier.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sys.modules.get('torch') is not None, 'onnxruntime' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "o.jsonl"), str(src), tagger],
                         capture_output=True, text=True, check=True)
    assert out.stdout.split()[-2:] == ["False", str(tagger != "crf")]  # onnxruntime only with the encoder
    assert "It is finished" in (tmp_path / "o.jsonl").read_text(encoding="utf-8")


@needs_model
@pytest.mark.slow
def test_training_windows_keep_each_word_with_its_gold_label(tmp_path):
    from test_train_attribution import ARTICLES, write_corpus

    from dossier.nlp.attribution.train import first_annotations
    from dossier.nlp.attribution.train_encoder import LABELS, examples, read_docs, transitions
    from dossier.nlp.encoder import Encoder

    write_corpus(tmp_path)
    anns = first_annotations(str(tmp_path))
    docs = read_docs(str(tmp_path), sorted(anns), anns)
    words, _, _, labels = docs[0]  # "… Kessel will stop in May, Mayor Ilse Varn said on Monday. …"
    at = words.index("Ilse")
    assert [LABELS[x] for x in labels[at - 1:at + 3]] == ["B-SOURCE", "I-SOURCE", "I-SOURCE", "B-CUE"]
    assert LABELS[labels[0]] == "B-CONTENT" and LABELS[labels[words.index("Kessel")]] == "I-CONTENT"
    windows_ = examples(docs, Encoder(MODEL_DIR / "tokenizer.json"))
    assert [w for ex in windows_ for w in ex[0]] == [w for d in docs for w in d[0]]  # nothing lost or doubled
    trans, start = transitions(docs)
    assert trans[LABELS.index("B-SOURCE")][LABELS.index("I-SOURCE")] > FORBIDDEN  # three sources of several words
    assert trans[LABELS.index("B-CUE")][LABELS.index("I-CUE")] == FORBIDDEN  # every cue here is one word
    assert trans[LABELS.index("O")][LABELS.index("I-SOURCE")] == FORBIDDEN
    assert start[LABELS.index("O")] and not start[LABELS.index("I-CUE")]
