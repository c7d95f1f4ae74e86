"""What every request passes and every answer carries: the Host header checked (a page
rebound by DNS to this machine names its own host), POST /api/code only as JSON and, without
a token, only from the server's own pages; security headers on every answer."""

from __future__ import annotations

import json
from collections.abc import Iterable

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
# the dashboard and everything else: this server's own scripts, styles and data only
STRICT = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
# Swagger UI starts from an inline script and styles
DOCS = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' "
        "'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'")
HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
           (b"referrer-policy", b"no-referrer")]


def host_name(host: str) -> str:
    """'localhost:8000' -> 'localhost', '[::1]:8000' -> '::1'."""
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return host.rpartition(":")[0] if host.count(":") == 1 else host


class Guard:
    """ASGI middleware. `hosts`: the names the server answers to, None for any (an app
    made for tests or embedding); `token`: whether POST /api/code needs one."""

    def __init__(self, app, hosts: Iterable[str] | None, token: bool):
        self.app = app
        self.hosts = None if hosts is None else {h.lower().strip("[]") for h in hosts}
        self.token = token

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            return await _answer(send, *refusal)
        policy = (DOCS if scope["path"] == "/docs" else STRICT).encode()

        async def secured(message):
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *HEADERS,
                                      (b"content-security-policy", policy)]
            await send(message)

        await self.app(scope, receive, secured)

    def _refusal(self, scope, headers: dict[str, str]) -> tuple[int, str] | None:
        host = headers.get("host", "")
        if self.hosts is not None and host_name(host).lower() not in self.hosts:
            return 400, f"Host {host[:100]!r} is not a name this server answers to"
        if scope["method"] != "POST" or scope["path"] != "/api/code":
            return None
        kind = headers.get("content-type", "").split(";")[0].strip().lower()
        if kind != "application/json":
            return 415, "POST /api/code takes 'Content-Type: application/json'"
        origin = headers.get("origin")
        if not self.token and origin is not None and origin not in _own(scope, host):
            return 403, (f"Origin {origin[:100]!r} is not this server's: without a token, "
                         f"POST /api/code answers the server's own pages only")
        return None


def _own(scope, host: str) -> set[str]:
    return {f"{scope.get('scheme', 'http')}://{host}"}


async def _answer(send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        *HEADERS, (b"content-security-policy", STRICT.encode())]})
    await send({"type": "http.response.body", "body": body})
