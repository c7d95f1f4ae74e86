"""What a story is about, when it is not politics: sport, business, science, culture,
products, weather, a school, ordinary crime (word lists in events/data/domains.yaml)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..datafile import read_mapping
from ..errors import DomainsError

DOMAINS_FILE = Path(__file__).parents[1] / "events" / "data" / "domains.yaml"


@dataclass(frozen=True)
class Domains:
    patterns: dict[str, re.Pattern]  # each domain's words, over lower-cased text
    any_word: re.Pattern  # the words of every domain: most sentences use none


@lru_cache(maxsize=4)
def load_domains(path: Path = DOMAINS_FILE) -> Domains:
    """Each domain's words as one pattern over lower-cased text (plurals included)."""
    data = read_mapping(path, DomainsError, "'domains'")
    patterns, every = {}, []
    for name, words in (data.get("domains") or {}).items():
        if not isinstance(words, list):
            raise DomainsError(f"{path}: domain {name} needs a list of words, got {words!r}")
        patterns[name] = _words(words)
        every += words
    return Domains(patterns, _words(every))


def _words(words: list) -> re.Pattern:
    alternatives = "|".join(sorted((re.escape(str(w).lower()) for w in words), key=len,
                                   reverse=True))
    return re.compile(rf"\b(?:{alternatives})(?:s|es)?\b")


def domain_shares(sentences: Iterable[str], domains: Domains) -> dict[str, float]:
    """For each domain, the share of the sentences that use one of its words."""
    texts = [s.lower() for s in sentences]
    if not texts:
        return {}
    used = [t for t in texts if domains.any_word.search(t)]  # one search, not one a domain
    return {name: sum(bool(p.search(t)) for t in used) / len(texts)
            for name, p in domains.patterns.items()}
