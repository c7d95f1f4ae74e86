"""Where politics is incidental (session 11, articles-mixed.jsonl): words withheld or
promised, praise of no party, orders to no party, idioms of war, onlookers' guesses at
what a state could do. None of these is an event; the same words aimed at a party stay
one. A ban on another state's people, firms or goods is a sanction, not censorship."""

from __future__ import annotations

import pytest

from .conftest import triples

DATE = "2026-05-06"


@pytest.mark.parametrize("text", [
    pytest.param("LIMA, May 6 (Wire) - A spokesman for the interior ministry refused to "
                 "provide details of the operation.", id="refused-details"),
    pytest.param("SEOUL, May 6 (Wire) - The defence ministry declined to share figures on the "
                 "number of troops.", id="declined-figures"),
    pytest.param("LIMA, May 6 (Wire) - The government said it would provide details of the "
                 "plan next week.", id="details-promised"),
    pytest.param("LIMA, May 6 (Wire) - The interior ministry refused to comment on the "
                 "operation.", id="refused-comment"),
    pytest.param("BANGKOK, May 6 (Wire) - Japan's ambassador to Thailand congratulated both "
                 "teams after the final.", id="congratulated-teams"),
    pytest.param("KATHMANDU, May 6 (Wire) - Nepal's sports minister congratulated the squad "
                 "and announced a cash reward for each player.", id="congratulated-squad"),
    pytest.param("LAHORE, May 6 (Wire) - The chief minister paid tribute to the policemen who "
                 "died in the flood.", id="tribute"),
    pytest.param("LONDON, May 6 (Wire) - Judge Helen Ashworth ordered the company, Northbank "
                 "Records, to pay the singer.", id="court-orders-a-firm"),
    pytest.param("GALWAY, May 6 (Wire) - The mayor ordered Quay Street and two neighbouring "
                 "lanes closed to traffic.", id="street-ordered-closed"),
    pytest.param("HAMBURG, May 6 (Wire) - A court in Hamburg ordered the bottler to preserve "
                 "its sensor logs.", id="court-orders-a-bottler"),
    pytest.param("NEW DELHI, May 6 (Wire) - Analysts said Beijing could retaliate by slowing "
                 "approvals for Indian drug exports.", id="analysts-guess"),
    pytest.param("BRUSSELS, May 6 (Wire) - Trade experts say Washington could retaliate with "
                 "duties on European cheese.", id="experts-guess"),
    pytest.param("BUCHAREST, May 6 (Wire) - The trial became a symbol of the battle against "
                 "graft in Romania, which the European Commission watched for years.",
                 id="battle-against-graft"),
    pytest.param("LONDON, May 6 (Wire) - The price war among Britain's supermarkets has "
                 "claimed its first casualty.", id="price-war"),
    pytest.param("LOME, May 6 (Wire) - China, Togo's largest creditor, struck a different "
                 "note.", id="struck-a-note"),
    pytest.param("ROME, May 6 (Wire) - The Italian government's pension reform hit a snag in "
                 "the Senate.", id="hit-a-snag"),
    pytest.param("ANKARA, May 6 (Wire) - Turkey's central bank is fighting inflation with the "
                 "highest rates in Europe.", id="fighting-inflation"),
    pytest.param("BRUSSELS, May 6 (Wire) - EU farm ministers declared war on red tape on "
                 "Monday.", id="war-on-red-tape"),
    pytest.param("BUCHAREST, May 6 (Wire) - Romania's governing coalition fights for its "
                 "survival ahead of a confidence vote.", id="fights-for-survival"),
    pytest.param('BRASILIA, May 6 (Wire) - "We are fighting an enemy that is small but very '
                 'well organised," the Brazilian health minister told reporters.',
                 id="quoted-figure-we"),
    pytest.param('ACCRA, May 6 (Wire) - Ghana\'s doctors stayed at home for a third day.\n\n'
                 '"They fight, and we are the ones who suffer," a mother at an Accra hospital '
                 'said.', id="quoted-figure-they"),
])
def test_no_event(code, text):
    assert triples(code(text, date=DATE)) == set()


