"""Accuracy on whole articles, from the gold the repository holds (tests/data): it runs in
any checkout. The figures guard what docs/accuracy.md reports; the held-out sets decide."""

from __future__ import annotations

import json
import sys

import pytest

from thucydides.evaluation import Score, asserted_triples
from thucydides.records import Article

from .conftest import ROOT, read_jsonl, run_cli

pytestmark = pytest.mark.slow
DATA = ROOT / "tests" / "data"


# session 11's sets, written before the coder ran on them: odd ids developed on, even
# ids only checked (tests/data/README.md)
NEW_SETS = ("articles-wire3.jsonl", "articles-mixed.jsonl", "articles-desk.jsonl",
            "sentences-modality.jsonl", "articles-news5.jsonl", "articles-nonpol3.jsonl",
            "articles-news6.jsonl", "articles-news7.jsonl", "articles-news8.jsonl",
            "articles-news9.jsonl", "articles-news10.jsonl", "articles-news11.jsonl",
            "articles-long.jsonl", "articles-long2.jsonl", "articles-long3.jsonl",
            "articles-long4.jsonl", "articles-long5.jsonl", "articles-desk2.jsonl",
            "articles-long6.jsonl", "articles-long7.jsonl", "articles-news12.jsonl",
            "articles-long8.jsonl", "articles-news13.jsonl", "articles-desk3.jsonl",
            "articles-news14.jsonl", "articles-long9.jsonl", "articles-long10.jsonl",
            "articles-news15.jsonl", "articles-news16.jsonl", "articles-desk4.jsonl",
            "articles-long11.jsonl", "articles-news17.jsonl", "articles-news18.jsonl",
            "articles-desk5.jsonl", "articles-long12.jsonl", "articles-news19.jsonl",
            "articles-desk6.jsonl", "articles-long13.jsonl", "articles-news20.jsonl",
            "articles-desk7.jsonl", "articles-desk8.jsonl",
            "articles-long14.jsonl", "articles-news21.jsonl", "articles-long15.jsonl",
            "articles-news22.jsonl", "articles-news23.jsonl", "articles-long16.jsonl",
            "articles-long17.jsonl", "articles-news24.jsonl",
            "articles-long18.jsonl", "articles-news25.jsonl",
            "articles-news26.jsonl", "articles-long19.jsonl",
            "articles-news27.jsonl", "articles-long20.jsonl",
            "articles-news28.jsonl", "articles-long21.jsonl",
            "articles-news29.jsonl", "articles-long22.jsonl")


def units(name: str) -> list[dict]:
    return read_jsonl(DATA / name)


@pytest.fixture(scope="module")
def coded(coder):
    """Every gold article of tests/data coded once: id -> CodedArticle."""
    found = {}
    for name in ("articles-dev.jsonl", "articles-wide.jsonl", "articles-own.jsonl",
                 "articles-own2.jsonl", "articles-nonpol.jsonl", "articles-nonpol2.jsonl",
                 "articles-police.jsonl", "snippets-acled.jsonl", "snippets-acled2.jsonl",
                 "seed.jsonl", "articles-news4.jsonl", *NEW_SETS):
        batch = [Article(u["id"], u["text"], u.get("date")) for u in units(name)]
        found.update({c.article.id: c for c in coder.code_many(batch)})
    return found


def score(coded, name: str, prefix: str = "") -> Score:
    total = Score()
    for unit in units(name):
        if unit["id"].startswith(prefix):
            total.add(unit, asserted_triples(coded[unit["id"]].events))
    return total


def test_whole_articles_event_f1_and_precision(coded):
    figures = score(coded, "articles-dev.jsonl")
    assert figures.f1 >= 0.69 and figures.precision >= 0.72, str(figures)


def test_the_half_not_developed_on_scores_as_the_other(coded):
    developed, held = score(coded, "articles-dev.jsonl", "dva"), \
        score(coded, "articles-dev.jsonl", "dvb")
    # a half is 12 articles: one event moves its F1 by about 0.01. The gap is 0.09 now
    # (dva 0.76, dvb 0.67): dvb has not moved since 0.66 while dva rose, a warning that some
    # of dva's gain is its own (docs/accuracy.md)
    assert held.f1 >= 0.65 and held.f1 >= developed.f1 - 0.10, (str(developed), str(held))


