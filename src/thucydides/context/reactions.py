"""Reactions to an act the article has just told: at whom they are aimed.

"ASEAN called on the junta to stop air strikes. The junta rejected the statement": the
rejection names no party, only the act it answers ("the statement", "the call", "the
demand", "the offer", "the expulsion", "the sanctions"). Its recipient is whoever did
that act: the last party of another side that did such an act in the sentences just
before. (Nouns for any act, "the decision", "the vote", pointed at the wrong act as often
as at the right one.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import chain

from spacy.tokens import Doc, Span, Token

from ..ids import digest
from ..nlp.clauses import named_by_name
from ..nlp.labels import ADVMOD, COMPOUND, DOBJ, NMOD, NSUBJ, NSUBJPASS, POBJ, POSS, PRT
from ..nlp.negation import is_negated
from ..nlp.parse import children_of, part_of_speech, tokens_of
from ..records import UNKNOWN_DOER, Actor, Event
from .article import MEDIATION, SIGNING

# the acts that answer another's act
REACTIONS = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
# nouns that name an act just told, by the types of act they may name (None: any)
ANSWERED: dict[str, frozenset[str] | None] = {
    "call": frozenset({"REQUEST"}), "demand": frozenset({"REQUEST"}),
    "request": frozenset({"REQUEST"}), "appeal": frozenset({"REQUEST"}),
    "ultimatum": frozenset({"REQUEST", "THREATEN"}),
    "proposal": frozenset({"REQUEST", "AGREE"}), "offer": frozenset({"AGREE", "CONCEDE"}),
    "plan": frozenset({"REQUEST", "AGREE"}),
    "statement": None, "declaration": None,
    # "rejected the remarks as interference", "dismissed the criticism": an accuser's
    "accusation": frozenset({"ACCUSE"}), "allegation": frozenset({"ACCUSE"}),
    "charge": frozenset({"ACCUSE"}), "criticism": frozenset({"ACCUSE"}),
    "remark": frozenset({"ACCUSE"}), "remarks": frozenset({"ACCUSE"}),
    "comment": frozenset({"ACCUSE"}), "claim": frozenset({"ACCUSE"}),
}
# acts of force and pressure, named by their own kind, which only a protest answers: a
# welcome of "the sanctions" may be of anybody's
PRESSURE: dict[str, frozenset[str] | None] = {
    "expulsion": frozenset({"SANCTION"}), "sanction": frozenset({"SANCTION"}),
    "measure": frozenset({"SANCTION", "COERCE"}), "ban": frozenset({"SANCTION", "COERCE"}),
    "arrest": frozenset({"COERCE"}), "detention": frozenset({"COERCE"}),
    "trial": frozenset({"SANCTION", "COERCE"}), "verdict": frozenset({"SANCTION"}),
    "attack": frozenset({"ASSAULT"}), "raid": frozenset({"ASSAULT", "COERCE"}),
    "strike": frozenset({"ASSAULT"}), "launch": frozenset({"ASSAULT", "MOBILIZE"}),
    "test": frozenset({"MOBILIZE"}),
    "shelling": frozenset({"ASSAULT"}), "bombing": frozenset({"ASSAULT"}),
    "bombardment": frozenset({"ASSAULT"}), "shooting": frozenset({"ASSAULT"}),
    "killing": frozenset({"ASSAULT"}), "massacre": frozenset({"ASSAULT"}),
    "invasion": frozenset({"ASSAULT"}), "offensive": frozenset({"ASSAULT"}),
    "incursion": frozenset({"ASSAULT", "MOBILIZE"}), "landing": frozenset({"ASSAULT", "MOBILIZE"}),
    "execution": frozenset({"ASSAULT", "COERCE", "SANCTION"}),
    "seizure": frozenset({"COERCE", "ASSAULT"}), "crackdown": frozenset({"COERCE", "ASSAULT"}),
    "abduction": frozenset({"ASSAULT"}), "kidnapping": frozenset({"ASSAULT"}),
    "incident": frozenset({"ASSAULT", "COERCE"}), "firing": frozenset({"ASSAULT"}),
    "blast": frozenset({"ASSAULT"}), "explosion": frozenset({"ASSAULT"}),
    "ambush": frozenset({"ASSAULT"}), "assassination": frozenset({"ASSAULT"}),
    "murder": frozenset({"ASSAULT"}), "atrocity": frozenset({"ASSAULT"}),
    "assault": frozenset({"ASSAULT"}), "downing": frozenset({"ASSAULT"}),
    "blockade": frozenset({"SANCTION", "COERCE", "ASSAULT"}),
}
# an apology (CAMEO 055) and the acts one apologises for
APOLOGY = "055"
WRONGS = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "MOBILIZE",
                    "PROTEST", "REJECT"})
CUTS = "16"  # CAMEO: reduce relations (recall, expel, break off)
# "returned fire", "returned the fire": force answering force
RETURNING = frozenset({"return"})
FIRE = frozenset({"fire", "gunfire"})
# verbs of a response, which still to come is a threat: "Moscow would respond in kind",
# "vowed to retaliate" (events/sentence.py), aimed at whoever acted first (here)
RETALIATING = frozenset({"retaliate", "respond", "react", "avenge"})
# what a threat promises when it answers what was done: "vowed revenge"
REQUITAL = frozenset({"revenge", "retaliation", "retribution", "reprisal", "vengeance",
                      "response", "countermeasure"})
# verbs of force that, turned "back", answer force: "vowed to hit back"
TURNED_BACK = frozenset({"hit", "strike", "fight", "fire"})
# how far back the act answered may have been told
SENTENCES_BACK = 3
# how far back the attack a condemnation names may have been told, the story's own
ATTACK_BACK = 8
CEASEFIRE = "0871"
# what a mediator brings about between two sides: talks, a deal, a truce, an exchange (and
# a signed agreement, SIGNING; not the praise a mediator gets, SUPPORT 051)
MEDIATED = frozenset({"CONSULT", "AGREE", "COOPERATE", "RETREAT", "CONCEDE"})
WALKOUT = "143"  # CAMEO: conduct strike or boycott
STRUCK = re.compile(r"\bstr(?:ike|uck)", re.IGNORECASE)
# what a group claims when it owns an attack: "claimed responsibility", "claimed the bombing"
CLAIMED = frozenset({"responsibility", "credit", "attack", "bombing", "blast", "explosion",
                     "killing", "assault", "ambush", "raid", "abduction", "kidnapping",
                     "assassination", "strike", "shooting"})


def a_strike_of_war(event: Event, earlier: list[Event]) -> bool:
    """'Israeli air strikes hit Tyre ... Beirut condemned the strikes', 'It was the first
    strike since March': a bare 'strike' in a story of military strikes is one of them told
    again, no walkout."""
    return event.type == "PROTEST" and event.cameo.startswith(WALKOUT) and \
        event.trigger.text.lower() in ("strike", "strikes") and \
        any(act.type == "ASSAULT" and STRUCK.search(act.trigger.text) for act in earlier)


def aimed_at_the_act(event: Event, doc: Doc, earlier: list[Event],
                     same_sentence: list[Event] | None = None) -> Event:
    """The reaction with the doer of the act it answers as its recipient, when it names no
    party of its own; any other event as it is. `same_sentence`: the events its own
    sentence told before it ("the guards fired at a post and the troops returned fire")."""
    if event.cameo.startswith(APOLOGY) and event.recipient.text is None:
        return _to_the_wronged(event, earlier)
    if _fire_returned(event, doc):
        return _at_who_fired(event, [*earlier, *(same_sentence or [])])
    if (event.type == "SANCTION" and event.cameo.startswith(CUTS) or
            event.type == "THREATEN" and _in_kind(event, doc)) and \
            event.recipient.code is None and event.actor.code:
        return _at_the_wrongdoer(event, earlier)
    if event.type not in REACTIONS or event.recipient.code is not None:
        return event
    answered = ANSWERED if event.type == "SUPPORT" else ANSWERED | PRESSURE
    noun = _answered_noun(doc, event, answered)
    if noun is None:
        return event
    kinds = answered[noun.lemma_.lower()]
    for act in _just_before(event, earlier):
        doer = act.actor
        if doer.code is None or doer.code == event.actor.code or \
                (kinds is not None and act.type not in kinds) or _years_before(act, event):
            continue
        return replace(event, recipient=replace(doer, text=noun.text, start=noun.idx,
                                                end=noun.idx + len(noun), resolved_by="act"))
    if _at_unknown_attackers(event, earlier, kinds):
        # "unknown gunmen attacked a check post ... The chief minister condemned the
        # attack": at the attackers, whom nobody named (spec 6)
        return replace(event, recipient=Actor(None, text=noun.text, start=noun.idx,
                                              end=noun.idx + len(noun), resolved_by=UNKNOWN_DOER))
    return event


def _at_unknown_attackers(event: Event, earlier: list[Event],
                          kinds: frozenset[str] | None) -> bool:
    """The attack a condemnation answers is the last one told by another than the
    condemner's side (its own forces' hunt for the attackers comes between), and nobody
    named did it."""
    if event.type != "ACCUSE" or kinds is None or "ASSAULT" not in kinds:
        return False
    attacks = [act for act in _just_before(event, earlier, ATTACK_BACK) if
               act.type == "ASSAULT" and act.asserted and
               (act.actor.code is None or act.actor.code != event.actor.code)]
    return bool(attacks) and attacks[0].actor.code is None and \
        attacks[0].actor.resolved_by == UNKNOWN_DOER and not _years_before(attacks[0], event)


def _years_before(act: Event, event: Event) -> bool:
    """'Chad, whose soldiers fought in Borno in 2015, ... The UN condemned the killings': an
    act of another year is background, not what today's reaction answers."""
    return bool(act.date and event.date) and act.date[:4] < event.date[:4]


