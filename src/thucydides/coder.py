"""The coder: articles in, events and statements out.

Stages, each in its own module: clean (ingest.clean) -> parse (nlp) -> actors
(actors.resolve) -> triggers, arguments, modality and statements (events.*).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from .actors.lexicon import load_actor_lexicon
from .actors.resolve import ActorMatcher, ArticleActors
from .events.arguments import LIGHT_VERBS, Arguments, subject_of
from .events.lexicon import Trigger, load_trigger_lexicon
from .events.modality import INTENT, Modality, modality_of, obligation
from .events.ontology import load_ontology
from .events.statements import find_quotes, find_statements
from .events.triggers import Match, find_triggers
from .ingest.clean import body_text
from .nlp.pipeline import load_pipeline
from .records import Actor, Article, CodedArticle, Event, Statement
from .records import Span as TextSpan
from .settings import Settings
from .when.attach import Dated, date_of, publication, time_phrases
from .where.attach import ArticlePlaces
from .where.gazetteer import load_gazetteer

UNORDERED = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# kinds of actor that belong to one state (an organisation or a region does not)
HOMED = frozenset({"state", "person", "group"})
# acts that, with nobody else named, are done at home: protesters against their government
DOMESTIC_TYPES = frozenset({"PROTEST", "COERCE", "CONCEDE"})
# what a promised or threatened act becomes: CAMEO root of the act -> intent code
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
                "14": "133", "15": "130", "16": "131", "17": "137", "18": "138", "19": "138",
                "20": "138"}
# words of intent that code no event of their own: "will support" is an AGREE, while
# "promised to support" is already coded by "promise"
INTENT_CAUSES = (INTENT | {"will"}) - {"agree", "promise", "pledge", "vow", "offer", "threaten",
                                       "decide", "consider", "propose", "expect", "try",
                                       "attempt", "seek"}
REFUSAL_CAUSES = frozenset({"will", "refuse", "decline", "fail", "want", "intend", "plan"})
# verbs besides plain speech whose subject speaks for a reported clause ("vowed it would")
REPORTING = frozenset({"vow", "pledge", "promise", "threaten", "warn", "insist", "decide",
                       "agree", "hope", "fear", "demand", "deny"})
# a verb of the 'cooperative' list, coded only when promised, intended or refused
PROMISE = Trigger(("promise",), "verb", "030", "AGREE")
DEMAND = Trigger(("must",), "verb", "100", "REQUEST")


def _stable_id(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


class Coder:
    """Loads the pipeline and the dictionaries once; codes any number of articles."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.nlp = load_pipeline(self.settings.model)
        self.actor_matcher = ActorMatcher(self.nlp, load_actor_lexicon(self.settings.actor_files))
        self.triggers = load_trigger_lexicon(self.settings.trigger_files)
        self.ontology = load_ontology()

    def code(self, article: Article) -> CodedArticle:
        return next(self.code_many([article]))

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        limit = self.settings.max_article_chars
        pairs = ((body_text(a.text[:limit]), a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True,
                                          batch_size=self.settings.batch_size):
            coded = self.code_doc(doc, article)
            if len(article.text) > limit:
                coded.warnings.append(f"text cut at {limit} characters (max_article_chars)")
            yield coded

    def code_doc(self, doc: Doc, article: Article) -> CodedArticle:
        actors = ArticleActors(self.actor_matcher, doc, self.triggers.speech | REPORTING)
        located = self.settings.dates_and_places
        places = ArticlePlaces(load_gazetteer() if located else None, doc, actors.states(),
                               actors.main_state())
        actors.places = places
        arguments = Arguments(actors)
        coded = CodedArticle(article)
        quotes = find_quotes(article.text)
        published = publication(article.date)
        for number, sent in enumerate(s for s in doc.sents if s.text.strip()):
            scene = Scene(article, sent, number, published,
                          time_phrases(sent) if located else [], places.phrases(sent), places)
            coded.events.extend(self._sentence_events(scene, arguments))
            for said in find_statements(sent, actors, self.triggers.speech, quotes):
                coded.statements.append(self._statement(said, scene))
        coded.events = _merge(coded.events)
        return coded

    # -- events -------------------------------------------------------------------

    def _sentence_events(self, scene: Scene, arguments: Arguments) -> list[Event]:
        sent = scene.sent
        matches = find_triggers(sent, self.triggers)
        drafts = [self._draft(m, arguments) for m in matches]
        coded = {m.token.i for m in matches}
        drafts += [self._draft(Match(PROMISE, tok, tok.i, tok.i + 1), arguments) for tok in sent
                   if tok.pos_ == "VERB" and tok.i not in coded
                   and tok.lemma_.lower() in self.triggers.cooperative]
        drafts += [self._demand(tok, arguments) for tok in sent
                   if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("ccomp", "acl")
                   and obligation(tok)]
        _borrow_recipients(drafts)
        for d in drafts:
            if not any(r.code for r in d.recipients):
                mutual = len({a.code for a in d.actors if a.code}) > 1
                # "Russia and Ukraine held talks in Belarus": the pair is the event
                guess = [] if mutual else arguments.in_clause(d.match.token, d.actors)
                d.recipients, d.guessed = guess or d.recipients, bool(guess)
        events: list[Event] = []
        for d in drafts:
            pairs = _pairs(d.entry, d.actors, d.recipients, d.guessed)
            when = date_of(d.match.token, scene.times, scene.published)
            if d.entry is not PROMISE:
                events += [self._event(d.entry, a, r, d.mood, d.match, scene, when)
                           for a, r in pairs]
            intent = self._intent(d) or self._refusal(d)
            if intent is not None:  # promised or refused now, whenever the act would be
                said_when = when if (when.date or "") <= (scene.article.date or "") else \
                    Dated(scene.article.date, None, "day")
                # "X and Y failed to reach agreement": each refused the other
                if d.entry.mutual or d.entry.type in UNORDERED:
                    pairs = _pairs(replace(intent, mutual=True), d.actors, d.recipients,
                                   d.guessed)
                events += [self._event(intent, a, r, Modality(), d.match, scene, said_when)
                           for a, r in pairs]
        return events

    def _draft(self, match: Match, arguments: Arguments) -> Draft:
        actors, recipients = arguments.of(match)
        return Draft(match, match.entry, modality_of(match.token, self.triggers.speech),
                     actors, recipients)

    def _demand(self, tok: Token, arguments: Arguments) -> Draft:
        """'X said that Y must do Z' is a demand by X on Y (CAMEO 10)."""
        governor = tok.head
        actors = arguments.actors.resolve(subject_of(governor))
        if not actors and governor.pos_ == "NOUN":
            actors = arguments.actors.resolve(subject_of(governor.head))
        recipients = arguments.actors.resolve(subject_of(tok))
        match = Match(DEMAND, tok, tok.i, tok.i + 1)
        return Draft(match, DEMAND, modality_of(governor, self.triggers.speech), actors,
                     recipients)

    def _refusal(self, draft: Draft) -> Trigger | None:
        """'Will not accept', 'refused to meet', 'failed to reach agreement': a rejection."""
        mood = draft.mood
        kind = self.ontology.plover[draft.entry.type]
        if mood.polarity != "negated" or kind.quad > 2 or mood.modality == "hypothetical" \
                or (draft.entry is PROMISE and mood.cause == "fail"):
            return None
        if mood.cause not in REFUSAL_CAUSES:
            return None
        return Trigger(draft.entry.words, draft.entry.pos, "120", "REJECT")

    def _intent(self, draft: Draft) -> Trigger | None:
        """A promised act is an AGREE, a threatened one a THREATEN (CAMEO 03x and 13x); an
        act held over somebody on a condition ("unless", "if" with a hostile act) is a
        threat whatever the act."""
        mood = draft.mood
        if mood.polarity != "positive" or draft.entry is PROMISE and mood.cause is None:
            return None
        condition = _condition(draft.match.token)
        quad = self.ontology.plover[draft.entry.type].quad
        if mood.modality in ("future", "hypothetical") and draft.entry.type != "THREATEN" and (
                condition == "unless" or (condition == "if" and quad >= 3)):
            code = INTENT_CODES.get(draft.entry.cameo[:2]) if quad >= 3 else "130"
            return Trigger(draft.entry.words, draft.entry.pos, code or "130", "THREATEN")
        if mood.cause not in INTENT_CAUSES:
            return None
        code = "030" if draft.entry is PROMISE else INTENT_CODES.get(draft.entry.cameo[:2])
        if code is None:
            return None
        return Trigger(draft.entry.words, draft.entry.pos, code, self.ontology.code(code).plover)

    def _event(self, entry: Trigger, actor: Actor, recipient: Actor, mood: Modality,
               match: Match, scene: Scene, when: Dated) -> Event:
        article, sent, number = scene.article, scene.sent, scene.number
        doc = sent.doc
        state = recipient.code if recipient.kind in HOMED else actor.code
        start, end = doc[match.start].idx, doc[match.end - 1].idx + len(doc[match.end - 1])
        code = self.ontology.code(entry.cameo)
        kind = self.ontology.plover[entry.type]
        confidence = 0.4 + 0.25 * bool(actor.code) + 0.25 * bool(recipient.code)
        return Event(
            id=_stable_id(article.id, number, start, entry.type, actor.code, recipient.code),
            doc_id=article.id,
            sentence=number,
            type=entry.type,
            mode=entry.mode,
            cameo=entry.cameo,
            quad=kind.quad,
            goldstein=code.goldstein,
            actor=actor,
            recipient=recipient,
            asserted=mood.asserted,
            polarity=mood.polarity,
            modality=mood.modality,
            date=when.date,
            date_text=when.text,
            date_precision=when.precision,
            location=scene.places.location_of(match.token, scene.where, state),
            trigger=TextSpan(article.text[start:end], start, end),
            evidence=_evidence(sent),
            confidence=round(confidence + 0.1 * (entry.pos == "verb"), 2),
        )

    # -- statements ---------------------------------------------------------------

    def _statement(self, said, scene: Scene) -> Statement:
        article, sent, number = scene.article, scene.sent, scene.number
        verb: Token = said.verb
        text = article.text
        return Statement(
            id=_stable_id(article.id, number, said.start, "statement"),
            doc_id=article.id,
            sentence=number,
            speaker=said.speaker,
            verb=verb.lemma_.lower(),
            content=TextSpan(text[said.start:said.end], said.start, said.end),
            direct=said.direct,
            date=date_of(verb, scene.times, scene.published).date,
            trigger=TextSpan(verb.text, verb.idx, verb.idx + len(verb)),
            evidence=_evidence(sent),
        )


def _evidence(sent: Span) -> TextSpan:
    text = sent.text
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return TextSpan(stripped, sent.start_char + lead, sent.start_char + lead + len(stripped))


def _condition(tok: Token) -> str | None:
    """'if' or 'unless' when the act hangs on a condition clause of its own clause."""
    for clause in (tok, tok.head) if tok.dep_ in ("xcomp", "dobj") else (tok,):
        for child in clause.children:
            if child.dep_ == "advcl":
                for mark in child.children:
                    if mark.dep_ == "mark" and mark.lower_ in ("if", "unless"):
                        return mark.lower_
    return None


@dataclass(frozen=True)
class Scene:
    """One sentence with what its events share: the article, its dates and places."""

    article: Article
    sent: Span
    number: int
    published: date | None
    times: list[Span]
    where: list[Span]
    places: ArticlePlaces


@dataclass
class Draft:
    """A trigger with its arguments, before it becomes one event per actor pair."""

    match: Match
    entry: Trigger
    mood: Modality
    actors: list[Actor]
    recipients: list[Actor]
    guessed: bool = False  # the recipient is only the nearest one named in the clause


def _borrow_recipients(drafts: list[Draft]) -> None:
    """'Promised to continue aid to Mozambique': the promise goes to whom the aid goes;
    'called for X, which NATO rejected': a rejection goes to who asked."""
    for d in drafts:
        if d.recipients:
            continue
        tok = _anchor(d.match)
        if d.entry.type == "REJECT" and tok.dep_ == "relcl":
            asked = [o for o in drafts if o.entry.type == "REQUEST" and o.actors
                     and o.match.token.is_ancestor(tok)]
            if asked:
                d.recipients = asked[0].actors
                continue
        own = {a.code for a in d.actors}
        for other in drafts:
            inner = other.match.token
            if other is not d and other.recipients and _embedded(inner, tok):
                d.recipients = [r for r in other.recipients if r.code not in own]
                if d.recipients:
                    break


def _domestic(actor: Actor, other: Actor) -> Actor:
    """'The police arrested protesters': a side named but not known shares the state of
    the side that is known."""
    if other.code is None and (other.sector or other.kind == "unknown") and \
            actor.kind in HOMED and actor.code:
        return Actor(code=actor.code, sector=other.sector, text=other.text, kind="state")
    return other


def _pairs(entry: Trigger, actors: list[Actor], recipients: list[Actor],
           guessed: bool = False) -> list[tuple]:
    nobody = Actor(code=None)
    if not recipients and entry.type in DOMESTIC_TYPES:
        recipients = [Actor(code=a.code, kind="state") for a in actors[:1]
                      if a.kind in HOMED and a.code]
    known = [a for a in actors if a.code]
    codes = {a.code for a in known}
    mutual = entry.mutual or entry.type in UNORDERED
    if len(known) >= 2 and mutual and all(r.code in codes or r.code is None for r in recipients):
        first, rest = known[0], [a for a in known[1:] if (a.code, a.sector, a.text) !=
                                 (known[0].code, known[0].sector, known[0].text)]
        pairs = [(first, r) for r in rest]
        if entry.type not in UNORDERED:
            pairs += [(r, first) for r in rest]
        return pairs
    return [(a if guessed else _domestic(r, a), _domestic(a, r))
            for a in actors or [nobody] for r in recipients or [nobody]]


def _anchor(match: Match) -> Token:
    """Where an act stands in its clause: a nominal event held by a light verb ("continued
    their hunger strike to demand ...") stands where that verb does."""
    tok = match.token
    if match.entry.pos == "noun" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
        return tok.head
    return tok


EMBEDDING = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp", "attr",
                       "conj"})


