"""The readers: every input becomes articles or rejects with a reason, never nothing."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from thucydides.dates import iso, read_day
from thucydides.errors import InputError
from thucydides.ingest.files import Reader
from thucydides.ingest.formats import (
    BINARY,
    ENCODING_WARNING,
    INVALID_CSV,
    INVALID_JSON,
    INVALID_XML,
    NO_TEXT,
    TOO_LARGE,
    UNDECODABLE,
    UNREADABLE,
    FieldNames,
    Found,
    ReadOptions,
    Reject,
    article_id,
)

STORY = "Russia has called on NATO to halt its expansion. NATO rejected the demand."


def read(*paths, **options) -> list[Found | Reject]:
    return list(Reader([str(p) for p in paths], ReadOptions(**options)))


def found(items) -> list[Found]:
    return [i for i in items if isinstance(i, Found)]


def rejects(items) -> list[tuple]:
    return [(i.line, i.reason) for i in items if isinstance(i, Reject)]


def test_identity_is_the_normalised_text_and_the_url():
    assert article_id(STORY) == article_id("  " + STORY.replace(" ", "\n  ") + "\n")
    assert article_id(STORY) != article_id(STORY + " More.")
    assert article_id(STORY, "https://a.example/1") != article_id(STORY)
    assert article_id(STORY, "https://a.example/1") != article_id(STORY, "https://a.example/2")


@pytest.mark.parametrize("value, day", [
    ("2022-03-03", "2022-03-03"), ("2022-03-03T23:10:00+02:00", "2022-03-03"),
    ("Thu, 03 Mar 2022 10:00:00 GMT", "2022-03-03"), ("last week", None), (None, None)])
def test_dates_are_read_in_the_common_forms(value, day):
    assert iso(read_day(value)) == day


def test_txt_first_line_is_the_title(tmp_path):
    path = tmp_path / "moscow-talks.txt"
    path.write_text("Moscow ready for talks\n\n" + STORY + "\n", encoding="utf-8")
    [item] = read(path, date="2022-03-03")
    assert item.article.title == "Moscow ready for talks"
    assert item.article.text == path.read_text(encoding="utf-8")  # offsets stay true
    assert item.article.date == "2022-03-03" and item.given_id == "moscow-talks"
    assert item.article.id == article_id(item.article.text)


def test_jsonl_fields_lines_and_bad_lines(tmp_path):
    path = tmp_path / "wire.jsonl"
    lines = [json.dumps({"id": "w1", "text": STORY, "published": "2022-03-01T08:00:00Z",
                         "Title": "T", "url": "https://a.example/1", "source": "Wire"}),
             "", '{"id": "w2", "text": "cut sh', "[1, 2]", json.dumps({"body": STORY}),
             json.dumps({"text": "   "}), json.dumps({"text": 42}),
             json.dumps({"text": "x" * 300})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path, max_bytes=200)
    [item] = found(items)
    a = item.article
    assert (a.date, a.title, a.url, a.source, item.given_id, item.line) == \
        ("2022-03-01", "T", "https://a.example/1", "Wire", "w1", 1)
    assert rejects(items) == [(3, INVALID_JSON), (4, INVALID_JSON), (5, NO_TEXT),
                              (6, NO_TEXT), (7, NO_TEXT), (8, TOO_LARGE)]


def test_other_field_names_by_option(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"body": STORY, "pubDate": "2022-02-02"}) + "\n")
    fields = FieldNames().mapped(["text=body", "date=pubDate"])
    [item] = read(path, fields=fields)
    assert item.article.text == STORY and item.article.date == "2022-02-02"
    with pytest.raises(InputError, match="FIELD=NAME"):
        FieldNames().mapped(["colour=red"])


def test_json_list_object_and_wrapped_list(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([{"text": STORY}, "nope", {"text": ""}]))
    (tmp_path / "b.json").write_text(json.dumps({"text": STORY + " B."}))
    (tmp_path / "c.json").write_text(json.dumps({"articles": [{"text": STORY + " C."}]}))
    (tmp_path / "d.json").write_text("{not json")
    items = read(tmp_path)
    assert [(i.path.rsplit("/", 1)[1], i.line) for i in found(items)] == \
        [("a.json", 1), ("b.json", None), ("c.json", 1)]
    assert rejects(items) == [(2, INVALID_JSON), (3, NO_TEXT), (None, INVALID_JSON)]


def test_csv_quoted_newlines_keep_line_numbers(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text('Title,Body,Date\n"One","Russia said\n""no"" today.",2022-01-05\n'
                    '"Two",,\n"Three","NATO met.",2022-01-06\n', encoding="utf-8")
    items = read(path, fields=FieldNames().mapped(["text=body"]))
    assert [(i.line, i.article.title, i.article.text) for i in found(items)] == \
        [(2, "One", 'Russia said\n"no" today.'), (5, "Three", "NATO met.")]
    assert rejects(items) == [(4, NO_TEXT)]


def test_csv_row_over_the_size_limit(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text(f'text\n"{"y" * 500}"\n"short one"\n')
    items = read(path, max_bytes=100)
    assert [i.article.text for i in found(items)] == ["short one"]
    assert rejects(items)[0][1] in (TOO_LARGE, INVALID_CSV)


def test_html_through_trafilatura(tmp_path):
    page = ("<html><head><title>Russia warns NATO</title>"
            '<meta property="og:url" content="https://x.example/a">'
            '<meta name="date" content="2022-03-03">'
            '<meta property="og:site_name" content="Example News"></head><body>'
            "<nav>Home | World | Sport</nav><article><h1>Russia warns NATO</h1>"
            f"<p>{STORY}</p><p>The talks are to resume in Geneva next week, officials "
            "said, after a day of meetings between the two delegations.</p></article>"
            "<script>var tracking = 1;</script></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "scripts.htm").write_text(
        "<html><head><script>var a=1</script></head><body><script>go()</script></body></html>")
    items = read(tmp_path)
    [item] = found(items)
    a = item.article
    assert (a.title, a.date, a.url, a.source) == \
        ("Russia warns NATO", "2022-03-03", "https://x.example/a", "Example News")
    assert STORY in a.text and "tracking" not in a.text and "\n\n" in a.text
    assert rejects(items) == [(None, NO_TEXT)]


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Wire</title>
<item><title>One</title><link>https://w.example/1</link><guid>g1</guid>
<pubDate>Thu, 03 Mar 2022 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Russia called on NATO to halt expansion.&lt;/p&gt;&lt;p&gt;More.&lt;/p&gt;
</description></item>
<item><title>Empty</title><link>https://w.example/2</link></item>
</channel></rss>"""

