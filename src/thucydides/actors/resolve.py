"""Who a noun phrase stands for: states, organisations, persons, and their sectors.

An ``ArticleActors`` is made once per parsed article. It finds every alias of
the dictionaries in the text, gives each person seen a code (from the
dictionary, or from the nationality and title around the name), and then
resolves any head token of a noun phrase to the actors it names, following
surnames, pronouns and definite descriptions back through the article.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA, ORTH, TAG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..nlp.clauses import is_mission, last_patient, participle_for_people
from ..nlp.labels import (
    ACL,
    ADVCL,
    AMOD,
    APPOS,
    AUXPASS,
    CC,
    CCOMP,
    COMPOUND,
    CONJ,
    DATIVE,
    DET,
    DETERMINERS,
    DOBJ,
    FLAT,
    NMOD,
    NN,
    NNP,
    NNPS,
    NNS,
    NPADVMOD,
    NSUBJ,
    NSUBJPASS,
    NUMMOD,
    POBJ,
    POSS,
    PREP,
    RELCL,
    SUBJECTS,
    VBD,
    VBG,
    VBN,
    XCOMP,
    label_ids,
)
from ..nlp.parse import (
    children_of,
    conjuncts_of,
    doc_text,
    entities,
    lower_case_doc,
    modified,
    opens_sentence,
    part_of_speech,
    sentence_at,
    span_text,
    subtree_of,
    words_of,
)
from ..records import Actor, changed
from .lexicon import ActorEntry, ActorLexicon

if TYPE_CHECKING:  # the article's frame and places reach the actors from the coder
    from ..context.frame import Frame
    from ..where.attach import ArticlePlaces

POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "PTY", "SPY"})
NAME_MODIFIER_DEPS = label_ids({"compound", "amod", "poss", "nmod", "npadvmod", "nummod"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
COUNTS = frozenset({"dozen", "score", "hundred", "thousand", "ten", "million"})
THING_PRONOUNS = frozenset({"it", "its", "itself", "they", "them", "their", "themselves"})
SINGULAR_PRONOUNS = frozenset({"it", "its", "itself"})
# the sectors of a person with an office, whom 'he' or 'she' may point back to unnamed
OFFICES = frozenset({"GOV", "MIL", "LEG", "JUD", "OPP"})
# nouns for one state ("the Gulf state", "the Andean nation")
STATE_NOUNS = frozenset({"state", "nation", "country", "kingdom", "monarchy", "emirate",
                         "republic"})
# offices an organisation fills as often as a state, named again by the same word: "An
# ASEAN special envoy arrived ... The envoy urged" (not "the president": a state's, most
# often, though an organisation's was named last)
SENT_BY_BODIES = frozenset({"envoy", "emissary", "mediator", "representative",
                            "secretary-general", "commissioner", "rapporteur"})
INSTITUTIONS = frozenset({"BUS", "EDU", "MED"})  # firms, schools, hospitals
# a sector placed by where it is ("police in Basra", "protesters from Kharkiv")
RESIDENCE_PREPS = frozenset({"in", "from", "throughout", "across", "inside"})
# people who stand by somebody: "supporters of Imran Khan" are of his state, not him
FOLLOWERS = frozenset({"supporter", "follower", "loyalist", "sympathiser", "sympathizer",
                       "relative", "family", "devotee", "admirer"})
# things that stand for their owners: "a camp for Congolese refugees", "the offices of X"
OWNED = frozenset({"camp", "office", "home", "house", "village", "town", "building", "embassy",
                   "consulate", "headquarters", "base", "position", "post", "facility", "site",
                   "plant", "school", "hospital", "convoy", "vessel", "ship", "plane", "property"})
# those who speak for a body: "a spokesman for the China Coast Guard" is of it (an envoy
# "for Syria" is sent to it)
SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"})
# how far into a sentence the comma of its opening place may stand: "In New Delhi,"
FRONTED_WORDS = 5
# participles whose hyphened first word says whose a thing is: "Vietnamese-led forces",
# "Vietnamese-flagged boats", "a Greek-owned tanker", "a Moscow-based journalist"
HYPHENED = frozenset({"lead", "flag", "own", "base", "register", "back", "bear", "operate",
                      "led", "flagged", "owned", "based", "registered", "backed", "born"})
# of those, the ones that name who stands behind a group, not whose it is ("Iran-backed")
BACKED = frozenset({"back", "backed"})
# a region's word before these is its organisation: "West African leaders", "the West
# African bloc", "European sanctions"
BLOC_HEADS = frozenset({"leader", "bloc", "sanction", "restriction", "embargo", "tariff"})
# definite descriptions that point back to an actor of a kind ("the alliance")
DESCRIPTIONS = {"alliance": "igo", "bloc": "igo", "organisation": "igo", "organization": "igo",
                "body": "igo", "union": "igo", "fund": "igo", "kingdom": "state", "island": "state",
                "republic": "state", "emirate": "state", "sultanate": "state",
                "movement": "group", "group": "group", "militia": "group",
                "organisation's": "igo"}
# who sit on a court: "asked the judges to order a halt" after the court was named
BENCH = frozenset({"judge", "justice", "arbitrator"})
# verbs whose clause says what another must do ("demanded that it withdraw")
DEMANDING = frozenset({"demand", "urge", "ask", "request"})
# holders of an office a story names again without "the" ("Ministers also agreed")
NAMED_AGAIN_BARE = frozenset({"minister", "leader"})
# bodies a story names in full once and then as "the council", "the commission"
NAMED_BODIES = frozenset({"council", "commission", "court", "tribunal", "assembly"})
BOTH_SIDES = frozenset({"side", "party", "country", "nation", "government", "leader",
                        "neighbour", "neighbor", "delegation", "state", "president",
                        "capital", "navy", "army", "military", "minister", "ministry",
                        "parliament", "coast guard", "ally", "rival", "partner", "foe",
                        "adversary", "enemy", "power", "counterpart", "premier", "negotiator",
                        "koreas"})
OWNER_DEPS = label_ids({"poss", "compound", "amod"})
# words that carry a town's name on after a capital's ("San Jose del Monte City")
NAME_LINKS = frozenset({"del", "de", "da", "do", "di", "la", "el"})
# a state's name before one of these is the name of waters or land, not the state
WATERS = frozenset({"Sea", "Ocean", "Gulf", "Strait", "Straits", "Peninsula", "River",
                    "Basin", "Channel", "Lake", "Bay", "Sound"})
# an organisation's names that a state's own bodies carry too
SHARED_NAMES = frozenset({"security council"})
BOTH_STATES = frozenset({"country", "nation", "neighbour", "neighbor", "state", "capital",
                         "government", "army", "navy", "military", "ally", "rival", "partner",
                         "foe", "adversary", "enemy", "power", "koreas"})
# nouns that with "the" alone name the last two named, as the doers: "the pair agreed"
PAIR_NOUNS = frozenset({"pair", "duo"})
EUROPE, EU = "EUR", "EU"  # the continent's states, and their Union
PAIRED_PEOPLE = frozenset({"man", "woman"})  # "the two men", "both women"
# plural nouns that with "the" alone name the pair of states just named ("the neighbours");
# the singular is the other state of the last pair ("accused the neighbour")
PAIRED = frozenset({"neighbour", "neighbor"})
# "its neighbour" is not "it": a possessive pronoun on these nouns names somebody else
OTHERS = frozenset({"neighbour", "neighbor", "rival", "enemy", "ally", "partner", "counterpart",
                    "opponent", "foe", "adversary", "critic", "member", "side", "party"})


# nouns after a lower-cased "us" that make it the state: "us officials", "us forces"
US_NOUNS = frozenset({"official", "officials", "force", "forces", "troops", "embassy", "military",
                      "president", "government", "administration", "envoy", "ambassador",
                      "navy", "army", "secretary", "senator", "sanctions", "state", "treasury",
                      "congress", "diplomat", "diplomats", "delegation", "soldiers", "drone"})


# a compass point is the West only standing alone ("the West imposed sanctions"); before or
# inside a name it is part of the name ("west bengal", "imphal west district")
COMPASS = frozenset({"west", "east", "north", "south"})


def _us_as_state(doc: Doc, i: int, sectors: dict[str, str]) -> bool:
    """'us' in lower-cased text is the United States after "the", before a hyphen
    ("us-led") or before a noun of state ("us officials", "us prosecutors": one of
    `sectors` that is an organ of a state); else the pronoun."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return i > 0 and doc[i - 1].lower_ == "the" or after is not None and (
        after.lower_ == "-" or after.lower_ in US_NOUNS or
        sectors.get(after.lemma_.lower()) in POLITICAL_SECTORS)


def _a_states_own(span: Span) -> bool:
    """An organisation's alias that a state's own body shares, told so by the word before
    it ("National Security Council", "Turkey's Security Council")."""
    if span.start == 0 or span_text(span).lower() not in SHARED_NAMES:
        return False
    before = span.doc[span.start - 1]
    return before.lower_ in ("national", "'s", "\u2019s")


# what a people's word hyphened before these names: its language ("English-speaking")
SPOKEN = frozenset({"speaking", "speaker", "speakers", "language", "languages"})


def _a_language(span: Span) -> bool:
    """'The English-speaking regions', 'a French-language daily': a language, no state."""
    after = span.doc[span.end:span.end + 2]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ in SPOKEN


def _opens_a_longer_name(span: Span) -> bool:
    """The alias is only the first words of a longer proper name ('The National Human
    Rights Commission')."""
    last = span[-1]
    return last.dep == COMPOUND and last.head.i >= span.end and \
        part_of_speech(last.head) == "PROPN"


