"""Events the coder used to miss outright (error kind missed:no_type): a construction or a
word the trigger search did not read. Every sentence is invented."""

from __future__ import annotations

import pytest

from .conftest import triples


@pytest.mark.parametrize("text, event", [
    ("Ghana and Togo began three days of joint naval exercises on Monday.",
     ("COOPERATE", "GHA", "TGO")),
    ("The Peruvian navy and the Chilean coast guard have run joint patrols off Arica since "
     "March.", ("COOPERATE", "PER", "CHL")),
    ("Brazil held joint exercises with the Paraguayan army last year.",
     ("COOPERATE", "BRA", "PRY")),
])
def test_joint_exercises_and_patrols_are_cooperation(code, text, event):
    found = triples(code(text))
    assert event in found
    assert not any(kind == "MOBILIZE" for kind, _, _ in found)


def test_exercises_of_one_state_stay_a_show_of_force(code):
    assert ("MOBILIZE", "RUS", "JPN") in triples(
        code("Russia held naval exercises near Japan on Monday."))


@pytest.mark.parametrize("text, event", [
    ("Kenya's foreign minister spoke by phone with his Ugandan counterpart on Monday.",
     ("CONSULT", "KEN", "UGA")),
    ("The Zambian president later spoke to his Malawian counterpart, his office said.",
     ("CONSULT", "ZMB", "MWI")),
    ("The French president spoke by telephone with the Algerian president on Friday.",
     ("CONSULT", "FRA", "DZA")),
])
def test_speaking_with_a_counterpart_is_consultation(code, text, event):
    assert event in triples(code(text))


@pytest.mark.parametrize("text, event", [
    ("PARIS, March 4 (Wire) - French President Emmanuel Macron spoke by phone with Volodymyr "
     "Zelensky on Tuesday, the Elysee said.", ("CONSULT", "FRA", "UKR")),
    ("RIYADH, Jan 23 (Wire) - Crown Prince Mohammed bin Salman and US President Donald Trump "
     "spoke by telephone on Wednesday.", ("CONSULT", "SAU", "USA")),
])
def test_speaking_with_a_leader_named_without_title_or_by_phone_is_consultation(code, text,
                                                                                  event):
    """Was: no event; 'spoke with' took only a title ('his counterpart', 'the president')."""
    assert event in triples(code(text))


def test_speaking_to_reporters_is_no_consultation(code):
    assert not triples(code("The French president spoke to reporters in Algiers on Friday."))


def test_a_counterpart_is_never_of_the_unnamed_speakers_story_state(code):
    text = ("Iran seized a Norwegian tanker on Monday. Iran said the crew were well. Norway's "
            "foreign ministry summoned Iran's ambassador. The foreign minister later spoke by "
            "phone with his Iranian counterpart, the ministry said.")
    assert ("CONSULT", "IRN", "IRN") not in triples(code(text))


def test_speaking_with_reporters_is_no_consultation(code):
    assert not code("The Ghanaian minister spoke with reporters in Accra.").events


@pytest.mark.parametrize("text", [
    "On Tuesday, some 400 supporters of the Kenyan opposition staged a sit-in in front of "
    "the county offices in Nakuru.",
    "the teachers union had staged a sit in outside the education office in pokhara on "
    "monday demanding higher pay",
])
def test_a_sit_in_staged_is_a_protest(code, text):
    assert "PROTEST" in {kind for kind, _, _ in triples(code(text))}


def test_a_sit_in_only_announced_for_a_later_day_is_no_threat(code):
    coded = code("The Indian state BJP president said the party would hold a sit-in on Thursday.")
    assert not any(e.asserted for e in coded.events)


@pytest.mark.parametrize("text, event", [
    ("Two men died in police firing in Multan, Pakistan, on Monday. The provincial home "
     "minister ordered an inquiry into the incident.", ("ACCUSE", "PAK", "PAK")),
    ("The Ghanaian high court on Tuesday ordered the immediate release of a journalist held "
     "by police.", ("RETREAT", "GHA", "GHA")),
])
def test_an_ordered_inquiry_or_a_court_ordered_release_is_done(code, text, event):
    assert event in triples(code(text))


def test_an_arrest_ordered_by_a_minister_is_only_wished(code):
    coded = code("The Kenyan interior minister ordered the arrest of the opposition leader.")
    assert not any(e.type == "COERCE" and e.asserted for e in coded.events)


def test_a_promise_to_compensate_is_an_agreement(code):
    coded = code("Police shot dead two protesters in Multan, Pakistan, on Monday. The government "
                 "said it would compensate the families of the dead.")
    assert ("AGREE", "PAK", "PAK") in triples(coded)


def test_a_company_compensating_its_customers_is_no_event(code):
    assert not code("The airline said it would compensate passengers for the delays.").events


@pytest.mark.parametrize("body", [
    "The provincial government formed a probe committee on Tuesday.",
    "The home ministry set up an inquiry committee to look into the firing.",
])
def test_a_committee_formed_to_investigate_is_an_investigation(code, body):
    coded = code("Police shot dead two protesters in Multan, Pakistan, on Monday. " + body)
    assert ("ACCUSE", "PAK", "PAK") in triples(coded)


def test_a_committee_of_fans_investigates_nothing(code):
    assert not code("The football club formed a fan committee on Tuesday.").events