@pytest.mark.parametrize("text, event", [
    pytest.param("LAHORE, May 6 (Wire) - The PTI chief launched a scathing attack on the "
                 "government over the budget.", ("ACCUSE", "PAK", "PAK"), id="scathing-attack"),
    pytest.param("CANBERRA, May 6 (Wire) - Australia's opposition leader launched a blistering "
                 "attack on the government's energy policy.", ("ACCUSE", "AUS", "AUS"),
                 id="attack-on-a-policy"),
    pytest.param("OTTAWA, May 6 (Wire) - The finance minister's budget was shot down by "
                 "provincial premiers.", ("REJECT", "CAN", "CAN"), id="budget-shot-down"),
])
def test_an_attack_in_words_is_criticism_not_force(code, text, event):
    """Was: each an attack by force (ASSAULT 190), which fed the story's conflict dyads."""
    found = triples(code(text, date=DATE))
    assert event in found
    assert not any(kind == "ASSAULT" for kind, *_ in found)


@pytest.mark.parametrize("text, event", [
    pytest.param("KABUL, May 6 (Wire) - Taliban fighters launched a fierce attack on a police "
                 "post.", ("ASSAULT", "AFG", "AFG"), id="fierce-attack"),
    pytest.param("MOSCOW, May 6 (Wire) - Germany declared war on the Soviet Union in June "
                 "1941.", ("ASSAULT", "DEU", "RUS"), id="war-declared-on-a-state"),
])
def test_an_attack_by_force_stays_one(code, text, event):
    assert event in triples(code(text, date=DATE))


@pytest.mark.parametrize("text, event", [
    pytest.param("ACCRA, May 6 (Wire) - The minister refused to give the strikers a pay "
                 "rise.", ("REJECT", "GHA", "GHA"), id="refused-a-rise"),
    pytest.param("ANKARA, May 6 (Wire) - Turkey refused to hand over the suspects to Sweden.",
                 ("REJECT", "TUR", "SWE"), id="refused-handover"),
    pytest.param("WASHINGTON, May 6 (Wire) - The US president congratulated the new Kenyan "
                 "president.", ("SUPPORT", "USA", "KEN"), id="congratulated-a-president"),
    pytest.param("THE HAGUE, May 6 (Wire) - The court ordered Venezuela to halt the vote.",
                 ("REQUEST", "NLD", "VEN"), id="court-orders-a-state"),
    pytest.param("NAIROBI, May 6 (Wire) - Amnesty International welcomed the verdict against "
                 "the Kenyan police officers.", ("SUPPORT", "AMNESTY", "KEN"),
                 id="praise-of-an-act"),
    pytest.param("TEHRAN, May 6 (Wire) - The foreign minister said Iran would retaliate "
                 "against Israel.", ("THREATEN", "IRN", "ISR"), id="own-threat"),
    pytest.param("KYIV, May 6 (Wire) - Russia's war against Ukraine entered its fourth year.",
                 ("ASSAULT", "RUS", "UKR"), id="a-real-war"),
    pytest.param("MOSCOW, May 6 (Wire) - Russian forces fought Ukrainian troops near Bakhmut.",
                 ("ASSAULT", "RUS", "UKR"), id="a-real-fight"),
    pytest.param("KYIV, May 6 (Wire) - Russian missiles struck Kyiv on Monday.",
                 ("ASSAULT", "RUS", "UKR"), id="a-real-strike"),
    pytest.param("NEW DELHI, May 6 (Wire) - India banned dozens of Chinese apps, including a "
                 "photo editor.", ("SANCTION", "IND", "CHN"), id="foreign-apps-banned"),
    pytest.param("BRUSSELS, May 6 (Wire) - The EU imposed travel bans on eight Iranian "
                 "officials.", ("SANCTION", "EU", "IRN"), id="travel-bans"),
    pytest.param("MINSK, May 6 (Wire) - Belarus banned the opposition newspaper.",
                 ("COERCE", "BLR", "BLR"), id="a-ban-at-home"),
    pytest.param("BRUSSELS, May 6 (Wire) - The European Commission on Monday opened an "
                 "inquiry into Corvid.\n\nIn Washington, the U.S. trade secretary accused the "
                 "Commission of targeting American firms.", ("ACCUSE", "USA", "EU"),
                 id="the-commission-again"),
    pytest.param('LAGOS, May 6 (Wire) - "Soldiers opened fire on us," a protester in Lagos '
                 'said.', ("ASSAULT", "NGA", "NGA"), id="quoted-witness"),
])
def test_the_same_words_aimed_at_a_party_stay_events(code, text, event):
    assert event in triples(code(text, date=DATE))
