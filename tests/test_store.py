"""The store on real databases (SQLite file and PostgreSQL), filled from code: idempotent batched ingest,
spans into the stored text, actors across articles, every search, the story index hook, migrations."""
from __future__ import annotations

from dataclasses import replace

import pytest
from storecorpus import corpus, db_url, envoy, festival, minister, pg_server  # noqa: F401 (fixtures)

from dossier.model import Analysis, Article, Entity
from dossier.store import StoreError, article_key, open_store
from dossier.store.db import parse_url


@pytest.fixture
def store(db_url):
    with open_store(db_url) as s:
        s.add(corpus(), batch_size=2, story_index=False)
        yield s


def test_adding_the_same_articles_again_changes_no_count(store):
    before = store.counts()
    assert before["articles"] == 3 and before["quotes"] == 5 and before["stances"] == 2
    again = store.add(corpus(), story_index=False)
    assert (again.added, again.skipped) == (0, 3)
    assert store.counts() == before


def test_an_article_is_one_record_by_url_else_by_its_normalised_text(store):
    moved = envoy()
    by_url = replace(moved, article=replace(moved.article, id="other", url="HTTPS://HARBOR.example/k1#comments",
                                            text=moved.article.text + " Updated."))
    m = minister()  # no URL: same text with other whitespace and id is the same article
    by_text = replace(m, article=replace(m.article, id="copy", text=m.article.text.replace(" ", "  ")))
    fresh = replace(m, article=replace(m.article, id="k2", text=m.article.text + " More."))
    result = store.add([by_url, by_text, fresh, fresh], story_index=False)
    assert (result.added, result.skipped) == (1, 3)
    assert result.added_ids[0].startswith("k2~")  # the id k2 was taken: the new article gets its own
    assert store.counts()["articles"] == 4
    assert article_key(by_url.article) == article_key(envoy().article)


def test_every_span_points_into_the_stored_text(store):
    for art_id in ("k1", "k2", "k3"):
        art = store.article(art_id)
        text = art["text"]
        assert art["quotes"]
        for q in art["quotes"]:
            s, e = q["span"]
            assert text[s:e] == q["text"]
            assert text[q["cue"][0]:q["cue"][1]] == "said"
        for ent in art["entities"]:
            for s, e in ent["mentions"]:
                assert text[s:e] in ent["name"]
        for st in art["stances"]:
            assert text[st["span"][0]:st["span"][1]] == st["text"]
    dates = store.article("k1")["dates"]
    assert [(d["value"], store.article("k1")["text"][d["span"][0]:d["span"][1]]) for d in dates] == [
        ("2019-02-25", "Monday")]
    assert store.article("missing") is None


def test_a_bare_surname_in_a_later_article_joins_the_stored_person(store):
    kostova = {q["actor"] for q in store.search_quotes(speaker="Kostova")}
    assert len(kostova) == 1
    card = store.actor(kostova.pop())
    assert card["name"] == "Mira Kostova" and card["type"] == "PERSON"
    assert sorted(card["aliases"]) == ["Kostova", "Mira Kostova"]
    assert card["quotes"] and len(card["quotes"]) == 3 and card["articles"][0]["id"] == "k2"
    ostrand = [a for a in store.actors() if a["name"] == "Ostrand"]
    assert len(ostrand) == 1 and ostrand[0]["articles"] == 2
    assert store.actor("999") is None and store.actor("not-an-id") is None