def test_a_promise_to_punish_those_responsible_is_a_threat(code):
    coded = code("Mobs burned shops in Kandy, Sri Lanka, on Tuesday. The president said those "
                 "responsible would be punished regardless of their religion.")
    assert ("THREATEN", "LKA", "LKA") in triples(coded)


def test_a_demand_that_others_be_punished_is_no_threat(code):
    coded = code("Activists in Kathmandu, Nepal, accused the police of using excessive force and "
                 "demanded that those responsible be punished.")
    assert not any(e.type in ("THREATEN", "COERCE") and e.asserted for e in coded.events)


def test_a_counted_others_arrested_are_people_the_story_state_acts_on(code):
    coded = code("MALOLOS CITY, Bulacan - Nine drug suspects were killed and 47 others were "
                 "arrested in simultaneous anti-drug operations in five towns of Bulacan in the "
                 "Philippines, police said.")
    assert ("COERCE", "PHL", "PHL") in triples(coded)


@pytest.mark.parametrize("text, event", [
    ("A Riga court on Tuesday jailed a Latvian customs officer for six years but acquitted an "
     "Estonian driver charged with helping him.", ("CONCEDE", "LVA", "EST")),
    ("A Nairobi magistrate acquitted the opposition lawmaker of incitement on Monday.",
     ("CONCEDE", "KEN", "KEN")),
])
def test_an_acquittal_eases_the_states_sanction(code, text, event):
    """A court clearing the accused lifts the charge, a sanction of the state (CAMEO 081),
    as the whole-article gold codes it."""
    assert event in triples(code(text))


@pytest.mark.parametrize("text, event, asserted", [
    ("Kenyan and Ugandan officials sat down with each other in Kampala on Monday.",
     ("CONSULT", "KEN", "UGA"), True),
    ("Pakistan's interior minister said the government was ready to sit down with PTI "
     "leaders at any time.", ("AGREE", "PAK", "PAK"), True),
])
def test_sitting_down_with_the_other_side_is_talks(code, text, event, asserted):
    """'Sat down with' is a meeting; 'ready to sit down with' is the offer of one (spec 6:
    an offer to talk is AGREE, the talks themselves not asserted)."""
    found = {(e.type, e.actor.code, e.recipient.code, e.asserted) for e in code(text).events}
    assert (*event, asserted) in found | {(t, r, a, s) for t, a, r, s in found}, found


@pytest.mark.parametrize("text, event", [
    ("Police detained 200 protesters in Ranchi, India, on Saturday. They were released in "
     "the evening.", ("RETREAT", "IND", "IND")),
    ("Indonesian police detained two Australian activists in Jayapura. They were later "
     "released without charge.", ("RETREAT", "IDN", "AUS")),
])
def test_they_who_are_released_are_those_last_detained(code, text, event):
    """'They were released': the people the last act was done to, not the police who did
    it, and a release of people all the same though 'they' names nobody."""
    assert event in triples(code(text))


@pytest.mark.parametrize("text, event", [
    ("Kenya's foreign minister summoned Uganda's High Commissioner in Nairobi on Thursday.",
     ("ACCUSE", "KEN", "UGA")),
    ("India recalled its deputy high commissioner from Islamabad on Monday.",
     ("SANCTION", "IND", "PAK")),
    ("Russia expelled the Polish consul general in Kaliningrad on Friday.",
     ("SANCTION", "RUS", "POL")),
])
def test_a_high_commissioner_or_a_consul_is_a_diplomat(code, text, event):
    """Commonwealth states exchange high commissioners, not ambassadors: summoning,
    recalling or expelling one is the same act."""
    assert event in triples(code(text))


@pytest.mark.parametrize("text, event", [
    ("Two companies of the Bihar Military Police were rushed to Gopalganj town in India on "
     "Sunday.", ("MOBILIZE", "IND", "IND")),
    ("India rushed troops to its border with China on Tuesday.", ("MOBILIZE", "IND", "CHN")),
])
def test_forces_rushed_somewhere_are_deployed(code, text, event):
    """'Rushed' troops or police are deployed ones; 'two companies of the police' are the
    police (a unit), not two firms."""
    assert event in triples(code(text))


@pytest.mark.parametrize("text, event, asserted", [
    ("Venezuela ordered ten army battalions to its border with Colombia on Tuesday.",
     ("MOBILIZE", "VEN", "COL"), True),
    ("India ordered the army into Kashmir on Monday.", ("MOBILIZE", "IND", "IND"), True),
    # the craft and vehicles sent with them, or a carrier group alone
    ("The United States ordered a second aircraft carrier battle group toward Taiwan on "
     "Monday.", ("MOBILIZE", "USA", "TWN"), True),
    ("Kyrgyzstan ordered additional troops and armoured vehicles to its border with "
     "Tajikistan on Wednesday.", ("MOBILIZE", "KGZ", "TJK"), True),
    # an order that names an act for the forces is that act's, no deployment
    ("Putin ordered Russian troops to withdraw from the Ukrainian border.",
     ("MOBILIZE", "RUS", "UKR"), False),
    # was: a deployment; another state's forces ordered out are sent away, not sent
    ("NIAMEY (Wire) - Niger's military rulers ordered French troops out of the country.",
     ("MOBILIZE", "NER", "FRA"), False),
])
def test_forces_ordered_somewhere_are_deployed(code, text, event, asserted):
    """'Ordered ten battalions to its border' sends the state's own forces: a deployment,
    not a demand made of the neighbour."""
    assert (event in triples(code(text))) is asserted


