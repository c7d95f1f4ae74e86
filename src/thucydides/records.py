"""Typed records passed between pipeline stages and printed by the CLI.

Field names follow the event record of the project's contract (docs/records.md).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Span:
    """A stretch of the article text, by character offsets into the stored text."""

    text: str
    start: int
    end: int


@dataclass
class Actor:
    code: str | None
    sector: str | None = None
    name: str | None = None
    title: str | None = None
    text: str | None = None
    kind: str | None = None  # state, igo, region, group, person
    start: int | None = None  # where this mention stands in the article (character offsets);
    end: int | None = None  # None when the actor is implied, not named in the sentence
    # how the code was found: dictionary, nationality, title, chain, pronoun, place,
    # domestic (the other side's state), context (the article's scene), or None
    resolved_by: str | None = None


@dataclass
class Location:
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    kind: str | None = None  # country, admin1, city, region
    resolution: int | None = None  # 1 country ... 4 city
    # where the place was read: the event's own sentence, the dateline, or the state of a
    # side of the event (the sentence named no place)
    basis: str | None = None  # sentence, dateline, actor, recipient, article


@dataclass
class Event:
    id: str
    article_id: str
    sentence: int
    type: str
    mode: str | None
    cameo: str
    quad: int
    goldstein: float
    actor: Actor
    recipient: Actor
    asserted: bool
    polarity: str  # positive, negated
    modality: str  # actual, intended, hypothetical, future, wished
    date: str | None
    date_text: str | None
    location: Location | None
    trigger: Span
    evidence: Span
    confidence: float
    date_precision: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    def _repr_html_(self) -> str:
        from .display import event_html

        return event_html(self)


@dataclass
class Statement:
    id: str
    article_id: str
    sentence: int
    speaker: Actor
    verb: str
    content: Span
    direct: bool
    date: str | None
    trigger: Span
    evidence: Span

    def to_dict(self) -> dict:
        return asdict(self)

    def _repr_html_(self) -> str:
        from .display import statement_html

        return statement_html(self)


@dataclass
class Article:
    """One text unit to code: an article or a single sentence."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    # where the date came from when the input gave none: the story's "dateline" or a line
    # of page "furniture" ("Updated: Jun 17, 2019"); None when it came with the input
    date_source: str | None = None


@dataclass
class CodedArticle:
    article: Article
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None  # why the coder failed on this article (then nothing is coded)

    def _repr_html_(self) -> str:
        from .display import article_html

        return article_html(self)
