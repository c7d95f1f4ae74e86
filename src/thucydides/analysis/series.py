"""A dyad's events per period: counts per quad class, mean Goldstein, counts per type.

Only events the text asserts, from the current version of each article, with a date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..ingest.read import InputError

PERIODS = ("day", "week", "month", "year")
QUADS = (1, 2, 3, 4)  # verbal cooperation, material cooperation, verbal conflict, material conflict


@dataclass
class Dyad:
    a: str
    b: str
    directed: bool = False  # only a -> b; otherwise both directions

    def where(self) -> tuple[str, list[str]]:
        a, b = self.a.upper(), self.b.upper()
        if self.directed:
            return "e.actor_code = ? AND e.recipient_code = ?", [a, b]
        return ("((e.actor_code = ? AND e.recipient_code = ?) OR "
                "(e.actor_code = ? AND e.recipient_code = ?))", [a, b, b, a])


@dataclass
class Period:
    start: date  # first day of the period
    events: int
    quads: dict[int, int]  # quad class -> events
    goldstein: float | None  # mean
    types: dict[str, int] = field(default_factory=dict)  # PLOVER type -> events

    @property
    def cooperation(self) -> int:
        return self.quads.get(1, 0) + self.quads.get(2, 0)

    @property
    def conflict(self) -> int:
        return self.quads.get(3, 0) + self.quads.get(4, 0)


def _period(by: str) -> str:
    if by not in PERIODS:
        raise InputError(f"--by {by!r}: expected one of {', '.join(PERIODS)}")
    return by


def dyad_series(con, dyad: Dyad, by: str = "week", since: date | None = None,
                until: date | None = None) -> list[Period]:
    """The dyad's periods that have events, oldest first."""
    part = _period(by)  # one of PERIODS: safe to write into the SQL
    where, params = dyad.where()
    clauses = [where, "e.asserted", "e.date IS NOT NULL"]
    for clause, value in (("e.date >= ?", since), ("e.date <= ?", until)):
        if value is not None:
            clauses.append(clause)
            params.append(value)
    sql = (f"SELECT CAST(date_trunc('{part}', e.date) AS DATE) AS start, e.quad, e.type, "
           "count(*), sum(e.goldstein), count(e.goldstein) FROM events e "
           "JOIN current_articles a ON a.id = e.article_id "
           f"WHERE {' AND '.join(clauses)} GROUP BY ALL ORDER BY start")
    periods: dict[date, Period] = {}
    sums: dict[date, list[float]] = {}  # start -> [sum, count] of Goldstein scores
    for start, quad, type_, count, total, scored in con.execute(sql, params).fetchall():
        p = periods.setdefault(start, Period(start, 0, {}, None))
        p.events += count
        p.quads[quad] = p.quads.get(quad, 0) + count
        p.types[type_] = p.types.get(type_, 0) + count
        s = sums.setdefault(start, [0.0, 0])
        s[0] += total or 0.0
        s[1] += scored
    for start, p in periods.items():
        total, scored = sums[start]
        p.goldstein = round(total / scored, 3) if scored else None
    return list(periods.values())
