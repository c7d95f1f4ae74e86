"""Where events happened: GET /api/map and /api/map/{id}/events over the examples store,
and `thucydides plot map`."""

from __future__ import annotations

import duckdb
import pytest
from fastapi.testclient import TestClient

from thucydides.analysis.plot import country_rings
from thucydides.api.app import create_app
from thucydides.cli import main

LOCATED = ("FROM events e JOIN current_articles a ON a.id = e.article_id "
           "JOIN locations l ON l.id = e.location_id WHERE e.asserted AND l.lat IS NOT NULL")


@pytest.fixture(scope="module")
def both(examples_store):
    """The API over the examples store, and the store itself to count in."""
    with TestClient(create_app(str(examples_store), token="", reload_every=0)) as client, \
            duckdb.connect(str(examples_store), read_only=True) as con:
        yield client, con


@pytest.fixture(scope="module")
def client(both):
    return both[0]


@pytest.fixture(scope="module")
def con(both):
    return both[1]


def places(client, **params) -> dict:
    r = client.get("/api/map", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def test_points_count_every_located_event_at_its_coordinates(client, con):
    data = places(client)
    located = con.execute(f"SELECT count(*) {LOCATED}").fetchone()[0]
    assert data["located"] == sum(p["events"] for p in data["points"]) == located > 0
    listed = con.execute("SELECT count(*) FROM events e JOIN current_articles a "
                         "ON a.id = e.article_id WHERE e.asserted").fetchone()[0]
    assert data["located"] + data["unlocated"] == listed
    for p in data["points"]:
        lat, lon = con.execute("SELECT lat, lon FROM locations WHERE id = ?",
                               [p["location_id"]]).fetchone()
        assert (p["lat"], p["lon"]) == (lat, lon)
        assert sum(p["quads"].values()) == p["events"]
        assert p["quads"][str(p["quad"])] == max(p["quads"].values())
    assert [p["events"] for p in data["points"]] == sorted(
        (p["events"] for p in data["points"]), reverse=True)


def test_points_follow_the_event_filters(client, con):
    conflict = places(client, quad=4)
    assert conflict["points"] and all(set(p["quads"]) == {"4"} for p in conflict["points"])
    assert conflict["located"] == con.execute(
        f"SELECT count(*) {LOCATED} AND e.quad = 4").fetchone()[0]
    rus = places(client, actor="rus", recipient="ukr", both=True)
    assert rus["located"] == con.execute(
        f"SELECT count(*) {LOCATED} AND ((e.actor_code = 'RUS' AND e.recipient_code = 'UKR') "
        "OR (e.actor_code = 'UKR' AND e.recipient_code = 'RUS'))").fetchone()[0] > 0
    assert places(client, since="2030-01-01")["points"] == []


# the analyst's filters of /api/events, each with the events it keeps
FILTERS = [
    ({"country": "Belgium"}, "e.location_country = 'BEL'"),
    ({"place": "brussels"}, "contains(lower(e.location_name), 'brussels')"),
    ({"actor_country": "ukraine"}, "'UKR' IN (e.actor_code, e.recipient_code)"),
    ({"min_confidence": 0.8}, "e.confidence >= 0.8"),
    ({"actor": "russia"}, "e.actor_code = 'RUS'"),
]


@pytest.mark.parametrize(("params", "where"), FILTERS)
def test_points_follow_the_analysts_filters_names_read_as_codes(client, con, params, where):
    expected = con.execute(f"SELECT count(*) {LOCATED} AND {where}").fetchone()[0]
    assert 0 < expected < places(client)["located"]
    assert places(client, **params)["located"] == expected


def test_every_parameter_of_the_map_is_taken_and_others_refused(client):
    taken = {"actor": "RUS", "recipient": "UKR", "both": True, "type": "ASSAULT", "quad": 4,
             "since": "2000-01-01", "until": "2030-01-01", "q": "", "country": "UKR",
             "place": "", "actor_country": "RUS", "min_confidence": 0, "all": False,
             "limit": 10}
    assert places(client, **taken)["points"]
    r = client.get("/api/map", params={**taken, "location": "Kyiv"})
    assert r.status_code == 422 and r.json()["detail"].startswith("location: not a parameter")
    where = places(client)["points"][0]["location_id"]
    r = client.get(f"/api/map/{where}/events", params={**taken, "limit": 5})
    assert r.status_code == 200, r.text
    assert client.get("/api/cameo", params={"q": "08"}).status_code == 200
    assert client.get("/api/cameo", params={"q": "08", "code": "08"}).status_code == 422


def test_a_place_lists_its_events_newest_first_undated_last(client):
    busiest = places(client)["points"][0]
    r = client.get(f"/api/map/{busiest['location_id']}/events", params={"limit": 1000})
    assert r.status_code == 200
    events = r.json()
    assert len(events) == busiest["events"]
    assert {e["location"]["name"] for e in events} == {busiest["name"]}
    dates = [e["date"] for e in events]
    dated = [d for d in dates if d]
    assert dates == dated + [None] * (len(dates) - len(dated))
    assert dated == sorted(dated, reverse=True)


def test_a_bad_filter_is_422_naming_it(client):
    r = client.get("/api/map", params={"type": "PARTY"})
    assert r.status_code == 422 and r.json()["detail"].startswith("type:")


def test_outlines_are_the_worlds_countries():
    rings = country_rings()
    assert len(rings) > 170
    assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for ring in rings for lon, lat in ring)


@pytest.mark.slow
def test_plot_map_writes_a_png_and_says_what_it_holds(examples_store, tmp_path, capsys, con):
    out = tmp_path / "map.png"
    assert main(["plot", "map", "--db", str(examples_store), "--since", "2000-01-01",
                 "-o", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    located = con.execute(f"SELECT count(*) {LOCATED} AND e.date >= DATE '2000-01-01'"
                          ).fetchone()[0]
    assert f"{located:,} events at " in capsys.readouterr().out


@pytest.mark.slow
def test_plot_map_takes_the_filters_of_events_names_read_as_codes(examples_store, tmp_path,
                                                                   capsys, con):
    out = tmp_path / "map.png"
    assert main(["plot", "map", "--db", str(examples_store), "--actor", "russia",
                 "--country", "Ukraine", "-o", str(out)]) == 0
    located = con.execute(f"SELECT count(*) {LOCATED} AND e.actor_code = 'RUS' "
                          "AND e.location_country = 'UKR'").fetchone()[0]
    printed = capsys.readouterr()
    assert f"{located:,} events at " in printed.out and located > 0
    assert "actor 'russia' is RUS" in printed.err and out.exists()


def test_plot_map_with_nothing_to_show_is_one_line_and_exit_2(examples_store, tmp_path, capsys):
    out = tmp_path / "map.png"
    assert main(["plot", "map", "--db", str(examples_store), "--since", "2030-01-01",
                 "-o", str(out)]) == 2
    assert "nothing to plot" in capsys.readouterr().err and not out.exists()