def test_no_negated_or_hypothetical_event_of_the_developed_half_is_asserted(coded):
    assert score(coded, "articles-dev.jsonl", "dva").forbidden == 0


def test_wide_articles_event_f1(coded):
    figures = score(coded, "articles-wide.jsonl")
    assert figures.f1 >= 0.71, str(figures)


def test_articles_written_like_real_news_event_f1_and_precision(coded):
    """Wire copy, South Asian local reports (some lower-cased, some stripped of their
    punctuation), non-political stories and analysis pieces (articles-own2.jsonl)."""
    figures = score(coded, "articles-own2.jsonl")
    assert figures.f1 >= 0.63 and figures.precision >= 0.65 and figures.forbidden == 0, \
        str(figures)


def test_south_asian_police_reports_event_f1(coded):
    """Lathi charges, police firing, custody words, attacks on police, in reports six of
    which are lower-cased and two stripped of punctuation (articles-police.jsonl)."""
    figures = score(coded, "articles-police.jsonl")
    assert figures.f1 >= 0.80 and figures.forbidden == 0, str(figures)


def test_short_event_notes_event_f1(coded):
    """Notes in the manner of ACLED: a leading date, a place with its district and province
    in brackets, size and fatality furniture; 17 of the 80 hold no event
    (snippets-acled.jsonl; odd ids developed on, even ids only checked)."""
    figures = score(coded, "snippets-acled.jsonl")
    assert figures.f1 >= 0.78 and figures.forbidden == 0, str(figures)


def test_second_set_of_short_event_notes_event_f1(coded):
    """100 more notes in the manner of ACLED over all its sub-event types and seven regions,
    14 of them with no event of ours, a few lower-cased or stripped of punctuation
    (snippets-acled2.jsonl, written before the coder was run on them; odd ids developed on,
    even ids only checked). Event F1 0.74 (odd 0.79, even 0.67) when the floor was set, 0.76
    (odd 0.82, even 0.69) after the bombs planted by nobody named."""
    figures = score(coded, "snippets-acled2.jsonl")
    assert figures.f1 >= 0.73 and figures.forbidden == 0, str(figures)
    held = Score()
    for unit in units("snippets-acled2.jsonl"):
        if int(unit["id"][-3:]) % 2 == 0:
            held.add(unit, asserted_triples(coded[unit["id"]].events))
    assert held.f1 >= 0.66, str(held)


def half(coded, name: str, odd: bool) -> Score:
    total = Score()
    for unit in units(name):
        if (int(unit["id"].rsplit("-", 1)[1]) % 2 == 1) == odd:
            total.add(unit, asserted_triples(coded[unit["id"]].events))
    return total


@pytest.mark.parametrize("name, odd_floor, even_floor, odd_forbidden", [
    # event F1 when the floors were set, odd / even: 0.77 / 0.64, 0.62 / 0.42, 0.88 / 0.69,
    # 0.77 / 0.62 (docs/accuracy.md); the even halves are the confidence model's scaling set
    ("articles-wire3.jsonl", 0.72, 0.58, 0),
    ("articles-mixed.jsonl", 0.55, 0.36, 2),  # a ministry asking residents; a judge in a civil suit
    ("articles-desk.jsonl", 0.82, 0.63, 0),
    ("sentences-modality.jsonl", 0.70, 0.56, 0),
])
def test_session_11_sets_by_half(coded, name, odd_floor, even_floor, odd_forbidden):
    developed, held = half(coded, name, True), half(coded, name, False)
    assert developed.f1 >= odd_floor and developed.forbidden <= odd_forbidden, str(developed)
    assert held.f1 >= even_floor, str(held)


def test_seed_article(coded):
    figures = score(coded, "seed.jsonl")
    assert figures.f1 >= 0.90 and figures.forbidden == 0, str(figures)  # issue 11


def test_non_political_stories_give_no_events(coded):
    """A rocket launch, a product review, a theft, a cricket match, company results, a
    weather warning, a school fair, a wedding (tests/data/README.md, category A)."""
    for unit in units("articles-own.jsonl"):
        if unit["id"].startswith("own-a"):
            events = [(e.type, e.trigger.text) for e in coded[unit["id"]].events if e.asserted]
            assert events == [], unit["id"]


