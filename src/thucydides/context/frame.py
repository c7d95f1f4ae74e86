"""The reporting frame of an article: dateline, headline, byline, credits.

These are where a wire story says who reports it and from where. The words in
them are the article's source and scene, never a party to an event.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from ..dates import MONTHS
from ..ingest.clean import longer_than_a_headline, stripped_page
from ..ingest.markup import readable
from ..nlp.parse import lower_case_text

# the first paragraphs are searched for a dateline: "LIMA, Dec 21 (Wire) -", "GOPALGANJ:",
# "MAIDUGURI, Nigeria, March 14 (Agency) --", "pristina, nov 22 (wire) -"
DATELINE_PARAGRAPHS = 6
DATELINE = re.compile(
    r"(?P<place>[^\W\d_][\w.'\u2019 -]{0,40}?(?:/[^\W\d_][\w.'\u2019 -]{0,40}?)?)"
    r"(?:,\s*(?P<country>[^\W\d_]+(?: [^\W\d_]+){0,3}))??"
    r"(?:,\s*(?P<day>[^\W\d_]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|"
    r"\d{1,2}\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
    r"(?:,?\s*\d{4})?)"
    r"(?:,\s*(?P<wire>[^\W\d_][\w&.'-]{1,20}(?: [^\W\d_][\w&.'-]{1,20}){0,2}))?)?"
    r"\s*(?:\((?P<source>[^()\n]{1,40})\))?"
    # "LIMA, Dec 21 (Agency) -", "TALLINN, Sep 6, Agency -", "BISHKEK, 14 March -", or as
    # Indian wires print it, "New Delhi, Jun 22 (PTI) India"
    r"(?:\s*(?:--?|[\u2013\u2014:])\s+|(?<=\))\s+)")
# a month as a dateline writes it, in any case: "jan", "Sept", "october"
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}"
# the day a dateline without its commas runs into its place: "almaty jan 6 (wire) -"
RUN_IN_DAY = re.compile(rf"\s+{MONTH}\.?\s+\d{{1,2}}(?:\s+\d{{4}})?$", re.IGNORECASE)
# a page stripped of its punctuation: "gurdaspur dec 2 unidentified persons ...",
# "GAZIPUR Oct 15 A garment worker ...", "new delhi dec 20 ians dense fog ..."
BARE_DATELINE = re.compile(
    r"(?P<place>[^\W\d_][\w'/-]*(?: [^\W\d_][\w'/-]*){0,2}) "
    rf"(?P<day>{MONTH} \d{{1,2}}) "
    r"(?:(?P<source>[^\W\d_]{2,12}) )?(?P<dash>[-\u2013\u2014] )?", re.IGNORECASE)
# a page whose line ends were lost runs its headline into the dateline: "Spain sends troops
# to Ceuta MADRID, May 19 (Agency) - Spain deployed ...", "... after assurance RAIGARH, Jan
# 20: Hundreds of farmers ...": a place in capitals, then a day or the wire's name, and a
# dash or, as South Asian papers print it, a colon
INLINE_DATELINE = re.compile(
    r"(?<![\w,])(?P<place>[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3})"
    r"(?:, (?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}))?"
    r"(?:, (?P<day>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?))?"
    r"\s*(?:\((?P<source>[^()\n]{1,40})\))?\s*(?:--?|[\u2013\u2014:])\s+")
# the same on a page in one case or stripped of its marks: "... border crisis brussels dec
# 2 wire - the european union ...", "... border shut islamabad ap - pakistani ...", where
# the town is told by the gazetteer
CASELESS_DAY = re.compile(
    r"(?:,?\s*\b(?P<month>[a-z]{3,9})\.?\s+\d{1,2}(?:,?\s+\d{4})?\b)?"
    r"(?:\s*\(?(?P<source>[^\W\d_]{2,12})\)?)?(?P<dash>\s*[-\u2013\u2014:])?\s+", re.IGNORECASE)
# a headline's label, which a page in one case or in capitals sets off as a dateline's
# place is: "live: police fire tear gas ...", "ANALYSIS: ...", "updated jun 17 2019"
KICKERS = frozenset({"live", "analysis", "opinion", "explainer", "breaking", "exclusive",
                     "editorial", "comment", "commentary", "feature", "interview", "factbox",
                     "watch", "video", "photos", "update", "updated", "updates", "published",
                     "timeline", "profile", "review", "insight", "perspective", "obituary",
                     "last updated"})
DASH = re.compile(r"[-\u2013\u2014:]\s")  # where "--" is, "-" is too: only searched for
REPORTING_WORDS = frozenset({"said", "says", "told", "added", "stated", "noted", "asked"})
DASHES = ("-", "\u2013", "\u2014", ":")
DATELINE_MARKS = (*DASHES, ")")  # a dateline ends with one of these
HEADLINE_CHARS = 300
TOWN_WORDS = 3  # "dera ismail khan"
MIXED_CASE = re.compile(r"[a-z]\W*[A-Z]|[A-Z][a-z]")
SENTENCE_STOP = re.compile(r"[a-z][.!?](\s|$)")
# a sentence's end inside a headline: a word's last letter and a stop, not an initial's
# ("u.s. sanctions ...", "n. korea fires ...")
_INNER_STOP = re.compile(r"[a-z]{2}[.!?]\s")
# a headline's outlet suffix: "Thai police detain 12 - Agency", "... | Outlet"
SUFFIX = re.compile(r"\s[-\u2013\u2014|]\s(?P<outlet>[^\W\d_][\w .&'-]{1,40})\s*$")
# lines that are furniture around the story: bylines, credits, update stamps, share bars
FURNITURE = re.compile(
    r"^\s*(?:by\s+[^\W\d_][\w.' -]{0,40}(?:\||$)|photo\b|\(photo|updated\b|last updated\b|"
    r"published\b|share\b|read more\b|"
    r"image\b|credit\b|file photo\b)", re.IGNORECASE)
# a dateline's day with no year after it: "Aug 5", "june 17", "14 March"
YEARLESS_DAY = re.compile(rf"\b(?:{MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})\b(?!,?\s*\d{{4}})",
                          re.IGNORECASE)
# a full date: "14 March 2024", "Jun 17, 2019", "March 10, 2002"
STORY_DATE = re.compile(
    r"\b(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\b")
STORY_FROM = re.compile(r"\s*(?:this (?:story|article) is from|dated?)\b", re.IGNORECASE)
CREDIT = re.compile(r"\((?:photo|image|file)[^()\n]{0,60}\)", re.IGNORECASE)


@dataclass
class Frame:
    """Character ranges of the frame, and what it says of the story's place and source."""

    place: str | None = None  # the dateline's first place ("Lima")
    country: str | None = None  # a country the dateline names after the place
    place_span: tuple[int, int] | None = None
    dateline_span: tuple[int, int] | None = None  # "PRAGUE, April 19 (Agency) -"
    spans: list[tuple[int, int]] = field(default_factory=list)  # never a party
    outlets: list[str] = field(default_factory=list)  # names the frame gives as source
    # a full date the frame gives ("Published: 14 March 2024", "This story is from March 10,
    # 2002", "LIMA, Dec 21, 2022 (Agency) -"), and what kind of line gave it
    date_text: str | None = None
    date_source: str | None = None  # dateline, furniture
    headline_end: int = 0  # where the headline (the first line of words) ends

    def read_dateline(self, place: str, place_start: int, span: tuple[int, int],
                      wires: tuple[str | None, ...] = (), country: str | None = None) -> None:
        """The dateline at `span` names `place` (at `place_start`) and the wires given."""
        self.place, self.country = place, country
        self.place_span = (place_start, place_start + len(place))
        self.dateline_span = span
        self.spans.append(span)  # "PRAGUE, April 19 (Agency) -" acts on nobody
        self.outlets.extend(wire.strip() for wire in wires if wire)

    def yearless_day(self, text: str) -> str | None:
        """The day the dateline gives without a year ("JAJPUR, Aug 5:", "sopore june 17")."""
        if self.dateline_span is None:
            return None
        found = YEARLESS_DAY.search(text[slice(*self.dateline_span)])
        return found.group() if found is not None else None

    def covers(self, start: int, end: int) -> bool:
        # asked of every mention: most frames have no span, told without a generator
        return bool(self.spans) and any(a <= start and end <= b for a, b in self.spans)


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Each line with words, from its first word on (a scraped page may indent them),
    and where that word is."""
    found, at = [], 0
    for line in text.split("\n"):
        words = line.lstrip()
        if words.strip():
            found.append((at + len(line) - len(words), words))
        at += len(line) + 1
    return found


def read_frame(text: str, known_outlets: frozenset[str] = frozenset(),
               town: Callable[..., bool] | None = None) -> Frame:
    """`town(name, dated=False)`: whether a name is a sizeable town's (the gazetteer's), for
    the town a page in one case or stripped of its marks opens with; `dated`, when a day
    follows the name."""
    frame = Frame()
    paragraphs = _paragraphs(readable(text))
    for at, line in paragraphs:
        if FURNITURE.match(line):
            frame.spans.append((at, at + len(line)))
        for credit in CREDIT.finditer(line):
            frame.spans.append((at + credit.start(), at + credit.end()))
    for at, line in paragraphs[:DATELINE_PARAGRAPHS]:
        if _dateline(frame, at, line, known_outlets) or \
                _bare_dateline(frame, at, line, known_outlets):
            break
    else:
        _opening_dateline(frame, paragraphs, text, known_outlets, town)
    _publication(frame, paragraphs[:DATELINE_PARAGRAPHS + 2])
    if paragraphs:
        _headline(frame, *paragraphs[0] if len(paragraphs[0][1]) > 12 or len(paragraphs) < 2
                  else paragraphs[1], known_outlets)
    return frame


def _named_place(place: str, known: frozenset[str]) -> tuple[str, str | None]:
    """The place a dateline names first, and a wire's name run into it on a page without
    marks: 'yerevan/baku' -> 'yerevan'; 'islamabad ap' -> 'islamabad', 'ap'."""
    place = place.split("/")[0].strip()
    first, _, last = place.rpartition(" ")
    return (first, last) if first and last.lower() in known else (place, None)


def _dateline(frame: Frame, at: int, line: str, known: frozenset[str]) -> bool:
    if not any(mark in line for mark in DATELINE_MARKS):
        return False  # the pattern's long search is spared
    found = DATELINE.match(line)
    if found is None:
        return False
    place = found.group("place").strip()
    run_in_day = None if found.group("day") else RUN_IN_DAY.search(place)
    if run_in_day and run_in_day.start():
        place = place[:run_in_day.start()]  # "almaty jan 6": the place is "almaty"
    if place.lower() in KICKERS:
        return False
    shouting = place.isupper() or line[found.end():found.end() + 1].islower()
    # "karachi: police on monday fired ...": a page printed all in lower case
    lowered = line.islower() and len(place.split()) <= 2 and \
        not REPORTING_WORDS & set(place.split())
    day = found.group("day") or run_in_day
    source = found.group("source") or found.group("wire")
    if not (day or source or (shouting and place.isupper()) or lowered):
        return False
    dashless = not line[:found.end()].rstrip().endswith(DASHES)
    if dashless and not (day and found.group("source")):
        return False  # "The Asia-Pacific Economic Cooperation (APEC) forum" is no dateline
    if len(place.split()) > 4 or len(line) - found.end() < 20:
        return False  # a headline's "Gopalganj: Youth dies ..." is read where the story opens
    name, run_in = _named_place(place, known)
    frame.read_dateline(name, at + found.start("place"), (at, at + found.end()),
                        (source, run_in), found.group("country"))
    return True


def _opening_dateline(frame: Frame, paragraphs: list[tuple[int, str]], text: str,
                      known: frozenset[str], town: Callable[..., bool] | None) -> None:
    """No paragraph opens with a dateline: one the headline runs into, else on a page in
    one case or stripped of its marks, the town the story opens with."""
    if not paragraphs or _inline_dateline(frame, *paragraphs[0]) or town is None:
        return
    if (lower_case_text(text) or stripped_page(text)) and \
            _inline_town_dateline(frame, *paragraphs[0], known, town):
        return
    _town_dateline(frame, paragraphs[:DATELINE_PARAGRAPHS], town, text)


def _inline_town_dateline(frame: Frame, at: int, line: str, known: frozenset[str],
                          town: Callable[..., bool]) -> bool:
    """'... over border crisis brussels dec 2 wire - the european union ...': a town and
    a day after a headline on a page without cases or marks."""
    for found in CASELESS_DAY.finditer(line, 1, HEADLINE_CHARS + 60):
        if found.start() > HEADLINE_CHARS or _INNER_STOP.search(line[:found.start()]):
            return False
        month = (found.group("month") or "").lower()
        dated = bool(month) and any(m.startswith(month) for m in MONTHS)
        if not (dated or found.group("dash") and not month) or len(line) - found.end() < 20:
            continue  # "brussels dec 2 -", "islamabad ap -", not "karachi police on"
        before = line[:found.start()]
        name = _town_before(before, partial(town, dated=dated))
        end, wire = _end_and_wire(found, known)
        if name is None and found.group("source") and found.group("dash") and not month:
            # "... 15 booked karachi: police on monday ...": the word before the mark is
            # the town, not a wire's name
            before, end, wire = line[:found.end("source")], found.end(), None
            name = _town_before(before, town)
        if name is None:
            continue
        frame.read_dateline(name, at + before.rindex(name), (at, at + end), (wire,))
        frame.headline_end = frame.place_span[0]
        return True
    return False


def _town_before(text: str, town: Callable[[str], bool]) -> str | None:
    """The town the text ends with, or the one before a country set off by a comma
    ('... crisis brussels', '... raid; maiduguri, nigeria')."""
    words = text.split()
    for country in (0, 1, 2):  # words of a country after the town's comma
        if country and not (len(words) > country and words[-country - 1].endswith(",")):
            continue
        kept = [w.rstrip(",") for w in words[:len(words) - country]]
        for n in range(min(TOWN_WORDS, len(kept)), 0, -1):
            name = " ".join(kept[-n:])
            if town(name) and name in text:
                return name
    return None


def _inline_dateline(frame: Frame, at: int, line: str) -> bool:
    """A dateline inside the first paragraph, after a headline that has no end of a
    sentence: the headline and the dateline are the frame, the story starts after them."""
    if not DASH.search(line, 0, HEADLINE_CHARS + 60):
        return False  # no dateline's dash: most texts, told quickly
    for found in INLINE_DATELINE.finditer(line, 1, HEADLINE_CHARS + 60):
        if found.start() > HEADLINE_CHARS or _INNER_STOP.search(line[:found.start()]):
            return False
        if not (found.group("day") or found.group("source")) or \
                len(line) - found.end() < 20 or len(found.group("place")) < 3:
            continue
        frame.read_dateline(found.group("place"), at + found.start("place"),
                            (at, at + found.end()), (found.group("source"),),
                            found.group("country"))
        frame.headline_end = at + found.start()
        return True
    return False


def _bare_dateline(frame: Frame, at: int, line: str, known: frozenset[str]) -> bool:
    """A dateline without its commas (and brackets, and often its dash), on a page
    stripped of its punctuation: the place in one case (all lower or all upper), a month's
    name and a day, the wire's name before a dash, then the story."""
    if any(mark in line[:60] for mark in (",", ")")):
        return False
    found = BARE_DATELINE.match(line)
    if found is None or len(line) - found.end() < 20:
        return False
    place, month = found.group("place"), found.group("day").split()[0].lower()
    if not (place.islower() or place.isupper()) or place.lower() in KICKERS or \
            not any(m.startswith(month) for m in MONTHS if len(month) >= 3):
        return False
    end, wire = _end_and_wire(found, known)
    name, run_in = _named_place(place, known)
    frame.read_dateline(name, at, (at, at + end), (wire, run_in))
    return True


