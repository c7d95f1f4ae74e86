"""A dyad's events per period: counts per quad class, mean Goldstein, counts per type.

Only events the text asserts, from the current version of each article, with a date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..dates import parse_day
from ..errors import InputError

PERIODS = ("day", "week", "month", "year")
# the events every analysis counts: those of the current version of each article
EVENTS = "events e JOIN current_articles a ON a.id = e.article_id"


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


def window(since: date | str | None, until: date | str | None,
           column: str = "e.date") -> tuple[list[str], list]:
    """WHERE clauses and their parameters for the days from `since` to `until`, inclusive.
    `column` is always one of this package's fixed column names, never user input."""
    clauses, params = [], []
    for op, value in ((">=", parse_day(since, "--since")), ("<=", parse_day(until, "--until"))):
        if value is not None:
            clauses.append(f"{column} {op} ?")
            params.append(value)
    return clauses, params


def checked_limit(value: int) -> int:
    if value < 0:
        raise InputError("--limit: must be 0 or more")
    return value


def period_part(by: str) -> str:
    if by not in PERIODS:
        raise InputError(f"--by {by!r}: expected one of {', '.join(PERIODS)}")
    return by


def placed(by: str) -> str:
    """The events a series by `by` can place: dated at least as precisely as the period (a
    year alone is no week, and never January 1st); a date of no stated precision is a
    day's."""
    finer = ", ".join(f"'{p}'" for p in PERIODS[:PERIODS.index(period_part(by)) + 1])
    return f"e.date IS NOT NULL AND coalesce(e.date_precision, 'day') IN ({finer})"


def dyad_series(con, dyad: Dyad, by: str = "week", since: date | str | None = None,
                until: date | str | None = None) -> list[Period]:
    """The dyad's periods that have events, oldest first."""
    part = period_part(by)  # one of PERIODS: safe to write into the SQL
    where, params = dyad.where()
    dated, days = window(since, until)
    clauses = [where, "e.asserted", placed(part), *dated]
    params += days
    sql = (f"SELECT CAST(date_trunc('{part}', e.date) AS DATE) AS start, e.quad, e.type, "
           f"count(*), sum(e.goldstein), count(e.goldstein) FROM {EVENTS} "
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


def period_index(start: date, by: str) -> int:
    """Consecutive periods get consecutive numbers."""
    if by == "month":
        return start.year * 12 + start.month - 1
    if by == "year":
        return start.year
    days = start.toordinal()  # date(1, 1, 1), day 1, is a Monday: weeks start on days 7k + 1
    return (days - 1) // 7 if by == "week" else days
