"""Stories across outlets on our fictional corpus (no spaCy): copies, events, storylines, compare, summary."""
from __future__ import annotations

import json
import re

import pytest
from stories_corpus import CROSSING_WIRE, COPY_BOILERPLATE, article, corpus

from dossier.report.brief import build_brief, real_speaker
from dossier.stories import StoryIndex, features_of
from dossier.stories.features import content_words
from dossier.stories.sentences import split_spans
from dossier.stories.threads import assign, storylines


def by_id(analyses):
    return {a.article.id: a for a in analyses}


# ---------------------------------------------------------------- near-duplicates
def test_a_syndicated_copy_with_an_edited_headline_and_added_boilerplate_is_linked_to_its_original():
    ix = StoryIndex()
    original = article("wire", CROSSING_WIRE, "Meridian Wire", "2026-03-02", "Velmora, Kestovia agree to reopen Varnik crossing")
    copy = article("copy", "BORDER DEAL: crossing to reopen\n\n" + CROSSING_WIRE + COPY_BOILERPLATE, "Eastgate Review",
                   "2026-03-04", "Border deal: Varnik crossing reopens", body_from=0)
    assert ix.add(original).duplicate_of is None
    got = ix.add(copy)
    assert got.duplicate_of == "wire"
    assert got.story == ix.add(original).story  # a copy joins its original's event


def test_other_outlets_reporting_the_same_event_in_their_own_words_are_not_copies():
    out = {a.article.id: a for a in assign(corpus())}
    copies = {k: a.duplicate_of for k, a in out.items() if a.duplicate_of}
    assert copies == {"eastgate-copy": "wire-crossing"}


def test_a_copy_of_a_copy_points_at_the_first_original():
    ix = StoryIndex()
    ix.add(article("a", CROSSING_WIRE, "Meridian Wire", "2026-03-02", "t"))
    ix.add(article("b", CROSSING_WIRE + COPY_BOILERPLATE, "Eastgate Review", "2026-03-02", "t"))
    assert ix.add(article("c", CROSSING_WIRE + "\n\nMore at the Ledger.", "Ledger", "2026-03-03", "t")).duplicate_of == "a"


# ---------------------------------------------------------------- events and storylines
def test_events_gather_outlets_days_apart_and_storylines_gather_events_around_the_same_actors():
    out = by_id(assign(corpus()))
    story = {k: a.story for k, a in out.items()}
    thread = {k: a.thread for k, a in out.items()}
    crossing = {"wire-crossing", "ledger-crossing", "courier-crossing", "eastgate-copy"}
    assert len({story[k] for k in crossing}) == 1
    assert story["courier-treaty"] == story["ledger-treaty"] != story["wire-crossing"]
    assert story["courier-fire"] == story["ledger-fire"] != story["wire-crossing"]
    assert thread["courier-treaty"] == thread["wire-crossing"]  # the treaty continues the crossing deal
    assert thread["courier-fire"] != thread["wire-crossing"]  # same city, same days: another storyline
    assert len(set(story.values())) == 3 and len(set(thread.values())) == 2


def test_the_state_is_json_and_a_restored_index_goes_on_as_if_never_stopped():
    items = corpus()
    whole = StoryIndex()
    expected = [whole.add(a) for a in items]
    first = StoryIndex()
    got = [first.add(a) for a in items[:4]]
    restored = StoryIndex.from_state(json.loads(json.dumps(first.state())))
    got += [restored.add(a) for a in items[4:]]
    assert got == expected
    assert restored.add(items[0]) == expected[0]  # an article seen before keeps its answer


def test_features_keep_no_text_and_no_doc():
    f = features_of(corpus()[0])
    assert f.day is not None and "velmora" in f.actors and f.terms and len(f.shingles) > 30
    assert not any(isinstance(v, str) and len(v) > 200 for v in vars(f).values())