@pytest.mark.parametrize("text, event", [
    ("BELGRADE, Dec 26 (Wire) - President Aleksandar Vucic said he had ordered the army to "
     "raise its combat readiness.", ("REQUEST", "SRB", "SRB")),
    ("BAGHDAD, Aug 6 (Wire) - Prime Minister Mohammed Shia al-Sudani ordered security forces "
     "to hunt down those responsible for the rocket fire.", ("REQUEST", "IRQ", "IRQ")),
])
def test_a_command_to_the_states_own_forces_is_no_demand(code, text, event):
    """A state ordering its own army to do something acts through it; it asks nothing of
    a party (the demands of a court or of one state on another stay REQUEST)."""
    assert event not in triples(code(text))


def test_an_order_to_another_state_stays_a_demand(code):
    text = "The International Court of Justice ordered Venezuela to refrain from any action."
    assert ("REQUEST", "ICJ", "VEN") in triples(code(text))


@pytest.mark.parametrize("text, event", [
    ("The African Union suspended Gabon from all its activities on Thursday.",
     ("SANCTION", "AU", "GAB")),
    ("The Southern African Development Community suspended Madagascar from the regional bloc.",
     ("SANCTION", "SADC", "MDG")),
])
def test_a_state_suspended_from_an_organisation_is_sanctioned(code, text, event):
    assert event in triples(code(text))



@pytest.mark.parametrize("text, event", [
    # with its doer told, an act 'of' somebody is done to them
    ("Kenya's expulsion of the Somali ambassador, announced on Wednesday, followed weeks of "
     "tension over the maritime border.", ("SANCTION", "KEN", "SOM")),
    # a blow aimed at a place's posts is aimed at its state
    ("BEIRUT, May 6 (Wire) - Hezbollah fired a salvo of rockets at military posts in "
     "northern Israel on Sunday.", ("ASSAULT", "LBN", "ISR")),
    ("HANOI, May 6 (Wire) - Chinese coast guard officers boarded a Vietnamese fishing boat "
     "and beat its crew with iron bars.", ("ASSAULT", "CHN", "VNM")),
])
def test_acts_told_in_phrases_keep_their_sides(code, text, event):
    assert event in triples(code(text))



@pytest.mark.parametrize("text, event", [
    # a sum "in aid" is the aid
    ("WASHINGTON, July 3 (Wire) - The United States suspended $40 million in aid to Mali's "
     "government on Wednesday.", ("SANCTION", "USA", "MLI")),
    # export curbs on another state are a sanction, also told in the passive
    ("WASHINGTON, July 3 (Wire) - New export curbs on drone engines were imposed on Iran by "
     "the US Commerce Department on Monday.", ("SANCTION", "USA", "IRN")),
    # a factory hit, by weapons that name their state
    ("KYIV, July 3 (Wire) - A Ukrainian tank factory in Kharkiv was hit by Russian glide "
     "bombs on Sunday.", ("ASSAULT", "RUS", "UKR")),
])
def test_aid_cut_curbs_imposed_and_factories_hit(code, text, event):
    assert event in triples(code(text, date="2025-07-03"))


@pytest.mark.parametrize("text, event", [
    ("BRUSSELS, July 3 (Wire) - Slovakia blocked the European Union's latest package of "
     "sanctions against Belarus on Monday.", ("REJECT", "SVK", "EU")),
    # what is vetoed is aimed at whoever passed it
    ("LIMA, July 3 (Wire) - Peru's president vetoed a bill passed by Congress on Tuesday.",
     ("REJECT", "PER", "PER")),
])
def test_a_package_blocked_or_a_bill_vetoed_rejects_its_author(code, text, event):
    assert event in triples(code(text, date="2025-07-03"))


@pytest.mark.parametrize("text, event", [
    ("ANKARA, July 3 (Wire) - Turkey handed over nine suspected Islamic State members to "
     "Syria on Tuesday.", ("COOPERATE", "TUR", "SYR")),
    # the one extradited is no side: the state he is sent to is
    ("PANAMA CITY, July 3 (Wire) - A Venezuelan former police officer wanted in Texas was "
     "extradited to the United States by Panama on Friday.", ("COOPERATE", "PAN", "USA")),
    ("TRIPOLI, July 3 (Wire) - The WFP delivered hygiene kits and water purification tablets "
     "to flooded villages in western Libya on Friday.", ("AID", "WFP", "LBY")),
])
def test_people_handed_over_and_kits_delivered(code, text, event):
    assert event in triples(code(text, date="2025-07-03"))


def test_a_gunman_who_shot_and_wounded_somebody_stays_unknown(code):
    """The agent of joined passives ('was shot and wounded by a gunman') is the doer of both:
    unidentified, not the state of the story (spec section 6)."""
    coded = code("PRAGUE, July 3 (Wire) - Czech Interior Minister Vit Rakusan was shot and "
                 "wounded by a gunman in the town of Kladno on Wednesday.", date="2025-07-03")
    assert ("ASSAULT", None, "CZE") in triples(coded)
    assert ("ASSAULT", "CZE", "CZE") not in triples(coded)


