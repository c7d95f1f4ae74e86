"""The command line, run as a user runs it: `python -m thucydides.cli code ...`.

Every run is started at once by the `runs` fixture (they overlap on two cores); each test
then reads the one run it is about."""

from __future__ import annotations

import json
import re

import pytest

from thucydides.ingest.formats import article_id

from .conftest import EXAMPLES, read_jsonl, run_cli

SEED = str(EXAMPLES / "seed-article.txt")
ANSI = "\x1b["

# spec section 3: the fields of one event
EVENT_FIELDS = {"id", "article_id", "sentence", "type", "mode", "cameo", "quad", "goldstein",
                "actor", "recipient", "asserted", "polarity", "modality", "date", "date_text",
                "location", "trigger", "evidence", "confidence"}
ACTOR_FIELDS = {"code", "sector", "name", "text"}
SPAN_FIELDS = {"text", "start", "end"}

# accents, curly quotes and a dash before and between the events: offsets count characters
TEXT = ("Le président français, in Zürich \u2014 “a city of talks” \u2014 said nothing.\n\n"
        "Russian troops attacked the Ukrainian city of Kharkiv on Monday. "
        "The European Union imposed sanctions on Belarus.\n\n"
        "NATO rejected Moscow’s demands for security guarantees.\n")
STDIN_TEXT = "Russian troops attacked the Ukrainian city of Kharkiv on Monday.\n"

UNITS = [
    {"id": "u3", "text": "The European Union imposed sanctions on Belarus.", "date": "2022-03-01"},
    {"id": "u1", "text": "", "date": "2022-03-02"},
    {"id": "u2", "text": "NATO rejected Moscow's demands for security guarantees."},
    {"id": "u0", "text": "Russian troops attacked the Ukrainian city of Kharkiv.",
     "date": "2022-02-28"},
]
# command-line runs, each loading the model: the slow lane
pytestmark = pytest.mark.slow

BROKEN_UNITS = [json.dumps(UNITS[0]), json.dumps(UNITS[2]), '{"id": "u9", "text": "Russia',
                json.dumps(UNITS[3])]  # line 3 is cut short

BAD_FILES = [
    pytest.param("--actors", "- just\n- a list\n", id="actors-not-a-mapping"),
    pytest.param("--triggers", 'version: 1\ntriggers:\n  - verb: teargas\n    cameo: "999"\n',
                 id="triggers-unknown-cameo"),
    pytest.param("--actors", "version: 1\nactors: [\n  - code: KEN\n", id="actors-yaml-syntax"),
    pytest.param("--triggers", "version: 1\ntriggers: {{{\n", id="triggers-yaml-syntax"),
    pytest.param("--actors", "version: 1\ntitles:\n  - {sector: GOV}\n",
                 id="actors-title-without-title"),
    pytest.param("--actors", "version: 1\nactors:\n  - KEN\n", id="actor-entry-not-a-mapping"),
    pytest.param("--actors", "version: 1\nsectors:\n  COP: askari\n", id="sector-not-a-list"),
    pytest.param("--actors", "version: 2\nactors:\n  - {code: KEN, name: Kenya}\n",
                 id="actors-format-from-the-future"),
]


