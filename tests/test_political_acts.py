"""Political acts only (spec section 6): accidents, nature, the care of the injured and
people's dealings with companies and schools are no events."""

from __future__ import annotations

import pytest

from .conftest import triples


@pytest.mark.parametrize("text", [
    "A fire broke out at a garment factory in Gazipur, Bangladesh, on Tuesday, killing six "
    "workers.",
    "GAZIPUR, May 6 (Wire) - Fourteen pilgrims were killed and 27 injured when their bus "
    "skidded off the road, police said.",
    "OUAGADOUGOU, May 6 (Wire) - Malaria attacks children when their immune systems are "
    "weakest, the health ministry said.",
    "RAWALPINDI, May 6 (Wire) - A 14-year-old boy with dengue was flown by air ambulance to "
    "a hospital in Islamabad, officials said.",
])
def test_accidents_and_the_care_of_the_injured_are_no_events(code, text):
    assert triples(code(text, date="2025-05-06")) == set()


@pytest.mark.parametrize("text, event", [
    ("Pakistani police fired on the crowd in Lahore, killing two protesters.",
     ("ASSAULT", "PAK", "PAK")),
    ("India deployed troops to Nepal after the quake.", ("MOBILIZE", "IND", "NPL")),
    ("The Indian prime minister flew to Kathmandu on Monday.", ("CONSULT", "IND", "NPL")),
])
def test_acts_beside_an_accident_or_a_hospital_stay_events(code, text, event):
    assert event in triples(code(text, date="2025-05-06"))


@pytest.mark.parametrize("text", [
    "MADRID, May 6 (Wire) - Several victims have sued the banks over the fraudulent "
    "transfers.",
    "LONDON, May 6 (Wire) - The students' union said it had asked the university to allow a "
    "hardship route for those who cannot pay.",
])
def test_people_suing_or_asking_a_company_or_a_school_make_no_event(code, text):
    assert triples(code(text, date="2025-05-06")) == set()


def test_people_demanding_of_the_police_still_make_an_event(code):
    coded = code("KATHMANDU, May 6 (Wire) - Human rights activists accused the police of "
                 "torture and demanded an inquiry.", date="2025-05-06")
    assert ("ACCUSE", "NPL", "NPL") in triples(coded)


@pytest.mark.parametrize("text, kind", [
    ("OTTAWA, June 9 (Wire) - Canada's opposition leader fired back at his critics on Tuesday, "
     "calling their claims pure fiction.", "ACCUSE"),
    ("Indian troops fired back at Pakistani positions across the Line of Control.", "ASSAULT"),
])
def test_firing_back_at_critics_is_words_not_shots(code, text, kind):
    assert {e.type for e in code(text).events if e.asserted} == {kind}


@pytest.mark.parametrize("text, triple", [
    ("NIAMEY, March 4 (Wire) - Hundreds of protesters gathered outside the French embassy in "
     "Niamey on Sunday, chanting slogans against France.", ("PROTEST", "NER", "FRA")),
    ("Protesters converged on parliament in Tbilisi on Monday.", ("PROTEST", "GEO", "GEO")),
])
def test_protesters_who_gather_protest(code, text, triple):
    assert triple in triples(code(text, date="2024-03-04"))


def test_people_who_gather_for_a_funeral_do_not_protest(code):
    assert not code("Hundreds of people gathered for the funeral in Niamey.").events


def test_lightning_strikes_are_no_strike(code):
    coded = code("GAYA, June 29 (Wire) - Lightning strikes killed seven people in Gaya and "
                 "Nalanda districts of Bihar on Saturday.", date="2024-06-29")
    assert not [e for e in coded.events if e.asserted]


@pytest.mark.parametrize("text, triple", [
    ("Two Indian soldiers were killed by Pakistani fire along the Line of Control on Tuesday, "
     "the Indian army said.", ("ASSAULT", "PAK", "IND")),
    ("EL OBEID, Dec 8 (Wire) - Shelling by the Rapid Support Forces killed 12 people at a "
     "market in El Obeid on Sunday, the state health ministry said.", ("ASSAULT", "SDN", "SDN")),
    ("QUETTA, Jan 30 (Wire) - A suicide bomber blew himself up next to a police van near the "
     "Quetta district courts, killing five policemen.", ("ASSAULT", None, "PAK")),
])
def test_force_named_by_who_used_it_is_an_attack(code, text, triple):
    """'Killed by Pakistani fire' is shots, not a blaze; 'shelling by the RSF' is done by
    the RSF, though the parser makes 'shelling' a verb with no subject; a suicide bomber is
    an unidentified attacker (spec 6)."""
    assert triple in triples(code(text, date="2024-12-08"))


@pytest.mark.parametrize("text, triple", [
    ("DAR ES SALAAM, Oct 29 (Wire) - The Tanzanian government cut internet access nationwide "
     "on election day, a monitoring group said.", ("COERCE", "TZA", "TZA")),
    ("KATSINA, Feb 14 (Wire) - Troops neutralised 20 bandits and rescued 11 kidnapped farmers "
     "in Faskari local government area, the army said.", ("ASSAULT", "NGA", "NGA")),
])
def test_how_states_report_their_acts(code, text, triple):
    """Internet access cut is a shutdown (COERCE 1721); bandits 'neutralised' are killed."""
    assert triple in triples(code(text, date="2024-10-29"))