@pytest.mark.parametrize("text, event", [
    # a clause's subject is what is allowed: "allowed inspectors to visit"
    ("TEHRAN, July 3 (Wire) - Iran allowed IAEA inspectors to visit the Natanz site on "
     "Tuesday, the agency said.", ("RETREAT", "IRN", "IAEA")),
    # an agency's questioning of a politician is an investigation
    ("DHAKA, July 3 (Wire) - Bangladesh's Anti-Corruption Commission questioned former "
     "minister Salman Rahman for six hours on Wednesday.", ("ACCUSE", "BGD", "BGD")),
])
def test_inspectors_allowed_in_and_a_politician_questioned(code, text, event):
    assert event in triples(code(text, date="2025-07-03"))


def test_rebels_agreeing_to_talks_with_their_government_agree_with_it(code):
    """The partner of the talks agreed to is the agreement's other side, also when rebels
    and government are of one state (was the dateline's state, abroad)."""
    coded = code("OSLO, July 3 (Wire) - The ELN rebel group agreed on Saturday to resume "
                 "peace negotiations with the Colombian government next month.",
                 date="2025-07-03")
    assert ("AGREE", "COL", "COL") in triples(coded)
    assert ("AGREE", "COL", "NOR") not in triples(coded)


def test_an_official_arriving_in_another_states_capital_visits_it(code):
    found = triples(code("ANKARA, July 3 (Wire) - Iraq's foreign minister arrived in Ankara on "
                         "Monday, the first such visit in three years.", date="2025-07-03"))
    assert ("CONSULT", "IRQ", "TUR") in found or ("CONSULT", "TUR", "IRQ") in found


def test_a_trip_at_home_is_no_visit(code):
    """'Arrived in', 'flew to' a town of one's own state is travel, no meeting."""
    coded = code("NAIROBI, July 3 (Wire) - Kenya's president flew to Mombasa on Monday and "
                 "arrived in Kisumu on Tuesday.", date="2025-07-03")
    assert not [e for e in coded.events if e.asserted and e.type == "CONSULT"]


def test_the_owner_of_an_act_around_another_is_no_side_of_it(code):
    """'against Washington's support for Israel's offensive': Washington owns the support,
    not a side of the offensive (was ISR -> USA)."""
    coded = code("JAKARTA, July 3 (Wire) - Thousands of people rallied outside the US embassy "
                 "on Friday against Washington's support for Israel's offensive in Gaza.",
                 date="2025-07-03")
    assert ("ASSAULT", "ISR", "USA") not in triples(coded, asserted_only=False)


@pytest.mark.parametrize("text, event", [
    # people a state frees, with no state named, are its own (as those it arrests are)
    ("Georgian authorities released all 133 people detained during the protests on Friday.",
     ("RETREAT", "GEO", "GEO")),
    # whoever is held: a teacher, a former chief minister, a boy who strayed across a line
    ("Russia on Thursday released a jailed American schoolteacher, the White House said.",
     ("RETREAT", "RUS", "USA")),
    ("The Indian government released three former chief ministers held in preventive "
     "detention since August.", ("RETREAT", "IND", "IND")),
    ("The Indian Army handed back an 11-year-old Pakistani boy who had strayed across the "
     "Line of Control.", ("RETREAT", "IND", "PAK")),
])
def test_a_release_of_people_of_any_calling_is_a_release(code, text, event):
    assert event in triples(code(text))


@pytest.mark.parametrize("text", [
    "The Kenyan ministry released figures showing that exports rose.",
    "Kenyan police handed the suspect over to Tanzanian police at the border post.",
])
def test_things_released_and_suspects_handed_over_are_no_release(code, text):
    assert not any(kind == "RETREAT" for kind, _, _ in triples(code(text)))


@pytest.mark.parametrize("text, event", [
    # custody a verb puts its object in: the verb's subject holds, its object is held
    ("KAMPALA, Jan 14 - Ugandan police placed opposition leader Bobi Wine under house arrest "
     "on Thursday, his party said.", ("COERCE", "UGA", "UGA")),
    ("YANGON, Aug 1 - Myanmar's junta moved Aung San Suu Kyi from prison to house arrest "
     "on Monday.", ("COERCE", "MMR", "MMR")),
    # each of the lines named before "services" is cut
    ("ISLAMABAD, Feb 8 - Pakistani authorities suspended mobile phone and internet services "
     "across the country on election day.", ("COERCE", "PAK", "PAK")),
])
def test_house_arrest_and_shutting_the_lines_people_talk_on_are_coercion(code, text, event):
    assert event in triples(code(text))


@pytest.mark.parametrize("text, event", [
    # forces that answer fire with fire act on whoever fired first
    ("RAWALAKOT: Indian troops opened unprovoked fire on villages along the Line of Control, "
     "and Pakistani troops responded befittingly, the ISPR said.", ("ASSAULT", "PAK", "IND")),
    ("Pakistani troops fired on Indian posts on Tuesday and Indian troops retaliated.",
     ("ASSAULT", "IND", "PAK")),
])
def test_forces_that_retaliate_attack_who_fired_first(code, text, event):
    assert event in triples(code(text))


@pytest.mark.parametrize("text, event", [
    ("SEOUL, Nov 23 (Wire) - North Korea fired dozens of artillery shells onto South Korea's "
     "Yeonpyeong island on Tuesday, killing two marines, and the South's forces fired back.",
     ("ASSAULT", "KOR", "PRK")),
    ("JERUSALEM, Oct 8 (Wire) - Hezbollah fired rockets at three Israeli positions in the "
     "Shebaa Farms area on Sunday, and Israel responded with drone strikes.",
     ("ASSAULT", "ISR", "LBN")),
])
def test_force_fired_back_or_answered_with_strikes_is_aimed_at_who_fired(code, text, event):
    """Was: "fired back" was no act, and the strikes Israel "responded with" had no doer."""
    assert event in triples(code(text))


