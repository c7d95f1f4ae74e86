"""The one date parser: days as the store, the API and the command line take them."""

from __future__ import annotations

from datetime import date, datetime
from email.utils import parsedate_to_datetime

from .errors import DateError

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
# the calendar's names as printed ("may" and "march" are English words first)
CALENDAR = tuple(w.title() for w in (*WEEKDAYS, *MONTHS) if w not in ("may", "march"))


def parse_day(value: date | str | None, what: str) -> date | None:
    """A day given by a user (a flag, a query parameter): a date or YYYY-MM-DD, else a
    DateError naming `what` ("--since", "since")."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise DateError(f"{what} {value!r}: expected a day as YYYY-MM-DD") from None


def read_day(value: object) -> date | None:
    """The day of a date found in data (a feed, a page's metadata, a stored column): an ISO
    date or time, or an RFC 822 date as in RSS; None when it is none of these."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    for parse in (lambda v: date.fromisoformat(v[:10]),
                  lambda v: parsedate_to_datetime(v).date(),
                  lambda v: datetime.fromisoformat(v).date()):
        try:
            return parse(value)
        except (TypeError, ValueError, IndexError):
            continue
    return None


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
