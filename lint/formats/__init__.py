"""Output formats behind one small interface: each module registers a `Formatter`.

A formatter gets the findings of a whole run (sorted) and the registry (for rule metadata) and
returns the text to write; adding a format never touches the CLI.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from ..rule import Finding, Registry


@dataclass(frozen=True)
class Report:
    findings: Sequence[Finding]
    files: int
    registry: Registry
    paths: Sequence[str] = ()  # every linted file, clean ones included (junit lists them)
    color: bool = False  # terminal colours; only the text format uses them
    unread: int = 0  # files the operating system would not open (said on stderr)


@dataclass(frozen=True)
class Formatter:
    name: str
    render: Callable[[Report], str]
    description: str


FORMATS: dict[str, Formatter] = {}


def register(name: str, description: str) -> Callable[[Callable[[Report], str]], Callable[[Report], str]]:
    def wrap(fn: Callable[[Report], str]) -> Callable[[Report], str]:
        FORMATS[name] = Formatter(name, fn, description)
        return fn
    return wrap


from . import text, json_format, json_lines, sarif, github, junit  # noqa: E402,F401  (registration)
