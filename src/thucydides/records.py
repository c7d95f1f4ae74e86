"""Typed records passed between pipeline stages and printed by the CLI: the one schema.

Field names follow the event record of the project's contract (docs/records.md). Each
record kept in the store declares its row (``ROW``, see columns.py): the store's tables,
its rows, Spark's types and the API's answers all derive from these declarations.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import ClassVar, TypeVar

from .ids import digest

R = TypeVar("R")


def changed(record: R, **fields) -> R:
    """`dataclasses.replace` for an Actor or an Event, which have no `__post_init__` and
    no field outside `__init__`: their fields copied, these changed, without calling
    `__init__` again (less than half the time: the coder copies an actor for each mention
    it resolves, and each event it completes). Also a shallow copy of any plain object
    (`copy.copy` takes three times as long)."""
    copy = object.__new__(type(record))
    copy.__dict__.update(record.__dict__, **fields)
    return copy


DAY = {"sql": "DATE"}  # a field holding a day as YYYY-MM-DD, a DATE in the store


@dataclass(frozen=True)
class Span:
    """A stretch of the article text, by character offsets into the stored text."""

    text: str
    start: int
    end: int

    ROW: ClassVar = ("text", "start", "end")


# how a doer of violence is resolved whom the text names as unknown ("unidentified gunmen")
# or leaves unnamed where it tells what was done to whom ("a convoy came under attack"): it
# places in no state, and no other mention of the act fills it in (events/merge.py)
UNKNOWN_DOER = "unidentified"
# how the doer of a release is marked that the text leaves unnamed ("they were freed in the
# evening"): whoever held the people, placed by the article (context/article.py) and never
# stored as such
HOLDER = "holder"


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

    ROW: ClassVar = ("id", "code", "sector", "name", "title", "text", "kind", "start", "end")

    @property
    def id(self) -> str | None:
        """The canonical entity this actor names: its code and sector, and its name for a
        person; None for nobody (no code, sector or name)."""
        if self.code is None and self.sector is None and self.name is None:
            return None
        return digest("actor", self.code, self.sector, self.name)


@dataclass
class Location:
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = field(default=None, metadata={"sql": "BIGINT"})
    kind: str | None = None  # country, admin1, city, region
    resolution: int | None = None  # 1 country ... 4 city
    # where the place was read: the event's own sentence, the dateline, or the state of a
    # side of the event (the sentence named no place)
    basis: str | None = None  # sentence, dateline, actor, recipient, article

    # the locations table; an event keeps the place's id, name and country (and basis)
    ROW: ClassVar = ("id", "name", "country", "admin1", "lat", "lon", "geonameid", "kind",
                     "resolution")

    @property
    def id(self) -> str:
        return digest("location", self.name, self.country, self.admin1, self.lat, self.lon,
                      self.geonameid, self.kind, self.resolution)


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
    date: str | None = field(metadata=DAY)
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
    date: str | None = field(metadata=DAY)
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
    date: str | None = field(default=None, metadata=DAY)
    title: str | None = None
    url: str | None = None
    source: str | None = None
    # where the date came from when the input gave none: the story's "dateline" or a line
    # of page "furniture" ("Updated: Jun 17, 2019"); None when it came with the input
    date_source: str | None = None


@dataclass
class Found:
    """An article read, and where from: path, and line (or item number in a JSON list or a
    feed) when the file holds many."""

    article: Article
    path: str
    line: int | None = None
    given_id: str | None = None  # the id the input gave (JSON 'id', the file's name)
    warnings: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        return where_read(self.path, self.line)


@dataclass
class Reject:
    """An input that could not be read or coded, and why (`REASONS` of ingest/formats.py)."""

    path: str
    line: int | None
    reason: str  # one of REASONS
    detail: str = ""
    given_id: str | None = None  # the id the input gave, when it got as far as that

    def __str__(self) -> str:
        return f"{where_read(self.path, self.line)}: {self.reason}" + \
            (f" ({self.detail})" if self.detail else "")


def where_read(path: str, line: int | None) -> str:
    """'file.jsonl:7', or the path alone for a whole-file article."""
    return path if line is None else f"{path}:{line}"


@dataclass
class StoredArticle(Article):
    """An article as the store holds it: which version of its url, where it was read, what
    was coded in it and by which run."""

    version: int = 1
    given_id: str | None = None  # the id the input gave it
    path: str | None = None
    line: int | None = None
    event_count: int = 0
    statement_count: int = 0
    warnings: list[str] = field(default_factory=list)
    run_id: int = 0
    added: datetime | None = None

    ROW: ClassVar = ("id", "url", "version", "title", "date", "source", "given_id", "path",
                     "line", "text", "event_count", "statement_count", "warnings", "run_id",
                     "added", "date_source")


@dataclass
class StoredEvent(Event):
    """An event as the store holds it, with what the store knows of its article (joined
    when read: the article's date as `published`, its title, source, url and path, when it
    was added and by which coder)."""

    seq: int = 0  # its place among the article's events
    cluster_id: str | None = None  # the real-world event it reports (store/clusters.py)
    published: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    added: datetime | None = None
    coder_version: str | None = None

    # the columns of schema 2 first, in their order; those added later at the end
    ROW: ClassVar = ("article_id", "seq", "id", "sentence", "type", "mode", "cameo", "quad",
                     "goldstein", "actor", "recipient", "asserted", "polarity", "modality",
                     "date", "date_text", "date_precision", "location.id", "location.name",
                     "location.country", "trigger", "evidence", "confidence", "cluster_id",
                     "actor.resolved_by", "recipient.resolved_by", "location.basis")

    @property
    def day(self) -> str | None:
        """The event's day, else its article's."""
        return self.date or self.published


@dataclass
class StoredStatement(Statement):
    """A statement as the store holds it, with its article's date, title and source."""

    seq: int = 0
    published: str | None = None
    title: str | None = None
    source: str | None = None

    ROW: ClassVar = ("article_id", "seq", "id", "sentence", "speaker", "verb", "content",
                     "direct", "date", "trigger", "evidence", "speaker.resolved_by")


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
