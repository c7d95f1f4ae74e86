"""People and firms acting in private roles make no political event (spec section 6):
firms suing or dealing with firms, customers complaining or offered refunds, grievances
aimed at nobody, appeals for witnesses, rescue after a disaster, private quarrels. The
same acts by or on a state's organs stay events."""

from __future__ import annotations

import pytest

from .conftest import triples

DATE = "2026-05-06"
CYCLONE = ("CHITTAGONG, May 6 (Wire) - A cyclone hit the coast on Tuesday with heavy rain and "
           "winds of 120 km per hour, destroying thousands of homes.\n\n"
           "Flooding cut off dozens of villages as the rain continued on Wednesday.\n\n")
QUAKE = ("ARAUCA, May 6 (Wire) - A strong earthquake struck northern Colombia before dawn on "
         "Tuesday, killing at least five people, officials said.\n\n"
         "The quake was felt as far away as Bogota. Dozens of aftershocks shook the area "
         "through the morning.\n\n")
CRASH = ("SHIMLA, May 6 (Wire) - Fourteen pilgrims were killed when their bus skidded off the "
         "road and plunged into a gorge on Tuesday.\n\n"
         "The driver lost control on a sharp bend, and the bus overturned twice before it came "
         "to rest in the gorge.\n\n")


@pytest.mark.parametrize("text", [
    pytest.param("SEOUL, May 6 (Wire) - South Korea's Daehan Electronics said it had sued "
                 "Chinese television maker Lanpo in a court in Delaware, accusing it of copying "
                 "its panels.", id="firm-sues-firm"),
    pytest.param("KUALA LUMPUR, May 6 (Wire) - Indonesian sauce firm Rasa Segar signed a "
                 "distribution deal with Malaysian retailer Mydin Jaya to sell its sauces in "
                 "Borneo.", id="firm-deals-with-firm"),
    pytest.param("SHANGHAI, May 6 (Wire) - Chinese electric car makers called a truce on "
                 "Tuesday after two years of discounting.", id="firms-truce"),
    pytest.param("SEOUL, May 6 (Wire) - Korean carmakers are attacking the European electric "
                 "vehicle market with cheaper models.", id="firms-attack-market"),
    pytest.param("OSLO, May 6 (Wire) - Passengers were offered rebooking on other flights or a "
                 "full refund after the airline cancelled 40 flights.", id="customers-offered"),
    pytest.param("ROME, May 6 (Wire) - Many passengers complained that they had been told "
                 "nothing for three hours.", id="customers-complain"),
    pytest.param("DUBLIN, May 6 (Wire) - A hospital in Dublin apologised after a software fault "
                 "cancelled hundreds of appointments.", id="hospital-apologises"),
    pytest.param("LONDON, May 6 (Wire) - Consumer groups criticised the supermarket chain for "
                 "taking four days to announce the recall.", id="critics-of-a-chain"),
    pytest.param("DUBLIN, May 6 (Wire) - Patient advocates said the hospital should compensate "
                 "those who had taken time off work.", id="advocates-ask-hospital"),
    pytest.param("NAIROBI, May 6 (Wire) - Residents of the estate complained that they had had "
                 "no running water for a week.", id="grievance"),
    pytest.param("LEEDS, May 6 (Wire) - Police are appealing for witnesses after a van hit a "
                 "cyclist on the ring road.", id="appeal-for-witnesses"),
    pytest.param("SYDNEY, May 6 (Wire) - Detectives are appealing for anyone with dashcam "
                 "footage of the street to come forward.", id="appeal-for-anyone"),
    pytest.param("LEEDS, May 6 (Wire) - Officers have asked anyone with dashcam footage of the "
                 "lorry to contact them.", id="asked-anyone"),
    pytest.param("LEEDS, May 6 (Wire) - A spokesperson for the haulage company said it was "
                 "cooperating fully with the investigation.", id="firm-spokesperson"),
    pytest.param("LEEDS, May 6 (Wire) - Company officials said they were cooperating fully with "
                 "the investigation.", id="company-officials"),
    pytest.param(CYCLONE + "Coast guard and fire service rescue teams were deployed to reach the "
                 "villages, and 3,000 families were evacuated to shelters.", id="rescue"),
    pytest.param(QUAKE + "In the village of San Lucas, neighbours worked with shovels for hours "
                 "to free a family trapped in their house. Three children were pulled out "
                 "alive.", id="quake-rescue"),
    pytest.param(CYCLONE + "The roads department said it would take at least two weeks to open "
                 "a temporary track.", id="repairs-promised"),
    pytest.param(CRASH + "Police registered a case against the bus driver for rash and "
                 "negligent driving.", id="case-over-a-crash"),
    pytest.param("SYDNEY, May 6 (Wire) - Police were called after reports that two men were "
                 "fighting on a driveway over a parking space.", id="quarrel"),
    pytest.param("MADRID, May 6 (Wire) - The man called elderly customers, told them their "
                 "accounts had been hacked and persuaded them to move their savings.",
                 id="fraud"),
    # done by hand or with a blade, on a private person: no arm of war, whatever the code
    pytest.param("PERTH, May 6 (Wire) - A man was stabbed to death in a quarrel with a "
                 "neighbour over a parking space.", id="stabbed-in-a-quarrel"),
    # the accused and the suspect are private persons: their crime on nobody named is no act
    pytest.param("KANDY, May 6 (Wire) - The prosecution said the accused had attacked his wife "
                 "with a kitchen knife following a quarrel over money.", id="accused-attacked"),
    # the town the deed was done in is no side of it ("in Faridpur area")
    pytest.param("BAREILLY, May 6 (Wire) - A farmer was hacked to death by his cousins over a "
                 "land dispute in Faridpur area on Tuesday night.", id="hacked-in-a-town-area"),
    # a storm by its name is a force of nature
    pytest.param("SITTWE, May 6 (Wire) - Cyclone Mocha slammed into the coast of Rakhine state "
                 "on Sunday with winds of 200 km per hour.", id="named-cyclone"),
    # a town a road is named for is no side of what is done on it
    pytest.param("KAMPALA, May 6 (Wire) - Two private security guards were wounded when armed "
                 "robbers ambushed a cash van on the Kampala-Jinja highway on Monday.",
                 id="robbers-on-a-highway"),
    # a body named for its members speaks as they do, to nobody in office
    pytest.param("LONDON, May 6 (Wire) - Farmers' groups warned that dairy farms could close if "
                 "milk prices keep falling.", id="members-body-warns"),
    pytest.param("IZMIR, May 6 (Wire) - The district council's budget, which halved spending on "
                 "official cars, was praised by residents' groups.", id="members-body-praises"),
    pytest.param("ACCRA, May 6 (Wire) - Patients' groups urged both sides to settle quickly.",
                 id="members-body-urges"),
    # a place where it happened is no side: with nobody on the other, no party
    pytest.param("SEOUL, May 6 (Wire) - Hanseong is seeking damages and an order barring the "
                 "sale of three phones in the United States.", id="only-a-place"),
    # a firm named by its nation or its trade is the firm, not its government
    pytest.param("MUMBAI, May 6 (Wire) - An Indian steelmaker agreed on Tuesday to buy a "
                 "German engineering firm for $800 million.", id="firm-buys-a-nations-firm"),
    pytest.param("OSLO, May 6 (Wire) - Norwegian energy group Nordvik signed a supply contract "
                 "with a Polish utility on Tuesday.", id="energy-group-signs"),
    pytest.param("HANOI, May 6 (Wire) - Vietnam Airlines and an Indonesian low-cost carrier agreed "
                 "to a codeshare deal on Tuesday covering nine routes.", id="carriers-agree"),
    pytest.param("DUBAI, May 6 (Wire) - Tenants of a Sharjah tower complained to the property "
                 "developer that the lifts had been broken for a month.",
                 id="tenants-complain-to-a-developer"),
])
def test_private_acts_make_no_event(code, text):
    assert triples(code(text, date=DATE)) == set()


