"""Capitals back for text written all in lower case, before it is parsed.

The tagger and parser were trained on edited text: in 'police fired on protesters in
kenya on monday' they miss the names and misread the clauses. The names it is handed (the
dictionaries' aliases, the calendar), each sentence's first letter and a lone "i" get their
capitals back. Only the letters' case changes, so every character offset holds and the
evidence quotes the text as it came.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

SENTENCE_START = re.compile(r"(^|\n\n|[.!?][\"'\u201d)]?\s+)([a-z])")
LONE_I = re.compile(r"\bi\b")


class TrueCaser:
    """Restores the capitals of the given names in a lower-cased text."""

    def __init__(self, nlp: Language, names: Iterable[str]):
        self.nlp = nlp
        self.make_doc = nlp.make_doc
        self.cased: dict[str, str] = {}
        for name in names:
            low = name.lower()
            if len(name) > 2 and low != name and not nlp.vocab[low].is_stop:
                self.cased.setdefault(low, name)

    @cached_property
    def matcher(self) -> PhraseMatcher:
        """Built when the first lower-cased text comes: most batches have none."""
        matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for low in self.cased:
            matcher.add(low, [self.make_doc(low)])
        return matcher

    def recase(self, text: str) -> str:
        doc = self.make_doc(text)
        chars = list(text)
        for span in filter_spans([Span(doc, s, e) for _, s, e in self.matcher(doc)]):
            name = self.cased.get(span.text.lower(), "")
            if len(name) == len(span.text):
                chars[span.start_char:span.end_char] = name
        cased = SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), "".join(chars))
        return LONE_I.sub("I", cased)