class ActorMatcher:
    """Phrase matchers over every alias and title, built once per pipeline and lexicon."""

    def __init__(self, nlp: Language, lexicon: ActorLexicon):
        self.lexicon = lexicon
        self.make_doc = nlp.make_doc
        self.aliases = PhraseMatcher(nlp.vocab, attr="ORTH")
        for alias in lexicon.aliases:
            self.aliases.add(alias, [nlp.make_doc(alias)])
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        for title in lexicon.titles:
            self.titles.add(title, [nlp.make_doc(title)])
        self._nlp = nlp
        self._lower: PhraseMatcher | None = None  # built when a lower-cased text comes

    def _lower_cased(self) -> PhraseMatcher:
        """The aliases matched whatever their case, for a text written all in lower case
        ('police fired on protesters in kenya', 'the un envoy'); English words left out
        (stop words, the names in `case_only`, and papers named 'The' and a word: 'the
        island', 'the nation') but 'us', which `_us_as_state` judges."""
        if self._lower is None:
            self._lower = PhraseMatcher(self._nlp.vocab, attr="LOWER")
            for alias, entry in self.lexicon.aliases.items():
                if alias in self.lexicon.case_only or entry.kind == "outlet" and \
                        alias.lower().startswith("the ") and len(alias.split()) == 2:
                    continue
                if alias == "US" or not self._nlp.vocab[alias.lower()].is_stop:
                    # lower-cased, "u.s." is split as "u.s" and "."
                    self._lower.add(alias, [self.make_doc(alias), self.make_doc(alias[:-1])]
                                    if alias.endswith(".") and "." in alias[:-1]
                                    else [self.make_doc(alias)])
        return self._lower

    def alias_spans(self, doc: Doc) -> list[Span]:
        lower = lower_case_doc(doc)
        matcher = self._lower_cased() if lower else self.aliases
        spans = filter_spans([Span(doc, s, e, label=m) for m, s, e in matcher(doc)
                              if not lower or doc[s].lower_ != "us" or
                              _us_as_state(doc, s, self.lexicon.sectors)])
        return [span for span in spans
                if not self._part_of_place_name(span) and not _stance_prefix(span)]

    def _part_of_place_name(self, span: Span) -> bool:
        """'West' in 'West Darfur', 'Western Cambodia': a region word inside a place name;
        'Nordic' in the tanker 'Stella Nordic': one inside another name."""
        entry = self.lexicon.aliases[span.doc.vocab.strings[span.label]]
        doc = span.doc
        if _water(doc, span.end - 1) and span.end < len(doc) and doc[span.end].lower_ == "of":
            return True  # "the Gulf of Guinea": a sea, not the Gulf states
        if entry.kind == "state":  # "the South China Sea", "the Indian Ocean": waters
            if _water(doc, span.end):
                return True
            if span.start >= 2 and doc[span.start - 1].lower_ == "of" and \
                    _water(doc, span.start - 2):  # "the Sea of Japan", "the Gulf of Oman"
                return True
            # "San Jose del Monte City": a capital's name at the start of a town's
            last = doc[span.end - 1]
            return entry.role == "capital" and last.dep == COMPOUND and \
                last.head.i >= span.end and part_of_speech(last.head) == "PROPN" and \
                doc[span.end].lower_ in NAME_LINKS
        if entry.kind != "region":
            return False
        last = doc[span.end - 1]
        if last.lower_ in COMPASS and last.dep in (COMPOUND, AMOD, NMOD):
            return True  # "police in west bengal", "imphal west district", lower-cased
        before = doc[span.start - 1] if span.start else None
        if before is not None and part_of_speech(before) == "PROPN" and \
                doc[span.start].ent_iob_ == "I":
            return True
        if span.end >= len(doc):
            return False
        following = doc[span.end]
        return part_of_speech(following) == "PROPN" and following.ent_type_ in ("GPE", "LOC", "FAC")

    def states_in(self, text: str) -> list[tuple[int, int, str]]:
        """The states a short text names, found without parsing it (a headline, which the
        coder does not parse): (start, end, code)."""
        return self.states_of(self.alias_spans(self.make_doc(text)))

    def states_of(self, spans: list[Span]) -> list[tuple[int, int, str]]:
        """The states these alias spans name, and the persons of a state: (start, end,
        code)."""
        found = []
        for span in spans:
            entry = self.lexicon.aliases[span.doc.vocab.strings[span.label]]
            if entry.code and entry.kind in ("state", "person"):
                found.append((span.start_char, span.end_char, entry.code))
        return found

    def title_spans(self, doc: Doc) -> list[Span]:
        return filter_spans([Span(doc, s, e, label=m) for m, s, e in self.titles(doc)])


def _water(doc: Doc, i: int) -> bool:
    """The word at `i` names a kind of water ('Sea', 'Gulf'; 'sea' on a lower-cased page)."""
    if not 0 <= i < len(doc):
        return False
    word = doc[i].text
    return word in WATERS or (word.title() in WATERS and lower_case_doc(doc))


SHORT_FORM_SKIPS = frozenset({"of", "for", "on", "and", "the", "in", "'s", "’s", "&"})
OPENING, CLOSING = get_string_id("("), get_string_id(")")


def defined_short_forms(doc: Doc) -> dict[str, int]:
    """Short forms the text defines in brackets after a name whose words' initials they
    are ("the Nigeria Labour Congress (NLC)", "the commission on human rights (chr)"),
    lower-cased, each with the head of its name."""
    found: dict[str, int] = {}
    orth = doc.to_array(ORTH).tolist()  # the brackets found by id: no token made per word
    if OPENING not in orth:
        return found  # most texts: no brackets
    for i in range(2, len(doc) - 2):
        if orth[i] != OPENING or orth[i + 2] != CLOSING:
            continue
        short = doc[i + 1]
        if not short.is_alpha or not 2 <= len(short) <= 6:
            continue
        words = [t for t in doc[max(0, i - 12):i] if t.lower_ not in SHORT_FORM_SKIPS]
        name = words[-len(short):]
        if len(name) == len(short) and \
                "".join(t.text[0] for t in name).lower() == short.lower_:
            found.setdefault(short.lower_, doc[name[0].i:i].root.i)
    return found


def _stance_prefix(span: Span) -> bool:
    """'anti-Syria', 'pro-Iranian': a stance towards a state, not the state; nor is
    'Inter-American' or 'Pan-African' one state."""
    return _stance_before(span.doc, span.start)


def _stance_before(doc: Doc, start: int) -> bool:
    return start >= 2 and doc[start - 1].text == "-" and \
        doc[start - 2].lower_ in ("anti", "pro", "non", "inter", "pan", "trans")


def _other_first_name(span: Span, entry: ActorEntry, alias: Span) -> bool:
    """A full name whose first name is not the dictionary person's, who shares only the
    surname: somebody else ('Laurent Kabila', an alias of Laurent-Desire Kabila, is him)."""
    words = [t.text for t in span if t.is_alpha and t.is_title]
    known = (entry.name or "").split()
    return len(words) >= 2 and len(known) >= 2 and words[0] not in known and \
        words[-1] == known[-1] and words[0] not in alias.text.split()


# nouns for states named together before: "the three European powers"
GROUPS_OF_STATES = frozenset({"power", "country", "state", "government", "nation", "rival",
                              "neighbour", "neighbor"})
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "the Russian-led alliance", "a UAE-brokered swap": a state that qualifies something else
LED = frozenset({"lead", "led", "back", "backed", "broker", "brokered", "mediate", "mediated",
                 "sponsor", "sponsored", "fund", "funded", "base", "based", "make", "made"})


def _led_by(doc: Doc, i: int) -> bool:
    return i + 2 < len(doc) and doc[i + 1].text == "-" and \
        doc[i + 2].lower_ in LED | {w + "ed" for w in LED}


def _after_stance_prefix(tok: Token) -> bool:
    """'pro-Russian', 'anti-NATO': a stance, not the state itself."""
    return _stance_before(tok.doc, tok.i)


def _of_a_person(tok: Token) -> bool:
    """'French' in 'French President Jacques Chirac': it says who the person is, and
    'it' cannot point back to it."""
    while tok.dep in (COMPOUND, AMOD, POSS, FLAT, NMOD) and tok.head.i != tok.i:
        tok = tok.head
        if tok.ent_type_ == "PERSON":
            return True
    return False


SUBJECT_MODIFIERS = label_ids(("compound", "amod", "poss", "flat", "nmod", "case", "det"))


def _in_subject(tok: Token, named_again: bool = False) -> bool:
    """Whether the word is in a subject; `named_again`: in apposition to one too ("Vanuatu's
    envoy, Lora Kalsakau, was blunter")."""
    while tok.dep in SUBJECT_MODIFIERS or named_again and tok.dep == APPOS:
        tok = tok.head
    return tok.dep in SUBJECTS


def _actor(entry: ActorEntry, text: str, sector: str | None = None) -> Actor:
    return Actor(
        code=entry.code,
        sector=entry.sector or sector,
        name=entry.name if entry.kind == "person" else None,
        title=entry.title,
        text=text,
        kind=entry.kind,
        resolved_by="dictionary",
    )


