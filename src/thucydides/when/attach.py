"""The day of each act: the time expression of its clause, resolved."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import chain

from spacy.tokens import Doc, Span, Token

from ..context.frame import Frame
from ..nlp.clauses import phrases_for, tense
from ..nlp.labels import (
    ACL,
    ADVCL,
    ADVMOD,
    CCOMP,
    CONJ,
    MARK,
    NPADVMOD,
    PCOMP,
    POBJ,
    PREP,
    PREP_OBJECTS,
    RELCL,
    ROOT,
    XCOMP,
)
from ..nlp.parse import children_of, entities, part_of_speech, sentences_of, span_text
from .resolve import Resolved, anchored, resolve, shifted

TIME_LABELS = frozenset({"DATE", "TIME"})


@dataclass(frozen=True)
class Dated:
    date: str | None
    text: str | None
    precision: str | None
    # dated by a phrase of the sentence that is not the act's own ("killed ..., residents
    # said on Monday"): a day to keep, but weaker than the act's own in a merge, and not
    # one a story tells on (coder._last_day)
    near: bool = False
    # the act is told as what came before that phrase's act ("ordered them out on Sunday,
    # retaliating after Prague expelled 18 diplomats"): StoryDays.told_before
    after: bool = False


def time_phrases(doc: Doc, frame: Frame | None = None) -> dict[int, list[Span]]:
    """The time expressions of each sentence, by the sentence's first token, in one pass
    over the entities (a sentence's own `ents` walks all of the document's each time); a
    dateline's day is the story's, not an act's."""
    found: dict[int, list[Span]] = defaultdict(list)
    starts = [s.start for s in sentences_of(doc)]  # `ent.sent` walks back to its start
    for ent in entities(doc):
        if ent.label_ not in TIME_LABELS and not _day_in_figures(ent) or \
                frame is not None and frame.covers(ent.start_char, ent.end_char):
            continue
        found[starts[bisect_right(starts, ent.start) - 1]].append(_before_a_comma(ent))
    return found


def _day_in_figures(ent: Span) -> bool:
    """'on the 9th', 'on 12/03': a number the tagger does not take for a date, on 'on'."""
    if ent.label_ not in ("ORDINAL", "CARDINAL"):
        return False  # most entities: told by their label, before spaCy finds their root
    root = ent.root
    return root.dep == POBJ and root.head.lower_ == "on" and \
        DAY_OR_FIGURES.match(ent.text) is not None


DAY_OR_FIGURES = re.compile(r"^\d{1,2}(?:st|nd|rd|th|[/.]\d{1,2}(?:[/.]\d{2,4})?)$")
# words that, after a comma inside what the tagger took for one date, start a phrase of
# their own: "on September 22, 1980, after months of clashes", "on Sunday night, hours after
# polls closed"
AFTER_A_DATE = frozenset({"after", "before", "since", "until", "when", "during", "amid",
                          "following", "as", "while", "hours", "days", "minutes", "weeks",
                          "shortly", "just", "only", "soon"})


def _before_a_comma(ent: Span) -> Span:
    """The date up to a comma that starts another phrase ('September 22, 1980, after
    months' is 'September 22, 1980')."""
    for tok in ent[1:-1]:
        if tok.text == "," and tok.nbor(1).lower_ in AFTER_A_DATE:
            return Span(ent.doc, ent.start, tok.i, label=ent.label_)
    return ent


