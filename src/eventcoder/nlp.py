"""Loading the spaCy pipeline, once per process, by the name in the options."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["load_pipeline"]


def load_pipeline(name: str) -> Language:
    """Load an installed spaCy pipeline by package name (``[nlp] spacy_model``).

    The pipeline must have a dependency parser and named entities: the actor resolver and the
    event coder read both.
    """
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed; install its package into this "
            "environment (make install does it for the default), or set [nlp] spacy_model"
        ) from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ConfigError(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}")
    return nlp
