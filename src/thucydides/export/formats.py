"""Query results written as a readable table (of events, or any grid), JSON Lines or CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import TextIO


def plain(value: object) -> object:
    """A value JSON and CSV can hold."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def write_jsonl(names: Sequence[str], rows: Sequence[tuple], out: TextIO) -> None:
    for row in rows:
        record = {n: plain(v) for n, v in zip(names, row, strict=True)}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_csv(names: Sequence[str], rows: Sequence[tuple], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    writer.writerows([plain(v) for v in row] for row in rows)


WIDEST = 70  # longest text a grid's column shows


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}"
    text = " ".join(str(value).split())
    return text if len(text) <= WIDEST else text[:WIDEST - 3] + "..."


def write_grid(names: Sequence[str], rows: Sequence[tuple], out: TextIO) -> None:
    """Aligned columns, numbers to the right."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(n), *(len(r[i]) for r in cells)]) for i, n in enumerate(names)]
    numeric = [bool(rows) and all(isinstance(r[i], int | float) for r in rows if r[i] is not None)
               for i in range(len(names))]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w)
                 for v, w, num in zip(values, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip() + "\n"

    out.write(line(names))
    for row in cells:
        out.write(line(row))


def _side(code: object, sector: object, name: object) -> str:
    label = f"{code or '?'}" + (f"/{sector}" if sector else "")
    return label + (f" ({name})" if name else "") if (code or sector or name) else "-"


def _day(day: str | None, precision: str | None) -> str:
    """A date as precise as the text made it: '2015' for 'the 2015 deal', not 2015-01-01."""
    if not day:
        return "-"
    return {"year": day[:4], "season": day[:7], "month": day[:7]}.get(precision or "day", day)


def write_table(names: Sequence[str], rows: Sequence[tuple], out: TextIO) -> None:
    """One event a line: date, type, CAMEO, actor, recipient, place, trigger, headline."""
    out.write(f"{'date':<10} {'type':<9} {'cameo':<5} {'actor':<26} {'recipient':<26} "
              f"{'place':<14} {'trigger':<16} title\n")
    for row in rows:
        r = dict(zip(names, row, strict=True))
        actor = _side(r["actor_code"], r["actor_sector"], r["actor_name"])
        recipient = _side(r["recipient_code"], r["recipient_sector"], r["recipient_name"])
        flag = "" if r["asserted"] else f" [{r['polarity']}, {r['modality']}]"
        day = _day(r["date"], r.get("date_precision"))
        out.write(f"{day:<10} {r['type']:<9} {r['cameo'] or '':<5} "
                  f"{actor:<26.26} {recipient:<26.26} {r['location_name'] or '-':<14.14} "
                  f"{r['trigger_text'] or '':<16.16} {r['title'] or r['article_id']}{flag}\n")
    out.write(f"{len(rows):,} events\n")