def date_of(trigger: Token, phrases: list[Span], published: date | None,
            carried: Dated | None = None, anchor: Dated | None = None) -> Dated:
    """The first phrase of the act's clause that resolves; one told from another act's day
    ("four days later", "a day earlier") from `anchor`, the day the story named just before.
    A past act with none: the day its sentence names nearest to it, or the only time it
    names (`near`), else the day the story last named (a wire story tells one day's acts
    after its lede's "on Tuesday"), else the publication date."""
    when = tense(trigger)
    if not phrases:  # most sentences name no time: no phrase to search
        return _undated(trigger, when, published, carried)
    for phrase in _time_of_when_clause(trigger, phrases) + phrases_for(trigger, phrases):
        found = told_from(span_text(phrase), published, when, anchor)
        if found is not None:
            return Dated(found.date.isoformat(), span_text(phrase), found.precision)
    if when != "future" and (counted := _counted_after(trigger, phrases)) is not None:
        # "The drills came a week after the inauguration speech, which Beijing condemned":
        # a week before the day of the act it led to
        head, measure = counted
        base = date_of(head, phrases, published, carried, anchor)
        shift = anchored(f"{span_text(measure)} before")
        if base.date is not None and shift is not None and (found := shifted(
                date.fromisoformat(base.date), base.precision or "day", shift)) is not None:
            # told from another act's day, as a carried day is: no phrase of its own
            return Dated(found.date.isoformat(), None, found.precision)
    if when == "past":  # "hours after" or a parse that hangs the day elsewhere: the nearest
        # day, or a month or week that is the only time the sentence names ("detained at
        # the crossing in October 2022"), of a clause in the past: "would meet them on
        # Monday" is a day ahead, "have been detained since February" another time, and
        # so is a relative clause on someone
        rooted = [(p, p.root) for p in phrases]  # spaCy finds a span's root at each asking
        nearest = sorted(((p, root) for p, root in rooted if tense(root) == "past" and
                          not _in_clause_on_other(root, trigger, RELCL) and
                          not _of_a_thing(root, trigger)),
                         key=lambda pair: (_in_clause_on_other(pair[1], trigger, ACL),
                                           abs(pair[1].i - trigger.i)))
        # a day in a participle on a noun is another's when the story has a day of its own
        # ("rejected an application ... pending sentencing on December 8")
        storied = carried is not None and carried.date is not None
        named = [(p, root, found) for p, root in nearest
                 if (found := told_from(span_text(p), published, when, anchor)) and
                 not (storied and found.precision == "day" and
                      _in_clause_on_other(root, trigger, ACL))]
        for phrase, root, found in named:
            if found.precision == "day" or len(named) == 1:
                return Dated(found.date.isoformat(), span_text(phrase), found.precision, near=True,
                             after=_told_after(trigger, root))
        if named and published is not None and \
                all(found.date < published.replace(day=1) for _, _, found in named):
            # a sentence told wholly of months or years gone by ("arrested in June 2020 ...
            # extradited in October 2021 despite protests from Caracas, which accused ..."):
            # the nearest of them, not the story's day
            phrase, _, found = named[0]
            return Dated(found.date.isoformat(), span_text(phrase), found.precision, near=True)
    return _undated(trigger, when, published, carried)


def _undated(trigger: Token, when: str, published: date | None,
             carried: Dated | None) -> Dated:
    """The day of an act no phrase of its sentence dates: a past act's is the day the story
    last named (`carried`), else the publication date."""
    if when == "past" and carried is not None and carried.date is not None and \
            not _beside_a_forecast(trigger):
        return Dated(carried.date, None, carried.precision)
    if published is None:
        return Dated(None, None, None)
    return Dated(published.isoformat(), None, "day")


def told_from(text: str, published: date | None, when: str,
              anchor: Dated | None) -> Resolved | None:
    """The day a phrase names: one told from another act's day ("four days later") from
    `anchor`, when there is one; else from the day of writing (resolve)."""
    if anchor is not None and anchor.date is not None and \
            (shift := anchored(text)) is not None and not (anchor.near and shift[0] == 0):
        found = shifted(date.fromisoformat(anchor.date), anchor.precision or "day", shift)
        if found is not None:
            return found
    return resolve(text, published, when)


# how long after: "hours after", "shortly after", "a day after" say it themselves
SPELT_OUT = frozenset({"hours", "hour", "minutes", "minute", "moments", "shortly", "soon",
                       "just", "immediately", "day", "days", "weeks", "week", "months", "years",
                       "right", "only", "directly"})


def _time_of_when_clause(trigger: Token, phrases: list[Span]) -> list[Span]:
    """'stuck since April, when Saied rejected the fund's terms': a 'when' clause on a time
    is of that time."""
    clause = trigger
    while part_of_speech(clause) not in ("VERB", "AUX") and clause.dep != ROOT:
        clause = clause.head
    if clause.dep != RELCL or not any(c.lower_ == "when" for c in children_of(clause)):
        return []
    return [p for p in phrases if p.start <= clause.head.i < p.end]


def _told_after(trigger: Token, word: Token) -> bool:
    """The act is in an "after" clause or phrase that does not hold the phrase at word:
    "summoned the envoy on Tuesday after coast guard ships fired water cannon" (and not
    "hours after", which says how long)."""
    for tok in chain((trigger,), trigger.ancestors):
        if tok.left_edge.i <= word.i <= tok.right_edge.i:
            return False
        after = next((c for c in children_of(tok) if c.dep == MARK and c.lower_ == "after"),
                     None) if tok.dep == ADVCL else \
            tok.head if tok.dep in (PCOMP, POBJ) and tok.head.lower_ == "after" else None
        if after is not None:
            said = [c.lower_ for c in (*children_of(after), *children_of(tok))
                    if c.dep in (ADVMOD, NPADVMOD)]
            return not SPELT_OUT.intersection(said)
    return False


