"""Actor and country codes from what a user types: a code (RUS, nato) or a name the coder's
own actor dictionaries know (russia, the Kremlin, United States). An unknown one is an
error, not a filter that silently matches nothing."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..actors.lexicon import load_actor_lexicon
from ..errors import UnknownName


@dataclass(frozen=True)
class Known:
    code: str
    name: str | None
    kind: str  # state, igo, region, group


@lru_cache(maxsize=1)
def dictionary() -> tuple[dict[str, Known], dict[str, Known]]:
    """(code -> entry, lower-cased alias -> entry) of the packaged actor dictionaries;
    persons left out (a person's code is their state: 'putin' is not a name of RUS)."""
    codes: dict[str, Known] = {}
    aliases: dict[str, Known] = {}
    for alias, entry in load_actor_lexicon().aliases.items():
        if not entry.code or entry.kind == "person":
            continue
        known = Known(entry.code, entry.name, entry.kind)
        if entry.role == "name" or entry.code not in codes:
            codes[entry.code] = known
        aliases.setdefault(alias.lower(), known)
    return codes, aliases


def state_codes() -> set[str]:
    return {code for code, k in dictionary()[0].items() if k.kind == "state"}


def _in_store(con, code: str, states: bool) -> bool:
    """Whether the store's events (or statements) carry this code: one a user's own
    dictionary brought in."""
    sql = ("SELECT 1 FROM events WHERE location_country = ? LIMIT 1" if states else
           "SELECT 1 FROM events WHERE actor_code = $1 OR recipient_code = $1 UNION ALL "
           "SELECT 1 FROM statements WHERE speaker_code = $1 LIMIT 1")
    return bool(con.execute(sql, [code]).fetchall())


def resolve(con, value: str | None, argument: str, states: bool = False,
            notes: list[str] | None = None) -> str | None:
    """The code `value` stands for. A code of the dictionaries or of the store is taken as
    it is (any case); a name is looked up in the dictionaries, and what it became is added
    to `notes`. `states`: only a state's code (a place's country, an actor's state)."""
    if value is None:
        return None
    text = value.strip()
    codes, aliases = dictionary()
    wanted = state_codes() if states else codes
    if text.upper() in wanted or _in_store(con, text.upper(), states):
        return text.upper()
    found = aliases.get(text.lower())
    if found is not None and (not states or found.kind == "state"):
        if notes is not None:
            notes.append(f"{argument} {value!r} is {found.code} ({found.name})")
        return found.code
    what = "a country code (ISO 3166 alpha-3) or a country's name" if states else \
        "an actor code or a name in the actor dictionaries"
    raise UnknownName(argument, f"{value!r}: not {what}")
