"""Recode against the first ingest, on the examples store (examples/wire.jsonl, 49 stories).

    python3 bench/bench_recode.py                     # one worker
    python3 bench/bench_recode.py --workers 2 --json bench/results/recode.json

Each step is a command (`python3 -m thucydides.cli ...`), timed from start to exit, the
model's load included: the first ingest into a new store; `recode` with the dictionaries
unchanged (every article skipped: its run had the same coder, model and dictionaries);
`recode --actors` with a one-name overlay (only the stories holding the name are coded
again); `recode --all` (every story coded again). Reported: seconds of each, articles
coded, and whether the event ids after the unchanged and --all recodes are those of the
ingest (they must be).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = """version: 1
actors:
  - name: Serhiy Haidai
    kind: person
    code: UKR
    sector: GOV
    title: governor
"""


def event_ids(db: str) -> list[tuple]:
    with duckdb.connect(db, read_only=True) as con:
        return con.execute("SELECT article_id, id FROM events ORDER BY ALL").fetchall()


def timed(*args: str) -> tuple[str, float]:
    """A command's standard output, and its seconds."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "thucydides.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return done.stdout, round(time.monotonic() - started, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", default="1")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "store.duckdb")
        overlay = Path(folder) / "haidai.yaml"
        overlay.write_text(OVERLAY, encoding="utf-8")
        common = ["--db", db, "--workers", args.workers]
        _, ingest_s = timed("ingest", str(ROOT / "examples" / "wire.jsonl"), *common)
        ids = event_ids(db)
        figures = {"events": len(ids), "ingest_s": ingest_s}
        steps = {"unchanged": [], "overlay": ["--actors", str(overlay)], "all": ["--all"]}
        for name, extra in steps.items():
            out, figures[f"recode_{name}_s"] = timed("recode", *common, *extra)
            figures[f"recode_{name}_coded"] = int(re.search(r"coded again (\d+)", out)[1])
            if name != "overlay":
                figures[f"recode_{name}_same_ids"] = event_ids(db) == ids
    print(json.dumps(figures, indent=1))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
