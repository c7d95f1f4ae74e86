"""Rows of the store's tables from the coder's records, in the tables' column order."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from ..ingest.formats import Found
from ..records import Actor, CodedArticle, Event, Location, Statement


@dataclass
class ActorRow:
    id: str
    code: str | None
    sector: str | None
    name: str | None
    title: str | None
    kind: str | None
    names: list[str]
    mentions: int

    def values(self, run_id: int) -> tuple:
        return (self.id, self.code, self.sector, self.name, self.title, self.kind,
                self.names, self.mentions, run_id)


@dataclass
class ArticleRows:
    """Everything one coded article adds to the store."""

    article: tuple
    events: list[tuple]
    statements: list[tuple]
    actors: list[ActorRow]
    locations: list[tuple]


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join("" if p is None else str(p) for p in parts).encode()) \
        .hexdigest()[:16]


def day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def actor_id(actor: Actor) -> str | None:
    """The canonical entity an actor names: its code and sector, and its name for a person;
    None for nobody (no code, sector or name)."""
    if actor.code is None and actor.sector is None and actor.name is None:
        return None
    return _hash("actor", actor.code, actor.sector, actor.name)


def location_id(location: Location) -> str:
    return _hash("location", location.name, location.country, location.admin1, location.lat,
                 location.lon, location.geonameid, location.kind, location.resolution)


def actor_values(actor: Actor) -> tuple:
    return (actor_id(actor), actor.code, actor.sector, actor.name, actor.title, actor.text,
            actor.kind, actor.start, actor.end)


def event_values(event: Event, article_id: str, seq: int) -> tuple:
    place = event.location
    return (article_id, seq, event.id, event.sentence, event.type, event.mode, event.cameo,
            event.quad, event.goldstein, *actor_values(event.actor),
            *actor_values(event.recipient), event.asserted, event.polarity, event.modality,
            day(event.date), event.date_text, event.date_precision,
            location_id(place) if place else None, place.name if place else None,
            place.country if place else None,
            event.trigger.text, event.trigger.start, event.trigger.end,
            event.evidence.text, event.evidence.start, event.evidence.end, event.confidence,
            None)


def statement_values(statement: Statement, article_id: str, seq: int) -> tuple:
    s = statement
    return (article_id, seq, s.id, s.sentence, *actor_values(s.speaker), s.verb,
            s.content.text, s.content.start, s.content.end, s.direct, day(s.date),
            s.trigger.text, s.trigger.start, s.trigger.end,
            s.evidence.text, s.evidence.start, s.evidence.end)


def location_values(location: Location) -> tuple:
    p = location
    return (location_id(p), p.name, p.country, p.admin1, p.lat, p.lon, p.geonameid, p.kind,
            p.resolution)


def actors_of(coded: CodedArticle) -> list[ActorRow]:
    """The article's entities, each once, with the words that named it."""
    rows: dict[str, ActorRow] = {}
    mentions = [a for e in coded.events for a in (e.actor, e.recipient)]
    mentions += [s.speaker for s in coded.statements]
    for actor in mentions:
        key = actor_id(actor)
        if key is None:
            continue
        row = rows.setdefault(key, ActorRow(key, actor.code, actor.sector, actor.name,
                                            actor.title, actor.kind, [], 0))
        row.mentions += 1
        row.title = row.title or actor.title
        if actor.text and actor.text not in row.names:
            row.names.append(actor.text)
    return list(rows.values())


def article_rows(coded: CodedArticle, origin: Found, version: int, run_id: int,
                 added: datetime) -> ArticleRows:
    """The rows of a coded article; `origin` is where it was read (path, line, given id)."""
    a = coded.article
    article = (a.id, a.url, version, a.title, day(a.date), a.source, origin.given_id,
               origin.path, origin.line, a.text, len(coded.events), len(coded.statements),
               origin.warnings + coded.warnings, run_id, added)
    places = {location_id(e.location): location_values(e.location)
              for e in coded.events if e.location}
    return ArticleRows(
        article=article,
        events=[event_values(e, a.id, n) for n, e in enumerate(coded.events)],
        statements=[statement_values(s, a.id, n) for n, s in enumerate(coded.statements)],
        actors=actors_of(coded),
        locations=list(places.values()),
    )
