"""The read-only web app over the corpus store: ``create_app(store)`` and ``serve(...)`` (``dossier serve``)."""
from __future__ import annotations

from .app import create_app
from .serve import serve

__all__ = ["create_app", "serve"]