def _end_and_wire(found: re.Match, known: frozenset[str]) -> tuple[int, str | None]:
    """Where a dateline without its marks ends, and the wire it names: a word after the
    day is the wire's when a dash follows it or the wire is known, else the story's first
    ('karachi dec 2 police on monday ...')."""
    source = found.group("source")
    if not source or found.group("dash") or source.lower() in known:
        return found.end(), source
    return found.start("source"), None


def _town_dateline(frame: Frame, paragraphs: list[tuple[int, str]],
                   town: Callable[..., bool], text: str) -> None:
    """'karachi police on monday fired ...': a page lower-cased or stripped of its marks
    keeps the town of a dateline such as 'KARACHI: Police on Monday ...' as the first
    words of its story (the first paragraph longer than a headline), with nothing to set
    it off."""
    story = next(((at, line) for at, line in paragraphs if longer_than_a_headline(line)),
                 None)
    if story is None:
        return
    at, line = story
    words = line.split()[:TOWN_WORDS + 1]
    shouted = _shouted_town(words, town)
    if shouted:  # "DHAKA Police fired ...", "COLOMBO Police arrested ...": a dateline
        frame.read_dateline(shouted, at, (at, at + len(shouted)))
        return
    if MIXED_CASE.search(line) and _sentence_stop(line):
        return  # a paragraph in its cases and marks: most pages, told quickly
    for n in range(min(len(words), TOWN_WORDS), 0, -1):
        name = " ".join(words[:n])
        if line.startswith(name) and town(name):
            if not (lower_case_text(text) or stripped_page(text)):
                return
            frame.read_dateline(name, at, (at, at + len(name)))
            return


