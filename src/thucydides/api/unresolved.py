"""GET /api/unresolved: the names the dictionaries miss, with suggested codes (read-only;
recoding stays a command-line action: `thucydides recode`)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel

from ..analysis.unresolved import unresolved
from .db import Cursor

router = APIRouter(prefix="/api")


class Example(BaseModel):
    article_id: str
    start: int | None
    end: int | None
    sentence: str | None
    sentence_start: int | None  # where the sentence starts in the article


class UnresolvedName(BaseModel):
    name: str
    kind: str  # person, or group for any other name
    events: int  # events and statements where the name is a side
    statements: int
    changes: int  # of those, how many the suggested code would change
    code: str | None  # suggested
    sector: str | None
    title: str | None
    evidence: list[str]
    examples: list[Example]


class UnresolvedNames(BaseModel):
    names: list[UnresolvedName]


@router.get("/unresolved", response_model=UnresolvedNames)
def unresolved_names(cur: Cursor, top: Annotated[int, Query(ge=1, le=500)] = 50,
                     since: dt.date | None = None) -> UnresolvedNames:
    """Names of actors, recipients and speakers that no dictionary knows, those a
    dictionary entry would change most first, each with a suggested code and sector, the
    evidence for it and example sentences (as `thucydides actors --unresolved`)."""
    found = unresolved(cur, top, since)
    return UnresolvedNames(names=[UnresolvedName(**u.to_dict()) for u in found])
