"""Triggers that name no act here: the words of an act told as something else.

A question put ("reporters asked if Egypt would open the crossing"), an accident or a force
of nature (events/accidents.py), care of the injured, a threat nobody makes ("the dispute
threatens to reignite a war of words"), feelings offered ("offered his condolences"), what
an act allows, an audience spoken to ("addressed a rally"), what someone does as a rule
("Jordan, which hosts 660,000 refugees"), a promise only to look into something, words
withheld ("declined to give details") and things held hostage. `names_no_act` and
`things_held` drop such triggers before their events are drafted (events/sentence.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context.reactions import RETALIATING
from ..nlp.labels import (
    ACL,
    ADVCL,
    AMOD,
    AUX,
    AUXILIARIES,
    AUXPASS,
    CCOMP,
    COMPOUND,
    CONJ,
    CSUBJ,
    DATIVE,
    DOBJ,
    MARK,
    NMOD,
    NSUBJ,
    NSUBJPASS,
    POBJ,
    PREP,
    SUBJECTS,
    VB,
    VBG,
    VBN,
    VBP,
    VBZ,
    XCOMP,
)
from ..nlp.parse import children_of, conjuncts_of, part_of_speech, sentence_of, subtree_of
from .accidents import by_accident, by_nature, emergency_care
from .arguments import Arguments
from .lexicon import TriggerLexicon
from .triggers import Match, match_noun, with_objects
from .words import (
    ADDRESSING,
    FEELINGS,
    FORETOLD,
    GROUND,
    IMPERSONAL,
    LOOKING,
    MARKETS,
    ONLOOKERS,
    REFUSAL_CAUSES,
    SPEAKING_BODIES,
    THREAT_AUX,
)

# what an operation or drive looks for, which is no attack: "a search operation"
SEARCHES = frozenset({"search", "combing", "rescue", "manhunt", "evacuation"})
# what forces answer with force, though the lexicon has no act of its own for the word
FORCE_ANSWERED = frozenset({"firing", "fire", "provocation", "aggression", "incursion"})
ABDUCTION = "181"  # CAMEO: abduct, hijack, take hostage
EASED = "081"  # CAMEO: restrictions eased, the bare "allow" and "permit"


def names_no_act(match: Match, lexicon: TriggerLexicon) -> bool:
    """A trigger that names no act here: a question put, an accident, nature, care of the
    injured, a threat nobody makes, a forecast, an answer to no force, feelings offered,
    what an act allows, an audience, a habit, a promise to look into something, words
    withheld."""
    tok = match.token
    return _question_put(tok) or \
        (match.entry.type == "ASSAULT" and by_accident(tok, lexicon)) or \
        by_nature(tok, lexicon) or emergency_care(match.entry.type, tok, lexicon) or \
        _no_threat(match) or _forecast(match, lexicon) or _feeling_offered(match) or \
        _what_it_allows(match) or _audience(match) or _habitual(match) or \
        _promise_to_look(match) or _refused_to_tell(match, lexicon) or \
        _answer_to_no_force(match, lexicon) or _clash_of_words(match) or _a_search(match)


def _clash_of_words(match: Match) -> bool:
    """'Canada and China have clashed over trade': states or governments named as such
    clash in words; troops, police, rebels and crowds clash with force."""
    verb = match.token
    if verb.lemma_.lower() != "clash" or part_of_speech(verb) != "VERB":
        return False
    sides = [t for c in children_of(verb) if c.dep in SUBJECTS
             for t in (c, *conjuncts_of(c))]
    sides += [t for o in with_objects(verb) for t in (o, *conjuncts_of(o))]
    scene = [c for c in children_of(verb) if c.dep == ADVCL or  # "..., killing 20 soldiers"
             c.dep == PREP and any(_ground(o) for o in children_of(c) if o.dep == POBJ)]
    return bool(sides) and not scene and \
        all(t.ent_type_ == "GPE" or t.lemma_.lower() in SPEAKING_BODIES for t in sides)


def _ground(word: Token) -> bool:
    return word.ent_type_ in ("GPE", "LOC", "FAC") or word.lemma_.lower() in GROUND


def _question_put(verb: Token) -> bool:
    """"Asked whether the bloc would ..., she said", "reporters asked if Egypt would open the
    crossing": a question put to somebody, no request of anybody's."""
    if verb.lemma_.lower() != "ask":
        return False
    if any(c.dep == CCOMP and any(m.dep == MARK and m.lower_ in ("whether", "if")
                                     for m in children_of(c)) for c in children_of(verb)):
        return True
    return verb.tag == VBN and verb.dep == ADVCL and \
        not any(c.dep in (NSUBJ, NSUBJPASS, AUXPASS) for c in children_of(verb))