@pytest.mark.parametrize("text, event", [
    pytest.param("WASHINGTON, May 6 (Wire) - The United States imposed sanctions on Chinese "
                 "telecoms maker Huawei.", ("SANCTION", "USA", "CHN"), id="state-on-firm"),
    pytest.param("KABUL, May 6 (Wire) - Taliban fighters attacked a market in Kandahar, killing "
                 "nine people.", ("ASSAULT", "AFG", "AFG"), id="attack-on-market"),
    pytest.param("LAGOS, May 6 (Wire) - Passengers accused the police of beating them at the "
                 "airport.", ("ACCUSE", "NGA", "NGA"), id="customers-accuse-police"),
    pytest.param("DUBLIN, May 6 (Wire) - Patient advocates said the health ministry should "
                 "compensate those who had taken time off work.", ("REQUEST", "IRL", "IRL"),
                 id="advocates-ask-ministry"),
    pytest.param("NAIROBI, May 6 (Wire) - Residents of the estate complained that soldiers had "
                 "looted their shops.", ("ACCUSE", "KEN", "KEN"), id="complaint-names-soldiers"),
    pytest.param("KABUL, May 6 (Wire) - The UN appealed for calm after the clashes.",
                 ("REQUEST", "UN", "AFG"), id="appeal-for-calm"),
    pytest.param("LONDON, May 6 (Wire) - A spokesperson for the foreign ministry accused Iran "
                 "of arming the rebels.", ("ACCUSE", "GBR", "IRN"), id="ministry-spokesperson"),
    pytest.param(CYCLONE + "The Indian army deployed troops to Bangladesh after the cyclone.",
                 ("MOBILIZE", "IND", "BGD"), id="troops-abroad"),
    pytest.param(CYCLONE + "The Indian government sent 200 tonnes of food aid to Bangladesh.",
                 ("AID", "IND", "BGD"), id="aid-abroad"),
    pytest.param(CYCLONE + "India sent 200 tonnes of food aid to Bangladesh.",
                 ("AID", "IND", "BGD"), id="state-aid-abroad"),
    pytest.param(QUAKE + "Venezuela sent 30 tonnes of food aid and a rescue team to Colombia.",
                 ("AID", "VEN", "COL"), id="quake-aid-abroad"),
    pytest.param(CRASH + "Police registered a case against the transport minister for "
                 "negligence.", ("ACCUSE", "IND", "IND"), id="case-against-a-minister"),
    pytest.param("MOSUL, May 6 (Wire) - Militants seized a farmer's land and burned his "
                 "house.", ("COERCE", "IRQ", "IRQ"), id="militants-seize-land"),
    pytest.param("SYDNEY, May 6 (Wire) - Two men attacked a police officer with a knife outside "
                 "the station.", ("ASSAULT", "AUS", "AUS"), id="men-attack-police"),
    pytest.param("SYDNEY, May 6 (Wire) - The suspect attacked a police officer with a knife "
                 "outside the station.", ("ASSAULT", "AUS", "AUS"), id="suspect-attacks-police"),
    pytest.param("SYDNEY, May 6 (Wire) - A police officer was stabbed outside the station.",
                 ("ASSAULT", "AUS", "AUS"), id="police-officer-stabbed"),
    pytest.param("KANDAHAR, May 6 (Wire) - Gunmen ambushed a police convoy on the "
                 "Kabul-Kandahar highway, killing four officers.", ("ASSAULT", None, "AFG"),
                 id="gunmen-ambush-police-on-a-highway"),
    pytest.param("IZMIR, May 6 (Wire) - Residents' groups accused the mayor of wasting money on "
                 "official cars.", ("ACCUSE", "TUR", "TUR"), id="members-body-accuses-mayor"),
    pytest.param("LONDON, May 6 (Wire) - Farmers' groups urged the environment minister to cap "
                 "feed prices.", ("REQUEST", "GBR", "GBR"), id="members-body-asks-minister"),
])
def test_the_same_acts_by_or_on_a_state_stay_events(code, text, event):
    assert event in triples(code(text, date=DATE))


