"""What one input holds: its articles (each a Found), or why it cannot be read (a Reject).

The one reader of thucydides: `code`, `ingest`, Spark, POST /api/code and the Python
library all read through here (files and folders: thucydides.ingest.files), so the same
bytes give the same text, the same article and the same id wherever they are read.

Formats, by the name's ending (after an optional .gz): .txt (the first line is the title),
.jsonl/.ndjson, .json (an object or a list of them), .csv/.tsv, .html/.htm (the text
found by trafilatura, and the page's date from its metadata), .xml/.rss/.atom (RSS or
Atom, each item an article). A name with another ending, and standard input, are
recognised by their first bytes: JSON ('{"', '[{'), markup ('<html', '<rss'), else text.

Bytes are text in UTF-8 (or UTF-16 with its mark), else Windows-1252 with a warning; a few
NUL bytes among text are removed with a warning; anything else is binary.

An article's id is a digest of its url and normalised text (``article_id``): the same text
read twice is the same article wherever it came from. An id the input gives (a JSON 'id',
the file's name) is kept beside it as ``given_id``.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO
from xml.etree import ElementTree
from xml.parsers import expat

from ..dates import iso, read_day
from ..errors import InputError
from ..ids import digest
from ..records import Article, Found, Reject
from ..settings import from_env

DEFAULT_MAX_BYTES = 5_000_000
STDIN = "<stdin>"
SNIFF = 8192

# why an input was rejected: the `reason` column of the rejects table
UNREADABLE = "unreadable"
BINARY = "binary"
TOO_LARGE = "too large"
INVALID_JSON = "invalid JSON"
INVALID_CSV = "invalid CSV"
INVALID_XML = "invalid XML"
NO_TEXT = "no text"
UNDECODABLE = "undecodable"
NOT_A_FILE = "not a file"  # a pipe, a socket, a device: never opened
READER_ERROR = "reader error"  # a format library (trafilatura, lxml, ...) failed on it
TOO_MANY_REJECTS = "too many rejects"  # a file's lines past files.REJECTS_PER_FILE
REASONS = (UNREADABLE, BINARY, TOO_LARGE, INVALID_JSON, INVALID_CSV, INVALID_XML, NO_TEXT,
           UNDECODABLE, NOT_A_FILE, READER_ERROR, TOO_MANY_REJECTS)
DEFAULT_MAX_GZIP_RATIO = 100

FORMATS = {".txt": "txt", ".text": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl",
           ".json": "json", ".csv": "csv", ".tsv": "tsv", ".html": "html", ".htm": "html",
           ".xhtml": "html", ".xml": "feed", ".rss": "feed", ".atom": "feed"}
LINE_FORMATS = ("jsonl", "csv", "tsv")
# bytes never found in text: NUL aside, the C0 controls other than tab, newlines, form feed
CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
ENCODING_WARNING = "not valid UTF-8: read as Windows-1252"


@dataclass(frozen=True)
class FieldNames:
    """Which fields (JSON keys, CSV columns) hold what, first match wins; case is ignored."""

    text: tuple[str, ...] = ("text",)
    title: tuple[str, ...] = ("title",)
    date: tuple[str, ...] = ("date", "published")
    url: tuple[str, ...] = ("url",)
    source: tuple[str, ...] = ("source",)
    id: tuple[str, ...] = ("id",)

    def mapped(self, options: Iterable[str]) -> FieldNames:
        """Options of the form 'text=body' put another name first for that field."""
        names = self
        for option in options:
            key, _, column = option.partition("=")
            key, column = key.strip(), column.strip()
            if key not in self.__dataclass_fields__ or not column:
                raise InputError(f"--field {option!r}: expected FIELD=NAME with FIELD one of "
                                 f"{', '.join(self.__dataclass_fields__)}")
            names = replace(names, **{key: (column.lower(), *getattr(names, key))})
        return names


@dataclass(frozen=True)
class ReadOptions:
    fields: FieldNames = field(default_factory=FieldNames)
    # the largest article read: a whole file, or one line or row of JSON Lines or CSV
    max_bytes: int = field(
        default_factory=lambda: from_env("THUCYDIDES_MAX_INPUT_BYTES", DEFAULT_MAX_BYTES))
    # publication date of the articles that do not give one
    date: str | None = None
    # a .gz file is read up to this many times its size on disk: a gzip bomb stops there
    # (text compresses 3 to 10 times)
    max_gzip_ratio: int = field(
        default_factory=lambda: from_env("THUCYDIDES_MAX_GZIP_RATIO", DEFAULT_MAX_GZIP_RATIO))


Item = Found | Reject


class Refused(Exception):
    """An input (a file, a line) that cannot be read: becomes a Reject."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


