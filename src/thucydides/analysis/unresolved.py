"""The names the dictionaries missed: sides of stored events and statements that got no
code, most frequent first, each with a suggested code and sector and the evidence for it.

The evidence is read from the stored text with the dictionaries' matchers (no parse):
a nationality or an organisation before the name ("Ukrainian lawmaker X"), a possessive
("Kenya's X"), an apposition or an "of" phrase after it ("X, a Sudanese general,",
"X of Ukraine"), a title (the sector), the states where the events took place, and the
article's state (its dateline and the states it names most, as the coder counts them).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..actors.lexicon import load_actor_lexicon
from ..actors.resolve import ActorMatcher
from ..context.article import build_context
from ..context.frame import read_frame
from ..dates import parse_day

SIDES = (("events", "actor"), ("events", "recipient"), ("statements", "speaker"))
# words that open a phrase without naming anything: "the Workers' Front", "his country"
OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that",
                     "these", "those", "some", "many", "several", "both"})
DIRECT_WEIGHT = 3  # a word about the name itself outweighs where it acts
EXAMPLES = 2
ARTICLES_READ = 20  # per name: the articles whose state is worked out
MENTIONS_READ = 200  # per name: the mentions whose words are read
POOL = 3  # names read per name listed
LOOK_BEFORE = 5  # tokens before a name searched for a nationality or an owner
APPOSITION_TOKENS = 12


@dataclass
class Mention:
    table: str  # events or statements
    article_id: str
    start: int | None
    end: int | None
    kind: str | None
    code: str | None
    name: str | None
    text: str
    sector: str | None
    title: str | None
    country: str | None  # where the event took place
    other: str | None  # the code of the event's other side
    sentence: str | None
    sentence_start: int | None


@dataclass
class Unresolved:
    name: str
    kind: str  # person, or group for any other name
    events: int
    statements: int
    changes: int = 0  # mentions whose code the suggestion would change (or give)
    code: str | None = None  # suggested
    sector: str | None = None
    title: str | None = None
    evidence: list[str] = field(default_factory=list)
    examples: list[dict] = field(default_factory=list)

    @property
    def mentions(self) -> int:
        return self.events + self.statements

    def to_dict(self) -> dict:
        return {"name": self.name, "kind": self.kind, "events": self.events,
                "statements": self.statements, "changes": self.changes,
                "code": self.code, "sector": self.sector,
                "title": self.title, "evidence": self.evidence, "examples": self.examples}


OTHER = {"actor": "e.recipient_code", "recipient": "e.actor_code", "speaker": "NULL"}


def _mention_sql(table: str, side: str) -> str:
    place = "e.location_country" if table == "events" else "NULL"
    return f"""SELECT '{table}', e.article_id, e.{side}_start, e.{side}_end, e.{side}_kind,
    e.{side}_code, e.{side}_name, e.{side}_text, e.{side}_sector, e.{side}_title, {place},
    {OTHER[side]}, e.evidence_text, e.evidence_start
FROM {table} e JOIN current_articles a ON a.id = e.article_id
WHERE e.{side}_text IS NOT NULL AND (e.{side}_code IS NULL OR e.{side}_name IS NOT NULL
    OR e.{side}_kind = 'unknown')
    AND (CAST(? AS DATE) IS NULL OR coalesce(e.date, a.date) >= CAST(? AS DATE))"""


def mentions(con, since: date | str | None = None) -> list[Mention]:
    """Every side of a current article's event or statement that has words but no code,
    or is a person or an unknown (whose code is a guess)."""
    sql = "\nUNION ALL\n".join(_mention_sql(t, s) for t, s in SIDES) + \
        "\nORDER BY 2, 3"
    day = parse_day(since, "--since")
    rows = con.execute(sql, [day, day] * len(SIDES)).fetchall()
    return [Mention(*row) for row in rows]


def _generic(word: str, lexicon) -> bool:
    """A noun for people or an office ("Police", "Officials"), capitalised or not."""
    lower = word.lower()
    return any(w in lexicon.sectors or w in lexicon.people or w in lexicon.titles
               for w in (lower, lower[:-1]))


def name_of(m: Mention, lexicon) -> str | None:
    """The name a mention gives that the dictionaries do not know: a person's, or the
    words of a side no dictionary entry named (whatever code a guess gave either); None
    for words that name nobody ("thousands", "his country": no capital but the sentence's
    first)."""
    if m.name:  # only persons have a name
        return None if m.name in lexicon.aliases else m.name
    if m.code is not None and m.kind != "unknown":  # unknown: described, in no dictionary
        return None
    words = m.text.split()
    while words and words[0].lower() in OPENERS:
        words = words[1:]
    if words and words[-1].endswith(("'s", "\u2019s")):
        words[-1] = words[-1][:-2]
    opened = len(words) < len(m.text.split())
    at_start = m.start is not None and m.start == m.sentence_start
    capitals = [w for n, w in enumerate(words)
                if w[:1].isupper() and (n or opened or not at_start) and
                not _generic(w, lexicon)]
    return " ".join(words) if capitals else None


@lru_cache(maxsize=4)
def matcher_for(actor_files: tuple[Path, ...] = ()) -> ActorMatcher:
    """The dictionaries' matchers over a plain English tokenizer: no model to load."""
    import spacy

    return ActorMatcher(spacy.blank("en"), load_actor_lexicon(actor_files))


