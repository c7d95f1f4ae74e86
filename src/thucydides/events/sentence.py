"""The events of one sentence: triggers, their arguments and mood, made records.

A trigger found in the sentence becomes a draft with its actors and recipients; a
promised, threatened or refused act adds its intent (an AGREE, a THREATEN, a REJECT);
each pair of actor and recipient becomes one event record with its CAMEO code,
Goldstein score, day, place and evidence. Word lists are in events/words.py;
triggers that name no act here are dropped by events/nonevents.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from string import capwords

from spacy.tokens import Span, Token

from ..actors.resolve import POLITICAL_SECTORS
from ..context.article import DEVICES, INSTITUTIONS
from ..context.reactions import CEASEFIRE, RETALIATING, turned_back
from ..ids import digest
from ..nlp.clauses import named_by_name, tense, with_to
from ..nlp.labels import (
    ACL,
    ACOMP,
    ADVCL,
    AGENT,
    AMOD,
    APPOS,
    AUXPASS,
    CCOMP,
    CONJ,
    DATIVE,
    DET,
    DOBJ,
    MARK,
    NSUBJ,
    NSUBJPASS,
    OPRD,
    POBJ,
    POSS,
    PREP,
    PRT,
    RELCL,
    ROOT,
    VB,
    VBD,
    VBG,
    VBN,
    WRB,
    XCOMP,
)
from ..nlp.parse import (
    children_of,
    part_of_speech,
    sentence_of,
    span_text,
    subtree_of,
    words_of,
)
from ..records import Actor, Article, Event, Location
from ..records import Span as TextSpan
from ..when.attach import Dated, date_of, promised_on
from ..where.attach import ArticlePlaces
from .arguments import ARRIVING, LIGHT_VERBS, NAMING, Arguments, subject_of
from .drafts import HOMED, UNORDERED, Draft, borrow_recipients, condition_of, pairs_of
from .lexicon import TriggerEntry, TriggerLexicon
from .modality import (
    AFTER_MARKS,
    DENY,
    DISMISSED,
    Modality,
    clause_verb,
    modality_of,
    obligation,
)
from .nonevents import gives_only_words, names_no_act, things_held
from .ontology import Ontology
from .triggers import (
    OBJECT_DEPS,
    Match,
    campaigning,
    find_triggers,
    match_as,
    match_noun,
    match_verb,
    measured,
)
from .words import (
    ANNOUNCED,
    ANSWERING,
    APPROVING,
    CONGRATULATING,
    COURTS,
    CROWDS,
    EASING,
    FORBIDDING,
    FORCEFUL,
    HARM,
    HOLDING,
    INTENT_CAUSES,
    INTENT_CODES,
    INVITATIONS,
    JOINT,
    LEAVING,
    LEFT_WHOLE,
    ONLOOKERS,
    ORDERING,
    OTHER_SIDES,
    PREMISES,
    PROMISING,
    PROPOSING,
    PROTESTERS,
    REFUSAL_CAUSES,
    RESTRICTIONS,
    SANCTIONS,
    SCHEDULING,
    SENDING_AWAY,
    STRIKING,
    STRUCK_BY_WALKOUTS,
    TALKS,
    VOWING,
    YIELD_PROMISED,
    YIELDING,
)

# a verb of the 'cooperative' list, coded only when promised, intended or refused
PROMISE = TriggerEntry(("promise",), "verb", "030", "AGREE")
APPEAL_FOR_AID = "023"  # CAMEO: appeal for aid
PROTECTION = "074"  # CAMEO: provide military protection or peacekeeping
SENT_FORCES = frozenset({"troops", "police"})  # the MOBILIZE modes of forces sent
DEMAND = TriggerEntry(("must",), "verb", "100", "REQUEST")
DENOUNCE = TriggerEntry(("call",), "verb", "111", "ACCUSE", mode="disapprove")
RESPONSE = TriggerEntry(("retaliate",), "verb", "130", "THREATEN")
BLAME = TriggerEntry(("behind",), "verb", "112", "ACCUSE")
LABOUR_STRIKE = "143"
VISIT = "042"
# acts done by saying what will be: dated by the saying, not the day they would come
WORDS_OF_INTENT = frozenset({"THREATEN", "AGREE"})
# a crowd's attack or arson is a riot, its seizure of a place a blockade (PLOVER PROTEST riot,
# obstruct)
CROWD_ACTS = {"190": ("145", "riot"), "1712": ("145", "riot"), "192": ("144", "obstruct")}
MILITARY_STRIKE = TriggerEntry(("strike",), "noun", "190", "ASSAULT")
COURTESY_CALL = TriggerEntry(("call", "on"), "verb", VISIT, "CONSULT", mode="visit")
FORCES_ORDERED = TriggerEntry(("order",), "verb", "154", "MOBILIZE", mode="troops")


# what a promise makes: an agreement, or a concession where what is promised yields (CAMEO
# 035, spec exceptions table)
PROMISED = frozenset({"AGREE", "CONCEDE"})
YIELD = "080"  # CAMEO: yield; a payment of compensation, unless typed a concession


def _compensation(entry: TriggerEntry) -> bool:
    """'Would compensate the families': a promise of what is paid, an agreement, not a
    concession ('will back down' is one)."""
    return entry.cameo == YIELD and entry.type != "CONCEDE"


def _protest_by_a_deed(draft: Draft, coded: dict[int, str]) -> bool:
    """'Set up camp outside Congress to protest against a bill', 'padlocked the office in
    protest against the budget': a deed that is no act of its own, done to protest, is the
    protest ('summoned the ambassador to protest' is the summons, spec section 6)."""
    tok, mood = draft.match.token, draft.mood
    if draft.entry.type != "PROTEST" or mood.modality != "intended" or \
            mood.polarity != "positive":
        return False
    deed = tok.head if tok.dep in (ADVCL, XCOMP) else \
        tok.head.head if tok.dep == POBJ and tok.head.lower_ == "in" else None
    # "defied the ban to protest": the defiance is the protest's own
    return deed is not None and part_of_speech(deed) == "VERB" and \
        (deed.i not in coded or deed.lemma_.lower() == "defy") and \
        tense(deed) == "past" and deed.dep not in (ACL, RELCL) and \
        list(coded.values()).count("PROTEST") == 1  # no protest told otherwise


def _called_on_in_person(match: Match) -> bool:
    """'Called on Prime Minister Hasina at her residence', 'called on the crown prince in
    Riyadh and discussed ...': a visit to a person, where nothing is asked of them (no
    'to' clause, no 'for')."""
    verb = match.token
    if verb.lemma_.lower() != "call" or match.entry.words[1:] not in (("on",), ("upon",)):
        return False
    persons = [p for c in children_of(verb) if c.dep == PREP and c.lower_ in ("on", "upon")
               for p in children_of(c) if p.dep == POBJ and p.ent_type_ == "PERSON"]
    asked = any(c.dep in (XCOMP, CCOMP) or c.dep == PREP and c.lower_ == "for"
                for c in children_of(verb))
    return bool(persons) and not asked and \
        not any(c.dep in (ACL, RELCL) or c.tag == VB for p in persons for c in children_of(p))


def _reported_clause(verb: Token) -> Token | None:
    """The clause a verb reports: "protested that the police ...", or the sentence before
    "..., a rights group protested" (parsed as a clause on the group: "group" <- "protested")."""
    for child in children_of(verb):
        if child.dep == CCOMP:
            return child
    head = verb.head
    passive = any(c.dep in (AGENT, DOBJ, AUXPASS) for c in children_of(verb))
    if verb.dep == ACL and verb.tag in (VBD, VBN) and not passive and \
            head.dep == APPOS and \
            head.left_edge.i > sentence_of(verb).start and \
            verb.doc[head.left_edge.i - 1].text == ",":
        return sentence_of(verb).root
    return None


class SentenceCoder:
    """Turns the triggers of a sentence into events, with the lexicon and the ontology."""

    def __init__(self, triggers: TriggerLexicon, ontology: Ontology):
        self.triggers = triggers
        self.ontology = ontology


    def events(self, scene: Scene, arguments: Arguments) -> list[Event]:
        """The events of one sentence: its triggers with their arguments and moods."""
        drafts = self._drafts(scene.sent, arguments)
        for d in drafts:
            self._retype(d, arguments)
        coded = {d.match.token.i: d.entry.type for d in drafts}
        for d in drafts:
            if _done_by_order(d) or _protest_by_a_deed(d, coded):
                d.mood = Modality()
        borrow_recipients(drafts, self.triggers.speech)
        for d in drafts:
            # "demanding that the government expel Chinese diplomats": an organ the words
            # name is the side, whichever state the article makes it; no guess past it
            if not any(r.code or d.entry.type == "REQUEST" and r.sector in POLITICAL_SECTORS
                       for r in d.recipients):
                mutual = len({a.code for a in d.actors if a.code}) > 1
                # "Russia and Ukraine held talks in Belarus": the pair is the event
                guess = [] if mutual else arguments.in_clause(d.match.token, d.actors)
                d.recipients = guess or d.recipients
                if _among_themselves(d.match):  # "the ministers had finished their meeting"
                    d.recipients = d.actors
        each_other = _each_or_other(span_text(scene.sent))  # most sentences: neither
        return [e for d in drafts for e in self._draft_events(d, scene, arguments, each_other)]

    def _matches(self, sent: Span) -> list[Match]:
        """The sentence's triggers, less those that name no act here (events/nonevents.py)."""
        return [m for m in find_triggers(sent, self.triggers)
                if not names_no_act(m, self.triggers)]

    def _drafts(self, sent: Span, arguments: Arguments) -> list[Draft]:
        """Each act of the sentence with its sides and mood: its triggers', and the promises,
        demands, denunciations and threatened responses its verbs make."""
        matches = [m for m in self._matches(sent) if not things_held(m, arguments)]
        drafts = [self._draft(m, arguments) for m in matches]
        coded = {m.token.i for m in matches}
        verbs = words_of(sent, "VERB", "AUX")
        drafts += [self._draft(Match(PROMISE, tok, tok.i, tok.i + 1), arguments)
                   for tok in verbs if part_of_speech(tok) == "VERB" and tok.i not in coded
                   and tok.lemma_.lower() in self.triggers.cooperative
                   and _promised_by_doer(tok, self.triggers.speech)
                   and (tok.lemma_.lower() not in self.triggers.giving
                        or _given(tok, self.triggers.told))]
        drafts += [self._demand(tok, arguments) for tok in verbs
                   if tok.dep in (CCOMP, ACL) and obligation(tok)]
        acts = {m.token.i: m.entry.type for m in matches}
        drafts += [self._denounced(tok, arguments) for tok in verbs
                   if tok.i not in coded and self._disapproving_name(tok)]
        drafts += [self._blamed(tok, arguments) for tok in verbs if self._put_behind(tok)]
        responses = [tok for tok in verbs if tok.i not in coded and self._threatened(tok)
                     and not self._onlookers_guess(tok)]
        hostile = [d.match.token for d in drafts if d.mood.polarity == "positive" and
                   self.ontology.plover[d.entry.type].quad >= 3]  # not "not to use force"
        drafts = [d for d in drafts if not _vowed(d, responses + hostile)]
        drafts += [self._response(tok, arguments) for tok in responses]
        drafts = [d for d in drafts if not _an_act_ordered(d.match, acts)
                  and not _an_act_approved(d.match, acts)
                  and not _own_forces_commanded(d, arguments)
                  and not _own_course_proposed(d.match)
                  and not _ordered_by_nobody_named(d.match)
                  and not self._addressed_to_no_party(d, arguments, acts)]
        drafts += _protests_put_down(drafts, arguments)
        drafts = _without_tolls(drafts)
        for d in drafts:
            _planted_by_nobody_named(d)
        return drafts

    def _retype(self, d: Draft, arguments: Arguments) -> None:
        """The act the draft's words make in their place: done together, a strike on a
        place, done at another's request, or a complaint reported."""
        if d.entry.joint is not None and (  # "X and Y held war games": cooperation
                len({a.code for a in d.actors if a.code}) > 1 or _said_joint(d.match)):
            d.entry = d.entry.joint
        if d.entry.type == "AGREE":  # "agreed to withdraw its troops within 90 days"
            d.entry = self._concession_promised(d.match) or d.entry
        if d.entry.type == "REQUEST" and _called_on_in_person(d.match):
            d.entry = COURTESY_CALL  # "called on Prime Minister Hasina at her residence"
        if d.entry.type == "REQUEST" and _ordered_held(d.match):
            d.entry = match_as(d.match.token, "detain", self.triggers).entry
        if _forces_sent(d.match, arguments, d.actors):  # "ordered ten battalions to its border"
            d.entry = FORCES_ORDERED
        if d.entry.type == "REQUEST" and _told_to_leave(d.match.token):
            expelled = match_as(d.match.token, "expel", self.triggers)
            if expelled is not None and (expelled.entry.objects or _foreigners(d) or
                                         _told_to_leave(d.match.token, LEFT_WHOLE)):
                d.entry = expelled.entry  # not "ordered protesters to leave the square"
        targets = _struck(d.match, arguments)
        if targets is not None:  # "a Ukrainian strike on Crimea": no walkout
            d.entry = MILITARY_STRIKE
            d.recipients = [a for t in targets for a in arguments.actors.resolve(t)] or \
                d.recipients
        request = _at_request(d.match.token) if d.entry.invited is not None else None
        # "troops were deployed at the request of ...": the deployed, if none deploys
        if request is not None and \
                not _own_request(request, d.actors or d.recipients, arguments):
            d.entry = d.entry.invited
        helped = _helped(d.match.token, arguments) if d.entry.invited is not None else None
        if helped is not None and _abroad(d.actors, helped or d.recipients):
            # "sent troops to Mozambique to help fight insurgents", "willing to send troops
            # to help the Somali army": help to whom they are sent or whom they help
            d.entry, d.recipients = d.entry.invited, helped or d.recipients
        # "X protested that ...", "..., a group protested": a complaint, not a demonstration
        reported = _reported_clause(d.match.token) if d.entry.reporting is not None and \
            d.match.entry.pos == "verb" else None
        if reported is not None:
            d.entry = d.entry.reporting
            if not d.actors and d.match.token.dep == ACL:
                d.actors = arguments.actors.resolve(d.match.token.head)
            if not any(r.code for r in d.recipients):
                d.recipients = arguments.actors.resolve(subject_of(reported)) or \
                    d.recipients

    def _draft_events(self, d: Draft, scene: Scene, arguments: Arguments,
                      each_other: bool) -> list[Event]:
        """A draft's events, one for each pair of sides, and the promise or refusal its
        mood makes."""
        # "each side accused the other", "blamed each other": one each way
        entry = replace(d.entry, mutual=True) \
            if each_other and _at_each_other(d.match.token) else d.entry
        entry = _complaint(entry, d.actors, arguments.actors.lexicon.aliases)
        if not _on_people(d.match.token, arguments):
            entry = _riot(entry, d.actors)
        pairs = pairs_of(entry, d.actors, d.recipients)
        if entry.mutual and entry.type == "SUPPORT" and d.mood == Modality():
            # "the Maldives signed an agreement with China": a signing told from one side is
            # one each way all the same (spec 1); one refused or hoped for is not
            told = {(a.code, r.code) for a, r in pairs}
            pairs += [(r, a) for a, r in pairs if a.code and r.code and a.code != r.code and
                      (r.code, a.code) not in told]
        if entry.cameo == VISIT and d.match.token.lemma_.lower() in ARRIVING:
            # "arrived in Tehran", "flew to Beijing": a visit abroad, not a trip at home
            pairs = [(a, r) for a, r in pairs if r.code and r.code != (a.code or scene.main_state)]
        if _with_other_side(d.match.token):
            # "the minister spoke with his Iranian counterpart": not Iran's minister, though
            # the story is Iran's
            pairs = [(a, r) for a, r in pairs if (a.code or scene.main_state) != r.code]
        when = date_of(d.match.token, scene.times, scene.published, scene.carried,
                       scene.anchor)
        if entry.type in WORDS_OF_INTENT and tense(d.match.token) == "future":
            # "the Kremlin said last week that Russia would respond": threatened when said
            when = promised_on(d.match.token, when, scene.times, scene.published,
                               scene.agreed or scene.carried, scene.anchor)
        mood = _still_to_come(entry.type, d.mood, when, scene.published)
        events = [] if d.entry is PROMISE else \
            [self._event(entry, a, r, mood, d.match, scene, when) for a, r in pairs]
        intent = self._intent(d) or self._refusal(d)
        if intent is not None and d.mood.cause == "will" and \
                _said_by_another(d.match.token, d.actors + d.recipients, arguments):
            intent = None  # "Lavrov said Turkey would not send troops": not Turkey's word
        if intent is not None:  # promised or refused now, whenever the act would be
            said_when = promised_on(d.match.token, when, scene.times, scene.published,
                                    scene.agreed or scene.carried, scene.anchor)
            # "X and Y failed to reach agreement": each refused the other
            if d.entry.mutual or d.entry.type in UNORDERED:
                pairs = pairs_of(replace(intent, mutual=True), d.actors, d.recipients)
            if intent.type == "THREATEN":
                pairs = _threat_pairs(intent, d, arguments) or pairs
            events += [self._event(intent, a, r, Modality(), d.match, scene, said_when)
                       for a, r in pairs]
        return events

    def _concession_promised(self, match: Match) -> TriggerEntry | None:
        """'Offered to resign', 'pledged to lift the curfew', 'agreed to withdraw its
        troops': a yielding act promised is a concession (spec: a promise of future
        concessions, a withdrawal agreed but not yet done, a promised ceasefire)."""
        lemma = match.token.lemma_.lower()
        if match.entry.pos != "verb" or match.entry.cameo != "030" or \
                lemma not in PROMISING and lemma != "agree":
            return None
        for x in (c for c in children_of(match.token) if c.dep == XCOMP):
            promised = match_verb(x, self.triggers)
            if promised is not None and promised.entry.type in YIELDING and (
                    lemma != "agree" or promised.entry.mode == "withdraw"):
                cameo = promised.entry.cameo
                code = cameo if cameo == CEASEFIRE else YIELD_PROMISED.get(cameo[:3], "035")
            elif lemma != "agree" and x.lemma_.lower() in EASING:
                code = "035"  # "offered to delay the rise": no act of its own, yet a yielding
            else:
                continue
            return TriggerEntry(match.entry.words, "verb", code, "CONCEDE")
        return None

    def _addressed_to_no_party(self, draft: Draft, arguments: Arguments,
                               acts: dict[int, str]) -> bool:
        """Congratulations or an order whose object is no party: 'congratulated both teams',
        'ordered the company to pay the singer', 'ordered the street closed', 'ordered the
        blocking of the apps' (the order is the act, done by whoever gives it). Those to a
        state, an organ or a person, and an order whose object is an act already coded
        ('ordered the release of ...'), stay as they are."""
        entry, tok = draft.entry, draft.match.token
        lemma = tok.lemma_.lower()
        if draft.match.entry.pos != "verb" or not (
                entry.cameo == "100" and lemma in ORDERING or
                entry.cameo == "051" and lemma in CONGRATULATING):
            return False
        objects = [c for c in children_of(tok) if c.dep == DOBJ] or \
            [s for c in children_of(tok) if c.dep == CCOMP and c.tag in (VBN, VBD)
             for s in children_of(c) if s.dep in (NSUBJ, NSUBJPASS)]
        if not objects:
            return False
        for obj in objects:
            if obj.i in acts or match_noun(obj, self.triggers) is not None:
                return False  # "ordered the release of ...", "ordered an inquiry"
            # the object or a noun in it: "ordered the activation of a standby force"
            found = [a for t in obj.subtree if t is obj or part_of_speech(t) in ("NOUN", "PROPN")
                     for a in arguments.actors.resolve(t) if a.code or a.sector]
            if any(a.sector not in INSTITUTIONS for a in found):
                return False
        return True

    def _draft(self, match: Match, arguments: Arguments) -> Draft:
        actors, recipients = arguments.of(match)
        return Draft(match, match.entry, modality_of(match.token, self.triggers.speech),
                     actors, recipients)

    def _demand(self, tok: Token, arguments: Arguments) -> Draft:
        """'X said that Y must do Z' is a demand by X on Y (CAMEO 10)."""
        governor = tok.head
        actors = arguments.actors.resolve(subject_of(governor))
        if not actors and part_of_speech(governor) == "NOUN":
            actors = arguments.actors.resolve(subject_of(governor.head))
        recipients = arguments.actors.resolve(subject_of(tok))
        match = Match(DEMAND, tok, tok.i, tok.i + 1)
        return Draft(match, DEMAND, modality_of(governor, self.triggers.speech), actors,
                     recipients)

    def _disapproving_name(self, verb: Token) -> bool:
        """'called the expulsion "a provocation"', 'calling her government illegitimate'."""
        if verb.lemma_.lower() not in NAMING:
            return False
        named = [c for c in children_of(verb) if c.dep in (OPRD, XCOMP, CCOMP, ACOMP)]
        objects = [c for c in _named_in_calling(verb) if c.lower_ != "what"]
        if len(objects) > 1 and objects[0].lower_ == "which":
            named.append(objects.pop())  # "which Caracas called a provocation", two objects
        # "called the measures unjustified", parsed with the name as the object's modifier
        named += [c for o in objects for c in children_of(o) if c.dep == AMOD and c.i > o.i]
        if not objects and not any(n.dep == CCOMP for n in named):
            return False
        if any(o.lemma_.lower() in DISMISSED for o in objects) or any(
                s.dep in (NSUBJ, NSUBJPASS) and s.lemma_.lower() in DISMISSED
                for n in named if n.dep == CCOMP for s in children_of(n)):
            return False  # "calling the reports fabricated": a denial, a statement
        return any(t.lemma_.lower() in self.triggers.disapproval or
                   t.lower_ in self.triggers.disapproval for n in named for t in subtree_of(n))

    def _denounced(self, verb: Token, arguments: Arguments) -> Draft:
        """Calling something by a hostile name is denouncing it (CAMEO 111): whoever it is,
        or whoever did the act it names."""
        actors = arguments.actors.resolve(subject_of(verb))
        named = _named_in_calling(verb) + \
            [s for c in children_of(verb) if c.dep == CCOMP for s in children_of(c)
             if s.dep == NSUBJ]
        recipients = arguments.actors.resolve(named[0]) if named else []
        if named and named[0].lower_ == "which":
            recipients = _doers_of_clause_before(verb, arguments)
        if named and named[0].pos_ == "PRON" and \
                {a.code for a in recipients} <= {a.code for a in actors}:
            recipients = []  # "rejected the statement, calling it interference": not itself
        match = Match(DENOUNCE, verb, verb.i, verb.i + 1)
        return Draft(match, DENOUNCE, modality_of(verb, self.triggers.speech), actors,
                     recipients)

    def _threatened(self, verb: Token) -> bool:
        """'Moscow would respond in kind', 'will respond with full force to any incursion',
        'vowed to retaliate': a response still to come is a threat."""
        lemma = verb.lemma_.lower()
        if lemma not in RETALIATING and not turned_back(verb) or \
                verb.dep == ACL or verb.head.lemma_.lower() == "agree":
            return False  # "the right to respond", "agreed to respond": no threat made
        mood = modality_of(verb, self.triggers.speech)
        if mood.polarity != "positive" or mood.modality not in ("future", "hypothetical",
                                                                   "intended") \
                or mood.cause == "question":
            return False  # "Will Beijing retaliate?": a question threatens nobody
        return lemma not in ANSWERING or any(
            t.lower_ in FORCEFUL or t.dep == DET and t.lower_ == "any"
            for t in subtree_of(verb))

    def _onlookers_guess(self, verb: Token) -> bool:
        """'Analysts said Beijing could retaliate', 'trade experts say Washington could hit
        back': what onlookers of no side guess a state may do is nobody's threat. 'Moscow
        said it would respond in kind' is one."""
        tok = verb
        while tok.dep != ROOT and tok.head.i != tok.i:
            if tok.dep == CCOMP and tok.head.lemma_.lower() in self.triggers.speech:
                speaker = subject_of(tok.head)
                return speaker is not None and speaker.lemma_.lower() in ONLOOKERS
            tok = tok.head
        return False

    def _put_behind(self, verb: Token) -> bool:
        """'Said that British intelligence was behind the drone attacks': a speaker puts a
        hostile act on a party. Not a denial ('denied that party workers were behind it')."""
        if verb.lemma_.lower() != "be" or verb.dep != CCOMP or \
                verb.head.lemma_.lower() not in self.triggers.speech or \
                verb.head.lemma_.lower() in DENY:
            return False
        acts = [match_noun(p, self.triggers) for c in children_of(verb)
                if c.dep == PREP and c.lower_ == "behind"
                for p in children_of(c) if p.dep == POBJ]
        return any(m is not None and self.ontology.plover[m.entry.type].quad >= 3
                   for m in acts)

    def _blamed(self, verb: Token, arguments: Arguments) -> Draft:
        speaker = verb.head
        match = Match(BLAME, speaker, speaker.i, speaker.i + 1)
        return Draft(match, BLAME, modality_of(speaker, self.triggers.speech),
                     arguments.actors.resolve(subject_of(speaker)),
                     arguments.actors.resolve(subject_of(verb)))

    def _response(self, verb: Token, arguments: Arguments) -> Draft:
        actors = arguments.actors.resolve(subject_of(verb))
        recipients = arguments.aimed_at(verb, actors)
        match = Match(RESPONSE, verb, verb.i, verb.i + 1)
        return Draft(match, RESPONSE, Modality(), actors, recipients)

    def _refusal(self, draft: Draft) -> TriggerEntry | None:
        """'Will not accept', 'refused to meet', 'failed to reach agreement': a rejection."""
        mood = draft.mood
        kind = self.ontology.plover[draft.entry.type]
        if mood.polarity != "negated" or kind.quad > 2 or mood.modality == "hypothetical" \
                or (draft.entry is PROMISE and mood.cause == "fail"):
            return None
        if mood.cause not in REFUSAL_CAUSES or \
                gives_only_words(draft.match.token, self.triggers.told):
            return None  # "declined to give details": no comment, nobody's demand refused
        if mood.cause == "will" and draft.match.token.lemma_.lower() in FORBIDDING:
            return None  # "the state will not allow the capital to be held hostage"
        return TriggerEntry(draft.entry.words, draft.entry.pos, "120", "REJECT")

    def _intent(self, draft: Draft) -> TriggerEntry | None:
        """A promised act is an AGREE, a threatened one a THREATEN (CAMEO 03x and 13x); an
        act held over somebody on a condition ("unless", "if" with a hostile act) is a
        threat whatever the act."""
        mood = draft.mood
        if mood.polarity != "positive" or draft.entry is PROMISE and mood.cause is None:
            return None
        if any(c.dep == MARK and c.lower_ == "whether" for c in children_of(draft.match.token)):
            return None  # "asked whether Brussels could suspend the aid": a question
        condition = condition_of(draft.match.token)
        quad = self.ontology.plover[draft.entry.type].quad
        if mood.modality in ("future", "hypothetical") and draft.entry.type != "THREATEN" and (
                condition == "unless" or (condition == "if" and quad >= 3)):
            code = INTENT_CODES.get(draft.entry.cameo[:2]) if quad >= 3 else "130"
            return TriggerEntry(draft.entry.words, draft.entry.pos, code or "130", "THREATEN")
        # "vowed to punish", "pledged to crush": a vow of a hostile act is its threat (the
        # vow of a friendly one is already the vow's own AGREE)
        vowed_harm = mood.cause in VOWING and quad >= 3
        if mood.cause not in INTENT_CAUSES and not vowed_harm or \
                mood.cause == "will" and not _in_own_words(draft.match.token, self.triggers.speech):
            return None
        if _awaited(draft.match.token):
            return None  # "would continue until Hezbollah disarmed": a condition, no promise
        if not self._intent_told(draft.match.token, mood.cause):
            return None  # "accused Moscow of planning to attack": the plan is only alleged
        if _done_by_another_verb(draft.match.token):
            return None  # "would challenge the arrests": the arrests are no one's intent
        code = "030" if draft.entry is PROMISE or _compensation(draft.entry) else \
            INTENT_CODES.get(draft.entry.cameo[:2])
        if code is None or mood.cause in SCHEDULING and draft.entry.cameo[:2] in ANNOUNCED:
            return None
        plover = self.ontology.code(code).plover
        if plover in PROMISED and _undergone(draft.match.token):
            return None  # "the servicemen would be flown to Moscow": no doer promises it
        return TriggerEntry(draft.entry.words, draft.entry.pos, code, plover)

    def _intent_told(self, tok: Token, cause: str | None) -> bool:
        """Whether the word of intent ('planning', 'prepared', 'vowed') is itself told as
        so, not alleged or denied."""
        if cause is None or cause == "will":
            return True
        for _ in range(4):
            if tok.dep == ROOT or tok.head.i == tok.i:
                return True
            tok = tok.head
            if tok.lemma_.lower() == cause:  # "would be ready to host" still offers
                mood = modality_of(tok, self.triggers.speech)
                return mood.polarity == "positive" and mood.modality != "claimed"
        return True

    def _event(self, entry: TriggerEntry, actor: Actor, recipient: Actor, mood: Modality,
               match: Match, scene: Scene, when: Dated) -> Event:
        article, sent, number = scene.article, scene.sent, scene.number
        doc = sent.doc
        state = recipient.code if recipient.kind in HOMED else actor.code
        last = doc[match.end - 1]
        start, end = doc[match.start].idx, last.idx + len(last)
        code = self.ontology.code(entry.cameo)
        kind = self.ontology.plover[entry.type]
        event = Event(
            # str(): a missing code counts as 'None', as event ids have always had it
            id=digest(article.id, number, start, entry.type, str(actor.code),
                      str(recipient.code)),
            article_id=article.id,
            sentence=number,
            type=entry.type,
            mode=entry.mode,
            cameo=entry.cameo,
            quad=kind.quad,
            goldstein=code.goldstein,
            actor=actor,
            recipient=recipient,
            asserted=mood.asserted,
            polarity=mood.polarity,
            modality=mood.modality,
            date=when.date,
            date_text=when.text,
            date_precision=when.precision,
            location=scene.places.location_of(match.token, scene.where,
                                              state or scene.main_state) or scene.fronted,
            trigger=TextSpan(article.text[start:end], start, end),
            evidence=evidence_of(sent),
            confidence=0.0,  # rated once the whole article is read (events/confidence.py)
        )
        if when.near:
            scene.near.add(event.id)
        if when.after:
            scene.before.add(event.id)
        return event


