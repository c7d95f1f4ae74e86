"""`thucydides code`: articles in, events and statements out, nothing stored."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator

from ..errors import InputError
from ..ingest.files import Reader, batch
from ..ingest.formats import Found, ReadOptions
from ..records import Article, CodedArticle
from .common import coder_options, output, publication_day, settings_from, warn


def _read(args: argparse.Namespace) -> list[Found]:
    """The articles of the files named, read as `ingest` reads them (so they get the ids
    the store gives them); a file or line that is no article is the user's error."""
    articles: list[Found] = []
    for item in Reader(args.files, ReadOptions(date=args.date)):
        if not isinstance(item, Found):
            raise InputError(str(item))
        for message in item.warnings:
            warn(f"{item.where}: {message}")
        articles.append(item)
    return articles


def unit_id(item) -> str | None:
    """What a line of output names its unit by: the id the input gave, else the article's."""
    return item.given_id or (item.article.id if isinstance(item, Found) else None)


def _code_batch(args: argparse.Namespace, coder, unit_line) -> int:
    """One output line for each unit, in order. A line that is no unit, or a unit the coder
    fails on, gets an empty result with its error and a warning, and the run goes on
    (--strict: the run stops there, exit 1)."""
    units = batch(args.input, ReadOptions(date=args.date))
    try:
        with output(args.output) as out:
            for chunk in _chunks(units, coder.settings.batch_size):
                coded = iter(coder.code_many(u.article for u in chunk if isinstance(u, Found)))
                for unit in chunk:
                    done = next(coded) if isinstance(unit, Found) else \
                        CodedArticle(Article("", ""), error=str(unit))
                    if done.error is not None and args.strict:
                        raise _Stopped(unit_id(unit), done)  # leaves no half-written output
                    if done.error is not None:
                        warn(f"{unit_id(unit) or 'a unit'}: {done.error}")
                    out.write(unit_line(done, unit_id(unit)) + "\n")
    except _Stopped as stop:
        print(f"thucydides: error: {stop.unit or 'a unit'}: {stop.coded.error}",
              file=sys.stderr)
        return 1
    return 0


class _Stopped(Exception):
    def __init__(self, unit: str | None, coded: CodedArticle):
        super().__init__(coded.error)
        self.unit, self.coded = unit, coded


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def cmd_code(args: argparse.Namespace) -> int:
    from ..coder import Coder
    from ..output import Table, unit_line, write_jsonl_events

    if args.input:
        return _code_batch(args, Coder(settings_from(args)), unit_line)
    if not args.files:
        raise InputError("nothing to code: give a file, '-' for standard input, or --input")
    found = _read(args)
    coder = Coder(settings_from(args))
    coded = list(coder.code_many(f.article for f in found))
    for f, c in zip(found, coded, strict=True):
        for message in c.warnings:
            warn(f"{unit_id(f)}: {message}")
    out = sys.stdout
    if args.format == "jsonl":
        write_jsonl_events(coded, out)
    elif args.format == "json":
        json.dump([json.loads(unit_line(c, unit_id(f))) for f, c in zip(found, coded, strict=True)],
                  out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        colour = args.colour == "always" or (args.colour == "auto" and out.isatty())
        table = Table(out, colour)
        for c in coded:
            table.write(c)
    return 0


def add(sub) -> None:
    p = sub.add_parser("code", help="code articles into events and statements")
    p.add_argument("files", nargs="*", help="files or folders to code, in any format `ingest` "
                                            "reads; '-' reads standard input")
    p.add_argument("--date", type=publication_day,
                   help="publication date, YYYY-MM-DD, of the articles that give none")
    p.add_argument("--format", choices=("table", "jsonl", "json"), default="table")
    p.add_argument("--input", help="JSON Lines of {id, text, date} units (batch mode)")
    p.add_argument("--output", help="where batch mode writes one line per unit")
    p.add_argument("--strict", action="store_true",
                   help="batch mode: stop at the first unit that cannot be read or coded "
                        "(exit 1) instead of writing its error and going on")
    coder_options(p)
    p.add_argument("--colour", "--color", choices=("auto", "always", "never"), default="auto")
    p.set_defaults(run=cmd_code)
