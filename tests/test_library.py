"""thucydides from Python (`thucydides.open`): the same answers as the command line, as
DataFrames, on the store `thucydides ingest examples/` makes; records drawn as HTML."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pandas as pd
import pytest

import thucydides
from thucydides.cli import main
from thucydides.store.db import StoreError

from .conftest import ROOT


@pytest.fixture(scope="module")
def store(examples_store):
    with thucydides.open(examples_store) as s:
        yield s


def cli(capsys, *args: str) -> list[dict]:
    """The rows a command prints with --format jsonl."""
    assert main([*args, "--format", "jsonl"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_events_of_an_actor_are_the_lines_the_cli_prints(store, examples_store, capsys):
    assert main(["events", "--db", str(examples_store), "--actor", "RUS", "--format",
                 "jsonl", "--limit", "1000000"]) == 0
    lines = capsys.readouterr().out.splitlines()
    frame = store.events(actor="RUS")
    assert isinstance(frame, pd.DataFrame) and len(frame) == len(lines) > 0
    assert list(frame["id"]) == [json.loads(line)["id"] for line in lines]
    assert (frame["actor_code"] == "RUS").all() and frame["asserted"].all()


def test_all_adds_the_unasserted_events(store):
    assert len(store.events(all=True)) > len(store.events()) > 0
    assert not store.events(all=True)["asserted"].all()


def test_a_dyads_months_add_up_to_the_cli_total(store, examples_store, capsys):
    assert main(["dyad", "RUS", "NATO", "--by", "month", "--db", str(examples_store),
                 "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    frame = store.dyad("RUS", "NATO", by="month")
    assert list(frame.columns) == list(rows[0])  # the columns of --format csv
    assert frame["events"].sum() == sum(int(r["events"]) for r in rows) > 0
    assert [str(p.date()) for p in frame["period"]] == [r["period"] for r in rows]


@pytest.mark.parametrize(("method", "command", "key"), [
    ("actors", ["actors"], ["code", "sector", "name", "events"]),
    ("quotes", ["quotes"], ["id"]),
    ("escalations", ["escalation"], ["a", "b", "score"]),
    ("clusters", ["events", "--clusters"], ["cluster_id", "num_mentions"]),
])
def test_each_analysis_gives_the_cli_rows(store, examples_store, capsys, method, command, key):
    frame = getattr(store, method)()
    assert isinstance(frame, pd.DataFrame) and len(frame) > 0
    rows = cli(capsys, *command, "--db", str(examples_store))
    mine = frame[key].astype(object).where(frame[key].notna(), None)
    assert [tuple(r) for r in mine.itertuples(index=False)] == \
        [tuple(r[k] for k in key) for r in rows]


def test_actors_by_country_roll_persons_and_sectors_up(store):
    entities = store.actors(top=1000)
    codes = store.actors(top=1000, by="country").set_index("code")
    rus = entities[entities["code"] == "RUS"]
    assert len(rus) > 1  # the state, its government, its people ...
    assert codes.loc["RUS", "events"] == rus["events"].sum()


def test_sql_is_a_duckdb_relation(store):
    assert store.sql("select count(*) as n from events").df()["n"][0] > 0
    one = store.sql("select type from events where actor_code = $code limit 1",
                    {"code": "RUS"}).fetchall()
    assert len(one) == 1


def test_an_article_comes_back_as_the_coder_gave_it(store):
    first = store.events(actor="RUS", limit=1).iloc[0]
    coded = store.article(first["article_id"])
    assert isinstance(coded, thucydides.CodedArticle)
    stored = store.sql("select count(*) from events where article_id = ?",
                       [first["article_id"]]).fetchall()[0][0]
    assert len(coded.events) == stored
    event = next(e for e in coded.events if e.id == first["id"])
    assert coded.article.text[event.trigger.start:event.trigger.end] == event.trigger.text
    with pytest.raises(KeyError, match="nope"):
        store.article("nope")


def test_names_are_read_as_codes(store):
    assert list(store.events(actor="russia")["id"]) == list(store.events(actor="RUS")["id"])
    assert store.dyad("russia", "nato")["events"].sum() == store.dyad("RUS", "NATO")["events"].sum()


@pytest.mark.parametrize(("call", "named"), [
    (lambda s: s.events(since="March 3"), "since 'March 3'"),
    (lambda s: s.events(until="2022-02-30"), "until '2022-02-30'"),
    (lambda s: s.events(type="HUG"), "type 'HUG'"),
    (lambda s: s.events(actor="Narnia"), "actor 'Narnia'"),
    (lambda s: s.events(country="XYZ"), "country 'XYZ'"),
    (lambda s: s.events(min_confidence=3), "min-confidence 3"),
    (lambda s: s.dyad("RUS", "NATO", by="fortnight"), "by 'fortnight'"),
])
def test_bad_values_are_value_errors_naming_argument_and_value(store, call, named):
    with pytest.raises(ValueError, match=named):
        call(store)


def test_an_unknown_filter_is_a_type_error(store):
    with pytest.raises(TypeError, match="location"):
        store.events(location="Kyiv")


def test_a_missing_or_foreign_file_is_an_error_naming_it(tmp_path):
    with pytest.raises(StoreError, match="none.duckdb: no such store"):
        thucydides.open(tmp_path / "none.duckdb")
    other = tmp_path / "other.duckdb"
    import duckdb

    duckdb.connect(str(other)).execute("create table t (x int)").close()
    with pytest.raises(StoreError,
                       match="other.duckdb: a DuckDB database, but not a thucydides store"):
        thucydides.open(other)
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(StoreError, match="notes.txt"):
        thucydides.open(text)


class Marks(HTMLParser):
    """The text inside each <mark>, by its class; whether any script tag is there."""

    def __init__(self):
        super().__init__()
        self.marks: dict[str, list[str]] = {}
        self.open: str | None = None
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag == "mark":
            self.open = dict(attrs)["class"]
            self.marks.setdefault(self.open, []).append("")

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open = None

    def handle_data(self, data):
        if self.open:
            self.marks[self.open][-1] += data


def parsed(html: str) -> Marks:
    p = Marks()
    p.feed(html)
    return p


def test_a_coded_text_renders_with_trigger_actor_and_recipient_marked():
    coded = thucydides.code("Russia accused NATO of provoking the crisis.", date="2022-03-03")
    html = coded._repr_html_()
    marks = parsed(html).marks
    assert "accused" in marks["trigger"]
    assert "Russia" in marks["actor"] and "NATO" in marks["recipient"]
    event = parsed(coded.events[0]._repr_html_())
    assert event.marks["trigger"] == ["accused"]
    assert "ACCUSE" in coded.events[0]._repr_html_()


def test_text_is_escaped_never_markup():
    coded = thucydides.code("Russia accused NATO of <svg onload=alert(1)> aggression.",
                            date="2022-03-03")
    html = coded._repr_html_()
    assert coded.events and "<svg" not in html and "&lt;svg" in html
    assert "svg" not in parsed(html).tags


def test_a_statement_shows_speaker_and_words(store):
    first = store.quotes(speaker="Lavrov", limit=1).iloc[0]
    coded = store.article(first["article_id"])
    statement = next(s for s in coded.statements if s.id == first["id"])
    html = statement._repr_html_()
    assert "Lavrov" in html and statement.content.text[:20] in html


@pytest.mark.slow
def test_ingest_from_python_gives_the_clis_summary_and_skips_what_is_there(tmp_path):
    text = "Russia accused NATO of provoking the crisis on 2 March 2022."
    with thucydides.open(tmp_path / "new.duckdb", read_only=False) as store:
        first = store.ingest([text])
        assert (first.coded, first.events > 0, first.status) == (1, True, "done")
        assert str(first).startswith("read 1: coded 1, skipped 0")
        again = store.ingest(text)
        assert (again.coded, again.skipped) == (0, 1)
        assert len(store.events(all=True)) == first.events
        with pytest.raises(ValueError, match="no/such/file"):
            store.ingest(["no/such/file"])
    with thucydides.open(tmp_path / "new.duckdb") as reader, pytest.raises(ValueError):
        reader.ingest([text])  # read-only


@pytest.mark.slow
def test_every_python_block_of_the_guide_runs(examples_store, tmp_path, monkeypatch):
    guide = (ROOT / "docs" / "python.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", guide, re.S)
    assert len(blocks) >= 8
    (tmp_path / "thucydides.duckdb").symlink_to(examples_store)
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    for number, block in enumerate(blocks, 1):
        exec(compile(block, f"docs/python.md block {number}", "exec"), namespace)
    for picture in ("rus-nato.png", "events-map.png"):
        assert (tmp_path / picture).read_bytes()[:4] == b"\x89PNG"
    assert namespace["months"]["events"].sum() > 0 and len(namespace["places"]) > 3
    assert namespace["run"].coded == 1
