"""Who did it and to whom: the actor and recipient of a trigger, from the parse.

Subjects and objects, prepositional recipients ("called on NATO", "talks with
Ukraine"), passives with "by", coordination, control ("urged X to ..."), and
possessives or nationality adjectives on nominal events ("Russia's buildup").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..actors.resolve import INSTITUTIONS as PRIVATE_BODIES
from ..actors.resolve import ArticleActors
from ..context.article import DEVICES
from ..context.reactions import TURNED_BACK, turned_back
from ..nlp.clauses import is_mission, joined_to
from ..nlp.labels import (
    ACL,
    ACOMP,
    ADVCL,
    AGENT,
    AMOD,
    APPOS,
    ATTR,
    AUX,
    AUXPASS,
    CC,
    CCOMP,
    COMPOUND,
    CONJ,
    CSUBJ,
    DATIVE,
    DOBJ,
    EXPL,
    MARK,
    NMOD,
    NNS,
    NPADVMOD,
    NSUBJ,
    NSUBJPASS,
    OPRD,
    PARATAXIS,
    PCOMP,
    POBJ,
    POSS,
    PREP,
    PREP_OBJECTS,
    RELCL,
    ROOT,
    SUBJECTS,
    VB,
    VBD,
    VBG,
    VBN,
    XCOMP,
    label_ids,
)
from ..nlp.parse import children_of, conjuncts_of, modified, part_of_speech, subtree_of
from ..records import HOLDER, UNKNOWN_DOER, Actor, changed
from ..where.attach import PLACE_PREPS as SAYS_WHERE
from .modality import PARTAKING, PURPOSE_DEPS, purpose
from .triggers import MEASURES, Match, fired_at_by, made_by_participle, undergoing
from .words import (
    HARM,
    HOLDING,
    INSTRUMENTS,
    PRISONS,
    PUT_OUT_FROM,
    ROUTES,
    SAYING,
    SETTING_FREE,
    SPEAKERS_ACTS,
    STRUCK_PLACES,
    UNORDERED,
    VENUES,
)

SUBJECT_DEPS = ("nsubj", "csubj", "expl")
SUBJECT_DEP_IDS = (NSUBJ, CSUBJ, EXPL)
RECIPIENT_PREPS = ("to", "with", "against", "on", "at", "toward", "towards", "into", "upon",
                   "over", "for", "from", "between", "among", "onto", "inside")
# what an accusation is about comes before whom it is addressed to ("complained to the UN
# over Israeli raids")
GRIEVANCE_PREPS = ("over", "about", "of", "against", "for")
# a consultation's partners are met 'with', talked 'to', gone 'between': not what it is
# 'on', 'over' or 'about', nor where ('at the G20 summit', 'on the island of St Vincent')
CONSULT_PREPS = tuple(p for p in RECIPIENT_PREPS
                      if p not in ("on", "over", "about", "at", "upon", "onto", "inside", "into"))
CALLING = frozenset({"call", "pay"})  # "paid a call on", "called on the president"
CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION", "CONCEDE",
                      "RETREAT"})
# acts whose clause subject is often the one hurt ("three were killed in an attack")
VICTIM = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# acts whose "from" phrase on the noun names who did them ("protests from Caracas", "a
# request from Kyiv", "aid from Japan"), not whom they were aimed at
SENT_FROM = frozenset({"PROTEST", "ACCUSE", "REQUEST", "SUPPORT", "AID", "THREATEN", "REJECT",
                       "AGREE"})
# words addressed to people, who may be named by no state or sector ("held talks with
# indigenous leaders", "urged residents to stay indoors", "accused the organisers")
ADDRESSED = frozenset({"CONSULT", "REQUEST", "ACCUSE"})
# words whose object is the one they are aimed at ("urged the government", "accused the
# minister", "warned Minsk"), not a thing sent ("sent a delegation to Niamey")
URGED = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
# verbs that carry a message to somebody ("sent a note", "handed him a letter")
CONVEYING = frozenset({"send", "hand", "deliver", "submit", "address", "pass", "write",
                       "dispatch", "present"})
# agreements and meetings, which a town before them names the place of
VENUED = frozenset({"agreement", "accord", "deal", "treaty", "pact", "protocol", "process",
                    "talks", "summit", "conference", "meeting", "format", "declaration",
                    "memorandum", "ceasefire", "truce"})
# verbs whose object is what is talked about, not who with ("discussed the war in Yemen")
TOPICAL = frozenset({"discuss", "debate", "negotiate", "review"})
RECIPIENT_DEPS = label_ids(("dobj", "dative", "iobj"))  # a verb's objects, direct or not
COMPLEMENTS = label_ids(("ccomp", "xcomp"))  # clauses a verb takes as its object
# verbs that give something a name ("what it called a hostile step", "branded them
# terrorists")
NAMING = frozenset({"call", "describe", "term", "dub", "label", "brand"})
# what two sides keep between them: "a ceasefire between X and Y" binds each to the other
TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
# verbs whose subject gets what the object names ("drew criticism from", "received aid from")
RECEIVING = frozenset({"receive", "draw", "face", "get", "attract", "win", "earn", "secure"})
# a conflict act's recipient may be the people of where it struck ("shelled positions in X")
RECIPIENT_PLACE_PREPS = ("in", "across", "near", "around", "along", "inside")
GIVING = frozenset({"AID", "AGREE", "SUPPORT", "COOPERATE", "RETREAT", "CONCEDE"})
# verbs whose object is the one made to act ("urged NATO to withdraw")
OBJECT_CONTROL = frozenset({"urge", "ask", "call", "press", "push", "order", "force", "persuade",
                            "invite", "encourage", "request", "appeal", "tell", "warn", "allow",
                            "permit", "help", "demand", "remind", "compel", "pressure",
                            # "prompted China to ban", "led the UN to suspend": done, by the object
                            "prompt", "lead", "cause", "spur", "drive", "provoke", "oblige",
                            "convince"})
# verbs whose subject does the act their object names ("held talks", "launched an attack")
# verbs of a journey, whose place is the host of the visit or talks it is made for
ARRIVING = frozenset({"arrive", "land", "travel", "fly", "come", "go", "head"})
# verbs of trade, whose object is goods: the party is whom they are bought from or sold to
# ("agreed to buy 36 jets from France")
TRADING = frozenset({"buy", "purchase", "sell", "acquire", "lease", "import", "export"})
LIGHT_VERBS = frozenset({"hold", "launch", "conduct", "carry", "begin", "start", "stage", "mount",
                         "continue", "resume", "open", "make", "take", "lodge", "file", "issue",
                         "have", "join", "attend", "renew", "intensify", "step", "escalate",
                         "undertake", "unleash", "wage", "complete", "pursue", "engage", "host",
                         "organize", "organise", "sign", "reach", "strike", "conclude", "give",
                         "provide", "impose", "announce", "order", "expand", "extend", "keep",
                         "maintain", "lead", "deliver", "send", "offer", "seek", "hand",
                         "finish", "perform", "commit", "execute", "speed", "accelerate",
                         "reiterate", "express", "voice", "declare", "grant", "mobilize",
                         "fire", "use", "throw", "drop", "spray", "fling", "hurl", "pass", "adopt",
                         "approve", "publish", "observe", "enforce", "run", "form", "constitute",
                         "set", "place", "slap", "level"})
# the force a death or an injury is told as coming "in" ("killed in police firing")
FORCE = frozenset({"fire", "firing", "shooting", "encounter", "clash", "gunfight", "crossfire",
                   "lathicharge", "shelling", "raid", "crackdown", "operation", "action"})
# verbs whose subject suffered the act ("two died in police firing")
DYING = frozenset({"die"})
# "strikes that sent thousands fleeing towards Thailand": where people fled, not whom struck
FLEEING = frozenset({"flee", "escape"})
ARRESTING = "arrest"  # the mode of arrests and detentions (triggers.yaml), which hold people
# what is detained or impounded besides people
CRAFT = frozenset({"vessel", "boat", "ship", "trawler", "tanker", "truck", "lorry", "vehicle",
                   "car", "aircraft", "plane", "consignment", "container", "cargo", "good"})
# verbs whose subject does the act named in their phrase: "police resorted to a lathi
# charge", "Israel responded with drone strikes", "the junta hit back with air strikes"
RESORTING = {"resort": "to", "respond": "with", "retaliate": "with", "reply": "with",
             "react": "with", "hit": "with", "strike": "with"}
# where a meeting happened, not with whom: "met on the sidelines of the G20 summit"
OCCASIONS = frozenset({"sideline", "sidelines", "margin", "margins"})
# where a verb puts people it holds: "placed him under house arrest", "moved her to house
# arrest", "remanded them in custody": the verb's subject holds, its object is held
CUSTODY_PREPS = frozenset({"under", "to", "into", "in"})
# prepositions that attach a nominal event to what its clause's subject did
ADJUNCT_PREPS = frozenset({"regarding", "concerning", "during", "after", "following", "about",
                           "at", "in", "on", "for", "through", "via", "with"})


def _children_in(tok: Token, *deps: int) -> list[Token]:
    """The word's children in these dependencies, given as label ids (`nlp.labels`: DOBJ,
    not "dobj", which no child's `dep` equals)."""
    return [c for c in children_of(tok) if c.dep in deps]


