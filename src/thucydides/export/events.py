"""Events read back from the store as records, with what their article adds."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from ..records import Actor, Location
from ..store.db import Store

ACTOR_FIELDS = ("code", "sector", "name", "title", "text", "kind", "start", "end")
LOCATION_FIELDS = ("name", "country", "admin1", "lat", "lon", "geonameid", "kind", "resolution")
EVENT_FIELDS = ("id", "article_id", "seq", "sentence", "type", "mode", "cameo", "quad",
                "goldstein", "asserted", "polarity", "modality", "date_text", "trigger_text",
                "trigger_start", "trigger_end", "evidence_text", "evidence_start",
                "evidence_end", "confidence", "cluster_id")


@dataclass
class StoredEvent:
    id: str
    article_id: str
    seq: int
    sentence: int
    type: str
    mode: str | None
    cameo: str | None
    quad: int | None
    goldstein: float | None
    asserted: bool
    polarity: str | None
    modality: str | None
    date_text: str | None
    trigger_text: str | None
    trigger_start: int | None
    trigger_end: int | None
    evidence_text: str | None
    evidence_start: int | None
    evidence_end: int | None
    confidence: float | None
    cluster_id: str | None
    date: str | None  # the event's day, else the article's (YYYY-MM-DD)
    actor: Actor
    recipient: Actor
    location: Location | None
    published: str | None
    title: str | None
    source: str | None
    url: str | None
    path: str | None
    added: datetime
    coder_version: str | None


SQL = f"""SELECT {", ".join(f"e.{f}" for f in EVENT_FIELDS)},
    CAST(coalesce(e.date, a.date) AS VARCHAR),
    {", ".join(f"e.actor_{f}" for f in ACTOR_FIELDS)},
    {", ".join(f"e.recipient_{f}" for f in ACTOR_FIELDS)},
    e.location_id IS NOT NULL, {", ".join(f"l.{f}" for f in LOCATION_FIELDS)},
    CAST(a.date AS VARCHAR), a.title, a.source, a.url, a.path, a.added, r.coder_version
FROM events e
JOIN current_articles a ON a.id = e.article_id
LEFT JOIN locations l ON l.id = e.location_id
LEFT JOIN runs r ON r.id = a.run_id"""


def _event(row: tuple) -> StoredEvent:
    n = len(EVENT_FIELDS)
    fields, rest = row[:n], row[n:]
    day, rest = rest[0], rest[1:]
    k = len(ACTOR_FIELDS)
    actor, recipient, rest = Actor(*rest[:k]), Actor(*rest[k:2 * k]), rest[2 * k:]
    located, place, rest = rest[0], rest[1:9], rest[9:]
    location = Location(*place) if located else None
    return StoredEvent(*fields, day, actor, recipient, location, *rest)


def stored_events(store: Store, asserted_only: bool = True,
                  min_confidence: float | None = None) -> Iterator[StoredEvent]:
    """The events of the current version of each article, in date order."""
    sql = SQL + " WHERE " + ("e.asserted" if asserted_only else "true") + \
        " AND e.confidence >= ?" + \
        " ORDER BY coalesce(e.date, a.date) NULLS LAST, e.article_id, e.seq"
    for row in store.stream(sql, [min_confidence or 0.0]):
        yield _event(row)
