"""`thucydides serve`: the REST API and the dashboard over a store."""

from __future__ import annotations

import argparse
import sys
import time

from ..errors import InputError
from .common import store_option


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from ..api import create_app
    from ..api.code import warm_coder
    from ..api.guard import LOCAL_HOSTS
    from ..api.slow import SlowHeaders
    from ..store.db import Store

    if not 0 <= args.port <= 65535:
        raise InputError(f"--port {args.port}: expected 0 to 65535")
    Store(args.db, read_only=True).close()  # a missing or foreign file: one line, at once
    started = time.monotonic()
    if args.reload_every < 0:
        raise InputError(f"--reload-every {args.reload_every}: must be 0 or more")
    print(f"thucydides: opening {args.db} (a snapshot, its events sorted for paging: a store "
          f"of a million events takes some seconds)", file=sys.stderr, flush=True)
    hosts = [*LOCAL_HOSTS, args.host, *(args.allow_host or [])]
    warming = warm_coder()  # beside the snapshot: the first POST /api/code is no slower
    app = create_app(args.db, reload_every=args.reload_every, hosts=hosts)
    warming.result()
    print(f"thucydides: serving {args.db} on http://{args.host}:{args.port}/ "
          f"(ready in {time.monotonic() - started:.1f} s; API docs at /docs; Ctrl-C stops)",
          flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level,
                http=SlowHeaders)
    return 0


def add(sub) -> None:
    p = sub.add_parser("serve", help="the REST API and the dashboard over a store")
    store_option(p)
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.add_argument("--reload-every", type=float, default=10.0, metavar="SECONDS",
                   help="look this often for changes to the store (an ingest beside the "
                        "server) and serve them once the ingest is done; 0: never "
                        "(default: 10)")
    p.add_argument("--allow-host", action="append", metavar="NAME",
                   help="another name the server answers to in the Host header (a proxy's "
                        "public name); 127.0.0.1, localhost, ::1 and --host always "
                        "(repeatable)")
    p.add_argument("--log-level", default="warning",
                   choices=("critical", "error", "warning", "info", "debug"),
                   help="uvicorn's log level (default: warning)")
    p.set_defaults(run=cmd_serve)
