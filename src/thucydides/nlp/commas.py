"""Commas for text stripped of its punctuation.

Without its commas the parser reads "kashif mehmood a father of three said" or "police
said on monday the two men were arrested" as one clause, and a name, an apposition or a
clause is taken for the subject of the next verb. Here a small logistic model, over the
same features of each gap as the sentence-end model, guesses where the commas were; the
parser reads a copy of the tokens with those commas in it, and its parse is laid back on
the tokens of the text as it came, so offsets and the text stay untouched.
`train/train_commas.py` fits the model on the project's punctuated articles, stripped of
their marks.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, TAG
from spacy.tokens import Doc, Token

from .sentence_ends import EndModel, case, read_model, word

MODEL_FILE = Path(__file__).parent / "data" / "commas.json"
GUESSED = "thucydides.commas"  # user_data: where the commas were set in
# what the parse lays back on the tokens as they came
PARSED = [TAG, POS, MORPH, LEMMA, NORM, HEAD, DEP, ENT_IOB, ENT_TYPE]
IOB_INSIDE, IOB_OUTSIDE, IOB_BEGIN = 1, 2, 3


class CommaModel(EndModel):
    def commas(self, words: list[str], cases: list[str] | None = None,
               tags: list[str] | None = None) -> list[int]:
        """Where a comma goes (before words[i]): each gap the model rates over its
        threshold, but never two in a row."""
        chances = self.chances(words, cases, tags)
        picked: list[int] = []
        for i in range(1, len(words)):
            if chances[i] < self.threshold:
                continue
            if picked and picked[-1] == i - 1:
                if chances[i] <= chances[i - 1]:
                    continue
                picked.pop()
            picked.append(i)
        return picked


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_FILE) -> CommaModel:
    """The model shipped with the package (train/train_commas.py makes it)."""
    return read_model(path, CommaModel)


def comma_gaps(stretches: list[list[Token]], tags: list[str] | None, cased: bool,
               model: CommaModel | None = None) -> list[int]:
    """The tokens of the stretches of a Doc that lost its marks (and the Doc's tags) a
    comma is guessed before: never one that starts a sentence or follows no space."""
    model = model or load_model()
    gaps = []
    for tokens in stretches:
        kept = [t for t in tokens if word(t)]
        words = [word(t) for t in kept]
        cases = [case(t.text) for t in kept] if cased else None
        for i in model.commas(words, cases, tags and [tags[t.i] for t in kept]):
            tok, before = kept[i], kept[i - 1]
            if before.i == tok.i - 1 and before.whitespace_ and not tok.is_sent_start:
                gaps.append(tok.i)
    return gaps


def with_commas(doc: Doc, gaps: list[int]) -> Doc:
    """A copy of the Doc's tokens with a comma before each token of `gaps`, for the parser
    only: it remembers where, for `without_commas`, and keeps the Doc's user data (its kept
    text too, which is not the copy's)."""
    if not gaps:
        return doc
    at = set(gaps)
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool | None] = []
    norms: list[str] = []
    added = []
    for tok in doc:
        if tok.i in at:
            spaces[-1] = False
            added.append(len(words))
            words.append(",")
            spaces.append(True)
            starts.append(False)
            norms.append(",")
        words.append(tok.text)
        spaces.append(bool(tok.whitespace_))
        starts.append(tok.is_sent_start)
        norms.append(tok.norm_)
    user_data = {**doc.user_data, GUESSED: added}
    copy = Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts, user_data=user_data)
    for tok, norm in zip(copy, norms, strict=True):
        tok.norm_ = norm
    return copy


def without_commas(doc: Doc) -> Doc:
    """The parsed Doc laid back on its tokens without the guessed commas (a Doc that has
    none is returned as it is)."""
    if GUESSED not in doc.user_data:
        return doc
    gone = set(doc.user_data[GUESSED])
    kept = [t.i for t in doc if t.i not in gone]
    index = {old: new for new, old in enumerate(kept)}
    array = doc.to_array(PARSED)[kept].astype(np.int64)
    head = PARSED.index(HEAD)
    for new, old in enumerate(kept):
        array[new, head] = index[_kept_head(doc[old], gone).i] - new
    _mend_entities(array[:, PARSED.index(ENT_IOB)], array[:, PARSED.index(ENT_TYPE)])
    spaces = [bool(doc[i].whitespace_ or (i + 1 in gone and doc[i + 1].whitespace_))
              for i in kept]
    user_data = {k: v for k, v in doc.user_data.items() if k != GUESSED}
    back = Doc(doc.vocab, words=[doc[i].text for i in kept], spaces=spaces,
               user_data=user_data)
    return back.from_array(PARSED, array.astype(np.uint64))


def _kept_head(tok: Token, gone: set[int]) -> Token:
    """The token's head, or the head of the comma it hangs from; a word under a comma
    that heads its sentence heads a sentence of its own."""
    head = tok.head
    while head.i in gone and head.head.i != head.i:
        head = head.head
    return tok if head.i in gone else head


def _mend_entities(iob: np.ndarray, types: np.ndarray) -> None:
    """An entity that began on a comma now begins on its first word."""
    for i in range(len(iob)):
        if iob[i] == IOB_INSIDE and (i == 0 or iob[i - 1] == IOB_OUTSIDE or
                                     types[i - 1] != types[i]):
            iob[i] = IOB_BEGIN
