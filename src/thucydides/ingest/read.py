"""Read the text of a file or of standard input, refusing what is not text."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..records import Article

BINARY_SNIFF = 8192


SURROGATES = "lone UTF-16 surrogates (JSON escapes such as \\ud800) replaced by U+FFFD"


def json_value(text: str) -> object:
    """json.loads, where nesting past Python's recursion limit ('[[[[...') is a
    JSONDecodeError like any other."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text, 0) from None


def whole_characters(text: str) -> str:
    """The text with each lone UTF-16 surrogate, which JSON can escape ('\\ud800') but no
    encoder can write, replaced by U+FFFD: one character for one, so offsets hold."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def whole_strings(record: dict) -> tuple[dict, bool]:
    """The record with whole characters in its strings; True when any was replaced."""
    fixed = {k: whole_characters(v) if isinstance(v, str) else v for k, v in record.items()}
    return fixed, fixed != record


@dataclass
class Text:
    text: str
    warnings: list[str] = field(default_factory=list)


# bytes never found in text but for a stray few: NUL, and the C0 controls other than tab,
# newlines and form feed
CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def decode(data: bytes, name: str) -> Text:
    """Text of bytes. NUL bytes among UTF-8 text (a scraper's artefact) are removed with a
    warning; bytes with NULs that are not UTF-8 without them, with NULs in over a tenth of
    their start (UTF-16 without its mark), or with other control bytes in over a tenth, are
    a binary file."""
    head = data[:BINARY_SNIFF]
    nuls = head.count(0)
    controls = sum(head.count(c) for c in CONTROLS) - nuls
    if nuls > len(head) // 10 or controls > len(head) // 10:
        raise InputError(f"{name}: binary file, not text")
    if b"\x00" not in data:
        return _utf8(data, name, [])
    text = data.replace(b"\x00", b"")
    try:
        text.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: binary file, not text") from None
    return _utf8(text, name, [f"{name}: {data.count(0):,} NUL byte(s) removed"])


def _utf8(data: bytes, name: str, warnings: list[str]) -> Text:
    try:
        return Text(data.decode("utf-8-sig"), warnings)
    except UnicodeDecodeError as exc:
        return Text(data.decode("utf-8", errors="replace"), warnings + [
            f"{name}: not valid UTF-8 (byte {exc.start}); undecodable bytes replaced"])


def read_text(source: str) -> Text:
    """A path, or '-' for standard input."""
    if source == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>")
    path = Path(source)
    if not path.exists():
        raise InputError(f"{source}: no such file")
    if path.is_dir():
        raise InputError(f"{source}: is a directory, not a file")
    try:
        return decode(path.read_bytes(), source)
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror})") from exc


def text_id(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode()).hexdigest()[:16]


@dataclass
class BadUnit:
    """A line of a batch that is no unit to code: why, and its id where it has one."""

    id: str | None
    reason: str


def read_units(source: str, default_date: str | None = None) -> Iterator[Article]:
    """The scorer's batch format: one JSON object a line with id, text and date; the first
    line that is not one is an error."""
    for unit in read_batch(source, default_date):
        if isinstance(unit, BadUnit):
            raise InputError(unit.reason)
        yield unit


def read_batch(source: str, default_date: str | None = None) -> Iterator[Article | BadUnit]:
    """Every non-blank line of a batch, in order: a unit, or why it is none."""
    for number, line in enumerate(read_text(source).text.splitlines(), 1):
        if line.strip():
            yield _unit(line, f"{source}:{number}", default_date)


def _unit(line: str, where: str, default_date: str | None) -> Article | BadUnit:
    try:
        raw = json_value(line)
    except json.JSONDecodeError as exc:
        return BadUnit(None, f"{where}: invalid JSON ({exc.msg})")
    if not isinstance(raw, dict):
        return BadUnit(None, f"{where}: expected an object with a 'text' string")
    given = raw.get("id")
    if not isinstance(raw.get("text"), str) or not raw["text"].strip():
        ident = None if given is None else str(given)
        return BadUnit(ident, f"{where}: expected an object with a 'text' string")
    text = raw["text"]  # the coder replaces lone surrogates here, and says so
    raw = whole_strings(raw)[0]
    date = raw.get("date") or raw.get("published") or default_date
    return Article(id=str(given or text_id(text)), text=text,
                   date=date if isinstance(date, str) else None,
                   title=raw.get("title"), url=raw.get("url"), source=raw.get("source"))
