"""What the whole article says about its events' parties and places.

A domestic agent whose own sentence names no state ("police", "protesters",
"the government") takes the state where it acts, else the article's state
(../docs/records.md, spec section 6); a source is never a party; an event with
no party at all is no event.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property

from spacy.tokens import Span, Token

from ..nlp.clauses import MISSIONS
from ..nlp.labels import AMOD, COMPOUND, POBJ, POSS, PREP, RELCL, SUBJECTS
from ..nlp.parse import children_of, sentence_of, span_text, subtree_of, tokens_of
from ..records import HOLDER, UNKNOWN_DOER, Actor, Event, Location, changed
from ..where.attach import as_location, stray_alias
from ..where.gazetteer import Gazetteer, Place
from .frame import Frame

DATELINE_WEIGHT = 3
HEADLINE_WEIGHT = 2


@dataclass
class ArticleContext:
    frame: Frame
    states: Counter
    dateline: Place | None = None
    gazetteer: Gazetteer | None = None
    headquarters: dict[str, str] = field(default_factory=dict)  # organisation -> its city
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # organisation -> states
    foreign: set[str] = field(default_factory=set)  # states the story opens with as abroad
    # words for people in a private role (actors/data/sectors.yaml): customers, and those
    # whom violence hurts as private persons
    customers: frozenset[str] = frozenset()
    private_people: frozenset[str] = frozenset()
    # bodies named for their members ("farmers' groups", "residents' association")
    member_bodies: frozenset[str] = frozenset()

    @cached_property
    def private_words(self) -> frozenset[str]:
        """The words of both kinds of private persons, joined once an article (asked of each
        event)."""
        return self.private_people | self.customers

    @property
    def main_state(self) -> str | None:
        home = [code for code in self.states if code not in self.foreign] or self.states
        return max(home, key=self.states.get, default=None)  # the first named of equals

    def count(self, mentions: list[tuple[int, int, str]]) -> None:
        """Count the states named at these places in the text; the headline's count double."""
        for start, end, code in mentions:
            if not self.frame.covers(start, end):
                self.states[code] += HEADLINE_WEIGHT if start < self.frame.headline_end else 1

    def scene_state(self, event: Event) -> str | None:
        """Where the event happened, as a state: its place, else the article's state."""
        if event.location is not None and event.location.country:
            return event.location.country
        return self.main_state

    def members_meeting(self, event: Event, actor: Actor, host: str) -> bool:
        """'ECOWAS leaders met in Abuja', 'Arab ministers, meeting in Cairo, voted ...': an
        organisation's meeting with nobody named, at its seat or in a member state, is its
        members' own, not talks with the host."""
        if event.type != "CONSULT" or actor.kind != "igo" or event.recipient.code is not None:
            return False
        seat = self._seat(actor)
        return (seat is not None and seat.country == host) or \
            host in self.members.get(actor.code or "", ())

    def guest_state(self, host: str) -> str | None:
        """The state of 'the visiting leader' where `host` receives: the state the article
        names most after the host."""
        return next((code for code, _ in self.states.most_common()
                     if code != host and _state_code(code)), None)

    def place_of(self, event: Event, actor: Actor, recipient: Actor) -> Location | None:
        """Where an event whose sentence names no place happened. A statement, a demand,
        an accusation or a sanction (a recall, an expulsion) is made at home: the actor's
        state (the dateline's place if it is there). Talks, aid and force reach the other
        side: the dateline's place when a side belongs there, else the recipient's state,
        else the actor's. A side that is no state (an IGO) leaves it to the other."""
        verbal = event.quad == 3 or event.type in ("AGREE", "SUPPORT", "CONCEDE", "SANCTION")
        # "The UN Security Council extended the embargo": in New York
        seat = self._seat(actor) if verbal else None
        order = [(actor, "actor"), (recipient, "recipient")]
        order = [(side, basis) for side, basis in (order if verbal else order[::-1])
                 if _state_code(side.code)]
        if not order:
            return seat
        # a deal or a meeting is both sides' act: the dateline counts if it is either's
        home = order[:1] if verbal and not _joint(event) else order
        dateline = self.dateline
        if dateline is not None and self._in_lede(event) and \
                dateline.country not in {side.code for side, _ in order}:
            return as_location(dateline, "dateline")  # "BRUSSELS - The EU imposed ..."
        if dateline is not None and dateline.country in {side.code for side, _ in home}:
            return as_location(dateline, "dateline")
        if seat is not None:
            return seat
        if dateline is None and self.main_state in {side.code for side, _ in home}:
            return self.country_place(self.main_state, "article")
        return self.country_place(order[0][0].code, order[0][1])

    def _seat(self, actor: Actor) -> Location | None:
        city = self.headquarters.get(actor.code or "") if actor.kind == "igo" else None
        if city is None or self.gazetteer is None:
            return None
        place = self.gazetteer.resolve(city, set())
        return as_location(place, "actor") if place is not None else None

    def _in_lede(self, event: Event) -> bool:
        """The event is told in the sentence the dateline opens (the dateline itself is
        blanked before parsing: the sentence starts where it ends)."""
        span = self.frame.dateline_span
        return span is not None and event.evidence.start <= span[1] + 2 < event.evidence.end

    def country_place(self, code: str, basis: str) -> Location | None:
        place = self.gazetteer.countries.get(code) if self.gazetteer is not None else None
        return as_location(place, basis) if place is not None else None


def build_context(frame: Frame, mentions: list[tuple[int, int, str]],
                  gazetteer: Gazetteer | None,
                  headquarters: dict[str, str] | None = None,
                  members: dict[str, frozenset[str]] | None = None,
                  customers: frozenset[str] = frozenset(),
                  private_people: frozenset[str] = frozenset(),
                  member_bodies: frozenset[str] = frozenset(),
                  organisations: bool = False) -> ArticleContext:
    """`mentions`: (start, end, state code) of every state the article's words name;
    `headquarters`: the city each organisation sits in; `organisations`: whether the
    article names one."""
    context = ArticleContext(frame, Counter(), gazetteer=gazetteer,
                             headquarters=headquarters or {}, members=members or {},
                             customers=customers, private_people=private_people,
                             member_bodies=member_bodies)
    context.count(mentions)
    states = context.states
    dateline = None
    if gazetteer is not None and frame.place:
        dateline = _dateline_place(gazetteer, frame.place, frame.country, set(states))
        if dateline is not None and dateline.country:
            states[dateline.country] += _dateline_weight(dateline, states, context.headquarters,
                                                         organisations)
    context.dateline = dateline
    return context


