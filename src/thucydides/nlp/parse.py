"""The parse of one article, read once: what spaCy makes anew at each asking (the Doc's
text, its entities and sentences, each sentence's tokens, each word's part of speech,
children, subtree and conjuncts) is kept in the Doc's `user_data` while the article is
coded, and dropped by `forget_tokens`; and whether a text is written in one case.
"""

from __future__ import annotations

import string

from spacy.attrs import POS as POS_ATTR
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span, Token

from .labels import AMOD, COMPOUND, CONJ, POSS

WITHOUT_CAPITALS = str.maketrans("", "", string.ascii_uppercase)
WITHOUT_SMALL_LETTERS = str.maketrans("", "", string.ascii_lowercase)
CAPITALS = string.ascii_uppercase.encode()
SMALL_LETTERS = string.ascii_lowercase.encode()


def lower_case_text(text: str) -> bool:
    """A text written (nearly) all in one case, as some scraped pages (lower) and old wire
    copy (upper) are: its case tells nothing of names and sentences."""
    return _one_case(text[:5000], WITHOUT_CAPITALS, CAPITALS, str.isupper) or \
        upper_case_text(text)


def upper_case_text(text: str) -> bool:
    """A text written (nearly) all in capitals, as telex-era wire copy is."""
    return _one_case(text[:5000], WITHOUT_SMALL_LETTERS, SMALL_LETTERS, str.islower)


def _one_case(text: str, without_other: dict[int, None], other: bytes, is_other) -> bool:
    """(Nearly) no letter of the text is of the other case. The ASCII letters of the other
    case are counted by deleting them, from the text's bytes when it is all ASCII (a
    fifth of the time of `str.translate`, which looks each character up in a dict)."""
    if text.isascii():
        data = text.encode("ascii")
        others = len(data) - len(data.translate(None, other))
    else:
        others = len(text) - len(text.translate(without_other))
    if 200 * others >= len(text):
        return False  # letters enough of the other case for any count: most texts, told quickly
    letters = "".join(filter(str.isalpha, text))
    return len(letters) > 20 and sum(map(is_other, letters)) < len(letters) / 200


TEXT = "thucydides.text"  # the Doc's text, kept: spaCy joins its tokens anew at each use
LOWER = "thucydides.lower"  # whether that text is in one case, kept: asked several times


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined from the tokens once and kept (the preparer keeps it first)."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text


def lower_case_doc(doc: Doc) -> bool:
    """The parsed text is written (nearly) all in one case, lower or upper: judged on its
    opening."""
    lower = doc.user_data.get(LOWER)
    if lower is None:
        last = doc[min(len(doc), 1000) - 1] if len(doc) else None  # a token, not a Span
        opening = doc_text(doc)[:last.idx + len(last)] if last is not None else ""
        lower = doc.user_data[LOWER] = lower_case_text(opening)
    return lower


def span_text(span: Span) -> str:
    """`span.text`, cut from the kept text of its Doc."""
    doc = span.doc
    text = doc.user_data.get(TEXT)  # `doc_text`, written out: asked of every span read
    if text is None:
        text = doc_text(doc)
    return text[span.start_char:span.end_char]


# kept while an article is coded (spaCy makes these anew at each use); they hold the Doc,
# and `forget_tokens` drops them once it is coded, so that no cycle keeps it alive
ENTS = "thucydides.ents"  # the Doc's entities
TOKENS = "thucydides.tokens"  # the tokens of each sentence read, by its (start, end)
POS = "thucydides.pos"  # their parts of speech, the same way
PARTS = "thucydides.parts"  # the part of speech of every token of the Doc, by its index
CHILDREN = "thucydides.children"  # the children of each token asked, by its index
SUBTREES = "thucydides.subtrees"  # the subtree of each token asked, by its index
CONJUNCTS = "thucydides.conjuncts"  # the conjuncts of each token asked, by its index
SENTENCES = "thucydides.sentences"  # the Doc's sentences
SENTENCE_AT = "thucydides.sentence_at"  # the sentence of each token, by its index
KEPT = (ENTS, TOKENS, POS, PARTS, CHILDREN, SUBTREES, CONJUNCTS, SENTENCES, SENTENCE_AT)


def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, made once and kept."""
    ents = doc.user_data.get(ENTS)
    if ents is None:
        ents = doc.user_data[ENTS] = doc.ents
    return ents


def _sentence_kept(sent: Span, key: str, make):
    """What the Doc keeps of a sentence under this key, made at the first asking."""
    kept = kept_in(sent.doc, key)
    found = kept.get((sent.start, sent.end))
    if found is None:
        found = kept[(sent.start, sent.end)] = make(sent)
    return found


def tokens_of(sent: Span) -> list[Token]:
    """The tokens of a sentence, made once and kept: each stage of the coder walks them."""
    return _sentence_kept(sent, TOKENS, list)


def pos_of(sent: Span) -> list[str]:
    """The part of speech (`pos_`) of each of `tokens_of(sent)`, read once and kept: several
    stages pick out the sentence's verbs or nouns."""
    return _sentence_kept(sent, POS, lambda s: parts_of_speech(s.doc)[s.start:s.end])


