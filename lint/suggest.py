""""Did you mean …?": the nearest known word to a mistyped rule, key, option or flag."""
from __future__ import annotations

from typing import Iterable


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The known word nearest to `word`, or None when none is near enough to be a typo."""
    import difflib  # only on a mistake: a correct run never pays for it

    by_folded = {c.lower(): c for c in choices}
    folded = word.lower()
    found = difflib.get_close_matches(folded, list(by_folded), n=5, cutoff=0.6)
    if not found:
        return None
    # difflib ranks CL311 and CL101 alike for CL1O1; fewer edits decide (then difflib's order)
    return by_folded[min(found, key=lambda c: _edits(folded, c))]


def _edits(a: str, b: str) -> int:
    """Levenshtein distance: insertions, deletions and substitutions."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`; did you mean 'x'?` to append to a message, or nothing."""
    near = closest(word, choices)
    return f"; did you mean {near!r}?" if near else ""
