"""What a story is about, when it is not politics: sport, business, science, culture,
products, weather, a school, ordinary crime (word lists in events/data/domains.yaml)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from ..datafile import read_mapping
from ..errors import DomainsError

DOMAINS_FILE = Path(__file__).parents[1] / "events" / "data" / "domains.yaml"


@lru_cache(maxsize=4)
def load_domains(path: Path = DOMAINS_FILE) -> dict[str, re.Pattern]:
    """Each domain's words as one pattern over lower-cased text (plurals included)."""
    data = read_mapping(path, DomainsError, "'domains'")
    patterns = {}
    for name, words in (data.get("domains") or {}).items():
        if not isinstance(words, list):
            raise DomainsError(f"{path}: domain {name} needs a list of words, got {words!r}")
        alternatives = "|".join(sorted((re.escape(str(w).lower()) for w in words), key=len,
                                       reverse=True))
        patterns[name] = re.compile(rf"\b(?:{alternatives})(?:s|es)?\b")
    return patterns


def domain_shares(sentences: Iterable[str], patterns: dict[str, re.Pattern]) -> dict[str, float]:
    """For each domain, the share of the sentences that use one of its words."""
    texts = [s.lower() for s in sentences]
    if not texts:
        return {}
    return {name: sum(bool(p.search(t)) for t in texts) / len(texts)
            for name, p in patterns.items()}
