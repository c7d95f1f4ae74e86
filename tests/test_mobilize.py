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


@pytest.mark.parametrize("text, triple", [
    ("SEOUL, June 3 (Wire) - North Korea fired a short-range ballistic missile into the sea "
     "off its east coast on Monday, South Korea's military said.", ("MOBILIZE", "PRK", "KOR")),
    ("TAIPEI, June 3 (Wire) - China's military fired ballistic missiles into waters around "
     "Taiwan on Thursday.", ("MOBILIZE", "CHN", "TWN")),
])
def test_missiles_fired_into_the_sea_are_a_show_of_force_not_an_attack(code, text, triple):
    """Was: an attack (ASSAULT 194) on the state that reported the launch."""
    found = triples(code(text, date="2025-06-03"))
    assert triple in found
    assert not any(kind == "ASSAULT" for kind, *_ in found)


def test_missiles_fired_into_a_state_are_an_attack(code):
    assert ("ASSAULT", "RUS", "UKR") in triples(
        code("KYIV, June 3 (Wire) - Russia fired 40 missiles into Ukraine overnight.",
             date="2025-06-03"))
