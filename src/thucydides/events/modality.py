"""Whether the text reports an event as having happened.

Walks from the trigger up the dependency tree and reads negation, modal and
future auxiliaries, conditionals, and the verbs and nouns an event hangs from
("intends to", "called for", "the threat of"). Reported speech is no barrier:
"X said Y attacked Z" reports an attack.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

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
    NEG,
    NN,
    NSUBJ,
    NSUBJPASS,
    OPRD,
    PCOMP,
    POBJ,
    POSS,
    PRECONJ,
    PREP,
    PRT,
    ROOT,
    SUBJECTS,
    VB,
    VBD,
    VBG,
    VBP,
    VBZ,
    XCOMP,
)
from ..nlp.parse import children_of, part_of_speech, sentence_of, span_text, subtree_of

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should", "must", "can", "ca"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
NEGATORS = frozenset({"no", "never", "neither", "nor", "without"})
NOBODY = frozenset({"none", "nobody", "noone", "nothing"})
# the governing verb (or adjective) says the embedded act is not (yet) real
INTENT = frozenset({"intend", "plan", "prepare", "decide", "agree", "promise", "pledge", "vow",
                    "offer", "threaten", "aim", "seek", "expect", "propose", "ready", "willing",
                    "prepared", "determined", "set", "mean", "going", "commit", "consider",
                    "schedule", "due", "poised", "poise", "slate", "likely", "swear", "resolve"})
WISH = frozenset({"want", "wish", "hope", "desire", "call", "urge", "demand", "ask", "appeal",
                  "request", "press", "push", "insist", "seek", "need", "require", "order",
                  "invite", "encourage", "advise", "recommend", "lobby", "reject", "oppose",
                  "refuse", "resist", "veto", "rule", "avoid", "prevent", "block",
                  "postpone", "delay", "cancel", "forestall", "thwart", "foil", "avert"})
INTENT_OR_WISH = INTENT | WISH  # joined once
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
ALLEGED = frozenset({"allege", "alleged", "purported", "supposed", "rumoured", "rumored"})
CALLED_OFF = frozenset({"cancel", "cancelled", "canceled", "postpone", "postponed", "abort",
                        "aborted", "scrap", "scrapped", "shelve", "shelved"})
# what is said of an act that has not happened: "an invasion was unlikely"
MAYBE = frozenset({"unlikely", "likely", "possible", "probable", "imminent", "inevitable",
                   "expected", "conceivable", "impossible"})
# nouns that, with "no", say a clause on them did not happen: "no evidence that Rwanda ..."
EVIDENCE = frozenset({"evidence", "sign", "indication", "proof", "trace", "record"})
DENY = frozenset({"deny", "refute", "dismiss"})
# what one denies having in an act: "denied any role in the attack"
PART = frozenset({"role", "involvement", "part", "responsibility", "hand", "link",
                  "knowledge", "complicity", "participation"})
FAIL = frozenset({"fail", "refuse", "decline", "refrain", "abstain"})
# "stopped short of suspending", "fell short of recognising": the act was not done
SHORT_OF = frozenset({"stop", "fall"})
# verbs that say whether a nominal event happened at all ("the talks never took place",
# "the strike will go ahead")
OCCUR = frozenset({"happen", "occur", "take", "materialise", "materialize", "proceed", "go",
                   "resume", "start", "begin"})
# nouns under which an act is only possible or wished for ("the threat of a clash")
HYPOTHETICAL_NOUNS = frozenset({"threat", "risk", "danger", "possibility", "prospect", "fear",
                                "spectre", "specter", "chance", "likelihood", "scenario"})
WARNING_VERBS = frozenset({"warn", "threaten", "risk", "fear", "caution"})
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


def _negated(tok: Token) -> bool:
    """'did not sign', and 'neither side has signed', 'no country has signed', 'nobody
    signed': a verb negated itself or through its subject."""
    return any(_negates(c) or _no_subject(c) for c in children_of(tok))


