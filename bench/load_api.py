"""A bounded load test of `thucydides serve` on loopback, while an ingest runs beside it.

    python3 bench/load_api.py                          # 2,000 requests, 16 at a time
    python3 bench/load_api.py --requests 500 --json out.json
    python3 bench/load_api.py --worst 20 --json bench/results/load_worst.json

The server serves a store filled by `thucydides ingest examples/` (made once, in a
temporary folder). Meanwhile a `thucydides ingest` codes a generated corpus
(bench/corpus.py) into THE SAME store: the server reads a snapshot of it, and takes a new
one once the ingest is done, so the two share the file as well as the machine (its
cores, memory and disk). Then --requests
requests, --concurrency at a time, over a mix of endpoints (event pages with filters
and cursors, dyad series, top dyads, actors, network, quotes, articles, health, and
some POST /api/code). Reported: the answers by status (goal: no 5xx), latency
p50/p95/p99 overall and per endpoint, and whether the ingest was still running at the end.

--worst N adds N worst-case POST /api/code bodies among them, a megabyte each of 'a a a
...' or '((((...' (the most tokens a megabyte holds): the normal requests must still get
no 5xx, and the server's peak memory (VmHWM) is reported (goal: under 2 GiB).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx
from bench_api import percentiles, start_server
from bench_spark import vm_hwm_mib

ROOT = Path(__file__).resolve().parent.parent
CODED_TEXT = "Russia accused NATO of provoking the crisis. Ukraine asked the EU for more aid."
WORST = ("a " * 499_990, "(" * 999_980)  # 1 MB of JSON each, the most tokens a megabyte holds
# endpoint -> weight in the mix
MIX = {"events": 30, "events_filtered": 20, "events_next": 15, "series": 10, "dyads": 5,
       "actors": 5, "network": 5, "quotes": 4, "article": 4, "health": 1, "code": 1}


def requests_for(kind: str, rng: random.Random, article_ids: list[str],
                 cursors: list[str]) -> tuple[str, str, dict]:
    """(method, path, params or body) for one request of this kind."""
    filters = [{"actor": "RUS"}, {"actor": "UKR", "recipient": "RUS"}, {"type": "ACCUSE"},
               {"quad": 4}, {"since": "2022-02-24"}, {"q": "troops"}]
    paths = {
        "events": ("GET", "/api/events", {"limit": rng.choice([20, 100, 500])}),
        "events_filtered": ("GET", "/api/events", rng.choice(filters)),
        "events_next": ("GET", "/api/events", {"limit": 20, "cursor": rng.choice(cursors)}),
        "series": ("GET", f"/api/dyads/{rng.choice(['RUS/UKR', 'RUS/NATO', 'USA/RUS'])}/series",
                   {"by": rng.choice(["day", "week", "month"])}),
        "dyads": ("GET", "/api/dyads", {"limit": 20}),
        "actors": ("GET", "/api/actors", {"limit": 50, "q": rng.choice(["", "rus", "minister"])}),
        "network": ("GET", "/api/network", {"limit": 40}),
        "quotes": ("GET", "/api/quotes", {"speaker": rng.choice(["", "lavrov", "putin"])}),
        "article": ("GET", f"/api/articles/{rng.choice(article_ids)}", {}),
        "health": ("GET", "/api/health", {}),
        "code": ("POST", "/api/code", {"text": CODED_TEXT, "date": "2022-03-03"}),
        "code_worst": ("POST", "/api/code", {"text": rng.choice(WORST)}),
    }
    return paths[kind]


async def run_load(base: str, n: int, concurrency: int, seed: int,
                   worst: int = 0) -> list[tuple]:
    """(kind, status, seconds) of each request; `worst` worst-case bodies among them (the
    coder codes one text at a time: a normal POST may wait for all of them)."""
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=120 + 60 * worst) as client:
        first = (await client.get("/api/events", params={"limit": 20})).json()
        article_ids = sorted({e["article_id"] for e in first["events"]})
        cursors = [first["next"]]
        kinds = rng.choices(list(MIX), weights=list(MIX.values()), k=n)
        for _ in range(worst):
            kinds.insert(rng.randrange(len(kinds) + 1), "code_worst")
        plan = [(kind, *requests_for(kind, rng, article_ids, cursors)) for kind in kinds]
        gate = asyncio.Semaphore(concurrency)

        async def one(kind: str, method: str, path: str, params: dict) -> tuple:
            async with gate:
                started = time.perf_counter()
                try:
                    if method == "POST":
                        r = await client.post(path, json=params)
                    else:
                        r = await client.get(path, params=params)
                    status = r.status_code
                except httpx.HTTPError as exc:
                    status = type(exc).__name__
                return kind, status, time.perf_counter() - started

        return await asyncio.gather(*(one(*p) for p in plan))


def examples_store(folder: Path) -> Path:
    db = folder / "examples.duckdb"
    subprocess.run([sys.executable, "-m", "thucydides.cli", "ingest", str(ROOT / "examples"),
                    "--db", str(db), "--progress-every", "600"], check=True,
                   stdout=subprocess.DEVNULL)
    return db


def start_ingest(folder: Path, db: Path, sentences: int) -> subprocess.Popen:
    corpus = folder / "corpus.jsonl"
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), str(corpus),
                    "--sentences", str(sentences)], check=True, stdout=subprocess.DEVNULL)
    return subprocess.Popen([sys.executable, "-m", "thucydides.cli", "ingest", str(corpus),
                             "--db", str(db), "--progress-every", "600"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def report(results: list[tuple], seconds: float, ingest_running: bool) -> dict:
    normal = Counter(str(status) for kind, status, _ in results if kind != "code_worst")
    statuses = Counter(str(status) for _, status, _ in results)
    by_kind = defaultdict(list)
    for kind, _, elapsed in results:
        by_kind[kind].append(elapsed)
    return {
        "requests": len(results), "seconds": round(seconds, 1),
        "requests_per_s": round(len(results) / seconds, 1),
        "statuses": dict(sorted(statuses.items())),
        "server_errors": sum(n for s, n in statuses.items() if not s.startswith(("2", "4"))),
        "server_errors_normal": sum(n for s, n in normal.items()
                                    if not s.startswith(("2", "4"))),
        "ingest_running_at_end": ingest_running,
        "latency": percentiles([e for _, _, e in results]),
        "by_endpoint": {k: percentiles(v) if len(v) > 1 else {"n": len(v)}
                        for k, v in sorted(by_kind.items())},
        "mean_ms": round(statistics.mean(e for _, _, e in results) * 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--sentences", type=int, default=20000,
                        help="size of the corpus the concurrent ingest codes")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--worst", type=int, default=0,
                        help="worst-case 1 MB POST /api/code bodies among the requests")
    parser.add_argument("--json", help="write the figures to this file too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = examples_store(folder)
        server, base, _ = start_server(db)
        ingest = start_ingest(folder, db, args.sentences)
        try:
            time.sleep(3)  # the ingest's workers loading their model
            started = time.perf_counter()
            results = asyncio.run(run_load(base, args.requests, args.concurrency, args.seed,
                                           args.worst))
            figures = report(results, time.perf_counter() - started, ingest.poll() is None)
            figures["server_peak_mib"] = vm_hwm_mib(server.pid)
        finally:
            for process in (ingest, server):
                process.terminate()
                process.wait(timeout=60)
    figures["concurrency"] = args.concurrency
    figures["worst"] = args.worst
    print(f"server RSS peak: {figures['server_peak_mib']:,.0f} MiB", file=sys.stderr)
    print(json.dumps(figures, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
