"""Reading the YAML data files (packaged dictionaries and the user's own), and the cache of
what is compiled from them.

Compiling the dictionaries and the gazetteer takes seconds; a command that codes one
sentence should not pay it each time. What they compile to is kept in the user's cache
folder ($THUCYDIDES_CACHE, else $XDG_CACHE_HOME/thucydides, else ~/.cache/thucydides)
under a name that holds the hash of every file it was compiled from (the data files and
the code that reads them): an edit to any of them makes a new entry, and the old ones are
removed. A cache that cannot be read or written is passed over: the data is compiled as
without one. THUCYDIDES_CACHE=off turns the cache off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import yaml

# libyaml's loader where PyYAML was built with it: the packaged dictionaries load 7x faster
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CACHE_ENV = "THUCYDIDES_CACHE"
T = TypeVar("T")
# the format of the dictionaries' files (docs/lexicon.md): a file may say `version: 1`
FORMAT_VERSION = 1


def read_mapping(path: Path, error: type[ValueError], expected: str) -> dict:
    """The file's top-level mapping, or `error` with a one-line message saying why not."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}
    except (OSError, yaml.YAMLError) as exc:
        reason = " ".join(str(exc).split())
        raise error(f"cannot read {path}: {reason}") from exc
    if not isinstance(data, dict):
        raise error(f"{path}: expected a mapping with {expected}")
    if data.get("version", FORMAT_VERSION) != FORMAT_VERSION:
        raise error(f"{path}: version {data['version']!r} of the dictionary format; this "
                    f"thucydides reads version {FORMAT_VERSION} (docs/lexicon.md)")
    return data


def cache_folder() -> Path | None:
    """Where compiled data is kept; None when the cache is off."""
    chosen = os.environ.get(CACHE_ENV, "").strip()
    if chosen.lower() == "off":
        return None
    if chosen:
        return Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or Path.home() / ".cache"
    return Path(base) / "thucydides"


def cache_entry(kind: str, files: Iterable[Path], *versions: str) -> tuple[str, str]:
    """The cache entry of data compiled from these files: a name for which files (so that
    a user's own dictionaries keep an entry beside the packaged ones) and a key for what
    they hold (so that an edit replaces the entry)."""
    files = list(files)
    names = hashlib.sha256("\0".join(map(str, files)).encode()).hexdigest()[:8]
    return f"{kind}.{names}", fingerprint(files, *versions)


def fingerprint(files: Iterable[Path], *versions: str) -> str:
    """A hash of the files' contents (a missing file counts as missing) and of versions."""
    digest = hashlib.sha256()
    for path in files:
        try:
            digest.update(Path(path).read_bytes())
        except OSError:
            digest.update(b"\0missing")
        digest.update(b"\0" + str(path).encode() + b"\0")
    for version in versions:
        digest.update(version.encode() + b"\0")
    return digest.hexdigest()[:32]


def _own(folder: Path) -> bool:
    """A folder only this user can write: the cache holds pickles, which run code when read,
    so one that somebody else could write into is not read."""
    info = folder.stat()
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def cache_path(name: str, key: str, suffix: str) -> Path | None:
    """The file for this entry, in a folder made if need be; None when the cache is off or
    its folder cannot be used."""
    try:
        folder = cache_folder()
        if folder is None:
            return None
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return folder / f"{name}-{key}{suffix}" if _own(folder) else None
    except (OSError, RuntimeError):  # RuntimeError: no home folder to be found
        return None


def store_file(path: Path, write: Callable[[Path], None]) -> None:
    """Write a cache entry beside its place and rename it in (a reader sees the whole of it
    or nothing), then remove the entries of the same name made from other data. A failure
    leaves no entry and raises nothing: the caller has its data anyway."""
    name = path.name.rsplit("-", 1)[0]
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        os.close(fd)
        try:
            write(Path(tmp))
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
        for old in path.parent.glob(f"{name}-*{path.suffix}"):
            if old != path:
                old.unlink(missing_ok=True)
    except Exception:  # a cache that cannot be written is passed over
        return


def cached(name_and_key: tuple[str, str], build: Callable[[], T]) -> T:
    """What `build` makes, kept as a pickle under a `cache_entry`'s name and key."""
    path = cache_path(*name_and_key, ".pickle")
    if path is not None:
        try:
            with open(path, "rb") as f:
                return pickle.load(f)
        except Exception:  # missing or damaged: compile afresh, then replace it
            pass
    value = build()
    if path is not None:
        store_file(path, lambda tmp: tmp.write_bytes(pickle.dumps(value, protocol=5)))
    return value