def truce_between(event: Event, earlier: list[Event],
                  same_sentence: list[Event]) -> list[Event]:
    """'... after two days of fighting. The ceasefire took effect at 4 p.m.': a truce that
    names neither side holds between the two sides of the last fighting told before it (in
    `earlier` sentences or its own), one each way; any other event as it is."""
    if event.type != "RETREAT" or not event.cameo.startswith(CEASEFIRE) or \
            event.actor.code or event.recipient.code or not event.asserted:
        return [event]
    for act in chain(reversed(same_sentence), reversed(earlier)):
        one, other = act.actor, act.recipient
        if act.type == "ASSAULT" and act.asserted and one.code and other.code:
            pairs = [(one, other)] if one.code == other.code else [(one, other), (other, one)]
            return [replace(event, id=digest(event.id, a.code, r.code),
                            actor=replace(a, resolved_by="act"),
                            recipient=replace(r, resolved_by="act")) for a, r in pairs]
    return [event]


def mediated_between(event: Event, earlier: list[Event],
                     same_sentence: list[Event]) -> list[Event]:
    """'Russia and Ukraine each released 95 prisoners, in an exchange brokered by the UAE',
    'The UAE said it had mediated the swap': a mediator that names no side mediates between
    the two sides of the deal, talks, truce or exchange it brought about, told in its own
    sentence or just before; one event with each. Any other event as it is."""
    mediator = event.actor.code
    if event.type != "CONSULT" or event.cameo != MEDIATION or not event.asserted or \
            mediator is None or event.recipient.code is not None:
        return [event]
    for act in chain(reversed(same_sentence), _just_before(event, earlier)):
        sides = {act.actor.code, act.recipient.code}
        if not act.asserted or act.cameo == MEDIATION or \
                not (act.type in MEDIATED or act.cameo.startswith(SIGNING)) or \
                None in sides or mediator in sides or len(sides) < 2:
            continue
        return [replace(event, id=digest(event.id, side.code),
                        recipient=replace(side, resolved_by="act"))
                for side in (act.actor, act.recipient)]
    return [event]


