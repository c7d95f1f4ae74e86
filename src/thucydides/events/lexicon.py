"""The trigger lexicon: verbs and nominal events with the CAMEO code each one codes.

Packaged entries live in ``events/data/triggers.yaml``; a user's files are laid
over them (an entry with the same trigger and object list replaces the
packaged one). The format is in docs/lexicon.md.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ..datafile import cache_entry, cached, read_mapping
from ..errors import TriggerError
from . import ontology as ontology_module
from .ontology import load_ontology

DATA = Path(__file__).parent / "data"
# an entry of CAMEO's 01x codes says the word is a statement there, not an event
# ("rejected the accusations" is a denial, 016): it blocks the entries that would code it
STATEMENT = "STATEMENT"


@dataclass(frozen=True)
class TriggerEntry:
    words: tuple[str, ...]  # verb lemma (+ particle), or the words of a nominal event
    pos: str  # verb or noun
    cameo: str
    type: str
    mode: str | None = None
    objects: frozenset[str] = frozenset()
    mutual: bool = False
    # the act when two or more sides do it together ("X and Y held war games": 062)
    joint: TriggerEntry | None = None
    subjects: frozenset[str] = frozenset()  # only when the subject's lemma is one of these
    # the act when the verb reports a clause ("protested that the police ...": a complaint)
    reporting: TriggerEntry | None = None
    # done at the other side's request ("sent troops at the government's request": AID 074)
    invited: TriggerEntry | None = None

    @property
    def key(self) -> tuple:
        return (self.pos, self.words, self.objects, self.subjects)


@dataclass
class TriggerLexicon:
    verbs: dict[str, list[TriggerEntry]]  # verb lemma -> entries (phrasal and plain)
    nouns: dict[str, list[TriggerEntry]]  # last word of the noun phrase -> entries
    speech: frozenset[str]  # verbs that report a statement
    cooperative: frozenset[str]  # verbs that are an AGREE when promised or intended
    # of those, the ones that promise nothing without an object ("will return to the bridge")
    giving: frozenset[str] = frozenset()
    # words that make a name given to something a denunciation ("called it a provocation")
    disapproval: frozenset[str] = frozenset()
    # what kills by accident or by nature ("a fire broke out, killing six"), and how
    # ("killed when their bus skidded"): no attack
    accident_causes: frozenset[str] = frozenset()
    accident_verbs: frozenset[str] = frozenset()
    # where the sick and injured are taken or visited: no visit of anybody's
    care_places: frozenset[str] = frozenset()
    # things told and verbs of telling: "declined to give details" refuses no act
    told: frozenset[str] = frozenset()
    telling: frozenset[str] = frozenset()

    @cached_property
    def joined_starts(self) -> frozenset[str]:
        """The beginnings of every one-word entry: the first halves a word written apart
        could have ('lathi' of 'lathicharge', 're' of 'reopen')."""
        words = [w for index in (self.verbs, self.nouns) for w in index if " " not in w]
        return frozenset(w[:i] for w in words for i in range(1, len(w)))


WORD_LISTS = ("speech", "cooperative", "giving", "disapproval", "accident_causes",
              "accident_verbs", "care_places", "told", "telling")


def _parse(raw: dict, source: str) -> TriggerEntry:
    ontology = load_ontology()
    if not isinstance(raw, dict):
        raise TriggerError(f"{source}: a trigger is a mapping with verb or noun, and cameo; "
                           f"got {raw!r}")
    pos = "verb" if "verb" in raw else "noun" if "noun" in raw else None
    if pos is None or "cameo" not in raw:
        raise TriggerError(f"{source}: an entry needs 'verb' or 'noun', and 'cameo': {raw!r}")
    cameo = str(raw["cameo"])
    try:
        code = ontology.code(cameo)
    except KeyError:
        raise TriggerError(f"{source}: unknown CAMEO code {cameo!r} in {raw!r}") from None
    kind = raw.get("type") or code.plover
    if kind not in ontology.plover and kind != STATEMENT:
        raise TriggerError(f"{source}: {raw!r} is not an event (CAMEO {cameo} is {kind})")
    words = tuple(str(raw[pos]).lower().split())
    objects = frozenset(str(o).lower() for o in _flat(raw.get("object") or ()))
    plain = {k: v for k, v in raw.items()
             if k not in ("joint", "reporting", "invited", "type", "mode")}
    joint = _parse({**plain, "cameo": raw["joint"], "mutual": True}, source) \
        if raw.get("joint") else None
    reporting, invited = (_variant(raw.get(key), plain, source) for key in ("reporting", "invited"))
    subjects = frozenset(str(o).lower() for o in raw.get("subject") or ())
    return TriggerEntry(words, pos, cameo, kind, raw.get("mode"), objects, bool(raw.get("mutual")),
                        joint, subjects, reporting, invited)


def _flat(objects) -> list:
    """An object list, with the groups in it (a YAML alias, `*weapons`, of a list the file
    anchors under `groups:`) spread out."""
    return [o for item in objects for o in (item if isinstance(item, list) else [item])]


def _variant(given, plain: dict, source: str) -> TriggerEntry | None:
    """The entry's act in another construction: "110", or {cameo: "110", mode: disapprove}."""
    if not given:
        return None
    return _parse({**plain, **(given if isinstance(given, dict) else {"cameo": given})}, source)


@lru_cache(maxsize=8)
def load_trigger_lexicon(extra: tuple[Path, ...] = ()) -> TriggerLexicon:
    """The lexicon of the packaged files and `extra`, from the cache when none of the files,
    the CAMEO and PLOVER tables nor this module has changed (datafile.cached)."""
    files = [DATA / "triggers.yaml", DATA / "speech.yaml", *map(Path, extra)]
    for path in map(Path, extra):  # a misspelt --triggers is an error, not a lexicon less
        if not path.is_file():
            raise TriggerError(f"cannot read {path}: no such file")
    tables = ontology_module.DATA
    sources = [Path(__file__), Path(ontology_module.__file__), tables / "cameo.tsv",
               tables / "plover.yaml", *files]
    return cached(cache_entry("triggers", sources), lambda: _compile(files))


def _compile(files: list[Path]) -> TriggerLexicon:
    entries: dict[tuple, TriggerEntry] = {}
    lists: dict[str, set[str]] = {name: set() for name in WORD_LISTS}
    for path in files:
        data = read_mapping(path, TriggerError, "'triggers' or a word list ("
                            + ", ".join(f"'{name}'" for name in WORD_LISTS) + ")")
        for raw in data.get("triggers") or []:
            trigger = _parse(raw, str(path))
            entries[trigger.key] = trigger
        for name, words in lists.items():
            words.update(str(v).lower() for v in data.get(name) or [])
    verbs: dict[str, list[TriggerEntry]] = defaultdict(list)
    nouns: dict[str, list[TriggerEntry]] = defaultdict(list)
    for trigger in entries.values():
        index = verbs if trigger.pos == "verb" else nouns
        index[trigger.words[0] if trigger.pos == "verb" else trigger.words[-1]].append(trigger)
    for index in (verbs, nouns):
        for lst in index.values():
            # most specific first: an object constraint weighs more than a particle
            lst.sort(key=lambda t: -(len(t.words) + 2 * bool(t.objects) + 2 * bool(t.subjects)))
    return TriggerLexicon(dict(verbs), dict(nouns),
                          **{name: frozenset(words) for name, words in lists.items()})
