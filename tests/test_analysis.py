"""The analysis commands against real stores: the examples' and a small one of known events."""

from __future__ import annotations

import json
from datetime import date, timedelta

import duckdb
import pytest
from matplotlib import image

from thucydides.analysis.dyads import top_dyads
from thucydides.analysis.network import network
from thucydides.analysis.quotes import QuoteFilter, quotes
from thucydides.cli import main
from thucydides.store.db import Store

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def jsonl(capsys, *args: str) -> list[dict]:
    assert main(list(args)) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.fixture(scope="module")
def con(examples_store):
    con = duckdb.connect(str(examples_store), read_only=True)
    yield con
    con.close()


def dated_events(capsys, db, actor: str, recipient: str) -> int:
    rows = jsonl(capsys, "events", "--db", db, "--actor", actor, "--recipient", recipient,
                 "--format", "jsonl")
    return sum(1 for r in rows if r["date"])


def test_dyad_periods_add_up_to_the_events_listed(capsys, examples_store):
    db = str(examples_store)
    periods = jsonl(capsys, "dyad", "RUS", "NATO", "--db", db, "--format", "jsonl")
    listed = dated_events(capsys, db, "RUS", "NATO") + dated_events(capsys, db, "NATO", "RUS")
    assert listed > 5
    assert sum(p["events"] for p in periods) == listed
    for p in periods:
        assert p["cooperation"] + p["conflict"] == p["events"] == sum(p["types"].values())
        assert p["cooperation"] == p["verbal_cooperation"] + p["material_cooperation"]


def test_directed_dyad_counts_one_direction(capsys, examples_store):
    db = str(examples_store)
    both = jsonl(capsys, "dyad", "RUS", "NATO", "--db", db, "--format", "jsonl")
    directed = jsonl(capsys, "dyad", "rus", "nato", "--db", db, "--directed", "--format", "jsonl")
    assert sum(p["events"] for p in directed) == dated_events(capsys, db, "RUS", "NATO")
    assert 0 < sum(p["events"] for p in directed) < sum(p["events"] for p in both)


@pytest.mark.parametrize("by, starts", [("week", lambda d: d.weekday() == 0),
                                        ("month", lambda d: d.day == 1),
                                        ("year", lambda d: (d.month, d.day) == (1, 1))])
def test_periods_start_on_their_first_day(capsys, examples_store, by, starts):
    periods = jsonl(capsys, "dyad", "RUS", "UKR", "--db", str(examples_store), "--by", by,
                    "--format", "jsonl")
    days = [date.fromisoformat(p["period"]) for p in periods]
    assert days and all(starts(d) for d in days)
    assert days == sorted(set(days))


def test_since_and_until_bound_the_periods(capsys, examples_store):
    periods = jsonl(capsys, "dyad", "RUS", "UKR", "--db", str(examples_store), "--by", "day",
                    "--since", "2022-02-20", "--until", "2022-03-10", "--format", "jsonl")
    days = [p["period"] for p in periods]
    assert days and days[0] >= "2022-02-20" and days[-1] <= "2022-03-10"


