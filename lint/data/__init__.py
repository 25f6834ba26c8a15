"""The package's data files (TAGS lists, country codes, word lists), each a text file of one
entry a line, with `#` comment lines. Read as plain files rather than through
importlib.resources or pkgutil, whose imports a run need not pay (docs/performance.md)."""
from __future__ import annotations

import os

_HERE = os.path.dirname(__file__)


def lines(name: str) -> list[str]:
    """The entries of data file `name`: its lines stripped, without blank and comment lines."""
    with open(os.path.join(_HERE, name), encoding="utf-8") as fh:
        text = fh.read()
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
