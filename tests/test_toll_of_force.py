"""A killing or a wounding told as the toll of an act of force in the same sentence
("shelled Armenian positions, wounding three soldiers", "were wounded when Congolese
soldiers opened fire") is that act, with its sides and its mood, not a second act whose
sides the article's state fills in (spec sections 1, 6)."""

from __future__ import annotations

import pytest

from .conftest import triples


@pytest.mark.parametrize("text, event, wrong", [
    ("YEREVAN, May 6 (Wire) - Armenia's defence ministry said Azerbaijani forces had shelled "
     "Armenian positions near Jermuk on Tuesday, wounding three soldiers.",
     ("ASSAULT", "AZE", "ARM"), ("ASSAULT", "AZE", "AZE")),
    ("KAMPALA, May 6 (Wire) - Two Ugandan policemen were wounded on Tuesday when Congolese "
     "soldiers opened fire on a border post at Mpondwe, police said.",
     ("ASSAULT", "COD", "UGA"), ("ASSAULT", "UGA", "UGA")),
    ("MOSCOW, May 6 (Wire) - Russia accused Ukraine of shelling the border village of Tetkino, "
     "where it said three civilians were wounded.",
     ("ACCUSE", "RUS", "UKR"), ("ASSAULT", "RUS", "RUS")),
])
def test_the_toll_of_an_act_of_force_is_that_act(code, text, event, wrong):
    found = triples(code(text, date="2025-05-06"))
    assert event in found
    assert wrong not in found


@pytest.mark.parametrize("text, event", [
    ("LAHORE, May 6 (Wire) - Police fired on protesters in Lahore, killing two people.",
     ("ASSAULT", "PAK", "PAK")),
    ("SRINAGAR, May 6 (Wire) - Three policemen were killed when militants attacked a "
     "checkpoint in Pulwama.", ("ASSAULT", "IND", "IND")),
    ("ABUJA, May 6 (Wire) - Soldiers killed 12 insurgents in an operation near Maiduguri, the "
     "army said.", ("ASSAULT", "NGA", "NGA")),
])
def test_a_killing_with_a_doer_of_its_own_stays(code, text, event):
    assert event in triples(code(text, date="2025-05-06"))


def test_a_killing_in_a_clause_joined_on_with_its_own_doer_is_that_doers(code):
    """Was: the police's killing read as the toll of the mob's attack before it, and lost
    with it (the mob's attack has no party)."""
    coded = code("a mob attacked a police picket at dariyapur and the police fired in "
                 "self-defence killing two persons", date="2002-03-04")
    assert any(e.type == "ASSAULT" and e.actor.sector == "COP" and e.asserted
               for e in coded.events)


def test_a_toll_told_by_two_joined_verbs_is_the_toll_of_the_attack_after_them(code):
    """'Two personnel were killed and four others injured when unidentified militants
    ambushed a patrol': the 'when' clause hangs on 'injured', and the killing is its toll
    too, not a second attack by the state on its own men."""
    found = triples(code("IMPHAL, Nov 13 (Wire) - Two Assam Rifles personnel were killed and "
                         "four others injured when unidentified militants ambushed a patrol "
                         "near Behiang village on Saturday."))
    assert ("ASSAULT", None, "IND") in found
    assert ("ASSAULT", "IND", "IND") not in found


@pytest.mark.parametrize("text, event", [
    ("YEREVAN, May 26 (Wire) - Sniper fire from Azerbaijani positions wounded an Armenian "
     "conscript in the Gegharkunik region on Thursday.", ("ASSAULT", "AZE", "ARM")),
    ("KYIV, May 26 (Wire) - Shelling from Russian positions killed 12 Ukrainian civilians on "
     "Monday.", ("ASSAULT", "RUS", "UKR")),
])
def test_fire_from_a_side_that_harms_people_is_that_sides_attack_on_them(code, text, event):
    """Was: the 'from' phrase was read as the target, or not at all, and the people wounded
    were nobody's."""
    assert event in triples(code(text, date="2024-05-26"))
