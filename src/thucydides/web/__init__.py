"""The web dashboard: static HTML, CSS and JavaScript that the API server mounts at "/".

It asks the server's JSON API for everything it shows and aggregates nothing itself
(see docs/dashboard.md).
"""

from pathlib import Path

STATIC = Path(__file__).parent / "static"