@pytest.fixture(scope="module")
def runs(background, tmp_path_factory):
    """Name -> future of a finished run (`.result()` is the CompletedProcess)."""
    folder = tmp_path_factory.mktemp("cli")
    (folder / "story.txt").write_text(TEXT, encoding="utf-8")
    (folder / "units.jsonl").write_text("".join(json.dumps(u) + "\n" for u in UNITS),
                                        encoding="utf-8")
    broken = folder / "broken"
    broken.mkdir()
    (broken / "units.jsonl").write_text("\n".join(BROKEN_UNITS) + "\n", encoding="utf-8")
    (folder / "strict").mkdir()
    (folder / "strict" / "units.jsonl").write_text("\n".join(BROKEN_UNITS) + "\n",
                                                   encoding="utf-8")
    (folder / "latin1.txt").write_bytes(
        "Le président français a rencontré le chancelier allemand à Paris. é\n".encode("latin-1"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01" * 20)
    (folder / "article.txt").write_text("Russia attacked Ukraine.\n", encoding="utf-8")
    (folder / "news").mkdir()
    (folder / "news" / "a.txt").write_text("Russia attacked Ukraine.\n", encoding="utf-8")
    (folder / "news" / "b.jsonl").write_text(json.dumps(UNITS[0]) + "\n", encoding="utf-8")

    commands = {
        "table": ("code", SEED, "--date", "2022-03-03"),
        "colour": ("code", SEED, "--date", "2022-03-03", "--colour", "always"),
        "jsonl": ("code", str(folder / "story.txt"), "--date", "2022-03-03", "--format", "jsonl"),
        "stdin": ("code", "-", "--format", "json", "--date", "2022-03-03"),
        "batch": ("code", "--input", str(folder / "units.jsonl"),
                  "--output", str(folder / "out.jsonl")),
        "broken": ("code", "--input", str(broken / "units.jsonl"),
                   "--output", str(broken / "out.jsonl")),
        "strict": ("code", "--input", str(folder / "strict" / "units.jsonl"),
                   "--output", str(folder / "strict" / "out.jsonl"), "--strict"),
        "odd": ("code", str(folder / "latin1.txt"), "--format", "json"),
        "empty": ("code", str(folder / "empty.txt")),
        "missing": ("code", str(folder / "no-such-article.txt")),
        "directory": ("code", str(folder / "news"), "--format", "json"),
        "binary": ("code", str(folder / "image.bin")),
        "triggers-missing": ("code", str(folder / "article.txt"), "--triggers",
                             str(folder / "no-such-triggers.yaml")),
    }
    for param in BAD_FILES:
        flag, content = param.values
        bad = folder / f"{param.id}.yaml"
        bad.write_text(content, encoding="utf-8")
        commands[param.id] = ("code", str(folder / "article.txt"), flag, str(bad))
    futures = {name: background.submit(run_cli, *args, stdin=STDIN_TEXT.encode("utf-8")
                                       if name == "stdin" else None)
               for name, args in commands.items()}
    futures["folder"] = folder
    return futures


def _stderr_lines(proc) -> list[str]:
    return [line for line in proc.stderr.decode("utf-8").splitlines() if line.strip()]


def assert_one_line_error(proc) -> None:
    lines = _stderr_lines(proc)
    assert proc.returncode == 2, proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()
    assert len(lines) == 1, lines
    assert lines[0].startswith("thucydides: error:"), lines


# -- the readable table ---------------------------------------------------------------------

def test_table_shows_the_events(runs):
    table = runs["table"].result()
    assert table.returncode == 0, table.stderr.decode()
    out = table.stdout.decode("utf-8")
    assert "ASSAULT" in out
    assert "RUS" in out
    assert "2022-03-03" in out


def test_table_has_no_colour_when_not_a_terminal(runs):
    table = runs["table"].result()
    assert table.returncode == 0
    assert ANSI not in table.stdout.decode("utf-8")


def test_colour_always_adds_colour(runs):
    proc = runs["colour"].result()
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode("utf-8")
    assert ANSI in out
    assert "ASSAULT" in out


# -- JSON Lines and JSON --------------------------------------------------------------------

@pytest.fixture(scope="module")
def jsonl(runs):
    proc = runs["jsonl"].result()
    assert proc.returncode == 0, proc.stderr.decode()
    return [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]


def test_jsonl_is_one_event_a_line(jsonl):
    assert len(jsonl) >= 3
    assert {e["type"] for e in jsonl} >= {"ASSAULT", "SANCTION", "REJECT"}
    # the id `ingest` gives the file's text: the events get the ids the store gives them
    assert all(e["article_id"] == article_id(TEXT) for e in jsonl)


def test_jsonl_events_have_the_contracts_fields(jsonl):
    for e in jsonl:
        assert set(e) >= EVENT_FIELDS, EVENT_FIELDS - set(e)
        for side in ("actor", "recipient"):
            assert set(e[side]) >= ACTOR_FIELDS
        assert set(e["trigger"]) >= SPAN_FIELDS
        assert set(e["evidence"]) >= SPAN_FIELDS
        assert isinstance(e["asserted"], bool)
        assert e["polarity"] in ("positive", "negated")
        assert e["modality"] in ("actual", "intended", "hypothetical", "future", "wished")
        assert e["quad"] in (1, 2, 3, 4)
        assert isinstance(e["goldstein"], (int, float))
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["date"])  # resolved against --date


def test_jsonl_offsets_index_the_original_text(jsonl):
    for e in jsonl:
        for span in ("trigger", "evidence"):
            s = e[span]
            assert TEXT[s["start"]:s["end"]] == s["text"], (span, s)


def test_stdin_and_json_give_one_document(runs):
    proc = runs["stdin"].result()
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout.decode("utf-8"))  # the whole output is one JSON document
    assert isinstance(doc, list) and len(doc) == 1
    events = doc[0]["events"]
    assert any(e["type"] == "ASSAULT" and e["actor"]["code"] == "RUS" for e in events)
    for e in events:
        trigger = e["trigger"]
        assert STDIN_TEXT[trigger["start"]:trigger["end"]] == trigger["text"]


