"""Who protests and how: a strike a union calls is a labour strike, not a military one, and
people who follow somebody ("supporters of the jailed leader") are the protesters, not the
leader they follow (spec sections 1 and 6)."""

from __future__ import annotations

from .conftest import triples


def test_a_general_strike_a_union_launches_is_a_labour_strike(code):
    coded = code("ACCRA, June 3 (Wire) - Ghana's largest labour union launched an indefinite "
                 "general strike on Tuesday to demand higher wages.", date="2025-06-03")
    types = {e.type: e.cameo for e in coded.events if e.asserted}
    assert types.get("PROTEST") == "143"
    assert "ASSAULT" not in types


def test_the_supporters_of_a_leader_are_the_protesters(code):
    coded = code("ISLAMABAD, June 3 (Wire) - Supporters of Imran Khan marched on Islamabad on "
                 "Monday to demand his release.", date="2025-06-03")
    protests = [e for e in coded.events if e.asserted and e.type == "PROTEST"]
    assert protests and protests[0].actor.code == "PAK" and protests[0].actor.sector == "CVL"
    assert ("ACCUSE", "PAK", "PAK") not in triples(coded)


def test_a_crowd_outside_an_embassy_is_of_the_state_the_embassy_stands_in(code):
    """Was: the crowd took the state the story names most (the embassy's owner, named
    again later in the sentence)."""
    coded = code("MANILA, June 3 (Wire) - Hundreds of people rallied outside the Chinese "
                 "embassy on Friday against Beijing's claims in the South China Sea and "
                 "Beijing's coast guard.", date="2025-06-03")
    protests = [e for e in coded.events if e.asserted and e.type == "PROTEST"]
    assert protests and (protests[0].actor.code, protests[0].recipient.code) == ("PHL", "CHN")
