"""Clustering time on a million events: the goal is <= 30 s.

    python3 bench/bench_clusters.py                        # 1,000,000 events
    python3 bench/bench_clusters.py --events 100000 --seed 7 --keep store.duckdb

Generated in SQL inside DuckDB (range() and hash(): the same rows for the same --seed,
whatever the number of threads) into a new store file: --events asserted and unasserted
events over --events / 5 articles (a quarter of them with a url on one of 400 domains, the
others with one of 60 source names), types, actors, recipients and countries drawn with a
skew (a few dyads are most of the news, as in real corpora) and days over two years. Then
`thucydides.store.clusters.cluster` is timed twice: the first clustering of the store, and
a forced recomputation with nothing changed (what each later ingest run pays at most).
Reported: rows, clusters, the events clustered, seconds of each.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from thucydides.store.clusters import cluster
from thucydides.store.db import Store

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"]
EVENTS_PER_ARTICLE = 5


def r(seed: int, field: str) -> str:
    """A number in [0, 1) for row i: the same for the same seed and field."""
    return f"(hash(i, {seed}, '{field}') % 1000003) / 1000003.0"


def generate(store: Store, events: int, seed: int) -> None:
    articles = max(1, events // EVENTS_PER_ARTICLE)
    con = store.con
    con.execute("""INSERT INTO runs (id, started, ended, status) VALUES
        (1, TIMESTAMP '2024-01-01', TIMESTAMP '2024-01-01', 'done')""")
    con.execute(f"""INSERT INTO articles (id, url, version, date, source, text, event_count,
            statement_count, run_id, added)
        SELECT 'a' || i,
            CASE WHEN {r(seed, 'url')} < 0.25
                 THEN 'https://www.site' || CAST(floor({r(seed, 'dom')} * 400) AS INTEGER)
                      || '.com/story/' || i END,
            1, DATE '2022-01-01' + CAST(floor({r(seed, 'day')} * 730) AS INTEGER),
            'Source ' || CAST(floor({r(seed, 'src')} * 60) AS INTEGER), 'text ' || i,
            {EVENTS_PER_ARTICLE}, 0, 1,
            TIMESTAMP '2024-01-01' + to_seconds(CAST(i AS BIGINT))
        FROM range({articles}) t(i)""")
    con.execute(f"""INSERT INTO events (article_id, seq, id, type, actor_code, recipient_code,
            asserted, date, location_country)
        SELECT 'a' || (i // {EVENTS_PER_ARTICLE}), CAST(i % {EVENTS_PER_ARTICLE} AS INTEGER),
            'e' || i,
            list_extract(?, 1 + CAST(floor(pow({r(seed, 'type')}, 2) * {len(TYPES)}) AS INTEGER)),
            'A' || CAST(floor(pow({r(seed, 'act')}, 3) * 40) AS INTEGER),
            CASE WHEN {r(seed, 'norec')} < 0.2 THEN NULL
                 ELSE 'R' || CAST(floor(pow({r(seed, 'rec')}, 3) * 40) AS INTEGER) END,
            {r(seed, 'asserted')} < 0.85,
            CASE WHEN {r(seed, 'nodate')} < 0.1 THEN NULL
                 ELSE DATE '2022-01-01' + CAST(floor({r(seed, 'eday')} * 730) AS INTEGER) END,
            CASE WHEN {r(seed, 'noloc')} < 0.3 THEN NULL
                 ELSE 'C' || CAST(floor(pow({r(seed, 'ctry')}, 2) * 40) AS INTEGER) END
        FROM range({events}) t(i)""", [TYPES])
    con.execute("CHECKPOINT")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", help="the store file to write (default: a temporary one)")
    parser.add_argument("--json", help="write the figures to this file too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.keep) if args.keep else Path(tmp) / "bench.duckdb"
        if db.exists():
            raise SystemExit(f"{db}: exists; give a new file")
        with Store(db) as store:
            started = time.perf_counter()
            generate(store, args.events, args.seed)
            generated = time.perf_counter() - started
            started = time.perf_counter()
            cluster(store.con, force=True)
            first = time.perf_counter() - started
            started = time.perf_counter()
            cluster(store.con, force=True)
            again = time.perf_counter() - started
            rows = store.count("events")
            clusters, clustered = store.con.execute(
                "SELECT count(*), coalesce(sum(num_mentions), 0) FROM clusters").fetchone()
    figures = {"rows": rows, "clusters": clusters, "events_clustered": int(clustered),
               "seconds": round(first, 2), "seconds_again": round(again, 2),
               "generate_seconds": round(generated, 2)}
    print(f"{rows:,} event rows ({generated:.1f} s to generate): {clusters:,} clusters of "
          f"{int(clustered):,} asserted, dated events in {first:.2f} s "
          f"(recomputed with nothing new: {again:.2f} s; goal <= 30 s)")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
