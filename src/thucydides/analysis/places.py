"""Where events happened: the filtered events counted per place with coordinates, for the
dashboard's map (GET /api/map) and `thucydides plot map`."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..store.query import EventFilter, event_where

QUADS = (1, 2, 3, 4)


@dataclass(frozen=True)
class MapPoint:
    location_id: str
    name: str | None
    country: str | None
    kind: str | None
    lat: float
    lon: float
    events: int
    quads: dict[int, int] = field(default_factory=dict)  # plover_quad -> events

    @property
    def quad(self) -> int | None:
        """The plover_quad of most of the place's events (the more conflictual on a tie)."""
        return max(self.quads, key=lambda q: (self.quads[q], q), default=None)


@dataclass(frozen=True)
class PlaceCounts:
    points: list[MapPoint]  # the most eventful places first
    located: int  # events with coordinates, in all places (not only those listed)
    unlocated: int  # events without a place or without coordinates


def filter_where(f: EventFilter, both: bool = False) -> tuple[str, list]:
    """The condition of a filter on events `e`; `both`: either side may be the actor (as
    the dashboard's 'both directions')."""
    where, params = event_where(f)
    if both and (f.actor or f.recipient) and f.actor != f.recipient:
        other, more = event_where(replace(f, actor=f.recipient, recipient=f.actor))
        return f"(({' AND '.join(where)}) OR ({' AND '.join(other)}))", params + more
    return " AND ".join(where) or "true", params


def place_counts(con, f: EventFilter, both: bool = False, limit: int = 1000) -> PlaceCounts:
    """The events of a filter per place, at most `limit` places."""
    where, params = filter_where(f, both)
    base = (f"FROM events e JOIN current_articles a ON a.id = e.article_id "
            f"LEFT JOIN locations l ON l.id = e.location_id WHERE {where}")
    quads = ", ".join(f"count(*) FILTER (WHERE e.quad = {q})" for q in QUADS)
    rows = con.execute(
        f"SELECT l.id, any_value(l.name), any_value(l.country), any_value(l.kind), "
        f"any_value(l.lat), any_value(l.lon), count(*), {quads} {base} "
        f"AND l.lat IS NOT NULL AND l.lon IS NOT NULL GROUP BY l.id "
        f"ORDER BY count(*) DESC, any_value(l.name), l.id LIMIT ?", [*params, limit]).fetchall()
    located, total = con.execute(
        f"SELECT count(*) FILTER (WHERE l.lat IS NOT NULL AND l.lon IS NOT NULL), count(*) "
        f"{base}", params).fetchone()
    points = [MapPoint(*r[:7], {q: n for q, n in zip(QUADS, r[7:], strict=True) if n})
              for r in rows]
    return PlaceCounts(points, located, total - located)
