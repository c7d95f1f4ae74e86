"""What codes a run: the coder's version, a hash of its dictionaries, the spaCy model."""

from __future__ import annotations

import hashlib
import importlib.metadata
from pathlib import Path

from .. import __version__
from ..ingest.files import shown
from ..settings import Settings
from ..store.db import RunInfo

PACKAGE = Path(__file__).resolve().parent.parent


def lexicon_files(settings: Settings) -> list[Path]:
    """The coder's packaged dictionaries and tables (the */data/* files but the exports'),
    then the user's."""
    packaged = sorted(p for p in PACKAGE.glob("*/data/*")
                      if p.is_file() and p.parent.parent.name != "export")
    return packaged + [Path(p) for p in (*settings.actor_files, *settings.trigger_files)]


def lexicon_hash(settings: Settings) -> str:
    digest = hashlib.sha1()
    for path in lexicon_files(settings):
        name = path.relative_to(PACKAGE) if path.is_relative_to(PACKAGE) else path
        digest.update(str(name).encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<unreadable>")
    return digest.hexdigest()[:16]


def model_version(model: str) -> str | None:
    try:
        return importlib.metadata.version(model)
    except importlib.metadata.PackageNotFoundError:
        return None


def run_info(settings: Settings, inputs: list[str], workers: int) -> RunInfo:
    return RunInfo(coder_version=__version__, lexicon_hash=lexicon_hash(settings),
                   model=settings.model, model_version=model_version(settings.model),
                   inputs=[shown(i) for i in inputs], workers=workers)
