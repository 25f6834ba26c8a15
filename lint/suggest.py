""""Did you mean …?": the nearest known word to a mistyped rule, key, option or flag."""
from __future__ import annotations

from typing import Iterable


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The known word nearest to `word`, or None when none is near enough to be a typo."""
    import difflib  # only on a mistake: a correct run never pays for it

    by_folded = {c.lower(): c for c in choices}
    found = difflib.get_close_matches(word.lower(), list(by_folded), n=1, cutoff=0.6)
    return by_folded[found[0]] if found else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`; did you mean 'x'?` to append to a message, or nothing."""
    near = closest(word, choices)
    return f"; did you mean {near!r}?" if near else ""