def recipient_preps(kind: str, word: Token) -> tuple[str, ...]:
    """The prepositions whose objects may be whom an act of this type is aimed at: not
    what a talk is about ("held talks on Syria", "a summit over Taiwan") or where it is,
    save whom a call is paid on ("paid a courtesy call on the prime minister")."""
    if kind != "CONSULT":
        return RECIPIENT_PREPS
    return CONSULT_PREPS + ("on",) if word.lemma_.lower() in CALLING else CONSULT_PREPS


def _held_by_verb(noun: Token, kind: str) -> bool:
    """'placed him under house arrest': custody a verb puts its object in."""
    governor = noun.head
    return kind == "COERCE" and noun.dep == POBJ and governor.lower_ in CUSTODY_PREPS and \
        part_of_speech(governor.head) == "VERB"


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    return _prep_objects(children_of(tok), preps)


PREPOSITIONS = label_ids(("prep", "dative", "agent"))  # the dependencies a preposition takes
# what a blow is aimed at ("fired at", "opened fire on")
AIMED_AT = ("at", "on", "against", "toward", "towards")
# where a crowd stands to be heard by those inside
OUTSIDE = ("outside", "near", "before", "opposite", "by")


def _in_front_of(children: Iterable[Token]) -> list[Token]:
    """The object of 'in front of' among a word's children."""
    return [o for front in _prep_objects(children, ("in",)) if front.lower_ == "front"
            for o in _pobjs(front, ("of",))]