CITY_COURT = ("LONDON, May 6 (Wire) - A London court on Tuesday fined Britain's largest "
              "retailer, the court said.\n\n")
LEDE = ("NAIROBI, May 6 (Wire) - Kenya's president met Tanzania's foreign minister in Nairobi "
        "on Tuesday.\n\n")


@pytest.mark.parametrize("text, event, kept", [
    # a crash told as a noun with two participles: the injuring is the overturning's
    pytest.param(LEDE + "A minibus overturned on Thika Road, injuring 14 passengers.",
                 ("ASSAULT", "KEN", "KEN"), False, id="overturned-injuring"),
    # the head of a firm or a club speaks for it, not for a state
    pytest.param(LEDE + "The club's president urged supporters to stay calm.",
                 ("REQUEST", "KEN", "KEN"), False, id="club-president"),
    # a private person's words to nobody named
    pytest.param(LEDE + "A man whose wife waited five weeks for her scan results said he had "
                 "complained to the trust twice.", ("ACCUSE", "KEN", "KEN"), False,
                 id="man-complained"),
    # "a group of parents" is parents, whose words to nobody in office are private
    pytest.param(LEDE + "A group of parents demanded a meeting with the principal of the school.",
                 ("REQUEST", "KEN", "KEN"), False, id="group-of-parents"),
    pytest.param(LEDE + "A group of parents accused the police of beating their children.",
                 ("ACCUSE", "KEN", "KEN"), True, id="group-of-parents-accuse-police"),
    # "its" on the object is the subject's own: the firm's landlords, not the last state named
    pytest.param(CITY_COURT + "The company asked its landlords for rent cuts on its remaining "
                 "stores.", ("REQUEST", "GBR", "GBR"), False, id="its-own-landlords"),
    pytest.param(CITY_COURT + "The ministry recalled its ambassador from Paris.",
                 ("SANCTION", "GBR", "FRA"), True, id="its-own-ambassador"),
    # what an act permits is its effect, no concession of its own
    pytest.param(LEDE + "The governor declared an emergency in 12 towns, allowing them to hire "
                 "temporary staff.", ("CONCEDE", "KEN", "KEN"), False, id="allowing-them"),
    pytest.param(LEDE + "The governor declared an emergency in 12 towns, allowing them to hire "
                 "temporary staff.", ("COERCE", "KEN", "KEN"), True, id="the-emergency-stays"),
    # health agents are health workers, not spies
    pytest.param(LEDE + "Health agents visited homes in the worst-hit districts to destroy "
                 "mosquito larvae.", ("CONSULT", "KEN", "KEN"), False, id="health-agents"),
    # kin, friends and landlords are private persons: a killing among them is crime
    pytest.param(LEDE + "A 24-year-old man was beaten to death by his cousins over a land "
                 "dispute in Kisumu.", ("ASSAULT", "KEN", "KEN"), False, id="killed-by-cousins"),
    # "their" is the sisters' own: a family's plan, not a visit to a state
    pytest.param(LEDE + "The two sisters plan to visit their mother's grave in Mombasa.",
                 ("AGREE", "KEN", "KEN"), False, id="their-mothers-grave"),
    # what was discussed is no side of the talks; a partner "with" it may be
    pytest.param(LEDE + "The president said he had discussed Sudan's debt with the visiting "
                 "minister.", ("CONSULT", "KEN", "SDN"), False, id="discussed-a-topic"),
    pytest.param("NAIROBI, May 6 (Wire) - Kenya's foreign minister held talks with regional "
                 "leaders in Nairobi on Tuesday.\n\nThe two ministers discussed the border "
                 "dispute with Eritrea.",
                 ("CONSULT", "KEN", "ERI"), True, id="discussed-with-a-partner"),
    # fans are private persons: their violence on a thing is hooliganism; on police it stays
    pytest.param(LEDE + "Fans attacked the bus of the visiting team after the match.",
                 ("ASSAULT", "KEN", "KEN"), False, id="fans-attack-a-bus"),
    pytest.param(LEDE + "Fans attacked police officers outside the stadium after the match.",
                 ("ASSAULT", "KEN", "KEN"), True, id="fans-attack-police"),
    # an act named as the subject: the rest of the clause names no side of it
    pytest.param("BRUSSELS, May 6 (Wire) - Belgium's prime minister met the Dutch foreign "
                 "minister in Brussels on Tuesday.\n\nThe merger deal still needs the approval "
                 "of the European Commission.", ("AGREE", "BEL", "EU"), False,
                 id="deal-needs-approval"),
    # what is "held hostage" must be people for an abduction
    pytest.param(LEDE + "\"They are holding our children's results hostage,\" said a father of "
                 "three.", ("ASSAULT", "KEN", "KEN"), False, id="results-held-hostage"),
    pytest.param(LEDE + "The rebels took two aid workers hostage near the border.",
                 ("ASSAULT", "KEN", "KEN"), True, id="workers-taken-hostage"),
    pytest.param(LEDE + "Soldiers opened fire on protesters on Thika Road, injuring 14 people.",
                 ("ASSAULT", "KEN", "KEN"), True, id="soldiers-fire"),
    pytest.param(LEDE + "A man accused the police of beating him outside the station.",
                 ("ACCUSE", "KEN", "KEN"), True, id="man-accuses-police"),
    pytest.param(LEDE + "The party's president urged supporters to boycott the vote.",
                 ("REQUEST", "KEN", "KEN"), True, id="party-president"),
])
def test_private_words_and_crashes_in_a_political_story(code, text, event, kept):
    """In a story with a political act, private words and a crash are still no event; the
    same words aimed at the police, or a party's head, stay."""
    assert (event in triples(code(text, date=DATE))) is kept


