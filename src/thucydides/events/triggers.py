"""Find the words of a sentence that name an event, and the lexicon entry each one matches."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..nlp.clauses import last_patient, participle_for_people, with_to
from ..nlp.labels import (
    ACL,
    ADVCL,
    AGENT,
    AMOD,
    CC,
    CCOMP,
    COMPOUND,
    CONJ,
    DOBJ,
    MARK,
    NMOD,
    NPADVMOD,
    NSUBJ,
    NSUBJPASS,
    POBJ,
    POSS,
    PREP,
    RELCL,
    ROOT,
    VBD,
    VBG,
    VBN,
    XCOMP,
    label_ids,
)
from ..nlp.parse import (
    children_of,
    conjuncts_of,
    opens_sentence,
    part_of_speech,
    pos_of,
    sentence_at,
    tokens_of,
)
from .lexicon import STATEMENT, TriggerEntry, TriggerLexicon
from .words import (
    CRITICISED,
    CRITICS,
    CROWD_SIGNS,
    FIGURATIVE_WARS,
    FIRED,
    FOUGHT_FOR,
    FOUGHT_OVER,
    GATHERING,
    ILLS,
    LEAVING,
    MAKING,
    RELEASED_THINGS,
    SEATS_BESIEGED,
    STANDING,
    STRUCK_FIGURES,
)

OBJECT_DEPS = label_ids({"dobj", "nsubjpass", "attr", "oprd", "ccomp"})  # ccomp: a noun misparsed
# a noun that only modifies another ("war-torn", "the peace process") names no event itself,
# unless the other is only a container for it ("a mediation effort")
NOUN_MODIFIER_DEPS = label_ids({"compound", "npadvmod", "amod", "nmod"})
# nouns that a nominal event only names ("prisoners of war")
NAMED_BY_EVENT = frozenset({"prisoner", "veteran", "victim", "widow", "orphan", "ministry",
                            "minister", "secretary", "department", "theatre", "theater",
                            "zone", "state", "crime", "criminal", "act", "law", "art",
                            "declaration", "spoil", "fog", "outbreak"})
PROSPECTS = frozenset({"threat", "risk", "danger", "prospect", "spectre", "specter"})
# object nouns that only measure out the thing acted on ("suspended part of its aid")
PARTITIVES = frozenset({"part", "portion", "some", "most", "all", "half", "much", "bulk",
                        "rest", "remainder", "share", "tonne", "ton", "kilogram", "kg",
                        "litre", "liter", "shipment", "consignment", "cargo", "load",
                        "truckload", "planeload", "batch", "dose", "worth", "package",
                        "tranche"})
# verbs whose object is the subject of the clause it is let do: "allowed convoys to cross"
ALLOWING = frozenset({"allow", "permit", "let"})
# sums of money told with what they are in: "$95 million in aid"
SUMS = frozenset({"million", "billion", "trillion", "$", "dollar", "euro", "pound", "yuan"})
# object nouns that only measure out an act in time ("launched ten days of war games")
DURATIONS = frozenset({"day", "week", "month", "hour", "year"})
MEASURES = PARTITIVES | DURATIONS  # joined once
CONTAINERS = frozenset({"effort", "mission", "bid", "initiative", "campaign", "attempt", "drive",
                        "round", "session", "programme", "program", "operation", "move"})


@dataclass(frozen=True)
class Match:
    entry: TriggerEntry
    token: Token  # the head word: a verb, or the last word of a nominal event
    start: int  # first token of the trigger words
    end: int  # one past the last token


def measured(obj: Token) -> list[Token]:
    """'part of a military aid program', 'ten days of war games': the program or the
    games, and the compounds that name them."""
    if obj.lemma_.lower() not in MEASURES:
        return []
    inner = [p for of in children_of(obj) if of.dep == PREP and of.lower_ == "of"
             for p in children_of(of) if p.dep == POBJ]
    return inner + [c for p in inner for c in children_of(p) if c.dep == COMPOUND]


def made_by_participle(verb: Token) -> bool:
    """'A truce brokered by Moscow', 'talks mediated by Togo's president', 'a 2003 treaty
    signed by Russia and Ukraine': a mediation or a signing told as a participle on what it
    brought about."""
    return verb.dep == ACL and verb.tag == VBN and verb.lemma_.lower() in DONE_ON_A_DEAL


def _object_lemmas(verb: Token, particle: Token | None) -> set[str]:
    """The words an object constraint is checked against: 'curfew', 'martial law',
    'state of emergency', and the thing measured in '700 kg of medicine'."""
    heads = [c for c in children_of(verb) if c.dep in OBJECT_DEPS]
    if made_by_participle(verb):  # "an exchange brokered by the UAE": the exchange
        heads.append(verb.head)
    heads += [p for c in heads if (p := last_patient(c)) is not None]  # "they were freed"
    if verb.dep == RELCL:  # "arrested dozens, among them Aminata Toure, who was released"
        heads += [verb.head for c in heads if c.lower_ in RELATIVE_PRONOUNS]
    if not heads and verb.dep == CONJ and verb.tag in (VBN, VBD):
        # "were detained and later released": the passive's subject is shared
        heads = [c for c in children_of(verb.head) if c.dep == NSUBJPASS]
    if particle is not None and particle.dep in (PREP, AGENT):
        heads += [c for c in children_of(particle) if c.dep == POBJ]
    if particle is not None and particle.dep == MARK:  # "for anyone to come forward"
        heads += [c for c in children_of(particle.head) if c.dep == NSUBJ]
    heads += with_objects(verb)  # "provided Ukraine with missiles"
    heads += _summed(verb, heads)
    if verb.lemma_.lower() in ALLOWING:  # "allowed IAEA inspectors to visit": the inspectors
        heads += [s for c in children_of(verb) if c.dep in (CCOMP, XCOMP)
                  for s in children_of(c) if s.dep == NSUBJ]
    lemmas = _phrase_lemmas(heads)
    if _time_given(verb):
        lemmas.add("deadline")
    if _struck_by_fire(verb):
        lemmas.add("target")  # "a hotel was targeted by a missile": whatever it is, a target
    return lemmas


def fired_at_by(verb: Token) -> list[Token]:
    """What a passive verb's subject was struck by, where that is a thing fired: 'a
    ballistic missile' in 'was targeted by a Russian ballistic missile'."""
    return [p for a in children_of(verb) if a.dep == AGENT for p in children_of(a)
            if p.dep == POBJ and (p.lemma_.lower() in FIRED or p.lower_ in FIRED)]


