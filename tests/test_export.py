"""`thucydides export`: GDELT 2.0 TSV read back with GDELT's column list and types, PLOVER
JSON Lines, Parquet and CSV; every file written whole or not at all."""

from __future__ import annotations

import csv
import json
import os
import stat

import duckdb
import pytest

from thucydides.cli import main
from thucydides.export.gdelt import gdelt_columns

from .conftest import EXAMPLES

# wire stories with places, persons, organisations and dated events
LINES = (0, 1, 2, 9, 14, 21)
DUCK_TYPES = {"int": "BIGINT", "float": "DOUBLE", "string": "VARCHAR"}
# columns every GDELT record fills
FILLED = {"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "IsRootEvent",
          "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
          "NumMentions", "NumSources", "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type",
          "ActionGeo_Type", "DATEADDED", "SOURCEURL"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    lines = (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines()
    corpus = folder / "wire.jsonl"
    corpus.write_text("\n".join(lines[i] for i in LINES) + "\n", encoding="utf-8")
    db = folder / "store.duckdb"
    assert main(["ingest", str(corpus), "--db", str(db), "--workers", "1"]) == 0
    return db


def export(store, tmp_path, fmt: str, *extra: str, name: str = "out") -> tuple:
    out = tmp_path / name
    assert main(["export", "--db", str(store), "--format", fmt, *extra, str(out)]) == 0
    return out


def sql(store, query: str):
    with duckdb.connect(str(store), read_only=True) as con:
        return con.execute(query).fetchall()


def test_gdelt_column_list_is_gdelts_61_columns():
    columns = gdelt_columns()
    assert [c.number for c in columns] == list(range(1, 62))
    names = [c.name for c in columns]
    assert names[:5] == ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    assert names[25:35] == ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
                            "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
                            "NumArticles", "AvgTone"]
    assert names[51:] == ["ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
                          "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat",
                          "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL"]
    assert {c.type for c in columns} == {"int", "float", "string"}


def test_gdelt_export_reads_back_with_gdelts_columns_and_types(store, tmp_path, capsys):
    out = export(store, tmp_path, "gdelt")
    columns = gdelt_columns()
    types = {c.name: DUCK_TYPES[c.type] for c in columns}
    with duckdb.connect() as con:  # a typed read fails on any value of the wrong type
        rel = con.execute("SELECT * FROM read_csv(?, delim = '\t', header = false, quote = '',"
                          " columns = ?)", [str(out), types])
        names = [d[0] for d in rel.description]
        rows = rel.fetchall()
    assert names == [c.name for c in columns]
    asserted = sql(store, "SELECT count(*) FROM events WHERE asserted")[0][0]
    assert len(rows) == asserted > 30
    assert f"{asserted:,} records" in capsys.readouterr().out
    for row in rows:
        record = dict(zip(names, row, strict=True))
        assert all(record[n] is not None for n in FILLED), record
        assert record["EventRootCode"] == record["EventCode"][:2]
        assert record["EventBaseCode"] == record["EventCode"][:3]
        assert record["QuadClass"] in (1, 2, 3, 4) and -10 <= record["GoldsteinScale"] <= 10
        assert record["MonthYear"] == record["Day"] // 100
        assert record["Year"] == record["Day"] // 10000 == int(record["FractionDate"])
        assert record["SOURCEURL"].startswith("https://")
    assert len({r[0] for r in rows}) == len(rows)  # GlobalEventID is unique
    located = [r for r in rows if r[names.index("ActionGeo_Type")]]
    assert located and all(r[names.index("ActionGeo_Lat")] is not None for r in located)
    countries = {r[names.index("ActionGeo_CountryCode")] for r in located}
    assert countries and all(len(c) == 2 for c in countries)  # FIPS 10-4, as GDELT
    assert "UP" in countries  # Ukraine's FIPS code (ISO: UKR)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert all(line.count("\t") == 60 for line in lines)


def test_plover_jsonl_uses_plover_field_names(store, tmp_path):
    out = export(store, tmp_path, "plover-jsonl")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == sql(store, "SELECT count(*) FROM events WHERE asserted")[0][0]
    first = records[0]
    assert set(first) >= {"id", "has_event", "date", "actor", "recipient", "event",
                          "event_loc", "event_text", "quad_code", "event_scale", "mode",
                          "context", "text", "text_info", "cite_info", "coder", "coded_date"}
    assert all(r["has_event"] and len(r["event"]) == 1 for r in records)
    assert all(set(e) == {"code", "sector", "entity_text", "identifier_text", "office"}
               for r in records for e in r["actor"] + r["recipient"])
    everything = export(store, tmp_path, "plover-jsonl", "--all", name="all.jsonl")
    every = [json.loads(line) for line in everything.read_text(encoding="utf-8").splitlines()]
    assert len(every) == sql(store, "SELECT count(*) FROM events")[0][0] > len(records)
    assert any("negation" in r["mode"] or "future" in r["mode"] for r in every)


def test_parquet_and_csv_of_each_table(store, tmp_path):
    for table in ("events", "statements", "articles"):
        parquet = export(store, tmp_path, "parquet", "--table", table, name=f"{table}.parquet")
        asserted = " WHERE asserted" if table == "events" else ""  # as every format
        stored = sql(store, f"SELECT count(*) FROM {table}{asserted}")[0][0]
        with duckdb.connect() as con:
            assert con.execute("SELECT count(*) FROM read_parquet(?)",
                               [str(parquet)]).fetchone()[0] == stored
        table_csv = export(store, tmp_path, "csv", "--table", table, name=f"{table}.csv")
        with open(table_csv, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        columns = [r[0] for r in sql(store, f"SELECT column_name FROM (DESCRIBE {table})")]
        assert rows[0] == columns and len(rows) == stored + 1


def test_exports_are_written_whole_or_not_at_all(store, tmp_path, monkeypatch):
    import thucydides.export as exporting

    target = tmp_path / "events.tsv"
    target.write_text("the previous export\n")

    def fail_halfway(events, out, counts=None):
        out.write("half a line")
        raise RuntimeError("disk full")

    monkeypatch.setattr(exporting, "write_gdelt", fail_halfway)
    with pytest.raises(RuntimeError):
        main(["export", "--db", str(store), "--format", "gdelt", str(target)])
    assert target.read_text() == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.tsv"]
    monkeypatch.undo()
    export(store, tmp_path, "gdelt", name="events.tsv")
    mode = target.stat().st_mode
    assert target.read_text() != "the previous export\n" and mode & stat.S_IROTH


def test_line_formats_go_to_standard_output_with_dash(store, capfd):
    assert main(["export", "--db", str(store), "--format", "plover-jsonl", "-"]) == 0
    out, err = capfd.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert records and f"{len(records):,} records -> -" in err


def test_a_target_that_is_not_a_regular_file_is_refused_not_replaced(store, tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert main(["export", "--db", str(store), "--format", "gdelt", str(fifo)]) == 2
    assert "not a regular file" in capsys.readouterr().err
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still the pipe, not a file renamed over it
    assert main(["export", "--db", str(store), "--format", "parquet", "-"]) == 2


def _counts(store, tmp_path, *extra: str) -> dict[str, int]:
    """How many events each format holds."""
    import pandas

    tag = "-".join(extra) or "asserted"
    out = {f: export(store, tmp_path, f, *extra, name=f"{tag}.{f}")
           for f in ("gdelt", "plover-jsonl", "csv", "parquet")}
    return {"gdelt": len(out["gdelt"].read_text(encoding="utf-8").splitlines()),
            "plover-jsonl": len(out["plover-jsonl"].read_text(encoding="utf-8").splitlines()),
            "csv": len(pandas.read_csv(out["csv"])),
            "parquet": len(pandas.read_parquet(out["parquet"]))}


def test_every_format_holds_the_same_events_asserted_unless_all(store, tmp_path):
    asserted = sql(store, "SELECT count(*) FROM events WHERE asserted")[0][0]
    every = sql(store, "SELECT count(*) FROM events")[0][0]
    assert every > asserted
    assert set(_counts(store, tmp_path).values()) == {asserted}
    assert set(_counts(store, tmp_path, "--all").values()) == {every}


def test_export_help_states_the_rule(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    helptext = " ".join(capsys.readouterr().out.split())
    assert "every format holds asserted events only" in helptext


def test_gdelt_tsv_loads_with_pandas_defaults_and_names_actors_canonically(store, tmp_path):
    import pandas

    from thucydides.actors.lexicon import load_actor_lexicon

    out = export(store, tmp_path, "gdelt", "--all", name="all.tsv")
    frame = pandas.read_csv(out, sep="\t", header=None,
                            names=[c.name for c in gdelt_columns()])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert frame.shape == (len(lines), 61)
    assert frame["GlobalEventID"].notna().all() and frame["QuadClass"].isin([1, 2, 3, 4]).all()
    lexicon = load_actor_lexicon()
    known = {(e.name or "").upper() for e in lexicon.aliases.values()}
    known |= {n.upper() for (n,) in sql(store, "SELECT actor_name FROM events UNION "
                                               "SELECT recipient_name FROM events") if n}
    names = set(frame["Actor1Name"].dropna()) | set(frame["Actor2Name"].dropna())
    assert names and names <= known, names - known
    states = frame[frame["Actor1CountryCode"].notna()]
    assert len(states) and states["Actor1Name"].notna().all()  # a state's actor has its name


@pytest.mark.parametrize("fmt", ["plover-jsonl", "gdelt", "csv", "parquet"])
def test_min_confidence_keeps_the_events_the_coder_is_surer_of(store, tmp_path, fmt):
    """Every format: only asserted events rated at least the threshold."""
    expected = sql(store, "SELECT count(*) FROM events WHERE asserted AND confidence >= 0.7")
    everything = sql(store, "SELECT count(*) FROM events WHERE asserted")
    assert 0 < expected[0][0] < everything[0][0]
    out = export(store, tmp_path, fmt, "--min-confidence", "0.7")
    with duckdb.connect() as con:
        reader = {"plover-jsonl": "read_json_auto(?)", "csv": "read_csv(?)",
                  "parquet": "read_parquet(?)",
                  "gdelt": "read_csv(?, delim = '\t', header = false, quote = '')"}[fmt]
        count = con.execute(f"SELECT count(*) FROM {reader}", [str(out)]).fetchone()[0]
    assert count == expected[0][0]
