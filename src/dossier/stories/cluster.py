"""Events and storylines, one article at a time: the online story index.

``StoryIndex.add(features)`` places one article and returns its ``Assignment``:

- ``duplicate_of``: the original it copies (``dedup.DuplicateFinder``, MinHash LSH); a copy joins
  its original's event whatever its words say.
- ``story`` (an *event*: the same news, any outlet, days apart): the article joins the open event
  whose members it is most similar to, or starts one. Similarity is the cosine of TF-IDF vectors (hashed
  terms, IDF kept online over every article seen) plus ``ACTOR_WEIGHT`` times the cosine of the actor
  vectors (entity names nlp found, IDF-weighted too), less ``DAY_PENALTY`` per day away from the
  event's nearest member; only events within ``EVENT_SPAN`` days are candidates (single-pass
  clustering with a date gate, as in TDT's online detection, Allan et al. 1998).
- ``thread`` (a *storyline*: events that continue one another over months): a new event joins the
  most similar storyline active within ``THREAD_SPAN`` days when text and actors both agree enough,
  else starts one. An article that joins an event takes its event's storyline.

No article is re-clustered later, so a store can persist ``state()`` (JSON) after a daily run and
``StoryIndex.from_state`` it the next day. Events idle for longer than the span, and storylines idle
for longer than theirs, are closed: their term vectors leave the state. Thresholds were tuned on
two thirds of the BASIL events (bench/stories_tune.py) and checked on the rest.
"""
from __future__ import annotations

import base64
import hashlib
import math
import zlib
from dataclasses import dataclass, field

import numpy as np

from ..model import Analysis
from .dedup import DuplicateFinder
from .features import N_FEATURES, Features, features_of

EVENT_SPAN = 5  # days: an event's articles lie within this many days of one another (a working week)
EVENT_THRESHOLD = 0.30  # combined similarity an article needs to join an event
UNDATED_MARGIN = 0.30  # an undated article must be this much surer: without a date, a long-running topic
# (North Korea, Brexit) would chain into one "event"
ACTOR_WEIGHT = 0.5
DAY_PENALTY = 0.03  # per day between the article and the event's nearest member
THREAD_SPAN = 400  # days a storyline waits for its next event
THREAD_THRESHOLD = 0.20  # text cosine between a new event's first article and a storyline
THREAD_ACTORS = 0.30  # ... and actor cosine
MAX_TERMS = 400  # terms kept per article vector and per centroid (the heaviest)
MAX_ACTORS = 60  # actors kept per centroid
THREAD_LOOKUP_ACTORS = 5  # a new event looks for storylines through its this many most telling actors


@dataclass(frozen=True)
class Assignment:
    story: str
    thread: str
    duplicate_of: str | None = None


@dataclass
class _Group:
    """An event or a storyline: a centroid (sums of member vectors) and its days.

    The centroid's terms are two parallel arrays, ``ids`` (hashed term ids, int32, sorted) and
    ``weights`` (float32): about 8 bytes a term against ~90 in a dict, so the index holds ~3 KB per
    centroid of ``MAX_TERMS`` terms and memory stays near flat over a long run (issue 12). Arrays are
    never changed in place, so a new event and its new storyline share their first member's arrays."""

    id: str
    first: int | None
    last: int | None
    ids: np.ndarray = field(default_factory=lambda: _NO_IDS)
    weights: np.ndarray = field(default_factory=lambda: _NO_WEIGHTS)
    actors: dict[str, float] = field(default_factory=dict)
    size: int = 0
    days: list[int] = field(default_factory=list)
    thread: str | None = None  # events only
    norm_at: tuple[int, float] = (-1, 0.0)  # (index size when computed, IDF-weighted norm of terms)
    actor_norm_at: tuple[int, float] = (-1, 0.0)  # the same for the actors

    def absorb(self, terms: tuple[np.ndarray, np.ndarray], actors: dict[str, float], day: int | None):
        """Add one member's (ids, weights) term vector and actor vector."""
        self.ids, self.weights = _top_terms(*_sparse_sum((self.ids, self.weights), terms), 2 * MAX_TERMS, MAX_TERMS)
        for a, v in actors.items():
            self.actors[a] = self.actors.get(a, 0.0) + v
        if len(self.actors) > 2 * MAX_ACTORS:
            self.actors = _top(self.actors, MAX_ACTORS)
        self.size += 1
        self.norm_at = self.actor_norm_at = (-1, 0.0)
        if day is not None:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)
            if day not in self.days:
                self.days.append(day)

    def to_json(self) -> dict:
        return {"id": self.id, "first": self.first, "last": self.last, "size": self.size, "days": self.days,
                "thread": self.thread,
                "terms": {str(k): round(v, 5) for k, v in zip(self.ids.tolist(), self.weights.tolist())},
                "actors": {k: round(v, 5) for k, v in self.actors.items()}}

    @classmethod
    def from_json(cls, d: dict) -> "_Group":
        ids, weights = _arrays({int(k): v for k, v in d["terms"].items()})
        return cls(d["id"], d["first"], d["last"], ids, weights, dict(d["actors"]), d["size"], list(d["days"]),
                   d.get("thread"))


