"""A recode run: the stored articles coded again with the current dictionaries and model,
their events and statements replaced, the clusters computed again.

Each chunk of recoded articles is written in one transaction and the articles then belong
to the new run (articles.run_id), so whatever stops a run, the same command run again
resumes: an article whose run had the same coder, model and dictionaries is not coded
again, nor (with --all) one that a cut-short run of the same command coded. Nor is one
whose outcome cannot change, where that is cheap to know: the dictionaries differ from
its run's only by actor files of names and titles (no sector nouns), none of which its
text holds.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

from ..datafile import read_mapping
from ..errors import LexiconError
from ..records import Article, CodedArticle, Found, Reject
from ..settings import Settings
from ..store.clusters import FINGERPRINT_KEY
from ..store.db import Counts, RunInfo, Store, now, query_interrupts
from ..store.rows import article_rows
from ..store.schema import REJECT_COLUMNS
from .coding import Coding, Outcome
from .ingest import CODER_ERROR, run_to_end, terminate_as_interrupt
from .progress import Progress
from .provenance import run_info

# an event is found again at the same words (its id holds its codes, which may change) ...
EVENT_AT = ("type", "trigger_start", "trigger_end", "actor_start", "recipient_start")
# ... and is the same event when these are
COMPARED = ("id", "mode", "cameo", "actor_code", "actor_sector", "actor_name",
            "recipient_code", "recipient_sector", "recipient_name", "asserted", "date",
            "location_country")
SAID = ("id", "verb", "speaker_code", "speaker_sector", "speaker_name", "date")
ARTICLE_FIELDS = "id, text, CAST(date AS VARCHAR), title, url, source, path, line, given_id"


@dataclass
class RecodeOptions:
    db: str
    settings: Settings = field(default_factory=Settings)
    workers: int = 1
    since: str | None = None  # only articles published on or after this day
    every: bool = False  # code every selected article again, even one that cannot change
    chunk_size: int = 16
    progress_interval: float | None = None


@dataclass
class Changes:
    """Events added, removed and changed, by type."""

    added: Counter = field(default_factory=Counter)
    removed: Counter = field(default_factory=Counter)
    changed: Counter = field(default_factory=Counter)
    statements: Counter = field(default_factory=Counter)  # added, removed, changed

    def compare(self, old: dict[tuple, tuple], new: dict[tuple, tuple]) -> None:
        for key, (kind, values) in new.items():
            if key not in old:
                self.added[kind] += 1
            elif old[key][1] != values:
                self.changed[kind] += 1
        for key, (kind, _) in old.items():
            if key not in new:
                self.removed[kind] += 1

    def compare_statements(self, old: dict[tuple, tuple], new: dict[tuple, tuple]) -> None:
        self.statements["added"] += len(new.keys() - old.keys())
        self.statements["removed"] += len(old.keys() - new.keys())
        self.statements["changed"] += sum(old[k] != new[k] for k in new.keys() & old.keys())


@dataclass
class RecodeResult:
    run_id: int
    status: str
    counts: Counts  # read: articles selected; coded: coded again; skipped: could not change
    changes: Changes
    seconds: float


def cheap_words(actor_files: tuple[Path, ...]) -> set[str] | None:
    """The words (lower-cased) that an article must hold for these actor files to change
    how it is coded; None when that is not cheap to know (sector or people nouns, which
    match inflected)."""
    words: set[str] = set()
    for path in actor_files:
        data = read_mapping(Path(path), LexiconError, "'actors', 'titles' or 'sectors'")
        if data.get("sectors") or data.get("people"):
            return None
        for raw in data.get("actors") or []:
            if not isinstance(raw, dict):
                return None
            for key in ("names", "adjectives", "capitals", "seats", "aliases"):
                words.update(str(w) for w in raw.get(key) or [])
            if raw.get("name"):
                words.add(str(raw["name"]))
        words.update(str(t.get("title")) for t in data.get("titles") or []
                     if isinstance(t, dict))
        words.update(str(n) for n in data.get("in_frame") or [])
    return {w.lower() for w in words if w.strip()}


def _coder_of(info: RunInfo) -> tuple:
    return (info.coder_version, info.lexicon_hash, info.model, info.model_version)


class Plan:
    """Which selected articles need coding again, from the run that coded each."""

    def __init__(self, settings: Settings, workers: int, every: bool):
        self.every = every
        # runs of this same command cut short (set once this run is started): their
        # articles are done
        self.resumed: frozenset[int] = frozenset()
        self.current = _coder_of(run_info(settings, [], workers))
        packaged = replace(settings, actor_files=())
        self.without_overlay = _coder_of(run_info(packaged, [], workers))
        self.words = cheap_words(settings.actor_files) if settings.actor_files else None

    def may_change(self, run_id: int | None, coded_by: tuple) -> bool:
        """Whether an article coded by this run and coder may come out otherwise now."""
        return run_id not in self.resumed and (self.every or coded_by != self.current)

    def changes(self, coded_by: tuple, text: str) -> bool:
        """Whether an article that may change does, as far as its words tell."""
        if self.every or coded_by != self.without_overlay or self.words is None:
            return True
        lower = text.lower()
        return any(w in lower for w in self.words)


def _select(store: Store, since: str | None) -> list[tuple]:
    """(article id, its run, its run's coder) of the articles to look at, oldest first."""
    return store.con.execute(
        "SELECT a.id, a.run_id, r.coder_version, r.lexicon_hash, r.model, r.model_version "
        "FROM articles a LEFT JOIN runs r ON r.id = a.run_id "
        "WHERE CAST(? AS DATE) IS NULL OR a.date >= CAST(? AS DATE) "
        "ORDER BY a.added, a.id", [since, since]).fetchall()


def _resumed(store: Store, run_id: int) -> frozenset[int]:
    """The runs just before this one that were this same command (inputs, coder, model,
    dictionaries) and were cut short: this run takes up where they stopped."""
    this = store.con.execute("SELECT inputs, coder_version, lexicon_hash, model, "
                             "model_version FROM runs WHERE id = ?", [run_id]).fetchone()
    resumed = set()
    for earlier, status, *command in store.con.execute(
            "SELECT id, status, inputs, coder_version, lexicon_hash, model, model_version "
            "FROM runs WHERE id < ? ORDER BY id DESC", [run_id]).fetchall():
        if status != "interrupted" or tuple(command) != this:
            break
        resumed.add(earlier)
    return frozenset(resumed)


def _found(row: tuple) -> Found:
    article_id, text, day, title, url, source, path, line, given_id = row
    return Found(Article(article_id, text, day, title, url, source), path or "store", line,
                 given_id)


class Recode:
    def __init__(self, store: Store, run_id: int, options: RecodeOptions, plan: Plan,
                 progress: Progress):
        self.store, self.run_id, self.options, self.progress = store, run_id, options, progress
        self.plan = plan
        plan.resumed = _resumed(store, run_id)
        self.counts = Counts()
        self.changes = Changes()
        self.coding: Coding | None = None

    def go(self) -> None:
        selected = _select(self.store, self.options.since)
        for start in range(0, len(selected), self.options.chunk_size):
            chunk = selected[start:start + self.options.chunk_size]
            self.counts.read += len(chunk)
            fresh = self._needing(chunk)
            if fresh:
                self._submit(fresh)
            self._collect(wait=False)
            self.progress.update(self.counts, 0)
        self._collect(wait=True)

    def _needing(self, chunk: list[tuple]) -> list[Found]:
        coders = {row[0]: tuple(row[2:]) for row in chunk
                  if self.plan.may_change(row[1], row[2:])}
        rows = self.store.con.execute(
            f"SELECT {ARTICLE_FIELDS} FROM articles WHERE id IN (SELECT unnest(?)) "
            "ORDER BY added, id", [list(coders)]).fetchall() if coders else []
        found = [_found(row) for row in rows if self.plan.changes(coders[row[0]], row[1])]
        self.counts.skipped += len(chunk) - len(found)
        return found

    def _submit(self, chunk: list[Found]) -> None:
        if self.coding is None:  # the model is loaded only when there is something to code
            self.coding = Coding(self.options.settings, self.options.workers)
        while self.coding.full:
            self._write(self.coding.next(wait=True))
        self.coding.submit(chunk)

    def _collect(self, wait: bool) -> None:
        while self.coding is not None and (outcomes := self.coding.next(wait=wait)):
            self._write(outcomes)
            self.progress.update(self.counts, 0)

    def _write(self, outcomes: list[Outcome]) -> None:
        coded = [(o.found, o.coded) for o in outcomes if o.coded is not None]
        rejects = [Reject(o.found.path, o.found.line, CODER_ERROR, o.error or "")
                   for o in outcomes if o.coded is None]  # their old events stay
        self.counts.rejected += len(rejects)
        self.counts.coded += len(coded)
        self.counts.events += sum(len(c.events) for _, c in coded)
        self.counts.statements += sum(len(c.statements) for _, c in coded)
        replace_articles(self.store, self.run_id, coded, rejects, self.counts, self.changes)

    def close(self) -> None:
        if self.coding is not None:
            self.coding.close()


def replace_articles(store: Store, run_id: int, coded: list[tuple[Found, CodedArticle]],
                     rejects: list[Reject], counts: Counts, changes: Changes) -> None:
    """In one transaction: the articles' events and statements replaced by the new ones,
    the articles marked as coded by this run, the actors' mentions counted again, the
    rejects and the run's counts written."""
    con = store.con
    ids = [c.article.id for _, c in coded]
    con.begin()
    try:
        old, old_said = _events(con, ids), _statements(con, ids)
        _replace(store, run_id, coded)
        store._append("rejects", REJECT_COLUMNS,
                      [(run_id, r.path, r.line, r.reason, r.detail, now()) for r in rejects])
        # the clusters are out of date until the run's end computes them again
        con.execute("DELETE FROM meta WHERE key = ?", [FINGERPRINT_KEY])
        store._record_counts(run_id, counts)
        new, new_said = _events(con, ids), _statements(con, ids)
        con.commit()
    except BaseException:
        store._rollback()
        raise
    changes.compare(old, new)
    changes.compare_statements(old_said, new_said)


def _replace(store: Store, run_id: int, coded: list[tuple[Found, CodedArticle]]) -> None:
    con = store.con
    ids = [c.article.id for _, c in coded]
    touched = _actor_ids(con, ids)
    con.execute("DELETE FROM events WHERE article_id IN (SELECT unnest(?))", [ids])
    con.execute("DELETE FROM statements WHERE article_id IN (SELECT unnest(?))", [ids])
    rows = [article_rows(c, found, 0, run_id, now()) for found, c in coded]
    store.insert_records(rows, run_id)
    _recount(con, touched | {a.id for r in rows for a in r.actors})
    con.execute(
        "UPDATE articles SET run_id = ?, event_count = n.events, statement_count = "
        "n.statements FROM (SELECT unnest(?) AS id, unnest(?) AS events, "
        "unnest(?) AS statements) AS n WHERE articles.id = n.id",
        [run_id, ids, [len(c.events) for _, c in coded], [len(c.statements) for _, c in coded]])


def _keyed(con, table: str, key: tuple[str, ...], columns: tuple[str, ...],
           ids: list[str]) -> dict[tuple, tuple]:
    cursor = con.execute(f"SELECT {', '.join(('article_id', *key, *columns))} FROM {table} "
                         "WHERE article_id IN (SELECT unnest(?))", [ids])
    width = 1 + len(key)
    return {row[:width]: row[width:] for row in cursor.fetchall()}


def _events(con, ids: list[str]) -> dict[tuple, tuple]:
    """(type, what is compared) by where the event is in the text."""
    return {at: (at[1], row) for at, row in _keyed(con, "events", EVENT_AT, COMPARED,
                                                    ids).items()}


def _statements(con, ids: list[str]) -> dict[tuple, tuple]:
    return _keyed(con, "statements", ("content_start", "trigger_start"), SAID, ids)


def _actor_ids(con, ids: list[str]) -> set[str]:
    rows = con.execute(
        "SELECT actor_id FROM events WHERE article_id IN (SELECT unnest(?)) UNION "
        "SELECT recipient_id FROM events WHERE article_id IN (SELECT unnest(?)) UNION "
        "SELECT speaker_id FROM statements WHERE article_id IN (SELECT unnest(?))",
        [ids, ids, ids]).fetchall()
    return {r[0] for r in rows if r[0] is not None}


def _recount(con, actor_ids: set[str]) -> None:
    """The actors' mentions counted from the events and statements now stored; an actor
    no longer mentioned anywhere goes."""
    if not actor_ids:
        return
    con.execute("""UPDATE actors SET mentions = counted.n FROM (
        SELECT k.id, count(m.id) AS n FROM (SELECT unnest(?) AS id) k LEFT JOIN (
            SELECT actor_id AS id FROM events UNION ALL SELECT recipient_id FROM events
            UNION ALL SELECT speaker_id FROM statements) m ON m.id = k.id
        GROUP BY k.id) AS counted WHERE actors.id = counted.id""", [sorted(actor_ids)])
    con.execute("DELETE FROM actors WHERE mentions = 0")


def recode(options: RecodeOptions, progress_out: TextIO | None = None) -> RecodeResult:
    """Run to the end, or until Ctrl-C or SIGTERM (status 'interrupted'); any other error
    is raised after the run is recorded as 'failed'."""
    started = time.monotonic()
    progress = Progress(progress_out or sys.stderr, 0, options.progress_interval)
    inputs = ["recode", *(["--all"] if options.every else []),
              *([f"--since {options.since}"] if options.since else []),
              *(str(p) for p in options.settings.actor_files)]
    plan = Plan(options.settings, options.workers, options.every)  # unreadable files: here
    with query_interrupts(options.db), Store(options.db) as store, terminate_as_interrupt():
        run_id = store.start_run(run_info(options.settings, inputs, options.workers))
        run = Recode(store, run_id, options, plan, progress)
        status = run_to_end(store, run_id, run, progress)
    return RecodeResult(run_id, status, run.counts, run.changes, time.monotonic() - started)


def _by_type(counter: Counter) -> str:
    if not counter:
        return "0"
    listed = ", ".join(f"{t} {n:,}" for t, n in sorted(counter.items()))
    return f"{sum(counter.values()):,} ({listed})"


def summary(result: RecodeResult, db: str) -> Iterator[str]:
    c, ch = result.counts, result.changes
    yield (f"{c.read:,} articles: coded again {c.coded:,}, skipped {c.skipped:,} (could not "
           f"change), failed {c.rejected:,} (kept as they were)")
    yield f"events added {_by_type(ch.added)}"
    yield f"events removed {_by_type(ch.removed)}"
    yield f"events changed {_by_type(ch.changed)}"
    said = ch.statements
    yield (f"statements added {said['added']:,}, removed {said['removed']:,}, changed "
           f"{said['changed']:,}; {result.seconds:.1f} s -> {db} (run {result.run_id}, "
           f"{result.status})")
