"""Exports of the store: PLOVER JSON Lines, GDELT 2.0 event TSV, Parquet and CSV tables.

Every format holds the same events: the asserted events of the current version of each
article, or with `unasserted` (`--all`) also those the text denies, supposes, promises or
asks for. Every file is written beside its target and renamed when complete; the line
formats (PLOVER JSON Lines, GDELT) can also go to standard output ('-').
"""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path

from ..errors import InputError
from ..files import atomic_write
from ..store.clusters import cluster_counts
from ..store.db import Store
from .events import stored_events
from .gdelt import write_gdelt
from .plover import write_plover
from .tables import export_table

FORMATS = ("plover-jsonl", "gdelt", "parquet", "csv")


def export(store: Store, fmt: str, out: Path, table: str = "events",
           unasserted: bool = False, min_confidence: float | None = None) -> int:
    """Write the export; returns how many records it holds."""
    if fmt not in FORMATS:
        raise InputError(f"--format {fmt!r}: one of {', '.join(FORMATS)}")
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        raise InputError(f"--min-confidence {min_confidence}: expected a number from 0 to 1")
    to_stdout = str(out) == "-"
    if out.is_dir():
        raise InputError(f"{out}: is a folder; give the file to write")
    if out.exists() and not out.is_file() and not to_stdout:  # a device, a pipe: /dev/stdout
        raise InputError(f"{out}: not a regular file; an export is written whole, then "
                         f"renamed into place (give a file, or '-' for standard output)")
    if table != "events" and fmt not in ("parquet", "csv"):
        raise InputError(f"--table {table}: only Parquet and CSV exports take a table")
    if fmt in ("parquet", "csv") and to_stdout:
        raise InputError(f"{fmt} exports are written to a file, not standard output")
    try:
        if fmt in ("parquet", "csv"):
            return export_table(store, table, fmt, out, unasserted, min_confidence)
        events = stored_events(store, asserted_only=not unasserted,
                               min_confidence=min_confidence)
        with nullcontext(sys.stdout) if to_stdout else atomic_write(out) as f:
            if fmt == "gdelt":
                return write_gdelt(events, f, cluster_counts(store.con))
            return write_plover(events, f)
    except OSError as exc:  # BrokenPipeError is the reader's choice, not a failure
        if isinstance(exc, BrokenPipeError):
            raise
        raise InputError(f"{out}: cannot write ({exc.strerror or exc}); the file there "
                         f"before, if any, is untouched") from None
