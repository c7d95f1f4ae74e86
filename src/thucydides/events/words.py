"""Word lists of the event rules (events/sentence.py, nonevents.py, triggers.py,
arguments.py), kept apart like spaCy's lang/en files, so that a user can read and extend
them: from thucydides.events import words.
"""

from __future__ import annotations

from ..context import article
from .modality import FUTURE_AUX, HYPOTHETICAL_AUX, INTENT

# what a promised or threatened act becomes: CAMEO root of the act -> intent code
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
                "14": "133", "15": "130", "16": "131", "17": "137", "18": "138", "19": "138",
                "20": "138"}
# words of intent that code no event of their own: "will support" is an AGREE, while
# "promised to support" is already coded by "promise"
# ("open to a truce": an adjective of readiness, not in INTENT as "open" is also a verb)
INTENT_CAUSES = (INTENT | {"will", "open"}) - {
    "agree", "promise", "pledge", "vow", "offer", "threaten", "decide", "consider", "propose",
    "expect", "try", "attempt", "seek",
    # a reporter's guess is nobody's intent, and a timetable nobody's promise ("is due to
    # visit Port Sudan next week", "are scheduled to meet in Mostar")
    "likely", "poised", "poise", "slate", "due", "schedule", "set"}
REFUSAL_CAUSES = frozenset({"will", "refuse", "decline", "fail", "want", "intend", "plan"})
# "will not allow", "no one will be allowed to": a vow to forbid, which turns down no one's
# request (a warning at most, spec 6); "refused to allow" stays a rejection
FORBIDDING = frozenset({"allow", "permit", "tolerate"})
# CAMEO roots of acts that, only announced for a day to come ("the party would hold a
# sit-in on Thursday"), threaten nobody: a threat needs a condition or a word of threat
ANNOUNCED = frozenset({"14"})
# verbs besides plain speech whose subject speaks for a reported clause ("vowed it would")
REPORTING = frozenset({"vow", "pledge", "promise", "threaten", "warn", "insist", "decide",
                       "agree", "hope", "fear", "demand", "deny"})
# "X said the attack was planned abroad and accused Y": a verbal act joined to a clause
# that a plain verb of saying reports is the speaker's, not the reported clause subject's
SAYING = frozenset({"say", "tell", "add", "state", "announce"})
SPEAKERS_ACTS = frozenset({"accuse", "urge", "call", "appeal", "demand", "thank", "blame",
                           "criticise", "criticize", "condemn", "denounce", "warn", "reject",
                           "welcome", "praise", "ask", "request", "threaten", "vow", "pledge",
                           "promise", "hail", "invite", "insist"})
# words that tell an act as done together ("joint exercises", "combined patrols"): the
# exercise, drill or patrol is cooperation (CAMEO 062), not a show of force
JOINT = frozenset({"joint", "combined"})
# the other side of a pair ("his Iranian counterpart"): never of the actor's own state
OTHER_SIDES = frozenset({"counterpart", "counterparts"})
# who orders a release or an extradition that the order itself carries out
COURTS = frozenset({"court", "judge", "magistrate", "bench", "tribunal", "justice"})
# what a release may be of that sets nobody free ("the release of treated water", "of the
# report", "of funds"): the noun "release" with one of these is no event (events/triggers.py)
RELEASED_THINGS = frozenset({"water", "report", "statement", "video", "footage", "image",
                             "photo", "picture", "data", "figure", "result", "document",
                             "detail", "information", "list", "film", "movie", "album",
                             "book", "transcript", "tape", "recording", "audio", "letter",
                             "draft", "text", "fund", "money", "tranche", "budget", "payment",
                             "gas", "oil", "emission", "balloon", "smoke", "radiation"})
# nouns of what stands once it is made: named with an owner ("its 1951 treaty", "their
# cooperation") or under a preposition ("under a readmission agreement", "a violation of
# the trade agreement"), one is referred to, not reported made, unless a clause on it
# makes it with one of MAKING ("the agreement it signed with Beijing") (events/triggers.py)
STANDING = frozenset({"agreement", "deal", "accord", "pact", "treaty", "cooperation",
                      "co-operation", "collaboration", "partnership"})