ATOM = """<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>E</title><link rel="alternate" href="https://a.example/e"/><id>urn:e1</id>
<published>2022-03-04T09:00:00Z</published>
<content type="html">&lt;p&gt;China and India held talks.&lt;/p&gt;</content></entry></feed>"""


def test_rss_and_atom_items_are_articles(tmp_path):
    (tmp_path / "a.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "b.xml").write_text(ATOM, encoding="utf-8")
    items = read(tmp_path)
    rss, atom = found(items)
    assert (rss.article.text, rss.article.title, rss.article.url, rss.article.source,
            rss.article.date, rss.given_id, rss.line) == \
        ("Russia called on NATO to halt expansion.\n\nMore.", "One", "https://w.example/1",
         "Wire", "2022-03-03", "g1", 1)
    assert (atom.article.text, atom.article.url, atom.article.date, atom.given_id) == \
        ("China and India held talks.", "https://a.example/e", "2022-03-04", "urn:e1")
    assert rejects(items) == [(2, NO_TEXT)]


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    '<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>'])
def test_feeds_refuse_entity_declarations(tmp_path, doctype):
    path = tmp_path / "bomb.rss"
    path.write_text(f'<?xml version="1.0"?>{doctype}<rss><channel><item><description>&b;'
                    "</description></item></channel></rss>")
    [item] = read(path)
    assert (item.reason, item.detail) == (INVALID_XML, "entity declarations are not accepted")


def test_gzip_of_any_format(tmp_path):
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write(json.dumps({"text": STORY}) + "\n" + json.dumps({"text": STORY + "!"}) + "\n")
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(b"Title\n\nNATO met in Brussels."))
    (tmp_path / "c.txt.gz").write_bytes(b"\x1f\x8b\x08\x00 not really gzip")
    items = read(tmp_path)
    assert [i.article.text for i in found(items)] == \
        [STORY, STORY + "!", "Title\n\nNATO met in Brussels."]
    assert [(r.path.rsplit("/", 1)[1], r.reason) for r in items if isinstance(r, Reject)] == \
        [("c.txt.gz", UNREADABLE)]