def _struck_by_fire(verb: Token) -> bool:
    """A passive whose subject was struck by a thing fired ('a hotel was hit by a drone')."""
    return any(c.dep == NSUBJPASS for c in children_of(verb)) and bool(fired_at_by(verb))


# how a time given to do something is told: "gave Kyiv one week to withdraw", "gave them
# until Friday to leave", "has 48 hours to answer"
UNTIL = frozenset({"until", "till", "by"})


def _time_given(verb: Token) -> bool:
    """A length of time or an 'until' given for an act an infinitive names, on the verb or
    on the time: the deadline of an ultimatum ("gave Kyiv one week to withdraw its troops",
    "gave Ruto seven days to cut prices", "until the end of the month to hand over")."""
    kids = children_of(verb)
    times = [c for c in kids if c.dep in (NPADVMOD, DOBJ) and c.lemma_.lower() in DURATIONS]
    times += [p for c in kids if c.dep == PREP and c.lower_ in UNTIL
              for p in children_of(c) if p.dep == POBJ and p.ent_type_ == "DATE"]
    return bool(times) and any(_demanded(c) for t in (verb, *times) for c in children_of(t))


def _demanded(clause: Token) -> bool:
    """An infinitive of what must be done by then; "gave him 72 hours to leave the country"
    is an expulsion's time, no threat, unless the text says what comes otherwise ("to leave
    or face deportation")."""
    if clause.dep not in (ADVCL, XCOMP, RELCL, ACL) or \
            not with_to(clause):
        return False
    return clause.lemma_.lower() not in LEAVING or \
        any(c.dep == CC and c.lower_ == "or" for c in children_of(clause))


def _summed(verb: Token, objects: list[Token]) -> list[Token]:
    """What a sum of money is in: "suspended $95 million in aid" (the parser hangs "in aid"
    on the sum or on the verb)."""
    if not any(o.lemma_.lower() in SUMS for o in objects):
        return []
    return [p for t in (verb, *objects) for c in children_of(t)
            if c.dep == PREP and c.lower_ == "in" for p in children_of(c) if p.dep == POBJ]