def test_the_index_keeps_a_few_kilobytes_per_article_however_many_it_has_seen():
    """Issue 12 (flat memory): each article leaves its centroid terms, actors and MinHash bands in the
    index. 400 distinct articles of 400 terms each, every one its own event and storyline (the worst case:
    nothing merges), must cost under 20 KB each; term dicts cost ~58 KB (measured on AllSides)."""
    import tracemalloc

    import numpy as np

    from dossier.stories.features import Features

    rng = np.random.default_rng(7)
    made = [Features(f"a{k}", "outlet", None, 740000 + 30 * k,
                     {int(t): 1.0 for t in rng.choice(1 << 20, 450, replace=False)},
                     {f"actor {k} {j}": 1 for j in range(8)}, rng.integers(0, 1 << 32, 300, dtype=np.uint32))
            for k in range(400)]
    index = StoryIndex()
    for f in made[:50]:
        index.add(f)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for f in made[50:]:
        index.add(f)
    grown = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert len(index.events) == 400
    assert grown / 350 < 20_000, grown / 350


# ---------------------------------------------------------------- compare and summary
CITE_SUPPORT = 0.6  # share of an item's content words that must appear in the characters it cites


def cited_words(item, texts) -> set[str]:
    words = set()
    for c in item["cites"]:
        s, e = c["span"]
        words |= set(content_words(texts[c["article"]][s:e]))
    return words


def all_items(threads):
    for t in threads:
        for key in ("summary", "agree", "differ", "timeline"):
            yield from ((key, x) for x in t[key])
        for e in t["events"]:
            for key in ("summary", "agree", "unique", "differ"):
                yield from ((key, x) for x in e[key])


def assert_items_are_backed(threads, texts):
    n = 0
    for key, x in all_items(threads):
        words = [w for w in content_words(x["text"]) if re.search(r"[a-z]", w)]
        if not words:
            continue
        backed = cited_words(x, texts)
        share = sum(w in backed for w in words) / len(words)
        assert share >= CITE_SUPPORT, (key, x["text"], share)
        n += 1
    return n


@pytest.fixture(scope="module")
def sections():
    analyses = assign(corpus())
    return storylines(analyses), {a.article.id: a.article.text for a in analyses}


def test_every_summary_agree_unique_and_differ_item_says_what_its_cited_characters_say(sections):
    threads, texts = sections
    assert assert_items_are_backed(threads, texts) >= 15


def test_agree_cites_every_outlet_that_states_the_claim_and_unique_only_one(sections):
    threads, _ = sections
    crossing = next(t for t in threads if len(t["events"]) == 2)["events"][0]
    chaired = next(x for x in crossing["agree"] if "chaired" in x["text"])
    assert {c["article"] for c in chaired["cites"]} == {"wire-crossing", "ledger-crossing", "courier-crossing"}
    assert all(len(x["cites"]) == 1 for x in crossing["unique"])
    assert any("Truck drivers" in x["text"] for x in crossing["unique"])
    assert not any("Truck drivers" in x["text"] for x in crossing["agree"])


def test_outlets_giving_different_numbers_for_one_fact_differ(sections):
    threads, texts = sections
    crossing = next(t for t in threads if len(t["events"]) == 2)["events"][0]
    numbers = [x for x in crossing["differ"] if x.get("kind") == "number"]
    assert len(numbers) == 1
    cited = [texts[c["article"]][c["span"][0]:c["span"][1]] for c in numbers[0]["cites"]]
    assert any("12 people" in c for c in cited) and any("14 people" in c for c in cited)


def test_summaries_are_in_time_order_and_read_a_repeated_lede_once(sections):
    threads, _ = sections
    crossing = next(t for t in threads if len(t["events"]) == 2)
    event = crossing["events"][0]
    assert "eastgate-copy" not in event["articles"] and event["copies"] == {"wire-crossing": ["eastgate-copy"]}
    ledes = [x for x in event["summary"] if "reopen the Varnik border crossing" in x["text"]]
    assert len(ledes) == 1 and len(ledes[0]["cites"]) >= 2  # one sentence, citing each outlet that leads with it
    days = [x["cites"][0]["article"] for x in crossing["summary"]]
    assert days.index("courier-treaty") > max(i for i, a in enumerate(days) if a.endswith("crossing"))


