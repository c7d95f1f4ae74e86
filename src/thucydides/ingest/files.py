"""Every article of files, folders and standard input, read through thucydides.ingest.formats.

    for item in Reader(["news/", "feed.xml", "-"]):
        ...  # a Found (an Article and where it came from) or a Reject (where, and why)

Folders are read recursively, in name order, leaving out hidden names (".git", ".DS_Store")
and the notes that travel with data (README, LICENSE, NOTICE, CHANGELOG, any ending); a
file named on the command line is always read.
"""

from __future__ import annotations

import gzip
import io
import os
import stat
import sys
import traceback
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..settings import LARGEST
from .formats import (
    LINE_FORMATS,
    NOT_A_FILE,
    READER_ERROR,
    SNIFF,
    STDIN,
    TOO_LARGE,
    TOO_MANY_REJECTS,
    UNREADABLE,
    WHOLE,
    Item,
    ReadOptions,
    Refused,
    Reject,
    kind_of,
    read_jsonl,
    read_lines,
    sniff,
)

# rejects kept for one file; the rest are counted in one TOO_MANY_REJECTS reject
REJECTS_PER_FILE = 1000


def read_limited(stream: BinaryIO, limit: int) -> bytes:
    """The stream's bytes, read a megabyte at a time (read(limit) would reserve the limit's
    memory at once); Refused past the limit."""
    data = bytearray()
    while len(data) <= limit and (chunk := stream.read(min(1 << 20, limit + 1 - len(data)))):
        data += chunk
    if len(data) > limit:
        raise Refused(TOO_LARGE, f"over {limit:,} bytes")
    return bytes(data)


class Reader:
    """Every article of the given paths ('-' for standard input), with a Reject for each
    input that cannot be read. ``total_bytes`` and ``done_bytes`` measure the way through
    (file sizes on disk; standard input is not counted)."""

    def __init__(self, paths: Iterable[str], options: ReadOptions | None = None,
                 stdin: BinaryIO | None = None):
        self.options = options or ReadOptions()
        self.stdin = stdin
        self.files = list_files(paths)
        self.total_bytes = sum(size for _, size in self.files)
        self.done_bytes = 0

    def __iter__(self) -> Iterator[Item]:
        for path, size in self.files:
            base = self.done_bytes
            if path == "-":
                yield from self._stdin()
            else:
                yield from self._file(path, base)
            self.done_bytes = base + size

    def _file(self, path: str, base: int) -> Iterator[Item]:
        name = shown(path)
        kind = kind_of(path)
        try:
            with open_binary(path, self.options) as stream:
                if kind is None:
                    kind = sniff(_peek(stream))
                if kind in LINE_FORMATS:
                    for item in capped(read_lines(stream, kind, self.options, name)):
                        self.done_bytes = base + _position(stream)
                        yield item
                else:
                    data = read_limited(stream, self.options.max_bytes)
                    yield from WHOLE[kind](data, self.options, name)
        except Refused as exc:
            yield Reject(name, None, exc.reason, exc.detail)
        except (OSError, EOFError, zlib.error) as exc:
            yield Reject(name, None, UNREADABLE, _why(exc))
        except Exception as exc:  # noqa: BLE001 - a library's failure on one file ends that file
            yield Reject(name, None, READER_ERROR, failure(exc))

    def _stdin(self) -> Iterator[Item]:
        stream = self.stdin or sys.stdin.buffer
        stream = stream if hasattr(stream, "peek") else io.BufferedReader(stream)
        kind = sniff(_peek(stream))
        try:
            if kind in LINE_FORMATS:
                yield from capped(read_lines(stream, kind, self.options, STDIN))
            else:
                yield from WHOLE[kind](read_limited(stream, self.options.max_bytes),
                                       self.options, STDIN)
        except Refused as exc:
            yield Reject(STDIN, None, exc.reason, exc.detail)
        except Exception as exc:  # noqa: BLE001 - as in _file
            yield Reject(STDIN, None, READER_ERROR, failure(exc))


def capped(items: Iterator[Item]) -> Iterator[Item]:
    """The items of one file, with at most REJECTS_PER_FILE rejects; the rest are counted
    in one last reject (a file of millions of bad lines is not millions of rows)."""
    kept, more, first, path = 0, 0, None, None
    stopped = None
    try:
        for item in items:
            path = item.path
            if isinstance(item, Reject):
                if kept >= REJECTS_PER_FILE:
                    more += 1
                    first = first or item.line
                    continue
                kept += 1
            yield item
    except Refused as exc:  # the rest of the file is not read: said after the count
        stopped = exc
    if more:
        yield Reject(path, first, TOO_MANY_REJECTS,
                     f"{more:,} more rejected lines after the first {REJECTS_PER_FILE:,}, "
                     f"from line {first} on")
    if stopped is not None:
        raise stopped


