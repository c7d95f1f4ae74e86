"""GET /api/cameo: the CAMEO codebook by code or words, with both quad conventions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from ..events.codebook import UnknownCode, lookup
from .errors import BadParameter

router = APIRouter(prefix="/api")


class CameoCode(BaseModel):
    code: str
    name: str
    plover_type: str = Field(description="PLOVER type, or STATEMENT for CAMEO 01")
    goldstein: float
    plover_quad: int | None = Field(
        description="the PLOVER type's quad: what the store, dyad and the dashboard count")
    QuadClass: int | None = Field(  # noqa: N815 (GDELT's own name)
        description="GDELT's QuadClass, from the CAMEO root: what the GDELT export writes")


@router.get("/cameo", response_model=list[CameoCode])
def cameo(q: Annotated[str, Query(min_length=1, max_length=200)]) -> list[CameoCode]:
    """A code and the codes under it (q=08), or the codes named by words (q=withdraw)."""
    try:
        found = lookup(q)
    except UnknownCode as exc:
        raise BadParameter("q", str(exc)) from None
    return [CameoCode(**vars(e)) for e in found]