def test_the_brief_shows_a_wire_copy_once_with_also_in():
    brief = build_brief(corpus())
    event = brief["threads"][0]["events"][0]
    wire = next(s for s in event["sources"] if s["id"] == "wire-crossing")
    assert wire["also_in"] == ["Eastgate Review"]
    assert "eastgate-copy" not in [s["id"] for s in event["sources"]]
    assert {r["id"] for r in brief["articles"]} >= {"eastgate-copy", "wire-crossing"}
    records = {r["id"]: r for r in brief["articles"]}
    assert records["eastgate-copy"]["duplicate_of"] == "wire-crossing"
    assert records["eastgate-copy"]["story"] == records["wire-crossing"]["story"] is not None
    quotes = [q for g in brief["quotes"] for q in g["quotes"]]
    assert [q["cite"]["article"] for q in quotes] == ["wire-crossing"]  # the copy's quote is not read twice
    for t in brief["threads"]:  # JSON shape: every item is {"text", "cites": [{"article", "span"}]}
        for _, x in all_items([t]):
            assert set(x) >= {"text", "cites"} and all(set(c) >= {"article", "span"} for c in x["cites"])


# ---------------------------------------------------------------- speakers and sentences
@pytest.mark.parametrize("name,entity,ok", [
    ("Tomas Reyk", "E1", True), ("analysts", None, True), ("Western diplomats", None, True),
    ("he", None, False), ("It", "E3", False), ("that", None, False), ("Teams", None, False),
    ("percent", None, False), ("President", None, False), (None, None, False), ("Dozens", None, False),
    ("some Liberals", None, True), ("some of them", None, False),  # part of a people, no longer its entity
])
def test_only_real_speakers_get_a_heading(name, entity, ok):
    assert real_speaker(name, entity) is ok


def test_sentences_split_at_ends_not_at_abbreviations():
    t = "Mr. Reyk met U.S. envoys on Jan. 5 in Linnholm. He said “We are ready.” The talks ended. J. Moll agreed."
    assert [t[s:e] for s, e in split_spans(t, 0, len(t))] == [
        "Mr. Reyk met U.S. envoys on Jan. 5 in Linnholm.", "He said “We are ready.”", "The talks ended.", "J. Moll agreed."]


def test_a_lede_the_page_repeats_is_read_once_in_quotes_and_timeline():
    from dossier.model import Analysis, Article, Attribution, Event, Speaker

    lede = "Petra Halden said on March 2 that the dam would release more water in August."
    text = f"{lede}\n\n{lede}\n\nThe talks go on."
    first, second = (0, len(lede)), (len(lede) + 2, 2 * len(lede) + 2)
    said = lambda s: Attribution((s[0] + 23, s[1] - 1), (s[0] + 13, s[0] + 17),
                                 Speaker("E1", "Petra Halden", (s[0], s[0] + 12)), "indirect")
    dated = lambda s: Event(s, "2026-03-02", (s[0] + 21, s[0] + 28))
    art = Article("halden", "corpus/halden.txt", text, "Halden on the dam", "The Harbor Courier", "2026-03-02",
                  body=(first, second, (2 * len(lede) + 4, len(text))))
    brief = build_brief([Analysis(art, attributions=(said(first), said(second)), events=(dated(first), dated(second)))])
    assert [len(g["quotes"]) for g in brief["quotes"]] == [1]
    assert len(brief["timeline"]) == 1 and len(brief["timeline"][0]["cites"]) == 1


def test_the_same_quote_given_to_two_different_people_differs_and_a_pronoun_never_counts():
    from dossier.model import Attribution, Entity, Speaker
    from dossier.stories.compare import speaker_differences
    from dossier.stories.pool import build_pool

    quote = "“The river belongs to the farmers who depend on it,”"

    def told(id, outlet, who, mention_text):
        text = f"{quote} {mention_text} said on Monday in Linnholm.\n\nThe talks ended without a deal on the water."
        m = text.index(mention_text)
        a = article(id, text, outlet, "2026-03-02", "Talks end")
        ent = Entity("P1", who, "PERSON", ((m, m + len(mention_text)),))
        q = Attribution((0, len(quote)), (m + len(mention_text) + 1, m + len(mention_text) + 5),
                        Speaker("P1", who, (m, m + len(mention_text))), "direct")
        return type(a)(a.article, a.entities + (ent,), (q,))

    pool = build_pool([told("a", "The Harbor Courier", "Tomas Reyk", "Tomas Reyk"),
                       told("b", "The Northern Ledger", "Petra Halden", "Petra Halden"),
                       told("c", "Meridian Wire", "Tomas Reyk", "Mr. Reyk"),
                       told("d", "Eastgate Review", "Anders Moll", "He")])
    found = speaker_differences(pool)
    pairs = sorted(tuple(sorted(c["article"] for c in x["cites"])) for x in found)
    assert pairs == [("a", "b"), ("b", "c")]  # "He" is no name; Reyk and Mr. Reyk are one person