class Evidence:
    """What the words around one name's mentions, and their articles, say of its state."""

    def __init__(self, matcher: ActorMatcher, article_state):
        self.matcher, self.lexicon = matcher, matcher.lexicon
        self.article_state = article_state  # article id -> its state, or None
        self.votes: Counter = Counter()
        self.reasons: dict[str, Counter] = {}
        self.titles: Counter = Counter()

    def vote(self, code: str, reason: str, weight: int = 1, times: int = 1) -> None:
        self.votes[code] += weight * times
        self.reasons.setdefault(code, Counter())[reason] += times

    def read(self, m: Mention) -> None:
        if m.sentence and m.start is not None and m.sentence_start is not None:
            self._words(m.sentence, m.start - m.sentence_start, m.end - m.sentence_start)
        # where the sentence names no place, the coder places the event in the other
        # side's state: no evidence of this side's
        if m.country and m.country != m.other:
            self.vote(m.country, f"acts in {m.country}")
        if m.code:  # the coder's own guess (a nationality, a title, the scene)
            self.vote(m.code, f"coded {m.code} by the coder")

    def _words(self, sentence: str, start: int, end: int) -> None:
        doc = self.matcher.make_doc(sentence)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return
        for alias in self.matcher.alias_spans(doc):
            entry = self.lexicon.aliases[doc.vocab.strings[alias.label]]
            if entry.code is None or entry.kind in ("person", "outlet"):
                continue
            how = self._how(alias, span, doc)
            if how:
                self.vote(entry.code, f"{how} '{alias.text}'", DIRECT_WEIGHT)
        for title in self.matcher.title_spans(doc):
            if span.start - LOOK_BEFORE <= title.start and title.end <= span.start or \
                    self._in_apposition(title, span, doc):
                self.titles[title.text] += 1

    def _how(self, alias, span, doc) -> str | None:
        """How an alias in the sentence bears on the name, if it does."""
        if span.start <= alias.start and alias.end <= span.end:
            return "in the name" if alias.end < span.end else None
        if span.start - LOOK_BEFORE <= alias.start and alias.end <= span.start:
            between = doc[alias.end:span.start]
            if any(t.is_punct and t.text not in ("'s", "'", "\u2019s") for t in between):
                return None
            if between and between[0].lower_ in ("'s", "\u2019s", "'"):
                return "possessive"
            return "nationality" if self._role(alias) == "adjective" else "before the name"
        if alias.end <= span.start and self._before_apposition(alias, span, doc):
            return "apposition"
        if alias.start >= span.end:
            if span.end < len(doc) and doc[span.end].lower_ == "of" and \
                    alias.start == span.end + 1:
                return "of"
            if self._in_apposition(alias, span, doc):
                return "apposition"
        return None

    @staticmethod
    def _before_apposition(alias, span, doc) -> bool:
        """In "The US ambassador to the OSCE, Michael Carpenter, said": the name is in
        apposition to the phrase before it."""
        comma = span.start - 1
        if comma < 0 or doc[comma].text != "," or comma - alias.end > APPOSITION_TOKENS:
            return False
        return not any(tok.is_punct for tok in doc[alias.end:comma])

    def _role(self, alias) -> str:
        return self.lexicon.aliases[alias.doc.vocab.strings[alias.label]].role

    @staticmethod
    def _in_apposition(found, span, doc) -> bool:
        """Inside ", a Sudanese general," right after the name."""
        if span.end >= len(doc) or doc[span.end].text != "," or found.start <= span.end:
            return False
        stop = min(len(doc), span.end + 1 + APPOSITION_TOKENS)
        for tok in doc[span.end + 1:stop]:
            if tok.i >= found.end:
                return True
            if tok.is_punct:
                return False
        return False

    def of_articles(self, article_ids: list[str]) -> None:
        """The state of each article, once for each mention there."""
        for article_id, n in Counter(article_ids).most_common(ARTICLES_READ):
            state = self.article_state(article_id)
            if state:
                self.vote(state, f"article's state {state}", times=n)

    def suggestion(self) -> tuple[str | None, list[str]]:
        if not self.votes:
            return None, ["nothing around the name points to a state"]
        code = self.votes.most_common(1)[0][0]
        said = [f"{reason} (x{n})" if n > 1 else reason
                for reason, n in self.reasons[code].most_common()]
        others = [c for c in self.votes if c != code]
        if others:
            said.append("also: " + ", ".join(f"{c} ({self.votes[c]})" for c in others[:3]))
        return code, said


