"""The coder: articles in, events and statements out.

Stages, each in its own module: clean (ingest.clean) -> parse (nlp) -> actors
(actors.resolve) -> triggers, arguments, modality and statements (events.*).
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from .actors.lexicon import load_actor_lexicon
from .actors.resolve import ActorMatcher, ArticleActors
from .events.arguments import Arguments, subject_of
from .events.drafts import HOMED, UNORDERED, Draft, borrow_recipients, condition_of, pairs_of
from .events.lexicon import Trigger, load_trigger_lexicon
from .events.merge import merge
from .events.modality import INTENT, Modality, modality_of, obligation
from .events.ontology import load_ontology
from .events.statements import find_quotes, find_statements
from .events.triggers import Match, find_triggers
from .ingest.clean import body_text
from .ingest.read import SURROGATES, whole_characters
from .nlp.limits import split_token_runs, tokens_within_limits
from .nlp.pipeline import load_pipeline
from .records import Actor, Article, CodedArticle, Event, Statement
from .records import Span as TextSpan
from .settings import Settings
from .when.attach import Dated, date_of, publication, time_phrases
from .where.attach import ArticlePlaces
from .where.gazetteer import load_gazetteer

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
# the last character of a punctuation token that ends a sentence (the limit on its length)
SENTENCE_ENDS = ".!?\u3002\u061f"
# characters without a space that are tokenized as one piece
LONGEST_RUN = 1_000
LONG_RUN = re.compile(rf"\S{{{LONGEST_RUN + 1},}}")
# where an overlong sentence is best split: before these words, after these marks
CLAUSE_OPENERS = frozenset({"and", "but", "or", "nor", "yet", "so", "while", "whereas", "because",
                            "although", "though", "which", "who", "when", "after", "before"})
CLAUSE_ENDS = frozenset({",", ";", ":", "\u2014"})


def _stable_id(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]



def _reported(verb: Token) -> Token | None:
    """The clause a verb reports: "protested that the police ...", or the sentence before
    "..., a rights group protested" (parsed as a clause on the group: "group" <- "protested")."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            return child
    head = verb.head
    passive = any(c.dep_ in ("agent", "dobj", "auxpass") for c in verb.children)
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and not passive and \
            head.dep_ == "appos" and \
            head.left_edge.i > verb.sent.start and verb.doc[head.left_edge.i - 1].text == ",":
        return verb.sent.root
    return None