def _dateline_weight(dateline: Place, states: Counter, headquarters: dict[str, str],
                     organisations: bool) -> int:
    """The dateline counts as much as three mentions of its state; a city where an
    organisation sits ("GENEVA", "ADDIS ABABA", "VIENNA") as one, in a story that names an
    organisation and never the city's state: the story is the organisation's, about
    others."""
    if organisations and states[dateline.country] == 0 and \
            dateline.name in headquarters.values():
        return 1
    return DATELINE_WEIGHT


def _dateline_place(gazetteer: Gazetteer, place: str, country: str | None,
                    states: set[str]) -> Place | None:
    """The dateline's place; on a page without commas, 'maiduguri nigeria' is a town and
    the country it is in. A town the gazetteer does not know is at least in its country."""
    within = _country(gazetteer, country)
    found = gazetteer.resolve(place.title(), states, within=within)
    words = place.split()
    for n in (1, 2):
        if found is not None or within is not None or len(words) <= n:
            break
        within = _country(gazetteer, " ".join(words[-n:]))
        if within is not None:
            found = gazetteer.resolve(" ".join(words[:-n]).title(), states, within=within)
    if found is not None and within is None and stray_alias(found, place, states):
        return None  # "KHAR:" (a Pakistani town) is an old name of Haar in Bavaria
    return found or (gazetteer.countries.get(within) if within else None)


def _country(gazetteer: Gazetteer, name: str | None) -> str | None:
    named = [p for p in gazetteer.candidates(name) if p.kind == "country"] if name else []
    return named[0].country if named else None


# the words of a complaint brought to a body that hears it
COMPLAINTS = re.compile(r"complain|file|lodg|petition|case|took|brought|appeal")
# the organs of a state that a story names without their state when they are its own
DOMESTIC = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "SPY"})
LEDE_SENTENCES = 2
NATIONS = frozenset({"name", "adjective"})  # not a capital, which is as often a place


def foreign_in_lede(sentences: list[Span], actors, frame: Frame) -> set[str]:
    """'Government blames Chinese state hackers ...', 'Police detained two Russian men':
    where a story with no dateline opens with an organ of a state that it does not name,
    that organ is the story's own, and a state the same sentence names (not as the place
    where it is) is another one, however often the story names it later."""
    if frame.dateline_span is not None:
        return set()
    nations = [i for i, (entry, _) in actors.entry_at.items()
               if entry.kind == "state" and entry.role in NATIONS]
    foreign: set[str] = set()
    for sent in [s for s in sentences if not frame.covers(s.start_char, s.end_char)][
            :LEDE_SENTENCES]:
        if not any(sent.start <= i < sent.end for i in nations):
            continue  # most ledes: no state named that could be another's (none is read)
        organs = [t for t in tokens_of(sent) if t.dep in SUBJECTS and
                  _unnamed_organ(actors.resolve(t))]
        for tok in (t for organ in organs for t in _own_clause(organ)):
            found = actors.entry_at.get(tok.i)
            if found is None or found[0].kind != "state" or found[0].role not in NATIONS or \
                    actors._is_place(tok):
                continue  # "police in Lima", "in Nairobi's Mathare": where the organ is
            foreign.add(found[0].code)
    return foreign


def _own_clause(organ: Token) -> list[Token]:
    """The words of the organ's clause, short of a page's menu run into it ("news | kenya
    | courts a police constable was found guilty ...")."""
    menu = [t.i for t in sentence_of(organ) if t.text == "|"]
    start = max((i for i in menu if i < organ.i), default=-1)
    end = min((i for i in menu if i > organ.i), default=len(organ.doc))
    return [t for t in subtree_of(organ.head) if start < t.i < end]


def _unnamed_organ(found: list[Actor]) -> bool:
    return bool(found) and all(a.code is None and a.sector in DOMESTIC and
                               a.kind != "person" for a in found)


MISSION = re.compile(rf"\W*(?:{'|'.join(sorted(MISSIONS))}|high commission)\b", re.IGNORECASE)


def _a_mission(event: Event, side: Actor) -> bool:
    """The side is named as a mission's owner ("outside the US embassy")."""
    if side.end is None or not event.evidence.start <= side.end <= event.evidence.end:
        return False
    return MISSION.match(event.evidence.text, side.end - event.evidence.start) is not None


def _host_of(owner: str, context: ArticleContext) -> str | None:
    """The state a mission of `owner` stands in: the dateline's, else the state the article
    names most after the owner."""
    dateline = context.dateline
    if dateline is not None and dateline.country and dateline.country != owner:
        return dateline.country
    return context.guest_state(owner) or owner


def is_source(actor: Actor, frame: Frame) -> bool:
    if actor.kind == "outlet":
        return True
    return actor.start is not None and frame.covers(actor.start, actor.end or actor.start)


def _described(actor: Actor) -> bool:
    """A domestic agent the text describes but places in no state: 'police', 'protesters',
    'the government', an official with a title and no nationality. A company, a school,
    a hospital or a person with no office acts for nobody's state."""
    if actor.code is not None or actor.sector in PRIVATE or actor.sector in UPROOTED:
        return False
    if actor.kind == "person":  # a person with no office speaks for nobody's state
        return bool(actor.title or actor.sector)
    return actor.kind in ("unknown", "state") and bool(actor.text or actor.sector)


