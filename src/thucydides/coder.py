"""The coder: articles in, events and statements out.

This module only orchestrates; each stage is a module of its own: text preparation
(nlp.prepare) -> parse (spaCy) -> actors (actors.resolve) -> the article as context:
frame, scene and states (context.*) -> each sentence's events and statements
(events.sentence, events.statements) -> the confidence of each (events.confidence).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from .actors.lexicon import load_actor_lexicon
from .actors.resolve import ActorMatcher, ArticleActors
from .context.article import (
    build_context,
    complete,
    enemy_casualties,
    enemy_targets,
    foreign_in_lede,
    freed_by_their_captors,
    fronted_place,
)
from .context.domains import domain_shares, load_domains, uses
from .context.frame import Frame, read_frame
from .context.reactions import (
    a_strike_of_war,
    aimed_at_the_act,
    claimed_attacks,
    mediated_between,
    truce_between,
    truce_of_the_foes,
)
from .dates import CALENDAR, read_day
from .events.accidents import abroad_in_disaster, disaster_response
from .events.arguments import Arguments
from .events.confidence import Story, Told, features, political_side, reported
from .events.confidence import load_model as load_confidence_model
from .events.lexicon import load_trigger_lexicon
from .events.merge import merge
from .events.ontology import load_ontology
from .events.sentence import (
    Scene,
    SentenceCoder,
    evidence_of,
    help_sent,
    quoted_at_nobody,
    sanction_abroad,
)
from .events.statements import find_quotes, find_statements
from .events.words import REPORTING
from .ids import digest
from .ingest.formats import whole_characters
from .nlp.commas import without_commas
from .nlp.parse import doc_text, forget_tokens, part_of_speech, sentences_of, span_text
from .nlp.pipeline import load_pipeline
from .nlp.prepare import Names, Preparer
from .nlp.truecase import TrueCaser
from .records import Article, CodedArticle, Event, Statement
from .records import Span as TextSpan
from .settings import Settings
from .when.attach import date_of, time_phrases
from .when.resolve import resolve
from .when.story import StoryDays, quoted_on
from .where.attach import ArticlePlaces
from .where.gazetteer import load_gazetteer, sizeable_town

QUOTES = ('"', "\u201c", "\u201d")
PRONOUNS = frozenset({"we", "they", "i", "you", "he", "she", "it"})


class Coder:
    """Loads the pipeline and the dictionaries once; codes any number of articles."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.nlp = load_pipeline(self.settings.model)
        self.nlp.max_length = max(self.nlp.max_length, self.settings.max_article_chars)
        self.actor_matcher = ActorMatcher(self.nlp, load_actor_lexicon(self.settings.actor_files))
        self.triggers = load_trigger_lexicon(self.settings.trigger_files)
        self.ontology = load_ontology()
        self.outlets = self.actor_matcher.lexicon.outlets
        self.town = sizeable_town if self.settings.dates_and_places else None
        self.domains = load_domains()
        self.rated_features: dict[str, dict[str, float]] | None = None  # kept for training
        self.preparer = Preparer(self.nlp, self.settings, self._names())
        self.sentences = SentenceCoder(self.triggers, self.ontology)
        self.reporting = self.triggers.speech | REPORTING  # verbs whose subject reports
        lexicon = self.actor_matcher.lexicon  # the private words each article's context reads
        self.private = (frozenset(lexicon.customers), frozenset(lexicon.private_people),
                        frozenset(lexicon.member_bodies))

    def _names(self) -> Names:
        aliases = self.actor_matcher.lexicon.aliases
        stop = self.nlp.Defaults.stop_words
        names = frozenset(a.lower() for a in aliases if a.lower() not in stop)
        owners = frozenset(a.lower() for a, e in aliases.items() if a.lower() in names
                           and e.role != "adjective" and e.kind != "group")
        lexicon = self.actor_matcher.lexicon
        cased = [a for a in aliases if a not in lexicon.case_only]  # not 'MEND' for "mend"
        casing = TrueCaser(self.nlp, [*cased, *CALENDAR], lexicon.titles)
        return Names(casing, names, owners)

    def code(self, article: Article) -> CodedArticle:
        return next(self.code_many([article]))

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """One coded article for each article, in order. An article the coder fails on
        comes back with no events and its `error` set: it never stops the others."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) == self.settings.batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def _code_batch(self, articles: list[Article]) -> Iterator[CodedArticle]:
        try:
            # read once: the dateline is blanked before parsing, and the coder reads the rest
            frames = [read_frame(whole_characters(a.text), self.outlets, self.town)
                      for a in articles]
            prepared = [self.preparer.prepare(a, frame.dateline_span)
                        for a, frame in zip(articles, frames, strict=True)]
            docs = [(without_commas(doc), context) for doc, context in
                    self.nlp.pipe(prepared, as_tuples=True, batch_size=self.settings.batch_size)]
        except Exception as exc:  # parsing failed: find the article that fails, alone
            if len(articles) > 1:
                for article in articles:
                    yield from self._code_batch([article])
            else:
                yield _failed(articles[0], exc)
            return
        for (doc, (article, warnings)), frame in zip(docs, frames, strict=True):
            try:
                coded = self.code_doc(doc, article, frame)
            except Exception as exc:
                coded = _failed(article, exc)
            coded.warnings[:0] = warnings
            yield coded

    def code_doc(self, doc: Doc, article: Article, frame: Frame | None = None) -> CodedArticle:
        """The article parsed as `doc`; `frame`, its reporting frame, when already read."""
        try:
            return self._code_doc(doc, article, frame)
        finally:
            forget_tokens(doc)

    def _code_doc(self, doc: Doc, article: Article, frame: Frame | None) -> CodedArticle:
        budget = self.settings.max_seconds_per_article
        deadline = time.monotonic() + budget
        if frame is None:
            frame = read_frame(article.text, self.outlets, self.town)
        article, dated = _dated_by_frame(article, frame)
        if not article.source and frame.outlets:  # "(Reuters)": the source, never a party
            article = replace(article, source=frame.outlets[0])
        mentions_of = ArticleActors(self.actor_matcher, doc, self.reporting, frame)
        located = self.settings.dates_and_places
        gazetteer = load_gazetteer() if located else None
        states = mentions_of.state_mentions()  # where the text names a state, read once
        mentions = [*mentions_of.headline_states(article.text[:frame.headline_end]), *states]
        lexicon = self.actor_matcher.lexicon
        context = build_context(frame, mentions, gazetteer, lexicon.headquarters,
                                lexicon.members, *self.private,
                                mentions_of.names_organisation())
        places = ArticlePlaces(gazetteer, doc, mentions_of.states() | set(context.states))
        context.count(places.state_mentions())
        if context.dateline is not None and context.dateline.country and frame.place and \
                len(frame.place.split()) == 1:
            mentions_of.dateline = (frame.place.lower(), context.dateline.country)
        actors = mentions_of.placed(places)
        arguments = Arguments(actors)
        coded = CodedArticle(article, warnings=dated)
        quotes = find_quotes(article.text)
        published = read_day(article.date)
        published = _day_of_writing(frame, article.text, published) or published
        sentences = [s for s in sentences_of(doc) if span_text(s).strip()]
        context.foreign = foreign_in_lede(sentences, actors, frame)
        times = time_phrases(doc, frame) if located else {}
        days = StoryDays(published)
        near: set[str] = set()  # the events dated by a phrase not their own (Dated.near)
        before: set[str] = set()  # those told as what came before that phrase's act
        for number, sent in enumerate(sentences):
            if number and time.monotonic() > deadline:  # the first is always coded
                coded.warnings.append(
                    f"coding stopped after {budget:g} seconds (max_seconds_per_article): "
                    f"sentences {number + 1} to {len(sentences)} were not coded")
                break
            told, anchor = days.told(number)
            phrases = times.get(sent.start, [])
            scene = Scene(article, sent, number, published, phrases, places.phrases(sent),
                          places, told, fronted_place(sent, actors, context),
                          context.main_state, anchor=anchor, agreed=days.agreed)
            found: list[Event] = []
            for e in self.sentences.events(scene, arguments):
                if a_strike_of_war(e, coded.events):
                    continue
                e = aimed_at_the_act(e, doc, coded.events, found)
                for told in truce_between(e, coded.events, found):
                    found.extend(mediated_between(told, coded.events, found))
            found = [freed_by_their_captors(e, [*coded.events, *found]) for e in found]
            coded.events.extend(sanction_abroad(e, self.ontology)
                                for e in (complete(e, context) for e in found) if e)
            claimed_attacks(sent, number, actors, coded.events)
            near |= scene.near
            before |= scene.before
            if number < len(sentences) - 1 or before:
                # what a sentence tells on is for the sentences after it, and for the acts
                # told as before another's day (`told_before`): after the last, only those
                days.read(sent, number, phrases, anchor, found, near)
            if "\n" in article.text[sent.end_char - 1:sent.end_char + 3]:
                days.paragraph += 1  # the sentence ends its paragraph (its span holds "\n")
            for said in find_statements(sent, actors, self.triggers.speech, quotes):
                coded.statements.append(self._statement(said, scene))
        days.told_before(coded.events, before)
        quoted_on(coded.events, quotes, sentences, times, published, near)
        coded.events = truce_of_the_foes(help_sent(
            enemy_targets(enemy_casualties(coded.events)), self.ontology))
        if coded.events:  # what the story is about weighs only on its events: spared without
            story = Story(actors.political_share(sentences),
                          domain_shares(map(span_text, sentences), self.domains),
                          len(sentences))
            # each mention is rated on its own before the mentions of one event merge: an
            # act told in passing first and plainly later is as sure as its plainest telling
            coded.events = merge(self._rated(coded.events, doc, story, states), near)
        return coded

    def _rated(self, events: list[Event], doc: Doc, story: Story,
               states: list[tuple[int, int, str]]) -> list[Event]:
        """Each event with the confidence the model gives it; the unlikely ones left out.
        `states`: where the article names a state (start, end, code)."""
        model = load_confidence_model()
        per_sentence = Counter(e.sentence for e in events)
        text = doc_text(doc)
        kept = []
        for e in events:
            trigger = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
            root = trigger.root if trigger is not None else None
            pos = "verb" if root is not None and part_of_speech(root) in ("VERB", "AUX") else "noun"
            in_quote = _quoted(text, e.evidence.start, e.trigger.start)
            dep = root.dep_ if root is not None else "ROOT"
            head = part_of_speech(root.head) if root is not None else "VERB"
            seen = (pos, in_quote, per_sentence[e.sentence] >= 3, story, dep, head)
            if (story.domain is not None or uses(self.domains, "sport", e.evidence.text)) and \
                    not political_side(e) and not abroad_in_disaster(e, story):
                continue  # "Bangladesh attacked from the first over": cricket, in a sports
                # story or a sentence that says it is sport ("defended her marathon title")
            if disaster_response(e, story):
                continue  # "rescue teams were deployed" after a cyclone
            doer = e.actor.start  # where the doer is named, if in this sentence
            doer_quoted = doer is not None and e.evidence.start <= doer < e.evidence.end \
                and _quoted(text, e.evidence.start, doer) \
                and text[doer:doer + 5].split()[0].lower() not in PRONOUNS  # "We", "They"
            if quoted_at_nobody(e, in_quote, doer_quoted):
                continue  # '"We are fighting an enemy," the minister said
            kept.append((e, seen))
        told = Told.of([e for e, _ in kept])  # the acts the article tells, for each of them
        rated = []
        for e, seen in kept:
            named = features(e, *seen, told, _third_state(e, states))
            if self.rated_features is not None:
                self.rated_features[e.id] = named
            e.confidence = round(model.score(named), 3)
            if reported(e.confidence, named, model.threshold) or \
                    not self.settings.drop_unlikely or not e.asserted:
                rated.append(e)
        return rated

    # -- statements ---------------------------------------------------------------

    def _statement(self, said, scene: Scene) -> Statement:
        article, sent, number = scene.article, scene.sent, scene.number
        verb: Token = said.verb
        text = article.text
        return Statement(
            # what makes a statement: its content span and its verb (two verbs may report
            # the same words)
            id=digest(article.id, number, said.start, said.end, verb.idx, "statement"),
            article_id=article.id,
            sentence=number,
            speaker=said.speaker,
            verb=verb.lemma_.lower(),
            content=TextSpan(text[said.start:said.end], said.start, said.end),
            direct=said.direct,
            date=date_of(verb, scene.times, scene.published).date,
            trigger=TextSpan(verb.text, verb.idx, verb.idx + len(verb)),
            evidence=evidence_of(sent),
        )


MAX_FILING_LAG = timedelta(days=3)  # a dateline's day further back is no day of writing


def _dated_by_frame(article: Article, frame) -> tuple[Article, list[str]]:
    """An article that came without a date takes the one its page prints, and says so."""
    if article.date or frame.date_text is None:
        return article, []
    found = resolve(frame.date_text, None)
    if found is None:
        return article, []
    day = found.date.isoformat()
    return replace(article, date=day, date_source=frame.date_source), [
        f"publication date {day} read from the {frame.date_source} ({frame.date_text!r})"]


def _day_of_writing(frame: Frame, text: str, published: date | None) -> date | None:
    """The day a dateline gives without a year, where it is a few days before the
    publication date: the day the story was written, from which its "on Tuesday" and
    "yesterday" count (a paper prints the evening's copy the next morning)."""
    day = frame.yearless_day(text)
    found = resolve(day, published) if day is not None and published is not None else None
    if found is None or not timedelta(0) < published - found.date <= MAX_FILING_LAG:
        return None
    return found.date


def _failed(article: Article, exc: Exception) -> CodedArticle:
    return CodedArticle(article, error=f"{type(exc).__name__}: {exc}"[:500])


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether `at` stands inside a quotation opened after `start` (its sentence's start):
    an odd number of quotation marks between them."""
    return sum(text[start:at].count(q) for q in QUOTES) % 2 == 1


def _third_state(event: Event, states: list[tuple[int, int, str]]) -> bool:
    """Whether the event's sentence names a state that is neither of its sides."""
    sides = {event.actor.code, event.recipient.code}
    return any(event.evidence.start <= start < event.evidence.end and code not in sides
               for start, _, code in states)