class ArticleActors:
    def __init__(self, matcher: ActorMatcher, doc: Doc, reporting: frozenset[str] = frozenset(),
                 frame: Frame | None = None):
        self.doc = doc
        self.text = doc_text(doc)
        self.caseless = lower_case_doc(doc)  # written all in lower case
        self.sentence_at = sentence_at(doc)
        self.reporting = reporting  # verbs whose subject reports the clause under them
        self.places: ArticlePlaces | None = None  # the article's places: placed() gives them
        # the dateline's one-word place, lower-cased, and its state: the coder sets it
        self.dateline: tuple[str, str] | None = None
        self._resolved: dict[int, list[Actor]] = {}  # resolve() by token, once places are set
        self._sectors: dict[int, str | None] = {}  # sector_of() by token
        self._place_codes: dict[int, str | None] = {}  # _place()'s state by token, once placed
        self._nouns: dict[tuple[bool, str], list[int]] | None = None  # `_nouns_of`
        self._looking_back: set[int] = set()  # the nouns `_same_people` is answering for
        self.matcher = matcher
        self.lexicon = matcher.lexicon
        self.entry_at: dict[int, tuple[ActorEntry, Span]] = {}
        self.aliases = matcher.alias_spans(doc)
        for span in self.aliases:
            if frame is not None and frame.covers(span.start_char, span.end_char):
                continue  # "(PTI)" in a dateline is the source, not the party
            entry = self.lexicon.aliases[doc.vocab.strings[span.label]]
            for i in range(span.start, span.end):
                self.entry_at[i] = (entry, span)
        self._own_organs()
        # "the Janata Samajbadi Party (JSP) ... the JSP": a short form by its full name
        self.short_forms: dict[str, int] = defined_short_forms(doc)
        self.title_at: dict[int, Span] = {}
        for span in matcher.title_spans(doc):
            for i in range(span.start, span.end):
                self.title_at[i] = span
        self.persons: list[tuple[int, Actor]] = []  # (token index, actor) in text order
        self.others: list[tuple[int, Actor]] = []
        self._by_surname: dict[str, Actor] = {}
        self._by_family: dict[str, Actor | None] = {}  # by the first of two names
        self.surnames_mistaken: set[int] = set()  # token indices
        # persons are indexed before the subjects a pronoun in their name may point back to
        self.subjects: list[tuple[int, Actor]] = []
        self.person_subjects: list[tuple[int, Actor]] = []
        self._index_mentions()

    def _own_organs(self) -> None:
        """'Belarus's KGB security service', then 'the KGB said ...': an organ the
        dictionary gives one state, named once as another state's, is that state's all
        through the article."""
        owned: dict[str, str] = {}
        for i, (entry, span) in self.entry_at.items():
            if i != span.end - 1 or entry.kind != "group" or not entry.code or \
                    len(entry.code) != 3:
                continue
            holders = [self.doc[i]]
            while holders[-1].dep == COMPOUND and len(holders) < 4:  # "KGB security service"
                holders.append(holders[-1].head)
            for holder in holders:
                for owner in children_of(holder):
                    found = self.entry_at.get(owner.i)
                    # "Pakistani and Afghan Taliban forces": two sides, not one organ
                    if owner.dep in OWNER_DEPS and owner.i < span.start and found and \
                            found[0].kind == "state" and found[0].code and \
                            found[0].code != entry.code and not conjuncts_of(owner):
                        owned.setdefault(span_text(span), found[0].code)
        if not owned:
            return  # most articles: no organ named as another state's
        for i, (entry, span) in list(self.entry_at.items()):
            code = owned.get(span_text(span))
            if code is not None and entry.kind == "group":
                self.entry_at[i] = (replace(entry, code=code), span)

    def headline_states(self, headline: str) -> list[tuple[int, int, str]]:
        """The states the headline names (it is not parsed: only its words count). When it
        is the whole text, as a single line is, the article's own tokens are its tokens."""
        if headline == self.text:
            return self.matcher.states_of(self.aliases)
        return self.matcher.states_in(headline)

    def placed(self, places: ArticlePlaces) -> ArticleActors:
        """The same mentions, resolved with the article's places ("Kharkiv police", a
        capital named for another state): the places need the states the mentions name,
        so they come after the mentions and meet them here, in a new resolver."""
        resolver = changed(self, places=places, _resolved={}, _place_codes={})
        for end, actor in resolver.persons:
            code = resolver._province_before(end) if actor.code is None and actor.title \
                else None
            if code is not None:  # "Saskatchewan Premier Scott Moe": the province's state
                actor.code, actor.resolved_by = code, "place"
        return resolver

    # -- mentions in text order --------------------------------------------------

    def _index_mentions(self) -> None:
        seen_spans: set[tuple[int, int]] = set()
        for ent in entities(self.doc):
            if ent.label_ == "PERSON" and not self._names_a_thing(ent.root) and \
                    not self._names_a_state(ent):
                self._add_person(ent.root, ent)
                seen_spans.add((ent.start, ent.end))
        for ent in entities(self.doc):
            if self._surname_mistaken(ent):
                self._add_person(ent.root, ent)
                self.surnames_mistaken.add(ent.start)
                seen_spans.add((ent.start, ent.end))
        for i, (entry, span) in sorted(self.entry_at.items()):
            if (span.start, span.end) in seen_spans or i != span.end - 1:
                continue
            seen_spans.add((span.start, span.end))
            if entry.kind == "person":
                self._add_person(self.doc[i], span)
            else:
                # "the West African bloc ... their": the bloc, as when it acts
                actor = self._as_bloc(_actor(entry, span_text(span)), self.doc[i].head)
                self.others.append((i, actor))
        self.persons.sort(key=lambda p: p[0])
        self.others.sort(key=lambda p: p[0])
        # "they", "it" refer back to a subject before anything else
        self.subjects = [(i, a) for i, a in self.others
                         if _in_subject(self.doc[i]) and not _of_a_person(self.doc[i])]
        self.person_subjects = [(i, a) for i, a in self.persons
                                if _in_subject(self.doc[i], named_again=True)]

    def _surname_mistaken(self, ent: Span) -> bool:
        """'Ruth Wanjala arrived ... Wanjala met': the surname of a person named before,
        which the parser tagged as a place or a body, is that person."""
        if ent.label_ == "PERSON" or len(ent) != 1 or ent.start in self.entry_at:
            return False
        known = self._by_surname.get(ent.text)
        return known is not None and any(
            a is known and i < ent.start for i, a in self.persons)

    def _names_a_state(self, ent: Span) -> bool:
        """'Niger's military rulers', 'the juntas of Mali and Burkina Faso have said': a
        state's name, word for word, that the parser took for a person's."""
        if not self._names_state(ent[0]):
            return False
        name = self.entry_at[ent.start][1]
        return (name.start, name.end) == (ent.start, ent.end)

    def _names_a_thing(self, tok: Token) -> bool:
        """'The Medininkai crossing', 'the Kerch bridge': a name the parser took for a
        person's that only modifies a thing names the thing, and no 'he' points back to it
        ('Tamil Nadu chief minister', 'Kurd refugees': people)."""
        head = tok.head
        return tok.dep == COMPOUND and part_of_speech(head) == "NOUN" and \
            head.ent_type_ != "PERSON" and head.i not in self.title_at and \
            self.sector_of(head) is None and head.lemma_.lower() not in self.lexicon.people

    def _add_person(self, head: Token, span: Span) -> None:
        actor = self._person(head, span)
        if actor is None:
            return
        self.persons.append((span.end - 1, actor))
        if actor.name:
            self._by_surname.setdefault(actor.name.split()[-1], actor)
            words = actor.name.split()
            if len(words) == 2 and actor.code and actor.resolved_by != "chain":
                first = self._by_family.get(words[0])  # None where two share it
                self._by_family[words[0]] = actor if words[0] not in self._by_family or \
                    (first is not None and first.name == actor.name) else None

    def _person(self, head: Token, span: Span) -> Actor | None:
        known = self._by_surname.get(span[-1].text) if len(span) == 1 else None
        if known is not None:  # "Solberg" after "Ingrid Solberg": her, whoever else is
            return changed(known, text=span.text, resolved_by="chain")
        found = self.entry_at.get(head.i)
        if found and found[0].kind == "person" and _other_first_name(span, *found):
            found = None  # "Ingrid Solberg" is not the dictionary's Erna Solberg
        if found and found[0].kind == "person":
            actor = _actor(found[0], span.text)
        elif found:
            return None  # a PERSON entity that the dictionaries know as something else
        else:
            known = self._by_surname.get(span[-1].text) or \
                (self._by_family.get(span[0].text) if len(span) == 1 else None)
            if known is not None:  # "Wang" after "Wang Jiahao": a family name put first
                return changed(known, text=span.text, resolved_by="chain")
            actor = Actor(code=None, name=span.text, text=span.text, kind="person")
        title = self._title_near(span)
        nationality = self._nationality_near(span, head) if found and title else None
        if nationality is not None and nationality != actor.code:
            # "Portuguese Prime Minister Antonio Costa": the office the text gives him, not
            # the one the dictionary knows him by now
            actor = changed(actor, code=nationality, title=title.text,
                            sector=self.lexicon.titles.get(title.text.lower()),
                            resolved_by="nationality")
        if title is not None:
            actor.title = actor.title or title.text
            actor.sector = actor.sector or self.lexicon.titles.get(title.text.lower())
        actor.sector = actor.sector or self._described_name(head)  # "television maker Lanpo"
        if actor.code is None:
            actor.code = self._code_near(span, head)
            actor.resolved_by = "nationality" if actor.code else None
        for tok in children_of(head):  # "Kenzo Oshima, the United Nations relief coordinator"
            if tok.dep == APPOS:
                bodies = [a for a in self._named(tok) if a.kind == "igo"]
                if bodies:
                    actor.code = bodies[0].code
        if actor.code is None and head.dep == APPOS:  # "a member of the Syrian parliament,
            governor = head.head                          #  Mohammed Mamoun,"
            for named in self._readings(governor, self.sector_of(governor)):
                codes = [a.code for a in named if a.code and a.kind != "person"]
                if codes:
                    actor.code = codes[0]
                    break
        if actor.code is None and actor.title:
            actor.code = self._spoken_from(head)
            actor.resolved_by = "place" if actor.code else None
        if actor.code is None and actor.title:
            actor.code = self._code_of_same_title(actor.title)
            actor.resolved_by = "title" if actor.code else None
        return actor

    def _province_before(self, name_end: int) -> str | None:
        """'Saskatchewan Premier Scott Moe', 'Sindh Chief Minister Murad Ali Shah', 'Mandera
        Governor Ali Roba': the state of the province or town named before the title of the
        person whose name ends here, when only one state has it."""
        title = next((self.title_at[i] for i in range(name_end - 1, max(name_end - 5, -1), -1)
                      if i in self.title_at), None)
        if title is None or self.places is None or self.places.gazetteer is None:
            return None
        start = title.start
        while start > 0 and self.doc[start - 1].dep == COMPOUND and \
                (self.doc[start - 1].is_title or self.caseless) and title.start - start < 3:
            start -= 1
        for first in range(start, title.start):
            code = self.places.town_country(span_text(self.doc[first:title.start]))
            if code is not None:
                return code
        return None

    def _spoken_from(self, head: Token) -> str | None:
        """'In Beijing, foreign ministry spokesman Wang Qiyun said ...': an official of no
        state named, in a sentence that opens in a state's capital, is of that state."""
        sent = self.sentence_at[head.i]
        if sent[0].lower_ != "in":
            return None
        for i in range(sent.start + 2, min(sent.start + FRONTED_WORDS, head.i)):
            if self.doc[i].text == ",":
                place = self.doc[i - 1]
                return self.entry_at[place.i][0].code if self._names_state(place) else None
        return None

    def _title_near(self, span: Span) -> Span | None:
        """A title just before the name, or its short form in brackets between them
        ("Chief District Officer (CDO) Ramesh Sah"), or in an apposition after it."""
        before = span.start - 1
        while before >= 0 and before not in self.title_at and self.doc[before].dep == COMPOUND \
                and span.start <= self.doc[before].head.i < span.end:
            before -= 1  # a first name the entity left out: "(CDO) Ramesh [Prasad Sah]"
        if before >= 3 and (self.doc[before].orth, self.doc[before - 2].orth) == (CLOSING, OPENING):
            before -= 3
        if before in self.title_at:
            return self.title_at[before]
        for tok in children_of(span.root):
            if tok.dep == APPOS:
                for j in range(tok.left_edge.i, tok.right_edge.i + 1):
                    if j in self.title_at:
                        return self.title_at[j]
        return None

    def _before_the_name(self, span: Span, head: Token, kinds: Callable[[str], bool]
                         ) -> ActorEntry | None:
        """The first dictionary entry of these kinds among the words before the name, and
        the word just before its title ('and Tongan Prime Minister Aisake Eke', where the
        parser made the title a conjunct of the first name of a pair)."""
        pair = _pair_in_modifiers(head)
        start = pair[1].left_edge.i if pair else min(span.start, head.left_edge.i)
        title = self.title_at.get(span.start - 1)
        if title is not None and title.start <= start:
            start = title.start - 1 if title.start - 1 in self.entry_at else title.start
        for i in range(start, span.start):
            found = self.entry_at.get(i)
            if found and kinds(found[0].kind):
                return found[0]
        return None

    def _nationality_near(self, span: Span, head: Token) -> str | None:
        """The state or body a word before the name gives it ('Portuguese' in 'Portuguese
        Prime Minister Antonio Costa', 'African Union' in 'African Union envoy Olusegun
        Obasanjo')."""
        entry = self._before_the_name(span, head, lambda kind: kind in ("state", "igo"))
        if entry is not None and entry.kind == "igo" and any(
                t.lower_ in ("former", "ex") for t in head.doc[head.left_edge.i:span.start]):
            return None  # "former UN envoy Tony Blair" acts for the UN no longer
        return entry.code if entry is not None else None

    def _code_near(self, span: Span, head: Token) -> str | None:
        """A nationality or organisation among the words that modify the name."""
        entry = self._before_the_name(span, head, lambda kind: kind != "person")
        if entry is not None:
            return entry.code
        for tok in children_of(head):
            if tok.dep == APPOS:
                codes = [a.code for a in self._named(tok) if a.code] or self._served(tok)
                if codes:
                    return codes[0]
            if tok.dep == PREP and tok.lower_ == "of":  # "King Hassan of Morocco"
                codes = [a.code for o in children_of(tok) if o.dep == POBJ
                         for a in self._named(o) if a.code and a.kind != "person"]
                if codes:
                    return codes[0]
        return None

    def _served(self, role: Token) -> list[str]:
        """'A businessman and special envoy of President Nicolas Maduro', 'an adviser to the
        Kenyan president': the state of the one a person's role is of or to."""
        codes: list[str] = []
        for noun in (role, *conjuncts_of(role)):
            for prep in children_of(noun):
                if prep.dep != PREP or prep.lower_ not in ("of", "to"):
                    continue
                for obj in children_of(prep):
                    if obj.dep != POBJ:
                        continue
                    found = self.entry_at.get(obj.i)
                    if found and found[0].code and found[0].kind in ("state", "person"):
                        codes.append(found[0].code)
                    else:
                        codes += [a.code for a in self._named(obj)
                                  if a.code and a.kind in ("state", "person")]
        return codes

    def _code_of_same_title(self, title: str) -> str | None:
        for _, other in reversed(self.persons):
            if other.title and other.code and other.title.lower() == title.lower():
                return other.code
        return None

    def states(self) -> set[str]:
        """The states the article names: the context for resolving its places."""
        return {a.code for _, a in self.others if a.kind == "state" and a.code}

    def names_organisation(self) -> bool:
        """Whether the article names an organisation of states (the UN, the AU, ...)."""
        return any(a.kind == "igo" for _, a in self.others)

    def state_mentions(self) -> list[tuple[int, int, str]]:
        """Where the article names a state, or a person or group of one: (start, end, code)."""
        found = []
        states = self.lexicon.state_codes
        for i, actor in (*self.others, *self.persons):
            tok = self.doc[i]
            if actor.code in states and actor.kind in ("state", "person", "group") and \
                    not (actor.kind == "state" and is_mission(tok.head)):
                # "Togo's embassy said": a state abroad, not where the story is
                found.append((tok.idx, tok.idx + len(tok), actor.code))
        return found

    def political_share(self, sentences: list[Span]) -> float:
        """The share of sentences that name a state, an organisation or a political office
        ('police', 'minister', 'rebels'): low in a match report or a product review."""
        if not sentences:
            return 0.0
        named = {self.sentence_at[i].start for i, a in self.others if a.kind in ("state", "igo")}
        political = 0
        for sent in sentences:
            if sent.start in named or any(
                    self.lexicon.sectors.get(t.lemma_.lower()) in POLITICAL_SECTORS
                    for t in words_of(sent, "NOUN")):
                political += 1
        return political / len(sentences)

    def _place(self, tok: Token) -> list[Actor]:
        """A place name the dictionaries do not know stands for its state ('Kharkiv
        police', 'demonstrators in Basra')."""
        if self.places is None or self.places.gazetteer is None:
            return []
        if tok.doc is not self.doc:
            code = self._place_code(tok)
        elif tok.i in self._place_codes:
            code = self._place_codes[tok.i]
        else:
            code = self._place_codes[tok.i] = self._place_code(tok)
        return [] if code is None else \
            [Actor(code=code, text=tok.text, kind="state", resolved_by="place")]

    def _place_code(self, tok: Token) -> str | None:
        if self.places.in_note(tok):
            return None
        code = None
        if tok.ent_type_ in ("GPE", "LOC", "FAC"):
            code = self.places.country_at(tok)
        if code is None and (tok.is_title or self.caseless) and \
                tok.dep in (COMPOUND, AMOD) and self.sector_of(tok.head):
            code = self.places.town_country(tok.text)  # untagged: "Kharkiv police"
        if code is None and (tok.is_title or self.caseless) and self._home_of_people(tok):
            code = self.places.town_country(_with_compounds(tok))
        if code is None and self.dateline is not None and tok.lower_ == self.dateline[0] and \
                tok.dep == POBJ:  # "fishermen from rameswaram" under "RAMESWARAM:"
            code = self.dateline[1]
        if code is None or (self.places.named and code not in self.places.named):
            return None  # a town of a state the article never names: a namesake abroad
        if _after_stance_prefix(tok):
            return None
        return code

    def _entry(self, tok: Token) -> tuple[ActorEntry, Span] | None:
        """The dictionary entry at a token, unless it is a capital's name that the article
        places elsewhere ("Tripoli, Lebanon")."""
        found = self.entry_at.get(tok.i)
        if found and self.places is not None and self.places.in_note(tok):
            return None  # "(Soum, Sahel)": where the place is, not a party
        if found and found[0].role == "capital" and self.places is not None:
            elsewhere = self.places.country_at(tok)
            if elsewhere and elsewhere != found[0].code:
                return None
        if found and _a_states_own(found[1]):
            return None  # "Pakistan's National Security Council": not the UN's
        if found and found[0].kind == "outlet" and _opens_a_longer_name(found[1]):
            return None  # "The Independent National Electoral Commission": no newspaper
        return None if found and _a_language(found[1]) else found

    def is_town(self, tok: Token) -> bool:
        """A capital, a seat or a town named as a place, not as a government ('the Pretoria
        agreement', 'the Minsk talks', 'the Brussels agreement')."""
        found = self._entry(tok)
        if found is not None:
            return found[0].role in ("capital", "seat")
        return bool(self._place(tok))

    def mention(self, tok: Token) -> list[Actor]:
        """The actor a dictionary alias at this token names, if any."""
        found = self._entry(tok)
        if found is None:
            return self._place(tok)
        if found[0].kind == "person":
            return []
        return [self._at(_actor(found[0], span_text(found[1])), tok)]

    # -- resolving a head token --------------------------------------------------

    def _at(self, actor: Actor, tok: Token) -> Actor:
        """The actor as mentioned at this token, with the offsets of its words there: the
        actor's text where it spans the token ("Sergei Lavrov" at "Lavrov"), else nearest to it
        in the token's phrase ("Russian forces", "dozens of Russian diplomats"), else the token
        itself (a pronoun, or a name first given in another sentence)."""
        sentence = self.sentence_at[tok.i]
        within = (sentence.start_char, sentence.end_char)
        right = tok.right_edge
        phrase = (tok.left_edge.idx, right.idx + len(right))
        found: list[tuple[int, int]] = []
        first = self.text.find(actor.text, *within) if actor.text else -1
        while first >= 0:
            last = first + len(actor.text)
            if first <= tok.idx < last:
                return changed(actor, start=first, end=last)
            if phrase[0] <= first and last <= phrase[1]:
                found.append((first, last))
            first = self.text.find(actor.text, first + 1, within[1])
        own = (tok.idx, tok.idx + len(tok))
        start, end = min(found, key=lambda span: abs(span[0] - tok.idx), default=own)
        return changed(actor, start=start, end=end)


    def resolve(self, head: Token | None) -> list[Actor]:
        """The actors a noun phrase (given by its head) names, coordination included."""
        if head is None:
            return []
        # the answers are fixed once the places are known; before, persons still come in
        if self.places is None or head.doc is not self.doc:
            return self._resolve(head)
        if head.i not in self._resolved:
            self._resolved[head.i] = self._resolve(head)
        return list(self._resolved[head.i])

    def _home_of_people(self, tok: Token) -> bool:
        """Whether the token names where people come from or are ('fishermen from
        gujarat', 'pilgrims from Tamil Nadu', 'police in Sindh')."""
        prep, people = tok.head, tok.head.head
        if tok.dep != POBJ or prep.lower_ not in RESIDENCE_PREPS or people.i == prep.i:
            return False
        if self.sector_of(people):
            return True
        return prep.lower_ == "from" and people.tag == NNS and \
            people.lemma_.lower() in self.lexicon.people

    def _resolve(self, head: Token) -> list[Actor]:
        if part_of_speech(head) in ("VERB", "AUX") and not participle_for_people(head):
            # "The Red Cross operating in Iraq said ...": a clause ("the accused": people)
            subjects = [c for c in children_of(head) if c.dep in SUBJECTS]
            if not subjects:
                return []
            head = subjects[0]
        actors: list[Actor] = []
        pair = _pair_in_modifiers(head)
        for tok in (*(pair[:1] if pair else ()), *_subject_before_aside(head), head,
                    *conjuncts_of(head),
                    *self._listed_in_apposition(head)):
            found = [self._as_bloc(self._at(a, tok), tok) for a in self._resolve_one(tok)]
            if actors and actors[0].code and actors[0].kind == "state" and \
                    all(a.code is None for a in found) and not modified(tok):
                # "Russian banks and officials": the officials are Russian too
                found = [changed(a, code=actors[0].code, kind="state") for a in found]
            actors.extend(found)
        return actors

    def _listed_in_apposition(self, head: Token) -> list[Token]:
        """'Australia, New Zealand and Japan criticised Beijing', parsed as Australia with
        New Zealand (and Japan) in apposition: a state 'in apposition' to another state is
        the next of a list."""
        if not self._names_state(head):
            return []
        return [t for a in children_of(head) if a.dep == APPOS and self._names_state(a)
                for t in (a, *conjuncts_of(a))]

    def _names_state(self, tok: Token) -> bool:
        found = self.entry_at.get(tok.i)
        return found is not None and found[0].kind == "state"

    def _as_bloc(self, actor: Actor, head: Token) -> Actor:
        """'West African leaders', 'Southeast Asian foreign ministers', 'the West African
        bloc': a region's governments acting together are its organisation (ECOWAS, ASEAN)."""
        governing = actor.sector == "GOV" or head.lemma_.lower() in BLOC_HEADS
        return self._bloc_of(actor) if governing else actor

    def _resolve_one(self, tok: Token) -> list[Actor]:
        """The head itself, then an apposition, then an 'of' or place phrase: the first of
        these that names a known actor; else a person without a known code; else an actor
        described but unknown."""
        if tok.lower_ == "two" and _after_the(tok) and (
                tok.dep == NSUBJ or tok.dep == POBJ and tok.head.lower_ in ("between", "with")):
            # "Macron telephoned Scholz, and the two agreed", "fighting between the two": the
            # last two sides named (not "the two were remanded": people held, below)
            pair = self._last_two(tok.i, states_only=False)
            if len(pair) == 2:
                return pair
        if _counted_people(tok):  # an unknown actor, which a domestic act may still place
            return [Actor(code=None, sector=None, text=self._text(tok), kind="unknown")]
        whole = _partitive(tok)
        people = self._resolve_one(whole) if whole is not None else []
        if any(a.kind != "thing" for a in people):
            return people  # "two of the accused", "some of the policemen": those people
        if tok.dep in (POBJ, DOBJ) and tok.lower_ == "both" and \
                not any(True for _ in children_of(tok)):
            return self._last_two(tok.i, states_only=False)  # "called on both to ..."
        if part_of_speech(tok) == "PRON" or tok.lower_ in PERSON_PRONOUNS:
            return self._pronoun(tok)
        group = self._numbered_group(tok) or self._one_of_region(tok)
        if group:
            return group
        sector = self.sector_of(tok)
        uncoded: list[Actor] = []
        for named in self._readings(tok, sector):
            if any(a.code for a in named):
                return [self._with_sector(a, sector) for a in named if a.code]
            uncoded = uncoded or named
        short = self._short_form(tok)
        if short:
            return short
        if uncoded:
            return uncoded
        described = self._described(tok) or self._same_people(tok)
        if described:
            return described
        people_word = part_of_speech(tok) in ("NOUN", "ADJ", "VERB") and \
            tok.lower_ in self.lexicon.people  # "the suspect", "the accused"
        if sector is not None or people_word or \
                (tok.tag == NNS and tok.lemma_.lower() not in OTHERS):
            # people are described, though not in the dictionaries: an unknown actor, which
            # a domestic act may still place ("Ibo elders demanded that the government ...");
            # an unknown proper name may be anyone, and stays unknown
            # ("the measures freeze assets": a thing, which no state is given to)
            people = sector is not None or tok.lower_ in self.lexicon.people or \
                tok.lemma_.lower() in self.lexicon.people or \
                tok.lower_ in self.lexicon.customers or \
                tok.lemma_.lower() in self.lexicon.private_people  # "parents", "cousins"
            owners = [c for c in children_of(tok)
                      if c.dep == POSS and part_of_speech(c) != "PRON"]
            if not people and owners:  # "agreed to the villagers' demands": the villagers
                return self._resolve_one(owners[0])
            return [Actor(code=None, sector=sector, text=self._text(tok),
                          kind="unknown" if people else "thing")]
        return []

    def _readings(self, tok: Token, sector: str | None) -> Iterator[list[Actor]]:
        named = self._named(tok)
        # a name only the gazetteer knows is a weaker reading than a dictionary actor in
        # apposition ("Kenzo Oshima, the United Nations relief coordinator": not the island)
        guessed = self._entry(tok) is None and tok.ent_type_ != "PERSON" and \
            named == self._place(tok)
        if not guessed:
            yield named
        for child in children_of(tok):
            if child.dep == APPOS:  # "Liu Dejun, a spokesman for the China Coast Guard"
                yield from self._readings(child, self.sector_of(child))
        if guessed:
            yield named
        for child in children_of(tok):
            if child.dep == PREP and (child.lower_ == "of" or (
                    child.lower_ in RESIDENCE_PREPS and sector) or (
                    child.lower_ == "from" and tok.tag == NNS) or (
                    child.lower_ == "for" and tok.lemma_.lower() in OWNED | SPEAKING_FOR)):
                for obj in children_of(child):
                    if obj.dep == POBJ:
                        found = [a for a in self.resolve(obj) if a.code]
                        yield [_follower(a, tok) for a in found] \
                            if _follows(tok) and child.lower_ == "of" else found

    def _named(self, tok: Token) -> list[Actor]:
        """Actors named by the head itself or by the words that modify it."""
        found = self._entry(tok)
        if found:
            entry, span = found
            if entry.kind == "person":
                return self._person_at(tok)
            if entry.role == "adjective" and part_of_speech(tok) in ("NOUN", "PROPN"):
                return self._people(tok) or [_actor(entry, span_text(span))]
            return [_actor(entry, span_text(span))]
        full = self._full_form(tok)
        if full is not None:
            return [changed(a, text=self._text(tok), resolved_by="chain")
                    for a in self._named(full) if a.code]
        if tok.ent_type_ == "PERSON" or tok.i in self.surnames_mistaken:
            return self._person_at(tok)
        place = self._place(tok)
        if place:
            return place
        same = self._same_name(tok)
        if same:
            return same
        actors: list[Actor] = []
        children = list(children_of(tok))
        if tok.lemma_.lower() in OTHERS:  # "his French counterpart": French, not 'his' other
            children.sort(key=lambda c: c.dep == POSS and part_of_speech(c) == "PRON")
        # "Rwandan-backed M23 rebels", "Iran-backed militias in Iraq": a group is of its own
        # name or of the state where it is based (spec 6), never of its backer
        children = [c for c in children if not (c.dep == AMOD and c.lemma_.lower() in BACKED)]
        for child in children:
            if child.dep in NAME_MODIFIER_DEPS:
                for mod in (child, *conjuncts_of(child)):
                    actors.extend(self._modifier(mod))
                if actors:
                    break
        return actors

    def _full_form(self, tok: Token) -> Token | None:
        """The head of the name a short form was defined by earlier in the article."""
        at = self.short_forms.get(tok.lower_)
        return self.doc[at] if at is not None and at < tok.i else None

    def _same_name(self, tok: Token) -> list[Actor]:
        """'Seized the Stella Nordic' after or before 'the Norwegian-flagged Stella Nordic':
        a name the parser once read as somebody's, with a state, is that somebody wherever
        it is named in full."""
        if part_of_speech(tok) != "PROPN":
            return []
        words = [c for c in children_of(tok)
                 if c.dep == COMPOUND and part_of_speech(c) == "PROPN" and c.i < tok.i]
        if not words:
            return []
        name = " ".join(t.text for t in (*words, tok))
        for _, actor in self.persons:
            if actor.code and actor.name == name:
                return [changed(actor, text=name, resolved_by="chain")]
        return []

    def _people(self, tok: Token) -> list[Actor]:
        """A people named by where it lives: 'Bosnian Serbs', 'the Albanians of Serbia'."""
        for child in children_of(tok):
            if child.dep in (AMOD, COMPOUND) and child.i in self.entry_at:
                entry, span = self.entry_at[child.i]
                if entry.kind == "state" and span.start == child.i:
                    return [_actor(entry, span_text(span))]
        places = [o for p in children_of(tok) if p.dep == PREP and p.lower_ in ("in", "of")
                  for o in children_of(p) if o.dep == POBJ]
        if any(c.lower_ == "ethnic" for c in children_of(tok)):  # ethnic Albanians in Serbia
            clause = tok.head
            places += [o for p in children_of(clause) if p.dep == PREP and p.lower_ == "in"
                       for o in children_of(p) if o.dep == POBJ]
        for obj in places:
            states = [a for a in self._named(obj) if a.kind == "state"]
            if states:
                return states
        return []

    def _modifier(self, mod: Token) -> list[Actor]:
        if mod.lemma_.lower() in HYPHENED and mod.dep == AMOD:  # "Vietnamese-led forces"
            for child in children_of(mod):
                if child.i in self.entry_at:
                    return self._modifier(child)
        found = self._entry(mod)
        if found:
            entry, span = found
            if entry.kind == "person":
                return self._person_at(mod)
            if entry.code == EUROPE and self._names_the_eu() and \
                    mod.head.lemma_.lower() not in BOTH_SIDES:
                # "Peskov called the European measures illegitimate", in a story of the EU's
                # sanctions: the Union's measures, not Europe's (European governments are)
                return [Actor(code=EU, kind="igo", text=span_text(span), resolved_by="chain")]
            return [_actor(entry, span_text(span))]
        if mod.ent_type_ == "PERSON":  # "Putin loyalists"; not "Riot police", the parser's
            # name for a capitalised word before a body of people, who stay the noun's
            persons = self._person_at(mod)
            if mod.dep != COMPOUND or mod.head.tag != NNS or any(p.code for p in persons):
                return persons
            return self._place(mod)
        place = self._place(mod)
        if place:
            return place
        if mod.dep == POSS and mod.lower_ == "whose":
            return self._relative_owner(mod)
        if mod.dep == POSS and part_of_speech(mod) == "PRON":
            if mod.head.lemma_.lower() in OTHERS:
                return self._counterpart(mod)
            return self._pronoun(mod)
        if mod.dep in (COMPOUND, POSS, NMOD):
            return self._named(mod) or self._described(mod)  # "the alliance's ambassadors"
        return []

    def _names_the_eu(self) -> bool:
        """Whether the article names the European Union (or one of its bodies)."""
        return any(entry.code == EU for entry, _ in self.entry_at.values())

    def _person_at(self, tok: Token) -> list[Actor]:
        for i, actor in self.persons:
            if i >= tok.i:
                span_start = i - len((actor.text or "").split()) + 1
                if span_start <= tok.i <= i:
                    return [actor]
                break
        found = self._by_surname.get(tok.text)
        return [found] if found else []

    def _pronoun(self, tok: Token) -> list[Actor]:
        return [changed(a, resolved_by="pronoun") if a.code else a for a in self._antecedent(tok)]

    def _antecedent(self, tok: Token) -> list[Actor]:
        lower = tok.lower_
        if lower == "who" and tok.dep == NSUBJPASS and tok.head.dep == RELCL:
            # "dozens, among them Toure, who was released": those the clause's act was done
            # to; "12 teachers, including leaders of the morcha, who were released", the
            # clause hung on the group: the people last acted on
            return self.resolve(tok.head.head) or self._acted_on(tok) or \
                self._patient_before(tok)
        bidden = self._bidden(tok)
        if bidden is not None:
            return bidden
        ahead = self._fronted_owner(tok)
        if ahead:
            return ahead
        speaker = self._reporter(tok)
        if speaker:
            return speaker
        acted_on = self._acted_on(tok) or self._patient_before(tok)
        if acted_on:
            return acted_on
        if lower in PERSON_PRONOUNS:
            # "X met Y on Monday. He urged him to ...": "he" the last person who acted
            person = tok.dep == NSUBJ and self._last(self.person_subjects, tok.i,
                                                      need_code=False) or \
                self._last(self.persons, tok.i, need_code=False, besides=self._own_subject(tok))
            office = self._office_object(self.sentence_at[tok.i], tok)
            if office and (person is None or (person.start or 0) < office[0].start):
                return office  # "... Saar said. The ministry summoned the ambassador and
                # handed him a note": the ambassador, not the last person named
            if person is None:
                return self._titled_subject(tok)
            if tok.dep == POSS and tok.head.lemma_.lower() in BOTH_SIDES | {"government"}:
                return [Actor(code=person.code, sector=self.sector_of(tok.head),
                              text=self._text(tok.head))]
            return [person]
        if lower in THING_PRONOUNS and tok.dep == POSS and tok.head.dep == CONJ and \
                part_of_speech(tok.head.head) in ("NOUN", "PROPN"):  # "three boats and their crew"
            owners = [a for a in self._resolve_one(tok.head.head) if a.code]
            if owners:
                return owners
        if lower == "their" and tok.dep == POSS:
            pair = self._joined_subject(tok)
            if pair:
                return pair
        if lower in THING_PRONOUNS and tok.dep == POSS:
            speaker = self._reporting_owner(tok)
            if speaker:
                return speaker
            subject = _clause_subject(tok)
            if subject is not None and \
                    (lower in SINGULAR_PRONOUNS) == (subject.tag not in (NNS, NNPS)):
                # "The company asked its landlords for rent cuts", "the funds were forced to
                # surrender their positions": its own, whoever it is; not the last state
                # named before it ("the air force bombed their positions": the enemy's)
                return self._resolve_one(subject)
        if lower in THING_PRONOUNS and tok.dep == POSS:
            earlier = _joined_clause_subject(tok)
            if earlier is not None and \
                    (lower in SINGULAR_PRONOUNS) == (earlier.tag not in (NNS, NNPS)):
                # "The governing party won 45 seats, and its chairman said": that party's,
                # though no code names it (the story's, then), not the last state named
                return self._resolve_one(earlier)
        if lower in THING_PRONOUNS:
            single = lower in SINGULAR_PRONOUNS
            other = self._main_subject_before(tok, single) or \
                self._last(self.subjects, tok.i, skip_inside=tok.head, single=single) or \
                self._last(self.others, tok.i, skip_inside=tok.head, single=single)
            return [other] if other else []
        return []

    def _fronted_owner(self, owner: Token) -> list[Actor]:
        """'In his meeting with Berdimuhamedov, Xi welcomed ...', 'During her visit to
        Paris, the chancellor met ...', 'In their declaration the six leaders said': a
        possessive in a phrase set before its clause's subject points ahead to it."""
        subject = _fronted_subject(owner) if owner.dep == POSS else None
        if subject is None:
            return []
        plural = subject.tag in (NNS, NNPS) or any(c.dep == CONJ for c in children_of(subject))
        if plural != (owner.lower_ == "their"):
            return []
        found = [a for a in self._resolve_one(subject) if a.code]
        person = subject.i in self.title_at or any(a.kind == "person" or a.title for a in found)
        if owner.lower_ in PERSON_PRONOUNS and not person or owner.lower_ == "its" and person:
            return []
        return found

    def _joined_subject(self, their: Token) -> list[Actor]:
        """'Kim Jong Un and Donald Trump met at the start of their second summit': 'their'
        in a clause whose subject is two names joined is those two."""
        subject = _clause_subject(their, names=True)
        if subject is None or not conjuncts_of(subject):
            return []
        return [a for t in (subject, *conjuncts_of(subject)) for a in self._resolve_one(t)
                if a.code]

    def _main_subject_before(self, pronoun: Token, single: bool) -> Actor | None:
        """'India announced that it would hold the treaty until Pakistan ended its support.
        It also expelled ...': a pronoun that is the subject of its sentence's main verb
        points back to the subject of the sentence before's, not to one of its clauses."""
        sentence = self.sentence_at[pronoun.i]
        if pronoun.dep != NSUBJ or pronoun.head != sentence.root or sentence.start == 0:
            return None
        before = self.sentence_at[sentence.start - 1]
        subject = next((c for c in children_of(before.root) if c.dep == NSUBJ), None)
        if subject is None:
            return None
        return self._last(self.subjects, subject.right_edge.i + 1, single=single,
                          since=subject.left_edge.i)

    def _own_subject(self, pronoun: Token) -> str | None:
        """The person who is the subject of the verb a 'him' or 'her' is the object of: not
        the one the pronoun points to ("Lula urged him to ...": somebody else)."""
        if pronoun.lower_ not in ("him", "her") or pronoun.dep not in (DOBJ, DATIVE):
            return None
        subject = next((c for c in children_of(pronoun.head) if c.dep == NSUBJ), None)
        if subject is None:
            return None
        return next((a.name for a in self._resolve_one(subject)
                     if a.kind == "person" and a.name), None)

    def _doer_codes(self, tok: Token) -> frozenset[str]:
        """The codes of the subject of the clause an object ('the neighbour') is in: not
        whom the object points back to ("Ankara accused the neighbour": not Turkey)."""
        verb, subject = _verb_over(tok), None
        for _ in range(3 if verb is not None else 0):
            # "recalled its envoy and accused the neighbour": the first verb's subject
            subject = next((c for c in children_of(verb) if c.dep in SUBJECTS), None)
            if subject is not None or verb.dep != CONJ:
                break
            verb = verb.head
        if subject is None or subject.i > tok.i:
            return frozenset()
        return frozenset(a.code for a in self.resolve(subject) if a.code)

    def _relative_owner(self, whose: Token) -> list[Actor]:
        """'Chad, whose soldiers fought in Borno': the noun the relative clause hangs on."""
        clause = whose
        while clause.dep != RELCL and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep != RELCL:
            return []
        return [a for a in self.resolve(clause.head) if a.code]

    def _acted_on(self, pronoun: Token) -> list[Actor]:
        """'detained three Vietnamese boats, accusing them of fishing illegally': the object
        of a participle clause is, first of all, the object of the act it follows."""
        clause = pronoun.head
        if pronoun.dep != DOBJ or clause.dep != ADVCL or clause.tag != VBG:
            return []
        objects = [c for c in children_of(clause.head) if c.dep == DOBJ]
        return self.resolve(objects[0]) if objects else []

    def _patient_before(self, pronoun: Token) -> list[Actor]:
        patient = last_patient(pronoun)  # "They were released": those detained before
        return [a for a in self.resolve(patient) if a.kind != "thing"] if patient else []

    def _bidden(self, pronoun: Token) -> list[Actor] | None:
        """'Accused Tehran of lying and demanded that it halt enrichment': who is bidden to
        act is another than who bids, the last other side named ('demanded that it be
        freed' may be the bidder's own). None where the pronoun is no such subject."""
        clause = pronoun.head
        if pronoun.dep != NSUBJ or pronoun.lower_ not in THING_PRONOUNS or \
                clause.dep != CCOMP or clause.head.lemma_.lower() not in DEMANDING or \
                any(c.dep == AUXPASS for c in children_of(clause)):
            return None
        bidder = clause.head
        subjects = [c for c in children_of(bidder) if c.dep == NSUBJ] or \
            [c for c in children_of(bidder.head) if c.dep == NSUBJ and bidder.dep == CONJ]
        bidders = {a.code for t in subjects[:1] for a in self.resolve(t)} - {None}
        for i, actor in reversed(self.others):
            if i < pronoun.i and actor.code and actor.code not in bidders and \
                    actor.kind in ("state", "igo", "group"):
                return [changed(actor, resolved_by="pronoun")]
        return None

    def _reporter(self, tok: Token) -> list[Actor]:
        """'Syria says it will ...', 'he said he would ...': the subject of a reported
        clause is, first of all, the one who reports it; so is the owner of that subject
        ("Colombia's minister said his country was ready ...")."""
        subject = tok.head if tok.dep == POSS else tok
        if subject.dep not in (NSUBJ, NSUBJPASS) or subject.head.dep != CCOMP:
            return []
        report = subject.head.head
        if report.lemma_.lower() not in self.reporting:
            return []
        subjects = [c for c in children_of(report) if c.dep == NSUBJ and c.i != subject.i]
        if not subjects and report.dep == CONJ:  # "Maduro greeted him and said his ..."
            subjects = [c for c in children_of(report.head) if c.dep == NSUBJ]
        if subjects and subjects[0].lower_ in ("who", "which", "that") and report.dep == RELCL:
            return self.resolve(report.head)  # "Erdogan, who said he was ready to host talks"
        if not subjects or subjects[0].pos_ == "PRON":
            return []
        return self.resolve(subjects[0])

    def _reporting_owner(self, pronoun: Token) -> list[Actor]:
        """"Machar's party says the arrest of its leader ...": 'its' inside what a speaker
        reports, with no other party named in that clause before it, is the speaker's."""
        clause = pronoun.head
        while clause.dep != CCOMP and clause.head.i != clause.i:
            clause = clause.head
        report = clause.head
        if clause.dep != CCOMP or report.lemma_.lower() not in self.reporting:
            return []
        for tok in subtree_of(clause):
            if tok.i >= pronoun.i:
                break
            if tok.i in self.entry_at or tok.ent_type_ == "PERSON" or part_of_speech(tok) == "PRON":
                return []  # "Poland said Belarus had moved its troops": Belarus's
        subjects = [c for c in children_of(report) if c.dep == NSUBJ]
        if not subjects or subjects[0].pos_ == "PRON":
            return []
        return [a for a in self.resolve(subjects[0]) if a.code]

    def _titled_subject(self, pronoun: Token) -> list[Actor]:
        """'A senior British minister reiterated ... as he embarked', 'Egypt's foreign
        minister arrived in Ankara. He held talks ...': with no person named, 'he' is the
        subject of its sentence, or (as a subject itself) of the sentence before, when that
        is one somebody with an office."""
        sentence = self.sentence_at[pronoun.i]
        found = self._office_holder(sentence, pronoun.i)
        if found or pronoun.dep != NSUBJ or sentence.start == 0:
            return found
        return self._office_holder(self.sentence_at[sentence.start - 1], pronoun.i)

    def _office_object(self, sentence: Span, pronoun: Token) -> list[Actor]:
        """'The foreign ministry summoned the Russian ambassador and handed him a note': a
        'him' or 'her' acted on is the last somebody with an office acted on before it,
        not the subject of its own clause."""
        if pronoun.lower_ not in ("him", "her") or pronoun.dep not in (DOBJ, DATIVE):
            return []
        for tok in reversed(sentence[:pronoun.i - sentence.start]):
            if tok.dep == DOBJ and tok.tag == NN and self.sector_of(tok) in OFFICES:
                return [a for a in self.resolve(tok) if a.start is not None]
        return []

    def _office_holder(self, sentence: Span, before: int) -> list[Actor]:
        """The one subject of office of the sentence: a state's ('the foreign minister') or
        an organisation's ('the IMF's managing director')."""
        for subj in children_of(sentence.root):
            if subj.dep == NSUBJ and subj.i < before and subj.tag != NNS and \
                    part_of_speech(subj) == "NOUN":
                if self.sector_of(subj) in OFFICES:
                    return self.resolve(subj)
                if subj.lemma_.lower() in self.lexicon.speakers:
                    return [a for a in self.resolve(subj) if a.kind == "igo"]
        return []

    def _counterpart(self, pronoun: Token) -> list[Actor]:
        """'Its western neighbour': the last state named before that is not the owner; an
        alliance's ally or member ('NATO stood with its ally') is one of its members."""
        owner = {a.code for a in self._pronoun(pronoun)}
        members = set().union(*(self.lexicon.members.get(code or "", ()) for code in owner))
        for i, actor in reversed(self.others):
            if i < pronoun.i and actor.kind == "state" and actor.code not in owner and \
                    (not members or actor.code in members):
                return [changed(actor, text=self._text(pronoun.head))]
        return []

    def _last(self, mentions: list[tuple[int, Actor]], before: int,
              skip_inside: Token | None = None, need_code: bool = True,
              single: bool = False, besides: str | None = None,
              since: int = 0, not_of: frozenset[str] = frozenset()) -> Actor | None:
        """The last mention before a place (and not before `since`); with 'single' ('it',
        'its'), not one of several joined ('Britain, France and Germany warned ... if it did
        not': not Germany); not the person named `besides`, nor one of the codes `not_of`."""
        k = bisect_left(mentions, before, key=lambda m: m[0])  # no list rebuilt per pronoun
        while k > 0:
            k -= 1
            i, actor = mentions[k]
            if i < since:
                return None
            if skip_inside is not None and skip_inside.left_edge.i <= i <= skip_inside.i:
                continue
            if single and _joined(self.doc[i]):
                continue
            if besides is not None and actor.name == besides or actor.code in not_of:
                continue
            if actor.code or not need_code:
                return actor
        return None

    def _short_form(self, tok: Token) -> list[Actor]:
        """'The European Commission ...; the Commission', 'the International Court of
        Justice ...; the Court': an organisation named again by the last word of its
        name, capitalised, after 'the' (spec 6, reference across sentences)."""
        if not tok.text[:1].isupper() or opens_sentence(tok) or part_of_speech(tok) != "PROPN" and \
                tok.tag != NNP or not _after_the(tok) or \
                any(c.dep in (COMPOUND, AMOD) for c in children_of(tok)):
            return []
        for i, actor in reversed(self.others):
            words = (actor.text or "").split()
            if i < tok.i and actor.code and actor.kind == "igo" and len(words) > 1 and \
                    tok.text in words[1:]:
                return [changed(actor, text=self._text(tok), resolved_by="chain")]
        return []

    def _same_people(self, tok: Token) -> list[Actor]:
        """'Pakistan held 20 Indian fishermen ...; the fishermen were freed', 'Iraq's Foreign
        Ministry summoned ...; the ministry called on Ankara': people or an office named again
        by the same word after 'the' are the last of that word the story gave a state, or an
        organisation for an office organisations fill ('the envoy'; spec 6, reference across
        sentences)."""
        office = tok.tag == NN and self.sector_of(tok) in OFFICES
        if not (tok.tag == NNS or office) or not (_after_the(tok) or _bare_office(tok)) or \
                any(c.dep == NUMMOD for c in children_of(tok)):  # "the two ministers"
            return []
        if tok.i in self._looking_back:
            # "the education minister and the minister for women": the earlier minister is
            # resolved with its conjuncts, this one among them
            return []
        self._looking_back.add(tok.i)
        try:
            return self._same_people_before(tok, office)
        finally:
            self._looking_back.discard(tok.i)

    def _same_people_before(self, tok: Token, office: bool) -> list[Actor]:
        lemma = tok.lemma_.lower()
        same = self._nouns_of(not office, lemma)  # NN/NNP for an office, else NNS/NNPS
        for i in reversed(same[:bisect_left(same, tok.i)]):  # the nearest earlier first
            # "EU foreign ministers ...; the ministers": a body's ministers or leaders together
            # are the body, as its envoy is
            states = [a for a in self.resolve(self.doc[i]) if a.code and
                      (a.kind == "state" or a.kind == "igo" and
                       lemma in SENT_BY_BODIES | NAMED_AGAIN_BARE)]
            if states:
                return [changed(states[0], text=self._text(tok), resolved_by="chain")]
        return []

    def _nouns_of(self, plural: bool, lemma: str) -> list[int]:
        """Where the article has a noun of this lemma (lower-cased), plural (NNS, NNPS) or
        not (NN, NNP), in text order: indexed once per article (`_same_people` walked back
        over every word before the noun at each asking)."""
        if self._nouns is None:
            self._nouns = _nouns_by_lemma(self.doc)
        return self._nouns.get((plural, lemma), [])

    def _described(self, tok: Token) -> list[Actor]:
        lemma = tok.lemma_.lower()
        has_det = any(c.dep in DETERMINERS and c.lower_ in ("the", "both", "each")
                      for c in children_of(tok))
        if not has_det or _own_name(tok):
            return []
        styled_as = [c.lemma_.lower() for c in children_of(tok) if c.dep in (COMPOUND, AMOD)]
        if lemma in ("nation", "country", "state") and styled_as and \
                DESCRIPTIONS.get(styled_as[-1]) == "state":
            lemma = styled_as[-1]  # "the island nation": as "the island"
        if lemma in NAMED_BODIES:
            return self._body_named_before(tok, lemma)
        if lemma in DESCRIPTIONS:
            earlier = [self._bloc_of(a) for i, a in reversed(self.others)
                       if i < tok.i and self._bloc_of(a).kind == DESCRIPTIONS[lemma]]
            # "the kingdom": the last kingdom named, before the last state of any style
            styled = [a for a in earlier if lemma in self.lexicon.styles.get(a.code or "", ())]
            for actor in (styled or earlier)[:1]:
                return [changed(actor, text=self._text(tok), resolved_by="chain")]
        if lemma in BENCH and tok.tag == NNS and not styled_as:
            return self._court_before(tok)
        if lemma in PAIRED and tok.tag == NN and not _own_name(tok):
            # "summoned the neighbour's ambassador": the last state named but the doer
            last = self._last([m for m in self.others if m[1].kind == "state" and
                               not self._is_place(self.doc[m[0]])], tok.i,
                              not_of=self._doer_codes(tok))
            return [changed(last, text=self._text(tok), resolved_by="chain")] if last else []
        if lemma in BOTH_SIDES and \
                any(c.lower_ in ("two", "both", "each") for c in children_of(tok)):
            return self._last_two(tok.i, states_only=lemma in BOTH_STATES)
        if lemma in PAIR_NOUNS and tok.tag == NN and tok.dep == NSUBJ:
            # "the pair agreed"; not "the pair were arrested": two people held, not two sides
            return self._last_two(tok.i, states_only=False)
        if lemma in PAIRED_PEOPLE and tok.dep == NSUBJ and \
                any(c.lower_ in ("two", "both") for c in children_of(tok)):
            # "Xi held talks with Tokayev, and the two men signed ...": the last two persons
            # named, when both are of a state ("the two men were remanded": people held)
            return self._last_two_persons(tok.i)
        if lemma in PAIRED and tok.tag == NNS and \
                not any(c.dep in OWNER_DEPS or c.dep == NUMMOD for c in children_of(tok)):
            return self._last_two(tok.i, states_only=True)  # "mediated between the neighbours"
        return []

    def _court_before(self, tok: Token) -> list[Actor]:
        """'Took the dispute to the International Court of Justice ... asked the judges to
        order a halt': the judges are the court of states the story last named."""
        court = self._last([m for m in self.others if m[1].kind == "igo" and
                            m[1].sector == "JUD"], tok.i)
        return [changed(court, text=self._text(tok), resolved_by="chain")] if court else []

    def _body_named_before(self, tok: Token, lemma: str) -> list[Actor]:
        """'The council', 'the commission': the body of that name the story last named with
        a word of its own ('the UN Security Council', 'the electoral commission'), when that
        naming is an actor."""
        named = [j for j in self._nouns_of(False, lemma) if j < tok.i and any(
            c.dep in OWNER_DEPS for c in children_of(self.doc[j]))]
        if not named or any(c.dep in OWNER_DEPS for c in children_of(tok)):
            return []
        # a name's actor stands at its last word: "the International Court of Justice"
        found = self.entry_at.get(named[-1])
        at = found[1].end - 1 if found is not None else named[-1]
        return [changed(actor, text=self._text(tok), resolved_by="chain")
                for i, actor in self.others if i == at and actor.code][:1]

    def _numbered_group(self, tok: Token) -> list[Actor]:
        """'The three European powers', 'the three countries': the last N states the story
        named together ('Britain, France and Germany warned ...')."""
        if tok.lemma_.lower() not in GROUPS_OF_STATES or not _after_the(tok):
            return []
        numbers = [NUMBERS.get(c.lower_) for c in children_of(tok) if c.dep == NUMMOD]
        if not numbers or numbers[0] is None:
            return []
        if numbers[0] == 2:  # "the two Gulf rivals": the two states, not the region
            regional = any(c.dep in (AMOD, COMPOUND) and c.i in self.entry_at and
                           self.entry_at[c.i][0].kind == "region" for c in children_of(tok))
            return self._last_two(tok.i, states_only=True) if regional else []
        for i, actor in reversed(self.others):
            if i >= tok.left_edge.i or actor.kind != "state":
                continue
            head = self.doc[i]
            if head.dep == CONJ:
                continue  # the group is read from its first member
            members = [self.mention(t) for t in (head, *conjuncts_of(head))]
            codes = [m[0].code for m in members if m and m[0].kind == "state"]
            if len(members) == numbers[0] and len(set(codes)) == numbers[0]:
                return [changed(m[0], text=self._text(tok), resolved_by="chain")
                        for m in members]
        return []

    def _one_of_region(self, tok: Token) -> list[Actor]:
        """'Qatar ... The Gulf state hosted', 'the East African nation': one state of a
        region, named again, is the last state the story named; not the region's bloc."""
        if tok.lemma_.lower() not in STATE_NOUNS or tok.tag != NN or not _after_the(tok):
            return []
        regions = [self.entry_at[c.i][0].code for c in children_of(tok) if c.dep in
                   (AMOD, COMPOUND) and c.i in self.entry_at and
                   self.entry_at[c.i][0].kind == "region"]
        if not regions:
            return []
        lexicon = self.lexicon
        members = lexicon.members.get(lexicon.blocs.get(regions[0], ""), frozenset())
        named = self.others if members else self.subjects  # else the last state acting
        last = self._last([m for m in named if m[1].kind == "state" and
                           (not members or m[1].code in members)], tok.left_edge.i)
        return [changed(last, text=self._text(tok), resolved_by="chain")] if last else []

    def _bloc_of(self, actor: Actor) -> Actor:
        """'Southeast Asian foreign ministers ..., as the bloc struggled': a region whose
        governments act as an organisation is that organisation when 'the bloc' points back."""
        bloc = self.lexicon.blocs.get(actor.code or "") if actor.kind == "region" else None
        return changed(actor, code=bloc, kind="igo") if bloc else actor

    def _speakers(self, tok: Token) -> set[str]:
        """Who urges or calls on the sides ("The EU's envoy for the dialogue urged both
        sides", "the secretary-general of ASEAN called on both governments", "Putin held
        phone calls with the two leaders", "Turkey's minister ... and urged both sides"): the
        codes of the subject of the verb the sides are the object of."""
        if tok.dep not in (DOBJ, POBJ):
            return set()
        verb = tok.head
        for _ in range(4):  # "held phone calls with the two leaders"; "... and thanked"
            if part_of_speech(verb) in ("VERB", "AUX") and \
                    any(c.dep == NSUBJ for c in children_of(verb)):
                break
            if verb.dep == ACL and verb.tag == VBD:
                # "Nyerere, whose country borders Uganda, called on both": the parser hangs
                # the sentence's verb on its subject
                return {a.code for a in self._resolve_one(verb.head) if a.code}
            if verb.dep not in (PREP, POBJ, DOBJ, CONJ, NPADVMOD, XCOMP) or \
                    verb.head.i == verb.i:
                return set()
            verb = verb.head
        else:
            return set()
        codes: set[str] = set()
        # "Brazil offered to mediate ..., and the OAS called on both": whoever speaks of the
        # sides in a clause joined before is no side either
        clauses = (verb, verb.head) if verb.dep == CONJ else (verb,)
        joined = tok.head
        if joined.dep == CONJ and joined.head.i == verb.i and verb.dep == CCOMP and \
                verb.head.i < verb.i and verb.head.lemma_.lower() in self.reporting:
            # "X said American and British warships had struck, and accused the two
            # countries": joined to what X reported, X's act, not its subject's ("the
            # minister held a call and urged both sides, sources said" stays the minister's)
            clauses = (verb.head,)
        for subject in (c for v in clauses for c in children_of(v) if c.dep == NSUBJ):
            words = [subject, *(c for c in children_of(subject) if c.dep in OWNER_DEPS)]
            words += [p for of in children_of(subject) if of.dep == PREP and of.lower_ == "of"
                      for p in children_of(of) if p.dep == POBJ]
            codes |= {self.entry_at[w.i][0].code for w in words if w.i in self.entry_at}
            codes |= {a.code for a in self._resolve_one(subject) if a.code}
        return codes

    def _last_two_persons(self, before: int) -> list[Actor]:
        """The last two persons named before, of two states (in the order named)."""
        picked: list[Actor] = []
        for i, person in reversed(self.persons):
            if i < before and person.code and person.code not in {a.code for a in picked}:
                picked.append(person)
        return picked[:2][::-1] if len(picked) >= 2 else []

    def _last_two(self, before: int, states_only: bool) -> list[Actor]:
        """'The two governments', 'both sides', 'the two leaders': the last two named before
        (persons too: "Xi met Biden, and the two agreed"), save the one who urges them or
        reports on them ("Kenya's envoy said both delegations ...")."""
        picked: list[Actor] = []
        speakers = self._speakers(self.doc[before])
        named = self.others if states_only else sorted(
            self.others + [p for p in self.persons if p[1].code], key=lambda m: m[0])
        governing = set(self.doc[before].ancestors)
        for i, actor in reversed(named):
            if actor.kind == "person" and self.doc[i].dep in SUBJECTS and \
                    self.doc[i].head in governing and \
                    self.doc[i].head.lemma_.lower() in self.reporting:
                continue  # "Anwar said both sides had agreed": not the reporter
            if i >= before or actor.code in speakers or actor.kind == "region" or \
                    self._is_place(self.doc[i]) or (states_only and actor.kind != "state") or \
                    _led_by(self.doc, i):
                continue
            if actor.code and actor.code not in {a.code for a in picked}:
                picked.append(actor)
                if len(picked) == 2:
                    return picked[::-1]
        # "Turkey's minister urged both sides": Sudan's two sides, when no other state is named
        return picked if speakers and not states_only and len(picked) == 1 else []

    @staticmethod
    def _is_place(tok: Token) -> bool:
        """'in Eastern Europe', 'in Belarus': a mention that says where, not who."""
        head = tok.head if tok.dep in (COMPOUND, AMOD) else tok  # "in the Ethiopian capital"
        return head.dep == POBJ and head.head.lower_ in ("in", "at", "near", "across")

    def sector_of(self, tok: Token) -> str | None:
        """The sector the word names ("police", "protesters"), read once for each token."""
        if tok.doc is not self.doc:
            return self._sector_of(tok)
        if tok.i not in self._sectors:
            self._sectors[tok.i] = self._sector_of(tok)
        return self._sectors[tok.i]

    def _sector_of(self, tok: Token) -> str | None:
        if tok.i in self.entry_at:
            return None  # "the European Union" is no labour union
        counted = _counted(tok)
        if counted is not None:  # "thousands of protesters": protesters
            return self.sector_of(counted)
        full = self._full_form(tok)
        if full is not None:  # "the JSP": what "the Janata Samajbadi Party" is, a party
            return self.sector_of(full)
        sectors = self.lexicon.sectors
        for child in children_of(tok):
            if child.dep == COMPOUND:
                sector = sectors.get(f"{child.lower_} {tok.lemma_.lower()}")
                if sector:
                    return sector
            if child.dep in (COMPOUND, AMOD) and child.left_edge.i < child.i:
                words = tok.doc[child.left_edge.i: child.i + 1].text.lower()  # "low-cost"
                sector = sectors.get(f"{words} {tok.lemma_.lower()}")
                if sector:
                    return sector
        sector = next((sectors[w] for w in _singulars(tok) if sectors.get(w)), None) or \
            self._described_name(tok)  # "Gunmen" read as a name after a dateline
        if tok.lemma_.lower() in self.lexicon.speakers:
            return self._employer(tok) or sector
        return sector

    def _employer(self, tok: Token) -> str | None:
        """'A spokesperson for the haulage company', 'company officials', 'the airline's
        spokesman': the sector of the firm, school or hospital a speaker speaks for."""
        owners = [c for c in children_of(tok) if c.dep in (COMPOUND, POSS)] + \
            [o for p in children_of(tok) if p.dep == PREP and p.lower_ in ("for", "of", "at")
             for o in children_of(p) if o.dep == POBJ]
        return next((s for s in map(self.sector_of, owners) if s in INSTITUTIONS), None)

    def _described_name(self, tok: Token) -> str | None:
        """'Chinese smartphone maker Vantel', 'Malaysian retailer Mydin Mart': a name the
        text gives with a common noun for what it is has that noun's sector."""
        if part_of_speech(tok) != "PROPN":
            return None
        return next((self.sector_of(c) for c in children_of(tok) if c.dep == COMPOUND and
                     part_of_speech(c) == "NOUN" and c.i < tok.i and self.sector_of(c)), None)

    def _with_sector(self, actor: Actor, sector: str | None) -> Actor:
        if sector and (actor.kind != "person") and sector != actor.sector:
            return changed(actor, sector=sector)
        return actor

    def _text(self, tok: Token) -> str:
        left = tok.left_edge.i
        while left < tok.i and self.doc[left].is_space:  # a blanked dateline before the lede
            left += 1
        return span_text(self.doc[left: tok.i + 1])


