"""Attribution (PolNeAR sense): who said, believed or intended what.

Stages: ``cues`` (quotation marks, speech verbs), ``features`` and ``tagger`` (the sequence tagger of
source / cue / content), ``rules`` (parse-based repairs), ``speakers`` and ``roles`` (who the source is),
``extract`` (assembles ``Attribution`` records), ``train`` (``python -m dossier.nlp.attribution.train DIR``).
"""
from .extract import content_kind, find_attributions, split_attributions
from .speakers import NameBook, person_names

__all__ = ["NameBook", "content_kind", "find_attributions", "person_names", "split_attributions"]
