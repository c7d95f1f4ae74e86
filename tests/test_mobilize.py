"""A show of force is aimed at the state it faces where the text says so ("toward the
Saudi border", "along its border with Armenia", "to deter Iran"); the forces moved are the
doer's own, and with no state faced a deployment at home stays the state's act on itself
(spec section 6)."""

from __future__ import annotations

import pytest

from .conftest import triples


@pytest.mark.parametrize("text, triple", [
    ("ADEN, June 3 (Wire) - The Houthis moved fighters and armoured vehicles toward the Saudi "
     "border on Saturday, tribal sources said.", ("MOBILIZE", "YEM", "SAU")),
    ("TBILISI, June 3 (Wire) - Georgia deployed troops along its border with Russia on "
     "Monday.", ("MOBILIZE", "GEO", "RUS")),
    ("WASHINGTON, June 3 (Wire) - A second aircraft carrier was sent to the eastern "
     "Mediterranean by the Pentagon on Friday to deter Iran.", ("MOBILIZE", "USA", "IRN")),
])
def test_a_show_of_force_faces_the_state_the_text_names(code, text, triple):
    assert triple in triples(code(text, date="2025-06-03"))


def test_troops_sent_at_home_are_the_states_act_on_itself(code):
    text = ("QUITO, June 3 (Wire) - Ecuador deployed 3,000 soldiers to the port city of "
            "Guayaquil on Monday after a wave of gang violence.")
    assert ("MOBILIZE", "ECU", "ECU") in triples(code(text, date="2025-06-03"))
