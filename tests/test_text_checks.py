"""The quick checks of a whole text (its case, odd spaces, lone surrogates, words of other
domains) answer a text in ASCII, which they tell apart to spare a character-by-character
pass, as they answer the same text with a character outside ASCII."""

from __future__ import annotations

import pytest

from thucydides.context.domains import domain_shares, load_domains
from thucydides.ingest.formats import plain_spaces, whole_characters
from thucydides.nlp.parse import lower_case_text, upper_case_text

TEXTS = [
    "Harbour workers in Velmora walked off the job on Tuesday, the union said.",
    "harbour workers in velmora walked off the job on tuesday, the union said.",
    "HARBOUR WORKERS IN VELMORA WALKED OFF THE JOB ON TUESDAY, THE UNION SAID.",
    "harbour workers in Velmora walked off the job on tuesday, the union said, and the "
    "port authority in velmora called the stoppage unlawful after talks broke down.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_case_of_a_text_is_told_alike_in_ascii_and_beyond(text):
    beyond = text + " \u2014"  # a dash outside ASCII, no letter of either case
    assert not beyond.isascii()
    assert lower_case_text(text) == lower_case_text(beyond)
    assert upper_case_text(text) == upper_case_text(beyond)


def test_the_case_checks_still_tell_each_case():
    assert [lower_case_text(t) for t in TEXTS] == [False, True, True, False]
    assert [upper_case_text(t) for t in TEXTS] == [False, False, True, False]


def test_odd_spaces_and_lone_surrogates_are_replaced_and_ascii_comes_back_as_it_was():
    assert plain_spaces("the Velmora\u00a0Dock Union") == "the Velmora Dock Union"
    assert whole_characters("a lone \ud800 half") == "a lone \ufffd half"
    assert plain_spaces(TEXTS[0]) == TEXTS[0] == whole_characters(TEXTS[0])


def test_a_story_using_no_domain_word_gives_every_domain_no_share():
    domains = load_domains()
    shares = domain_shares(["Ministers of the two states met in Velmora."], domains)
    assert shares == dict.fromkeys(domains.patterns, 0.0)
    assert list(shares) == list(domains.patterns)
