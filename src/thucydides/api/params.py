"""A query parameter the endpoint does not take is a 422, not silently ignored
(`/api/events?location=Kyiv` would otherwise list every event)."""

from __future__ import annotations

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from .errors import BadParameter


def _names(dependant: Dependant) -> set[str]:
    """The query parameters of an endpoint and of the dependencies it has."""
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _names(sub)
    return names


def known_parameters(request: Request) -> None:
    """An application-wide dependency: every query parameter must be one the route takes."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    taken = _names(route.dependant)
    unknown = sorted(set(request.query_params) - taken)
    if unknown:
        raise BadParameter(unknown[0], f"not a parameter of {route.path} (it takes "
                                       f"{', '.join(sorted(taken)) or 'none'})")