def _no_threat(match: Match) -> bool:
    """A threat nobody makes: an impersonal subject that 'threatens to' ('the dispute threatens
    to reignite a war of words'), or a warning that only forecasts ('warned that a Russian
    attack was imminent'), with no act to come in the warner's words."""
    tok = match.token
    if match.entry.type != "THREATEN" or match.entry.pos != "verb":
        return False
    lemma = tok.lemma_.lower()
    if lemma == "threaten":
        subject = next((c for c in children_of(tok) if c.dep == NSUBJ), None)
        return subject is not None and part_of_speech(subject) == "NOUN" and \
            subject.lemma_.lower() in IMPERSONAL
    if lemma != "warn":
        return False
    warner = next((c for c in children_of(tok) if c.dep == NSUBJ), None)
    if warner is not None and _onlooker(warner):
        return True  # "a think tank warned", "analysts warned": a forecast, no threat
    clauses = [c for c in children_of(tok) if c.dep == CCOMP]
    if not clauses or any(c.dep in (DOBJ, DATIVE) for c in children_of(tok)):
        return False
    return not any(c.dep in (AUX, AUXPASS) and c.lower_ in THREAT_AUX
                   or c.dep == ADVCL or c.dep == MARK and c.lower_ in ("if", "unless")
                   or c.tag == VB
                   for clause in clauses for t in [clause] + [
                       x for x in subtree_of(clause) if x.dep in (CONJ, CCOMP, XCOMP)]
                   for c in children_of(t))


def _forecast(match: Match, lexicon: TriggerLexicon) -> bool:
    """A warning of what nobody does: 'warned that inflation would rise', 'warned that a
    cyclone could hit the coast' (every warned clause's subject a force of nature or a
    figure of the economy), 'warned that the pause could push the region towards famine'
    (a thing, not a side, that only leads somewhere)."""
    tok = match.token
    if match.entry.type != "THREATEN" or tok.lemma_.lower() != "warn":
        return False
    clauses = [c for c in children_of(tok) if c.dep == CCOMP]
    subjects = [s for c in clauses for s in children_of(c) if s.dep in (NSUBJ, NSUBJPASS, CSUBJ)]
    return bool(subjects) and all(s.lemma_.lower() in MARKETS or
                                  s.lemma_.lower() in lexicon.accident_causes or
                                  _leads_somewhere(s) for s in subjects)


def _leads_somewhere(subject: Token) -> bool:
    return subject.dep in (NSUBJ, CSUBJ) and subject.head.lemma_.lower() in FORETOLD and \
        part_of_speech(subject) in ("NOUN", "VERB")


def _answer_to_no_force(match: Match, lexicon: TriggerLexicon) -> bool:
    """'The army responded to the floods', 'troops responded to the criticism': forces that
    answer what is no act of force use none."""
    tok = match.token
    if match.entry.type != "ASSAULT" or tok.lemma_.lower() not in RETALIATING:
        return False
    if any(c.dep == PREP and (c.lower_ == "by" or c.lower_ == "with" and not any(
            p.lemma_.lower() in FORCE_ANSWERED for p in children_of(c)))
           for c in children_of(tok)):
        return True  # "responded by shelling the town", "with air strikes": the act told there
    answered = [p for c in children_of(tok) if c.dep == PREP and c.lower_ == "to"
                for p in children_of(c) if p.dep == POBJ]
    return any(p.lemma_.lower() not in FORCE_ANSWERED and (
        (m := match_noun(p, lexicon)) is None or m.entry.type != "ASSAULT") for p in answered)


def _onlooker(tok: Token) -> bool:
    """'Analysts', 'a think tank': those who read events, and make none."""
    lemma = tok.lemma_.lower()
    return lemma in ONLOOKERS or lemma == "tank" and any(
        c.lower_ == "think" for c in children_of(tok))


def _feeling_offered(match: Match) -> bool:
    tok = match.token
    return match.entry.type == "AGREE" and match.entry.pos == "verb" and \
        tok.lemma_.lower() in ("offer", "extend", "convey", "send") and any(
            c.dep == DOBJ and (c.lemma_.lower() in FEELINGS or c.lower_ in FEELINGS)
            for c in children_of(tok))