MAKING = frozenset({"sign", "reach", "strike", "seal", "conclude", "ink", "agree", "broker",
                    "negotiate", "finalise", "finalize", "clinch", "forge", "launch"})
# buildings and seats that an 'at' or 'in' phrase names as where a meeting or a signing
# was held ("talks at the AU headquarters", "signed in the Kenyan capital"), never whom it
# was held with (events/arguments.py)
VENUES = frozenset({"headquarters", "compound", "capital", "office", "building", "palace",
                    "residence", "hotel", "venue", "seat", "premises", "hall", "resort",
                    "secretariat", "complex"})
# roads and ways a town's name only says where they run ("on the Kampala-Jinja highway"):
# an act done on one is done to nobody the town stands for (events/arguments.py)
ROUTES = frozenset({"highway", "road", "motorway", "expressway", "railway", "railroad",
                    "route", "street", "avenue", "bypass", "bridge", "tunnel"})
# institutions named as the buildings they are in: "students occupied several high schools"
# is done to a place, not to people
PREMISES = frozenset({"school", "college", "university", "hospital", "clinic", "campus",
                      "institute", "academy"})
# what people fight or attack with, never whom: "fought with knives and clubs", "attacked
# the bus with stones" (events/arguments.py)
INSTRUMENTS = frozenset({"knife", "knives", "club", "stick", "rod", "iron rod", "stone", "brick",
                         "sword", "machete", "axe", "spear", "bat", "baton", "lathi", "sickle",
                         "bottle", "petrol bomb", "firecracker", "gun", "rifle", "pistol",
                         "weapon", "arm", "tear gas", "water cannon", "rubber bullet"})
# verbs that tell what an act of force did to people ("..., killing two civilians", "two
# constables were wounded when troops opened fire"): next to that act, its toll, no act
# of its own (events/sentence.py)
HARM = frozenset({"kill", "wound", "injure", "hurt", "maim"})
# what a military strike does to what it strikes ("the strikes hit a depot", "killed 19"):
# a strike that does so is no walkout
STRIKING = HARM | {"hit", "target", "destroy", "damage", "flatten", "level", "strike"}
# what a walkout hits ("the strike hit public transport"): no target of arms
STRUCK_BY_WALKOUTS = frozenset({"transport", "service", "production", "traffic", "flight",
                                "train", "school", "business", "economy", "supply", "port",
                                "industry", "output", "operation", "sector", "trade", "work",
                                "factory", "mine", "office", "bank", "market", "shop"})
# people who read a conflict from outside: what they say a state could do ("analysts said
# Beijing could retaliate") is their guess, nobody's threat
ONLOOKERS = frozenset({"analyst", "expert", "economist", "researcher", "observer",
                       "commentator", "scholar", "academic", "strategist", "specialist",
                       "consultant", "forecaster", "pundit"})
# wars, battles and fights that are figures of speech: one named by what is fought over
# in trade or sport ("a price war", "a bidding war", "a war of words"), or fought against
# an ill that is no party ("the battle against graft", "fighting inflation", "the war on
# dengue")
FIGURATIVE_WARS = frozenset({"war", "battle", "fight", "fighting", "combat", "warfare"})
# what a strike or a hit lands on when it is a figure of speech: "struck a different note",
# "struck a conciliatory tone", "hit a snag", "hit a record high"
STRUCK_FIGURES = frozenset({"note", "tone", "chord", "balance", "pose", "nerve", "snag",
                            "record", "high", "low", "peak", "headline", "wall", "jackpot",
                            "figure", "mark", "milestone", "road", "market",
                            "shelf", "shelves"})
# those who clash only in words when nobody of their forces is named: "Canada and China
# have clashed over trade", "the two governments clashed"
SPEAKING_BODIES = frozenset({"government", "leader", "minister", "capital", "diplomat",
                             "official"})
