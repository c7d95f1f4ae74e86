"""Events by dyad, type and time: parameterised SQL only (values are bound, never pasted)."""

from __future__ import annotations

from dataclasses import dataclass

from ..dates import iso, parse_day
from ..errors import InputError
from ..events.ontology import load_ontology

PLOVER_TYPES = tuple(load_ontology().plover)  # in the ontology's order (events/data/plover.yaml)

# what `thucydides events` shows, in this order
LISTING_FIELDS = (
    "CAST(e.date AS VARCHAR) AS date", "e.date_precision", "e.type", "e.mode", "e.cameo",
    "e.quad", "e.goldstein",
    "e.actor_code", "e.actor_sector", "e.actor_name", "e.actor_text",
    "e.recipient_code", "e.recipient_sector", "e.recipient_name", "e.recipient_text",
    "e.asserted", "e.polarity", "e.modality", "e.location_name", "e.location_country",
    "e.trigger_text", "e.evidence_text", "e.confidence", "e.id", "e.article_id",
    "CAST(a.date AS VARCHAR) AS published", "a.title", "a.source", "a.url", "e.cluster_id")

# the order events come in, undated ones last; keyset paging continues after a row's key
SORT_KEY = ("coalesce(e.date, DATE '9999-12-31')", "coalesce(a.date, DATE '9999-12-31')",
            "e.article_id", "e.seq")


@dataclass
class EventFilter:
    actor: str | None = None  # actor code: RUS, NATO
    recipient: str | None = None
    type: str | None = None  # PLOVER type
    quad: int | None = None  # PLOVER quad class 1-4
    since: str | None = None  # YYYY-MM-DD, the event's date, inclusive
    until: str | None = None
    q: str | None = None  # words that must all be in the evidence sentence, any case
    country: str | None = None  # where it happened: ISO alpha-3 of the event's place
    place: str | None = None  # part of the name of the event's place, any case
    actor_country: str | None = None  # a state's code: events with that state on either side
    min_confidence: float | None = None  # 0..1
    article: str | None = None  # articles.id
    cluster: str | None = None  # clusters.cluster_id: the reports of one real-world event
    limit: int | None = None
    unasserted: bool = False  # also the events the text denies, supposes or asks for
    all_versions: bool = False  # also events of older versions of an article
    after: tuple | None = None  # keyset paging: the SORT_KEY of the previous page's last row


def _type(value: str | None) -> str | None:
    if value is None:
        return None
    if value.upper() not in PLOVER_TYPES:
        raise InputError(f"--type {value!r}: not a PLOVER type ({', '.join(PLOVER_TYPES)})")
    return value.upper()


def _confidence(value: float | None) -> float | None:
    if value is not None and not 0 <= value <= 1:
        raise InputError(f"--min-confidence {value!r}: expected a number from 0 to 1")
    return value


def _words(q: str | None) -> list[str]:
    return [w.lower() for w in q.split()] if q else []


def event_where(f: EventFilter, key: tuple[str, ...] = SORT_KEY) -> tuple[list[str], list]:
    """The conditions of a filter on events `e` (not the article versions), and their
    parameters; `key` names the columns of SORT_KEY where they are kept ready."""
    if f.quad is not None and f.quad not in (1, 2, 3, 4):
        raise InputError(f"--quad {f.quad!r}: expected 1, 2, 3 or 4")
    where, params = [], []
    for clause, value in (("e.actor_code = ?", f.actor and f.actor.upper()),
                          ("e.recipient_code = ?", f.recipient and f.recipient.upper()),
                          ("e.type = ?", _type(f.type)),
                          ("e.quad = ?", f.quad),
                          ("e.date >= CAST(? AS DATE)", iso(parse_day(f.since, "--since"))),
                          ("e.date <= CAST(? AS DATE)", iso(parse_day(f.until, "--until"))),
                          ("e.article_id = ?", f.article),
                          ("e.cluster_id = ?", f.cluster),
                          ("e.location_country = ?", f.country and f.country.upper()),
                          ("contains(lower(e.location_name), lower(?))", f.place),
                          ("? IN (e.actor_code, e.recipient_code)",
                           f.actor_country and f.actor_country.upper()),
                          ("e.confidence >= ?", _confidence(f.min_confidence)),
                          *(("contains(lower(e.evidence_text), ?)", w) for w in _words(f.q))):
        if value is not None:
            where.append(clause)
            params.append(value)
    if not f.unasserted:
        where.append("e.asserted")
    if f.after is not None:
        # the first condition is implied by the second, but lets DuckDB skip row groups
        where += [f"{key[0]} >= ?", f"({', '.join(key)}) > (?, ?, ?, ?)"]
        params += [f.after[0], *f.after]
    return where, params


def event_query(f: EventFilter, fields: tuple[str, ...] = LISTING_FIELDS,
                joins: str = "") -> tuple[str, list]:
    """The SQL and its parameters for the events a filter selects, oldest first; `joins`:
    more tables to read the fields from."""
    articles = "articles" if f.all_versions else "current_articles"
    where, params = event_where(f)
    sql = (f"SELECT {', '.join(fields)} FROM events e "
           f"JOIN {articles} a ON a.id = e.article_id {joins}")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {', '.join(SORT_KEY)}"
    if f.limit is not None:
        if f.limit < 0:
            raise InputError("--limit: must be 0 or more")
        sql += " LIMIT ?"
        params.append(f.limit)
    return sql, params
