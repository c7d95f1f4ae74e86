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

from ..errors import UserError
from ..ingest.readers import Found
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
    """Processes started meanwhile begin with Ctrl-C ignored (an ignored signal stays ignored
    across exec, and Python keeps it so), so that a Ctrl-C while a worker loads its model
    prints no traceback of the worker's; a Ctrl-C meanwhile is held, then delivered here."""
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


class WorkerDied(UserError, RuntimeError):
    """A coding process ended without an answer (killed, out of memory)."""


class Coding:
    """Chunks in, outcomes out in the same order; at most `depth` chunks in flight."""

    def __init__(self, settings: Settings, workers: int):
        self.workers = workers
        self.depth = 2 * workers
        self.pending: deque[Future | list[Outcome]] = deque()
        if workers > 1:
            self.pool = ProcessPoolExecutor(workers, multiprocessing.get_context("spawn"),
                                            initializer=_start_worker, initargs=(settings,))
            self.coder = None
        else:
            from .. import get_coder

            self.pool = None
            self.coder = get_coder(settings)

    @property
    def full(self) -> bool:
        return len(self.pending) >= self.depth

    def __len__(self) -> int:
        return len(self.pending)

    def submit(self, chunk: list[Found]) -> None:
        if self.pool is None:
            self.pending.append(code_chunk(self.coder, chunk))
            return
        with sigint_deferred():  # the pool may start a process for this chunk
            self.pending.append(self.pool.submit(_code_in_worker, chunk))

    def next(self, wait: bool = True) -> list[Outcome] | None:
        """The oldest chunk's outcomes; None when not ready and not waiting, or none left."""
        if not self.pending:
            return None
        head = self.pending[0]
        if self.pool is None:
            return self.pending.popleft()
        if not wait and not head.done():
            return None
        try:
            outcomes = head.result()
        except BrokenProcessPool:
            raise WorkerDied("a coding process died (out of memory?); run again to resume") \
                from None
        self.pending.popleft()
        return outcomes

    def close(self) -> None:
        """Stop at once: what is in flight is not written, and is coded again next time."""
        if self.pool is None:
            return
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        self.pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)
        self.pool = None
