"""The contextual lexer's scanner: each terminal compiled once, dispatched on the first two
characters.

Lark's contextual lexer compiles, for every parser state, one regular expression that is the
alternation of all terminals acceptable there. The cable grammar's terminals are long (free
text must stop before every keyword), so compiling a dozen such alternations is slow
(docs/performance.md). Here each terminal is compiled once, on first use, and at each position
only the
terminals that can begin with the two characters found there are tried (most keywords are
ruled out before their regular expression runs), in Lark's own priority order: the first that
matches wins, as in Lark's alternation, so the token is the same.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from . import fastlex

# terminal name -> bound `match` of its compiled regex, or fastlex's matcher (the parse loop
# reads only the result's `end()`)
_compiled: dict[str, Callable] = {}

# Each scanner remembers the candidates for the character pairs it meets. Real text meets a
# few thousand; hostile text could meet millions, so past this many they are worked out anew.
MAX_REMEMBERED = 20_000

StartFilter = Optional[dict[str, Optional[str]]]  # see tablegen.start_filter


def _matcher(name: str, regexp: str) -> Callable:
    m = _compiled.get(name)
    if m is None:
        m = _compiled[name] = fastlex.matcher(name, regexp) or re.compile(regexp).match
    return m


class DispatchScanner:
    """The terminals one lexer state accepts, in priority order, and a table of the
    (name, match) pairs worth trying for the two characters at a position."""

    def __init__(self, names: tuple[str, ...], terminals: dict[str, tuple[str, StartFilter]]):
        self.entries = [(n, terminals[n][0], terminals[n][1]) for n in names]
        self.table: dict[str, tuple] = {}
        # first character -> (name, regexp, characters that may follow it, or None for any)
        # of the terminals that may begin with it: a new pair looks only at those
        self._by_first: dict[str, list[tuple[str, str, Optional[str]]]] = {}

    def _beginning_with(self, first: str) -> list[tuple[str, str, Optional[str]]]:
        found = self._by_first.get(first)
        if found is None:
            found = [(n, rx, None if start is None else start[first])
                     for n, rx, start in self.entries if start is None or first in start]
            if len(self._by_first) < MAX_REMEMBERED:
                self._by_first[first] = found
        return found

    def candidates(self, key: str) -> tuple:
        """`key`: the text's next two characters (one at its end)."""
        # a cold start touches few states and characters, and compiles only what they need;
        # a following character that is absent (the end of the text) rules nothing out
        second = key[1:]
        got = tuple([(n, _compiled.get(n) or _matcher(n, rx))
                     for n, rx, follow in self._beginning_with(key[0])
                     if follow is None or not second or second in follow])
        if len(self.table) < MAX_REMEMBERED:
            self.table[key] = got
        return got
