"""thucydides from Python: a store opened as an object whose methods are the commands.

    >>> import thucydides
    >>> with thucydides.open("thucydides.duckdb") as store:
    ...     store.events(actor="RUS", since="2022-02-01")       # a pandas DataFrame
    ...     store.dyad("RUS", "NATO", by="month")

Each method computes its answer with the same function as the command of the same name
(thucydides.analysis.tables), with the same filters and defaults, and returns it as a
DataFrame whose columns are the store's (docs/schema.md). docs/python.md is the guide.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .analysis import QUOTE_LIMIT, TOP_ACTORS
from .analysis import tables as answers
from .dates import iso, parse_day
from .errors import InputError
from .records import Article, CodedArticle
from .store.db import DEFAULT_DB, query_interrupts
from .store.db import Store as Database
from .store.reading import read_article


def open(path: str | os.PathLike = DEFAULT_DB, read_only: bool = True) -> Store:
    """The store at `path`. A missing file, or one that is not a thucydides store, is a
    StoreError naming the path. `read_only=False` creates it if need be and allows
    `ingest`. Use it in a `with` block, or call `close()`."""
    return Store(path, read_only)


def _day(value: date | str | None, name: str) -> str | None:
    return iso(parse_day(value, name))


@dataclass
class Summary:
    """What an ingest did; prints as the lines `thucydides ingest` ends with."""

    text: str
    status: str  # done, interrupted, failed
    run_id: int
    read: int
    coded: int
    skipped: int
    rejected: int
    events: int
    statements: int

    def __str__(self) -> str:
        return self.text


class Store:
    """A thucydides store (a DuckDB file): its events, series, actors, quotes, escalations
    and clusters as DataFrames; `sql` for anything else."""

    def __init__(self, path: str | os.PathLike = DEFAULT_DB, read_only: bool = True):
        self.path = str(path)
        self.read_only = read_only
        self._db = Database(self.path, read_only=read_only)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "writable"
        return f"<thucydides.Store {self.path!r} ({mode})>"

    def close(self) -> None:
        self._db.close()

    @property
    def con(self):
        """The DuckDB connection."""
        return self._db.con

    def _frame(self, compute, *args, **kwargs):
        with query_interrupts():
            return compute(self.con, *args, **kwargs).frame()

    def events(self, *, actor: str | None = None, recipient: str | None = None,
               type: str | None = None, country: str | None = None,
               place: str | None = None, actor_country: str | None = None,
               min_confidence: float | None = None, q: str | None = None,
               since: date | str | None = None, until: date | str | None = None,
               all: bool = False, limit: int | None = None):
        """`thucydides events`: the asserted events (`all=True`: every record) a filter
        selects, oldest first. Actors and countries as codes or names ('russia')."""
        from .store.query import EventFilter

        return self._frame(answers.event_table, EventFilter(
            actor=actor, recipient=recipient, type=type, country=country, place=place,
            actor_country=actor_country, min_confidence=min_confidence, q=q,
            since=_day(since, "since"), until=_day(until, "until"), unasserted=all, limit=limit))

    def clusters(self, *, actor: str | None = None, recipient: str | None = None,
                 type: str | None = None, country: str | None = None,
                 actor_country: str | None = None, since: date | str | None = None,
                 until: date | str | None = None, limit: int | None = None):
        """`thucydides events --clusters`: one row per real-world event, with how many
        mentions, articles and sources report it."""
        from .store.query import EventFilter

        return self._frame(answers.cluster_table, EventFilter(
            actor=actor, recipient=recipient, type=type, country=country,
            actor_country=actor_country, since=_day(since, "since"), until=_day(until, "until"),
            limit=limit))

    def dyad(self, a: str, b: str, by: str = "week", since: date | str | None = None,
             until: date | str | None = None, directed: bool = False):
        """`thucydides dyad A B`: the dyad's asserted, dated events per period (the columns
        of `--format csv`), oldest first."""
        from .analysis.series import Dyad

        return self._frame(answers.dyad_table, Dyad(a, b, directed), by, since, until)

    def actors(self, top: int = TOP_ACTORS, q: str | None = None,
               since: date | str | None = None, until: date | str | None = None,
               by: str = "entity"):
        """`thucydides actors`: the most active actors (`by="country"`: rolled up by code)."""
        return self._frame(answers.actor_table, top, q, since, until, by)

    def quotes(self, speaker: str | None = None, q: str | None = None,
               since: date | str | None = None, until: date | str | None = None,
               limit: int = QUOTE_LIMIT):
        """`thucydides quotes`: who said what, oldest first."""
        from .analysis.quotes import QuoteFilter

        return self._frame(answers.quote_table, QuoteFilter(speaker=speaker, q=q, since=since,
                                                            until=until, limit=limit))

    def escalations(self, by: str = "week", window: int = 8, threshold: float = 2.0,
                    min_events: int = 3, since: date | str | None = None,
                    until: date | str | None = None):
        """`thucydides escalation`: periods where a dyad's conflict departs from its own
        baseline (docs/analysis.md)."""
        from .analysis.escalation import EscalationOptions

        options = EscalationOptions(by=by, window=window, threshold=threshold,
                                    min_events=min_events)
        return self._frame(answers.escalation_table, options, since, until)

    def sql(self, query: str, params: list | dict | None = None):
        """A DuckDB relation: `.df()`, `.arrow()`, `.pl()`, `.fetchall()`."""
        return self.con.sql(query, params=params)

    def article(self, id: str) -> CodedArticle:
        """The article with every event (asserted or not) and statement, as the coder
        returned them. KeyError for an id not in the store."""
        return read_article(self.con, id)

    def ingest(self, paths_or_texts) -> Summary:
        """`thucydides ingest`: read, code and store files, folders or texts (a str that
        names no file and holds a space is a text; an Article too). Articles already in the
        store are skipped; a run stopped halfway is resumed by the same call."""
        if self.read_only:
            raise InputError(f"{self.path}: opened read-only; open it with read_only=False "
                             f"to ingest")
        from .pipeline.ingest import IngestOptions, ingest, summary

        items = [paths_or_texts] if isinstance(paths_or_texts, str | os.PathLike | Article) \
            else list(paths_or_texts)
        with tempfile.TemporaryDirectory(prefix="thucydides-texts-") as folder:
            paths = _paths(items, Path(folder) / "texts.jsonl")
            self._db.close()  # the run opens the file itself
            try:
                result = ingest(IngestOptions(paths=paths, db=self.path))
            finally:
                self._db = Database(self.path, read_only=False)
        c = result.counts
        return Summary(summary(result, self.path), result.status, result.run_id, c.read,
                       c.coded, c.skipped, c.rejected, c.events, c.statements)


def _paths(items: list, texts_file: Path) -> list[str]:
    """The paths to read: the files named, and the texts written to one JSON Lines file."""
    paths, texts = [], []
    for item in items:
        if isinstance(item, Article):
            texts.append({k: v for k, v in vars(item).items() if v is not None and k != "id"})
        elif isinstance(item, os.PathLike) or Path(item).exists() or item == "-":
            paths.append(str(item))
        elif isinstance(item, str) and any(c.isspace() for c in item.strip()):
            texts.append({"text": item})
        else:
            raise InputError(f"{item!r}: no such file or folder (a text to code holds spaces)")
    if texts:
        texts_file.write_text("".join(json.dumps(t) + "\n" for t in texts), encoding="utf-8")
        paths.append(str(texts_file))
    return paths