# -- batch mode -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def batch(runs):
    proc = runs["batch"].result()
    assert proc.returncode == 0, proc.stderr.decode()
    return read_jsonl(runs["folder"] / "out.jsonl")


def test_batch_gives_one_line_a_unit_in_order(batch):
    assert [u["id"] for u in batch] == [u["id"] for u in UNITS]


def test_batch_codes_each_unit(batch):
    by_id = {u["id"]: u for u in batch}
    assert any(e["type"] == "SANCTION" for e in by_id["u3"]["events"])
    assert any(e["type"] == "REJECT" for e in by_id["u2"]["events"])
    assert any(e["type"] == "ASSAULT" for e in by_id["u0"]["events"])
    assert all(e["date"] == "2022-03-01" for e in by_id["u3"]["events"])


def test_batch_empty_text_gives_no_events(batch):
    empty = next(u for u in batch if u["id"] == "u1")
    assert empty["events"] == []


def test_batch_broken_line_gets_its_error_and_the_others_are_coded(runs):
    proc = runs["broken"].result()
    assert proc.returncode == 0
    assert "Traceback" not in proc.stderr.decode()
    warnings = _stderr_lines(proc)
    assert len(warnings) == 1 and warnings[0].startswith("thucydides: warning:"), warnings
    assert ":3" in warnings[0]  # names the broken line
    lines = read_jsonl(runs["folder"] / "broken" / "out.jsonl")
    ids = [json.loads(line)["id"] for line in BROKEN_UNITS if line != BROKEN_UNITS[2]]
    assert [line["id"] for line in lines] == [*ids[:2], None, ids[2]]  # one a line, in order
    assert "invalid JSON" in lines[2]["error"] and lines[2]["events"] == []
    assert all(line["events"] for line in lines[:2] + lines[3:])


def test_batch_strict_stops_at_the_broken_line(runs):
    proc = runs["strict"].result()
    assert proc.returncode == 1
    folder = runs["folder"] / "strict"
    assert sorted(p.name for p in folder.iterdir()) == ["units.jsonl"]  # nothing half-written


# -- inputs that are not articles -----------------------------------------------------------

@pytest.mark.parametrize("name", ["missing", "empty", "binary"])
def test_unreadable_input_is_a_one_line_error(runs, name):
    assert_one_line_error(runs[name].result())


def test_an_empty_file_is_named_with_its_reason(runs):
    assert "empty.txt: no text" in runs["empty"].result().stderr.decode()


def test_a_folder_is_read_as_ingest_reads_it(runs):
    proc = runs["directory"].result()
    assert proc.returncode == 0, proc.stderr.decode()
    units = {u["id"]: u for u in json.loads(proc.stdout.decode("utf-8"))}
    assert set(units) == {"a", "u3"}  # the .txt file's name, the JSON line's own id
    assert any(e["type"] == "ASSAULT" for e in units["a"]["events"])
    assert any(e["type"] == "SANCTION" for e in units["u3"]["events"])


def test_latin1_file_is_read_with_a_warning(runs):
    proc = runs["odd"].result()
    assert proc.returncode == 0, proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()
    warnings = [line for line in _stderr_lines(proc) if "warning" in line]
    assert len(warnings) == 1 and "latin1.txt" in warnings[0], proc.stderr.decode()


# -- user dictionaries that cannot be read ---------------------------------------------------

@pytest.mark.parametrize("flag, content", BAD_FILES)
def test_bad_dictionary_is_a_one_line_error(runs, request, flag, content):
    assert_one_line_error(runs[request.node.callspec.id].result())


def test_a_missing_triggers_file_is_a_one_line_error(runs):
    proc = runs["triggers-missing"].result()
    assert_one_line_error(proc)
    assert "no-such-triggers.yaml: no such file" in proc.stderr.decode()


@pytest.mark.parametrize("day", ["March 16", "foo", "2022-13-01"])
def test_an_invalid_date_is_a_one_line_error(day):
    """Was: accepted silently, and every event undated."""
    proc = run_cli("code", "-", "--date", day, stdin=b"Russia attacked Ukraine.")
    assert proc.returncode == 2
    assert _stderr_lines(proc) == [f"thucydides: error: --date {day!r}: expected a day as "
                                   f"YYYY-MM-DD"]


def test_python_dash_m_thucydides_is_the_command():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "thucydides", "--version"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "thucydides" in done.stdout + done.stderr
