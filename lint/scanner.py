"""A faster scanner for Lark's contextual lexer: each terminal compiled once, dispatched on the
first character.

Lark's contextual lexer compiles, for every parser state, one regular expression that is the
alternation of all terminals acceptable there. The cable grammar's terminals are long (free
text must stop before every keyword), so compiling a dozen such alternations costs ~0.4 s of
a cold start. This scanner compiles each terminal once, and at each position tries only the
terminals that can begin with the character found there, in Lark's own priority order, so it
returns exactly the token Lark's scanner would.
"""
from __future__ import annotations

import re
from typing import Optional

try:  # Python 3.11+
    from re import _constants as C, _parser as P  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_ANY = None  # "may begin with any character"


def _case(chars: set[str]) -> set[str]:
    out = set(chars)
    for ch in chars:
        out.add(ch.lower())
        out.add(ch.upper())
    return out


def _item_first(op, av, ignorecase: bool):
    """(first characters or _ANY, nullable) of one regex item."""
    if op is C.LITERAL:
        s = {chr(av)}
        return (_case(s) if ignorecase else s), False
    if op in (C.NOT_LITERAL, C.ANY):
        return _ANY, False
    if op is C.IN:
        chars: set[str] = set()
        for iop, iav in av:
            if iop is C.LITERAL:
                chars.add(chr(iav))
            elif iop is C.RANGE:
                lo, hi = iav
                if hi - lo > 512:
                    return _ANY, False
                chars.update(chr(c) for c in range(lo, hi + 1))
            else:  # NEGATE, CATEGORY (\d, \s, \w): be conservative
                return _ANY, False
        return (_case(chars) if ignorecase else chars), False
    if op is C.BRANCH:
        acc: set[str] = set()
        nullable = False
        for alt in av[1]:
            f, n = _seq_first(alt, ignorecase)
            if f is _ANY:
                return _ANY, False
            acc |= f
            nullable = nullable or n
        return acc, nullable
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        ic = (ignorecase or bool(add_flags & re.IGNORECASE)) and not (del_flags & re.IGNORECASE)
        return _seq_first(sub, ic)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, _hi, sub = av
        f, n = _seq_first(sub, ignorecase)
        return f, n or lo == 0
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # zero-width
    return _ANY, False


def _seq_first(seq, ignorecase: bool):
    acc: set[str] = set()
    for op, av in seq:
        f, nullable = _item_first(op, av, ignorecase)
        if f is _ANY:
            return _ANY, False
        acc |= f
        if not nullable:
            return acc, False
    return acc, True


def first_chars(pattern: str) -> Optional[frozenset[str]]:
    """The characters a match of `pattern` can begin with, or None if it could be any."""
    parsed = P.parse(pattern)
    f, nullable = _seq_first(parsed, bool(parsed.state.flags & re.IGNORECASE))
    if f is _ANY or nullable:
        return None
    return frozenset(f)


class _Text:  # what Lark passes: a TextSlice with .text and .end
    text: str
    end: int


class DispatchScanner:
    """Drop-in for `lark.lexer.Scanner.match`: same terminals, same order, same result."""

    _compiled: dict[str, tuple[re.Pattern, Optional[frozenset[str]]]] = {}

    def __init__(self, terminals, g_regex_flags: int = 0):
        entries = []
        for t in terminals:  # already in Lark's priority order
            got = self._compiled.get(t.name)
            if got is None:
                regexp = t.pattern.to_regexp()
                got = (re.compile(regexp, g_regex_flags), first_chars(regexp))
                self._compiled[t.name] = got
            entries.append((t.name, got[0], got[1]))
        self.terminals = terminals
        self.allowed_types = {t.name for t in terminals}
        self._entries = entries
        self.table: dict[str, tuple] = {}
        self.default = tuple((n, rx) for n, rx, f in entries if f is None)

    def candidates(self, c: str) -> tuple:
        # built on first sight of a character: a cold start touches few states and characters
        got = tuple((n, rx) for n, rx, f in self._entries if f is None or c in f)
        self.table[c] = got
        return got

    def match(self, text, pos):
        s = text.text
        c = s[pos]
        cands = self.table.get(c)
        if cands is None:
            cands = self.candidates(c)
        for name, rx in cands:
            m = rx.match(s, pos, text.end)
            if m:
                return m.group(0), name
        return None


def install(lark_instance) -> None:
    """Replace the scanners of a Lark LALR parser's contextual lexer by dispatch scanners."""
    lexer = lark_instance.parser.lexer
    basic_lexers = list(getattr(lexer, "lexers", {}).values()) + [getattr(lexer, "root_lexer", None)]
    for bl in basic_lexers:
        if bl is None or not hasattr(bl, "_scanner"):
            continue
        if any(t.pattern.type != "re" for t in bl.terminals) or bl.user_callbacks:
            continue  # string terminals need Lark's own handling; this grammar has none
        bl.callback = {}
        bl._scanner = None
        # Lark builds a state's scanner on first use; keep it lazy, with ours
        bl._build_scanner = (lambda b=bl: DispatchScanner(b.terminals, b.g_regex_flags))
