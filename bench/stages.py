"""CPU time spent in each stage of `dossier extract`, measured by wrapping the stage functions (bench only).

A stage is a list of functions, found by module and attribute name; one that does not exist (yet) is
skipped, so a stage added later (the attribution encoder, story clustering) is reported as soon as its
module exists: ``("encoder", "dossier.nlp.encoder", "*")`` times every public function and method
defined in that module. Times are exclusive: a stage called inside another (the encoder inside
attribution, the clean view inside the parser's input) is charged to itself only, and "other" is the
rest of the run (the loop, span mapping, ids). Generator functions are timed on each ``next``.
The wrappers cost about a microsecond per call, far below the stages they time.
"""
from __future__ import annotations

import functools
import importlib
import inspect
import sys
import time
from collections import defaultdict
from typing import Callable

# (stage, module, attribute: "name", "Class.method" or "*" for everything public defined in the module)
STAGES: tuple[tuple[str, str, str], ...] = (
    ("read", "dossier.core", "read_inputs"),
    ("clean", "dossier.ingest.clean", "layout"),
    ("clean", "dossier.ingest.cleanview", "CleanView.of_article"),
    ("encoder", "dossier.nlp.encoder", "*"),
    ("tagger", "dossier.nlp.attribution.tagger", "tag_doc"),  # the attribution model: CRF features + crfsuite
    ("entities", "dossier.nlp.entities", "find_entities"),
    ("entities", "dossier.nlp.attribution", "person_names"),
    ("attribution", "dossier.nlp.attribution", "find_attributions"),
    ("attribution", "dossier.nlp.attribution", "split_attributions"),
    ("stances", "dossier.nlp.stances", "find_stances"),
    ("dates", "dossier.nlp.time.timex", "choose_anchor"),
    ("dates", "dossier.nlp.time.timex", "find_timexes"),
    ("events", "dossier.nlp.events", "find_events"),
    ("stories", "dossier.stories.dedup", "*"),
    ("stories", "dossier.stories.cluster", "*"),
    ("stories", "dossier.stories.compare", "*"),
    ("stories", "dossier.stories.summarize", "*"),
    ("write", "dossier.report.jsonl", "write_record"),
)
PARSE = "parse"  # nlp.pipe of the model build_nlp returns: every spaCy component


class StageClock:
    """Exclusive seconds per stage: a stack of open stages, each one's children subtracted from it."""

    def __init__(self):
        self.totals: dict[str, float] = defaultdict(float)
        self._stack: list[list] = []  # [stage, start, seconds spent in nested stages]

    def enter(self, stage: str) -> None:
        self._stack.append([stage, time.process_time(), 0.0])

    def leave(self) -> None:
        stage, start, nested = self._stack.pop()
        spent = time.process_time() - start
        self.totals[stage] += spent - nested
        if self._stack:
            self._stack[-1][2] += spent

    def wrap(self, fn: Callable, stage: str) -> Callable:
        """``fn`` timed as ``stage`` (each ``next`` of it, for a generator function)."""
        if inspect.isgeneratorfunction(fn):
            @functools.wraps(fn)
            def gen(*args, **kwargs):
                it = fn(*args, **kwargs)
                while True:
                    self.enter(stage)
                    try:
                        item = next(it)
                    except StopIteration:
                        return
                    finally:
                        self.leave()
                    yield item
            return gen

        @functools.wraps(fn)
        def call(*args, **kwargs):
            self.enter(stage)
            try:
                return fn(*args, **kwargs)
            finally:
                self.leave()
        return call


def _replace_everywhere(old, new) -> None:
    """Point every loaded dossier module's global that is ``old`` at ``new`` (``from x import f`` copies)."""
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] == "dossier" and module is not None:
            for attr, value in list(vars(module).items()):
                if value is old:
                    setattr(module, attr, new)


def _targets(module, attr: str):
    """(owner, name) pairs to wrap in ``module`` for ``attr``."""
    if attr != "*":
        owner_name, _, name = attr.rpartition(".")
        return [(getattr(module, owner_name) if owner_name else module, name)]
    out = []
    for name, value in vars(module).items():
        if name.startswith("_") or getattr(value, "__module__", None) != module.__name__:
            continue
        if inspect.isfunction(value):
            out.append((module, name))
        elif inspect.isclass(value):
            out += [(value, m) for m, f in vars(value).items()
                    if not m.startswith("_") and (inspect.isfunction(f) or isinstance(f, (classmethod, staticmethod)))]
    return out


def install(clock: StageClock, nlp=None) -> list[str]:
    """Wrap every stage function that exists (and ``nlp.pipe`` as the parse); returns the stages found."""
    found = []
    for stage, module_name, attr in STAGES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for owner, name in _targets(module, attr):
            raw = inspect.getattr_static(owner, name, None)
            if raw is None:
                continue
            if isinstance(raw, (classmethod, staticmethod)):
                setattr(owner, name, type(raw)(clock.wrap(raw.__func__, stage)))
            else:
                new = clock.wrap(raw, stage)
                setattr(owner, name, new)
                if inspect.ismodule(owner):
                    _replace_everywhere(raw, new)
            found.append(stage)
    if nlp is not None:
        nlp.pipe = clock.wrap(nlp.pipe, PARSE)
        found.append(PARSE)
    return list(dict.fromkeys(found))