def _subject_lemmas(verb: Token) -> set[str]:
    """The words a subject constraint is checked against: 'peacekeepers', 'the first
    contingent of peacekeeping troops'."""
    return _phrase_lemmas([c for c in children_of(verb) if c.dep in (NSUBJ, NSUBJPASS)])


DONE_ON_A_DEAL = frozenset({"broker", "mediate", "sign"})  # mediating and signing
# "he has been held", "those detained were released", "leaders of the union, who were
# released": people ("they were released" may be ships or hostages freed by their captors:
# it is read as what was last acted on)
PEOPLE_PRONOUNS = frozenset({"he", "she", "him", "her", "those", "both", "who", "whom"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "that"})
# participles that say what a vehicle or convoy holds ("planes carrying 95 tons of aid")
CARRYING = frozenset({"carry", "bear", "transport", "load", "laden"})


def _carried(obj: Token) -> list[Token]:
    """What a vehicle the object names holds: its participle's object, or what it is
    loaded 'with'."""
    found: list[Token] = []
    for acl in children_of(obj):
        if acl.dep == ACL and acl.lemma_.lower() in CARRYING:
            found += [o for o in children_of(acl) if o.dep in (DOBJ, POBJ)]
            found += with_objects(acl)
    return found


def with_objects(tok: Token) -> list[Token]:
    """The objects of the word's 'with' phrases: 'provided Ukraine with missiles'."""
    return [p for w in children_of(tok) if w.dep == PREP and w.lower_ == "with"
            for p in children_of(w) if p.dep == POBJ]


class PhraseWords(set):
    """The words of object phrases, and those of them that only modify a head ('access'
    in 'access roads')."""

    modifiers: frozenset[str] = frozenset()


def _phrase_lemmas(heads: list[Token]) -> PhraseWords:
    lemmas = PhraseWords()
    modifying: set[str] = set()
    heads = heads + [c for obj in heads for c in _carried(obj)]
    heads = heads + [m for obj in heads for m in measured(obj)]
    for obj in heads:
        for tok in (obj, *conjuncts_of(obj)):
            lemma, word, pos, ent = tok.lemma_.lower(), tok.lower_, part_of_speech(tok), \
                tok.ent_type_
            lemmas.update((lemma, word))
            if pos == "NUM" or word in PEOPLE_PRONOUNS:
                lemmas.add("person")  # "the three were booked", "those held were freed"
            if ent == "NORP" and pos in ("NOUN", "PROPN"):
                lemmas.add("national")  # "released ten Americans", "expelled two Britons"
            elif ent == "PERSON" and pos == "PROPN":
                lemmas.add("person")  # "freed Elias Mansur"
            elif ent == "GPE" and pos == "PROPN":
                lemmas.add("country")  # "suspended Niger", "recognised Kosovo"
            for child in children_of(tok):
                dep = child.dep
                if dep == ACL and child.tag == VBG:  # "police firing" misparsed
                    lemmas.add(f"{word} {child.lower_}")
                if dep == NMOD:  # "mobile phone and internet services": each a service
                    lemmas.update(f"{m.lower_} {lemma}" for m in (child, *conjuncts_of(child)))
                if dep in (COMPOUND, AMOD):
                    lemmas.add(f"{child.lower_} {lemma}")
                    if _hyphened(child, tok):  # "a sit-in", parsed as 'sit' on 'in'
                        lemmas.add(f"{child.lower_}-{word}")
                    if dep == COMPOUND:  # "aid deliveries", "mediation efforts"
                        modifying.add(child.lemma_.lower())
                elif dep == PREP and child.lower_ == "of":
                    # "intention of calling off": a clause, not a thing the act is done with
                    for pobj in (c for c in children_of(child) if c.dep == POBJ):
                        lemmas.add(f"{lemma} of {pobj.lower_}")
                        lemmas.update((pobj.lemma_.lower(), pobj.lower_))
                        lemmas.update(f"{m.lower_} {pobj.lemma_.lower()}" for m in children_of(pobj)
                                      if m.dep in (COMPOUND, AMOD))
    lemmas.modifiers = frozenset(modifying - lemmas)
    lemmas.update(modifying)
    return lemmas


def _hyphened(first: Token, second: Token) -> bool:
    """'sit-in': the two words written as one with a hyphen."""
    doc = first.doc
    return second.i == first.i + 2 and doc[first.i + 1].text == "-" and \
        not first.whitespace_ and not doc[first.i + 1].whitespace_


