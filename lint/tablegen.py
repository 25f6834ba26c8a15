"""Lark's analysis of `grammar/cable.lark`, written out as plain data for the parse loop.

Lark reads the grammar and computes everything the parser needs: the terminals' regular
expressions in its priority order, the contextual lexer's terminal set for each parser state,
the LALR(1) action table, and how each grammar rule shapes the tree (which children are kept,
which `_rule`s are inlined, which `?rule`s collapse to their single child). This module takes
those results from Lark and renders them as a Python module of literals,
`grammar/cable_parse_tables.py`, which `lint/tables.py` loads: a cold start then reads the
tables from byte-code instead of importing Lark and rebuilding its parser (about a tenth of a
second). The tables are Lark's own, so the tree is the one `Lark.parse` gives (the tests check
this, and that the shipped module is current with the grammar).

Regenerate after editing the grammar:  python -m cablelint.tablegen
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Optional

try:  # Python 3.11+
    from re import _constants as C, _parser as P  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

from .tables import Tables, grammar_crc32, grammar_path

MODULE_NAME = "cable_parse_tables.py"

#: The Lark release the generator was written against (`pyproject.toml` pins the major version).
LARK_VERSION = "1.3.1"

#: What the generator reads beyond Lark's documented API, as dotted paths from the module or
#: the `Lark` object named first; tests/test_tablegen.py checks that each is still there, so a
#: Lark that moves one fails a test instead of writing wrong tables.
LARK_INTERNALS = (
    "lark.parse_tree_builder.maybe_create_child_filter",  # which children a rule keeps
    "lark.parsers.lalr_analysis.Shift",                   # shift actions in the LALR table
    "Lark.parser.parser.parser.parse_table",               # states, start_states, end_states
    "Lark.parser.lexer.lexers",                            # the contextual lexer's per-state lexers
    "Lark.lexer_conf.ignore",
    "Lark.lexer_conf.callbacks",
    "Lark.rules",                                          # origin, expansion, alias, options
    "Lark.terminals",                                      # name, pattern.to_regexp()
)

#: Python's private regular-expression parser, read to find how a terminal's match can begin.
RE_INTERNALS = ("re._parser.parse", "re._constants")  # sre_parse, sre_constants on 3.10


# -- how a match can begin: its first two characters (so the scanner tries only what can match) --
#
# A prefix is a tuple of up to two character sets (None: any character). A tuple shorter than
# asked for means the item's match can end there. Assertions are zero-width and ignored, which
# can only let more through: the filter is conservative, never wrong.

_K = 2


class _Unknown(Exception):
    """A construct the analysis does not follow: the terminal may begin with anything."""


def _charset(chars: set[str], ignorecase: bool) -> frozenset[str]:
    if ignorecase:
        chars = chars | {c.lower() for c in chars} | {c.upper() for c in chars}
    return frozenset(chars)


def _in_set(av, ignorecase: bool) -> Optional[frozenset[str]]:
    chars: set[str] = set()
    for iop, iav in av:
        if iop is C.LITERAL:
            chars.add(chr(iav))
        elif iop is C.RANGE:
            lo, hi = iav
            if hi - lo > 512:
                return None
            chars.update(chr(c) for c in range(lo, hi + 1))
        else:  # NEGATE, CATEGORY (\d, \s, \w): any character, to be safe
            return None
    return _charset(chars, ignorecase)


def _item_prefixes(op, av, k: int, ignorecase: bool) -> set[tuple]:
    if op is C.LITERAL:
        return {(_charset({chr(av)}, ignorecase),)}
    if op in (C.NOT_LITERAL, C.ANY, C.CATEGORY):
        return {(None,)}
    if op is C.IN:
        return {(_in_set(av, ignorecase),)}
    if op is C.BRANCH:
        return set().union(*(_seq_prefixes(alt, k, ignorecase) for alt in av[1]))
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        ic = (ignorecase or bool(add_flags & re.IGNORECASE)) and not (del_flags & re.IGNORECASE)
        return _seq_prefixes(sub, k, ic)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, sub = av
        found = {()} if lo == 0 else set()
        frontier = {()}  # what `r` repetitions can match, while shorter than k
        last = min(hi, lo + k)  # beyond, every repetition has added a character (or may not)
        for r in range(1, last + 1):
            nxt = set()
            for p in frontier:
                for q in _seq_prefixes(sub, k - len(p), ignorecase):
                    t = p + q
                    if len(t) >= k:
                        found.add(t[:k])
                    else:
                        if r >= lo:
                            found.add(t)
                        nxt.add(t)
            frontier = nxt
        if frontier and last < hi:
            found |= {p + (None,) * (k - len(p)) for p in frontier}  # more repetitions: anything
        return found
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {()}
    raise _Unknown(op)


def _seq_prefixes(seq, k: int, ignorecase: bool) -> set[tuple]:
    open_: set[tuple] = {()}  # prefixes of the items so far, each a whole match of them
    done: set[tuple] = set()  # k characters reached
    for op, av in seq:
        nxt = set()
        for p in open_:
            for q in _item_prefixes(op, av, k - len(p), ignorecase):
                t = p + q
                if len(t) >= k:
                    done.add(t[:k])
                else:
                    nxt.add(t)
        open_ = nxt
        if not open_:
            break
    return done | open_


def start_filter(pattern: str) -> Optional[dict[str, Optional[str]]]:
    """How a match of `pattern` can begin: {first character: the characters that can follow
    it, or None for any}, or None if it could begin with anything."""
    parsed = P.parse(pattern)
    try:
        prefixes = _seq_prefixes(parsed, _K, bool(parsed.state.flags & re.IGNORECASE))
    except _Unknown:
        return None
    follow: dict[str, Optional[set[str]]] = {}
    for t in prefixes:
        if not t or t[0] is None:
            return None  # may match the empty string, or begin with anything
        for c in t[0]:
            if len(t) == 1 or t[1] is None:
                follow[c] = None
            elif follow.get(c, set()) is not None:
                follow[c] = follow.get(c, set()) | t[1]
    return {c: (None if f is None else "".join(sorted(f))) for c, f in sorted(follow.items())}


# -- from Lark --

def lark_parser(text: str | None = None):
    """Lark's LALR parser of the grammar (the reference the tables are taken from)."""
    from lark import Lark

    if text is None:
        text = grammar_path().read_text(encoding="utf-8")
    # the options the tables are taken with: no placeholders for absent optional symbols, no
    # position propagation (positions live on the tokens)
    return Lark(text, parser="lalr", lexer="contextual", propagate_positions=False,
                maybe_placeholders=False, cache=True)


