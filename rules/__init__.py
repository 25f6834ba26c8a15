"""The built-in rules: one small module each, registered through the `cablelint.rules` entry
point exactly as a third-party plugin's rules would be.

Every module in this package that defines a rule (a function decorated with `@rule`) is
collected; adding a rule is adding a module.
"""
from __future__ import annotations

import importlib
import importlib.machinery
import os

from cablelint.rule import Rule


def module_names(path: list[str]) -> list[str]:
    """The modules and subpackages in the folders `path`: the names `pkgutil.iter_modules(path)`
    gives, listed here because pkgutil imports `inspect` to find them (the measured cost is in
    docs/performance.md, "Cold start"). The test suite checks that the two agree."""
    suffixes = sorted(importlib.machinery.all_suffixes(), key=len, reverse=True)

    def _module_name(filename: str) -> str | None:
        # the module a file holds: `x.py`, `x.pyc`, an extension module
        return next((filename[:-len(s)] for s in suffixes if filename.endswith(s)), None)

    names: set[str] = set()
    for folder in path:
        try:
            entries = os.listdir(folder)
        except OSError:
            continue
        for entry in entries:
            name = _module_name(entry)
            if name is None and "." not in entry and os.path.isdir(os.path.join(folder, entry)):
                try:
                    inside = os.listdir(os.path.join(folder, entry))
                except OSError:
                    inside = []
                if any(_module_name(f) == "__init__" for f in inside):
                    name = entry  # a subpackage
            if name and name != "__init__" and "." not in name:
                names.add(name)
    return sorted(names)


def _collect() -> list[Rule]:
    found: dict[str, Rule] = {}
    for name in module_names(__path__):
        if name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{name}")
        for value in vars(module).values():
            if isinstance(value, Rule):
                found[value.code] = value
    return sorted(found.values(), key=lambda r: r.code)


BUILTIN_RULES = _collect()