def shown(path: str) -> str:
    """A path as text that any encoder (the store, a terminal) takes: the bytes of a name
    that are not UTF-8 (Latin-1 'm\\xe9dia.txt') written as \\xNN escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def failure(exc: Exception) -> str:
    """One line on a library's failure, and where it came from."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = frames[-1].filename.split("site-packages/")[-1] if frames else ""
    message = str(exc).splitlines()[0][:200] if str(exc) else ""
    return f"{type(exc).__name__}{': ' + message if message else ''}" + \
        (f" (in {where})" if where else "")


def _position(stream) -> int:
    """How far into the file on disk (for a .gz, into the compressed bytes)."""
    try:
        return getattr(stream, "fileobj", stream).tell()
    except (OSError, ValueError, AttributeError):
        return 0


def _peek(stream) -> bytes:
    return stream.peek(SNIFF)[:SNIFF]


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    if isinstance(exc, gzip.BadGzipFile | EOFError | zlib.error):
        return f"broken gzip data ({exc})" if str(exc) else "broken gzip data"
    return str(exc) or type(exc).__name__


class Capped:
    """A .gz file's decompressed bytes, refused past `cap` (the rest is not read)."""

    def __init__(self, raw: BinaryIO, cap: int):
        self.fileobj = raw  # the file on disk: _position reads how far into it
        self.inner = gzip.GzipFile(fileobj=raw)
        self.cap = cap
        self.given = 0

    def _counted(self, data: bytes) -> bytes:
        self.given += len(data)
        if self.given > self.cap:
            raise Refused(TOO_LARGE, f"decompressed past {self.cap:,} bytes (max_gzip_ratio "
                                     f"times its size): the rest of the file is not read")
        return data

    def read(self, size: int = -1) -> bytes:
        return self._counted(self.inner.read(size))

    def readline(self, size: int = -1) -> bytes:
        return self._counted(self.inner.readline(size))

    def peek(self, size: int) -> bytes:
        return self.inner.peek(size)

    def __enter__(self) -> Capped:
        return self

    def __exit__(self, *_) -> None:
        self.inner.close()
        self.fileobj.close()


def open_binary(path: str, options: ReadOptions) -> BinaryIO:
    """The file, opened without waiting: a pipe or device (which could block the open, or
    never end) is refused, as anything that is not a regular file."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Refused(NOT_A_FILE, "not a regular file (a pipe, socket or device)")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    raw = os.fdopen(fd, "rb")
    if not path.lower().endswith(".gz"):
        return raw
    return Capped(raw, options.max_gzip_ratio * info.st_size)


def list_files(paths: Iterable[str]) -> list[tuple[str, int]]:
    """(path, size) of each file named or found in a named folder; a name that does not
    exist is the user's error, raised before anything is read."""
    files: list[tuple[str, int]] = []
    for name in paths:
        if name == "-":
            files.append(("-", 0))
            continue
        path = Path(name)
        if not path.exists():
            raise InputError(f"{name}: no such file or directory")
        files.extend(_walk(path) if path.is_dir() else [(str(path), _size(path))])
    return files


FOLDER_NOTES = ("readme", "license", "licence", "notice", "changelog")


def _article_file(name: str) -> bool:
    """Whether a file found in a folder may hold articles: not hidden, not a folder's note."""
    return not name.startswith(".") and name.split(".")[0].lower() not in FOLDER_NOTES


def _walk(folder: Path) -> Iterator[tuple[str, int]]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if _article_file(name):
                path = Path(root) / name
                yield str(path), _size(path)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def parse_size(text: str) -> int:
    """'5MB', '500k', '1000000' -> bytes (k, M, G are powers of 1000)."""
    units = {"": 1, "b": 1, "k": 1000, "kb": 1000, "m": 1000**2, "mb": 1000**2, "g": 1000**3,
             "gb": 1000**3}
    number = text.strip().lower().rstrip("bgkm")
    unit = text.strip().lower()[len(number):]
    try:
        value = float(number) * units[unit]
    except (ValueError, KeyError):
        raise InputError(f"size {text!r}: expected a number of bytes, e.g. 5MB or 500k") \
            from None
    if not 1 <= value <= LARGEST:  # NaN and infinity too
        raise InputError(f"size {text!r}: expected 1 byte to {LARGEST:.0e} bytes")
    return int(value)


def batch(source: str, options: ReadOptions | None = None) -> Iterator[Item]:
    """Every line of a JSON Lines batch ('-' for standard input), in order: a Found or a
    Reject each, none left out (a batch gives one result a line)."""
    options = options or ReadOptions()
    if source == "-":
        yield from read_jsonl(sys.stdin.buffer, options, STDIN)
        return
    list_files([source])  # a missing file is the user's error
    try:
        with open_binary(source, options) as stream:
            yield from read_jsonl(stream, options, shown(source))
    except Refused as exc:
        raise InputError(f"{shown(source)}: {exc.reason} ({exc.detail})") from None
    except OSError as exc:
        raise InputError(f"{shown(source)}: {_why(exc)}") from None
