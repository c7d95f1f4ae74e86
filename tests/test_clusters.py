"""Event clusters on a real DuckDB file: the same event reported by several articles is one
cluster, counted as GDELT counts it, and stays right when articles arrive later. Rows go in
through the store's own writes (no coder)."""

from __future__ import annotations

import io
from datetime import datetime

import pytest

from thucydides.export.events import stored_events
from thucydides.export.gdelt import gdelt_columns, write_gdelt
from thucydides.ingest.formats import Found, article_id
from thucydides.records import Actor, Article, CodedArticle, Event, Location, Span
from thucydides.store.clusters import cluster, cluster_counts
from thucydides.store.db import RunInfo, Store

RUS = Actor("RUS", "GOV", None, None, "Moscow", "state")
NATO = Actor("NATO", None, None, None, "the alliance", "igo")
UKR = Actor("UKR", "GOV", None, None, "Kyiv", "state")
KYIV = Location("Kyiv", "UKR", None, 50.45, 30.52, 703448, "city", 4)
MINSK = Location("Minsk", "BLR", None, 53.9, 27.57, 625144, "city", 4)
INFO = RunInfo("0.1.0", "abc", "model", "1", ["in/"], 1)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "c.duckdb") as s:
        yield s


def add(store: Store, text: str, day: str, *, recipient: Actor = NATO,
        place: Location | None = KYIV, asserted: bool = True, url: str | None = None,
        source: str | None = "Wire", events: int = 1) -> str:
    """Write one article whose `events` records report Russia asking `recipient`."""
    article = Article(article_id(text, url), text, day, "Title", url, source)
    span = Span(text[:4], 0, 4)
    records = [Event(f"e{n}-{article.id}", article.id, n, "REQUEST", None, "1041", 3, -5.0,
                     RUS, recipient, asserted, "positive", "actual", day, None, place, span,
                     span, 0.9, "day") for n in range(events)]
    run = store.start_run(INFO)
    found = Found(article, "in/wire.jsonl", 1, None, [])
    assert store.write(run, [(found, CodedArticle(article, records, [], []))]) == 1
    return article.id


def clusters(store: Store) -> list[tuple]:
    cluster(store.con)
    return store.rows("SELECT recipient_code, country, CAST(first_date AS VARCHAR), "
                      "CAST(last_date AS VARCHAR), num_mentions, num_articles, num_sources "
                      "FROM clusters ORDER BY first_date, recipient_code, country")[1]


def members(store: Store) -> dict[str, str | None]:
    return dict(store.rows("SELECT article_id, cluster_id FROM events")[1])


def test_two_articles_a_day_apart_are_one_cluster(store):
    a = add(store, "Russia asked NATO on Monday.", "2022-03-01")
    b = add(store, "Russia asked NATO, the Tuesday paper says.", "2022-03-02")
    assert clusters(store) == [("NATO", "UKR", "2022-03-01", "2022-03-02", 2, 2, 1)]
    ids = members(store)
    assert ids[a] == ids[b] is not None
    assert store.rows("SELECT cluster_id FROM clusters")[1] == [(ids[a],)]


def test_three_days_apart_are_two_clusters(store):
    add(store, "Russia asked NATO on Monday.", "2022-03-01")
    add(store, "Russia asked NATO on Friday.", "2022-03-04")
    assert [c[2:6] for c in clusters(store)] == [
        ("2022-03-01", "2022-03-01", 1, 1), ("2022-03-04", "2022-03-04", 1, 1)]


def test_a_later_article_between_two_clusters_bridges_them(store):
    a = add(store, "Russia asked NATO on the first.", "2022-03-01")
    b = add(store, "Russia asked NATO on the second.", "2022-03-02")
    c = add(store, "Russia asked NATO on the fourth.", "2022-03-04")
    d = add(store, "Russia asked NATO on the fifth.", "2022-03-05")
    assert [c[2:6] for c in clusters(store)] == [
        ("2022-03-01", "2022-03-02", 2, 2), ("2022-03-04", "2022-03-05", 2, 2)]
    first = members(store)
    assert first[a] == first[b] != first[c] == first[d]
    add(store, "Russia asked NATO on the third, a late report says.", "2022-03-03")
    assert clusters(store) == [("NATO", "UKR", "2022-03-01", "2022-03-05", 5, 5, 1)]
    after = members(store)
    assert len(set(after.values())) == 1
    assert after[a] == first[a]  # the id is the key's and the first day's: it stays


def test_another_recipient_or_country_is_another_cluster(store):
    add(store, "Russia asked NATO in Kyiv.", "2022-03-01")
    add(store, "Russia asked Ukraine in Kyiv.", "2022-03-01", recipient=UKR)
    add(store, "Russia asked NATO in Minsk.", "2022-03-01", place=MINSK)
    add(store, "Russia asked NATO, somewhere.", "2022-03-01", place=None)
    assert [c[:2] for c in clusters(store)] == [
        ("NATO", "BLR"), ("NATO", "UKR"), ("NATO", None), ("UKR", "UKR")]


def test_events_not_asserted_get_no_cluster(store):
    a = add(store, "Russia asked NATO.", "2022-03-01")
    b = add(store, "Russia may ask NATO.", "2022-03-01", asserted=False)
    assert [c[4:6] for c in clusters(store)] == [(1, 1)]
    ids = members(store)
    assert ids[a] is not None and ids[b] is None


def test_sources_are_distinct_domains_or_source_names(store):
    add(store, "One.", "2022-03-01", url="https://www.example.com/a", source="Example A")
    add(store, "Two.", "2022-03-01", url="http://example.com/b?x=1", source="Example B")
    add(store, "Three.", "2022-03-02", url="https://news.other.org/c")
    add(store, "Four.", "2022-03-02", source="Wire")
    add(store, "Five.", "2022-03-02", source="wire ", events=2)
    assert [c[4:] for c in clusters(store)] == [(6, 5, 3)]  # example.com, news.other.org, wire


def test_an_old_version_leaves_its_cluster(store):
    url = "https://example.com/story"
    old = add(store, "Russia asked NATO.", "2022-03-01", url=url)
    add(store, "Russia asked NATO on the tenth.", "2022-03-10", url=url)  # the new text
    assert [c[2] for c in clusters(store)] == ["2022-03-10"]
    assert members(store)[old] is None


def test_first_seen_is_the_earliest_article_date_or_ingest_time(store):
    add(store, "Russia asked NATO.", "2022-03-02")
    add(store, "Russia asked NATO, again.", "2022-03-01")
    cluster(store.con)
    assert store.rows("SELECT first_seen FROM clusters")[1] == [(datetime(2022, 3, 1),)]


def test_clustering_is_skipped_when_nothing_was_added(store):
    add(store, "Russia asked NATO.", "2022-03-01")
    assert cluster(store.con) is True
    assert cluster(store.con) is False
    add(store, "Russia asked NATO, again.", "2022-03-02")
    assert cluster(store.con) is True


def test_gdelt_counts_come_from_the_cluster(store):
    add(store, "Russia asked NATO.", "2022-03-01", url="https://a.com/1", events=2)
    add(store, "Russia asked NATO, again.", "2022-03-02", url="https://b.com/2")
    cluster(store.con)
    out = io.StringIO()
    assert write_gdelt(stored_events(store), out, cluster_counts(store.con)) == 3
    names = [c.name for c in gdelt_columns()]
    for line in out.getvalue().splitlines():
        record = dict(zip(names, line.split("\t"), strict=True))
        assert (record["NumMentions"], record["NumSources"], record["NumArticles"]) == \
            ("3", "2", "2")
