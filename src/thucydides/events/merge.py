"""One record for one event, however often an article mentions it."""

from __future__ import annotations

from collections import defaultdict

from ..records import Event


def merge(events: list[Event]) -> list[Event]:
    """One record for one event. The same event said twice in one article (headline and
    body, or two sentences) is kept once, with what each mention adds: a side the first
    left unknown, the date one of them gives, the place."""
    kept: list[Event] = []
    kinds: dict[tuple, list[Event]] = defaultdict(list)  # only events of one kind can merge
    for e in events:
        kind = kinds[_kind(e)]
        same = min((k for k in kind if _same_event(k, e)),
                   key=lambda k: abs(k.sentence - e.sentence), default=None)
        if same is None:
            kept.append(e)
            kind.append(e)
        else:
            _absorb(same, e)
    return kept


def _kind(e: Event) -> tuple:
    return e.type, e.asserted, e.polarity, e.modality


def _same_event(a: Event, b: Event) -> bool:
    """Of one kind: the same sides where both are known, the same day where both say."""
    sides = ((a.actor.code, b.actor.code), (a.recipient.code, b.recipient.code))
    return all(x == y or x is None or y is None for x, y in sides) \
        and (a.date == b.date or a.date_text is None or b.date_text is None)


def _absorb(kept: Event, other: Event) -> None:
    if kept.actor.code is None and other.actor.code:
        kept.actor = other.actor
    if kept.recipient.code is None and other.recipient.code:
        kept.recipient = other.recipient
    if kept.date_text is None and other.date_text:
        kept.date, kept.date_text, kept.date_precision = \
            other.date, other.date_text, other.date_precision
    if kept.location is None:
        kept.location = other.location
