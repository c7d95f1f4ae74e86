"""The analyst's filters (country, place, actor's state, confidence, words), actor names
where codes go, and clusters: on `thucydides events`, the REST API and the dashboard, over
the store `thucydides ingest examples/` makes."""

from __future__ import annotations

import csv
import json

import pytest

from thucydides.cli import main

from . import test_dashboard, test_server

# fixtures shared with those modules: the real server and browser, the API client, the store
api, browser, dash, server = (test_dashboard.api, test_dashboard.browser, test_dashboard.dash,
                              test_dashboard.server)
client, con = test_server.client, test_server.con

LISTED = "FROM events e JOIN current_articles a ON a.id = e.article_id WHERE e.asserted"


def count(con, where: str, params: list) -> int:
    return con.execute(f"SELECT count(*) {LISTED} AND {where}", params).fetchone()[0]


def cli_ids(capsys, db, *args: str) -> list[str]:
    assert main(["events", "--db", str(db), *args, "--format", "jsonl"]) == 0
    return [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]


def api_ids(client, **params) -> list[str]:
    r = client.get("/api/events", params={"limit": 1000, **params})
    assert r.status_code == 200, r.text
    return [e["id"] for e in r.json()["events"]]


FILTERS = [
    ({"country": "BEL"}, "e.location_country = ?", ["BEL"]),
    ({"country": "Belgium"}, "e.location_country = ?", ["BEL"]),
    ({"place": "brussels"}, "lower(e.location_name) LIKE ?", ["%brussels%"]),
    ({"actor_country": "UKR"}, "? IN (e.actor_code, e.recipient_code)", ["UKR"]),
    ({"actor_country": "ukraine"}, "? IN (e.actor_code, e.recipient_code)", ["UKR"]),
    ({"min_confidence": "0.8"}, "e.confidence >= ?", [0.8]),
    ({"q": "troops"}, "contains(lower(e.evidence_text), ?)", ["troops"]),
    ({"actor": "russia"}, "e.actor_code = ?", ["RUS"]),
]


@pytest.mark.parametrize(("params", "where", "values"), FILTERS)
def test_each_filter_keeps_all_and_only_its_events_on_cli_and_api(
        client, con, capsys, examples_store, params, where, values):
    expected = count(con, where, values)
    assert expected > 0
    args = [a for k, v in params.items() for a in (f"--{k.replace('_', '-')}", v)]
    from_cli = cli_ids(capsys, examples_store, *args)
    assert len(from_cli) == expected
    assert api_ids(client, **params) == from_cli


def test_a_name_is_read_as_its_code_and_the_cli_says_so(capsys, examples_store):
    assert main(["events", "--db", str(examples_store), "--actor", "Russia", "--limit", "1"]) == 0
    assert "note: actor 'Russia' is RUS (Russia)" in capsys.readouterr().err
    assert cli_ids(capsys, examples_store, "--actor", "russia") == \
        cli_ids(capsys, examples_store, "--actor", "RUS")


