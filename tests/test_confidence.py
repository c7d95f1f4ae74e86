"""The confidence model (events/confidence.py, trained by train/train_confidence.py): the
features it was trained on are the ones the coder computes, and it tells a story's acts
between states from a lone passing word."""

from __future__ import annotations

from thucydides.events.confidence import NO_STORY, Told, load_model
from thucydides.records import Article

BORDER_WAR = (
    "Ethiopia accused Eritrea on Monday of shelling its border town of Zalambessa. "
    "Ethiopian troops shelled Eritrean positions in response, the defence ministry said. "
    "Eritrea denied the charge and accused Ethiopia of aggression. The United Nations "
    "urged both sides to halt the fighting.")
# one passing word of a local official about a shop: no political event, told once
BAKERY = ("The mayor of a small town in Kenya criticised the local bakery for raising its "
          "prices, residents said.")


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
    assert {"acts=2-5", "main_state", "mode=None"} <= names
    for name in ("repeated", "main_state", "acts=1", "acts=6-15", "mode=arrest"):
        assert weights.get(name), name


def test_an_act_told_twice_is_weighed_as_such(coder):
    story = rated(coder, BORDER_WAR + " On Wednesday Ethiopia accused Eritrea of firing rockets "
                  "at a second town.")
    repeated = [named for e, named in story.values()
                if (e.type, e.actor.code, e.recipient.code) == ("ACCUSE", "ETH", "ERI")]
    assert len(repeated) == 2 and all("repeated" in named for named in repeated)
    assert Told.of([]) == NO_STORY


def test_a_lone_passing_word_is_rated_far_below_a_story_of_acts_between_states(coder):
    """Real news is full of words of criticism by people in no political role, told once
    (docs/accuracy.md, general desk): the model learns from text no rule was written for
    (the calibration units) that such an act is most often no event."""
    war = {(e.type, e.actor.code, e.recipient.code): e.confidence
           for e, _ in rated(coder, BORDER_WAR).values()}
    bakery = [e.confidence for e, _ in rated(coder, BAKERY).values()]
    assert war[("ACCUSE", "ETH", "ERI")] >= 0.8, war
    assert bakery and max(bakery) < 0.35, bakery