PRIVATE = frozenset({"BUS", "EDU", "MED", "CRM"})
INSTITUTIONS = frozenset({"BUS", "EDU", "MED"})  # firms, schools, hospitals
CIVIL = frozenset({"CVL", "LAB", "AGR"})  # people as such, who act politically on the state
NO_OFFICE = PRIVATE | CIVIL
VERBAL = (1, 3)  # quad classes of words, not deeds
TIES = "050"  # CAMEO: ties restored, mended, deepened (triggers.yaml)
SIGNING = "057"  # CAMEO: sign a formal agreement
JOINT = frozenset({"AGREE", "CONSULT", "COOPERATE"})  # acts of two sides together
# the sides of a state's own conflict that sit down with each other
AT_THE_TABLE = frozenset({"GOV", "MIL", "REB", "OPP"})
# migrants and refugees are where they are because they come from elsewhere: no state of
# their own unless the text names one ("Congolese refugees")
UPROOTED = frozenset({"REF"})
ARMED_ORGANS = frozenset({"COP", "MIL"})  # a state's police and soldiers
ARREST = "173"  # CAMEO: arrest, detain
ABDUCTION = "181"  # CAMEO: abduct, hijack, take hostage
# CAMEO: restrictions a state lays on a place (censorship, a curfew, emergency rule); not a
# bare ban ("the banned party", "barred from office"), whose doer may be anyone
RESTRICTIONS = ("1721", "1723", "1724")


NOBODY = Actor(code=None)
# how a side named in the text itself was resolved (not placed by the article)
TOLD_IN_TEXT = ("dictionary", "pronoun", "chain")


def complete(event: Event, context: ArticleContext) -> Event | None:
    """The event with its unknown sides placed by the article, or None when it has no party."""
    actor, recipient = event.actor, event.recipient
    if event.type == "PROTEST" and actor.kind == "thing" and actor.code is None:
        # "pensioners protested", "street vendors marched": who protests is people, though
        # the dictionaries lack the word, and the state where they are may be told
        actor = changed(actor, kind="unknown")
    if _press_contact(event):
        return None  # "talking to reporters, he said ...": no consultation of anyone
    if _private(event, context.customers, context.member_bodies, context.private_people):
        return None  # "a carmaker threatened to take its supplier to court": business
    if _private_violence(event, context.private_words):
        return None  # "a farmer was hacked to death by his neighbour": ordinary crime
    if is_source(actor, context.frame):
        actor = NOBODY
    if is_source(recipient, context.frame):
        recipient = NOBODY
    if _forum(event, recipient):
        return None  # who is complained of, the sentence does not say
    if event.cameo == TIES and recipient.code is None and recipient.text is None and \
            _state_code(actor.code):
        # "Petro moved quickly to mend ties": with the state the story pairs with his own
        partner = context.guest_state(actor.code)
        if partner is not None:
            recipient = Actor(code=partner, kind="state", resolved_by="context")
    state = context.scene_state(event)
    if _described(actor) and actor.sector == "OPP" and _state_code(recipient.code) and \
            recipient.kind == "state" and \
            recipient.resolved_by in TOLD_IN_TEXT:
        # "the exiled opposition leader called on Minsk": an opposition faces its own state
        actor = changed(actor, code=recipient.code, resolved_by="context")
    if state is not None and event.type == "PROTEST" and state == recipient.code and \
            _described(actor) and _a_mission(event, recipient):
        # "thousands rallied outside the US embassy": the crowd is of the state the embassy
        # stands in, not the embassy's
        state = _host_of(recipient.code, context)
    if state is not None and _held_abroad(event, context):
        # "Maduro's government and the opposition signed an agreement in Barbados": the
        # sides of a state's own conflict meeting abroad are the story's, not the venue's
        actor = _placed(actor, context.main_state) if _a_side(actor) else actor
        recipient = _placed(recipient, context.main_state) if _a_side(recipient) else recipient
    if state is not None:
        actor = _placed(actor, context.guest_state(state) if _visiting(actor) else state)
        # "the UN rights office in Geneva called on the authorities", "In London, the
        # Foreign Office urged all sides": the story's authorities and sides, not those of
        # the city an organisation or another state speaks from
        words_from_afar = event.quad in VERBAL and \
            (actor.kind == "igo" or _speaks_from_home(event, state, context))
        recipient = _placed(recipient, _own_state(event, actor) or
                            (context.main_state if words_from_afar else None) or state)
    if state is not None and event.type in IN_ITS_HANDS and recipient.code is None and \
            recipient.kind == "unknown" and recipient.sector in PRIVATE and \
            recipient.text is not None:
        # "12 teachers ... were released", "students were detained": people of a private
        # calling whom the authorities hold or free are people of the state as any are
        recipient = changed(recipient, code=state, resolved_by="context")
    if state is not None and event.type == "PROTEST" and actor.code is None and \
            actor.text is None:  # "the protests spread": a protest has protesters
        actor = changed(actor, code=state, kind="state", resolved_by="context")
    if state is not None and event.type == "PROTEST" and actor.code is None and \
            actor.kind == "unknown" and actor.sector in INSTITUTIONS:
        # "nurses began a sit-in", "traders marched": people of a private calling who
        # protest act on the state where they are, as any crowd does
        actor = changed(actor, code=state, resolved_by="context")
    if state is not None and event.cameo.startswith(RESTRICTIONS) and actor.code is None and \
            actor.text is None and not _unidentified(event.actor.text or ""):
        # "a curfew was imposed in the town", "mobile internet was suspended in Kupwara":
        # nobody named imposes a restriction on a place, which only its state's authorities
        # do, on the people there
        actor = Actor(code=state, kind="state", resolved_by="context")
        if recipient.code is None:
            recipient = changed(recipient, code=state, kind="state", resolved_by="context")
    if actor.resolved_by == HOLDER:
        # "Kodjo had been released without charge", "they were freed in the evening":
        # people let go by nobody named were held by the authorities where the story is
        # (or by whoever the story says took them: `freed_by_their_captors`)
        actor = Actor(code=state, kind="state", resolved_by="context") if state else NOBODY
    if actor.code is None and recipient.code is None and \
            not (state is None and _force_of_a_state(event, actor)):
        return None
    if _met_only_there(event, actor, recipient, state):
        return None  # "after the summit in Abuja": where they met, not with whom
    if state is not None:  # an act aimed at nobody named, or done by nobody named, is at home
        if recipient.code is None and recipient.resolved_by != UNKNOWN_DOER and \
                not is_source(event.recipient, context.frame) and \
                not _outward(event, actor, state) and recipient.sector not in UPROOTED and \
                not context.members_meeting(event, actor, state):
            recipient = changed(recipient, code=state, kind="state", resolved_by="context")
        # "23 people were taken into custody": the unnamed agent is of the people's state;
        # whoever acts on a whole state named as such ("an operation in Ukraine") is not
        if actor.code is None and not is_source(event.actor, context.frame) and \
                actor.sector not in UPROOTED and \
                not (recipient.kind == "state" and recipient.sector is None and
                     recipient.resolved_by != "context") and \
                not _abroad_on(event, actor, recipient, state):
            actor = changed(actor, code=state, kind="state", resolved_by="context")
    if _on_its_own_state(event, actor, recipient):
        # "The foreign ministry summoned the Russian ambassador", "the minister accused
        # Beijing": a state summons another's envoys and accuses another by name; the
        # unnamed organ is of the story's other state
        actor = _placed(event.actor, context.guest_state(recipient.code) or actor.code)
    if (event.type == "ASSAULT" or event.cameo.startswith(DESTRUCTION)) and \
            (actor.code is None or actor.resolved_by == "context") and \
            (event.actor.resolved_by == UNKNOWN_DOER or _unidentified(event.actor.text or "")):
        # "unidentified gunmen attacked a police post", "gunmen burned an electoral office":
        # the attackers stay unknown (spec 6)
        actor = changed(event.actor, code=None, resolved_by=UNKNOWN_DOER)
        if recipient.code is None:
            return None
    if event.cameo.startswith(EASED_AT_HOME) and recipient.text is None and \
            recipient.code == actor.code:
        # "Senegal restored mobile internet": it eases its own people's lot, whom it need
        # not name, in a story set at home; "the US Treasury lifted restrictions", in a
        # story set in Belarus, eased somebody's abroad the sentence does not name
        if context.main_state is not None and actor.code != context.main_state:
            return None
    elif event.type != "PROTEST" and _on_itself(actor, recipient):
        return None  # "Serbia's minister warned that Belgrade could ...": one side, twice
    if recipient.code is None and event.type not in STANDS_ALONE and state is not None and \
            recipient.resolved_by != UNKNOWN_DOER and \
            not event.cameo.startswith(WITHDRAWALS) and _outward(event, actor, state):
        return None  # "Belgrade demanded the man's release": at whom, the article must say
    if _relations_with_itself(event, actor, recipient):
        return None  # "suspended flights at the airport", "recalled its ambassador"
    if actor.code is None and actor.resolved_by != UNKNOWN_DOER and not _full_name(actor) \
            and (_whole_state(recipient) or _abroad_on(event, actor, recipient, state)):
        return None  # "Spain should have informed it", "the Czech embassy was ordered"
    if actor.code is None and actor.resolved_by != UNKNOWN_DOER and \
            recipient.resolved_by == "place" and not _force_of_a_state(event, actor):
        # "Hanseong is seeking an order barring the sale of phones in the United States",
        # "migrants killed near Eagle Pass, Texas": a place where it happened is no side, and
        # with nobody on the other an act has no party (spec 6 keeps unidentified attackers)
        return None
    location = event.location or context.place_of(event, actor, recipient)
    if location is not None and location.country is None and location.resolution is None:
        location = _bordering(location, actor, recipient)  # "along the border"
    return changed(event, actor=actor, recipient=recipient, location=location)