def _actions(table, state) -> list:
    """The (symbol, action) pairs of a Lark parse-table state, by symbol name (Lark's own
    order follows its sets, see `_canonical_order`)."""
    return sorted(table.states[state].items(), key=lambda kv: str(kv[0]))


def _canonical_order(table, shift) -> list:
    """Lark's states in an order that depends only on the automaton: breadth first from the
    start state, following shifts in the order of their symbols' names. Lark numbers its states
    by walking sets, whose order moves with Python's string hashing from one process to the
    next (and a table read back from Lark's cache is numbered again): numbered as Lark has them,
    the shipped tables would change from build to build with the grammar unchanged."""
    start = table.start_states["start"]
    order = [start]
    seen = {start}
    for s in order:  # (the list grows as the walk goes on)
        for _, (action, arg) in _actions(table, s):
            if action is shift and arg not in seen:
                seen.add(arg)
                order.append(arg)
    # (every state is reached from the start; any other would come last, in Lark's order)
    order += sorted(set(table.states) - seen)
    return order


def build_tables(data: bytes | None = None) -> Tables:
    from lark.parse_tree_builder import maybe_create_child_filter
    from lark.parsers.lalr_analysis import Shift

    if data is None:
        data = grammar_path().read_bytes()
    lark = lark_parser(data.decode("utf-8"))
    if any(t.pattern.type != "re" and t.pattern.to_regexp() != re.escape(t.pattern.value)
           for t in lark.terminals) or lark.lexer_conf.callbacks:
        raise ValueError("the tables support plain terminals without lexer callbacks")

    terminals = {}
    for t in lark.terminals:
        rx = t.pattern.to_regexp()
        terminals[t.name] = (rx, start_filter(rx))

    contextual = lark.parser.lexer
    table = lark.parser.parser.parser.parse_table
    states = _canonical_order(table, Shift)
    index = {s: i for i, s in enumerate(states)}
    lexers: list[tuple[str, ...]] = []
    state_lexer = []
    newline_types: set[str] = set()
    for s in states:
        basic = contextual.lexers[s]
        names = tuple(t.name for t in basic.terminals)  # Lark's priority order
        newline_types |= basic.newline_types
        if names not in lexers:
            lexers.append(names)
        state_lexer.append(lexers.index(names))

    rule_index = {r: i for i, r in enumerate(lark.rules)}
    rules = []
    for r in lark.rules:
        child_filter = maybe_create_child_filter(r.expansion, r.options.keep_all_tokens, False, None)
        keep = None
        if child_filter is not None:
            keep = tuple((i, bool(expand)) for i, expand in child_filter.args[0])
        expand1 = bool(r.options.expand1 and not r.alias)
        name = r.alias or r.options.template_source or r.origin.name
        rules.append((str(r.origin.name), str(name), len(r.expansion), expand1, keep))

    actions = []
    for s in states:
        row = {}
        for sym, (action, arg) in _actions(table, s):
            row[str(sym)] = index[arg] if action is Shift else ~rule_index[arg]
        actions.append(row)

    return Tables(
        grammar_crc32=grammar_crc32(data), terminals=terminals,
        newline_types=frozenset(newline_types), ignore=frozenset(lark.lexer_conf.ignore),
        lexers=tuple(lexers), state_lexer=tuple(state_lexer), rules=tuple(rules),
        actions=tuple(actions), start=index[table.start_states["start"]],
        end=index[table.end_states["start"]])


