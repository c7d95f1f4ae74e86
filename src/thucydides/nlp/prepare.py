"""Text preparation: an article's words as spaCy tokens, cut and split to the limits.

Before the parser sees a text, its scraped furniture is blanked (ingest.clean), lone
surrogates are replaced, overlong runs without a space are cut into pieces and
overlong sentences are split; each such change comes back as a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from ..ingest.clean import body_text
from ..ingest.formats import SURROGATES, whole_characters
from ..ingest.markup import readable
from ..records import Article
from ..settings import Settings
from .commas import GUESSED, comma_gaps, with_commas
from .limits import SENTENCE_ENDS, split_token_runs, tokens_within_limits
from .parse import TEXT, doc_text, lower_case_text, upper_case_text
from .pipeline import wrapped
from .possessives import split_body_possessives, split_possessives
from .sentence_ends import (
    LONG_PARAGRAPH,
    commaless_stretches,
    guess_sentence_ends,
    paragraphs,
    stripped_stretches,
    tagged,
)
from .truecase import TrueCaser


@dataclass(frozen=True)
class Names:
    """The names the dictionaries know, as the preparer restores them: capitals for a
    lower-cased text, possessives for one stripped of its apostrophes."""
    truecaser: TrueCaser
    all: frozenset[str]  # lower-cased
    owners: frozenset[str]  # those whose "s" is a possessive, not a plural

# characters without a space that are tokenized as one piece
LONGEST_RUN = 1_000
LONG_RUN = re.compile(rf"\S{{{LONGEST_RUN + 1},}}")
# where an overlong sentence is best split: before these words, after these marks
CLAUSE_OPENERS = frozenset({"and", "but", "or", "nor", "yet", "so", "while", "whereas", "because",
                            "although", "though", "which", "who", "when", "after", "before"})
CLAUSE_ENDS = frozenset({",", ";", ":", "\u2014"})


LINE_END = re.compile(r"(?<!\n)\n(?![ \t]*\n)")  # within a paragraph
def lowered(text: str) -> str:
    """The text in lower case, each character where it was (a letter whose lower case is
    longer, as in "İ", is kept)."""
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


STRETCH = re.compile(rf"[^{re.escape(SENTENCE_ENDS)}]+")


def _longest_stretch(text: str) -> int:
    """The longest run of characters without a sentence end: most texts have none over the
    limit, and the split's walk over every token is then spared."""
    return max((len(m) for part in text.split("\n\n") for m in STRETCH.findall(part)),
               default=0)


def _spans_whole(doc: Doc, text: str) -> bool:
    """The Doc's text is a prefix of `text`: the whole of it when its last token ends it."""
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    return end == len(text)


class Preparer:
    """Makes the Doc an article is parsed as, within the settings' limits."""

    def __init__(self, nlp: Language, settings: Settings, names: Names | None = None):
        self.nlp = nlp
        self.settings = settings
        self.names = names  # what careless copies lose is restored from these

    def prepare(self, article: Article, dateline: tuple[int, int] | None = None
                ) -> tuple[Doc, tuple[Article, list[str]]]:
        """The article's words before parsing, cut and split to the limits, and the
        warnings that say so. The dateline is blanked: the parser reads the lede as it
        reads any sentence, not "PRAGUE, April 19 (Agency) - Russia ..." with the city as
        its subject."""
        limit, longest = self.settings.max_article_chars, self.settings.max_sentence_chars
        warnings = []
        text = whole_characters(article.text)
        if text != article.text:
            warnings.append(SURROGATES)
            article = replace(article, text=text)
        if len(article.text) > limit:
            warnings.append(f"text cut at {limit} characters (max_article_chars)")
        body = body_text(readable(article.text[:limit]))
        if dateline is not None:
            start, end = dateline
            body = body[:start] + " " * len(body[start:end]) + body[end:]
        lower = lower_case_text(body)
        # each change below keeps the text's length: offsets hold
        plain = LINE_END.sub(" ", body) if wrapped(body) else body  # a name cut by a line end
        uncased = lowered(plain) if lower and upper_case_text(plain) else plain
        recased = self.names.truecaser.recase(uncased) if self.names and lower else uncased
        doc, runs, bounded = tokens_within_limits(recased, self._tokens,
                                                  self.settings.max_article_tokens)
        doc.user_data[TEXT] = body if _spans_whole(doc, body) else doc.text
        if self.names is not None:
            split_possessives(doc, body, self.names.owners, self.names.all, cased=not lower)
            split_body_possessives(doc, body, self.nlp)
        if runs:
            warnings.append(f"{runs} run(s) of over {LONGEST_RUN} characters without a space "
                            f"tokenized in pieces of {LONGEST_RUN}")
        # the paragraphs read once for both (a text too short for either is not read)
        paras = paragraphs(doc) if len(doc) >= LONG_PARAGRAPH else []
        stretches = stripped_stretches(doc, paras) if self.settings.guess_sentence_ends else []
        commaless = commaless_stretches(doc, paras) if self.settings.guess_commas and \
            not stretches else []
        tags = tagged(doc, self.nlp) if stretches or commaless else None
        guessed = guess_sentence_ends(doc, self.nlp, not lower, stripped=(stretches, tags))
        if guessed:
            warnings.append(f"{guessed} sentence start(s) guessed in text without punctuation")
        if dateline is not None:
            _lede_starts_a_sentence(doc, dateline[1])
        stretch = _longest_stretch(doc_text(doc))
        split = split_long_sentences(doc, longest) if stretch > longest else 0
        if split:
            warnings.append(f"{split} sentence(s) longer than {longest} characters split "
                            f"before parsing (max_sentence_chars)")
        bounded += split_token_runs(doc, self.settings.max_sentence_tokens)
        if (stretches or commaless) and self.settings.guess_commas:
            doc = with_commas(doc, comma_gaps(stretches or commaless, tags, not lower))
            if GUESSED in doc.user_data:
                warnings.append(f"{len(doc.user_data[GUESSED])} comma(s) guessed in text "
                                f"without punctuation")
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


def _lede_starts_a_sentence(doc: Doc, after: int) -> None:
    """The lede's first word after a blanked dateline starts a sentence: left to itself, the
    parser hangs the blank on the lede and misreads it ("Russian activist Ilya Sorokin
    crossed ...": 'activist' the object of 'crossed')."""
    first = next((t for t in doc if t.idx >= after and not t.is_space), None)
    if first is not None and first.i > 0:
        first.is_sent_start = True


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
        if tok.i and tok.is_sent_start:  # set before: a sentence end guessed
            start, space, clause = tok.idx, None, None
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
