"""Word lists of the event rules (events/sentence.py), kept apart like spaCy's lang/en
files, so that a user can read and extend them: from thucydides.events import words.
"""

from __future__ import annotations

from .modality import INTENT

# what a promised or threatened act becomes: CAMEO root of the act -> intent code
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
                "14": "133", "15": "130", "16": "131", "17": "137", "18": "138", "19": "138",
                "20": "138"}
# words of intent that code no event of their own: "will support" is an AGREE, while
# "promised to support" is already coded by "promise"
INTENT_CAUSES = (INTENT | {"will"}) - {"agree", "promise", "pledge", "vow", "offer", "threaten",
                                       "decide", "consider", "propose", "expect", "try",
                                       "attempt", "seek",
                                       # a reporter's guess is nobody's intent
                                       "likely", "poised"}
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
# words that tell an act as done together ("joint exercises", "combined patrols"): the
# exercise, drill or patrol is cooperation (CAMEO 062), not a show of force
JOINT = frozenset({"joint", "combined"})
# the other side of a pair ("his Iranian counterpart"): never of the actor's own state
OTHER_SIDES = frozenset({"counterpart", "counterparts"})
# who orders a release or an extradition that the order itself carries out
COURTS = frozenset({"court", "judge", "magistrate", "bench", "tribunal", "justice"})
# nouns of what stands once it is made: named with an owner ("its 1951 treaty", "their
# cooperation") or under a preposition ("under a readmission agreement", "a violation of
# the trade agreement"), one is referred to, not reported made, unless a clause on it
# makes it with one of MAKING ("the agreement it signed with Beijing") (events/triggers.py)
STANDING = frozenset({"agreement", "deal", "accord", "pact", "treaty", "cooperation",
                      "co-operation", "collaboration", "partnership"})
MAKING = frozenset({"sign", "reach", "strike", "seal", "conclude", "ink", "agree", "broker",
                    "negotiate", "finalise", "finalize", "clinch", "forge", "launch"})