def _no_subject(child: Token) -> bool:
    """'Neither Sudan's army nor the RSF', 'no country', 'nobody': a subject that says none."""
    if child.dep not in SUBJECTS:
        return False
    first = child.left_edge
    return child.lower_ in NOBODY or _neither(child) or \
        (first.lower_ in ("no", "neither") and first.dep in (DET, PRECONJ))


def _negates(child: Token) -> bool:
    """'not', 'never', 'no', 'no longer': a word that negates the word it hangs from."""
    dep = child.dep
    return dep == NEG or (dep == DET and child.lower_ in NEGATORS) or \
        (dep == ADVMOD and child.lower_ in ("longer", "more") and
         any(g.lower_ == "no" for g in children_of(child)))


def _neither(subject: Token) -> bool:
    """'Neither Russia nor Ukraine has attacked the plant'."""
    return subject.dep in SUBJECTS and \
        any(c.dep == PRECONJ and c.lower_ == "neither" for c in children_of(subject))


def _unrealised(noun: Token) -> str | None:
    """'a planned visit', 'the proposed sanctions', 'an alleged attack', 'the cancelled
    talks': what the modifier says of the act (None: nothing)."""
    if part_of_speech(noun) != "NOUN":
        return None
    for child in children_of(noun):
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
    return tok.dep in PURPOSE_DEPS and tok.tag == VB and \
        any(c.dep == AUX and c.lower_ == "to" for c in children_of(tok))


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
    if _negated(tok):
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


