"""The FastAPI application: the routes under /api, the dashboard at /."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..web import STATIC
from . import cameo, clusters, code, dyads, events, quotes, unresolved
from . import map as place_map
from .db import Snapshots
from .docs import add_docs
from .errors import BadParameter, bad_parameter, invalid_request
from .guard import Guard
from .params import known_parameters


def create_app(db: str, token: str | None = None, reload_every: float = 10.0,
               hosts: Sequence[str] | None = None) -> FastAPI:
    """The API over a snapshot of the store at `db` (a missing or unreadable store raises
    StoreError here, before any request), followed by a new snapshot when the store has
    changed, checked every `reload_every` seconds (0: never). With a token, POST /api/code
    requires `Authorization: Bearer <token>`; by default $THUCYDIDES_TOKEN, if set ("":
    none). With `hosts`, requests naming another Host are refused (400): the command
    line passes 127.0.0.1, localhost, ::1 and its --host; None answers any (tests)."""
    database = Snapshots(db, reload_every)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        database.start()
        yield
        database.close()

    app = FastAPI(title="thucydides", version=__version__, lifespan=lifespan,
                  description="Political event data coded from news text.",
                  docs_url=None, redoc_url=None, dependencies=[Depends(known_parameters)])
    add_docs(app)
    app.state.db = database
    app.state.token = (os.environ.get("THUCYDIDES_TOKEN") if token is None else token) or None
    app.add_exception_handler(BadParameter, bad_parameter)
    app.add_exception_handler(RequestValidationError, invalid_request)
    for module in (events, dyads, quotes, clusters, code, cameo, place_map, unresolved):
        app.include_router(module.router)
    app.mount("/", StaticFiles(directory=STATIC, html=True, check_dir=False), name="dashboard")
    app.add_middleware(Guard, hosts=hosts, token=app.state.token is not None)
    return app