@pytest.mark.parametrize("text, event", [
    # what people fight with is no side: "clubs" are weapons here, not football clubs
    ("On 16 September 2023, supporters of two rival candidates fought with knives and clubs "
     "at a polling station in Kisii (Kitutu Chache South, Kisii), injuring six. Police "
     "arrested eleven people.", ("ASSAULT", "KEN", "KEN")),
    # 'their' on a singular doer's target is the other side's, not the doer's own
    ("On 3 June 2023, ISWAP fighters attacked a military base in Malam Fatori (Abadam, "
     "Borno). The air force later bombed their positions nearby.", ("ASSAULT", "NGA", "ISIS")),
])
def test_a_fight_keeps_its_sides_whatever_it_is_fought_with(code, text, event):
    assert event in triples(code(text, date="2023-09-19"))


@pytest.mark.parametrize("text", [
    "Armenia's prime minister told a government meeting that Yerevan was ready to sign a "
    "peace treaty with Azerbaijan.",
    "The Kenyan president addressed a rally in Nairobi on Sunday.",
])
def test_a_meeting_or_rally_spoken_to_is_no_event(code, text):
    """Where words were said (the audience of 'told', 'addressed'), no talks or protest."""
    assert not [e for e in code(text, date=DATE).events
                if e.asserted and e.type in ("CONSULT", "PROTEST")]


@pytest.mark.parametrize("text", [
    "NAIROBI, May 6 (Wire) - Kenya's Faith Kipyegon defended her marathon title in Boston "
    "on Monday in a course record.",
    "DOHA, May 6 (Wire) - Hundreds of fans invaded the pitch after Senegal's win over "
    "Egypt in the World Cup quarter-final.",
    "GLASGOW, May 6 (Wire) - Rangers boycotted a pre-season tournament in protest at ticket "
    "prices, the Scottish club said.",
])
def test_a_sentence_that_says_it_is_sport_codes_no_act(code, text):
    """A lone sentence of sport (no story of several sentences to tell its domain by) with
    no political side: the sentence's own sport words tell it."""
    assert triples(code(text, date=DATE)) == set()


def test_a_right_winger_is_no_winger(code):
    text = ("DAMASCUS, May 6 (Wire) - A Syrian state newspaper called on Arabs to unite "
            "against the Israeli right-winger who leads the government.")
    assert ("REQUEST", "SYR", "ARB") in triples(code(text, date=DATE))
