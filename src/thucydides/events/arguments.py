"""Who did it and to whom: the actor and recipient of a trigger, from the parse.

Subjects and objects, prepositional recipients ("called on NATO", "talks with
Ukraine"), passives with "by", coordination, control ("urged X to ..."), and
possessives or nationality adjectives on nominal events ("Russia's buildup").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolve import ArticleActors
from ..records import Actor
from .triggers import Match

SUBJECT_DEPS = ("nsubj", "csubj", "expl")
RECIPIENT_PREPS = ("to", "with", "against", "on", "at", "toward", "towards", "into", "upon",
                   "over", "for", "from", "between", "among", "onto", "inside")
CONFLICT_PLACE_PREPS = ("in", "across", "near", "around", "along")
# verbs whose object is the one made to act ("urged NATO to withdraw")
OBJECT_CONTROL = frozenset({"urge", "ask", "call", "press", "push", "order", "force", "persuade",
                            "invite", "encourage", "request", "appeal", "tell", "warn", "allow",
                            "permit", "help", "demand", "remind", "compel", "pressure"})
LIGHT_VERBS = frozenset({"hold", "launch", "conduct", "carry", "begin", "start", "stage", "mount",
                         "continue", "resume", "open", "make", "take", "lodge", "file", "issue",
                         "have", "join", "attend", "renew", "intensify", "step", "escalate",
                         "undertake", "unleash", "wage", "complete", "pursue", "engage", "host",
                         "organize", "organise", "sign", "reach", "strike", "conclude", "give",
                         "provide", "impose", "announce", "order", "expand", "extend", "keep",
                         "maintain", "see", "witness", "lead", "step up", "deliver", "send"})


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    return [o for p in tok.children if p.dep_ in ("prep", "dative") and p.lower_ in preps
            for o in p.children if o.dep_ in ("pobj", "pcomp")]


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, borrowed from the governing clause where English leaves it out."""
    tok = verb
    for _ in range(6):
        subj = _children(tok, *SUBJECT_DEPS)
        if subj:
            return subj[0]
        if tok.dep_ == "xcomp":
            controller = _children(tok.head, "dobj")
            if controller and tok.head.lemma_.lower() in OBJECT_CONTROL:
                return controller[0]
            tok = tok.head
        elif tok.dep_ in ("conj", "advcl", "acl", "pcomp", "prep", "pobj", "xcomp") and \
                tok.head is not tok:
            if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
                return tok.head if tok.tag_ == "VBG" else None
            tok = tok.head
        elif tok.dep_ == "relcl":
            return None
        else:
            return None
    return None


def _agent(verb: Token) -> Token | None:
    for p in _children(verb, "agent"):
        for o in _children(p, "pobj"):
            return o
    return None


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


class Arguments:
    def __init__(self, actors: ArticleActors):
        self.actors = actors

    def of(self, match: Match) -> tuple[list[Actor], list[Actor]]:
        if match.entry.pos == "verb":
            return self._verb(match.token, match.entry.type)
        return self._noun(match.token, match.entry.type)

    # -- verbs --------------------------------------------------------------------

    def _verb(self, verb: Token, kind: str) -> tuple[list[Actor], list[Actor]]:
        resolve = self.actors.resolve
        if _passive(verb):
            actor_tok = _agent(verb)
            actors = resolve(actor_tok)
            patient = _children(verb, "nsubjpass")
            recipients = resolve(patient[0]) if patient else []
            if not recipients:
                recipients = self._first(self._recipient_tokens(verb, kind), actors)
            return actors, recipients
        actors = resolve(subject_of(verb))
        if verb.dep_ == "relcl" and not actors:
            actors = resolve(verb.head)
        recipients = self._first(self._recipient_tokens(verb, kind), actors)
        return actors, recipients

    def _recipient_tokens(self, verb: Token, kind: str) -> list[Token]:
        objs = _children(verb, "dobj", "dative", "iobj")
        cands: list[Token] = []
        cands += [o for o in _children(verb, "dative") if o.pos_ != "ADP"]
        cands += _pobjs(verb, ("to",)) if kind in ("AID", "AGREE", "SUPPORT") else []
        cands += objs
        cands += _pobjs(verb, RECIPIENT_PREPS)
        for obj in objs:
            cands += _pobjs(obj, RECIPIENT_PREPS + ("of",))
        for comp in _children(verb, "ccomp", "xcomp"):
            cands += _children(comp, "nsubj", "nsubjpass")
            cands += _children(comp, "dobj", "dative")
            cands += _pobjs(comp, RECIPIENT_PREPS)
        if kind in ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION"):
            cands += _pobjs(verb, CONFLICT_PLACE_PREPS)
        return cands

    def _first(self, cands: list[Token], actors: list[Actor]) -> list[Actor]:
        """The first candidate naming someone other than the actor (or the actor itself)."""
        own = {a.code for a in actors if a.code}
        fallback: list[Actor] = []
        for tok in cands:
            found = [a for a in self.actors.resolve(tok) if a.code or a.sector]
            if not found:
                continue
            if any(a.code and a.code not in own for a in found):
                return found
            fallback = fallback or found
        return fallback

    # -- nominal events -----------------------------------------------------------

    def _noun(self, noun: Token, kind: str) -> tuple[list[Actor], list[Actor]]:
        resolve = self.actors.resolve
        actors = self._noun_owner(noun)
        governor = noun.head
        if not actors and noun.dep_ in ("dobj", "attr") and governor.pos_ in ("VERB", "AUX"):
            actors = resolve(subject_of(governor))
        elif not actors and noun.dep_ in ("nsubj", "nsubjpass"):
            actors = self._first(_pobjs(noun, ("by", "of")), [])
        between = _pobjs(noun, ("between", "among"))
        if between:
            pair = [a for t in between for a in resolve(t) if a.code]
            if not actors:
                return pair[:1], pair[1:]
            return actors, pair
        cands = _pobjs(noun, RECIPIENT_PREPS)
        if noun.dep_ in ("dobj",) and governor.pos_ == "VERB":
            cands += _pobjs(governor, RECIPIENT_PREPS)
        if kind in ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION", "CONSULT"):
            cands += _pobjs(noun, CONFLICT_PLACE_PREPS)
        return actors, self._first(cands, actors)

    def _noun_owner(self, noun: Token) -> list[Actor]:
        """'Russia's buildup', 'the Russian operation', 'NATO expansion', 'talks by X'."""
        owners: list[Actor] = []
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                for mod in (child, *child.conjuncts):
                    owners += [a for a in self.actors.resolve(mod) if a.code]
        return owners
