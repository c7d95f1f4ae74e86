"""Ctrl-C and kill -9 in the middle of `thucydides ingest`: the store holds whole articles
only, running the same command again finishes the work without duplicates, and no Ctrl-C is
lost."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from thucydides.pipeline.coding import sigint_deferred

from .conftest import EXAMPLES, ROOT

ARTICLES = 16
CODED = re.compile(rb"(\d+) coded")


def command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "thucydides.cli", "ingest", str(corpus), "--db", str(db),
            "--workers", "2", "--chunk-size", "2", "--progress-every", "0.1"]


def start_and_wait_for_commits(corpus: Path, db: Path, commits: int) -> subprocess.Popen:
    """Start an ingest and return once its progress shows articles committed."""
    run = subprocess.Popen(command(corpus, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           cwd=ROOT, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = run.stderr.readline()
        if not line:
            break
        found = CODED.search(line)
        if found and int(found.group(1)) >= commits:
            return run
    run.kill()
    raise AssertionError(f"no progress: {run.communicate()}")


def children(pid: int) -> list[int]:
    tasks = Path(f"/proc/{pid}/task")
    return [int(c) for t in tasks.iterdir() for c in (t / "children").read_text().split()]


def alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def whole_articles(db: Path) -> int:
    """Checks that every article is there with all its events and statements, once."""
    with duckdb.connect(str(db), read_only=True) as con:
        def one(sql: str):
            return con.execute(sql).fetchone()

        partial = one("SELECT count(*) FROM articles a WHERE event_count != "
                      "(SELECT count(*) FROM events e WHERE e.article_id = a.id) OR "
                      "statement_count != (SELECT count(*) FROM statements s "
                      "WHERE s.article_id = a.id)")[0]
        orphans = one("SELECT (SELECT count(*) FROM events WHERE article_id NOT IN "
                      "(SELECT id FROM articles)) + (SELECT count(*) FROM statements WHERE "
                      "article_id NOT IN (SELECT id FROM articles))")[0]
        articles, distinct = one("SELECT count(*), count(DISTINCT given_id) FROM articles")
    assert (partial, orphans, articles) == (0, 0, distinct)
    return articles


def test_a_ctrl_c_while_a_worker_starts_is_not_lost(tmp_path):
    """The store's own threads (DuckDB's) take a Ctrl-C the main thread holds back; it was
    thrown away while the pool started a worker, and the run went on to the end."""
    with duckdb.connect(str(tmp_path / "store.duckdb")) as con:
        con.execute("SELECT count(*) FROM range(1000000)").fetchone()
        with pytest.raises(KeyboardInterrupt):
            with sigint_deferred():
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.2)
            time.sleep(0.2)


@pytest.mark.slow
def test_interrupted_and_killed_runs_resume_without_partial_or_duplicate(tmp_path):
    corpus = tmp_path / "wire.jsonl"
    lines = (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines()[:ARTICLES]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "store.duckdb"

    # Ctrl-C, as a terminal sends it: to the whole process group
    run = start_and_wait_for_commits(corpus, db, 2)
    os.killpg(run.pid, signal.SIGINT)
    out, err = run.communicate(timeout=60)
    assert run.returncode == 130, err
    assert b"interrupted" in out and b"Traceback" not in err
    after_interrupt = whole_articles(db)
    assert 2 <= after_interrupt < ARTICLES

    # kill -9 of the ingest process alone: its workers must not outlive it
    run = start_and_wait_for_commits(corpus, db, 2)
    workers = children(run.pid)
    run.kill()
    run.wait(timeout=10)
    after_kill = whole_articles(db)
    assert after_interrupt < after_kill <= ARTICLES
    deadline = time.monotonic() + 10
    while any(map(alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(map(alive, workers)), "workers outlived the killed ingest"

    # the same command again: it codes only what is missing
    done = subprocess.run(command(corpus, db), capture_output=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"read {ARTICLES}: coded {ARTICLES - after_kill}, skipped {after_kill} ".encode() \
        in done.stdout
    assert whole_articles(db) == ARTICLES
    with duckdb.connect(str(db), read_only=True) as con:
        statuses = con.execute("SELECT status FROM runs ORDER BY id").fetchall()
    assert statuses == [("interrupted",), ("interrupted",), ("done",)]
