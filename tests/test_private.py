"""People and firms acting in private roles make no political event (spec section 6):
firms suing or dealing with firms, customers complaining, rescue after a disaster."""

from __future__ import annotations

import pytest

from .conftest import triples

DATE = "2026-05-06"


@pytest.mark.parametrize("text", [
    "SEOUL, May 6 (Wire) - South Korea's Daehan Electronics said it had sued Chinese "
    "television maker Lanpo in a court in Delaware, accusing it of copying its panels.",
    "KUALA LUMPUR, May 6 (Wire) - Indonesian sauce firm Rasa Segar signed a distribution "
    "deal with Malaysian retailer Mydin Jaya to sell its sauces in Borneo.",
    "SHANGHAI, May 6 (Wire) - Chinese electric car makers called a truce on Tuesday after two "
    "years of discounting.",
])
def test_named_firms_dealing_with_firms_make_no_event(code, text):
    assert triples(code(text, date=DATE)) == set()


def test_firms_attacking_markets_make_no_assault(code):
    coded = code("SEOUL, May 6 (Wire) - Korean carmakers are attacking the European electric "
                 "vehicle market with cheaper models.", date=DATE)
    assert triples(coded) == set()


@pytest.mark.parametrize("text, event", [
    ("WASHINGTON, May 6 (Wire) - The United States imposed sanctions on Chinese telecoms "
     "maker Huawei.", ("SANCTION", "USA", "CHN")),
    ("KABUL, May 6 (Wire) - Taliban fighters attacked a market in Kandahar, killing nine "
     "people.", ("ASSAULT", "AFG", "AFG")),
])
def test_a_state_acting_on_a_firm_or_a_market_stays_an_event(code, text, event):
    assert event in triples(code(text, date=DATE))


@pytest.mark.parametrize("text", [
    "OSLO, May 6 (Wire) - Passengers were offered rebooking on other flights or a full refund "
    "after the airline cancelled 40 flights.",
    "ROME, May 6 (Wire) - Many passengers complained that they had been told nothing for three "
    "hours.",
    "DUBLIN, May 6 (Wire) - A hospital in Dublin apologised after a software fault cancelled "
    "hundreds of appointments.",
    "LONDON, May 6 (Wire) - Consumer groups criticised the supermarket chain for taking four "
    "days to announce the recall.",
])
def test_customers_and_firms_speaking_in_private_roles_make_no_event(code, text):
    assert triples(code(text, date=DATE)) == set()


def test_customers_accusing_the_police_stay_an_event(code):
    coded = code("LAGOS, May 6 (Wire) - Passengers accused the police of beating them at the "
                 "airport.", date=DATE)
    assert ("ACCUSE", "NGA", "NGA") in triples(coded)


def test_a_grievance_aimed_at_nobody_is_no_accusation(code):
    coded = code("NAIROBI, May 6 (Wire) - Residents of the estate complained that they had had "
                 "no running water for a week.", date=DATE)
    assert triples(coded) == set()


def test_a_complaint_that_names_soldiers_stays_an_accusation(code):
    coded = code("NAIROBI, May 6 (Wire) - Residents of the estate complained that soldiers had "
                 "looted their shops.", date=DATE)
    assert ("ACCUSE", "KEN", "KEN") in triples(coded)


@pytest.mark.parametrize("text", [
    "LEEDS, May 6 (Wire) - Police are appealing for witnesses after a van hit a cyclist on the "
    "ring road.",
    "SYDNEY, May 6 (Wire) - Detectives are appealing for anyone with dashcam footage of the "
    "street to come forward.",
    "LEEDS, May 6 (Wire) - Officers have asked anyone with dashcam footage of the lorry to "
    "contact them.",
])
def test_a_police_appeal_for_witnesses_is_no_request(code, text):
    assert triples(code(text, date=DATE)) == set()


def test_an_appeal_for_calm_stays_a_request(code):
    coded = code("KABUL, May 6 (Wire) - The UN appealed for calm after the clashes.", date=DATE)
    assert ("REQUEST", "UN", "AFG") in triples(coded)


CYCLONE = ("CHITTAGONG, May 6 (Wire) - A cyclone hit the coast on Tuesday with heavy rain and "
           "winds of 120 km per hour, destroying thousands of homes.\n\n"
           "Flooding cut off dozens of villages as the rain continued on Wednesday.\n\n")


def test_rescue_teams_deployed_after_a_cyclone_make_no_event(code):
    coded = code(CYCLONE + "Coast guard and fire service rescue teams were deployed to reach "
                 "the villages, and 3,000 families were evacuated to shelters.", date=DATE)
    assert triples(coded) == set()


@pytest.mark.parametrize("text, event", [
    ("The Indian army deployed troops to Bangladesh after the cyclone.",
     ("MOBILIZE", "IND", "BGD")),
    ("The Indian government sent 200 tonnes of food aid to Bangladesh.", ("AID", "IND", "BGD")),
])
def test_troops_and_aid_sent_abroad_after_a_cyclone_stay_events(code, text, event):
    assert event in triples(code(CYCLONE + text, date=DATE))


def test_advocates_asking_a_hospital_make_no_event(code):
    coded = code("DUBLIN, May 6 (Wire) - Patient advocates said the hospital should compensate "
                 "those who had taken time off work.", date=DATE)
    assert triples(coded) == set()


def test_advocates_asking_a_ministry_stay_an_event(code):
    coded = code("DUBLIN, May 6 (Wire) - Patient advocates said the health ministry should "
                 "compensate those who had taken time off work.", date=DATE)
    assert ("REQUEST", "IRL", "IRL") in triples(coded)


@pytest.mark.parametrize("text", [
    "LEEDS, May 6 (Wire) - A spokesperson for the haulage company said it was cooperating "
    "fully with the investigation.",
    "LEEDS, May 6 (Wire) - Company officials said they were cooperating fully with the "
    "investigation.",
])
def test_a_firms_spokesperson_speaks_for_the_firm(code, text):
    assert triples(code(text, date=DATE)) == set()


def test_a_ministrys_spokesperson_speaks_for_the_state(code):
    coded = code("LONDON, May 6 (Wire) - A spokesperson for the foreign ministry accused Iran "
                 "of arming the rebels.", date=DATE)
    assert ("ACCUSE", "GBR", "IRN") in triples(coded)