# ground fought over: "clashed along their border", "in the Galwan valley"
GROUND = frozenset({"border", "frontier", "valley", "line", "village", "town", "post",
                    "crossing", "river", "sea", "island", "shoal", "region", "area"})
# what a fight "for" is for, when it is no war: "the coalition fights for its survival"
FOUGHT_FOR = frozenset({"survival", "life", "title", "trophy", "medal", "vote", "seat",
                        "share", "customer", "job", "pay", "wage", "justice", "recognition",
                        "compensation", "place", "future"})
FOUGHT_OVER = frozenset({"price", "trade", "bidding", "talent", "turf", "culture", "app",
                         "tariff", "currency", "subsidy", "rating", "streaming", "word",
                         "legal", "courtroom", "boardroom", "takeover", "fare", "discount",
                         "marketing", "advertising", "patent", "format"})
ILLS = frozenset({"graft", "corruption", "bribery", "inflation", "poverty", "hunger",
                  "unemployment", "disease", "dengue", "malaria", "cholera", "cancer",
                  "virus", "epidemic", "pandemic", "obesity", "smoking", "tobacco",
                  "illiteracy", "pollution", "climate", "misinformation", "disinformation",
                  "counterfeiting", "piracy", "waste", "red tape", "bureaucracy", "fraud",
                  "tax evasion", "mosquito", "flood", "fire", "blaze", "wildfire", "drought",
                  "price", "prices", "cost", "debt", "deficit"})
# restrictions (CAMEO 172, 1721: bans, barring, blocking) that, imposed on another state
# or its people, firms or goods, are sanctions (CAMEO 163): "India banned dozens of
# Chinese apps", "the EU imposed travel bans on eight Iranian officials"
RESTRICTIONS = frozenset({"172", "1721"})
SANCTIONS = "163"
# verbs of a vow: a vow to retaliate is the threat itself, no promise besides
VOWING = frozenset({"vow", "pledge", "promise", "swear"})
# of those, the ones that threaten only when said how ("in kind", "firmly", "to any ...")
ANSWERING = frozenset({"respond", "react"})
FORCEFUL = frozenset({"kind", "force", "firmly", "strongly", "decisively", "appropriately",
                      "forcefully", "harshly", "resolutely", "proportionately", "militarily"})
# verbs of an approval, which does the act it approves ("approved a loan for Sri Lanka")
APPROVING = frozenset({"approve", "endorse"})
# verbs of a proposal, which asks somebody something unless it puts forward one's own course
PROPOSING = frozenset({"propose", "suggest"})
# verbs of an order: "ordered an inquiry", "decreed the release of ..."
ORDERING = frozenset({"order", "decree"})
# verbs of holding people: an order to do it is the detention ("ordered him held for 18
# months"), and whoever owns the place they are held in holds them ("had been held in
# Tehran's Evin prison", "was detained at an Israeli checkpoint")
HOLDING = frozenset({"hold", "jail", "detain", "remand", "imprison", "keep", "confine",
                     "arrest", "lock"})
# commands to leave, which expel whoever they are given to ("ordered two diplomats to
# leave", "told UN peacekeepers to quit the country")
SENDING_AWAY = frozenset({"order", "tell", "ask"})
LEAVING = frozenset({"leave", "quit", "depart", "exit"})
LEFT_WHOLE = frozenset({"country", "territory", "nation"})  # "to leave the country"
# what only schedules an act ("will hold", "plans to hold", "is set to hold a rally"): no
# threat by itself
SCHEDULING = frozenset({"will", "plan", "intend", "set", "schedule", "due", "going", "prepare",
                        "aim", "mean"})
# praise that is addressed to people, and needs a party among them ("congratulated the
# team" is sport)
CONGRATULATING = frozenset({"congratulate"})
# what one returns to when talks resume: "willing to return to the table"
TALKS = frozenset({"table", "talks", "negotiation", "dialogue"})
# a crowd that force or an arrest is aimed at as protesters, or the protest itself
# ("opened fire on protesters", "dispersed a rally of opposition supporters"): that crowd
# protested, though no verb of the sentence says so (spec 6: the police on the crowd, the
# crowd's protest)
PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher"})
PROTESTS = frozenset({"protest", "demonstration", "rally", "march", "sit-in", "procession",
                      "dharna", "picket"})
