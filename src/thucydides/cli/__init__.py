"""The command line: it parses options and wires the stages together, nothing more.

Each module here adds its subcommands with `add(sub)`; COMMANDS lists them in the order
`thucydides --help` shows them.
"""

from __future__ import annotations

import argparse
import sys

from .. import __version__
from ..errors import UserError
from . import analysis, cameo, coding, discovery, serve, spark, store

COMMANDS = (coding, store, spark, analysis, discovery, cameo, serve)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="thucydides", description=(
        "News text in, political event data out: who did what to whom, when, where."))
    parser.add_argument("--version", action="version", version=f"thucydides {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in COMMANDS:
        module.add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        return _run(argv)
    except KeyboardInterrupt:
        print("thucydides: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _run(argv: list[str] | None) -> int:
    try:  # an option's own check ("--date March 16") is a UserError too
        args = build_parser().parse_args(argv)
        return args.run(args)
    except UserError as exc:
        print(f"thucydides: error: {exc}", file=sys.stderr)
        return 2
