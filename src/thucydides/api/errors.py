"""Bad requests as one-line messages that name the parameter at fault."""

from __future__ import annotations

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse


class BadParameter(Exception):
    def __init__(self, name: str, message: str):
        super().__init__(f"{name}: {message}")


def bad_parameter(_: Request, exc: BadParameter) -> JSONResponse:
    return JSONResponse({"detail": str(exc)}, status_code=422)


def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
    """FastAPI's list of errors, as '<parameter>: <what is wrong>' joined by '; '."""
    messages = [f"{error['loc'][-1]}: {error['msg']}" for error in exc.errors()]
    return JSONResponse({"detail": "; ".join(messages)}, status_code=422)
