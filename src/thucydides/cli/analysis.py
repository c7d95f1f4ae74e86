"""`thucydides dyad`, `actors`, `quotes`, `escalation` and `plot`: what the store says."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

from ..ingest.read import InputError
from .common import store_option

FORMATS = ("table", "csv", "jsonl")
PERIOD_COLUMNS = ("period", "events", "verbal_cooperation", "material_cooperation",
                  "verbal_conflict", "material_conflict", "cooperation", "conflict",
                  "goldstein", "types")


@contextmanager
def _connection(args: argparse.Namespace):
    """The store's connection, read-only; Ctrl-C during a query stops the command."""
    from ..store.db import Store, query_interrupts

    with Store(args.db, read_only=True) as store, query_interrupts():
        yield store.con


def _write(fmt: str, names: Sequence[str], rows: Sequence[tuple], footer: str) -> None:
    from ..export.formats import write_csv, write_grid, write_jsonl

    if fmt == "table":
        write_grid(names, rows, sys.stdout)
        print(footer)
    else:
        {"csv": write_csv, "jsonl": write_jsonl}[fmt](names, rows, sys.stdout)


def _types(counts: dict[str, int], fmt: str) -> object:
    ranked = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return ranked if fmt == "jsonl" else " ".join(f"{t}:{n}" for t, n in ranked.items())


def _series(args: argparse.Namespace):
    from ..analysis.series import Dyad, dyad_series

    dyad = Dyad(args.a, args.b, directed=args.directed)
    with _connection(args) as con:
        return dyad, dyad_series(con, dyad, args.by, args.since, args.until)


def cmd_dyad(args: argparse.Namespace) -> int:
    _, periods = _series(args)
    rows = [(p.start, p.events, *(p.quads.get(q, 0) for q in (1, 2, 3, 4)), p.cooperation,
             p.conflict, p.goldstein, _types(p.types, args.format)) for p in periods]
    total = sum(p.events for p in periods)
    _write(args.format, PERIOD_COLUMNS, rows, f"quads: plover_quad (the PLOVER type's, not "
           f"GDELT's QuadClass); {len(periods):,} {args.by}s, {total:,} events")
    return 0


def cmd_actors(args: argparse.Namespace) -> int:
    from ..analysis.actors import top_actors

    with _connection(args) as con:
        found = top_actors(con, args.top, args.q, args.since, args.until)
    names = ("code", "name", "kind", "sector", "as_actor", "as_recipient", "events")
    rows = [(a.code, a.name, a.kind, a.sector, a.as_actor, a.as_recipient, a.events)
            for a in found]
    _write(args.format, names, rows, f"{len(rows):,} actors")
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from ..analysis.quotes import QuoteFilter, quotes

    with _connection(args) as con:
        found = quotes(con, QuoteFilter(speaker=args.speaker, q=args.q, since=args.since,
                                        until=args.until, limit=args.limit))
    if args.format == "table":
        rows = [(q.date, q.speaker_name or q.speaker_text, q.verb,
                 f'"{q.content_text}"' if q.direct else q.content_text) for q in found]
        _write("table", ("date", "speaker", "verb", "words"), rows, f"{len(rows):,} quotes")
    else:
        records = [asdict(q) for q in found]
        names = list(records[0]) if records else []
        _write(args.format, names, [tuple(r.values()) for r in records], "")
    return 0


def cmd_escalation(args: argparse.Namespace) -> int:
    from ..analysis.escalation import EscalationOptions, escalations

    options = EscalationOptions(by=args.by, window=args.window, threshold=args.threshold,
                                min_events=args.min_events)
    with _connection(args) as con:
        found = escalations(con, options, args.since, args.until)
    names = ("period", "a", "b", "conflict", "baseline", "spread", "score", "events",
             "goldstein")
    rows = [(e.period.start, e.period.a, e.period.b, e.period.conflict, e.baseline, e.spread,
             e.score, e.period.events, e.period.goldstein) for e in found]
    _write(args.format, names, rows, f"{len(rows):,} {args.by}s flagged "
           f"(window {args.window}, threshold {args.threshold}, min events {args.min_events})")
    return 0


def cmd_plot_dyad(args: argparse.Namespace) -> int:
    from ..analysis.plot import dyad_png

    dyad, periods = _series(args)
    if not periods:
        raise InputError(f"no asserted, dated events between {dyad.a.upper()} and "
                         f"{dyad.b.upper()} in the store: nothing to plot")
    _save(args.output, dyad_png(dyad, periods, args.by))
    print(f"{len(periods):,} {args.by}s -> {args.output}")
    return 0