def _nouns_by_lemma(doc: Doc) -> dict[tuple[bool, str], list[int]]:
    """The nouns of the Doc by (plural, lemma lower-cased), each a list of their indices in
    text order; read from the Doc's arrays, with no token made."""
    strings = doc.vocab.strings
    found: dict[tuple[bool, str], list[int]] = {}
    for i, (tag, lemma) in enumerate(doc.to_array([TAG, LEMMA]).tolist()):
        if tag in (NN, NNP, NNS, NNPS):
            found.setdefault((tag in (NNS, NNPS), strings[lemma].lower()), []).append(i)
    return found


def _own_name(tok: Token) -> bool:
    """'The Alliance for Change', 'the Union for the Republic': a capitalised description
    word whose 'for' or 'of' phrase is capitalised too heads a name of its own (a party, a
    front), not a word pointing back to the last alliance or union named."""
    if not tok.text[:1].isupper() or tok.text.isupper():
        return False
    return any(c.dep == PREP and c.lower_ in ("for", "of") and
               any(o.dep == POBJ and o.text[:1].isupper() for o in children_of(c))
               for c in children_of(tok))


def _after_the(tok: Token) -> bool:
    """'the fishermen', 'the Commission': the word is named again with 'the'."""
    return any(c.dep == DET and c.lower_ == "the" for c in children_of(tok))


