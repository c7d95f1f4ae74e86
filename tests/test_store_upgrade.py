"""A store written by an older thucydides (schema 2) opens, upgrades in place, and exports
exactly what it exported then: the row reader and writer derive from records.py now."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import duckdb
import pytest

import thucydides

OLD = Path(__file__).parent / "data" / "store-v2"
SAME = ("events.plover-jsonl", "events.gdelt", "actors.csv", "locations.csv", "clusters.csv")
GROWN = {"events.csv": ["actor_resolved_by", "recipient_resolved_by", "location_basis"],
         "statements.csv": ["speaker_resolved_by"], "articles.csv": ["date_source"]}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("upgrade")
    db = folder / "old.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute((OLD / "dump" / "schema.sql").read_text())
        load = (OLD / "dump" / "load.sql").read_text()
        con.execute(load.replace("/work/main/tests/data/store-v2/dump", str(OLD / "dump")))
    for fmt in ("plover-jsonl", "gdelt"):
        subprocess.run(["thucydides", "export", "--db", str(db), "--format", fmt,
                        str(folder / f"events.{fmt}"), "--all"], check=True)
    for table in ("events", "statements", "articles", "actors", "locations", "clusters"):
        subprocess.run(["thucydides", "export", "--db", str(db), "--format", "csv", "--table",
                        table, str(folder / f"{table}.csv"), "--all"], check=True)
    return folder


def test_an_old_store_is_upgraded_when_first_read(exported):
    with thucydides.open(exported / "old.duckdb") as store:
        version = store.con.execute("SELECT value FROM meta WHERE key = 'schema_version'")
        assert version.fetchone() == ("3",)


@pytest.mark.parametrize("name", SAME)
def test_exports_of_an_upgraded_store_are_byte_identical(exported, name):
    assert (exported / name).read_bytes() == (OLD / "export" / name).read_bytes()


@pytest.mark.parametrize("name", sorted(GROWN))
def test_tables_gain_the_new_columns_at_the_end_and_keep_the_rest(exported, name):
    old = list(csv.reader((OLD / "export" / name).open(encoding="utf-8")))
    new = list(csv.reader((exported / name).open(encoding="utf-8")))
    width = len(old[0])
    assert new[0] == old[0] + GROWN[name]
    assert [row[:width] for row in new] == old
    assert all(cell == "" for row in new[1:] for cell in row[width:])
