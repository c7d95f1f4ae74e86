"""thucydides: news text in, political event data out.

    >>> import thucydides
    >>> coded = thucydides.code("Russia attacked Ukraine on Thursday.", date="2022-02-25")
    >>> [(e.type, e.actor.code, e.recipient.code) for e in coded.events]
    >>> with thucydides.open("thucydides.duckdb") as store:   # a store: docs/python.md
    ...     store.events(actor="RUS")                        # a pandas DataFrame
"""

from __future__ import annotations

from functools import lru_cache

from .records import Actor, Article, CodedArticle, Event, Location, Span, Statement
from .settings import Settings

__version__ = "0.1.0"
__all__ = ["Actor", "Article", "CodedArticle", "Event", "Location", "Settings", "Span",
           "Statement", "Store", "code", "get_coder", "open"]


@lru_cache(maxsize=4)
def get_coder(settings: Settings | None = None):
    """The coder for these settings, loaded once per process. (Not named `coder`: that is
    the module thucydides.coder, which importing would put in its place.)"""
    from .coder import Coder

    return Coder(settings)


def code(text: str, date: str | None = None, article_id: str | None = None,
         settings: Settings | None = None) -> CodedArticle:
    """Code one text: its events (``.events``) and statements (``.statements``). The
    article's id is by default the one `ingest` gives the same text, and so are the
    events' ids."""
    from .ingest.formats import text_article

    article = text_article(text, date)
    if article_id is not None:
        article.id = article_id
    return get_coder(settings).code(article)


def __getattr__(name: str):
    """`open` and `Store` (thucydides.library), imported when first asked for: a plain
    `import thucydides` stays light."""
    if name in ("open", "Store"):
        from . import library

        return getattr(library, name)
    raise AttributeError(f"module 'thucydides' has no attribute {name!r}")
