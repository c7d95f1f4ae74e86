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


@pytest.mark.parametrize("text, attacker, victim", [
    ("Pakistani troops shelled Afghan border posts near Torkham on Sunday, officials said. The "
     "exchange began when Afghan forces opened fire on a construction site.", "AFG", "PAK"),
    ("Thai troops shelled Cambodian positions near the temple on Friday. Cambodian soldiers "
     "fired rockets across the border, killing two people.", "KHM", "THA"),
])
def test_an_attack_on_nobody_named_in_a_clash_between_states_is_on_the_other(
        code, text, attacker, victim):
    found = triples(code(text))
    assert ("ASSAULT", attacker, victim) in found
    assert ("ASSAULT", attacker, attacker) not in found


def test_a_crowd_fired_on_beside_a_clash_between_states_stays_at_home(code):
    found = triples(code("Pakistani troops shelled Afghan border posts near Torkham on Sunday. "
                         "In Kabul, Afghan police fired on protesters who marched on the "
                         "palace."))
    assert ("ASSAULT", "AFG", "AFG") in found


# -- word lists: releases, protests called off, internet shutdowns, bans on assembly -----


@pytest.mark.parametrize("text, doer, whom", [
    ("COLOMBO: The Sri Lankan government on Friday released 15 Indian fishermen arrested off "
     "Mannar last month.", "LKA", "IND"),
    ("KARACHI: Pakistan on Sunday freed 30 Indian fishermen and returned their trawlers.",
     "PAK", "IND"),
])
def test_fishermen_released_across_a_sea_line_are_a_release(code, text, doer, whom):
    assert ("RETREAT", doer, whom) in triples(code(text))


@pytest.mark.parametrize("text, state", [
    ("BHOPAL: The farmers called off their dharna outside the collectorate on Tuesday after "
     "the collector's assurance.", "IND"),
    ("DHAKA: The opposition alliance suspended its hartal on Monday after talks with the "
     "home adviser.", "BGD"),
])
def test_a_dharna_or_hartal_called_off_is_a_concession(code, text, state):
    coded = code(text)
    assert ("CONCEDE", state, state) in triples(coded)
    assert any(e.cameo == "082" for e in coded.events if e.type == "CONCEDE")


@pytest.mark.parametrize("text, state", [
    ("SRINAGAR: The district administration suspended mobile internet services in Baramulla "
     "on Sunday.", "IND"),
    ("PESHAWAR: The district administration imposed Section 144 in the city for seven days "
     "on Monday.", "PAK"),
    ("KOLKATA: Police clamped prohibitory orders around the station on Monday.", "IND"),
])
def test_an_internet_shutdown_or_a_ban_on_assembly_is_coercion(code, text, state):
    coded = code(text)
    assert ("COERCE", state, state) in triples(coded)
    assert any(e.cameo == "1721" for e in coded.events if e.type == "COERCE")


# -- restrictions nobody named imposes ----------------------------------------------------


@pytest.mark.parametrize("text, state", [
    ("GUWAHATI: A curfew was imposed in Dhubri town on Monday night after the clashes.", "IND"),
    ("SRINAGAR: Authorities suspended mobile internet services in Baramulla district on "
     "Sunday.", "IND"),
    ("SRINAGAR: Mobile internet was snapped in Shopian on Tuesday after the encounter.", "IND"),
    ("KARACHI: Section 144 was imposed in Lyari for three days on Friday.", "PAK"),
])
def test_a_restriction_nobody_named_imposes_is_the_state_s_on_its_people(code, text, state):
    assert ("COERCE", state, state) in triples(code(text))


def test_a_banned_group_is_no_ban_told(code):
    coded = code("RAIPUR: The banned CPI (Maoist) called a bandh in Bastar on Tuesday.")
    assert not [e for e in coded.events if e.type == "COERCE" and e.asserted]


# -- a vow to forbid is no rejection -------------------------------------------------------


@pytest.mark.parametrize("text", [
    'LAHORE: "No one will be allowed to block the motorway," the provincial home minister told '
    "reporters on Sunday.",
    "DHAKA: The home adviser said the government would not allow anyone to create anarchy in "
    "the name of a hartal.",
])
def test_a_vow_to_forbid_is_no_rejection(code, text):
    assert not [e for e in code(text).events if e.type == "REJECT" and e.asserted]


def test_a_refusal_to_allow_stays_a_rejection(code):
    coded = code("DHAKA: The police refused to allow the opposition to hold a rally at "
                 "Suhrawardy Udyan on Friday.")
    assert ("REJECT", "BGD", "BGD") in triples(coded)


# -- a capital by its own name -------------------------------------------------------------


def test_a_capital_named_in_capitals_is_that_capital():
    from thucydides.where.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    assert gazetteer.resolve("ISLAMABAD").country == "PAK"
    assert gazetteer.resolve("Chittagong").country == "BGD"  # its old name matches no more
    assert gazetteer.resolve("San Jose").country == "USA"  # two towns of that very name


def test_a_report_datelined_islamabad_is_pakistan_s(code):
    found = triples(code("ISLAMABAD, Jan 5: Police arrested 20 traders protesting against "
                         "the new tax on Sunday."))
    assert ("COERCE", "PAK", "PAK") in found
    assert not any("BGD" in t for t in found)


# -- an act named as the object of another verb is no one's intent -------------------------


@pytest.mark.parametrize("text", [
    "PESHAWAR: The party's provincial chief said it would challenge the detentions in the "
    "Peshawar High Court on Tuesday.",
    "KATHMANDU: The foreign minister said Nepal would raise the arrests of its workers with "
    "the Qatari envoy next week.",
])
def test_an_act_a_future_verb_is_about_is_no_threat(code, text):
    assert not [e for e in code(text).events if e.type == "THREATEN" and e.asserted]


def test_an_act_a_future_light_verb_does_is_still_a_threat(code):
    coded = code("ISLAMABAD: The interior minister warned that the government would impose a "
                 "curfew if the protesters did not leave the Red Zone.")
    assert any(e.type == "THREATEN" and e.asserted for e in coded.events)


# -- an offence named in a charge is alleged, not reported -------------------------------


@pytest.mark.parametrize("text", [
    "MEERUT: Police lodged an FIR against 40 unnamed people under sections relating to rioting "
    "and arson on Sunday.",
    "BHAGALPUR: The six youths were booked for rioting and stone pelting on Tuesday.",
])
def test_an_offence_named_in_a_charge_is_no_riot(code, text):
    coded = code(text)
    assert ("ACCUSE", "IND", "IND") in triples(coded)
    assert not [e for e in coded.events if e.type == "PROTEST" and e.asserted]


def test_a_riot_reported_is_still_a_riot(code):
    coded = code("MEERUT: Mobs rioted in the old city on Sunday and set fire to shops.")
    assert any(e.type in ("PROTEST", "ASSAULT") and e.asserted for e in coded.events)


# -- district officials named with their office's short form in brackets ------------------


@pytest.mark.parametrize("text, state", [
    ("BIRGUNJ, Jan 9: Chief District Officer (CDO) Ramesh Prasad Sah imposed a curfew in and "
     "around the town from 4 pm Tuesday.", "NPL"),
    ("SILCHAR, Jan 9: Deputy Inspector General (DIG) Rajesh Kumar imposed a curfew in "
     "the town.", "IND"),
])
def test_an_official_whose_title_has_its_short_form_in_brackets_acts_for_the_state(
        code, text, state):
    assert ("COERCE", state, state) in triples(code(text, date="2024-01-10"))
