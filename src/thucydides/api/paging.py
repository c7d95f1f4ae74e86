"""Keyset paging: a page's `next` is the sort key of its last row, as an opaque string."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json

from ..dates import parse_day
from .errors import BadParameter


def encode(key: tuple) -> str:
    plain = [v.isoformat() if isinstance(v, dt.date) else v for v in key]
    return base64.urlsafe_b64encode(json.dumps(plain).encode()).decode()


def decode(cursor: str, types: tuple[type, ...]) -> tuple:
    """The key a cursor holds; a cursor not made by `encode` with these types is a 422."""
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii")))
        if not isinstance(values, list) or len(values) != len(types):
            raise ValueError
        return tuple(_value(v, t) for v, t in zip(values, types, strict=True))
    except (ValueError, UnicodeError, binascii.Error, TypeError, RecursionError):
        raise BadParameter("cursor", "not a cursor from a previous page") from None


def _value(value, kind: type):
    if kind is dt.date:  # a date, or None for an undated row
        return None if value is None else parse_day(str(value), "cursor")
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ValueError
    return value