PARTICLE_DEPS = label_ids(("prt", "prep", "advmod", "dative", "agent"))  # how a particle hangs


# verbs whose "in" is an adverb, never a place's: "gave in", "caved in" ("gave the leaders in
# Niger one week" is no giving in)
GIVING_IN = frozenset({"give", "cave"})


def _particle(verb: Token, word: str) -> Token | None:
    for child in children_of(verb):
        if child.dep in PARTICLE_DEPS and child.lower_ == word \
                and not _of_time(child) and not (
                    word == "in" and verb.lemma_.lower() in GIVING_IN and
                    any(c.dep == POBJ for c in children_of(child))):
            return child
    return next((m for clause in children_of(verb) if clause.dep == ADVCL
                 for m in children_of(clause) if m.dep == MARK and m.lower_ == word and
                 any(c.dep == NSUBJ for c in children_of(clause))), None)


def _of_time(prep: Token) -> bool:
    """'fired ... at 10:42 a.m.', 'met on Tuesday': a preposition of time is no particle."""
    objects = [c for c in children_of(prep) if c.dep == POBJ]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _stems(word: str) -> list[str]:
    """Base forms of a verb the lemmatizer does not know ('teargassed' -> 'teargas')."""
    stems = []
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            stems.append(stem)
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])  # "teargass" -> "teargas"
    return stems


def _repeated(lemma: str, lexicon: TriggerLexicon) -> list[TriggerEntry]:
    """'Reimposed blockades', 're-imposed a curfew': the act done again. Only entries that
    name their object: a bare 're' + verb is often another verb ('recall', 'regard')."""
    base = lemma.removeprefix("re-").removeprefix("re")
    if base == lemma or len(base) < 3:
        return []
    return [e for e in lexicon.verbs.get(base, ()) if e.objects]


def _joined(tok: Token, lexicon: TriggerLexicon,
            index: dict[str, list[TriggerEntry]]) -> Match | None:
    """'lathi-charged', 'a baton charge', 'cane-charging': a word the lexicon knows only
    written together with the word before it ('lathicharge'), as local reports spell it
    in any of three ways; the compound's entries win over the second word's own."""
    doc, at = tok.doc, tok.i - 1
    if at < 1:
        return None
    word = doc[at]  # each doc[i] makes a new Token: made once here
    first = word.lower_
    if first != "-" and first not in lexicon.joined_starts:
        return None  # most words begin no entry: told without the words around them
    hyphen = first == "-" and not word.whitespace_ and not doc[at - 1].whitespace_
    if hyphen:
        at -= 1
        word = doc[at]
        first = word.lower_
    if first not in lexicon.joined_starts:
        return None
    if _sentence_starts(doc, at + 1, tok.i) or not word.is_alpha or \
            not (hyphen or part_of_speech(word) in ("NOUN", "PROPN") and word.head.i == tok.i):
        return None  # "is suing" is no "issue"
    for form in (tok.lemma_.lower(), tok.lower_, *_stems(tok.lower_)):
        # "sit-in" is listed with its hyphen, which the parser splits off as a word
        entries = index.get(first + form) or (index.get(f"{first}-{form}") if hyphen else None)
        if entries:
            return Match(entries[0], tok, at, tok.i + 1)
    return None


def _sentence_starts(doc, first: int, last: int) -> bool:
    """A sentence starts at one of the tokens first to last: the last one's starts there."""
    return sentence_at(doc)[last].start >= first


def match_verb(tok: Token, lexicon: TriggerLexicon) -> Match | None:
    joined = _joined(tok, lexicon, lexicon.verbs)
    if joined is not None:
        return joined
    lemma = tok.lemma_.lower()
    entries = lexicon.verbs.get(lemma)
    if not entries:
        entries = next((lexicon.verbs[s] for s in _stems(tok.lower_) if s in lexicon.verbs),
                       None)
    return _first_entry(tok, [*(entries or ()), *_repeated(lemma, lexicon)]) or \
        _gathered_in_protest(tok)


GATHERED = TriggerEntry(("gather",), "verb", "141", "PROTEST", mode="demo")


