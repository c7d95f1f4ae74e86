"""`thucydides cameo`: a CAMEO code's name, PLOVER type, Goldstein value and quads."""

from __future__ import annotations

import argparse
import sys

FORMATS = ("table", "csv", "jsonl")
QUADS = ("plover_quad: the PLOVER type's quad, used by the store, dyad and the dashboard; "
         "QuadClass: GDELT's, from the CAMEO root, used by the GDELT export")


def cmd_cameo(args: argparse.Namespace) -> int:
    from ..events.codebook import COLUMNS, lookup
    from ..export.formats import write_csv, write_grid, write_jsonl

    found = lookup(" ".join(args.query))
    rows = [tuple(getattr(e, c) for c in COLUMNS) for e in found]
    if args.format == "table":
        write_grid(COLUMNS, rows, sys.stdout)
        print(f"{len(rows):,} codes ({QUADS})")
    else:
        {"csv": write_csv, "jsonl": write_jsonl}[args.format](COLUMNS, rows, sys.stdout)
    return 0


def add(sub) -> None:
    p = sub.add_parser("cameo", help="look up a CAMEO code (0874) or words of its name "
                                     "(withdraw): PLOVER type, Goldstein, quads",
                       description=f"Quads: {QUADS}.")
    p.add_argument("query", nargs="+", help="a code, or the codes under it (08); or words")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(run=cmd_cameo)
