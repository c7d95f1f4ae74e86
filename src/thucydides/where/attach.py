"""Where each act happened: the place named in its clause, resolved in the gazetteer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from ..nlp.clauses import is_mission, phrases_for
from ..nlp.labels import (
    AMOD,
    APPOS,
    COMPOUND,
    CONJ,
    DET,
    DOBJ,
    NPADVMOD,
    POBJ,
    POSS,
    PREP,
    SUBJECTS,
)
from ..nlp.parse import (
    children_of,
    doc_text,
    entities,
    lower_case_doc,
    part_of_speech,
    sentences_of,
    span_text,
    tokens_of,
)
from ..records import Location
from .gazetteer import SIZEABLE, Gazetteer, Place, by_another_name, name_key, named_town

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NOUNS = ("NOUN", "PROPN")
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "along", "across", "inside",
                         "around", "throughout"})
# "in the capital", "along the border": places the text names by a common noun
COMMON_PLACES = frozenset({"capital", "border", "frontier", "front", "coast"})
# their words in a text: the lemmatizer makes each only from a form that begins with it
COMMON_PLACE_WORDS = re.compile("|".join(sorted(COMMON_PLACES)), re.IGNORECASE)
PLACE_OR_FROM = PLACE_PREPS | {"from"}
METROPOLIS = 1_000_000
# the small words inside Spanish and Portuguese place names ("San Antonio del Tachira")
NAME_LINKS = frozenset({"de", "del", "da", "do", "dos", "das", "la", "los", "las"})


def _names_common_place(text: str) -> bool:
    """Whether one of the common places' words is in the text, in any case. A text in
    ASCII is searched lower-cased: a pattern that ignores case takes four times as long."""
    if text.isascii():
        lowered = text.lower()
        return any(word in lowered for word in COMMON_PLACES)
    return COMMON_PLACE_WORDS.search(text) is not None


class ArticlePlaces:
    """The places of one article, resolved with the article's states as context."""

    def __init__(self, gazetteer: Gazetteer | None, doc: Doc, states: set[str]):
        """Without a gazetteer, the article has no places (dates_and_places off)."""
        self.gazetteer = gazetteer
        self.named = frozenset(states)  # the states the article names, before its places
        self.states = set(states)
        self.resolved: dict[tuple[int, int], Place] = {}
        self.notes: dict[tuple[int, int], str] = {}  # location notes' brackets -> state
        self._doc = doc
        if gazetteer is None:
            return
        self.notes = location_notes(doc, gazetteer)
        noted = {(s.start, s.end): state for (start, end), state in self.notes.items()
                 for s in _noted_names(doc, start, end)}
        noted_words = {i for start, end in noted for i in range(start, end)}
        ents = entities(doc)
        spans = [_whole_name(e, gazetteer) for e in ents if e.label_ in PLACE_LABELS and
                 noted_words.isdisjoint(range(e.start, e.end))]
        spans += _untagged_places(doc, ents, gazetteer,
                                  {i for e in spans for i in range(e.start, e.end)} |
                                  noted_words)
        spans += [Span(doc, start, end) for start, end in noted]
        admin1 = {p.admin1 for e in spans for p in _admin1_readings(gazetteer, span_text(e))}
        starts = {e.start: e for e in spans}
        for ent in spans:
            within = noted.get((ent.start, ent.end)) or self._stated_country(ent, starts)
            place = gazetteer.resolve(span_text(ent), self.states, admin1, within)
            if place is not None and not stray_alias(place, span_text(ent), self.states):
                self.resolved[(ent.start, ent.end)] = place
        self.states |= {p.country for p in self.resolved.values() if p.country}

    def _stated_country(self, ent: Span, starts: dict[int, Span]) -> str | None:
        """'Tripoli, Lebanon': a country named right after the place, after a comma."""
        doc = ent.doc
        if ent.end + 1 < len(doc) and doc[ent.end].text == "," and ent.end + 1 in starts:
            after = self.gazetteer.candidates(span_text(starts[ent.end + 1]))
            if after and after[0].kind == "country":
                return after[0].country
        return None

    def in_note(self, tok: Token) -> bool:
        """Inside the brackets of a location note: a place's district and province."""
        return bool(self.notes) and any(start <= tok.i < end for start, end in self.notes)

    def state_mentions(self) -> list[tuple[int, int, str]]:
        """Where the article names a place, as (start, end, the place's state)."""
        doc = self._doc
        return [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), p.country)
                for (s, e), p in self.resolved.items() if p.country]

    def town_country(self, name: str) -> str | None:
        """The state of a town the parser did not tag as a place, or of a province only one
        state has ('the gujarat police', 'the Sindh government')."""
        town = named_town(self.gazetteer, name)
        if town is not None:
            return town.country
        states = _province_states(self.gazetteer, name)
        return next(iter(states)) if len(states) == 1 else None

    def country_at(self, tok: Token) -> str | None:
        """The state of a place name at this token ('Kharkiv police' -> UKR)."""
        for (start, end), place in self.resolved.items():
            if start <= tok.i < end:
                return place.country
        return None

    def phrases(self, sent: Span) -> list[Span]:
        """Place phrases of a sentence: named places, and 'the capital', 'the border'."""
        if self.gazetteer is None:
            return []
        found = [Span(sent.doc, s, e) for (s, e) in self.resolved if sent.start <= s < sent.end]
        if not _names_common_place(span_text(sent)):
            return found  # most sentences: their tokens are not read
        for tok in tokens_of(sent):
            if tok.dep == POBJ and tok.lemma_.lower() in COMMON_PLACES and \
                    tok.head.lower_ in PLACE_PREPS:
                found.append(sent.doc[tok.i: tok.i + 1])
        return found

    def location_of(self, trigger: Token, phrases: list[Span],
                    state: str | None) -> Location | None:
        """The place of the act's clause, else of its subject ("China's embassy in Prague
        accused ...", "police in Lima fired ..."), else a place inside the clause's own
        place phrase, or on what the act was done to, in a state the article names
        ("protested outside the Russian embassy in Prague", "detained dozens of men in Bahir
        Dar"; not "in an ambush near San Antonio" in a story on Venezuela)."""
        if not phrases:  # most sentences name no place
            return None
        clause = trigger.head if trigger.dep == CONJ else trigger
        subjects = [c for c in children_of(clause) if c.dep in SUBJECTS]
        found = phrases_for(trigger, phrases) or \
            [p for s in subjects for p in phrases_for(s, phrases)]
        located = self._first_place(found, trigger, state)
        if located is None:
            inner = [p for p in phrases_for(trigger, phrases, nested=True)
                     if not _in_grievance(p.root, trigger)]
            nested = self._first_place(inner or _on_the_done_to(trigger, phrases), trigger,
                                       state)
            if nested is not None and (nested.country in self.named or
                                       nested.country in self.notes.values()):
                return nested  # a state a location note gives is named by the text
        return located

    def _first_place(self, found: list[Span], trigger: Token,
                     state: str | None) -> Location | None:
        for phrase in found:
            if not _is_place_phrase(phrase, trigger):
                continue
            place = self.resolved.get((phrase.start, phrase.end))
            if place is not None:
                return as_location(place)
            common = self._common(phrase.root, state)
            if common is not None:
                return common
        return None

    def _common(self, tok: Token, state: str | None) -> Location | None:
        lemma = tok.lemma_.lower()
        if lemma == "capital" and state in self.gazetteer.capitals:
            return as_location(self.gazetteer.capitals[state])
        if lemma != "capital":
            text = span_text(tok.doc[tok.left_edge.i: tok.right_edge.i + 1])
            return Location(name=text, country=None, kind="region", resolution=None,
                            basis="sentence")
        return None


