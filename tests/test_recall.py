"""Events the coder used to miss outright (error kind missed:no_type): a construction or a
word the trigger search did not read. Every sentence is invented."""

from __future__ import annotations

import pytest

from .conftest import triples


@pytest.mark.parametrize("text, event", [
    ("Ghana and Togo began three days of joint naval exercises on Monday.",
     ("COOPERATE", "GHA", "TGO")),
    ("The Peruvian navy and the Chilean coast guard have run joint patrols off Arica since "
     "March.", ("COOPERATE", "PER", "CHL")),
    ("Brazil held joint exercises with the Paraguayan army last year.",
     ("COOPERATE", "BRA", "PRY")),
])
def test_joint_exercises_and_patrols_are_cooperation(code, text, event):
    found = triples(code(text))
    assert event in found
    assert not any(kind == "MOBILIZE" for kind, _, _ in found)


def test_exercises_of_one_state_stay_a_show_of_force(code):
    assert ("MOBILIZE", "RUS", "JPN") in triples(
        code("Russia held naval exercises near Japan on Monday."))
