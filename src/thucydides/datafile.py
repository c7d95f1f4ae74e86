"""Reading the YAML data files (packaged dictionaries and the user's own)."""

from __future__ import annotations

from pathlib import Path

import yaml

# libyaml's loader where PyYAML was built with it: the packaged dictionaries load 7x faster
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_mapping(path: Path, error: type[ValueError], expected: str) -> dict:
    """The file's top-level mapping, or `error` with a one-line message saying why not."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}
    except (OSError, yaml.YAMLError) as exc:
        reason = " ".join(str(exc).split())
        raise error(f"cannot read {path}: {reason}") from exc
    if not isinstance(data, dict):
        raise error(f"{path}: expected a mapping with {expected}")
    return data
