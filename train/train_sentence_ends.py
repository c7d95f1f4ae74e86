"""Train the model that guesses sentence ends in text stripped of its punctuation.

    python3 train/train_sentence_ends.py tests/data/articles-dev.jsonl \
        tests/data/articles-wide.jsonl tests/data/articles-own.jsonl \
        tests/data/articles-own2.jsonl tests/data/seed.jsonl examples/wire.jsonl

The labels come from punctuated articles: each is stripped of its marks as a scraped
page would be (lower-cased, or kept in case; apostrophes dropped or kept), and every
word that followed a sentence end is a sentence start. A logistic regression (L2, numpy)
over the features of nlp.sentence_ends weighs each gap; its threshold is the one with the
best F0.5 of the starts on articles held out from the fit (5 folds by article): a start
guessed in mid-sentence parts a verb from its subject or object and costs events, where a
start missed leaves two sentences that the parser often still reads apart. Units whose
id contains "dvb" are never read; units whose id starts with --hold-out are kept out of
training and only scored. Writes src/thucydides/nlp/data/sentence_ends.json.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np

from thucydides.coder import Coder
from thucydides.nlp.prepare import Preparer, lower_case_text
from thucydides.nlp.sentence_ends import (
    WORDS_PER_END,
    EndModel,
    case,
    gap_features,
    paragraphs,
    tagged,
    word,
)
from thucydides.records import Article
from thucydides.settings import Settings

OUT = Path(__file__).parents[1] / "src" / "thucydides" / "nlp" / "data" / "sentence_ends.json"
FOLDS = 5
L2 = 1.0
STEPS = 400
RARE = 3  # a feature seen fewer times than this in training is not kept
SMALL = 0.3  # nor one whose weight ends up smaller than this
# a full stop after these ends no sentence
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "maj", "sgt", "capt", "gov", "sen",
    "rep", "prof", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb",
    "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "rev", "hon", "adm", "brig",
    "cdr", "insp", "supt"})
END = re.compile(r"(\w*)([.!?])[\"'\u201d\u2019)\]]*[ \t]+[\"'\u201c\u2018(\[]*(\w)")
# any mark, and what it is followed by (the start of the next stretch)
CLAUSE = re.compile(r"([.!?,;:])[\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(\[]*(\w)")
CLAUSE_WORDS = 8  # a clause this long after a comma is cut off too (0: none is)
# what a stripped text loses, apostrophes aside
MARKS = set(".,;:!?\"()\u201c\u201d")
APOSTROPHES = set("'\u2018\u2019")
# how each article is stripped: (lower-cased, apostrophes kept)
VARIANTS = ((True, False), (True, True), (False, False))


def clause_starts(text: str) -> list[int]:
    """Where a clause starts after a comma, semicolon or colon, when the stretches on both
    sides of the mark have CLAUSE_WORDS words or more (a list of names or an age has fewer)."""
    marks, least, starts = list(CLAUSE.finditer(text)), CLAUSE_WORDS, []
    for k, m in enumerate(marks):
        before = text[marks[k - 1].end() if k else 0:m.start()]
        after = text[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(text)]
        if m.group(1) in ",;:" and len(before.split()) >= least and \
                len(after.split()) >= 2:
            starts.append(m.start(2))
    return starts


def sentence_starts(text: str) -> list[int]:
    """Where the punctuated text's sentences start (offsets of their first letters)."""
    lower = lower_case_text(text)
    starts = clause_starts(text) if CLAUSE_WORDS else []
    for m in END.finditer(text):
        before, mark, first = m.group(1), m.group(2), m.group(3)
        if mark == "." and (before.lower() in ABBREVIATIONS or len(before) == 1):
            continue
        if lower or first.isupper() or first.isdigit():
            starts.append(m.start(3))
    return starts


def stripped(text: str, lower: bool, apostrophes: bool) -> tuple[str, list[int]]:
    """The text without its marks, and where each of its characters went."""
    drop = MARKS if apostrophes else MARKS | APOSTROPHES
    out, where = [], []
    for c in text:
        where.append(len(out))
        if c not in drop:
            out.append(c.lower() if lower else c)
    return "".join(out), where


