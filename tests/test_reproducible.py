"""The same input gives the same output from one run to the next: nothing the coder writes
may hang on Python's string hashing, which differs in every process (the confidence of an
event once did, through the order a set gave the two sides of each act)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


def _coded(tmp_path, seed: str) -> bytes:
    out = tmp_path / f"out{seed}.jsonl"
    subprocess.run([sys.executable, "-m", "thucydides.cli", "code", "--input",
                    str(ROOT / "tests" / "data" / "articles-news4.jsonl"), "--output", str(out)],
                   env={**os.environ, "PYTHONHASHSEED": seed}, cwd=ROOT, check=True,
                   capture_output=True, timeout=600)
    return out.read_bytes()


def test_two_runs_under_different_string_hashing_write_the_same_bytes(tmp_path):
    assert _coded(tmp_path, "1") == _coded(tmp_path, "2")
