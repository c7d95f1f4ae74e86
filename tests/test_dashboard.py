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

# the whole module is in the slow lane (pytest -m 'not slow' leaves it out)
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="Debian's Chromium (/usr/bin/chromium) is not installed")]


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


def shoot(page, tmp_path: Path, name: str, part=None) -> None:
    """The whole page, or one part of it (a locator), as a PNG."""
    path = tmp_path / name
    if part is None:
        page.screenshot(path=str(path), full_page=True)
    else:
        part.screenshot(path=str(path))
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
    expected = api("/api/events", q="sanctions", since="2022-01-01", limit=1000,
                   order="newest")["events"]  # the table lists the newest first
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


# -- the map --------------------------------------------------------------------------------

def map_status_after(page, before: str) -> str:
    """The map's status once it has changed from `before` and is no longer loading."""
    page.wait_for_function(
        "([before]) => { const t = document.getElementById('map-status').textContent;"
        " return t && t !== before && !t.startsWith('Loading'); }", arg=[before])
    return page.locator("[data-testid=map-status]").text_content()


def open_place(page, point: dict) -> None:
    """Open a place from the keyboard (a click may land on a smaller place drawn over it)."""
    page.locator(f"[data-testid=map-point][data-location-id='{point['location_id']}']").focus()
    page.keyboard.press("Enter")
    page.wait_for_function("([name]) => document.querySelector('[data-testid=map-place]')"
                           "?.textContent.startsWith(name)", arg=[point["name"]])


def test_the_map_shows_the_filtered_events_places_and_a_place_opens_its_events(
        dash, api, tmp_path):
    page = dash.page
    page.wait_for_selector("[data-testid=map-point]")
    everything = api("/api/map", limit=2000)
    points = page.locator("[data-testid=map-point]")
    assert points.count() == len(everything["points"]) > 5
    assert page.locator("#map .countries path").count() > 170  # the outlines, offline
    status = page.locator("[data-testid=map-status]").text_content()
    assert status.startswith(f"{counted(everything['located'])} at ")
    legend = page.locator("[data-testid=map-legend]").text_content()
    assert "plover_quad" in legend and "QuadClass" in legend
    page.click("[data-testid=map-fit]")
    open_place(page, everything["points"][0])
    shoot(page, tmp_path, "map.png", page.locator("#map-heading").locator(".."))

    dash.filter_events(quad="4")  # the map follows the event filters
    status = map_status_after(page, status)
    conflict = api("/api/map", quad=4, limit=2000)
    assert status.startswith(f"{counted(conflict['located'])} at ")
    assert points.count() == len(conflict["points"]) < len(everything["points"])
    assert {p.get_attribute("data-quad") for p in points.all()} == {"4"}

    busiest = conflict["points"][0]
    open_place(page, busiest)
    assert page.locator("[data-testid=map-event]").count() == busiest["events"]
    first = page.locator("[data-testid=map-event]").first
    chosen = first.get_attribute("data-event-id")
    first.click()
    page.wait_for_selector("[data-testid=evidence]")
    assert page.locator("[data-testid=chosen]").text_content()
    article = api(f"/api/map/{busiest['location_id']}/events", quad=4)[0]
    assert article["id"] == chosen
    assert page.locator("[data-testid=article-title]").text_content() == (
        article["title"] or "(untitled)")

    # the analyst's filters too, a country by its name
    dash.filter_events(**{"country": "Belgium", "min-confidence": "0.6"})
    status = map_status_after(page, status)
    belgium = api("/api/map", country="BEL", min_confidence=0.6, limit=2000)
    assert {p["country"] for p in belgium["points"]} == {"BEL"}
    assert status.startswith(f"{counted(belgium['located'])} at ")
    assert points.count() == len(belgium["points"])
    assert 0 < belgium["located"] < api("/api/map", country="BEL")["located"]
    assert dash.errors == []


# -- tables, counts, network ----------------------------------------------------------------

def test_the_api_pages_newest_first_with_the_undated_last(api):
    oldest = api("/api/events", limit=1000)["events"]
    seen, cursor = [], None
    while True:
        page = api("/api/events", order="newest", limit=37, **({"cursor": cursor} if cursor
                                                               else {}))
        seen += page["events"]
        cursor = page["next"]
        if not cursor:
            break
    assert sorted(e["id"] for e in seen) == sorted(e["id"] for e in oldest)
    dates = [e["date"] for e in seen]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and dated[0] == max(dated)
    assert dates[len(dated):] == [None] * (len(dates) - len(dated))  # undated last