# acts in the air, whose "over" phrase is where they happened
AIRBORNE = frozenset({"shoot", "down", "intercept", "fly", "crash", "bomb", "strike", "drop"})
# acts aimed at a place, which happen where they land: "fired rockets towards Sderot"
FIRED = frozenset({"fire", "launch", "shoot", "lob"})
AIMED_AT = frozenset({"at", "towards", "toward", "into", "on"})
# acts done where they are left: "withdrew from Kherson", "pulled out of Bakhmut"
WITHDRAWING = frozenset({"withdraw", "retreat", "pull", "evacuate"})


NOTE_LENGTH = 12  # words a location note's brackets hold at most


def location_notes(doc: Doc, gazetteer: Gazetteer) -> dict[tuple[int, int], str]:
    """Notes in the manner of ACLED name a place, then its district and province in
    brackets: 'in Tangi (Charsadda, Khyber Pakhtunkhwa)'. The bracket's last name, a
    province or a state, says in which state the names are: (start, end) of the brackets
    -> that state, where the names agree on one."""
    notes: dict[tuple[int, int], str] = {}
    for tok in _opening_brackets(doc):
        close = _note_end(doc, tok)
        if close is None:
            continue
        names = [span_text(s) for s in _noted_names(doc, tok.i, close + 1)]
        states = _noted_states(gazetteer, names)
        if len(states) == 1:
            notes[(tok.i, close + 1)] = states.pop()
    return notes