def test_dyad_table_shows_a_total(capsys, examples_store):
    assert main(["dyad", "RUS", "NATO", "--db", str(examples_store), "--by", "month"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["period", "events", "verbal_cooperation"]
    assert lines[-1].endswith(" events") and "months" in lines[-1]


def test_actors_are_the_most_active_first(capsys, examples_store):
    rows = jsonl(capsys, "actors", "--db", str(examples_store), "--top", "10", "--format",
                 "jsonl")
    assert len(rows) == 10
    totals = [r["events"] for r in rows]
    assert totals == sorted(totals, reverse=True)
    assert all(r["events"] == r["as_actor"] + r["as_recipient"] for r in rows)
    russia = [r for r in rows if r["code"] == "RUS" and r["sector"] is None]
    assert russia and russia[0]["name"] == "Russia" and russia[0]["kind"] == "state"


def test_actors_found_by_name(capsys, examples_store):
    rows = jsonl(capsys, "actors", "--db", str(examples_store), "--q", "lavrov", "--format",
                 "jsonl")
    assert [r["name"] for r in rows] == ["Sergei Lavrov"]
    by_country = jsonl(capsys, "actors", "--db", str(examples_store), "--q", "russia",
                       "--format", "jsonl")
    assert {r["code"] for r in by_country} == {"RUS"} and len(by_country) > 3


def test_quotes_of_a_speaker_give_his_words(capsys, examples_store):
    assert main(["quotes", "--db", str(examples_store), "--speaker", "Grushko"]) == 0
    out = capsys.readouterr().out
    assert "Alexander Grushko" in out and "time bomb" in out
    rows = jsonl(capsys, "quotes", "--db", str(examples_store), "--speaker", "grushko",
                 "--q", "dialogue", "--format", "jsonl")
    assert rows and all("dialogue" in r["content_text"].lower() for r in rows)
    assert all(r["speaker_name"] == "Alexander Grushko" for r in rows)


def test_quotes_page_through_every_statement(con):
    everything = quotes(con, QuoteFilter(limit=10_000))
    pages, after = [], None
    while page := quotes(con, QuoteFilter(limit=40, after=after)):
        pages += page
        after = page[-1].key
    assert len(everything) > 100
    assert [q.key for q in pages] == [q.key for q in everything]


def test_top_dyads_and_network_agree(con):
    dyads = top_dyads(con, limit=5)
    assert all(d.a < d.b for d in dyads)
    assert ("RUS", "UKR") in {(d.a, d.b) for d in dyads}
    graph = network(con, limit=6)
    assert len(graph.edges) == 6
    assert {n.code for n in graph.nodes} == {c for e in graph.edges for c in (e.source, e.target)}
    rus_ukr = next(d for d in dyads if (d.a, d.b) == ("RUS", "UKR"))
    assert sum(e.events for e in graph.edges if {e.source, e.target} == {"RUS", "UKR"}) \
        == rus_ukr.events


MONDAY = date(2022, 1, 3)


def known_events(path) -> None:
    """A store of known events: AAA-BBB one conflict event a week for ten weeks, then six in
    the eleventh; CCC-DDD three a week throughout; a burst of unasserted AAA-BBB events."""
    weekly = [("AAA", "BBB", w, 1, True) for w in range(10)] + [("BBB", "AAA", 10, 6, True)]
    weekly += [("CCC", "DDD", w, 3, True) for w in range(11)] + [("AAA", "BBB", 5, 9, False)]
    rows = [(code, other, MONDAY + timedelta(weeks=week, days=n % 5), asserted)
            for code, other, week, count, asserted in weekly for n in range(count)]
    with Store(path) as store:
        store.con.execute("INSERT INTO articles (id, version, text, event_count, "
                          "statement_count, run_id, added) VALUES ('a', 1, 'x', ?, 0, 1, now())",
                          [len(rows)])
        store.con.executemany(
            "INSERT INTO events (article_id, seq, id, type, quad, goldstein, actor_code, "
            "recipient_code, asserted, date) VALUES ('a', ?, ?, 'ASSAULT', 4, -10.0, ?, ?, ?, ?)",
            [(seq, f"e{seq}", a, b, asserted, day) for seq, (a, b, day, asserted)
             in enumerate(rows)])


def test_escalation_flags_a_spike_against_the_dyads_baseline(capsys, tmp_path):
    db = tmp_path / "known.duckdb"
    known_events(db)
    found = jsonl(capsys, "escalation", "--db", str(db), "--format", "jsonl")
    assert [(f["period"], f["a"], f["b"], f["conflict"]) for f in found] == [
        ((MONDAY + timedelta(weeks=10)).isoformat(), "AAA", "BBB", 6)]
    assert found[0]["baseline"] == 1.0 and found[0]["score"] == 5.0
    assert jsonl(capsys, "escalation", "--db", str(db), "--min-events", "7",
                 "--format", "jsonl") == []


def test_plot_writes_a_png(tmp_path, examples_store):
    out = tmp_path / "dyad.png"
    assert main(["plot", "dyad", "RUS", "NATO", "--db", str(examples_store), "-o",
                 str(out)]) == 0
    assert out.read_bytes()[:8] == PNG_SIGNATURE
    height, width = image.imread(out).shape[:2]
    assert (width, height) == (1000, 480)


def test_plot_of_a_dyad_without_events_is_refused(capsys, tmp_path, examples_store):
    out = tmp_path / "none.png"
    assert main(["plot", "dyad", "RUS", "ZWE", "--db", str(examples_store), "-o",
                 str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("thucydides: error: no asserted") and err.count("\n") == 1
    assert not out.exists()


@pytest.mark.parametrize("args, message", [
    (["dyad", "RUS", "NATO", "--by", "fortnight"], "--by 'fortnight'"),
    (["dyad", "RUS", "NATO", "--since", "2022-13-01"], "--since '2022-13-01'"),
    (["actors", "--until", "yesterday"], "--until 'yesterday'"),
    (["quotes", "--limit", "-1"], "--limit"),
    (["escalation", "--window", "1"], "--window"),
])
def test_bad_options_are_one_line_errors(capsys, examples_store, args, message):
    assert main([*args, "--db", str(examples_store)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"thucydides: error: {message}") and err.count("\n") == 1


def test_missing_store_is_a_one_line_error(capsys, tmp_path):
    assert main(["actors", "--db", str(tmp_path / "none.duckdb")]) == 2
    err = capsys.readouterr().err
    assert "no such store" in err and err.count("\n") == 1
    assert not (tmp_path / "none.duckdb").exists()


def test_plot_leaves_out_empty_periods_and_marks_the_gaps():
    from datetime import date

    from thucydides.analysis.plot import _gaps, _goldstein_line
    from thucydides.analysis.series import Period

    periods = [Period(date(1990, 1, 1), 1, {1: 1}, 1.0), Period(date(2022, 2, 21), 2, {4: 2}, -9.0),
               Period(date(2022, 2, 28), 1, {3: 1}, None)]
    assert _gaps(periods, "week") == [0]  # 1990 and 2022 are not neighbours; Feb 21/28 are
    xs, ys = _goldstein_line(periods, [0])
    assert xs == [0, 0.5, 1, 2] and ys[0] == 1.0 and ys[2] == -9.0
    assert ys[1] != ys[1] and ys[3] != ys[3]  # NaN: the line breaks at the gap and the unscored
