"""Ingest throughput and store size at growing corpus sizes: does the time grow linearly?

    python3 bench/bench_ingest.py                          # 5,000 / 10,000 / 20,000 articles
    python3 bench/bench_ingest.py --sizes 200,400,800      # a quick look (a few minutes)
    python3 bench/bench_ingest.py --workers 2 --json bench-ingest.json

For each size N, the first N articles of one generated corpus (bench/corpus.py, the same
for the same --seed) are written as JSON Lines and ingested into a new store with
`thucydides.pipeline.ingest.ingest`, as `thucydides ingest FILE --db STORE` does: reading,
coding in --workers processes, writing. Then the same file is ingested again (everything
skipped) to time the resume path. Reported: seconds, articles/s, seconds per 1,000
articles, the marginal seconds per 1,000 articles from one size to the next (start-up
left out: flat when the time grows linearly), events, the store's size on disk and the
second run's time. Not run in CI: at 20 to 40 articles/s on two cores, the default sizes
take 15 to 30 minutes.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402

from thucydides.pipeline.ingest import IngestOptions, default_workers, ingest  # noqa: E402

SENTENCES_PER_ARTICLE = 11.5  # bench/corpus.py writes articles of 8 to 15 sentences


@dataclass
class Result:
    articles: int
    seconds: float
    articles_per_second: float
    seconds_per_1000: float
    events: int
    statements: int
    store_mib: float
    rerun_seconds: float


def corpus_lines(n: int, seed: int) -> list[str]:
    articles = generate(int(n * SENTENCES_PER_ARTICLE) + 200, seed)[:n]
    if len(articles) < n:
        raise SystemExit(f"the generator gave {len(articles)} articles, not {n}")
    return [json.dumps({"id": a.id, "title": a.title, "date": a.date, "source": a.source,
                        "text": a.text}) for a in articles]


def store_size(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, db.with_name(db.name + ".wal")) if p.exists())


def run(corpus: Path, db: Path, workers: int) -> tuple:
    options = IngestOptions(paths=[str(corpus)], db=str(db), workers=workers,
                            progress_interval=30)
    started = time.perf_counter()
    result = ingest(options, progress_out=sys.stderr)
    return result, time.perf_counter() - started


def measure(n: int, corpus: Path, folder: Path, workers: int) -> Result:
    db = folder / f"store-{n}.duckdb"
    first, seconds = run(corpus, db, workers)
    if first.status != "done" or first.counts.coded != n:
        raise SystemExit(f"{n}: run {first.status}, {first.counts}")
    second, rerun = run(corpus, db, workers)
    assert second.counts.skipped == n, second.counts
    return Result(n, round(seconds, 1), round(n / seconds, 2), round(1000 * seconds / n, 1),
                  first.counts.events, first.counts.statements,
                  round(store_size(db) / 2**20, 1), round(rerun, 1))


def marginal(results: list[Result]) -> list[float | None]:
    """Seconds per 1,000 articles between one size and the next: the start-up (loading the
    model in each worker) falls out, so equal figures mean time linear in the corpus."""
    out: list[float | None] = [None]
    for before, after in zip(results, results[1:], strict=False):
        out.append(1000 * (after.seconds - before.seconds) / (after.articles - before.articles))
    return out


def table(results: list[Result], workers: int) -> str:
    out = io.StringIO()
    out.write(f"ingest, {workers} workers, {os.cpu_count()} cores\n")
    out.write(f"{'articles':>9} {'seconds':>9} {'art/s':>7} {'s/1000':>7} {'marginal':>9} "
              f"{'events':>9} {'store MiB':>10} {'rerun s':>8}\n")
    margins = marginal(results)
    for r, m in zip(results, margins, strict=True):
        shown = "-" if m is None else f"{m:.1f}"
        out.write(f"{r.articles:>9,} {r.seconds:>9.1f} {r.articles_per_second:>7.2f} "
                  f"{r.seconds_per_1000:>7.1f} {shown:>9} {r.events:>9,} "
                  f"{r.store_mib:>10.1f} {r.rerun_seconds:>8.1f}\n")
    if len(results) > 2:
        out.write(f"marginal seconds per 1,000 articles, last over first: "
                  f"{margins[-1] / margins[1]:.2f} (1.00 is linear)\n")
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="5000,10000,20000", help="comma-separated article counts")
    p.add_argument("--workers", type=int, default=default_workers())
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--keep", type=Path, help="keep the corpora and stores in this folder")
    p.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = p.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        corpus = folder / "corpus.jsonl"
        lines = corpus_lines(sizes[-1], args.seed)
        results = []
        for n in sizes:  # the first n articles of the same corpus
            corpus.write_text("\n".join(lines[:n]) + "\n", encoding="utf-8")
            print(f"{n:,} articles ...", file=sys.stderr)
            results.append(measure(n, corpus, folder, args.workers))
    print(table(results, args.workers), end="")
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")
    return 0


if __name__ == "__main__":  # the coding processes import this file again: keep it guarded
    raise SystemExit(main())
