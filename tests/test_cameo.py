"""`thucydides cameo` and GET /api/cameo: the codebook by code or words, both quads named."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from thucydides.api.app import create_app
from thucydides.cli import main
from thucydides.store.db import Store


def _csv(capsys, *query: str) -> list[dict]:
    assert main(["cameo", *query, "--format", "csv"]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_a_code_prints_its_name_type_goldstein_and_both_quads(capsys):
    (row,) = _csv(capsys, "0874")
    assert row == {"code": "0874", "name": "Retreat or surrender militarily",
                   "plover_type": "RETREAT", "goldstein": "10.0", "plover_quad": "2",
                   "QuadClass": "2"}


def test_an_appeal_shows_where_the_two_quad_conventions_differ(capsys):
    rows = {r["code"]: r for r in _csv(capsys, "02")}
    assert rows["020"]["plover_quad"] == "3" and rows["020"]["QuadClass"] == "1"
    assert all(code.startswith("02") for code in rows)


def test_words_find_codes_by_name_and_by_what_the_coder_codes_them_as(capsys):
    codes = {r["code"] for r in _csv(capsys, "withdraw")}
    assert {"0874", "166"} <= codes  # the trigger 'withdraw'; "Expel or withdraw"


def test_the_table_names_which_quad_is_which(capsys):
    assert main(["cameo", "0874"]) == 0
    out = capsys.readouterr().out
    assert "plover_quad" in out and "QuadClass" in out and "GDELT" in out


def test_an_unknown_code_is_one_line_and_exit_2(capsys):
    assert main(["cameo", "9999"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "9999" in err


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("cameo") / "empty.duckdb"
    with Store(db):
        pass
    with TestClient(create_app(str(db), token="", reload_every=0)) as c:
        yield c


def test_api_cameo_answers_as_the_command(client):
    r = client.get("/api/cameo", params={"q": "0874"})
    assert r.status_code == 200
    assert r.json() == [{"code": "0874", "name": "Retreat or surrender militarily",
                         "plover_type": "RETREAT", "goldstein": 10.0, "plover_quad": 2,
                         "QuadClass": 2}]


def test_api_cameo_unknown_words_are_422_naming_q(client):
    r = client.get("/api/cameo", params={"q": "zzzz"})
    assert r.status_code == 422 and r.json()["detail"].startswith("q:")


def test_dyad_says_its_quads_are_plover_quads(capsys, examples_store):
    assert main(["dyad", "RUS", "NATO", "--db", str(examples_store)]) == 0
    total = capsys.readouterr().out.splitlines()[-1]
    assert "plover_quad" in total and "not GDELT's QuadClass" in total
