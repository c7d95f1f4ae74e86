"""The answer of each command that reads the store, as a table: column names and rows.

`thucydides events`, `dyad`, `actors`, `quotes`, `escalation` print these tables, and the
library (`thucydides.open(...)`) returns the same tables as DataFrames: one function
computes each answer, so the command line and the library cannot disagree.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date

import duckdb

from ..dates import parse_day
from ..errors import InputError
from ..store.query import EventFilter, event_query, event_where
from . import TOP_ACTORS
from .actors import top_actors
from .escalation import EscalationOptions, escalations
from .names import resolve
from .quotes import Quote, QuoteFilter, quotes
from .series import Dyad, dyad_series

DATE_COLUMNS = ("date", "published", "period", "first_date", "last_date")

PERIOD_COLUMNS = ("period", "events", "verbal_cooperation", "material_cooperation",
                  "verbal_conflict", "material_conflict", "cooperation", "conflict",
                  "goldstein", "types")
ACTOR_COLUMNS = ("code", "name", "kind", "sector", "as_actor", "as_recipient", "events")
ESCALATION_COLUMNS = ("period", "a", "b", "conflict", "baseline", "spread", "score", "events",
                      "goldstein")
QUOTE_COLUMNS = tuple(f.name for f in fields(Quote))
CLUSTER_COLUMNS = ("cluster_id", "type", "actor_code", "recipient_code", "country",
                   "first_date", "last_date", "num_mentions", "num_articles", "num_sources",
                   "first_seen")


@dataclass
class Table:
    names: tuple[str, ...] | list[str]
    found: list[tuple] | duckdb.DuckDBPyConnection  # the rows, or a query's result to fetch
    notes: list[str] = field(default_factory=list)  # names read as codes: "'russia' is RUS"

    @property
    def rows(self) -> list[tuple]:
        return self.fetched().found

    def fetched(self) -> Table:
        """The table with its rows fetched (before the connection closes)."""
        if not isinstance(self.found, list):
            self.found = self.found.fetchall()
        return self

    def frame(self):
        """A pandas DataFrame of the rows (a query's result straight from DuckDB, several
        times quicker than through Python's tuples); day columns as datetime64 (an undated
        row: NaT)."""
        import pandas as pd

        if isinstance(self.found, list):
            frame = pd.DataFrame.from_records(self.found, columns=list(self.names))
        else:
            frame = self.found.df()
        for name in DATE_COLUMNS:
            if name in frame.columns:
                frame[name] = pd.to_datetime(frame[name], format="ISO8601")
        return frame


def resolved(con, f: EventFilter, notes: list[str]) -> EventFilter:
    """The filter with the names it holds read as codes (russia -> RUS)."""
    return replace(f, actor=resolve(con, f.actor, "actor", notes=notes),
                   recipient=resolve(con, f.recipient, "recipient", notes=notes),
                   country=resolve(con, f.country, "country", states=True, notes=notes),
                   actor_country=resolve(con, f.actor_country, "actor_country", states=True,
                                         notes=notes))


def event_table(con, f: EventFilter) -> Table:
    """`thucydides events`: the events a filter selects, oldest first."""
    notes: list[str] = []
    sql, params = event_query(resolved(con, f, notes))
    result = con.execute(sql, params)
    return Table([d[0] for d in result.description], result, notes)


# what a filter on clusters can hold: their key and their days
CLUSTER_FILTERS = ("actor", "recipient", "type", "country", "actor_country", "since", "until",
                   "limit")


def cluster_table(con, f: EventFilter) -> Table:
    """`thucydides events --clusters`: one row per real-world event (the same event reported
    by many articles, docs/schema.md 'clusters'), oldest first, with its mention, article
    and source counts. A cluster is kept when its days overlap since..until."""
    unused = [name for name in ("quad", "place", "q", "min_confidence", "article")
              if getattr(f, name) is not None]
    if unused:
        raise InputError(f"--{unused[0].replace('_', '-')}: not a filter of clusters "
                         f"(they take {', '.join(CLUSTER_FILTERS)})")
    notes: list[str] = []
    f = resolved(con, f, notes)
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables").fetchall()}
    if "clusters" not in tables:
        return Table(CLUSTER_COLUMNS, [], notes)
    # the conditions on events hold for the key's columns; a cluster's days are its own
    where, params = event_where(replace(f, since=None, until=None, unasserted=True))
    for clause, value in (("e.last_date >= ?", parse_day(f.since, "--since")),
                          ("e.first_date <= ?", parse_day(f.until, "--until"))):
        if value is not None:
            where.append(clause)
            params.append(value)
    sql = (f"SELECT {', '.join(CLUSTER_COLUMNS)} "
           "FROM (SELECT *, country AS location_country FROM clusters) e")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY first_date, num_mentions DESC, cluster_id"
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(f.limit)
    return Table(CLUSTER_COLUMNS, con.execute(sql, params), notes)


def _types(counts: dict[str, int], as_text: bool) -> object:
    ranked = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return " ".join(f"{t}:{n}" for t, n in ranked.items()) if as_text else ranked


def resolved_dyad(con, dyad: Dyad, notes: list[str]) -> Dyad:
    """The dyad with its names read as codes."""
    return replace(dyad, a=resolve(con, dyad.a, "a", notes=notes),
                   b=resolve(con, dyad.b, "b", notes=notes))


def dyad_table(con, dyad: Dyad, by: str = "week", since: date | str | None = None,
               until: date | str | None = None, types_as_text: bool = True) -> Table:
    """`thucydides dyad`: the dyad's periods with events, oldest first; `types` as
    'ACCUSE:2 REJECT:1' (or a dict)."""
    notes: list[str] = []
    periods = dyad_series(con, resolved_dyad(con, dyad, notes), by, since, until)
    rows = [(p.start, p.events, *(p.quads.get(q, 0) for q in (1, 2, 3, 4)), p.cooperation,
             p.conflict, p.goldstein, _types(p.types, types_as_text)) for p in periods]
    return Table(PERIOD_COLUMNS, rows, notes)


def actor_table(con, top: int = TOP_ACTORS, q: str | None = None,
                since: date | str | None = None, until: date | str | None = None,
                by: str = "entity") -> Table:
    """`thucydides actors`: the most active actors, by entity or rolled up by code."""
    if by not in ("entity", "country"):
        raise InputError(f"--by {by!r}: expected entity or country")
    found = top_actors(con, top, q, since, until, by_code=by == "country")
    rows = [(a.code, a.name, a.kind, a.sector, a.as_actor, a.as_recipient, a.events)
            for a in found]
    return Table(ACTOR_COLUMNS, rows)


def quote_table(con, f: QuoteFilter) -> Table:
    """`thucydides quotes`: every column of each statement and its article's."""
    return Table(QUOTE_COLUMNS, [tuple(asdict(q).values()) for q in quotes(con, f)])


def escalation_table(con, options: EscalationOptions | None = None,
                     since: date | str | None = None, until: date | str | None = None) -> Table:
    """`thucydides escalation`: the flagged dyad periods (docs/analysis.md)."""
    rows = [(e.period.start, e.period.a, e.period.b, e.period.conflict, e.baseline, e.spread,
             e.score, e.period.events, e.period.goldstein)
            for e in escalations(con, options, since, until)]
    return Table(ESCALATION_COLUMNS, rows)
