"""API latency over a store of a million events, through a real server over HTTP.

    python3 bench/bench_api.py                                # 1,000,000 events
    python3 bench/bench_api.py --events 100000 --cache /tmp/small.duckdb --requests 50

The store is generated once into --cache (default: thucydides-api.duckdb in the temporary
folder; reused when it exists): --events synthetic event
rows over --events / 5 articles (a quarter of them with a url, one url in twenty with a
second version), inserted with SQL straight into a real store (the tables of
thucydides.store.schema), 3 years of days, 300 actor codes drawn with a skew (a few dyads
are most of the news; RUS and NATO among them), evidence sentences from a few templates.
Then `thucydides serve` runs on it on a free port and httpx asks, one request at a time,
--requests times each:

- series: /api/dyads/RUS/NATO/series?by=week (goal p95 <= 200 ms);
- events pages (goal p95 <= 100 ms): the first page, with and without filters, and deep
  pages: pages walked with the cursor from the middle and from the end of the store.

p50, p95 and p99 in ms of each, and the figures of the store, go to --json.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from thucydides.api import paging
from thucydides.store.db import Store
from thucydides.store.schema import EVENT_COLUMNS

EVENTS_PER_ARTICLE = 5
DAYS = 3 * 365
CACHE = Path(tempfile.gettempdir()) / "thucydides-api.duckdb"
TYPES = [("AGREE", "030", 1, 4.0), ("CONSULT", "040", 1, 1.0), ("SUPPORT", "051", 1, 3.4),
         ("COOPERATE", "060", 2, 6.0), ("AID", "070", 2, 7.0), ("REQUEST", "100", 3, -5.0),
         ("ACCUSE", "112", 3, -2.0), ("REJECT", "120", 3, -4.0), ("THREATEN", "130", 3, -4.4),
         ("PROTEST", "140", 4, -6.5), ("SANCTION", "163", 4, -8.0), ("MOBILIZE", "150", 4, -7.2),
         ("COERCE", "170", 4, -7.0), ("ASSAULT", "190", 4, -10.0)]
NAMED = ["RUS", "NATO", "UKR", "USA", "CHN", "EU", "GBR", "FRA", "DEU", "IRN", "ISR", "TUR"]
CODES = NAMED + [f"X{i:03d}" for i in range(300 - len(NAMED))]
SENTENCES = ["{a} accused {b} of provoking the crisis on the border.",
             "{a} and {b} agreed to resume talks in Geneva next week.",
             "Officials said {a} had threatened {b} with new sanctions.",
             "{a} sent humanitarian aid to {b} after the floods.",
             "{a} rejected the demands of {b} for security guarantees."]


def r(field: str) -> str:
    """A number in [0, 1) for row i, the same on every run."""
    return f"(hash(i, '{field}') % 1000003) / 1000003.0"


def pick(field: str, n: int, skew: float = 1.0) -> str:
    """A number in 0..n-1 for row i; with skew > 1 the low ones come most often."""
    return f"CAST(floor(pow({r(field)}, {skew}) * {n}) AS INTEGER)"


# the generated columns of events (the others are null)
EVENT_VALUES = {
    "article_id": f"'a' || (i // {EVENTS_PER_ARTICLE})",
    "seq": f"CAST(i % {EVENTS_PER_ARTICLE} AS INTEGER)", "id": "'e' || i",
    "sentence": f"CAST(i % {EVENTS_PER_ARTICLE} AS INTEGER)",
    "type": "t.type", "cameo": "t.cameo", "quad": "t.quad", "goldstein": "t.goldstein",
    "actor_code": "ac.code", "actor_text": "ac.code", "actor_kind": "'state'",
    "recipient_code": "rc.code", "recipient_text": "rc.code", "recipient_kind": "'state'",
    "asserted": "asserted", "polarity": "'positive'", "modality": "'actual'",
    "date": "DATE '2021-01-01' + day", "trigger_text": "'said'", "trigger_start": "10",
    "trigger_end": "14",
    "evidence_text": "replace(replace(s.text, '{a}', ac.code), '{b}', coalesce(rc.code, 'them'))",
    "evidence_start": "0", "evidence_end": "60", "confidence": "0.9",
}
DRAWS = (f"SELECT i, {pick('act', len(CODES), 3)} AS a, "
         f"CASE WHEN {r('norec')} < 0.1 THEN NULL ELSE {pick('rec', len(CODES), 3)} END AS b, "
         f"{pick('type', len(TYPES), 1.5)} AS k, {pick('sentence', len(SENTENCES))} AS n, "
         f"{r('asserted')} < 0.85 AS asserted, {pick('day', DAYS)} AS day")


def generate(db: Path, events: int) -> None:
    """The synthetic store; the same rows for the same --events."""
    columns = [c for c in EVENT_COLUMNS if c in EVENT_VALUES]
    with Store(db) as store:
        con = store.con
        _lookups(con)
        con.execute("INSERT INTO runs (id, started, ended, status) VALUES "
                    "(1, TIMESTAMP '2024-01-01', TIMESTAMP '2024-01-01', 'done')")
        con.execute(f"""INSERT INTO articles (id, url, version, title, date, source, text,
                event_count, statement_count, run_id, added)
            SELECT 'a' || i, CASE WHEN u THEN 'https://news.example/' || (i - v + 1) END,
                CASE WHEN u THEN v ELSE 1 END,
                'Story ' || i, DATE '2021-01-01' + {pick('day', DAYS)},
                'Source ' || {pick('src', 60)}, 'text of story ' || i,
                {EVENTS_PER_ARTICLE}, 0, 1, TIMESTAMP '2024-01-01'
            FROM (SELECT i, hash(i // 2, 'url') % 4 = 0 AS u,
                    CASE WHEN i % 2 = 1 AND {r('v2')} < 0.1 THEN 2 ELSE 1 END AS v
                  FROM range({events // EVENTS_PER_ARTICLE}) t(i))""")
        con.execute(f"""INSERT INTO events ({', '.join(columns)})
            SELECT {', '.join(EVENT_VALUES[c] for c in columns)}
            FROM ({DRAWS} FROM range({events}) t(i)) g
            JOIN gen_codes ac ON ac.n = g.a LEFT JOIN gen_codes rc ON rc.n = g.b
            JOIN gen_types t ON t.n = g.k JOIN gen_sentences s ON s.n = g.n
            ORDER BY i""")
        con.execute("CHECKPOINT")


def _lookups(con) -> None:
    """Temporary tables the generator draws codes, types and sentences from."""
    con.execute("CREATE TEMP TABLE gen_codes (n INTEGER, code VARCHAR)")
    con.executemany("INSERT INTO gen_codes VALUES (?, ?)", list(enumerate(CODES)))
    con.execute("CREATE TEMP TABLE gen_types (n INTEGER, type VARCHAR, cameo VARCHAR, "
                "quad INTEGER, goldstein DOUBLE)")
    con.executemany("INSERT INTO gen_types VALUES (?, ?, ?, ?, ?)",
                    [(n, *t) for n, t in enumerate(TYPES)])
    con.execute("CREATE TEMP TABLE gen_sentences (n INTEGER, text VARCHAR)")
    con.executemany("INSERT INTO gen_sentences VALUES (?, ?)", list(enumerate(SENTENCES)))



def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path) -> tuple[subprocess.Popen, str, float]:
    """`thucydides serve` on a free port; returns it, its address, seconds to answer."""
    port = free_port()
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "thucydides.cli", "serve", "--db", str(db),
                               "--port", str(port)], stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    while True:
        try:
            httpx.get(f"{base}/api/health", timeout=60).raise_for_status()
            return server, base, time.perf_counter() - started
        except httpx.TransportError:
            if server.poll() is not None:
                raise SystemExit("the server stopped") from None
            time.sleep(0.2)


def percentiles(times: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(times, n=100, method="inclusive")
    return {"n": len(times), "p50_ms": round(cuts[49] * 1000, 1),
            "p95_ms": round(cuts[94] * 1000, 1), "p99_ms": round(cuts[98] * 1000, 1),
            "max_ms": round(max(times) * 1000, 1)}


def timed(client: httpx.Client, path: str, params: dict) -> tuple[float, dict]:
    started = time.perf_counter()
    r = client.get(path, params=params)
    elapsed = time.perf_counter() - started
    r.raise_for_status()
    return elapsed, r.json()


def repeat(client: httpx.Client, path: str, params: dict, n: int) -> dict:
    timed(client, path, params)  # warm up
    return percentiles([timed(client, path, params)[0] for _ in range(n)])


def walk(client: httpx.Client, params: dict, start: tuple | None, n: int) -> dict:
    """n pages in a row, each from the cursor of the one before (from `start`, a key)."""
    cursor = start and paging.encode(start)
    times = []
    while len(times) < n:
        elapsed, page = timed(client, "/api/events", {**params, **({"cursor": cursor}
                                                                    if cursor else {})})
        times.append(elapsed)
        cursor = page["next"]
        if cursor is None:
            cursor = start and paging.encode(start)
    return percentiles(times)


def middle_key(db: Path, where: str) -> tuple:
    """The sort key of the event halfway down the listing (a client deep in its walk)."""
    with Store(db, read_only=True) as store:
        listed = f"FROM events e JOIN current_articles a ON a.id = e.article_id WHERE {where}"
        half = store.con.execute(f"SELECT count(*) // 2 {listed}").fetchone()[0]
        return store.con.execute(f"""SELECT coalesce(e.date, DATE '9999-12-31'),
                coalesce(a.date, DATE '9999-12-31'), e.article_id, e.seq {listed}
            ORDER BY ALL LIMIT 1 OFFSET ?""", [half]).fetchone()


FILTERS = {"none": {}, "actor+recipient": {"actor": "RUS", "recipient": "NATO"},
           "type+since": {"type": "ACCUSE", "since": "2022-06-01"}, "quad": {"quad": 4},
           "words": {"q": "geneva talks"}}
WHERE = {"none": "e.asserted",
         "actor+recipient": "e.asserted AND e.actor_code = 'RUS' AND e.recipient_code = 'NATO'"}


def measure(db: Path, n: int) -> dict:
    server, base, startup = start_server(db)
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            figures = {"server_start_s": round(startup, 1), "series_week": repeat(
                client, "/api/dyads/RUS/NATO/series", {"by": "week"}, n)}
            for name, params in FILTERS.items():
                figures[f"events_first_page_{name}"] = repeat(
                    client, "/api/events", {**params, "limit": 100}, n)
            for name, where in WHERE.items():
                figures[f"events_deep_pages_{name}"] = walk(
                    client, {**FILTERS[name], "limit": 100}, middle_key(db, where), n)
            figures["events_walk_from_start"] = walk(client, {"limit": 100}, None, n)
    finally:
        server.terminate()
        server.wait(timeout=60)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--cache", default=str(CACHE),
                        help="the generated store, reused when it exists")
    parser.add_argument("--requests", type=int, default=200, help="requests per figure")
    parser.add_argument("--json", help="write the figures to this file too")
    args = parser.parse_args()
    db = Path(args.cache)
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        generate(db, args.events)
        print(f"generated {args.events:,} events in {time.perf_counter() - started:.1f} s "
              f"-> {db}", file=sys.stderr)
    with Store(db, read_only=True) as store:
        rows = {t: store.count(t) for t in ("events", "articles")}
    figures = {**rows, "cores": os.cpu_count(), **measure(db, args.requests)}
    for name, value in figures.items():
        print(f"{name}: {value}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
