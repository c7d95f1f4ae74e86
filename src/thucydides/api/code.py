"""POST /api/code: code posted text with the real coder; nothing is stored."""

from __future__ import annotations

import asyncio
import hmac
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress

from fastapi import APIRouter, HTTPException, Request
from pydantic import ValidationError

from .. import get_coder
from ..errors import UserError
from ..ingest.formats import text_article
from ..records import Article
from .errors import BadParameter
from .models import Coded, CodeRequest

MAX_BODY = 1_000_000  # bytes
router = APIRouter(prefix="/api")
# the coder codes one text at a time, always in the same thread: the memory a parse took
# is then reused by the next (threads of their own would each keep a parse's worth)
_coding = ThreadPoolExecutor(1, thread_name_prefix="coder")


def _check_token(request: Request) -> None:
    token = request.app.state.token
    if token is None:
        return
    given = request.headers.get("authorization", "")
    if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
        raise HTTPException(401, "a valid 'Authorization: Bearer <token>' header is required",
                            headers={"WWW-Authenticate": "Bearer"})


async def _body(request: Request) -> bytes:
    """The body, refused as soon as it is known to be over MAX_BODY: by its Content-Length,
    or by the bytes that actually come (a client may send more than it says, or stream)."""
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
        raise HTTPException(413, f"body over {MAX_BODY:,} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise HTTPException(413, f"body over {MAX_BODY:,} bytes")
    return bytes(body)


def warm_coder() -> Future:
    """Load the coder and code a sentence on the coding thread (the server opens its store
    meanwhile), so that the first POST is as fast as the next."""
    def warm() -> None:
        with suppress(UserError):  # no model: the first POST says so
            get_coder().code(Article(id="warm", text="Russia met France in Paris.",
                                     date="2022-01-01"))

    return _coding.submit(warm)


def _code(text: str, date: str | None) -> Coded:
    coded = get_coder().code(text_article(text, date))
    if coded.error is not None:  # the coder failed on this text: say why, as JSON
        raise HTTPException(422, f"the coder could not code this text: {coded.error}")
    return Coded(events=coded.events, statements=coded.statements,
                 warnings=coded.warnings)


@router.post("/code", response_model=Coded, openapi_extra={"requestBody": {
    "required": True,
    "content": {"application/json": {"schema": CodeRequest.model_json_schema()}}}})
async def code(request: Request) -> Coded:
    """Code a text (at most 1 MB of JSON) as `thucydides code` does; nothing is stored."""
    _check_token(request)
    try:
        posted = CodeRequest.model_validate_json(await _body(request))
    except ValidationError as exc:
        error = exc.errors()[0]
        name = error["loc"][-1] if error["loc"] else "body"
        raise BadParameter(str(name), error["msg"]) from None
    date = posted.date and posted.date.isoformat()
    return await asyncio.get_running_loop().run_in_executor(_coding, _code, posted.text, date)
