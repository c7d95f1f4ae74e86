"""GET /api/map: the filtered events counted per place, with coordinates; GET
/api/map/{location_id}/events: the events of one place under the same filter."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field

from ..analysis.places import filter_where, place_counts
from ..columns import from_row
from ..records import StoredEvent
from ..store.query import EventFilter
from ..store.reading import named_rows
from .db import PAGES, Cursor
from .events import PAGE_KEY, UNDATED, Text, plover_type, with_codes

router = APIRouter(prefix="/api")


class MapPoint(BaseModel):
    location_id: str
    name: str | None
    country: str | None
    kind: str | None = Field(description="country, admin1, city or region")
    lat: float
    lon: float
    events: int
    quads: dict[int, int] = Field(description="events per plover_quad (the PLOVER type's "
                                              "quad, not GDELT's QuadClass)")
    quad: int | None = Field(description="the plover_quad of most of the place's events")


class MapPoints(BaseModel):
    points: list[MapPoint]
    located: int = Field(description="events with coordinates (in all places)")
    unlocated: int = Field(description="events without a place or without coordinates")


def map_filter(cur: Cursor, actor: Text = None, recipient: Text = None, type: Text = None,
               quad: Annotated[int | None, Query(ge=1, le=4)] = None,
               since: dt.date | None = None, until: dt.date | None = None,
               q: Annotated[str | None, Query(max_length=500)] = None,
               country: Text = None, place: Text = None, actor_country: Text = None,
               min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
               all: bool = False) -> EventFilter:
    """The filters of /api/events, names read as codes as there."""
    return with_codes(cur, EventFilter(
        actor=actor, recipient=recipient, type=plover_type(type), quad=quad,
        since=since and since.isoformat(), until=until and until.isoformat(), q=q,
        country=country, place=place, actor_country=actor_country,
        min_confidence=min_confidence, unasserted=all))


Filter = Annotated[EventFilter, Depends(map_filter)]


@router.get("/map", response_model=MapPoints)
def map_points(cur: Cursor, f: Filter, both: bool = False,
               limit: Annotated[int, Query(ge=1, le=10_000)] = 1000) -> MapPoints:
    """Places with the number of the filtered events there, the most eventful first;
    both: either side may be the actor."""
    counts = place_counts(cur, f, both, limit)
    return MapPoints(points=[MapPoint(**vars(p), quad=p.quad) for p in counts.points],
                     located=counts.located, unlocated=counts.unlocated)


@router.get("/map/{location_id}/events", response_model=list[StoredEvent])
def place_events(location_id: str, cur: Cursor, f: Filter, both: bool = False,
                 limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[StoredEvent]:
    """The filtered events at one place, newest first, undated last (as /api/events with
    order=newest)."""
    where, params = filter_where(f, both)
    rows = named_rows(cur, f"SELECT e.* FROM {PAGES} e "
                           f"WHERE e.current AND e.location_id = ? AND {where} "
                           f"ORDER BY {UNDATED}, {', '.join(k + ' DESC' for k in PAGE_KEY)} "
                           "LIMIT ?",
                      [location_id, *params, limit])
    return [from_row(StoredEvent, r) for r in rows]
