"""Text to parse tree: the Lark LALR parser of `grammar/cable.lark`, built once per process.

The parser is built lazily and cached (Lark's own table cache on disk, plus this module's
instance), so a cold `cablelint check one.txt` does not pay for grammar analysis every time.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from lark import Lark, Tree
from lark.exceptions import LarkError, UnexpectedInput

from . import scanner
from .driver import Driver, DriverError


@dataclass(frozen=True)
class ParseFailure(Exception):
    """The grammar could not read the text; carries the position where it stopped."""

    line: int
    column: int
    reason: str

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.reason}"


def grammar_text() -> str:
    return resources.files("cablelint.grammar").joinpath("cable.lark").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def get_parser() -> Lark:
    # cache=True stores the analysed LALR tables in the temporary directory, keyed by the
    # grammar's hash and Lark's version, so later processes start in a few milliseconds.
    # Positions live on the tokens (line, column, end_line, end_column), and the model gives
    # every element the span of its tokens. Lark's propagate_positions would copy them onto
    # every tree node as well, which costs about a third of the parse time, for nothing.
    lark = Lark(
        grammar_text(),
        parser="lalr",
        lexer="contextual",
        propagate_positions=False,
        maybe_placeholders=False,
        cache=True,
    )
    scanner.install(lark)
    return lark


@functools.lru_cache(maxsize=1)
def get_driver() -> Driver:
    return Driver(get_parser())


def parse(text: str) -> Tree:
    """Parse a cable's text (newlines already normalised to \\n)."""
    try:
        return get_driver().parse(text)
    except DriverError as exc:
        raise ParseFailure(exc.line, exc.column, exc.reason) from None
    except UnexpectedInput as exc:
        # The grammar is designed to accept any text; reaching this is a grammar bug or a
        # truly unreadable file, reported as one positioned parse-error finding.
        raise ParseFailure(getattr(exc, "line", 1) or 1, getattr(exc, "column", 1) or 1,
                           type(exc).__name__) from None
    except (LarkError, RecursionError) as exc:
        raise ParseFailure(1, 1, type(exc).__name__) from None
