"""Who said what: speech verbs, their speakers, and the words reported or quoted."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..actors.resolve import ArticleActors
from ..nlp.labels import MARK, VBG
from ..nlp.parse import children_of, part_of_speech, subtree_of, words_of
from ..records import Actor
from .arguments import subject_of

_QUOTE = re.compile(r"[\"\u201c\u201e]([^\"\u201c\u201d\u201e\n]{3,}?)[\"\u201d]")
CONTENT_DEPS = ("ccomp", "parataxis", "xcomp", "dobj")  # the first found is the content


@dataclass(frozen=True)
class Said:
    speaker: Actor
    verb: Token
    start: int  # character offsets of the content
    end: int
    direct: bool


def _content(verb: Token, actors: ArticleActors) -> Token | None:
    """The head of what was said: a clause before an object; an object that names someone
    is the one told ("told reporters", "assured him"), not what was said."""
    for dep in CONTENT_DEPS:
        for child in children_of(verb):
            if child.dep_ != dep or part_of_speech(child) not in ("VERB", "AUX", "NOUN"):
                continue
            if dep == "dobj" and any(a.code or a.sector or a.name
                                     for a in actors.resolve(child)):
                continue
            return child
    return None


def _content_span(verb: Token, actors: ArticleActors) -> tuple[int, int] | None:
    child = _content(verb, actors)
    if child is None:
        return None
    toks = list(subtree_of(child))
    marks = [t.i for t in toks if t.dep == MARK and t.head.i == child.i]
    if marks:  # "stated, according to X, that ...": the content starts after "that"
        toks = [t for t in toks if t.i > marks[0]]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    return (toks[0].idx, toks[-1].idx + len(toks[-1])) if toks else None


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of the words inside quotation marks (within one paragraph)."""
    if '"' not in text and "\u201c" not in text and "\u201e" not in text:
        return []  # no opening mark: most texts quote nobody
    return [(m.start(1), m.end(1)) for m in _QUOTE.finditer(text)]


def find_statements(sent: Span, actors: ArticleActors, speech: frozenset[str],
                    all_quotes: list[tuple[int, int]]) -> list[Said]:
    """Each speech verb with a speaker; a quotation goes to the nearest such verb before it."""
    verbs: list[tuple[Token, Actor]] = []
    for tok in words_of(sent, "VERB"):
        if tok.lemma_.lower() in speech and tok.head.lower_ != "worth":
            if tok.tag == VBG and verbs:  # "..., adding that": the same speaker goes on
                verbs.append((tok, verbs[-1][1]))
                continue
            speakers = [a for a in actors.resolve(subject_of(tok)) if a.code or a.name]
            if speakers:
                verbs.append((tok, speakers[0]))
    if not verbs:
        return []
    said: list[Said] = []
    quoted: set[int] = set()
    for start, end in all_quotes:
        if start >= sent.end_char or end <= sent.start_char:
            continue
        before = [v for v in verbs if v[0].idx < start]
        tok, speaker = before[-1] if before else verbs[0]
        said.append(Said(speaker, tok, start, end, True))
        quoted.add(tok.i)
    for tok, speaker in verbs:
        span = _content_span(tok, actors)
        if span and tok.i not in quoted:
            said.append(Said(speaker, tok, span[0], span[1], False))
    return sorted(said, key=lambda s: s.start)
