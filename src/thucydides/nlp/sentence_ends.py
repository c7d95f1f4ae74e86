"""Sentence ends for text stripped of its punctuation.

Some local newspapers and incident logs reach us lower-cased and without full stops or
commas. The parser then reads a whole paragraph as one sentence, and the actor of one
sentence is taken for the actor of the next one's trigger. Here a small logistic model
guesses where sentences start, from the words on either side of each gap and their tags
(the tagger run on a copy of the Doc), and the guesses are set on the Doc before the
parser runs.
Text that has its sentence ends is left as it is. `train/train_sentence_ends.py` fits
the model on the project's punctuated articles, stripped of their marks.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..ingest.clean import STRIPPED_WORDS, WORDS_PER_STOP
from .limits import SENTENCE_ENDS

MODEL_FILE = Path(__file__).parent / "data" / "sentence_ends.json"
# the marks a stripped text has lost; what is left of a word without them is its feature
STRIPPED = str.maketrans("", "", ".,;:!?\"'()\u201c\u201d\u2018\u2019")
# a paragraph of LONG_PARAGRAPH words without a sentence end (one in WORDS_PER_END at
# most) has lost its marks, as ingest.clean judges a page; a shorter one may be a headline
LONG_PARAGRAPH, WORDS_PER_END = STRIPPED_WORDS, WORDS_PER_STOP
SHORTEST = 3  # words of the shortest sentence the model may cut out
EDGE = "<>"  # the word before the first word or after the last
# no sentence starts on a finite verb or a conjunction: a cut there leaves the verb without
# its subject ("the police || arrested", "cordoned off the area || and searched it"); nor on
# a relative word, which opens a clause of the sentence before ("talks hosted by oman ||
# which has mediated", "fled to the capital || where crowds")
NO_START = frozenset({"VBD", "VBZ", "VBP", "VBN", "VBG", "MD", "CC", "WDT", "WP", "WP$", "WRB"})
# nor on a word that opens a clause or phrase hanging from the one before ("held talks with
# the prime minister || with the war", "the strike went ahead || although")
NO_START_WORDS = frozenset({"with", "although", "though", "whereas", "while", "despite"})
# nor inside a name and the words set beside it: a person's name after the title it holds
# ("saudi arabias foreign minister || prince khalid bin saad met"), or an apposition after
# a name ("her son kodjo || a 19-year-old apprentice mechanic was picked up")
TITLES = frozenset({"minister", "president", "spokesman", "spokeswoman", "spokesperson",
                    "secretary", "chief", "leader", "envoy", "ambassador", "commander",
                    "governor", "mayor", "counterpart", "adviser", "advisor", "head",
                    "director", "general", "son", "daughter", "wife", "husband", "brother",
                    "father", "mother"})
NAMES = frozenset({"NNP", "NNPS"})
ARTICLES = frozenset({"a", "an"})


def _inside_a_name(words: list[str], tags: list[str], i: int) -> bool:
    """The gap before words[i] parts a name from its title or its apposition."""
    return tags[i] in NAMES and words[i - 1] in TITLES or \
        words[i] in ARTICLES and tags[i - 1] in NAMES


def word(token: Token) -> str:
    """The token as a stripped text would spell it: lower case, no marks."""
    return token.lower_.translate(STRIPPED)


def shape(text: str) -> str:
    """A number of some digits, a word, or a sign: what is left of an unseen word."""
    if text.isdigit():
        return f"d{min(len(text), 4)}"
    if text.isalpha():
        return "x" if len(text) > 2 else "xs"
    return "xd" if any(c.isdigit() for c in text) else "o"


def case(text: str) -> str:
    """How a word of a cased text begins: a capital after a lost full stop tells much."""
    return "X" if text[:1].isupper() else "x"


def _around(items: list[str], i: int) -> tuple[str, str, str, str]:
    """The two items before the gap at i and the two after it."""
    return ((items[i - 2] if i > 1 else EDGE), items[i - 1], items[i],
            (items[i + 1] if i + 1 < len(items) else EDGE))


def gap_features(words: list[str], i: int, cases: list[str] | None = None,
                 tags: list[str] | None = None) -> list[str]:
    """What the model weighs at the gap before words[i]: the two words on each side, the
    pairs they make, their shapes and endings, the tagger's parts of speech around the gap
    (which carry over to words never seen) and, in a cased text, the next word's case."""
    p2, p1, n1, n2 = _around(words, i)
    found = [f"p={p1}", f"n={n1}", f"pp={p2}", f"nn={n2}", f"pn={p1}|{n1}",
             f"ppp={p2}|{p1}", f"nnn={n1}|{n2}", f"ps={shape(p1)}|{shape(n1)}",
             f"p3={p1[-3:]}", f"n3={n1[:3]}"]
    if tags is not None:
        t2, t1, u1, u2 = _around(tags, i)
        found += [f"t={t1}|{u1}", f"tp={t2}|{t1}|{u1}", f"tn={t1}|{u1}|{u2}"]
    if cases is not None:
        found.append(f"c={cases[i - 1]}{cases[i]}")
    return found