def _what_it_allows(match: Match) -> bool:
    """'The governor declared an emergency in 12 towns, allowing them to hire staff': a
    participle that tells what the act before it permits is that act's effect, no
    concession of its own (CAMEO 081, the bare 'allow' or 'permit')."""
    tok = match.token
    return match.entry.type == "CONCEDE" and match.entry.pos == "verb" and \
        match.entry.cameo == EASED and tok.lemma_.lower() in ("allow", "permit", "enable") and \
        tok.tag == VBG and tok.dep in (ADVCL, ACL, XCOMP, CONJ)


def _a_search(match: Match) -> bool:
    """'Police cordoned off the area and launched a search operation': a search for the
    attackers (or a rescue) is launched, no attack on anybody."""
    tok = match.token
    done = [c for c in children_of(tok) if c.dep in (DOBJ, NSUBJPASS)] \
        if match.entry.pos == "verb" else [tok]
    return match.entry.type == "ASSAULT" and any(
        c.dep == COMPOUND and c.lemma_.lower() in SEARCHES
        for d in done for c in children_of(d))


def _audience(match: Match) -> bool:
    """'told a government meeting that ...', 'addressed a rally in Nairobi': a meeting or
    a rally spoken to is where the words were said, no talks or protest of its own."""
    tok = match.token
    return match.entry.pos == "noun" and tok.dep in (DOBJ, DATIVE) and \
        tok.head.lemma_.lower() in ADDRESSING


# acts that are words: in the present they are taken now ("Morocco accuses the group",
# "China firmly supports Egypt")
SPOKEN = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"})


def _habitual(match: Match) -> bool:
    """'Jordan, which hosts 660,000 refugees', 'the law allows', 'Poland bars journalists':
    a deed in the simple present, past the headline, is what someone does as a rule, not
    an act the story reports (a headline tells its news in the present)."""
    tok = match.token
    return match.entry.pos == "verb" and match.entry.type not in SPOKEN and \
        tok.tag in (VBZ, VBP) and sentence_of(tok).start > 0 and \
        not any(c.dep in AUXILIARIES for c in children_of(tok))


def _promise_to_look(match: Match) -> bool:
    tok = match.token
    return match.entry.type == "AGREE" and match.entry.pos == "verb" and \
        tok.lemma_.lower() in ("promise", "pledge", "vow", "undertake") and any(
            c.dep == XCOMP and c.lemma_.lower() in LOOKING for c in children_of(tok))


def _refused_to_tell(match: Match, lexicon: TriggerLexicon) -> bool:
    """'Declined to give details', 'refused to comment', 'refused to confirm that ...',
    'would not provide figures': words withheld, no act refused (a statement at most)."""
    tok = match.token
    if match.entry.type != "REJECT" or tok.lemma_.lower() not in REFUSAL_CAUSES:
        return False
    return any(verb.dep == XCOMP and (
        verb.lemma_.lower() in lexicon.speech or verb.lemma_.lower() in lexicon.telling or
        gives_only_words(verb, lexicon.told)) for verb in children_of(tok))


def gives_only_words(verb: Token, told: frozenset[str]) -> bool:
    """'give details', 'provide figures': what the verb gives is only words."""
    objects = [c for c in children_of(verb) if c.dep in (DOBJ, DATIVE)]
    return bool(objects) and all(o.lemma_.lower() in told for o in objects)


def things_held(match: Match, arguments: Arguments) -> bool:
    """'They are holding our children's results hostage', 'holding the budget hostage': what
    is held is no one (the parser makes it a modifier of "hostage"), so no one is abducted.
    'Held 30 passengers hostage', 'took two aid workers hostage' hold people."""
    tok = match.token
    if match.entry.cameo != ABDUCTION or tok.lemma_.lower() not in ("hold", "take", "keep"):
        return False
    held = next((c for c in children_of(tok) if c.dep == DOBJ and
                 c.lemma_.lower() in ("hostage", "captive")), None)
    if held is None:
        return False
    what = [c for c in children_of(held) if c.dep in (COMPOUND, NMOD, AMOD) and
            part_of_speech(c) in ("NOUN", "PROPN") and c.i < held.i]
    return bool(what) and not any(a.kind != "thing" for w in what
                                  for a in arguments.actors.resolve(w))
