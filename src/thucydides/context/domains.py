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


WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Domains:
    patterns: dict[str, re.Pattern]  # each domain's words, over lower-cased text
    any_word: re.Pattern  # the words of every domain: most sentences use none
    # the words a sentence must hold to use one of a domain's words (`_openings`)
    openings: dict[str, frozenset[str]]
    any_opening: frozenset[str]


@lru_cache(maxsize=4)
def load_domains(path: Path = DOMAINS_FILE) -> Domains:
    """Each domain's words as one pattern over lower-cased text (plurals included)."""
    data = read_mapping(path, DomainsError, "'domains'")
    patterns, openings, every = {}, {}, []
    for name, words in (data.get("domains") or {}).items():
        if not isinstance(words, list):
            raise DomainsError(f"{path}: domain {name} needs a list of words, got {words!r}")
        patterns[name] = _words(words)
        openings[name] = _openings(words)
        every += words
    return Domains(patterns, _words(every), openings, _openings(every))


def _words(words: list) -> re.Pattern:
    alternatives = "|".join(sorted((re.escape(str(w).lower()) for w in words), key=len,
                                   reverse=True))
    # not after a hyphen: "right-winger" is no winger, "hunger-striker" no striker
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?:s|es)?\b")


def _openings(words: list) -> frozenset[str]:
    """The whole words (runs of word characters) of which a text must hold one to match
    `_words(words)`: a one-word entry with its plurals ("match", "matches"), or the first
    word of an entry of several ("grand" of "grand prix", "drink" of "drink-driving").
    Searching the pattern costs far more than looking the sentence's words up here."""
    found = set()
    for word in (str(w).lower() for w in words):
        first = WORD.match(word)
        if first is None:
            raise DomainsError(f"domain word {word!r} must begin with a letter or digit")
        if first.end() < len(word):
            found.add(first.group())
        else:
            found.update((word, word + "s", word + "es"))
    return frozenset(found)


def domain_shares(sentences: Iterable[str], domains: Domains) -> dict[str, float]:
    """For each domain, the share of the sentences that use one of its words."""
    texts = [s.lower() for s in sentences]
    if not texts:
        return {}
    used = [(t, words) for t in texts
            if not domains.any_opening.isdisjoint(words := set(WORD.findall(t)))
            and domains.any_word.search(t)]  # one search, not one a domain
    if not used:  # most stories: no domain's word
        return dict.fromkeys(domains.patterns, 0.0)
    return {name: sum(1 for t, words in used
                      if not domains.openings[name].isdisjoint(words) and p.search(t))
            / len(texts)
            for name, p in domains.patterns.items()}


def uses(domains: Domains, name: str, sentence: str) -> bool:
    """Whether a sentence uses one of a domain's words."""
    text = sentence.lower()
    return name in domains.patterns and \
        not domains.openings[name].isdisjoint(WORD.findall(text)) and \
        domains.patterns[name].search(text) is not None