def _shouted_town(words: list[str], town: Callable[..., bool]) -> str | None:
    """A town in capitals that a story in its cases opens with, its marks lost, before a
    capitalised word: 'DHAKA Police fired ...' (a name in capitals is no sentence's
    start)."""
    for n in range(len(words) - 1, 0, -1):
        name = " ".join(words[:n])
        following = words[n]
        if len(name) >= 4 and name.isupper() and name.replace(" ", "").isalpha() and \
                following[:1].isupper() and not following.isupper() and town(name):
            return name
    return None


def _sentence_stop(line: str) -> bool:
    """SENTENCE_STOP's answer, told first at the line's end, where most lines have one
    (the search walks the whole line to find it there)."""
    end = line.rstrip()
    if len(end) >= 2 and end[-1] in ".!?" and "a" <= end[-2] <= "z":
        return True
    return SENTENCE_STOP.search(line) is not None


def _publication(frame: Frame, paragraphs: list[tuple[int, str]]) -> None:
    """The story's date, where the page prints one: its dateline, else a line of furniture
    ('Updated: Jun 17, 2019', 'By Correspondent | July 26, 2019', 'This story is from
    March 10, 2002')."""
    for at, line in paragraphs:
        framed = max((b for a, b in frame.spans if a <= at < b), default=at) - at
        if STORY_FROM.match(line):
            framed = len(line)
        stamp = STORY_DATE.search(line[:framed])
        if stamp is not None:
            frame.date_text = stamp.group()
            frame.date_source = "dateline" if frame.place_span and \
                frame.place_span[0] == at else "furniture"
            return


def _headline(frame: Frame, at: int, line: str, known: frozenset[str]) -> None:
    if len(line) > HEADLINE_CHARS:
        return  # a text that opens with a paragraph, or with one giant line, has no headline
    if frame.dateline_span is not None and frame.dateline_span[0] == at:
        return  # "MINSK, May 2 (Wire) - Police arrested ...": the lede, not a headline
    frame.headline_end = at + len(line)
    suffix = SUFFIX.search(line)
    if suffix and suffix.group("outlet").strip().lower() in known:
        frame.spans.append((at + suffix.start(), at + len(line)))
        frame.outlets.append(suffix.group("outlet").strip())