def _without_tolls(drafts: list[Draft]) -> list[Draft]:
    """The drafts less the tolls of other acts (`_toll_of`); an act by a known doer whose
    sentence names whom it hit only through its toll ("opened fire on them", "them"
    unresolved) is aimed at those the toll names."""
    kept = []
    for d in drafts:
        act = _toll_of(d, drafts)
        if act is None:
            kept.append(d)
        elif any(a.code for a in act.actors) and not any(r.code for r in act.recipients):
            act.recipients = d.recipients or act.recipients
    return kept


def _toll_of(draft: Draft, drafts: list[Draft]) -> Draft | None:
    """'Azerbaijani forces shelled Armenian positions, wounding two servicemen', 'two
    constables were wounded when Ugandan troops opened fire', 'clashes killed dozens': the
    killing or wounding is the toll of the act of force it hangs from, or that is told in
    its own clause with no doer of its own; that act is the event (its sides, its mood)."""
    tok = draft.match.token
    if draft.entry.type != "ASSAULT" or draft.match.entry.pos != "verb" or \
            tok.lemma_.lower() not in HARM:
        return None
    for other in drafts:
        act = other.match.token
        if other is draft or other.entry.type != "ASSAULT" or act.i == tok.i or \
                act.lemma_.lower() in DEVICES:
            continue  # "a roadside bomb killed two soldiers": planted by nobody named
        if act.is_ancestor(tok) and not _doer_between(tok, act):
            return other
        # "were killed and four others injured when militants ambushed a patrol": the
        # clause hung on the harm verb joined on is the toll's too
        harmed = [tok, *(c for c in children_of(tok) if c.dep == CONJ and
                         c.lemma_.lower() in HARM and c.i != act.i)]
        for child in (c for verb in harmed for c in children_of(verb)):
            if not child.is_ancestor(act) and child.i != act.i:
                continue
            # "clashes killed dozens of soldiers", but "a US drone strike killed an al-Qaeda
            # leader": a killing that names whom it hit is told with its victim
            if child.dep == NSUBJ and not any(r.code for r in draft.recipients):
                return other
            # "were wounded when Ugandan troops opened fire" (the clause parsed on the verb
            # or on its day): no doer of its own
            if child.dep in (ADVCL, PREP) and not draft.actors and not any(
                    c.dep in (AGENT, NSUBJ) for c in children_of(tok)):
                return other
    return None


