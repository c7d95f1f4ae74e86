"""How likely an event is right in full: type, actor and recipient.

A logistic model over what the coder knows of each event (its type and mode, how each
side was resolved, where the trigger stands, whether a place or day was named) and of
the article's other acts (how many, whether this one is told twice, whether a side is
one of the states the story is most about), trained on the project's hand-coded
articles and on the calibration units (text no rule was written for) by
``train/train_confidence.py`` and shipped as ``events/data/confidence.json``. Its
output is the event's ``confidence``; events below the model's threshold are not
reported (docs/accuracy.md has the calibration table: confidence bucket -> measured
precision).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..actors.resolve import POLITICAL_SECTORS
from ..records import Actor, Event
from .drafts import triple

# a story is about a domain when this share of its sentences use the domain's words
DOMAIN_SHARE = 0.15
MODEL_FILE = Path(__file__).parent / "data" / "confidence.json"


def _side(prefix: str, actor: Actor) -> dict[str, float]:
    by = actor.resolved_by or ("none" if actor.code is None else "other")
    found = {f"{prefix}_by={by}": 1.0, f"{prefix}_kind={actor.kind or 'none'}": 1.0}
    if actor.code and len(actor.code) != 3:
        found[f"{prefix}_org"] = 1.0
    if actor.sector:
        found[f"{prefix}_sector"] = 1.0
    return found


@dataclass(frozen=True)
class Story:
    """What the whole article is about: the share of its sentences that name a state, an
    organisation or a political office, and the shares that use each domain's words."""

    political: float
    domains: dict[str, float]
    sentences: int = 0
    domain: str | None = field(init=False)  # its domain other than politics (`_domain`)

    def __post_init__(self) -> None:  # worked out once: each of the story's events asks
        object.__setattr__(self, "domain", _domain(self.domains, self.sentences))


def _domain(domains: dict[str, float], sentences: int) -> str | None:
    """The story's domain other than politics (sport, business, ...), if it has one;
    ordinary crime is not one here, as police acts in a crime story may be events."""
    shares = {d: share for d, share in domains.items() if d != "crime"}
    best = max(shares, key=shares.get, default=None)
    if best is None or sentences * shares[best] < 2:
        return None  # one sentence makes no story: "agreed to share intelligence"
    return best if shares[best] >= DOMAIN_SHARE else None


# where the trigger stands in its sentence, by its dependency label
CLAUSES = {"ROOT": "main", "conj": "main", "ccomp": "reported", "xcomp": "bidden",
           "advcl": "subordinate", "relcl": "subordinate", "acl": "subordinate",
           "pcomp": "subordinate", "pobj": "phrase", "dobj": "object", "nsubj": "subject",
           "nsubjpass": "subject"}
INFERRED = frozenset({"context", None})


@dataclass(frozen=True)
class Told:
    """What the article's asserted events say of each other: how often each (type, actor,
    recipient) is told, how many acts there are, and the states the story is most about.
    An act told twice, or one of many in a story about its sides, is a story's event; the
    one act of a long story is most often a false alarm (a figure of speech, a private act,
    a general-desk story's passing word)."""

    triples: dict[tuple, int]
    count: int
    main: frozenset[str]
    # who acts on whom in the article's acts: (actor, recipient), both named and not one
    pairs: frozenset[tuple[str, str]] = frozenset()
    # the sides the story is about: the most named and the next, all of those tied for it
    # (`main` keeps two of a tie, by the order they came in: read with ties, the model
    # retrained on it set its threshold at 0.34 and the founding article lost an act)
    parties: frozenset[str] = frozenset()

    @classmethod
    def of(cls, events: list[Event]) -> Told:
        asserted = [e for e in events if e.asserted]
        # each event's sides in their order, not a set's: most_common breaks ties by the
        # order first counted, which a set's hashing would change from run to run
        states = Counter(code for e in asserted
                         for code in dict.fromkeys((e.actor.code, e.recipient.code)) if code)
        top = states.most_common(2)
        second = top[-1][1] if top else 0
        return cls(dict(Counter(map(_told_as, asserted))), len(asserted),
                   frozenset(code for code, _ in top),
                   frozenset(_pair(e) for e in asserted if _pair(e)),
                   frozenset(code for code, n in states.items() if n >= second))


def _pair(event: Event) -> tuple[str, str] | None:
    actor, recipient = event.actor.code, event.recipient.code
    return (actor, recipient) if actor and recipient and actor != recipient else None


def _told_as(event: Event) -> tuple:
    return triple(event.type, event.actor.code, event.recipient.code)


NO_STORY = Told({}, 0, frozenset())


# a text shorter than this (a sentence, a note) has few acts by its length, not because
# its one act is a passing word
SHORT_TEXT = 6


SHORT = "short"  # the band of acts of a short text (feature "acts=short")
MAIN_PAIR = "main_pair"  # the feature of an act between the sides the story is about
STORY_ACTS = 3  # acts of a story about its sides: one or two make its sides the main ones


