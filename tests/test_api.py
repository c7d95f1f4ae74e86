"""The Python API (`thucydides.code`, `thucydides.Settings`) and user dictionaries,
including the worked example of docs/lexicon.md."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import thucydides
import thucydides.coder  # noqa: F401  (as a program using Coder does: code() must survive it)
from thucydides.records import Event, Statement

from .conftest import ROOT, run_cli

TEXT = ("Russian troops attacked the Ukrainian city of Kharkiv on Monday. "
        "NATO rejected Moscow's demands for security guarantees, officials in Brussels said.\n")
DATE = "2022-03-03"


def test_code_can_be_called_more_than_once():
    first = thucydides.code("Russia attacked Ukraine.", date=DATE)
    second = thucydides.code("NATO rejected Moscow's demands.", date=DATE)
    assert first.events and second.events


def test_api_gives_the_same_records_as_the_cli(runs):
    coded = thucydides.code(TEXT, date=DATE)  # the article id the file's text gets
    assert coded.events
    proc = runs["story"].result()  # `code story.txt --format json`
    assert proc.returncode == 0, proc.stderr.decode()
    (unit,) = json.loads(proc.stdout.decode("utf-8"))
    assert unit["id"] == "story" and unit["article_id"] == coded.article.id
    assert all(isinstance(e, Event) for e in coded.events)
    assert all(isinstance(s, Statement) for s in coded.statements)
    assert [e.to_dict() for e in coded.events] == unit["events"]
    assert [s.to_dict() for s in coded.statements] == unit["statements"]


# -- user dictionaries ----------------------------------------------------------------------

USER_ACTORS = """\
version: 1
actors:
  - code: RTA
    kind: state
    names: [Ruritania]
    adjectives: [Ruritanian, Ruritanians]
    capitals: [Strelsau]
sectors:
  MIL: [hussar]
"""
USER_TRIGGERS = """\
version: 1
triggers:
  - verb: ostracise
    cameo: "161"
"""
USER_TEXT = "Ruritanian hussars attacked Serbia. Strelsau ostracised Germany.\n"
USER_EXPECTED = {("ASSAULT", "RTA", "MIL", "SRB"), ("SANCTION", "RTA", "GOV", "DEU")}


def _user_files(folder: Path) -> tuple[Path, Path]:
    actors, triggers = folder / "my-actors.yaml", folder / "my-triggers.yaml"
    actors.write_text(USER_ACTORS, encoding="utf-8")
    triggers.write_text(USER_TRIGGERS, encoding="utf-8")
    return actors, triggers


def _coded(events) -> set[tuple]:
    return {(e["type"], e["actor"]["code"], e["actor"]["sector"], e["recipient"]["code"])
            for e in events if e["asserted"]}


@pytest.fixture(scope="module")
def runs(background, tmp_path_factory):
    """The command-line runs of this module, started at once."""
    folder = tmp_path_factory.mktemp("api")
    actors, triggers = _user_files(folder)
    (folder / "story.txt").write_text(TEXT, encoding="utf-8")
    return {
        "story": background.submit(run_cli, "code", str(folder / "story.txt"), "--date", DATE,
                                   "--format", "json"),
        "user": background.submit(
            run_cli, "code", "-", "--format", "jsonl", "--date", DATE, "--actors", str(actors),
            "--triggers", str(triggers), stdin=USER_TEXT.encode("utf-8")),
        "kenya": background.submit(_run_worked_example, folder),
    }


def test_user_files_on_the_command_line(runs):
    proc = runs["user"].result()
    assert proc.returncode == 0, proc.stderr.decode()
    events = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert _coded(events) >= USER_EXPECTED


def test_settings_with_user_files(tmp_path):
    actors, triggers = _user_files(tmp_path)
    settings = thucydides.Settings(actor_files=(actors,), trigger_files=(triggers,))
    coded = thucydides.code(USER_TEXT, date=DATE, settings=settings)
    assert _coded(e.to_dict() for e in coded.events) >= USER_EXPECTED
    plain = thucydides.code(USER_TEXT, date=DATE)  # the packaged dictionaries alone
    assert not any(e.actor.code == "RTA" for e in plain.events)


# -- docs/lexicon.md, "Worked example: a new trigger, actor and sector" -----------------------

def _documented(name: str) -> str:
    """The YAML file the doc shows under `name`."""
    doc = (ROOT / "docs" / "lexicon.md").read_text(encoding="utf-8")
    found = re.search(rf"`{re.escape(name)}`\s*```yaml\n(.*?)```", doc, re.S)
    assert found, f"docs/lexicon.md no longer shows {name}"
    return found.group(1)


def _documented_sentence() -> str:
    doc = (ROOT / "docs" / "lexicon.md").read_text(encoding="utf-8")
    found = re.search(r'\$ echo "([^"]+)"', doc)
    assert found, "docs/lexicon.md no longer shows the example command"
    return found.group(1)


def _run_worked_example(folder: Path):
    """The doc's command, with the doc's two files written where it runs."""
    for name in ("kenya-actors.yaml", "kenya-triggers.yaml"):
        (folder / name).write_text(_documented(name), encoding="utf-8")
    return run_cli("code", "-", "--actors", str(folder / "kenya-actors.yaml"),
                   "--triggers", str(folder / "kenya-triggers.yaml"), "--format", "jsonl",
                   stdin=(_documented_sentence() + "\n").encode("utf-8"))


def test_lexicon_worked_example(runs):
    proc = runs["kenya"].result()
    assert proc.returncode == 0, proc.stderr.decode()
    events = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assaults = [e for e in events if e["type"] == "ASSAULT" and e["asserted"]]
    assert assaults, events
    e = assaults[0]
    assert e["cameo"] == "175"
    assert e["mode"] == "crowd-control"
    assert (e["actor"]["code"], e["actor"]["sector"]) == ("KEN", "COP")
    assert (e["recipient"]["code"], e["recipient"]["sector"]) == ("KEN", "CVL")
    assert e["location"]["name"] == "Kisumu"
