"""How far a run has got: one line rewritten in place on a terminal, a plain line every
so often otherwise (a log, a pipe, CI)."""

from __future__ import annotations

import time
from typing import TextIO

from ..store.db import Counts


def clock(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else \
        f"{rest // 60}:{rest % 60:02d}"


class Progress:
    def __init__(self, out: TextIO, total_bytes: int, interval: float | None = None):
        self.out = out
        self.tty = out.isatty()
        self.interval = interval if interval is not None else (0.25 if self.tty else 10.0)
        self.total_bytes = total_bytes
        self.started = time.monotonic()
        self.last = self.started
        self.width = 0

    def line(self, counts: Counts, done_bytes: int) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = counts.coded / elapsed
        text = (f"{counts.read:,} read, {counts.coded:,} coded, {counts.skipped:,} skipped, "
                f"{counts.rejected:,} rejected; {rate:.1f} articles/s")
        if self.total_bytes and 0 < done_bytes < self.total_bytes:
            left = elapsed * (self.total_bytes - done_bytes) / done_bytes
            text += f", ETA {clock(left)}"
        return text

    def update(self, counts: Counts, done_bytes: int, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last < self.interval:
            return
        self.last = now
        text = self.line(counts, done_bytes)
        if self.tty:
            self.out.write("\r" + text.ljust(self.width))
            self.width = len(text)
        else:
            self.out.write(f"thucydides: {text}\n")
        self.out.flush()

    def done(self) -> None:
        if self.tty and self.width:
            self.out.write("\r" + " " * self.width + "\r")
            self.out.flush()