def test_few_false_alarms_in_stories_with_no_political_event(coded):
    """78 stories of sport, business, accidents, disasters, health, crime and culture
    (articles-nonpol.jsonl, 36, articles-nonpol2.jsonl, 12, and articles-nonpol3.jsonl, 30,
    the last two written as checks, the third blind): every asserted event is a false
    alarm. 33 + 14 + 7 when the sets were written, 1 + 1 + 7 now (docs/accuracy.md)."""
    alarms = [(u["id"], e.type, e.trigger.text)
              for name in ("articles-nonpol.jsonl", "articles-nonpol2.jsonl",
                           "articles-nonpol3.jsonl")
              for u in units(name) for e in coded[u["id"]].events if e.asserted]
    assert len(alarms) <= 12, alarms


def test_a_check_set_written_like_the_held_out_news(coded):
    """30 articles in the manner of the held-out real news (articles-news4.jsonl, session 12,
    written before the coder ran on it and never developed on): wire copy of four decades,
    South Asian reports, general-desk stories with no political event (n4-17 to n4-24) and
    academic analyses. Event F1 0.585 when written, 0.588 now; 7 false alarms on the eight
    general-desk stories; no outlet a party."""
    figures = score(coded, "articles-news4.jsonl")
    assert figures.f1 >= 0.55, str(figures)
    desk = [(u["id"], e.type) for u in units("articles-news4.jsonl")
            if 17 <= int(u["id"][-2:]) <= 24 for e in coded[u["id"]].events if e.asserted]
    assert len(desk) <= 9, desk
    assert not any(side.kind == "outlet" for u in units("articles-news4.jsonl")
                   for e in coded[u["id"]].events for side in (e.actor, e.recipient))


