"""Throughput of the whole coder against spaCy alone, on the same corpus.

    python3 bench/bench_coder.py [--corpus generated|articles|gsr] [--repeat 3] [--json out.json]
        generated: [--sentences 2400] [--seed 7]      articles, gsr: [--copies N]

Builds or reads the corpus: `generated` is bench/corpus.py's wire text, a third of
it filler; `articles` the project's own whole articles (tests/data), event-dense;
`gsr` the dev PLOVER GSR sentences beside the checkout (--gsr), never copied here.
Loads the coder once (not timed), warms both paths up on a few articles, then
times, alternating within one process:

  (a) spaCy alone:  list(coder.nlp.pipe((body_text(a.text) for a in arts), batch_size=64))
  (b) the coder:    list(coder.code_many(arts))

each --repeat times, and keeps the best time of each. The ratio of the two
throughputs (coder words/s divided by spaCy words/s) is the share of the parse
speed the coder keeps after its own work; the goal is >= 0.85.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import subprocess
import sys
import time
from dataclasses import replace
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy  # noqa: E402
from corpus import generate  # noqa: E402

from thucydides.coder import Coder  # noqa: E402
from thucydides.ingest.clean import body_text  # noqa: E402
from thucydides.records import Article  # noqa: E402

GOAL = 0.85
WARMUP_ARTICLES = 8
ROOT = Path(__file__).resolve().parent.parent
OWN_ARTICLES = [ROOT / "tests" / "data" / f"articles-{name}.jsonl"
                for name in ("dev", "wide", "own")]
GSR = ROOT.parent / "shared" / "eval" / "dev" / "plover_gsr.jsonl"
COPIES = {"articles": 4, "gsr": 12}  # about 100,000 words each


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def peak_rss_mib() -> float:
    # ru_maxrss is in KiB on Linux, in bytes on macOS
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def source_commit() -> str | None:
    """The commit of the code measured, with "+changes" when src/ differs from it."""
    def git(*cmd: str) -> str:
        return subprocess.run(["git", *cmd], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    try:
        head = git("rev-parse", "--short", "HEAD")
        return head + ("+changes" if git("status", "--porcelain", "--", "src") else "")
    except (OSError, subprocess.CalledProcessError):
        return None


def count_words(docs) -> int:
    return sum(1 for doc in docs for t in doc if not (t.is_space or t.is_punct))


def read_texts(paths: list[Path], copies: int) -> list[Article]:
    """The texts (and dates) of the JSON Lines files, `copies` times over; the gold
    codings in them are not used."""
    rows = [json.loads(line) for path in paths
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(id=f"{row['id']}#{k}", text=row["text"], date=row.get("date"))
            for k in range(1, copies + 1) for row in rows]


def load_corpus(args) -> tuple[list[Article], dict]:
    """The articles of the chosen corpus, and what describes it in the result."""
    if args.corpus == "generated":
        return generate(args.sentences, args.seed), {"sentences": args.sentences,
                                                     "seed": args.seed}
    paths = OWN_ARTICLES if args.corpus == "articles" else [args.gsr]
    copies = args.copies or COPIES[args.corpus]
    return read_texts(paths, copies), {"files": [path.name for path in paths],
                                       "copies": copies}


def describe(r: dict) -> str:
    if r["corpus"] == "generated":
        return (f"generated, {r['sentences']} sentences, {r['articles']} articles, "
                f"{r['words']:,} words (seed {r['seed']})")
    return (f"{r['corpus']}: {', '.join(r['files'])} x {r['copies']}, {r['articles']} "
            f"articles, {r['words']:,} words")


def run_spacy(coder: Coder, arts) -> list:
    return list(coder.nlp.pipe((body_text(a.text) for a in arts), batch_size=64))


def run_coder(coder: Coder, arts) -> list:
    return list(coder.code_many(arts))


def run_own(coder: Coder, docs, arts) -> list:
    """The coder's own work on texts already parsed: what it adds to the parse."""
    return [coder.code_doc(doc, art) for doc, art in zip(docs, arts, strict=True)]


