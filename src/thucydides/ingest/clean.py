"""Find the article body in scraped text without moving a single character.

Scraped pages carry a section label, the headline (often twice), sub-heads and
site furniture ("Our readers are reading too"). Those blocks are blanked out
with spaces of the same length, so every offset into the coded text is an
offset into the stored text.
"""

from __future__ import annotations

import re

_BLOCK = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
_LINE = re.compile(r"[^\n]+")
# prose wrapped at a fixed width has no longer line; a block with one is a page that puts
# each paragraph on a line of its own, its headline and furniture on lines between them
_WRAP_WIDTH = 100
_SENTENCE_END = re.compile(r"""[.!?:;"'\u201d\u2019)\]]\s*$""")
_MIN_PROSE_WORDS = 25
# a page stripped of its punctuation: this many words and (almost) no full stop (one in
# WORDS_PER_STOP at most: "u.s." keeps its stops); nlp.sentence_ends judges by the same
STRIPPED_WORDS, WORDS_PER_STOP = 30, 80
_STOP = re.compile(r"[.!?](?:\s|$)")
# on such a page no paragraph ends like a sentence: from the first that is longer than a
# headline on, one of this many words is prose ("share this article", a byline are shorter)
_MIN_STRIPPED_PROSE_WORDS = 8
_MIN_LIST_LINES = 3
_MAX_HEADLINE_WORDS = 14
_TITLE_START = re.compile(r"[\W_]*[A-Z0-9]")
_INNER_END = re.compile(r"(?<!^\d)(?<!^\d\d)[.!?]\s+[A-Z]")
# the label over a list of links: whatever follows it, in any case, is no prose
_LIST_LABEL = re.compile(
    r"[\W_]*(related( stories| articles| news| coverage| content| links)?|"
    r"most (read|popular|viewed|shared|watched)|also read|read (more|also)|"
    r"more (stories|news|headlines|on this( story| topic)?)|"
    r"recommended( for you| stories| reading)?|trending( now| stories| news)?|top stories|"
    r"latest (news|stories|headlines)|you may (also )?like|editor'?s picks)[\s:]*",
    re.IGNORECASE)
_LABEL_WORDS = 4


def is_prose(block: str) -> bool:
    """A block worth coding: it ends like a sentence or is too long to be a heading, and
    is no list of headlines."""
    stripped = block.strip().strip("*_# ")
    if not stripped or _headline_list(stripped) or _labelled_list(stripped):
        return False
    return bool(_SENTENCE_END.search(stripped)) or len(stripped.split()) >= _MIN_PROSE_WORDS


def _labelled_list(block: str) -> bool:
    """'Related stories', 'Most read', 'Also read:' over the lines of a block."""
    first, _, rest = block.strip().partition("\n")
    return bool(rest.strip()) and len(first.split()) <= _LABEL_WORDS and \
        bool(_LIST_LABEL.fullmatch(first))


def _headline_list(block: str) -> bool:
    """'Most read / 1. ... / 2. ...', 'RELATED STORIES' and the links under it: three or
    more short lines, each begun like a title and none holding the end of a sentence.
    (Prose wrapped at a fixed width has lines begun in lower case, or a full stop.)"""
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    if lines and lines[0].endswith(":"):  # "Read more:"
        lines[0] = lines[0][:-1]
    return len(lines) >= _MIN_LIST_LINES and all(map(_heading, lines))


def _heading(line: str) -> bool:
    """A short line begun like a title and holding no end of a sentence."""
    return len(line.split()) <= _MAX_HEADLINE_WORDS and bool(_TITLE_START.match(line)) \
        and not _SENTENCE_END.search(line) and not _INNER_END.search(line)


def stripped_page(text: str) -> bool:
    """A page that has lost its full stops, as some scraped copies have."""
    words = len(text.split())
    return words >= STRIPPED_WORDS and len(_STOP.findall(text)) <= words // WORDS_PER_STOP


def longer_than_a_headline(block: str) -> bool:
    """A story's paragraph, not a headline: the labels and headlines are above the first."""
    return len(block.split()) > _MAX_HEADLINE_WORDS


def _story_start(blocks: list[re.Match]) -> int:
    """The first block longer than a headline."""
    return next((k for k, m in enumerate(blocks) if longer_than_a_headline(m.group())),
                len(blocks))


def _blocks(text: str) -> list[re.Match]:
    """The paragraphs: runs of lines between blank lines, or single lines where a run is no
    prose wrapped at a fixed width."""
    blocks = []
    for block in _BLOCK.finditer(text):
        lines = list(_LINE.finditer(text, block.start(), block.end()))
        wrapped = max(len(line.group()) for line in lines) <= _WRAP_WIDTH
        blocks.extend([block] if wrapped else lines)
    return blocks


def body_text(text: str) -> str:
    """The text with every non-prose block (labels, headlines, furniture) blanked."""
    blocks = _blocks(text)
    if len(blocks) <= 1:
        return text  # a single unit (a sentence, a paragraph) is coded whole
    out = list(text)
    seen: set[str] = set()
    story = _story_start(blocks) if stripped_page(text) else len(blocks)
    for k, match in enumerate(blocks):
        block = match.group()
        key = " ".join(block.split())
        prose = is_prose(block) or k >= story and not _labelled_list(block) and \
            len(block.split()) >= _MIN_STRIPPED_PROSE_WORDS
        if prose and key not in seen:
            seen.add(key)
            continue
        for i in range(match.start(), match.end()):
            if out[i] != "\n":
                out[i] = " "
    return "".join(out)