@dataclass(frozen=True)
class EndModel:
    weights: dict[str, float]
    bias: float
    threshold: float

    def chances(self, words: list[str], cases: list[str] | None = None,
                tags: list[str] | None = None) -> list[float]:
        """P(a sentence starts at words[i]) for each i (0 for the first word)."""
        return [0.0] + [self._chance(gap_features(words, i, cases, tags))
                        for i in range(1, len(words))]

    def _chance(self, names: list[str]) -> float:
        z = self.bias + sum(self.weights.get(n, 0.0) for n in names)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def starts(self, words: list[str], cases: list[str] | None = None,
               tags: list[str] | None = None) -> list[int]:
        """Where sentences start (indices into words, never 0): each gap the model rates
        over its threshold, unless it would leave a sentence under SHORTEST words, when
        the likelier of the two wins."""
        chances = self.chances(words, cases, tags)
        picked: list[int] = []
        for i in sorted(range(1, len(words)), key=lambda i: -chances[i]):
            if chances[i] < self.threshold:
                break
            if i >= SHORTEST and len(words) - i >= SHORTEST and \
                    (tags is None or tags[i] not in NO_START and
                     not _inside_a_name(words, tags, i)) and \
                    words[i] not in NO_START_WORDS and all(abs(i - j) >= SHORTEST for j in picked):
                picked.append(i)
        return sorted(picked)


Model = TypeVar("Model", bound=EndModel)


def read_model(path: Path, kind: type[Model] = EndModel) -> Model:
    """A model of gaps as its training script wrote it."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return kind(dict(data["weights"]), float(data["bias"]), float(data["threshold"]))


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_FILE) -> EndModel:
    """The model shipped with the package (train/train_sentence_ends.py makes it)."""
    return read_model(path)


def paragraphs(doc: Doc) -> list[list[Token]]:
    """The Doc's tokens in paragraphs (a line break ends one), without the spaces."""
    out: list[list[Token]] = [[]]
    for tok in doc:
        if tok.is_space:
            if "\n" in tok.text and out[-1]:
                out.append([])
            continue
        out[-1].append(tok)
    return [p for p in out if p]


def _unpunctuated(tokens: list[Token], least: int) -> bool:
    """At least `least` words and (almost) no sentence end among them: a stop on its own,
    or one a word keeps ("Serie A." ends its sentence as one token). The ends are counted
    from the last word, where most texts have one, and only until there are too many."""
    if len(tokens) < least:
        return False
    most = len(tokens) // WORDS_PER_END
    ends = 0
    for tok in reversed(tokens):
        if tok.text[-1] in SENTENCE_ENDS:
            ends += 1
            if ends > most:
                return False
    return True


def stripped_stretches(doc: Doc, paras: list[list[Token]] | None = None
                       ) -> list[list[Token]]:
    """The paragraphs that have lost their sentence ends: every one of a text that has
    lost them all (its short paragraphs too), else each long one without any. `paras`:
    the Doc's `paragraphs`, when already read."""
    if len(doc) < LONG_PARAGRAPH:
        return []  # too few words for the whole or any paragraph to be long: told unread
    paras = paragraphs(doc) if paras is None else paras
    whole = [t for p in paras for t in p]
    least = 2 * SHORTEST if _unpunctuated(whole, LONG_PARAGRAPH) else LONG_PARAGRAPH
    return [p for p in paras if _unpunctuated(p, least)]


COMMAS = frozenset({",", ";", ":"})


def commaless_stretches(doc: Doc, paras: list[list[Token]] | None = None
                        ) -> list[list[Token]]:
    """The paragraphs of a text that kept its full stops but lost every comma, semicolon
    and colon (some copies drop only those): prose of 2 * LONG_PARAGRAPH words never has
    none. The commas are guessed there as in a stripped text. `paras`: the Doc's
    `paragraphs`, when already read."""
    if len(doc) < 2 * LONG_PARAGRAPH:
        return []  # too few words, told unread
    paras = paragraphs(doc) if paras is None else paras
    whole = [t for p in paras for t in p]
    if len(whole) < 2 * LONG_PARAGRAPH or any(t.text in COMMAS for t in whole):
        return []
    return [p for p in paras if len(p) >= 2 * SHORTEST]


def tagged(doc: Doc, nlp: Language | None) -> list[str] | None:
    """The tag of each token of the Doc, from the pipeline's tagger run on a copy (a
    tenth of a parse's time); None without a tagger."""
    if nlp is None or "tagger" not in nlp.pipe_names:
        return None
    copy = doc.copy()
    for name, pipe in nlp.pipeline:
        if name in ("tok2vec", "tagger"):
            copy = pipe(copy)
    return [t.tag_ for t in copy]


def guess_sentence_ends(doc: Doc, nlp: Language | None = None, cased: bool = True,
                        model: EndModel | None = None,
                        stripped: tuple[list[list[Token]], list[str] | None] | None = None
                        ) -> int:
    """Start a sentence where the model guesses one starts, in each stretch of the Doc that
    has lost its marks; the word after stays in the sentence (the parser would otherwise
    leave a word alone). A text that came `cased` tells by its capitals too (one that came
    in lower case has only the capitals truecasing gave it). `stripped`: the stretches
    and tags, when already found. Returns how many starts were set."""
    stretches, tags = stripped or (stripped_stretches(doc), None)
    if not stretches:
        return 0
    model = model or load_model()
    tags = tags or tagged(doc, nlp)
    set_ = 0
    for tokens in stretches:
        kept = [t for t in tokens if word(t)]
        words = [word(t) for t in kept]
        cases = [case(t.text) for t in kept] if cased else None
        for i in model.starts(words, cases, tags and [tags[t.i] for t in kept]):
            tok = kept[i]
            tok.is_sent_start = True
            if tok.i + 1 < len(doc) and doc[tok.i + 1].is_sent_start is None:
                doc[tok.i + 1].is_sent_start = False
            set_ += 1
    return set_
