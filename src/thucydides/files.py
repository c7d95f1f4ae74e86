"""Write a file so that a reader never sees it half-written."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def synced(path: Path) -> None:
    """Flush a written file to the disk before it is renamed: after a power cut the name
    then never points at a file whose data was still in memory."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def settle(tmp: Path, path: Path) -> None:
    """Give the finished temporary file the mode of the file it replaces (a private export
    stays private), or for a new file the umask's; sync it; rename it over the target."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()  # mkstemp makes it private; a new file is not
    os.chmod(tmp, mode)
    synced(tmp)
    os.replace(tmp, path)


@contextmanager
def atomic_write(path: Path) -> Iterator[TextIO]:
    """Write beside the target, then rename over it; an error, or the process killed,
    leaves the target untouched (and at worst a hidden '.NAME.*.part' file beside it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            yield out
        settle(Path(tmp), path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