def _opening_brackets(doc: Doc) -> Iterator[Token]:
    """The tokens that open a bracket, in order: found in the text, where most texts have
    none (reading each token's text takes longer)."""
    text = doc_text(doc)
    at = text.find("(")
    while at >= 0:
        bracket = doc.char_span(at, at + 1)  # None where "(" is inside a token
        if bracket is not None:
            yield bracket[0]
        at = text.find("(", at + 1)


def _noted_states(gazetteer: Gazetteer, names: list[str]) -> set[str]:
    """The states of a note's province, else of a district the gazetteer holds as one
    ('(Soum, Sahel)'); of two ('Punjab'), those where its other names are; without a
    province it knows, the state all its places are in ('Lamu (Lamu, Lamu)')."""
    for name in names[:0:-1]:
        states = _province_states(gazetteer, name)
        if len(states) > 1:
            states &= {p.country for n in names if n != name for p in gazetteer.candidates(n)}
        if states:
            return states
    return {p.country for n in names for p in gazetteer.candidates(n) if p.country}


def _note_end(doc: Doc, tok: Token) -> int | None:
    """The closing bracket of '(District, Province)' opened at tok."""
    if tok.text != "(":
        return None
    inside = doc[tok.i + 1: tok.i + NOTE_LENGTH]
    close = next((t.i for t in inside if t.text in "()[]"), None)
    if close is None or doc[close].text != ")" or \
            not any(t.text == "," for t in doc[tok.i + 1: close]):
        return None
    return close


def _noted_names(doc: Doc, start: int, end: int) -> list[Span]:
    """The names of a location note: the place before its brackets, then each name
    between commas inside them."""
    first = start
    while first > 0 and (doc[first - 1].is_title or doc[first - 1].text == "-"):
        first -= 1
    names = [doc[first: start]] if first < start else []
    cut = [start, *(t.i for t in doc[start + 1: end - 1] if t.text == ","), end - 1]
    names += [doc[a + 1: b] for a, b in pairwise(cut) if b > a + 1]
    return names


def _province_states(gazetteer: Gazetteer, name: str) -> set[str]:
    key = name_key(name)
    return {p.country for p in gazetteer.candidates(name) if p.country and
            p.kind in ("country", "admin1", "region") and name_key(p.name) == key}


