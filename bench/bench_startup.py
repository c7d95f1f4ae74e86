"""The time of one call: `thucydides code` on one sentence, and the first POST /api/code.

    python3 bench/bench_startup.py                  # best of 5 each
    python3 bench/bench_startup.py --repeat 3 --json bench/results/startup.json

- code: `thucydides code - --date 2022-11-11` with one sentence on standard input, a new
  process each time, timed from start to exit: with the user's cache of compiled
  dictionaries and gazetteer warm (the usual case), once with an empty cache (the first
  run after an install or an edit of the dictionaries) and once with the cache off;
- first POST: `thucydides serve` over an empty store on a free port, started afresh each
  time; once /api/health answers, the first POST /api/code of the sentence, then a second
  one for comparison (goal: the first as fast as the next, under 0.5 s).

Best (smallest) of --repeat runs of each; figures in seconds, to stdout and to --json.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from thucydides.store.db import Store

SENTENCE = "Russia withdrew its troops from Kherson on Friday, the Ukrainian government said.\n"
DATE = "2022-11-11"
CLI = [sys.executable, "-m", "thucydides.cli"]


def time_code(env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([*CLI, "code", "-", "--date", DATE], input=SENTENCE.encode(), env=env,
                   check=True, capture_output=True)
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def time_posts(db: Path) -> tuple[float, float, float]:
    """Seconds until the server answers, for the first POST and for the second."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    server = subprocess.Popen([*CLI, "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with httpx.Client(base_url=url, timeout=60) as client:
            while True:
                try:
                    if client.get("/api/health").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.05)
            ready = time.perf_counter() - started
            posts = []
            for _ in range(2):
                t = time.perf_counter()
                client.post("/api/code", json={"text": SENTENCE, "date": DATE}) \
                    .raise_for_status()
                posts.append(time.perf_counter() - t)
        return ready, posts[0], posts[1]
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ)
        time_code(env)  # the user's cache is filled, as by any first run
        warm = min(time_code(env) for _ in range(args.repeat))
        cold = time_code({**env, "THUCYDIDES_CACHE": str(Path(folder) / "cache")})
        off = time_code({**env, "THUCYDIDES_CACHE": "off"})
        db = Path(folder) / "empty.duckdb"
        Store(db).close()
        runs = [time_posts(db) for _ in range(args.repeat)]
    result = {"code_one_sentence_s": round(warm, 2), "code_empty_cache_s": round(cold, 2),
              "code_cache_off_s": round(off, 2),
              "serve_ready_s": round(min(r[0] for r in runs), 2),
              "first_post_s": round(min(r[1] for r in runs), 3),
              "second_post_s": round(min(r[2] for r in runs), 3),
              "repeat": args.repeat, "cpus": os.cpu_count()}
    for name, value in result.items():
        print(f"{name:22} {value}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
