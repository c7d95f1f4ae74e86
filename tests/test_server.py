"""The REST API (`thucydides serve`) over a real store filled by `thucydides ingest
examples/`: through FastAPI's TestClient (the real app on the real file), and once over
HTTP from the real command."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import socket
import subprocess
import sys
import time

import duckdb
import httpx
import pytest
from fastapi.testclient import TestClient

from thucydides.api import create_app

from .conftest import ROOT, run_cli

# the asserted events of current article versions, as the API lists them by default
LISTED = ("FROM events e JOIN current_articles a ON a.id = e.article_id WHERE e.asserted")


@pytest.fixture(scope="module")
def client(examples_store):
    with TestClient(create_app(str(examples_store), token="")) as c:
        yield c


@pytest.fixture(scope="module")
def con(examples_store):
    c = duckdb.connect(str(examples_store), read_only=True)
    yield c
    c.close()


def events(client, **params) -> list[dict]:
    r = client.get("/api/events", params={"limit": 1000, **params})
    assert r.status_code == 200, r.text
    assert r.json()["next"] is None  # the examples hold fewer than 1,000 events
    return r.json()["events"]


def count(con, where: str = "", params: list | None = None) -> int:
    return con.execute(f"SELECT count(*) {LISTED} {where}", params or []).fetchone()[0]


def test_health_counts_the_store(client, con):
    health = client.get("/api/health").json()
    assert health.pop("reloaded") <= f"{dt.datetime.now(dt.UTC):%Y-%m-%dT%H:%M:%S}Z"
    assert health == {"status": "ok",
                      "events": con.execute("SELECT count(*) FROM events").fetchone()[0],
                      "articles": 50, "reload_error": None}


@pytest.mark.parametrize(("params", "keeps", "where", "values"), [
    ({"actor": "rus"}, lambda e: e["actor"]["code"] == "RUS", "AND e.actor_code = ?", ["RUS"]),
    ({"recipient": "NATO"}, lambda e: e["recipient"]["code"] == "NATO",
     "AND e.recipient_code = ?", ["NATO"]),
    ({"type": "accuse"}, lambda e: e["type"] == "ACCUSE", "AND e.type = ?", ["ACCUSE"]),
    ({"quad": 4}, lambda e: e["quad"] == 4, "AND e.quad = ?", [4]),
    ({"since": "2022-02-24", "until": "2022-03-31"},
     lambda e: "2022-02-24" <= e["date"] <= "2022-03-31",
     "AND e.date BETWEEN ? AND ?", ["2022-02-24", "2022-03-31"]),
    ({"q": "Sanctions  EU"},
     lambda e: all(w in e["evidence"]["text"].lower() for w in ("sanctions", "eu")),
     "AND contains(lower(e.evidence_text), 'sanctions') AND contains(lower(e.evidence_text), 'eu')",
     []),
])
def test_filters_return_only_and_all_matching_events(client, con, params, keeps, where, values):
    found = events(client, **params)
    assert found and all(keeps(e) for e in found)
    assert all(e["asserted"] for e in found)
    assert len(found) == count(con, where, values)


def test_all_adds_the_events_the_text_does_not_assert(client, con):
    found = events(client, all="true")
    assert any(not e["asserted"] for e in found)
    assert len(found) == con.execute(
        "SELECT count(*) FROM events e JOIN current_articles a ON a.id = e.article_id"
    ).fetchone()[0]


def test_cursor_walks_every_event_exactly_once_in_date_order(client, con):
    seen, cursor, pages = [], None, 0
    while True:
        r = client.get("/api/events", params={"limit": 37, **({"cursor": cursor} if cursor
                                                                else {})})
        page = r.json()
        seen += page["events"]
        pages += 1
        cursor = page["next"]
        if cursor is None:
            break
    ids = [(e["article_id"], e["id"]) for e in seen]
    assert len(ids) == len(set(ids)) == count(con)
    assert pages == -(-count(con) // 37)
    dates = [e["date"] or "9999" for e in seen]
    assert dates == sorted(dates)


def test_a_filtered_walk_pages_the_filter(client):
    first = client.get("/api/events", params={"actor": "RUS", "limit": 5}).json()
    second = client.get("/api/events", params={"actor": "RUS", "limit": 5,
                                               "cursor": first["next"]}).json()
    assert all(e["actor"]["code"] == "RUS" for e in first["events"] + second["events"])
    assert not {e["id"] for e in first["events"]} & {e["id"] for e in second["events"]}


@pytest.mark.parametrize(("path", "params", "named"), [
    ("/api/events", {"since": "2022-13-01"}, "since"),
    ("/api/events", {"until": "March"}, "until"),
    ("/api/events", {"type": "HUG"}, "type"),
    ("/api/events", {"quad": 5}, "quad"),
    ("/api/events", {"limit": 0}, "limit"),
    ("/api/events", {"limit": 1001}, "limit"),
    ("/api/events", {"cursor": "not-a-cursor"}, "cursor"),
    ("/api/events", {"all": "perhaps"}, "all"),
    ("/api/quotes", {"cursor": "WzEsMiwzXQ=="}, "cursor"),
    ("/api/dyads/RUS/NATO/series", {"by": "fortnight"}, "by"),
    ("/api/dyads", {"limit": -3}, "limit"),
])
def test_bad_parameters_are_422_naming_the_parameter(client, path, params, named):
    r = client.get(path, params=params)
    assert r.status_code == 422
    assert r.json()["detail"].startswith(f"{named}: ")


def test_series_periods_add_up_to_the_dyads_events(client, con):
    series = client.get("/api/dyads/RUS/UKR/series", params={"by": "month"}).json()
    periods = series["periods"]
    assert (series["a"], series["b"], series["by"], series["directed"]) == \
        ("RUS", "UKR", "month", False)
    for p in periods:
        assert sum(p["quads"].values()) == sum(p["types"].values()) == p["events"]
        assert p["cooperation"] + p["conflict"] == p["events"]
        assert p["start"].endswith("-01")
    both = count(con, "AND e.date IS NOT NULL AND ((e.actor_code = 'RUS' AND "
                      "e.recipient_code = 'UKR') OR (e.actor_code = 'UKR' AND "
                      "e.recipient_code = 'RUS'))")
    assert sum(p["events"] for p in periods) == both > 0
    directed = client.get("/api/dyads/rus/ukr/series",
                          params={"by": "week", "directed": "true"}).json()["periods"]
    assert sum(p["events"] for p in directed) == len(
        [e for e in events(client, actor="RUS", recipient="UKR") if e["date"]])


def test_article_offsets_slice_its_text(client, con):
    article_id = con.execute("SELECT article_id FROM events GROUP BY ALL "
                             "ORDER BY count(*) DESC, article_id LIMIT 1").fetchone()[0]
    article = client.get(f"/api/articles/{article_id}").json()
    text = article["text"]
    assert article["events"] and article["statements"]
    for record in article["events"] + article["statements"]:
        assert record["article_id"] == article_id
        for span in (record["trigger"], record["evidence"]):
            assert text[span["start"]:span["end"]] == span["text"]
        ev = record["evidence"]
        assert ev["start"] <= record["trigger"]["start"] < record["trigger"]["end"] <= ev["end"]
    for e in article["events"]:
        for side in (e["actor"], e["recipient"]):
            if side["start"] is not None:  # the words naming it: a name, or 'he', 'its'
                assert re.fullmatch(r"\w[\w'. -]*", text[side["start"]:side["end"]])
    for s in article["statements"]:
        assert text[s["content"]["start"]:s["content"]["end"]] == s["content"]["text"]


def test_unknown_article_is_404(client):
    r = client.get("/api/articles/0000000000000000")
    assert r.status_code == 404 and "no article" in r.json()["detail"]


def test_code_returns_the_events_of_a_sentence_and_stores_nothing(client):
    before = client.get("/api/health").json()
    r = client.post("/api/code", json={"text": "Russia accused NATO of provoking the crisis.",
                                       "date": "2022-03-03"})
    assert r.status_code == 200
    coded = r.json()
    accuse = [e for e in coded["events"] if e["type"] == "ACCUSE"]
    assert accuse and accuse[0]["actor"]["code"] == "RUS"
    assert accuse[0]["recipient"]["code"] == "NATO" and accuse[0]["date"] == "2022-03-03"
    assert accuse[0]["trigger"]["text"] == "accused"
    assert client.get("/api/health").json() == before


def test_code_refuses_a_bad_body_naming_the_field(client):
    assert client.post("/api/code", json={"date": "2022-03-03"}).json()["detail"] \
        .startswith("text: ")
    r = client.post("/api/code", json={"text": "Russia left.", "date": "3 March"})
    assert r.status_code == 422 and r.json()["detail"].startswith("date: ")


def test_dyads_are_the_most_active_first(client, con):
    dyads = client.get("/api/dyads", params={"limit": 5}).json()["dyads"]
    assert len(dyads) == 5
    assert [d["events"] for d in dyads] == sorted((d["events"] for d in dyads), reverse=True)
    top = dyads[0]
    assert top["a"] < top["b"] and top["cooperation"] + top["conflict"] <= top["events"]


def test_network_edges_join_its_nodes(client):
    network = client.get("/api/network", params={"limit": 10}).json()
    codes = {n["code"] for n in network["nodes"]}
    assert len(network["edges"]) == 10
    assert all(e["source"] in codes and e["target"] in codes for e in network["edges"])


def test_actors_search_by_name(client):
    found = client.get("/api/actors", params={"q": "russia", "limit": 5}).json()["actors"]
    assert found and all(a["code"] == "RUS" or "russ" in (a["name"] or "").lower()
                         for a in found)
    assert all(a["events"] == a["as_actor"] + a["as_recipient"] for a in found)


def test_quotes_by_speaker_page_without_repeats(client):
    first = client.get("/api/quotes", params={"speaker": "lavrov", "limit": 2}).json()
    rest = client.get("/api/quotes", params={"speaker": "lavrov", "limit": 1000,
                                             "cursor": first["next"]}).json()
    quotes = first["quotes"] + rest["quotes"]
    assert len(quotes) > 2 and rest["next"] is None
    assert len({(q["article_id"], q["id"]) for q in quotes}) == len(quotes)
    assert all("lavrov" in ((q["speaker"]["name"] or "") + (q["speaker"]["text"] or "")).lower()
               for q in quotes)


def test_dashboard_is_served_at_the_root(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_serve_answers_over_http_and_follows_an_ingest_beside_it(examples_store, tmp_path):
    store = tmp_path / "served.duckdb"
    shutil.copy(examples_store, store)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "thucydides.cli", "serve", "--db",
                               str(store), "--port", str(port), "--reload-every", "0.5"],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"{base}/api/health", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read().decode()
                assert time.monotonic() < deadline, "the server did not answer in 60 s"
                time.sleep(0.2)
        assert health.json()["articles"] == 50
        page = httpx.get(f"{base}/", timeout=5)
        assert page.status_code == 200 and "<html" in page.text.lower()
        news = tmp_path / "news.txt"
        news.write_text("Talks in Geneva\n\nRussia and NATO held talks in Geneva on Monday.\n")
        beside = run_cli("ingest", str(news), "--db", str(store), "--date", "2022-03-07")
        assert beside.returncode == 0, beside.stderr.decode()  # the server holds a snapshot
        deadline = time.monotonic() + 30
        while httpx.get(f"{base}/api/health", timeout=5).json()["articles"] != 51:
            assert time.monotonic() < deadline, "the server did not take the new snapshot"
            time.sleep(0.2)
        found = httpx.get(f"{base}/api/events", params={"q": "Geneva talks"}, timeout=5)
        assert any(e["published"] == "2022-03-07" for e in found.json()["events"])
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_serve_refuses_a_missing_store_in_one_line(tmp_path):
    r = run_cli("serve", "--db", str(tmp_path / "none.duckdb"))
    assert r.returncode == 2
    assert r.stderr.decode().splitlines() == [
        f"thucydides: error: {tmp_path / 'none.duckdb'}: no such store "
        "(fill one with 'thucydides ingest')"]


def test_openapi_page_works_offline_from_assets_the_server_holds(client):
    page = client.get("/docs")
    assert page.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith("/") for s in sources)  # nothing from a CDN
    for source in sources:
        assert client.get(source).status_code == 200
    assert "/api/events" in client.get("/openapi.json").json()["paths"]


def test_types_are_the_sixteen_plover_types_with_their_quads(client):
    types = client.get("/api/types").json()
    assert len(types) == 16
    quads = {t["name"]: t["quad"] for t in types}
    assert quads["ASSAULT"] == 4 and quads["AGREE"] == 1 and quads["ACCUSE"] == 3
    assert "aerial" in next(t["modes"] for t in types if t["name"] == "ASSAULT")
