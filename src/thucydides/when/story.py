"""The days a story tells, read sentence by sentence, for the acts that name none.

A story names a day and tells on from it: an undated act after "on Monday" is of that
Monday until the story moves on or the paragraphs run out; "a day earlier" counts from
the day the sentence before named; an undated act after "in September 2022" is of that
month; an agreement's terms are of the day it was signed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Span

from ..nlp.clauses import phrases_for, tense
from ..nlp.labels import RELCL
from ..nlp.parse import span_text, words_of
from ..records import Event
from .attach import Dated, date_of, told_from
from .resolve import resolve

# paragraphs after the one that named a day, from which an undated act is no longer of
# that day but of the day of writing: the reactions at a story's end
STALE_AFTER = 4
SIGNING = frozenset({"sign", "agree", "conclude", "seal", "strike", "reach", "broker", "ink"})


@dataclass
class StoryDays:
    published: date | None
    carried: Dated | None = None  # the day the story last named, for the acts after it
    named_in: int = 0  # the paragraph that named it
    paragraph: int = 0  # the paragraph being read
    day: Dated | None = None  # the day the last sentence naming one named
    day_at: tuple[int, int] | None = None  # (sentence, paragraph) that named it
    agreed: Dated | None = None  # the day the story last told of an agreement signed
    period: Dated | None = None  # a month or year gone by the last sentence told of
    period_at: tuple[int, int] | None = None
    # each day the story names, up to the publication, by the first phrase naming it
    named: dict[str, str] = field(default_factory=dict)

    def told(self, number: int) -> tuple[Dated | None, Dated | None]:
        """For sentence `number`: the day its undated acts are of, and the day its
        relative days ("a day earlier") count from."""
        told = self.carried if self.paragraph - self.named_in < STALE_AFTER else None
        if self.period is not None and number - self.period_at[0] == 1 and \
                self.paragraph == self.period_at[1]:
            told = self.period  # the sentence before told of another month or year
        # "a day earlier" is told from the day the sentence before named, or one this
        # paragraph named
        anchor = self.day if self.day_at is not None and \
            (number - self.day_at[0] == 1 or self.paragraph == self.day_at[1]) else None
        if told is not None and anchor is not None and anchor is self.day and \
                self.day_at == (number - 1, self.paragraph) and anchor.precision == "day" and \
                anchor.date > told.date:
            told = anchor  # a later day the sentence before named ("left lorries stranded
            # at the crossings on Thursday"), though no act of it took the day
        if told is self.period and self.period is not None:
            anchor = anchor or self.period  # "A month later" after "in January 2019"
        elif anchor is None and self.day is not None and self.day.precision == "day":
            # "a day earlier" with no day named just before: told from the last day the
            # story named, not from the day of writing; but not "the same day", which is
            # of a time its own sentence names
            anchor = Dated(self.day.date, self.day.text, "day", near=True)
        return told, anchor

    def read(self, sent: Span, number: int, times: list[Span], anchor: Dated | None,
             found: list[Event], near: set[str]) -> None:
        """What sentence `number` (its time phrases, the events found in it) tells on."""
        published = self.published
        for phrase in times:
            day = told_from(span_text(phrase), published, "past", anchor)
            if day is not None and day.precision == "day" and \
                    (published is None or day.date <= published):
                self.named.setdefault(day.date.isoformat(), span_text(phrase))
        # the day a sentence names is the story's even where its acts have no party
        # the coder can name and are dropped
        if (signed := _signed_on(sent, times, published, anchor)) is not None:
            self.agreed = signed
        # the story's day moves on, not back: a day before it is the backstory ("Oraon
        # was arrested on Thursday night", after a lede of Saturday's strike)
        carried = self.carried
        if (last := _last_day(found, published, near)) is not None and last != carried \
                and (carried is None or self.paragraph - self.named_in >= STALE_AFTER or
                     last.date >= carried.date):
            self.carried, self.named_in = last, self.paragraph
        if (named := last or _named_day(times, published, anchor)) is not None:
            self.day, self.day_at = named, (number, self.paragraph)
        if (past := _past_period(found, published) or (
                None if named else _named_period(times, published, anchor))) is not None:
            self.period, self.period_at = past, (number, self.paragraph)
        elif self.period is not None and last is None and self.period_at[1] == self.paragraph:
            self.period_at = (number, self.paragraph)  # told on to the paragraph's end
        else:
            self.period = None
        if self.carried is None and times and (lede := _named_day(
                phrases_for(sent.root, times), published, anchor)) is not None:
            # the first day the story names, in a main clause, is the story's even where
            # its act has no party coded ("Venezuela released 10 Americans on Wednesday")
            self.carried, self.named_in = lede, self.paragraph


    def told_before(self, events: list[Event], before: set[str]) -> None:
        """An act told as what came before another's day ("ordered them out on Sunday,
        retaliating after Prague expelled 18 diplomats") is of the day before it where the
        story names that day ("The Czech government said on Saturday ..."); else it keeps
        the day it took: the story does not say it was earlier."""
        for e in events:
            if e.id in before and e.date and e.date_precision == "day":
                day = (date.fromisoformat(e.date) - timedelta(days=1)).isoformat()
                if day in self.named:
                    e.date, e.date_text = day, self.named[day]


def quoted_on(events: list[Event], quotes: list[tuple[int, int]], sentences: list[Span],
              times: dict[int, list[Span]], published: date | None, near: set[str]) -> None:
    """An act told in a quotation that runs on past its sentence, with no day of its own,
    is of the day the words after the quotation name ('"We will not talk to them. There
    will be no truce," the minister told reporters on Tuesday'), as an act in a sentence
    that names its speaker's day is (Dated.near)."""
    for e in events:
        if e.date_text is not None or e.trigger is None or not e.asserted:
            continue
        end = next((end for start, end in quotes
                    if start <= e.trigger.start < end and end > e.evidence.end), None)
        sent = next((s for s in sentences if end is not None and
                     s.start_char <= end < s.end_char), None)
        if sent is None:
            continue
        for phrase in times.get(sent.start, []):
            found = resolve(span_text(phrase), published, "past") \
                if phrase.start_char >= end and tense(phrase.root) == "past" else None
            if found is not None and found.precision == "day" and \
                    (published is None or found.date <= published):
                e.date, e.date_text, e.date_precision = \
                    found.date.isoformat(), span_text(phrase), "day"
                near.add(e.id)
                break


def _signed_on(sent: Span, times: list[Span], published: date | None,
               anchor: Dated | None) -> Dated | None:
    """The day a sentence tells an agreement was signed or reached, by the verb's own
    phrase ("signed the agreement late on Monday")."""
    if not times:  # a day needs a phrase of the sentence
        return None
    for tok in words_of(sent, "VERB"):
        if tok.lemma_.lower() in SIGNING and tense(tok) == "past":
            when = date_of(tok, times, published, None, anchor)
            if when.text is not None and when.precision == "day" and not when.near:
                return when
    return None


def _named_day(phrases: list, published: date | None, anchor: Dated | None) -> Dated | None:
    """The last day a sentence names in a past clause, up to the publication, where none of
    its acts took one ("On Tuesday it turned the delegation away", with no party coded)."""
    for phrase in reversed(phrases):
        if tense(phrase.root) != "past":
            continue
        found = told_from(span_text(phrase), published, "past", anchor)
        if found is not None and found.precision == "day" and \
                (published is None or found.date <= published):
            return Dated(found.date.isoformat(), span_text(phrase), "day")
    return None


def _past_period(events: list[Event], published: date | None) -> Dated | None:
    """The month or year, before the month of writing, that a sentence's last act dated by
    a phrase is of ("In September 2022, the two armies fought ..."): the background the
    next sentence's undated acts tell on ("Each side accused the other ...")."""
    if published is None:
        return None
    for e in reversed(events):
        if e.date_text and e.asserted and e.date_precision in ("month", "season", "year"):
            if e.date < published.replace(day=1).isoformat():
                return Dated(e.date, None, e.date_precision)
            return None
    return None


def _named_period(phrases: list, published: date | None,
                  anchor: Dated | None) -> Dated | None:
    """The month or year gone by that a sentence's last phrase in a past clause names
    where no act of it took one and it names no day ("Ties worsened after Colombia joined
    ... in January 2019"); a relative clause's is another's time."""
    if published is None:
        return None
    for phrase in reversed(phrases):
        if tense(phrase.root) != "past" or any(t.dep == RELCL for t in phrase.root.ancestors):
            continue  # not "countries that joined after May 1997"
        found = told_from(span_text(phrase), published, "past", anchor)
        if found is None:
            continue
        if found.precision in ("month", "season", "year") and found.date < published.replace(day=1):
            return Dated(found.date.isoformat(), None, found.precision)
        return None
    return None


def _last_day(events: list[Event], published: date | None, near: set[str]) -> Dated | None:
    """The day of the last event dated by a phrase of its own, up to the publication."""
    for e in reversed(events):
        if e.date_text and e.id not in near and e.date_precision == "day" and e.asserted and \
                (published is None or e.date <= published.isoformat()):
            return Dated(e.date, None, "day")
    return None