def enemy_casualties(events: list[Event]) -> list[Event]:
    """Casualties the article's sides were left to code on the victims' own state, where
    another state attacks that state: "Afghan and Pakistani forces exchanged fire ...
    Two Afghan border guards were injured" (nobody named does the injuring), "X and Y
    fought, killing two civilians on the Afghan side" (the victims placed by context).
    The attack is the other state's: the injuring comes from the exchange already told,
    not from the victims' own state. Only a state's attack told outright (its side named,
    not placed by context) lends its attacker; an agentless casualty takes it from the
    whole article (the nearest such attack before it), one with a named doer and a placed
    victim only from its own sentence (a domestic killing by police beside a border clash
    keeps its doer)."""
    attacks = [e for e in events if e.type == "ASSAULT" and e.asserted and
               _state_code(e.actor.code) and _state_code(e.recipient.code) and
               e.actor.code != e.recipient.code and e.actor.resolved_by != "context"]
    if not attacks:
        return events
    out = []
    for e in events:
        own = e.actor.code
        agentless = e.actor.resolved_by == "context" and e.actor.text is None
        placed = e.recipient.resolved_by == "context"
        if e.type != "ASSAULT" or not e.asserted or not _state_code(own) or \
                e.recipient.code != own or not (agentless or placed):
            out.append(e)
            continue
        near = [a for a in attacks if a.recipient.code == own and
                (a.sentence == e.sentence or agentless and a.sentence <= e.sentence)]
        if not near:
            out.append(e)
            continue
        nearest = max(near, key=lambda a: (a.sentence, -a.trigger.start))
        out.append(changed(e, actor=nearest.actor))
    return out


def enemy_targets(events: list[Event]) -> list[Event]:
    """'Afghan forces opened fire on the construction site', 'the army said it had carried
    out air strikes, killing about 160 fighters': in a story of a fight between two sides,
    an attack by one side's forces on nobody the sentence names is on the other side, not
    on the attacker's own state, as the context would place it. The other side is the one
    the attacker fights in the attacks told outright (both sides named), the nearest before
    it, else the first after; a crowd fired on stays the attacker's own."""
    fights = [e for e in events if e.type == "ASSAULT" and e.asserted and
              e.actor.code and e.recipient.code and e.actor.code != e.recipient.code and
              e.actor.resolved_by != "context" and e.recipient.resolved_by != "context"]
    if not fights:
        return events
    out = []
    for e in events:
        own = e.actor.code
        if e.type != "ASSAULT" or not e.asserted or not _state_code(own) or \
                e.recipient.code != own or e.recipient.resolved_by != "context" or \
                e.actor.resolved_by not in TOLD_IN_TEXT or _a_crowd(e.recipient):
            out.append(e)
            continue
        foes = [(f.sentence, f.recipient.code if f.actor.code == own else f.actor.code)
                for f in fights if own in (f.actor.code, f.recipient.code) and
                _state_code(f.actor.code) and _state_code(f.recipient.code)]
        before = [f for f in foes if f[0] <= e.sentence]
        foe = max(before)[1] if before else min(foes)[1] if foes else None
        out.append(changed(e, recipient=changed(e.recipient, code=foe)) if foe else e)
    return out