def _doer_between(tok: Token, act: Token) -> bool:
    """'a mob attacked a police picket and the police fired, killing two': a clause joined
    on with a doer of its own stands between the killing and the act above it; the killing
    is that clause's toll, not the act's ('..., where it said two were wounded' is no
    other doer's)."""
    head = tok.head
    while head.i != act.i and head.head.i != head.i:
        if head.dep == CONJ and part_of_speech(head) in ("VERB", "AUX") and \
                any(c.dep == NSUBJ for c in children_of(head)):
            return True
        head = head.head
    return False


def _own_course_proposed(match: Match) -> bool:
    """'The junta proposed staying in power for five more years', 'Moscow proposed sending
    its peacekeepers': a course of one's own put forward (a gerund with no doer of its own)
    asks nobody anything; 'proposed talks', 'proposed that both sides halt strikes' do."""
    tok = match.token
    return match.entry.pos == "verb" and tok.lemma_.lower() in PROPOSING and \
        not any(c.dep == DATIVE for c in children_of(tok)) and \
        any(c.dep in (XCOMP, DOBJ) and c.tag == VBG and not any(
            s.dep in (NSUBJ, POSS) for s in children_of(c)) for c in children_of(tok))


def _ordered_by_nobody_named(match: Match) -> bool:
    """'The accused was also ordered to pay compensation', 'units had been ordered to take
    the border posts': an order told in the passive with nobody named giving it is the
    lot of whoever got it, no demand of anyone's the story tells ('an embassy employee had
    been ordered to leave the country' is an expulsion all the same)."""
    tok = match.token
    return match.entry.cameo == "100" and tok.lemma_.lower() in ORDERING and \
        any(c.dep == AUXPASS for c in children_of(tok)) and \
        not any(c.dep == AGENT for c in children_of(tok)) and not _told_to_leave(tok)


