"""Events read back from the store as records, with what their article adds."""

from __future__ import annotations

from collections.abc import Iterator

from ..records import StoredEvent
from ..store.db import Store
from ..store.reading import read_events


def stored_events(store: Store, asserted_only: bool = True,
                  min_confidence: float | None = None) -> Iterator[StoredEvent]:
    """The events of the current version of each article, in date order."""
    where = ("e.asserted" if asserted_only else "true") + " AND e.confidence >= ?"
    return read_events(store.con, where, [min_confidence or 0.0],
                       "coalesce(e.date, a.date) NULLS LAST, e.article_id, e.seq")