def test_a_contract_record_reads_back_into_the_same_analysis():
    from dossier.report.jsonl import from_record, to_record

    for a in assign(corpus()):
        record = json.loads(json.dumps(to_record(a)))
        assert to_record(from_record(record)) == record
        assert from_record(record).duplicate_of == a.duplicate_of and from_record(record).thread == a.thread


@pytest.mark.parametrize("text,ok", [
    ("Velmora and Kestovia agreed on Monday to reopen the Varnik crossing.", True),
    ("But the crossing will stay closed to travellers until the summer begins.", False),
    ("He said the crossing would reopen to trucks within thirty days.", False),
    ("Will the crossing reopen to trucks within thirty days of the deal?", False),
    ("The crossing reopens.", False),
])
def test_a_summary_sentence_must_stand_alone(text, ok):
    from dossier.stories.summarize import _eligible

    assert _eligible(text) is ok


# ---------------------------------------------------------------- agree: the same report, not the same names
ROCKET_GAZETTE = """Velmora fired a long-range rocket into the Orsk Sea on Saturday, its fourth launch this spring.

Foreign Minister Tomas Reyk said on Sunday that Velmora's neighbours would answer the rocket launch with the strongest measures they could find.

Fishing boats near the Orsk coast were ordered back to harbour for two days.

Kestovia's navy tracked the rocket for eleven minutes before it fell into open water."""

ROCKET_HERALD = """A Velmoran rocket flew over the Orsk Sea on Saturday and came down far from any ship, officials in Arlenz said.

The rocket launch was the fourth since Tomas Reyk became Kestovia's foreign minister in March, promising quiet talks with Velmora.

Kestovia's navy followed the rocket for eleven minutes until it dropped into open water.

Grain prices in Arlenz rose slightly on Monday as traders weighed the risk to shipping lanes."""


def rocket_pool():
    from dossier.stories.pool import build_pool

    return build_pool([article("gazette-rocket", ROCKET_GAZETTE, "The Orsk Gazette", "2026-04-12", "Velmora fires rocket"),
                       article("herald-rocket", ROCKET_HERALD, "Arlenz Herald", "2026-04-12", "Rocket over the Orsk Sea")])


def test_two_sentences_that_share_names_but_report_different_things_do_not_agree():
    from dossier.stories.compare import align

    pool = rocket_pool()
    texts = [" / ".join(sorted(pool.sentences[i].text for i in c)) for c in align(pool)]
    assert not any("Reyk said" in t and "Reyk became" in t for t in texts), texts  # a warning, an appointment
    assert any("tracked the rocket" in t and "followed the rocket" in t for t in texts), texts  # one fact, two wordings


def test_what_two_sentences_report_is_their_words_less_the_names_they_share():
    from dossier.stories.compare import reported_share
    from dossier.stories.pool import name_words

    assert name_words("Foreign Minister Tomas Reyk said Velmora's navy would answer.") == {
        "minister", "tomas", "reyk", "velmora"}  # the first word and lower-case words are no names
    assert name_words("The navy answered the Navy of Kestovia.") == {"kestovia"}  # written both ways: not only a name
    pool = rocket_pool()
    said, became = (next(i for i, s in enumerate(pool.sentences) if words in s.text) for words in ("Reyk said", "Reyk became"))
    assert reported_share(pool, said, became) < 0.25