class Coder:
    """Loads the pipeline and the dictionaries once; codes any number of articles."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.nlp = load_pipeline(self.settings.model)
        self.nlp.max_length = max(self.nlp.max_length, self.settings.max_article_chars)
        self.actor_matcher = ActorMatcher(self.nlp, load_actor_lexicon(self.settings.actor_files))
        self.triggers = load_trigger_lexicon(self.settings.trigger_files)
        self.ontology = load_ontology()

    def code(self, article: Article) -> CodedArticle:
        return next(self.code_many([article]))

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        prepared = (self._prepare(a) for a in articles)
        for doc, (article, warnings) in self.nlp.pipe(prepared, as_tuples=True,
                                                      batch_size=self.settings.batch_size):
            coded = self.code_doc(doc, article)
            coded.warnings[:0] = warnings
            yield coded

    def _prepare(self, article: Article) -> tuple[Doc, tuple[Article, list[str]]]:
        """The article's words before parsing, cut and split to the limits, and the
        warnings that say so."""
        limit, longest = self.settings.max_article_chars, self.settings.max_sentence_chars
        warnings = []
        text = whole_characters(article.text)
        if text != article.text:
            warnings.append(SURROGATES)
            article = replace(article, text=text)
        if len(article.text) > limit:
            warnings.append(f"text cut at {limit} characters (max_article_chars)")
        doc, runs, bounded = tokens_within_limits(
            body_text(article.text[:limit]), self._tokens, self.settings.max_article_tokens)
        if runs:
            warnings.append(f"{runs} run(s) of over {LONGEST_RUN} characters without a space "
                            f"tokenized in pieces of {LONGEST_RUN}")
        split = split_long_sentences(doc, longest)
        if split:
            warnings.append(f"{split} sentence(s) longer than {longest} characters split "
                            f"before parsing (max_sentence_chars)")
        bounded += split_token_runs(doc, self.settings.max_sentence_tokens)
        return doc, (article, warnings + bounded)

    def _tokens(self, text: str) -> tuple[Doc, int]:
        """The text as tokens, and how many runs without a space were cut. spaCy strips
        brackets and quotes from a word one at a time, searching the whole word each time:
        a word of n of them costs n squared (50,000 brackets: minutes)."""
        runs = list(LONG_RUN.finditer(text))
        if not runs:
            return self.nlp.make_doc(text), 0
        cuts = [at for run in runs for at in range(run.start() + LONGEST_RUN, run.end(),
                                                  LONGEST_RUN)]
        bounds = [0, *cuts, len(text)]
        pieces = [self.nlp.make_doc(text[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        doc = Doc.from_docs(pieces, ensure_whitespace=False)
        first = 0
        for piece in pieces[:-1]:
            first += len(piece)
            doc[first].is_sent_start = None  # from_docs starts a sentence at each piece
        return doc, len(runs)

    def code_doc(self, doc: Doc, article: Article) -> CodedArticle:
        budget = self.settings.max_seconds_per_article
        deadline = time.monotonic() + budget
        actors = ArticleActors(self.actor_matcher, doc, self.triggers.speech | REPORTING)
        located = self.settings.dates_and_places
        places = ArticlePlaces(load_gazetteer() if located else None, doc, actors.states(),
                               actors.main_state())
        actors.places = places
        arguments = Arguments(actors)
        coded = CodedArticle(article)
        quotes = find_quotes(article.text)
        published = publication(article.date)
        sentences = [s for s in doc.sents if s.text.strip()]
        times = time_phrases(doc) if located else {}
        for number, sent in enumerate(sentences):
            if number and time.monotonic() > deadline:  # the first is always coded
                coded.warnings.append(
                    f"coding stopped after {budget:g} seconds (max_seconds_per_article): "
                    f"sentences {number + 1} to {len(sentences)} were not coded")
                break
            scene = Scene(article, sent, number, published,
                          times.get(sent.start, []), places.phrases(sent), places)
            coded.events.extend(self._sentence_events(scene, arguments))
            for said in find_statements(sent, actors, self.triggers.speech, quotes):
                coded.statements.append(self._statement(said, scene))
        coded.events = merge(coded.events)
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
        for d in drafts:  # "X and Y held war games": done together, the act is cooperation
            if d.entry.joint is not None and len({a.code for a in d.actors if a.code}) > 1:
                d.entry = d.entry.joint
            # "X protested that ...", "..., a group protested": a complaint, not a demonstration
            reported = _reported(d.match.token) if d.entry.reporting is not None and \
                d.match.entry.pos == "verb" else None
            if reported is not None:
                d.entry = d.entry.reporting
                if not d.actors and d.match.token.dep_ == "acl":
                    d.actors = arguments.actors.resolve(d.match.token.head)
                if not any(r.code for r in d.recipients):
                    d.recipients = arguments.actors.resolve(subject_of(reported)) or \
                        d.recipients
        borrow_recipients(drafts)
        for d in drafts:
            if not any(r.code for r in d.recipients):
                mutual = len({a.code for a in d.actors if a.code}) > 1
                # "Russia and Ukraine held talks in Belarus": the pair is the event
                guess = [] if mutual else arguments.in_clause(d.match.token, d.actors)
                d.recipients, d.guessed = guess or d.recipients, bool(guess)
        events: list[Event] = []
        for d in drafts:
            pairs = pairs_of(d.entry, d.actors, d.recipients, d.guessed)
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
                    pairs = pairs_of(replace(intent, mutual=True), d.actors, d.recipients,
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
        condition = condition_of(draft.match.token)
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
            # what makes a statement: its content span and its verb (two verbs may report
            # the same words)
            id=_stable_id(article.id, number, said.start, said.end, verb.idx, "statement"),
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


def split_long_sentences(doc: Doc, limit: int) -> int:
    """Start a sentence wherever a stretch of text without a sentence end would grow past
    `limit` characters: before the last conjunction or after the last comma in the second half
    of the piece, else at its last space, else between two tokens. The parser then never sees
    a giant sentence. Returns how many stretches were split."""
    start, space, clause, split, last = 0, None, None, 0, -1
    for tok in doc:
        if tok.is_punct and tok.text[-1] in SENTENCE_ENDS or "\n\n" in tok.text:
            start, space, clause = tok.idx + len(tok.text), None, None
            continue
        if tok.i and doc[tok.i - 1].whitespace_ or tok.is_space:
            space = tok.i
            if tok.lower_ in CLAUSE_OPENERS or doc[tok.i - 1].text in CLAUSE_ENDS:
                clause = tok.i
        if tok.idx + len(tok.text) - start > limit and tok.i and tok.idx > start:
            at = next((i for i in (clause, space) if i is not None and
                       doc[i].idx - start > (limit // 2 if i == clause else 0)), tok.i)
            doc[at].is_sent_start = True
            if at + 1 < len(doc):  # the parser may otherwise leave the first word alone
                doc[at + 1].is_sent_start = False
            split += last < start
            last = start = doc[at].idx
            space = clause = None
    return split


def _evidence(sent: Span) -> TextSpan:
    text = sent.text
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return TextSpan(stripped, sent.start_char + lead, sent.start_char + lead + len(stripped))


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