def _counted_after(trigger: Token, phrases: list[Span]) -> tuple[Token, Span] | None:
    """The act is in an "after" clause or phrase that a length of time leads ("came a week
    after the two navies held an exercise", "two months after they signed"): the act
    it led to, and the length."""
    for tok in chain((trigger,), trigger.ancestors):
        dep = tok.dep
        mark = next((c for c in children_of(tok) if c.dep == MARK and c.lower_ == "after"),
                    None) if dep == ADVCL else None
        if mark is not None:
            after, head = mark, tok.head
        elif dep in PREP_OBJECTS and tok.head.lower_ == "after":
            after, head = tok.head, tok.head.head
        else:
            continue
        for phrase in phrases:
            root = phrase.root
            if root.dep == NPADVMOD and root.head.i in (after.i, tok.i, head.i) and \
                    root.i < after.i and anchored(f"{span_text(phrase)} before") is not None:
                return head, phrase
        return None
    return None


def _beside_a_forecast(trigger: Token) -> bool:
    """An act told alongside what someone said will be, with no day of either: "said he
    would meet the unions on Monday, but refused to drop the plan" is news of the day of
    writing, not of the day the story told before."""
    head = trigger.head
    return trigger.dep == CONJ and part_of_speech(head) == "VERB" and tense(head) == "past" and \
        any(c.dep == CCOMP and tense(c) == "future" for c in children_of(head))


def _in_clause_on_other(word: Token, trigger: Token, dep: int) -> bool:
    """A phrase in a clause of this kind (RELCL, ACL: a label id) that does not hold the act:
    "granted bail to Qureshi, who was arrested early on Tuesday" (the day of what someone
    did before), "migrants killed at the weekend" (a participle on a noun: a day to take
    only when the sentence names no other; "in a video posted last week" still dates
    the act)."""
    for tok in chain((word,), word.ancestors):  # the ancestors made only as far as walked
        if tok.i == trigger.i:
            return False
        if tok.dep == dep and not tok.left_edge.i <= trigger.i <= tok.right_edge.i:
            return True
    return False


# how a time names the thing it stands before: "the 2019 declaration", "its March ruling"
NAMING_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "poss"})


def _of_a_thing(word: Token, trigger: Token) -> bool:
    """'appointed in line with the 2019 constitutional declaration and warned that ...': a
    time that names a thing tells when that thing was made, not when another act was."""
    head = word.head
    return word.dep_ in NAMING_DEPS and part_of_speech(head) in ("NOUN", "PROPN") and \
        head.i != trigger.i and head.ent_type_ not in ("DATE", "TIME")  # "monday evening"


# what an agreement is called: "under its terms", "under the deal", the acts it promises
AGREEMENTS = frozenset({"term", "terms", "deal", "agreement", "accord", "pact", "treaty",
                        "memorandum", "truce", "ceasefire", "arrangement", "plan"})


def promised_on(act: Token, when: Dated, phrases: list[Span], published: date | None,
                carried: Dated | None = None, anchor: Dated | None = None) -> Dated:
    """The day an act was promised or threatened, not the day it would happen: the day of
    the clause that promises it ("agreed on Monday to meet next month"), else that of a
    past act; a promise made "under the deal" the story told of is of the day it told
    (`carried`); else the publication date."""
    if carried is not None and carried.date is not None and _under_agreement(act):
        return Dated(carried.date, None, carried.precision)
    governor = act.head
    if act.dep in (XCOMP, CCOMP) and part_of_speech(governor) in ("VERB", "AUX") and \
            tense(governor) != "future":
        for phrase in phrases_for(governor, phrases):
            found = resolve(span_text(phrase), published, "past")
            if found is not None:
                return Dated(found.date.isoformat(), span_text(phrase), found.precision)
        if governor.dep == PCOMP and governor.head.lower_ == "after":
            # "lost his post a day earlier after saying he would arrest ...": said by the
            # day of the act the saying led to, a day told from another's (no phrase of
            # its own)
            for phrase in phrases_for(governor.head.head, phrases):
                found = told_from(span_text(phrase), published, "past", anchor)
                if found is not None:
                    return Dated(found.date.isoformat(), None, found.precision)
    if tense(act) != "future" and published is not None and \
            (when.date or "") <= published.isoformat():
        return when
    return Dated(published.isoformat() if published else None, None,
                 "day" if published else None)


def _under_agreement(act: Token) -> bool:
    """The act is one of an agreement's terms: "Under its terms, Armenia will hand back
    ...", "under the deal, the bloc will provide ..."."""
    for tok in chain((act,), act.ancestors):
        for child in children_of(tok):
            if child.dep == PREP and child.lower_ == "under" and any(
                    o.dep == POBJ and o.lower_ in AGREEMENTS for o in children_of(child)):
                return True
        if tok.dep in (ROOT, CCOMP, RELCL):
            break
    return False
