"""CAMEO codes, Goldstein values and PLOVER types, read from the packaged tables."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..records import Event, changed

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class CameoCode:
    code: str
    goldstein: float
    plover: str  # PLOVER type, or STATEMENT for CAMEO 01
    name: str


@dataclass(frozen=True)
class PloverType:
    name: str
    quad: int
    score: float
    modes: tuple[str, ...]


@dataclass(frozen=True)
class Ontology:
    cameo: dict[str, CameoCode]
    plover: dict[str, PloverType]

    def code(self, code: str) -> CameoCode:
        """The entry of a CAMEO code, falling back to its parent for unknown leaves."""
        while code and code not in self.cameo:
            code = code[:-1]
        if not code:
            raise KeyError("unknown CAMEO code")
        return self.cameo[code]

    def recoded(self, event: Event, cameo: str) -> Event:
        """The event told as another CAMEO code: its PLOVER type, quad and Goldstein value
        with it (no mode: the old one was the old type's)."""
        code = self.code(cameo)
        return changed(event, type=code.plover, cameo=code.code, mode=None,
                       goldstein=code.goldstein, quad=self.plover[code.plover].quad)


def quad_class(cameo: str | None) -> int | None:
    """GDELT's QuadClass, from the CAMEO root (GDELT 2.0 event codebook): 1 verbal
    cooperation 01-05, 2 material cooperation 06-08, 3 verbal conflict 09-13, 4 material
    conflict 14-20. PLOVER's quad (the type's, plover.yaml) differs for 02x appeals."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    with open(DATA / "cameo.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        cameo = {
            r["code"]: CameoCode(r["code"], float(r["goldstein"]), r["plover"], r["name"])
            for r in rows
        }
    raw = yaml.safe_load((DATA / "plover.yaml").read_text(encoding="utf-8"))["types"]
    plover = {
        name: PloverType(name, t["quad"], float(t["score"]), tuple(t["modes"]))
        for name, t in raw.items()
    }
    return Ontology(cameo, plover)