def test_strikes_that_sent_people_fleeing_towards_a_state_do_not_strike_it(code):
    text = ("The rebels said their forces had overrun an army outpost on Saturday, and the "
            "Myanmar military responded with air strikes that sent thousands of villagers "
            "fleeing towards Thailand.")
    assert not any(e.recipient.code == "THA" for e in code(text).events)


def test_a_chief_executive_firing_back_at_critics_is_no_attack(code):
    assert not code("SEATTLE, Oct 3 (Wire) - The retailer's chief executive fired back at "
                    "critics of its warehouse strategy on Thursday.").events


@pytest.mark.parametrize("text", [
    "The Indian army responded to the floods in Assam by deploying rescue teams.",
    "The Myanmar military responded with air strikes on villages in Sagaing.",
])
def test_a_response_to_no_force_or_told_by_its_act_is_no_attack_of_its_own(code, text):
    assert not any(e.trigger.text == "responded" for e in code(text).events)


@pytest.mark.parametrize("text, event", [
    ("DHAKA, Jan 8 - Visiting Indian Foreign Secretary Vinay Kwatra called on Prime Minister "
     "Sheikh Hasina at her official residence on Sunday.", ("CONSULT", "IND", "BGD")),
    ("RAWALPINDI, Jan 15 - Pakistan's army chief General Asim Munir called on Saudi Crown "
     "Prince Mohammed bin Salman in Riyadh on Sunday.", ("CONSULT", "PAK", "SAU")),
])
def test_calling_on_a_person_with_nothing_asked_is_a_visit(code, text, event):
    found = triples(code(text))
    assert event in found and not any(kind == "REQUEST" for kind, _, _ in found), found


def test_calling_on_a_person_to_act_is_still_a_request(code):
    assert ("REQUEST", "PAK", "IND") in triples(
        code("Pakistan called on Prime Minister Narendra Modi to halt the firing."))


def test_a_press_release_releases_nobody(code):
    coded = code("RAWALPINDI, Jan 15 - The army said in a press release that two soldiers "
                 "were killed.")
    assert not any(e.type == "RETREAT" for e in coded.events)


@pytest.mark.parametrize("text, event", [
    # two who meet on a summit's sidelines, to discuss a third state, meet each other
    ("German Chancellor Olaf Scholz and French President Emmanuel Macron met on the "
     "sidelines of the G20 summit in New Delhi on Saturday to discuss support for Ukraine.",
     ("CONSULT", "DEU", "FRA")),
    # talks held somewhere between two sides are theirs, not the host town's
    ("The talks held in Geneva on Monday between US and Russian delegations lasted seven "
     "hours.", ("CONSULT", "USA", "RUS")),
])
def test_the_pair_that_meets_is_the_consultation(code, text, event):
    found = triples(code(text))
    assert event in found or (event[0], event[2], event[1]) in found, found
    assert not any(code in ("G20", "UKR", "CHE") for _, a, r in found for code in (a, r))


@pytest.mark.parametrize("text, event", [
    ("WARSAW, Aug 26 - Poland's foreign ministry summoned the Russian charge d'affaires on "
     "Monday after a drone crashed in eastern Poland.", ("ACCUSE", "POL", "RUS")),
    ("BAMAKO, July 10 - Mali's military government lifted its suspension of political party "
     "activities on Wednesday.", ("CONCEDE", "MLI", "MLI")),
    ("ABUJA - Nigeria's government reversed a sharp increase in petrol prices on Tuesday "
     "after unions threatened a general strike.", ("CONCEDE", "NGA", "NGA")),
    # a withdrawal agreed but not yet done is a concession (spec section 6)
    ("KIGALI, June 27 - Rwanda agreed on Friday to withdraw its troops from eastern Congo "
     "within 90 days under a deal reached with Kinshasa.", ("CONCEDE", "RWA", "COD")),
])
def test_concessions_and_a_summoned_charge_daffaires(code, text, event):
    assert event in triples(code(text))


@pytest.mark.parametrize("text, event", [
    ("CHISINAU, Nov 19 - Moscow pledged on Friday to withdraw its troops and ammunition from "
     "Moldova's breakaway Transdniestria region by the end of 2002.", ("CONCEDE", "RUS", "MDA")),
    ("GOMA, Oct 2 - Congo's M23 rebels promised on Monday to pull their fighters back from "
     "positions north of Goma within 30 days.", ("CONCEDE", "COD", "COD")),
    # a promise to put off or cut back a burden, though no act of its own
    ("ACCRA, May 3 - Union leaders said Ghana's government had offered to postpone a planned "
     "rise in fuel levies.", ("CONCEDE", "GHA", "GHA")),
])
def test_a_yielding_act_promised_is_a_concession_not_an_agreement(code, text, event):
    found = triples(code(text))
    assert event in found and not any(t == "AGREE" for t, _, _ in found), found


