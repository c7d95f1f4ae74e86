"""The API against hostile input: SQL injection and odd strings through every parameter,
bodies too large, a token, cross-origin requests. The app is the real one on a real store."""

from __future__ import annotations

import duckdb
import pytest
from fastapi.testclient import TestClient

from thucydides.api import create_app

HOSTILE = ["' OR 1=1 --", "'; DROP TABLE events; --", "RUS' OR '1'='1", "\" OR \"\"=\"",
           "1; SELECT * FROM articles", "RUS) OR (1=1", "%", "_", "\\", "'", "--",
           "Россия\u202eNATO", "😀🚀", "\u0000", "A" * 5000, "2022-01-01' OR '1'='1"]
# each endpoint, with the parameters it takes and a clean request of it
QUERIES = {
    "/api/events": ("actor", "recipient", "type", "quad", "since", "until", "q", "article",
                    "all", "limit", "cursor", "country", "place", "actor_country",
                    "min_confidence", "cluster"),
    "/api/clusters": ("actor", "recipient", "type", "country", "actor_country", "since",
                      "until", "limit"),
    "/api/dyads": ("limit", "since", "until"),
    "/api/dyads/RUS/UKR/series": ("by", "directed", "since", "until"),
    "/api/actors": ("limit", "q", "by"),
    "/api/network": ("limit", "since", "until"),
    "/api/quotes": ("speaker", "q", "since", "until", "limit", "cursor"),
}
PATHS = ["/api/articles/{}", "/api/dyads/{}/UKR/series", "/api/dyads/RUS/{}/series"]
TABLES = ("articles", "events", "statements", "actors", "locations", "rejects", "runs", "meta",
          "clusters")


@pytest.fixture(scope="module")
def store_rows(examples_store):
    def counts() -> dict[str, int]:
        with duckdb.connect(str(examples_store), read_only=True) as con:
            return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    return counts


@pytest.fixture(scope="module")
def client(examples_store, store_rows):
    before = store_rows()
    with TestClient(create_app(str(examples_store), token="")) as c:
        yield c
    assert store_rows() == before  # nothing any test sent changed the store


def size(body: dict) -> int:
    """How many records a list answer holds."""
    for key in ("events", "dyads", "periods", "actors", "edges", "quotes", "clusters"):
        if key in body:
            return len(body[key])
    raise AssertionError(body)


@pytest.fixture(scope="module")
def clean_sizes(client):
    return {path: size(client.get(path, params={"limit": 1000} if "limit" in names else {})
                       .json()) for path, names in QUERIES.items()}


@pytest.mark.parametrize("path", QUERIES)
def test_hostile_query_parameters_are_refused_or_match_nothing_more(client, clean_sizes, path):
    for name in QUERIES[path]:
        for value in HOSTILE:
            params = {name: value} if name == "limit" else {"limit": 1000, name: value} \
                if "limit" in QUERIES[path] else {name: value}
            r = client.get(path, params=params)
            assert r.status_code in (200, 422), (name, value[:20], r.status_code)
            if r.status_code == 422:
                assert r.json()["detail"].startswith(f"{name}: ")
            else:
                assert size(r.json()) <= clean_sizes[path], (name, value[:20])


@pytest.mark.parametrize("name", ["actor", "recipient", "article"])
def test_injected_codes_match_no_event(client, name):
    for value in HOSTILE:
        r = client.get("/api/events", params={name: value})
        assert r.status_code in (200, 422)
        if r.status_code == 200:
            assert r.json()["events"] == []


def test_words_are_searched_as_words_not_patterns(client):
    for value in ("%", "_", "' OR 1=1 --"):
        found = client.get("/api/events", params={"q": value, "all": "true"}).json()["events"]
        assert all(value.lower() in e["evidence"]["text"].lower() for e in found)


@pytest.mark.parametrize("template", PATHS)
def test_hostile_path_parameters_are_not_found_or_empty(client, template):
    for value in HOSTILE:
        if value in ("\u0000",):
            continue  # not a character a URL path can carry
        r = client.get(template.format(value))
        if "articles" in template:
            assert r.status_code in (404, 422), (value[:20], r.status_code)
        else:
            assert r.status_code in (200, 422), (value[:20], r.status_code)
            assert r.status_code == 422 or r.json()["periods"] == []


def test_a_body_over_a_megabyte_is_413(client):
    r = client.post("/api/code", json={"text": "Russia accused NATO. " * 100_000})
    assert r.status_code == 413


def test_a_streamed_body_over_a_megabyte_is_413_whatever_it_claims(client):
    def chunks():
        yield b'{"text": "'
        for _ in range(2048):
            yield b"x" * 1024
        yield b'"}'

    json_type = {"content-type": "application/json"}
    assert client.post("/api/code", content=chunks(), headers=json_type).status_code == 413
    lying = client.post("/api/code", content=b'{"text": "' + b"x" * 2_000_000 + b'"}',
                        headers={"content-length": "20", **json_type})
    assert lying.status_code in (400, 413, 422)


def test_an_invalid_body_is_422(client):
    for body in (b"{", b"[]", b'{"text": 3}', b'{"text": "x", "date": "2022-02-30"}'):
        r = client.post("/api/code", content=body, headers={"content-type": "application/json"})
        assert r.status_code == 422, body


def test_with_a_token_coding_needs_it(examples_store):
    with TestClient(create_app(str(examples_store), token="s3cret")) as c:
        body = {"text": "Russia accused NATO of provoking the crisis."}
        assert c.post("/api/code", json=body).status_code == 401
        assert c.post("/api/code", json=body,
                      headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.post("/api/code", json=body,
                      headers={"Authorization": "Basic s3cret"}).status_code == 401
        assert c.post("/api/code", json=body,
                      headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert c.get("/api/health").status_code == 200  # reading needs no token


def test_the_token_comes_from_the_environment(examples_store, monkeypatch):
    monkeypatch.setenv("THUCYDIDES_TOKEN", "from-env")
    with TestClient(create_app(str(examples_store))) as c:
        assert c.post("/api/code", json={"text": "Hello."}).status_code == 401


def test_no_cors_headers_for_another_origin(client):
    origin = {"Origin": "https://elsewhere.example"}
    r = client.get("/api/health", headers=origin)
    assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
    preflight = client.options("/api/code", headers={
        **origin, "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers
    assert preflight.status_code >= 400


def test_the_api_has_no_other_writes(client):
    for method in ("post", "put", "delete", "patch"):
        r = client.request(method.upper(), "/api/events")
        assert r.status_code == 405
    assert client.delete("/api/articles/x").status_code == 405
