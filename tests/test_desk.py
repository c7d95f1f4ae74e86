"""South Asian newspaper and district reports (tests/data/articles-desk.jsonl): kinds of
mistakes found on its odd units and counted on the other development sets. Every sentence
here is the project's own."""

from __future__ import annotations

import pytest

from .conftest import triples

# -- casualties of a clash between two states -------------------------------------------


@pytest.mark.parametrize("text, attacker, victim", [
    ("CHAMAN: Pakistani and Afghan troops traded heavy fire at the Friendship Gate on Friday. "
     "Three Afghan soldiers were wounded, a Taliban official said.", "PAK", "AFG"),
    ("TAWANG: Chinese and Indian troops clashed near Yangtse on Friday, killing two soldiers "
     "on the Indian side, the army said.", "CHN", "IND"),
    ("POONCH: Pakistani troops shelled forward posts along the Line of Control on Sunday. Two "
     "Indian soldiers were killed and a porter was injured.", "PAK", "IND"),
])
def test_casualties_of_a_clash_between_states_are_the_other_state_s(code, text, attacker,
                                                                      victim):
    found = triples(code(text))
    assert ("ASSAULT", attacker, victim) in found
    assert ("ASSAULT", victim, victim) not in found


def test_casualties_at_home_keep_their_own_state(code):
    found = triples(code("RAIPUR: Three policemen were killed in Sukma district on Friday, "
                         "officials said."))
    assert ("ASSAULT", "IND", "IND") in found