# ---------------------------------------------------------------- page furniture is not the story's prose
@pytest.mark.parametrize("text", [
    "Hide Caption 4 of 38 Photos: Floods in Linnholm Rescue crews row past the flooded market hall on Tuesday.",
    "Photos: Floods in Linnholm Photos: Floods in Linnholm A boy wades through the water near the old bridge.",
    "Image copyright Arlenz Press Image caption Petra Halden visited the dam before the vote in parliament",
    "Media playback is unsupported on your device Media caption Dock workers block the ferry ramp in Linnholm",
    "Tomas Reyk (L) shakes hands with Petra Halden after the signing ceremony in Arlenz on March 20.",
    "FILE PHOTO: Ferries wait in the harbour of Linnholm during the strike of dock workers, March 2, 2026.",
    "FILE PHOTO - Dock workers march through Linnholm on the first day of their strike, March 2, 2026.",
    "Cover image: Petra Halden speaks to reporters outside the parliament in Arlenz on Friday, March 20, 2026.",
    "The crossing opens at dawn and I will be there to see it. — Maren Alsvik (@maren_alsvik) March 3, 2026",
])
def test_captions_credits_and_embedded_posts_are_not_summary_sentences(text):
    from dossier.stories.sentences import sentences

    body = "Velmora and Kestovia agreed on Monday to reopen the Varnik border crossing after three years."
    a = article("furniture", f"{body}\n\n{text}", "Meridian Wire", "2026-03-02", "Crossing to reopen")
    assert [s.text for s in sentences(a)] == [body]


def test_a_link_box_run_into_a_sentence_is_cut_from_its_words_but_not_from_its_cite():
    from dossier.stories.sentences import sentences

    text = ("Foreign Minister Tomas Reyk Tomas Aleksander ReykHarbor strike enters third week Dam talks stall "
            "again MORE said on Monday that the crossing would reopen within thirty days.")
    a = article("boxed", text, "Meridian Wire", "2026-03-02", "Crossing to reopen")
    (s,) = sentences(a)
    assert s.text == "Foreign Minister Tomas Reyk said on Monday that the crossing would reopen within thirty days."
    assert s.span == (0, len(text))


CREDIT_GAZETTE = """Petra Halden said on Friday that Tomas Reyk deserved the credit for bringing Kestovia back to the border talks after two years.

Ferry crews in Linnholm stayed in port for a third day as the strike over night shifts went on.

Kestovia's navy escorted four grain ships through the Orsk Sea on Thursday without any trouble.

Anders Moll, who left a prison in Ostrand in early May after nine years, stood beside Tomas Reyk at the talks."""

CREDIT_HERALD = """Tomas Reyk gave the credit for bringing Kestovia back to the border talks to Anders Moll, his old rival.

Bakers in Arlenz raised the price of rye bread for the second time this winter.

Four grain ships crossed the Orsk Sea on Thursday under escort from Kestovia's navy.

He walked out of a prison in Ostrand in early May after nine years, Petra Halden recalled."""


def test_two_sentences_each_naming_a_person_the_other_does_not_do_not_agree():
    """Analyst's read of briefs (timeline20): "X said Y deserved the credit for …" and "Y gave the credit for …
    to Z" were shown as agreeing; one fact told of other people stays one claim."""
    from dossier.stories.compare import align, apart_people
    from dossier.stories.pool import build_pool

    pool = build_pool([article("gazette-credit", CREDIT_GAZETTE, "The Orsk Gazette", "2026-04-12", "Talks resume"),
                       article("herald-credit", CREDIT_HERALD, "Arlenz Herald", "2026-04-12", "Reyk thanks Moll")])
    texts = [" / ".join(sorted(pool.sentences[i].text for i in c)) for c in align(pool)]
    assert not any("deserved the credit" in t and "gave the credit" in t for t in texts), texts
    assert any("escorted four grain ships" in t and "under escort" in t for t in texts), texts
    said, gave = (next(i for i, s in enumerate(pool.sentences) if words in s.text) for words in ("deserved", "gave"))
    assert apart_people(pool, said, gave)
    moll, he = (next(i for i, s in enumerate(pool.sentences) if words in s.text) for words in ("left a prison", "walked out"))
    assert not apart_people(pool, moll, he)  # "He" may be the other's Moll
