"""kill -9 in the middle of `thucydides export`: whatever is at the output path is a whole
export (the one before, or none), never the half-written one."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from thucydides.store.db import Store

from .conftest import ROOT

# the whole module is in the slow lane (pytest -m 'not slow' leaves it out)
pytestmark = pytest.mark.slow

EVENTS = 300_000
PREVIOUS = "a whole export written before\n"


@pytest.fixture(scope="module")
def big_store(tmp_path_factory) -> Path:
    """A store of the real schema holding 300,000 events in 30,000 articles, each with text
    that does not compress away: big enough that each export writes for a second or more."""
    db = tmp_path_factory.mktemp("big-store") / "big.duckdb"
    with Store(db) as store:
        store.con.execute("INSERT INTO runs (id, started, ended, status, coder_version) "
                          "VALUES (1, now(), now(), 'done', '0.1.0')")
        store.con.execute(f"""INSERT INTO articles (id, version, title, date, source, text,
                event_count, statement_count, run_id, added)
            SELECT 'a' || i, 1, 'Title ' || i, DATE '2020-01-01' + CAST(i % 1000 AS INTEGER),
                'wire', 'Russia attacked Ukraine near Kharkiv on Monday.', 10, 0, 1, now()
            FROM range({EVENTS // 10}) t(i)""")
        store.con.execute(f"""INSERT INTO events (article_id, seq, id, sentence, type, mode,
                cameo, quad, goldstein, actor_code, actor_kind, actor_text, recipient_code,
                recipient_kind, recipient_text, asserted, polarity, modality, date,
                trigger_text, trigger_start, trigger_end, evidence_text, evidence_start,
                evidence_end, confidence)
            SELECT 'a' || (i // 10), i % 10, md5(CAST(i AS VARCHAR))[:16], 0, 'ASSAULT',
                'aerial', '195', 4, -10.0, 'RUS', 'state', 'Russia', 'UKR', 'state',
                'Ukraine', true, 'positive', 'actual',
                DATE '2020-01-01' + CAST((i // 10) % 1000 AS INTEGER), 'attacked', 7, 15,
                'Russia attacked Ukraine near Kharkiv on Monday. ' || md5(CAST(i AS VARCHAR))
                    || md5(CAST(-i AS VARCHAR)) || md5(CAST(i * 7 AS VARCHAR)), 0, 47, 0.9
            FROM range({EVENTS}) t(i)""")
    return db


def export_command(db: Path, fmt: str, out: Path) -> list[str]:
    return [sys.executable, "-m", "thucydides.cli", "export", "--db", str(db), "--format", fmt,
            str(out)]


def beside(out: Path) -> list[Path]:
    """Files the export writes before renaming: hidden, named after the target."""
    if not out.parent.exists():
        return []
    return [p for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")]


def kill_mid_write(db: Path, fmt: str, out: Path) -> None:
    """Start the export and kill -9 it once its temporary file holds data."""
    run = subprocess.Popen(export_command(db, fmt, out), cwd=ROOT, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if run.poll() is not None:
            raise AssertionError(f"the export ended before it could be killed: "
                                 f"{run.communicate()}")
        if any(p.stat().st_size > 0 for p in beside(out) if p.exists()):
            run.kill()
            run.wait(timeout=10)
            return
        time.sleep(0.01)
    run.kill()
    raise AssertionError("the export wrote nothing in 120 s")


@pytest.mark.parametrize("fmt, previous", [
    ("plover-jsonl", True), ("gdelt", False), ("parquet", True), ("csv", False)])
def test_a_killed_export_leaves_the_output_path_whole(big_store, tmp_path, fmt, previous):
    out = tmp_path / "exports" / f"events.{fmt}"
    if previous:
        out.parent.mkdir()
        out.write_text(PREVIOUS, encoding="utf-8")
    kill_mid_write(big_store, fmt, out)
    leftovers = beside(out)
    assert leftovers, "killed after the rename: the test did not interrupt a write"
    if previous:
        assert out.read_text(encoding="utf-8") == PREVIOUS
    else:
        assert not out.exists()
    # what is left is hidden (a folder reader skips it) and not named like an export
    visible = [p for p in out.parent.iterdir() if not p.name.startswith(".")]
    assert visible == ([out] if previous else [])
    assert not any(p.name.endswith(f".{fmt}") for p in leftovers)


def test_an_export_after_a_killed_one_is_complete(big_store, tmp_path):
    out = tmp_path / "events.parquet"
    kill_mid_write(big_store, "parquet", out)
    done = subprocess.run(export_command(big_store, "parquet", out), cwd=ROOT,
                          capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{EVENTS:,} records".encode() in done.stdout
    with duckdb.connect() as con:
        rows = con.execute("SELECT count(*), count(DISTINCT id) FROM read_parquet(?)",
                           [str(out)]).fetchone()
    assert rows == (EVENTS, EVENTS)