CROWDS = PROTESTERS | PROTESTS  # joined once
# what an act is done "at" or "upon" that another asked for: "at President Kiir's request",
# "at the invitation of"
INVITATIONS = frozenset({"request", "invitation", "behest", "call", "appeal"})
# verbs whose object is the audience words are said to ("told a rally", "briefed a meeting"),
# no talks or protest of its own (events/nonevents.py)
ADDRESSING = frozenset({"tell", "address", "brief"})
# subjects that cannot threaten, only put at risk: "the dispute threatens to reignite a war of
# words", "the crisis threatens to engulf the region"
IMPERSONAL = frozenset({"dispute", "row", "crisis", "conflict", "war", "fighting", "violence",
                        "unrest", "tension", "standoff", "stand-off", "spat", "feud", "move",
                        "decision", "plan", "policy", "measure", "law", "bill", "ban", "tariff",
                        "situation", "escalation", "shortage", "drought", "flood", "outbreak",
                        "strike", "protest", "blockade", "deal", "issue", "controversy",
                        "scandal", "case", "trend", "surge", "influx", "delay", "impasse",
                        "deadlock", "closure", "insurgency", "instability", "rift", "clash"})
# what a warning may forecast without threatening anyone: the economy's figures ("warned
# that inflation would rise"); forces of nature are the lexicon's accident causes
MARKETS = frozenset({"inflation", "price", "cost", "rate", "growth", "economy", "unemployment",
                     "deficit", "debt", "currency", "recession", "market", "output", "demand",
                     "supply", "harvest", "crop", "famine", "hunger", "temperature", "level"})
# what a warning foretells of a thing, not of anybody's act: "warned that the reform could
# hurt investment", "that a single clash could spiral", "that a power vacuum could lead to
# chaos"
FORETOLD = frozenset({"lead", "push", "spiral", "slide", "plunge", "hurt", "harm", "damage",
                      "undermine", "fuel", "deepen", "worsen", "destabilise", "destabilize",
                      "derail", "jeopardise", "jeopardize", "miscalculate", "collapse",
                      "backfire", "erode", "weaken", "cripple", "exacerbate", "aggravate",
                      "complicate", "drag", "tip", "spill", "unravel", "escalate", "spread"})
# what a warning of a threat says of the warner's side: "would", "will", "could"
THREAT_AUX = (FUTURE_AUX | HYPOTHETICAL_AUX) - {"should"}  # "should" is advice
# what one offers in words only: "offered his condolences", "extended its sympathy" (CAMEO 018,
# a statement), no offer to do anything
FEELINGS = frozenset({"condolence", "sympathy", "sympathies", "thank", "thanks",
                      "congratulation", "congratulations", "prayer", "greeting", "regret",
                      "wish", "best", "solidarity", "gratitude", "tribute"})
# the verbs that promise an act in their own words ("offered to resign", "pledged to
# withdraw"): a yielding act so promised is a concession (CAMEO 035, spec exceptions
# table). Agreed to, only a withdrawal is (spec section 6): "agreed to reopen the border",
# "to exchange prisoners" are agreements (AGREE).
PROMISING = frozenset({"promise", "pledge", "offer", "vow", "undertake"})
YIELDING = frozenset({"RETREAT", "CONCEDE"})
# verbs that yield when promised, whatever they put off or cut back ("offered to delay the
# tariff rise", "promised to reduce its forces in Georgia"), though no act of their own
EASING = frozenset({"delay", "postpone", "defer", "suspend", "shelve", "scrap", "reduce"})
# the intent to yield of each yielding root (CAMEO 0351-0356); a ceasefire keeps 0871
YIELD_PROMISED = {"081": "0351", "082": "0352", "084": "0353", "085": "0354", "086": "0355",
                  "087": "0356"}