def _an_act_ordered(match: Match, acts: dict[int, str]) -> bool:
    """'A magistrate ordered the extradition of ...', 'the court ordered his release': an
    order whose object is an act decides that act; it is no demand made of anybody. An
    inquiry ordered is asked of those who will hold it."""
    tok = match.token
    return match.entry.cameo == "100" and tok.lemma_.lower() in ORDERING and \
        any(c.dep == DOBJ and acts.get(c.i, "ACCUSE") != "ACCUSE" for c in children_of(tok))


def _an_act_approved(match: Match, acts: dict[int, str]) -> bool:
    """'The IMF's board approved a $3 billion loan for Sri Lanka', 'approved sanctions on
    ...': an approval whose object is a grant or a penalty does it (the loan is the event),
    no endorsement of anybody. A deal or a plan approved is endorsed."""
    tok = match.token
    return match.entry.type == "SUPPORT" and tok.lemma_.lower() in APPROVING and \
        any(c.dep == DOBJ and acts.get(c.i) in ("AID", "SANCTION") for c in children_of(tok))


def _forces_ordered(match: Match, arguments: Arguments) -> list[Actor]:
    """The armed forces an order (CAMEO 100) is given to, where its object is all forces."""
    tok = match.token
    if match.entry.cameo != "100" or tok.lemma_.lower() not in ORDERING:
        return []
    given = next((c for c in children_of(tok) if c.dep == DOBJ), None)
    forces = arguments.actors.resolve(given) if given is not None else []
    # "ordered additional troops and armoured vehicles to ...": troops, and things with them
    return forces if any(a.sector == "MIL" for a in forces) and \
        all(a.sector == "MIL" or a.sector is None and a.code is None for a in forces) else []


