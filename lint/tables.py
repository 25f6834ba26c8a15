"""The parser's tables: Lark's analysis of the grammar, shipped as a generated module.

`grammar/cable_parse_tables.py` is written by `python -m cablelint.tablegen` from
`grammar/cable.lark` and records the grammar's checksum. When the grammar has been edited
since (a working copy), the tables are computed again with Lark, so the parser always follows
the grammar file (`parser.load_tables`); the test suite checks that the shipped module is
current. Only then is the generator, `lint/tablegen.py`, imported.
"""
from __future__ import annotations

import zlib
from pathlib import Path
from typing import NamedTuple, Optional


class Tables(NamedTuple):
    """Everything the parse loop needs, as plain data (see the module docstring)."""

    grammar_crc32: int
    # terminal name -> (regular expression, how a match can begin: see `start_filter`)
    terminals: dict[str, tuple[str, Optional[dict[str, Optional[str]]]]]
    newline_types: frozenset[str]
    ignore: frozenset[str]
    lexers: tuple[tuple[str, ...], ...]  # terminal names in Lark's priority order
    state_lexer: tuple[int, ...]  # parser state -> index into `lexers`
    # grammar rule -> (rule name, tree name, number of symbols, collapse a single child?,
    # which children to keep as (index, inline its children?), or None to keep all)
    rules: tuple[tuple[str, str, int, bool, Optional[tuple[tuple[int, bool], ...]]], ...]
    # parser state -> symbol -> next state (>= 0, shift or goto) or ~rule index (< 0, reduce)
    actions: tuple[dict[str, int], ...]
    start: int
    end: int


def grammar_path() -> Path:
    import cablelint.grammar as pkg

    return Path(pkg.__file__).with_name("cable.lark")


def grammar_crc32(data: bytes) -> int:
    return zlib.crc32(data)




def shipped() -> Tables | None:
    """The shipped tables, or None when the grammar has been edited since they were written
    (then `parser.load_tables` computes them again with Lark)."""
    from .grammar import cable_parse_tables as t

    if grammar_crc32(grammar_path().read_bytes()) != t.GRAMMAR_CRC32:
        return None
    return Tables(grammar_crc32=t.GRAMMAR_CRC32, terminals=t.TERMINALS,
                  newline_types=t.NEWLINE_TYPES, ignore=t.IGNORE, lexers=t.LEXERS,
                  state_lexer=t.STATE_LEXER, rules=t.RULES, actions=t.ACTIONS,
                  start=t.START, end=t.END)
