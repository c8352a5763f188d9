"""Engines: where the per-article work runs. The work is the same function everywhere; only the engine
changes (DESIGN.md: "inline, in a local process pool, or on Ray").

An :class:`Engine` has two methods, ``map(fn, items) -> iterator of fn(item)`` (lazy, in input order, at
most a few items in flight, so memory does not grow with the input) and ``close()``. ``fn`` and the items
must pickle for the process and Ray engines (a module-level function or a ``functools.partial`` of one).

- :class:`LocalEngine`: inline, in this process.
- :class:`ProcessEngine`: a pool of ``jobs`` worker processes (``spawn``ed, so a progress-bar thread in
  this process is never forked); each worker loads the spaCy model once, on its first item, and keeps it.
- ``RayEngine`` (:mod:`dossier.engine_ray`, imported only when asked for): Ray actors on a local instance
  or a cluster (``address="auto"``); needs the extra ``pip install 'dossier[ray]'``.
"""
from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from multiprocessing import get_context
from typing import Callable, Iterable, Iterator, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")
H = TypeVar("H")  # a handle on work in flight (a Future, a Ray ObjectRef)

ENGINES = ("auto", "local", "process", "ray")
IN_FLIGHT_PER_WORKER = 2  # items submitted ahead per worker: enough to keep it busy, little memory


class Engine(Protocol):
    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """``fn(item)`` for every item, lazily, in input order."""
        ...

    def close(self) -> None:
        """Release workers (a no-op where there are none)."""
        ...


def default_jobs() -> int:
    """The cores this process may run on (its CPU affinity where the OS tells it, else ``os.cpu_count``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def windowed(submit: Callable[[T], H], result: Callable[[H], R], items: Iterable[T], window: int) -> Iterator[R]:
    """Results of ``submit``ted items in input order, with at most ``window`` of them in flight.

    Unlike ``Pool.imap`` (whose feeder thread drains the whole input at once), the input is read only as
    results are taken, so a 5,000-article file never sits in memory."""
    pending: deque[H] = deque()
    it = iter(items)
    for item in islice(it, window):
        pending.append(submit(item))
    while pending:
        head = pending.popleft()
        for item in islice(it, 1):
            pending.append(submit(item))
        yield result(head)


class LocalEngine:
    """Runs ``fn`` inline, in this process: the default for one core or a small input."""

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        return map(fn, items)

    def close(self) -> None:
        pass

    def __repr__(self) -> str:
        return "LocalEngine()"


class ProcessEngine:
    """Runs ``fn`` in ``jobs`` worker processes (default: :func:`default_jobs`), results in input order.

    The pool starts on the first ``map`` that has more than one item; a single item runs inline, since
    starting workers (each loading the model, about a second) would cost more than it saves. A worker
    error (an exception in ``fn``) is raised here, at that item's place in the output."""

    def __init__(self, jobs: int | None = None):
        if jobs is not None and jobs < 1:
            raise ValueError("jobs must be at least 1")
        self.jobs = jobs or default_jobs()
        self._pool: ProcessPoolExecutor | None = None

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        it = iter(items)
        head = list(islice(it, 2))
        if len(head) < 2:
            yield from map(fn, head)
            return
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=get_context("spawn"),
                                             initializer=_follow_parent, initargs=(os.getpid(),))
        pool = self._pool
        yield from windowed(lambda item: pool.submit(fn, item), lambda fut: fut.result(),
                            _chain(head, it), IN_FLIGHT_PER_WORKER * self.jobs)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __repr__(self) -> str:
        return f"ProcessEngine(jobs={self.jobs})"


def _follow_parent(parent: int) -> None:
    """Worker initializer: the worker ends once the process that started it is gone, so a killed run
    leaves no orphan workers holding its pipes and the model's memory (polled every half second)."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="dossier-follow-parent").start()


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


def make_engine(name: str = "auto", jobs: int | None = None, address: str | None = None) -> Engine:
    """The engine called ``name`` (one of :data:`ENGINES`).

    ``auto``: a :class:`ProcessEngine` when ``jobs`` (default: the cores) is above 1, else inline.
    ``address`` (Ray only): a cluster to join, ``"auto"`` for the one this machine belongs to; None starts
    a local Ray instance. Raises ValueError for an unknown name, a bad ``jobs``, or an ``address`` without
    ``ray``; :class:`dossier.errors.MissingExtra` when Ray is asked for and not installed."""
    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
    if jobs is not None and jobs < 1:
        raise ValueError("--jobs must be at least 1")
    if address is not None and name != "ray":
        raise ValueError("--address is for --engine ray")
    if name == "ray":
        from .engine_ray import RayEngine

        return RayEngine(jobs=jobs, address=address)
    if name == "local" or (name == "auto" and (jobs or default_jobs()) == 1):
        return LocalEngine()
    return ProcessEngine(jobs)
