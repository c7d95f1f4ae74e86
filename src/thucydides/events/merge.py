"""One record for one event, however often an article mentions it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Set
from datetime import date

from ..records import UNKNOWN_DOER, Event

MONTH_DAYS = 28


def merge(events: list[Event], near: Set[str] = frozenset()) -> list[Event]:
    """One record for one event. The same event said twice in one article (headline and
    body, or two sentences) is kept once, with what each mention adds: a side the first
    left unknown, the date one of them gives (its own phrase's before one its sentence
    names elsewhere, the ids in `near`, before none), the place, the highest confidence."""
    given: dict[int, int] = {}  # a kept record's rank once it took a mention's better date

    def rank(e: Event) -> int:
        return given.get(id(e)) or (0 if e.date_text is None else 1 if e.id in near else 2)

    kept: list[Event] = []
    kinds: dict[tuple, list[Event]] = defaultdict(list)  # only events of one kind can merge
    for e in events:
        kind = kinds[_kind(e)]
        same = min((k for k in kind if _same_event(k, e, rank)),
                   key=lambda k: abs(k.sentence - e.sentence), default=None)
        if same is None:
            kept.append(e)
            kind.append(e)
        else:
            better = rank(e) - rank(same)
            _absorb(same, e, rank)
            if better > 0:
                given[id(same)] = rank(e)
    return kept


def _kind(e: Event) -> tuple:
    return e.type, e.asserted, e.polarity, e.modality


def _same_event(a: Event, b: Event, rank: Callable[[Event], int]) -> bool:
    """Of one kind: the same sides where both are known, the same day where both say it
    with a phrase of their own."""
    sides = ((_code(a.actor), _code(b.actor)), (_code(a.recipient), _code(b.recipient)))
    return all(x == y or x is None or y is None for x, y in sides) \
        and (a.date == b.date or (rank(a) < 2 or rank(b) < 2) and
             not _years_apart(a, b, rank) and not _months_apart(a, b))


def _years_apart(a: Event, b: Event, rank: Callable[[Event], int]) -> bool:
    """A mention dated by a phrase of its own clause (not one its sentence names elsewhere)
    to a year before the other's undated day: a story's background ("a similar agitation
    in 2006, when 13 were killed in police firing"), not the act it tells today."""
    dated, undated = (a, b) if b.date_text is None else (b, a)
    return rank(dated) == 2 and undated.date_text is None and \
        bool(dated.date and undated.date) and dated.date[:4] < undated.date[:4]


def _months_apart(a: Event, b: Event) -> bool:
    """Two mentions each dated by a phrase of its sentence, a month or more apart: 'blocked
    a bridge on Sunday' and 'boycotted the elections in April' are two acts, though the
    first's day was its sentence's, not its own clause's."""
    if a.date_text is None or b.date_text is None or not (a.date and b.date):
        return False
    return _days_between(a, b) > MONTH_DAYS


def _days_between(a: Event, b: Event) -> int:
    return abs((date.fromisoformat(a.date[:10]) - date.fromisoformat(b.date[:10])).days)


def _code(actor) -> str | None:
    """The side's code, or None where any other mention may tell it; attackers the text
    leaves unidentified stay so ("unidentified gunmen attacked ...; police returned fire")."""
    return "?" if actor.code is None and actor.resolved_by == UNKNOWN_DOER else actor.code


def _absorb(kept: Event, other: Event, rank: Callable[[Event], int]) -> None:
    if kept.actor.code is None and other.actor.code:
        kept.actor = other.actor
    if kept.recipient.code is None and other.recipient.code:
        kept.recipient = other.recipient
    if rank(other) > rank(kept):
        kept.date, kept.date_text, kept.date_precision = \
            other.date, other.date_text, other.date_precision
    if kept.location is None:
        kept.location = other.location
    if other.confidence is not None and (kept.confidence or 0.0) < other.confidence:
        kept.confidence = other.confidence  # as sure as its plainest telling
