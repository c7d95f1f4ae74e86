"""The JSON the API answers with (docs/api.md), and how store rows and coder records
become it."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from .. import records


class Actor(BaseModel):
    code: str | None
    name: str | None
    sector: str | None
    title: str | None
    text: str | None
    kind: str | None
    start: int | None  # where the actor's words stand in the article; null when not named
    end: int | None
    resolved_by: str | None = None  # how the coder found the code (POST /api/code; not stored)


class Span(BaseModel):
    text: str | None
    start: int | None
    end: int | None


class Location(BaseModel):
    name: str | None
    country: str | None
    basis: str | None = None  # sentence, dateline, actor, recipient, article (POST /api/code)


class Event(BaseModel):
    id: str
    article_id: str
    date: str | None
    type: str
    mode: str | None
    cameo: str | None
    quad: int | None
    goldstein: float | None
    actor: Actor
    recipient: Actor
    asserted: bool
    polarity: str | None
    modality: str | None
    location: Location | None
    trigger: Span
    evidence: Span
    confidence: float | None
    cluster_id: str | None
    title: str | None
    source: str | None
    published: str | None


class Statement(BaseModel):
    id: str
    article_id: str
    date: str | None
    speaker: Actor
    verb: str | None
    content: Span
    direct: bool | None
    trigger: Span
    evidence: Span
    title: str | None
    source: str | None
    published: str | None


class EventPage(BaseModel):
    events: list[Event]
    next: str | None


class QuotePage(BaseModel):
    quotes: list[Statement]
    next: str | None


class Article(BaseModel):
    id: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    text: str
    events: list[Event]
    statements: list[Statement]


class Dyad(BaseModel):
    a: str
    b: str
    events: int
    cooperation: int
    conflict: int


class Dyads(BaseModel):
    dyads: list[Dyad]


class Period(BaseModel):
    start: str
    events: int
    cooperation: int
    conflict: int
    quads: dict[str, int]
    goldstein: float | None
    types: dict[str, int]


class Series(BaseModel):
    a: str
    b: str
    by: str
    directed: bool
    periods: list[Period]


class ActorSummary(BaseModel):
    code: str | None
    name: str | None
    kind: str | None
    sector: str | None
    as_actor: int
    as_recipient: int
    events: int


class Actors(BaseModel):
    actors: list[ActorSummary]


class Node(BaseModel):
    code: str
    name: str | None
    events: int


class Edge(BaseModel):
    source: str
    target: str
    events: int
    goldstein: float | None


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


class Cluster(BaseModel):
    """docs/schema.md, clusters: one real-world event and how often it is reported."""

    cluster_id: str
    type: str
    actor_code: str | None
    recipient_code: str | None
    country: str | None
    first_date: dt.date
    last_date: dt.date
    num_mentions: int
    num_articles: int
    num_sources: int
    first_seen: dt.datetime


class Clusters(BaseModel):
    clusters: list[Cluster]


class ClusterEvents(BaseModel):
    cluster: Cluster
    events: list[Event]


class CodeRequest(BaseModel):
    text: str
    date: dt.date | None = None


class Coded(BaseModel):
    events: list[Event]
    statements: list[Statement]
    warnings: list[str]


class EventType(BaseModel):
    name: str
    quad: int
    modes: list[str]


class Health(BaseModel):
    status: str  # ok; stale when the last attempt at a new snapshot failed
    events: int
    articles: int
    reloaded: str  # when the snapshot served was taken (UTC)
    reload_error: str | None = None  # why the last attempt at a new one failed


# -- from store rows (flat: column -> value) ----------------------------------------------

def _actor_of(row: dict, prefix: str) -> Actor:
    return Actor(**{key: row.get(f"{prefix}_{key}") for key in Actor.model_fields})


def _span_of(row: dict, prefix: str) -> Span:
    return Span(text=row[f"{prefix}_text"], start=row[f"{prefix}_start"],
                end=row[f"{prefix}_end"])


def event_of_row(row: dict) -> Event:
    location = None
    if row["location_name"] is not None:
        location = Location(name=row["location_name"], country=row["location_country"])
    plain = {key: row[key] for key in (
        "id", "article_id", "date", "type", "mode", "cameo", "quad", "goldstein", "asserted",
        "polarity", "modality", "confidence", "cluster_id", "title", "source", "published")}
    return Event(**plain, actor=_actor_of(row, "actor"), recipient=_actor_of(row, "recipient"),
                 location=location, trigger=_span_of(row, "trigger"),
                 evidence=_span_of(row, "evidence"))


def statement_of_row(row: dict) -> Statement:
    plain = {key: row[key] for key in (
        "id", "article_id", "date", "verb", "direct", "title", "source", "published")}
    return Statement(**plain, speaker=_actor_of(row, "speaker"),
                     content=_span_of(row, "content"), trigger=_span_of(row, "trigger"),
                     evidence=_span_of(row, "evidence"))


# -- from the coder's records ---------------------------------------------------------------

def _actor_of_record(actor: records.Actor) -> Actor:
    return Actor(**{key: getattr(actor, key, None) for key in Actor.model_fields})


def _span_of_record(span: records.Span) -> Span:
    return Span(text=span.text, start=span.start, end=span.end)


def event_of_record(e: records.Event) -> Event:
    location = e.location and Location(name=e.location.name, country=e.location.country,
                                       basis=e.location.basis)
    return Event(id=e.id, article_id=e.article_id, date=e.date, type=e.type, mode=e.mode,
                 cameo=e.cameo, quad=e.quad, goldstein=e.goldstein,
                 actor=_actor_of_record(e.actor), recipient=_actor_of_record(e.recipient),
                 asserted=e.asserted, polarity=e.polarity, modality=e.modality,
                 location=location, trigger=_span_of_record(e.trigger),
                 evidence=_span_of_record(e.evidence), confidence=e.confidence,
                 cluster_id=None, title=None, source=None, published=None)


def statement_of_record(s: records.Statement) -> Statement:
    return Statement(id=s.id, article_id=s.article_id, date=s.date,
                     speaker=_actor_of_record(s.speaker), verb=s.verb,
                     content=_span_of_record(s.content), direct=s.direct,
                     trigger=_span_of_record(s.trigger), evidence=_span_of_record(s.evidence),
                     title=None, source=None, published=None)
