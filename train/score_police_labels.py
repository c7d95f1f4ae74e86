"""Score the coder on sentences labelled for three police acts (tests/data/sentences-riots.jsonl).

Each line is ``{"id", "text", "date", "labels": {"kill", "arrest", "force"}}``: one sentence,
lower-cased as the riot-report set it imitates is. The coder codes each sentence as an
article of its own, and its ASSERTED events are mapped to the three labels:

- police side: an actor whose sector is ``COP`` or ``MIL``, or whose text names the police,
  policemen, a constable, the (state reserve / rapid action / armed) police force, the army,
  security or paramilitary forces, jawans or troops;
- ``kill``: an ASSAULT by a police side that kills. CAMEO alone does not tell: "two were
  killed in police firing" and "the police opened fire, injuring two" are both ASSAULT 190
  (or 193) by the police, so a police ASSAULT other than crowd control counts as a killing
  when its CAMEO is a killing one (1823, 186, 202, 203) or its trigger or its evidence
  (the sentence it was read from) has a killing word (killed, killing, shot dead, died,
  dead, death(s), succumbed, lynched); crowd control (CAMEO 175: tear gas, lathi charge,
  firing in the air) is never a killing;
- ``arrest``: a COERCE with CAMEO 173 (arrest, detention, custody) whose actor is a police
  side or is nobody named (the agentless passive "25 people were arrested": the coder
  gives the unnamed agent the sentence's state, so any actor without a sector counts);
  a court's conviction (SANCTION 173) is no arrest;
- ``force``: any ASSAULT by a police side (175 crowd control, firing, and killings).

A sentence on its own names no state ("the police opened fire on a mob"); the coder keeps
the acts of police and soldiers there with their state unknown. Each sentence is coded as it
comes; ``--dateline "ahmedabad: "`` gives each the dateline of the paper it imitates.
Prints per-label precision, recall and F1 for the odd ids (development half), the even ids
(check half) and all; ``--show`` lists the odd-half disagreements (never the even half's).

    PYTHONPATH=src python3 train/score_police_labels.py [FILE] [--show] [--dateline TEXT]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

LABELS = ("kill", "arrest", "force")
DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "sentences-riots.jsonl"
POLICE_WORDS = re.compile(
    r"\b(police|policem[ae]n|constables?|cops?|army|soldiers?|troops|jawans?|"
    r"security (forces|personnel)|paramilitary|rangers|srp|crpf|rapid action force)\b", re.I)
KILLING = re.compile(r"\b(kill\w*|shot dead|died|dies|death|deaths|dead|succumb\w*|lynch\w*|"
                     r"massacre\w*)\b", re.I)
KILLING_CAMEO = ("1823", "186", "202", "203")


def police(actor) -> bool:
    return actor.sector in ("COP", "MIL") or bool(POLICE_WORDS.search(actor.text or ""))


def labels_of(events) -> dict[str, bool]:
    """The three labels a sentence's coded events give (see the module's docstring)."""
    found = dict.fromkeys(LABELS, False)
    for e in events:
        if not e.asserted:
            continue
        cameo = e.cameo or ""
        if e.type == "ASSAULT" and police(e.actor):
            found["force"] = True
            said = " ".join(span.text for span in (e.trigger, e.evidence) if span)
            if cameo != "175" and (cameo in KILLING_CAMEO or KILLING.search(said)):
                found["kill"] = True
        if e.type == "COERCE" and cameo == "173" and (police(e.actor) or e.actor.sector is None):
            found["arrest"] = True
    return found


def prf(pairs) -> tuple[float, float, float, int, int, int]:
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if p and not g)
    fn = sum(1 for g, p in pairs if g and not p)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp, fp, fn


def code_all(rows, dateline: str):
    from thucydides.coder import Coder
    from thucydides.records import Article

    coder = Coder()
    articles = [Article(id=r["id"], text=dateline + r["text"], date=r.get("date")) for r in rows]
    return [labels_of(c.events) for c in coder.code_many(articles)]


def score(rows, predicted) -> dict[str, dict[str, tuple]]:
    """{half: {label: (p, r, f1, tp, fp, fn)}} for the halves odd, even and all."""
    out = {}
    for half, keep in (("odd", 1), ("even", 0), ("all", None)):
        chosen = [(r, p) for r, p in zip(rows, predicted, strict=True)
                  if keep is None or int(r["id"].rsplit("-", 1)[1]) % 2 == keep]
        out[half] = {lab: prf([(r["labels"][lab], p[lab]) for r, p in chosen])
                     for lab in LABELS}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file", nargs="?", default=str(DEFAULT))
    ap.add_argument("--dateline", default="")
    ap.add_argument("--show", action="store_true", help="list the odd half's disagreements")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in Path(args.file).read_text().splitlines() if line]
    predicted = code_all(rows, args.dateline)
    for half, by in score(rows, predicted).items():
        print(f"{half:5}" + "  ".join(f"{lab} P {p:.2f} R {r:.2f} F1 {f:.2f} ({tp}/{fp}/{fn})"
                                      for lab, (p, r, f, tp, fp, fn) in by.items()))
    if args.show:
        for r, p in zip(rows, predicted, strict=True):
            if int(r["id"].rsplit("-", 1)[1]) % 2 == 1 and p != r["labels"]:
                wrong = [f"{lab}:{'fp' if p[lab] else 'fn'}" for lab in LABELS
                         if p[lab] != r["labels"][lab]]
                print(r["id"], " ".join(wrong), "|", r["text"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