@pytest.mark.parametrize("text, event", [
    ("TOKYO, March 16 - Japan said on Thursday it would lift export restrictions on three "
     "chemicals vital to South Korea's chip makers.", ("CONCEDE", "JPN", "KOR")),
    ("BAKU, Dec 7 - Azerbaijan will release 32 Armenian soldiers it holds by the end of the "
     "month, the presidential office said.", ("CONCEDE", "AZE", "ARM")),
])
def test_a_yielding_act_said_to_come_is_a_concession(code, text, event):
    """'Would lift', 'will release': a promise of a future concession (spec exceptions
    table, CAMEO 035x), which the coder typed AGREE."""
    found = triples(code(text))
    assert event in found and ("AGREE", *event[1:]) not in found, found


@pytest.mark.parametrize("text", [
    "MANAMA, March 17 - Bahrain accepted the World Court's ruling on its maritime border with "
    "Qatar on Friday.",
    "NIAMEY, May 2 - Niger said on Tuesday it would accept the arbitration award on its border "
    "with Benin.",
])
def test_a_ruling_accepted_is_yielded_to(code, text):
    """Accepting an adverse ruling or award yields (CONCEDE), no agreement."""
    kinds = {t for t, _, _ in triples(code(text))}
    assert "CONCEDE" in kinds and "AGREE" not in kinds, kinds


def test_an_agreement_to_reopen_a_border_stays_an_agreement(code):
    found = triples(code("KABUL, Aug 14 - Pakistani and Afghan officials agreed on Wednesday "
                         "to reopen the Chaman border crossing."))
    assert not any(t == "CONCEDE" for t, _, _ in found), found


@pytest.mark.parametrize("text, event", [
    ("KATHMANDU, Sept 4 - Chinese Vice Foreign Minister Sun Weidong paid a courtesy call on "
     "Prime Minister Pushpa Kamal Dahal at Singha Durbar on Tuesday.", ("CONSULT", "CHN", "NPL")),
    ("MANILA, Nov 3 - Philippine President Ferdinand Marcos Jr. welcomed Japanese Prime "
     "Minister Fumio Kishida at Malacanang Palace on Friday.", ("CONSULT", "PHL", "JPN")),
])
def test_a_courtesy_call_paid_and_a_leader_welcomed_in_person_are_visits(code, text, event):
    assert event in triples(code(text))


def test_a_welcome_of_a_decision_stays_support(code):
    assert ("SUPPORT", "DEU", "POL") in triples(code("Germany welcomed the decision by Poland."))


def test_an_object_entry_fitting_the_head_beats_one_fitting_its_modifier(code):
    coded = code("MEDELLIN - Truck drivers blocked the main access roads to the city on "
                 "Wednesday, causing long queues.", date="2024-05-01")
    kinds = {e.type for e in coded.events if e.asserted}
    assert "PROTEST" in kinds and "REJECT" not in kinds, coded.events


@pytest.mark.parametrize("text, event", [
    ("KIGALI - Rwanda sent 1,000 troops to Mozambique to help fight insurgents in Cabo "
     "Delgado.", ("AID", "RWA", "MOZ")),
    ("NAIROBI, April 9 - Kenyan President William Ruto said he was willing to send more troops "
     "to help the Somali army.", ("AGREE", "KEN", "SOM")),
])
def test_forces_sent_abroad_to_help_are_military_aid(code, text, event):
    assert event in triples(code(text))


def test_forces_sent_at_home_to_help_the_police_are_a_deployment(code):
    found = triples(code("India sent troops to Kashmir to help the police."))
    assert not any(kind == "AID" for kind, _, _ in found), found


@pytest.mark.parametrize("text, event", [
    ("The storming of its embassy prompted Saudi Arabia to cut ties with Iran in 2016.",
     ("SANCTION", "SAU", "IRN")),
    ("The coup led the African Union to suspend Gabon's membership on Thursday.",
     ("SANCTION", "AU", "GAB")),
    ("Reports of the raid prompted Chile to ask Bolivia for an explanation.",
     ("REQUEST", "CHL", "BOL")),
])
def test_an_act_a_happening_prompted_is_done_by_whom_it_prompted(code, text, event):
    assert event in triples(code(text))


def test_jnim_is_coded_by_its_own_acronym(code):
    """A transnational armed group goes by its usual acronym (spec section 2), not its
    parent's: JNIM is no longer folded into al-Qaeda."""
    assert ("ASSAULT", "JNIM", "BFA") in triples(
        code("Fighters of Jama'at Nusrat al-Islam wal-Muslimin attacked an army post near "
             "Djibo in northern Burkina Faso on Sunday, killing nine soldiers."))


@pytest.mark.parametrize("text, event", [
    ("The UN human rights office urged Peru to carry out a prompt and independent "
     "investigation.", ("REQUEST", "UN", "PER")),
    ("The Office of the UN High Commissioner for Human Rights urged Peru to investigate.",
     ("REQUEST", "OHCHR", "PER")),
])
def test_a_un_office_named_by_what_it_does_is_the_un(code, text, event):
    """Spec section 6: a UN agency named by its own name or acronym keeps it; one named only
    by what it does ('the UN human rights office') is the UN."""
    assert event in triples(code(text))


