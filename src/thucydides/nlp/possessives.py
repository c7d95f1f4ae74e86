"""Possessives back in text stripped of its apostrophes.

A copy that lost its apostrophes writes "kosovos government" and "nairobis slums": the
tokenizer sees one unknown word, the dictionaries no name, and the parser no possessive.
Where the text has no apostrophe at all, a word that is a known name plus "s" (and not a
name itself: "philippines") is split in two, and the "s" is read as "'s" (its norm, which
the tagger and parser see). Offsets are untouched: only the tokens change.
The same copy writes "the governments request" and "the blocs council": a body's or an
office's word after a determiner, with a noun after it that the tagger reads as such
("the governments agreed" keeps its plural), is a possessive too.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .sentence_ends import tagged

APOSTROPHES = ("'", "\u2019")
# the words of bodies and offices whose possessive ("the kingdoms foreign minister") a
# stripped text writes as its plural, and the determiners before them
BODIES = frozenset({
    "government", "kingdom", "bloc", "alliance", "ministry", "party", "army", "military",
    "navy", "agency", "union", "council", "court", "city", "state", "nation", "country",
    "region", "province", "company", "president", "minister", "embassy", "opposition",
    "organisation", "organization", "department", "office", "authority", "commission",
    "committee", "movement", "league", "republic", "capital", "parliament", "assembly",
    "junta", "regime", "cabinet", "administration", "group", "family"})
DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our", "this", "that"})
# what the tagger makes of the word after a possessive: a noun, or an adjective before one
OWNED = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJS", "CD"})
# the ids (lower case) of the words a body's possessive may be written as: "governments"
BODY_FORMS = frozenset(get_string_id(f"{body}s") for body in BODIES)


@lru_cache(maxsize=4)
def _owner_forms(owners: frozenset[str]) -> frozenset[int]:
    """The ids (lower case) of the words that may end an owner's name with its "s": the
    last word of each name, and an "s" ("new zealand" -> "zealands")."""
    return frozenset(get_string_id(name.rsplit(" ", 1)[-1] + "s") for name in owners)


def _lacks(doc: Doc, forms: frozenset[int]) -> bool:
    """No word of the Doc is one of these (by the ids of their lower case): read from the
    Doc's array, without making a token for each word."""
    return forms.isdisjoint(doc.to_array(LOWER).tolist())


def split_possessives(doc: Doc, text: str, owners: Collection[str], names: Collection[str],
                      cased: bool = True) -> int:
    """Split every "<owner>s" of the Doc of `text`, when that text has no apostrophe;
    returns how many. `owners` are the lower-cased names that own things (states, bodies,
    persons: not "serb" or "houthi", whose plurals are no possessives), `names` all
    lower-cased names. In a `cased` text only a word with a capital is a name ("arms sales"
    is no possessive of Sale)."""
    if any(a in text for a in APOSTROPHES):
        return 0
    forms = _owner_forms(frozenset(owners))
    lowers = doc.to_array(LOWER).tolist()
    if forms.isdisjoint(lowers):
        return 0  # most texts: no word ends an owner's name with an "s"
    # only such a word can be a possessive: no token is made for the others
    found = [doc[i] for i, lower in enumerate(lowers) if lower in forms]
    return _split_off_s(doc, [tok for tok in found if len(tok) > 2 and tok.lower_.endswith("s")
                              and tok.is_alpha and (tok.is_title or not cased)
                              and _ends_a_name(tok, owners, names)])


def _split_off_s(doc: Doc, split: list[Token]) -> int:
    """Each token of `split` as its word and an "s" read as "'s"; returns how many."""
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


def split_body_possessives(doc: Doc, text: str, nlp: Language | None) -> int:
    """Split every "<body>s" of the Doc of `text` that a determiner goes before and a noun
    (as the tagger reads the words) after, when the text has no apostrophe: "the
    governments request", "the blocs council"; returns how many."""
    if any(a in text for a in APOSTROPHES) or _lacks(doc, BODY_FORMS):
        return 0
    found = [tok for tok in doc[1:-1] if tok.lower_.endswith("s") and tok.is_alpha
             and tok.lower_[:-1] in BODIES and doc[tok.i - 1].lower_ in DETERMINERS
             and doc[tok.i + 1].is_alpha]
    tags = tagged(doc, nlp) if found else None
    return _split_off_s(doc, [tok for tok in found if tags and tags[tok.i + 1] in OWNED])
