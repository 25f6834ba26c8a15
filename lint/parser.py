"""Text to parse tree: the LALR parser of `grammar/cable.lark`, built once per process.

The parse loop (`lint/driver.py`) runs the tables Lark computed from the grammar, loaded from
the generated module `grammar/cable_parse_tables.py` (`lint/tables.py`), so a plain run does
not import Lark. `get_parser()` gives Lark's own parser of the same grammar, for the tests and
for tools that want Lark's API.
"""
from __future__ import annotations

import functools

from . import tables
from .driver import Driver, DriverError
from .tables import Tables
from .tree import Tree


class ParseFailure(Exception):
    """The grammar could not read the text; carries the position where it stopped."""

    def __init__(self, line: int, column: int, reason: str):
        super().__init__(line, column, reason)
        self.line, self.column, self.reason = line, column, reason

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.reason}"


def grammar_text() -> str:
    from .tables import grammar_path

    return grammar_path().read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def get_parser():
    """Lark's parser of the grammar, with the options the tables are taken with."""
    from .tablegen import lark_parser

    return lark_parser()


def load_tables() -> Tables:
    """The parser's tables: the shipped ones, or, when the grammar has been edited since they
    were written, the same computed again with Lark."""
    found = tables.shipped()
    if found is None:
        from .tablegen import build_tables  # (imports Lark)
        found = build_tables()
    return found


@functools.lru_cache(maxsize=1)
def get_driver() -> Driver:
    return Driver(load_tables())


def parse(text: str) -> Tree:
    """Parse a cable's text (newlines already normalised to \\n)."""
    try:
        return get_driver().parse(text)
    except DriverError as exc:
        # The grammar is designed to accept any text; reaching this is a grammar bug or a
        # truly unreadable file, reported as one positioned parse-error finding.
        raise ParseFailure(exc.line, exc.column, exc.reason) from None
    except RecursionError as exc:
        raise ParseFailure(1, 1, type(exc).__name__) from None
