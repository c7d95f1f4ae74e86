"""Drafts: triggers with their arguments, before they become records.

Here an act's recipient is borrowed from an act it contains ("promised to continue
aid to Mozambique"), and a draft is turned into its pairs of actor and recipient:
mutual acts, domestic acts, several actors or recipients.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..context.article import AT_THE_TABLE, MEDIATION
from ..nlp.labels import ACL, ADVCL, CONJ, DOBJ, MARK, PREP, RELCL, VB, XCOMP, label_ids
from ..nlp.parse import children_of
from ..records import Actor
from .arguments import LIGHT_VERBS
from .lexicon import TriggerEntry
from .modality import CIRCUMSTANCES, Modality
from .triggers import Match
from .words import UNORDERED


def triple(kind: str, actor: str | None, recipient: str | None) -> tuple:
    """An act as the gold counts it: (type, actor, recipient), the sides unordered for
    the mutual types."""
    if kind in UNORDERED:
        return kind, frozenset((actor, recipient))
    return kind, actor, recipient
# kinds of actor that belong to one state (an organisation or a region does not)
HOMED = frozenset({"state", "person", "group"})
# acts that, with nobody else named, are done at home: protesters against their government
DOMESTIC_TYPES = frozenset({"PROTEST", "COERCE", "CONCEDE"})
TRUCE = "087"  # CAMEO de-escalation: ceasefires, ending blockades, demobilizing


@dataclass
class Draft:
    """A trigger with its arguments, before it becomes one event per actor pair."""

    match: Match
    entry: TriggerEntry
    mood: Modality
    actors: list[Actor]
    recipients: list[Actor]


def borrow_recipients(drafts: list[Draft], speech: frozenset[str] = frozenset()) -> None:
    """'Promised to continue aid to Mozambique': the promise goes to whom the aid goes;
    'called for X, which NATO rejected': a rejection goes to who asked; 'condemned the
    move and said ...': not to whom what is said next is done (speech: reporting verbs)."""
    for d in drafts:
        if d.recipients or d.entry.mutual and len({a.code for a in d.actors if a.code}) > 1:
            continue  # "Scholz and Macron met ... to discuss aid to Ukraine": the pair met
        tok = _anchor(d.match)
        if d.entry.type == "REJECT" and tok.dep == RELCL:
            asked = [o for o in drafts if o.entry.type == "REQUEST" and o.actors
                     and o.match.token.is_ancestor(tok)]
            if asked:
                d.recipients = asked[0].actors
                continue
        own = {a.code for a in d.actors}
        for other in drafts:
            inner = other.match.token
            if other is not d and other.recipients and _embedded(inner, tok, speech) and \
                    not _met_then_acted(d, inner):
                # "the ELN agreed to resume talks with the Colombian government": rebels and
                # their own government are two sides of one state
                d.recipients = [r for r in other.recipients
                                if r.code not in own or _opponents_at_home(d.actors, r)]
                if d.recipients:
                    break
        if not d.recipients:
            d.recipients = _purpose_of(d, drafts) or _said_in_the_call(d, drafts)


# who stands against a state's government inside it
CHALLENGERS = frozenset({"REB", "OPP"})


def _met_then_acted(draft: Draft, inner: Token) -> bool:
    """'The Security Council met on Monday and called on the two neighbours ...': a
    meeting told with nobody met is a session; whom the next act goes to was not met."""
    return draft.entry.type == "CONSULT" and inner.dep == CONJ and \
        draft.match.token.lemma_.lower() == "meet"


# what one side says to another in a call or a meeting
SAID_IN_A_CALL = frozenset({"REQUEST", "ACCUSE", "AGREE", "REJECT", "THREATEN", "SUPPORT"})


def _said_in_the_call(draft: Draft, drafts: list[Draft]) -> list[Actor]:
    """'Spoke by telephone with Sheikh Hasina and called for an end to the firing',
    'telephoned her Philippine counterpart and asked for help': what is said in a call or
    a meeting, to nobody named, is said to whom it was with."""
    tok = draft.match.token
    if tok.dep != CONJ or draft.entry.type not in SAID_IN_A_CALL or any(
            c.dep == DOBJ and c.tag_ != "PRP" for c in children_of(tok)):
        return []  # "met the prime ministers ... and urged the 12 countries": others
    return _governors_recipients(draft, drafts, "CONSULT")


def _opponents_at_home(actors: list[Actor], recipient: Actor) -> bool:
    return any(a.code == recipient.code and
               (a.sector in CHALLENGERS) != (recipient.sector in CHALLENGERS) and
               {a.sector, recipient.sector} - {None} for a in actors)


def _purpose_of(draft: Draft, drafts: list[Draft]) -> list[Actor]:
    """'Telephoned Kozyrev to discuss ...': an act done for the sake of another, with no
    one of its own to act on, acts on whom the other does."""
    tok = draft.match.token
    if tok.dep not in (ADVCL, XCOMP) or tok.tag != VB:
        return []
    return _governors_recipients(draft, drafts)


