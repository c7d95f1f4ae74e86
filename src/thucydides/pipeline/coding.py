"""Coding chunks of articles: in worker processes (one Coder each), or in this process.

Results come back in the order the chunks went in. A chunk the coder fails on is coded
again one article at a time, so that one bad article costs only itself.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass

from ..ingest.formats import Found
from ..records import CodedArticle
from ..settings import Settings


@dataclass
class Outcome:
    found: Found
    coded: CodedArticle | None = None
    error: str | None = None  # why the coder failed on this article


_coder = None  # the worker process's Coder


def _start_worker(settings: Settings) -> None:
    global _coder
    from ..coder import Coder

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C does
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # blocked at the start
    parent = os.getppid()
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _coder = Coder(settings)


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (kill -9) would wait for work for ever: it ends."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def code_chunk(coder, chunk: list[Found]) -> list[Outcome]:
    try:
        coded = list(coder.code_many(f.article for f in chunk))
        return [Outcome(f, c) if c.error is None else Outcome(f, error=c.error)
                for f, c in zip(chunk, coded, strict=True)]
    except Exception:
        return [_code_one(coder, f) for f in chunk]


def _code_one(coder, found: Found) -> Outcome:
    try:
        return Outcome(found, coder.code(found.article))
    except Exception as exc:
        return Outcome(found, error=f"{type(exc).__name__}: {exc}"[:500])


def _code_in_worker(chunk: list[Found]) -> list[Outcome]:
    return code_chunk(_coder, chunk)


@contextmanager
def sigint_deferred() -> Iterator[None]:
    """Processes started meanwhile begin with Ctrl-C blocked (the mask survives fork and exec)
    until their initializer ignores it, so that a Ctrl-C while a worker loads its model
    prints no traceback of the worker's. Here a Ctrl-C meanwhile is taken by another thread
    (the store's) or held until the end: ignoring it here, even for a moment, lost it."""
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


DIED = "the coding process died on this article (out of memory?): not coded"


class Coding:
    """Chunks in, outcomes out in the same order; at most `depth` chunks in flight.

    A worker killed by the system (out of memory) breaks the pool: the pool is started
    again, the oldest chunk is coded again one article at a time, and an article that
    kills its worker alone is an Outcome with an error (a reject), not the end of the run."""

    def __init__(self, settings: Settings, workers: int):
        self.settings = settings
        self.workers = workers
        self.depth = 2 * workers
        self.pending: deque[tuple[Future, list[Found]] | list[Outcome]] = deque()
        if workers > 1:
            self.pool = self._start_pool()
            self.coder = None
        else:
            from .. import get_coder

            self.pool = None
            self.coder = get_coder(settings)

    def _start_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(self.settings,))

    @property
    def full(self) -> bool:
        return len(self.pending) >= self.depth

    def __len__(self) -> int:
        return len(self.pending)

    def submit(self, chunk: list[Found]) -> None:
        if self.pool is None:
            self.pending.append(code_chunk(self.coder, chunk))
            return
        self.pending.append((self._send(chunk), chunk))

    def _send(self, chunk: list[Found]) -> Future:
        with sigint_deferred():  # the pool may start a process for this chunk
            return self.pool.submit(_code_in_worker, chunk)

    def next(self, wait: bool = True) -> list[Outcome] | None:
        """The oldest chunk's outcomes; None when not ready and not waiting, or none left."""
        if not self.pending:
            return None
        if self.pool is None:
            return self.pending.popleft()
        head, chunk = self.pending[0]
        if not wait and not head.done():
            return None
        try:
            outcomes = head.result()
        except BrokenProcessPool:
            outcomes = self._after_a_death(chunk)
        self.pending.popleft()
        return outcomes

    def _after_a_death(self, chunk: list[Found]) -> list[Outcome]:
        """The chunk coded one article at a time in a new pool; then the chunks behind it
        sent again (the broken pool lost them)."""
        self._restart()
        outcomes = []
        for found in chunk:
            try:
                outcomes += self._send([found]).result()
            except BrokenProcessPool:
                outcomes.append(Outcome(found, error=DIED))
                self._restart()
        behind = [c for _, c in list(self.pending)[1:]]
        for n, waiting in enumerate(behind, 1):
            self.pending[n] = (self._send(waiting), waiting)
        return outcomes

    def _restart(self) -> None:
        self._stop()
        self.pool = self._start_pool()

    def close(self) -> None:
        """Stop at once: what is in flight is not written, and is coded again next time."""
        if self.pool is not None:
            self._stop()
            self.pool = None

    def _stop(self) -> None:
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        self.pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)
