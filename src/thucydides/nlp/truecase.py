"""Capitals back for text written all in lower case, before it is parsed.

The tagger and parser were trained on edited text: in 'police fired on protesters in
kenya on monday' they miss the names and misread the clauses. The names it is handed (the
dictionaries' aliases, the calendar), each sentence's first letter and a lone "i" get their
capitals back, and so do the names of people a title gives ("president gustavo petro":
the words after a title that no English dictionary holds), wherever the text repeats them
("petro said"). Only the letters' case changes, so every character offset holds and the
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


NAME_WORDS = 3  # words of a person's name after a title, at most
ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly")  # an English word's inflections


def english_words(nlp: Language) -> frozenset[str]:
    """The pipeline's English words (its lemmatizer's tables: lemmas and irregular forms);
    none when it has no such tables, and then no name after a title is guessed."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
    except (KeyError, AttributeError):
        return frozenset()
    words: set[str] = set()
    for table in ("lemma_index", "lemma_exc"):
        if table in lookups.tables:
            for forms in lookups.get_table(table).values():
                words.update(forms if isinstance(forms, list) else (forms or {}).keys())
    return frozenset(w for w in words if w.isalpha())


class TrueCaser:
    """Restores the capitals of the given names in a lower-cased text, and of the people's
    names the given titles come before."""

    def __init__(self, nlp: Language, names: Iterable[str], titles: Iterable[str] = ()):
        self.nlp = nlp
        self.make_doc = nlp.make_doc
        self.cased: dict[str, str] = {}
        for name in names:
            low = name.lower()
            if len(name) > 2 and low != name and not nlp.vocab[low].is_stop:
                self.cased.setdefault(low, name)
        self.titles: dict[str, list[tuple[str, ...]]] = {}  # by their last word
        for title in titles:
            words = tuple(title.lower().split())
            self.titles.setdefault(words[-1], []).append(words[:-1])

    @cached_property
    def english(self) -> frozenset[str]:
        """Read when the first lower-cased text comes, as the matcher is."""
        return english_words(self.nlp)

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
        people = self._titled_names(doc)
        for tok in doc:
            if tok.lower_ in people:
                chars[tok.idx] = chars[tok.idx].upper()
        cased = SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), "".join(chars))
        return LONE_I.sub("I", cased)

    def _titled_names(self, doc) -> set[str]:
        """The words of the names titles come before: 'foreign minister penny hadley'."""
        names: set[str] = set()
        if not self.english:  # no English word tables: no name is guessed
            return names
        for tok in doc:
            before = self.titles.get(tok.lower_)
            if before is None or not any(
                    tok.i >= len(words) and
                    all(doc[tok.i - len(words) + n].lower_ == w for n, w in enumerate(words))
                    for words in before):
                continue
            for word in doc[tok.i + 1: tok.i + 1 + NAME_WORDS]:
                if not word.is_alpha or word.is_stop:
                    break
                if self._a_name(word.lower_):  # "penny hadley": the name English lacks
                    names.add(word.lower_)
        return names

    def _a_name(self, word: str) -> bool:
        """A word no English dictionary holds, in any of its forms."""
        if len(word) < 2:
            return False
        stems = {word} | {word[:-len(end)] + e for end in ENDINGS if word.endswith(end)
                          for e in ("", "e")}
        return not stems & self.english
