"""The pairs of actors with most events between them, whichever side acts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .series import EVENTS, checked_limit, window

# asserted events between two different known codes
PAIRED = ("e.asserted", "e.actor_code IS NOT NULL", "e.recipient_code IS NOT NULL",
          "e.actor_code <> e.recipient_code")


@dataclass
class DyadCount:
    a: str  # the two codes in alphabetical order
    b: str
    events: int
    cooperation: int  # quad classes 1 and 2
    conflict: int  # quad classes 3 and 4


def top_dyads(con, limit: int = 20, since: date | str | None = None,
              until: date | str | None = None) -> list[DyadCount]:
    """Undirected dyads of two different codes, most events first."""
    dated, params = window(since, until)
    where = " AND ".join([*PAIRED, *dated])
    sql = ("SELECT least(e.actor_code, e.recipient_code) AS a, "
           "greatest(e.actor_code, e.recipient_code) AS b, count(*), "
           "count(*) FILTER (WHERE e.quad IN (1, 2)), count(*) FILTER (WHERE e.quad IN (3, 4)) "
           f"FROM {EVENTS} WHERE {where} GROUP BY ALL ORDER BY count(*) DESC, a, b LIMIT ?")
    params.append(checked_limit(limit))
    return [DyadCount(*row) for row in con.execute(sql, params).fetchall()]