def cmd_plot_map(args: argparse.Namespace) -> int:
    from ..analysis.places import place_counts
    from ..analysis.plot import map_png
    from ..store.query import EventFilter

    f = EventFilter(actor=args.actor, recipient=args.recipient, type=args.type,
                    since=args.since, until=args.until)
    with _connection(args) as con:
        counts = place_counts(con, f)
    if not counts.points:
        raise InputError("no asserted events with a place on the map match: nothing to plot")
    title = "Events" + (f" since {args.since}" if args.since else "") + \
        (f" until {args.until}" if args.until else "")
    _save(args.output, map_png(counts, title))
    print(f"{counts.located:,} events at {len(counts.points):,} places "
          f"({counts.unlocated:,} without a place) -> {args.output}")
    return 0


def _save(path: str, image: bytes) -> None:
    try:
        Path(path).write_bytes(image)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None


def _window_options(p: argparse.ArgumentParser) -> None:
    store_option(p)
    p.add_argument("--since", help="first day, YYYY-MM-DD (the event's day)")
    p.add_argument("--until", help="last day, YYYY-MM-DD")


def _dyad_options(p: argparse.ArgumentParser) -> None:
    from ..analysis.series import PERIODS

    p.add_argument("a", help="one actor code (RUS)")
    p.add_argument("b", help="the other actor code (NATO)")
    _window_options(p)
    p.add_argument("--by", default="week", help=f"period: {', '.join(PERIODS)} (default: week)")
    p.add_argument("--directed", action="store_true",
                   help="only events with A as actor and B as recipient")


def _add_dyad(sub) -> None:
    p = sub.add_parser("dyad", help="a dyad's events per period: cooperation, conflict, "
                                    "mean Goldstein, types",
                       description="Quads are plover_quad (the PLOVER type's), not GDELT's "
                                   "QuadClass: docs/analysis.md.")
    _dyad_options(p)
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(run=cmd_dyad)


def _add_actors(sub) -> None:
    p = sub.add_parser("actors", help="the most active actors, as actor and as recipient")
    _window_options(p)
    p.add_argument("--top", type=int, default=20, help="how many (default: 20)")
    p.add_argument("--q", help="only actors whose code or name holds this text")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(run=cmd_actors)


def _add_quotes(sub) -> None:
    p = sub.add_parser("quotes", help="who said what: statements by speaker and words")
    _window_options(p)
    p.add_argument("--speaker", help="part of the speaker's name, or their code")
    p.add_argument("--q", help="only statements whose words hold this text")
    p.add_argument("--limit", type=int, default=50, help="at most this many (default: 50)")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(run=cmd_quotes)


def _add_escalation(sub) -> None:
    p = sub.add_parser("escalation", help="periods where a dyad's conflict departs from its "
                                          "own baseline (docs/analysis.md)")
    _window_options(p)
    p.add_argument("--by", default="week", help="period: day, week, month, year (default: week)")
    p.add_argument("--window", type=int, default=8,
                   help="periods before each one that form its baseline (default: 8)")
    p.add_argument("--threshold", type=float, default=2.0,
                   help="smallest score flagged (default: 2.0)")
    p.add_argument("--min-events", type=int, default=3,
                   help="fewest conflict events in a flagged period (default: 3)")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(run=cmd_escalation)


def _add_plot(sub) -> None:
    p = sub.add_parser("plot", help="draw the store's data as PNG images")
    kinds = p.add_subparsers(dest="plot", required=True)
    d = kinds.add_parser("dyad", help="a dyad's cooperation and conflict per period, and its "
                                      "mean Goldstein")
    _dyad_options(d)
    d.add_argument("-o", "--output", required=True, help="the PNG file to write")
    d.set_defaults(run=cmd_plot_dyad)
    m = kinds.add_parser("map", help="where events happened: each place a disc over the "
                                     "countries, coloured by plover_quad")
    _window_options(m)
    m.add_argument("--actor", help="only events with this actor code")
    m.add_argument("--recipient", help="only events with this recipient code")
    m.add_argument("--type", help="only events of this PLOVER type")
    m.add_argument("-o", "--output", required=True, help="the PNG file to write")
    m.set_defaults(run=cmd_plot_map)


def add(sub) -> None:
    _add_dyad(sub)
    _add_actors(sub)
    _add_quotes(sub)
    _add_escalation(sub)
    _add_plot(sub)