def _gathered_in_protest(tok: Token) -> Match | None:
    """'Hundreds gathered outside the courthouse, chanting slogans', 'thousands massed
    outside parliament': a crowd gathered with the signs of a protest, or at a seat of
    power."""
    if tok.lemma_.lower() not in GATHERING:
        return None
    signs = any(c.dep in (ADVCL, XCOMP, CONJ) and c.tag == VBG and
                c.lemma_.lower() in CROWD_SIGNS for c in children_of(tok))
    places = [p for c in children_of(tok) if c.dep == PREP and c.lower_ in ("outside", "before")
              for p in children_of(c) if p.dep == POBJ]
    places += [c for c in children_of(tok) if c.dep == DOBJ and  # "outside" parsed a modifier
               any(m.lower_ == "outside" for m in children_of(c))]
    besieged = any(p.lemma_.lower() in SEATS_BESIEGED for p in places)
    return Match(GATHERED, tok, tok.i, tok.i + 1) if signs or besieged else None


def match_as(tok: Token, lemma: str, lexicon: TriggerLexicon) -> Match | None:
    """The entry of another verb that this verb, with its own objects, would match:
    'ordered two diplomats to leave' read as 'expelled two diplomats'."""
    return _first_entry(tok, list(lexicon.verbs.get(lemma, ())))


def _first_entry(tok: Token, entries: list[TriggerEntry]) -> Match | None:
    """The first entry that fits; of object entries, the first whose object is the object's
    head word, before one that fits only a word modifying it ('blocked the access roads':
    roads blocked, not access)."""
    if not entries:
        return None
    objects: dict[int, set[str]] = {}  # the object words, read once for each particle
    particles: dict[str, Token | None] = {}  # each particle looked for once ("call for")
    by_modifier: Match | None = None
    for entry in entries:
        particle = None
        if len(entry.words) > 1:
            if entry.words[1] not in particles:
                particles[entry.words[1]] = _particle(tok, entry.words[1])
            particle = particles[entry.words[1]]
            if particle is None:
                continue
        modifier_only = False
        if by_modifier is not None and not entry.objects:
            return by_modifier  # an object entry, though by a modifier, before a bare verb
        if entry.objects:
            at = particle.i if particle is not None else -1
            if at not in objects:
                objects[at] = _object_lemmas(tok, particle)
            fitting = entry.objects & objects[at]
            if not fitting:
                continue
            modifier_only = fitting <= objects[at].modifiers
        if entry.subjects and not entry.subjects & _subject_lemmas(tok):
            continue
        if particle is not None and abs(particle.i - tok.i) <= 2:
            found = Match(entry, tok, min(tok.i, particle.i), max(tok.i, particle.i) + 1)
        else:
            found = Match(entry, tok, tok.i, tok.i + 1)
        if not modifier_only:
            return found
        by_modifier = by_modifier or found
    return by_modifier


def match_noun(tok: Token, lexicon: TriggerLexicon) -> Match | None:
    joined = _joined(tok, lexicon, lexicon.nouns)
    if joined is not None:
        return joined
    entries = lexicon.nouns.get(tok.lemma_.lower()) or lexicon.nouns.get(tok.lower_)
    if not entries:
        return None
    doc = tok.doc
    before: list[str] = []  # the words before tok, lower-cased, nearest first, read as needed
    targets: set[str] | None = None
    for entry in entries:
        n = len(entry.words)
        start = tok.i - n + 1
        if start < 0:
            continue
        if entry.objects:
            targets = _noun_targets(tok) if targets is None else targets
            if not entry.objects & targets:
                continue
        if n == 1 or _preceded_by(doc, tok.i, entry.words[:-1], before):
            return Match(entry, tok, start, tok.i + 1)
    return None


def _noun_targets(noun: Token) -> set[str]:
    """What a nominal act is aimed at, and how it is told, for a noun entry's object
    constraint: 'an attack on the government's energy policy', 'a scathing attack'."""
    return _phrase_lemmas([o for c in children_of(noun) if c.dep == PREP and
                           c.lower_ in ("on", "against") for o in children_of(c)
                           if o.dep == POBJ]) | \
        {c.lemma_.lower() for c in children_of(noun) if c.dep == AMOD}


UNDER_FIRE = ("under", "fire")
# verbs whose subject is "under fire" ("came under fire", "is under heavy fire")
UNDERGOING = frozenset({"come", "be", "remain"})
# what a subject put under fire is blamed over or for: words, not shots
BLAMED_PREPS = frozenset({"over", "for", "about", "after"})


