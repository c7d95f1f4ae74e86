"""Reliability round 2 (issue 12), the store and its commands: foreign databases, damaged
stores, full disks, limits out of range, statement ids, exports' permissions, CSV that
resynchronises, text with NUL bytes. Each test is named after the finding it holds."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import resource
import signal
import stat
import subprocess
import sys

import duckdb
import pytest

from thucydides.cli import main
from thucydides.ingest.files import Reader
from thucydides.ingest.formats import Found, Reject

from .conftest import EXAMPLES, ROOT

# the whole module is in the slow lane (pytest -m 'not slow' leaves it out)
pytestmark = pytest.mark.slow

def test_14_statement_ids_are_unique_over_the_examples(examples_store):
    with duckdb.connect(str(examples_store), read_only=True) as con:
        repeated = con.execute("SELECT id, count(*) FROM statements GROUP BY id "
                               "HAVING count(*) > 1").fetchall()
        statements = con.execute("SELECT count(*) FROM statements").fetchone()[0]
    assert statements > 300 and repeated == []


def test_14_two_statements_of_one_content_span_have_two_ids(coder):
    from thucydides.records import Article

    lines = (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines()
    ids = []
    for line in lines:
        record = json.loads(line)
        coded = coder.code(Article(id=record["id"], text=record["text"], date=record["date"]))
        ids += [s.id for s in coded.statements]
    assert len(ids) == len(set(ids))


def one_line_error(capsys, args: list[str], message: str) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("thucydides: error: ") and message in err


def test_12_ingest_into_a_foreign_duckdb_file_refuses_and_changes_nothing(tmp_path, capsys):
    foreign = tmp_path / "theirs.duckdb"
    with duckdb.connect(str(foreign)) as con:
        con.execute("CREATE TABLE accounts (id INTEGER, owner VARCHAR)")
        con.execute("INSERT INTO accounts VALUES (1, 'me')")
    before = hashlib.sha1(foreign.read_bytes()).hexdigest()
    one_line_error(capsys, ["ingest", str(EXAMPLES / "seed-article.txt"), "--db", str(foreign)],
                   "not a thucydides store (no schema marker): left as it is")
    assert hashlib.sha1(foreign.read_bytes()).hexdigest() == before
    with duckdb.connect(str(foreign), read_only=True) as con:
        assert con.execute("SELECT table_name FROM information_schema.tables").fetchall() == [
            ("accounts",)]


@pytest.mark.parametrize("size", ["nan", "inf", "1e400", "2e15"])
def test_13_a_max_size_out_of_range_is_one_line(tmp_path, capsys, size):
    one_line_error(capsys, ["ingest", str(EXAMPLES), "--max-size", size, "--db",
                            str(tmp_path / "s.duckdb")], f"size {size!r}: expected 1 byte")


@pytest.mark.parametrize("value", ["9" * 30, "9" * 5000, "1e400", "inf", "nan"])
def test_13_a_huge_limit_in_the_environment_is_one_line(tmp_path, capsys, monkeypatch, value):
    monkeypatch.setenv("THUCYDIDES_MAX_INPUT_BYTES", value)
    one_line_error(capsys, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "s.duckdb")],
                   "THUCYDIDES_MAX_INPUT_BYTES=")


@pytest.fixture(scope="module")
def damaged(examples_store, tmp_path_factory):
    """The examples store cut short, and with its later blocks overwritten."""
    data = examples_store.read_bytes()
    folder = tmp_path_factory.mktemp("damaged")
    (folder / "cut.duckdb").write_bytes(data[:len(data) // 8])
    zeroed = bytearray(data)
    for at in range(len(data) // 5, len(data), 3000):
        zeroed[at:at + 50] = bytes(50)
    (folder / "zeroed.duckdb").write_bytes(bytes(zeroed))
    return folder


@pytest.mark.parametrize("name", ["cut", "zeroed"])
@pytest.mark.parametrize("command", [["events"], ["export", "--format", "gdelt", "OUT"],
                                     ["export", "--format", "parquet", "OUT"], ["serve"]])
def test_13_a_damaged_store_is_one_line_in_events_export_and_serve(damaged, tmp_path, capsys,
                                                                   name, command):
    args = [str(tmp_path / "out") if a == "OUT" else a for a in command]
    one_line_error(capsys, [*args, "--db", str(damaged / f"{name}.duckdb")],
                   "cannot be read or written (damaged, or the disk is full?)")
    assert not (tmp_path / "out").exists()


def limited_disk(size: int):
    """A process whose files cannot grow past `size` bytes: the writes past it fail as on a
    full disk (EFBIG rather than ENOSPC: no root needed)."""
    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return limit


@pytest.mark.slow
def test_13_a_full_disk_during_ingest_is_one_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "thucydides.cli", "ingest", str(EXAMPLES),
                           "--db", str(tmp_path / "s.duckdb"), "--workers", "1"],
                          preexec_fn=limited_disk(500_000), capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert done.returncode == 2, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("thucydides: error: ") and "cannot be read or written" in last
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("fmt", ["gdelt", "plover-jsonl", "csv", "parquet"])
def test_13_a_full_disk_during_export_is_one_line_and_keeps_the_old_file(examples_store,
                                                                        tmp_path, fmt):
    out = tmp_path / "out"
    out.write_bytes(b"the previous export")
    done = subprocess.run([sys.executable, "-m", "thucydides.cli", "export", "--format", fmt,
                           str(out), "--db", str(examples_store)],
                          preexec_fn=limited_disk(20_000), capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and f"{out}: cannot write (" in done.stderr
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


STRAY = "a50,\"Russia attacked Kharkiv, officials said.,2022-03-03"  # the quote never closes


def test_16_a_stray_quote_in_a_csv_is_a_reject_naming_its_lines(tmp_path):
    rows = [["id", "text", "date"]] + [
        [f"a{i}", f"Russia attacked Ukraine on day {i}, officials said.", "2022-03-03"]
        for i in range(200)]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    lines = out.getvalue().splitlines()
    lines[51] = STRAY
    lines[121] = 'a120,He said "no, not now" and left,2022-03-03'  # quotes in a bare field
    path = tmp_path / "stray.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(Reader([str(path)]))
    assert len(items) == 200  # one item a row: none swallowed, none made up
    rejects = [(i.line, i.reason, i.detail) for i in items if isinstance(i, Reject)]
    assert rejects == [
        (52, "invalid CSV", "',' expected after '\"' (lines 52-53: a stray quote? the lines "
                            "after 52 are read again)"),
        (122, "invalid CSV", "4 cells where the header has 3 (a stray quote?)")]
    ids = [i.given_id for i in items if isinstance(i, Found)]
    assert ids == [f"a{n}" for n in range(200) if n not in (50, 120)]


def test_16_an_id_that_is_a_piece_of_text_is_a_reject(tmp_path):
    path = tmp_path / "ids.csv"
    path.write_text('id,text\n"a1\nRussia attacked Ukraine.",NATO met.\n'
                    f'{"x" * 300},NATO met again.\n', encoding="utf-8")
    items = list(Reader([str(path)]))
    assert [(i.line, i.reason, i.detail[-30:]) for i in items] == [
        (2, "invalid CSV", "is text, not an id (a stray quote?)"[-30:]),
        (4, "invalid CSV", "is text, not an id (a stray quote?)"[-30:])]


def test_16_a_quoted_text_over_lines_is_read_with_a_warning(tmp_path):
    path = tmp_path / "lines.csv"
    path.write_text('id,text\na1,"Russia attacked Ukraine.\n\nNATO met."\n', encoding="utf-8")
    [item] = Reader([str(path)])
    assert item.article.text == "Russia attacked Ukraine.\n\nNATO met."
    assert item.warnings == ["one row over lines 2-4 (a quoted field with line breaks)"]


def test_17_text_with_a_few_nul_bytes_is_coded_with_a_warning(tmp_path, capsys):
    path = tmp_path / "scraped.txt"
    path.write_bytes(b"Russia attacked\x00 Ukraine on Monday.\x00\n")
    assert main(["code", str(path), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out.splitlines()[0])["type"] == "ASSAULT"
    assert err == f"thucydides: warning: {path}: 2 NUL byte(s) removed\n"


@pytest.mark.parametrize("data", [bytes(range(256)) * 20, "Russia attacked Ukraine."
                                  .encode("utf-16-le"), b"\x89PNG\r\n\x1a\n" + bytes(200)])
def test_17_real_binaries_are_still_refused(tmp_path, capsys, data):
    path = tmp_path / "blob.bin"
    path.write_bytes(data)
    one_line_error(capsys, ["code", str(path)], f"{path}: binary (")


@pytest.mark.parametrize("fmt", ["gdelt", "plover-jsonl", "csv", "parquet"])
def test_9_an_export_keeps_the_mode_of_the_file_it_replaces(examples_store, tmp_path, fmt):
    private, fresh = tmp_path / "private", tmp_path / "fresh"
    private.write_bytes(b"old")
    private.chmod(0o600)
    for out in (private, fresh):
        assert main(["export", "--format", fmt, str(out), "--db", str(examples_store)]) == 0
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
