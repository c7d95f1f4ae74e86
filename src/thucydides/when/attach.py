"""The day of each act: the time expression of its clause, resolved."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..nlp.clauses import phrases_for, tense
from .resolve import resolve

TIME_LABELS = frozenset({"DATE", "TIME"})


@dataclass(frozen=True)
class Dated:
    date: str | None
    text: str | None
    precision: str | None


def publication(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def time_phrases(doc: Doc) -> dict[int, list[Span]]:
    """The time expressions of each sentence, by the sentence's first token, in one pass
    over the entities (a sentence's own `ents` walks all of the document's each time)."""
    found: dict[int, list[Span]] = defaultdict(list)
    for ent in doc.ents:
        if ent.label_ in TIME_LABELS:
            found[ent.sent.start].append(ent)
    return found


def date_of(trigger: Token, phrases: list[Span], published: date | None) -> Dated:
    """The first phrase of the act's clause that resolves; else the publication date."""
    for phrase in phrases_for(trigger, phrases):
        found = resolve(phrase.text, published, tense(trigger))
        if found is not None:
            return Dated(found.date.isoformat(), phrase.text, found.precision)
    if published is None:
        return Dated(None, None, None)
    return Dated(published.isoformat(), None, "day")