# the blind check sets: written from the spec alone, before the coder ever ran on them
# (tests/data/README.md), with a floor under the event F1 each scored at its session's end
BLIND_SETS = [
    ("articles-news5.jsonl", 0.62),  # session 15: 0.658 when written
    ("articles-news6.jsonl", 0.64),  # session 16: South Asian reports, wire stories: 0.676
    ("articles-news7.jsonl", 0.61),  # session 17: Africa, the Andes, the Nordics: 0.643
    ("articles-news8.jsonl", 0.60),  # session 18: 0.626 at the session's start
    ("articles-news9.jsonl", 0.63),  # session 19: 0.660 on the session's starting code
    ("articles-news10.jsonl", 0.61),  # session 20, developed on: 0.612 when written, 0.639
    ("articles-news11.jsonl", 0.66),  # session 20: 0.691 when written, 0.695
    ("articles-long.jsonl", 0.56),  # session 20, 600-950 words: 0.529 when written, 0.596
    ("articles-long2.jsonl", 0.61),  # session 20, long wire stories: 0.637, 0.642
    ("articles-long3.jsonl", 0.67),  # session 20, long national papers: 0.691, 0.704
    ("articles-long4.jsonl", 0.56),  # session 21, long, developed on: 0.537, 0.589
    ("articles-long5.jsonl", 0.49),  # session 21, long: 0.513 when written, 0.515
    ("articles-desk2.jsonl", 0.70),  # session 21, South Asian desks, odd ids developed on:
                                     # 0.692 when written, 0.728
    ("articles-long6.jsonl", 0.64),  # session 22, long, odd ids developed on: 0.669
    ("articles-long7.jsonl", 0.59),  # session 22, long: 0.622 when written
    ("articles-news12.jsonl", 0.68),  # session 22, odd ids developed on: 0.708 when written
    ("articles-long8.jsonl", 0.56),  # session 22, long, odd ids developed on: 0.594
    ("articles-news13.jsonl", 0.45),  # session 22: 0.476 when written (expulsions coded
                                      # COERCE 174 as well as SANCTION 161)
    ("articles-desk3.jsonl", 0.77),  # session 22, South Asian desks, odd ids developed on:
                                     # 0.795 when written
    ("articles-news14.jsonl", 0.56),  # session 22: 0.590 when written
    ("articles-long9.jsonl", 0.54),  # session 23, long: 0.562 when written
    ("articles-long10.jsonl", 0.59),  # session 23, long: 0.617 when written
    ("articles-news15.jsonl", 0.58),  # session 23, odd ids developed on: 0.602 when written
    ("articles-news16.jsonl", 0.55),  # session 23: 0.579 when written
    ("articles-desk4.jsonl", 0.64),  # session 23, South Asian and African desks, odd ids
                                     # developed on: 0.667 when written
    ("articles-long11.jsonl", 0.51),  # session 24, long, odd ids developed on: 0.540
    ("articles-news17.jsonl", 0.65),  # session 24, odd ids developed on: 0.677
    ("articles-news18.jsonl", 0.60),  # session 24: 0.621 when written
    ("articles-desk5.jsonl", 0.69),  # session 24, desks, odd ids developed on: 0.721
    ("articles-long12.jsonl", 0.53),  # session 25, long, odd ids developed on: 0.562
    ("articles-news19.jsonl", 0.60),  # session 25: 0.625 when written
    ("articles-desk6.jsonl", 0.80),  # session 25, desks, odd ids developed on: 0.827
    ("articles-long13.jsonl", 0.62),  # session 26, long, odd ids developed on: 0.644
    ("articles-news20.jsonl", 0.60),  # session 26: 0.627 when written
    ("articles-desk7.jsonl", 0.78),  # session 26, desks, odd ids developed on: 0.810
    ("articles-desk8.jsonl", 0.77),  # session 27, desks, odd ids developed on: 0.800
    ("articles-long14.jsonl", 0.58),  # session 27, long, odd ids developed on: 0.605
    ("articles-news21.jsonl", 0.58),  # session 27: 0.605 when written
    ("articles-long15.jsonl", 0.65),  # session 28, long, odd ids developed on: 0.674
    ("articles-news22.jsonl", 0.51),  # session 28: 0.541 when written
    ("articles-news23.jsonl", 0.59),  # session 29: 0.614 when written
    ("articles-long16.jsonl", 0.69),  # session 29, long, odd ids developed on: 0.718
    ("articles-long17.jsonl", 0.66),  # session 30, long, odd ids developed on: 0.690
    ("articles-news24.jsonl", 0.645),  # session 30: 0.672 when written
    ("articles-long18.jsonl", 0.655),  # session 31, long, odd ids developed on: 0.685
    ("articles-news25.jsonl", 0.515),  # session 31: 0.545 when written
    ("articles-news26.jsonl", 0.570),  # session 32: 0.600 when written
    ("articles-long19.jsonl", 0.585),  # session 32, long, odd ids developed on: 0.615
    ("articles-news27.jsonl", 0.540),  # session 33: 0.570 when written
    ("articles-long20.jsonl", 0.575),  # session 33, long, odd ids developed on: 0.603
    ("articles-news28.jsonl", 0.535),  # session 34: 0.562 when written
    ("articles-long21.jsonl", 0.655),  # session 34, long, odd ids developed on: 0.686
    ("articles-news29.jsonl", 0.580),  # session 35: 0.609 when written
    ("articles-long22.jsonl", 0.580),  # session 35, long, odd ids developed on: 0.610
]


@pytest.mark.parametrize("name, floor", BLIND_SETS)
def test_the_blind_check_sets_written_like_the_held_out_news(coded, name, floor):
    """Whole articles in the manner of the held-out real news (wire stories, broadcasters,
    South Asian dailies lower-cased and stripped, analyses and stories with no political
    event): the event F1 stays over its floor, and no outlet is a party."""
    figures = score(coded, name)
    assert figures.f1 >= floor, str(figures)
    assert not any(side.kind == "outlet" for u in units(name)
                   for e in coded[u["id"]].events for side in (e.actor, e.recipient))


def test_no_news_agency_is_a_party(coded, coder):
    """Wire stories with datelines, headline suffixes and 'told Reuters' (category B): the
    agency is the source, never the actor or recipient of an event."""
    outlets = coder.outlets
    for unit in units("articles-own.jsonl"):
        if not unit["id"].startswith("own-b"):
            continue
        for e in coded[unit["id"]].events:
            for side in (e.actor, e.recipient):
                assert side.kind != "outlet", (unit["id"], e.type, side)
                assert (side.text or "").lower() not in outlets, (unit["id"], e.type, side)


