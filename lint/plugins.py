"""Entry points of the `cablelint.rules` group, read without importing importlib.metadata.

`importlib.metadata.entry_points()` imports the `email` package and parses every installed
distribution's METADATA, a large share of a cold start (docs/performance.md). The entry points
themselves are plain `entry_points.txt` files in `*.dist-info` (and legacy `*.egg-info`)
folders on `sys.path`; reading those is all the linter needs. The test suite checks that this
reader finds the same entry points as importlib.metadata.
"""
from __future__ import annotations

import importlib
import os
import re
import sys
from typing import Any, Iterable, NamedTuple

_SECTION_RE = re.compile(r"^\[(.+)\]\s*$")


class EntryPoint(NamedTuple):
    name: str
    value: str
    group: str
    dist: str
    version: str = ""  # the distribution's version, from its folder name (cache keys use it)

    def load(self) -> Any:
        module_name, _, attrs = self.value.partition(":")
        obj = importlib.import_module(module_name.strip())
        for attr in filter(None, attrs.strip().split(".")):
            obj = getattr(obj, attr)
        return obj


def _dist_name(folder: str) -> str:
    return _dist_name_version(folder)[0]


def _dist_name_version(folder: str) -> tuple[str, str]:
    """`my_plugin-1.2.dist-info` -> ("my-plugin", "1.2")."""
    parts = re.split(r"-(?=\d)", folder.rsplit(".", 1)[0], maxsplit=1)
    version = parts[1] if len(parts) > 1 else ""
    return parts[0].replace("_", "-").replace(".", "-").lower(), version


def _read(path: str, group: str, dist: str, version: str = "") -> Iterable[EntryPoint]:
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return
    current = None
    for raw in lines:
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        m = _SECTION_RE.match(line)
        if m:
            current = m.group(1).strip()
            continue
        if current == group and "=" in line:
            name, value = line.split("=", 1)
            yield EntryPoint(name.strip(), value.split("[", 1)[0].strip(), group, dist, version)


def entry_points(group: str, path: Iterable[str] | None = None) -> list[EntryPoint]:
    """Entry points of `group` from distributions on `path` (default `sys.path`); the first
    distribution of a name on the path wins, as with importlib.metadata."""
    seen: set[str] = set()
    found: list[EntryPoint] = []
    for entry in (sys.path if path is None else path):
        try:
            names = sorted(os.listdir(entry or "."))
        except OSError:
            continue
        for folder in names:
            if not (folder.endswith(".dist-info") or folder.endswith(".egg-info")):
                continue
            dist, version = _dist_name_version(folder)
            if dist in seen:
                continue
            seen.add(dist)
            found.extend(_read(os.path.join(entry or ".", folder, "entry_points.txt"), group, dist,
                               version))
    return found