@pytest.mark.parametrize(("args", "message"), [
    (["--actor", "Narnia"], "actor 'Narnia': not an actor code or a name"),
    (["--country", "NATO"], "country 'NATO': not a country code"),
    (["--min-confidence", "2"], "--min-confidence 2.0: expected a number from 0 to 1"),
    (["--clusters", "--place", "Kyiv"], "--place: not a filter of clusters"),
])
def test_a_filter_that_cannot_match_is_a_one_line_error(capsys, examples_store, args, message):
    assert main(["events", "--db", str(examples_store), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_every_endpoint_refuses_a_parameter_it_does_not_take(client):
    filled = {"{a}": "RUS", "{b}": "NATO", "{article_id}": "x", "{cluster_id}": "x",
              "{location_id}": "x"}
    described = client.get("/openapi.json").json()["paths"]
    paths = [path for path, methods in described.items() if "get" in methods]
    assert "/api/clusters" in paths and len(paths) >= 9
    for path in paths:
        for key, value in filled.items():
            path = path.replace(key, value)
        r = client.get(path, params={"location": "Kyiv"})
        assert r.status_code == 422, path
        assert r.json()["detail"].startswith("location: not a parameter of"), path
    assert client.post("/api/code", params={"x": "1"}, json={"text": "a"}).status_code == 422


def test_actors_by_country_rolls_sectors_and_persons_up(capsys, examples_store, con, client):
    assert main(["actors", "--by", "country", "--top", "1", "--db", str(examples_store),
                 "--format", "csv"]) == 0
    row = next(csv.DictReader(capsys.readouterr().out.splitlines()))
    sides = con.execute(f"SELECT count(*) FILTER (WHERE e.actor_code = 'RUS'), "
                        f"count(*) FILTER (WHERE e.recipient_code = 'RUS') {LISTED}").fetchone()
    assert (row["code"], int(row["as_actor"]), int(row["as_recipient"])) == ("RUS", *sides)
    top = client.get("/api/actors", params={"by": "country", "limit": 1}).json()["actors"]
    assert (top[0]["code"], top[0]["as_actor"], top[0]["as_recipient"]) == ("RUS", *sides)


def test_clusters_are_one_row_per_real_world_event(capsys, examples_store, con, client, tmp_path):
    assert main(["events", "--clusters", "--db", str(examples_store), "--format", "csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert len(rows) == con.execute("SELECT count(*) FROM clusters").fetchone()[0] > 0
    assert sum(int(r["num_mentions"]) for r in rows) == \
        con.execute(f"SELECT count(*) {LISTED} AND e.cluster_id IS NOT NULL").fetchone()[0]
    out = tmp_path / "clusters.csv"
    assert main(["export", "--db", str(examples_store), "--format", "csv", "--table",
                 "clusters", str(out)]) == 0
    assert [r["cluster_id"] for r in csv.DictReader(out.open())] == \
        [r["cluster_id"] for r in rows]
    listed = client.get("/api/clusters", params={"limit": 1000}).json()["clusters"]
    assert [c["cluster_id"] for c in listed] == [r["cluster_id"] for r in rows]


def test_a_cluster_lists_the_articles_reporting_it(client, con):
    cluster_id, articles = con.execute(
        "SELECT cluster_id, num_articles FROM clusters ORDER BY num_articles DESC, cluster_id "
        "LIMIT 1").fetchone()
    assert articles > 1
    found = client.get(f"/api/clusters/{cluster_id}").json()
    assert found["cluster"]["num_articles"] == articles
    assert len({e["article_id"] for e in found["events"]}) == articles
    assert all(e["cluster_id"] == cluster_id for e in found["events"])
    assert client.get("/api/clusters/nope").status_code == 404


@pytest.mark.slow
def test_the_dashboard_filters_by_country_and_shows_the_other_reports(dash, api):
    dash.filter_events(country="Belgium")
    expected = api("/api/events", country="BEL", order="newest", limit=1000)["events"]
    shown = [r.get_attribute("data-event-id") for r in dash.rows().all()]
    assert shown == [e["id"] for e in expected][:50] and shown
    clusters = api("/api/clusters", limit=1000)["clusters"]
    shared = next(c for c in clusters if c["num_articles"] > 1 and c["actor_code"])
    members = api(f"/api/clusters/{shared['cluster_id']}")["events"]
    first = next(e for e in members if e["date"])
    other = next(e for e in members if e["article_id"] != first["article_id"])
    dash.open_event(first)
    page = dash.page
    page.wait_for_selector("[data-testid=cluster-report]")
    assert f"Reported by {shared['num_articles']} articles" in page.inner_text(
        "[data-testid=cluster-summary]")
    page.click("[data-testid=cluster-report]")
    page.wait_for_function(
        f"document.querySelector('[data-testid=article-title]')?.textContent === "
        f"{json.dumps(other['title'])}")
    assert dash.errors == []


@pytest.mark.parametrize(("args", "where", "values"), [
    (["--actor", "russia"], "actor_code = ?", ["RUS"]),
    (["--country", "Russia"], "country = ?", ["RUS"]),
    (["--actor-country", "UKR"], "? IN (actor_code, recipient_code)", ["UKR"]),
    (["--since", "2022-02-24", "--until", "2022-03-31"], "last_date >= ? AND first_date <= ?",
     ["2022-02-24", "2022-03-31"]),
])
def test_clusters_filter_on_their_key_and_days(capsys, examples_store, con, args, where, values):
    assert main(["events", "--clusters", "--db", str(examples_store), *args,
                 "--format", "jsonl"]) == 0
    found = [json.loads(line)["cluster_id"] for line in capsys.readouterr().out.splitlines()]
    expected = con.execute(f"SELECT cluster_id FROM clusters WHERE {where}", values).fetchall()
    assert sorted(found) == sorted(r[0] for r in expected) and found
