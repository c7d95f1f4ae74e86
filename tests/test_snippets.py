"""Short event notes in the manner of ACLED (tests/data/snippets-acled.jsonl): a leading
date, a place with its district and province in brackets, "[size=...]" and "Fatalities"
furniture. Every sentence here is the project's own."""

from __future__ import annotations

import pytest

from .conftest import triples


@pytest.mark.parametrize("text, state", [
    ("On 4 June 2023, rebels attacked a health post in Mueda (Mueda, Cabo Delgado). "
     "Fatalities: 0.", "MOZ"),
    ("On 9 May 2022, militants shot dead two policemen in Gariyaband (Gariyaband, "
     "Chhattisgarh). Fatalities: 2.", "IND"),
    ("On 2 March 2024, soldiers detained a village chief in Kita (Kita, Kayes).", "MLI"),
])
def test_a_bracketed_district_and_province_name_the_state_where_it_happened(code, text,
                                                                            state):
    found = triples(code(text))
    assert {t[2] for t in found} == {state}, found


@pytest.mark.parametrize("text, triple", [
    ("On 19 November 2022, Russian forces shelled residential areas of Kharkiv (Kharkivskyi, "
     "Kharkiv), killing two civilians. Fatalities: 2.", ("ASSAULT", "RUS", "UKR")),
    ("On 11 May 2023, Palestinian militants in Gaza fired rockets towards Sderot (Sderot, "
     "Southern). No injuries were reported.", ("ASSAULT", "PSE", "ISR")),
])
def test_a_place_hit_from_another_state_is_where_it_happened(code, text, triple):
    """'Shelled residential areas of Kharkiv (...)', 'fired rockets towards Sderot (...)':
    the noted place is where the shells and rockets landed, so the people hit are of its
    state though no sentence names that state (not of the attacker's)."""
    found = triples(code(text))
    assert triple in found, found


def test_a_province_in_brackets_is_where_it_happened_not_the_party_acted_on(code):
    found = triples(code("On 8 July 2023, suspected jihadists ambushed a convoy of the "
                         "volunteer defence force near Gorom (Oudalan, Sahel). "
                         "Fatalities: 9."))
    assert found and all(t[2] == "BFA" for t in found), found


@pytest.mark.parametrize("text, cameo", [
    ("On 3 May 2023, hundreds of protesters stormed the district office in Sylhet "
     "(Sylhet, Sylhet).", "145"),
    ("On 6 June 2022, a mob attacked the police post in Sangrur (Sangrur, Punjab) after a "
     "youth died in custody.", "145"),
    ("On 1 April 2024, around 300 villagers occupied the grounds of a sugar mill in Maraba "
     "(Maraba, Para).", "144"),
    # a crowd's arson is a riot (PLOVER PROTEST riot), not a state's destruction of property
    ("On 4 March 2024, a crowd set fire to the French consulate in Karachi (Karachi, Sindh).",
     "145"),
])
def test_a_crowds_attack_or_occupation_is_a_protest_not_an_assault(code, text, cameo):
    coded = code(text)
    assert {e.type for e in coded.events if e.asserted} == {"PROTEST"}, triples(coded)
    assert {e.cameo for e in coded.events if e.asserted} == {cameo}


def test_soldiers_counted_by_the_hundred_still_assault(code):
    coded = code("On 5 May 2023, hundreds of soldiers stormed a rebel camp in Dolo "
                 "(Dolo, Gedo).")
    assert {e.type for e in coded.events if e.asserted} == {"ASSAULT"}, triples(coded)


def test_a_note_whose_province_is_unknown_takes_the_state_of_all_its_places(code):
    found = triples(code("On 2 May 2023, police detained six fishermen in Lamu (Lamu, Lamu) "
                         "after a raid by al-Shabaab."))
    assert ("COERCE", "KEN", "KEN") in found, found


def test_the_doer_of_a_hyphened_verb_does_its_conjoined_acts_too(code):
    coded = code("On 3 March 2024, police baton-charged and detained dozens of lawyers "
                 "protesting against a new law in Multan (Multan, Punjab).")
    doers = {e.type: e.actor for e in coded.events if e.asserted}
    assert doers["ASSAULT"].sector == doers["COERCE"].sector == "COP", doers
    assert {("ASSAULT", "PAK", "PAK"), ("COERCE", "PAK", "PAK")} <= triples(coded)


@pytest.mark.parametrize("text", [
    "On 8 May 2023, the army established a new base in Kidal (Kidal, Kidal).",
    "On 8 May 2023, soldiers set up a forward base near Kidal (Kidal, Kidal).",
])
def test_a_base_established_is_a_show_of_force(code, text):
    assert ("MOBILIZE", "MLI", "MLI") in triples(code(text))


@pytest.mark.parametrize("text, day", [
    ("Around 12 April 2023 (month of), militants attacked a police post in Tank (Tank, "
     "Khyber Pakhtunkhwa). Fatalities: 2.", "2023-04-12"),
    ("On 3 February 2024 (as reported), soldiers shelled rebel positions near Dolo (Dolo, "
     "Gedo).", "2024-02-03"),
])
def test_a_day_told_as_around_is_that_day(code, text, day):
    coded = code(text, date="2024-05-01")
    assert {e.date for e in coded.events if e.asserted} == {day}


