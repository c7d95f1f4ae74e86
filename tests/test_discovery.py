"""The dictionary loop: a name the dictionaries miss is listed with a suggested code,
written as an overlay, and a recode with it gives the stored events the code."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest

from thucydides.actors.lexicon import load_actor_lexicon
from thucydides.analysis.unresolved import overlay, unresolved
from thucydides.pipeline.ingest import IngestOptions, ingest
from thucydides.pipeline.recode import RecodeOptions, recode
from thucydides.settings import Settings

from .conftest import EXAMPLES, run_cli

PERSON = "Dumindra Wickramaratne"  # invented: in no dictionary
GROUP = "Ruhuna Farmers Union"  # invented too
ADDED = (f"{PERSON} demanded that India stop meddling in the crisis. {PERSON} said the protests "
         f"would go on until the president resigned.\nThe {GROUP} condemned China over its "
         "loans.")


def _articles() -> list[dict]:
    """Two example articles: the Sri Lankan one with the invented person added to it."""
    stories = {a["id"]: a for a in map(json.loads, (EXAMPLES / "wire.jsonl").open())}
    lanka, iran = stories["wire-041"], stories["wire-047"]
    paragraphs = lanka["text"].split("\n")
    lanka = {**lanka, "text": "\n".join([*paragraphs[:3], ADDED, *paragraphs[3:]])}
    return [lanka, iran]


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    """A store of the two articles, ingested once; tests copy it before they write."""
    folder = tmp_path_factory.mktemp("loop")
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in _articles()), encoding="utf-8")
    db = folder / "first.duckdb"
    result = ingest(IngestOptions(paths=[str(source)], db=str(db), workers=1))
    assert result.status == "done" and result.counts.coded == 2
    return db


def _copy(db, tmp_path):
    copy = tmp_path / "store.duckdb"
    shutil.copyfile(db, copy)
    return copy


def _rows(db, sql: str, params=()) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def _listed(db, actor_files=()):
    with duckdb.connect(str(db), read_only=True) as con:
        return {u.name: u for u in unresolved(con, top=50, actor_files=actor_files)}


@pytest.mark.slow
def test_an_unknown_person_is_listed_with_the_state_of_the_story(first):
    found = _listed(first)[PERSON]
    assert found.kind == "person"
    assert found.code == "LKA"
    assert found.events >= 1 and found.changes >= 1  # an event with no code for them
    assert any("LKA" in reason for reason in found.evidence)
    text = _rows(first, "SELECT text FROM articles WHERE id = ?",
                 [found.examples[0]["article_id"]])[0][0]
    example = found.examples[0]
    assert text[example["start"]:example["end"]] == PERSON


@pytest.mark.slow
def test_the_overlay_is_a_dictionary_with_the_evidence(first, tmp_path):
    with duckdb.connect(str(first), read_only=True) as con:
        written = overlay(unresolved(con, top=50), str(first))
    path = tmp_path / "my-actors.yaml"
    path.write_text(written, encoding="utf-8")
    entry = load_actor_lexicon((path,)).aliases[PERSON]
    assert (entry.kind, entry.code) == ("person", "LKA")
    assert "article's state LKA" in written  # the evidence, as a comment
    group = load_actor_lexicon((path,)).aliases[GROUP]
    assert (group.kind, group.code) == ("group", "LKA")


@pytest.mark.slow
def test_recode_with_the_overlay_gives_the_events_the_code(first, tmp_path):
    db = _copy(first, tmp_path)
    path = tmp_path / "my-actors.yaml"  # the analyst kept two entries
    listed = _listed(db)
    path.write_text(overlay([listed[PERSON], listed[GROUP]], str(db)), encoding="utf-8")
    before = _rows(db, "SELECT count(*) FROM events WHERE actor_name = ? "
                       "AND actor_code IS NULL", [PERSON])[0][0]
    assert before >= 1

    result = recode(RecodeOptions(str(db), Settings(actor_files=(path,))))

    assert result.status == "done"
    assert (result.counts.coded, result.counts.skipped) == (1, 1)  # Iran's story can't change
    assert sum(result.changes.changed.values()) >= before
    codes = _rows(db, "SELECT DISTINCT actor_code FROM events WHERE actor_name = ?", [PERSON])
    assert codes == [("LKA",)]
    union = _rows(db, "SELECT DISTINCT actor_code, actor_kind FROM events WHERE actor_text LIKE ?",
                  [f"%{GROUP}%"])
    assert union == [("LKA", "group")]
    assert PERSON in _listed(db) and PERSON not in _listed(db, (path,))
    runs = _rows(db, "SELECT inputs, lexicon_hash, status FROM runs ORDER BY id")
    assert len(runs) == 2 and runs[0][1] != runs[1][1]  # each run with its dictionaries
    assert runs[1][0] == ["recode", str(path)] and runs[1][2] == "done"
    lanka = _rows(db, "SELECT run_id FROM articles WHERE text LIKE ?", [f"%{PERSON}%"])
    assert lanka == [(2,)]
    clustered = _rows(db, "SELECT count(*) FROM events WHERE asserted AND cluster_id IS NULL")
    assert clustered == [(0,)]


def _events(db) -> list[tuple]:
    return _rows(db, "SELECT article_id, seq, id, type, actor_code, recipient_code, "
                     "cluster_id FROM events ORDER BY ALL")


@pytest.mark.slow
def test_recode_with_unchanged_dictionaries_changes_nothing(first, tmp_path):
    db = _copy(first, tmp_path)
    events = _events(db)

    skipped = recode(RecodeOptions(str(db)))
    assert (skipped.counts.coded, skipped.counts.skipped) == (0, 2)
    every = recode(RecodeOptions(str(db), every=True))  # --all: coded again all the same

    assert every.counts.coded == 2
    assert not (every.changes.added or every.changes.removed or every.changes.changed)
    assert _events(db) == events


@pytest.mark.slow
def test_the_commands_of_the_loop(first, tmp_path):
    db = _copy(first, tmp_path)
    overlay_file = tmp_path / "mine.yaml"
    listed = run_cli("actors", "--unresolved", "--db", str(db), "--write", str(overlay_file))
    assert listed.returncode == 0, listed.stderr.decode()
    assert PERSON in overlay_file.read_text(encoding="utf-8")
    shown = run_cli("actors", "--unresolved", "--db", str(db), "--format", "jsonl")
    rows = [json.loads(line) for line in shown.stdout.decode().splitlines()]
    assert {"name": PERSON, "code": "LKA"}.items() <= next(
        r for r in rows if r["name"] == PERSON).items()
    recoded = run_cli("recode", "--db", str(db), "--actors", str(overlay_file),
                      "--workers", "1")
    assert recoded.returncode == 0, recoded.stderr.decode()
    assert "events changed" in recoded.stdout.decode()
    assert "ACCUSE" in recoded.stdout.decode()


@pytest.mark.parametrize("args", [
    ("recode", "--db", "/nonexistent/none.duckdb"),
    ("triggers", "--db", "/nonexistent/none.duckdb"),
    ("actors", "--write", "x.yaml"),
    ("actors", "--unresolved", "--since", "yesterday"),
])
@pytest.mark.slow
def test_mistakes_are_one_line_errors(args):
    proc = run_cli(*args)
    assert proc.returncode == 2
    assert len(proc.stderr.decode().strip().splitlines()) == 1


@pytest.mark.slow
def test_recode_with_a_missing_dictionary_is_a_one_line_error_and_no_run(first, tmp_path):
    db = _copy(first, tmp_path)
    proc = run_cli("recode", "--db", str(db), "--actors", str(tmp_path / "none.yaml"))
    assert proc.returncode == 2
    assert len(proc.stderr.decode().strip().splitlines()) == 1
    assert _rows(db, "SELECT count(*) FROM runs") == [(1,)]


@pytest.mark.slow
def test_triggers_unmatched_lists_words_between_two_coded_actors(first):
    proc = run_cli("triggers", "--unmatched", "--db", str(first), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr.decode()
    words = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert words and all(w["count"] >= 1 and w["examples"] for w in words)
    coded = {(a, s) for a, s, _ in _rows(first, "SELECT article_id, trigger_start, 0 "
                                                "FROM events")}
    assert not any((ex["article_id"], ex["start"]) in coded
                   for w in words for ex in w["examples"])


# -- the API and the dashboard's page ----------------------------------------------------------

@pytest.fixture(scope="module")
def served(first):
    from .test_dashboard import serving

    with serving(first) as url:
        yield url


@pytest.mark.slow
def test_the_api_lists_the_unknown_person_with_the_suggestion(served):
    import httpx

    answer = httpx.get(f"{served}/api/unresolved", params={"top": 100}, timeout=60)
    assert answer.status_code == 200, answer.text
    names = {n["name"]: n for n in answer.json()["names"]}
    assert names[PERSON]["code"] == "LKA"
    assert names[PERSON]["examples"][0]["sentence"].startswith(PERSON)
    assert httpx.get(f"{served}/api/unresolved", params={"top": 0}).status_code == 422


@pytest.mark.slow
def test_the_dashboard_page_shows_the_names(served):
    from .test_dashboard import CHROMIUM, CHROMIUM_ARGS

    if not CHROMIUM.exists():
        pytest.skip("Debian's Chromium (/usr/bin/chromium) is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(served)
        page.click("[data-testid=nav-unresolved]")
        row = page.locator(f"[data-testid=unresolved-row][data-name='{PERSON}']")
        row.wait_for()
        assert row.locator("[data-testid=unresolved-code]").inner_text() == "LKA"
        assert row.locator("mark").first.inner_text() == PERSON
        browser.close()
    assert errors == []


@pytest.mark.parametrize("every", [False, True])
@pytest.mark.slow
def test_recode_killed_with_sigkill_resumes_where_it_stopped(first, tmp_path, every):
    import signal
    import subprocess
    import sys

    from .conftest import ROOT

    db, clean = _copy(first, tmp_path), tmp_path / "clean.duckdb"
    shutil.copyfile(first, clean)
    nouns = tmp_path / "nouns.yaml"  # sector nouns: every article may change
    nouns.write_text("version: 1\nsectors:\n  COP: [askari]\n", encoding="utf-8")
    settings = Settings() if every else Settings(actor_files=(nouns,))
    chosen = ["--all"] if every else ["--actors", str(nouns)]
    command = [sys.executable, "-m", "thucydides.cli", "recode", "--db", str(db), *chosen,
               "--workers", "1", "--chunk-size", "1", "--progress-every", "0"]
    run = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    for line in run.stderr:  # a progress line after each chunk written
        if b" 1 coded" in line:
            run.send_signal(signal.SIGKILL)
            break
    run.wait(timeout=60)
    assert run.returncode == -signal.SIGKILL
    done_before = _rows(db, "SELECT count(*) FROM articles WHERE run_id = 2")[0][0]
    assert done_before >= 1

    resumed = subprocess.run(command, cwd=ROOT, capture_output=True, timeout=300)

    assert resumed.returncode == 0, resumed.stderr.decode()
    assert f"coded again {2 - done_before}," in resumed.stdout.decode()
    runs = _rows(db, "SELECT id, status FROM runs ORDER BY id")
    assert runs == [(1, "done"), (2, "interrupted"), (3, "done")]
    recode(RecodeOptions(str(clean), settings, every=every))  # never stopped
    assert _events(db) == _events(clean)


@pytest.mark.slow
def test_recode_of_the_examples_store_with_unchanged_dictionaries_changes_nothing(
        examples_store, tmp_path):
    db = _copy(examples_store, tmp_path)
    events = _events(db)
    result = recode(RecodeOptions(str(db)))
    assert result.status == "done"
    assert result.counts.coded == 0 and result.counts.skipped == result.counts.read > 40
    assert _events(db) == events


def _mention(text: str, start: int = 10, name: str | None = None, code: str | None = None,
             kind: str = "unknown"):
    from thucydides.analysis.unresolved import Mention

    return Mention("events", "a", start, start + len(text), kind, code, name, text,
                   None, None, None, None, "Then " + text + " did it.", 5)


@pytest.mark.parametrize(("mention", "name"), [
    (_mention("Thousands", start=5), None),  # the sentence's first word: no name
    (_mention("his country"), None),
    (_mention("Police"), None),  # a sector noun, capitalised
    (_mention("the Freedonian Workers' Front"), "Freedonian Workers' Front"),
    (_mention("the Freedonian Workers' Front", code="FRE"), "Freedonian Workers' Front"),
    (_mention("the Workers' Front", code="FRE", kind="group"), None),  # a dictionary's
    (_mention("Ivo Brnic", name="Ivo Brnic", code="HRV"), "Ivo Brnic"),  # a guess
    (_mention("Lavrov", name="Sergei Lavrov", code="RUS"), None),  # in the dictionary
])
def test_only_names_no_dictionary_knows_are_listed(mention, name):
    from thucydides.analysis.unresolved import matcher_for, name_of

    assert name_of(mention, matcher_for().lexicon) == name


@pytest.mark.slow
def test_recode_since_codes_only_the_later_stories(first, tmp_path):
    db = _copy(first, tmp_path)  # the Sri Lankan story is of 2022-05-10, the Iranian 06-09
    result = recode(RecodeOptions(str(db), since="2022-06-01", every=True))
    assert (result.counts.read, result.counts.coded) == (1, 1)
    runs = _rows(db, "SELECT a.date, a.run_id FROM articles a ORDER BY a.date")
    assert [run for _, run in runs] == [1, 2]
