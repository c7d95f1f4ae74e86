"""Events by dyad, type and time: parameterised SQL only (values are bound, never pasted)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..ingest.read import InputError

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE",
                "COERCE", "ASSAULT")

# what `thucydides events` shows, in this order
EVENT_FIELDS = (
    "CAST(e.date AS VARCHAR) AS date", "e.type", "e.mode", "e.cameo", "e.quad", "e.goldstein",
    "e.actor_code", "e.actor_sector", "e.actor_name", "e.actor_text",
    "e.recipient_code", "e.recipient_sector", "e.recipient_name", "e.recipient_text",
    "e.asserted", "e.polarity", "e.modality", "e.location_name", "e.location_country",
    "e.trigger_text", "e.evidence_text", "e.confidence", "e.id", "e.article_id",
    "CAST(a.date AS VARCHAR) AS published", "a.title", "a.source", "a.url", "e.cluster_id")


@dataclass
class EventFilter:
    actor: str | None = None  # actor code: RUS, NATO
    recipient: str | None = None
    type: str | None = None  # PLOVER type
    since: str | None = None  # YYYY-MM-DD, the event's date, inclusive
    until: str | None = None
    limit: int | None = None
    unasserted: bool = False  # also the events the text denies, supposes or asks for
    all_versions: bool = False  # also events of older versions of an article


def _day(value: str | None, flag: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"{flag} {value!r}: expected a date as YYYY-MM-DD") from None


def _type(value: str | None) -> str | None:
    if value is None:
        return None
    if value.upper() not in PLOVER_TYPES:
        raise InputError(f"--type {value!r}: not a PLOVER type ({', '.join(PLOVER_TYPES)})")
    return value.upper()


def event_query(f: EventFilter) -> tuple[str, list]:
    """The SQL and its parameters for the events a filter selects, oldest first."""
    articles = "articles" if f.all_versions else "current_articles"
    where, params = [], []
    for clause, value in (("e.actor_code = ?", f.actor and f.actor.upper()),
                          ("e.recipient_code = ?", f.recipient and f.recipient.upper()),
                          ("e.type = ?", _type(f.type)),
                          ("e.date >= CAST(? AS DATE)", _day(f.since, "--since")),
                          ("e.date <= CAST(? AS DATE)", _day(f.until, "--until"))):
        if value is not None:
            where.append(clause)
            params.append(value)
    if not f.unasserted:
        where.append("e.asserted")
    sql = (f"SELECT {', '.join(EVENT_FIELDS)} FROM events e "
           f"JOIN {articles} a ON a.id = e.article_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY e.date NULLS LAST, a.date, e.article_id, e.seq"
    if f.limit is not None:
        if f.limit < 0:
            raise InputError("--limit: must be 0 or more")
        sql += " LIMIT ?"
        params.append(f.limit)
    return sql, params
