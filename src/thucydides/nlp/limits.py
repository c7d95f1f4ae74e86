"""Bounds on the tokens the pipeline is given: the memory of a parse grows with the
tokens of the document (about 15 KB a token, mostly spaCy's tok2vec), whatever their
characters, so a megabyte of 'a a a ...' (500,000 tokens) would need gigabytes."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

# the last character of a punctuation token that ends a sentence
SENTENCE_ENDS = ".!?\u3002\u061f"


WINDOW = 10_000  # characters tokenized at a time when counting the tokens of a long text


def tokens_within_limits(text: str, tokenize: Callable[[str], tuple[Doc, int]],
                         article_tokens: int) -> tuple[Doc, int, list[str]]:
    """`tokenize(text)` (a Doc, and a count it reports) of the text cut after
    `article_tokens` tokens, and the warning that says so. The Doc's text is a prefix of
    the text: offsets hold. Only a text of more characters than `article_tokens` can have
    more tokens: it is counted a window at a time first, so that what lies past the limit
    is never tokenized (the tokens of a megabyte cost seconds and memory)."""
    if len(text) > article_tokens:
        text = text[:_enough(text, tokenize, article_tokens)]
    doc, reported = tokenize(text)
    if len(doc) <= article_tokens:
        return doc, reported, []
    return doc[:article_tokens].as_doc(), reported, [
        f"text cut at {article_tokens:,} tokens (max_article_tokens)"]


def split_token_runs(doc: Doc, limit: int) -> list[str]:
    """Start a sentence wherever a stretch without a sentence end would pass `limit`
    tokens (after the split by characters: this bounds stretches of one-character
    tokens, '( ( ( (', that the characters do not); the warning that says so."""
    split = _split_long_runs(doc, limit)
    if not split:
        return []
    return [f"{split} sentence(s) longer than {limit:,} tokens split before parsing "
            f"(max_sentence_tokens)"]


def _enough(text: str, tokenize: Callable[[str], tuple[Doc, int]], tokens: int) -> int:
    """A length of the text that holds more than `tokens` tokens (or the whole text):
    windows end at a space where there is one, where no token spans them."""
    start, counted = 0, 0
    while start < len(text) and counted <= tokens:
        end = start + WINDOW
        space = text.rfind(" ", start + WINDOW // 2, end)
        end = space + 1 if space >= 0 and end < len(text) else end
        counted += len(tokenize(text[start:end])[0])
        start = end
    return start


def _split_long_runs(doc: Doc, limit: int) -> int:
    """Start a sentence at every `limit`-th token of a stretch that has none; returns how
    many stretches were split."""
    if len(doc) <= limit:  # no stretch can be that long: the walk over every token is spared
        return 0
    since, split, counted = 0, 0, False
    for tok in doc:
        if tok.is_sent_start or _ends_sentence(doc, tok.i - 1):
            since, counted = 0, False
        if since >= limit:
            tok.is_sent_start = True
            if tok.i + 1 < len(doc) and doc[tok.i + 1].is_sent_start is None:
                doc[tok.i + 1].is_sent_start = False
            split += not counted
            since, counted = 0, True
        since += 1
    return split


def _ends_sentence(doc: Doc, i: int) -> bool:
    if i < 0:
        return False
    tok = doc[i]
    return tok.is_punct and tok.text[-1] in SENTENCE_ENDS or "\n\n" in tok.text
