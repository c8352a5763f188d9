"""Store test helpers: a small corpus built from model dataclasses (our own fictional sentences, no spaCy,
so every span is known), and the database URLs the store tests run on (SQLite file, PostgreSQL).

PostgreSQL: a throw-away server (``pg_server.Server``) or ``$DOSSIER_TEST_PG_URL``; when neither works the
tests skip with the reason, except in CI (``CI`` set) where they fail.
"""
from __future__ import annotations

import os

import pytest

from dossier.model import Analysis, Article, Attribution, Entity, Speaker, Stance, Timex


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _person(eid: str, name: str, text: str, *forms: tuple[str, int]) -> Entity:
    return Entity(eid, name, "PERSON", tuple(at(text, f, n) for f, n in forms))


def envoy() -> Analysis:
    text = ('Mira Kostova, the Velmoran envoy, said the sanctions would fail. '
            '"Velmora will not bow to pressure," Kostova said on Monday. Kostova wants talks with Ostrand.')
    art = Article("k1", "k1.txt", text, title="Velmora envoy defies sanctions", outlet="Harbor Post",
                  published="2019-02-25", url="https://harbor.example/k1", body=((0, len(text)),))
    kostova = _person("E1", "Mira Kostova", text, ("Mira Kostova", 0), ("Kostova", 1), ("Kostova", 2))
    velmora = Entity("E2", "Velmora", "GPE", (at(text, "Velmora", 1),))
    ostrand = Entity("E3", "Ostrand", "GPE", (at(text, "Ostrand"),))
    quotes = (Attribution(at(text, "the sanctions would fail"), at(text, "said"),
                          Speaker("E1", "Mira Kostova", at(text, "Mira Kostova"), "Velmoran envoy"), "indirect"),
              Attribution(at(text, '"Velmora will not bow to pressure,"'), at(text, "said", 1),
                          Speaker("E1", "Mira Kostova", at(text, "Kostova", 1), "Velmoran envoy"), "direct"))
    stance = Stance("Mira Kostova", "wants", at(text, "talks with Ostrand"),
                    at(text, "Kostova wants talks with Ostrand."), "E1")
    return Analysis(art, (kostova, velmora, ostrand), quotes, (stance,),
                    (Timex(at(text, "Monday"), "DATE", "2019-02-25"),), story="ev1")


def minister() -> Analysis:
    text = ("Ostrand's foreign minister Ivo Brant rejected the offer. "
            '"Sanctions stay until the border reopens," Brant said. Kostova said the talks were premature.')
    art = Article("k2", "k2.txt", text, title="Ostrand rejects the offer", outlet="Ostrand Times",
                  published="2019-03-02", body=((0, len(text)),))
    brant = _person("E1", "Ivo Brant", text, ("Ivo Brant", 0), ("Brant", 1))
    kostova = _person("E2", "Kostova", text, ("Kostova", 0))  # a bare surname: joins Mira Kostova of k1
    ostrand = Entity("E3", "Ostrand", "GPE", (at(text, "Ostrand"),))
    quotes = (Attribution(at(text, '"Sanctions stay until the border reopens,"'), at(text, "said"),
                          Speaker("E1", "Ivo Brant", at(text, "Brant", 1), "foreign minister"), "direct"),
              Attribution(at(text, "the talks were premature"), at(text, "said", 1),
                          Speaker("E2", "Kostova", at(text, "Kostova"), None), "indirect"))
    stance = Stance("Ivo Brant", "opposes", at(text, "the offer"), at(text, "Ivo Brant rejected the offer."), "E1")
    return Analysis(art, (brant, kostova, ostrand), quotes, (stance,), story="ev1")


def festival() -> Analysis:
    text = 'The harvest festival in Lindau drew record crowds. Organiser Tomas Vell said "the weather was kind to us."'
    art = Article("k3", "k3.txt", text, title="Record crowds at Lindau festival", outlet="Harbor Post",
                  published="2019-05-10", url="https://harbor.example/k3", body=((0, len(text)),))
    vell = _person("E1", "Tomas Vell", text, ("Tomas Vell", 0))
    quote = Attribution(at(text, '"the weather was kind to us."'), at(text, "said"),
                        Speaker("E1", "Tomas Vell", at(text, "Tomas Vell"), "Organiser"), "direct")
    return Analysis(art, (vell,), (quote,), story="ev2")


def corpus() -> list[Analysis]:
    return [envoy(), minister(), festival()]


@pytest.fixture(scope="session")
def pg_server():
    from pg_server import NoServer, Server

    try:
        server = Server()
    except NoServer as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI: PostgreSQL is required: {exc}")
        pytest.skip(f"no PostgreSQL server (set DOSSIER_TEST_PG_URL or install postgresql): {exc}")
    yield server
    server.stop()


def pg_database(request) -> str:
    from pg_server import NoServer

    server = request.getfixturevalue("pg_server")
    try:
        return server.create_database()
    except NoServer as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI: PostgreSQL is required: {exc}")
        pytest.skip(f"no PostgreSQL server to test on: {exc}")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """A fresh, empty database on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return pg_database(request)