def modality_of(trigger: Token, speech: frozenset[str]) -> Modality:
    # "held no talks", "no arrests were made", "no one was detained": the object says no
    negated = any(_negates(c) or _no_subject(c) or c.dep == DOBJ and
                  (_negated(c) or c.lower_ in NOBODY) for c in children_of(trigger))
    mood = "wished" if _subjunctive(trigger) else _own_modality(trigger, speech)
    if mood is None and _characterised(trigger):
        mood = "claimed"  # "what it called an invasion": the speaker's name for it
    if mood is None and _any(trigger):
        mood = "hypothetical"  # "would respond to any attack", "any intervention in Niger"
    unreal = _unrealised(trigger)
    if mood is None and unreal is not None:
        mood, negated = ("claimed", negated) if unreal == "claimed" else \
            ("intended", negated or unreal == "called off")
    cause = "will" if mood == "future" else None
    tok = trigger
    while mood is None and tok.dep != ROOT:
        head = tok.head
        lemma = head.lemma_.lower()
        dep = tok.dep_
        if dep == "advcl" and tok.tag == VB and lemma in INTENT_OR_BIDDING:
            dep = "xcomp"  # "have sworn to fight", parsed as a purpose clause
        if dep == "advcl" and _gerund_object(tok):
            dep = "xcomp"  # "had not ruled out sending troops", "considered imposing"
        if dep == "conj" and head.tag == VBG and tok.tag in (VB, VBP, VBZ, VBD) \
                and head.dep in (XCOMP, PCOMP):
            tok = head.head  # "deny engineering the crisis and accuse the EU": a second
            continue  # clause of the subject's, not a second thing denied
        if dep == "conj":  # "halting X and rejecting Y": Y shares X's governor
            tok = head
            continue
        if _motive(tok):
            mood = "intended"
            break
        if dep in ("pobj", "pcomp") and _instead(head):
            negated = True  # "sent envoys instead of imposing sanctions"
            break
        if dep in ("relcl", "acl") and tok.tag == VB and (
                head.lower_ in NOBODY or _negated(head)) and \
                any(c.dep == AUX and c.lower_ == "to" for c in children_of(tok)):
            negated = True  # "there was nothing to discuss", "no reason to attack"
            break
        if dep == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in COMMENTING:
            mood = "topic"  # "did not comment on the strike in Yemen"
            break
        if dep in ("pobj", "pcomp") and head.lower_ == "without":
            negated = True  # "left without signing the agreement", "ended without a deal"
            break
        if dep == "xcomp" and lemma in HEDGES:
            mood = "hypothetical"  # "appears to have seized", "seemed to be massing"
            break
        if dep in ("acl", "ccomp") and any(c.dep == MARK and c.lower_ == "that"
                                           for c in children_of(tok)) and _unconfirmed(head):
            mood = "claimed"  # "declined to comment on reports that ... had raided a camp"
            negated = negated or lemma == "deny"
            break
        if dep == "acl" and tok.tag == VBG and head.lemma_.lower() in DOCUMENTS:
            tok = head  # "(failed to adopt) a resolution demanding": as real as the document
            continue
        if dep == "pobj" and head.lower_ == "for" and part_of_speech(tok) == "NOUN" and \
                head.head.lemma_.lower() in GRATITUDE:
            mood = "topic"  # "thanked China for its assistance": what the thanks are for
            break
        if dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ("event", "case"):
            mood = "hypothetical"  # "in the event of a Russian invasion"
            break
        if dep == "pobj" and head.lower_ in CIRCUMSTANCES:
            # "agreed to a ceasefire after two days of fighting": the fighting was real;
            # "will decide after a meeting of its executive": the meeting is to come
            if head.lower_ in ("after", "following"):
                mood = _mood_of_governor(head.head, speech)
            break
        if dep == "xcomp" and any(c.lower_ == "yet" for c in children_of(head)):
            negated = True  # "has yet to approve"
        if dep in ("nsubj", "nsubjpass") and any(
                c.dep == ACOMP and c.lemma_.lower() in MAYBE for c in children_of(head)):
            mood = "hypothetical"  # "an invasion of Taiwan was unlikely this year"
            break
        if dep in ("acl", "ccomp") and part_of_speech(head) == "NOUN" and \
                head.lemma_.lower() in EVIDENCE and _negated(head):
            negated = True  # "there was no evidence that Rwanda had supplied weapons"
            break
        if dep == "nsubj" and lemma in FAIL and any(
                c.dep == XCOMP and c.lemma_.lower() in OCCUR for c in children_of(head)):
            negated = True  # "a ceasefire failed to materialise"
            break
        if lemma in DENY and dep == "prep" and tok.lower_ in ("in", "for", "behind") and any(
                c.dep == DOBJ and c.lemma_.lower() in PART for c in children_of(head)):
            negated = not negated  # "denied any role in the attack"
            break
        if lemma in DENY and dep in ("xcomp", "ccomp", "dobj", "pcomp"):
            negated = not negated
        elif purpose(tok) and part_of_speech(head) in ("VERB", "AUX", "NOUN"):
            mood = "intended"
            cause = None
        elif (lemma in CLAIM_VERBS and dep in ("prep", "pcomp", "pobj", "ccomp")) or \
                (part_of_speech(head) == "NOUN" and lemma in CLAIM_NOUNS) or \
                _claimed_of_others(tok):
            mood = "claimed"
        elif lemma in CONDITION_VERBS and dep in ("prep", "pcomp", "pobj", "nsubj"):
            mood = "hypothetical"  # "... reaching an agreement", "loans depend on ..."
        elif lemma == "short" and head.head.lemma_.lower() in SHORT_OF and dep in ("prep", "pcomp"):
            negated = not negated
            mood = "intended"
            cause = head.head.lemma_.lower()
        elif lemma == "unlikely" and dep == "xcomp":
            mood = "hypothetical"  # "Japan is unlikely to sanction China"
        elif lemma in FAIL and (dep in ("xcomp", "pcomp") or
                                (dep == "prep" and tok.lower_ == "from")):
            negated = not negated
            mood = "intended" if lemma != "fail" else None
            cause = lemma
        elif lemma in WARNING_VERBS and dep in ("pobj", "prep", "dobj", "pcomp"):
            mood = "hypothetical"  # "warned of military action", "threatened war"
        elif part_of_speech(head) == "NOUN" and lemma in TOPIC_NOUNS and dep == "prep" and \
                tok.lower_ in TOPIC_PREPS:
            mood = "topic"  # what the talks, the inquiry, the sorrow are about
        elif lemma in ABOUT_VERBS and dep == "prep" and tok.lower_ == "to":
            mood = "topic"  # "an FIR under sections relating to rioting"
        elif part_of_speech(head) == "NOUN" and lemma in HYPOTHETICAL_NOUNS:
            mood = "hypothetical"
            negated = negated or _negated(head)
        elif part_of_speech(head) == "NOUN" and lemma in WISH_NOUNS:
            mood = "wished"  # "no intention of attacking" is no wish either
            negated = negated or _negated(head)
        elif ((dep in INTENT_DEPS and
               (lemma in INTENT or lemma == "open" and part_of_speech(head) == "ADJ"))
              or (dep in WISH_DEPS and lemma in WISH)) \
                and not (dep == "prep" and tok.lower_ in MEANS):
            mood = "wished" if lemma in WISH and lemma not in INTENT else "intended"
            cause = lemma
            negated = negated or _negated(head)
        elif dep == "ccomp" and lemma in CONFIRMING and (_negated(head) or (
                head.dep == XCOMP and head.head.lemma_.lower() in FAIL)):
            mood = "hypothetical"  # "refused to confirm that drones had struck the tanker"
            break
        elif dep == "ccomp" and lemma in speech:
            break  # reported speech: the clause stands on its own
        elif dep == "nsubjpass" and part_of_speech(tok) == "NOUN" and (lemma in CALENDAR or
                                                            lemma in PLANNED_FOR and
                                                            _for_a_day(head)):
            mood = "intended"  # "talks are scheduled for Thursday", "is planned for May"
            negated = negated or _negated(head)
        elif dep in ("dobj", "nsubjpass") and lemma in WEIGHING and \
                part_of_speech(tok) == "NOUN" and part_of_speech(head) == "VERB":
            mood = "intended"  # "considering sanctions", "a swap was being explored"
            cause = lemma
            negated = negated or _negated(head)
        elif (dep in ("dobj", "nsubjpass", "attr") or (dep == "nsubj" and lemma in OCCUR)) \
                and part_of_speech(head) in ("VERB", "AUX"):
            # "will not hold talks": the verb that carries the nominal event sets its mood
            negated = negated or _negated(head)
            # "probably carried out the strikes", "were probably carried out by Israel": the
            # hedge is on the act; "the shelling was probably aimed at ...": on its aim
            hedges = dep == "dobj" or any(c.dep == AGENT for c in children_of(head))
            mood = _own_modality(head, speech, hedges)
            cause = "will" if mood == "future" else None
        elif (dep in ("advcl", "relcl") or (dep == "acl" and tok.tag != VB)) and \
                _own_modality(tok) is None:
            break  # "the refugees ..., a group protested": a clause of its own
        if mood is None:
            if part_of_speech(head) in ("VERB", "AUX", "ADJ") and \
                    dep in ("xcomp", "acomp", "ccomp"):
                negated = negated or _negated(head)
                mood = _own_modality(head, speech)
                cause = "will" if mood == "future" else cause
            tok = head
    if mood in (None, "future", "hypothetical") and _question(_clause_verb(trigger)):
        mood, cause = "hypothetical", "question"  # a yes-no question asks whether it happened
    if mood is None and _infinitive(trigger):
        mood = "future"  # "Russia to expel diplomats" (a headline), or "to stop" cut off
    return Modality("negated" if negated else "positive", mood or "actual", cause)


def _infinitive(verb: Token) -> bool:
    """'to stop' as a sentence's root: a verb that reports no act done, only one to be."""
    return verb.dep == ROOT and verb.tag == VB and \
        any(c.dep == AUX and c.lower_ == "to" for c in children_of(verb))


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a trigger is in (itself, if a verb)."""
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
