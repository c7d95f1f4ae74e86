"""The coder: articles in, events and statements out.

Stages, each in its own module: clean (ingest.clean) -> parse (nlp) -> actors
(actors.resolve) -> triggers, arguments, modality and statements (events.*).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from .actors.lexicon import load_actor_lexicon
from .actors.resolve import ActorMatcher, ArticleActors
from .events.arguments import Arguments
from .events.lexicon import Trigger, load_trigger_lexicon
from .events.modality import INTENT, Modality, modality_of
from .events.ontology import load_ontology
from .events.statements import find_quotes, find_statements
from .events.triggers import Match, find_triggers
from .ingest.clean import body_text
from .nlp.pipeline import load_pipeline
from .records import Actor, Article, CodedArticle, Event, Statement
from .records import Span as TextSpan
from .settings import Settings

UNORDERED = frozenset({"AGREE", "CONSULT", "COOPERATE"})
DOMESTIC_SECTORS = frozenset({"CVL", "OPP", "REB", "REF", "LAB", "EDU", "REL", "PTY", "BUS",
                              "JRN", "MED", "AGR", "COP", "MIL", "GOV", "JUD", "LEG", "SPY"})
# what a promised or threatened act becomes: CAMEO root of the act -> intent code
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
                "14": "133", "15": "130", "16": "131", "17": "137", "18": "138", "19": "138",
                "20": "138"}
NON_EVENT_INTENT = INTENT - {"agree", "promise", "pledge", "vow", "offer", "threaten"}


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
        actors = ArticleActors(self.actor_matcher, doc)
        arguments = Arguments(actors)
        coded = CodedArticle(article)
        quotes = find_quotes(doc.text)
        for number, sent in enumerate(s for s in doc.sents if s.text.strip()):
            for match in find_triggers(sent, self.triggers):
                coded.events.extend(self._events(match, arguments, article, sent, number))
            for said in find_statements(sent, actors, self.triggers.speech, quotes):
                coded.statements.append(self._statement(said, article, sent, number))
        coded.events = _dedupe(coded.events)
        return coded

    # -- events -------------------------------------------------------------------

    def _events(self, match: Match, arguments: Arguments, article: Article, sent: Span,
                number: int) -> list[Event]:
        mood = modality_of(match.token, self.triggers.speech)
        actors, recipients = arguments.of(match)
        pairs = _pairs(match.entry, actors, recipients)
        events = [self._event(match.entry, a, r, mood, match, article, sent, number)
                  for a, r in pairs]
        intent = self._intent(match, mood)
        if intent is not None:
            events += [self._event(intent, a, r, Modality(), match, article, sent, number)
                       for a, r in pairs]
        return events

    def _intent(self, match: Match, mood: Modality) -> Trigger | None:
        """A promised act is an AGREE, a threatened one a THREATEN (CAMEO 03x and 13x)."""
        if mood.polarity != "positive" or mood.modality not in ("future", "intended"):
            return None
        if mood.modality == "intended" and not _intent_word(match.token):
            return None
        code = INTENT_CODES.get(match.entry.cameo[:2])
        if code is None:
            return None
        kind = self.ontology.code(code).plover
        return Trigger(match.entry.words, match.entry.pos, code, kind)

    def _event(self, entry: Trigger, actor: Actor, recipient: Actor, mood: Modality,
               match: Match, article: Article, sent: Span, number: int) -> Event:
        doc = sent.doc
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
            date=article.date,
            date_text=None,
            location=None,
            trigger=TextSpan(doc.text[start:end], start, end),
            evidence=_evidence(sent),
            confidence=round(confidence + 0.1 * (entry.pos == "verb"), 2),
        )

    # -- statements ---------------------------------------------------------------

    def _statement(self, said, article: Article, sent: Span, number: int) -> Statement:
        verb: Token = said.verb
        text = sent.doc.text
        return Statement(
            id=_stable_id(article.id, number, said.start, "statement"),
            doc_id=article.id,
            sentence=number,
            speaker=said.speaker,
            verb=verb.lemma_.lower(),
            content=TextSpan(text[said.start:said.end], said.start, said.end),
            direct=said.direct,
            date=article.date,
            trigger=TextSpan(verb.text, verb.idx, verb.idx + len(verb)),
            evidence=_evidence(sent),
        )


def _evidence(sent: Span) -> TextSpan:
    text = sent.text
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return TextSpan(stripped, sent.start_char + lead, sent.start_char + lead + len(stripped))


def _intent_word(tok: Token) -> bool:
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_.lower() in NON_EVENT_INTENT


def _domestic(actor: Actor, other: Actor) -> Actor:
    """'The police arrested protesters': an uncoded side shares the coded side's state."""
    if other.code is None and other.sector in DOMESTIC_SECTORS and actor.kind == "state":
        return Actor(code=actor.code, sector=other.sector, text=other.text, kind="state")
    return other


def _pairs(entry: Trigger, actors: list[Actor], recipients: list[Actor]) -> list[tuple]:
    nobody = Actor(code=None)
    if not recipients and len(actors) >= 2 and (entry.mutual or entry.type in UNORDERED):
        first, rest = actors[0], actors[1:]
        pairs = [(first, r) for r in rest]
        if entry.type not in UNORDERED:
            pairs += [(r, first) for r in rest]
        return pairs
    pairs = []
    for a in actors or [nobody]:
        for r in recipients or [nobody]:
            pairs.append((_domestic(r, a), _domestic(a, r)))
    return pairs


def _dedupe(events: list[Event]) -> list[Event]:
    """The same event said twice in one article (headline and body) is one event."""
    seen: set[tuple] = set()
    kept = []
    for e in events:
        key = (e.type, e.actor.code, e.recipient.code, e.asserted, e.modality, e.date)
        if key not in seen:
            seen.add(key)
            kept.append(e)
    return kept
