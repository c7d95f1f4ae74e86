"""How a record lies flat in a row: the store's columns, their SQL types, the values of a
row and the record read back from one, all from the record's own declaration.

A record class declares its row as ``ROW``, a tuple of names in column order:
- a field (or property) of a plain type is one column of that name;
- a field holding a record is that record's own ``ROW``, each name prefixed with the
  field's (``actor`` -> ``actor_code``, ``actor_sector``, ...);
- a dotted path is one column of a record's field (``location.basis`` -> ``location_basis``),
  for a nested record only partly kept in the row.
A field's SQL type comes from its annotation; ``field(metadata={"sql": "DATE"})`` overrides
it. Reading a row back, a nested record takes every column carrying its prefix, so a query
may add the fields of a joined table (``l.lat AS location_lat``).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from .dates import read_day

SQL_TYPES = {str: "VARCHAR", int: "INTEGER", float: "DOUBLE", bool: "BOOLEAN",
             date: "DATE", datetime: "TIMESTAMP", list[str]: "VARCHAR[]"}


@dataclass(frozen=True)
class Column:
    name: str  # actor_code
    sql: str  # VARCHAR
    path: tuple[str, ...]  # ("actor", "code")


def _plain(hint: object) -> object:
    """X for X | None."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        kept = [a for a in typing.get_args(hint) if a is not type(None)]
        return kept[0] if len(kept) == 1 else hint
    return hint


@cache
def _hints(cls: type) -> dict[str, object]:
    hints = {name: _plain(h) for name, h in typing.get_type_hints(cls).items()}
    for name in dir(cls):  # properties named in a ROW: their return annotation
        attr = getattr(cls, name, None)
        if isinstance(attr, property) and attr.fget is not None:
            hints[name] = _plain(typing.get_type_hints(attr.fget).get("return"))
    return hints


def _sql(cls: type, name: str) -> str:
    declared = {f.name: f.metadata.get("sql") for f in dataclasses.fields(cls)}
    return declared.get(name) or SQL_TYPES[_hints(cls)[name]]


def _record(hint: object) -> type | None:
    return hint if dataclasses.is_dataclass(hint) and isinstance(hint, type) else None


@cache
def columns(cls: type, prefix: tuple[str, ...] = ()) -> tuple[Column, ...]:
    """The columns of a record class, in its ROW's order."""
    out: list[Column] = []
    for entry in cls.ROW:
        head, _, rest = entry.partition(".")
        inner = _record(_hints(cls).get(head))
        if inner is not None and rest:
            out.append(Column("_".join((*prefix, head, rest)), _sql(inner, rest),
                              (*prefix, head, rest)))
        elif inner is not None:
            out.extend(columns(inner, (*prefix, head)))
        else:
            out.append(Column("_".join((*prefix, head)), _sql(cls, head), (*prefix, head)))
    return tuple(out)


def names(cls: type) -> tuple[str, ...]:
    return tuple(c.name for c in columns(cls))


def _value(record: object, path: tuple[str, ...]) -> object:
    for step in path:
        if record is None:
            return None
        record = getattr(record, step)
    return record


def values(cls: type, record: object) -> tuple:
    """A record's row, in the columns' order; days as dates."""
    return tuple(read_day(v) if c.sql == "DATE" else v
                 for c in columns(cls) for v in (_value(record, c.path),))


@dataclass(frozen=True)
class _Field:
    name: str
    hint: object  # X of X | None
    record: type | None  # the record class of a nested record
    optional: bool


@cache
def _fields(cls: type) -> tuple[_Field, ...]:
    """A record class's fields with their resolved types, once per class (resolving the
    annotations costs more than reading a row)."""
    hints = typing.get_type_hints(cls)
    return tuple(_Field(f.name, _plain(hints[f.name]), _record(_plain(hints[f.name])),
                        _plain(hints[f.name]) is not hints[f.name])
                 for f in dataclasses.fields(cls))


def from_row(cls: type, row: dict[str, object], prefix: str = ""):
    """The record of a row {column: value}: a nested record takes every column with its
    prefix; an optional one whose columns are all empty is None."""
    kwargs = {}
    for f in _fields(cls):
        name = prefix + f.name
        if f.record is not None:
            kwargs[f.name] = _nested(f.record, row, name + "_", f.optional)
        elif name in row:
            kwargs[f.name] = _text(row[name], f.hint)
    return cls(**kwargs)


def _nested(cls: type, row: dict[str, object], prefix: str, optional: bool):
    if optional and all(v is None for k, v in row.items() if k.startswith(prefix)):
        return None
    return from_row(cls, row, prefix)


def _text(value: object, hint: object) -> object:
    """Days come back from the store as dates; the records hold them as YYYY-MM-DD."""
    return value.isoformat() if hint is str and isinstance(value, date) else value
