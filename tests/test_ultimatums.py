"""A time given to do something ("gave Kyiv one week to withdraw", "until Sunday to reopen")
is an ultimatum, THREATEN (CAMEO 139) against whoever must act; what it demands and what
comes otherwise are not done. A time to leave given with an expulsion is no threat of its
own (spec sections 1 and 6)."""

from __future__ import annotations

import pytest

from .conftest import triples


@pytest.mark.parametrize("text, threat, not_done", [
    ("BAMAKO, June 3 (Wire) - Mali's junta gave the UN mission two weeks to withdraw its "
     "peacekeepers from the north.", ("THREATEN", "MLI", "UN"), "RETREAT"),
    ("TUNIS, June 3 (Wire) - Tunisia gave the Libyan authorities until Sunday to reopen the "
     "Ras Jedir crossing or face the closure of its airspace to Libyan flights.",
     ("THREATEN", "TUN", "LBY"), "RETREAT"),
    ("MALE, June 3 (Wire) - The Maldivian opposition alliance gave President Mohamed Muizzu "
     "five days to free the detained lawmakers or face nationwide protests.",
     ("THREATEN", "MDV", "MDV"), "PROTEST"),
])
def test_a_time_given_to_act_is_an_ultimatum(code, text, threat, not_done):
    coded = code(text, date="2025-06-03")
    assert threat in triples(coded)
    assert next(e for e in coded.events if e.type == "THREATEN").cameo == "139"
    assert not_done not in {t for t, _, _ in triples(coded)}


def test_the_time_to_leave_an_expulsion_gives_is_no_threat(code):
    text = ("LIMA, June 3 (Wire) - Peru declared Bolivia's ambassador persona non grata on "
            "Tuesday and gave him 48 hours to leave the country.")
    found = triples(code(text, date="2025-06-03"))
    assert "THREATEN" not in {t for t, _, _ in found}


def test_giving_with_a_place_after_it_is_no_giving_in(code):
    """'gave the coup leaders in Niger one week': 'in' governs a place, no 'gave in'."""
    coded = code("ABUJA, June 3 (Wire) - ECOWAS gave the coup leaders in Niger one week to "
                 "reinstate the elected president or face the use of force.", date="2025-06-03")
    found = triples(coded)
    assert ("THREATEN", "ECOWAS", "NER") in found
    assert "CONCEDE" not in {t for t, _, _ in found}
