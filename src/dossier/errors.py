"""One error tree, so the CLI can turn any of them into a clean message and an exit code."""


class DossierError(Exception):
    """Base of every error dossier raises on purpose."""


class InputError(DossierError):
    """One input file (or record) could not be read; the run goes on without it."""


class ModelNotFound(DossierError):
    """No spaCy English model is installed."""


class MissingExtra(DossierError):
    """An optional feature was asked for and its extra is not installed (the message names the extra)."""
