"""Which words belong to which act: the clause a word hangs from."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .labels import (
    ACL,
    ADVCL,
    AUX,
    AUXILIARIES,
    CCOMP,
    CONJ,
    DET,
    DOBJ,
    MARK,
    NMOD,
    NNPS,
    NNS,
    NSUBJ,
    NSUBJPASS,
    OPRD,
    POBJ,
    PREP,
    RELCL,
    ROOT,
    VB,
    VBD,
    VBG,
    VBN,
    VBP,
    VBZ,
    XCOMP,
    label_ids,
)
from .parse import children_of, kept_in, part_of_speech

# the dependencies inside a prepositional or noun phrase ("on the 24th of February")
PHRASE_DEPS = label_ids({"pobj", "prep", "npadvmod", "compound", "amod", "nummod", "appos",
                         "nmod", "det", "quantmod", "advmod", "conj", "cc", "poss", "case",
                         "punct", "tmod"})
# the light verbs a nominal event shares its clause with ("held talks on Monday")
CARRIERS = frozenset({"hold", "launch", "conduct", "carry", "begin", "start", "stage", "mount",
                      "continue", "resume", "open", "impose", "sign", "reach", "make", "take",
                      "have", "attend", "join", "undertake", "wage", "complete", "announce"})


VERBS = ("VERB", "AUX")
# verbs whose infinitive is still to come: "agreed to start talks later this year"
LOOK_AHEAD = frozenset({"agree", "promise", "pledge", "vow", "decide", "offer", "threaten",
                        "intend", "aim", "want", "hope", "seek", "prepare"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})

# tokens back a passive 'they' looks for the people last acted on
PATIENT_REACH = 60

# verbs of which a nominal event is the subject and which only say it happened
HAPPENINGS = frozenset({"erupt", "break", "begin", "start", "continue", "resume", "end",
                        "occur", "intensify", "escalate", "rage", "flare", "spread", "take",
                        "happen", "open", "close", "conclude", "collapse", "stall", "go"})

# verbs that say only how a nominal event stands, and since when ("talks have been stuck
# since April", "negotiations have stalled since March")
STANDING = frozenset({"stick", "stall"})


PEOPLE_PARTICIPLE_DEPS = label_ids({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})
NOT_FOR_PEOPLE_DEPS = label_ids({"dobj", "agent", "prep", "ccomp", "xcomp", "auxpass"})


def participle_for_people(verb: Token) -> bool:
    """A participle the parser took for a verb that stands for people, with an article and
    in a noun's place ("the accused were arrested", "an accused was held", "two of the
    accused"): it names no act."""
    return verb.tag == VBN and verb.dep in PEOPLE_PARTICIPLE_DEPS and \
        any(c.dep == DET for c in children_of(verb)) and \
        not any(c.dep in NOT_FOR_PEOPLE_DEPS for c in children_of(verb))


def named_by_name(verb: Token) -> list[Token]:
    """What a verb of naming names when the parser hangs it on the name as one noun phrase:
    'called the sanctions "blackmail"' (sanctions under blackmail)."""
    return [c for n in children_of(verb) if n.dep == OPRD for c in children_of(n)
            if c.dep == NMOD and c.i < n.i]


def last_patient(pronoun: Token) -> Token | None:
    """'Police detained 200 protesters ... They were released in the evening': a passive
    'they' (or 'both') is, first of all, the plural noun the last act before was done to
    (its object, or its subject in the passive), not whoever did it. So is the 'who' of a
    passive clause hung on a group ('teachers, including leaders of the morcha, who were
    released')."""
    if pronoun.lower_ not in ("they", "both", "who") or pronoun.dep != NSUBJPASS:
        return None
    doc = pronoun.doc
    for i in range(pronoun.i - 1, max(pronoun.i - PATIENT_REACH, 0) - 1, -1):
        tok = doc[i]
        if tok.dep in (DOBJ, NSUBJPASS) and tok.tag in (NNS, NNPS) and \
                part_of_speech(tok.head) == "VERB":
            return tok
    return None


BELONGING = "thucydides.belonging"  # the Doc's user_data key of belongs_to()'s answers


