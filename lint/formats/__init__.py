"""Output formats behind one small interface: each module registers a `Formatter`.

A formatter gets the findings of a whole run (sorted) and the registry (for rule metadata) and
returns the text to write; adding a format never touches the CLI.
"""
from __future__ import annotations

import importlib
from types import MappingProxyType
from collections.abc import Iterator, Mapping
from typing import Callable, NamedTuple, Sequence

from ..rule import Finding, Registry


class Report(NamedTuple):
    findings: Sequence[Finding]
    files: int
    registry: Registry
    paths: Sequence[str] = ()  # every linted file, clean ones included (junit lists them)
    color: bool = False  # terminal colours; only the text format uses them
    unread: int = 0  # files the operating system would not open (said on stderr)
    # which cable each linted path holds (the baseline's identity): SARIF fingerprints use it
    identities: Mapping[str, str | None] = MappingProxyType({})
    # the severity each rule had in this run where configuration changed it (SARIF rule levels)
    severities: Mapping[str, str] = MappingProxyType({})
    skipped: int = 0  # files below the named folders left out by `include` or `exclude`
    quiet: bool = False  # findings only: no summary line (`-q`)


class Formatter(NamedTuple):
    name: str
    render: Callable[[Report], str]
    description: str


# The built-in formats and the module that registers each. A module is imported when its
# format is first asked for: a run imports only the format it prints, not the JSON, URL and
# XML code of the others.
_MODULES = {"text": "text", "json": "json_format", "json-lines": "json_lines", "sarif": "sarif",
            "github": "github", "junit": "junit"}
_REGISTERED: dict[str, Formatter] = {}


class _Formats(Mapping[str, Formatter]):
    """Every format by name, built-in or registered."""

    def __getitem__(self, name: str) -> Formatter:
        if name not in _REGISTERED and name in _MODULES:
            importlib.import_module(f"{__name__}.{_MODULES[name]}")
        return _REGISTERED[name]

    def __contains__(self, name: object) -> bool:
        return name in _MODULES or name in _REGISTERED

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys([*_MODULES, *_REGISTERED]))

    def __len__(self) -> int:
        return len(set(_MODULES) | set(_REGISTERED))


FORMATS: Mapping[str, Formatter] = _Formats()


def register(name: str, description: str) -> Callable[[Callable[[Report], str]], Callable[[Report], str]]:
    def wrap(fn: Callable[[Report], str]) -> Callable[[Report], str]:
        _REGISTERED[name] = Formatter(name, fn, description)
        return fn
    return wrap
