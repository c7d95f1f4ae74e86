"""The CAMEO codebook looked up by code or by words: each code's name, PLOVER type,
Goldstein value and both quad conventions (the project's PLOVER quad, GDELT's QuadClass)."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UnknownCode
from .lexicon import load_trigger_lexicon
from .ontology import load_ontology, quad_class


@dataclass(frozen=True)
class CodebookEntry:
    code: str
    name: str
    plover_type: str  # PLOVER type, or STATEMENT for CAMEO 01
    goldstein: float
    plover_quad: int | None  # the quad of the PLOVER type (store, dyad, dashboard)
    QuadClass: int | None  # GDELT's QuadClass, from the CAMEO root (GDELT export)  # noqa: N815


COLUMNS = ("code", "name", "plover_type", "goldstein", "plover_quad", "QuadClass")


def lookup(query: str) -> list[CodebookEntry]:
    """A code and the codes under it ("08": all of 08x), or every code whose name or PLOVER
    type holds the words, or that the trigger lexicon codes those words as ("withdraw":
    0874 as well as 166 "Expel or withdraw"); a one-line error when nothing matches."""
    ontology = load_ontology()
    text = " ".join(query.split())
    if not text:
        raise UnknownCode("give a CAMEO code (0874) or words of its name (withdraw)")
    if text.isdigit():
        found = [c for code, c in ontology.cameo.items() if code.startswith(text)]
    else:
        words = text.lower().split()
        coded = _coded_as(tuple(words))
        found = [c for code, c in ontology.cameo.items() if code in coded
                 or all(w in f"{c.name} {c.plover}".lower() for w in words)]
    if not found:
        raise UnknownCode(f"no CAMEO code {'is' if text.isdigit() else 'is named'} {text!r}")
    return [_entry(c.code) for c in found]


def _coded_as(words: tuple[str, ...]) -> set[str]:
    """The CAMEO codes of the trigger lexicon's entries for these words."""
    lexicon = load_trigger_lexicon()
    entries = [t for index in (lexicon.verbs, lexicon.nouns) for ts in index.values() for t in ts]
    return {t.cameo for t in entries if t.words == words}


def _entry(code: str) -> CodebookEntry:
    ontology = load_ontology()
    cameo = ontology.cameo[code]
    kind = ontology.plover.get(cameo.plover)
    return CodebookEntry(code, cameo.name, cameo.plover, cameo.goldstein,
                         kind.quad if kind else None, quad_class(code))
