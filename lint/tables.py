"""The parser's tables: Lark's analysis of the grammar, shipped as a generated module.

`grammar/cable_parse_tables.py` is written by `python -m cablelint.tablegen` from
`grammar/cable.lark` and records the grammar's checksum. When the grammar has been edited
since (a working copy), the tables are computed again with Lark, so the parser always follows
the grammar file; the test suite checks that the shipped module is current.
"""
from __future__ import annotations

from .tablegen import Tables, build_tables, grammar_crc32, grammar_path


def load() -> Tables:
    from .grammar import cable_parse_tables as t

    data = grammar_path().read_bytes()
    if grammar_crc32(data) != t.GRAMMAR_CRC32:
        return build_tables(data)  # (imports Lark)
    return Tables(grammar_crc32=t.GRAMMAR_CRC32, terminals=t.TERMINALS,
                  newline_types=t.NEWLINE_TYPES, ignore=t.IGNORE, lexers=t.LEXERS,
                  state_lexer=t.STATE_LEXER, rules=t.RULES, actions=t.ACTIONS,
                  start=t.START, end=t.END)
