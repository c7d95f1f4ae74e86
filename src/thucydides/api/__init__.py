"""The REST API over a store (`thucydides serve`): read-only queries, and coding of posted
text that stores nothing. docs/api.md describes every endpoint."""

from .app import create_app

__all__ = ["create_app"]
