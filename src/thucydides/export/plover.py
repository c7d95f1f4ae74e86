"""PLOVER JSON Lines: one event a line, with the PLOVER manual's field names (the event,
entity, location, text_info and cite_info records of the manual's data format)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from ..events.ontology import load_ontology
from ..records import Actor, Location, StoredEvent

# PLOVER's auxiliary modes for what the text does not assert
AUXILIARY = {"future": "future", "hypothetical": "hypothetical", "intended": "future",
             "wished": "hypothetical"}


def _entity(actor: Actor) -> list[dict]:
    if actor.code is None and actor.sector is None and actor.name is None:
        return []
    return [{"code": actor.code, "sector": actor.sector, "entity_text": actor.text,
             "identifier_text": actor.name, "office": actor.title}]


def _location(place: Location | None) -> dict | None:
    if place is None:
        return None
    return {"extracted_place": place.name, "resolved_place": place.name,
            "geonameid": place.geonameid, "lat": place.lat, "lon": place.lon,
            "province": place.admin1, "country_code": place.country,
            "feature_class": place.kind, "resolution": place.resolution}


def _modes(e: StoredEvent) -> list[str]:
    modes = [e.mode] if e.mode else []
    if e.polarity == "negated":
        modes.append("negation")
    if e.modality in AUXILIARY:
        modes.append(AUXILIARY[e.modality])
    return modes


def plover_record(e: StoredEvent, scores: dict[str, float]) -> dict:
    return {
        "id": e.id,
        "has_event": e.asserted,
        "date": e.day,
        "actor": _entity(e.actor),
        "recipient": _entity(e.recipient),
        "event": [e.type],
        "event_loc": _location(e.location),
        "event_text": [e.trigger.text] if e.trigger.text else [],
        "quad_code": e.quad,
        "event_scale": scores.get(e.type),
        "mode": _modes(e),
        "context": [],
        "link": e.cluster_id,
        "text": e.evidence.text,
        "text_info": {"sequence": e.sentence, "start": e.evidence.start,
                      "end": e.evidence.end},
        "cite_info": {"corpus": e.path, "url": e.url, "title": e.title,
                      "publication": e.source, "language": "en",
                      "codebook": f"CAMEO {e.cameo}" if e.cameo else None,
                      "version": e.coder_version},
        "coder": f"thucydides {e.coder_version}" if e.coder_version else "thucydides",
        "coded_date": e.added.date().isoformat(),
        "comment": None,
    }


def write_plover(events: Iterable[StoredEvent], out: TextIO) -> int:
    scores = {name: kind.score for name, kind in load_ontology().plover.items()}
    count = 0
    for e in events:
        out.write(json.dumps(plover_record(e, scores), ensure_ascii=False) + "\n")
        count += 1
    return count
