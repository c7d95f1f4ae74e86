"""Actor dictionaries: states, organisations, groups, persons, titles and sectors.

The packaged YAML files under ``actors/data`` are read first; files a user
passes (``--actors my-actors.yaml``) are laid over them, so a user entry with
the same alias replaces the packaged one. The format is in docs/lexicon.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ..datafile import cache_entry, cached, read_mapping
from ..errors import LexiconError

DATA = Path(__file__).parent / "data"
# later files win for an alias they share: an outlet is a source before it is a group
PACKAGED = ("countries.yaml", "organisations.yaml", "groups.yaml", "persons.yaml", "outlets.yaml")
TITLES_FILE = "titles.yaml"
SECTORS_FILE = "sectors.yaml"


@dataclass(frozen=True)
class ActorEntry:
    """What an alias in the text stands for."""

    code: str | None
    kind: str  # state, igo, region, group, person, outlet
    sector: str | None = None
    name: str | None = None  # canonical name, for persons
    title: str | None = None
    role: str = "name"  # name, adjective, capital, seat, person


@dataclass
class ActorLexicon:
    aliases: dict[str, ActorEntry] = field(default_factory=dict)
    titles: dict[str, str | None] = field(default_factory=dict)  # lower-cased title -> sector
    sectors: dict[str, str] = field(default_factory=dict)  # head lemma -> sector
    people: set[str] = field(default_factory=set)  # nouns for people that name no sector
    # names that are an outlet only inside the reporting frame (a dateline's "(PTI)")
    outlets_in_frame: set[str] = field(default_factory=set)
    # an organisation's seat, where what it says and decides is done ("UN": "New York")
    headquarters: dict[str, str] = field(default_factory=dict)
    # an alliance's member states ("NATO": {"USA", "POL", ...}): "its ally"
    members: dict[str, frozenset[str]] = field(default_factory=dict)
    # the organisation a region's governments act as ("WAF": "ECOWAS"): "West African leaders"
    blocs: dict[str, str] = field(default_factory=dict)
    # how a state is described instead of named ("KSA": {"kingdom"}): "the kingdom said"
    styles: dict[str, frozenset[str]] = field(default_factory=dict)
    # people who speak for whoever employs them ("spokesperson", "official")
    speakers: set[str] = field(default_factory=set)
    # people in a private role: a firm's, a school's or a hospital's ("passengers", "parents")
    customers: set[str] = field(default_factory=set)
    # people hurt as private persons ("farmer", "neighbour"): violence on them may be crime
    private_people: set[str] = field(default_factory=set)
    # bodies named for their members ("farmers' groups"): they speak as those members do
    member_bodies: set[str] = field(default_factory=set)
    # names that are an actor only as written ('CAR', 'MEND'): in a page all in lower case
    # they are English words ('car', 'mend'), never matched
    case_only: set[str] = field(default_factory=set)

    @cached_property
    def state_codes(self) -> frozenset[str]:
        """The codes of states: a group or person coded otherwise (ISIS, AL-QAEDA) is of
        no state."""
        return frozenset(e.code for e in self.aliases.values() if e.kind == "state" and e.code)

    @property
    def outlets(self) -> frozenset[str]:
        """Every outlet's name, lower-cased: what a headline's suffix is checked against."""
        named = {a.lower() for a, e in self.aliases.items() if e.kind == "outlet"}
        return frozenset(named | {n.lower() for n in self.outlets_in_frame})

    def add_actor(self, raw: dict, source: str) -> None:
        if not isinstance(raw, dict):
            raise LexiconError(f"{source}: an actor is a mapping with code and names, got {raw!r}")
        code = raw.get("code")
        kind = raw.get("kind") or ("person" if raw.get("name") else "state")
        if code is not None and not isinstance(code, str):
            raise LexiconError(f"{source}: code must be a string, got {code!r}")
        code = code.upper() if code else None
        sector = raw.get("sector")
        if kind == "person":
            name = raw.get("name")
            if not name:
                raise LexiconError(f"{source}: a person needs a name: {raw!r}")
            entry = ActorEntry(code, "person", sector, name, raw.get("title"), "person")
            for alias in [name, *raw.get("aliases", [])]:
                self.aliases[alias] = entry
            return
        names = raw.get("names") or []
        if not names:
            raise LexiconError(f"{source}: an actor needs names: {raw!r}")
        if raw.get("headquarters") and code:
            self.headquarters[code] = str(raw["headquarters"])
        if raw.get("bloc") and code:
            self.blocs[code] = str(raw["bloc"]).upper()
        if raw.get("members") and code:
            self.members[code] = frozenset(str(m).upper() for m in raw["members"])
        if raw.get("styles") and code:
            self.styles[code] = frozenset(str(w).lower() for w in raw["styles"])
        roles = {
            "name": (names, sector),
            "adjective": (raw.get("adjectives") or [], sector),
            "capital": (raw.get("capitals") or [], "GOV"),
            "seat": (raw.get("seats") or [], "GOV"),
        }
        for role, (aliases, role_sector) in roles.items():
            entry = ActorEntry(code, kind, role_sector, names[0], None, role)
            for alias in aliases:
                self.aliases[alias] = entry

    def load_file(self, path: Path) -> None:
        data = read_mapping(path, LexiconError, "'actors', 'titles' or 'sectors'")
        for raw in data.get("actors") or []:
            self.add_actor(raw, str(path))
        for raw in data.get("titles") or []:
            if not isinstance(raw, dict) or not raw.get("title"):
                raise LexiconError(f"{path}: a title needs 'title' (and 'sector'), got {raw!r}")
            self.titles[str(raw["title"]).lower()] = raw.get("sector")
        self.outlets_in_frame.update(str(n) for n in data.get("in_frame") or [])
        self.people.update(str(n).lower() for n in data.get("people") or [])
        self.speakers.update(str(n).lower() for n in data.get("speakers") or [])
        self.customers.update(str(n).lower() for n in data.get("customers") or [])
        self.private_people.update(str(n).lower() for n in data.get("private_people") or [])
        self.member_bodies.update(str(n).lower() for n in data.get("member_bodies") or [])
        self.case_only.update(str(n) for n in data.get("case_only") or [])
        sectors = data.get("sectors") or {}
        if not isinstance(sectors, dict):
            raise LexiconError(f"{path}: 'sectors' maps a sector to a list of nouns")
        for sector, lemmas in sectors.items():
            if not isinstance(lemmas, list):
                raise LexiconError(f"{path}: sector {sector} needs a list of nouns, got {lemmas!r}")
            for lemma in lemmas:
                self.sectors[str(lemma).lower()] = sector


def _files(extra: Iterable[Path]) -> list[Path]:
    packaged = [DATA / name for name in (*PACKAGED, TITLES_FILE, SECTORS_FILE)]
    return [p for p in packaged if p.exists()] + [Path(p) for p in extra]


@lru_cache(maxsize=8)
def load_actor_lexicon(extra: tuple[Path, ...] = ()) -> ActorLexicon:
    """The lexicon of the packaged files and `extra`, from the cache when none of the files
    (nor this module) has changed since it was compiled (datafile.cached)."""
    files = _files(extra)
    return cached(cache_entry("actors", [Path(__file__), *files]), lambda: _compile(files))


def _compile(files: list[Path]) -> ActorLexicon:
    lexicon = ActorLexicon()
    for path in files:
        lexicon.load_file(path)
    return lexicon