def test_a_threat_neutralised_is_no_killing(code):
    assert not code("The army said it had neutralized the threat.").events


def test_students_who_occupy_schools_protest(code):
    """A crowd of civilians seizing a place is a protest (obstruct); a school named is the
    building, not its people."""
    coded = code("SANTIAGO, Oct 18 (Wire) - Students occupied several high schools in Santiago "
                 "on Thursday.", date="2024-10-18")
    assert {e.type for e in coded.events if e.asserted} == {"PROTEST"}


@pytest.mark.parametrize("text, absent", [
    # forces of nature and the economy do nothing: a warning of them threatens nobody, and
    # blaming them accuses nobody
    ("ACCRA, April 19 (Wire) - The central bank governor warned on Friday that inflation "
     "would rise again if the cedi kept falling.", "THREATEN"),
    ("DHAKA, April 24 (Wire) - The meteorological department warned on Wednesday that a "
     "cyclone could hit the coast by the weekend.", "THREATEN"),
    # a warning of where a thing leads foretells; it threatens nobody
    ("BUDAPEST, May 3 (Wire) - Hungary's foreign minister warned on Friday that isolating "
     "Iran would push it closer to Russia.", "THREATEN"),
    ("ADDIS ABABA, May 3 (Wire) - Prime Minister Abiy Ahmed warned on Friday that a single "
     "clash on the border with Eritrea could spiral into war.", "THREATEN"),
    ("KATHMANDU, April 7 (Wire) - Officials blamed heavy rain for a landslide that blocked "
     "the main highway to the Chinese border on Sunday.", "ACCUSE"),
    ("KATHMANDU, April 7 (Wire) - Officials blamed heavy rain for a landslide that blocked "
     "the main highway to the Chinese border on Sunday.", "PROTEST"),
    # words against a bill are no force
    ("NAIROBI, April 27 (Wire) - Opposition leader Raila Odinga attacked the government's "
     "finance bill at a rally on Saturday.", "ASSAULT"),
])
def test_nature_the_economy_and_bills_suffer_no_act(code, text, absent):
    assert absent not in {kind for kind, _, _ in triples(code(text))}


def test_words_against_a_bill_criticise_its_authors(code):
    coded = code("NAIROBI, April 27 (Wire) - Opposition leader Raila Odinga attacked the "
                 "government's finance bill at a rally on Saturday.")
    assert ("ACCUSE", "KEN", "KEN") in triples(coded)


def test_a_warning_of_force_is_still_a_threat(code):
    assert ("THREATEN", "RUS", "NATO") in triples(
        code("Russia warned that its forces would respond if NATO moved troops into Ukraine."))


@pytest.mark.parametrize("text, fought", [
    ("OTTAWA - Canada and China have clashed over trade before.", False),
    ("PRETORIA - The two governments clashed for years over the fine.", False),
    ("NEW DELHI - India and China clashed along their disputed border in June.", True),
    ("RIYADH - Saudi forces clashed with Qatari troops at the al-Khufous border post.", True),
])
def test_states_that_clash_over_a_question_clash_in_words(code, text, fought):
    """States or governments named as such that clash over a question, at no ground, clash
    in words: no attack on each other. Forces, or ground, make it a fight."""
    found = triples(code(text, date="2025-06-26"))
    assert any(kind == "ASSAULT" for kind, _, _ in found) == fought


def test_a_course_of_ones_own_proposed_asks_nobody(code):
    """'The junta proposed staying in power': a plan put forward, no request of anyone;
    a proposal that others act is one."""
    text = ("BAMAKO, Jan 10 (Wire) - ECOWAS imposed sanctions on Mali after the junta proposed "
            "staying in power for five more years. Kyiv proposed that both sides halt strikes "
            "on energy sites.")
    found = triples(code(text))
    assert not {t for t in found if t[0] == "REQUEST" and t[1] == "MLI"}
    assert any(t[:2] == ("REQUEST", "UKR") for t in found)


@pytest.mark.parametrize("text", [
    "BISHKEK, Sept 16 (Wire) - Kyrgyzstan and Tajikistan traded artillery and drone strikes "
    "along their disputed border on Friday.",
    "BISHKEK, Sept 16 (Wire) - Kyrgyzstan and Tajikistan exchanged rocket fire along their "
    "disputed border on Friday.",
])
def test_strikes_traded_are_fighting_not_trade(code, text):
    found = triples(code(text))
    assert {("ASSAULT", "KGZ", "TJK"), ("ASSAULT", "TJK", "KGZ")} <= found
    assert not {t for t in found if t[0] == "COOPERATE"}


def test_a_loan_approved_is_the_loan_not_an_endorsement(code):
    text = ("WASHINGTON, Aug 3 (Wire) - The International Monetary Fund's executive board "
            "approved a $3 billion loan programme for Sri Lanka on Monday.")
    found = triples(code(text))
    assert ("AID", "IMF", "LKA") in found
    assert ("SUPPORT", "IMF", "LKA") not in found