@pytest.mark.parametrize("text", [
    "PATNA, Aug 23: Police detained 12 teachers, including leaders of the teachers' union, "
    "who were released in the evening.",
    "SYDNEY, June 28 (Wire) - Police arrested two men at the protest on Tuesday. Both were "
    "later released without charge.",
    # the clause hung on a group, and the teachers of a private calling
    "patna, aug 23: police detained 12 teachers, including leaders of the morcha, who were "
    "released in the evening.",
])
def test_a_release_told_in_the_passive_of_those_just_held_is_a_release(code, text):
    """'..., who were released in the evening', 'Both were later released': the release of
    those the police had just held, with nobody named as releasing them."""
    assert any(kind == "RETREAT" for kind, _, _ in triples(code(text)))


def test_two_states_agreeing_to_a_ceasefire_concede_it_to_each_other(code):
    """'Kyrgyzstan and Tajikistan agreed to a ceasefire': a promised truce each way, not one
    of them conceding to itself."""
    found = triples(code("BISHKEK, Sept 16 (Wire) - Kyrgyzstan and Tajikistan agreed on Friday "
                         "to a ceasefire and to pull back troops from their disputed frontier "
                         "after two days of fighting with tanks and mortars."))
    assert {("CONCEDE", "KGZ", "TJK"), ("CONCEDE", "TJK", "KGZ")} <= found
    assert ("CONCEDE", "KGZ", "KGZ") not in found


@pytest.mark.parametrize("text, expected", [
    ("KARACHI, Nov 2 (Wire) - Thousands of Afghans were deported from Pakistan this week, "
     "officials said.", ("COERCE", "PAK", "AFG")),
    ("RAMALLAH, Jan 26 (Wire) - Some 200 Palestinian prisoners were freed from Israeli jails on "
     "Saturday.", ("RETREAT", "ISR", "PSE")),
])
def test_people_let_go_or_put_out_from_a_state_are_let_go_by_it(code, text, expected):
    """'Were deported from Pakistan', 'were freed from Israeli jails': with nobody named as
    the doer, the state they were put out from, or whose prison they left, did it (was: no
    event, or the freed people's own state freeing them)."""
    assert expected in triples(code(text))


@pytest.mark.parametrize("text, state", [
    ("DAKAR, Feb 13 (Wire) - Senegal restored mobile internet on Tuesday.", "SEN"),
    ("TEHRAN, Dec 24 (Wire) - Iran lifted its ban on WhatsApp on Tuesday.", "IRN"),
    ("COLOMBO, April 7 (Wire) - President Gotabaya Rajapaksa revoked the state of emergency "
     "on Tuesday.", "LKA"),
    ("PARIS, Dec 5 (AFP) - The French government scrapped a planned rise in fuel taxes on "
     "Wednesday, bowing to weeks of protests.", "FRA"),
    ("SANTIAGO, Oct 19 (Wire) - President Sebastian Pinera suspended the rise in metro fares "
     "after a night of riots.", "CHL"),
])
def test_a_state_easing_its_own_peoples_lot_concedes_at_home(code, text, state):
    """A curfew, a ban or an emergency lifted, or a tax or a price rise withdrawn under
    pressure, with nobody else named: CONCEDE by the state to its own people (spec 6; was:
    no event, as a state named twice or as an act aimed at nobody)."""
    assert ("CONCEDE", state, state) in triples(code(text))


def test_a_release_on_bail_is_a_release(code):
    """'A court released the politician on bail': she walked free, an actual release
    (RETREAT 0841, spec 6); a court only granting bail eases a sanction (CONCEDE 081)."""
    found = triples(code("TUNIS, May 18 (Wire) - A Tunisian court released opposition "
                         "politician Chaima Issa on bail on Thursday pending trial, her lawyer "
                         "said."))
    assert ("RETREAT", "TUN", "TUN") in found


def test_forces_leaving_a_state_withdraw_from_it(code):
    """'The last American troops left Afghanistan': a withdrawal (RETREAT 0874); troops
    leaving a base are no withdrawal from anyone."""
    assert ("RETREAT", "USA", "AFG") in triples(code(
        "KABUL, Aug 31 (Wire) - The last American troops left Afghanistan on Monday night, "
        "ending a 20-year war, the Pentagon said."))
    assert not triples(code("The troops left the base at dawn."))


@pytest.mark.parametrize("text, pair", [
    ("BEIRUT, Nov 27 (Wire) - A ceasefire between Israel and Hezbollah took effect at 4 a.m. "
     "on Wednesday and was holding by nightfall.", ("ISR", "LBN")),
    ("NEW DELHI, May 10 (Wire) - India and Pakistan halted all firing and military action "
     "from 5 p.m. on Saturday, India's foreign secretary said.", ("IND", "PAK")),
    ("BANGKOK, July 29 (Wire) - Thailand and Cambodia held their fire along the border on "
     "Tuesday.", ("THA", "KHM")),
])
def test_a_truce_kept_binds_each_side_to_the_other(code, text, pair):
    """'A ceasefire between X and Y took effect', 'X and Y halted all firing', 'held their
    fire': a truce in effect, one each way (was: one way, or no event)."""
    a, b = pair
    assert {("RETREAT", a, b), ("RETREAT", b, a)} <= triples(code(text))


@pytest.mark.parametrize("text, expected", [
    ("YEREVAN, Dec 13 (Wire) - Azerbaijan handed 32 Armenian servicemen back to Armenia at the "
     "border on Wednesday.", ("RETREAT", "AZE", "ARM")),
    ("SEOUL, Nov 8 (Yonhap) - North Korea sent back six South Korean fishermen whose boat "
     "drifted across the sea border last week.", ("RETREAT", "PRK", "KOR")),
])
def test_servicemen_and_fishermen_handed_or_sent_back_are_released(code, text, expected):
    """Servicemen handed back, fishermen sent back across a sea border: a release (RETREAT
    0841) to their state (migrants sent back stay a deportation, COERCE 174)."""
    assert expected in triples(code(text))