# -- identity -----------------------------------------------------------------------------

def normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id(text: str, url: str | None = None) -> str:
    """Stable id of an article: its normalised text, and its url when it has one."""
    key = normalised(text) if not url else f"{url.strip()}\n{normalised(text)}"
    return digest(key)


def text_article(text: str, date: str | None = None) -> Article:
    """The article of a text given as it is (the library, POST /api/code): with the id a
    file of that text gets from `ingest`, so that its events get the same ids."""
    return Article(id=article_id(text), text=text, date=date)


# -- bytes to text --------------------------------------------------------------------------

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
    if text.isascii():  # told at once (Python keeps the flag): no surrogate in it
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


# spaces the tokenizer does not split on (no-break, thin, figure): a name written with them
# ("United\u00a0Nations", as scraped pages have it) would be no name
ODD_SPACES = str.maketrans(dict.fromkeys(
    "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f", " "))


def plain_spaces(text: str) -> str:
    """The text with each odd space read as " ": one character for one, so offsets hold.
    A text in ASCII has none (`translate` looks each character up in a dict)."""
    return text if text.isascii() else text.translate(ODD_SPACES)


def whole_strings(record: dict) -> tuple[dict, bool]:
    """The record with whole characters in its strings; True when any was replaced."""
    fixed = {k: whole_characters(v) if isinstance(v, str) else v for k, v in record.items()}
    return fixed, fixed != record


def refuse_binary(head: bytes) -> None:
    """Bytes with NULs or other control bytes in over a tenth of their start are binary
    (UTF-16 without its mark is too)."""
    nuls = head.count(0)
    controls = sum(head.count(c) for c in CONTROL) - nuls
    if nuls > len(head) // 10 or controls > len(head) // 10:
        raise Refused(BINARY, "control bytes: not text")


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text of bytes, and warnings: UTF-8 (or UTF-16 with its mark), else Windows-1252. A
    few NUL bytes among UTF-8 text (a scraper's artefact) are removed; with NULs, bytes
    that are not UTF-8 without them are binary."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            raise Refused(UNDECODABLE, f"broken UTF-16 at byte {exc.start}") from None
    refuse_binary(data[:SNIFF])
    if b"\x00" in data:
        try:
            return data.replace(b"\x00", b"").decode("utf-8-sig"), [
                f"{data.count(0):,} NUL byte(s) removed"]
        except UnicodeDecodeError:
            raise Refused(BINARY, "NUL bytes among bytes that are not UTF-8") from None
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), [ENCODING_WARNING]
    except UnicodeDecodeError as exc:
        raise Refused(UNDECODABLE, f"neither UTF-8 nor Windows-1252 (byte {exc.start})") \
            from None


