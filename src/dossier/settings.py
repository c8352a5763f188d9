"""One Settings object, validated once and passed down (never mutated)."""
from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


TAGGERS = ("crf", "encoder", "ensemble")


@dataclass(frozen=True)
class Settings:
    spacy_model: str = "en_core_web_sm"
    max_bytes: int = DEFAULT_MAX_BYTES  # inputs larger than this are refused, not truncated
    batch_size: int = 16
    use_model: bool = True  # the trained attribution tagger; rules alone when False
    tagger: str = "crf"  # "encoder" (fine-tuned MiniLM on onnxruntime) or "ensemble" (both); falls back to the CRF
    # Quotes a reader can use only: a named source, a positive speech or belief cue, content (issue 9).
    # False keeps every attribution PolNeAR annotates (unnamed "some", "I", negated cues): what eval reads.
    reportable_only: bool = True

    def __post_init__(self):
        if self.max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        if self.batch_size <= 0:
            raise ValueError("batch_size must be positive")
        if self.tagger not in TAGGERS:
            raise ValueError(f"tagger must be one of {', '.join(TAGGERS)}")
