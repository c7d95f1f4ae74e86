"""Rows of the store's tables from the coder's records, in the tables' column order
(records.py declares each row; columns.py lays it flat)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from ..columns import values
from ..records import (
    CodedArticle,
    Found,
    Location,
    StoredArticle,
    StoredEvent,
    StoredStatement,
)


@dataclass
class ActorRow:
    """An entity of the actors table: the words that named it and how often."""

    id: str
    code: str | None
    sector: str | None
    name: str | None
    title: str | None
    kind: str | None
    names: list[str]
    mentions: int
    first_run: int = 0

    ROW: ClassVar = ("id", "code", "sector", "name", "title", "kind", "names", "mentions",
                     "first_run")


@dataclass
class ArticleRows:
    """Everything one coded article adds to the store."""

    article: tuple
    events: list[tuple]
    statements: list[tuple]
    actors: list[ActorRow]
    locations: list[tuple]


def actors_of(coded: CodedArticle, run_id: int) -> list[ActorRow]:
    """The article's entities, each once, with the words that named it."""
    rows: dict[str, ActorRow] = {}
    mentions = [a for e in coded.events for a in (e.actor, e.recipient)]
    mentions += [s.speaker for s in coded.statements]
    for actor in mentions:
        key = actor.id
        if key is None:
            continue
        row = rows.setdefault(key, ActorRow(key, actor.code, actor.sector, actor.name,
                                            actor.title, actor.kind, [], 0, run_id))
        row.mentions += 1
        row.title = row.title or actor.title
        if actor.text and actor.text not in row.names:
            row.names.append(actor.text)
    return list(rows.values())


def article_rows(coded: CodedArticle, origin: Found, version: int, run_id: int,
                 added: datetime) -> ArticleRows:
    """The rows of a coded article; `origin` is where it was read (path, line, given id)."""
    a = coded.article
    article = StoredArticle(
        **vars(a), version=version, given_id=origin.given_id, path=origin.path,
        line=origin.line, event_count=len(coded.events),
        statement_count=len(coded.statements), warnings=origin.warnings + coded.warnings,
        run_id=run_id, added=added)
    places = {e.location.id: values(Location, e.location)
              for e in coded.events if e.location}
    return ArticleRows(
        article=values(StoredArticle, article),
        events=[values(StoredEvent, StoredEvent(**vars(e), seq=n))
                for n, e in enumerate(coded.events)],
        statements=[values(StoredStatement, StoredStatement(**vars(s), seq=n))
                    for n, s in enumerate(coded.statements)],
        actors=actors_of(coded, run_id),
        locations=list(places.values()),
    )
