"""The tables of the store (docs/schema.md describes every column)."""

from __future__ import annotations

from ..columns import columns, names
from ..records import Location, StoredArticle, StoredEvent, StoredStatement
from .rows import ActorRow

SCHEMA_VERSION = "3"

# the tables that hold records (records.py declares their rows), with what the store adds
RECORD_TABLES = {"articles": StoredArticle, "actors": ActorRow, "locations": Location,
                 "events": StoredEvent, "statements": StoredStatement}
NOT_NULL = {"articles": ("version", "text", "event_count", "statement_count", "run_id",
                         "added"),
            "actors": ("mentions", "first_run"),
            "events": ("article_id", "seq", "id", "type", "asserted"),
            "statements": ("article_id", "seq", "id")}
KEYS = {"articles": ("id",), "actors": ("id",), "locations": ("id",),
        "events": ("article_id", "seq"), "statements": ("article_id", "seq")}


def table_sql(table: str, record: type | None = None) -> str:
    """The CREATE TABLE of one of the store's record tables (`record`: its record class,
    else the store's own)."""
    lines = [f"{c.name} {c.sql}" + (" NOT NULL" if c.name in NOT_NULL.get(table, ()) else "")
             for c in columns(record or RECORD_TABLES[table])]
    key = KEYS[table]
    if key == ("id",):
        lines[0] += " PRIMARY KEY"
    else:
        lines.append(f"PRIMARY KEY ({', '.join(key)})")
    return f"CREATE TABLE IF NOT EXISTS {table} (\n    " + ",\n    ".join(lines) + "\n)"


TABLES = [
    """CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
)""",
    """CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started TIMESTAMP NOT NULL,
    ended TIMESTAMP,
    status VARCHAR NOT NULL,
    inputs VARCHAR[],
    coder_version VARCHAR,
    lexicon_hash VARCHAR,
    model VARCHAR,
    model_version VARCHAR,
    workers INTEGER,
    articles_read INTEGER NOT NULL DEFAULT 0,
    articles_coded INTEGER NOT NULL DEFAULT 0,
    articles_skipped INTEGER NOT NULL DEFAULT 0,
    inputs_rejected INTEGER NOT NULL DEFAULT 0,
    events INTEGER NOT NULL DEFAULT 0,
    statements INTEGER NOT NULL DEFAULT 0
)""",
    table_sql("articles"),
    "CREATE INDEX IF NOT EXISTS articles_url ON articles (url)",
    table_sql("actors"),
    table_sql("locations"),
    table_sql("events"),
    table_sql("statements"),
    """CREATE TABLE IF NOT EXISTS rejects (
    run_id INTEGER NOT NULL,
    path VARCHAR NOT NULL,
    line INTEGER,
    reason VARCHAR NOT NULL,
    detail VARCHAR,
    added TIMESTAMP NOT NULL
)""",
    # the articles that are the latest version of their url (or have none)
    """CREATE OR REPLACE VIEW current_articles AS
SELECT a.* FROM articles a
WHERE a.url IS NULL
   OR a.version = (SELECT max(b.version) FROM articles b WHERE b.url = a.url)""",
]

# what a store of an older schema version runs to become the next version
UPGRADES = {
    "1": [f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {prefix}_{column} INTEGER"
          for table, prefix in (("events", "actor"), ("events", "recipient"),
                                ("statements", "speaker"))
          for column in ("start", "end")],
    "2": [f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} VARCHAR"
          for table, column in (("events", "actor_resolved_by"),
                                ("events", "recipient_resolved_by"),
                                ("events", "location_basis"),
                                ("statements", "speaker_resolved_by"),
                                ("articles", "date_source"))],
}

# column order of the inserts (as in the tables above)
EVENT_COLUMNS = names(StoredEvent)
STATEMENT_COLUMNS = names(StoredStatement)
ARTICLE_COLUMNS = names(StoredArticle)
ACTOR_TABLE_COLUMNS = names(ActorRow)
LOCATION_COLUMNS = names(Location)
# the place's fields an event row does not hold, from the locations table `l` joined to it
JOINED_PLACE = ", ".join(f"l.{c} AS location_{c}" for c in LOCATION_COLUMNS
                         if f"location_{c}" not in EVENT_COLUMNS)
REJECT_COLUMNS = ("run_id", "path", "line", "reason", "detail", "added")