def _a_crowd(side: Actor) -> bool:
    """The side is named as a crowd (protesters, a rally, a mob, students, workers,
    villagers): what a state's forces fire on at home, whatever fight the story tells."""
    text = (side.text or "").lower()
    return any(word in text for word in ("protest", "demonstrat", "crowd", "mob", "rall",
                                         "march", "student", "worker", "villager"))


def _state_code(code: str | None) -> bool:
    """A code of three capitals, as the states' are (ISO 3166 alpha-3): not "UN", "NATO" or
    "ECOWAS" (a three-letter organisation, "WHO", passes too)."""
    return code is not None and len(code) == 3 and code.isupper()


def _force_of_a_state(event: Event, actor: Actor) -> bool:
    """Police or soldiers in a text that names no state at all ("the police fired in the
    air to disperse the mob", a sentence cut from a local report), or an arrest by nobody
    named ("25 people were arrested"): the act is a state's, whichever state it is, and is
    kept with the side's code unknown."""
    if actor.text is None and event.cameo.startswith(ARREST):
        return event.recipient.text is not None  # someone was arrested
    return actor.sector in ARMED_ORGANS and actor.kind != "person"


def _met_only_there(event: Event, actor: Actor, recipient: Actor, state: str | None) -> bool:
    """A meeting with nobody named on the other side, held or only to be held: the state it
    was held in is where they met, not whom they met (a mediator's parties are found later);
    and a body of the state's own that met ("the joint commission has met several times",
    "the Security Council will meet on Monday") met in session, with nobody."""
    if recipient.code is not None or recipient.text is not None or state is None or \
            actor.resolved_by == "pronoun":  # "their ministers held talks": one of a pair
        return False
    if event.type == "CONSULT" and event.cameo != MEDIATION:
        return actor.code != state or _sitting_body(actor)
    return event.cameo == MEETING_INTENDED and _sitting_body(actor)


def _sitting_body(actor: Actor) -> bool:
    """'The joint commission', 'the Security Council', 'government delegations': a body
    whose meetings are its own sessions."""
    words = (actor.text or "").lower().split()
    return bool(words) and words[-1].removesuffix("s") in SITTING_BODIES


def _private(event: Event, customers: frozenset[str], bodies: frozenset[str] = frozenset(),
             persons: frozenset[str] = frozenset()) -> bool:
    """Business, a grievance, or the words of people in private roles: no political act."""
    return _business(event) or _grievance(event) or \
        event.quad in VERBAL and (_private_words(event, customers) or
                                  _members_voice(event, bodies) or
                                  _private_speaker(event, persons))


def _private_speaker(event: Event, persons: frozenset[str]) -> bool:
    """What a private person says to nobody named: "a man whose wife waited five weeks said
    he had complained twice", "the shopkeeper urged calm". Armed or masked men who threaten
    are no private persons (spec 6), and whoever speaks to an office stays."""
    actor = event.actor
    return _called(actor, persons) and actor.sector is None and \
        not actor.title and \
        UNIDENTIFIED.search(actor.text or "") is None and _unnamed(event.recipient)


def _members_voice(event: Event, bodies: frozenset[str]) -> bool:
    """What a body named for its members says to nobody in office: "farmers' groups warned
    that farms could close", "the budget was praised by residents' groups". Such a body
    speaks as its members would, in a private role; "residents' groups accused the council"
    is aimed at an office and stays. A body with a sector of its own ("opposition groups")
    is somebody else."""
    actor, recipient = event.actor, event.recipient
    words = (actor.text or "").lower().split()
    if actor.sector is not None or actor.title or len(words) < 2 or words[-1] not in bodies or \
            not words[-2].endswith(("'", "’", "'s", "’s")):
        return False
    return recipient.sector not in PUBLIC and recipient.kind != "igo"


def _business(event: Event) -> bool:
    """Companies acting on companies, or on nobody named ("a carmaker threatened to take its
    supplier to court"), or "attacking" a whole state's market. Traders who block a road in
    protest act on the state."""
    actor, recipient = event.actor, event.recipient
    sides = (actor.sector, recipient.sector)
    nobody = [side for side in (actor, recipient) if _unnamed(side)]
    # violence on a trader by armed men or a public side ("armed men abducted a trader") is
    # no business: an attack on the community (spec 6)
    done_to_a_firm = event.type == "ASSAULT" and (
        actor.sector in PUBLIC or UNIDENTIFIED.search(actor.text or "") is not None)
    if "BUS" in sides and all(s == "BUS" for s in sides if s is not None) and \
            (sides.count("BUS") == 2 or len(nobody) == 1) and event.type != "PROTEST" and \
            not done_to_a_firm:
        return True
    # "Chinese brands are attacking markets in Latin America": trade
    return event.type == "ASSAULT" and actor.sector == "BUS" and _whole_state(recipient)


def _private_words(event: Event, customers: frozenset[str]) -> bool:
    """A firm, a school or a hospital speaking to nobody named ("the hospital apologised");
    what customers say to or are offered by one of them or nobody named ("passengers
    complained", "fans were offered a voucher"); people of no office who sue, ask or blame
    one of them ("victims sued the banks", "patient advocates said the hospital should
    pay")."""
    actor, recipient = event.actor, event.recipient
    if actor.sector in INSTITUTIONS and _unnamed(recipient):
        return True
    if any(_head(side) in customers and (other.sector in PRIVATE or _unnamed(other))
           for side, other in ((actor, recipient), (recipient, actor))):
        return True
    return _of_no_office(actor) and recipient.sector in PRIVATE


def _of_no_office(side: Actor) -> bool:
    """People in a private role, civilians, or people the text describes with no sector
    ("patient advocates", "critics")."""
    return side.sector in NO_OFFICE or side.sector is None and side.kind == "unknown"


def _grievance(event: Event) -> bool:
    """A complaint of people of no state named that names nobody it is aimed at, not even
    in what it says ("residents complained that they had no water"): a grievance, no
    accusation. "Residents accused the police" or "complained that soldiers ..." name
    somebody."""
    return event.type == "ACCUSE" and event.actor.sector == "CVL" and \
        event.actor.code is None and _unnamed(event.recipient)