def test_every_asserted_event_has_a_party(coded):
    """Or, in a text whose state the coder cannot tell ("(Bor, Bor)": a town it lacks), is
    an act of the police or soldiers, or an arrest by nobody named (spec 6, and the riot
    sentences of tests/test_police.py)."""
    for c in coded.values():
        stateless = not any(e.actor.code or e.recipient.code for e in c.events)
        for e in c.events:
            if e.asserted and not (e.actor.code or e.recipient.code):
                forces = e.actor.sector in ("COP", "MIL") or \
                    (e.actor.text is None and e.cameo.startswith("173"))
                assert stateless and forces, (c.article.id, e.type, e.trigger)


def test_confident_events_are_right_more_often(coded):
    """Confidence means something: the events rated 0.8 or more are right more often than
    the events rated under 0.6 (docs/accuracy.md has the table)."""
    high, low = Score(), Score()
    for name in ("articles-dev.jsonl", "articles-wide.jsonl"):
        for unit in units(name):
            events = coded[unit["id"]].events
            high.add(unit, asserted_triples(e for e in events if e.confidence >= 0.8))
            low.add(unit, asserted_triples(e for e in events if e.confidence < 0.6))
    assert low.tp + low.fp >= 20, str(low)  # enough events below to compare with
    assert high.precision > low.precision + 0.1, (str(high), str(low))


def test_every_text_of_the_repository_codes_in_one_batch(tmp_path):
    """The examples, every gold article and a generated benchmark corpus, one batch through
    `code --input`: one line out for each in, and no error."""
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import generate

    texts = [json.loads(line) for line in (ROOT / "examples" / "wire.jsonl").open()]
    texts.append({"id": "seed", "text": (ROOT / "examples" / "seed-article.txt").read_text()})
    for name in ("articles-dev.jsonl", "articles-wide.jsonl", "articles-own.jsonl",
                 "articles-own2.jsonl", "articles-fresh.jsonl", "articles-nonpol.jsonl",
                 "articles-nonpol2.jsonl", "articles-police.jsonl", "snippets-acled.jsonl",
                 "snippets-acled2.jsonl", *NEW_SETS):
        texts += [{"id": u["id"], "text": u["text"], "date": u["date"]} for u in units(name)]
    texts += [{"id": a.id, "text": a.text, "date": a.date} for a in generate(300)]
    batch = tmp_path / "all.jsonl"
    batch.write_text("".join(json.dumps(t) + "\n" for t in texts), encoding="utf-8")
    proc = run_cli("code", "--input", str(batch), "--output", str(tmp_path / "out.jsonl"))
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    lines = read_jsonl(tmp_path / "out.jsonl")
    assert [line["id"] for line in lines] == [t["id"] for t in texts]
    assert [line for line in lines if "error" in line] == []


def battery_right(coder, name: str) -> tuple[int, int]:
    """How many lines of a sentence battery the coder gets right: `TYPE ACTOR RECIPIENT`
    asserted (either way round for AGREE, CONSULT, COOPERATE; '-' for no code), `!TYPE`
    none of that type asserted, `!ANY` nothing asserted."""
    lines = [line.rstrip("\n").split("\t") for line in (DATA / name).open(encoding="utf-8")
             if line.strip() and not line.startswith("#")]
    coded = coder.code_many([Article(f"b{i}", text, "2024-05-01")
                             for i, (_, _, text) in enumerate(lines)])
    right = 0
    for (_, expect, _), article in zip(lines, coded, strict=True):
        found = {(e.type, e.actor.code, e.recipient.code) for e in article.events if e.asserted}
        if expect == "!ANY":
            right += not found
        elif expect.startswith("!"):
            right += not any(t[0] == expect[1:] for t in found)
        else:
            kind, actor, recipient = (None if w == "-" else w for w in expect.split())
            right += (kind, actor, recipient) in found or (
                kind in ("AGREE", "CONSULT", "COOPERATE") and (kind, recipient, actor) in found)
    return right, len(lines)


@pytest.mark.parametrize("name, floor", [("battery-general.tsv", 278),
                                         ("battery-wire.tsv", 218),
                                         ("battery-nonevents.tsv", 222),
                                         ("battery-sides.tsv", 221),
                                         ("battery-clauses.tsv", 213),
                                         ("battery-cameo.tsv", 315),
                                         ("battery-recall.tsv", 270),
                                         ("battery-dyads.tsv", 255),
                                         ("battery-desk.tsv", 222),
                                         ("battery-verbal.tsv", 250),
                                         ("battery-narrative.tsv", 222),
                                         ("battery-syntax.tsv", 315),
                                         ("battery-voice.tsv", 252),
                                         ("battery-yield.tsv", 272),
                                         ("battery-violence.tsv", 360),
                                         ("battery-diplomacy.tsv", 412),
                                         ("battery-pairs.tsv", 392),
                                         ("battery-speakers.tsv", 370),
                                         ("battery-context.tsv", 335)])
