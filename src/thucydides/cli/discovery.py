"""The dictionary loop: `actors --unresolved` (what the dictionaries missed, with suggested
codes, written as an overlay with --write), `triggers --unmatched`, and `recode`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..dates import parse_day
from ..errors import UserError
from .common import coder_options, output, publication_day, settings_from, store_option


def cmd_unresolved(args: argparse.Namespace) -> int:
    from ..analysis.unresolved import overlay, unresolved
    from ..store.db import Store, query_interrupts

    if not args.unresolved:
        raise UserError("actors: --write and --actors go with --unresolved")
    if args.format == "csv":
        raise UserError("actors --unresolved: --format table or jsonl")
    parse_day(args.since, "--since")  # told before a missing store
    with Store(args.db, read_only=True) as store, query_interrupts(args.db):
        found = unresolved(store.con, args.top, args.since, tuple(args.actors or ()))
    if args.write:
        with output(args.write) as out:
            out.write(overlay(found, args.db))
        print(f"{len(found):,} names -> {args.write} (check it, then: thucydides recode "
              f"--db {args.db} --actors {args.write})", file=sys.stderr)
    if args.format == "jsonl":
        for u in found:
            print(json.dumps(u.to_dict(), ensure_ascii=False))
    elif not args.write:
        _print_unresolved(found)
    return 0


def count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _print_unresolved(found) -> None:
    for n, u in enumerate(found, 1):
        suggested = f"{u.code or '?'}" + (f" {u.sector}" if u.sector else "")
        print(f"{n:3}. {u.name} ({u.kind}): {count(u.events, 'event')}, "
              f"{count(u.statements, 'statement')}, {u.changes} would change -> suggested "
              f"{suggested}")
        print(f"     evidence: {'; '.join(u.evidence)}")
        for ex in u.examples:
            sentence = " ".join((ex["sentence"] or "").split())
            print(f"     {ex['article_id']}:{ex['start']}-{ex['end']}  {sentence[:160]}")
    print(f"{len(found):,} names the dictionaries do not know")


def cmd_triggers(args: argparse.Namespace) -> int:
    from ..analysis.unmatched import unmatched
    from ..store.db import Store, query_interrupts

    if not args.unmatched:
        raise UserError("triggers: say what to list: --unmatched")
    with Store(args.db, read_only=True) as store, query_interrupts(args.db):
        found = unmatched(store.con, settings_from(args), args.top, args.articles)
    if args.format == "jsonl":
        for word in found:
            print(json.dumps(word.to_dict(), ensure_ascii=False))
        return 0
    for n, word in enumerate(found, 1):
        known = " (in the lexicon with other objects or subjects)" if word.known else ""
        print(f"{n:3}. {word.lemma} ({word.pos}): {word.count} times with actors on both "
              f"sides, no event{known}")
        for ex in word.examples:
            print(f"     {ex['article_id']}:{ex['start']}-{ex['end']}  {ex['sentence'][:160]}")
    print(f"{len(found):,} words")
    return 0


def cmd_recode(args: argparse.Namespace) -> int:
    from ..pipeline.ingest import default_workers
    from ..pipeline.recode import RecodeOptions, recode, summary

    if not Path(args.db).exists():
        raise UserError(f"{args.db}: no such store (fill one with 'thucydides ingest')")
    if (args.workers is not None and args.workers < 1) or args.chunk_size < 1:
        raise UserError("--workers and --chunk-size: must be 1 or more")
    options = RecodeOptions(db=args.db, settings=settings_from(args), since=args.since,
                            workers=args.workers or default_workers(), every=args.all,
                            chunk_size=args.chunk_size, progress_interval=args.progress_every)
    result = recode(options)
    for line in summary(result, args.db):
        print(line)
    if result.status == "interrupted":
        print("thucydides: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    return 0


def add_unresolved_options(p: argparse.ArgumentParser) -> None:
    """`thucydides actors --unresolved`: the options it adds to `actors`."""
    p.add_argument("--unresolved", action="store_true",
                   help="the names that got no code, with a suggested code and the evidence "
                        "(docs/lexicon.md, 'The dictionary loop')")
    p.add_argument("--write", metavar="FILE",
                   help="with --unresolved: write the suggestions as an actor dictionary to "
                        "edit and pass back with --actors")
    p.add_argument("--actors", action="append", type=Path,
                   help="with --unresolved: your actor dictionary too (the names it knows "
                        "are not listed)")


def _add_triggers(sub) -> None:
    p = sub.add_parser("triggers", help="words that may be missing triggers (--unmatched)")
    store_option(p)
    p.add_argument("--unmatched", action="store_true",
                   help="verbs and nouns with actors on both sides and no event")
    p.add_argument("--top", type=int, default=50, help="how many (default: 50)")
    p.add_argument("--articles", type=int, default=500, metavar="N",
                   help="parse at most N articles, the latest (default: 500)")
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    coder_options(p)
    p.set_defaults(run=cmd_triggers)


def _add_recode(sub) -> None:
    p = sub.add_parser("recode", help="code the stored articles again with the current "
                                      "dictionaries, replacing their events")
    store_option(p)
    p.add_argument("--since", type=publication_day,
                   help="only articles published on or after this day, YYYY-MM-DD")
    p.add_argument("--all", action="store_true",
                   help="code every article again, also those whose outcome cannot change")
    p.add_argument("--workers", type=int, help="coding processes (default: the cores)")
    p.add_argument("--chunk-size", type=int, default=16, metavar="N",
                   help="articles committed at a time (default: 16)")
    p.add_argument("--progress-every", type=float, metavar="SECONDS",
                   help="seconds between progress lines (default: 10, on a terminal 0.25)")
    coder_options(p)
    p.set_defaults(run=cmd_recode)


def add(sub) -> None:
    _add_triggers(sub)
    _add_recode(sub)