def start_labels(text: str, where: list[int]) -> Callable[[int], int]:
    """The label of the word at each offset of the stripped text: 1 where a sentence
    started."""
    starts = {where[s] for s in sentence_starts(text)}
    return lambda at: int(at in starts)


def examples(preparer: Preparer, text: str, lower: bool, apostrophes: bool,
             labels: Callable[[str, list[int]], Callable[[int], int]] = start_labels):
    """(words, cases or None, tags, labels) for each paragraph of the stripped text, as
    the coder prepares it (capitals and possessives restored, offsets kept)."""
    plain, where = stripped(text, lower, apostrophes)
    label = labels(text, where)
    doc = preparer.prepare(Article("t", plain))[0]
    tags = tagged(doc, preparer.nlp)
    for tokens in paragraphs(doc):
        kept = [t for t in tokens if word(t)]
        if len(kept) < 2:
            continue
        yield ([word(t) for t in kept], None if lower else [case(t.text) for t in kept],
               [tags[t.i] for t in kept], [label(t.idx) for t in kept])


def punctuated(text: str) -> bool:
    """Only articles that have their marks teach where the marks were."""
    ends = len(re.findall(r"[.!?](\s|$)", text))
    return ends > len(text.split()) // WORDS_PER_END


def read_units(paths: list[Path]) -> list[dict]:
    units = []
    for path in paths:
        for line in path.open(encoding="utf-8"):
            if line.strip():
                unit = json.loads(line)
                if "dvb" not in unit["id"] and punctuated(unit["text"]):
                    units.append(unit)
    return units


def unit_examples(preparer: Preparer, unit: dict) -> dict[tuple[bool, bool], list]:
    """The unit's paragraphs as `examples` gives them, for each way of stripping it."""
    return {v: list(examples(preparer, unit["text"], *v)) for v in VARIANTS}


def unit_rows(stripped_ways: dict[tuple[bool, bool], list]) -> list[tuple[list[str], int]]:
    """Each gap of the unit's stripped variants as (feature names, label)."""
    return [(gap_features(words, i, cases, tags), labels[i])
            for paras in stripped_ways.values() for words, cases, tags, labels in paras
            for i in range(1, len(words))]


def fit(rows: list[tuple[list[str], int]]) -> tuple[dict[str, float], float]:
    """Weights and bias of a logistic regression over the rows (full-batch Adagrad)."""
    counts: dict[str, int] = {}
    for names, _ in rows:
        for n in names:
            counts[n] = counts.get(n, 0) + 1
    vocab = {n: k for k, n in enumerate(sorted(n for n, c in counts.items() if c >= RARE))}
    idx, row_of = [], []
    for r, (names, _) in enumerate(rows):
        for n in names:
            if n in vocab:
                idx.append(vocab[n])
                row_of.append(r)
    idx_a, row_a = np.array(idx), np.array(row_of)
    y = np.array([label for _, label in rows], dtype=float)
    w, b = np.zeros(len(vocab) + 1), 0.0
    g2 = np.full(len(vocab) + 1, 1e-8)
    for _ in range(STEPS):
        z = b + np.bincount(row_a, weights=w[:-1][idx_a], minlength=len(y))
        err = 1 / (1 + np.exp(-z)) - y
        grad = np.append(np.bincount(idx_a, weights=err[row_a], minlength=len(vocab)),
                         err.sum()) / len(y)
        grad[:-1] += L2 * w[:-1] / len(y)
        g2 += grad ** 2
        w -= 0.5 * grad / np.sqrt(g2)
        b = w[-1]
    weights = {n: round(float(w[k]), 2) for n, k in vocab.items() if abs(w[k]) >= SMALL}
    return weights, round(float(b), 3)


def scored(model: EndModel, paras: list) -> list[int]:
    """(true, guessed, right) starts over the stripped paragraphs."""
    true = guessed = right = 0
    for words, cases, tags, labels in paras:
        gold = {i for i, label in enumerate(labels) if label}
        picked = set(model.starts(words, cases, tags))
        true, guessed, right = true + len(gold), guessed + len(picked), \
            right + len(gold & picked)
    return [true, guessed, right]


