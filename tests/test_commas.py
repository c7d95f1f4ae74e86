"""Commas guessed in text stripped of its punctuation: the parser reads them, the text and
offsets the user gets are the text as it came, and punctuated text is left alone."""

from __future__ import annotations

from dataclasses import replace

from thucydides.coder import Coder
from thucydides.nlp.commas import GUESSED, comma_gaps, without_commas
from thucydides.nlp.sentence_ends import stripped_stretches, tagged
from thucydides.records import Article
from thucydides.settings import Settings

# invented for these tests: a lower-cased report, every mark gone
REPORT = ("police in lahore said on tuesday that two men were arrested near the bus stand "
          "in the old city however the main suspect a former municipal councillor is still at "
          "large according to the officer in charge of the station the men were produced in "
          "court on wednesday")
PUNCTUATED = ("The home minister, a former army general, met the Chinese ambassador in New "
              "Delhi on Monday and demanded the release of 23 fishermen held since March, "
              "officials said. After the talks in Dhaka on Tuesday, the Bangladesh foreign "
              "secretary said his government had protested to India over the killing.")


def _guessed(coder, text):
    doc = coder.preparer.prepare(Article(id="t", text=text))[0]
    return doc, coder.nlp(doc)


def test_a_stripped_report_is_parsed_with_its_commas(coder):
    prepared, parsed = _guessed(coder, REPORT)
    assert len(prepared) > len(REPORT.split())  # commas among the words
    assert "city, however" in prepared.text


def test_the_parse_comes_back_on_the_words_as_they_came(coder):
    _, parsed = _guessed(coder, REPORT)
    back = without_commas(parsed)
    assert back.text.lower() == REPORT
    assert "," not in [t.text for t in back]
    assert all(t.head.doc is back and t.dep_ for t in back)


def test_offsets_point_into_the_text_as_it_came(code):
    coded = code(REPORT, date="2024-05-06")
    assert coded.events
    assert any("comma(s) guessed" in w for w in coded.warnings)
    for e in coded.events:
        assert REPORT[e.trigger.start:e.trigger.end] == e.trigger.text
        assert REPORT[e.evidence.start:e.evidence.end] == e.evidence.text


def test_a_doc_laid_back_without_commas_codes_as_before(coder):
    """The way back alone (no comma guessed) keeps every event of a punctuated text."""
    article = Article(id="t", text=PUNCTUATED, date="2024-05-06")
    doc = coder.nlp(coder.preparer.prepare(article)[0])
    events = [(e.type, e.actor.code, e.recipient.code) for e in coder.code_doc(doc, article).events]
    doc.user_data[GUESSED] = []
    back = without_commas(doc)
    assert back is not doc
    assert events and events == [(e.type, e.actor.code, e.recipient.code)
                                 for e in coder.code_doc(back, article).events]


def test_punctuated_text_gets_no_commas(coder):
    doc = coder.nlp.make_doc(PUNCTUATED)
    stretches = stripped_stretches(doc)
    assert comma_gaps(stretches, tagged(doc, coder.nlp), cased=True) == []


def test_the_guess_can_be_turned_off():
    coded = Coder(replace(Settings(), guess_commas=False)).code(
        Article(id="t", text=REPORT, date="2024-05-06"))
    assert not any("comma" in w for w in coded.warnings)


# invented: a report that kept its full stops but lost every comma, as some copies do
NO_COMMAS = ("police in lahore said on tuesday that two men were arrested near the bus stand in "
             "the old city. however the main suspect a former municipal councillor is still at "
             "large according to the officer in charge of the station. the men were produced in "
             "court on wednesday and remanded in custody for a week. their lawyer said the "
             "arrests were illegal.")


def test_a_report_without_its_commas_gets_them_guessed_between_its_stops(coder):
    """Was: a text with its full stops was never guessed at, and the parser read the
    clauses of each sentence as one."""
    prepared, _ = _guessed(coder, NO_COMMAS)
    assert "the main suspect, a former municipal councillor" in prepared.text.lower()
    # the full stops stay where they were, with no comma before them
    assert prepared.text.count(".") == NO_COMMAS.count(".")
    assert ",." not in prepared.text.replace(" ", "")
    # one comma anywhere and the text is taken as it came
    one = NO_COMMAS.replace("station.", "station, he said.")
    assert _guessed(coder, one)[0].text.count(",") == 1
