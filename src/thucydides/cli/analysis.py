"""`thucydides events`, `dyad`, `actors`, `quotes`, `escalation` and `plot`: what the store says."""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from pathlib import Path

from ..analysis import QUOTE_LIMIT, TOP_ACTORS
from ..errors import InputError
from . import discovery
from .common import store_option

FORMATS = ("table", "csv", "jsonl")


@contextmanager
def _connection(args: argparse.Namespace):
    """The store's connection, read-only; Ctrl-C during a query stops the command."""
    from ..store.db import Store, query_interrupts

    with Store(args.db, read_only=True) as store, query_interrupts():
        yield store.con


def _notes(notes: list[str]) -> None:
    """How names were read as codes ('russia' is RUS), to standard error."""
    for note in notes:
        print(f"thucydides: note: {note}", file=sys.stderr)


def _write(fmt: str, table, footer: str) -> None:
    from ..export.formats import write_csv, write_grid, write_jsonl

    _notes(table.notes)
    if fmt == "table":
        write_grid(table.names, table.rows, sys.stdout)
        print(footer)
    else:
        {"csv": write_csv, "jsonl": write_jsonl}[fmt](table.names, table.rows, sys.stdout)


def _event_filter(args: argparse.Namespace):
    from ..store.query import EventFilter

    return EventFilter(actor=args.actor, recipient=args.recipient, type=args.type,
                       country=args.country, place=args.place,
                       actor_country=args.actor_country, min_confidence=args.min_confidence,
                       q=args.q, since=args.since, until=args.until, limit=args.limit,
                       unasserted=args.all)


def cmd_events(args: argparse.Namespace) -> int:
    from ..analysis.tables import cluster_table, event_table
    from ..export.formats import write_table
    from ..store.db import query_interrupts
    from ..store.query import event_where
    from .store import read_store

    f = _event_filter(args)
    event_where(f)  # a bad date or type is told before a missing store
    if args.format == "jsonl" and not args.clusters:
        return _event_records(args, f)
    with read_store(args) as store, query_interrupts():
        table = (cluster_table if args.clusters else event_table)(store.con, f).fetched()
    if args.clusters or args.format != "table":
        _write(args.format, table, f"{len(table.rows):,} clusters")
    else:
        _notes(table.notes)
        write_table(table.names, table.rows, sys.stdout)
    return 0


def _event_records(args: argparse.Namespace, f) -> int:
    """`events --format jsonl`: the records as `code --format jsonl` writes them, with what
    the store adds (docs/api.md, StoredEvent)."""
    from ..analysis.tables import resolved
    from ..output import write_records
    from ..store.db import query_interrupts
    from ..store.reading import event_records
    from .store import read_store

    notes: list[str] = []
    with read_store(args) as store, query_interrupts():
        write_records(event_records(store.con, resolved(store.con, f, notes)), sys.stdout)
    _notes(notes)
    return 0


def _dyad(args: argparse.Namespace):
    from ..analysis.series import Dyad

    return Dyad(args.a, args.b, directed=args.directed)


def cmd_dyad(args: argparse.Namespace) -> int:
    from ..analysis.tables import dyad_table

    with _connection(args) as con:
        table = dyad_table(con, _dyad(args), args.by, args.since, args.until,
                           types_as_text=args.format != "jsonl")
    total = sum(row[1] for row in table.rows)
    _write(args.format, table, f"quads: plover_quad (the PLOVER type's, not GDELT's "
           f"QuadClass); {len(table.rows):,} {args.by}s, {total:,} events")
    return 0


def cmd_actors(args: argparse.Namespace) -> int:
    from ..analysis.tables import actor_table

    if args.unresolved or args.write or args.actors:
        return discovery.cmd_unresolved(args)

    with _connection(args) as con:
        table = actor_table(con, args.top, args.q, args.since, args.until, args.by)
    _write(args.format, table, f"{len(table.rows):,} actors")
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from ..analysis.quotes import QuoteFilter
    from ..analysis.tables import Table, quote_table

    with _connection(args) as con:
        table = quote_table(con, QuoteFilter(speaker=args.speaker, q=args.q, since=args.since,
                                             until=args.until, limit=args.limit))
    if args.format == "table":
        found = [dict(zip(table.names, row, strict=True)) for row in table.rows]
        rows = [(q["date"], q["speaker_name"] or q["speaker_text"], q["verb"],
                 f'"{q["content_text"]}"' if q["direct"] else q["content_text"]) for q in found]
        table = Table(("date", "speaker", "verb", "words"), rows)
        _write("table", table, f"{len(rows):,} quotes")
    else:
        _write(args.format, table, "")
    return 0


