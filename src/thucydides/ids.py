"""The one way thucydides names things: a short, stable digest of what identifies them.

Articles, events, statements, actors and places all get their ids here, so that the same
text read by `code`, `ingest`, Spark or the API gets the same id.
"""

from __future__ import annotations

import hashlib


def digest(*parts: object) -> str:
    """16 hex digits of the SHA-1 of the parts joined by "|" (None counts as empty)."""
    key = "|".join("" if part is None else str(part) for part in parts)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
