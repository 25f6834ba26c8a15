"""Where the rules come from, in one place: the built-in rules and plugins, both through the
entry-point group `cablelint.rules`, and the engine's own rules (lint/system.py).
"""
from __future__ import annotations

from typing import Any, Iterator

from . import plugins
from .rule import Registry, Rule
from .system import SYSTEM_RULES

ENTRY_POINT_GROUP = "cablelint.rules"


def full_registry() -> Registry:
    """Every rule a run may select: the engine's, the built-in ones and the plugins'."""
    reg = load_plugins()
    return Registry(sorted(list(SYSTEM_RULES) + reg.rules, key=lambda r: r.code), reg.load_errors)


def _flatten(obj: Any) -> Iterator[Rule]:
    if isinstance(obj, Rule):
        yield obj
    elif callable(obj) and not isinstance(obj, type):
        yield from _flatten(obj())
    else:
        for item in obj:
            yield from _flatten(item)


def load_plugins() -> Registry:
    """Load every rule registered under the `cablelint.rules` entry-point group.

    The built-in rules come through this same path as a third-party plugin's would. A plugin
    that fails to load is reported, and the others still load.
    """
    rules: list[Rule] = []
    errors: list[str] = []
    group = plugins.entry_points(ENTRY_POINT_GROUP)
    seen_codes: dict[str, str] = {}
    seen_names: dict[str, str] = {}
    for ep in sorted(group, key=lambda e: (e.name != "builtin", e.name)):
        try:
            loaded = list(_flatten(ep.load()))
        except Exception as exc:  # a broken plugin must not stop the linter
            errors.append(f"rule plugin {ep.name!r} failed to load: {type(exc).__name__}: {exc}")
            continue
        for r in loaded:
            if r.code in seen_codes or r.name in seen_names:
                errors.append(f"rule {r.code} [{r.name}] from plugin {ep.name!r} clashes with an "
                              f"already registered rule; skipped")
                continue
            seen_codes[r.code] = ep.name
            seen_names[r.name] = ep.name
            rules.append(r)
    rules.sort(key=lambda r: r.code)
    return Registry(rules, errors)
