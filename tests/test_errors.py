"""Every error a user can mend is defined in thucydides.errors (so that any layer raises it
without importing another layer), and a dictionary named but missing is one of them."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import thucydides
from thucydides.errors import TriggerError, UserError
from thucydides.events.lexicon import load_trigger_lexicon


def _subclasses(cls: type) -> set[type]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _subclasses(sub)
    return found


@pytest.mark.slow
def test_every_user_error_is_defined_in_errors():
    for module in pkgutil.walk_packages(thucydides.__path__, "thucydides."):
        if not module.name.endswith("__main__"):  # running it would start the command
            importlib.import_module(module.name)
    ours = {c for c in _subclasses(UserError) if c.__module__.startswith("thucydides.")}
    assert len(ours) >= 10  # the walk imported the modules that raise them
    assert {f"{c.__module__}.{c.__name__}" for c in ours
            if c.__module__ != "thucydides.errors"} == set()


def test_a_missing_triggers_file_is_an_error_naming_it(tmp_path):
    missing = tmp_path / "my-trigers.yaml"
    with pytest.raises(TriggerError, match="my-trigers.yaml: no such file"):
        load_trigger_lexicon((missing,))

