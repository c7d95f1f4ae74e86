"""The package's folders follow the data's path (docs/architecture.md): a module imports
only from its own stage or an earlier one, never back up the pipeline."""

from __future__ import annotations

import ast
from pathlib import Path

import thucydides

ROOT = Path(thucydides.__file__).parent
# stage of each folder or top-level module, in the data's order; a module may import from
# its own stage or a lower one
STAGES = [
    # the foundation: records, errors, ids, dates, files, settings; web: static files only
    {"records", "columns", "errors", "ids", "dates", "files", "datafile", "settings",
     "output", "display", "web"},
    {"ingest"},
    {"nlp"},
    {"actors"},
    {"where"},
    {"context"},
    {"when"},
    {"events"},
    {"coder", "evaluation"},
    {"store"},
    {"pipeline"},
    {"export", "analysis"},
    {"spark", "api"},
    {"cli", "library", "__init__", "__main__"},
]
RANK = {name: n for n, names in enumerate(STAGES) for name in names}
# later stages that still must not reach back: the store keeps records, whoever read them
APART = {("store", "ingest"), ("store", "coder")}


def _unit(module: Path) -> str:
    """The folder (or top-level module) a file belongs to; a `__main__` only wires."""
    parts = module.relative_to(ROOT).with_suffix("").parts
    return "__main__" if parts[-1] == "__main__" else parts[0]


def _type_only(tree: ast.Module) -> set[int]:
    """Lines of imports under `if TYPE_CHECKING:` (annotations only, nothing at run time)."""
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            lines |= {n.lineno for n in ast.walk(node) if isinstance(n, ast.ImportFrom)}
    return lines


def _targets(module: Path) -> list[tuple[int, str]]:
    """(line, folder) of every thucydides import of a module, lazy ones included."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    skip = _type_only(tree)
    package = module.relative_to(ROOT.parent).with_suffix("").parts[:-1]
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or node.lineno in skip:
            continue
        if node.level:
            base = list(package[:len(package) - node.level + 1])
            path = base + (node.module.split(".") if node.module else [])
        elif node.module and node.module.split(".")[0] == "thucydides":
            path = node.module.split(".")
        else:
            continue
        names = path[1:] or [alias.name for alias in node.names][:1]
        found.append((node.lineno, names[0]))
    return found


def test_no_module_imports_back_up_the_pipeline():
    backwards = []
    for module in sorted(ROOT.rglob("*.py")):
        unit = _unit(module)
        for line, target in _targets(module):
            if target in RANK and RANK[target] > RANK[unit] or (unit, target) in APART:
                backwards.append(f"{module.relative_to(ROOT)}:{line} {unit} -> {target}")
    assert backwards == []


def test_every_folder_has_a_stage():
    units = {_unit(m) for m in ROOT.rglob("*.py")}
    assert units <= set(RANK)
