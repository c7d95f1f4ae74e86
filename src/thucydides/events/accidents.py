"""Accidents and the response to them, which are no political acts.

"A fire broke out at the factory, killing six workers", "fourteen people were killed when
their bus skidded into a gorge", "killed in a road accident": a killing verb whose cause
the sentence tells as an accident or nature (`accident_causes`, `accident_verbs` in
triggers.yaml) is no attack, and no act at all is done by an accident or a storm. Nor is
a patient flown to hospital a visit, nor a state's rescue of its own people in a story of
a storm or a crash.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.labels import (
    ACL,
    ADVCL,
    AGENT,
    AMOD,
    COMPOUND,
    CONJ,
    DOBJ,
    NSUBJ,
    POBJ,
    PREP,
    PRT,
    RELCL,
    SUBJECTS,
    VBG,
    XCOMP,
)
from ..nlp.parse import children_of, conjuncts_of, part_of_speech
from ..records import Event
from .confidence import Story
from .lexicon import TriggerLexicon

CAUSE_PREPS = frozenset({"in", "after", "during", "by"})
# who fires, as a word on "fire": shots, not a blaze
SHOOTERS = frozenset({"enemy", "police", "army", "military", "sniper", "artillery", "mortar",
                      "tank", "rocket", "hostile", "friendly", "cross-border", "gun", "troop",
                      "security", "rebel", "militant"})


def by_nature(trigger: Token, lexicon: TriggerLexicon) -> bool:
    """An act done by an accident or a force of nature ("a landslide blocked the highway",
    "the flood cut off 40 villages", "Cyclone Mocha slammed into the coast"), or named by
    one ("lightning strikes"), is no act of anyone's."""
    causes = lexicon.accident_causes
    return any(c.dep == NSUBJ and (c.lemma_.lower() in causes or _named_storm(c, causes)) or
               c.dep == COMPOUND and c.lemma_.lower() in causes and
               part_of_speech(trigger) == "NOUN" for c in children_of(trigger)) or \
        _told_of_a_cause(trigger, causes)


def _told_of_a_cause(trigger: Token, causes: frozenset[str]) -> bool:
    """'a landslide that blocked the highway': the relative clause's subject is the noun it
    hangs on."""
    return trigger.dep == RELCL and trigger.head.lemma_.lower() in causes and any(
        c.dep == NSUBJ and c.lower_ in ("that", "which") for c in children_of(trigger))


def _named_storm(subject: Token, causes: frozenset[str]) -> bool:
    """'Cyclone Mocha', 'Typhoon Haiyan': a force of nature by its name."""
    return part_of_speech(subject) == "PROPN" and any(
        c.dep == COMPOUND and c.lemma_.lower() in causes for c in children_of(subject))


def by_accident(trigger: Token, lexicon: TriggerLexicon) -> bool:
    """The death or injury at this word was caused by an accident or by nature."""
    if trigger.tag == VBG and trigger.dep in (ADVCL, XCOMP, CONJ, ACL) and \
            _accidental(trigger.head, lexicon):
        return True  # "a fire broke out, killing ..."
    if trigger.tag == VBG and trigger.dep == ACL and \
            part_of_speech(trigger.head) in ("NOUN", "PROPN") and \
            any(c.dep == ACL and c.i < trigger.i and _accidental(c, lexicon)
                for c in children_of(trigger.head)):
        # "A minibus overturned on the highway, injuring 14 passengers", parsed as a noun
        # with two participles: the injuring is the overturning's
        return True
    # "were killed and 27 injured when ...": the clause may hang on either verb
    for child in (c for verb in (trigger, *conjuncts_of(trigger)) for c in children_of(verb)):
        if child.dep in SUBJECTS and child.lemma_.lower() in lexicon.accident_causes:
            return True  # "the cyclone killed 12"
        if child.dep == ADVCL and _accidental(child, lexicon):
            return True  # "were killed when their bus skidded"
        if child.dep in (PREP, AGENT) and child.lower_ in CAUSE_PREPS and \
                any(_cause(p, lexicon) for p in children_of(child) if p.dep == POBJ):
            return True  # "killed in a road accident"
    return False


def _accidental(verb: Token, lexicon: TriggerLexicon) -> bool:
    """A clause that tells an accident: 'the bus skidded', 'a fire broke out'."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in children_of(verb) if c.dep in (PRT, DOBJ)), "")
    return lemma in lexicon.accident_verbs or f"{lemma} {particle}" in lexicon.accident_verbs \
        or any(c.dep in SUBJECTS and _cause(c, lexicon) for c in children_of(verb))


def _cause(noun: Token, lexicon: TriggerLexicon) -> bool:
    modifiers = [c for c in children_of(noun) if c.dep in (COMPOUND, AMOD)]
    lemma = noun.lemma_.lower()
    if lemma == "fire" and any(m.ent_type_ in ("NORP", "GPE") or m.lower_ in SHOOTERS
                               for m in modifiers):
        return False  # "killed by Pakistani fire", "in police fire": shots, not a blaze
    return lemma in lexicon.accident_causes or \
        any(f"{m.lower_} {lemma}" in lexicon.accident_causes for m in modifiers)


def emergency_care(match_type: str, trigger: Token, lexicon: TriggerLexicon) -> bool:
    """'was flown by air ambulance to a hospital', 'visited the injured at the hospital':
    the care of the sick and injured, not a visit."""
    return match_type == "CONSULT" and any(
        p.lemma_.lower() in lexicon.care_places for prep in children_of(trigger)
        if prep.dep == PREP and prep.lower_ in ("to", "at")
        for p in children_of(prep) if p.dep == POBJ)


# the domains of stories of nature and accidents (events/data/domains.yaml)
DISASTERS = frozenset({"weather", "quake", "accident"})
# rescue, relief and repairs: deployed, evacuated, promised
RESCUE = frozenset({"MOBILIZE", "AID", "AGREE"})


def abroad_in_disaster(event: Event, story: Story) -> bool:
    """'Venezuela sent 30 tonnes of food aid to Colombia' after an earthquake: in a story of
    nature or an accident, an act between two states is foreign relief, political though
    neither side has an office named (in sport, 'Bangladesh attacked' is a team)."""
    actor, recipient = event.actor.code, event.recipient.code
    return story.domain in DISASTERS and actor is not None and recipient is not None and \
        actor != recipient


def disaster_response(event: Event, story: Story) -> bool:
    """'Coast guard and fire service rescue teams were deployed', 'families were evacuated
    to schools', 'said it would take two weeks to open a temporary track' in a story of a
    cyclone or a flood, or 'police registered a case against the bus driver' in a story of
    a crash: a state's rescue of its own people, or the police's work on an accident, no
    political act. Help or troops sent abroad, and a case against an official or a group,
    stay events."""
    if story.domain not in DISASTERS:
        return False
    if event.type == "ACCUSE" and event.actor.sector == "COP":
        return event.recipient.sector is None and event.recipient.kind != "person"
    codes = {event.actor.code, event.recipient.code} - {None}
    return event.type in RESCUE and len(codes) <= 1