def article_state_reader(con, matcher: ActorMatcher):
    """article id -> the article's state: its dateline's, else the state its words name
    most (the headline's count double), as the coder weighs them."""
    from ..where.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    known: dict[str, str | None] = {}

    def state(article_id: str) -> str | None:
        if article_id not in known:
            row = con.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
            text = row[0] if row else ""
            frame = read_frame(text, matcher.lexicon.outlets)
            known[article_id] = build_context(frame, matcher.states_in(text),
                                              gazetteer).main_state
        return known[article_id]

    return state


def _most(values) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def unresolved(con, top: int = 50, since: date | str | None = None,
               actor_files: tuple[Path, ...] = ()) -> list[Unresolved]:
    """The `top` names whose mentions a dictionary entry would change most, with
    suggestions; a pool of the names most often uncoded is read, not every name."""
    matcher = matcher_for(tuple(actor_files))
    by_name: dict[str, list[Mention]] = {}
    for m in mentions(con, since):
        name = name_of(m, matcher.lexicon)
        if name:
            by_name.setdefault(name, []).append(m)
    pool = sorted(by_name.items(), key=lambda item: (
        -sum(m.code is None for m in item[1]), -len(item[1]), item[0]))[:top * POOL]
    article_state = article_state_reader(con, matcher)
    found = [_suggest(name, named, matcher, article_state) for name, named in pool]
    found.sort(key=lambda u: (-u.changes, -u.mentions, u.name))
    return found[:top]


def _suggest(name: str, found: list[Mention], matcher: ActorMatcher,
             article_state) -> Unresolved:
    evidence = Evidence(matcher, article_state)
    for m in found[:MENTIONS_READ]:
        evidence.read(m)
    evidence.of_articles([m.article_id for m in found])
    code, said = evidence.suggestion()
    title = _most(m.title for m in found) or _most(evidence.titles.elements())
    sector = _most(m.sector for m in found) or \
        (matcher.lexicon.titles.get(title.lower()) if title else None)
    if title and sector:
        said.append(f"sector {sector} from the title '{title}'")
    kind = "person" if any(m.name for m in found) else "group"
    events = sum(m.table == "events" for m in found)
    changes = sum(m.code is None or m.code != code for m in found)
    examples = [{"article_id": m.article_id, "start": m.start, "end": m.end,
                 "sentence": m.sentence, "sentence_start": m.sentence_start}
                for m in _examples(found)]
    return Unresolved(name, kind, events, len(found) - events, changes, code, sector, title,
                      said, examples)


def _spelled(m: Mention) -> bool:
    """Whether the words at the mention are the name itself, not a pronoun."""
    if m.sentence is None or m.start is None or m.sentence_start is None:
        return False
    at = m.start - m.sentence_start
    return m.sentence[at:at + m.end - m.start] in (m.name, m.text)


def _examples(found: list[Mention]) -> list[Mention]:
    """Mentions in different sentences, from different articles where there are; those
    that spell the name out before those that point back to it ("he")."""
    found = sorted(found, key=lambda m: not _spelled(m))
    picked: list[Mention] = []
    for m in found:
        if all(m.article_id != p.article_id for p in picked):
            picked.append(m)
    for m in found:
        if m not in picked and all(m.sentence != p.sentence for p in picked):
            picked.append(m)
    return picked[:EXAMPLES]


# -- the overlay file ----------------------------------------------------------------------

def _yaml(value: str | None) -> str:
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def overlay(found: list[Unresolved], store: str) -> str:
    """The suggestions as an actor dictionary (docs/lexicon.md), each commented with its
    evidence; a name with no suggested state is left commented out, to be filled in."""
    lines = [f"# Names the dictionaries missed in {store}, with the codes suggested by",
             "# 'thucydides actors --unresolved'. Check each entry, mend or delete it, then:",
             f"#   thucydides recode --db {store} --actors THIS_FILE",
             "version: 1", "actors:"]
    for u in found:
        lines.append(f"  # events {u.events}, statements {u.statements}; "
                     + "; ".join(u.evidence))
        for ex in u.examples:
            sentence = " ".join((ex["sentence"] or "").split())
            lines.append(f"  #   {ex['article_id']}:{ex['start']}-{ex['end']}: {sentence[:150]}")
        entry = _entry(u)
        if u.code is None:
            entry = [f"# {line}" for line in entry]
        lines += [f"  {line}" for line in entry]
    return "\n".join(lines) + "\n"


def _entry(u: Unresolved) -> list[str]:
    if u.kind == "person":
        lines = [f"- name: {_yaml(u.name)}", "  kind: person"]
    else:
        lines = [f"- names: [{_yaml(u.name)}]", "  kind: group"]
    lines += [f"  code: {_yaml(u.code)}", f"  sector: {_yaml(u.sector)}"]
    if u.kind == "person" and u.title:
        lines.append(f"  title: {_yaml(u.title)}")
    return lines