def test_the_event_table_is_newest_first_and_sorts_by_any_column(dash, api):
    page = dash.page
    newest = api("/api/events", order="newest", limit=50)["events"]
    assert [r.get_attribute("data-event-id") for r in dash.rows().all()] == [
        e["id"] for e in newest]
    date_heading = page.locator("#events-table th").nth(0)
    assert date_heading.get_attribute("aria-sort") == "descending"
    assert "newest first" in page.locator("[data-testid=events-sort]").text_content()

    page.locator("[data-testid=sort-column]", has_text="Type").click()
    types = [r.get_attribute("data-type") for r in dash.rows().all()]
    assert types == sorted(types) and len(set(types)) > 1
    assert page.locator("#events-table th").nth(1).get_attribute("aria-sort") == "ascending"
    page.locator("[data-testid=sort-column]", has_text="Type").click()
    assert [r.get_attribute("data-type") for r in dash.rows().all()] == sorted(types,
                                                                              reverse=True)
    page.click("[data-testid=events-more]")  # rows that come in take their sorted place
    page.wait_for_function("document.querySelectorAll('[data-testid=event-row]').length > 50")
    types = [r.get_attribute("data-type") for r in dash.rows().all()]
    assert types == sorted(types, reverse=True)
    assert dash.errors == []


def test_the_csv_download_holds_the_rows_as_shown(browser, server):
    import csv

    context = browser.new_context(viewport={"width": 1280, "height": 800},
                                  accept_downloads=True)
    page = context.new_page()
    page.goto(server)
    page.wait_for_selector("[data-testid=event-row]")
    page.locator("[data-testid=sort-column]", has_text="Source").click()
    shown = [(r.get_attribute("data-event-id"), r.locator("td").nth(4).text_content())
             for r in page.locator("[data-testid=event-row]").all()]
    with page.expect_download() as download:
        page.click("[data-testid=events-csv]")
    assert download.value.suggested_filename == "events.csv"
    with open(download.value.path(), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["Date", "Type", "Actor → recipient", "Trigger", "Source",
                             "event-id", "article-id"]
    assert [(r["event-id"], r["Source"]) for r in rows] == shown
    context.close()


def test_the_dyad_list_and_the_chart_count_the_same_events(dash, api):
    page = dash.page
    listed = next(d for d in api("/api/dyads", limit=20)["dyads"]
                  if {d["a"], d["b"]} == {"RUS", "NATO"})
    option = page.locator("[data-testid=dyad-select] option:checked").text_content()
    assert option.startswith(f"{listed['a']} – {listed['b']}: {counted(listed['events'])}")
    charted = sum(p["events"] for p in api("/api/dyads/RUS/NATO/series", by="week")["periods"])
    undated = listed["events"] - charted
    summary = page.locator("[data-testid=timeline-summary]").text_content()
    assert summary.startswith(f"RUS – NATO: {counted(charted)} in ")
    if undated:  # the examples' articles are all dated now (the seed by its page's line)
        assert f"{undated} undated event" in summary and f"({listed['events']} in all" in summary
    else:
        assert "undated" not in summary
    assert dash.errors == []


def test_the_network_is_readable(dash, api):
    page = dash.page
    page.click("[data-testid=tab-network]")
    page.wait_for_selector("[data-testid=network-edge]")
    label = page.locator("[data-testid=network-node] text").first
    style = label.evaluate("t => { const s = getComputedStyle(t); "
                           "return [s.fill, s.stroke, s.fontWeight]; }")
    assert style[:2] == ["rgb(0, 0, 0)", "rgb(255, 255, 255)"] and int(style[2]) >= 600
    widths = [float(e.get_attribute("stroke-width"))
              for e in page.locator("[data-testid=network-edge]").all()]
    samples = page.locator("[data-testid=network-width]")
    most = max(e["events"] for e in api("/api/network", limit=40)["edges"]
               if e["source"] != e["target"])
    assert samples.last.text_content().strip() == counted(most)
    assert float(samples.last.locator("line").get_attribute("stroke-width")) == max(widths)
    legend = page.locator("[data-testid=network-legend]").text_content()
    assert "width: events" in legend and "Goldstein" in legend
    assert dash.errors == []
