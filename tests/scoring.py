"""The evaluation contract's event-level score (spec section 5), for the accuracy tests:
(type, actor, recipient) triples as a set per unit, AGREE/CONSULT/COOPERATE unordered,
optional gold neither a miss nor a false alarm, forbidden triples counted."""

from __future__ import annotations

from dataclasses import dataclass

MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def triple(kind: str, actor: str | None, recipient: str | None) -> tuple:
    if kind in MUTUAL:
        return kind, frozenset((actor, recipient))
    return kind, actor, recipient


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

    def add(self, unit: dict, events) -> None:
        required = {triple(e["type"], e.get("actor"), e.get("recipient"))
                    for e in unit["events"] if not e.get("optional")}
        optional = {triple(e["type"], e.get("actor"), e.get("recipient"))
                    for e in unit["events"] if e.get("optional")}
        forbidden = {triple(e["type"], e.get("actor"), e.get("recipient"))
                     for e in unit.get("forbidden", [])}
        found = {triple(e.type, e.actor.code, e.recipient.code) for e in events if e.asserted}
        self.tp += len(found & required)
        self.fp += len(found - required - optional)
        self.fn += len(required - found)
        self.forbidden += len(found & forbidden)

    def __str__(self) -> str:
        return (f"P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f} "
                f"(tp {self.tp}, fp {self.fp}, fn {self.fn}, forbidden {self.forbidden})")