def _embedded(inner: Token, outer: Token) -> bool:
    """Whether an act is the content of another ('promised to send aid', 'agreed to talks'),
    not a separate clause hanging from it ('..., saying that')."""
    tok = inner
    while tok.i != outer.i:
        # an infinitive ("to allow", "the desire not to sever"), not "saying" or "deployed"
        purpose = tok.dep_ in ("advcl", "acl") and tok.tag_ == "VB"
        if (tok.dep_ not in EMBEDDING and not purpose) or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _merge(events: list[Event]) -> list[Event]:
    """One record for one event. The same event said twice in one article (headline and
    body, or two sentences) is kept once, with what each mention adds: a side the first
    left unknown, the date one of them gives, the place."""
    kept: list[Event] = []
    for e in events:
        same = min((k for k in kept if _same_event(k, e)),
                   key=lambda k: abs(k.sentence - e.sentence), default=None)
        if same is None:
            kept.append(e)
        else:
            _absorb(same, e)
    return kept


def _same_event(a: Event, b: Event) -> bool:
    sides = ((a.actor.code, b.actor.code), (a.recipient.code, b.recipient.code))
    return (a.type, a.asserted, a.polarity, a.modality) == (b.type, b.asserted, b.polarity,
                                                             b.modality) \
        and all(x == y or x is None or y is None for x, y in sides) \
        and (a.date == b.date or a.date_text is None or b.date_text is None)


def _absorb(kept: Event, other: Event) -> None:
    if kept.actor.code is None and other.actor.code:
        kept.actor = other.actor
    if kept.recipient.code is None and other.recipient.code:
        kept.recipient = other.recipient
    if kept.date_text is None and other.date_text:
        kept.date, kept.date_text, kept.date_precision = \
            other.date, other.date_text, other.date_precision
    if kept.location is None:
        kept.location = other.location
