"""GET /api/clusters, /api/clusters/{id}: real-world events and the articles reporting them."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

from ..analysis.names import UnknownName
from ..analysis.tables import CLUSTER_COLUMNS, cluster_table
from ..columns import from_row
from ..records import StoredEvent
from ..store.query import EventFilter
from ..store.reading import named_rows
from .db import Cursor
from .errors import BadParameter
from .events import Text, find_events, plover_type
from .models import Cluster, ClusterEvents, Clusters

router = APIRouter(prefix="/api")


def _clusters(cur, f: EventFilter) -> list[Cluster]:
    try:
        table = cluster_table(cur, f)
    except UnknownName as exc:
        raise BadParameter(exc.argument, exc.reason) from None
    return [Cluster(**dict(zip(table.names, row, strict=True))) for row in table.rows]


@router.get("/clusters", response_model=Clusters)
def clusters(cur: Cursor, actor: Text = None, recipient: Text = None, type: Text = None,
             country: Text = None, actor_country: Text = None,
             since: dt.date | None = None, until: dt.date | None = None,
             limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> Clusters:
    """One row per real-world event (docs/schema.md, clusters), oldest first."""
    return Clusters(clusters=_clusters(cur, EventFilter(
        actor=actor, recipient=recipient, type=plover_type(type), country=country,
        actor_country=actor_country, since=since and since.isoformat(),
        until=until and until.isoformat(), limit=limit)))


@router.get("/clusters/{cluster_id}", response_model=ClusterEvents)
def cluster(cluster_id: Annotated[str, Path(max_length=200)], cur: Cursor) -> ClusterEvents:
    """A cluster with its events: one for each report of it, with its article."""
    found = list(named_rows(cur, f"SELECT {', '.join(CLUSTER_COLUMNS)} FROM clusters "
                                 "WHERE cluster_id = ?", [cluster_id]))
    if not found:
        raise HTTPException(404, f"no cluster {cluster_id[:100]!r}")
    rows = find_events(cur, EventFilter(cluster=cluster_id, limit=10_000))
    return ClusterEvents(cluster=Cluster(**found[0]),
                         events=[from_row(StoredEvent, r) for r in rows])
