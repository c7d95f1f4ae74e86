"""The evaluation contract's event-level score (docs/records.md, the project's gold
files): (type, actor, recipient) triples as a set per unit, AGREE/CONSULT/COOPERATE
unordered, optional gold neither a miss nor a false alarm, forbidden triples counted.
The accuracy tests and the confidence model's training score with it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .events.drafts import triple
from .records import Event


def asserted_triples(events: Iterable[Event]) -> set[tuple]:
    return {triple(e.type, e.actor.code, e.recipient.code) for e in events if e.asserted}


def gold_triples(unit: dict, key: str = "events", optional: bool | None = None) -> set[tuple]:
    """A gold unit's triples: its events (only the optional ones, or only the required
    ones, when `optional` says so), or its `forbidden` ones."""
    return {triple(e["type"], e.get("actor"), e.get("recipient")) for e in unit.get(key, [])
            if optional is None or bool(e.get("optional")) == optional}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    forbidden: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, unit: dict, found: set[tuple]) -> None:
        """Count a unit: `found`, the triples asserted for it, against its gold."""
        required = gold_triples(unit, optional=False)
        optional = gold_triples(unit, optional=True)
        forbidden = gold_triples(unit, "forbidden")
        self.tp += len(found & required)
        self.fp += len(found - required - optional)
        self.fn += len(required - found)
        self.forbidden += len(found & forbidden)

    def __str__(self) -> str:
        return (f"P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f} "
                f"(tp {self.tp}, fp {self.fp}, fn {self.fn}, forbidden {self.forbidden})")