def test_gzip_bomb_is_cut_at_the_size_limit(tmp_path):
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a " * 2_000_000))
    [item] = read(tmp_path, max_bytes=10_000)
    assert item.reason == TOO_LARGE


def test_folders_recursively_in_name_order_without_hidden_names(tmp_path):
    for name in ("b/2.txt", "b/1.txt", "a.txt", ".hidden.txt", ".git/x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"{name} says NATO met.")
    assert [i.given_id for i in read(tmp_path)] == ["a", "1", "2"]


def test_a_folders_notes_are_not_articles_unless_named(tmp_path):
    for name in ("README.md", "LICENSE", "notes/Changelog.txt", "story.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"{name}: NATO met Russia.")
    assert [i.given_id for i in read(tmp_path)] == ["story"]
    assert [i.given_id for i in read(tmp_path / "README.md")] == ["README"]


def test_bad_files_are_rejects_with_reasons(tmp_path):
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 3)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Café: France and Germany met.".encode("latin-1"))
    (tmp_path / "mangled.txt").write_bytes(b"Caf\xc3 \x81\x8d\x90 not text at all")
    (tmp_path / "huge.txt").write_text("x" * 2000)
    items = {i.path.rsplit("/", 1)[1]: i for i in read(tmp_path, max_bytes=1000)}
    assert items["binary.txt"].reason == BINARY
    assert items["empty.txt"].reason == NO_TEXT
    assert items["huge.txt"].reason == TOO_LARGE
    assert items["mangled.txt"].reason == UNDECODABLE
    latin = items["latin1.txt"]
    assert latin.article.text.startswith("Café") and latin.warnings == [ENCODING_WARNING]


def test_standard_input_is_recognised_by_its_first_bytes():
    lines = (json.dumps({"text": STORY}) + "\n" + json.dumps({"text": "NATO met."})).encode()
    items = list(Reader(["-"], stdin=io.BufferedReader(io.BytesIO(lines))))
    assert [(i.path, i.line) for i in items] == [("<stdin>", 1), ("<stdin>", 2)]
    [text] = list(Reader(["-"], stdin=io.BytesIO(b"Headline\n\n" + STORY.encode())))
    assert text.article.title == "Headline" and text.given_id is None


def test_a_missing_path_is_the_users_error(tmp_path):
    with pytest.raises(InputError, match="no-such-dir: no such file or directory"):
        Reader([str(tmp_path / "no-such-dir")])


def test_an_unreadable_file_is_a_reject(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")  # listed, cannot be opened
    [item] = read(tmp_path)
    assert (item.reason, item.detail) == (UNREADABLE, "no such file or directory")


def test_a_few_nul_bytes_are_removed_with_a_warning_as_code_does(tmp_path):
    (tmp_path / "scraped.txt").write_bytes(b"Russia attacked\x00 Ukraine.\x00\n")
    [item] = read(tmp_path / "scraped.txt")
    assert item.article.text == "Russia attacked Ukraine.\n"
    assert item.warnings == ["2 NUL byte(s) removed"]


def test_a_json_file_read_as_windows_1252_says_so(tmp_path):
    (tmp_path / "a.json").write_bytes('{"text": "Café talks: France met Germany."}'
                                      .encode("cp1252"))
    [item] = read(tmp_path / "a.json")
    assert item.article.text == "Café talks: France met Germany."
    assert item.warnings == [ENCODING_WARNING]


@pytest.mark.parametrize("text", [b"[Reuters] Russia attacked Ukraine.",
                                  b"{Update} Russia attacked Ukraine.", b"<3 Russia and France."])
def test_standard_input_that_only_looks_like_json_or_markup_is_text(text):
    [item] = Reader(["-"], stdin=io.BytesIO(text))
    assert item.article.text == text.decode()


def test_standard_input_of_json_lines_is_read_line_by_line():
    lines = b'{"text": "Russia attacked Ukraine."}\n{ "text": "NATO met."}\n'
    assert [i.article.text for i in Reader(["-"], stdin=io.BytesIO(lines))] == [
        "Russia attacked Ukraine.", "NATO met."]
