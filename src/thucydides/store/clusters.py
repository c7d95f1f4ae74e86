"""Event clusters: the same event reported by many articles, counted as GDELT counts it.

Asserted events of current article versions with the same type, actor code, recipient code
and location country (the key) whose days follow each other with gaps of at most one day
form one cluster (gaps and islands over the key's events in day order). The whole
clustering is recomputed in SQL, in one transaction, at the end of each ingest run: an
article that arrives later joins, extends or bridges clusters, and the clusters are as if
every article had come at once. A cluster's id is a hash of its key and its first day, so
the same events always give the same ids. docs/schema.md, "clusters".
"""

from __future__ import annotations

from contextlib import suppress

import duckdb

CREATE = """CREATE TABLE IF NOT EXISTS clusters (
    cluster_id VARCHAR PRIMARY KEY,
    type VARCHAR NOT NULL,
    actor_code VARCHAR,
    recipient_code VARCHAR,
    country VARCHAR,
    first_date DATE NOT NULL,
    last_date DATE NOT NULL,
    num_mentions INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,
    num_sources INTEGER NOT NULL,
    first_seen TIMESTAMP NOT NULL
)"""

# the articles and events the clusters were computed from (articles are only ever added;
# a recode, which replaces events, removes the key)
FINGERPRINT_KEY = "clusters_of"
FINGERPRINT = "SELECT count(*) || '/' || coalesce(CAST(max(added) AS VARCHAR), '') FROM articles"

# every clustered event with its cluster: a temporary table, then the two writes below
MEMBERS = r"""CREATE OR REPLACE TEMP TABLE cluster_members AS
WITH ev AS (
    SELECT e.article_id, e.seq, e.type,
        coalesce(e.actor_code, '') AS actor, coalesce(e.recipient_code, '') AS recipient,
        coalesce(e.location_country, '') AS country,
        coalesce(e.date, a.date) AS day,
        coalesce(nullif(regexp_extract(lower(a.url), '^[a-z][a-z0-9+.-]*://(www\.)?([^/:?#@]+)',
                                       2), ''),
                 nullif(lower(trim(a.source)), ''),
                 'article ' || a.id) AS source_key,
        least(a.added, coalesce(CAST(a.date AS TIMESTAMP), a.added)) AS seen
    FROM events e JOIN current_articles a ON a.id = e.article_id
    WHERE e.asserted AND coalesce(e.date, a.date) IS NOT NULL
), flagged AS (
    SELECT *, CASE WHEN day - lag(day) OVER key_order <= 1 THEN NULL ELSE day END AS start
    FROM ev
    WINDOW key_order AS (PARTITION BY type, actor, recipient, country ORDER BY day)
), islands AS (
    -- the default frame (RANGE ... CURRENT ROW) takes in the events of the same day
    SELECT *, max(start) OVER (PARTITION BY type, actor, recipient, country ORDER BY day)
        AS first_date
    FROM flagged
)
SELECT article_id, seq, type, actor, recipient, country, day, source_key, seen, first_date,
    substr(md5(concat_ws('|', type, actor, recipient, country, CAST(first_date AS VARCHAR))),
           1, 16) AS cluster_id
FROM islands"""

# only the events whose cluster changed are written (none of them on a run that adds nothing)
ASSIGN = """UPDATE events SET cluster_id = changed.cluster_id
FROM (SELECT e.article_id, e.seq, m.cluster_id
      FROM events e LEFT JOIN cluster_members m USING (article_id, seq)
      WHERE e.cluster_id IS DISTINCT FROM m.cluster_id) AS changed
WHERE events.article_id = changed.article_id AND events.seq = changed.seq"""

FILL = """INSERT INTO clusters
SELECT cluster_id, any_value(type), nullif(any_value(actor), ''),
    nullif(any_value(recipient), ''), nullif(any_value(country), ''),
    min(day), max(day), count(*), count(DISTINCT article_id), count(DISTINCT source_key),
    min(seen)
FROM cluster_members GROUP BY cluster_id"""


def cluster(con: duckdb.DuckDBPyConnection, force: bool = False) -> bool:
    """Recompute every cluster and `events.cluster_id` in one transaction; nothing is done
    when no article was added since the last clustering (unless `force`). Returns whether
    the clusters were recomputed."""
    con.execute(CREATE)
    fingerprint = con.execute(FINGERPRINT).fetchone()[0]
    if not force:
        row = con.execute("SELECT value FROM meta WHERE key = ?", [FINGERPRINT_KEY]).fetchone()
        if row is not None and row[0] == fingerprint:
            return False
    con.begin()
    try:
        con.execute(MEMBERS)
        con.execute(ASSIGN)
        # a new table: far quicker than deleting every row of the old one (its key index)
        con.execute("DROP TABLE clusters")
        con.execute(CREATE)
        con.execute(FILL)
        con.execute("DROP TABLE cluster_members")
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [FINGERPRINT_KEY, fingerprint])
        con.commit()
    except BaseException:
        with suppress(duckdb.Error):
            con.rollback()
        raise
    return True


def cluster_counts(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, int, int]]:
    """cluster_id -> (num_mentions, num_sources, num_articles), GDELT's column order; empty
    for a store never clustered."""
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables").fetchall()}
    if "clusters" not in tables:
        return {}
    rows = con.execute(
        "SELECT cluster_id, num_mentions, num_sources, num_articles FROM clusters").fetchall()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}
