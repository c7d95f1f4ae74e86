"""What a clause waits for ("until the prime minister resigned") is neither done nor
promised, and what somebody is thanked or praised for ("thanked India for its assistance")
is the object of the thanks, no act of its own (spec section 6)."""

from __future__ import annotations

import pytest

from .conftest import triples


@pytest.mark.parametrize("text", [
    "DHAKA, May 6 (Wire) - The opposition alliance said its supporters would stay on the "
    "streets until the prime minister resigned.",
    "LIMA, May 6 (Wire) - Truckers said the blockade will continue until the government "
    "withdraws the fuel tax.",
])
def test_what_a_clause_waits_for_is_no_event(code, text):
    types = {t for t, _, _ in triples(code(text, date="2025-05-06"))}
    assert not types & {"RETREAT", "CONCEDE", "AGREE"}


def test_a_wait_that_ended_is_told_as_done(code):
    text = "GOMA, May 6 (Wire) - M23 rebels shelled the town of Sake for two days until the " \
        "Congolese army withdrew."
    assert ("RETREAT", "COD", "COD") in triples(code(text, date="2025-05-06"))


@pytest.mark.parametrize("text", [
    "KATHMANDU, May 6 (Wire) - Nepal's foreign minister thanked India for its generous "
    "assistance after the floods.",
    "AMMAN, May 6 (Wire) - Jordan's king praised Saudi Arabia for its aid to Syrian refugees.",
])
def test_what_one_is_thanked_for_is_no_aid_of_its_own(code, text):
    found = triples(code(text, date="2025-05-06"))
    assert not {t for t in found if t[0] == "AID"}
    assert any(t[0] == "SUPPORT" for t in found)


def test_a_threat_is_aimed_at_whoever_must_meet_its_condition_in_a_side_clause(code):
    """'threatened to keep its border closed if Kigali continued ...': the parser hangs the
    condition on 'closed', beside the threat."""
    coded = code("BUJUMBURA, May 6 (Wire) - Burundi threatened on Thursday to keep its border "
                 "with Rwanda closed indefinitely if Kigali continued to shelter rebels.")
    assert ("THREATEN", "BDI", "RWA") in triples(coded)