def truce_of_the_foes(events: list[Event]) -> list[Event]:
    """'The leaders of Russia, Ukraine, Germany and France agreed on a ceasefire': a truce
    agreed by several parties holds between those of them the story tells at odds (an
    attack, an accusation, a threat between them), not between those who brought it about.
    Where it tells none of them at odds, every pair stays."""
    foes = {frozenset((e.actor.code, e.recipient.code)) for e in events
            if e.type in WRONGS and e.asserted and e.actor.code and e.recipient.code and
            e.actor.code != e.recipient.code}
    truces: dict[tuple[int, int], list[Event]] = {}
    for e in events:
        if e.cameo.startswith(CEASEFIRE) and e.actor.code and e.recipient.code:
            truces.setdefault((e.sentence, e.trigger.start), []).append(e)
    dropped = set()
    for pairs in truces.values():
        at_odds = [e for e in pairs if frozenset((e.actor.code, e.recipient.code)) in foes]
        if at_odds and len({c for e in pairs for c in (e.actor.code, e.recipient.code)}) > 2:
            dropped |= {e.id for e in pairs if e not in at_odds}
    return [e for e in events if e.id not in dropped]


def _to_the_wronged(event: Event, earlier: list[Event]) -> Event:
    """'Azerbaijani forces shot down a Russian helicopter. Baku apologised': an apology that
    names nobody is owed to the one the apologiser's side has just acted on."""
    for act in _just_before(event, earlier):
        wronged = act.recipient
        if act.actor.code == event.actor.code and wronged.code and \
                wronged.code != event.actor.code and act.type in WRONGS and \
                wronged.resolved_by != "context":  # named, not placed by the article
            return replace(event, recipient=replace(wronged, resolved_by="act"))
    return event


def _at_the_wrongdoer(event: Event, earlier: list[Event]) -> Event:
    """'His government deported 1,500 Colombians. Bogota recalled its ambassador in
    protest': a cut in relations (or a threat to retaliate) that names nobody answers
    whoever has just acted on the state that cuts them."""
    for act in _just_before(event, earlier):
        doer = act.actor
        if act.recipient.code == event.actor.code and doer.code and len(doer.code) == 3 and \
                doer.code != event.actor.code and act.type in WRONGS:
            return replace(event, recipient=replace(doer, resolved_by="act"))
    return event