def render(tables: Tables) -> str:
    """The tables as the source of a Python module (literals only)."""
    import lark

    out = [
        '"""The LALR tables of cable.lark, as Lark computes them. Generated: do not edit.',
        "",
        f"Regenerate with `python -m cablelint.tablegen` (Lark {lark.__version__}).",
        '"""',
        "# fmt: off",
        f"GRAMMAR_CRC32 = {tables.grammar_crc32}",
        "TERMINALS = {",
    ]
    out += [f"    {name!r}: ({rx!r}, {first!r})," for name, (rx, first) in sorted(tables.terminals.items())]
    out.append("}")
    out.append(f"NEWLINE_TYPES = frozenset({sorted(tables.newline_types)!r})")
    out.append(f"IGNORE = frozenset({sorted(tables.ignore)!r})")
    out.append("LEXERS = (")
    out += [f"    {names!r}," for names in tables.lexers]
    out.append(")")
    out.append(f"STATE_LEXER = {tables.state_lexer!r}")
    out.append("RULES = (")
    out += [f"    {r!r}," for r in tables.rules]
    out.append(")")
    out.append("ACTIONS = (")
    out += [f"    {row!r}," for row in tables.actions]
    out.append(")")
    out.append(f"START = {tables.start}")
    out.append(f"END = {tables.end}")
    return "\n".join(out) + "\n"


def module_path() -> Path:
    return grammar_path().with_name(MODULE_NAME)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    source = render(build_tables())
    path = module_path()
    if argv == ["--check"]:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != source:
            print(f"{path} is out of date: run python -m cablelint.tablegen", file=sys.stderr)
            return 1
        return 0
    path.write_text(source, encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