def _bare_office(tok: Token) -> bool:
    """'Ministers also blacklisted ...': holders of an office named again with no word of
    their own, as 'the ministers'."""
    return tok.tag == NNS and tok.lemma_.lower() in NAMED_AGAIN_BARE and \
        not list(children_of(tok))


def _pair_in_modifiers(head: Token) -> tuple[Token, Token] | None:
    """'Ethiopian Prime Minister Abiy Ahmed and Somaliland leader Muse Bihi Abdi signed',
    'he and Kyrgyz President Sadyr Japarov signed', parsed with the first person of the pair
    (and its 'and') among the modifiers of the second's name: that first person, and the
    conjunct where the second's own words begin."""
    if head.ent_type_ != "PERSON":
        return None  # "Thai and Cambodian soldiers": one noun, of two states
    for mod in subtree_of(head):
        if mod.i >= head.i:
            break
        if mod.dep not in (NMOD, COMPOUND) or \
                mod.ent_type_ != "PERSON" and part_of_speech(mod) != "PRON":
            continue
        if any(c.dep == CC for c in children_of(mod)):
            second = next((c for c in children_of(mod) if c.dep == CONJ and c.i < head.i), None)
            if second is not None:
                return mod, second
    return None


def _subject_before_aside(head: Token) -> list[Token]:
    """'Kyrgyz President Sadyr Japarov, on his first state visit to Tajikistan, and Tajik
    President Emomali Rahmon signed', parsed as two subjects of one verb with the 'and' on
    the first: the first subject is the second's partner (no verb comes between them)."""
    if head.dep != NSUBJ:
        return []
    first = next((s for s in children_of(head.head) if s.dep == NSUBJ and s.i < head.i), None)
    if first is None or not any(c.dep == CC for c in children_of(first)):
        return []
    between = head.doc[first.i + 1:head.i]
    return [] if any(part_of_speech(t) in ("VERB", "AUX") for t in between) else [first]