def test_quote_search_by_speaker_words_outlet_dates_and_actor(store):
    def texts(**kw):
        return sorted(q["text"] for q in store.search_quotes(**kw))

    assert texts(speaker="kostova") == ['"Velmora will not bow to pressure,"', "the sanctions would fail",
                                        "the talks were premature"]
    assert texts(q="sanction") == ['"Sanctions stay until the border reopens,"', "the sanctions would fail"]
    assert texts(q='"border reopens"') == ['"Sanctions stay until the border reopens,"']
    assert texts(q='"reopens border"') == []
    assert texts(q="sanctions", outlet="Harbor Post") == ["the sanctions would fail"]
    assert texts(since="2019-03-01", until="2019-03-31") == ['"Sanctions stay until the border reopens,"',
                                                             "the talks were premature"]
    assert texts(speaker="Brant", since="2019-04-01") == []
    assert texts(speaker="%") == [] and texts(speaker="_") == [] and texts(q="%") == []  # no wildcards
    assert texts(speaker="Kost") == texts(speaker="Mira Kostova") == texts(speaker="kostova")  # a prefix; aliases
    assert texts(speaker="ivo bra") == texts(speaker="Brant") == ['"Sanctions stay until the border reopens,"']
    assert texts(speaker="Mira Brant") == []
    vell = store.search_quotes(speaker="Vell")[0]
    assert vell["role"] == "Organiser" and vell["kind"] == "direct" and vell["outlet"] == "Harbor Post"
    assert texts(actor=vell["actor"]) == ['"the weather was kind to us."']
    newest_first = [q["published"] for q in store.search_quotes()]
    assert newest_first == sorted(newest_first, reverse=True)


def test_full_text_search_is_ranked_and_stemmed(store):
    hits = store.search_text("festival crowds")
    assert [h["article"] for h in hits] == ["k3"]
    assert "festival" in hits[0]["snippet"] and hits[0]["title"] == "Record crowds at Lindau festival"
    hits = store.search_text("sanction")
    assert {h["article"] for h in hits} == {"k1", "k2"}
    assert [h["rank"] for h in hits] == sorted((h["rank"] for h in hits), reverse=True)
    assert store.search_text("velmora pressure")[0]["article"] == "k1"
    assert store.search_text("") == [] and store.search_text("zeppelin") == []
    assert store.search_text('"; DROP TABLE articles; --') == []
    assert store.counts()["articles"] == 3


def test_stances_by_actor_name_or_id(store):
    wants = store.stances(actor="kostova")
    assert [(s["actor"], s["attitude"], s["text"]) for s in wants] == [("Mira Kostova", "wants", "talks with Ostrand")]
    by_id = store.stances(actor=wants[0]["actor_id"])
    assert by_id == wants
    assert {s["attitude"] for s in store.stances()} == {"wants", "opposes"}


def test_threads_articles_and_attention(store):
    threads = {t["id"]: t for t in store.threads()}
    assert threads["ev1"]["events"] == [{"id": "ev1", "title": "Velmora envoy defies sanctions",
                                         "first_published": "2019-02-25", "articles": ["k1", "k2"]}]
    assert [a["id"] for a in store.articles(story="ev1")] == ["k2", "k1"]
    assert [a["id"] for a in store.articles(limit=1, offset=1)] == ["k2"]
    kostova = store.search_quotes(speaker="Mira")[0]["actor"]
    assert store.attention(actor=kostova) == [{"day": "2019-02-25", "articles": 1, "quotes": 2},
                                              {"day": "2019-03-02", "articles": 1, "quotes": 1}]
    assert sum(d["articles"] for d in store.attention()) == 3


class CountingIndex:
    """A stand-in for ``dossier.stories.StoryIndex``: articles of one outlet form one event; the state
    counts the articles seen, so a reopened store shows whether the state was carried over."""

    def __init__(self, seen=None):
        self.seen = dict(seen or {})

    @classmethod
    def from_state(cls, state):
        return cls(state["seen"])

    def state(self):
        return {"seen": self.seen}

    def add(self, analysis):
        outlet = analysis.article.outlet
        self.seen[outlet] = self.seen.get(outlet, 0) + 1
        from types import SimpleNamespace

        return SimpleNamespace(story=f"{outlet}/event", thread="all", duplicate_of=None)