def _forces_sent(match: Match, arguments: Arguments, actors: list[Actor]) -> bool:
    """'Venezuela ordered ten army battalions to its border', 'ordered the air force on
    alert': an order whose object is the state's own armed forces, and that names no act
    for them to do ('ordered troops to withdraw'), sends them: a deployment, no demand.
    ('Ordered French troops out' sends away another's.)"""
    if any(c.dep in (XCOMP, CCOMP) for c in children_of(match.token)):
        return False
    forces = _forces_ordered(match, arguments)
    own = {a.code for a in actors} | {None}
    return bool(forces) and all(a.code in own for a in forces)


def _ordered_held(match: Match) -> bool:
    """'A judge ordered him held for 18 months', 'a court ordered six activists jailed':
    an order that holds somebody is the detention."""
    tok = match.token
    if match.entry.cameo != "100" or tok.lemma_.lower() not in ORDERING:
        return False
    # the parser hangs it on the verb, on the object, or, after an aside, deeper
    # ("ordered six activists, including a German, jailed pending trial")
    objects = [o for o in children_of(tok) if o.dep == DOBJ]
    told = [c for c in children_of(tok) if c.dep in (XCOMP, CCOMP, OPRD)] if objects else []
    told += [c for o in objects for c in subtree_of(o)
             if c.head.i == o.i or c.i > 0 and c.nbor(-1).text == ","]
    return any(c.tag == VBN and c.lemma_.lower() in HOLDING for c in told)


def _doers_of_clause_before(relative: Token, arguments: Arguments) -> list[Actor]:
    """'US aircraft held an exercise with Guyana on Dec 7, which Caracas called a
    provocation': what 'which' names is the act of the clause it follows, and its doer
    whom the naming denounces."""
    verb = clause_verb(relative.head)
    return arguments.actors.resolve(subject_of(verb)) if part_of_speech(verb) == "VERB" else []