_POS_NAMES = {int(pos): name for pos, name in POS_NAMES.items()}


def parts_of_speech(doc: Doc) -> list[str]:
    """The part of speech (`pos_`) of every token of the Doc, by its index, read once from
    the Doc's array: at each reading of `tok.pos_` (or `tok.pos`), spaCy makes a Python
    enum of the label before it looks its name up."""
    found = doc.user_data.get(PARTS)
    if found is None:
        found = doc.user_data[PARTS] = [_POS_NAMES[p] for p in doc.to_array(POS_ATTR).tolist()]
    return found


def part_of_speech(tok: Token) -> str:
    """`tok.pos_`, from `parts_of_speech`."""
    found = tok.doc.user_data.get(PARTS)
    if found is None:
        found = parts_of_speech(tok.doc)
    return found[tok.i]


def words_of(sent: Span, *tags: str) -> list[Token]:
    """The tokens of a sentence whose part of speech is one of these, in order."""
    return [t for t, pos in zip(tokens_of(sent), pos_of(sent), strict=True) if pos in tags]


def kept_in(doc: Doc, key: str) -> dict:
    """What the Doc keeps under this key (a dict made at the first asking: `setdefault`
    would make a new one at every asking)."""
    kept = doc.user_data.get(key)
    if kept is None:
        kept = doc.user_data[key] = {}
    return kept


def children_of(tok: Token) -> list[Token]:
    """`tok.children`, made once and kept: the stages ask a word's children some six
    times over (spaCy makes each child anew at each asking)."""
    user_data = tok.doc.user_data  # `kept_in`, written out: the stages' most frequent call
    kept = user_data.get(CHILDREN)
    if kept is None:
        kept = user_data[CHILDREN] = {}
    found = kept.get(tok.i)
    if found is None:
        found = kept[tok.i] = list(tok.children)
    return found


def subtree_of(tok: Token) -> list[Token]:
    """`tok.subtree`, made once and kept: several stages walk the same clause's."""
    kept = kept_in(tok.doc, SUBTREES)
    found = kept.get(tok.i)
    if found is None:
        found = kept[tok.i] = list(tok.subtree)
    return found


def conjuncts_of(tok: Token) -> tuple[Token, ...]:
    """`tok.conjuncts`, made once and kept. Most words are not coordinated: a word that
    is no conjunct and has none among its (kept) children has none, told without
    spaCy's walk."""
    user_data = tok.doc.user_data  # `kept_in`, written out, as in `children_of`
    kept = user_data.get(CONJUNCTS)
    if kept is None:
        kept = user_data[CONJUNCTS] = {}
    found = kept.get(tok.i)
    if found is None:
        alone = tok.dep != CONJ and all(c.dep != CONJ for c in children_of(tok))
        found = kept[tok.i] = () if alone else tok.conjuncts
    return found


def modified(tok: Token) -> bool:
    """The word has a modifier that says whose or which it is: 'the Indian embassy',
    'China's embassy', 'Russian banks'."""
    return any(c.dep in (AMOD, COMPOUND, POSS) for c in children_of(tok))


def sentences_of(doc: Doc) -> list[Span]:
    """`doc.sents`, made once and kept."""
    found = doc.user_data.get(SENTENCES)
    if found is None:
        found = doc.user_data[SENTENCES] = list(doc.sents)
    return found


def sentence_at(doc: Doc) -> list[Span]:
    """The sentence of each token, by its index, made once and kept."""
    at = doc.user_data.get(SENTENCE_AT)
    if at is None:
        at = doc.user_data[SENTENCE_AT] = []
        for sent in sentences_of(doc):
            at += [sent] * len(sent)
    return at


def opens_sentence(tok: Token) -> bool:
    """The token is its sentence's first word: the start, or after nothing but the blank a
    headline or dateline left (which the parser counts as the sentence's first token)."""
    if tok.is_sent_start:
        return True
    before = tok.i - 1
    while before >= 0 and tok.doc[before].is_space:
        if tok.doc[before].is_sent_start:
            return True
        before -= 1
    return False


def sentence_of(tok: Token) -> Span:
    """`tok.sent`, kept (`Token.sent` walks back to the sentence's start at each asking)."""
    return sentence_at(tok.doc)[tok.i]


def forget_tokens(doc: Doc) -> None:
    """Drops what `entities`, `tokens_of`, `pos_of`, `parts_of_speech`, `children_of`,
    `subtree_of`, `conjuncts_of`, `sentences_of` and `sentence_at` kept."""
    for key in KEPT:
        doc.user_data.pop(key, None)