def _joined(tok: Token) -> bool:
    """One of several names joined by 'and': 'Britain, France and Germany'."""
    head = tok.head if tok.dep in (COMPOUND, AMOD) else tok
    return head.dep == CONJ or any(c.dep == CONJ for c in children_of(head))


def _counted(tok: Token) -> Token | None:
    """The people a number counts: 'thousands of protesters', 'dozens of lawyers'."""
    if part_of_speech(tok) != "NUM" and tok.lemma_.lower() not in COUNTS:
        return None
    return next((g for c in children_of(tok) if c.dep == PREP and c.lower_ == "of"
                 for g in children_of(c) if g.dep == POBJ), None)


QUANTIFIERS = frozenset({"some", "many", "several", "most", "all", "few", "each", "both",
                         "none"})  # "dozens", "hundreds" are people themselves
# words for a number of people that are no one by themselves: "a group of parents" is parents,
# "two companies of the Bihar Military Police" the police (a unit, not a firm)
COLLECTIVES = frozenset({"group", "handful", "number", "band", "company", "battalion",
                         "platoon", "contingent", "detachment", "squad", "unit", "brigade",
                         "regiment", "column"})


def _verb_over(word: Token) -> Token | None:
    """The verb a word hangs from as its object, its object's owner or a phrase's object:
    "summoned the neighbour's ambassador", "visit their mother's grave", "for rent cuts on
    its stores" (up the possessives, then up the phrases, to the verb)."""
    noun = word
    while noun.dep == POSS and noun.head.i != noun.i:
        noun = noun.head
    for _ in range(6):
        if noun.dep not in (DOBJ, DATIVE, PREP, POBJ) or noun.head.i == noun.i:
            return None
        noun = noun.head
        if part_of_speech(noun) in ("VERB", "AUX"):
            return noun
    return None


