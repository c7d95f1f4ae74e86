"""`thucydides code`: articles in, events and statements out, nothing stored."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..ingest.read import InputError, read_batch, read_text, read_units, text_id
from ..records import Article, CodedArticle
from .common import coder_options, output, publication_day, settings_from, warn


def _articles(args: argparse.Namespace) -> list[Article]:
    articles: list[Article] = []
    for source in args.files:
        if source.endswith(".jsonl"):
            articles.extend(read_units(source, default_date=args.date))
            continue
        text = read_text(source)
        for message in text.warnings:
            warn(message)
        article_id = Path(source).stem if source != "-" else text_id(text.text)
        articles.append(Article(id=article_id, text=text.text, date=args.date))
    return articles


def _code_batch(args: argparse.Namespace, coder, unit_line) -> int:
    """One output line for each unit, in order. A line that is no unit, or a unit the coder
    fails on, gets an empty result with its error and a warning, and the run goes on
    (--strict: the run stops there, exit 1)."""
    units = read_batch(args.input)
    try:
        with output(args.output) as out:
            for chunk in _chunks(units, coder.settings.batch_size):
                coded = iter(coder.code_many(u for u in chunk if isinstance(u, Article)))
                for unit in chunk:
                    done = next(coded) if isinstance(unit, Article) else \
                        CodedArticle(Article(unit.id, ""), error=unit.reason)
                    if done.error is not None and args.strict:
                        raise _Stopped(done)  # leaves no half-written output
                    if done.error is not None:
                        warn(f"{done.article.id or 'a unit'}: {done.error}")
                    out.write(unit_line(done) + "\n")
    except _Stopped as stop:
        print(f"thucydides: error: {stop.coded.article.id or 'a unit'}: {stop.coded.error}",
              file=sys.stderr)
        return 1
    return 0


class _Stopped(Exception):
    def __init__(self, coded: CodedArticle):
        super().__init__(coded.error)
        self.coded = coded


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
    articles = _articles(args)
    coder = Coder(settings_from(args))
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


def add(sub) -> None:
    p = sub.add_parser("code", help="code articles into events and statements")
    p.add_argument("files", nargs="*", help="text files to code; '-' reads standard input")
    p.add_argument("--date", type=publication_day, help="publication date, YYYY-MM-DD")
    p.add_argument("--format", choices=("table", "jsonl", "json"), default="table")
    p.add_argument("--input", help="JSON Lines of {id, text, date} units (batch mode)")
    p.add_argument("--output", help="where batch mode writes one line per unit")
    p.add_argument("--strict", action="store_true",
                   help="batch mode: stop at the first unit that cannot be read or coded "
                        "(exit 1) instead of writing its error and going on")
    coder_options(p)
    p.add_argument("--colour", "--color", choices=("auto", "always", "never"), default="auto")
    p.set_defaults(run=cmd_code)
