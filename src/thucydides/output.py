"""How coded articles are written: a readable table, JSON Lines, JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import TextIO

from .records import Actor, CodedArticle, Event

BOLD, DIM, RED, GREEN, RESET = "\033[1m", "\033[2m", "\033[31m", "\033[32m", "\033[0m"


def _who(actor: Actor) -> str:
    if actor.code is None and actor.sector is None:
        return "-"
    label = actor.code or "?"
    if actor.sector:
        label += f"/{actor.sector}"
    if actor.name:
        label += f" ({actor.name})"
    return label


class Table:
    def __init__(self, out: TextIO, colour: bool):
        self.out = out
        self.colour = colour

    def _c(self, style: str, text: str) -> str:
        return f"{style}{text}{RESET}" if self.colour else text

    def write(self, coded: CodedArticle) -> None:
        w = self.out.write
        title = coded.article.title or coded.article.id
        w(self._c(BOLD, f"{title}  ({coded.article.date or 'no date'})") + "\n")
        w(f"  {len(coded.events)} events, {len(coded.statements)} statements\n")
        if coded.events:
            w(self._c(DIM, f"  {'#':>3} {'type':<10} {'cameo':<5} {'actor':<28} "
                           f"{'recipient':<28} {'date':<10} {'place':<16} trigger") + "\n")
        for e in coded.events:
            flag = "" if e.asserted else f" [{e.polarity}, {e.modality}]"
            place = e.location.name if e.location else "-"
            line = (f"  {e.sentence:>3} {e.type:<10} {e.cameo:<5} {_who(e.actor):<28.28} "
                    f"{_who(e.recipient):<28.28} {e.date or '-':<10} {place:<16.16} "
                    f"{e.trigger.text!r}{flag}")
            w((self._c(GREEN, line) if e.asserted else self._c(DIM, line)) + "\n")
        for s in coded.statements:
            kind = "says" if s.direct else "said that"
            content = s.content.text if len(s.content.text) < 90 else s.content.text[:87] + "..."
            w(f"  {s.sentence:>3} {_who(s.speaker)} {kind} ({s.verb}): {content}\n")
        w("\n")


def write_jsonl_events(coded: Iterable[CodedArticle], out: TextIO) -> None:
    write_records((e for c in coded for e in c.events), out)


def write_records(records: Iterable[Event], out: TextIO) -> None:
    """One JSON object a line: the record's fields (times as ISO 8601)."""
    for record in records:
        out.write(json.dumps(record.to_dict(), ensure_ascii=False, default=_iso) + "\n")


def _iso(value: datetime) -> str:
    return value.isoformat()


def unit_line(coded: CodedArticle, unit_id: str | None) -> str:
    """The scorer's format: one line for each input unit (named by the id it gave, else by
    its article id), with the error where the unit could not be read or coded."""
    line = {"id": unit_id, "article_id": coded.article.id or None,
            "events": [e.to_dict() for e in coded.events],
            "statements": [s.to_dict() for s in coded.statements]}
    if coded.error is not None:
        line["error"] = coded.error
    return json.dumps(line, ensure_ascii=False)