def _governors_recipients(draft: Draft, drafts: list[Draft],
                          kind: str | None = None) -> list[Actor]:
    """Whom the act the draft's trigger hangs from (of `kind`, if given) acts on, but for
    the draft's own sides."""
    own = {a.code for a in draft.actors}
    head = draft.match.token.head.i
    for other in drafts:
        if other is not draft and other.match.token.i == head and \
                (kind is None or other.entry.type == kind):
            return [r for r in other.recipients if r.code and r.code not in own]
    return []


def pairs_of(entry: TriggerEntry, actors: list[Actor], recipients: list[Actor]) -> list[tuple]:
    nobody = Actor(code=None)
    known = [a for a in actors if a.code]
    codes = {a.code for a in known}
    # "X and Y agreed to a ceasefire": a truce between two sides is one each way
    truce = entry.cameo.startswith(TRUCE) and not any(r.code for r in recipients) and \
        len(codes) >= 2
    if not recipients and entry.type in DOMESTIC_TYPES and not truce:
        recipients = [Actor(code=a.code, kind="state") for a in actors[:1]
                      if a.kind in HOMED and a.code]
    # "talks brokered by Saudi Arabia and the United States": mediators side by side, not
    # two sides that met
    mutual = (entry.mutual or entry.type in UNORDERED or truce) and \
        not entry.cameo.startswith(MEDIATION)
    if len(known) == 1 and mutual and not recipients:
        # "Maduro's government and the opposition signed an agreement": the side named by
        # what it is faces the one named by its state; the article places it
        known += [a for a in actors if a.code is None and a.kind == "unknown" and
                  a.sector in AT_THE_TABLE]
    if len(known) >= 2 and mutual and all(r.code in codes or r.code is None for r in recipients):
        # "the leaders of Russia, Turkey and Iran met": each pair of them; two sides of one
        # state pair only with the first named ("the government and the rebels")
        first = known[0]
        pairs = [(first, r) for r in known[1:]
                 if (r.code, r.sector, r.text) != (first.code, first.sector, first.text)]
        pairs += [(a, r) for i, a in enumerate(known[1:], 1) for r in known[i + 1:]
                  if a.code != r.code and r.code != first.code != a.code]
        if entry.type not in UNORDERED:
            pairs += [(r, a) for a, r in pairs]
        return pairs
    pairs = [(a, r) for a in actors or [nobody] for r in recipients or [nobody]]
    if len(codes) >= 2:  # "Thai and Cambodian soldiers exchanged fire, wounding two Thai
        # rangers": the Thai rangers were wounded by the other side
        pairs = [(a, r) for a, r in pairs if a.code is None or a.code != r.code]
    return pairs


def _anchor(match: Match) -> Token:
    """Where an act stands in its clause: a nominal event held by a light verb ("continued
    their hunger strike to demand ...") stands where that verb does."""
    tok = match.token
    if match.entry.pos == "noun" and tok.dep == DOBJ and tok.head.lemma_.lower() in LIGHT_VERBS:
        return tok.head
    return tok


EMBEDDING = label_ids({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp", "attr",
                       "conj"})


def _embedded(inner: Token, outer: Token, speech: frozenset[str] = frozenset()) -> bool:
    """Whether an act is the content of another ('promised to send aid', 'agreed to talks'),
    not a separate clause hanging from it ('..., saying that', '... and said that')."""
    tok = inner
    while tok.i != outer.i:
        # an infinitive ("to allow", "the desire not to sever"), not "saying" or "deployed"
        purpose = tok.dep in (ADVCL, ACL) and tok.tag == VB
        if (tok.dep not in EMBEDDING and not purpose) or tok.head.i == tok.i or \
                _joined_report(tok, outer, speech) or \
                (tok.dep == PREP and tok.lower_ in CIRCUMSTANCES):
            return False  # "signed the deal after talks at ...": when, not what was signed
        tok = tok.head
    return True


def _joined_report(tok: Token, outer: Token, speech: frozenset[str]) -> bool:
    """'Condemned the measures and said Tehran had never sent arms for the war in Ukraine',
    'condemned the hack, said it stood with its ally': what is said after the act is
    another matter, not its content."""
    return tok.dep == CONJ and tok.head.i == outer.i and tok.lemma_.lower() in speech


def condition_of(tok: Token) -> str | None:
    """'if' or 'unless' when the act hangs on a condition clause of its own clause."""
    for clause in (tok, tok.head) if tok.dep in (XCOMP, DOBJ) else (tok,):
        for child in children_of(clause):
            if child.dep == ADVCL:
                for mark in children_of(child):
                    if mark.dep == MARK and mark.lower_ in ("if", "unless"):
                        return mark.lower_
    return None