def cmd_escalation(args: argparse.Namespace) -> int:
    from ..analysis.escalation import EscalationOptions
    from ..analysis.tables import escalation_table

    options = EscalationOptions(by=args.by, window=args.window, threshold=args.threshold,
                                min_events=args.min_events)
    with _connection(args) as con:
        table = escalation_table(con, options, args.since, args.until)
    _write(args.format, table, f"{len(table.rows):,} {args.by}s flagged "
           f"(window {args.window}, threshold {args.threshold}, min events {args.min_events})")
    return 0


def cmd_plot_dyad(args: argparse.Namespace) -> int:
    from ..analysis.plot import dyad_png
    from ..analysis.series import dyad_series
    from ..analysis.tables import resolved_dyad

    notes: list[str] = []
    with _connection(args) as con:
        dyad = resolved_dyad(con, _dyad(args), notes)
        periods = dyad_series(con, dyad, args.by, args.since, args.until)
    _notes(notes)
    if not periods:
        raise InputError(f"no asserted, dated events between {dyad.a.upper()} and "
                         f"{dyad.b.upper()} in the store: nothing to plot")
    _save(args.output, dyad_png(dyad, periods, args.by))
    print(f"{len(periods):,} {args.by}s -> {args.output}")
    return 0


def cmd_plot_map(args: argparse.Namespace) -> int:
    from ..analysis.places import place_counts
    from ..analysis.plot import map_png
    from ..analysis.tables import resolved

    notes: list[str] = []
    with _connection(args) as con:
        counts = place_counts(con, resolved(con, _event_filter(args), notes))
    _notes(notes)
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

    p.add_argument("a", help="one actor: a code (RUS) or a name the actor dictionaries know "
                        "(russia)")
    p.add_argument("b", help="the other actor (NATO)")
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
    p.add_argument("--top", type=int, default=TOP_ACTORS,
                   help=f"how many (default: {TOP_ACTORS})")
    p.add_argument("--q", help="only actors whose code or name holds this text")
    p.add_argument("--by", choices=("entity", "country"), default="entity",
                   help="entity: each code, sector and person apart (default); country: one "
                        "row a code, its sectors and persons rolled up to it")
    p.add_argument("--format", choices=FORMATS, default="table")
    discovery.add_unresolved_options(p)
    p.set_defaults(run=cmd_actors)


def _add_quotes(sub) -> None:
    p = sub.add_parser("quotes", help="who said what: statements by speaker and words")
    _window_options(p)
    p.add_argument("--speaker", help="part of the speaker's name, or their code")
    p.add_argument("--q", help="only statements whose words hold this text")
    p.add_argument("--limit", type=int, default=QUOTE_LIMIT,
                   help=f"at most this many (default: {QUOTE_LIMIT})")
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
    _filter_options(m)
    m.add_argument("-o", "--output", required=True, help="the PNG file to write")
    m.set_defaults(run=cmd_plot_map, limit=None, all=False)


def _filter_options(p: argparse.ArgumentParser) -> None:
    """The filters of `events`, also those of `plot map`."""
    p.add_argument("--actor", help="actor: a code (RUS, NATO) or a name the actor "
                                   "dictionaries know (russia)")
    p.add_argument("--recipient", help="recipient: a code or a name")
    p.add_argument("--actor-country", help="a state (code or name): events with that state "
                                           "on either side, its sectors and persons included")
    p.add_argument("--type", help="PLOVER type (REQUEST, ASSAULT, ...)")
    p.add_argument("--country", help="where it happened: a country code (UKR) or name")
    p.add_argument("--place", help="part of the name of the place where it happened (Kyiv)")
    p.add_argument("--min-confidence", type=float, help="only events coded with at least "
                                                        "this confidence (0 to 1)")
    p.add_argument("--q", help="words that must all be in the event's sentence, any case")


def add_events(sub) -> None:
    from .store import parquet_option

    p = sub.add_parser("events", help="events in the store, by dyad, type, place and date")
    store_option(p)
    parquet_option(p)
    _filter_options(p)
    p.add_argument("--since", help="first day, YYYY-MM-DD")
    p.add_argument("--until", help="last day, YYYY-MM-DD")
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    p.add_argument("--limit", type=int, help="at most this many events (clusters)")
    p.add_argument("--all", action="store_true",
                   help="also events the text denies, supposes, promises or asks for")
    p.add_argument("--clusters", action="store_true",
                   help="one row per real-world event (a cluster of the articles reporting "
                        "it), with its mention, article and source counts")
    p.set_defaults(run=cmd_events)


def add(sub) -> None:
    _add_dyad(sub)
    _add_actors(sub)
    _add_quotes(sub)
    _add_escalation(sub)
    _add_plot(sub)