def belongs_to(word: Token, target: Token, nested: bool = False) -> bool:
    """Whether a phrase (by its head word) modifies the act at target itself: up the tree
    from the word, only the words of a prepositional or noun phrase come before target,
    or a relative clause on target ("the operation that began on February 24"); a phrase
    on the act's object ("halting NATO's expansion in Eastern Europe") does not. `nested`:
    a phrase inside the act's own prepositional phrase counts too (a place: "killed three
    people in a village in Duhok"; not a time: "reopened to traffic for the first time
    since 2015"). Kept in the Doc: the acts of a sentence ask it of the same phrases, for
    their dates and for their places."""
    user_data = word.doc.user_data  # `kept_in`, written out: asked for each phrase and act
    known = user_data.get(BELONGING)
    if known is None:
        known = user_data[BELONGING] = {}
    key = (word.i, target.i, nested)
    found = known.get(key)
    if found is None:
        found = known[key] = _belongs_to(word, target, nested)
    return found


def _belongs_to(word: Token, target: Token, nested: bool) -> bool:
    if target.dep == CCOMP and _before_its_subject(word, target):
        return False
    tok = word
    at = target.i
    relative = False
    for _ in range(12):  # each index and label read once a step: the walk is a hot loop
        i = tok.i
        if i == at:
            return True
        head = tok.head
        head_at = head.i
        if head_at == i:
            return False
        dep = tok.dep
        if dep == CONJ and part_of_speech(tok) in VERBS and part_of_speech(head) in VERBS and \
                _own_clause(tok, target):
            return False  # "was sentenced, and dozens have been held since February"
        if dep in (RELCL, ACL) and head_at == at and not relative:
            relative = True
        elif (dep not in PHRASE_DEPS and not (dep == DOBJ and head_at == at)) \
                or dep == PREP and _on_a_noun(tok, target, nested):
            return False
        tok = head
    return False


def across_semicolon(tok: Token) -> bool:
    """A semicolon stands between the word's phrase and its governor: 'India accused
    Islamabad of sponsoring terrorism; Pakistan denied any role', where the parser makes the
    accusation what Pakistan denied. Two clauses a semicolon parts are each their own."""
    head = tok.head
    if head.i > tok.i:
        between = range(tok.right_edge.i + 1, head.i)
    else:
        between = range(head.i + 1, tok.left_edge.i)
    doc = tok.doc
    return any(doc[i].text == ";" for i in between)


def joined_to(conjunct: Token) -> Token:
    """The verb a conjunct is joined to. 'Lula urged both neighbours to keep the peace and
    offered to host talks': the parser joins 'offered' to the infinitive 'keep', but a verb
    in the past or present is joined to the verb above the infinitive, and shares its
    subject and its mood. 'The officer was patrolling when men crossed the border, threw
    a grenade and ...': the parser joins 'threw' to the progressive, but a verb in the past
    after a clause in the past that hangs on it is joined to that clause's verb."""
    head = conjunct.head
    if conjunct.tag in (VBD, VBZ):
        while head.tag == VB and head.dep != ROOT:
            head = head.head
    if conjunct.tag == VBD and head.tag == VBG:
        between = [c for c in children_of(head)
                   if c.dep == ADVCL and c.tag == VBD and head.i < c.i < conjunct.i]
        if between:
            return between[-1]
    return head


def with_to(verb: Token) -> bool:
    """A verb with its infinitive's 'to' ("to sign", "to leave")."""
    return any(c.dep == AUX and c.lower_ == "to" for c in children_of(verb))


def _before_its_subject(word: Token, clause: Token) -> bool:
    """'Poland said on Friday it had expelled a diplomat last week': a phrase between the
    verb of saying and the reported clause's subject is the saying's, wherever the parser
    hangs it ('said that on Friday police had ...' is the clause's)."""
    if not clause.head.i < word.i < clause.i:
        return False
    kids = children_of(clause)
    return any(c.dep in (NSUBJ, NSUBJPASS) and word.i < c.i for c in kids) and \
        not any(c.dep == MARK and c.i < word.i for c in kids)


def _own_clause(verb: Token, target: Token) -> bool:
    """A coordinated verb in another tense tells of another time, and its day is its own:
    "was sentenced, and dozens have been detained since February"; "has deployed troops,
    shut the crossing on Nov. 9 and ...". (A subject of its own is no sign: "Police
    arrested him, and the court jailed him on Monday" tell of one day.)"""
    return tense(verb) != tense(target)


