"""uvicorn's HTTP protocol with a time limit on the request line and headers: a client
that sends them slowly (slowloris) is cut off instead of holding a connection for ever."""

from __future__ import annotations

import asyncio

from uvicorn.protocols.http.h11_impl import H11Protocol

from ..settings import from_env


class SlowHeaders(H11Protocol):
    """Each request's line and headers must arrive within THUCYDIDES_HEADER_SECONDS
    (default 10) of the connection, or of the previous answer on a kept-alive one."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.header_seconds = from_env("THUCYDIDES_HEADER_SECONDS", 10.0)
        self._expect_headers()

    def _expect_headers(self) -> None:
        self.waiting_after = self.cycle
        self.header_timer = self.loop.call_later(self.header_seconds, self._too_slow)

    def handle_events(self) -> None:
        super().handle_events()
        if self.header_timer is not None and self.cycle is not self.waiting_after:
            self.header_timer.cancel()
            self.header_timer = None

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self.header_timer is None and not self.transport.is_closing():
            self._expect_headers()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.header_timer is not None:
            self.header_timer.cancel()
        super().connection_lost(exc)

    def _too_slow(self) -> None:
        self.header_timer = None
        if self.cycle is self.waiting_after and not self.transport.is_closing():
            self.transport.close()
