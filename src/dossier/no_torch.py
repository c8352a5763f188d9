"""Keep torch out of a run-time process.

thinc (spaCy's backend) imports torch whenever it is installed (the `train` extra brings it), which
costs seconds of start-up and memory for nothing: dossier runs its encoder on onnxruntime. ``block()``
puts a finder first on ``sys.meta_path`` that refuses ``torch`` (ImportError, which thinc catches), so
it must run before spaCy is imported. Unlike a ``None`` entry in ``sys.modules``, it leaves no trace
that libraries probing ``sys.modules["torch"]`` (scipy's array API helpers) would trip on.
"""
from __future__ import annotations

import importlib.abc
import sys


class _NoTorch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "torch" or name.startswith("torch."):
            raise ModuleNotFoundError("torch is not used at run time (dossier.no_torch)", name=name)
        return None


def block() -> None:
    """Refuse ``import torch`` from now on in this process (no-op when torch is already imported)."""
    if "torch" not in sys.modules and not any(isinstance(f, _NoTorch) for f in sys.meta_path):
        sys.meta_path.insert(0, _NoTorch())
