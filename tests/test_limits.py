"""Limits on what one article may cost: its length, the length of its sentences and the time
spent coding it. Past each, text is cut, split or left uncoded, and a warning says so."""

from __future__ import annotations

import duckdb
import pytest

from thucydides.cli import main
from thucydides.coder import Coder
from thucydides.nlp.prepare import split_long_sentences
from thucydides.records import Article
from thucydides.settings import Settings

from .conftest import triples

THREE = "Russia attacked Ukraine. China condemned Japan. Iran threatened Israel."
ALL_THREE = {("ASSAULT", "RUS", "UKR"), ("ACCUSE", "CHN", "JPN"), ("THREATEN", "IRN", "ISR")}
# words with no sentence end: one sentence as long as one likes
FILLER = "the delegates talked about trade and fisheries while the talks went on "


def coded_with(text: str, **limits):
    return Coder(Settings(**limits)).code(Article(id="t", text=text, date="2022-03-03"))


def test_text_past_max_article_chars_is_cut_with_a_warning():
    coded = coded_with(THREE, max_article_chars=len("Russia attacked Ukraine."))
    assert triples(coded) == {("ASSAULT", "RUS", "UKR")}
    assert coded.warnings == ["text cut at 24 characters (max_article_chars)"]


def test_an_overlong_sentence_is_split_at_spaces_with_a_warning():
    text = FILLER * 40 + "and Russia attacked Ukraine. China condemned Japan."
    coded = coded_with(text, max_sentence_chars=300, guess_sentence_ends=False,
                       drop_unlikely=False)  # two acts amid filler: rated low
    assert coded.warnings == ["1 sentence(s) longer than 300 characters split before parsing "
                              "(max_sentence_chars)"]
    assert {("ASSAULT", "RUS", "UKR"), ("ACCUSE", "CHN", "JPN")} <= triples(coded)
    for event in coded.events:
        evidence = event.evidence
        assert len(evidence.text) <= 300
        assert text[evidence.start:evidence.end] == evidence.text


def test_pieces_start_after_spaces_and_stay_within_the_limit(coder):
    text = (FILLER * 30).strip()
    doc = coder.nlp.make_doc(text)
    assert split_long_sentences(doc, 250) == 1
    starts = [t.idx for t in doc if t.is_sent_start] + [len(text)]
    assert starts[0] == 0 and len(starts) > len(text) // 250
    for start, end in zip(starts, starts[1:], strict=False):
        assert 0 < len(text[start:end].rstrip()) <= 250
        assert start == 0 or text[start - 1] == " "


def test_a_word_longer_than_the_limit_is_left_whole(coder):
    text = "Russia said " + "x" * 500 + " and Ukraine agreed"
    doc = coder.nlp.make_doc(text)
    assert split_long_sentences(doc, 100) == 1
    assert [t.text for t in doc if t.is_sent_start] == ["Russia", "x" * 500, "and"]


def test_ordinary_news_is_not_split(seed):
    assert not any("max_sentence_chars" in w for w in seed.warnings)


def test_past_the_time_budget_what_is_coded_is_kept_with_a_warning():
    coded = coded_with(THREE, max_seconds_per_article=1e-9)
    assert triples(coded) == {("ASSAULT", "RUS", "UKR")}
    assert coded.warnings == ["coding stopped after 1e-09 seconds (max_seconds_per_article): "
                              "sentences 2 to 3 were not coded"]
    assert triples(coded_with(THREE)) == ALL_THREE


def test_limits_are_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("THUCYDIDES_MAX_ARTICLE_CHARS", "50_000")
    monkeypatch.setenv("THUCYDIDES_MAX_SENTENCE_CHARS", "300")
    monkeypatch.setenv("THUCYDIDES_MAX_SECONDS_PER_ARTICLE", "2.5")
    limits = Settings()
    assert (limits.max_article_chars, limits.max_sentence_chars,
            limits.max_seconds_per_article) == (50_000, 300, 2.5)


@pytest.mark.parametrize("value", ["many", "0", "-5", "nan"])
def test_a_bad_limit_in_the_environment_is_a_one_line_error(monkeypatch, capsys, tmp_path,
                                                             value):
    story = tmp_path / "story.txt"
    story.write_text(THREE, encoding="utf-8")
    monkeypatch.setenv("THUCYDIDES_MAX_SENTENCE_CHARS", value)
    assert main(["code", str(story)]) == 2
    assert capsys.readouterr().err == (f"thucydides: error: THUCYDIDES_MAX_SENTENCE_CHARS="
                                       f"{value!r}: expected a whole number above 0\n")


def test_the_split_is_said_by_code_and_kept_by_ingest(monkeypatch, capsys, tmp_path):
    story = tmp_path / "long.txt"
    story.write_text(FILLER * 10 + "and Russia attacked Ukraine.", encoding="utf-8")
    monkeypatch.setenv("THUCYDIDES_MAX_SENTENCE_CHARS", "300")
    monkeypatch.setenv("THUCYDIDES_NO_SENTENCE_ENDS", "1")  # the filler has lost its ends
    assert main(["code", str(story)]) == 0
    warning = ("1 sentence(s) longer than 300 characters split before parsing "
               "(max_sentence_chars)")
    assert f"thucydides: warning: long: {warning}\n" in capsys.readouterr().err
    db = tmp_path / "store.duckdb"
    assert main(["ingest", str(story), "--db", str(db), "--workers", "1",
                 "--progress-every", "600"]) == 0
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT warnings FROM articles").fetchall() == [([warning],)]
