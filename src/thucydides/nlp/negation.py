"""Whether a verb is negated: by a word of its own ('did not sign', 'never'), through its
subject ('no country', 'nobody', 'neither X nor Y'), or by the verb it is joined to ('nor',
'... not registered a case or arrested anyone')."""

from __future__ import annotations

from spacy.tokens import Token

from .labels import ADVMOD, CC, CONJ, DET, NEG, PRECONJ, SUBJECTS
from .parse import children_of, part_of_speech

NEGATORS = frozenset({"no", "never", "neither", "nor", "without"})
NOBODY = frozenset({"none", "nobody", "noone", "nothing"})


def is_negated(tok: Token) -> bool:
    """'did not sign', and 'neither side has signed', 'no country has signed', 'nobody
    signed', 'neither clashed nor exchanged fire': a verb negated itself, through its
    subject, or by 'nor' before it."""
    return any(negates(c) or no_subject(c) for c in children_of(tok)) or after_nor(tok) or \
        or_after_not(tok)


def after_nor(tok: Token) -> bool:
    """'(neither clashed) nor exchanged fire', '(did not attack) nor shell'."""
    return tok.dep == CONJ and any(c.dep == CC and c.lower_ == "nor" for c in children_of(tok.head))


def or_after_not(tok: Token) -> bool:
    """'police have not registered a case or arrested anyone': a verb joined by 'or' to a
    negated one is negated with it."""
    head = tok.head
    return tok.dep == CONJ and part_of_speech(head) == "VERB" and \
        any(c.dep == CC and c.lower_ == "or" for c in children_of(head)) and \
        any(negates(c) for c in children_of(head))


def no_subject(child: Token) -> bool:
    """'Neither Sudan's army nor the RSF', 'no country', 'nobody': a subject that says none."""
    if child.dep not in SUBJECTS:
        return False
    first = child.left_edge
    return child.lower_ in NOBODY or neither(child) or \
        (first.lower_ in ("no", "neither") and first.dep in (DET, PRECONJ))


def negates(child: Token) -> bool:
    """'not', 'never', 'no', 'no longer': a word that negates the word it hangs from."""
    dep = child.dep
    return dep == NEG or (dep in (DET, PRECONJ) and child.lower_ in NEGATORS) or \
        (dep == ADVMOD and child.lower_ in ("longer", "more") and
         any(g.lower_ == "no" for g in children_of(child)))


def neither(subject: Token) -> bool:
    """'Neither Russia nor Ukraine has attacked the plant'."""
    return subject.dep in SUBJECTS and \
        any(c.dep == PRECONJ and c.lower_ == "neither" for c in children_of(subject))