def _head(side: Actor) -> str:
    """The last word of the side's words in the text, lower-cased: 'many passengers' ->
    'passengers'."""
    words = (side.text or "").lower().split()
    return words[-1] if words else ""


def _unnamed(side: Actor) -> bool:
    """No organ, group or people the sentence names: no sector, and no code or one only
    guessed (from the article's state)."""
    return side.sector is None and (side.code is None or side.text is None)


# sectors of those who act for a state or a movement, or suffer violence as such
PUBLIC = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "PTY", "SPY", "JRN", "REL",
                    "LAB", "REF"})
# sectors and words of people hurt as private persons, not as a side
PRIVATE_PEOPLE = frozenset({"AGR", "CRM", "BUS", "EDU", "MED"})


# weapons of war and insurgency: a private person shot or bombed by nobody named is more
# often a victim of the conflict the story tells of than of a crime
ARMED = re.compile(r"shot|shoot|gun|fire|firing|bomb|blast|grenade|explo|ied\b|rocket|shell",
                   re.IGNORECASE)

# violence done by hand, with a blade or a club: no arm of war, whatever its CAMEO code
HAND_TO_HAND = re.compile(r"stab|knif|hack|beat|bludgeon|strangl|throttl|clubbed|slash",
                          re.IGNORECASE)


DESTRUCTION = "1712"  # CAMEO: property destroyed (arson, demolition)
# CAMEO: coercion and the seizure of property (170, 171x), not an arrest: taken from a
# private person by nobody named or by another, a theft, a hacking, a fraud
TAKING = ("170", "171")


def _private_violence(event: Event, words: frozenset[str]) -> bool:
    """Violence between private persons, or against one by nobody named, or by one on nobody
    named, with no arms of war ("the victim was attacked with a sword", "a 54-year-old
    farmer was hacked to death by his neighbour", "two men were fighting"), and coercion or
    theft of the same kind ("their accounts had been hacked"): ordinary crime, no event
    (spec 6). Anyone political on either side, a state named, unidentified armed men, or a
    shooting or a blast keep it an event."""
    if event.type != "ASSAULT" and not event.cameo.startswith(TAKING):
        return False
    unarmed = (not event.cameo.startswith("18") or HAND_TO_HAND.search(event.trigger.text)) \
        and not ARMED.search(event.trigger.text)
    if _private_person(event.actor, words) and _nobody(event.recipient):
        return unarmed  # "two men were fighting on a driveway": a quarrel
    if not _private_person(event.recipient, words):
        return False
    return _nobody(event.actor) and unarmed or _private_person(event.actor, words)


def _nobody(side: Actor) -> bool:
    """Nobody at all: no word of the sentence and no state."""
    return side.code is None and side.text is None


def _private_person(side: Actor, words: frozenset[str]) -> bool:
    """`words`: the words for people hurt as private persons ("farmer", "neighbour")."""
    if side.code is not None or side.sector in PUBLIC or side.kind not in ("unknown", "person"):
        return False
    if side.kind == "person" and (side.title or side.name):
        return False
    text = (side.text or "").lower()
    if not text or UNIDENTIFIED.search(text):
        return False
    return side.sector in PRIVATE_PEOPLE or _called(side, words)


def _called(side: Actor, words: frozenset[str]) -> bool:
    """The side's last word, or its singular, is one of these: 'a shopkeeper', 'cousins'."""
    head = _head(side)
    return head in words or head.rstrip("s") in words


def _speaks_from_home(event: Event, state: str, context: ArticleContext) -> bool:
    """A state named in the text, speaking from its own soil of a story set in another."""
    return event.actor.code == state and context.main_state not in (None, state)


def _own_state(event: Event, actor: Actor) -> str | None:
    """'Machado welcomed the release of the political prisoners': with no place told, the
    people a person of a state speaks of are that person's state's, not the article's. (A
    state named as such speaks as often of people abroad: 'Serbia urged the protesters'.)"""
    if event.location is not None:
        return None
    if _held_at_home(event, actor):
        return actor.code
    if event.quad not in (1, 3) or actor.kind != "person" or \
            not _state_code(actor.code) or DIPLOMATIC.search(actor.title or ""):
        return None
    return actor.code


# acts a state does to people in its hands: arrests, releases
IN_ITS_HANDS = frozenset({"COERCE", "RETREAT"})
RELEASES = "084"  # CAMEO: release people or property


def _held_at_home(event: Event, actor: Actor) -> bool:
    """'Nicaraguan police arrested 12 priests', 'Belarus freed 16 prisoners': with no place
    told, the people a state's police or government hold or free are that state's, not the
    article's. (Soldiers hold people abroad as often: 'Russian troops detained civilians'.)"""
    if event.type not in IN_ITS_HANDS or actor.kind != "state" or \
            not _state_code(actor.code) or actor.resolved_by == "context" or \
            actor.sector in ("MIL", "REB"):
        return False
    return event.type == "COERCE" or event.cameo.startswith(RELEASES)


def freed_by_their_captors(event: Event, earlier: list[Event]) -> Event:
    """A release by nobody named is the act of whoever the story last told taking people
    (before it, or in its own sentence): "Sri Lankan navy arrested 21 fishermen ... Twelve
    of them were freed" is Sri Lanka's release of Indians."""
    if event.actor.resolved_by != HOLDER:
        return event
    taken = [e for e in earlier if e.asserted and e.cameo.startswith((ARREST, ABDUCTION))]
    if not taken:
        # "two astronauts were freed from a stuck airlock hatch": nobody told holding them,
        # no release of anyone's (one "on bail" was held all the same)
        return event if event.trigger.text.lower().endswith(" on") else \
            changed(event, actor=NOBODY)
    last = taken[-1]
    if last.actor.code is None:  # "1,060 people were detained, most of whom were released"
        return event
    recipient = last.recipient if event.recipient.text is None else event.recipient
    return changed(event, actor=last.actor, recipient=recipient)


def _press_contact(event: Event) -> bool:
    """Talks with, briefings of, meetings with journalists of no state named."""
    side = event.recipient
    return event.type == "CONSULT" and side.sector == "JRN" and side.code is None


def _joint(event: Event) -> bool:
    """A deal, a meeting or a signing: both sides' act."""
    return event.type in JOINT or event.cameo == SIGNING


