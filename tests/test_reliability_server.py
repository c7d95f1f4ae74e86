"""Reliability round 2 (issue 12), the server: DNS rebinding, cross-origin posts, security
headers, slow headers, a store that cannot be reloaded, malformed cursors, stale copies, the
worst megabyte posted. A real `thucydides serve` over HTTP, or the real app in TestClient."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from thucydides.api import create_app

from .conftest import ROOT

# the whole module is in the slow lane (pytest -m 'not slow' leaves it out)
pytestmark = pytest.mark.slow

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


@pytest.fixture(scope="module")
def server(examples_store, tmp_path_factory):
    """`thucydides serve` on a copy of the examples store, reloading every 0.3 s, giving
    1 s for request headers; started after a killed server's copy was left in the temp
    folder. Yields (base url, process, store path, the stale folder)."""
    store = tmp_path_factory.mktemp("served") / "served.duckdb"
    shutil.copy(examples_store, store)
    stale = Path(tempfile.gettempdir()) / f"thucydides-serve-{dead_pid()}-x1"
    stale.mkdir()
    (stale / "store.duckdb").write_bytes(b"77 MB once")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "thucydides.cli", "serve", "--db", str(store), "--port",
         str(port), "--reload-every", "0.3"], cwd=ROOT, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env={**os.environ, "THUCYDIDES_HEADER_SECONDS": "1"})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"{base}/api/health", timeout=5)
            break
        except httpx.TransportError:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline
            time.sleep(0.2)
    yield base, process, store, stale
    process.terminate()
    process.wait(timeout=30)


@pytest.mark.slow
def test_15_a_killed_servers_copy_is_removed_at_start(server):
    assert not server[3].exists()


@pytest.mark.slow
@pytest.mark.parametrize("host, status", [("evil.example", 400), ("evil.example:80", 400),
                                          ("127.0.0.1.evil.example", 400), ("localhost", 200),
                                          ("localhost:1234", 200), ("[::1]:8000", 200),
                                          ("127.0.0.1", 200)])
def test_6_only_the_servers_own_host_names_are_answered(server, host, status):
    r = httpx.get(f"{server[0]}/api/health", headers={"host": host}, timeout=5)
    assert r.status_code == status
    if status == 400:
        assert "is not a name this server answers to" in r.json()["detail"]


def test_6_allow_host_adds_a_name(examples_store):
    app = create_app(str(examples_store), reload_every=0,
                     hosts=["127.0.0.1", "localhost", "::1", "news.example"])
    with TestClient(app, base_url="http://news.example") as c:
        assert c.get("/api/health").status_code == 200
        assert c.get("/api/health", headers={"host": "evil.example"}).status_code == 400


@pytest.mark.slow
@pytest.mark.parametrize("headers, status", [
    ({"content-type": "text/plain"}, 415),  # a CORS "simple request": no preflight
    ({"content-type": "application/x-www-form-urlencoded"}, 415),
    ({}, 415),
    ({"content-type": "application/json", "origin": "http://evil.example"}, 403),
    ({"content-type": "application/json", "origin": "null"}, 403),
])
def test_7_a_cross_origin_or_non_json_post_is_refused(server, headers, status):
    r = httpx.post(f"{server[0]}/api/code", content=json.dumps({"text": "Russia attacked."}),
                   headers=headers, timeout=60)
    assert r.status_code == status, r.text


@pytest.mark.slow
def test_7_a_json_post_from_the_servers_own_page_is_coded(server):
    base = server[0]
    r = httpx.post(f"{base}/api/code", json={"text": "Russia attacked Ukraine."},
                   headers={"origin": base}, timeout=120)
    assert r.status_code == 200 and r.json()["events"][0]["type"] == "ASSAULT"


@pytest.mark.slow
@pytest.mark.parametrize("path", ["/", "/api/health", "/api/nothing", "/docs", "/js/main.js"])
def test_8_every_answer_carries_the_security_headers(server, path):
    r = httpx.get(f"{server[0]}{path}", timeout=5)
    assert r.headers["x-content-type-options"] == "nosniff"
    policy = r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy and "default-src 'self'" in policy
    if path != "/docs":  # Swagger UI starts from an inline script
        assert "unsafe-inline" not in policy


@pytest.mark.slow
def test_8_a_client_slow_with_its_headers_is_cut_off(server):
    port = int(server[0].rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        started = time.monotonic()
        for _ in range(3):
            time.sleep(0.5)
            try:
                s.sendall(b"X-Slow: 1\r\n")  # a header now and then, never the end
            except OSError:
                break
        assert s.recv(1024) == b""  # closed by the server
        assert time.monotonic() - started < 5


@pytest.mark.slow
def test_10_an_unreadable_store_keeps_the_reloader_alive_and_says_so(server, examples_store):
    base, _, store, _ = server
    good = store.read_bytes()
    store.write_bytes(good[:len(good) // 8])  # a half-copied store
    try:
        health = wait_for(base, lambda h: h["status"] == "stale")
        assert health["articles"] == 50  # the last good snapshot is served meanwhile
        assert health["reload_error"]
    finally:
        store.write_bytes(good + b"")
    os.utime(store)  # a change to take
    health = wait_for(base, lambda h: h["status"] == "ok")
    assert health["reload_error"] is None and health["articles"] == 50


def wait_for(base: str, condition) -> dict:
    deadline = time.monotonic() + 30
    while True:
        health = httpx.get(f"{base}/api/health", timeout=5).json()
        if condition(health):
            return health
        assert time.monotonic() < deadline, health
        time.sleep(0.2)


def vm_hwm_gib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        line = next(line for line in f if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 2**20


@pytest.mark.slow
@pytest.mark.parametrize("text", ["a " * 499_990, "(" * 999_980], ids=["a a a", "(((("])
def test_5_the_worst_megabyte_posted_stays_in_bounded_memory_and_time(server, text):
    base, process, _, _ = server
    started = time.monotonic()
    r = httpx.post(f"{base}/api/code", json={"text": text}, timeout=120)
    assert r.status_code == 200, r.text
    assert "text cut at 50,000 tokens (max_article_tokens)" in r.json()["warnings"]
    assert time.monotonic() - started < 60
    assert vm_hwm_gib(process.pid) < 1.5


@pytest.mark.slow
def test_5_worst_megabytes_posted_at_once_keep_one_parse_worth_of_memory(server):
    """Was: each coded in a thread of its own, which kept its parse's memory (six at once:
    3.2 GB)."""
    base, process, _, _ = server

    async def post_all() -> list[int]:
        async with httpx.AsyncClient(base_url=base, timeout=600) as client:
            texts = ["a " * 499_990, "(" * 999_980, "a " * 499_990]
            answers = await asyncio.gather(*(client.post("/api/code", json={"text": t})
                                             for t in texts))
        return [a.status_code for a in answers]

    assert asyncio.run(post_all()) == [200, 200, 200]
    assert vm_hwm_gib(process.pid) < 1.5


def cursor_of(value) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode()


@pytest.fixture(scope="module")
def client(examples_store):
    with TestClient(create_app(str(examples_store), token="")) as c:
        yield c


@pytest.mark.parametrize("path", ["/api/events", "/api/quotes"])
@pytest.mark.parametrize("cursor", [
    "", "x", cursor_of([]), cursor_of({}), cursor_of("text"), cursor_of([1, 2, 3, 4, 5]),
    cursor_of([[1], {}, 3.5, True]), cursor_of(["9999-99-99", None, "a", 1]),
    base64.urlsafe_b64encode(b"[" * 1400).decode(),  # nested past the recursion limit
], ids=["empty", "not base64", "empty list", "object", "string", "too long", "wrong types",
        "bad date", "deeply nested"])
def test_11_a_malformed_cursor_is_422_naming_it(client, path, cursor):
    r = client.get(path, params={"cursor": cursor})
    assert r.status_code == 422
    assert r.json()["detail"] == "cursor: not a cursor from a previous page"


@pytest.mark.slow
def test_8_the_dashboard_runs_under_its_policy(server):
    """Its scripts, styles and data are the server's own: the policy blocks nothing it
    does (a violation is a console error)."""
    from playwright.sync_api import sync_playwright

    from .test_dashboard import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page()
        errors: list[str] = []
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(server[0] + "/")
        page.wait_for_selector("#timeline rect.bar")
        page.locator("[data-testid=event-row]").first.click()
        page.wait_for_selector("[data-testid=evidence]")
        for tab in page.locator("[role=tab]").all():
            tab.click()
        page.wait_for_timeout(500)
        browser.close()
    assert errors == []