def _in_kind(event: Event, doc: Doc) -> bool:
    """'Kyiv vowed to retaliate', 'would hit back', 'vowed revenge': a threat to answer
    what was done to the threatener, at nobody named."""
    root = _trigger_root(doc, event)
    return root is not None and (root.lemma_.lower() in RETALIATING or turned_back(root) or
                                 any(c.dep == DOBJ and c.lemma_.lower() in REQUITAL
                                     for c in children_of(root)))


def turned_back(verb: Token) -> bool:
    """'hit back', 'would strike back at': a verb of force answering force. The parser
    makes the "back" a particle or an adverb."""
    return verb.lemma_.lower() in TURNED_BACK and any(
        c.dep in (PRT, ADVMOD) and c.lower_ == "back" for c in children_of(verb))


def _fire_returned(event: Event, doc: Doc) -> bool:
    """'Police returned fire', 'their troops returned fire', 'the army retaliated', 'troops
    responded befittingly', 'fired back', 'hit back with air strikes': force that answers
    force, its target not named."""
    if event.type != "ASSAULT" or event.recipient.code is not None:
        return False
    root = _trigger_root(doc, event)
    if root is not None and root.dep == POBJ and root.head.lower_ == "with":
        root = root.head.head  # "Israel responded with drone strikes"
    return root is not None and (root.lemma_.lower() in RETALIATING or turned_back(root) or
                                 root.lemma_.lower() in RETURNING and
                                 any(c.dep == DOBJ and c.lemma_.lower() in FIRE
                                     for c in children_of(root)))


def _at_who_fired(event: Event, earlier: list[Event]) -> Event:
    """'Ugandan troops opened fire on a police post ... Police returned fire': at the doer
    of the last act of force told just before, if another side's."""
    for act in _just_before(event, earlier):
        doer = act.actor
        if act.type == "ASSAULT" and doer.code and doer.code != event.actor.code and \
                doer.text != event.actor.text:
            return replace(event, recipient=replace(doer, resolved_by="act"))
    return event


def _just_before(event: Event, earlier: list[Event],
                 back: int = SENTENCES_BACK) -> Iterator[Event]:
    """The acts told in the `back` sentences just before the event, the nearest first."""
    for act in reversed(earlier):
        if act.sentence < event.sentence - back:
            return
        yield act


def _trigger_root(doc: Doc, event: Event) -> Token | None:
    """The word the event's trigger hangs on in the parse."""
    trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return trigger.root if trigger is not None else None


def _answered_noun(doc: Doc, event: Event, answered: dict) -> Token | None:
    root = _trigger_root(doc, event)
    if root is None:
        return None
    for child in [*children_of(root), *named_by_name(root)]:
        if child.dep in (DOBJ, NSUBJPASS, NMOD) and child.lemma_.lower() in answered and \
                not any(c.dep in (POSS, COMPOUND) for c in children_of(child)):
            return child
    return None


def claimed_attacks(sent: Span, number: int, actors, events: list[Event]) -> None:
    """'Two policemen were killed when armed men attacked a checkpost ... The banned BLF
    claimed responsibility for the attack': the attack whose doer the article did not name
    (or placed only by its state) is the claimant's. `events`, the article's so far, are
    changed in place; `number`, the sentence's."""
    claimant = _claimant(sent, actors)
    if not claimant:
        return
    unnamed = [k for k, e in enumerate(events) if e.type == "ASSAULT" and e.asserted and
               e.sentence >= number - SENTENCES_BACK and
               (e.actor.code is None or e.actor.resolved_by in ("context", UNKNOWN_DOER))]
    if not unnamed:
        return
    last = events[unnamed[-1]].sentence
    for k in (k for k in unnamed if events[k].sentence == last):
        events[k] = replace(events[k], actor=claimant[0])


def _claimant(sent: Span, actors) -> list[Actor]:
    """Who the sentence says claimed an attack ('claimed responsibility for the attack',
    'claimed the bombing'), not 'no group has claimed' or 'has not claimed'."""
    for verb in tokens_of(sent):
        if verb.lemma_.lower() != "claim" or part_of_speech(verb) != "VERB" or is_negated(verb) or \
                not any(c.dep == DOBJ and c.lemma_.lower() in CLAIMED for c in children_of(verb)):
            continue
        subjects = [c for c in children_of(verb) if c.dep == NSUBJ]
        if subjects:
            return [a for a in actors.resolve(subjects[0]) if a.code]
    return []
