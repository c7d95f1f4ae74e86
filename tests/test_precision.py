"""A date the text gives only to the year or month ("the 2015 deal") is no day: series by
week leave it out (never on January 1st), series by year count it, the dashboard's table
shows "2015"."""

from __future__ import annotations

import pytest

from thucydides.analysis.series import Dyad, dyad_series
from thucydides.records import Actor, Article, CodedArticle, Event, Found, Span
from thucydides.store.db import RunInfo, Store


def _event(n: int, day: str, precision: str) -> Event:
    return Event(id=f"e{n}", article_id="a1", sentence=n, type="AGREE", mode=None,
                 cameo="057", quad=1, goldstein=8.0, actor=Actor("IRN", kind="state"),
                 recipient=Actor("RUS", kind="state"), asserted=True, polarity="positive",
                 modality="actual", date=day, date_text=None, location=None,
                 trigger=Span("signed", 0, 6), evidence=Span("Iran signed.", 0, 12),
                 confidence=0.9, date_precision=precision)


@pytest.fixture
def store(tmp_path):
    article = Article("a1", "Iran signed.", "2022-03-03")
    coded = CodedArticle(article, [_event(0, "2022-03-01", "day"),
                                   _event(1, "2015-01-01", "year"),
                                   _event(2, "2022-02-01", "month")])
    with Store(tmp_path / "s.duckdb") as s:
        run = s.start_run(RunInfo("test", "-", "-", None, [], 1))
        s.write(run, [(Found(article, "story.txt"), coded)])
    return Store(tmp_path / "s.duckdb", read_only=True)


@pytest.mark.parametrize("by, starts", [
    ("week", ["2022-02-28"]),
    ("month", ["2022-02-01", "2022-03-01"]),
    ("year", ["2015-01-01", "2022-01-01"]),
])
def test_a_series_places_only_events_dated_to_its_period(store, by, starts):
    periods = dyad_series(store.con, Dyad("IRN", "RUS"), by)
    assert [p.start.isoformat() for p in periods] == starts


def test_a_day_of_no_stated_precision_is_a_day(store):
    store.con.close()
    with Store(store.path) as s:
        s.con.execute("UPDATE events SET date_precision = NULL")
        assert len(dyad_series(s.con, Dyad("IRN", "RUS"), "week")) == 3
