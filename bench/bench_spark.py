"""Scale-out: spaCy alone, the coder on 1 process, on 2 processes, and on Spark local[2],
on one generated corpus; peak memory per worker; the cores GDELT's daily volume needs.

    python3 bench/bench_spark.py                      # 30,000 sentences: 1-2 minutes a path
    python3 bench/bench_spark.py --quick              # 3,000 sentences: a check that it runs
    python3 bench/bench_spark.py --json bench/results/spark.json

Paths, each timed once on the same articles (bench/corpus.py), start-up left out:

  parse      list(nlp.pipe(cleaned texts)) in this process: spaCy alone
  coder-1    list(coder.code_many(articles)) in this process
  coder-2    2 worker processes, chunks of 16 articles, as `thucydides ingest` codes
             (thucydides.pipeline.coding.Coding); workers started and warmed up before timing
  spark      the whole `thucydides spark` job on a local[2] session: JSON Lines in,
             Parquet out; the Python workers warmed up by a small run before timing

The articles' dates are spread over --days days (default 7): a daily or weekly batch, as
GDELT's volume comes, rather than the generator's four years, which would make Spark write
a folder for each of some 1,500 days.

Peak RSS: of this process after coder-1 (getrusage), and of each worker process of
coder-2 and Spark (VmHWM in /proc/PID/status; Spark's Python workers are sampled every
second while the job runs, since Spark ends idle workers).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_coder import (  # noqa: E402
    count_words,
    cpu_count,
    cpu_model,
    peak_rss_mib,
    run_coder,
    run_spacy,
    timed,
    version,
)
from corpus import generate  # noqa: E402

from thucydides.coder import Coder  # noqa: E402
from thucydides.ingest.formats import Found  # noqa: E402
from thucydides.pipeline.coding import Coding  # noqa: E402
from thucydides.settings import Settings  # noqa: E402

GOALS = {"coder_over_parse": 0.85, "speedup_2_over_1": 1.7, "spark_over_coder_2": 0.8,
         "worker_rss_mib": 1024}
GDELT_DAILY = (100_000, 200_000)  # articles a day: the assumption (docs/performance.md)
CHUNK = 16
WARMUP = 32


def vm_hwm_mib(pid: int) -> float | None:
    """The peak resident memory of a process (VmHWM), MiB; None once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                kids = [int(k) for k in (task / "children").read_text().split()]
            except OSError:
                continue
            found += kids
            todo += kids
    return found


def command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def code_in_processes(articles, workers: int) -> tuple[float, list[float]]:
    """Seconds to code the articles in worker processes, and each worker's peak RSS."""
    coding = Coding(Settings(), workers)
    try:
        warm = [[Found(a, "warm-up")] for a in articles[:2 * workers]]
        for chunk in warm:
            coding.submit(chunk)
        while coding.next(wait=True):
            pass
        chunks = [[Found(a, "bench") for a in articles[i:i + CHUNK]]
                  for i in range(0, len(articles), CHUNK)]
        started = time.perf_counter()
        for chunk in chunks:
            while coding.full:
                coding.next(wait=True)
            coding.submit(chunk)
        while coding.next(wait=True):
            pass
        seconds = time.perf_counter() - started
        pids = list(coding.pool._processes)
        return seconds, [m for m in map(vm_hwm_mib, pids) if m is not None]
    finally:
        coding.close()


def write_jsonl(articles, path: Path) -> None:
    path.write_text("".join(json.dumps({"id": a.id, "title": a.title, "date": a.date,
                                        "source": a.source, "text": a.text}) + "\n"
                            for a in articles), encoding="utf-8")


