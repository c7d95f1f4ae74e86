"""The dashboard in a real headless Chromium, against the real server over the examples store."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb
import httpx
import pytest

from .conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="Debian's Chromium (/usr/bin/chromium) is not installed")


def counted(n: int) -> str:
    """How the dashboard counts events: "1 event", "1,234 events"."""
    return f"{n:,} event{'' if n == 1 else 's'}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: Path):
    """`thucydides serve` on a free port; gives its address once /api/health answers."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "thucydides.cli", "serve", "--db", str(db), "--port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if server.poll() is not None:
                pytest.fail(f"the server stopped: {server.stdout.read().decode()}")
            try:
                if httpx.get(f"{url}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("the server did not answer /api/health within 60 s")
            time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def server(examples_store):
    with serving(examples_store) as url:
        yield url


@pytest.fixture(scope="module")
def api(server):
    with httpx.Client(base_url=server, timeout=30) as client:
        yield lambda path, **params: client.get(path, params=params).raise_for_status().json()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Dashboard:
    """One tab on the dashboard, with the errors its console and scripts reported."""

    def __init__(self, browser, url: str):
        # the probes below are strings Playwright evaluates, which the dashboard's policy
        # forbids; the dashboard under its policy: test_reliability_server.py
        self.context = browser.new_context(viewport={"width": 1280, "height": 800},
                                           bypass_csp=True)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(url)
        self.page.wait_for_selector("#timeline rect.bar")
        self.page.wait_for_selector("[data-testid=event-row]")

    def rows(self):
        return self.page.locator("[data-testid=event-row]")

    def filter_events(self, **fields: str) -> None:
        """Fill the event filters (clearing the others) and wait for the new rows."""
        page = self.page
        page.click("[data-testid=filter-reset]")
        for name, value in fields.items():
            field = f"[data-testid=filter-{name}]"
            if name in ("type", "quad"):
                page.select_option(field, value)
            else:
                page.fill(field, value)
        page.click("[data-testid=filter-apply]")  # says "Loading…" until the rows are in
        page.wait_for_function("document.getElementById('events-status').textContent "
                               "&& !document.getElementById('events-status').textContent"
                               ".startsWith('Loading')")

    def open_event(self, event: dict) -> None:
        self.filter_events(actor=event["actor"]["code"] or "", type=event["type"],
                           since=event["date"], until=event["date"])
        self.page.click(f"[data-event-id='{event['id']}'] [data-testid=event-open]")
        self.page.wait_for_selector("[data-testid=evidence]")


@pytest.fixture
def dash(browser, server):
    board = Dashboard(browser, server)
    yield board
    board.context.close()


def shoot(page, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    page.screenshot(path=str(path), full_page=True)
    folder = os.environ.get("THUCYDIDES_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / name)


def test_timeline_shows_rus_nato_by_default_with_counts_on_hover(dash, api):
    page = dash.page
    assert page.input_value("[data-testid=dyad-a]") == "RUS"
    assert page.input_value("[data-testid=dyad-b]") == "NATO"
    periods = api("/api/dyads/RUS/NATO/series", by="week")["periods"]
    assert page.locator("#timeline rect.bar").count() == (
        sum(1 for p in periods if p["cooperation"]) + sum(1 for p in periods if p["conflict"]))
    assert page.locator("#timeline .gs-point").count() == sum(
        1 for p in periods if p["goldstein"] is not None)
    first = periods[0]
    page.locator(f"#timeline rect.bar[data-start='{first['start']}']").first.hover()
    tip = page.locator("[data-testid=timeline-tip]")
    assert tip.is_visible()
    assert page.inner_text("[data-testid=tip-events]") == counted(first["events"])
    assert page.inner_text("[data-testid=tip-conflict]").startswith(
        f"conflict {first['conflict']} ")
    assert dash.errors == []


def test_picking_another_dyad_redraws_the_timeline(dash, api):
    page = dash.page
    other = next(d for d in api("/api/dyads", limit=20)["dyads"] if {d["a"], d["b"]} != {
        "RUS", "NATO"})
    page.select_option("[data-testid=dyad-select]", f"{other['a']}|{other['b']}")
    assert page.input_value("[data-testid=dyad-a]") == other["a"]
    assert page.input_value("[data-testid=dyad-b]") == other["b"]
    periods = api(f"/api/dyads/{other['a']}/{other['b']}/series", by="week")["periods"]
    total = sum(p["events"] for p in periods)
    page.wait_for_function("document.getElementById('timeline-summary').textContent"
                           f".startsWith('{other['a']} – {other['b']}: {counted(total)} in')")
    assert page.locator("#timeline rect.bar").count() == (
        sum(1 for p in periods if p["cooperation"]) + sum(1 for p in periods if p["conflict"]))
    assert dash.errors == []


def test_clicking_a_period_lists_that_dyads_events_of_that_period(dash, api):
    page = dash.page
    periods = api("/api/dyads/RUS/NATO/series", by="month")["periods"]
    page.select_option("[data-testid=dyad-by]", "month")
    busiest = max(periods, key=lambda p: p["events"])
    page.wait_for_function("document.getElementById('timeline-summary').textContent"
                           ".includes('months with events')")
    page.locator(f"#timeline rect.bar[data-start='{busiest['start']}']").first.click()
    page.wait_for_function(
        f"document.querySelectorAll('[data-testid=event-row]').length == {busiest['events']}")
    month = busiest["start"][:7]
    for row in dash.rows().all():
        assert {row.get_attribute("data-actor"), row.get_attribute("data-recipient")} == {
            "RUS", "NATO"}
        assert row.get_attribute("data-date").startswith(month)
    assert page.input_value("[data-testid=filter-since]") == busiest["start"]
    assert dash.errors == []


def test_the_timeline_is_usable_from_the_keyboard(dash, api):
    page = dash.page
    last = api("/api/dyads/RUS/NATO/series", by="week")["periods"][-1]
    page.focus("#timeline")
    page.keyboard.press("End")
    assert page.inner_text("[data-testid=tip-events]") == counted(last["events"])
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('events-status').textContent"
                           ".includes(' shown')")
    assert dash.rows().count() == last["events"]
    assert page.input_value("[data-testid=filter-since]") == last["start"]


def test_an_event_opens_its_article_with_trigger_actor_and_recipient_marked(dash, api, tmp_path):
    events = api("/api/events", actor="RUS", recipient="NATO", limit=100)["events"]
    event = next(e for e in events if e["date"] and e["actor"]["start"] is not None
                 and e["recipient"]["start"] is not None)
    dash.open_event(event)
    page = dash.page
    evidence = page.locator("[data-testid=evidence]")
    assert evidence.inner_text().strip() == event["evidence"]["text"].strip()
    assert evidence.locator("mark.trigger").inner_text() == event["trigger"]["text"]
    article = api(f"/api/articles/{event['article_id']}")
    text = article["text"]
    for side in ("actor", "recipient"):
        words = text[event[side]["start"]:event[side]["end"]]
        assert evidence.locator(f"mark.{side}").inner_text() == words
    assert page.inner_text("[data-testid=article-title]") == article["title"]
    assert page.locator("[data-testid=mark-legend] mark").count() == 3
    assert page.inner_text("[data-testid=article-text]") == text
    assert page.locator("[data-testid=article-text] mark.sentence").inner_text() == (
        event["evidence"]["text"])
    if article["statements"]:
        assert page.locator("[data-testid=article-statements] li").count() == len(
            article["statements"])
    shoot(page, tmp_path, "dashboard.png")
    assert dash.errors == []


def test_event_filters_narrow_the_table_and_more_pages_on(dash, api):
    page = dash.page
    dash.filter_events(type="ACCUSE")
    expected = api("/api/events", type="ACCUSE", limit=1000)["events"]
    assert dash.rows().count() == min(50, len(expected)) > 0
    assert {r.get_attribute("data-type") for r in dash.rows().all()} == {"ACCUSE"}

    dash.filter_events(q="sanctions", since="2022-01-01")
    expected = api("/api/events", q="sanctions", since="2022-01-01", limit=1000)["events"]
    assert expected
    shown = [r.get_attribute("data-event-id") for r in dash.rows().all()]
    assert shown == [e["id"] for e in expected][:50]

    dash.filter_events()
    total = len(api("/api/events", limit=1000)["events"])
    assert total > 50
    assert dash.rows().count() == 50
    page.click("[data-testid=events-more]")
    page.wait_for_function(
        f"document.querySelectorAll('[data-testid=event-row]').length == {min(100, total)}")
    ids = [r.get_attribute("data-event-id") for r in dash.rows().all()]
    assert len(set(ids)) == len(ids)
    assert dash.errors == []


def test_network_draws_edges_and_an_edge_lists_its_events(dash, api):
    page = dash.page
    page.click("[data-testid=tab-network]")
    page.wait_for_selector("[data-testid=network-edge]")
    network = api("/api/network", limit=40)
    assert page.locator("[data-testid=network-node]").count() == len(network["nodes"])
    assert page.locator("[data-testid=network-edge]").count() == sum(
        1 for e in network["edges"] if e["source"] != e["target"])
    heaviest = max(network["edges"], key=lambda e: e["events"])
    widths = [float(e.get_attribute("stroke-width"))
              for e in page.locator("[data-testid=network-edge]").all()]
    edge = page.locator(f"[data-testid=network-edge][data-source='{heaviest['source']}']"
                        f"[data-target='{heaviest['target']}']")
    assert float(edge.get_attribute("stroke-width")) == max(widths)
    edge.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#panel-events:not([hidden]) [data-testid=event-row]")
    page.wait_for_function("document.getElementById('events-status').textContent"
                           ".includes(' shown')")
    for row in dash.rows().all():
        assert row.get_attribute("data-actor") == heaviest["source"]
        assert row.get_attribute("data-recipient") == heaviest["target"]
    assert dash.errors == []


def test_statements_search_by_speaker_and_open_the_article(dash, api):
    page = dash.page
    page.click("[data-testid=tab-quotes]")
    page.wait_for_selector("[data-testid=quote]")
    page.fill("[data-testid=quote-speaker]", "Blinken")
    page.click("[data-testid=quote-apply]")
    quotes = api("/api/quotes", speaker="Blinken", limit=50)["quotes"]
    assert quotes
    page.wait_for_function(
        f"document.querySelectorAll('[data-testid=quote]').length == {len(quotes)}")
    names = page.locator("[data-testid=quote-speaker-name]").all_inner_texts()
    assert all("Blinken" in name for name in names)
    page.locator("[data-testid=quote-open]").first.click()
    page.wait_for_selector("[data-testid=evidence]")
    assert page.locator("[data-testid=evidence] mark.trigger").inner_text() == (
        quotes[0]["trigger"]["text"])
    assert dash.errors == []


HOSTILE_TITLE = '<img src="/nothing.png" onerror="window.injected = true">'


@pytest.fixture(scope="module")
def doctored_store(examples_store, tmp_path_factory) -> Path:
    """The examples store as a store without actor offsets (only the actors' words are
    known), with markup in every article's title, and with one RUS-UKR event dated 1990
    (as a story recalling an old event gives)."""
    db = tmp_path_factory.mktemp("doctored") / "doctored.duckdb"
    shutil.copy(examples_store, db)
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE events SET actor_start = NULL, actor_end = NULL, "
                    "recipient_start = NULL, recipient_end = NULL")
        con.execute("UPDATE articles SET title = ? || title", [HOSTILE_TITLE])
        con.execute("UPDATE events SET date = DATE '1990-01-02' WHERE id = (SELECT id FROM "
                    "events WHERE asserted AND actor_code = 'RUS' AND recipient_code = 'UKR' "
                    "AND date IS NOT NULL ORDER BY date LIMIT 1)")
    return db


def test_actors_without_offsets_are_found_by_their_words_and_markup_stays_text(
        browser, doctored_store):
    with serving(doctored_store) as url:
        with httpx.Client(base_url=url) as client:
            events = client.get("/api/events", params={"actor": "RUS", "recipient": "NATO",
                                                       "limit": 100}).json()["events"]
        named = next(e for e in events if e["date"] and e["actor"]["text"]
                     and e["actor"]["text"] in e["evidence"]["text"])
        assert named["actor"]["start"] is None
        dash = Dashboard(browser, url)
        dash.open_event(named)
        page = dash.page
        evidence = page.locator("[data-testid=evidence]")
        assert evidence.locator("mark.actor").inner_text() == named["actor"]["text"]
        assert evidence.locator("mark.trigger").inner_text() == named["trigger"]["text"]
        assert page.inner_text("[data-testid=article-title]").startswith(HOSTILE_TITLE)
        assert page.locator("#article img").count() == 0
        assert page.evaluate("window.injected") is None
        assert dash.errors == []
        dash.context.close()


def test_an_old_date_does_not_squeeze_the_rest_of_the_timeline(browser, doctored_store):
    with serving(doctored_store) as url:
        with httpx.Client(base_url=url) as client:
            periods = client.get("/api/dyads/RUS/UKR/series",
                                 params={"by": "week"}).json()["periods"]
        assert periods[0]["start"] < "2000" < periods[-1]["start"]
        dash = Dashboard(browser, url)
        page = dash.page
        page.select_option("[data-testid=dyad-by]", "week")
        page.fill("[data-testid=dyad-a]", "RUS")
        page.fill("[data-testid=dyad-b]", "UKR")
        page.locator("#dyad-form button[type=submit]").click()
        page.wait_for_function("document.getElementById('timeline-summary').textContent"
                               ".startsWith('RUS – UKR')")
        assert page.locator("[data-testid=timeline-gap]").count() >= 1  # the stretch, short
        widths = page.eval_on_selector_all("#timeline rect.bar",
                                           "bars => bars.map((b) => b.getBBox().width)")
        assert min(widths) >= 10  # on a plain time axis since 1990 a week would be a sliver
        assert dash.errors == []