class _TextOfHtml(HTMLParser):
    """The words of an HTML fragment (a feed item's description), a paragraph a block."""

    BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                        "blockquote", "tr", "section", "article"})
    SKIP = frozenset({"script", "style"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_fragment_text(fragment: str) -> str:
    if "<" not in fragment:
        return fragment.strip()
    parser = _TextOfHtml()
    parser.feed(fragment)
    parser.close()
    blocks = (" ".join(b.split()) for b in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(b for b in blocks if b)


# -- records: a JSON object or a CSV row --------------------------------------------------

def _pick(record: dict, names: tuple[str, ...]) -> object:
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def _string(value: object) -> str | None:
    if value is None:
        return None
    return value.strip() if isinstance(value, str) else str(value)


def from_record(raw: dict, options: ReadOptions, path: str, line: int | None) -> Item:
    record, replaced = whole_strings({str(k).strip().lower(): v for k, v in raw.items()})
    names = options.fields
    text = _pick(record, names.text)
    if not isinstance(text, str) or not text.strip():
        return Reject(path, line, NO_TEXT, _missing(record, names.text, text),
                      _string(_pick(record, names.id)))
    return found(text, options, path, line, title=_string(_pick(record, names.title)),
                 published=_pick(record, names.date), url=_string(_pick(record, names.url)),
                 source=_string(_pick(record, names.source)),
                 given_id=_string(_pick(record, names.id)),
                 warnings=[SURROGATES] if replaced else None)


def warned(item: Item, warnings: list[str]) -> Item:
    """The item with the warnings of decoding its bytes first."""
    if isinstance(item, Found):
        item.warnings[:0] = warnings
    return item


def _missing(record: dict, names: tuple[str, ...], value: object) -> str:
    if value is not None:
        return f"'{names[0]}' is not a string"
    if any(name in record for name in names):
        return "empty text"
    return f"no '{names[0]}' field"


def found(text: str, options: ReadOptions, path: str, line: int | None, *,
          title: str | None = None, published: object = None, url: str | None = None,
          source: str | None = None, given_id: str | None = None,
          warnings: list[str] | None = None, date_source: str | None = None) -> Item:
    """An article of this text, or a Reject. Its date is the one published (where it came
    from, when not from the input itself: `date_source`), else the options' date."""
    if not text.strip():
        return Reject(path, line, NO_TEXT, "empty text", given_id)
    if len(text.encode("utf-8")) > options.max_bytes:
        return Reject(path, line, TOO_LARGE, f"text over {options.max_bytes:,} bytes", given_id)
    warnings = list(warnings or [])
    day = iso(read_day(published))
    if published and day is None:
        warnings.append(f"date {str(published)[:40]!r} not understood")
    elif day and date_source:
        warnings.append(f"publication date {day} read from the page's {date_source}")
    article = Article(id=article_id(text, url), text=text, date=day or options.date,
                      title=title or None, url=url or None, source=source or None,
                      date_source=date_source if day else None)
    return Found(article, path, line, given_id, warnings)


# -- whole documents ----------------------------------------------------------------------

def read_txt(data: bytes, options: ReadOptions, path: str) -> Iterator[Item]:
    text, warnings = decode(data)
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    yield found(text, options, path, None, title=title, given_id=stem(path), warnings=warnings)


def read_json(data: bytes, options: ReadOptions, path: str) -> Iterator[Item]:
    text, warnings = decode(data)
    try:
        value = json_value(text)
    except json.JSONDecodeError as exc:
        raise Refused(INVALID_JSON, f"{exc.msg} at line {exc.lineno}") from None
    if isinstance(value, dict) and _pick({k.lower(): v for k, v in value.items()},
                                         options.fields.text) is None:
        value = next((v for v in value.values() if isinstance(v, list)), value)
    if isinstance(value, dict):
        yield warned(from_record(value, options, path, None), warnings)
        return
    if not isinstance(value, list):
        raise Refused(INVALID_JSON, "expected an article object or a list of them")
    for number, item in enumerate(value, 1):
        yield warned(from_record(item, options, path, number), warnings) \
            if isinstance(item, dict) else Reject(path, number, INVALID_JSON, "expected an object")


def read_html(data: bytes, options: ReadOptions, path: str) -> Iterator[Item]:
    import trafilatura

    refuse_binary(data[:SNIFF])
    doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    if doc is None or not (doc.text or "").strip():
        raise Refused(NO_TEXT, "no article text found in the page")
    # one paragraph a line: a blank line between them lets the coder see headings apart
    text = "\n\n".join(p for p in doc.text.split("\n") if p.strip())
    yield found(text, options, path, None, title=doc.title, published=doc.date, url=doc.url,
                source=doc.sitename, given_id=stem(path), date_source="metadata")


# -- feeds --------------------------------------------------------------------------------

def parse_xml(data: bytes) -> ElementTree.Element:
    """An element tree from expat with every entity declaration refused (no billion laughs,
    no external entities); names in ElementTree's '{namespace}local' form."""
    builder = ElementTree.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")

    def refuse(*_):
        raise Refused(INVALID_XML, "entity declarations are not accepted")

    def name(raw: str) -> str:
        return "{" + raw if "}" in raw else raw

    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = lambda tag, attrs: builder.start(
        name(tag), {name(k): v for k, v in attrs.items()})
    parser.EndElementHandler = lambda tag: builder.end(name(tag))
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(data, True)
        return builder.close()
    except expat.ExpatError as exc:
        raise Refused(INVALID_XML, f"{expat.ErrorString(exc.code)} at line {exc.lineno}") \
            from None
    except AssertionError:
        raise Refused(INVALID_XML, "no root element") from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _child_text(element: ElementTree.Element, *names: str) -> str | None:
    for name in names:
        for child in element:
            if _local(child.tag) == name and (child.text or "").strip():
                return child.text.strip()
    return None


def _link(entry: ElementTree.Element) -> str | None:
    for child in entry:
        if _local(child.tag) == "link":
            if child.get("href") and child.get("rel", "alternate") == "alternate":
                return child.get("href")
            if (child.text or "").strip():
                return child.text.strip()
    return None


def read_feed(data: bytes, options: ReadOptions, path: str) -> Iterator[Item]:
    refuse_binary(data[:SNIFF])
    root = parse_xml(data)
    channel = next((e for e in root.iter() if _local(e.tag) == "channel"), root)
    source = _child_text(channel, "title")
    entries = [e for e in root.iter() if _local(e.tag) in ("item", "entry")]
    if _local(root.tag) not in ("rss", "feed", "rdf"):
        raise Refused(INVALID_XML, f"<{_local(root.tag)}> is not an RSS or Atom feed")
    for number, entry in enumerate(entries, 1):
        body = _child_text(entry, "encoded", "content", "description", "summary") or ""
        yield found(html_fragment_text(body), options, path, number,
                    title=_child_text(entry, "title"), url=_link(entry), source=source,
                    published=_child_text(entry, "pubdate", "published", "date", "updated"),
                    given_id=_child_text(entry, "guid", "id"))


WHOLE = {"txt": read_txt, "json": read_json, "html": read_html, "feed": read_feed}


# -- line by line: JSON Lines and CSV -----------------------------------------------------

def lines_of(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None for a line longer than the limit, which is
    skipped without being held in memory."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def read_jsonl(stream: BinaryIO, options: ReadOptions, path: str) -> Iterator[Item]:
    for number, raw in lines_of(stream, options.max_bytes):
        if raw is None:
            yield Reject(path, number, TOO_LARGE, f"line over {options.max_bytes:,} bytes")
            continue
        if not raw.strip():
            continue
        try:
            text, warnings = decode(raw)
            value = json_value(text)
        except Refused as exc:
            yield Reject(path, number, exc.reason, exc.detail)
            continue
        except json.JSONDecodeError as exc:
            yield Reject(path, number, INVALID_JSON, exc.msg)
            continue
        if not isinstance(value, dict):
            yield Reject(path, number, INVALID_JSON, "expected an object")
            continue
        yield warned(from_record(value, options, path, number), warnings)


LONGEST_ID = 200  # characters: a longer given id is a fragment of text, not an id


def read_csv(stream: BinaryIO, options: ReadOptions, path: str,
             delimiter: str = ",") -> Iterator[Item]:
    """Rows as articles. A quote that opens a field but never closes where a field ends (a
    stray quote) is a reject naming its lines, and the lines it swallowed are read again."""
    csv.field_size_limit(max(csv.field_size_limit(), options.max_bytes))
    failures: list[Reject] = []
    taken: list[tuple[int, str]] = []  # the lines of the record being read
    replay: deque[tuple[int, str]] = deque()

    def text_lines() -> Iterator[str]:
        lines = _decoded(stream, options, path, failures)
        while replay or (line := next(lines, None)) is not None:
            number, text = replay.popleft() if replay else line
            taken.append((number, text))
            yield text

    rows = csv.reader(text_lines(), delimiter=delimiter, strict=True)
    header = None
    while True:
        taken.clear()
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            first, last = taken[0][0], taken[-1][0]
            yield Reject(path, first, INVALID_CSV, f"{exc} (lines {first}-{last}: a stray "
                                                   f"quote? the lines after {first} are read "
                                                   f"again)")
            replay.extendleft(reversed(taken[1:]))
            continue
        yield from failures
        failures.clear()
        if header is None:
            header = [h.strip().lower() for h in row]
        elif any(cell.strip() for cell in row):
            yield _csv_row(row, header, options, path, taken[0][0], taken[-1][0])
    yield from failures


def _decoded(stream: BinaryIO, options: ReadOptions, path: str,
             failures: list[Reject]) -> Iterator[tuple[int, str]]:
    for number, raw in lines_of(stream, options.max_bytes):
        if raw is None:
            failures.append(Reject(path, number, TOO_LARGE,
                                   f"line over {options.max_bytes:,} bytes"))
            continue
        try:
            yield number, decode(raw)[0]
        except Refused as exc:
            failures.append(Reject(path, number, exc.reason, exc.detail))


def _csv_row(row: list[str], header: list[str], options: ReadOptions, path: str,
             first: int, last: int) -> Item:
    """A row that has more cells than the header, or an id that is a piece of text, was cut
    or joined by a quote out of place: a reject."""
    if len(row) > len(header):
        return Reject(path, first, INVALID_CSV, f"{len(row)} cells where the header has "
                                                f"{len(header)} (a stray quote?)")
    item = from_record(dict(zip(header, row, strict=False)), options, path, first)
    if isinstance(item, Reject):
        return item
    if item.given_id and ("\n" in item.given_id or len(item.given_id) > LONGEST_ID):
        return Reject(path, first, INVALID_CSV, f"the id {item.given_id[:40]!r}... is text, "
                                                f"not an id (a stray quote?)")
    if last > first:
        item.warnings.append(f"one row over lines {first}-{last} (a quoted field with line "
                             f"breaks)")
    return item


def read_lines(stream: BinaryIO, kind: str, options: ReadOptions, path: str) -> Iterator[Item]:
    if kind == "jsonl":
        return read_jsonl(stream, options, path)
    return read_csv(stream, options, path, "\t" if kind == "tsv" else ",")


# -- the format of a file -------------------------------------------------------------------

def stem(path: str) -> str | None:
    """The file's name without its endings: the id the input gives a whole-file article."""
    if path == STDIN:
        return None
    name = Path(path).name
    return Path(name[:-3] if name.lower().endswith(".gz") else name).stem


def kind_of(name: str) -> str | None:
    inner = name[:-3] if name.lower().endswith(".gz") else name
    return FORMATS.get(Path(inner).suffix.lower())


# how JSON, a JSON list and markup begin; any other start (a "[Reuters]" or "{Update}"
# headline on standard input) is plain text
JSON_START = re.compile(rb'\{\s*("|\}|$)')
LIST_START = re.compile(rb"\[\s*(\{|\[|\]|$)")
MARKUP_START = re.compile(rb"<[a-zA-Z!?]")


def sniff(head: bytes) -> str:
    """The format of bytes whose name does not tell it."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if JSON_START.match(start):
        return "jsonl"
    if LIST_START.match(start):
        return "json"
    if MARKUP_START.match(start):
        lower = head[:2048].lower()
        return "feed" if any(t in lower for t in (b"<rss", b"<feed", b"<rdf")) else "html"
    return "txt"