def parent(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def spark_workers(processes: list[int]) -> list[int]:
    """The Python workers: forked by the pyspark daemon (whose command line they share)."""
    daemons = {p for p in processes if "pyspark.daemon" in command_line(p)}
    return [p for p in daemons if parent(p) in daemons]


class WorkerPeaks:
    """The peak RSS of each Spark Python worker, sampled while the job runs."""

    def __init__(self):
        self.peaks: dict[int, float] = {}

    def sample(self) -> None:
        for pid in spark_workers(descendants(os.getpid())):
            peak = vm_hwm_mib(pid)
            if peak is not None:
                self.peaks[pid] = max(peak, self.peaks.get(pid, 0.0))


def code_on_spark(articles, folder: Path) -> tuple:
    """The Spark job's result (seconds, steps), the Python workers' peak RSS, the JVM's."""
    from thucydides.spark.job import Every, SparkOptions, run, session

    spark = session("local[2]")
    try:
        warm, corpus = folder / "warm.jsonl", folder / "corpus.jsonl"
        write_jsonl(articles[:WARMUP], warm)
        write_jsonl(articles, corpus)
        with open(os.devnull, "w") as quiet:
            run(SparkOptions([str(warm)], str(folder / "warm-out"), partitions=4), spark,
                quiet)
        workers = WorkerPeaks()
        with Every(1.0, workers.sample):
            result = run(SparkOptions([str(corpus)], str(folder / "out"),
                                      progress_interval=30), spark, sys.stderr)
        jvm = [vm_hwm_mib(p) for p in descendants(os.getpid())
               if command_line(p).startswith("/") and "java" in command_line(p).split()[0]]
        return result, list(workers.peaks.values()), max(jvm, default=None)
    finally:
        spark.stop()


def projection(words_per_second_per_core: float, words_per_article: int) -> dict:
    """Cores to code a day of GDELT's volume within an hour."""
    per_core_hour = words_per_second_per_core * 3600 / words_per_article
    return {str(n): math.ceil(n / per_core_hour) for n in GDELT_DAILY} | {
        "articles_per_core_hour": round(per_core_hour)}


def within_days(articles, days: int) -> list:
    """The articles with publication dates spread over `days` days from 2022-02-21."""
    start = date(2022, 2, 21)
    return [replace(a, date=(start + timedelta(days=n % days)).isoformat())
            for n, a in enumerate(articles)]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sentences", type=int, default=30_000)
    p.add_argument("--quick", action="store_true", help="3,000 sentences")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--days", type=int, default=7, help="publication dates over N days")
    p.add_argument("--words-per-article", type=int, default=600,
                   help="the length of a GDELT article, for the projection (default: 600)")
    p.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = p.parse_args(argv)
    articles = within_days(generate(3000 if args.quick else args.sentences, args.seed),
                           args.days)
    coder = Coder()
    run_coder(coder, articles[:8])
    print(f"{len(articles):,} articles: parse ...", file=sys.stderr)
    parse_s, docs = timed(run_spacy, coder, articles)
    words = count_words(docs)
    del docs
    print("coder, 1 process ...", file=sys.stderr)
    coder1_s, _ = timed(run_coder, coder, articles)
    rss_1 = peak_rss_mib()
    print("coder, 2 processes ...", file=sys.stderr)
    coder2_s, rss_2 = code_in_processes(articles, 2)
    print("Spark local[2] ...", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="bench-spark-") as tmp:
        spark_run, rss_spark, rss_jvm = code_on_spark(articles, Path(tmp))
    spark_s = spark_run.seconds
    seconds = {"parse": parse_s, "coder_1": coder1_s, "coder_2": coder2_s, "spark": spark_s}
    rates = {k: {"seconds": round(s, 1), "articles_per_s": round(len(articles) / s, 2),
                 "words_per_s": round(words / s)} for k, s in seconds.items()}
    ratios = {"coder_over_parse": round(parse_s / coder1_s, 2),
              "speedup_2_over_1": round(coder1_s / coder2_s, 2),
              "spark_over_coder_2": round(coder2_s / spark_s, 2)}
    worker_rss = max([rss_1, *rss_2, *rss_spark])
    figures = {
        "articles": len(articles), "words": words, "paths": rates, "ratios": ratios,
        "spark_steps_s": {k: round(v, 1) for k, v in spark_run.steps.items()},
        "peak_rss_mib": {"coder_1_process": round(rss_1), "coder_2_workers": [
            round(m) for m in rss_2], "spark_python_workers": [round(m) for m in rss_spark],
            "spark_jvm": rss_jvm and round(rss_jvm)},
        "goals_met": {k: ratios[k] >= g for k, g in GOALS.items() if k in ratios}
        | {"worker_rss_mib": worker_rss <= GOALS["worker_rss_mib"]},
        "gdelt_cores_within_an_hour": projection(words / spark_s / 2, args.words_per_article)
        | {"words_per_article": args.words_per_article, "basis": "spark words/s per core"},
        "machine": {"cpu": cpu_model(), "cores": cpu_count(), "python": sys.version.split()[0],
                    "spacy": version("spacy"), "pyspark": version("pyspark")},
        "quick": args.quick,
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":  # the coding processes import this file again: keep it guarded
    raise SystemExit(main())
