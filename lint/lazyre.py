"""Regular expressions compiled when first used.

Python compiles regular expressions in pure Python, and cablelint's modules hold over a
hundred. Compiled at import, they made every run, even of a single cable, pay for
the ones only unusual input reaches (a REL TO list in a portion mark, a duration in words, a
garbled reason section). Those are declared as `LazyPattern`s; the ones a typical cable needs
are still compiled at import, since the first cable would compile them anyway.
"""
from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """Stands for `re.compile(pattern, flags)`, compiled at its first use (`.search`, `.sub` …).

    Only for patterns used through their methods: `re.sub(p, …)` needs a real compiled pattern.
    A method asked once is kept as an attribute, so later uses find it without this class.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        value = getattr(self._compiled, name)
        setattr(self, name, value)
        return value