def test_the_blind_sentence_batteries(coder, name, floor):
    """Sentences written from the spec by helpers who never ran the coder: general
    English and wire and incident copy (session 16: 258 of 302 and 204 of 250 right when
    written, 285 and 225 now); non-events in political news, sides from the article and
    less common acts, and acts inside long sentences (session 17: 219 of 253, 210 of 263
    and 205 of 302 when written, 224, 227 and 218 after the fixes they led to); one-sentence
    wire events across CAMEO's twenty roots, sport, firms, ultimatums and acts said not to
    have happened (session 18: 288 of 359 when written, 323 after the fixes); acts of the
    types most often missed in news, sides of the types most often wrong, and South Asian,
    African and Latin American desk and incident reports, many lower-cased or stripped
    (session 19: 270 of 317, 256 of 293 and 219 of 280 when written); verbal acts whose
    sides news names in many ways, and passages from the middle of long articles (session
    20: 252 of 305 and 223 of 301 on the session's starting code, 257 and 229 after the
    fixes they led to); the syntax of news that hides who did what to whom (session 21:
    319 of 405 on the session's starting code, 322 after); who acts on whom when the voice
    or the wording hides it, passives, 'came under fire', acts as nouns, proxies, pairs
    (session 22: 225 of 388 on the session's starting code, 262 after); releases,
    withdrawals, sanctions lifted, resignations, pardons and concessions, with controls
    (session 22: 261 of 398 on the session's starting code, 280 after); violence and force,
    and diplomacy and cooperation, as news words them, with controls (session 23: 354 of 456
    and 406 of 524 on the session's starting code); verbal acts told through their speakers,
    quotes before and after, spokespeople, seats of power and counter-accusations (session
    25: 380 of 490 on the session's starting code); sides that only the snippet's earlier
    sentences or its dateline name (session 26: 346 of 505 on the session's starting
    code)."""
    right, total = battery_right(coder, name)
    assert right >= floor, f"{right} of {total}"


def test_the_blind_days_and_places_battery(coder):
    """Short whole articles written from the spec by a helper who never ran the coder
    (session 18, tests/data/battery-days.tsv): of the listed acts the coder finds, the day
    right (a range or a month where the text says no more) and the place's state right.
    Session 18: 112 of 128 days and 116 of 127 places when written; 120 of 129 and 118 of
    128 after the fixes they led to."""
    lines = [line.rstrip("\n").split("\t") for line in (DATA / "battery-days.tsv")
             .open(encoding="utf-8") if line.strip() and not line.startswith("#")]
    coded = coder.code_many([Article(f"d{i}", text.replace("  ", "\n\n"), published)
                             for i, (published, _, _, _, text) in enumerate(lines)])
    found = days = placed = places = 0
    for (_, expect, day, country, _), article in zip(lines, coded, strict=True):
        kind, actor, recipient = (None if w == "-" else w for w in expect.split())
        events = [e for e in article.events if e.asserted and e.type == kind and (
            (e.actor.code, e.recipient.code) == (actor, recipient) or
            kind in ("AGREE", "CONSULT", "COOPERATE") and
            (e.recipient.code, e.actor.code) == (actor, recipient))]
        if not events:
            continue
        found += 1
        days += any(_day_fits(day, e.date or "") for e in events)
        if country != "-":
            places += 1
            placed += any(e.location is not None and e.location.country == country
                          for e in events)
    assert found >= 120 and days >= 0.9 * found and placed >= 0.88 * places, \
        (found, days, placed, places)


def _day_fits(spec: str, day: str) -> bool:
    """A day against the battery's: a day, a month (YYYY-MM) or a range (A..B)."""
    if ".." in spec:
        first, last = spec.split("..")
        return first <= day[:10] <= last
    return day.startswith(spec) if len(spec) == 7 else day[:10] == spec
