"""What the whole article says about its events' parties and places.

A domestic agent whose own sentence names no state ("police", "protesters",
"the government") takes the state where it acts, else the article's state
(../docs/records.md, spec section 6); a source is never a party; an event with
no party at all is no event.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from ..records import Actor, Event, Location
from ..where.gazetteer import Gazetteer, Place
from .frame import Frame

DATELINE_WEIGHT = 3
HEADLINE_WEIGHT = 2


@dataclass
class ArticleContext:
    frame: Frame
    states: Counter
    dateline: Place | None = None

    @property
    def main_state(self) -> str | None:
        ranked = self.states.most_common(1)
        return ranked[0][0] if ranked else None

    def scene_state(self, event: Event) -> str | None:
        """Where the event happened, as a state: its place, else the article's state."""
        if event.location is not None and event.location.country:
            return event.location.country
        return self.main_state

    def scene(self) -> Location | None:
        """The dateline's place, where an event that names no place of its own happened."""
        if self.dateline is None:
            return None
        p = self.dateline
        return Location(name=p.name, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon,
                        geonameid=p.geonameid, kind=p.kind, resolution=p.resolution)


def build_context(frame: Frame, mentions: list[tuple[int, int, str]],
                  gazetteer: Gazetteer | None, headline_end: int) -> ArticleContext:
    """`mentions`: (start, end, state code) of every state the article's words name."""
    states: Counter = Counter()
    for start, end, code in mentions:
        if frame.covers(start, end):
            continue
        states[code] += HEADLINE_WEIGHT if start < headline_end else 1
    dateline = None
    if gazetteer is not None and frame.place:
        within = None
        if frame.country:
            named = [p for p in gazetteer.candidates(frame.country) if p.kind == "country"]
            within = named[0].country if named else None
        dateline = gazetteer.resolve(frame.place.title(), set(states), within=within)
        if dateline is not None and dateline.country:
            states[dateline.country] += DATELINE_WEIGHT
    return ArticleContext(frame, states, dateline)


def is_source(actor: Actor, frame: Frame) -> bool:
    if actor.kind == "outlet":
        return True
    return actor.start is not None and frame.covers(actor.start, actor.end or actor.start)


def _described(actor: Actor) -> bool:
    """Somebody the text names or describes, though not as a state: 'police', 'protesters',
    a person with no nationality."""
    return actor.code is None and actor.kind in ("unknown", "person", "state") and \
        bool(actor.text or actor.sector or actor.name)


NOBODY = Actor(code=None)


def complete(event: Event, context: ArticleContext) -> Event | None:
    """The event with its unknown sides placed by the article, or None when it has no party."""
    actor, recipient = event.actor, event.recipient
    if is_source(actor, context.frame):
        actor = NOBODY
    if is_source(recipient, context.frame):
        recipient = NOBODY
    state = context.scene_state(event)
    if state is not None:
        actor = _placed(actor, state)
        recipient = _placed(recipient, state)
    if actor.code is None and recipient.code is None:
        return None
    if state is not None:  # an act aimed at nobody named, or done by nobody named, is at home
        if recipient.code is None and not is_source(event.recipient, context.frame):
            recipient = replace(recipient, code=state, kind="state", resolved_by="context")
        # "23 people were taken into custody": the unnamed agent is of the people's state;
        # whoever acts on a whole state named as such ("an operation in Ukraine") is not
        if actor.code is None and not is_source(event.actor, context.frame) and \
                not (recipient.kind == "state" and recipient.sector is None and
                     recipient.resolved_by != "context"):
            actor = replace(actor, code=state, kind="state", resolved_by="context")
    location = event.location if event.location is not None else context.scene()
    return replace(event, actor=actor, recipient=recipient, location=location)


def _placed(actor: Actor, state: str) -> Actor:
    if not _described(actor):
        return actor
    return replace(actor, code=state, resolved_by="context")