def _named_in_calling(verb: Token) -> list[Token]:
    """What a verb of naming names: its object, or the noun the parser hung on the name
    ("called the sanctions blackmail", read as one noun phrase)."""
    return [c for c in children_of(verb) if c.dep == DOBJ] + named_by_name(verb)


def _among_themselves(match: Match) -> bool:
    """'Their meeting', 'their talks' with nobody named: those who own it meet each other."""
    return match.entry.type == "CONSULT" and match.entry.pos == "noun" and \
        any(c.dep == POSS and c.lower_ == "their" for c in children_of(match.token))


def _own_forces_commanded(draft: Draft, arguments: Arguments) -> bool:
    """'The president ordered the army to raise its combat readiness', 'ordered security
    forces to hunt down those responsible': a command to the state's own armed forces is
    how a state acts, no demand made of another party. The act commanded is coded on its
    own where the lexicon knows it."""
    if not any(c.dep == XCOMP for c in children_of(draft.match.token)):
        return False
    forces = _forces_ordered(draft.match, arguments)
    states = {a.code for a in draft.actors if a.code}
    return bool(forces) and all(a.code in states | {None} for a in forces)


# a phrase that itself says the day is ahead ("from next Monday", "tomorrow")
AHEAD = re.compile(r"\b(?:next|coming|tomorrow|upcoming)\b", re.IGNORECASE)
# acts done in words, whose day phrase is as often their content's ("pledged aid for next
# year", "rejected the budget for next year")
SPOKEN_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT",
                         "CONCEDE"})


def _still_to_come(kind: str, mood: Modality, when: Dated, published: date | None) -> Modality:
    """An act done in deeds or talks that its own phrase dates ahead of the day of writing
    ("announced a national strike from next Monday", "a hartal next Sunday") has not
    happened: it is to come."""
    if kind in SPOKEN_ACTS or not mood.asserted or when.text is None or when.near or \
            published is None or when.date is None or \
            when.date[:10] <= published.isoformat() or not AHEAD.search(when.text):
        return mood
    return Modality(mood.polarity, "future", mood.cause)


def _done_by_order(draft: Draft) -> bool:
    """'The minister ordered an inquiry', 'the court ordered his release': an inquiry is
    opened by the order, and a court's order of a release or an extradition carries it
    out; other acts ordered are only wished for ('ordered the arrest of ...')."""
    mood, tok = draft.mood, draft.match.token
    if mood.modality != "wished" or mood.cause not in ORDERING or mood.polarity != "positive" \
            or tok.dep != DOBJ or tok.head.lemma_.lower() not in ORDERING:
        return False
    if draft.entry.type == "ACCUSE" and draft.entry.cameo.startswith("09"):
        return True
    orderer = subject_of(tok.head)
    return draft.entry.type in ("RETREAT", "COOPERATE") and orderer is not None and \
        orderer.lemma_.lower() in COURTS


def _with_other_side(verb: Token) -> bool:
    """'spoke with his counterpart', 'met her counterpart': the other party is of another
    state than the doer, whichever state the doer is read as."""
    objects = [c for c in children_of(verb) if c.dep == DOBJ] + \
        [p for c in children_of(verb) if c.dep == PREP
         for p in children_of(c) if p.dep == POBJ]
    return any(o.lemma_.lower() in OTHER_SIDES for o in objects)


def _said_joint(match: Match) -> bool:
    """'held joint exercises with Guyana', 'ten days of joint naval drills': the act is
    told as done together, whoever the sentence names."""
    tok = match.token
    acts = [tok] if match.entry.pos == "noun" else \
        [c for c in children_of(tok) if c.dep in OBJECT_DEPS]
    acts += [m for a in acts for m in measured(a)]
    return any(c.dep == AMOD and c.lower_ in JOINT for a in acts for c in children_of(a))


def _struck(match: Match, arguments: Arguments) -> list[Token] | None:
    """What a bare 'strike' hit ('a strike on Crimea', 'the strikes hit a weapons depot',
    'the strikes killed eight people'; none named: empty), which makes it no labour strike;
    None for 'a strike on Monday', 'a strike against the reform' or 'the strike hit
    transport'."""
    tok = match.token
    if match.entry.cameo != LABOUR_STRIKE or tok.lemma_.lower() != "strike":
        return None
    if tok.dep == NSUBJ and tok.head.lemma_.lower() in STRIKING:
        hit = [o for o in children_of(tok.head) if o.dep == DOBJ][:1]
        if not any(o.lemma_.lower() in STRUCK_BY_WALKOUTS for o in hit):
            return hit
    place = next((o for p in children_of(tok) if p.dep == PREP and p.lower_ == "on"
                  for o in children_of(p) if o.dep == POBJ and
                  (o.ent_type_ in ("GPE", "LOC", "FAC") or
                   part_of_speech(o) == "PROPN" and o.ent_type_ not in ("DATE", "TIME") or
                   any(a.code for a in arguments.actors.resolve(o)))), None)
    return None if place is None else [place]


def quoted_at_nobody(event: Event, in_quote: bool, doer_quoted: bool) -> bool:
    """Violence told inside a quotation that names neither side there: '"We are fighting
    an enemy that is small but very well organised," the minister said', '"They fight, and
    we are the ones who suffer," she said'. A speaker's figure of speech, not a report of
    an attack ('"Soldiers opened fire on us," a protester said' names the doer)."""
    return in_quote and event.type == "ASSAULT" and event.recipient.text is None and \
        not doer_quoted


def sanction_abroad(event: Event, ontology: Ontology) -> Event:
    """'India banned dozens of Chinese apps', 'the EU imposed travel bans on eight Iranian
    officials': a restriction (CAMEO 172, 1721) on another state's people, firms or goods,
    once the article has placed both sides, is a sanction (CAMEO 163), not censorship."""
    if event.type != "COERCE" or event.cameo not in RESTRICTIONS or not event.actor.code \
            or not event.recipient.code or event.actor.code == event.recipient.code:
        return event
    return ontology.recoded(event, SANCTIONS)


def help_sent(events: list[Event], ontology: Ontology) -> list[Event]:
    """'Sogavare asked Australia for help ... Papua New Guinea sent 34 police officers, and
    Fiji has dispatched 50 soldiers': forces sent to a state after it appealed for aid
    (CAMEO 023) come to protect it (spec 6: AID 074), whoever it asked."""
    asked = {}
    for e in events:
        if e.type == "REQUEST" and e.cameo.startswith(APPEAL_FOR_AID) and e.asserted and \
                e.actor.code:
            asked.setdefault(e.actor.code, e.sentence)
    out = []
    for e in events:
        helped = e.recipient.code
        if e.type == "MOBILIZE" and e.asserted and e.mode in SENT_FORCES and \
                helped in asked and asked[helped] <= e.sentence and \
                e.actor.code not in (None, helped):
            e = ontology.recoded(e, PROTECTION)
        out.append(e)
    return out


def _vowed(draft: Draft, responses: list[Token]) -> bool:
    """'Iran vowed to retaliate', 'vowed to punish the attackers': a vow of a hostile act
    is the threat, no promise besides."""
    return draft.entry.type == "AGREE" and draft.match.token.lemma_.lower() in VOWING and \
        any(r.head.i == draft.match.token.i and r.dep == XCOMP for r in responses)