def _joined_clause_subject(owner: Token) -> Token | None:
    """The subject of the clause before the one whose subject this possessive is on: 'The
    party won 45 seats, and its chairman said ...'."""
    noun = owner.head
    if noun.dep not in (NSUBJ, NSUBJPASS) or noun.head.dep != CONJ:
        return None
    subject = next((c for c in children_of(noun.head.head) if c.dep in (NSUBJ, NSUBJPASS)),
                   None)
    if subject is None or subject.i > owner.i or part_of_speech(subject) != "NOUN":
        return None
    return subject


def _fronted_subject(owner: Token) -> Token | None:
    """The subject of the clause whose fronted phrase holds this possessive."""
    verb = _verb_over(owner)
    if verb is None:
        return None
    subject = next((c for c in children_of(verb) if c.dep in (NSUBJ, NSUBJPASS)), None)
    if subject is None or subject.i < owner.i or \
            part_of_speech(subject) not in ("NOUN", "PROPN"):
        return None
    phrase = owner
    while phrase.head.i != verb.i:
        phrase = phrase.head
    return subject if phrase.dep == PREP and phrase.i < owner.i else None


def _clause_subject(owner: Token, names: bool = False) -> Token | None:
    """The subject a possessive pronoun on its verb's object belongs to: "The company asked
    its landlords", "the funds were forced to surrender their positions" (through "to"). A
    subject that is itself a pronoun or (unless `names`) a name is left to the usual
    reading."""
    verb = _verb_over(owner)
    if verb is None:
        return None
    if verb.dep == XCOMP and not any(c.dep in (NSUBJ, NSUBJPASS)
                                        for c in children_of(verb)):
        verb = verb.head  # "were forced to surrender their positions"
    subject = next((c for c in children_of(verb) if c.dep in (NSUBJ, NSUBJPASS)), None)
    if subject is None or subject.i > owner.i or \
            part_of_speech(subject) not in (("NOUN", "PROPN") if names else ("NOUN",)):
        return None
    return subject


