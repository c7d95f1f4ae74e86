"""Words that may be missing triggers: verbs and nominal heads that stand between two
coded actors ("Russia shelled Kharkiv", "Kenya's blockade of Somalia") in the stored
articles where no event was coded. Reading them needs the parse: the latest articles are
parsed again, at most a given number."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..actors.resolve import ArticleActors
from ..context.frame import read_frame
from ..events.words import REPORTING
from ..nlp.commas import without_commas
from ..records import Article
from ..settings import Settings

EXAMPLES = 2
SKIPPED = frozenset({"be", "have", "do", "say", "tell", "become", "remain", "include"})
# prepositions that take the other side of a nominal event ("an attack on", "talks with")
SIDE_PREPS = frozenset({"on", "against", "with", "to", "between", "of", "for", "toward",
                        "towards", "into"})


@dataclass
class Word:
    lemma: str
    pos: str  # verb or noun
    count: int = 0
    known: bool = False  # in the trigger lexicon, with an object or subject list that missed
    examples: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"lemma": self.lemma, "pos": self.pos, "count": self.count,
                "known": self.known, "examples": self.examples}


def _coded(actors: ArticleActors, tok: Token | None) -> bool:
    return tok is not None and any(a.code for a in actors.resolve(tok))


def _child(tok: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _prep_object(tok: Token, preps: frozenset[str] | None = None) -> Token | None:
    for prep in tok.children:
        if prep.dep_ == "prep" and (preps is None or prep.lower_ in preps):
            found = _child(prep, ("pobj",))
            if found is not None:
                return found
    return None


def _between(actors: ArticleActors, tok: Token) -> bool:
    """Whether the word has a coded actor on each side."""
    if tok.pos_ == "VERB":
        subject = _child(tok, ("nsubj",))
        other = _child(tok, ("dobj",)) or _prep_object(tok)
        return _coded(actors, subject) and _coded(actors, other)
    if tok.pos_ == "NOUN":
        owner = _child(tok, ("poss", "compound", "amod"))
        other = _prep_object(tok, SIDE_PREPS)
        return _coded(actors, owner) and _coded(actors, other)
    return False


def unmatched(con, settings: Settings, top: int = 50, articles: int = 500) -> list[Word]:
    from .. import get_coder

    coder = get_coder(settings)
    speech = coder.triggers.speech | REPORTING
    lexicon = coder.actor_matcher.lexicon  # "envoy to", "ambassador to": who, not what
    people = set(lexicon.sectors) | lexicon.people | set(lexicon.titles)
    rows = con.execute("SELECT id, text FROM current_articles "
                       "ORDER BY date DESC NULLS LAST, id LIMIT ?", [articles]).fetchall()
    triggers = _trigger_offsets(con, [r[0] for r in rows])
    found: dict[tuple[str, str], Word] = {}
    for article_id, text in rows:
        doc = without_commas(coder.nlp(coder.preparer.prepare(Article(article_id, text))[0]))
        actors = ArticleActors(coder.actor_matcher, doc, speech,
                               read_frame(text, coder.outlets))
        coded = triggers.get(article_id, set())
        for tok in doc:
            lemma = tok.lemma_.lower()
            if lemma in SKIPPED or lemma in speech or lemma in people or \
                    tok.idx in coded or not _between(actors, tok):
                continue
            pos = "verb" if tok.pos_ == "VERB" else "noun"
            word = found.setdefault((lemma, pos), Word(lemma, pos, known=lemma in (
                coder.triggers.verbs if pos == "verb" else coder.triggers.nouns)))
            word.count += 1
            if len(word.examples) < EXAMPLES:
                sentence = " ".join(tok.sent.text.split())
                word.examples.append({"article_id": article_id, "start": tok.idx,
                                      "end": tok.idx + len(tok), "sentence": sentence})
    ranked = sorted(found.values(), key=lambda w: (-w.count, w.lemma, w.pos))
    return ranked[:top]


def _trigger_offsets(con, ids: list[str]) -> dict[str, set[int]]:
    """The characters of every stored trigger, by article."""
    offsets: dict[str, set[int]] = {}
    for article_id, start, end in con.execute(
            "SELECT article_id, trigger_start, trigger_end FROM events "
            "WHERE article_id IN (SELECT unnest(?)) AND trigger_start IS NOT NULL",
            [ids]).fetchall():
        offsets.setdefault(article_id, set()).update(range(start, end))
    return offsets

