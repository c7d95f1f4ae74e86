"""Whether the text reports an event as having happened.

Walks from the trigger up the dependency tree and reads negation, modal and
future auxiliaries, conditionals, and the verbs and nouns an event hangs from
("intends to", "called for", "the threat of"). Reported speech is no barrier:
"X said Y attacked Z" reports an attack.

`modality_of` reads the trigger's own words, then each governor on the way up, one named
case after another (a hedge, a negation, words about the act, a circumstance, then what
the governor's own word says of it); the first case that decides ends the walk.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..nlp.clauses import across_semicolon, joined_to, with_to
from ..nlp.labels import (
    ACL,
    ACOMP,
    ADVCL,
    ADVMOD,
    AGENT,
    AMOD,
    ATTR,
    AUX,
    AUXILIARIES,
    AUXPASS,
    CCOMP,
    COMPOUND,
    DET,
    DOBJ,
    EXPL,
    MARK,
    NN,
    NSUBJ,
    NSUBJPASS,
    OPRD,
    PCOMP,
    POBJ,
    POSS,
    PREP,
    PRT,
    RELCL,
    ROOT,
    SUBJECTS,
    VB,
    VBD,
    VBG,
    VBN,
    VBP,
    VBZ,
    XCOMP,
)
from ..nlp.negation import NOBODY, after_nor, is_negated, negates, no_subject, or_after_not
from ..nlp.parse import children_of, part_of_speech, sentence_of, span_text, subtree_of

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should", "must", "can", "ca"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# the governing verb (or adjective) says the embedded act is not (yet) real
INTENT = frozenset({"intend", "plan", "prepare", "decide", "agree", "promise", "pledge", "vow",
                    "offer", "threaten", "aim", "seek", "expect", "propose", "ready", "willing",
                    "prepared", "determined", "set", "mean", "going", "commit", "consider",
                    "schedule", "due", "poised", "poise", "slate", "likely", "swear", "resolve"})
WISH = frozenset({"want", "wish", "hope", "desire", "call", "urge", "demand", "ask", "appeal",
                  "request", "press", "push", "insist", "seek", "need", "require", "order",
                  "invite", "encourage", "advise", "recommend", "lobby", "reject", "oppose",
                  "refuse", "resist", "veto", "rule", "avoid", "prevent", "block",
                  "postpone", "delay", "cancel", "forestall", "thwart", "foil", "avert",
                  "plot", "conspire", "scheme"})
INTENT_OR_WISH = INTENT | WISH  # joined once
# verbs that bid only through an infinitive: "told Israel to halt the offensive" (what
# "told reporters that ..." governs is reported)
BIDDING_BY_INFINITIVE = frozenset({"tell"})
# wishes whose infinitive is what the object is bidden to do ("demanded the parties to
# allow access"), never a purpose of the speaker's own
BIDDING = frozenset({"urge", "ask", "demand", "order", "request", "appeal", "encourage",
                     "invite", "advise", "call", "press", "require"})
INTENT_OR_BIDDING = INTENT | BIDDING  # joined once
# prepositions that set an act in time or cause, outside the content of its governor
CIRCUMSTANCES = frozenset({"after", "following", "amid", "despite", "since", "during"})
# verbs of taking part in what their object names ("engaged in fighting", "joined in protest")
PARTAKING = frozenset({"engage", "involve", "participate", "join", "persist", "take"})
# "recalled its ambassador in protest", "froze the talks in retaliation": after a bare "in",
# why the act was done, not a second act
MOTIVES = frozenset({"protest", "retaliation", "reprisal", "response", "solidarity", "support"})
# prepositions of how an intended act is to be done, not what is intended ("to resolve their
# differences through dialogue": the dialogue is no intent of its own)
MEANS = frozenset({"through", "by", "via", "with", "in", "at"})
# modifiers of a nominal act that say it has not happened (yet), or is only said to have
PROSPECTIVE = frozenset({"plan", "planned", "propose", "proposed", "possible", "potential",
                         "upcoming", "schedule", "scheduled", "future", "prospective",
                         "intended", "mooted", "expected", "impending", "likely"})
# what a participle after a nominal act says of one still to come ("protests planned for
# Tuesday", "talks scheduled for next week")
STILL_TO_COME = frozenset({"plan", "schedule", "expect", "slate"})
ALLEGED = frozenset({"allege", "alleged", "purported", "supposed", "rumoured", "rumored"})
CALLED_OFF = frozenset({"cancel", "cancelled", "canceled", "postpone", "postponed", "abort",
                        "aborted", "scrap", "scrapped", "shelve", "shelved"})
# what is said of an act that has not happened: "an invasion was unlikely"
MAYBE = frozenset({"unlikely", "likely", "possible", "probable", "imminent", "inevitable",
                   "expected", "conceivable", "impossible"})
# nouns that, with "no", say a clause on them did not happen: "no evidence that Rwanda ..."
EVIDENCE = frozenset({"evidence", "sign", "indication", "proof", "trace", "record"})
DENY = frozenset({"deny", "refute", "dismiss"})
# what is said of a charge: "a charge Minsk denied", "a claim New Delhi rejected"
GAINSAYING = DENY | {"reject", "dispute"}
# what one denies having in an act: "denied any role in the attack"
PART = frozenset({"role", "involvement", "part", "responsibility", "hand", "link",
                  "knowledge", "complicity", "participation"})
FAIL = frozenset({"fail", "refuse", "decline", "refrain", "abstain"})
# verbs that end the act their gerund names ("has stopped sharing data")
STOPPING = frozenset({"stop", "cease", "quit", "discontinue"})
# "stopped short of suspending", "fell short of recognising": the act was not done
SHORT_OF = frozenset({"stop", "fall"})
# verbs that say whether a nominal event happened at all ("the talks never took place",
# "the strike will go ahead")
OCCUR = frozenset({"happen", "occur", "take", "materialise", "materialize", "proceed", "go",
                   "resume", "start", "begin", "come"})
# the determiners of an act only supposed when it is the subject of what could be ("a war
# would devastate the region"), unlike "the war"
INDEFINITE = frozenset({"a", "an", "any", "another", "some"})
# verbs of what something leads to: "could lead to war", "would drag the region into war"
OUTCOMES = frozenset({"lead", "push", "drag", "plunge", "draw", "tip", "spiral", "escalate",
                      "descend", "slide"})
# nouns under which an act is only possible or wished for ("the threat of a clash")
HYPOTHETICAL_NOUNS = frozenset({"threat", "risk", "danger", "possibility", "prospect", "fear",
                                "spectre", "specter", "chance", "likelihood", "scenario",
                                "anticipation", "expectation"})
WARNING_VERBS = frozenset({"warn", "threaten", "risk", "fear", "caution"})
# what drills act out: "drills simulating strikes on Taiwan", "rehearsed an invasion"
ACTING_OUT = frozenset({"simulate", "rehearse", "practise", "practice", "mimic", "mock"})
WISH_NOUNS = frozenset({"call", "demand", "request", "appeal", "proposal", "offer", "plan",
                        "desire", "wish", "readiness", "commitment", "intention", "bid",
                        "ultimatum", "plea", "invitation", "push", "condition", "intent",
                        "aim", "goal", "willingness"})
# "planned to attack" is an intent, "planned the attack" may well have happened
INTENT_DEPS = frozenset({"xcomp", "pcomp", "ccomp", "acomp", "prep"})
# what one side claims of another ("accused Jordan of carrying out the raid") is not reported
# as fact; nor are allegations
CLAIM_VERBS = frozenset({"accuse", "blame", "charge", "allege", "suspect", "implicate",
                         "book"})  # "booked for rioting": Indian English for charged
# what one dismisses when denying: "calling the reports fabricated", "called the claims lies",
# "a charge Minsk denied"
DISMISSED = frozenset({"report", "claim", "allegation", "accusation", "charge", "story",
                       "rumour", "rumor", "suggestion", "assertion"})
CLAIM_NOUNS = frozenset({"allegation", "accusation", "claim", "suspicion", "rumour", "rumor"})
# an act an agreement or a plan is for ("a contract to supply howitzers") is not done yet
AGREEMENT_NOUNS = frozenset({"agreement", "deal", "contract", "accord", "treaty", "pact",
                             "memorandum", "attempt", "effort", "bid", "decision", "move",
                             "mandate", "mission", "campaign", "order", "right", "way",
                             "authority", "permission", "power", "time", "opportunity"})
# nouns whose 'on', 'over', 'into', 'for', 'about' phrase names what they are about, not an
# act the sentence reports: "talks on an IMF loan", "an investigation into the killings",
# "sorrow for the shootings"
TOPIC_NOUNS = frozenset({"talk", "negotiation", "discussion", "debate", "dispute", "row",
                         "investigation", "inquiry", "enquiry", "probe", "condolence", "sorrow",
                         "grief", "sympathy", "hope", "question", "report", "rumour", "rumor",
                         "speculation", "concern", "worry", "fear", "doubt", "vote", "decision",
                         "ruling", "hearing", "trial", "case", "dialogue", "consultation"})
TOPIC_PREPS = frozenset({"on", "over", "into", "for", "about", "regarding", "concerning"})
# "sections relating to rioting", "offences pertaining to arson": the charge's heads name
# what is alleged, not an act the sentence reports
ABOUT_VERBS = frozenset({"relate", "pertain"})
# "depends on Tunisia reaching an agreement": a condition
CONDITION_VERBS = frozenset({"depend", "hinge", "hang", "rely", "condition"})
# "until the government withdraws the bill": a present tense after these is a future
FUTURE_MARKS = frozenset({"until", "till", "once", "before", "unless"})
# "would stay closed until Uganda guaranteed ...", "rallies will go on until the president
# resigns": what the other clause waits for is a condition, neither done nor promised
AWAITED_MARKS = frozenset({"until", "till"})
# verbs whose 'for' phrase names what they thank or praise somebody for ("thanked China for
# its assistance"): the object of a statement, no act of its own (spec section 6)
GRATITUDE = frozenset({"thank", "praise", "commend", "applaud", "congratulate", "credit",
                       "hail", "laud"})
WISH_DEPS = INTENT_DEPS | {"dobj", "pobj"}
# wishes that also report: "insisted that the troops withdraw" wishes, "insisted that its
# troops are on Chinese soil and has rejected ..." says what is so
REPORTING_WISHES = frozenset({"insist"})
# the auxiliaries of a clause that says what is or was: "insisted it had not expelled anyone"
INDICATIVE_AUX = frozenset({"is", "are", "was", "were", "has", "have", "had", "did", "does",
                            "'s", "'re", "'ve", "'d"})
# verbs that hedge the act they govern: "appears to have seized", "seemed to be preparing"
HEDGES = frozenset({"appear", "seem"})
# verbs that put a name on what somebody did: "what it called an invasion", "described the
# arrest as a hostage-taking", "branding it an act of war"
CHARACTERISING = frozenset({"call", "describe", "term", "brand", "label", "dub", "characterise",
                            "characterize", "portray", "denounce", "condemn", "decry", "depict"})
# verbs whose object is an act only weighed, not done: "was considering sanctions", "a prisoner
# swap was being explored", "mulled an embargo"
WEIGHING = frozenset({"consider", "explore", "weigh", "mull", "contemplate", "envisage",
                      "study", "examine", "debate", "discuss", "eye", "moot", "float"})
# verbs that, negated or refused, leave their clause unconfirmed: "could not confirm that"
CONFIRMING = frozenset({"confirm", "verify", "corroborate", "substantiate"})
# verbs whose 'on' phrase is what one speaks about, no act the sentence reports
COMMENTING = frozenset({"comment", "elaborate", "remark", "speculate"})
# what is only reported, and the verbs of those who answer such reports: "declined to
# comment on reports that British commandos had raided a camp", "denied reports that ..."
UNCONFIRMED = frozenset({"report", "speculation", "suggestion", "rumour", "rumor", "word"})
ANSWERING_REPORTS = frozenset({"comment", "deny", "dismiss", "reject", "confirm", "refute",
                               "respond", "address", "downplay", "play", "investigate",
                               "check", "verify", "look"})
# documents that demand, accuse or declare what their clause says only once adopted, issued
# or passed: "failed to adopt a resolution demanding a ceasefire"
DOCUMENTS = frozenset({"resolution", "motion", "declaration", "statement", "bill", "text",
                       "draft", "communique", "communiqué", "letter", "report", "petition"})
# conjunctions after which a past tense under a verb still to come is still to come:
# "would continue operations until Hezbollah disarmed"
LATER_MARKS = frozenset({"until", "till", "unless", "once"})
# the same with 'after' and 'when': "talks would resume only after Washington lifts sanctions"
AFTER_MARKS = LATER_MARKS | {"after", "when", "before"}
TO_COME = frozenset({"will", "would", "could", "might", "shall", "'ll"})
# verbs that put a nominal act on a calendar: "talks are scheduled for Thursday", "a meeting
# is planned for next month"
CALENDAR = frozenset({"schedule", "slate", "set", "pencil"})
PLANNED_FOR = frozenset({"plan", "expect", "propose", "arrange"})
# verbs that take a nominal act off the calendar: "talks were postponed", "the visit was
# scrapped" (and the phrasal "put off", "called off")
PUT_OFF = frozenset({"postpone", "delay", "defer", "cancel", "scrap", "shelve", "abort"})
# adverbs that hedge the act of their verb ("were probably carried out by Israel"), or make it
# somebody's claim ("allegedly fired on the crowd"); "reportedly" is a fact with its source
HEDGE_ADVERBS = frozenset({"probably", "possibly", "perhaps", "maybe", "presumably",
                           "conceivably", "potentially"})
CLAIM_ADVERBS = frozenset({"allegedly", "purportedly", "supposedly", "ostensibly"})


@dataclass(frozen=True)
class Modality:
    polarity: str = "positive"
    modality: str = "actual"
    cause: str | None = None  # the word that made the act future or intended ("will", "ready")

    @property
    def asserted(self) -> bool:
        return self.polarity == "positive" and self.modality == "actual"


def _unrealised(noun: Token) -> str | None:
    """'a planned visit', 'the proposed sanctions', 'an alleged attack', 'the cancelled
    talks', 'protests planned for Tuesday': what the modifier says of the act (None:
    nothing)."""
    if part_of_speech(noun) != "NOUN":
        return None
    for child in children_of(noun):
        if child.dep == ACL and child.tag == VBN and child.lemma_.lower() in STILL_TO_COME:
            return "planned"  # not "a truce proposed by the UN held for a day"
        if child.dep in (AMOD, COMPOUND):
            lemma = child.lemma_.lower()
            if lemma in ALLEGED:
                return "claimed"
            if lemma in CALLED_OFF:
                return "called off"
            if lemma in PROSPECTIVE:
                return "planned"
    return None


def _any(tok: Token) -> bool:
    return part_of_speech(tok) == "NOUN" and \
        any(c.dep == DET and c.lower_ == "any" for c in children_of(tok))


def _in_reported_clause(tok: Token, speech: frozenset[str]) -> bool:
    return tok.dep == CCOMP and tok.head.lemma_.lower() in speech


def _own_modality(tok: Token, speech: frozenset[str] = frozenset(),
                  hedges: bool = True) -> str | None:
    for child in children_of(tok):
        dep = child.dep
        if dep in AUXILIARIES:
            word = child.lower_
            if word in FUTURE_AUX or (word == "would" and _in_reported_clause(tok, speech)):
                return "future"
            if word in HYPOTHETICAL_AUX:
                return "hypothetical"
        if dep == MARK and child.lower_ in CONDITIONAL_MARKS:
            return "hypothetical"
        if hedges and dep == ADVMOD and child.lower_ in HEDGE_ADVERBS:
            return "hypothetical"  # "were probably carried out by Israel"
        if hedges and dep == ADVMOD and child.lower_ in CLAIM_ADVERBS:
            return "claimed"  # "allegedly fired on the crowd"
        if dep == MARK and child.lower_ in AWAITED_MARKS and tok.dep == ADVCL and \
                (tok.tag in (VBZ, VBP) or _own_modality(tok.head, speech) is not None):
            return "hypothetical"
        if dep == MARK and child.lower_ in FUTURE_MARKS and tok.tag in (VBZ, VBP):
            return "future"
        if dep == MARK and tok.dep == ADVCL and tok.head is not tok and (
                child.lower_ in LATER_MARKS and tok.tag == VBD or
                child.lower_ in AFTER_MARKS and tok.tag in (VBD, VBZ, VBP)) and any(
                    c.dep == AUX and c.lower_ in TO_COME for c in children_of(tok.head)):
            return "future"  # "would resume only after Washington lifts sanctions"
    return None


def _question(verb: Token) -> bool:
    """'Will Beijing retaliate?', 'Did Iranian drones strike the tanker?': a yes-no question,
    its auxiliary before its subject, in a sentence that ends in a question mark."""
    if not span_text(sentence_of(verb)).rstrip().rstrip('"\u201d\'').endswith("?"):
        return False
    children = list(children_of(verb))
    subject = next((c for c in children if c.dep in (NSUBJ, NSUBJPASS, EXPL)), None)
    return subject is not None and any(
        c.dep in (AUX, AUXPASS) and c.i < subject.left_edge.i for c in children)


def _characterised(tok: Token) -> bool:
    """'condemned what it called a US invasion', 'described the arrest as a hostage-taking':
    the name a speaker puts on an act, not an act the text reports."""
    head = tok.head
    if head.lemma_.lower() in CHARACTERISING and tok.dep in (OPRD, ATTR, XCOMP, DOBJ) \
            and any(c.dep == DOBJ and c.lower_ == "what" and c is not tok
                    for c in children_of(head)):
        return True
    return tok.dep == POBJ and head.lower_ == "as" and \
        head.head.lemma_.lower() in CHARACTERISING - {"call"}


PURPOSE_DEPS = (ADVCL, ACL)  # how a purpose clause hangs from its act


def purpose(tok: Token) -> bool:
    """'met ... to sign an agreement', 'sent a delegation to express solidarity': an act done
    for the sake of another, which the text does not say was done."""
    return tok.dep in PURPOSE_DEPS and tok.tag == VB and with_to(tok)


# the times an ultimatum gives: "seven days to cut prices", "until the end of the month to hand
# over the militants"
GIVEN_TIMES = frozenset({"hour", "day", "week", "month", "year", "deadline"})


def _time_to_act(tok: Token) -> bool:
    """'gave Ruto seven days to cut food prices or face protests': what the time is given
    for is demanded, not done."""
    head = tok.head
    return tok.dep == RELCL and tok.tag == VB and \
        (head.lemma_.lower() in GIVEN_TIMES or head.ent_type_ == "DATE") and with_to(tok)


def _gerund_object(tok: Token) -> bool:
    """A gerund straight after a verb of wanting or intending that has no object of its own:
    what is wanted, parsed as a clause of manner."""
    head = tok.head
    between = tok.doc[head.i + 1: tok.i]
    return tok.tag == VBG and head.lemma_.lower() in INTENT_OR_WISH and \
        not any(c.dep == DOBJ for c in children_of(head)) and \
        all(t.dep == PRT or t.is_space for t in between)


def _mood_of_governor(tok: Token, speech: frozenset[str]) -> str | None:
    """The future or hypothetical mood of the verb a phrase hangs from, looking through
    the gerunds and infinitives below it ('would decide on attending after ...')."""
    for _ in range(4):
        mood = _own_modality(tok, speech) if part_of_speech(tok) in ("VERB", "AUX") else None
        if mood is not None or tok.dep not in (PCOMP, XCOMP, PREP):
            return mood
        tok = tok.head
    return None


def _claimed_of_others(clause: Token) -> bool:
    """'Media claimed that Croatian intelligence was financing the protests': what a side
    claims others did is its allegation; its account of its own acts ('claimed that its
    forces had taken the town') is not."""
    if clause.dep != CCOMP or clause.head.lemma_.lower() != "claim":
        return False
    subjects = [c for c in children_of(clause) if c.dep in (NSUBJ, NSUBJPASS)]
    return bool(subjects) and not any(
        part_of_speech(t) == "PRON" and t.dep in (NSUBJ, NSUBJPASS, POSS) for s in subjects
        for t in subtree_of(s))


def _instead(prep: Token) -> bool:
    """'instead of', 'rather than', 'in lieu of': what follows was not done."""
    return (prep.lower_ == "of" and any(c.lower_ == "instead" for c in children_of(prep))) or \
        (prep.lower_ == "than" and any(c.lower_ == "rather" for c in children_of(prep))) or \
        (prep.lower_ == "of" and prep.head.lower_ == "lieu")


def _motive(tok: Token) -> bool:
    if tok.dep != POBJ:
        return False
    head = tok.head
    return head.lower_ == "in" and tok.lemma_.lower() in MOTIVES and \
        tok.tag == NN and not any(c.dep in (DET, POSS) for c in children_of(tok)) and \
        head.head.lemma_.lower() not in PARTAKING


def obligation(tok: Token) -> bool:
    """'China must drop barriers', 'the US should match', 'demanded that the US cancel':
    a demand on the clause's subject."""
    if is_negated(tok):
        return False
    return any(c.dep == AUX and c.lower_ in ("must", "should") for c in children_of(tok)) \
        or _subjunctive(tok)


def _subjunctive(tok: Token) -> bool:
    """'(demanded) that Israel ease restrictions': a base-form verb after 'that' with a
    subject of its own and no auxiliary, the mood of demands."""
    if tok.tag != VB:
        return False
    children = list(children_of(tok))
    return any(c.dep == MARK and c.lower_ == "that" for c in children) and \
        any(c.dep in SUBJECTS for c in children) and \
        not any(c.dep in AUXILIARIES for c in children)


@dataclass(slots=True)
class _Reading:
    """What the walk up from a trigger has read of its act so far. Each case of the walk
    below sets on it what it reads and says whether it applied."""

    negated: bool = False
    mood: str | None = None
    cause: str | None = None  # as Modality.cause


@dataclass(frozen=True, slots=True)
class _Step:
    """A word on the walk up from a trigger: the word, its governor with the governor's
    lemma, and the relation between the two as the walk reads it."""

    tok: Token
    head: Token
    lemma: str  # the governor's, lower-cased
    dep: str
    speech: frozenset[str]


def modality_of(trigger: Token, speech: frozenset[str]) -> Modality:
    """What the trigger's own words say of its act, then what each governor up the parse
    says of it, until a mood is found or a case ends the walk."""
    reading = _own_reading(trigger, speech)
    tok = trigger
    while reading.mood is None and tok.dep != ROOT and not across_semicolon(tok) and \
            not _charge_gainsaid(tok):
        step = _Step(tok, tok.head, tok.head.lemma_.lower(), _relation(tok), speech)
        if step.dep == "conj":
            tok = _conjoined_governor(step)
            continue
        if _hedged(step, reading) or _denied_here(step, reading) or \
                _spoken_of(step, reading) or _circumstance(step, reading):
            break
        if step.dep == "acl" and tok.tag == VBG and step.lemma in DOCUMENTS:
            tok = step.head  # "(failed to adopt) a resolution demanding": as real as the document
            continue
        if step.dep == "xcomp" and any(c.lower_ == "yet" for c in children_of(step.head)):
            reading.negated = True  # "has yet to approve"
        if not _governed(step, reading) and _clause_of_its_own(step):
            break
        if reading.mood is None:
            _climb(step, reading)
            tok = step.head
    if reading.mood in (None, "future", "hypothetical") and _question(clause_verb(trigger)):
        # a yes-no question asks whether it happened
        reading.mood, reading.cause = "hypothetical", "question"
    if reading.mood is None and _infinitive(trigger):
        reading.mood = "future"  # "Russia to expel diplomats" (a headline), or "to stop" cut off
    return Modality("negated" if reading.negated else "positive", reading.mood or "actual",
                    reading.cause)


def _charge_gainsaid(tok: Token) -> bool:
    """'Warsaw accused Belarusian forces of hurling grenades, a charge Minsk denied', parsed
    with the accusation as what Minsk denied: what is denied is the charge, the verb's own
    object, and the clause before it stands on its own; so does the denial, which the charge
    does not make a claim ('a claim New Delhi rejected')."""
    head = tok.head
    if tok.dep == RELCL:
        return tok.lemma_.lower() in GAINSAYING and head.lemma_.lower() in DISMISSED
    return tok.dep == CCOMP and tok.i < head.i and head.lemma_.lower() in GAINSAYING and \
        any(c.dep == DOBJ and tok.i < c.i < head.i and c.lemma_.lower() in DISMISSED
            for c in children_of(head))


def _own_reading(trigger: Token, speech: frozenset[str]) -> _Reading:
    """What the trigger's own words say: a negation, an auxiliary or a mark, a name a speaker
    puts on it, 'any', a modifier ('a planned visit', 'an alleged attack')."""
    # "held no talks", "no arrests were made", "no one was detained": the object says no
    negated = after_nor(trigger) or or_after_not(trigger) or \
        any(negates(c) or no_subject(c) or c.dep == DOBJ and
            (is_negated(c) or c.lower_ in NOBODY) for c in children_of(trigger))
    mood = "wished" if _subjunctive(trigger) else _own_modality(trigger, speech)
    if mood is None and _characterised(trigger):
        mood = "claimed"  # "what it called an invasion": the speaker's name for it
    if mood is None and _any(trigger):
        mood = "hypothetical"  # "would respond to any attack", "any intervention in Niger"
    unreal = _unrealised(trigger) if mood is None else None
    if unreal == "claimed":
        mood = "claimed"
    elif unreal is not None:
        mood, negated = "intended", negated or unreal == "called off"
    return _Reading(negated, mood, "will" if mood == "future" else None)


def _relation(tok: Token) -> str:
    """A word's relation to its governor as the walk reads it: an intent or a want that the
    parser took for a clause of purpose or manner is what is intended or wanted."""
    dep = tok.dep_
    if dep == "advcl" and tok.tag == VB and tok.head.lemma_.lower() in INTENT_OR_BIDDING:
        return "xcomp"  # "have sworn to fight", parsed as a purpose clause
    if dep == "advcl" and _gerund_object(tok):
        return "xcomp"  # "had not ruled out sending troops", "considered imposing"
    return dep


def _conjoined_governor(step: _Step) -> Token:
    """Where the walk goes on from a conjunct: 'halting X and rejecting Y', Y shares X's
    governor; 'deny engineering the crisis and accuse the EU' is a second clause of the
    subject's, not a second thing denied; a verb in the past joined to an infinitive, the
    verb above it (`joined_to`)."""
    head = step.head
    if head.tag == VBG and step.tok.tag in (VB, VBP, VBZ, VBD) and head.dep in (XCOMP, PCOMP):
        return head.head
    return joined_to(step.tok)


def _hedged(step: _Step, reading: _Reading) -> bool:
    """'Appears to have seized', 'seemed to be massing', 'an invasion of Taiwan was unlikely
    this year': a guess, not a report."""
    if step.dep == "xcomp" and step.lemma in HEDGES or \
            step.dep in ("nsubj", "nsubjpass") and any(
                c.dep == ACOMP and c.lemma_.lower() in MAYBE for c in children_of(step.head)):
        reading.mood = "hypothetical"
        return True
    return False


def _denied_here(step: _Step, reading: _Reading) -> bool:
    """A governor that says the act was not done, or denies having a part in it."""
    if _not_done(step):
        reading.negated = True
        return True
    if step.lemma in DENY and step.dep == "prep" and \
            step.tok.lower_ in ("in", "for", "behind") and any(
                c.dep == DOBJ and c.lemma_.lower() in PART for c in children_of(step.head)):
        reading.negated = not reading.negated  # "denied any role in the attack"
        return True
    return False


def _not_done(step: _Step) -> bool:
    tok, head, lemma, dep = step.tok, step.head, step.lemma, step.dep
    return (
        # "sent envoys instead of imposing sanctions", "left without signing the agreement",
        # "ended without a deal"
        dep in ("pobj", "pcomp") and (_instead(head) or head.lower_ == "without")
        # "there was nothing to discuss", "no reason to attack"
        or dep in ("relcl", "acl") and tok.tag == VB and
        (head.lower_ in NOBODY or is_negated(head)) and
        with_to(tok)
        # "there was no evidence that Rwanda had supplied weapons"
        or dep in ("acl", "ccomp") and part_of_speech(head) == "NOUN" and lemma in EVIDENCE
        and is_negated(head)
        # "a ceasefire failed to materialise"
        or dep == "nsubj" and lemma in FAIL and
        any(c.dep == XCOMP and c.lemma_.lower() in OCCUR for c in children_of(head)))


def _spoken_of(step: _Step, reading: _Reading) -> bool:
    """An act that words are about: commented on, reported and answered, thanked for."""
    tok, head, dep = step.tok, step.head, step.dep
    if dep == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in COMMENTING:
        reading.mood = "topic"  # "did not comment on the strike in Yemen"
        return True
    if dep in ("acl", "ccomp") and any(c.dep == MARK and c.lower_ == "that"
                                       for c in children_of(tok)) and _unconfirmed(head):
        reading.mood = "claimed"  # "declined to comment on reports that ... had raided a camp"
        reading.negated = reading.negated or step.lemma == "deny"
        return True
    if dep == "pobj" and head.lower_ == "for" and part_of_speech(tok) == "NOUN" and \
            head.head.lemma_.lower() in GRATITUDE:
        reading.mood = "topic"  # "thanked China for its assistance": what the thanks are for
        return True
    return False


def _circumstance(step: _Step, reading: _Reading) -> bool:
    """A phrase that gives the act as a motive, a condition or a circumstance of another."""
    tok, head, dep = step.tok, step.head, step.dep
    if _motive(tok):
        reading.mood = "intended"  # "recalled its ambassador in protest"
        return True
    if dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ("event", "case"):
        reading.mood = "hypothetical"  # "in the event of a Russian invasion"
        return True
    if dep == "pobj" and head.lower_ in CIRCUMSTANCES:
        # "agreed to a ceasefire after two days of fighting": the fighting was real;
        # "will decide after a meeting of its executive": the meeting is to come
        if head.lower_ in ("after", "following"):
            reading.mood = _mood_of_governor(head.head, step.speech)
        return True
    return False


def _governed(step: _Step, reading: _Reading) -> bool:
    """What the governor says of the act it governs, if one of its cases applies (the first
    that does)."""
    return _refused(step, reading) or _intended_or_claimed(step, reading) or \
        _hypothetical(step, reading) or _topic(step, reading) or \
        _noun_of_mood(step, reading) or _intended_by(step, reading) or \
        _unconfirmable(step, reading) or _planned(step, reading) or \
        _supposed_subject(step, reading) or _supposed_outcome(step, reading) or \
        _nominal(step, reading) or _in_a_condition(step, reading)


def _in_a_condition(step: _Step, reading: _Reading) -> bool:
    """'If the unions go ahead with a general strike': an act named in a phrase on the verb
    of a condition is only supposed."""
    verb = step.head.head
    if step.dep != "pobj" or part_of_speech(verb) not in ("VERB", "AUX") or not any(
            c.dep == MARK and c.lower_ in CONDITIONAL_MARKS for c in children_of(verb)):
        return False
    reading.mood = "hypothetical"
    return True


def _refused(step: _Step, reading: _Reading) -> bool:
    """A verb that denies, fails, refuses or stops short of the act below it."""
    tok, lemma, dep = step.tok, step.lemma, step.dep
    if lemma in DENY and dep in ("xcomp", "ccomp", "dobj", "pcomp"):
        reading.negated = not reading.negated
        return True
    if lemma == "short" and step.head.head.lemma_.lower() in SHORT_OF and \
            dep in ("prep", "pcomp"):
        reading.negated = not reading.negated  # "stopped short of suspending"
        reading.mood = "intended"
        reading.cause = step.head.head.lemma_.lower()
        return True
    if lemma in STOPPING and dep == "xcomp" and tok.tag == VBG:
        reading.negated = not reading.negated  # "has stopped sharing data": no longer
        reading.cause = lemma
        return True
    if lemma in FAIL and (dep in ("xcomp", "pcomp") or (dep == "prep" and tok.lower_ == "from")):
        reading.negated = not reading.negated
        reading.mood = "intended" if lemma != "fail" else None
        reading.cause = lemma
        return True
    return False


def _intended_or_claimed(step: _Step, reading: _Reading) -> bool:
    """An act done for the sake of another ('met to sign an agreement'), or what one side
    claims of another ('accused Jordan of carrying out the raid', 'allegations of ...')."""
    if purpose(step.tok) and part_of_speech(step.head) in ("VERB", "AUX", "NOUN") or \
            _time_to_act(step.tok):
        reading.mood = "intended"
        reading.cause = None
        return True
    if (step.lemma in CLAIM_VERBS and step.dep in ("prep", "pcomp", "pobj", "ccomp")) or \
            (part_of_speech(step.head) == "NOUN" and step.lemma in CLAIM_NOUNS) or \
            _claimed_of_others(step.tok):
        reading.mood = "claimed"
        return True
    return False


def _hypothetical(step: _Step, reading: _Reading) -> bool:
    """'Depends on Tunisia reaching an agreement', 'Japan is unlikely to sanction China',
    'warned of military action', 'threatened war', 'simulating strikes': a condition, a
    guess, a warning, a drill."""
    lemma, dep = step.lemma, step.dep
    if lemma in CONDITION_VERBS and dep in ("prep", "pcomp", "pobj", "nsubj") or \
            lemma == "unlikely" and dep == "xcomp" or \
            lemma in WARNING_VERBS and dep in ("pobj", "prep", "dobj", "pcomp") or \
            lemma in ACTING_OUT and dep == "dobj":
        reading.mood = "hypothetical"
        return True
    return False


def _topic(step: _Step, reading: _Reading) -> bool:
    """What the talks, the inquiry, the sorrow are about ('talks on an IMF loan'), and the
    heads of a charge ('an FIR under sections relating to rioting')."""
    if part_of_speech(step.head) == "NOUN" and step.lemma in TOPIC_NOUNS and \
            step.dep == "prep" and step.tok.lower_ in TOPIC_PREPS or \
            step.lemma in ABOUT_VERBS and step.dep == "prep" and step.tok.lower_ == "to":
        reading.mood = "topic"
        return True
    return False


def _noun_of_mood(step: _Step, reading: _Reading) -> bool:
    """'The threat of a clash', 'a call for talks': a noun under which an act is only
    possible or wished for ('no intention of attacking' is no wish either)."""
    if part_of_speech(step.head) != "NOUN":
        return False
    if step.lemma in HYPOTHETICAL_NOUNS:
        reading.mood = "hypothetical"
    elif step.lemma in WISH_NOUNS:
        reading.mood = "wished"
    else:
        return False
    reading.negated = reading.negated or is_negated(step.head)
    return True


def _intended_by(step: _Step, reading: _Reading) -> bool:
    """'Planned to attack', 'ready to talk', 'open to a truce', 'called for a ceasefire': a
    verb or an adjective of intent or want over the act ('to resolve their differences
    through dialogue': the means are no intent of their own)."""
    tok, head, lemma, dep = step.tok, step.head, step.lemma, step.dep
    if not ((dep in INTENT_DEPS and
             (lemma in INTENT or lemma == "open" and part_of_speech(head) == "ADJ"))
            or (dep in WISH_DEPS and lemma in WISH and not _says_what_is(step))
            or (dep == "xcomp" and lemma in BIDDING_BY_INFINITIVE)) or \
            (dep == "prep" and tok.lower_ in MEANS):
        return False
    wished = lemma in WISH or lemma in BIDDING_BY_INFINITIVE
    reading.mood = "wished" if wished and lemma not in INTENT else "intended"
    reading.cause = lemma
    reading.negated = reading.negated or is_negated(head)
    return True


def _says_what_is(step: _Step) -> bool:
    """'Insisted (that) its troops are on Chinese soil', 'insisted it had not expelled
    anyone': a clause in the indicative under a wish that also reports is a claim of fact,
    reported as speech is; 'insisted that Armenia must first amend' and 'insisted that the
    troops withdraw' are wishes."""
    if step.lemma not in REPORTING_WISHES or step.dep != "ccomp":
        return False
    clause = step.tok
    auxiliaries = [c.lower_ for c in children_of(clause) if c.dep in AUXILIARIES]
    if auxiliaries:
        return auxiliaries[0] in INDICATIVE_AUX
    return clause.tag in (VBZ, VBP, VBD)


def _unconfirmable(step: _Step, reading: _Reading) -> bool:
    """'Refused to confirm that drones had struck the tanker', 'could not verify that ...'."""
    head = step.head
    if step.dep == "ccomp" and step.lemma in CONFIRMING and (is_negated(head) or (
            head.dep == XCOMP and head.head.lemma_.lower() in FAIL)):
        reading.mood = "hypothetical"
        return True
    return False


def _planned(step: _Step, reading: _Reading) -> bool:
    """A nominal act put on a calendar, taken off it or only weighed: 'talks are scheduled
    for Thursday', 'is planned for May', 'the summit was postponed', 'considering
    sanctions', 'a swap was being explored'."""
    tok, head, lemma, dep = step.tok, step.head, step.lemma, step.dep
    if dep == "nsubjpass" and part_of_speech(tok) == "NOUN" and (
            lemma in CALENDAR or lemma in PLANNED_FOR and _for_a_day(head) or
            lemma in PUT_OFF or lemma in ("put", "call") and
            any(c.dep == PRT and c.lower_ == "off" for c in children_of(head))):
        reading.mood = "intended"
    elif dep in ("dobj", "nsubjpass") and lemma in WEIGHING and \
            part_of_speech(tok) == "NOUN" and part_of_speech(head) == "VERB":
        reading.mood = "intended"
        reading.cause = lemma
    elif lemma == "be" and dep == "xcomp" and tok.tag == VB and \
            any(c.lower_ == "to" for c in children_of(tok)):
        reading.mood = "future"  # "the commission is to meet in January"
        reading.cause = "be to"
    else:
        return False
    reading.negated = reading.negated or is_negated(head)
    return True


def _nominal(step: _Step, reading: _Reading) -> bool:
    """'Will not hold talks': the verb that carries a nominal act sets its mood; 'talks
    have yet to take place' did not happen."""
    head, dep = step.head, step.dep
    if dep == "nsubj" and _yet_to_occur(head):
        reading.negated = True
        reading.mood = "intended"
        return True
    if not (dep in ("dobj", "nsubjpass", "attr") or (dep == "nsubj" and step.lemma in OCCUR)) \
            or part_of_speech(head) not in ("VERB", "AUX"):
        return False
    reading.negated = reading.negated or is_negated(head)
    # "probably carried out the strikes", "were probably carried out by Israel": the hedge
    # is on the act; "the shelling was probably aimed at ...": on its aim
    hedges = dep == "dobj" or any(c.dep == AGENT for c in children_of(head))
    reading.mood = _own_modality(head, step.speech, hedges)
    reading.cause = "will" if reading.mood == "future" else None
    return True


def _yet_to_occur(verb: Token) -> bool:
    """'have yet to take place', 'is yet to begin'."""
    return verb.lemma_.lower() in ("have", "be") and \
        any(c.dep == ADVMOD and c.lower_ == "yet" for c in children_of(verb)) and \
        any(c.dep == XCOMP and c.lemma_.lower() in OCCUR for c in children_of(verb))


def _supposed_subject(step: _Step, reading: _Reading) -> bool:
    """'A war between India and Pakistan would devastate the region', 'EU sanctions on Georgia
    would follow any crackdown': an act named without 'the' or an owner, as the subject of
    what could or will be, is only supposed ('the strikes could widen the war' were made)."""
    tok = step.tok
    if step.dep != "nsubj" or part_of_speech(tok) != "NOUN" or step.lemma in OCCUR or \
            any(c.dep == POSS or c.dep == DET and c.lower_ not in INDEFINITE
                for c in children_of(tok)):
        return False
    if not _yet_to_be(step):
        return False
    reading.negated = reading.negated or is_negated(step.head)
    reading.mood = "hypothetical"
    return True


def _supposed_outcome(step: _Step, reading: _Reading) -> bool:
    """'A blockade could lead to war', 'would drag the region into a wider war': what could
    or will come of something is only supposed."""
    if step.dep != "prep" or step.tok.lower_ not in ("to", "into") or \
            step.lemma not in OUTCOMES:
        return False
    if not _yet_to_be(step):
        return False
    reading.mood = "hypothetical"
    return True


def _yet_to_be(step: _Step) -> bool:
    """The governing verb tells what could or will be ('would devastate', 'could lead')."""
    return _own_modality(step.head, step.speech, hedges=False) in ("future", "hypothetical")


def _clause_of_its_own(step: _Step) -> bool:
    """Reported speech ('X said Y attacked Z'), or a clause that tells an act of its own ('the
    refugees ..., a group protested'): the act below stands on its own."""
    dep = step.dep
    return dep == "ccomp" and step.lemma in step.speech or \
        (dep in ("advcl", "relcl") or (dep == "acl" and step.tok.tag != VB)) and \
        _own_modality(step.tok) is None


def _climb(step: _Step, reading: _Reading) -> None:
    """An act in the complement of a verb or an adjective takes the governor's negation and
    mood ('did not want to', 'will try to')."""
    if part_of_speech(step.head) in ("VERB", "AUX", "ADJ") and \
            step.dep in ("xcomp", "acomp", "ccomp"):
        reading.negated = reading.negated or is_negated(step.head)
        reading.mood = _own_modality(step.head, step.speech)
        reading.cause = "will" if reading.mood == "future" else reading.cause


def _infinitive(verb: Token) -> bool:
    """'to stop' as a sentence's root: a verb that reports no act done, only one to be."""
    return verb.dep == ROOT and verb.tag == VB and with_to(verb)


def clause_verb(tok: Token) -> Token:
    """The verb of the clause a word is in (itself, if a verb)."""
    for _ in range(6):
        if part_of_speech(tok) in ("VERB", "AUX") or tok.dep == ROOT:
            return tok
        tok = tok.head
    return tok


def _unconfirmed(noun: Token) -> bool:
    """'reports' that somebody answers: comments on, denies, will not confirm."""
    if part_of_speech(noun) != "NOUN" or noun.lemma_.lower() not in UNCONFIRMED:
        return False
    governor = noun.head
    if noun.dep == POBJ:
        governor = governor.head
    return governor.lemma_.lower() in ANSWERING_REPORTS


def _for_a_day(verb: Token) -> bool:
    """'planned for next month', 'expected for Thursday', 'proposed for March': a day to come."""
    return any(c.dep == PREP and c.lower_ == "for" and any(
        t.lower_ in ("next", "later", "tomorrow") or
        t.ent_type_ == "DATE" and part_of_speech(t) == "PROPN"
        for o in children_of(c) for t in o.subtree) for c in children_of(verb))
