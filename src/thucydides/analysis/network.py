"""Who acts on whom: a directed graph of actor codes, its edges weighted by events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .actors import code_names
from .dyads import PAIRED
from .series import EVENTS, checked_limit, window


@dataclass
class Node:
    code: str
    name: str | None  # the code's name in the actor dictionary
    events: int  # asserted events naming it on either side, with another code on the other


@dataclass
class Edge:
    source: str  # actor code
    target: str  # recipient code
    events: int
    goldstein: float | None  # mean


@dataclass
class Network:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


def network(con, limit: int = 40, since: date | str | None = None,
            until: date | str | None = None) -> Network:
    """The `limit` heaviest actor -> recipient edges (two different codes) and their ends."""
    dated, params = window(since, until)
    where = " AND ".join([*PAIRED, *dated])
    sql = (f"SELECT e.actor_code, e.recipient_code, count(*), round(avg(e.goldstein), 3) "
           f"FROM {EVENTS} WHERE {where} GROUP BY ALL "
           "ORDER BY count(*) DESC, e.actor_code, e.recipient_code LIMIT ?")
    edges = [Edge(*row) for row in con.execute(sql, [*params, checked_limit(limit)]).fetchall()]
    ends = list(dict.fromkeys(code for e in edges for code in (e.source, e.target)))
    weights = _weights(con, where, params, ends)
    names = code_names()
    nodes = sorted((Node(code, names.get(code), weights[code]) for code in ends),
                   key=lambda n: (-n.events, n.code))
    return Network(nodes, edges)


def _weights(con, where: str, params: list, codes: list[str]) -> dict[str, int]:
    """Code -> its events on either side (an event between two of them counts for both)."""
    sql = (f"SELECT code, count(*) FROM (SELECT unnest([e.actor_code, e.recipient_code]) "
           f"AS code FROM {EVENTS} WHERE {where}) WHERE code IN (SELECT unnest(?)) GROUP BY code")
    return dict(con.execute(sql, [*params, codes]).fetchall())
