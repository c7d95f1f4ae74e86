"""GET /api/dyads, /api/dyads/{a}/{b}/series, /api/actors, /api/network: who acts on whom."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from ..analysis.actors import top_actors
from ..analysis.dyads import top_dyads
from ..analysis.names import UnknownName, resolve
from ..analysis.network import network as actor_network
from ..analysis.series import Dyad, dyad_series
from .db import Cursor
from .errors import BadParameter
from .models import Actors, ActorSummary, Dyads, Edge, Network, Node, Period, Series
from .models import Dyad as DyadCount

router = APIRouter(prefix="/api")
Code = Annotated[str, Path(max_length=200)]
Limit = Annotated[int, Query(ge=1, le=1000)]


@router.get("/dyads/{a}/{b}/series", response_model=Series)
def series(a: Code, b: Code, cur: Cursor, by: Literal["day", "week", "month"] = "week",
           directed: bool = False, since: dt.date | None = None,
           until: dt.date | None = None) -> Series:
    """Asserted events between a and b (a on b only, if directed) per period; a and b are
    codes or names the actor dictionaries know (russia)."""
    try:
        a, b = resolve(cur, a, "a"), resolve(cur, b, "b")
    except UnknownName as exc:
        raise BadParameter(exc.argument, exc.reason) from None
    periods = dyad_series(cur, Dyad(a, b, directed), by, since, until)
    return Series(a=a, b=b, by=by, directed=directed, periods=[
        Period(start=p.start.isoformat(), events=p.events, cooperation=p.cooperation,
               conflict=p.conflict, quads={str(q): p.quads.get(q, 0) for q in (1, 2, 3, 4)},
               goldstein=p.goldstein, types=p.types) for p in periods])


@router.get("/dyads", response_model=Dyads)
def dyads(cur: Cursor, limit: Limit = 20, since: dt.date | None = None,
          until: dt.date | None = None) -> Dyads:
    """The undirected dyads with most asserted events, most first."""
    return Dyads(dyads=[DyadCount(**asdict(d)) for d in top_dyads(cur, limit, since, until)])


@router.get("/actors", response_model=Actors)
def actors(cur: Cursor, limit: Limit = 50,
           q: Annotated[str | None, Query(max_length=200)] = None,
           by: Literal["entity", "country"] = "entity") -> Actors:
    """The entities named by most asserted events; q: part of the code or name; by country:
    one row a code, its sectors and persons rolled up to it."""
    return Actors(actors=[ActorSummary(**asdict(a), events=a.events)
                          for a in top_actors(cur, limit, q, by_code=by == "country")])


@router.get("/network", response_model=Network)
def network(cur: Cursor, limit: Limit = 40, since: dt.date | None = None,
            until: dt.date | None = None) -> Network:
    """The heaviest actor -> recipient edges and the codes at their ends."""
    graph = actor_network(cur, limit, since, until)
    return Network(nodes=[Node(**asdict(n)) for n in graph.nodes],
                   edges=[Edge(**asdict(e)) for e in graph.edges])
