"""The most active actors: each entity (code, sector, name) with its events on either side."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..actors.lexicon import load_actor_lexicon
from .series import EVENTS, checked_limit, window


@dataclass
class ActorCount:
    code: str | None
    name: str | None  # a person's name; for a state or organisation, its name in the lexicon
    kind: str | None
    sector: str | None
    as_actor: int
    as_recipient: int

    @property
    def events(self) -> int:
        return self.as_actor + self.as_recipient


@lru_cache(maxsize=1)
def code_names() -> dict[str, str]:
    """Code -> the name the actor dictionary gives first for it (RUS -> Russia)."""
    names: dict[str, str] = {}
    for entry in load_actor_lexicon().aliases.values():
        if entry.code and entry.kind != "person" and entry.role == "name":
            names.setdefault(entry.code, entry.name)
    return names


# the kind of a code: that of its state, organisation or region entity (not of a person)
BY_CODE = ("t.code, NULL AS name, coalesce(max(t.kind) FILTER (WHERE t.kind <> 'person'), "
           "max(t.kind)) AS kind, NULL AS sector")


def _sides(since, until) -> tuple[str, list]:
    """One row for each side of each asserted event: (entity id, as actor, as recipient)."""
    dated, params = window(since, until)
    where = " AND ".join(["e.asserted", *dated])
    sql = (f"SELECT e.actor_id AS id, 1 AS as_actor, 0 AS as_recipient FROM {EVENTS} "
           f"WHERE e.actor_id IS NOT NULL AND {where} UNION ALL "
           f"SELECT e.recipient_id, 0, 1 FROM {EVENTS} "
           f"WHERE e.recipient_id IS NOT NULL AND {where}")
    return sql, params + params


def _matching_codes(q: str) -> list[str]:
    q = q.lower()
    return [code for code, name in code_names().items() if q in name.lower()]


def top_actors(con, limit: int = 20, q: str | None = None, since: date | str | None = None,
               until: date | str | None = None, by_code: bool = False) -> list[ActorCount]:
    """The entities named by most asserted events, most first. `q` keeps those whose code
    or name (or the name of their code: 'Russia' for RUS) holds it, whatever the case.
    `by_code`: one row a code, its sectors and persons counted with it (a state's
    government, military and people all carry the state's code)."""
    sides, params = _sides(since, until)
    entity = BY_CODE if by_code else "t.code, t.name, t.kind, t.sector"
    sql = (f"SELECT {entity}, sum(s.as_actor), sum(s.as_recipient) "
           f"FROM ({sides}) s JOIN actors t ON t.id = s.id")
    where = ["t.code IS NOT NULL"] if by_code else []
    if q:
        where.append("(contains(lower(t.code), lower(?)) OR contains(lower(t.name), lower(?))"
                     " OR t.code IN (SELECT unnest(?)))")
        params += [q, q, _matching_codes(q)]
    if where:
        sql += " WHERE " + " AND ".join(where)
    tie = "t.code" if by_code else "t.code, t.sector NULLS FIRST, t.name NULLS FIRST"
    sql += (" GROUP BY ALL ORDER BY sum(s.as_actor) + sum(s.as_recipient) DESC, "
            f"sum(s.as_actor) DESC, {tie} LIMIT ?")
    params.append(checked_limit(limit))
    names = code_names()
    return [ActorCount(code, name or names.get(code), kind, sector, int(actor), int(recipient))
            for code, name, kind, sector, actor, recipient in con.execute(sql, params).fetchall()]