def undergoing(noun: Token) -> Token | None:
    """The verb whose subject the noun is done to, where the noun is what it is 'under'
    ('came under fire', 'was under attack'), else None."""
    under = noun.head
    if noun.dep != POBJ or under.lower_ != "under" or \
            under.head.lemma_.lower() not in UNDERGOING:
        return None
    return under.head


def _under_fire(fire: Token, lexicon: TriggerLexicon) -> Match | None:
    """'Came under fire from Armenian forces', 'came under heavy fire': shots at the verb's
    subject (the lexicon's 'under fire'); 'the minister came under fire from critics over
    the plan' is criticism (its 'criticism')."""
    verb = undergoing(fire)
    if verb is None:
        return None
    phrases = [c for t in (verb, fire) for c in children_of(t) if c.dep == PREP]
    critics = [o for c in phrases if c.lower_ == "from" for o in children_of(c)
               if o.dep == POBJ and o.lemma_.lower() in CRITICS]
    subjects = [c for c in children_of(verb) if c.dep == NSUBJ]
    spoken = critics or any(c.lower_ in BLAMED_PREPS for c in phrases) or any(
        s.ent_type_ == "PERSON" or s.lemma_.lower() in CRITICISED for s in subjects)
    entries = lexicon.nouns.get("criticism" if spoken else "fire", ())
    entry = next((e for e in entries if spoken or e.words == UNDER_FIRE), None)
    return Match(entry, fire, fire.i, fire.i + 1) if entry is not None else None


def _preceded_by(doc, at: int, words: tuple[str, ...], before: list[str]) -> bool:
    """Whether the words right before token `at` are these, lower-cased (there are enough
    tokens before it). Read word by word from the nearest, into `before`, which the
    entries of one noun share: most entries differ in the word before the noun, and a
    span of the words (`doc[start:at]`) would cost more than the few words read."""
    for k, word in enumerate(reversed(words)):
        if k == len(before):
            before.append(doc[at - 1 - k].lower_)
        if before[k] != word:
            return False
    return True


def find_triggers(sent: Span, lexicon: TriggerLexicon) -> list[Match]:
    matches: list[Match] = []
    nouns: list[Token] = []  # read after the verbs, which may take some as their objects
    consumed: set[int] = set()  # nouns already read as a verb's object constraint
    for tok, pos in zip(tokens_of(sent), pos_of(sent), strict=True):
        if pos in ("NOUN", "PROPN"):
            nouns.append(tok)
        # a participle read as an adjective counts only joined ("baton-charged protesters")
        elif pos == "VERB" and participle_for_people(tok):
            continue  # "the accused were arrested": people, no accusation
        elif pos == "VERB" or (pos == "AUX" and tok.dep == ROOT) or \
                pos == "ADJ" and _joined(tok, lexicon, lexicon.verbs) is not None:
            m = match_verb(tok, lexicon)
            if m is not None and not figurative(tok) and not _aimed_otherwise(tok, m, lexicon):
                if m.entry.type != STATEMENT:
                    matches.append(m)
                if m.entry.objects:
                    objs = [c for c in children_of(tok) if c.dep in OBJECT_DEPS]
                    consumed.update(o.i for obj in objs for o in (obj, *measured(obj)))
                    consumed.update(o.i for o in _summed(tok, objs))
    for tok in nouns:
        if tok.i in consumed:
            continue
        m = match_noun(tok, lexicon)  # first: most nouns name no event
        if tok.lemma_.lower() == "fire" and (m is None or m.entry.words == UNDER_FIRE):
            m = _under_fire(tok, lexicon) or m
        if m is None or m.entry.type == STATEMENT or _names_no_event(tok) or \
                _release_of_a_thing(tok):
            continue
        container = tok.dep in NOUN_MODIFIER_DEPS  # "a mediation effort": the effort's
        matches.append(Match(m.entry, tok.head, m.start, m.end) if container else m)
    return matches


def _aimed_otherwise(verb: Token, found: Match, lexicon: TriggerLexicon) -> bool:
    """'Launched a blistering attack on the energy policy': the verb's object is an act
    whose own target makes it another kind (criticism), which the noun tells."""
    if not found.entry.objects:
        return False
    for obj in (c for c in children_of(verb) if c.dep in OBJECT_DEPS):
        told = match_noun(obj, lexicon)
        if told is not None and told.entry.objects and told.entry.type != found.entry.type:
            return True
    return False


