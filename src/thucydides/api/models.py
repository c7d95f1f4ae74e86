"""The JSON the API answers with (docs/api.md). Events and statements are the records of
records.py as the store holds them (StoredEvent, StoredStatement), or as the coder returns
them (POST /api/code)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from ..records import Event, Statement, StoredEvent, StoredStatement


class EventPage(BaseModel):
    events: list[StoredEvent]
    next: str | None


class QuotePage(BaseModel):
    quotes: list[StoredStatement]
    next: str | None


class Article(BaseModel):
    id: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    text: str
    events: list[StoredEvent]
    statements: list[StoredStatement]


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
    events: list[StoredEvent]


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
