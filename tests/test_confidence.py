"""The confidence model (events/confidence.py, trained by train/train_confidence.py): the
features it was trained on are the ones the coder computes, and it tells a story's acts
between states from a lone passing word."""

from __future__ import annotations

import sys

from thucydides.events.confidence import NO_STORY, Told, load_model
from thucydides.records import Article

from .conftest import ROOT

BORDER_WAR = (
    "Ethiopia accused Eritrea on Monday of shelling its border town of Zalambessa. "
    "Ethiopian troops shelled Eritrean positions in response, the defence ministry said. "
    "Eritrea denied the charge and accused Ethiopia of aggression. The United Nations "
    "urged both sides to halt the fighting. Residents of the town fled to nearby villages. "
    "The two states fought a border war from 1998 to 2000.")
# a general-desk story whose one act is a local official's passing word about a shop
BAKERY = (
    "Bread prices in the small town of Naivasha rose by a third this month. The local "
    "bakery said the cost of flour and fuel had doubled since January. Queues formed "
    "outside its shop on Saturday morning. The mayor criticised the bakery for raising its "
    "prices, residents said. The bakery's owner said she would keep a cheaper loaf for "
    "pensioners. A second bakery is due to open in the spring.")


def rated(coder, text: str) -> dict:
    coder.rated_features = {}
    try:
        coded = coder.code(Article("t", text, "2024-03-04"))
        return {e.id: (e, coder.rated_features[e.id]) for e in coded.events if e.asserted}
    finally:
        coder.rated_features = None


def test_the_model_weighs_what_the_coder_computes(coder):
    """Every feature the coder computes for an event is one the shipped model has a weight
    for, and the model weighs what the article's other acts tell (how many there are, an
    act told twice, the states the story is most about)."""
    weights = load_model().weights
    names = {n for _, named in rated(coder, BORDER_WAR).values() for n in named}
    assert names and names <= set(weights), names - set(weights)
    assert {"acts=6-15", "main_state", "mode=None"} <= names
    for name in ("repeated", "main_state", "acts=1", "acts=6-15", "mode=arrest"):
        assert weights.get(name), name


def test_a_short_text_is_not_weighed_as_a_story_of_one_act(coder):
    """A sentence or a note has one act by its length: the weight of a story's lone act
    (most often a passing word in a long story) is not put on it."""
    (_, named), = rated(coder, "Ethiopian troops shelled Eritrean positions on Monday.").values()
    assert "acts=short" in named and "acts=1" not in named


def test_an_act_told_twice_is_weighed_as_such(coder):
    story = rated(coder, BORDER_WAR + " On Wednesday Ethiopia accused Eritrea of firing rockets "
                  "at a second town.")
    repeated = [named for e, named in story.values()
                if (e.type, e.actor.code, e.recipient.code) == ("ACCUSE", "ETH", "ERI")]
    assert len(repeated) == 2 and all("repeated" in named for named in repeated)
    assert Told.of([]) == NO_STORY


def test_a_lone_passing_word_is_rated_far_below_a_story_of_acts_between_states(code_all):
    """Real news is full of words of criticism by people in no political role, the one act
    of a general-desk story (docs/accuracy.md): the model learns from text no rule was
    written for (the calibration units) that such an act is most often no event (0.48
    before, 0.21 now)."""
    war = {(e.type, e.actor.code, e.recipient.code): e.confidence
           for e in code_all(BORDER_WAR).events if e.asserted}
    bakery = [e.confidence for e in code_all(BAKERY).events if e.asserted]
    assert war[("ACCUSE", "ETH", "ERI")] >= 0.8, war
    assert bakery and max(bakery) < 0.3, bakery