def _complaint(entry: TriggerEntry, actors: list[Actor], aliases: dict) -> TriggerEntry:
    """A government's protest is diplomatic, a complaint (CAMEO 114), not a demonstration:
    'Caracas protested', 'the foreign ministry handed him a note protesting against ...',
    'Spain summoned the envoy to protest'; a state's people ('Serbs protested') march."""
    def by_name(actor: Actor) -> bool:  # "Spain", "nepal": not "Serbs", "Chinese fans"
        named = aliases.get(actor.text or "") or aliases.get(capwords(actor.text or ""))
        return entry.pos == "verb" and entry.words[0] == "protest" and \
            actor.sector is None and named is not None and named.kind == "state" and \
            named.role == "name"
    if entry.type != "PROTEST" or not actors or any(
            (a.sector != "GOV" or a.resolved_by == "context") and not by_name(a)
            for a in actors):
        return entry
    return replace(entry, cameo="114", type="ACCUSE", mode="disapprove")


PUT_DOWN = ("175", "173", "18", "19")  # crowd control, arrest, violence
IMPLIED_PROTEST = TriggerEntry(("protest",), "noun", "141", "PROTEST", mode="demo")


def _protests_put_down(drafts: list[Draft], arguments: Arguments) -> list[Draft]:
    """The protest of the crowd an act of force or an arrest is done to, where no trigger
    of the sentence names one: 'soldiers opened fire on protesters demanding ...', 'police
    dispersed a rally of opposition supporters'. Its protesters are the crowd, or those the
    protest is 'of' or 'by'; at whom it was aimed the article tells (at home, if nobody)."""
    if any(d.entry.type == "PROTEST" for d in drafts):
        return []
    found: list[Draft] = []
    for d in drafts:
        if d.entry.type not in ("ASSAULT", "COERCE") or d.entry.mutual or \
                d.match.entry.pos != "verb" or not d.entry.cameo.startswith(PUT_DOWN):
            # a nominal act is as often told in summary ("over the crackdown on protesters")
            continue
        crowd = next((t for t in _done_to(d.match.token)
                      if (t.lemma_.lower() in CROWDS or t.lower_ in CROWDS) and
                      t.ent_type_ not in ("DATE", "TIME") and part_of_speech(t) != "PROPN" and
                      not campaigning(t)), None)
        if crowd is None:
            continue
        if crowd.lemma_.lower() in PROTESTERS or crowd.lower_ in PROTESTERS:
            actors = arguments.actors.resolve(crowd)
        else:
            actors = [a for by in children_of(crowd) if by.dep == PREP and
                      by.lower_ in ("of", "by") for p in children_of(by) if p.dep == POBJ
                      for a in arguments.actors.resolve(p)]
        match = Match(IMPLIED_PROTEST, crowd, crowd.i, crowd.i + 1)
        found.append(Draft(match, IMPLIED_PROTEST, d.mood, actors, []))
        break
    return found


def _told_to_leave(verb: Token, places: frozenset[str] | None = None) -> bool:
    """'Ordered two US diplomats to leave', 'told UN peacekeepers to quit the country',
    'ordered all South Koreans out of the park': an expulsion; with `places`, from one of
    those."""
    return verb.lemma_.lower() in SENDING_AWAY and any(
        (c.dep == XCOMP and c.lemma_.lower() in LEAVING or c.lower_ == "out" and
         c.dep in (PREP, PRT) and c.i > verb.i) and
        (places is None or any(o.lemma_.lower() in places for o in subtree_of(c)
                               if o.dep in (DOBJ, POBJ)))
        for c in children_of(verb))


def _foreigners(draft: Draft) -> bool:
    """'Iran ordered the two Britons to leave': those told to go are of another state than
    those telling them, so they are expelled, not asked."""
    own = {a.code for a in draft.actors if a.code}
    return bool(own) and any(r.code and r.code not in own for r in draft.recipients)


def _planted_by_nobody_named(draft: Draft) -> None:
    """'A roadside bomb killed two soldiers', 'an IED hit a police van, killing one
    constable': the device is no party, and whoever planted it is unknown, not the state
    where it went off (spec 6: actor null, the recipient coded)."""
    if draft.entry.type != "ASSAULT" or draft.actors:
        return
    device = _device_of(draft.match.token)
    if device is None or any(c.dep == POSS for c in children_of(device)):
        return  # "the militants' bomb"
    words = device.doc[device.left_edge.i:device.i + 1].text
    draft.actors = [Actor(code=None, sector=None, text=words, kind="unknown",
                          start=device.left_edge.idx, end=device.idx + len(device))]


def _device_of(trigger: Token) -> Token | None:
    """The device that did the act: its subject, or its agent in the passive ('a base was
    hit by a car bomb')."""
    agents = [p for c in children_of(trigger) if c.dep == AGENT
              for p in children_of(c) if p.dep == POBJ]
    for doer in (subject_of(trigger), *agents):
        if doer is not None and doer.lemma_.lower() in DEVICES:
            return doer
    return None


def _done_to(trigger: Token) -> list[Token]:
    """What an act is done to: its object, its passive subject, or what it is aimed 'on',
    'at' or 'against' ('fired on demonstrators', 'opened fire on protesters')."""
    heads = [trigger, *(c for c in children_of(trigger) if c.dep == DOBJ)]
    found = [c for c in children_of(trigger) if c.dep in (DOBJ, NSUBJPASS)]
    found += [p for h in heads for prep in children_of(h) if prep.dep == PREP and
              prep.lower_ in ("on", "at", "against") and prep.i > trigger.i
              for p in children_of(prep) if p.dep == POBJ]  # not "On 3 March, ..."
    return found


def _on_people(trigger: Token, arguments: Arguments) -> bool:
    """The act is done to people ('attacked two policemen'), not to a place or a thing."""
    people = arguments.actors.lexicon.people
    return any(c.dep in (DOBJ, NSUBJPASS) and c.lemma_.lower() not in PREMISES and
               (arguments.actors.sector_of(c) or c.lemma_.lower() in people)
               for c in children_of(trigger))


def _riot(entry: TriggerEntry, actors: list[Actor]) -> TriggerEntry:
    """'A mob attacked a police station', 'protesters stormed the residence', 'villagers
    occupied the mill', 'a crowd set fire to the consulate': done by a crowd of civilians to
    a place, a protest (PLOVER PROTEST riot), not an assault or a destruction of property."""
    if entry.cameo not in CROWD_ACTS or entry.type not in ("ASSAULT", "COERCE") or \
            entry.mutual or not actors or any(a.sector != "CVL" for a in actors):
        return entry
    cameo, mode = CROWD_ACTS[entry.cameo]
    return replace(entry, cameo=cameo, type="PROTEST", mode=mode)


def evidence_of(sent: Span) -> TextSpan:
    text = span_text(sent)
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return TextSpan(stripped, sent.start_char + lead, sent.start_char + lead + len(stripped))


@dataclass(frozen=True)
class Scene:
    """One sentence with what its events share: the article, its dates and places."""

    article: Article
    sent: Span
    number: int
    published: date | None
    times: list[Span]
    where: list[Span]
    places: ArticlePlaces
    carried: Dated | None = None
    fronted: Location | None = None  # "On the Moroccan side, ...": where the sentence is
    main_state: str | None = None  # the state the article names most ("the capital")
    # the day the sentence before or this paragraph named, which "a day earlier" is told from
    anchor: Dated | None = None
    # the day the story last told an agreement was signed: its terms' promises are of it
    agreed: Dated | None = None
    # the ids of its events dated by a phrase of the sentence not their own (Dated.near)
    near: set[str] = field(default_factory=set)
    # those of them told as what came before the act whose day they took (Dated.after)
    before: set[str] = field(default_factory=set)


def _promised_by_doer(verb: Token, speech: frozenset[str]) -> bool:
    """'Kenya will contribute troops' promises; 'the treaty would be sent to parliament'
    (no doer), 'did not say how many troops they would contribute' (a question) and
    'officials hope a visit will open talks' (somebody's hope) do not."""
    if any(c.dep == AUXPASS for c in children_of(verb)):
        return False
    if not _in_own_words(verb, speech):
        return False
    return not any(t.i < verb.i and (t.tag == WRB or t.lower_ == "what")
                   for t in subtree_of(verb))