# a rally held to win votes, not to dissent ("a campaign rally", "an election rally")
CAMPAIGNING = frozenset({"campaign", "election", "electoral", "pre-election", "poll",
                         "victory"})
GATHERINGS = frozenset({"rally", "march", "procession", "meeting"})


def campaigning(noun: Token) -> bool:
    """'A campaign rally', 'an election march': a gathering held to win votes."""
    return noun.lemma_.lower() in GATHERINGS and any(
        c.dep in (COMPOUND, AMOD) and c.lemma_.lower() in CAMPAIGNING
        for c in children_of(noun))


def _release_of_a_thing(noun: Token) -> bool:
    """'the release of treated water', 'the release of the report': no one set free."""
    return noun.lemma_.lower() == "release" and any(
        p.lemma_.lower() in RELEASED_THINGS for of in children_of(noun)
        if of.dep == PREP and of.lower_ == "of" for p in children_of(of) if p.dep == POBJ)


def _names_no_event(noun: Token) -> bool:
    """A noun of the trigger lexicon that names no event here: part of a name, a modifier of
    another noun that is not only a container for it, what an event only names."""
    if noun.is_title and not opens_sentence(noun):
        return True  # part of a name: "the Cold War", "the Peace Corps"
    if campaigning(noun):
        return True  # "as he left a campaign rally": no protest
    if noun.dep in NOUN_MODIFIER_DEPS and noun.head.lemma_.lower() not in CONTAINERS:
        return True
    if noun.dep == POBJ and noun.head.lower_ == "of" and \
            noun.head.head.lemma_.lower() in NAMED_BY_EVENT:
        return True  # "prisoners of war", "the ministry of defence"
    if _referred_to(noun) or figurative(noun):
        return True
    # "the threat of a clash" is no threat made by anyone
    return noun.lemma_.lower() in PROSPECTS and any(
        c.dep == PREP and c.lower_ == "of" for c in children_of(noun))


def figurative(tok: Token) -> bool:
    """A war, battle or fight that is a figure of speech: 'the price war among
    supermarkets', 'a war of words', 'the battle against graft', 'fighting inflation',
    'declared war on red tape'; and a strike or a hit that lands on a figure ('struck a
    different note', 'hit a snag')."""
    if tok.lemma_.lower() in ("strike", "hit"):
        return any(c.dep == DOBJ and c.lemma_.lower() in STRUCK_FIGURES
                   for c in children_of(tok))
    if tok.lemma_.lower() not in FIGURATIVE_WARS and tok.lower_ not in FIGURATIVE_WARS:
        return False
    # "declared war on red tape": the parser hangs what is fought on the verb
    made = [c for c in children_of(tok.head) if c.dep == PREP and c.lower_ in ("on", "against")] \
        if tok.dep == DOBJ else []
    for c in (*children_of(tok), *made):
        if c.dep in (COMPOUND, AMOD, NMOD) and c.lemma_.lower() in FOUGHT_OVER:
            return True  # "a price war"
        fought = [c] if c.dep == DOBJ else [
            o for o in children_of(c) if o.dep == POBJ] if c.dep == PREP and \
            c.lower_ in ("against", "on", "of", "over") else []
        for obj in fought:
            words = {obj.lemma_.lower(), " ".join(t.lower_ for t in obj.subtree)}
            if obj.lemma_.lower() in ILLS or c.lower_ in ("of", "over") and \
                    obj.lemma_.lower() in FOUGHT_OVER or words & ILLS:
                return True  # "the battle against graft", "a war of words"
        if c.dep == PREP and c.lower_ == "for" and any(
                o.dep == POBJ and o.lemma_.lower() in FOUGHT_FOR for o in children_of(c)):
            return True  # "fights for its survival"
    return False


def _referred_to(noun: Token) -> bool:
    """An agreement or a cooperation that stands, named by its owner or under a
    preposition, and no clause on it that makes it."""
    if noun.lemma_.lower() not in STANDING:
        return False
    owned = any(c.dep == POSS for c in children_of(noun))
    if not (owned or noun.dep == POBJ):
        return False
    return not any(c.dep in (ACL, RELCL) and c.lemma_.lower() in MAKING
                   for c in children_of(noun))