def test_an_article_reports_no_act_under_the_threshold_and_a_lone_sentence_its_act(code):
    """In a whole article an asserted act the model rates under its threshold is not
    reported (the bakery's one act); a short text keeps its act whatever the rating: it
    tells too little of its story for the model to judge it by."""
    assert load_model().threshold > 0
    assert not [e for e in code(BAKERY).events if e.asserted]
    lone = "Police fired tear gas at protesters in Lagos."
    kept = [e for e in code(lone).events if e.asserted]
    assert kept and min(e.confidence for e in kept) < load_model().threshold, kept


def test_training_trains_on_the_calibration_units_and_keeps_their_scores_unseen():
    """train/train_confidence.py: with --calibration-weight the calibration units (text no
    rule was written for) weigh in training; their scores for the Platt scaling come from
    models not trained on them; the penalty is the strongest whose loss is near the best."""
    sys.path.insert(0, str(ROOT / "train"))
    from train_confidence import cross_fitted, strongest_near_best, train_weights

    assert strongest_near_best({0.3: 0.5714, 1.0: 0.5714, 3.0: 0.5744, 10.0: 0.585}) == 3.0
    right = ({"id": "a", "events": [{"type": "ACCUSE", "actor": "ETH", "recipient": "ERI"}]},
             [({"bias": 1.0, "x": 1.0}, ("ACCUSE", "ETH", "ERI"))])
    wrong = ({"id": "b", "events": []}, [({"bias": 1.0, "x": 1.0}, ("ACCUSE", "ETH", "ERI"))])
    assert train_weights([right], 1.0, [wrong], 0.0) == train_weights([right], 1.0)
    assert train_weights([right], 1.0, [wrong], 3.0)["x"] < train_weights([right], 1.0)["x"]
    # each scored by a model without it: the wrong unit by one that saw only right ones
    unseen = cross_fitted([right], [wrong, ({"id": "c", **right[0]}, right[1])], 1.0, 3.0)
    assert unseen[0][0] > 0 > unseen[1][0]


def test_a_state_named_beside_the_sides_lowers_the_rating(coder):
    """A sentence that names a state which is neither side (a mediator, a venue, a state
    the parse took a side from) is where sides go wrong: the model knows it and weighs it
    down."""
    def named(text: str) -> dict:
        (_, features), = [(e, f) for e, f in rated(coder, text).values()
                          if (e.type, e.actor.code, e.recipient.code) == ("ACCUSE", "ETH", "ERI")]
        return features

    assert "third_state" in named("Ethiopia accused Eritrea of shelling Zalambessa, Kenyan "
                                  "diplomats said.")
    assert "third_state" not in named("Ethiopia accused Eritrea of shelling Zalambessa.")
    assert load_model().weights["third_state"] < 0


def test_a_state_acting_on_itself_is_weighed_by_the_kind_of_act(coder):
    """Police arresting protesters at home is common; a state's talks or aid with itself
    are mostly a side misread: a self-loop is weighed by its quad class."""
    weights = load_model().weights
    found = rated(coder, "Police in Lima arrested 40 protesters on Monday.").values()
    assert any("same_sides_quad=4" in features for _, features in found), found
    assert weights["same_sides_quad=1"] < weights["same_sides_quad=4"]


def test_an_act_told_twice_the_same_day_is_one_record_weighed_as_told_twice(coder):
    story = rated(coder, BORDER_WAR + " Addis Ababa's envoy to the UN also accused Eritrea "
                  "of the shelling.")
    accusations = [named for e, named in story.values()
                   if (e.type, e.actor.code, e.recipient.code) == ("ACCUSE", "ETH", "ERI")]
    assert len(accusations) == 1 and "repeated" in accusations[0], accusations


def test_an_act_between_the_sides_a_story_is_about_is_reported_however_it_is_rated(seed):
    """The founding article's "which NATO has firmly rejected", told in a relative clause of
    a sentence that names Ukraine too, is rated low; it is an act between the sides the
    story is about, and a story of acts is there to tell those."""
    rejection = [e for e in seed.events
                 if (e.type, e.actor.code, e.recipient.code) == ("REJECT", "NATO", "RUS")]
    assert rejection and rejection[0].asserted, rejection
