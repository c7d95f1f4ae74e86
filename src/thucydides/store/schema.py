"""The tables of the store (docs/schema.md describes every column)."""

from __future__ import annotations

SCHEMA_VERSION = "2"

# an actor's columns, repeated in events (actor_, recipient_) and statements (speaker_)
ACTOR_COLUMNS = ("id", "code", "sector", "name", "title", "text", "kind", "start", "end")
ACTOR_OFFSETS = ("start", "end")  # INTEGER; the others are VARCHAR


def _actor_type(column: str) -> str:
    return "INTEGER" if column in ACTOR_OFFSETS else "VARCHAR"


def _actor(prefix: str) -> str:
    return ",\n    ".join(f"{prefix}_{c} {_actor_type(c)}" for c in ACTOR_COLUMNS)


def _span(prefix: str) -> str:
    """A records.Span: its text and character offsets."""
    return f"{prefix}_text VARCHAR,\n    {prefix}_start INTEGER,\n    {prefix}_end INTEGER"


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
    """CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    url VARCHAR,
    version INTEGER NOT NULL,
    title VARCHAR,
    date DATE,
    source VARCHAR,
    given_id VARCHAR,
    path VARCHAR,
    line INTEGER,
    text VARCHAR NOT NULL,
    event_count INTEGER NOT NULL,
    statement_count INTEGER NOT NULL,
    warnings VARCHAR[],
    run_id INTEGER NOT NULL,
    added TIMESTAMP NOT NULL
)""",
    "CREATE INDEX IF NOT EXISTS articles_url ON articles (url)",
    """CREATE TABLE IF NOT EXISTS actors (
    id VARCHAR PRIMARY KEY,
    code VARCHAR,
    sector VARCHAR,
    name VARCHAR,
    title VARCHAR,
    kind VARCHAR,
    names VARCHAR[],
    mentions INTEGER NOT NULL,
    first_run INTEGER NOT NULL
)""",
    """CREATE TABLE IF NOT EXISTS locations (
    id VARCHAR PRIMARY KEY,
    name VARCHAR,
    country VARCHAR,
    admin1 VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    geonameid BIGINT,
    kind VARCHAR,
    resolution INTEGER
)""",
    f"""CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    id VARCHAR NOT NULL,
    sentence INTEGER,
    type VARCHAR NOT NULL,
    mode VARCHAR,
    cameo VARCHAR,
    quad INTEGER,
    goldstein DOUBLE,
    {_actor("actor")},
    {_actor("recipient")},
    asserted BOOLEAN NOT NULL,
    polarity VARCHAR,
    modality VARCHAR,
    date DATE,
    date_text VARCHAR,
    date_precision VARCHAR,
    location_id VARCHAR,
    location_name VARCHAR,
    location_country VARCHAR,
    {_span("trigger")},
    {_span("evidence")},
    confidence DOUBLE,
    cluster_id VARCHAR,
    PRIMARY KEY (article_id, seq)
)""",
    f"""CREATE TABLE IF NOT EXISTS statements (
    article_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    id VARCHAR NOT NULL,
    sentence INTEGER,
    {_actor("speaker")},
    verb VARCHAR,
    {_span("content")},
    direct BOOLEAN,
    date DATE,
    {_span("trigger")},
    {_span("evidence")},
    PRIMARY KEY (article_id, seq)
)""",
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

# what a store of an older schema version runs to become this version
UPGRADES = {
    "1": [f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {prefix}_{column} INTEGER"
          for table, prefix in (("events", "actor"), ("events", "recipient"),
                                ("statements", "speaker"))
          for column in ACTOR_OFFSETS],
}

# column order of the inserts (as in the tables above)
EVENT_COLUMNS = (
    "article_id", "seq", "id", "sentence", "type", "mode", "cameo", "quad", "goldstein",
    *(f"actor_{c}" for c in ACTOR_COLUMNS), *(f"recipient_{c}" for c in ACTOR_COLUMNS),
    "asserted", "polarity", "modality", "date", "date_text", "date_precision",
    "location_id", "location_name", "location_country",
    "trigger_text", "trigger_start", "trigger_end",
    "evidence_text", "evidence_start", "evidence_end", "confidence", "cluster_id")
STATEMENT_COLUMNS = (
    "article_id", "seq", "id", "sentence", *(f"speaker_{c}" for c in ACTOR_COLUMNS),
    "verb", "content_text", "content_start", "content_end", "direct", "date",
    "trigger_text", "trigger_start", "trigger_end",
    "evidence_text", "evidence_start", "evidence_end")
ARTICLE_COLUMNS = (
    "id", "url", "version", "title", "date", "source", "given_id", "path", "line", "text",
    "event_count", "statement_count", "warnings", "run_id", "added")
ACTOR_TABLE_COLUMNS = ("id", "code", "sector", "name", "title", "kind", "names", "mentions",
                       "first_run")
LOCATION_COLUMNS = ("id", "name", "country", "admin1", "lat", "lon", "geonameid", "kind",
                    "resolution")
REJECT_COLUMNS = ("run_id", "path", "line", "reason", "detail", "added")