# what one may promise without promising any act: "promised to look at the way ...",
# "pledged to review the rules" (an offer to talk or discuss is still AGREE, spec 6)
LOOKING = frozenset({"look", "review", "consider", "examine", "study", "explore", "weigh",
                     "assess", "evaluate", "reconsider", "reflect", "investigate"})
# who puts somebody "under fire" with words ("came under fire from critics", "from
# lawmakers over the plan"), and who is most often put there: criticism, not shots
CRITICS = frozenset({"critic", "lawmaker", "legislator", "mp", "senator", "parliamentarian",
                     "opposition", "activist", "campaigner", "commentator", "media", "press",
                     "group", "party", "union", "rival", "member", "voter", "investor",
                     "economist", "analyst", "ally", "colleague", "fan", "user", "resident"})
CRITICISED = frozenset({"minister", "president", "premier", "chancellor", "government",
                        "ministry", "official", "leader", "chief", "mayor", "governor",
                        "party", "company", "firm", "bank", "plan", "policy", "bill", "law",
                        "decision", "budget", "proposal", "move", "coach", "manager", "club"})
# what is fired, dropped or set off at a target: a place or craft "hit by" or "targeted by"
# one of these was struck ("a hotel was targeted by a ballistic missile"), whatever it is
FIRED = frozenset({"missile", "rocket", "drone", "shell", "bomb", "mortar", "artillery",
                   "strike", "airstrike", "grenade", "ied", "device", "explosive", "barrage",
                   "salvo", "projectile", "shelling", "bullet", "water cannon", "cannon",
                   "torpedo", "munition", "round", "fire", "gunfire", "bombardment"})
# places, craft and posts an attack is told as done to ("a police station was attacked", "an
# army convoy was ambushed"): their owner is the one attacked (events/arguments.py)
STRUCK_PLACES = frozenset({"station", "post", "outpost", "checkpoint", "base", "camp",
                           "barracks", "convoy", "vehicle", "car", "truck", "bus", "helicopter",
                           "plane", "aircraft", "ship", "vessel", "boat", "embassy", "consulate",
                           "office", "headquarters", "building", "compound", "position",
                           "facility", "depot", "installation", "plant", "pipeline", "residence",
                           "house", "home", "airport", "port", "bridge", "refinery"})
# verbs of letting people go or putting them out, whose "from" names who held them or put
# them out ("were freed from Israeli jails", "were deported from Pakistan")
PUT_OUT_FROM = frozenset({"release", "free", "deport", "expel", "repatriate", "extradite",
                          "send"})
# verbs of setting people free, whose passive leaves unnamed who held them ("were released
# after questioning"; not "were handed over to the fisheries inspector", custody passed on)
SETTING_FREE = frozenset({"release", "free"})
# the places whose owner holds the people held in them (HOLDING)
PRISONS = frozenset({"prison", "jail", "gaol", "penitentiary", "camp", "cell", "checkpoint",
                     "airport", "detention"})

# a crowd that gathers to be seen and heard: "gathered outside the courthouse, chanting
# slogans", "massed outside the government building demanding his resignation", "gathered
# outside parliament" (a rally, CAMEO 141); people gathered for a funeral or a match do none
# of it
GATHERING = frozenset({"gather", "mass", "assemble", "congregate", "converge", "throng"})
CROWD_SIGNS = frozenset({"chant", "shout", "demand", "wave", "hold", "carry", "brandish",
                         "protest", "denounce", "condemn", "burn", "block", "sing", "raise"})
SEATS_BESIEGED = frozenset({"parliament", "ministry", "embassy", "courthouse", "court",
                            "palace", "headquarters", "consulate", "residence", "commission",
                            "secretariat", "legislature", "assembly", "congress", "senate",
                            "office", "offices", "building", "house", "hall", "mission"})

# acts done together, whichever side the text names first (spec 1)
UNORDERED = article.JOINT
