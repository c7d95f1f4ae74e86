from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def coder():
    from thucydides.coder import Coder

    return Coder()


@pytest.fixture(scope="session")
def code(coder):
    """Code one text; returns the CodedArticle."""
    from thucydides.records import Article

    def run(text: str, date: str | None = "2022-03-03"):
        return coder.code(Article(id="t", text=text, date=date))

    return run


@pytest.fixture(scope="session")
def code_all():
    """Code one text keeping the events the confidence model would leave out: for tests
    of what the coder reads (a day, a place), whatever it then reports."""
    from dataclasses import replace

    from thucydides.coder import Coder
    from thucydides.records import Article
    from thucydides.settings import Settings

    coder = Coder(replace(Settings(), drop_unlikely=False))

    def run(text: str, date: str | None = "2022-03-03"):
        return coder.code(Article(id="t", text=text, date=date))

    return run


def triples(coded, asserted_only: bool = True) -> set[tuple]:
    return {(e.type, e.actor.code, e.recipient.code) for e in coded.events
            if e.asserted or not asserted_only}


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "thucydides.cli", *args], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=300)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


SEED_DATE = "2022-03-03"
SEED_TEXT = (EXAMPLES / "seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(code):
    """The founding article (examples/seed-article.txt, published 2022-03-03), coded once."""
    return code(SEED_TEXT, date=SEED_DATE)


@pytest.fixture(scope="session")
def background():
    """A pool to start command-line runs ahead of the tests that read them
    (``background.submit(run_cli, ...)``): each run spends seconds loading the model and the
    dictionaries, and two cores can load two at once."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        yield pool


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory) -> Path:
    """A real store filled by `thucydides ingest examples/`, once per test session.
    Read it only (open it read-only): every test that uses it shares it."""
    from thucydides.cli import main

    db = tmp_path_factory.mktemp("examples-store") / "examples.duckdb"
    assert main(["ingest", str(EXAMPLES), "--db", str(db), "--progress-every", "600"]) == 0
    return db