def _partitive(tok: Token) -> Token | None:
    """The people a number or a quantifier takes a part of: 'two of the accused', 'some of
    the protesters', 'a group of parents' (the 'of' phrase's noun)."""
    if part_of_speech(tok) != "NUM" and tok.lower_ not in QUANTIFIERS and \
            tok.lemma_.lower() not in COLLECTIVES:
        return None
    of = next((c for c in children_of(tok) if c.dep == PREP and c.lower_ == "of"), None)
    whole = next((c for c in children_of(of) if c.dep == POBJ), None) if of is not None else None
    if whole is None or part_of_speech(whole) in ("PRON", "NUM"):
        return None  # "two of them": the pronoun is read as it stands
    return whole


def _with_compounds(tok: Token) -> str:
    """The name a token ends, with the words compounded before it ('tamil nadu')."""
    start = tok.i
    while start > tok.sent.start and tok.doc[start - 1].dep == COMPOUND and \
            tok.doc[start - 1].head.i == tok.i:
        start -= 1
    return tok.doc[start:tok.i + 1].text


def _counted_people(tok: Token) -> bool:
    """'The three were booked', 'the two were remanded', 'nine were killed and 47 others
    were arrested': a number that stands alone as the subject of a passive (or "those
    detained") is people, as in local police reports."""
    if part_of_speech(tok) == "NUM":
        return tok.dep == NSUBJPASS and any(c.lower_ == "the" for c in children_of(tok)) and \
            not any(c.dep == PREP for c in children_of(tok))
    if tok.dep == NSUBJPASS and tok.lemma_.lower() == "other":
        return any(c.dep == NUMMOD for c in children_of(tok)) and \
            not any(c.dep == PREP for c in children_of(tok))
    return tok.dep in SUBJECTS and tok.lower_ == "those" and \
        any(c.dep == ACL and c.tag == VBN for c in children_of(tok))


def _singulars(tok: Token) -> list[str]:
    """The word as its lemma and as its singular read by hand: the lemmatizer leaves plurals
    it does not know ("askaris") and those of a word tagged a name ("Supporters", "Gunmen",
    "Authorities" opening a lede)."""
    word = tok.lower_
    found = [tok.lemma_.lower(), word]
    if word.endswith("s"):
        found.append(word[:-1])
    if word.endswith("men"):
        found.append(word[:-3] + "man")
    if word.endswith("ies"):
        found.append(word[:-3] + "y")
    return found


def _follows(tok: Token) -> bool:
    """'supporters', also where the tagger takes 'Supporters' opening a lede for a name."""
    return any(w in FOLLOWERS for w in _singulars(tok))


def _follower(actor: Actor, tok: Token) -> Actor:
    """The people a follower's word names, of the state of whom they follow."""
    return Actor(code=actor.code, sector="CVL", kind="unknown", text=tok.text,
                 start=tok.idx, end=tok.idx + len(tok), resolved_by=actor.resolved_by)