@pytest.mark.parametrize("text, state", [
    ("On 4 June 2023, soldiers opened fire on demonstrators demanding fair wages in Kita "
     "(Kita, Kayes), killing one. Fatalities: 1.", "MLI"),
    ("On 9 May 2022, police broke up a rally of opposition supporters in Gulu (Gulu, Gulu).",
     "UGA"),
    ("On 2 March 2024, police detained 20 protesters outside the governor's office in Kano "
     "(Kano, Kano).", "NGA"),
])
def test_a_crowd_fired_on_dispersed_or_detained_as_protesters_protested(code, text, state):
    assert ("PROTEST", state, state) in triples(code(text))


@pytest.mark.parametrize("text, state", [
    ("On 3 May 2023, pensioners protested against cuts to their allowances in Osh (Osh, Osh).",
     "KGZ"),
    ("On 3 May 2023, street hawkers marched to the town hall in Kumasi (Kumasi, Ashanti) "
     "against evictions.", "GHA"),
    ("On 3 May 2023, nurses staged a demonstration outside the health ministry in Rajshahi "
     "(Rajshahi, Rajshahi).", "BGD"),
    ("On 3 May 2023, traders marched to the governor's office in Kano (Kano, Kano) against "
     "new market levies.", "NGA"),
])
def test_protesters_the_dictionaries_do_not_know_still_protest_where_they_are(code, text,
                                                                              state):
    assert ("PROTEST", state, state) in triples(code(text))


@pytest.mark.parametrize("text", [
    "On 13 March 2023, militiamen raped two women near Djugu (Djugu, Ituri).",
    "on 13 march 2023, militiamen shot dead two farmers near djugu (djugu, ituri).",
])
def test_the_month_of_march_is_no_march_fired_on(code, text):
    assert "PROTEST" not in {e.type for e in code(text).events if e.asserted}


@pytest.mark.parametrize("text, state", [
    ("On 2 May 2023, masked men abducted a trader near Mubi (Mubi North, Adamawa).", "NGA"),
    ("On 15 January 2023, armed men abducted a cattle merchant in Bankass (Bankass, Mopti).",
     "MLI"),
])
def test_armed_men_who_abduct_a_trader_attack_no_business_partner(code, text, state):
    found = triples(code(text))
    assert ("ASSAULT", None, state) in found, found


def test_a_sit_in_written_with_its_hyphen_is_a_protest(code):
    """The parser splits "sit-in" in three words; the lexicon lists it whole."""
    for text in ("On 3 May 2023, nurses began a sit-in outside the health ministry in "
                 "Rajshahi (Rajshahi, Rajshahi).",
                 "On 3 May 2023, rickshaw pullers staged a sit-in outside the municipal office "
                 "in Sylhet (Sylhet, Sylhet)."):
        coded = code(text)
        protests = {e.actor.code for e in coded.events if e.asserted and e.type == "PROTEST"}
        assert protests == {"BGD"}, triples(coded)


def test_a_rally_held_to_win_votes_is_no_protest(code):
    """An attack at a campaign or election rally: the rally is where, not a protest."""
    for text in ("On 9 August 2023, gunmen shot dead a mayoral candidate as he left a campaign "
                 "rally in Machala (Machala, El Oro). Fatalities: 1.",
                 "On 2 June 2023, unidentified men stabbed a councillor at an election rally "
                 "in Mombasa (Mvita, Mombasa)."):
        coded = code(text)
        assert {e.type for e in coded.events if e.asserted} == {"ASSAULT"}, triples(coded)


@pytest.mark.parametrize("text, state", [
    ("On 3 May 2023, a roadside bomb killed two soldiers near Gao (Gao, Gao). Fatalities: 2.",
     "MLI"),
    ("On 8 June 2023, an improvised explosive device hit a police pickup in Tank (Tank, Khyber "
     "Pakhtunkhwa), killing one constable. Fatalities: 1.", "PAK"),
    ("On 4 March 2024, a Somali army base near Mogadishu (Mogadishu, Banadir) was hit by a car "
     "bomb, killing at least four soldiers. Fatalities: 4.", "SOM"),
])
def test_a_device_that_went_off_was_planted_by_nobody_named(code, text, state):
    found = triples(code(text))
    assert ("ASSAULT", None, state) in found and ("ASSAULT", state, state) not in found, found


def test_unidentified_men_who_burn_an_office_stay_unknown(code):
    for text, state in (("On 9 May 2023, unidentified men set fire to the office of the ruling "
                         "party in Bo (Bo, Southern).", "SLE"),
                        ("On 6 January 2024, gunmen on motorbikes burned the electoral "
                         "commission office in Abeche (Ouara, Ouaddai). No casualties.", "TCD")):
        found = triples(code(text))
        assert ("COERCE", None, state) in found and ("COERCE", state, state) not in found, found