def _undergone(tok: Token) -> bool:
    """A passive act with no agent named: what is to be done to its subject."""
    children = children_of(tok)
    return any(c.dep == AUXPASS for c in children) and \
        not any(c.dep == AGENT for c in children)


def _awaited(tok: Token) -> bool:
    """The act of a clause on 'until', 'once', 'before' or 'unless' ('the tariffs stay until
    Serbia recognises Kosovo'): what another act waits on, nobody's promise."""
    clause = tok if part_of_speech(tok) in ("VERB", "AUX") else tok.head
    return clause.dep == ADVCL and any(
        c.dep == MARK and c.lower_ in AFTER_MARKS
        for c in children_of(clause))


def _said_by_another(tok: Token, parties: list[Actor], arguments: Arguments) -> bool:
    """'Lavrov said Turkey would not send peacekeepers': what a third side says another will
    do is its forecast, no promise or refusal of the other's. The side the act is aimed at
    may tell it ('the Albanian embassy said the German minister will visit Albania')."""
    doers = {a.code for a in parties if a.code}
    if not doers:
        return False
    while tok.dep != ROOT and tok.head.i != tok.i:
        if tok.dep == CCOMP or tok.dep == CONJ and tok.head.dep == CCOMP:
            speaker = subject_of(tok.head if tok.dep == CCOMP else tok.head.head)
            said = {a.code for a in arguments.actors.resolve(speaker) if a.code} \
                if speaker is not None else set()
            return bool(said) and not said & doers
        tok = tok.head
    return False


def _done_by_another_verb(noun: Token) -> bool:
    """'the party would challenge the arrests in court', 'San Jose would raise the detentions
    at the OAS': a named act that is the object of a verb which does not do it (as 'hold',
    'launch', 'impose' do) is what that verb is about; the promise or threat, if any, is
    that verb's own."""
    if part_of_speech(noun) not in ("NOUN", "PROPN") or noun.dep not in (DOBJ, POBJ):
        return False
    verb = noun.head.head if noun.dep == POBJ else noun.head
    return part_of_speech(verb) == "VERB" and verb.lemma_.lower() not in LIGHT_VERBS


def _in_own_words(tok: Token, speech: frozenset[str]) -> bool:
    """Said, not hoped or believed: the clause the act is reported in hangs from a verb of
    saying ('officials hope a visit will open talks' is nobody's promise)."""
    while tok.dep != ROOT and tok.head.i != tok.i:
        if tok.dep == CCOMP:
            return tok.head.lemma_.lower() in speech
        tok = tok.head
    return True


def _given(verb: Token, told: frozenset[str] = frozenset()) -> bool:
    """'will return the islands', or back to talks ('willing to return to the table');
    not words ('will give details', 'would release a statement': `told`)."""
    return any(c.dep in (DOBJ, DATIVE) and c.lemma_.lower() not in told or
               c.lower_ == "to" and any(o.lemma_.lower() in TALKS for o in children_of(c))
               for c in children_of(verb))


# the words _at_each_other looks for are written with these ("another" too)
def _each_or_other(text: str) -> bool:
    """The text has "each" or "other", in any case (two substring tests on the lower-cased
    text: a regular expression that ignores case tries each of its characters in turn)."""
    lower = text.lower()
    return "each" in lower or "other" in lower


def _at_each_other(verb: Token) -> bool:
    """The act's object is 'the other', 'each other' or 'one another', or what is theirs
    ('expelled each other's diplomats', 'closed consulates in each other's countries'), or
    its sides did it each ('Russia and Ukraine each released 95 prisoners')."""
    objects = [c for c in children_of(verb) if c.dep == DOBJ] + \
        [p for prep in children_of(verb) if prep.dep == PREP for p in children_of(prep)
         if p.dep == POBJ]
    objects += [p for o in objects for prep in children_of(o) if prep.dep == PREP
                for p in children_of(prep) if p.dep == POBJ]
    subjects = [c for c in children_of(verb) if c.dep == NSUBJ]
    if any(s.lower_ == "each" for s in subjects) or \
            any(c.lower_ == "each" and c.dep == APPOS for s in subjects for c in children_of(s)):
        return True
    return any(_the_other(o) or any(c.dep == POSS and _the_other(c) for c in children_of(o))
               for o in objects)


# the word that makes each of these the other side: "the other", "each other", "one
# another" (parsed either way round)
OTHER_SIDE = {"other": ("the", "each"), "another": ("one",), "one": ("another",)}


def _the_other(word: Token) -> bool:
    """'The other', 'each other', 'one another'."""
    return word.lower_ in OTHER_SIDE and \
        any(c.lower_ in OTHER_SIDE[word.lower_] for c in children_of(word))


def _at_request(verb: Token) -> Token | None:
    """The request in 'sent special forces at President Kiir's request', 'at the
    invitation of'."""
    return next((p for prep in children_of(verb) if prep.dep == PREP and
                 prep.lower_ in ("at", "upon", "on") for p in children_of(prep)
                 if p.dep == POBJ and p.lemma_.lower() in INVITATIONS), None)


# what forces sent to another's land are sent to do as help: "to help fight insurgents"
HELPING = frozenset({"help", "assist", "support", "bolster", "reinforce"})


def _helped(verb: Token, arguments: Arguments) -> list | None:
    """Whom forces are sent 'to help' ('to help the Somali army': Somalia; 'to help fight
    insurgents': nobody named, []), or None where they are not sent to help."""
    for clause in children_of(verb):
        if clause.dep in (ADVCL, XCOMP) and clause.lemma_.lower() in HELPING and \
                with_to(clause):
            return [a for o in children_of(clause) if o.dep == DOBJ
                    for a in arguments.actors.resolve(o) if a.code]
    return None


def _abroad(actors: list, recipients: list) -> bool:
    """Sides of two states: forces sent at home help nobody abroad."""
    own = {a.code for a in actors if a.code}
    others = {r.code for r in recipients if r.code}
    return bool(own) and bool(others) and not others <= own


def _own_request(request: Token, actors: list, arguments: Arguments) -> bool:
    """'Deployed at the request of the civil administration': asked by its own state, a
    deployment at home."""
    askers = [c for c in children_of(request) if c.dep == POSS] + \
        [p for of in children_of(request) if of.dep == PREP and of.lower_ == "of"
         for p in children_of(of) if p.dep == POBJ]
    own = {a.code for a in actors if a.code}
    asked = [a for tok in askers for a in arguments.actors.resolve(tok)]
    if any(a.code in own for a in asked):
        return True
    # "the civil administration" named with no state, in a story of no other state's:
    # the deploying force's own (a Bangladeshi border force, deployed at home)
    others = {c for _, _, c in arguments.actors.state_mentions()} - own
    return bool(own) and not others and any(a.code is None and a.sector == "GOV"
                                             for a in asked)


def _threat_pairs(intent: TriggerEntry, d: Draft, arguments: Arguments) -> list[tuple]:
    """A threat held over whoever must meet its condition, where its act names nobody it is
    done to ('"If Brussels keeps our money frozen, we will veto the budget"'); an act nobody
    is named to do is the speaker's threat ('they would be killed unless Mali freed our
    brothers', a commander said)."""
    by_speaker = not d.actors
    if not by_speaker and any(r.code for r in d.recipients):
        return []
    threateners = arguments.speaker_of(d.match.token) if by_speaker else d.actors
    threatened = arguments.on_condition(d.match.token, threateners)
    return pairs_of(intent, threateners or d.actors, threatened) if threatened else []