def _held_abroad(event: Event, context: ArticleContext) -> bool:
    """Talks, an agreement or a signing held in a state other than the story's."""
    return _joint(event) and event.location is not None and \
        context.main_state is not None and \
        event.location.country not in (None, context.main_state)


def _a_side(side: Actor) -> bool:
    """A collective side of a state's own conflict, named by what it is: 'the opposition',
    'the government', 'Tigrayan forces', 'the rebels'."""
    return _described(side) and side.kind == "unknown" and side.sector in AT_THE_TABLE


def _relations_with_itself(event: Event, actor: Actor, recipient: Actor) -> bool:
    """A cut in relations (CAMEO 16x: recalls, suspended flights, closed crossings) aimed at
    nobody named is no act of a state on itself: the article has not said on whom."""
    return event.type == "SANCTION" and event.cameo.startswith("16") and \
        actor.code is not None and actor.code == recipient.code and \
        recipient.resolved_by == "context" and event.recipient.code is None


# a state named as such ("Belgrade demanded ...", "Myanmar's government rejected ...",
# "Russia launched a military operation") with nobody named on the other side is not
# acting on itself: its target is elsewhere. Coercion and protest are the acts a state's
# people and organs take at home ("Ecuador's government declared a state of emergency").
AT_HOME = frozenset({"COERCE", "PROTEST"})
RESIGNATION = "0831"  # CAMEO: a leader's resignation, a state's act on itself (spec 6)
# people a state frees with no state named are its own, as those it arrests are
# ("Georgian authorities released 133 people detained during the protests")
PEOPLE_RELEASED = "0841"
# CAMEO: restrictions eased (a curfew, a ban, an emergency) and demands for reform acceded
# to (a tax, a bill withdrawn): a state's acts on its own people, whom it need not name
EASED_AT_HOME = ("081", "083")
MEDIATION = "045"  # CAMEO: mediate
MEETING_INTENDED = "036"  # CAMEO: express intent to meet or negotiate
SITTING_BODIES = frozenset({"commission", "council", "committee", "delegation", "cabinet",
                            "parliament", "assembly", "board", "executive", "panel", "congres",
                            "senate", "politburo", "presidium"})  # "congress" less its "s"
# force used, threatened, massed or withdrawn is news with no target named; a demand or a
# rejection of nobody is not
STANDS_ALONE = frozenset({"ASSAULT", "THREATEN", "MOBILIZE"})
WITHDRAWALS = "087"  # CAMEO: de-escalate militarily (troops withdrawn, ceasefire)


def _at_home(event: Event) -> bool:
    return event.type in AT_HOME or \
        event.cameo.startswith((RESIGNATION, PEOPLE_RELEASED, *EASED_AT_HOME))


def _outward(event: Event, actor: Actor, state: str) -> bool:
    if not _at_home(event) and actor.code == state and DIPLOMATIC.search(actor.text or ""):
        return True  # "the foreign ministry welcomed the vote": somebody abroad's vote
    return not _at_home(event) and actor.code == state and actor.kind == "state" and \
        actor.sector in (None, "GOV") and actor.resolved_by != "context"


# the organs and people of a state that deal with other states
DIPLOMATIC = re.compile(r"\b(?:foreign (?:ministry|minister|office|secretary|affairs)|"
                        r"state department|embass|ambassador|envoy|diplomat|consul)",
                        re.IGNORECASE)


def _full_name(side: Actor) -> bool:
    """A person named in full ("Dumindra Wickramaratne"): somebody who acts, even when no
    dictionary knows their state (one word the parser calls a person is often a firm)."""
    return side.kind == "person" and len((side.name or "").split()) >= 2


def _whole_state(side: Actor) -> bool:
    """A state or region named as such (or a pronoun for one), with no organ, office or
    people of it ('Spain', 'Czech', 'European')."""
    return side.kind in ("state", "region") and side.sector is None and \
        side.resolved_by in TOLD_IN_TEXT


def _abroad_on(event: Event, actor: Actor, recipient: Actor, state: str | None) -> bool:
    """Nobody named acting on the scene state's government named as such ("Vilnius was
    urged to lift it", "accused Vilnius", "called on Myanmar's military government"): the
    doer is abroad, not that state acting on itself (people the story names, "Ibo elders
    demanded", are placed as ever). Coercion and protest are acts at home, and force is
    told by where it struck ("gunmen attacked Kabul's airport")."""
    return actor.text is None and not _at_home(event) and event.type != "ASSAULT" and \
        recipient.code == state and recipient.kind == "state" and recipient.sector == "GOV" and \
        recipient.resolved_by in TOLD_IN_TEXT


def _on_its_own_state(event: Event, actor: Actor, recipient: Actor) -> bool:
    """An unnamed organ placed by the article in the state whose envoy it summons or
    expels, or which it criticises or accuses by name."""
    envoy_act = event.mode == "expel" or (
        event.cameo == "110" and event.trigger.text.lower().startswith("summon"))
    # "the agriculture minister accused Beijing of ...": no state's organ accuses the state
    # itself by its name
    at_a_state = event.cameo.startswith(DISAPPROVAL) and recipient.kind == "state" and \
        recipient.sector in (None, "GOV") and recipient.resolved_by == "dictionary" and \
        actor.sector in STATE_ORGANS  # an opposition faces its own state (spec 6)
    # "the ministry urged New Delhi to ...": a demand of a state by its name
    at_a_state = at_a_state or event.type == "REQUEST" and recipient.kind == "state" and \
        recipient.sector is None and recipient.resolved_by == "dictionary" and \
        actor.sector in STATE_ORGANS
    # "summoned Indian ambassador Ranjit Rae": an envoy named with his state's adjective
    told = (*TOLD_IN_TEXT, "nationality") if envoy_act else TOLD_IN_TEXT
    return (envoy_act or at_a_state) and event.actor.code is None and \
        actor.resolved_by == "context" and actor.code == recipient.code and \
        recipient.resolved_by in told


