"""dossier: turn news articles into an evidence-linked brief."""
__version__ = "0.1.0"
