"""Periods in which a dyad's conflict departs from its own recent past.

For each undirected dyad (two different codes) and each period (day, week, month, year),
the conflict events (quad classes 3 and 4) of the period are compared with those of the
`window` periods before it, counting periods without events as zero:

    score = (conflict - mean) / max(standard deviation, 1)

A period is flagged when it has at least `min_events` conflict events, a score of at least
`threshold`, and `window` periods of the store's data before it (the baseline must exist).
docs/analysis.md gives the reasons for each choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from statistics import fmean, pstdev

from ..errors import InputError
from .dyads import PAIRED
from .series import EVENTS, period_index, period_part, placed, window


@dataclass
class EscalationOptions:
    by: str = "week"
    window: int = 8  # periods of baseline before the one judged
    threshold: float = 2.0  # smallest score flagged
    min_events: int = 3  # fewest conflict events a flagged period has


@dataclass
class DyadPeriod:
    a: str  # the two codes in alphabetical order
    b: str
    start: date
    events: int
    conflict: int
    goldstein: float | None  # mean


@dataclass
class Escalation:
    period: DyadPeriod
    baseline: float  # mean conflict events a period over the window before
    spread: float  # their standard deviation
    score: float


def _periods(con, by: str, since, until) -> list[DyadPeriod]:
    part = period_part(by)
    dated, params = window(since, until)
    where = " AND ".join([*PAIRED, placed(part), *dated])
    sql = ("SELECT least(e.actor_code, e.recipient_code) AS a, "
           "greatest(e.actor_code, e.recipient_code) AS b, "
           f"CAST(date_trunc('{part}', e.date) AS DATE) AS start, count(*), "
           "count(*) FILTER (WHERE e.quad IN (3, 4)), round(avg(e.goldstein), 3) "
           f"FROM {EVENTS} WHERE {where} GROUP BY ALL ORDER BY a, b, start")
    return [DyadPeriod(*row) for row in con.execute(sql, params).fetchall()]


def _check(o: EscalationOptions) -> None:
    if o.window < 2:
        raise InputError("--window: must be 2 or more periods")
    if o.min_events < 1:
        raise InputError("--min-events: must be 1 or more")


def escalations(con, options: EscalationOptions | None = None, since: date | str | None = None,
                until: date | str | None = None) -> list[Escalation]:
    """The flagged dyad periods, oldest first, the highest score first within a period."""
    o = options or EscalationOptions()
    _check(o)
    periods = _periods(con, o.by, since, until)
    if not periods:
        return []
    first = min(period_index(p.start, o.by) for p in periods)
    conflict: dict[tuple[str, str, int], int] = {
        (p.a, p.b, period_index(p.start, o.by)): p.conflict for p in periods}
    found = []
    for p in periods:
        at = period_index(p.start, o.by)
        if p.conflict < o.min_events or at - o.window < first:
            continue
        past = [conflict.get((p.a, p.b, at - k), 0) for k in range(1, o.window + 1)]
        mean, spread = fmean(past), pstdev(past)
        score = (p.conflict - mean) / max(spread, 1.0)
        if score >= o.threshold:
            found.append(Escalation(p, round(mean, 3), round(spread, 3), round(score, 3)))
    return sorted(found, key=lambda e: (e.period.start, -e.score, e.period.a, e.period.b))
