"""Train the model that guesses the commas of text stripped of its punctuation.

    python3 train/train_commas.py tests/data/articles-dev.jsonl \
        tests/data/articles-wide.jsonl tests/data/articles-own.jsonl \
        tests/data/articles-own2.jsonl tests/data/seed.jsonl examples/wire.jsonl

The labels come from punctuated articles stripped as train_sentence_ends.py strips them:
every word that followed a comma, semicolon or colon had a comma before it. The model
weighs the same features of each gap as the sentence-end model (nlp.sentence_ends) and is
fitted the same way; its threshold is the one with the best F1 of the commas on articles
held out from the fit (5 folds by article), scored only at the gaps that start no
sentence. Units whose id contains "dvb" are never read. Writes
src/thucydides/nlp/data/commas.json.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from train_sentence_ends import (
    VARIANTS,
    examples,
    fit,
    fold_curve,
    read_units,
    sentence_starts,
    write_report,
)

from thucydides.coder import Coder
from thucydides.nlp.commas import CommaModel
from thucydides.nlp.sentence_ends import gap_features
from thucydides.settings import Settings

OUT = Path(__file__).parents[1] / "src" / "thucydides" / "nlp" / "data" / "commas.json"
COMMA = re.compile(r"[,;:][\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(\[]*(\w)")
# labels: 0 no comma, 1 a comma, -1 a sentence start (neither scored nor fitted)
NONE, MARK, START = 0, 1, -1
SURE = 0.75  # the precision of the commas the threshold must keep


def comma_labels(text: str, where: list[int]) -> Callable[[int], int]:
    """The label of the word at each offset of the stripped text: MARK after a comma,
    START where a sentence started, else NONE."""
    commas = {where[m.start(1)] for m in COMMA.finditer(text)}
    starts = {where[s] for s in sentence_starts(text)} - commas
    return lambda at: START if at in starts else MARK if at in commas else NONE


def unit_rows(ways: dict[tuple[bool, bool], list]) -> list[tuple[list[str], int]]:
    """Each gap that starts no sentence, of the unit's stripped variants, as (feature
    names, label)."""
    return [(gap_features(words, i, cases, tags), labels[i])
            for paras in ways.values() for words, cases, tags, labels in paras
            for i in range(1, len(words)) if labels[i] != START]


def scored(model: CommaModel, paras: list) -> list[int]:
    """(true, guessed, right) commas over the stripped paragraphs."""
    true = guessed = right = 0
    for words, cases, tags, labels in paras:
        gold = {i for i, label in enumerate(labels) if label == MARK}
        starts = {i for i, label in enumerate(labels) if label == START}
        picked = set(model.commas(words, cases, tags)) - starts
        true, guessed, right = true + len(gold), guessed + len(picked), \
            right + len(gold & picked)
    return [true, guessed, right]


def best_threshold(units: dict[str, dict]) -> tuple[float, dict]:
    """The threshold with the best F1 of the commas on articles each fold did not fit."""
    thresholds = [t / 20 for t in range(2, 18)]

    def scored_all(fold, weights, bias):
        paras = [p for uid in fold for ways in units[uid].values() for p in ways]
        return [scored(CommaModel(weights, bias, t), paras) for t in thresholds]

    curve = fold_curve({uid: unit_rows(ways) for uid, ways in units.items()}, scored_all,
                       thresholds)
    # a wrong comma misleads the parser more than a missing one: the best F1 of those
    # that are right three times in four
    sure = [t for t in curve if curve[t]["p"] >= SURE] or list(curve)
    return max(sure, key=lambda t: curve[t]["f1"]), curve


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args()
    preparer = Coder(replace(Settings(), guess_sentence_ends=False)).preparer
    units = {u["id"]: {v: list(examples(preparer, u["text"], *v, labels=comma_labels))
                       for v in VARIANTS}
             for u in read_units(args.gold)}
    threshold, curve = best_threshold(units)
    rows = [r for ways in units.values() for r in unit_rows(ways)]
    weights, bias = fit(rows)
    report = {"threshold": threshold, "bias": bias,
              "trained_on": [p.name for p in args.gold], "units": len(units),
              "gaps": len(rows), "out_of_fold": {str(t): c for t, c in curve.items()},
              "weights": dict(sorted(weights.items()))}
    write_report(report, args.output)


if __name__ == "__main__":
    main()