def timed(fn, *args):
    gc.collect()
    t0 = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - t0, out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", choices=("generated", "articles", "gsr"), default="generated")
    p.add_argument("--sentences", type=int, default=2400, help="generated only")
    p.add_argument("--seed", type=int, default=7, help="generated only")
    p.add_argument("--copies", type=int,
                   help="articles, gsr: times each text is repeated (default 4, 12)")
    p.add_argument("--gsr", type=Path, default=GSR,
                   help="the PLOVER GSR sentences (JSON Lines) for --corpus gsr")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--json", type=Path, help="also write the figures to this file")
    args = p.parse_args(argv)
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    if args.copies is not None and args.copies < 1:
        p.error("--copies must be at least 1")
    if args.corpus == "gsr" and not args.gsr.is_file():
        p.error(f"no GSR sentences at {args.gsr} (they are not in the repository: --gsr PATH)")

    commit = source_commit()  # before loading: the code measured is the code loaded
    arts, corpus = load_corpus(args)

    t0 = time.perf_counter()
    coder = Coder()
    load_s = time.perf_counter() - t0

    warm = arts[:WARMUP_ARTICLES]
    run_spacy(coder, warm)
    run_coder(coder, warm)

    load_before = os.getloadavg()[0]  # the machine may be shared: say how busy it was
    # alternate, and swap the order every round, so neither path always runs first
    spacy_times: list[float] = []
    coder_times: list[float] = []
    docs = coded = None
    for i in range(args.repeat):
        order = ("spacy", "coder") if i % 2 == 0 else ("coder", "spacy")
        for which in order:
            if which == "spacy":
                s, docs = timed(run_spacy, coder, arts)
                spacy_times.append(s)
            else:
                s, coded = timed(run_coder, coder, arts)
                coder_times.append(s)
            print(f"  round {i + 1}: {which:<5} {s:7.2f} s", file=sys.stderr)

    # the coder's own share, measured on parsed texts (steadier than the difference of two
    # end-to-end timings), with and without dates and places
    bare = Coder(replace(coder.settings, dates_and_places=False))
    own_times: list[float] = []
    bare_times: list[float] = []
    for i in range(args.repeat):
        for which in (("own", "bare") if i % 2 == 0 else ("bare", "own")):
            c, bucket = (coder, own_times) if which == "own" else (bare, bare_times)
            s, _ = timed(run_own, c, docs, arts)
            bucket.append(s)
            print(f"  round {i + 1}: {which:<5} {s:7.2f} s", file=sys.stderr)
    words = count_words(docs)  # outside the timing
    del docs
    events = sum(len(c.events) for c in coded)
    statements = sum(len(c.statements) for c in coded)
    best_spacy, best_coder = min(spacy_times), min(coder_times)
    wps_spacy, wps_coder = words / best_spacy, words / best_coder
    ratio = wps_coder / wps_spacy
    best_own, best_bare = min(own_times), min(bare_times)
    own_ratio = best_spacy / (best_spacy + best_own)
    where_when = max(best_own - best_bare, 0.0) / (best_spacy + best_own)
    meta = coder.nlp.meta

    result = {
        "corpus": args.corpus,
        **corpus,
        "articles": len(arts),
        "words": words,
        "repeat": args.repeat,
        "spacy_seconds": round(best_spacy, 3),
        "coder_seconds": round(best_coder, 3),
        "spacy_words_per_second": round(wps_spacy, 1),
        "coder_words_per_second": round(wps_coder, 1),
        "ratio": round(ratio, 3),
        "own_seconds": round(best_own, 3),
        "own_ratio": round(own_ratio, 3),
        "dates_places_seconds": round(max(best_own - best_bare, 0.0), 3),
        "dates_places_share": round(where_when, 4),
        "goal": GOAL,
        "meets_goal": ratio >= GOAL,
        "spacy_times": [round(t, 3) for t in spacy_times],
        "coder_times": [round(t, 3) for t in coder_times],
        "events": events,
        "statements": statements,
        "events_per_1000_words": round(1000 * events / words, 2),
        "statements_per_1000_words": round(1000 * statements / words, 2),
        "load_seconds": round(load_s, 2),
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}",
        "thucydides": version("thucydides"),
        "commit": commit,
        "batch_size": coder.settings.batch_size,
        "cpu": cpu_model(),
        "cores": cpu_count(),
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }

    r = result
    rows = [
        ("corpus", describe(r)),
        ("spaCy alone", f"{r['spacy_seconds']:.2f} s  {r['spacy_words_per_second']:>9,.0f} "
                        f"words/s"),
        ("whole coder", f"{r['coder_seconds']:.2f} s  {r['coder_words_per_second']:>9,.0f} "
                        f"words/s"),
        ("ratio coder/spaCy", f"{r['ratio']:.3f}  (goal >= {GOAL}: "
                              f"{'met' if r['meets_goal'] else 'NOT met'})"),
        ("coder's own work", f"{r['own_seconds']:.2f} s on parsed texts: parse / (parse + own) "
                             f"= {r['own_ratio']:.3f}"),
        ("dates and places", f"{r['dates_places_seconds']:.2f} s = "
                             f"{100 * r['dates_places_share']:.1f}% of the coder's time "
                             f"(goal <= 5%)"),
        ("events", f"{r['events']} ({r['events_per_1000_words']:.2f} per 1,000 words)"),
        ("statements", f"{r['statements']} ({r['statements_per_1000_words']:.2f} per 1,000 "
                       f"words)"),
        ("best of", f"{r['repeat']} runs each; coder load {r['load_seconds']:.1f} s (untimed)"),
        ("peak RSS", f"{r['peak_rss_mib']:.0f} MiB"),
        ("versions", f"Python {r['python']}, spaCy {r['spacy']}, {r['model']}, "
                     f"thucydides {r['thucydides']} ({r['commit']})"),
        ("CPU", f"{r['cpu']}, {r['cores']} cores; load average (1 min) "
                f"{r['load_average'][0]:.1f} before, {r['load_average'][1]:.1f} after"),
    ]
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}")

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
