"""Text written all in lower case: capitals restored before parsing, names still found."""

from __future__ import annotations

import pytest

from .conftest import triples


@pytest.fixture(scope="module")
def truecaser(coder):
    return coder.preparer.truecaser


def test_names_calendar_and_sentence_starts_get_their_capitals(truecaser):
    text = "police in kenya said on monday that i had left.\n\nthe envoy flew to phnom penh."
    cased = truecaser.recase(text)
    assert cased == ("Police in Kenya said on Monday that I had left.\n\nThe envoy flew to "
                     "Phnom Penh.")


def test_words_that_are_english_first_keep_their_case(truecaser):
    assert truecaser.recase("it may march on. us too.") == "It may march on. Us too."


def test_the_evidence_quotes_the_lower_cased_text_as_it_came(code):
    text = ("sweden summoned iran's ambassador on tuesday after a court in tehran sentenced a "
            "swedish engineer to death for spying.")
    coded = code(text, date="2025-03-04")
    assert {("ACCUSE", "SWE", "IRN"), ("SANCTION", "IRN", "SWE")} <= triples(coded)
    summons = next(e for e in coded.events if e.type == "ACCUSE")
    assert summons.evidence.text == text
    start, end = summons.trigger.start, summons.trigger.end
    assert text[start:end] == "summoned"


@pytest.mark.parametrize("text, side", [
    ("the us embassy in nairobi condemned the killing of the two activists.", "USA"),
    ("the un envoy for yemen met houthi negotiators in muscat on monday.", "UN"),
    ("eu foreign ministers condemned the coup in niamey on friday.", "EU"),
])
def test_short_names_in_lower_case_are_the_actor(code, side, text):
    coded = code(text, date="2025-03-04")
    assert side in {e.actor.code for e in coded.events}


def test_us_the_pronoun_is_nobody(code):
    coded = code("the protesters told us that police in dhaka beat them on friday.",
                 date="2025-03-04")
    assert "USA" not in {c for e in coded.events for c in (e.actor.code, e.recipient.code)}