def test_the_story_index_state_is_kept_so_later_ingests_continue_it(db_url):
    with open_store(db_url) as s:
        s.add([envoy(), minister()], story_index=CountingIndex)
    with open_store(db_url) as s:  # a later run: the index continues from the stored state
        s.add([festival(), envoy()], story_index=CountingIndex)
        assert s.counts()["story_state"] == 1
        assert [a["story"] for a in s.articles(thread="all")] == ["Harbor Post/event", "Ostrand Times/event",
                                                                  "Harbor Post/event"]
        threads = s.threads()
        assert [(t["id"], [e["id"] for e in t["events"]]) for t in threads] == [
            ("all", ["Harbor Post/event", "Ostrand Times/event"])]
        with s.engine.connect() as conn:
            from sqlalchemy import select

            from dossier.store.schema import story_state
            assert conn.scalar(select(story_state.c.state))["seen"] == {"Harbor Post": 2, "Ostrand Times": 1}


def test_a_failing_batch_leaves_the_committed_ones_and_a_rerun_completes(db_url):
    def failing():
        yield from corpus()[:2]
        yield festival()
        raise RuntimeError("killed")

    with open_store(db_url) as s:
        with pytest.raises(RuntimeError):
            s.add(failing(), batch_size=2, story_index=False)
        assert s.counts()["articles"] == 2  # the first batch; the half-read second one left nothing
        assert s.counts()["quotes"] == 4
        result = s.add(corpus(), batch_size=2, story_index=False)
        assert (result.added, result.skipped) == (1, 2)
        assert s.counts()["articles"] == 3 and s.counts()["quotes"] == 5


def test_read_only_stores_refuse_writes_and_missing_stores(db_url, tmp_path):
    with open_store(db_url) as s:
        s.add([festival()], story_index=False)
    with open_store(db_url, readonly=True) as ro:
        assert ro.counts()["articles"] == 1
        with pytest.raises(StoreError):
            ro.add([envoy()])
    with pytest.raises(StoreError, match="no store"):
        open_store(f"sqlite:///{tmp_path / 'none.db'}", readonly=True)


def test_the_migrated_schema_is_the_declared_one(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from dossier.store.schema import metadata
    from dossier.store.search import include_name

    with open_store(db_url) as s, s.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_name": include_name}), metadata)
    assert diff == []


def test_urls():
    assert parse_url(None).database == "dossier.db"
    assert parse_url("corpus/news.db").get_backend_name() == "sqlite"
    assert parse_url("postgres://u@h/db").drivername == "postgresql+psycopg"
    with pytest.raises(StoreError, match="unsupported"):
        parse_url("mysql://u@h/db")
    with pytest.raises(StoreError):
        open_store("sqlite://")


def test_snippets_start_a_little_before_the_first_query_word():
    from dossier.store.search import snippet

    body = ("One two three four five six seven eight. The sanctioned bank said nothing about it at all, "
            "and more words followed to fill the line.")
    assert snippet(body, ["sanctions"]) == ("…six seven eight. The sanctioned bank said nothing about it at all, "
                                            "and more words followed…")
    assert snippet(body, ["zeppelin"], 5) == "One two three four five…"
    assert snippet("", ["word"]) == ""
    assert snippet("Sanctions hurt.", ["sanction"]) == "Sanctions hurt."


def test_public_names():
    import dossier.store

    assert dossier.store.__all__ == ["DEFAULT_URL", "IngestSummary", "Store", "StoreError", "article_key",
                                     "open_store"]


def test_a_son_with_a_generational_suffix_is_a_stored_person_of_his_own(db_url):
    text = "Tomas Vell Jr. opened a second stall at the Lindau festival."
    art = Article("k9", "k9.txt", text, title="A second stall", outlet="Harbor Post", published="2019-05-11",
                  body=((0, len(text)),))
    son = Analysis(art, (Entity("E1", "Tomas Vell Jr.", "PERSON", ((0, 14),)),))
    with open_store(db_url) as s:
        s.add([festival(), son], batch_size=1, story_index=False)
        names = sorted(a["name"] for a in s.actors() if a["type"] == "PERSON")
    assert names == ["Tomas Vell", "Tomas Vell Jr."]