_NO_IDS = np.zeros(0, dtype=np.int32)
_NO_WEIGHTS = np.zeros(0, dtype=np.float32)


def _arrays(vec: dict[int, float]) -> tuple[np.ndarray, np.ndarray]:
    """A term dict as (sorted int32 ids, float32 weights)."""
    ids = np.fromiter(vec.keys(), dtype=np.int32, count=len(vec))
    weights = np.fromiter(vec.values(), dtype=np.float32, count=len(vec))
    order = np.argsort(ids)
    return ids[order], weights[order]


def _sparse_sum(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The sum of two (sorted ids, weights) vectors, as new arrays (``b`` itself when ``a`` is empty)."""
    if not len(a[0]):
        return b
    ids = np.union1d(a[0], b[0])
    weights = np.zeros(len(ids), dtype=np.float32)
    weights[np.searchsorted(ids, a[0])] += a[1]
    weights[np.searchsorted(ids, b[0])] += b[1]
    return ids, weights


def _top_terms(ids: np.ndarray, weights: np.ndarray, over: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` heaviest terms once there are more than ``over`` (ids stay sorted)."""
    if len(ids) <= over:
        return ids, weights
    keep = np.sort(np.argsort(-weights, kind="stable")[:k])
    return ids[keep], weights[keep]


def _top(vec: dict, k: int) -> dict:
    if len(vec) <= k:
        return vec
    return dict(sorted(vec.items(), key=lambda kv: -kv[1])[:k])


def _unit(vec: dict) -> dict:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {k: v / norm for k, v in vec.items()} if norm else {}


def _add_once(items: list, item) -> None:
    if item not in items:
        items.append(item)


def _short_id(prefix: str, key: str) -> str:
    return f"{prefix}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


class StoryIndex:
    """Online events (``story``), storylines (``thread``) and near-duplicates over a growing corpus.

    ``add(features | analysis) -> Assignment``; ``annotate(analysis) -> Analysis`` with the three fields
    set; ``state()`` -> JSON-ready dict; ``StoryIndex.from_state(d)``. Not thread-safe: one writer.
    """

    def __init__(self):
        self.docs = 0
        self.df = np.zeros(N_FEATURES, dtype=np.int32)  # document frequency of hashed terms
        self.actor_df: dict[str, int] = {}
        self.events: dict[str, _Group] = {}
        self.threads: dict[str, _Group] = {}
        self.event_of: dict[str, str] = {}  # article id -> event id
        self.latest: int | None = None  # the latest day seen: undated articles are placed near it
        self.dups = DuplicateFinder()
        self._event_days: dict[int | None, set[str]] = {}  # day (None: undated) -> events with a member that day
        self._thread_actors: dict[str, list[str]] = {}  # actor -> storylines naming it (a list: most name one)

    def _index(self, event: _Group, day: int | None, actors) -> None:
        self._event_days.setdefault(day, set()).add(event.id)
        for a in actors:
            _add_once(self._thread_actors.setdefault(a, []), event.thread)

    # ------------------------------------------------------------ placing one article
    def annotate(self, a: Analysis) -> Analysis:
        from dataclasses import replace

        got = self.add(a)
        return replace(a, story=got.story, thread=got.thread, duplicate_of=got.duplicate_of)

    def add(self, item: Features | Analysis) -> Assignment:
        f = item if isinstance(item, Features) else features_of(item)
        if f.id in self.event_of:  # the same article again (a re-run): same answer, nothing counted twice
            ev = self.events[self.event_of[f.id]]
            return Assignment(ev.id, ev.thread, self.dups.original.get(f.id))
        self.docs += 1
        terms = _top(f.terms, MAX_TERMS)
        if terms:
            self.df[np.fromiter(terms.keys(), dtype=np.int64)] += 1
        for a in f.actors:
            self.actor_df[a] = self.actor_df.get(a, 0) + 1
        if f.day is not None:
            self.latest = f.day if self.latest is None else max(self.latest, f.day)
        original = self.dups.add(f.id, f.shingles)
        vec = _arrays(_unit({t: 1.0 + math.log(c) for t, c in terms.items()}))
        acts = _unit({a: 1.0 + math.log(c) for a, c in f.actors.items()})
        event = self.events.get(self.event_of.get(original, "")) if original else None
        if event is None:
            event = self._best_event(vec, acts, f.day)
        if event is None:
            event = _Group(_short_id("ev", f.id), f.day, f.day)
            event.thread = self._thread_for(f.id, vec, acts, f.day).id
            self.events[event.id] = event
        event.absorb(vec, acts, f.day)
        self.threads[event.thread].absorb(vec, acts, f.day)
        self.event_of[f.id] = event.id
        self._index(event, f.day, acts)
        return Assignment(event.id, event.thread, original)

    def _idf(self, ids: np.ndarray) -> np.ndarray:
        return np.log((self.docs + 1) / (self.df[ids] + 1)) + 1.0

    def _actor_idf(self, a: str) -> float:
        return math.log((self.docs + 1) / (self.actor_df.get(a, 0) + 1)) + 1.0

    def similarity(self, vec: tuple[np.ndarray, np.ndarray], acts: dict, group: _Group,
                   norms: tuple[float, float] | None = None) -> tuple[float, float]:
        """(text cosine, actor cosine) of an article's vectors (terms as (ids, weights) arrays, actors as a
        dict) and a group's centroid, both IDF-weighted."""
        norms = norms or (self._norm(*vec), self._actor_norm(acts))
        return self._cos(vec, group, norms[0]), self._actor_cos(acts, group, norms[1])

    def _norm(self, ids: np.ndarray, weights: np.ndarray) -> float:
        return float(np.linalg.norm(weights.astype(np.float64) * self._idf(ids)))

    def _group_norm(self, g: _Group) -> float:
        """The centroid's IDF-weighted norm, recomputed when the group changed or the index grew by 10 %."""
        at, norm = g.norm_at
        if at < 0 or self.docs > at * 1.1 + 1:
            norm = self._norm(g.ids, g.weights)
            g.norm_at = (self.docs, norm)
        return norm

    def _cos(self, a: tuple[np.ndarray, np.ndarray], b: _Group, a_norm: float) -> float:
        shared, ia, ib = np.intersect1d(a[0], b.ids, assume_unique=True, return_indices=True)
        if not len(shared) or not a_norm:
            return 0.0
        dot = float(np.dot(a[1][ia].astype(np.float64) * b.weights[ib], self._idf(shared) ** 2))
        norm = self._group_norm(b)
        return dot / (a_norm * norm) if norm else 0.0

    def _actor_norm(self, vec: dict) -> float:
        return math.sqrt(sum((v * self._actor_idf(x)) ** 2 for x, v in vec.items()))

    def _actor_cos(self, a: dict, b: _Group, a_norm: float) -> float:
        shared = [x for x in a if x in b.actors]
        if not shared or not a_norm:
            return 0.0
        at, norm = b.actor_norm_at
        if at < 0 or self.docs > at * 1.1 + 1:
            norm = self._actor_norm(b.actors)
            b.actor_norm_at = (self.docs, norm)
        dot = sum(a[x] * b.actors[x] * self._actor_idf(x) ** 2 for x in shared)
        return dot / (a_norm * norm) if norm else 0.0

    def _in_span(self, g: _Group, day: int | None, span: int) -> bool:
        if day is None or g.first is None:
            return day is None and (g.first is None or (self.latest is not None and g.last >= self.latest - span))
        return max(g.last, day) - min(g.first, day) <= span

    def _event_candidates(self, day: int | None) -> set[str]:
        """Events with a member within ``EVENT_SPAN`` days (undated articles: undated events and the latest days)."""
        ref = day if day is not None else self.latest
        ids = set(self._event_days.get(None, ())) if day is None else set()
        if ref is not None:
            for d in range(ref - EVENT_SPAN, ref + EVENT_SPAN + 1):
                ids |= self._event_days.get(d, set())
        return ids

    def _best_event(self, vec: tuple[np.ndarray, np.ndarray], acts: dict, day: int | None) -> _Group | None:
        need = EVENT_THRESHOLD + (UNDATED_MARGIN if day is None else 0.0)
        best, best_score = None, need
        norm = (self._norm(*vec), self._actor_norm(acts))
        for eid in sorted(self._event_candidates(day)):
            ev = self.events[eid]
            if not self._in_span(ev, day, EVENT_SPAN):
                continue
            text, actors = self.similarity(vec, acts, ev, norm)
            gap = min((abs(day - d) for d in ev.days), default=0) if day is not None else 0
            score = text + ACTOR_WEIGHT * actors - DAY_PENALTY * gap
            if score >= best_score:
                best, best_score = ev, score
        return best

    def _thread_for(self, article_id: str, vec: tuple[np.ndarray, np.ndarray], acts: dict, day: int | None) -> _Group:
        """The storyline a new event continues: one naming an actor of it (``THREAD_ACTORS`` needs one)."""
        best, best_score = None, 0.0
        norm = (self._norm(*vec), self._actor_norm(acts))
        telling = sorted(acts, key=lambda a: -acts[a] * self._actor_idf(a))[:THREAD_LOOKUP_ACTORS]
        ids = set().union(*(self._thread_actors.get(a, ()) for a in telling))
        for tid in sorted(ids):
            th = self.threads[tid]
            if not self._in_span(th, day, THREAD_SPAN):
                continue
            text, actors = self.similarity(vec, acts, th, norm)
            if text >= THREAD_THRESHOLD and actors >= THREAD_ACTORS and text + actors > best_score:
                best, best_score = th, text + actors
        if best is None:
            best = _Group(_short_id("th", article_id), day, day)
            self.threads[best.id] = best
        return best

    # ------------------------------------------------------------ persistence
    def close_idle(self) -> None:
        """Drop the vectors of events and storylines no new article can join any more (beyond their span
        from the latest day); their ids stay known so re-added articles get the same answer."""
        if self.latest is None:
            return
        for groups, span in ((self.events, EVENT_SPAN), (self.threads, THREAD_SPAN)):
            for g in groups.values():
                if g.last is not None and g.last < self.latest - 2 * span:
                    g.ids, g.weights, g.actors = _NO_IDS, _NO_WEIGHTS, {}

    def state(self) -> dict:
        """Everything needed to go on tomorrow, as JSON-ready data (the df table zlib'd and base64'd)."""
        self.close_idle()
        return {"version": 1, "docs": self.docs, "latest": self.latest,
                "df": base64.b64encode(zlib.compress(self.df.tobytes())).decode("ascii"),
                "actor_df": self.actor_df, "event_of": self.event_of,
                "events": [g.to_json() for g in self.events.values()],
                "threads": [g.to_json() for g in self.threads.values()],
                "duplicates": self.dups.state()}

    @classmethod
    def from_state(cls, d: dict) -> "StoryIndex":
        if d.get("version") != 1:
            raise ValueError(f"unknown story index state version {d.get('version')!r}")
        ix = cls()
        ix.docs, ix.latest = d["docs"], d["latest"]
        ix.df = np.frombuffer(zlib.decompress(base64.b64decode(d["df"])), dtype=np.int32).copy()
        ix.actor_df = dict(d["actor_df"])
        ix.event_of = dict(d["event_of"])
        ix.events = {g["id"]: _Group.from_json(g) for g in d["events"]}
        ix.threads = {g["id"]: _Group.from_json(g) for g in d["threads"]}
        ix.dups = DuplicateFinder.from_state(d["duplicates"])
        for ev in ix.events.values():
            for day in ev.days or [None]:
                ix._event_days.setdefault(day, set()).add(ev.id)
        for th in ix.threads.values():
            for a in th.actors:
                _add_once(ix._thread_actors.setdefault(a, []), th.id)
        return ix
