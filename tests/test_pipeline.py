"""The one spaCy pass: paragraph breaks are sentence breaks, and every span maps back to the article."""
from pathlib import Path

from dossier.ingest.read import from_text
from dossier.nlp.pipeline import analyze


def test_blank_line_starts_a_sentence(nlp):
    doc = nlp("Old ties with Veskor\n\nMinister Lind said the talks would resume.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["Old ties with Veskor", "Minister Lind said the talks would resume."]


def test_single_newline_inside_a_paragraph_is_not_a_break(nlp):
    doc = nlp("The minister said the talks\nwould resume in May.")
    assert len(list(doc.sents)) == 1


def test_analysis_spans_point_into_the_original_text(nlp):
    text = ("Share this story\n\nNorvania and Veskor resume talks\n\n"
            "Petra Lind, the foreign minister of Norvania, said on Monday that the talks would resume.\n"
            "Advertisement\n")
    art = from_text(Path("lind.txt"), text, {"published": "2024-05-06"})
    (result,) = list(analyze([art], nlp=nlp))
    names = {e.name: e for e in result.entities}
    assert "Petra Lind" in names
    for s, e in names["Petra Lind"].mentions:
        assert text[s:e] == "Petra Lind"
    for t in result.timexes:
        assert text[slice(*t.span)] in ("Monday",)


def test_a_bare_surname_takes_the_full_name_of_a_later_article_in_the_batch(nlp):
    first = from_text(Path("a.txt"), "“We will not sign the treaty,” President Lind said on Monday.\n", {})
    second = from_text(Path("b.txt"), "Greta Lind, the president of Vestland, met farmers in Kessel.\n", {})
    alone, = list(analyze([first], nlp=nlp))
    together = list(analyze([first, second], nlp=nlp))
    assert [a.speaker.name for a in alone.attributions] == ["Lind"]
    assert [a.speaker.name for a in together[0].attributions] == ["Greta Lind"]


def test_a_batch_leaves_no_new_words_in_the_vocabulary_and_its_analysis_keeps_them(nlp):
    text = ("Quorvale and Brastinne signed the Zelkovar accord.\n\n"
            "Ysolde Varkenheim, the Quorvale envoy, said the Zelkovar accord would hold.")
    art = from_text(Path("accord.txt"), text, {"published": "2024-05-06"})
    list(analyze([art], nlp=nlp))  # the first pass may load lookups that stay
    before = len(nlp.vocab.strings)
    (result,) = list(analyze([from_text(Path("again.txt"), text.replace("Zelkovar", "Thrennic"), {})], nlp=nlp))
    assert len(nlp.vocab.strings) == before
    assert "Thrennic" not in nlp.vocab.strings
    assert "Ysolde Varkenheim" in {e.name for e in result.entities}
    assert [q.speaker.name for q in result.attributions] == ["Ysolde Varkenheim"]

def _blas_threads_after_limit(env_extra: dict) -> str:
    """In a fresh process (the limit is process-wide): numpy's BLAS threads after limit_blas_threads()."""
    import os
    import subprocess
    import sys

    code = ("import numpy, threadpoolctl; from dossier.nlp.spacy_model import limit_blas_threads; "
            "done = limit_blas_threads(); "
            "print(done, sorted({p['num_threads'] for p in threadpoolctl.threadpool_info() if p['user_api'] == 'blas'}))")
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
    return subprocess.run([sys.executable, "-c", code], env={**env, **env_extra}, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_the_pipeline_gives_numpy_one_blas_thread_unless_the_user_set_one():
    assert _blas_threads_after_limit({}) == "True [1]"
    assert _blas_threads_after_limit({"OPENBLAS_NUM_THREADS": "2"}) == "False [2]"


def test_token_strings_are_the_tokens_own_strings_read_once_per_doc(nlp):
    from dossier.nlp.doctext import token_strings

    doc = nlp("Mayor Ilse Varn’s aides met in the Kremlin on Friday.\n\nThey left.")
    assert token_strings(doc, "ORTH") == [t.text for t in doc]
    assert token_strings(doc, "LOWER") == [t.lower_ for t in doc]
    assert token_strings(doc, "POS") == [t.pos_ for t in doc]
    assert token_strings(doc, "ORTH") is token_strings(doc, "ORTH")
    assert token_strings(nlp(""), "LOWER") == []


def test_token_heads_are_each_tokens_head_read_once_per_doc(nlp):
    from dossier.nlp.doctext import token_heads

    doc = nlp("Mayor Ilse Varn, who chairs the board, said the ferry would run. It did.")
    assert token_heads(doc) == [t.head.i for t in doc] and token_heads(doc) is token_heads(doc)
    assert sum(1 for i, h in enumerate(token_heads(doc)) if i == h) == 2  # one root per sentence
    assert token_heads(nlp("")) == []


def test_texts_are_parsed_in_order_in_runs_of_at_most_so_many_characters():
    from dossier.nlp.doctext import doc_text
    from dossier.nlp.pipeline import parse

    class Parsed:  # a Doc that must never rebuild its text: parse tells it the text it came from
        def __init__(self, source):
            self.source, self.user_data = source, {}

        @property
        def text(self):
            raise AssertionError("the text was rebuilt from the tokens")

    class Recorder:
        def __init__(self):
            self.runs = []

        def pipe(self, texts, batch_size):
            self.runs.append(list(texts))
            return [Parsed(t) for t in texts]

    nlp = Recorder()
    texts = ["aaaa", "bbb", "cccccccccccc", "dd", "e", "ffff"]
    docs = parse(nlp, texts, max_chars=8)
    assert [d.source for d in docs] == texts and [doc_text(d) for d in docs] == texts
    assert nlp.runs == [["aaaa", "bbb"], ["cccccccccccc"], ["dd", "e", "ffff"]]
    assert parse(Recorder(), []) == []


def test_after_the_model_loads_the_collector_leaves_it_alone_and_runs_less_often():
    import subprocess
    import sys

    code = ("import gc; before = gc.get_threshold(); from dossier.nlp.pipeline import build_nlp; build_nlp(); build_nlp(); "
            "print(before, gc.get_threshold(), gc.get_freeze_count() > 50_000)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "(700, 10, 10) (50000, 20, 100) True"


def test_a_role_naming_a_body_by_its_kind_is_named_after_the_gate_weighs_it(nlp):
    """Strict reads, roles21: "spokesman for the union" is shown as the union the article names, the quote
    shown or not as the confidence gate weighs the role as read."""
    text = ("Dock crews of the Ferry Workers Union walked out in Vell on Monday.\n\n"
            "“We will not sail until the fares come down,” said Tomas Rask, a spokesman for the union.\n")
    art = from_text(Path("rask.txt"), text, {"published": "2024-05-06"})
    (result,) = list(analyze([art], nlp=nlp))
    roles = {a.speaker.role for a in result.attributions + result.unreported if a.speaker.name == "Tomas Rask"}
    assert roles == {"spokesman for the Ferry Workers Union"}


# Strict reads: a content never runs over a junk line the cleaning left out of the view, even where the
# quotation is left open before it and reopened after it (the multi-paragraph convention).
JUNK_INSIDE = ("Kessel harbour will close for repairs\n\n"
               "\"The pier has cracked in three places, and the ferries can no longer dock at it safely,\" harbour "
               "master Oren Pask said on Monday.\n\n"
               "\"The council has known about the cracks for two years and has done nothing at all about them.\n\n"
               "Advertisement\n\n"
               "\"We will need a new pier before the winter storms come back to the coast.\"\n\n"
               "The council did not answer.\n")


def test_a_content_stops_at_a_junk_line_left_out(nlp):
    (result,) = list(analyze([from_text(Path("pier.txt"), JUNK_INSIDE, {"published": "2024-05-06"})], nlp=nlp))
    contents = [JUNK_INSIDE[slice(*q.content)] for q in (*result.attributions, *result.unreported)]
    assert not any("Advertisement" in c for c in contents), contents
    assert "\"The council has known about the cracks for two years and has done nothing at all about them." in contents
