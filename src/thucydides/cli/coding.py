"""`thucydides code`: articles in, events and statements out, nothing stored."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..ingest.read import InputError, read_text, read_units, text_id
from ..records import Article
from .common import coder_options, output, settings_from, warn


def _articles(args: argparse.Namespace) -> list[Article]:
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


def cmd_code(args: argparse.Namespace) -> int:
    from ..coder import Coder
    from ..output import Table, unit_line, write_jsonl_events

    if args.input:
        units = list(read_units(args.input))
        coder = Coder(settings_from(args))
        with output(args.output) as out:
            for coded in coder.code_many(units):
                out.write(unit_line(coded) + "\n")
        return 0
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
    p.add_argument("--date", help="publication date, YYYY-MM-DD")
    p.add_argument("--format", choices=("table", "jsonl", "json"), default="table")
    p.add_argument("--input", help="JSON Lines of {id, text, date} units (batch mode)")
    p.add_argument("--output", help="where batch mode writes one line per unit")
    coder_options(p)
    p.add_argument("--colour", "--color", choices=("auto", "always", "never"), default="auto")
    p.set_defaults(run=cmd_code)