def _untagged_places(doc: Doc, ents: tuple[Span, ...], gazetteer: Gazetteer,
                     tagged: set[int]) -> list[Span]:
    """Places the tagger missed or took for an organisation or a person ('police in Patna',
    lower-cased 'protesters in lahore', 'deploying in Nagorno-Karabakh', 'a house in Khan
    Younis'): the name after a preposition of place (a word, or the organisation or person
    it ends) that is the own name of a country, a province or region, or a town of 100,000
    people or more. In a text written in both
    cases, a word in lower case is no name ("near the forest"); in one written all in lower
    case, a word with an article is no town's ("at a police mobile": Mobile, Alabama)."""
    names = {e.end - 1: e for e in ents if e.label_ in ("ORG", "PERSON")}  # by last word
    caseless = lower_case_doc(doc)
    found = []
    for tok in (t for sent in sentences_of(doc) for t in tokens_of(sent)):  # made once
        if tok.i in tagged or tok.dep != POBJ or not tok.is_alpha or \
                (tok.is_lower and not caseless) or part_of_speech(tok) not in NOUNS or \
                tok.head.lower_ not in PLACE_OR_FROM and not _town_of(tok.head):
            continue  # the head, made anew, read last; "the outskirts of Kharkiv"
        name = names.get(tok.i, doc[tok.i: tok.i + 1])
        common = caseless and any(c.dep in (DET, POSS) for c in children_of(tok))
        if common and part_of_speech(tok) == "NOUN":
            continue  # "near the forest": Forest, a parish of Guernsey, only in name
        if _own_place_name(gazetteer, span_text(name), towns=not common,
                           town_of_words=name.label_ == "PERSON"):
            found.append(name)
    return found


# the words of who holds a region, before its name: "Indian-administered Kashmir"
HELD = frozenset({"administered", "controlled", "held", "occupied"})


def _whole_name(ent: Span, gazetteer: Gazetteer) -> Span:
    """The place's name with the 'de'/'del' part the tagger cut off, where the gazetteer
    knows it: 'San Antonio' + 'del Tachira', 'Santiago' + 'de Cuba'; without the word for
    its kind the tagger took in ('Kupwara district', 'Lamu county', 'Soum province')."""
    doc, end = ent.doc, ent.end
    if len(ent) > 1 and ent[-1].lower_ in DIVISIONS and \
            not gazetteer.candidates(span_text(ent)) and \
            gazetteer.candidates(span_text(ent[:-1])):
        return Span(doc, ent.start, end - 1, label=ent.label_)
    while end + 1 < len(doc) and doc[end].lower_ in NAME_LINKS and \
            (doc[end + 1].is_title or doc[end + 1].lower_ in NAME_LINKS):
        end += 1
    while end < len(doc) and doc[end].is_title:
        end += 1
    start = ent.start
    if start >= 3 and doc[start - 2].text == "-" and doc[start - 1].lower_ in HELD and \
            gazetteer.candidates(span_text(doc[start - 3:end])):
        start -= 3  # "Pakistan-administered Kashmir", a region the gazetteer knows whole
    if (start, end) == (ent.start, ent.end) or \
            not gazetteer.candidates(span_text(doc[start:end])):
        return ent
    return Span(doc, start, end, label=ent.label_)


def stray_alias(place: Place, name: str, states: set[str]) -> bool:
    """A town one of whose other names this is, in a state the article never names:
    'Mirpur' in a story from Dhaka is no New Mirpur City in Pakistan, 'the Turi prison' in
    Ecuador no prison in Turin, the dateline 'KHAR:' no Haar in Bavaria. (A metropolis is
    read under any name: 'Bombay'.)"""
    return place.kind == "city" and bool(states) and place.country not in states and \
        by_another_name(place, name) and place.population < METROPOLIS


def _own_place_name(gazetteer: Gazetteer, name: str, towns: bool,
                    town_of_words: bool = False) -> bool:
    """`town_of_words`: a name of several words the tagger took for a person's is a
    sizeable town's under any of its spellings ('Khan Younis', 'Khan Yunis'); an
    organisation's many words are seldom a town's."""
    key = name_key(name)
    candidates = gazetteer.candidates(name)
    if any(p.kind in ("country", "admin1") and name_key(p.name) == key for p in candidates):
        return True
    if towns and town_of_words:
        return any(p.kind == "city" and p.population >= SIZEABLE for p in candidates)
    return towns and " " not in name and named_town(gazetteer, name) is not None


