"""Who said what: speech verbs, their speakers, and the words reported or quoted."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..actors.resolve import ArticleActors
from ..records import Actor
from .arguments import subject_of

_QUOTE = re.compile(r"[\"\u201c\u201e]([^\"\u201c\u201d\u201e]{3,}?)[\"\u201d]")
CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "parataxis")


@dataclass(frozen=True)
class Said:
    speaker: Actor
    verb: Token
    start: int  # character offsets of the content
    end: int
    direct: bool


def _content_span(verb: Token) -> tuple[int, int] | None:
    for child in verb.children:
        if child.dep_ in CONTENT_DEPS and child.pos_ in ("VERB", "AUX", "NOUN"):
            toks = [t for t in child.subtree if not (t.dep_ == "mark" and t.i == child.left_edge.i)]
            toks = [t for t in toks if not t.is_punct or t.i not in (toks[0].i, toks[-1].i)]
            if toks:
                return toks[0].idx, toks[-1].idx + len(toks[-1])
    return None


def _quotes_in(sent: Span) -> list[tuple[int, int]]:
    base = sent.start_char
    return [(base + m.start(1), base + m.end(1)) for m in _QUOTE.finditer(sent.text)]


def find_statements(sent: Span, actors: ArticleActors, speech: frozenset[str]) -> list[Said]:
    said: list[Said] = []
    quotes = _quotes_in(sent)
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in speech:
            continue
        speakers = [a for a in actors.resolve(subject_of(tok)) if a.code or a.name]
        if not speakers:
            continue
        span = _content_span(tok)
        inside = [q for q in quotes if span and span[0] <= q[0] and q[1] <= span[1] + 1]
        nearby = [q for q in quotes if not span and abs(q[0] - tok.idx) < 40]
        for start, end in inside or nearby:
            said.append(Said(speakers[0], tok, start, end, True))
        if span and not inside:
            said.append(Said(speakers[0], tok, span[0], span[1], False))
    return said