def prf(true: int, guessed: int, right: int) -> dict[str, float]:
    p, r = right / max(guessed, 1), right / max(true, 1)
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / max(p + r, 1e-9), 3),
            "f0.5": round(1.25 * p * r / max(0.25 * p + r, 1e-9), 3)}


def fold_curve(rows_of: dict[str, list], scored_paras: Callable[[dict, float, float], list],
               thresholds: list[float]) -> dict[float, dict[str, float]]:
    """P, R and F1 at each threshold, on the articles each fold did not fit (`rows_of`:
    each training unit's rows by id; `scored_paras(fold, weights, bias)` gives, for each
    threshold, the (true, guessed, right) counts on the fold's own paragraphs)."""
    units = list(rows_of)
    totals = {t: [0, 0, 0] for t in thresholds}
    for fold in (set(units[k::FOLDS]) for k in range(FOLDS)):
        weights, bias = fit([r for uid in units if uid not in fold for r in rows_of[uid]])
        for t, counts in zip(thresholds, scored_paras(fold, weights, bias), strict=True):
            totals[t] = [a + b for a, b in zip(totals[t], counts, strict=True)]
    return {t: prf(*c) for t, c in totals.items()}


def best_threshold(units: dict[str, dict]) -> tuple[float, dict]:
    """The threshold with the best F0.5 of the starts on articles each fold did not fit
    (`units`: each training unit's examples by id)."""
    thresholds = [t / 20 for t in range(1, 10)]

    def scored_lower(fold, weights, bias):
        lower = [p for uid in fold for p in units[uid][VARIANTS[0]]]
        return [scored(EndModel(weights, bias, t), lower) for t in thresholds]

    curve = fold_curve({uid: unit_rows(ways) for uid, ways in units.items()}, scored_lower,
                       thresholds)
    return max(curve, key=lambda t: curve[t]["f0.5"]), curve


def write_report(report: dict, output: Path) -> None:
    """The model and how it was made, as the package reads it; a summary on the screen."""
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if k != "weights"}, indent=1))
    print(f"{len(report['weights'])} weights, {output.stat().st_size // 1024} KB")


def main() -> None:
    global CLAUSE_WORDS  # read by sentence_starts, as the other functions read FOLDS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--hold-out", action="append", default=[],
                        help="id prefix of units not trained on, only scored (repeatable)")
    parser.add_argument("--clause-words", type=int, default=CLAUSE_WORDS,
                        help="a comma after this many words starts a clause the model "
                             "learns to cut off too (0: sentence ends only)")
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args()
    CLAUSE_WORDS = args.clause_words
    preparer = Coder(replace(Settings(), guess_sentence_ends=False)).preparer
    units = read_units(args.gold)
    held = [u for u in units if u["id"].startswith(tuple(args.hold_out or ["\0"]))]
    train = [u for u in units if u not in held]
    train_ways = {u["id"]: unit_examples(preparer, u) for u in train}
    held_ways = [unit_examples(preparer, u) for u in held]
    threshold, curve = best_threshold(train_ways)
    rows = [r for ways in train_ways.values() for r in unit_rows(ways)]
    weights, bias = fit(rows)
    model = EndModel(weights, bias, threshold)
    report = {"threshold": threshold, "bias": bias, "l2": L2, "clause_words": CLAUSE_WORDS,
              "trained_on": [p.name for p in args.gold], "units": len(train),
              "gaps": len(rows),
              "out_of_fold": {str(t): c for t, c in curve.items()},
              "held_out": args.hold_out,
              "held_out_scores": {f"lower={v[0]} apostrophes={v[1]}":
                                  prf(*scored(model, [p for w in held_ways for p in w[v]]))
                                  for v in VARIANTS}
              if held else {},
              "weights": dict(sorted(weights.items()))}
    write_report(report, args.output)


if __name__ == "__main__":
    main()