def _prep_objects(children: Iterable[Token], preps: tuple[str, ...]) -> list[Token]:
    """The objects of those of a word's children that are these prepositions."""
    return [o for p in children if p.dep in PREPOSITIONS and p.lower_ in preps
            for o in children_of(p) if o.dep in PREP_OBJECTS]


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, borrowed from the governing clause where English leaves it out."""
    tok = verb
    for _ in range(6):
        subj = _children_in(tok, *SUBJECT_DEP_IDS) or _hyphened_subject(tok) or \
            _subject_under_mark(tok)
        if subj:
            return _nearest(subj, tok)
        if tok.i == verb.i:
            fronted = _doer_before_attribution(tok)
            if fronted is not None:
                return fronted
        if tok.dep == XCOMP:
            controller = _children_in(tok.head, DOBJ)
            if controller and tok.head.lemma_.lower() in OBJECT_CONTROL:
                return controller[0]
            tok = tok.head
        elif tok.dep == PCOMP and tok.head.lower_ in ("of", "for") and \
                _children_in(tok.head.head, DOBJ):
            return _children_in(tok.head.head, DOBJ)[0]  # "accused Russia of shelling"
        elif _speakers_act(tok):
            tok = tok.head.head
        elif tok.dep == ACL and part_of_speech(tok.head) in ("NOUN", "PROPN"):
            if (tok.head.dep == ROOT or _reported_by_another(tok)) and \
                    (tok.tag == VBD or _after_an_aside(tok)):
                return tok.head  # "The world body called on ...", parsed as a noun's modifier
            if tok.tag != VBG:
                return None
            noun = tok.head  # "issued a declaration demanding that": the issuer demands
            if noun.dep == DOBJ and noun.head.lemma_.lower() in LIGHT_VERBS:
                return subject_of(noun.head)
            return noun
        elif tok.dep == CONJ:
            tok = joined_to(tok)
        elif tok.dep in (ADVCL, ACL, PCOMP, PREP, POBJ, XCOMP, ACOMP):
            tok = tok.head
        else:
            return None
    return None


# verbs that attribute an act in mid-sentence ("Turkish jets, Iraqi officials said, bombed")
ATTRIBUTING = SAYING | {"report", "claim", "confirm", "allege"}


def _doer_before_attribution(verb: Token) -> Token | None:
    """'Russian forces, Ukraine's military said, launched 72 drones', 'The RSF, activists
    said, had shelled the camp': the parser makes the doer a second subject of the verb of
    saying set in mid-sentence (the verb's own clause, or one beside it); the doer is the
    subject before the comma, the speaker the one after it."""
    attributions = [verb.head] if verb.dep == CCOMP else []
    attributions += [c for c in children_of(verb) if c.dep == PARATAXIS]
    for said in attributions:
        if said.lemma_.lower() not in ATTRIBUTING or said.i > verb.i:
            continue
        subjects = [t for s in _children_in(said, NSUBJ) for t in (s, *conjuncts_of(s))]
        first = min(subjects, key=lambda t: t.i, default=None)
        if len(subjects) >= 2 and first.i < said.i and _set_off(first):
            return first
    return None


def _set_off(noun: Token) -> bool:
    """The noun phrase is followed by a comma (its joined words left out)."""
    end = max([noun.i] + [c.right_edge.i for c in children_of(noun)
                          if c.dep not in (CONJ, CC) and not c.is_punct and c.i > noun.i])
    return end + 1 < len(noun.doc) and noun.doc[end + 1].text == ","


def _reported_by_another(verb: Token) -> bool:
    """'Nyerere, whose country borders Uganda, called on both governments ..., Radio
    Tanzania reported': the parser makes the doer a subject of the attribution after it and
    hangs the act on the doer."""
    noun, said = verb.head, verb.head.head
    return noun.dep == NSUBJ and said.i > verb.i and said.lemma_.lower() in ATTRIBUTING


RELATIVES = frozenset({"which", "that", "who", "whom", "whose", "where", "when"})


def _after_an_aside(verb: Token) -> bool:
    """'Oman, whose waters border the lanes, called on all parties': a past form after a
    clause set off by commas, which the parser hangs on the noun as a second modifier, is
    the noun's own act."""
    noun = verb.head
    return verb.tag == VBN and verb.doc[verb.i - 1].text == "," and \
        any(c.dep in (RELCL, ACL, APPOS) and noun.i < c.i < verb.i for c in children_of(noun))


def _object_gap(verb: Token, children: list[Token]) -> bool:
    """A relative clause with a subject of its own and no object: the noun it hangs on is
    what its act was done to ('the diplomat it accused of spying', 'the town the rebels
    seized')."""
    return verb.dep == RELCL and part_of_speech(verb.head) in ("NOUN", "PROPN") and \
        any(c.dep == NSUBJ and not any(t.lower_ in RELATIVES for t in subtree_of(c))
            for c in children) and \
        not any(c.dep in (DOBJ, CCOMP, XCOMP) or c.lower_ in RELATIVES for c in children)


def _subject_under_mark(verb: Token) -> list[Token]:
    """'A day after Azerbaijan launched an operation': the parser hangs the clause's subject
    on its 'after' as the object of a preposition."""
    return [p for m in _children_in(verb, MARK) if m.i < verb.i
            for p in _children_in(m, POBJ) if p.i < verb.i]


def _speakers_act(verb: Token) -> bool:
    """'The ministry said the balloons were launched by smugglers and accused Vilnius': a
    verbal act with no auxiliary of its own, joined to the clause a verb of saying reports,
    is the speaker's ('Police said the protesters set fire to a truck and attacked a post'
    is the protesters')."""
    clause = verb.head
    return verb.dep == CONJ and verb.lemma_.lower() in SPEAKERS_ACTS and \
        clause.dep == CCOMP and clause.head.lemma_.lower() in SAYING and \
        clause.head.i < clause.i and not _children_in(verb, AUX, AUXPASS)


def _same_state(actors: list[Actor], recipients: list[Actor]) -> bool:
    return bool({a.code for a in actors if a.code} & {r.code for r in recipients if r.code})


def _nearest(subjects: list[Token], verb: Token) -> Token:
    """Of two subjects the parser hangs on one verb ('gunmen fired on a convoy, wounding
    four, and Nairobi accused Mogadishu'), the one just before the verb is its own."""
    before = [s for s in subjects if s.i < verb.i]
    if len(before) < 2:
        return subjects[0]
    if _one_name(before):  # "Abdel Fattah al-Burhan, Sudan's army chief, accused ...":
        return before[-1]  # the parser's three subjects are one man's name
    joined = any(t.dep == CC for t in verb.doc[before[-2].i + 1: before[-1].i])
    return before[-1] if joined else subjects[0]  # "District magistrate (DM) Arvind Singh"


def _one_name(words: list[Token]) -> bool:
    """Words of one named entity (a name the parser broke at its hyphen)."""
    first, last = words[0], words[-1]
    return bool(first.ent_type_) and first.ent_iob_ in ("B", "I") and \
        all(t.ent_iob_ == "I" for t in first.doc[first.i + 1: last.i + 1])


# parts of a clause that name others than the one acted on: its subject, other clauses,
# and background ("following the invasion", "despite talks")
OTHER_PARTS = label_ids(SUBJECT_DEPS + ("nsubjpass", "agent", "advcl", "relcl", "acl", "parataxis"))
BACKGROUND = frozenset({"following", "after", "before", "despite", "amid", "since", "as",
                        "while", "during", "until"})


BOUNDARIES = frozenset({"border", "frontier", "boundary", "coast", "waters", "airspace", "side"})


def _phrase_head(tok: Token) -> Token:
    """The noun a name is a word of ('Faridpur' in 'Faridpur area'), or the name itself."""
    while tok.dep == COMPOUND and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _hyphened_subject(verb: Token) -> list[Token]:
    """'Police baton-charged the crowd', parsed with 'Police' and 'baton' both adverbs of
    'charged': the first of the two nouns is the doer."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != "-":
        return []
    nouns = [c for c in children_of(verb) if c.i < verb.i and c.dep == NPADVMOD and
             part_of_speech(c) in ("NOUN", "PROPN")]
    return nouns[:1] if len(nouns) >= 2 else []


def _subject_start(children: list[Token]) -> int | None:
    """Where the subject among a verb's children begins, if it has one."""
    return min((c.left_edge.i for c in children if c.dep in SUBJECTS),
               default=None)


def _fronted(tok: Token, verb: Token, subject_start: int | None) -> bool:
    """'On the Moroccan side, police fired ...': a phrase set before the verb's subject
    says where or when, not at whom."""
    prep = tok.head if tok.dep == POBJ else None
    return prep is not None and prep.head.i == verb.i and subject_start is not None and \
        prep.i < subject_start


def _attribution(tok: Token) -> bool:
    """'..., officials said', 'according to Interfax': who reports, not who is acted on."""
    if tok.lower_ == "according":
        return True
    return tok.dep in (CCOMP, PARATAXIS, ADVCL, RELCL, ACL) and \
        tok.lemma_.lower() in ("say", "tell", "report", "announce", "add", "state", "quote")


def _by_pronoun(tok: Token) -> bool:
    return part_of_speech(tok) == "PRON" or \
        any(c.dep == POSS and part_of_speech(c) == "PRON" for c in children_of(tok))


def _somebody_addressed(tok: Token) -> bool:
    """People named by no state or sector whom words may be addressed to: not the clause's
    own doers ("two men ... demanded the takings"), nor people of an owner the text named
    and could not place ("the two countries' leaders"; "his supporters" are)."""
    return tok.dep not in (NSUBJ, NSUBJPASS) and not any(
        c.dep == POSS and part_of_speech(c) != "PRON" for c in children_of(tok))


# participles that, after "be", state the subject's own stance ("Israel is opposed to ...")
STANCES = frozenset({"oppose", "commit", "dedicate", "devote"})


def _stance_participle(verb: Token) -> bool:
    return verb.lemma_.lower() in STANCES and not _pobjs(verb, ("by",))


PASSIVES = label_ids(("nsubjpass", "auxpass"))  # a passive verb's subject or auxiliary
SUBJECTS_OR_AUXILIARIES = label_ids(("nsubj", "nsubjpass", "auxpass", "aux"))


def _passive(verb: Token) -> bool:
    return any(c.dep in PASSIVES for c in children_of(verb)) or \
        _be_participle(verb) or _joined_passive(verb) or _done_by(verb)


def _done_by(verb: Token) -> bool:
    """'An exchange brokered by the United Arab Emirates', 'a treaty signed by Russia and
    Ukraine': a mediation or a signing told as a participle on what it brought about, who
    did it after 'by'."""
    return made_by_participle(verb) and any(c.dep == AGENT for c in children_of(verb))


def _joined_passive(verb: Token) -> bool:
    """'were arrested and remanded in custody', 'were detained and later released': a
    participle joined to a passive, sharing its subject. (One with an object of its own is
    active: 'said Rahmani had been imprisoned and accused France'.)"""
    return verb.dep == CONJ and verb.tag in (VBN, VBD) and \
        part_of_speech(verb.head) == "VERB" and \
        not any(c.dep in SUBJECTS_OR_AUXILIARIES or c.dep == DOBJ for c in children_of(verb)) \
        and any(c.dep == NSUBJPASS for c in children_of(verb.head))


def _subject_shared(verb: Token) -> list[Token]:
    """'Nhaga fled across the border and was detained by gendarmes', 'were arrested and
    remanded in custody': a passive joined to a clause, with no subject of its own, was done
    to that clause's subject."""
    if verb.dep != CONJ or part_of_speech(verb.head) != "VERB" or \
            _children_in(verb, *SUBJECT_DEP_IDS):
        return []
    return _children_in(verb.head, NSUBJ, NSUBJPASS)


def _be_participle(verb: Token) -> bool:
    """'the protesters were lathi-charged by police', parsed as 'were' + a complement: a
    passive all the same, its subject the one acted on."""
    return verb.dep == ACOMP and verb.tag == VBN and verb.head.lemma_.lower() == "be" \
        and any(c.dep == NSUBJ for c in children_of(verb.head))


class Arguments:
    def __init__(self, actors: ArticleActors):
        self.actors = actors

    def of(self, match: Match) -> tuple[list[Actor], list[Actor]]:
        if match.entry.pos == "verb":
            actors, recipients = self._verb(match.token, match.entry.type)
        else:
            actors, recipients = self._noun(match.token, match.entry.type)
        if match.entry.mode == ARRESTING and not recipients:
            recipients = self._held_people(match.token)
        joined = len(match.entry.words) == 1 and match.start < match.token.i
        if joined and not any(a.code or a.sector for a in actors):
            # "Police lathi-charged ...", parsed with "Police" on "lathi": the doer
            first = match.token.doc[match.start]
            actors = [a for c in children_of(first) if c.dep in (COMPOUND, AMOD, NMOD)
                      for a in self.actors.resolve(c)] or actors
        return actors, recipients

    def _held_people(self, verb: Token) -> list[Actor]:
        """'Sixty hawkers were rounded up', 'police detained 40 aspirants': whom an arrest
        holds are people, though the dictionaries lack the word."""
        held = _children_in(verb, NSUBJPASS) or _children_in(verb, DOBJ)
        return [changed(a, kind="unknown") for tok in held[:1]
                if tok.tag == NNS and part_of_speech(tok) == "NOUN" and
                tok.lemma_.lower() not in CRAFT
                for a in self.actors.resolve(tok) if a.kind == "thing" and a.code is None]

    def in_clause(self, trigger: Token, actors: list[Actor]) -> list[Actor]:
        """The nearest state or organisation named elsewhere in the act's own clause
        ("shelled positions near the town of Rafah"), leaving out its subject and any
        attribution ("officials said", "according to ...")."""
        clause = trigger
        while part_of_speech(clause) not in ("VERB", "AUX") and clause.dep != ROOT:
            clause = clause.head
        own = {a.code for a in actors if a.code}
        # "applied to join the EU days after Russia's invasion of Ukraine": an act told in
        # the clause's background has its sides there
        clause = _background_of(clause, trigger) or clause
        left_out = _other_parts(clause) | _purpose_clauses(clause) | _asides(clause, trigger)
        left_out.add(trigger.i)
        if trigger.lemma_.lower() in TOPICAL:
            # "discussed the war in Yemen", "Sudan's debt": the topic, no side; a "with"
            # phrase the parser hung on it may still be the partner ("the dispute with Eritrea")
            for topic in (c for c in children_of(trigger) if c.dep == DOBJ):
                partners = {t.i for p in subtree_of(topic) if p.dep == PREP and
                            p.lower_ == "with" for t in subtree_of(p)}
                left_out |= {t.i for t in subtree_of(topic)} - partners
        # "The deal still needs the approval of the European Commission": an act named as
        # the subject is told about by the rest of the clause, which names no side of it
        where = trigger if part_of_speech(trigger) in ("NOUN", "PROPN") and \
            trigger.dep in SUBJECTS and trigger.head.i == clause.i else clause
        for tok in sorted(subtree_of(where), key=lambda t: abs(t.i - trigger.i)):
            if tok.i in left_out:
                continue
            named = [a for a in self.actors.mention(tok)
                     if a.code and a.code not in own and a.kind in ("state", "igo")]
            if not named or self._venue(tok) or _venue_place(tok.head) or \
                    tok.dep == POSS and tok.head.is_ancestor(trigger):
                continue  # most words name nobody; "talks at the UN compound": where;
                # "Washington's support for Israel's offensive": the owner of the act around
            named = self._firm_named_by(tok, named)
            # "near the Thai border", "in Brussels", "in Faridpur area" say where, not to whom
            phrase = _phrase_head(tok)
            if phrase.head.lemma_.lower() not in BOUNDARIES and \
                    phrase.head.lower_ not in SAYS_WHERE and phrase.lemma_.lower() not in ROUTES \
                    and phrase.head.head.lemma_.lower() not in FLEEING:
                return named[:1]
        return []

    def _firm_named_by(self, tok: Token, named: list[Actor]) -> list[Actor]:
        """'agreed to buy a US firm': the state that names a firm's nation stands for the
        firm, not for its government."""
        if named and tok.dep in (AMOD, COMPOUND, NMOD):
            firms = [a for a in self.actors.resolve(tok.head) if a.sector in PRIVATE_BODIES]
            return firms or named
        return named

    # -- verbs --------------------------------------------------------------------

    def _verb(self, verb: Token, kind: str) -> tuple[list[Actor], list[Actor]]:
        resolve = self.actors.resolve
        if _stance_participle(verb) and _children_in(verb, NSUBJPASS):
            actors = resolve(_children_in(verb, NSUBJPASS)[0])
            return actors, self._first(self._recipient_tokens(verb, kind), actors)
        if _passive(verb) or verb.lemma_.lower() in DYING:
            # "was shot and wounded by a gunman": the agent of violence told by joined verbs
            agents = _pobjs(verb, ("by",)) or \
                [p for c in _children_in(verb, CONJ) if c.tag == VBN and kind in HARMING
                 for p in _pobjs(c, ("by",))]
            actors = resolve(agents[0]) if agents else self._force_in(verb)
            if _done_by(verb):  # "talks brokered by Saudi Arabia and the United States":
                # the mediators, the sides being the talks' (reactions.py); "a treaty signed by
                # Russia and Ukraine": the signers, each other's counterpart (drafts.pairs_of)
                return actors, []
            fired = fired_at_by(verb)
            if fired:  # "was hit by anti-tank missiles fired by Hezbollah": whose they were
                actors = self._noun_owner(fired[0]) or self._first(
                    [p for acl in _children_in(fired[0], ACL) for p in
                     _pobjs(acl, ("by", "from"))] + _pobjs(fired[0], ("from",)), []) or \
                    _unknown_doer()
            if not agents and verb.lemma_.lower() in PUT_OUT_FROM:
                actors = self._held_by(verb) or actors
            if not agents and not actors and kind == "RETREAT" and \
                    verb.lemma_.lower() in SETTING_FREE:
                # "three people held in Belarus were released", "they were freed"
                actors = self._captors(verb) or [Actor(None, resolved_by=HOLDER)]
            if not agents and verb.lemma_.lower() in HOLDING:
                actors = self._held_in(verb) or actors
            if not agents and not actors and kind == "SANCTION" and verb.dep == CCOMP:
                # "New sanctions were imposed on Belarus, the European Union said": a state
                # or a body of states announcing sanctions laid by nobody named laid them
                actors = [a for a in self.speaker_of(verb) if a.kind == "igo" or
                          a.kind == "state" and a.sector == "GOV"]
            held = _children_in(verb, NSUBJPASS)
            parties = self._parties_between(_between(held[0])) \
                if held and kind in UNORDERED and not agents else None
            if parties:  # "a meeting between Afghan and Pakistani officials was held": theirs
                return parties
            patient = held or \
                _subject_shared(verb) or \
                (_children_in(verb.head, NSUBJ) if _be_participle(verb) else []) or \
                (_children_in(verb, NSUBJ) if verb.lemma_.lower() in DYING else [])
            recipients = resolve(patient[0]) if patient else []
            if patient and kind == "ASSAULT" and patient[0].lemma_.lower() in STRUCK_PLACES and \
                    not any(r.code or r.sector for r in recipients):
                # "a police station was attacked", "their base was overrun": whose it was; its
                # attackers, unless named, unknown
                recipients = self._thing_owner(patient[0]) or recipients
                if recipients and not agents and not actors:
                    actors = _unknown_doer()
            if kind == "MOBILIZE":  # "jets were sent to the Gulf to deter Iran": not the jets
                faced = self._first(_faced(list(children_of(verb))), actors)
                if not agents and not actors and any(r.code for r in recipients):
                    # "Ugandan troops had been moved to Tororo": moved by their own state
                    actors, recipients = [r for r in recipients if r.code], faced
                else:
                    recipients = faced or recipients
            elif kind in GIVING:  # "a Colombian was extradited to the United States": there
                recipients = [a for a in self._first(_pobjs(verb, ("to",)), actors)
                              if a.kind in ("state", "igo")] or recipients
            if patient and all(r.kind == "thing" for r in recipients):
                # "Iran's missile strikes were condemned by Baghdad": at whose strikes
                owners = [t for t in subtree_of(patient[0])
                          if t.i < patient[0].i and t.dep in (POSS, AMOD)]
                recipients = kind == "ACCUSE" and self._first(owners, actors) or recipients
            if all(r.kind == "thing" for r in recipients):  # "cases were filed against ..."
                cands = self._recipient_tokens(verb, kind)
                done_to = self._first(cands, actors)
                if not done_to and recipients:  # "... against 300 unnamed people": somebody
                    done_to = self._somebody(cands)
                recipients = done_to
            return actors, recipients
        subject = subject_of(verb)
        actors = resolve(subject)
        if kind == "ASSAULT" and subject is not None and not any(a.code for a in actors):
            # "shelling from Russian positions killed 12": whence it came
            actors = self._first(_pobjs(subject, ("from",)), []) or actors
        if verb.dep == RELCL and not actors:
            actors = resolve(verb.head)
        if not actors and verb.tag == VBG:  # "shelling by Russian forces killed 12"
            agents = _pobjs(verb, ("by",))
            actors = resolve(agents[0]) if agents else []
        recipients = self._bidden(verb, kind) or \
            self._first(self._recipient_tokens(verb, kind), actors, kind) or \
            (self._owner_in_joined(verb, actors) if kind == "COERCE" else [])
        reporter = self._reporter_of_joined(verb)
        if reporter is not None and _same_state(actors, recipients):
            actors = resolve(reporter)
        return actors, recipients

    def _owner_in_joined(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """'The navy arrested 14 Indian fishermen and seized two trawlers': a thing taken in
        a clause joined to an act on people, by the same doer, is theirs."""
        things = _children_in(verb, DOBJ)
        if not things or any(a.kind != "thing" or a.code for t in things
                             for a in self.actors.resolve(t)):
            return []
        own = {a.code for a in actors}
        for other in conjuncts_of(verb):
            if part_of_speech(other) != "VERB" or \
                    _children_in(other, *SUBJECT_DEP_IDS) and _children_in(verb, *SUBJECT_DEP_IDS):
                continue  # "police arrested X and the court jailed Y": two doers
            found = [a for o in _children_in(other, DOBJ) if part_of_speech(o) != "PRON"
                     for a in self.actors.resolve(o)
                     if a.code and a.code not in own and a.kind != "thing"]
            if found:
                return found
        return []

    def _held_by(self, verb: Token) -> list[Actor]:
        """'Were deported from Pakistan', 'were freed from Israeli jails': who held them or
        put them out, the place or the owner of the prison they left."""
        held_in = _pobjs(verb, ("from",))
        return self._first(held_in, []) or next(
            (found for h in held_in if (found := self._thing_owner(h))), [])

    def _captors(self, verb: Token) -> list[Actor]:
        """'Three people held in Belarus', 'two fishermen kidnapped by militants': who held
        the people a passive sets free, told on them (by whom, or the state they were in)."""
        for held in _children_in(verb, NSUBJPASS):
            for taking in _children_in(held, ACL):
                if taking.lemma_.lower() not in HOLDING:
                    continue
                found = self._first(_pobjs(taking, ("by",)), []) or [
                    a for p in _pobjs(taking, ("in",)) for a in self.actors.resolve(p)
                    if a.kind == "state" and a.code]
                if found:
                    return found
        return []

    def _held_in(self, verb: Token) -> list[Actor]:
        """'Had been held in Tehran's Evin prison', 'was arrested at an Israeli checkpoint':
        who owns the prison holds the people in it."""
        return next((found for p in _pobjs(verb, ("in", "at"))
                     if p.lemma_.lower() in PRISONS and (found := self._thing_owner(p))), [])

    def _bidden(self, verb: Token, kind: str) -> list[Actor]:
        """'Demanding that the government expel Chinese diplomats': a demand is made of
        whoever its clause says must act, though a state named further in is foreign."""
        if kind != "REQUEST":
            return []
        for clause in _children_in(verb, CCOMP):
            if any(m.lower_ == "that" for m in _children_in(clause, MARK)) or \
                    clause.tag == VB:  # "demanded that X withdraw", "demanded X withdraw"
                for subject in _children_in(clause, NSUBJ):
                    found = [a for a in self.actors.resolve(subject) if a.code or a.sector]
                    if found:
                        return found
        return []

    def _reporter_of_joined(self, verb: Token) -> Token | None:
        """'A Taliban spokesman said Pakistani forces had fired first and accused Islamabad':
        a verb joined on to a reported clause, with no subject of its own, whose borrowed
        subject is the state it acts on, is the reporter's act."""
        if verb.dep != CONJ or _children_in(verb, *SUBJECT_DEP_IDS):
            return None
        clause = verb.head
        if clause.dep != CCOMP or clause.head.lemma_.lower() not in self.actors.reporting:
            return None
        return subject_of(clause.head)

    def _somebody(self, cands: list[Token]) -> list[Actor]:
        """The first candidate that names people of no known state or sector."""
        for tok in cands:
            found = [a for a in self.actors.resolve(tok) if a.kind == "unknown"]
            if found:
                return found
        return []

    def _force_in(self, verb: Token) -> list[Actor]:
        """'killed in police firing', 'died in an encounter with security forces', 'hurt in
        a clash with the police': with no 'by', the force the deed was done in names the
        doer."""
        for noun in _pobjs(verb, ("in", "during")):
            if any(c.dep == ACL and c.lemma_.lower() in FORCE for c in children_of(noun)):
                return self.actors.resolve(noun)  # "police firing" parsed as "police" + verb
            if noun.lemma_.lower() not in FORCE and noun.lower_ not in FORCE:
                continue  # ("shelling" may be read as the verb "shell")
            # "an encounter with a joint team of the District Reserve Guard and the CRPF"
            met = _pobjs(noun, ("by", "with")) + _pobjs(verb, ("with",))
            met += [t for m in met for o in _pobjs(m, ("of",)) for t in (o, *conjuncts_of(o))]
            doers = self._noun_owner(noun) or self._first(met, []) \
                or [a for c in children_of(noun) if c.dep in (COMPOUND, AMOD, POSS)
                    for a in self.actors.resolve(c) if a.sector]  # "in police firing"
            if doers:
                return doers
        return []

    def _recipient_tokens(self, verb: Token, kind: str) -> list[Token]:
        children = list(children_of(verb))  # read once: most candidates hang from the verb
        objs = [c for c in children if c.dep in RECIPIENT_DEPS
                and verb.lemma_.lower() not in TOPICAL]
        cands: list[Token] = [o for o in children if o.dep == DATIVE and part_of_speech(o) != "ADP"]
        if _object_gap(verb, children):  # "a Ugandan diplomat it accused of spying"
            cands.append(verb.head)
        if kind == "ACCUSE":  # "filed a case against Israel at the ICJ": Israel
            cands += objs + _prep_objects(children, GRIEVANCE_PREPS) + \
                [p for o in objs for p in _pobjs(o, ("against",))]
        if kind in GIVING:
            cands += _prep_objects(children, ("to",))
        cands += objs
        if kind == "PROTEST":  # "rallied outside the Indian High Commission against ...": India
            cands += [o for o in _prep_objects(children, OUTSIDE) + _in_front_of(children)
                      if is_mission(o) and modified(o)]
        preps = recipient_preps(kind, verb)
        cands += _prep_objects(children, preps)
        for obj in objs:  # "rejected calls by Belarus", "rejected an offer from Kabul",
            # "vetoed a bill passed by the National Assembly"
            inner = _pobjs(obj, preps + ("of", "by")) + [
                p for acl in _children_in(obj, ACL) if acl.tag == VBN
                for p in _pobjs(acl, ("by",))]
            cands += inner
            for pobj in inner:  # "the responsibility for the escalation on the West"
                cands += _pobjs(pobj, RECIPIENT_PREPS)
        comps = [c for c in children if c.dep in COMPLEMENTS]
        for comp in comps + _prep_objects(children, ("for", "to", "on")):
            if _naming(comp):  # "struck what the army called depots in Lebanon": the depots
                cands += [c for c in _children_in(comp, DOBJ, OPRD) if c.lower_ != "what"]
                cands += _pobjs(comp, RECIPIENT_PLACE_PREPS) if kind in CONFLICT else []
                continue  # the army only names them
            cands += [c for c in _children_in(comp, NSUBJ, NSUBJPASS, DOBJ, DATIVE)
                      if not (c.dep == DOBJ and comp.lemma_.lower() in TRADING)]
            cands += _pobjs(comp, preps)
        if kind in CONFLICT:
            cands += _prep_objects(children, RECIPIENT_PLACE_PREPS)
            # "shelled positions in X", "fired rockets at military posts in northern Israel"
            aimed = _prep_objects(children, AIMED_AT) + \
                [p for o in objs for p in _pobjs(o, AIMED_AT)]  # "a salvo at posts in X"
            for obj in objs + aimed:
                cands += _pobjs(obj, RECIPIENT_PLACE_PREPS)
        handed = _addressees(verb)
        # "handed him a note demanding the officer's return": made of whom it was handed to
        cands[:0] = [t for t in handed if t.dep == DATIVE]
        cands += [t for t in handed if t.dep != DATIVE]
        if kind == "CONSULT" and verb.lemma_.lower() in ARRIVING:
            cands += _pobjs(verb, ("in",))  # "the prime minister arrived in Beijing": visited
        if kind == "MOBILIZE":
            cands[:0] = _faced(children)
        if kind == "THREATEN":  # "threatened to stop talks if the United States goes ahead",
            # "warned that Baku would not stay silent if Armenia kept arming": whoever must
            # meet the condition is the one threatened, also where the parser hung it on a
            # clause beside the threat ("threatened to keep its border closed if Kigali ...")
            cands[:0] = _bound_by_condition((verb, *comps, *_children_in(verb, ADVCL, CONJ)))
        subject_start = _subject_start(children)
        return [t for c in cands if not _fronted(c, verb, subject_start)
                and not (kind not in CONFLICT and _venue_place(c)) and not _with_clause(c.head)
                and c.lemma_.lower() not in OCCASIONS
                for t in _what_is_named(c)]

    def _venue(self, tok: Token) -> bool:
        """'the Pretoria agreement', 'the Minsk talks': a town on an agreement or a meeting
        says where it was made, not who made it."""
        return tok.dep == COMPOUND and tok.head.lemma_.lower() in VENUED and \
            self.actors.is_town(tok)

    def aimed_at(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """Whom a response is to: 'respond to any incursion by Pakistan', 'retaliate
        against Israel', 'hit back at Moscow' (the doer of the act responded to before the
        act itself)."""
        objects = _pobjs(verb, ("to", "against", "at"))
        cands = [t for o in objects for t in (*_pobjs(o, ("by",)), o)]
        # "vowed to retaliate if Israel struck again": at whoever the condition is on
        return self._first(cands + _bound_by_condition((verb, verb.head)), actors)

    def speaker_of(self, verb: Token) -> list[Actor]:
        """Who says the clause the verb is in: 'a commander said they would be killed'."""
        clause = verb
        for _ in range(4):
            if clause.dep == CCOMP and clause.head.lemma_.lower() in self.actors.reporting:
                return [a for a in self.actors.resolve(subject_of(clause.head)) if a.code]
            if clause.head.i == clause.i:
                break
            clause = clause.head
        return []

    def on_condition(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """Who must meet the condition an act is held over: '"If Brussels keeps our money
        frozen, we will veto the budget"' is a threat to Brussels."""
        return self._first(_bound_by_condition((verb, verb.head)), actors)

    def _first(self, cands: list[Token], actors: list[Actor],
               kind: str | None = None) -> list[Actor]:
        """The first candidate naming someone other than the actor (or the actor itself).
        For an act aimed at whom it names (`kind` in URGED), its object with no code of its
        own ends the search; for words addressed to people (ADDRESSED), people the text
        names by no state or sector are the last resort."""
        own = {a.code for a in actors if a.code}
        fallback: list[Actor] = []
        people: list[Actor] = []
        for tok in cands:
            if tok.dep == POBJ and tok.lemma_.lower() in INSTRUMENTS and \
                    tok.head.lower_ == "with":
                continue  # "fought with knives and clubs": what with, not whom
            if any(self._venue(c) for c in children_of(tok)) and \
                    not any(c.dep in (POSS, AMOD) for c in children_of(tok)):
                continue
            if tok.lemma_.lower() in ROUTES:
                continue  # "ambushed a van on the Kampala-Jinja highway": where, not whom
            read = self.actors.resolve(tok)
            found = [a for a in read if a.code or a.sector]
            if not found:
                if kind in ADDRESSED and _somebody_addressed(tok) and not self._private(tok):
                    people = people or [a for a in read if a.kind == "unknown" and a.text]
                continue
            if any(a.code and a.code not in own for a in found):
                return found
            if kind in URGED and tok.dep in (DOBJ, DATIVE) and not any(a.code for a in found):
                # "urged the government to reopen the border with Somalia": the one urged,
                # whom the article places, not a state named in what they are urged to do
                return found
            if not _by_pronoun(tok):  # "a call for its forces": not a recipient of its own
                fallback = fallback or found
        return fallback or people

    def _private(self, tok: Token) -> bool:
        """People named by their dealings with a firm, a school or a hospital ('parents',
        'passengers'): no side."""
        return tok.lemma_.lower() in self.actors.lexicon.customers

    # -- nominal events -----------------------------------------------------------

    def _noun(self, noun: Token, kind: str) -> tuple[list[Actor], list[Actor]]:
        received = self._received(noun, kind) or self._undergone(noun, kind)
        if received is not None:
            return received
        # "an inquiry by the ICC": the doer, wherever the noun stands
        # "rocket fire from Gaza", "sniper fire from Azerbaijani positions": whence it came
        sources = _pobjs(noun, ("from",)) if kind in SENT_FROM or kind == "ASSAULT" else []
        # "began ten days of joint drills with X": done as "began drills with X"
        carrier = _measure_of(noun) or noun
        agents = self._noun_owner(noun) or self._first(_by_whom(noun) + sources, [])
        actors = agents or self._noun_doer(carrier, kind)
        between = _between(noun)
        if between:
            if not actors and kind in UNORDERED and (parties := self._parties_between(between)):
                return parties
            pair = [a for t in between for a in self.actors.resolve(t) if a.code]
            if not actors and noun.lemma_.lower() in TRUCES:
                return pair, []  # "a ceasefire between Israel and Hezbollah": each way
            return (actors, pair) if actors else (pair[:1], pair[1:])
        cands = [t for t in _pobjs(noun, recipient_preps(kind, noun)) if t not in sources and
                 not (kind not in CONFLICT and _venue_place(t))]
        # "Kenya's expulsion of the Somali ambassador", "the arrest of two Chinese nationals
        # by Philippine authorities": with its doer told, an act 'of' somebody is done to them
        cands += [o for o in _pobjs(noun, ("of",)) if agents or _pobjs(o, ("by",))]
        governor = noun.head
        if noun.dep == POBJ and governor.lower_ in ("at", "upon") and \
                part_of_speech(governor.head) == "VERB" and subject_of(governor.head) is not None:
            cands.insert(0, subject_of(governor.head))  # "sent troops at Kiir's request"
        if noun.dep == POBJ and governor.lower_ == "for" and \
                governor.head.lemma_.lower() in ARRIVING:  # "arrived in Islamabad for a visit"
            cands[:0] = _pobjs(governor.head, ("in", "to"))
        for clause in _children_in(noun, ACL, CCOMP):  # "its demand that Israel ease ..."
            cands += _children_in(clause, NSUBJ, NSUBJPASS)
            if clause.dep == ACL and clause.tag == VBN:  # "sanctions imposed on Nicaragua"
                cands += _pobjs(clause, RECIPIENT_PREPS)
        if _held_by_verb(noun, kind):
            cands[:0] = _children_in(noun.head.head, DOBJ, NSUBJPASS)
        governor = noun.head
        if noun.dep == NSUBJ and governor.lemma_.lower() in HARM and \
                noun.lemma_.lower() not in DEVICES:  # a bomb's toll is the killing's
            cands[:0] = _children_in(governor, DOBJ)  # "sniper fire wounded a conscript"
        if noun.dep == POBJ and governor.dep == AGENT:  # "Syria was hit by airstrikes"
            cands += _children_in(governor.head, NSUBJPASS)
        governor = carrier.head
        if carrier.dep == DOBJ and governor.lemma_.lower() in LIGHT_VERBS:
            cands += _pobjs(governor, recipient_preps(kind, governor))
            cands += _children_in(governor, DATIVE)
        if kind in CONFLICT:
            cands += _pobjs(noun, RECIPIENT_PLACE_PREPS)
        return actors, self._first(cands, actors, kind)

    def _parties_between(self, between: list[Token]) -> tuple[list[Actor], list[Actor]] | None:
        """The parties an act noun names 'between' (`_between`): each pair of them ('between
        Egypt, Ethiopia and Sudan'), or one on the other where the article must place both
        ('between the government and rebel groups'); None where it names no two, or one
        with a state and one without."""
        told = [a for t in between for a in self.actors.resolve(t) if a.code or a.sector]
        if len(told) < 2:
            return None  # "clashes between border forces": one plural, neither told apart
        if all(a.code for a in told):
            return told, []
        return None if any(a.code for a in told) else (told[:1], told[1:])

    def _received(self, noun: Token, kind: str) -> tuple[list[Actor], list[Actor]] | None:
        """'Kenya received aid from Japan', 'the plan drew criticism from Washington': the
        one who gets the act is the receiving verb's subject, its doer the 'from' phrase."""
        governor = noun.head
        if kind not in SENT_FROM or noun.dep != DOBJ or \
                governor.lemma_.lower() not in RECEIVING:
            return None
        sources = _pobjs(noun, ("from",)) + _pobjs(governor, ("from",))
        if not sources:
            return None
        return self._first(sources, []), self.actors.resolve(subject_of(governor))

    def _undergone(self, noun: Token, kind: str) -> tuple[list[Actor], list[Actor]] | None:
        """'Army posts came under fire from Armenian forces', 'the convoy came under Houthi
        drone attack' (and 'the minister came under fire from critics'): the act is done to
        the verb's subject, by the noun's owner or whoever it came 'from' or 'by'; an attack
        by nobody named, by attackers unknown. ('Under threat', 'under the agreement' are
        no act done to the subject.)"""
        verb = undergoing(noun)
        if verb is None or kind != "ASSAULT" and noun.lemma_.lower() != "fire":
            return None
        doers = self._noun_owner(noun) or \
            self._first(_pobjs(noun, ("from", "by")) + _pobjs(verb, ("from", "by")), []) or \
            (_unknown_doer() if kind == "ASSAULT" else [Actor(None)])
        subject = subject_of(verb)
        done_to = [a for a in self.actors.resolve(subject) if a.code or a.sector]
        return doers, done_to or self._thing_owner(subject) or self.actors.resolve(subject)

    def _thing_owner(self, thing: Token | None) -> list[Actor]:
        """'A police station', 'an army convoy', 'the Indian consulate', 'the headquarters of
        the UN force': whose the place or vehicle an act is done to is."""
        if thing is None:
            return []
        owners = [c for c in children_of(thing) if c.dep in (POSS, AMOD, COMPOUND, NMOD)]
        return self._first(owners + _pobjs(thing, ("of",)), [])

    def _noun_doer(self, noun: Token, kind: str) -> list[Actor]:
        """The subject of the clause the nominal event is done in ('Iran held talks')."""
        governor = noun.head
        if noun.dep in (DOBJ, ATTR) and governor.lemma_.lower() in LIGHT_VERBS:
            return self.actors.resolve(subject_of(governor))
        if noun.dep == NSUBJPASS and governor.lemma_.lower() in LIGHT_VERBS:
            return self._first(_pobjs(governor, ("by",)), [])  # "sanctions were announced by"
        if noun.dep in (NSUBJ, NSUBJPASS):
            return self._first(_pobjs(noun, ("by", "of")), [])
        if _held_by_verb(noun, kind):
            verb = governor.head
            return self.actors.resolve(subject_of(verb)) or self._first(
                _pobjs(verb, ("by",)), [])
        if noun.dep == POBJ and RESORTING.get(governor.head.lemma_.lower()) == governor.lower_ \
                and (governor.head.lemma_.lower() not in TURNED_BACK or
                     turned_back(governor.head)):
            return self.actors.resolve(subject_of(governor.head))
        if noun.dep == POBJ and governor.lower_ == "in" and \
                governor.head.lemma_.lower() in PARTAKING:  # "were engaged in ethnic cleansing"
            verb = governor.head
            return self.actors.resolve(subject_of(verb) or next(
                (c for c in children_of(verb) if c.dep == NSUBJPASS), None))
        if (noun.dep == POBJ and governor.lower_ in ADJUNCT_PREPS and kind not in VICTIM
                and part_of_speech(governor.head) == "VERB"):
            return self.actors.resolve(subject_of(governor.head))
        return []

    def _noun_owner(self, noun: Token) -> list[Actor]:
        """'Russia's buildup', 'the Russian operation', 'NATO expansion', 'talks by X'."""
        owners: list[Actor] = []
        for child in children_of(noun):
            if self._venue(child):
                continue
            if child.dep in (POSS, AMOD, COMPOUND, NMOD):
                for mod in (child, *conjuncts_of(child)):
                    owners += [a for a in self.actors.resolve(mod) if a.code]
        return owners


def _unknown_doer() -> list[Actor]:
    """Attackers the sentence tells of but does not name: known to be unknown, they take
    no state from the story (records.UNKNOWN_DOER)."""
    return [Actor(None, resolved_by=UNKNOWN_DOER)]


def _bound_by_condition(clauses: Iterable[Token]) -> list[Token]:
    """The subjects of the 'if' and 'unless' clauses on these verbs: who must meet the
    condition a threat sets."""
    return [s for clause in clauses for c in _children_in(clause, ADVCL)
            if any(m.lower_ in ("if", "unless") for m in _children_in(c, MARK))
            for s in _children_in(c, NSUBJ)]


def _between(noun: Token) -> list[Token]:
    """'Talks between X and Y', 'the talks held in Geneva between X and Y': the parties."""
    return _pobjs(noun, ("between", "among")) + [
        p for acl in _children_in(noun, ACL) if acl.tag == VBN
        for p in _pobjs(acl, ("between", "among"))]


def _by_whom(noun: Token) -> list[Token]:
    """'An inquiry by the ICC', 'the arrest of two nationals by Philippine authorities' (the
    parser hangs the 'by' on the one arrested)."""
    return _pobjs(noun, ("by",)) + [b for o in _pobjs(noun, ("of",)) for b in _pobjs(o, ("by",))]


def _venue_place(tok: Token) -> bool:
    """'talks at the AU headquarters', 'signed in the Kenyan capital': a building or a seat
    under 'at' or 'in' says where, not with whom."""
    return tok.dep == POBJ and tok.head.lower_ in ("at", "in") and \
        tok.lemma_.lower() in VENUES


def _measure_of(noun: Token) -> Token | None:
    """'ten days of war games', 'a series of raids': the noun that measures out the act,
    where the measure is what a verb does ('began ten days of ...')."""
    of = noun.head
    if noun.dep != POBJ or of.lower_ != "of" or of.dep != PREP:
        return None
    measure = of.head
    if measure.lemma_.lower() in MEASURES and measure.dep in (DOBJ, ATTR) \
            and measure.head.lemma_.lower() in LIGHT_VERBS:
        return measure
    return None


def _addressees(verb: Token) -> list[Token]:
    """'sent a note to Guatemala demanding an inquiry', 'handed the ambassador a note
    protesting against ...': a participle on what was sent is aimed at whom it was sent to."""
    if verb.tag != VBG:
        return []
    if verb.dep == ACL and verb.head.dep == DOBJ:
        sent, carrier = verb.head, verb.head.head
    elif verb.dep == ADVCL:
        sent, carrier = None, verb.head
    else:
        return []
    if carrier.lemma_.lower() not in CONVEYING:
        return []
    return _pobjs(carrier, ("to",)) + [c for c in children_of(carrier)
                                         if c.dep in (DATIVE, DOBJ) and c is not sent]


HARMING = frozenset({"ASSAULT", "COERCE"})
# where a show of force is turned: "toward the Saudi border", "along its border with Armenia"
FACING_PREPS = ("toward", "towards", "to", "along", "near", "on", "at")
FRONTIERS = frozenset({"border", "frontier", "boundary"})
DETERRING = frozenset({"deter", "counter", "confront"})


def _faced(children: list[Token]) -> list[Token]:
    """Whom a show of force faces, where the text says it: a border's other state ("moved
    fighters toward the Saudi border", "massed troops along its border with Armenia") or
    whom it is to deter ("sent a second carrier to deter Iran"). Without it, troops sent
    at home stay their own state's act on itself."""
    found = []
    for border in _prep_objects(children, FACING_PREPS):
        if border.lemma_.lower() in FRONTIERS:
            found += _pobjs(border, ("with",))
            if any(c.dep in (AMOD, COMPOUND) for c in children_of(border)):
                found.append(border)
    return found + [o for c in children if c.dep in (ADVCL, XCOMP) and
                    c.lemma_.lower() in DETERRING for o in _children_in(c, DOBJ)]


def _what_is_named(tok: Token) -> list[Token]:
    """'rejected what he called the fund's diktats': the act is aimed at what is named (the
    fund), not at who named it; any other token stands for itself."""
    if tok.dep == NSUBJ and _naming(tok.head):
        return []
    if not _naming(tok):
        return [tok]
    return [t for o in _children_in(tok, OPRD) for t in (o, *_children_in(o, POSS))]


def _naming(tok: Token) -> bool:
    return tok.lemma_.lower() in NAMING and any(c.lower_ == "what" for c in children_of(tok))


def _other_parts(clause: Token) -> set[int]:
    """The words of a clause's subject, its attributions ("officials said", "according
    to ..."), its background and the other clauses joined on ("..., and the minister said
    Vilnius could ...")."""
    found: set[int] = set()
    for child in children_of(clause):
        joined = child.dep == CONJ and part_of_speech(child) in ("VERB", "AUX")
        if child.dep in OTHER_PARTS or _attribution(child) or child.lower_ in BACKGROUND \
                or joined or _with_clause(child):
            found.update(t.i for t in subtree_of(child))
    return found


def _with_clause(prep: Token) -> bool:
    """'..., with observers from the United States listening in': a 'with' phrase that is a
    clause of its own (its noun the subject of a participle) tells the circumstances, not
    with whom the act was done."""
    return prep.dep == PREP and prep.lower_ == "with" and any(
        c.dep == PCOMP and _children_in(c, NSUBJ) for c in children_of(prep))


def _asides(clause: Token, trigger: Token) -> set[int]:
    """The words of background phrases deeper in the clause ("the latest blow to a country
    that has seen four coups since independence from Portugal"), short of the act's own."""
    found: set[int] = set()
    for tok in subtree_of(clause):  # the word told first: spaCy's walks up the tree cost most
        if tok.dep != PREP or tok.lower_ not in BACKGROUND or tok.i in found or \
                tok.head.i == clause.i or tok.is_ancestor(trigger) or trigger.is_ancestor(tok):
            continue
        found.update(t.i for t in subtree_of(tok))
    return found


def _background_of(clause: Token, trigger: Token) -> Token | None:
    """The clause's background phrase the trigger is in ("after Russia's invasion of
    Ukraine", "despite protests from Caracas"), if it is in one."""
    return next((child for child in children_of(clause)
                 if child.lower_ in BACKGROUND and child.is_ancestor(trigger)), None)


def _purpose_clauses(clause: Token) -> set[int]:
    """The words in purpose clauses below the act ("... to protest the decision of sending
    troops to Iraq"): what such a clause is about is not whom the act is done to."""
    found: set[int] = set()
    for tok in subtree_of(clause):  # the label told first: most words are no clause
        if tok.dep in PURPOSE_DEPS and tok.i != clause.i and tok.i not in found and purpose(tok):
            found.update(t.i for t in subtree_of(tok))
    return found
