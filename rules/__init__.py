"""The built-in rules: one small module each, registered through the `cablelint.rules` entry
point exactly as a third-party plugin's rules would be.

Every module in this package that defines a rule (a function decorated with `@rule`) is
collected; adding a rule is adding a module.
"""
from __future__ import annotations

import importlib
import pkgutil

from cablelint.rule import Rule


def _collect() -> list[Rule]:
    found: dict[str, Rule] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, Rule):
                found[value.code] = value
    return sorted(found.values(), key=lambda r: r.code)


BUILTIN_RULES = _collect()
