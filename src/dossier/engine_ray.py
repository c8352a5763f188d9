"""The Ray engine (``--engine ray``): the same per-article function on Ray actors, on this machine or a
cluster. Imported only when asked for; Ray is the optional extra ``pip install 'dossier[ray]'``.

Each actor is one long-lived worker process: the model is loaded once, on its first item, and kept (the
same ``lru_cache`` that the inline run uses). Items go round-robin to the actors with at most
``IN_FLIGHT_PER_WORKER`` per actor in flight, and results come back in input order.
"""
from __future__ import annotations

import itertools
from typing import Callable, Iterable, Iterator, TypeVar

from .engine import IN_FLIGHT_PER_WORKER, windowed
from .errors import MissingExtra

T = TypeVar("T")
R = TypeVar("R")

EXTRA_HINT = "the Ray engine needs the 'ray' extra: pip install 'dossier[ray]'"


def import_ray():
    """The ``ray`` module, or MissingExtra naming the extra to install."""
    try:
        import ray
    except ImportError as exc:
        raise MissingExtra(EXTRA_HINT) from exc
    return ray


class _Worker:
    """One Ray actor: runs ``fn(item)``; whatever ``fn`` caches (the spaCy model) stays for the next."""

    def run(self, fn, item):
        return fn(item)


class RayEngine:
    """Runs ``fn`` on ``jobs`` Ray actors (default: every CPU Ray sees), results in input order.

    ``address``: None starts (or reuses) a local Ray instance with ``jobs`` CPUs; ``"auto"`` joins the
    cluster this machine belongs to (``ray start --head`` on it first); ``"ray://host:10001"`` a remote
    one. A Ray instance this engine started is shut down by :meth:`close`; one it joined is left running."""

    def __init__(self, jobs: int | None = None, address: str | None = None):
        self.ray = import_ray()
        self._started = False
        if not self.ray.is_initialized():
            kwargs = {"address": address} if address else {"num_cpus": jobs, "include_dashboard": False}
            self.ray.init(log_to_driver=False, **kwargs)
            self._started = address is None
        self.jobs = jobs or max(1, int(self.ray.cluster_resources().get("CPU", 1)))
        actor = self.ray.remote(num_cpus=1)(_Worker)
        self._actors = [actor.remote() for _ in range(self.jobs)]

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        fn_ref = self.ray.put(fn)
        turn = itertools.count()

        def submit(item):
            return self._actors[next(turn) % len(self._actors)].run.remote(fn_ref, item)

        return windowed(submit, self.ray.get, items, IN_FLIGHT_PER_WORKER * self.jobs)

    def close(self) -> None:
        for a in self._actors:
            self.ray.kill(a)
        self._actors = []
        if self._started:
            self.ray.shutdown()
            self._started = False

    def __repr__(self) -> str:
        return f"RayEngine(jobs={self.jobs})"
