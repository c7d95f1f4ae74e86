"""Reliability round 2 (issue 12), ingest: inputs that stopped or hung every run, gzip
bombs, foreign stores, CSV that resynchronises, text with NUL bytes. Each test is named
after the finding it holds."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time

import duckdb
import pytest

from thucydides.cli import main
from thucydides.ingest.files import REJECTS_PER_FILE, Reader
from thucydides.ingest.formats import (
    NOT_A_FILE,
    READER_ERROR,
    TOO_LARGE,
    TOO_MANY_REJECTS,
    Found,
    Reject,
)

from .conftest import ROOT

# the whole module is in the slow lane (pytest -m 'not slow' leaves it out)
pytestmark = pytest.mark.slow

GOOD = ("Russian troops attacked the Ukrainian city of Kharkiv on Monday.\n",
        "China and India held talks in Beijing on Friday.\n")
MATH_SCRIPT = b"<math><script></script><t>"  # 26 bytes: lxml's drop_tree asserts


def stored(db) -> tuple[list, list]:
    """(path of each article, (path, reason) of each reject), sorted."""
    with duckdb.connect(str(db), read_only=True) as con:
        articles = con.execute("SELECT path FROM articles ORDER BY path").fetchall()
        rejects = con.execute("SELECT path, reason FROM rejects ORDER BY path").fetchall()
    return [a[0] for a in articles], rejects


def good_files(folder) -> None:
    folder.mkdir(exist_ok=True)
    for n, text in enumerate(GOOD):
        (folder / f"good{n}.txt").write_text(text, encoding="utf-8")


def test_1_a_page_that_breaks_lxml_is_one_reject_and_the_run_goes_on(tmp_path, capsys):
    folder = tmp_path / "in"
    good_files(folder)
    (folder / "math.html").write_bytes(MATH_SCRIPT)
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(folder), "--db", str(db), "--workers", "1"]) == 0
    articles, rejects = stored(db)
    assert len(articles) == 2
    assert rejects == [(str(folder / "math.html"), READER_ERROR)]
    assert "math.html: reader error (AssertionError (in lxml/" in capsys.readouterr().err


def test_1_a_library_failure_on_standard_input_is_a_reject():
    import io

    [item] = Reader(["-"], stdin=io.BytesIO(MATH_SCRIPT))
    assert (item.reason, item.detail.split(" (")[0]) == (READER_ERROR, "AssertionError")


def test_2_a_file_name_that_is_not_utf8_is_stored_escaped(tmp_path, capsys):
    folder = tmp_path / "in"
    good_files(folder)
    latin = os.fsdecode(bytes(folder) + b"/m\xe9dia.txt")
    with open(latin, "w", encoding="utf-8") as f:
        f.write("NATO condemned the attack on Kyiv on Tuesday.\n")
    with open(os.fsdecode(bytes(folder) + b"/\xff.bin"), "wb") as f:
        f.write(bytes(range(256)))  # a reject whose name is not UTF-8 either
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(folder), latin, "--db", str(db), "--workers", "1"]) == 0
    articles, rejects = stored(db)
    assert f"{folder}/m\\xe9dia.txt" in articles and len(articles) == 3
    assert rejects == [(f"{folder}/\\xff.bin", "binary")]
    with duckdb.connect(str(db), read_only=True) as con:
        [inputs] = con.execute("SELECT inputs FROM runs").fetchone()
        given = con.execute("SELECT given_id FROM articles WHERE path LIKE '%xe9%'").fetchone()
    assert inputs == [str(folder), f"{folder}/m\\xe9dia.txt"] and given == ("m\\xe9dia",)
    assert "read 5: coded 3, skipped 1" in capsys.readouterr().out  # named twice: skipped


@pytest.mark.slow
def test_3_a_fifo_in_a_folder_or_named_is_a_reject_not_a_hang(tmp_path):
    folder = tmp_path / "in"
    good_files(folder)
    os.mkfifo(folder / "pipe.jsonl")
    os.mkfifo(tmp_path / "named.txt")  # nobody ever writes to either
    db = tmp_path / "s.duckdb"
    done = subprocess.run([sys.executable, "-m", "thucydides.cli", "ingest", str(folder),
                           str(tmp_path / "named.txt"), "--db", str(db), "--workers", "1"],
                          capture_output=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    articles, rejects = stored(db)
    assert len(articles) == 2
    assert rejects == [(str(folder / "pipe.jsonl"), NOT_A_FILE),
                       (str(tmp_path / "named.txt"), NOT_A_FILE)]


def test_4_a_gzip_bomb_of_newlines_stops_at_the_ratio_not_after_a_minute(tmp_path):
    bomb = tmp_path / "bomb.jsonl.gz"
    good = json.dumps({"text": GOOD[0]}).encode()
    bomb.write_bytes(gzip.compress(good + b"\n" * 100_000_000, 9))  # 97 KB -> 100 MB
    items = list(Reader([str(bomb)]))
    assert isinstance(items[0], Found)
    assert [(i.reason, i.line) for i in items[1:]] == [(TOO_LARGE, None)]
    assert "decompressed past" in items[1].detail
    assert Reader([str(bomb)]).options.max_gzip_ratio == 100


def test_4_a_gzip_of_millions_of_bad_lines_is_a_thousand_rejects_and_a_summary(tmp_path):
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(gzip.compress(b"x\n" * 5_000_000, 9))  # 9.7 KB: 5,000,000 bad lines
    items = list(Reader([str(path)]))
    assert all(isinstance(i, Reject) for i in items)
    assert len(items) == REJECTS_PER_FILE + 2
    summary, stopped = items[-2:]
    assert (summary.reason, summary.line) == (TOO_MANY_REJECTS, REJECTS_PER_FILE + 1)
    assert "more rejected lines after the first 1,000, from line 1001 on" in summary.detail
    assert stopped.reason == TOO_LARGE


def test_4_a_plain_file_of_bad_lines_keeps_a_thousand_rejects(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"text\n" + b'"\x00\n' * 3000)
    items = list(Reader([str(path)]))
    assert len(items) == REJECTS_PER_FILE + 1
    assert items[-1].reason == TOO_MANY_REJECTS
    assert items[-1].detail.startswith("2,000 more rejected lines")


def _children(pid: int) -> list[int]:
    found = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as f:
            found += [int(c) for c in f.read().split()]
    return found


def _rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        line = next(line for line in f if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def _kill_the_greedy(parent: subprocess.Popen, cap_mib: float) -> int:
    """The system's out-of-memory killer in small: kill -9 every child of `parent` whose
    memory passes the cap, until the parent ends; returns how many were killed."""
    killed = 0
    while parent.poll() is None:
        try:
            for child in _children(parent.pid):
                if _rss_mib(child) > cap_mib:
                    os.kill(child, 9)
                    killed += 1
        except (OSError, StopIteration):
            pass  # a process that ended meanwhile
        time.sleep(0.05)
    return killed


@pytest.mark.slow
def test_5_a_worker_killed_by_the_system_quarantines_its_article_not_the_run(tmp_path):
    folder = tmp_path / "in"
    good_files(folder)
    (folder / "big.txt").write_text("a " * 500_000)  # 50,000 tokens parsed: about 1 GB
    db = tmp_path / "s.duckdb"
    args = [sys.executable, "-m", "thucydides.cli", "ingest", str(folder), "--db", str(db),
            "--workers", "2", "--chunk-size", "2"]
    for _ in range(2):  # and the rerun does the same: it is not stuck on the article
        run = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        killed = _kill_the_greedy(run, cap_mib=700)
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        assert killed >= 2  # the chunk, then the article alone
    articles, rejects = stored(db)
    assert articles == [str(folder / "good0.txt"), str(folder / "good1.txt")]
    assert rejects == [(str(folder / "big.txt"), "coder error")] * 2
    with duckdb.connect(str(db), read_only=True) as con:
        detail = con.execute("SELECT DISTINCT detail FROM rejects").fetchall()
        status = con.execute("SELECT status FROM runs ORDER BY id").fetchall()
    assert detail == [("the coding process died on this article (out of memory?): not "
                       "coded",)]
    assert status == [("done",), ("done",)]


def peak_of(args: list[str], stdin: bytes) -> tuple[int, float, float]:
    """Exit code, peak RSS in GiB and seconds of a command line run in a process of its own."""
    watcher = ("import resource, subprocess, sys, time; t = time.monotonic(); "
               "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
               "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "
               "time.monotonic() - t)")
    done = subprocess.run([sys.executable, "-c", watcher, sys.executable, "-m",
                           "thucydides.cli", *args], input=stdin, capture_output=True,
                          cwd=ROOT, timeout=300, check=True)
    code, kib, seconds = done.stdout.split()
    return int(code), int(kib) / 2**20, float(seconds)


@pytest.mark.slow
@pytest.mark.parametrize("text", [b"a " * 500_000, b"(" * 1_000_000], ids=["a a a", "(((("])
def test_5_the_worst_megabyte_codes_in_bounded_memory_and_time(text):
    """Was: 500 KB of 'a a a' took 4.2 GB, 200 KB of '((((' 3.4 GB."""
    code, gib, seconds = peak_of(["code", "-", "--format", "jsonl"], text)
    assert code == 0
    assert gib < 1.5 and seconds < 60


THREE = "Russia attacked Ukraine. China condemned Japan. Iran threatened Israel."


def test_5_text_past_max_article_tokens_is_cut_with_a_warning(monkeypatch):
    from thucydides.coder import Coder
    from thucydides.records import Article
    from thucydides.settings import Settings

    monkeypatch.setenv("THUCYDIDES_MAX_ARTICLE_TOKENS", "4")  # "Russia attacked Ukraine ."
    coded = Coder(Settings()).code(Article(id="t", text=THREE, date="2022-03-03"))
    assert {(e.type, e.actor.code, e.recipient.code) for e in coded.events} == {
        ("ASSAULT", "RUS", "UKR")}
    assert coded.warnings == ["text cut at 4 tokens (max_article_tokens)"]


def test_5_a_stretch_of_one_character_tokens_is_split_by_max_sentence_tokens(coder):
    from thucydides.records import Article

    text = "( " * 900 + "Russia attacked Ukraine."  # 1,800 characters: no split by those
    coded = coder.code(Article(id="t", text=text, date="2022-03-03"))
    assert coded.warnings == ["1 sentence(s) longer than 500 tokens split before parsing "
                              "(max_sentence_tokens)"]
    assert max(len(e.evidence.text.split()) for e in coded.events) <= 500
