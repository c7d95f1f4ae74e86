"""records.py is the one schema: a field added to a record reaches the store's table, its
rows, the records read back, Spark's types and the API's JSON with no other change."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

import duckdb
from pydantic import TypeAdapter

from thucydides.columns import columns, from_row, names, values
from thucydides.records import Actor, Location, Span, StoredEvent
from thucydides.store.schema import EVENT_COLUMNS, table_sql


@dataclasses.dataclass
class EventWithTone(StoredEvent):
    """A copy of the stored event with one more field, as a contributor would add it."""

    tone: float | None = None

    ROW: ClassVar = (*StoredEvent.ROW, "tone")


def _event() -> EventWithTone:
    actor = Actor("RUS", "GOV", "Russia", text="Moscow", kind="state", start=0, end=6,
                  resolved_by="dictionary")
    return EventWithTone(
        id="e1", article_id="a1", sentence=0, type="REJECT", mode=None, cameo="120",
        quad=3, goldstein=-4.0, actor=actor, recipient=Actor("USA"), asserted=True,
        polarity="positive", modality="actual", date="2022-02-24", date_text="Thursday",
        location=Location("Kyiv", "UKR", lat=50.45, lon=30.52, geonameid=703448,
        basis="sentence"), trigger=Span("rejected", 7, 15),
        evidence=Span("Moscow rejected it.", 0, 19), confidence=0.9, seq=3, tone=-2.5)


def test_the_new_field_is_a_column_of_the_store_table():
    assert names(EventWithTone) == (*EVENT_COLUMNS, "tone")
    assert "tone DOUBLE" in table_sql("events", EventWithTone)


def test_an_event_goes_into_the_table_and_comes_back_whole():
    event = _event()
    con = duckdb.connect()
    con.execute(table_sql("events", EventWithTone))
    con.execute(table_sql("locations"))
    for table, row in (("events", values(EventWithTone, event)),
                       ("locations", values(Location, event.location))):
        appender = con.appender(table)
        appender.append_rows([row])
        appender.flush()
    cursor = con.execute("SELECT e.*, l.lat AS location_lat, l.lon AS location_lon, "
                         "l.geonameid AS location_geonameid FROM events e "
                         "JOIN locations l ON l.id = e.location_id")
    row = dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))
    assert from_row(EventWithTone, row) == event


def test_spark_and_the_api_carry_the_new_field():
    from thucydides.spark.schema import SPARK_TYPES

    spark_types = {c.name: SPARK_TYPES[c.sql] for c in columns(EventWithTone)}
    assert spark_types["tone"].simpleString() == "double"
    answer = TypeAdapter(EventWithTone).dump_python(_event(), mode="json")
    assert answer["tone"] == -2.5
    assert answer["actor"]["resolved_by"] == "dictionary"
    assert answer["location"]["basis"] == "sentence"