def _acts(count: int, sentences: int) -> str:
    """The article's number of asserted acts, in bands ("short": a short text)."""
    if sentences < SHORT_TEXT:
        return SHORT
    return "1" if count < 2 else "2-5" if count < 6 else "6-15" if count < 16 else "16+"


def political_side(event: Event) -> bool:
    """A side of a political sector, an organisation of states, or a person with a title."""
    return any(a.sector in POLITICAL_SECTORS or a.kind == "igo" or a.title
               for a in (event.actor, event.recipient))


def features(event: Event, trigger_pos: str, in_quote: bool, crowded: bool,
             story: Story, trigger_dep: str = "ROOT", head_pos: str = "VERB",
             told: Told = NO_STORY, third_state: bool = False) -> dict[str, float]:
    """What the model weighs, by name: every feature is 0 or 1. `head_pos` is the part of
    speech of the word the trigger hangs on ("ADP": a phrase's object, "with the help
    of"); `told`, the article's asserted events (`Told.of`); `third_state`, whether the
    sentence names a state that is neither side."""
    found = {"bias": 1.0, f"type={event.type}": 1.0, f"pos={trigger_pos}": 1.0,
             f"clause={CLAUSES.get(trigger_dep, 'other')}": 1.0,
             f"mode={event.mode}": 1.0, f"head_pos={head_pos}": 1.0,
             f"acts={_acts(told.count, story.sentences)}": 1.0,
             **_side("actor", event.actor), **_side("recipient", event.recipient)}
    if told.triples.get(_told_as(event), 0) >= 2:
        found["repeated"] = 1.0  # the article tells the same act twice or more
    pair = _pair(event)
    if pair and pair[::-1] in told.pairs:
        found["answered"] = 1.0  # the other side acts on this one too: demand and refusal
    if pair and set(pair) <= told.parties and told.count >= STORY_ACTS:
        found[MAIN_PAIR] = 1.0  # an act between the sides a story of acts is about
    if told.main & {event.actor.code, event.recipient.code}:
        found["main_state"] = 1.0  # a side is one of the two states the story is most about
    if event.actor.resolved_by in INFERRED and event.recipient.resolved_by in INFERRED:
        found["both_inferred"] = 1.0  # the sentence named neither side
    if event.actor.code == event.recipient.code:
        found["same_sides"] = 1.0
        found[f"same_sides_quad={event.quad}"] = 1.0  # talks or aid with itself: rarer
    if third_state:
        found["third_state"] = 1.0  # the sentence names a state that is neither side
    if event.date_text:
        found["dated"] = 1.0
    basis = event.location.basis if event.location is not None else "none"
    if basis == "dateline" and event.location.country not in \
            (event.actor.code, event.recipient.code):
        basis = "dateline_third"  # a lede's act of others, reported from the dateline
    found[f"place={basis}"] = 1.0
    if in_quote:
        found["in_quote"] = 1.0
    if crowded:
        found["crowded"] = 1.0  # three or more events from one sentence
    if event.sentence < 3:
        found["lede"] = 1.0
    political = story.political
    found[f"politics={'low' if political < 0.3 else 'mid' if political < 0.6 else 'high'}"] = 1.0
    if story.domain is not None:
        found["other_domain"] = 1.0
    if story.domains.get("crime", 0.0) >= DOMAIN_SHARE:
        found["crime_story"] = 1.0
    if political_side(event):
        found["political_side"] = 1.0
    if len(event.cameo) == 4:
        found["specific_cameo"] = 1.0
    return found


@dataclass(frozen=True)
class ConfidenceModel:
    weights: dict[str, float]
    threshold: float
    # Platt scaling fitted on articles no rule was written for: the rules fit the training
    # articles, so the raw model is surer of itself than new text allows
    scale: float = 1.0
    shift: float = 0.0

    def score(self, named: dict[str, float]) -> float:
        z = sum(self.weights.get(name, 0.0) * value for name, value in named.items())
        z = self.scale * z + self.shift
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def reported(confidence: float, named: dict[str, float], threshold: float) -> bool:
    """Whether an asserted event this sure is reported: in a whole article, when it reaches
    the threshold or is an act between the sides the story is about (what the story is
    there to tell: the threshold is for passing words and private acts); in a short text
    (a sentence, a note) always, since such a text tells too little of its story to judge
    its one act by (and a lone act is what a snippet is for)."""
    return confidence >= threshold or f"acts={SHORT}" in named or MAIN_PAIR in named


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_FILE) -> ConfidenceModel:
    """The model shipped with the package (train/train_confidence.py makes it)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    calibration = data.get("platt", {})
    return ConfidenceModel(dict(data["weights"]), float(data["threshold"]),
                           float(calibration.get("scale", 1.0)),
                           float(calibration.get("shift", 0.0)))
