"""The contextual lexer's scanner: each terminal compiled once, dispatched on the first
character.

Lark's contextual lexer compiles, for every parser state, one regular expression that is the
alternation of all terminals acceptable there. The cable grammar's terminals are long (free
text must stop before every keyword), so compiling a dozen such alternations costs ~0.4 s of
a cold start. Here each terminal is compiled once, on first use, and at each position only the
terminals that can begin with the character found there are tried, in Lark's own priority
order: the first that matches wins, as in Lark's alternation, so the token is the same.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

_compiled: dict[str, Callable] = {}  # terminal name -> bound `match` of its compiled regex


def _matcher(name: str, regexp: str) -> Callable:
    m = _compiled.get(name)
    if m is None:
        m = _compiled[name] = re.compile(regexp).match
    return m


class DispatchScanner:
    """The terminals one lexer state accepts, in priority order, and a per-character table of
    the (name, match) pairs worth trying."""

    def __init__(self, names: tuple[str, ...], terminals: dict[str, tuple[str, Optional[str]]]):
        self.entries = [(n, terminals[n][0], terminals[n][1]) for n in names]
        self.table: dict[str, tuple] = {}

    def candidates(self, c: str) -> tuple:
        # built on first sight of a character: a cold start touches few states and characters,
        # and compiles only the terminals they need
        got = tuple((n, _matcher(n, rx)) for n, rx, first in self.entries
                    if first is None or c in first)
        self.table[c] = got
        return got

    def match(self, text: str, pos: int) -> Optional[tuple[str, str]]:
        """(terminal name, matched text) at `pos`, or None."""
        c = text[pos]
        cands = self.table.get(c)
        if cands is None:
            cands = self.candidates(c)
        for name, match in cands:
            m = match(text, pos)
            if m is not None:
                return name, m.group(0)
        return None