def _on_a_noun(tok: Token, target: Token, nested: bool) -> bool:
    """A prepositional phrase on some other noun ('halting NATO's expansion in Eastern
    Europe'); the act's own object does not count ('held talks in Belarus')."""
    if tok.dep != PREP:
        return False
    head = tok.head
    if head.i == target.i or part_of_speech(head) not in ("NOUN", "PROPN"):
        return False
    own_object = head.dep == DOBJ and head.head.i == target.i or \
        nested and head.dep == POBJ and head.head.dep == PREP and \
        head.head.head.i == target.i
    # inside a nominal act's own phrase ("talks between officials in Qatar")
    own_phrase = part_of_speech(target) in ("NOUN", "PROPN") and \
        target.left_edge.i <= head.i <= target.right_edge.i
    return not own_object and not own_phrase


def carrier(trigger: Token) -> Token:
    """The verb whose clause a nominal event sits in, when that verb only carries it
    ("held talks", "clashes erupted")."""
    if part_of_speech(trigger) not in ("NOUN", "PROPN"):
        return trigger
    lemma = trigger.head.lemma_.lower()
    if trigger.dep in (DOBJ, NSUBJPASS) and lemma in CARRIERS or \
            trigger.dep == NSUBJ and lemma in HAPPENINGS or \
            trigger.dep in (NSUBJ, NSUBJPASS) and lemma in STANDING:
        return trigger.head
    return trigger


def phrases_for(trigger: Token, phrases: list[Span], nested: bool = False) -> list[Span]:
    """The phrases (dates, places) of a sentence that modify the act at trigger, nearest
    first; an act in an infinitive ('agreed to meet') or a participle that goes with its
    governor ('..., killing three') may use those of its governor. `nested`: as in
    belongs_to()."""
    targets = [trigger, carrier(trigger)]
    if trigger.dep == XCOMP or trigger.dep == ADVCL and trigger.tag == VBG:
        targets.append(trigger.head)  # "struck a village in Duhok, killing three people"
    rooted = [(p, p.root) for p in phrases]  # spaCy finds a span's root anew at each asking
    for target in targets:
        found = [(p, root) for p, root in rooted if belongs_to(root, target, nested)]
        if found:
            return [p for p, _ in sorted(found, key=lambda f: abs(f[1].i - trigger.i))]
    return []


TENSES = "thucydides.tenses"  # the Doc's user_data key of tense()'s answers, by token


def tense(trigger: Token) -> str:
    """'future' when the clause says will, shall, going to, or a reported would ("said he
    would meet on Monday"); 'present' for the present and present perfect ("accuses", "has
    demanded"), which tell of the day of writing; else 'past'. Kept in the Doc: each act
    of a sentence asks it again of the sentence's time phrases."""
    known = kept_in(trigger.doc, TENSES)
    found = known.get(trigger.i)
    if found is None:
        found = known[trigger.i] = _tense(trigger)
    return found


def _tense(trigger: Token) -> str:
    tok = carrier(trigger)
    while part_of_speech(tok) not in VERBS and tok.head.i != tok.i:
        tok = tok.head
    for clause in (tok, tok.head) if tok.dep in (XCOMP, CONJ) else (tok,):
        for child in children_of(clause):
            if child.dep == AUX and (child.lower_ in FUTURE_AUX or
                                     child.lower_ == "would" and clause.dep != ROOT):
                return "future"
            if clause.dep == XCOMP and child.lower_ == "going":
                return "future"
        if clause.lemma_ in ("plan", "schedule", "expect", "due") or \
                clause is not tok and clause.lemma_ in LOOK_AHEAD and tok.dep == XCOMP or \
                clause.lemma_ == "set" and any(c.dep == XCOMP for c in children_of(clause)):
            return "future"  # "is set to meet"; "crowds set fire to it on Wednesday" is past
    return "present" if _present(tok) else "past"


def _present(verb: Token) -> bool:
    auxiliaries = [c for c in children_of(verb) if c.dep in AUXILIARIES]
    if auxiliaries:
        return auxiliaries[0].tag in (VBZ, VBP)  # "has demanded", "is held"
    return verb.tag in (VBZ, VBP)


MISSIONS = frozenset({"embassy", "consulate", "legation"})


def is_mission(tok: Token) -> bool:
    """An embassy, a consulate, a high commission."""
    lemma = tok.lemma_.lower()
    return lemma in MISSIONS or lemma == "commission" and \
        any(c.lower_ == "high" for c in children_of(tok))
