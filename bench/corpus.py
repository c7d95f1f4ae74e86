"""A deterministic corpus of wire-style English news for benchmarking the coder.

Everything here is written by hand and filled in with a seeded ``random.Random``:
no network, no downloads, the same corpus for the same (n_sentences, seed).

About two thirds of the sentences describe a political act (agreeing, meeting,
praising, aid, withdrawal, demands, accusations, rejections, threats, protests,
troop build-ups, sanctions, arrests, attacks, ...), as a verb or as a noun,
in the past, perfect, negated or modal, about half of them wrapped in a speech
frame ("X said on Tuesday that ...", "according to ..."). The other third is
filler with no event: economy, weather, sport, city life.

    python3 bench/corpus.py out.jsonl [--sentences 2400] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from thucydides.records import Article

# ---------------------------------------------------------------------------------
# states: name (with "the" where English uses it), adjective, capital, another city,
# state news agency or None
# ---------------------------------------------------------------------------------

STATES: list[tuple[str, str, str, str, str | None]] = [
    ("the United States", "US", "Washington", "New York", None),
    ("Russia", "Russian", "Moscow", "St Petersburg", "TASS"),
    ("China", "Chinese", "Beijing", "Shanghai", "Xinhua"),
    ("France", "French", "Paris", "Marseille", None),
    ("Germany", "German", "Berlin", "Hamburg", None),
    ("Britain", "British", "London", "Manchester", None),
    ("Ukraine", "Ukrainian", "Kyiv", "Kharkiv", "Ukrinform"),
    ("Poland", "Polish", "Warsaw", "Krakow", "PAP"),
    ("Belarus", "Belarusian", "Minsk", "Gomel", "BelTA"),
    ("Turkey", "Turkish", "Ankara", "Istanbul", "Anadolu"),
    ("Iran", "Iranian", "Tehran", "Isfahan", "IRNA"),
    ("Iraq", "Iraqi", "Baghdad", "Basra", "INA"),
    ("Syria", "Syrian", "Damascus", "Aleppo", "SANA"),
    ("Israel", "Israeli", "Jerusalem", "Tel Aviv", None),
    ("Lebanon", "Lebanese", "Beirut", "Sidon", "NNA"),
    ("Jordan", "Jordanian", "Amman", "Zarqa", "Petra"),
    ("Egypt", "Egyptian", "Cairo", "Alexandria", "MENA"),
    ("Saudi Arabia", "Saudi", "Riyadh", "Jeddah", "SPA"),
    ("the United Arab Emirates", "Emirati", "Abu Dhabi", "Dubai", "WAM"),
    ("Qatar", "Qatari", "Doha", "Al Wakrah", "QNA"),
    ("Yemen", "Yemeni", "Sanaa", "Aden", "Saba"),
    ("Libya", "Libyan", "Tripoli", "Benghazi", None),
    ("Tunisia", "Tunisian", "Tunis", "Sfax", "TAP"),
    ("Algeria", "Algerian", "Algiers", "Oran", "APS"),
    ("Morocco", "Moroccan", "Rabat", "Casablanca", "MAP"),
    ("Sudan", "Sudanese", "Khartoum", "Omdurman", "SUNA"),
    ("South Sudan", "South Sudanese", "Juba", "Malakal", None),
    ("Ethiopia", "Ethiopian", "Addis Ababa", "Mekelle", None),
    ("Eritrea", "Eritrean", "Asmara", "Massawa", None),
    ("Somalia", "Somali", "Mogadishu", "Kismayo", None),
    ("Kenya", "Kenyan", "Nairobi", "Mombasa", None),
    ("Uganda", "Ugandan", "Kampala", "Gulu", None),
    ("Rwanda", "Rwandan", "Kigali", "Huye", None),
    ("the Democratic Republic of Congo", "Congolese", "Kinshasa", "Goma", None),
    ("Nigeria", "Nigerian", "Abuja", "Lagos", None),
    ("Niger", "Nigerien", "Niamey", "Agadez", None),
    ("Mali", "Malian", "Bamako", "Timbuktu", None),
    ("Burkina Faso", "Burkinabe", "Ouagadougou", "Bobo-Dioulasso", None),
    ("Chad", "Chadian", "N'Djamena", "Abeche", None),
    ("Senegal", "Senegalese", "Dakar", "Thies", None),
    ("Ghana", "Ghanaian", "Accra", "Kumasi", None),
    ("Ivory Coast", "Ivorian", "Abidjan", "Bouake", None),
    ("Cameroon", "Cameroonian", "Yaounde", "Douala", None),
    ("South Africa", "South African", "Pretoria", "Johannesburg", None),
    ("Zimbabwe", "Zimbabwean", "Harare", "Bulawayo", None),
    ("Mozambique", "Mozambican", "Maputo", "Beira", None),
    ("Angola", "Angolan", "Luanda", "Huambo", None),
    ("India", "Indian", "New Delhi", "Mumbai", "PTI"),
    ("Pakistan", "Pakistani", "Islamabad", "Karachi", "APP"),
    ("Afghanistan", "Afghan", "Kabul", "Kandahar", None),
    ("Bangladesh", "Bangladeshi", "Dhaka", "Chittagong", None),
    ("Sri Lanka", "Sri Lankan", "Colombo", "Kandy", None),
    ("Myanmar", "Myanmar", "Naypyitaw", "Yangon", None),
    ("Thailand", "Thai", "Bangkok", "Chiang Mai", None),
    ("Vietnam", "Vietnamese", "Hanoi", "Ho Chi Minh City", "VNA"),
    ("Cambodia", "Cambodian", "Phnom Penh", "Siem Reap", None),
    ("Malaysia", "Malaysian", "Kuala Lumpur", "Penang", "Bernama"),
    ("Indonesia", "Indonesian", "Jakarta", "Surabaya", "Antara"),
    ("the Philippines", "Philippine", "Manila", "Cebu", None),
    ("Japan", "Japanese", "Tokyo", "Osaka", "Kyodo"),
    ("South Korea", "South Korean", "Seoul", "Busan", "Yonhap"),
    ("North Korea", "North Korean", "Pyongyang", "Wonsan", "KCNA"),
    ("Taiwan", "Taiwanese", "Taipei", "Kaohsiung", "CNA"),
    ("Mongolia", "Mongolian", "Ulaanbaatar", "Erdenet", None),
    ("Kazakhstan", "Kazakh", "Astana", "Almaty", None),
    ("Uzbekistan", "Uzbek", "Tashkent", "Samarkand", None),
    ("Georgia", "Georgian", "Tbilisi", "Batumi", None),
    ("Armenia", "Armenian", "Yerevan", "Gyumri", None),
    ("Azerbaijan", "Azerbaijani", "Baku", "Ganja", None),
    ("Italy", "Italian", "Rome", "Milan", "ANSA"),
    ("Spain", "Spanish", "Madrid", "Barcelona", "EFE"),
    ("Portugal", "Portuguese", "Lisbon", "Porto", None),
    ("the Netherlands", "Dutch", "The Hague", "Amsterdam", None),
    ("Belgium", "Belgian", "Brussels", "Antwerp", None),
    ("Sweden", "Swedish", "Stockholm", "Gothenburg", None),
    ("Norway", "Norwegian", "Oslo", "Bergen", None),
    ("Finland", "Finnish", "Helsinki", "Tampere", None),
    ("Denmark", "Danish", "Copenhagen", "Aarhus", None),
    ("Austria", "Austrian", "Vienna", "Graz", None),
    ("Switzerland", "Swiss", "Bern", "Geneva", None),
    ("Greece", "Greek", "Athens", "Thessaloniki", None),
    ("Serbia", "Serbian", "Belgrade", "Novi Sad", "Tanjug"),
    ("Kosovo", "Kosovar", "Pristina", "Mitrovica", None),
    ("Hungary", "Hungarian", "Budapest", "Debrecen", None),
    ("Romania", "Romanian", "Bucharest", "Cluj", None),
    ("Moldova", "Moldovan", "Chisinau", "Balti", None),
    ("Lithuania", "Lithuanian", "Vilnius", "Kaunas", None),
    ("Latvia", "Latvian", "Riga", "Daugavpils", None),
    ("Estonia", "Estonian", "Tallinn", "Tartu", None),
    ("Canada", "Canadian", "Ottawa", "Toronto", None),
    ("Mexico", "Mexican", "Mexico City", "Monterrey", None),
    ("Cuba", "Cuban", "Havana", "Santiago de Cuba", "Prensa Latina"),
    ("Venezuela", "Venezuelan", "Caracas", "Maracaibo", None),
    ("Colombia", "Colombian", "Bogota", "Medellin", None),
    ("Brazil", "Brazilian", "Brasilia", "Sao Paulo", None),
    ("Argentina", "Argentine", "Buenos Aires", "Cordoba", None),
    ("Chile", "Chilean", "Santiago", "Valparaiso", None),
    ("Peru", "Peruvian", "Lima", "Cusco", None),
    ("Bolivia", "Bolivian", "La Paz", "Santa Cruz", None),
    ("Nicaragua", "Nicaraguan", "Managua", "Leon", None),
    ("Haiti", "Haitian", "Port-au-Prince", "Cap-Haitien", None),
    ("Australia", "Australian", "Canberra", "Sydney", None),
    ("New Zealand", "New Zealand", "Wellington", "Auckland", None),
]

# persons of states: adjective -> (title, full name, "he"/"she")
PERSONS: dict[str, list[tuple[str, str, str]]] = {
    "US": [("President", "Joe Biden", "he"), ("Secretary of State", "Antony Blinken", "he"),
           ("Defense Secretary", "Lloyd Austin", "he"),
           ("Ambassador to the United Nations", "Linda Thomas-Greenfield", "she")],
    "Russian": [("President", "Vladimir Putin", "he"),
                ("Foreign Minister", "Sergei Lavrov", "he"),
                ("Deputy Foreign Minister", "Sergei Ryabkov", "he"),
                ("Deputy Foreign Minister", "Alexander Grushko", "he"),
                ("Foreign Ministry spokeswoman", "Maria Zakharova", "she"),
                ("Kremlin spokesman", "Dmitry Peskov", "he")],
    "Chinese": [("President", "Xi Jinping", "he"), ("Foreign Minister", "Wang Yi", "he"),
                ("Foreign Ministry spokesman", "Zhao Lijian", "he")],
    "French": [("President", "Emmanuel Macron", "he"),
               ("Foreign Minister", "Jean-Yves Le Drian", "he")],
    "German": [("Chancellor", "Olaf Scholz", "he"),
               ("Foreign Minister", "Annalena Baerbock", "she")],
    "British": [("Prime Minister", "Boris Johnson", "he"),
                ("Foreign Secretary", "Liz Truss", "she")],
    "Ukrainian": [("President", "Volodymyr Zelenskiy", "he"),
                  ("Foreign Minister", "Dmytro Kuleba", "he")],
    "Turkish": [("President", "Tayyip Erdogan", "he"),
                ("Foreign Minister", "Mevlut Cavusoglu", "he")],
    "Iranian": [("President", "Ebrahim Raisi", "he"),
                ("Foreign Minister", "Hossein Amirabdollahian", "he")],
    "Israeli": [("Prime Minister", "Naftali Bennett", "he"),
                ("Foreign Minister", "Yair Lapid", "he")],
    "Japanese": [("Prime Minister", "Fumio Kishida", "he")],
    "Indian": [("Prime Minister", "Narendra Modi", "he"),
               ("External Affairs Minister", "Subrahmanyam Jaishankar", "he")],
    "Pakistani": [("Prime Minister", "Imran Khan", "he")],
    "Brazilian": [("President", "Jair Bolsonaro", "he")],
    "Mexican": [("President", "Andres Manuel Lopez Obrador", "he")],
    "Egyptian": [("President", "Abdel Fattah al-Sisi", "he")],
    "Saudi": [("Crown Prince", "Mohammed bin Salman", "he"),
              ("Foreign Minister", "Prince Faisal bin Farhan", "he")],
    "Ethiopian": [("Prime Minister", "Abiy Ahmed", "he")],
    "Kenyan": [("President", "Uhuru Kenyatta", "he")],
    "Nigerian": [("President", "Muhammadu Buhari", "he")],
    "South African": [("President", "Cyril Ramaphosa", "he")],
    "Venezuelan": [("President", "Nicolas Maduro", "he")],
    "Belarusian": [("President", "Alexander Lukashenko", "he")],
    "Polish": [("President", "Andrzej Duda", "he")],
    "Hungarian": [("Prime Minister", "Viktor Orban", "he")],
    "Italian": [("Prime Minister", "Mario Draghi", "he")],
    "Canadian": [("Prime Minister", "Justin Trudeau", "he")],
    "Australian": [("Prime Minister", "Scott Morrison", "he")],
    "South Korean": [("President", "Moon Jae-in", "he")],
    "North Korean": [("leader", "Kim Jong Un", "he")],
    "Syrian": [("President", "Bashar al-Assad", "he")],
    "Lithuanian": [("Foreign Minister", "Gabrielius Landsbergis", "he")],
    "Finnish": [("President", "Sauli Niinisto", "he")],
    "Serbian": [("President", "Aleksandar Vucic", "he")],
    "Qatari": [("Emir", "Sheikh Tamim bin Hamad al-Thani", "he")],
}

# how a person is named after the first mention, where it is not the last word
SHORT_NAMES = {
    "Mohammed bin Salman": "Prince Mohammed", "Prince Faisal bin Farhan": "Prince Faisal",
    "Sheikh Tamim bin Hamad al-Thani": "Sheikh Tamim", "Kim Jong Un": "Kim", "Xi Jinping": "Xi",
    "Wang Yi": "Wang", "Zhao Lijian": "Zhao", "Moon Jae-in": "Moon",
    "Andres Manuel Lopez Obrador": "Lopez Obrador", "Tedros Adhanom Ghebreyesus": "Tedros",
    "Abiy Ahmed": "Abiy", "Abdel Fattah al-Sisi": "Sisi", "Bashar al-Assad": "Assad",
    "Jean-Yves Le Drian": "Le Drian", "Moussa Faki Mahamat": "Faki",
}

# organisations: full name, short name, a person (title, name, pronoun) or None
ORGS: list[tuple[str, str, tuple[str, str, str] | None]] = [
    ("NATO", "NATO", ("Secretary-General", "Jens Stoltenberg", "he")),
    ("the European Union", "the EU", ("foreign policy chief", "Josep Borrell", "he")),
    ("the United Nations", "the UN", ("Secretary-General", "Antonio Guterres", "he")),
    ("the UN Security Council", "the Security Council", None),
    ("the African Union", "the AU", ("Commission chairman", "Moussa Faki Mahamat", "he")),
    ("the International Atomic Energy Agency", "the IAEA",
     ("Director General", "Rafael Grossi", "he")),
    ("the Organization for Security and Co-operation in Europe", "the OSCE", None),
    ("the Association of Southeast Asian Nations", "ASEAN", None),
    ("the Arab League", "the Arab League", ("Secretary-General", "Ahmed Aboul Gheit", "he")),
    ("the Gulf Cooperation Council", "the GCC", None),
    ("the Economic Community of West African States", "ECOWAS", None),
    ("the International Monetary Fund", "the IMF",
     ("Managing Director", "Kristalina Georgieva", "she")),
    ("the World Bank", "the World Bank", None),
    ("the World Health Organization", "the WHO",
     ("Director-General", "Tedros Adhanom Ghebreyesus", "he")),
    ("the International Committee of the Red Cross", "the ICRC", None),
    ("the International Criminal Court", "the ICC", ("Prosecutor", "Karim Khan", "he")),
    ("the UN refugee agency", "UNHCR", None),
    ("the World Food Programme", "the WFP", None),
    ("the Organisation of Islamic Cooperation", "the OIC", None),
    ("Amnesty International", "Amnesty", None),
    ("Human Rights Watch", "Human Rights Watch", None),
]

# armed or militant groups, with the state they act in
NAMED_GROUPS: list[tuple[str, str]] = [
    ("Hamas", "Israel"), ("Hezbollah", "Lebanon"), ("Houthi rebels", "Yemen"),
    ("al Shabaab militants", "Somalia"), ("the Taliban", "Afghanistan"),
    ("Boko Haram fighters", "Nigeria"), ("M23 rebels", "the Democratic Republic of Congo"),
    ("Kurdistan Workers Party militants", "Turkey"), ("Islamic State fighters", "Iraq"),
]

NEUTRAL_CITIES = ["Geneva", "Vienna", "Doha", "Istanbul", "Oslo", "Helsinki", "Brussels",
                  "New York", "Addis Ababa", "Singapore", "Astana", "Muscat"]
SUMMITS = ["the G20 summit", "the NATO summit", "the UN General Assembly", "an OSCE meeting",
           "the Munich Security Conference", "an ASEAN summit", "the African Union summit",
           "a regional security forum", "the climate conference"]
WIRES = ["Baltic Dispatch", "Meridian Wire", "Atlas Press", "Harbour News Service",
         "Continental Desk"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "a dozen", "dozens of", "more than 20", "at least 15", "about 40", "some 300"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "tenth"]

# ---------------------------------------------------------------------------------
# the slots of the event templates
# ---------------------------------------------------------------------------------

COOP = ["expand trade", "resume talks on a peace deal", "exchange prisoners",
        "open a humanitarian corridor", "extend the ceasefire by another month",
        "cooperate on counter-terrorism", "restore direct flights",
        "boost energy cooperation", "set up a joint commission on border security",
        "reopen the main border crossing", "share intelligence on smuggling networks",
        "hold regular consultations", "work together on food security",
        "build a new gas pipeline", "demine the coastal road"]
TOPICS = ["regional security", "the nuclear programme", "trade and investment",
          "the war in the east", "grain exports", "energy supplies", "the refugee crisis",
          "arms control", "climate finance", "maritime security", "the disputed border",
          "a prisoner swap", "visa rules", "debt relief", "water sharing on the river",
          "a new security pact", "the reconstruction of the port"]
ISSUES = ["its nuclear programme", "the border dispute", "human rights abuses",
          "the detention of opposition leaders", "election fraud", "cyber attacks",
          "the treatment of migrants", "its military build-up", "the disputed islands",
          "the crackdown on the press", "attacks on shipping", "the annexation of the region",
          "arms sales", "the poisoning of a dissident", "support for armed groups"]
DEMAND_ACTIONS = ["release all political prisoners", "withdraw its troops",
                  "stop the shelling of civilian areas", "return to the negotiating table",
                  "allow aid convoys into the besieged city", "halt uranium enrichment",
                  "respect the ceasefire", "hold free and fair elections",
                  "hand over the suspects", "lift the blockade",
                  "explain the movement of its forces", "open its border to refugees"]
ACCUSATIONS = ["violating the ceasefire", "interfering in its elections",
               "supporting terrorists", "spying on its officials", "shelling civilian areas",
               "blocking humanitarian aid", "arming the rebels", "war crimes",
               "plotting a coup", "stealing grain", "hacking government websites",
               "torturing prisoners"]
INCIDENTS = ["the attack on the convoy", "the downing of the airliner",
             "the explosion at the embassy", "the sinking of the fishing boat",
             "the killing of the journalist", "the shelling of the market",
             "the border incident", "the deaths of the protesters", "the cyber attack",
             "the seizure of the tanker"]
ACT_NOUNS = ["missile test", "military exercises", "annexation of the region",
             "decision to expel the ambassador", "crackdown on protesters",
             "air strikes", "arrest of the opposition leader", "blockade of the port"]
CONDITIONS = ["crosses the border", "attacks its neighbour", "carries out another test",
              "refuses to negotiate", "blocks the shipping lanes", "does not withdraw"]
PRISONERS = ["the detained journalists", "the captured soldiers", "all political prisoners",
             "the aid workers", "the crew of the seized ship", "the opposition leader"]
LABOUR = ["low wages", "fuel prices", "pension reform", "unpaid salaries",
          "job cuts at the state railway", "the rising cost of living"]
DISMISS = ["unacceptable", "absurd", "a provocation", "interference in its internal affairs",
           "baseless", "politically motivated"]
AMOUNTS = ["$50 million", "$200 million", "$1.2 billion", "500 million euros",
           "$15 million", "$3 billion", "100 million euros", "$750 million"]
GROUP_NOUNS = ["protesters", "opposition supporters", "students", "journalists",
               "trade unionists", "activists", "farmers", "teachers", "doctors",
               "dock workers", "pensioners"]
WEAPONS = ["air defence systems", "armoured vehicles", "artillery shells", "drones",
           "anti-tank missiles", "patrol boats", "helicopters"]
WATERS = ["the Strait of Hormuz", "the Black Sea", "the Red Sea", "the Gulf of Guinea",
          "the South China Sea", "the Mediterranean", "international waters"]
GOODWILL = ["the grain deal", "the peace talks", "the evacuation of civilians",
            "the release of the hostages", "the ceasefire talks", "the fight against piracy",
            "the vaccination campaign"]

# ---------------------------------------------------------------------------------
# the templates. {V:base|past|participle} is the main verb, put in the mood of the
# sentence; its subject is the first {field} of the template, or plural when the
# template says so. Fields: A, B, C actors (A and B are the article's two sides, C a
# third state), O an organisation, A_F / B_F forces, A_P police, G a domestic group,
# R rebels; X_adj, X_country, X_city, X_pos (its/his/their), X_gen (genitive).
# ---------------------------------------------------------------------------------

VERB_TEMPLATES: list[tuple[str, str, bool]] = [
    # agree, cooperate
    ("agree", "{A} and {B} {V:agree|agreed|agreed} to {coop}{when}.", True),
    ("agree", "{A} {V:agree|agreed|agreed} with {B} to {coop}{when}.", False),
    ("agree", "{A} {V:sign|signed|signed} an agreement with {B} on {topic}{where}{when}.",
     False),
    ("agree", "{A} {V:accept|accepted|accepted} {B_gen} proposal for talks on {topic}.", False),
    ("agree", "{A} {V:offer|offered|offered} to mediate between {B} and {C}{when}.", False),
    ("agree", "{A} and {B} {V:exchange|exchanged|exchanged} {num} prisoners of war{when}.",
     True),
    ("agree", "{A} {V:restore|restored|restored} diplomatic relations with {B}{when}.", False),
    # meet, consult
    ("meet", "{A} {V:meet|met|met} {B}{where}{when}.", False),
    ("meet", "{A} {V:hold|held|held} talks with {B} on {topic}{where}{when}.", False),
    ("meet", "{A} {V:visit|visited|visited} {B_country}{when} for talks on {topic}.", False),
    ("meet", "{A} {V:host|hosted|hosted} {B} in {A_city} for talks on {topic}.", False),
    ("meet", "{A} {V:speak|spoke|spoken} by telephone with {B}{when} about {topic}.", False),
    # praise, support
    ("praise", "{A} {V:praise|praised|praised} {B} for {B_pos} role in {goodwill}.", False),
    ("praise", "{A} {V:welcome|welcomed|welcomed} {B_gen} decision to {coop}.", False),
    ("praise", "{A} {V:thank|thanked|thanked} {B} for {B_pos} support{when}.", False),
    ("praise", "{A} {V:back|backed|backed} {B_gen} bid to join {O}.", False),
    ("praise", "{A} {V:express|expressed|expressed} support for {B} in {B_pos} dispute "
               "with {C}.", False),
    # aid
    ("aid", "{A} {V:pledge|pledged|pledged} {amount} in humanitarian aid to {B_country}{when}.",
     False),
    ("aid", "{A} {V:send|sent|sent} {num} tonnes of food and medicine to {B_country}.", False),
    ("aid", "{A} {V:provide|provided|provided} {B} with {weapon}{when}.", False),
    ("aid", "{A} {V:grant|granted|granted} {B_country} a loan of {amount} to support "
            "{B_pos2} budget.", False),
    ("aid", "{A} {V:release|released|released} {num} {B_adj} prisoners{when}.", False),
    ("aid", "{A} {V:lift|lifted|lifted} sanctions on {B_country}{when}.", False),
    ("aid", "{A} {V:ease|eased|eased} restrictions on {B_adj} imports.", False),
    # withdraw, yield
    ("withdraw", "{A_F} {V:withdraw|withdrew|withdrawn} from {B_city}{when}.", False),
    ("withdraw", "{A} {V:pull|pulled|pulled} {A_pos} forces out of {B_country}.", False),
    ("withdraw", "{A} {V:end|ended|ended} {A_pos} military mission in {B_country}{when}.",
     False),
    ("withdraw", "{A} {V:reopen|reopened|reopened} {A_pos} embassy in {B_city}{when}.", False),
    # demand
    ("demand", "{A} {V:demand|demanded|demanded} that {B} release {prisoners}{when}.", False),
    ("demand", "{A} {V:urge|urged|urged} {B} to {demand}{when}.", False),
    ("demand", "{A} {V:call|called|called} on {B} to {demand}.", False),
    ("demand", "{A} {V:ask|asked|asked} {O} to investigate {incident}.", False),
    ("demand", "{A} {V:appeal|appealed|appealed} to {B} to {demand}{when}.", False),
    # accuse, criticise
    ("accuse", "{A} {V:accuse|accused|accused} {B} of {accusation}{when}.", False),
    ("accuse", "{A} {V:blame|blamed|blamed} {B} for {incident}.", False),
    ("accuse", "{A} {V:criticise|criticised|criticised} {B} over {issue}{when}.", False),
    ("accuse", "{A} {V:condemn|condemned|condemned} {B_gen} {act_noun}{when}.", False),
    ("accuse", "{A} {V:summon|summoned|summoned} the {B_adj} ambassador over {issue}{when}.",
     False),
    # reject
    ("reject", "{A} {V:reject|rejected|rejected} {B_gen} proposal for {topic}.", False),
    ("reject", "{A} {V:refuse|refused|refused} to meet {B}{where}.", False),
    ("reject", "{A} {V:dismiss|dismissed|dismissed} {B_gen} demands as {dismiss}.", False),
    ("reject", "{A} {V:veto|vetoed|vetoed} a draft resolution on {B_country} at the UN "
               "Security Council{when}.", False),
    ("reject", "{A} {V:deny|denied|denied} {B_adj} accusations of {accusation}.", False),
    # threaten
    ("threaten", "{A} {V:threaten|threatened|threatened} to impose sanctions on {B} over "
                 "{issue}.", False),
    ("threaten", "{A} {V:warn|warned|warned} {B} of serious consequences if it {cond}.", False),
    ("threaten", "{A} {V:threaten|threatened|threatened} to cut off gas supplies to "
                 "{B_country}{when}.", False),
    ("threaten", "{A} {V:issue|issued|issued} an ultimatum to {B}, giving it {hours} hours to "
                 "{demand}.", False),
    # protest
    ("protest", "{G} {V:protest|protested|protested} outside the {B_adj} embassy in "
                "{A_city}{when}.", False),
    ("protest", "Thousands of {gnoun} {V:march|marched|marched} through {A_city} to protest "
                "against {issue}.", True),
    ("protest", "{G} {V:stage|staged|staged} a sit-in outside parliament in {A_city}{when}.",
     False),
    ("protest", "{G} {V:go|went|gone} on strike in {A_city} over {labour}.", False),
    ("protest", "{G} {V:block|blocked|blocked} the main roads into {A_city}{when}.", False),
    # troop build-up, military posture
    ("posture", "{A} {V:deploy|deployed|deployed} {troops} troops near the border with "
                "{B_country}{when}.", False),
    ("posture", "{A_F} {V:mass|massed|massed} tanks and artillery near {B_city}.", False),
    ("posture", "{A} {V:hold|held|held} military exercises near the {B_adj} border{when}.",
     False),
    ("posture", "{A} {V:put|put|put} {A_pos} forces on high alert{when}.", False),
    ("posture", "{A} {V:test-fire|test-fired|test-fired} a ballistic missile{when}.", False),
    # sanctions, reduced relations
    ("sanction", "{A} {V:impose|imposed|imposed} sanctions on {B} over {issue}{when}.", False),
    ("sanction", "{A} {V:expel|expelled|expelled} {num} {B_adj} diplomats{when}.", False),
    ("sanction", "{A} {V:freeze|froze|frozen} the assets of {num} {B_adj} officials.", False),
    ("sanction", "{A} {V:suspend|suspended|suspended} trade talks with {B}{when}.", False),
    ("sanction", "{A} {V:cut|cut|cut} diplomatic ties with {B}{when}.", False),
    ("sanction", "{A} {V:ban|banned|banned} imports from {B_country}.", False),
    ("sanction", "{A} {V:close|closed|closed} {A_pos} border with {B_country}{when}.", False),
    # arrest, coerce
    ("arrest", "{A_P} {V:arrest|arrested|arrested} {num} {gnoun} in {A_city}{when}.", False),
    ("arrest", "{A_P} {V:detain|detained|detained} a {B_adj} journalist in {A_city}.", False),
    ("arrest", "A court in {A_city} {V:sentence|sentenced|sentenced} {num} {gnoun} to "
               "prison terms{when}.", False),
    ("arrest", "{A} {V:seize|seized|seized} a {B_adj} tanker in {waters}{when}.", False),
    # attack, fight
    ("attack", "{A_F} {V:shell|shelled|shelled} {B_city}{when}, killing {num} civilians.",
     False),
    ("attack", "{A} {V:launch|launched|launched} air strikes on {B_adj} positions near "
               "{B_city}.", False),
    ("attack", "{A_F} {V:fire|fired|fired} rockets at {B_city}{when}.", False),
    ("attack", "{A_F} {V:attack|attacked|attacked} a {B_adj} military base near {B_city}.",
     False),
    ("attack", "{R} {V:ambush|ambushed|ambushed} an army patrol near {A_city}, killing "
               "{num} soldiers.", False),
    ("attack", "{A_F} {V:kill|killed|killed} {num} {R} in a raid near {A_city}{when}.", False),
    ("attack", "{A_F} {V:shoot|shot|shot} down a {B_adj} drone over {A_city}.", False),
    ("attack", "{A_F} {V:clash|clashed|clashed} with {B_F} along the border{when}.", False),
    # investigate, apologise
    ("other", "{O} {V:open|opened|opened} an investigation into {incident}{when}.", False),
    ("other", "{A} {V:apologise|apologised|apologised} to {B} for {incident}.", False),
]

# acts named by a noun, or told in the passive; no verb slot
NOMINAL_TEMPLATES: list[str] = [
    "The talks between {A} and {B} in {ncity} ended without agreement.",
    "{A_gen} decision to impose sanctions on {B} drew criticism from {O}.",
    "The visit by {A} to {B_country} was the first by a {A_adj} leader in {years} years.",
    "The meeting between {A} and {B} came amid rising tension over {issue}.",
    "The arrest of {num} {B_adj} nationals in {A_city} has strained relations between the "
    "two countries.",
    "A ceasefire between {A_adj} forces and {R} took effect at midnight.",
    "The attack on a {A_adj} military convoy near {B_city} killed {num} soldiers.",
    "The withdrawal of {A_adj} troops from {B_country} is due to be completed by {month}.",
    "The {amount} aid package from {A} to {B_country} will be delivered in the coming weeks.",
    "{A_gen} accusations against {B} were rejected as {dismiss}.",
    "The expulsion of {num} {B_adj} diplomats from {A_country} was announced{when}.",
    "The agreement between {A} and {B} on {topic} was signed in {ncity}.",
    "Protests against the government in {A_city} entered their {ordinal} day.",
    "The deployment of {troops} {A_adj} troops near the {B_adj} border alarmed Western "
    "capitals.",
    "Sanctions imposed on {B_country} by {O} have hit {B_pos2} oil exports.",
    "{num} people were killed in an air strike on {B_city}{when}.",
    "Dozens of opposition activists were detained in {A_city} after the vote.",
    "Humanitarian aid from {O} reached {B_city} for the first time in months.",
    "A fresh round of negotiations between {A} and {B} is scheduled for {month}.",
    "The {A_adj} ambassador was summoned to the foreign ministry in {B_city} over {issue}.",
    "There was no immediate comment from {B}.",
    "{A_gen} threat to cut off gas supplies to {B_country} sent energy prices higher.",
    "A {B_adj} tanker was seized in {waters} by {A_adj} forces{when}.",
    "Relations between {A_country} and {B_country} have deteriorated sharply since {month}.",
]

# added to some sentences, for length and variety
TAILS = [", in a sign of warming ties", " after months of tension",
         ", the first such move since {year}", ", a step likely to anger {C}",
         " despite objections from {C}", ", raising fears of a wider conflict",
         " amid growing tension over {topic}", " as fighting continued in the east",
         " for the second time this year", ", days before a vote in parliament",
         " in the latest sign of a thaw between the two neighbours",
         " as talks on {topic} stalled"]

QUOTES = [
    "We will not accept any interference in our internal affairs",
    "The door to dialogue remains open",
    "{B_country} must stop its provocations immediately",
    "We are ready to talk, but not under pressure",
    "This is a dangerous escalation and it must stop",
    "Our partners can count on our support",
    "Nobody wants a war, but we will defend ourselves",
    "The sanctions will stay in place until {B_country} changes course",
    "We have agreed on the main points and the rest is technical",
    "These accusations are completely absurd",
    "We expect {B_country} to respect its commitments",
    "The humanitarian situation is getting worse by the day",
]

FILLER_TEMPLATES: list[str] = [
    # economy
    "The {X_adj} central bank kept its benchmark interest rate unchanged at {pct} percent.",
    "Inflation in {X_country} rose to {pct} percent in {month}, the highest level in "
    "{years} years.",
    "{X_adj} exports fell {pct} percent from a year earlier.",
    "Shares in {X_city} closed {updown} {pct} percent, led by {sector} stocks.",
    "The {X_adj} currency weakened against the dollar for a {ordinal} straight session.",
    "Oil prices climbed above ${price} a barrel in early trading.",
    "Unemployment in {X_country} stood at {pct} percent in {month}.",
    "The economy grew by {pct} percent in the {quarter} quarter.",
    "Analysts expect growth in {X_country} to slow next year as demand weakens.",
    "The budget deficit is forecast to narrow to {pct} percent of gross domestic product.",
    "Wheat prices in {X_city} have risen {pct} percent since the start of the year.",
    "Tourist arrivals in {X_city} were up {pct} percent on last year.",
    "A new bridge over the river in {X_city} opened to traffic after {years} years of "
    "construction.",
    "Car sales in {X_country} reached a record high in {month}.",
    "The price of {X_adj} coffee has doubled in the past twelve months.",
    "Retail sales were flat in {month} as shoppers cut back on spending.",
    # weather
    "Temperatures in {X_city} are expected to reach {temp} degrees Celsius on {weekday}.",
    "Heavy rain caused flooding in several districts of {X_city}.",
    "Snow closed roads across the north of {X_country} overnight.",
    "Forecasters expect the heatwave in {X_city} to last until {weekday}.",
    "The monsoon arrived in the south of {X_country} {days} days later than usual.",
    "Strong winds delayed flights at {X_city} airport for several hours.",
    "The river through {X_city} burst its banks after {days} days of torrential rain.",
    "A dry winter has left reservoirs in {X_country} at their lowest level in decades.",
    # sport
    "{team} beat {team2} {score} on {weekday} to go top of the league.",
    "The marathon in {X_city} drew more than {thousands},000 runners.",
    "{X_country} qualified for the World Cup finals for the first time since {year}.",
    "The {X_adj} tennis star pulled out of the tournament in {X_city} with a shoulder "
    "injury.",
    "The national football team will play a friendly in {X_city} next month.",
    "The {X_adj} cyclist won the final stage of the race in a sprint finish.",
    "Tickets for the cup final in {X_city} sold out within {days} hours.",
    "The {X_adj} swimmer set a new national record in the 200 metres freestyle.",
    "{team} drew {draw} with {team2} in a rain-soaked match.",
    # city life, culture
    "The museum in {X_city} reopened after a two-year renovation.",
    "A film about the life of a {X_adj} poet won the top prize at the festival.",
    "Traffic in central {X_city} was heavy on {weekday} morning.",
    "The city council in {X_city} approved plans for a new tram line.",
    "The population of {X_city} has grown by a third over the past decade.",
    "The annual book fair in {X_city} attracted a record number of visitors.",
    "Schools in {X_city} will close for the holiday at the end of the month.",
    "A power cut left parts of {X_city} without electricity for several hours.",
    "The old railway station in {X_city} is being turned into a concert hall.",
    "A new species of frog was found in the mountains of {X_country}.",
]

# acts an organisation can be the actor of
ORG_ACTS = frozenset({"agree", "meet", "praise", "demand", "accuse", "reject"})
HOSTILE_ACTS = frozenset({"accuse", "reject", "threaten", "posture", "sanction", "arrest",
                          "attack", "protest"})

SPEECH_VERBS_THAT = ["said", "told reporters", "announced", "confirmed", "claimed",
                     "insisted", "stressed", "warned", "wrote on social media"]

HEADLINES = [
    "{A_c} and {B_c} agree to {coop}",
    "{A_c} warns {B_c} over {issue}",
    "{A_c} accuses {B_c} of {accusation}",
    "{A_c} imposes new sanctions on {B_c}",
    "{A_c} and {B_c} hold talks on {topic}",
    "{A_c} rejects {B_c} proposal on {topic}",
    "{A_c} sends aid to {B_c}",
    "Tension rises as {A_c} moves troops toward {B_c}",
    "Protests in {A_city} over {issue}",
    "{A_c} expels {B_adj} diplomats",
    "{A_c} urges {B_c} to {demand}",
    "Fighting flares near {B_city}",
]


# ---------------------------------------------------------------------------------


@dataclass
class Ref:
    """One way of naming an actor in a sentence."""

    text: str
    plural: bool = False
    pronoun: str = "its"  # its, his, her, their
    key: str | None = None  # a person: the full name, for first/later mention
    org: bool = False

    @property
    def gen(self) -> str:
        return self.text + ("'" if self.text.endswith("s") else "'s")


@dataclass
class State:
    name: str
    adj: str
    capital: str
    city: str
    agency: str | None


STATE_OBJS = [State(*s) for s in STATES]
BY_NAME = {s.name: s for s in STATE_OBJS}
_FIELD = re.compile(r"\{([A-Za-z_0-9]+)(?::([^}]*))?\}")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class _ArticleWriter:
    def __init__(self, rng: random.Random, date: dt.date):
        self.rng = rng
        self.date = date
        r = rng
        # the states with named leaders make the news more often
        weights = [4 if s.adj in PERSONS else 1 for s in STATE_OBJS]
        self.a = r.choices(STATE_OBJS, weights)[0]
        self.b = self.a
        while self.b is self.a:
            self.b = r.choices(STATE_OBJS, weights)[0]
        self.c = r.choice([s for s in STATE_OBJS if s is not self.a and s is not self.b])
        # a third of the articles take place around an organisation
        self.org = r.choice(ORGS)
        self.mentioned: set[str] = set()
        self.used: set[str] = set()
        self.used_templates: set[str] = set()

    def pick(self, templates: list):
        """A template not yet used in this article, if one comes up in a few draws."""
        for _ in range(6):
            t = self.rng.choice(templates)
            if str(t) not in self.used_templates:
                break
        self.used_templates.add(str(t))
        return t

    # -- actors --------------------------------------------------------------------

    def _person(self, title: str, name: str, pron: str, qualifier: str) -> Ref:
        possessive = "his" if pron == "he" else "her"
        if name in self.mentioned:
            return Ref(SHORT_NAMES.get(name, name.split()[-1]), pronoun=possessive, key=name)
        self.mentioned.add(name)
        return Ref(f"{qualifier} {title} {name}", pronoun=possessive, key=name)

    def state_ref(self, s: State) -> Ref:
        r = self.rng
        kind = r.choices(["name", "capital", "government", "person", "unnamed", "officials",
                          "ministry"], weights=[5, 3, 2, 6, 2, 1, 2])[0]
        if kind == "person" and s.adj in PERSONS:
            return self._person(*r.choice(PERSONS[s.adj]), qualifier=s.adj)
        if kind == "capital":
            return Ref(s.capital)
        if kind == "government":
            return Ref(f"the {s.adj} government")
        if kind == "unnamed" or kind == "person":
            title = r.choice(["president", "prime minister", "foreign minister",
                              "defence minister", "interior minister", "army chief"])
            return Ref(f"the {s.adj} {title}", pronoun="his")
        if kind == "officials":
            return Ref(f"{s.adj} officials", plural=True, pronoun="their")
        if kind == "ministry":
            return Ref(f"the {s.adj} {r.choice(['foreign', 'defence', 'interior'])} ministry")
        return Ref(s.name)

    def org_ref(self) -> Ref:
        full, short, person = self.org
        r = self.rng
        if person and r.random() < 0.4:
            ref = self._person(*person, qualifier=short.removeprefix("the "))
            ref.org = True
            return ref
        if full in self.mentioned:
            return Ref(short, org=True)
        self.mentioned.add(full)
        return Ref(full, org=True)

    def side(self, s: State, org_ok: bool = True) -> Ref:
        """An actor of one side: usually the state, sometimes the organisation."""
        if org_ok and self.rng.random() < (0.3 if s is self.a else 0.15):
            return self.org_ref()
        return self.state_ref(s)

    def forces(self, s: State) -> Ref:
        noun = self.rng.choice(["troops", "forces", "soldiers", "army units", "warplanes",
                                "artillery units", "marines"])
        if self.rng.random() < 0.3:
            return Ref(f"the {s.adj} army")
        return Ref(f"{s.adj} {noun}", plural=True, pronoun="their")

    def police(self, s: State) -> Ref:
        kind = self.rng.choice(["police", "security forces", "riot police", "authorities",
                                "intelligence officers"])
        return Ref(f"{s.adj} {kind}", plural=True, pronoun="their")

    def group(self, s: State) -> Ref:
        return Ref(f"{s.adj} {self.rng.choice(GROUP_NOUNS)}", plural=True, pronoun="their")

    def rebels(self, s: State) -> str:
        named = [g for g, where in NAMED_GROUPS if where == s.name]
        if named and self.rng.random() < 0.7:
            return named[0]
        return self.rng.choice(["rebels", "militants", "insurgents", "gunmen",
                                "separatist fighters"])

    # -- slots ---------------------------------------------------------------------

    def when(self) -> str:
        r = self.rng
        if r.random() < 0.45:
            return ""
        day = WEEKDAYS[(self.date.weekday() - r.randint(1, 3)) % 7]
        earlier = self.date - dt.timedelta(days=r.randint(1, 20))
        return r.choice([f" on {day}", f" on {day}", f" late on {day}", f" early on {day}",
                         " last week", " earlier this month", " this week", " overnight",
                         " in recent days", f" on {MONTHS[earlier.month - 1]} {earlier.day}",
                         " last month", " at the weekend"])

    def where(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            return ""
        city = r.choice([self.a.capital, self.b.capital, r.choice(NEUTRAL_CITIES)])
        return r.choice([f" in {city}", f" in {city}", f" on the sidelines of {r.choice(SUMMITS)}",
                         " at the UN headquarters in New York", f" during a visit to {city}"])

    def slot(self, name: str, ctx: dict) -> str:
        r = self.rng
        if name in ctx:
            return ctx[name]
        sides = {"A": self.a, "B": self.b, "C": self.c, "X": ctx["_x"]}
        if name in ("A", "B", "C"):
            if name == "C":
                ref = self.state_ref(self.c)
            else:
                other = ctx.get("_A") if name == "B" else None
                org_ok = ctx.get("_cat") in ORG_ACTS and not (other and other.org)
                ref = self.side(sides[name], org_ok)
            ctx[name] = ref.text
            ctx[f"_{name}"] = ref
            return ref.text
        prefix, _, attr = name.partition("_")
        if prefix in sides and attr:
            s = sides[prefix]
            if attr == "adj":
                return s.adj
            if attr == "country":
                return s.name
            if attr == "city":
                return r.choice([s.capital, s.city])
            if attr == "c":  # headline form
                return r.choice([s.name.removeprefix("the "), s.capital])
            if attr == "gen":
                ref = ctx.get(f"_{prefix}")
                if ref is None:
                    ref = self.state_ref(s)
                    ctx[prefix] = ref.text
                    ctx[f"_{prefix}"] = ref
                return ref.gen
            if attr == "pos":
                ref = ctx.get(f"_{prefix}")
                return ref.pronoun if ref else "its"
            if attr == "pos2":
                return "its"
            if attr == "F":
                ref = self.forces(s)
                ctx[f"_{name}"] = ref
                return ref.text
            if attr == "P":
                ref = self.police(s)
                ctx[f"_{name}"] = ref
                return ref.text
        if name == "O":
            ref = self.org_ref()
            ctx["_O"] = ref
            return ref.text
        if name == "G":
            ref = self.group(self.a)
            ctx["_G"] = ref
            return ref.text
        if name == "R":
            text = self.rebels(self.a if r.random() < 0.6 else self.b)
            ctx["_R"] = Ref(text, plural=text not in ("Hamas", "Hezbollah", "the Taliban"),
                            pronoun="their")
            return text
        simple = {
            "coop": COOP, "topic": TOPICS, "issue": ISSUES, "demand": DEMAND_ACTIONS,
            "accusation": ACCUSATIONS, "incident": INCIDENTS, "act_noun": ACT_NOUNS,
            "cond": CONDITIONS, "prisoners": PRISONERS, "labour": LABOUR, "dismiss": DISMISS,
            "amount": AMOUNTS, "gnoun": GROUP_NOUNS, "weapon": WEAPONS, "waters": WATERS,
            "goodwill": GOODWILL, "num": NUMBER_WORDS, "ordinal": ORDINALS,
            "weekday": WEEKDAYS, "month": MONTHS, "ncity": NEUTRAL_CITIES,
            "sector": ["banking", "energy", "technology", "mining", "telecoms", "retail"],
            "updown": ["up", "down"], "quarter": ["first", "second", "third", "fourth"],
        }
        if name in simple:
            return r.choice(simple[name])
        numeric = {
            "troops": lambda: f"{r.choice([2, 3, 5, 8, 10, 12, 20, 30, 40])},000",
            "hours": lambda: str(r.choice([24, 48, 72])),
            "years": lambda: str(r.randint(3, 40)),
            "pct": lambda: f"{r.randint(0, 12)}.{r.randint(0, 9)}",
            "price": lambda: str(r.randint(55, 120)),
            "temp": lambda: str(r.randint(-15, 44)),
            "days": lambda: str(r.randint(3, 20)),
            "thousands": lambda: str(r.randint(5, 45)),
            "year": lambda: str(r.randint(1958, 2014)),
            "score": lambda: f"{(w := r.randint(1, 5))}-{r.randint(0, w - 1)}",
            "draw": lambda: f"{(g := r.randint(0, 3))}-{g}",
            "team": lambda: self.team(ctx["_x"]),
            "team2": lambda: self.team(r.choice(STATE_OBJS)),
        }
        if name in numeric:
            return numeric[name]()
        if name == "when":
            return self.when()
        if name == "where":
            return self.where()
        raise KeyError(name)

    def team(self, s: State) -> str:
        form = self.rng.choice(["{c} United", "Dynamo {c}", "{c} City", "Sporting {c}",
                                "Real {c}", "{c} Rovers", "Olympic {c}"])
        return form.format(c=s.city)

    # -- sentences -----------------------------------------------------------------

    def fill(self, template: str, ctx: dict, mood: str = "past") -> str:
        def sub(m: re.Match) -> str:
            name, forms = m.group(1), m.group(2)
            if name == "V":
                return self.verb(forms.split("|"), mood, ctx.get("_plural", False),
                                 ctx.get("_cat") in HOSTILE_ACTS)
            text = self.slot(name, ctx)
            return text

        # resolve the subject first so the verb agrees with it
        first = _FIELD.search(template)
        if first and first.start() == 0 and first.group(1) != "V":
            name = first.group(1)
            ctx[name] = self.slot(name, ctx)
            ref = ctx.get(f"_{name}")
            ctx.setdefault("_plural", bool(ref and ref.plural))
        return _FIELD.sub(sub, template)

    def verb(self, forms: list[str], mood: str, plural: bool, hostile: bool = False) -> str:
        base, past, pp = forms
        r = self.rng
        be, have, do = ("are", "have", "do") if plural else ("is", "has", "does")
        s = "" if plural else "s"
        if mood == "past":
            return past
        if mood == "perfect":
            return f"{have} {pp}"
        if mood == "neg_past":
            return f"did not {base}"
        if mood == "neg_perfect":
            return f"{have} not {pp}"
        if mood == "modal":
            lead = r.choice(["will", "could", "may", "might", "would", f"{be} expected to",
                             f"{be} set to", f"{be} ready to", f"plan{s} to", f"want{s} to",
                             "vowed to", "threatened to" if hostile else "offered to",
                             "promised to" if not hostile else "is preparing to" if not
                             plural else "are preparing to",
                             f"{be} considering whether to", "intends to" if not plural
                             else "intend to", "should", "must", "hopes to" if not plural
                             else "hope to"])
            if lead.split()[0].startswith(base[:5]):  # not "threatened to threaten"
                lead = "could"
            return f"{lead} {base}"
        if mood == "neg_modal":
            lead = r.choice(["will not", "would not", "cannot", f"{be} unlikely to",
                             f"{do} not intend to", "refused to", "has no plans to"
                             if not plural else "have no plans to", "will never",
                             "should not"])
            if lead.split()[0].startswith(base[:5]):
                lead = "will not"
            return f"{lead} {base}"
        raise ValueError(mood)

    def mood(self, in_speech: bool) -> str:
        moods = ["past", "perfect", "neg_past", "neg_perfect", "modal", "neg_modal"]
        weights = [55, 10, 8, 4, 15, 8] if not in_speech else [55, 12, 8, 4, 16, 5]
        return self.rng.choices(moods, weights=weights)[0]

    def speaker(self, ctx: dict) -> str:
        r = self.rng
        pick = r.random()
        if pick < 0.45:
            return self.state_ref(self.a).text
        if pick < 0.6:
            return self.state_ref(self.b).text
        if pick < 0.7:
            return self.org_ref().text
        s = r.choice([self.a, self.b, self.c])
        return r.choice([f"a senior {s.adj} official", f"a spokesman for the {s.adj} "
                         f"foreign ministry", "Western diplomats", "two diplomats familiar "
                         "with the talks", f"the {s.adj} defence ministry",
                         f"a {s.adj} government spokeswoman"])

    def source(self) -> str:
        r = self.rng
        s = r.choice([self.a, self.b])
        opts = [f"a statement from the {s.adj} foreign ministry", "diplomatic sources",
                "officials familiar with the matter", f"the {s.adj} defence ministry",
                "local media", "witnesses", "a report seen by reporters",
                f"a senior {s.adj} official"]
        if s.agency:
            opts += [s.agency, f"the {s.adj} state news agency {s.agency}",
                     f"a report by {s.agency}"]
        return r.choice(opts)

    def event_sentence(self) -> str:
        r = self.rng
        ctx: dict = {"_x": self.a}
        framed = r.random() < 0.45
        if r.random() < 0.2:
            template = self.pick(NOMINAL_TEMPLATES)
            clause = self.fill(template, ctx)
            framed = framed and r.random() < 0.4
        else:
            cat, template, plural = self.pick(VERB_TEMPLATES)
            ctx["_cat"] = cat
            if plural:
                ctx["_plural"] = True
            if framed:
                ctx["when"] = ""  # the frame carries the date
            mood = self.mood(framed)
            if mood.endswith("perfect") and "when" not in ctx:
                ctx["when"] = r.choice(["", "", " in recent days", " this week"])
            clause = self.fill(template, ctx, mood)
            if r.random() < 0.25:
                clause = clause[:-1] + self.fill(r.choice(TAILS), ctx) + "."
        if not framed:
            return _cap(clause)
        body = clause.rstrip(".")
        if not template.startswith("{") or template.startswith("{num}"):
            body = body[:1].lower() + body[1:]  # "... said that a court in ..."
        if r.random() < 0.1:
            quote = self.fill(r.choice(QUOTES), ctx)
            who = self.speaker(ctx)
            return r.choice([f'"{quote}," {who} said{self.when()}.',
                             f'{_cap(who)} said: "{quote}."',
                             f'"{quote}," {who} told reporters in {self.a.capital}.'])
        for _ in range(3):  # not "Putin said that Putin met ..."
            who = self.speaker(ctx)
            if who not in body:
                break
        when = self.when()
        frames = [
            f"{_cap(who)} {r.choice(SPEECH_VERBS_THAT)}{when} that {body}.",
            f"{_cap(body)}, {who} said{when}.",
            f"{_cap(body)}, {who} told reporters in {r.choice([self.a.capital, self.b.capital])}.",
            f"According to {self.source()}, {body}.",
            f"{_cap(body)}, according to {self.source()}.",
            f"In a statement{when}, {who} said {body}.",
            f"{_cap(who)} told {self.b.agency or self.a.agency or 'state television'} that "
            f"{body}.",
        ]
        if not re.search(r"\b(not|never|cannot|refused|unlikely|no plans)\b", body):
            frames.append(f"{_cap(who)} denied{when} that {body}.")  # no double negatives
        return r.choice(frames)

    def filler_sentence(self) -> str:
        r = self.rng
        x = r.choice([self.a, self.b, self.c, r.choice(STATE_OBJS)])
        return _cap(self.fill(self.pick(FILLER_TEMPLATES), {"_x": x}))

    def title(self) -> str:
        return _cap(self.fill(self.rng.choice(HEADLINES), {"_x": self.a}))

    def sentences(self, n: int, filler_share: float) -> list[str]:
        out: list[str] = []
        tries = 0
        while len(out) < n:
            tries += 1
            filler = self.rng.random() < filler_share and len(out) > 0
            s = self.filler_sentence() if filler else self.event_sentence()
            s = re.sub(r"\s+", " ", s).strip()
            if s in self.used and tries < 10 * n:
                continue  # the cleaner drops a repeated paragraph; keep sentences unique
            self.used.add(s)
            out.append(s)
        return out


def _article_sizes(n_sentences: int, rng: random.Random) -> list[int]:
    sizes = []
    left = n_sentences
    while left > 0:
        k = left if left <= 15 else rng.randint(8, min(15, left - 8))
        sizes.append(k)
        left -= k
    return sizes


def generate(n_sentences: int = 2400, seed: int = 7) -> list[Article]:
    """About n_sentences / 11.5 articles of 8-15 sentences each, exactly n_sentences in all."""
    rng = random.Random(seed)
    start = dt.date(2019, 1, 1)
    sizes = _article_sizes(n_sentences, rng)
    dates = sorted(start + dt.timedelta(days=rng.randint(0, 4 * 365)) for _ in sizes)
    articles = []
    for i, (size, date) in enumerate(zip(sizes, dates, strict=True), 1):
        w = _ArticleWriter(rng, date)
        sents = w.sentences(size, filler_share=0.36)
        # wire style: a dateline on the lead, then paragraphs of one or two sentences
        wire = rng.choice(WIRES)
        if rng.random() < 0.5:
            sents[0] = f"{rng.choice([w.a.capital, w.b.capital]).upper()} ({wire}) - {sents[0]}"
        paras: list[str] = []
        j = 0
        while j < len(sents):
            take = 1 if rng.random() < 0.55 else 2
            paras.append(" ".join(sents[j:j + take]))
            j += take
        articles.append(Article(id=f"bench-{i:04d}", text="\n\n".join(paras),
                                date=date.isoformat(), title=w.title(), source=wire))
    return articles


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out", type=Path, help="where to write the JSON Lines corpus ('-' = stdout)")
    p.add_argument("--sentences", type=int, default=2400)
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args(argv)
    arts = generate(args.sentences, args.seed)
    lines = [json.dumps({"id": a.id, "title": a.title, "date": a.date, "text": a.text},
                        ensure_ascii=False) for a in arts]
    if str(args.out) == "-":
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(arts)} articles, {args.sentences} sentences -> {args.out}",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