@pytest.mark.parametrize("text, expected", [
    ("BRUSSELS, May 3 (Wire) - The EU placed sanctions on Belarus on Monday.",
     ("SANCTION", "EU", "BLR")),
    ("KHARTOUM, May 3 (Wire) - The United States Treasury placed sanctions on two senior RSF "
     "commanders on Monday.", ("SANCTION", "USA", "SDN")),
])
def test_sanctions_placed_are_the_placers(code, text, expected):
    """'Placed sanctions on', like 'imposed sanctions on': the subject sanctions (was: no
    event, or the story's state sanctioning its own)."""
    assert expected in triples(code(text))


@pytest.mark.parametrize("text, expected", [
    ("BEIJING, May 3 (Wire) - China's commerce ministry put six Canadian drone makers on its "
     "unreliable entity list on Friday.", ("SANCTION", "CHN", "CAN")),
    ("WASHINGTON, May 3 (Wire) - The Commerce Department added nine Iranian airlines to its "
     "entity list on Friday.", ("SANCTION", "USA", "IRN")),
])
def test_firms_put_on_a_sanctions_list_are_sanctioned(code, text, expected):
    """Was: no event ('put ... on its entity list', 'added ... to its entity list')."""
    assert expected in triples(code(text, date="2024-05-03"))


def test_sanctions_announced_in_the_passive_are_the_announcers(code):
    """'New sanctions were imposed on Belarus, the European Union said': a state's or a
    body of states' own announcement of sanctions laid by nobody named; an analyst who
    says so lays none."""
    assert ("SANCTION", "EU", "BLR") in triples(code(
        "BRUSSELS, Aug 4 (Wire) - New sanctions were imposed on Belarus on Friday, the "
        "European Union said."))
    assert not triples(code("Sanctions were imposed on Iran in 2012, a Chinese analyst said."))


@pytest.mark.parametrize("text, event", [
    ("BELEDWEYNE, Oct 6 (Wire) - The federal government on Monday distributed food and "
     "tarpaulins to some 3,000 families displaced by floods.", ("AID", "SOM", "SOM")),
    ("KABUL, Oct 6 (Wire) - The provincial department of refugees distributed food and tents "
     "to 150 displaced families on Tuesday.", ("AID", "AFG", "AFG")),
])
def test_relief_distributed_is_aid(code, text, event):
    """Was: no event; 'distribute' was not a verb of giving."""
    assert event in triples(code(text))


def test_dividends_distributed_to_shareholders_are_no_aid(code):
    assert not code("LAGOS, Oct 6 (Wire) - The company distributed dividends to "
                    "shareholders.").events


@pytest.mark.parametrize("text, event", [
    ("DOHA, May 5 (Wire) - Qatar's emir received Pakistan's army chief at the Amiri Diwan on "
     "Sunday.", ("CONSULT", "QAT", "PAK")),
    ("BEIJING, Jan 31 (Wire) - US Secretary of State Antony Blinken was received in Beijing on "
     "Sunday by Foreign Minister Wang Yi.", ("CONSULT", "CHN", "USA")),
    ("LONDON, Feb 18 (Wire) - Downing Street played host to Polish Prime Minister Donald Tusk "
     "on Tuesday.", ("CONSULT", "GBR", "POL")),
])
def test_a_visitor_received_or_hosted_is_consultation(code, text, event):
    """Was: no event; 'received' took only some titles, and 'played host to' none."""
    assert event in triples(code(text))


def test_a_report_or_an_award_received_is_no_visit(code):
    assert not code("DELHI, May 5 (Wire) - The chief minister received the report of the "
                    "committee and an award from the governor.").events


@pytest.mark.parametrize("text, event", [
    ("ISTANBUL (Wire) - A Turkish court on Tuesday ordered six activists, including a German "
     "national, jailed pending trial.", ("COERCE", "TUR", "DEU")),
    ("MOSCOW (Wire) - A Russian court on Friday ordered a German engineer held for two more "
     "months on espionage charges.", ("COERCE", "RUS", "DEU")),
    ("LIMA (Wire) - Peru's ousted president was arrested on Wednesday, and a judge has since "
     "ordered him held for 18 months.", ("COERCE", "PER", "PER")),
])
def test_an_order_to_hold_somebody_is_a_detention(code, text, event):
    """Was: a demand (REQUEST) made of the person held, and no detention."""
    found = triples(code(text))
    assert event in found
    assert not [t for t in found if t[0] == "REQUEST"]


@pytest.mark.parametrize("text, event", [
    ("Claire Delmas, a French teacher, had been held in Tehran's Evin prison since May 2022.",
     ("COERCE", "IRN", "FRA")),
    ("Two Palestinian students were detained at an Israeli checkpoint near Nablus on Monday.",
     ("COERCE", "ISR", "PSE")),
])
def test_people_held_in_a_states_prison_are_held_by_that_state(code, text, event):
    """Was: nobody named held them, and the article's state (or theirs) was taken for the
    holder."""
    assert event in triples(code(text))
