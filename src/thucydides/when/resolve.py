"""Turn a time expression into a calendar day, given the publication date and the tense.

The common relative forms of news copy ("on Thursday", "a week ago", "last
month", "February 24") are resolved here, with the precision they carry; other
forms go to dateparser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..dates import MONTHS, WEEKDAYS

MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
           "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
           "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
           "several": 3, "a few": 3, "few": 3, "couple of": 2, "a couple of": 2}
# the number words, longest first, as a pattern's alternatives
_N = "|".join(sorted((re.escape(w) for w in NUMBERS), key=len, reverse=True))
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|" \
         r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
MONTH_DAY = re.compile(rf"^{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?$")
DAY_MONTH = re.compile(rf"^{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?$")
MONTH_YEAR = re.compile(rf"^{_MONTH}(?:,?\s+{_YEAR})?$")
# a month told by the year around it: "February this year", "March of last year", "last
# June", "this February"
_SHIFT = r"(?P<shift>last|previous|this|next|coming)"
MONTH_OF_YEAR = re.compile(rf"^{_MONTH}\s+(?:of\s+)?{_SHIFT}\s+year$")
SHIFTED_MONTH = re.compile(rf"^{_SHIFT}\s+{_MONTH}$")
SHIFTS = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}
# a season is dated by its first month (spring March, summer June, autumn September, winter
# December) with precision "season": "the autumn of 2013", "last spring", "summer 2019"
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"
SEASON = re.compile(rf"^(?:{_SHIFT}\s+)?{_SEASON}"
                    rf"(?:\s+(?:of\s+)?(?:{_YEAR}|(?P<yshift>last|this|next)\s+year))?$")
# the end of a year is its last month: "at the end of 2019", "by the end of last year"
END_OF = re.compile(r"^(?:the\s+)?end\s+of\s+(?P<rest>.+)$")
ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)$")
# a day of the month alone ("on the 9th", "late on the 3rd") and a day written in figures
# ("on 12/03", day or month first: the nearest that fits)
DAY_ONLY = re.compile(r"^(?P<day>\d{1,2})(?:st|nd|rd|th)$")
FIGURES = re.compile(r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?:[/.](?P<year>(?:19|20)?\d\d))?$")
YEAR = re.compile(rf"^{_YEAR}$")
DECADE = re.compile(r"^(?P<year>(?:19|20)\d0)s$")
# "sixteen years ago this week": the week of writing, so many years back
AGO = re.compile(rf"^(?P<n>\d+|{_N})\s+(?P<unit>day|week|month|year)s?\s+"
                 r"(?:ago|earlier|before)(?:\s+this\s+(?P<this>week|month))?$")
# a day told from another act's day, not from the day of writing: "four days later", "a day
# earlier", "the next day" (an "ago" is always the writer's)
ANCHORED = re.compile(rf"^(?P<n>\d+|{_N})\s+"
                      r"(?P<unit>day|week|month|year)s?\s+(?P<way>earlier|before|later|after)$")
ANCHORED_DAYS = {"the same day": 0, "that day": 0, "the same night": 0, "that night": 0,
                 "that evening": 0, "that morning": 0, "that afternoon": 0,
                 "the same evening": 0, "the same morning": 0, "earlier in the day": 0,
                 "later in the day": 0, "earlier that day": 0, "later that day": 0,
                 "the next day": 1, "the following day": 1, "the day after": 1,
                 "the next morning": 1, "the following morning": 1,
                 "the previous day": -1, "the day before": -1, "the previous night": -1}
# a length of time, not a point in it ("their 90-minute meeting", "a two-day visit", "for
# about 20 minutes"), and a bare number that is no year: dateparser would read "90" as 1990
DURATION = re.compile(r"^(?:(?:about|around|some|nearly|almost|roughly|approximately|over|under|"
                      r"more than|less than|up to|at least|at most|just over|just under)\s+)?"
                      r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve|several|few|a few)[- ](?:second|minute|hour|day|week|month|year)s?"
                      r"(?:[- ]long)?$|^\d{1,3}$")
# what dateparser is asked about: expressions with a number or a month in them
PARSEABLE = re.compile(r"\d|" + _MONTH.replace("(?P<month>", "(?:"))
# a stretch of time is dated by its start
RANGE = re.compile(r"^(?P<start>.+?)\s+(?:to|until|till|through)\s+.+$")
LEAD = re.compile(r"^(?:(?:on|in|at|since|until|till|by|from|during|as of|of|early|late|mid|"
                  r"the|earlier|later|this past|past)\s+|mid-)")
# "on or around 14 March 2023", "around 2 May 2022": a date told as near enough is that date
NEAR = re.compile(r"^(?:or\s+)?(?:around|about|approximately)\s+")

# a note's qualifier after the day: "2 May 2022 (month of)", "9 June 2024 (as reported)"
NOTE = re.compile(r"\s*\([a-z ]*\)$")


@dataclass(frozen=True)
class Resolved:
    date: date
    precision: str  # day, week, month, year


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _month_start(d: date, shift: int = 0) -> date:
    index = d.year * 12 + d.month - 1 + shift
    return date(index // 12, index % 12 + 1, 1)


def _fit(candidates: list[date], published: date, tense: str) -> date:
    """The candidate that fits the tense: the latest not after publication for the past,
    the earliest not before it for the future."""
    if tense == "future":
        later = [c for c in candidates if c >= published]
        return min(later) if later else max(candidates)
    earlier = [c for c in candidates if c <= published]
    return max(earlier) if earlier else min(candidates)


def _years_back(day: date, n: int) -> date:
    """The same day n years before (February 29 as the 28th)."""
    return day.replace(year=day.year - n, day=min(day.day, 28) if day.month == 2 else day.day)


def _month_number(word: str) -> int:
    return MONTH_ABBR[word.lower().rstrip(".")[:4] if word.lower().startswith("sept")
                      else word.lower()[:3]]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _calendar(text: str, published: date | None, tense: str) -> Resolved | None:
    """Month-day dates, with or without a year; month names; years; ISO dates."""
    for pattern in (ISO, MONTH_DAY, DAY_MONTH):
        m = pattern.match(text)
        if not m:
            continue
        month = int(m["month"]) if pattern is ISO else _month_number(m["month"])
        day, year = int(m["day"]), m["year"]
        if year:
            found = _safe_date(int(year), month, day)
            return Resolved(found, "day") if found else None
        if published is None:
            return None
        years = range(published.year - 4, published.year + 5)  # February 29 included
        options = [d for y in years if (d := _safe_date(y, month, day))]
        return Resolved(_fit(options, published, tense), "day") if options else None
    if published is not None and (found := _day_of_month(text, published, tense)):
        return found
    m = MONTH_YEAR.match(text)
    if m and (m["year"] or published):
        month = _month_number(m["month"])
        if m["year"]:
            return Resolved(date(int(m["year"]), month, 1), "month")
        options = [date(y, month, 1) for y in (published.year - 1, published.year,
                                               published.year + 1)]
        month_of_pub = _month_start(published)
        return Resolved(_fit(options, month_of_pub, tense), "month")
    m = YEAR.match(text) or DECADE.match(text)
    if m:
        return Resolved(date(int(m["year"]), 1, 1), "year")
    return None


def _day_of_month(text: str, published: date, tense: str) -> Resolved | None:
    """'the 9th': that day of this month or the last (the next, for the future); '12/03':
    12 March or 3 December, whichever fits nearer."""
    if m := DAY_ONLY.match(text):
        months = (_month_start(published, k) for k in (-1, 0, 1))
        options = [d for m1 in months if (d := _safe_date(m1.year, m1.month, int(m["day"])))]
    elif m := FIGURES.match(text):
        a, b = int(m["a"]), int(m["b"])
        years = [int(m["year"]) + (2000 if len(m["year"]) == 2 else 0)] if m["year"] else \
            [published.year - 1, published.year, published.year + 1]
        options = [d for y in years for day, month in ((a, b), (b, a))
                   if (d := _safe_date(y, month, day))]
    else:
        return None
    if not options:
        return None
    fitting = [d for d in options if (d <= published) != (tense == "future") or d == published]
    return Resolved(min(fitting or options, key=lambda d: abs((d - published).days)), "day")


def _told_by_year(text: str, published: date) -> Resolved | None:
    """A month or season the year around it places: "February this year", "last June",
    "the autumn of 2013", "last spring"."""
    if m := MONTH_OF_YEAR.match(text):
        return Resolved(date(published.year + SHIFTS[m["shift"]], _month_number(m["month"]), 1),
                        "month")
    if m := SHIFTED_MONTH.match(text):
        return _nth_start(published, 1, _month_number(m["month"]), SHIFTS[m["shift"]], "month")
    if m := SEASON.match(text):
        month = SEASONS[m["season"]]
        if m["year"]:
            return Resolved(date(int(m["year"]), month, 1), "season")
        if m["yshift"]:
            return Resolved(date(published.year + SHIFTS[m["yshift"]], month, 1), "season")
        if m["shift"]:
            return _nth_start(published, 3, month, SHIFTS[m["shift"]], "season")
    return None


def _nth_start(published: date, length: int, month: int, shift: int,
               precision: str) -> Resolved:
    """The start of the period of `length` months that begins in `month`: this year's
    (shift 0; the one under way when it is), the last begun before it (-1: "last June" in
    June is a year back) or the next (1)."""
    year = published.year if published.month >= month else published.year - 1
    begun = date(year, month, 1)
    running = _month_start(begun, length) > published
    if shift == 0:
        return Resolved(begun if running else date(published.year, month, 1), precision)
    if shift < 0:
        return Resolved(date(year - 1, month, 1) if running else begun, precision)
    return Resolved(date(year + 1, month, 1), precision)


def _relative(text: str, published: date, tense: str) -> Resolved | None:
    words = text.split()
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening", "now"):
        return Resolved(published, "day")
    if text in ("yesterday", "last night", "yesterday morning", "yesterday evening"):
        return Resolved(published - timedelta(days=1), "day")
    if text in ("tomorrow", "tomorrow morning"):
        return Resolved(published + timedelta(days=1), "day")
    if len(words) > 1 and words[-1] in ("night", "morning", "afternoon", "evening"):
        words = words[:-1]  # "Thursday night" is Thursday
    if words and words[-1] == "weekend":
        words = [*words[:-1], "saturday"]
    if words and words[-1].rstrip("s") in WEEKDAYS:
        target = WEEKDAYS.index(words[-1].rstrip("s"))
        lead = words[0] if len(words) > 1 else ""
        if lead == "next" or (tense == "future" and lead not in ("last", "past")):
            ahead = (target - published.weekday()) % 7 or 7
            return Resolved(published + timedelta(days=ahead), "day")
        back = (published.weekday() - target) % 7
        if lead == "last" and back == 0:
            back = 7
        return Resolved(published - timedelta(days=back), "day")
    m = AGO.match(text)
    if m:
        n = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"]]
        unit = m["unit"]
        if unit in ("day", "week"):
            return Resolved(published - timedelta(days=n * (7 if unit == "week" else 1)), "day")
        if unit == "month":
            return Resolved(_month_start(published, -n), "month")
        if m["this"] == "week":
            return Resolved(_monday(_years_back(published, n)), "week")
        if m["this"] == "month":
            return Resolved(_years_back(published, n).replace(day=1), "month")
        return Resolved(date(published.year - n, 1, 1), "year")
    for unit, precision in (("week", "week"), ("month", "month"), ("year", "year")):
        shift = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}
        if len(words) == 2 and words[1] == unit and words[0] in shift:
            k = shift[words[0]]
            if unit == "week":
                return Resolved(_monday(published) + timedelta(days=7 * k), precision)
            if unit == "month":
                return Resolved(_month_start(published, k), precision)
            return Resolved(date(published.year + k, 1, 1), precision)
    return None


def anchored(expression: str) -> tuple[int, str] | None:
    """How far from another act's time an expression is, in days or months ("four days
    later": (4, "day"), "a day earlier": (-1, "day"), "the same day": (0, "day"), "a month
    later": (1, "month"), "a year earlier": (-12, "month")), or None when it is not told
    from another act."""
    text = " ".join(expression.lower().split()).strip(" .,")
    if text in ANCHORED_DAYS:
        return ANCHORED_DAYS[text], "day"
    m = ANCHORED.match(text)
    if m is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"]]
    n *= {"day": 1, "week": 7, "month": 1, "year": 12}[m["unit"]]
    unit = "day" if m["unit"] in ("day", "week") else "month"
    return (-n if m["way"] in ("earlier", "before") else n), unit


def shifted(anchor: date, precision: str, shift: tuple[int, str]) -> Resolved | None:
    """A time told from another: days from a day, months from a month or a year ("A month
    later" after "in January 2019" is February 2019)."""
    n, unit = shift
    if unit == "day":
        return Resolved(anchor + timedelta(days=n), "day") if precision == "day" else None
    if precision == "year":
        return Resolved(date(anchor.year + n // 12, 1, 1), "year") if n % 12 == 0 else None
    return Resolved(_month_start(anchor, n), "month")


@lru_cache(maxsize=4096)
def resolve(expression: str, published: date | None, tense: str = "past") -> Resolved | None:
    """The day an expression names, or None when it names none that can be placed."""
    text = " ".join(expression.lower().replace(",", ", ").split()).strip(" .,")
    text = NOTE.sub("", text)
    text = text.replace(" ,", ",")
    while True:
        stripped = LEAD.sub("", text)
        if stripped == text:
            break
        text = stripped
    found = _calendar(text, published, tense) or _calendar(NEAR.sub("", text), published, tense)
    if found or published is None:
        return found
    if (end := END_OF.match(text)) is not None:
        whole = resolve(end["rest"], published, tense)
        return Resolved(whole.date.replace(month=12), "month") \
            if whole is not None and whole.precision == "year" else whole
    if (found := _told_by_year(text, published)) is not None:
        return found
    if (stretch := RANGE.match(text)) is not None:  # "from March to May", "Monday to
        # Wednesday", and a tagger's span past the date: "May to a year"
        return resolve(stretch["start"], published, tense)
    found = _relative(text, published, tense)
    if found is None and PARSEABLE.search(text) and not DURATION.match(text):
        found = _parsed(text, published, tense)
    return found


def _parsed(text: str, published: date, tense: str) -> Resolved | None:
    """Anything else: dateparser, with the publication date as the base."""
    data = _date_parser(published, tense).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    if (day > published) != (tense == "future") and day != published:
        return None  # a date on the wrong side of publication for the tense: not trusted
    period = data.period or "day"
    if period == "week":
        return Resolved(_monday(day), "week")
    if period == "month":
        return Resolved(day.replace(day=1), "month")
    if period == "year":
        return Resolved(date(day.year, 1, 1), "year")
    return Resolved(day, "day")


@lru_cache(maxsize=64)
def _date_parser(published: date, tense: str):
    from datetime import datetime

    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": datetime(published.year, published.month, published.day),
        "PREFER_DATES_FROM": "future" if tense == "future" else "past"})
