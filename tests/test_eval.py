"""Accuracy on the development gold sets, scored by the project's own scorer through the
command line, exactly as the evaluation runs it (../shared/spec/events.md, section 5)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT, SHARED

# the whole module is in the slow lane (pytest -m 'not slow' leaves it out)
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(),
                                reason="the shared evaluation tree (../shared) is absent")]

CODER = "thucydides code" if shutil.which("thucydides") else \
    f"{sys.executable} -m thucydides.cli code"


def score(gold: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "../shared/eval/score.py", f"../shared/eval/dev/{gold}",
         "--run", CODER, "--json"],
        capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert lines, proc.stdout
    figures = json.loads(lines[-1])  # the scorer prints its JSON last
    assert figures["missing"] == 0, figures
    return figures


@pytest.fixture(scope="module")
def scoring(background):
    """Both gold sets scored at once."""
    return {gold: background.submit(score, gold) for gold in ("seed.jsonl", "plover_gsr.jsonl")}


@pytest.fixture(scope="module")
def seed_scores(scoring):
    return scoring["seed.jsonl"].result()


@pytest.fixture(scope="module")
def gsr_scores(scoring):
    return scoring["plover_gsr.jsonl"].result()


def test_seed_event_f1(seed_scores):
    assert seed_scores["event"]["f1"] >= 0.80, seed_scores["event"]


def test_seed_asserts_no_forbidden_triple(seed_scores):
    # the negated and hypothetical events of the founding article ("does not intend to cut
    # ties", "the threat of a direct clash") must not be asserted
    assert seed_scores["forbidden"] == 0


def test_plover_gsr_type_f1(gsr_scores):
    assert gsr_scores["type"]["f1"] >= 0.85, gsr_scores["type"]


def test_plover_gsr_event_f1(gsr_scores):
    assert gsr_scores["event"]["f1"] >= 0.70, gsr_scores["event"]