def _admin1_readings(gazetteer: Gazetteer, name: str) -> list[Place]:
    """'Texas' puts Texas in play; 'Georgia', first of all a state, does not."""
    found = gazetteer.candidates(name)  # candidates() drops a leading "the"
    if any(p.kind == "country" for p in found):
        return []
    return [p for p in found if p.kind == "admin1" and p.admin1]  # a code its towns share


def _on_the_done_to(trigger: Token, phrases: list[Span]) -> list[Span]:
    """Places the parser hung on the people or things an act was done to ("detained dozens
    of young men in Bahir Dar", "shelled the border town of Vovchansk"): where it was done,
    when the act's own words say no place."""
    done_to = [c for c in children_of(trigger) if c.dep == DOBJ]
    if not done_to:
        return []
    spans = {i for obj in done_to for i in range(obj.left_edge.i, obj.right_edge.i + 1)}
    return [p for p in phrases if p.root.i in spans and p.root.i not in
            {obj.i for obj in done_to}]


# the prepositions of what an act is against or about: "marched against the war in Iraq"
GRIEVANCES = frozenset({"against", "over", "about"})


def _in_grievance(word: Token, trigger: Token) -> bool:
    """The place is in what the act is against or about ("protested against the war in
    Iraq", "rallied over the killings in Gaza"), not where the act was."""
    for tok in word.ancestors:
        if tok.i == trigger.i:
            return False
        if tok.dep == PREP and tok.lower_ in GRIEVANCES:
            return True
    return False


def _is_place_phrase(phrase: Span, trigger: Token) -> bool:
    root = phrase.root
    while root.dep in (COMPOUND, APPOS, CONJ) and root.head.i != root.i:
        root = root.head
    if root is not phrase.root and is_mission(root):
        return False  # "outside the US embassy" in Jakarta: the embassy's state, not where
    if root.dep == POBJ and root.head.lower_ == "over" and \
            trigger.lemma_.lower() in AIRBORNE:
        return True  # "shot down a helicopter over Armenia": in its air
    if root.dep == POBJ and root.head.lower_ in AIMED_AT and \
            trigger.lemma_.lower() in FIRED:
        return True  # "fired rockets towards Sderot": where they landed
    if root.dep == POBJ and root.head.lower_ in ("from", "of") and \
            root.head.head.i == trigger.i and trigger.lemma_.lower() in WITHDRAWING:
        return True  # "withdrew from Kherson": where they were
    # "a Warsaw-based journalist": where someone is from, not where the act is
    return root.dep == POBJ and (root.head.lower_ in PLACE_PREPS or _town_of(root.head)) or \
        root.dep == NPADVMOD and root.head.dep != AMOD


# the words for a state's divisions that follow their names ("Kupwara district")
DIVISIONS = frozenset({"district", "county", "province", "state", "region", "division",
                       "governorate", "prefecture", "department", "municipality", "tehsil",
                       "oblast", "area"})
# nouns whose "of" names a place: "the border town of Vovchansk", "Kenya's county of Lamu"
PLACE_NOUNS = frozenset({"town", "city", "village", "district", "province", "region",
                         "county", "municipality", "port", "capital",
                         # a part of a place: "in the streets of Bahir Dar", "on the
                         # outskirts of Kyiv"
                         "street", "outskirts", "outskirt", "suburb", "centre", "center",
                         "heart", "area", "neighbourhood", "neighborhood"})


def _town_of(prep: Token) -> bool:
    return prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS


# a state's missions abroad, which stand in another state
def as_location(place: Place, basis: str = "sentence") -> Location:
    return Location(name=place.name, country=place.country, admin1=place.admin1, basis=basis,
                    lat=place.lat, lon=place.lon, geonameid=place.geonameid, kind=place.kind,
                    resolution=place.resolution)