def _forum(event: Event, side: Actor) -> bool:
    """'Dhaka took its complaint to the UN General Assembly', 'filed a complaint at the
    WTO': the body a complaint is brought to hears it; it is not the one complained of."""
    if event.type != "ACCUSE" or side.kind != "igo" or side.start is None or \
            not COMPLAINTS.match(event.trigger.text.lower()):
        return False
    before = event.evidence.text[:max(side.start - event.evidence.start, 0)].split()
    words = [w for w in before[-2:] if w.lower() != "the"]
    return bool(words) and words[-1].lower() in ("to", "at", "before", "with")


def _on_itself(actor: Actor, recipient: Actor) -> bool:
    """Both sides named in the text as the same state and the same organ of it: the act of
    one side, not an act of a state on itself (which has a domestic agent on one side)."""
    named = ("context", "place")
    return actor.code is not None and actor.code == recipient.code and \
        actor.resolved_by not in named and recipient.resolved_by not in named and \
        actor.sector == recipient.sector and "person" not in (actor.kind, recipient.kind) \
        and not _two_groups(actor, recipient)


STATE_FORCES = frozenset({"COP", "MIL", "GOV"})
STATE_ORGANS = STATE_FORCES | {"LEG", "JUD"}
DISAPPROVAL = "11"  # CAMEO: criticise, accuse, complain (not 09, an inquiry at home)


def _two_groups(actor: Actor, recipient: Actor) -> bool:
    """'The Democratic Alliance accused the ANC': two parties or movements of one state,
    each named by its own name, are two sides; two of its forces are one."""
    return actor.kind == recipient.kind == "group" and actor.sector not in STATE_FORCES and \
        "dictionary" == actor.resolved_by == recipient.resolved_by and \
        (actor.text or "").lower() != (recipient.text or "").lower()


def _bordering(location: Location, actor: Actor, recipient: Actor) -> Location:
    """'Deployed soldiers along the border': the border of the side that acts there."""
    for side in (actor, recipient):
        if _state_code(side.code) and side.kind != "region":
            return replace(location, country=side.code)
    return location


def _visiting(actor: Actor) -> bool:
    """'The visiting prime minister': a guest of the scene's state, not one of its own."""
    return "visiting" in (actor.text or "").lower().split()


# ("suspected militants" are unknown men; "suspected jihadist fighters" a known movement's)
# what explodes on its own once planted: who planted it neither the sentence
# (events/sentence.py) nor the article says
DEVICES = frozenset({"ied", "bomb", "device", "landmine", "mine", "explosive", "explosives"})
UNIDENTIFIED = re.compile(r"\b(unidentified|unknown|masked|suspected militants?|"
                          r"armed (?:men|persons)|gunm[ae]n|assailants?|attackers?|"
                          r"suicide bombers?|"
                          rf"explosive devices?|(?:{'|'.join(sorted(DEVICES))})s?)\b",
                          re.IGNORECASE)  # a device that went off: its planter unknown


def _unidentified(text: str) -> bool:
    """'Unidentified gunmen', '15 attackers': unknown; 'the attackers' points back to
    whoever the article has named."""
    found = UNIDENTIFIED.search(text)
    return found is not None and not (found.group(1).lower().startswith(("attacker", "assailant"))
                                      and text.lower().startswith("the "))


def _placed(actor: Actor, state: str | None) -> Actor:
    if state is None or not _described(actor):
        return actor
    return changed(actor, code=state, resolved_by="context")


def fronted_place(sent: Span, actors, context: ArticleContext) -> Location | None:
    """The state a sentence-opening phrase names as its setting: "On the Moroccan side,
    police fired ...", "In Nigeria, ..."."""
    root = sent.root
    subjects = [c.left_edge.i for c in children_of(root) if c.dep in SUBJECTS]
    for prep in children_of(root):
        if prep.dep != PREP or prep.lower_ not in SETTINGS or not subjects or \
                prep.i > min(subjects):
            continue
        for tok in subtree_of(prep):
            states = [a.code for a in actors.mention(tok) if a.kind == "state" and a.code]
            if states and len(states[0]) == 3:
                return context.country_place(states[0], "sentence")
    wheres, sides = _wheres_and_sides(sent)
    for where in wheres:  # "aid to Sudan, where fighting ...", "the Russian town of X, where"
        if where.head.dep != RELCL:
            continue
        place = where.head.head
        named = [place, *(c for c in children_of(place) if c.dep in (AMOD, COMPOUND, POSS))]
        named += [o for p in children_of(place) if p.dep == PREP and p.lower_ == "of"
                  for o in children_of(p) if o.dep == POBJ]
        for tok in named:
            states = [a.code for a in actors.mention(tok) if a.kind == "state" and a.code]
            if states and len(states[0]) == 3:
                return context.country_place(states[0], "sentence")
    for side in sides:  # "... fired tear gas at crowds on the Venezuelan side"
        if side.head.lower_ != "on":
            continue
        for mod in children_of(side):
            states = [a.code for a in actors.mention(mod) if a.kind == "state" and a.code] \
                if mod.dep in (AMOD, COMPOUND, POSS) else []
            if states and len(states[0]) == 3:
                return context.country_place(states[0], "sentence")
    return None


# what the words _wheres_and_sides looks for are written with (a word whose lemma is "side"
# begins "sid": "sides", "sided"), searched in the text first: most sentences have neither
WHERE_OR_SIDE = re.compile(r"where|\bsid", re.IGNORECASE)


def _where_or_side(text: str) -> bool:
    """WHERE_OR_SIDE's answer; for a text in ASCII, where ignoring case is lower-casing,
    told first by substring tests, which are cheaper than the case-ignoring search."""
    if text.isascii():
        lower = text.lower()
        if "where" in lower:
            return True
        if "sid" not in lower:
            return False
    return WHERE_OR_SIDE.search(text) is not None


def _wheres_and_sides(sent: Span) -> tuple[list[Token], list[Token]]:
    """The sentence's "where"s and the "side"s it has as objects of a preposition, read in
    one pass."""
    wheres: list[Token] = []
    sides: list[Token] = []
    if not _where_or_side(span_text(sent)):
        return wheres, sides
    for tok in tokens_of(sent):
        if tok.lower_ == "where":
            wheres.append(tok)
        elif tok.dep == POBJ and tok.lemma_.lower() == "side":
            sides.append(tok)
    return wheres, sides


SETTINGS = frozenset({"on", "in", "at", "inside", "across", "along"})
