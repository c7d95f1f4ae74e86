"""Possessives back in text stripped of its apostrophes.

A copy that lost its apostrophes writes "kosovos government" and "nairobis slums": the
tokenizer sees one unknown word, the dictionaries no name, and the parser no possessive.
Where the text has no apostrophe at all, a word that is a known name plus "s" (and not a
name itself: "philippines") is split in two, and the "s" is read as "'s" (its norm, which
the tagger and parser see). Offsets are untouched: only the tokens change.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

APOSTROPHES = ("'", "\u2019")


def split_possessives(doc: Doc, text: str, owners: Collection[str], names: Collection[str],
                      cased: bool = True) -> int:
    """Split every "<owner>s" of the Doc of `text`, when that text has no apostrophe;
    returns how many. `owners` are the lower-cased names that own things (states, bodies,
    persons: not "serb" or "houthi", whose plurals are no possessives), `names` all
    lower-cased names. In a `cased` text only a word with a capital is a name ("arms sales"
    is no possessive of Sale)."""
    if any(a in text for a in APOSTROPHES):
        return 0
    split = [tok for tok in doc if len(tok) > 2 and tok.lower_.endswith("s") and tok.is_alpha
             and (tok.is_title or not cased) and _ends_a_name(tok, owners, names)]
    if split:
        with doc.retokenize() as retokenizer:
            for tok in split:
                retokenizer.split(tok, [tok.text[:-1], tok.text[-1]],
                                  heads=[(tok, 0), (tok, 0)],
                                  attrs={"NORM": [tok.norm_[:-1], "'s"]})
    return len(split)


def _ends_a_name(tok: Token, owners: Collection[str], names: Collection[str]) -> bool:
    """The word without its "s" ends an owner's name of up to four words ("new zealands",
    "the african unions") that is not a name with it ("the philippines")."""
    doc = tok.doc
    for start in range(tok.i, max(tok.i - 4, -1), -1):
        words = " ".join(t.lower_ for t in doc[start:tok.i + 1])
        if words in names:
            return False
        if words[:-1] in owners:
            return True
    return False
