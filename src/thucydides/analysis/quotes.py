"""Who said what: statements by speaker and words, a page at a time."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from .series import checked_limit, window


@dataclass
class QuoteFilter:
    speaker: str | None = None  # part of the speaker's name or words naming them, or their code
    q: str | None = None  # part of the words said
    since: date | str | None = None  # the statement's day, inclusive
    until: date | str | None = None
    limit: int = 50
    after: tuple | None = None  # (date, article_id, seq) of the last quote of the previous page


@dataclass
class Quote:
    id: str
    article_id: str
    seq: int
    sentence: int
    date: date | None
    speaker_id: str | None
    speaker_code: str | None
    speaker_sector: str | None
    speaker_name: str | None
    speaker_title: str | None
    speaker_text: str | None
    speaker_kind: str | None
    speaker_start: int | None  # where the words naming the speaker stand in the article
    speaker_end: int | None
    verb: str
    content_text: str
    content_start: int
    content_end: int
    direct: bool
    trigger_text: str
    trigger_start: int
    trigger_end: int
    evidence_text: str
    evidence_start: int
    evidence_end: int
    title: str | None  # the article's
    source: str | None
    published: date | None
    url: str | None

    @property
    def key(self) -> tuple:
        """What QuoteFilter.after takes to page on from this quote."""
        return (self.date, self.article_id, self.seq)


ARTICLE_FIELDS = {"title": "a.title", "source": "a.source", "published": "a.date", "url": "a.url"}
COLUMNS = [ARTICLE_FIELDS.get(f.name, f"s.{f.name}") for f in fields(Quote)]


def _speaker(value: str) -> tuple[str, list]:
    return ("(contains(lower(s.speaker_name), lower(?)) OR "
            "contains(lower(s.speaker_text), lower(?)) OR upper(s.speaker_code) = upper(?))",
            [value, value, value])


def _after(key: tuple) -> tuple[str, list]:
    """The statements that come after `key` in the order date NULLS LAST, article_id, seq."""
    day, article_id, seq = key
    later = "(s.article_id > ? OR (s.article_id = ? AND s.seq > ?))"
    if day is None:
        return f"(s.date IS NULL AND {later})", [article_id, article_id, seq]
    return (f"(s.date > ? OR s.date IS NULL OR (s.date = ? AND {later}))",
            [day, day, article_id, article_id, seq])


def quotes(con, f: QuoteFilter) -> list[Quote]:
    """The statements a filter selects, oldest first (undated ones last)."""
    clauses, params = window(f.since, f.until, "s.date")
    for make, value in ((_speaker, f.speaker), (_after, f.after)):
        if value:
            clause, values = make(value)
            clauses.append(clause)
            params += values
    if f.q:
        clauses.append("contains(lower(s.content_text), lower(?))")
        params.append(f.q)
    sql = (f"SELECT {', '.join(COLUMNS)} FROM statements s "
           "JOIN current_articles a ON a.id = s.article_id")
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY s.date NULLS LAST, s.article_id, s.seq LIMIT ?"
    params.append(checked_limit(f.limit))
    return [Quote(*row) for row in con.execute(sql, params).fetchall()]
