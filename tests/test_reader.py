"""One reader: `code`, `ingest` and the library read a file alike, so that the events of the
same text get the same ids wherever it is coded, and a page's date comes from its metadata."""

from __future__ import annotations

import json

import duckdb
import pytest

import thucydides
from thucydides.ingest.files import Reader
from thucydides.ingest.formats import Found

from .conftest import read_jsonl, run_cli

STORY = ("Russian troops attacked the Ukrainian city of Kharkiv on Monday. "
         "The European Union imposed sanctions on Belarus.\n\n"
         "NATO rejected Moscow's demands for security guarantees.\n")
LINE = {"id": "wire-1", "url": "https://wire.example/1", "date": "2022-02-28",
        "text": "Russia accused NATO of provoking the crisis. China called for talks."}
BODY = ("KYIV, March 5 (Reuters) - Russian forces shelled the city of Kharkiv on Friday, "
        "officials said, and Ukraine accused Moscow of war crimes.")


def page(date_meta: str) -> str:
    return ("<html><head><title>Kharkiv shelled</title>"
            '<meta property="og:url" content="https://news.example/kharkiv">'
            f"{date_meta}</head><body><nav>Home | World | Sport | Weather</nav>"
            f"<article><h1>Kharkiv shelled</h1><p>{BODY}</p><p>The talks are to resume in "
            "Geneva next week, diplomats said after a day of meetings.</p></article>"
            "<footer>Subscribe to our newsletter for more news.</footer></body></html>")


@pytest.fixture(scope="module")
def runs(tmp_path_factory, background):
    folder = tmp_path_factory.mktemp("reader")
    news = folder / "news"
    news.mkdir()
    (news / "story.txt").write_text(STORY, encoding="utf-8")
    (news / "wire.jsonl").write_text(json.dumps(LINE) + "\n", encoding="utf-8")
    (news / "page.html").write_text(page('<meta name="date" content="2022-03-03">'),
                                    encoding="utf-8")
    db = folder / "s.duckdb"
    files = [str(news / n) for n in ("story.txt", "wire.jsonl", "page.html")]
    coded = background.submit(run_cli, "code", *files, "--format", "jsonl")
    ingested = run_cli("ingest", str(news), "--db", str(db), "--workers", "1")
    assert ingested.returncode == 0, ingested.stderr.decode()
    exported = run_cli("export", "--db", str(db), "--format", "plover-jsonl",
                       str(folder / "events.jsonl"))
    assert exported.returncode == 0, exported.stderr.decode()
    return {"code": coded.result(), "db": db, "export": read_jsonl(folder / "events.jsonl")}


def _events(runs) -> list[dict]:
    proc = runs["code"]
    assert proc.returncode == 0, proc.stderr.decode()
    return [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]


def _stored(runs, sql: str) -> list[tuple]:
    with duckdb.connect(str(runs["db"]), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.mark.slow
def test_code_and_ingest_give_the_same_event_ids(runs):
    coded = {(e["article_id"], e["id"]) for e in _events(runs)}
    stored = set(_stored(runs, "SELECT article_id, id FROM events"))
    assert len({a for a, _ in coded}) == 3  # the .txt file, the JSON line, the page
    assert coded == stored
    exported = {e["id"] for e in runs["export"]}
    assert exported and exported <= {i for _, i in coded}


@pytest.mark.slow
def test_code_reads_a_page_through_trafilatura_with_its_metadata_date(runs):
    [(article_id, date, url)] = _stored(
        runs, "SELECT id, CAST(date AS VARCHAR), url FROM articles WHERE url LIKE '%kharkiv'")
    assert (date, url) == ("2022-03-03", "https://news.example/kharkiv")
    page_events = [e for e in _events(runs) if e["article_id"] == article_id]
    assert page_events
    assert not any("Home | World" in e["evidence"]["text"] or "<" in e["evidence"]["text"]
                   for e in page_events)
    # "on Friday" is read against the page's date (Thursday 3 March), not the dateline's
    # (Saturday 5 March: it would be the 4th)
    assert {e["date"] for e in page_events if e["date_text"] == "Friday"} == {"2022-02-25"}
    assert "publication date 2022-03-03 read from the page's metadata" in \
        runs["code"].stderr.decode()


@pytest.mark.slow
def test_the_library_gives_a_text_the_ids_ingest_gives_it(runs):
    coded = thucydides.code(STORY)
    stored = _stored(runs, "SELECT e.id FROM events e JOIN articles a ON a.id = e.article_id "
                           "WHERE a.given_id = 'story'")
    assert {e.id for e in coded.events} == {i for (i,) in stored}


def _read_one(tmp_path, name: str, content: str) -> Found:
    (tmp_path / name).write_text(content, encoding="utf-8")
    [item] = Reader([str(tmp_path / name)])
    assert isinstance(item, Found), item
    return item


def test_a_page_without_a_given_date_takes_its_metadata_date(tmp_path):
    found = _read_one(tmp_path, "page.html", page('<meta name="date" content="2022-03-03">'))
    assert (found.article.date, found.article.date_source) == ("2022-03-03", "metadata")
    assert found.warnings == ["publication date 2022-03-03 read from the page's metadata"]


def test_an_input_date_is_the_inputs_own(tmp_path):
    found = _read_one(tmp_path, "wire.jsonl", json.dumps(LINE))
    assert (found.article.date, found.article.date_source) == ("2022-02-28", None)
    assert found.given_id == "wire-1"
