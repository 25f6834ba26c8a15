"""Positions as an editor counts them: lines broken at LF, CRLF or CR only (the LSP's rule and
lint/source.py's), and columns in the code units the client negotiated (UTF-16 by default,
UTF-8 or UTF-32 where offered). Spans count columns in code points from 1; `¶` is one code
unit in UTF-16 but two in UTF-8, a character outside the Basic Multilingual Plane two in UTF-16.

Every conversion clamps: a position past the end of a line or of the document is read as the
end, never an error.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .span import Span

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
_BREAK = re.compile(r"\r\n|\r|\n")


class Point(NamedTuple):
    line: int  # 0-based, as LSP counts
    character: int  # code units of the negotiated encoding


def lines_of(text: str) -> list[str]:
    """The document's lines, without their line endings (a final line break gives an empty
    last line, as editors show it)."""
    return _BREAK.split(text)


def _units(s: str, encoding: str) -> int:
    if encoding == UTF32 or s.isascii():
        return len(s)
    if encoding == UTF16:
        return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)
    return len(s.encode("utf-8", "surrogatepass"))


def to_client(lines: list[str], line: int, column: int, encoding: str) -> Point:
    """A 1-based line and code-point column as a client position (clamped to the text)."""
    i = min(max(line - 1, 0), len(lines) - 1)
    text = lines[i]
    col = min(max(column - 1, 0), len(text))
    return Point(i, _units(text[:col], encoding))


def from_client(lines: list[str], line: int, character: int, encoding: str) -> tuple[int, int]:
    """A client position as a 1-based line and code-point column (clamped to the text; a
    position inside a character counts as that character's start)."""
    if line < 0:
        return 1, 1
    if line >= len(lines):
        return len(lines), len(lines[-1]) + 1
    text = lines[line]
    if character <= 0:
        return line + 1, 1
    if encoding == UTF32 or text.isascii():
        return line + 1, min(character, len(text)) + 1
    used = 0
    for i, ch in enumerate(text):
        width = _units(ch, encoding)
        if used + width > character:
            return line + 1, i + 1
        used += width
    return line + 1, len(text) + 1


def span_to_client(lines: list[str], span: Span, encoding: str) -> tuple[Point, Point]:
    start = to_client(lines, span.line, span.column, encoding)
    end = to_client(lines, span.end_line, span.end_column, encoding)
    return start, max(start, end)


def contains(span: Span, line: int, column: int) -> bool:
    """Whether a 1-based line and column lies in the span (its end included, so that the
    cursor just after a word still explains it)."""
    return (span.line, span.column) <= (line, column) <= (span.end_line, span.end_column)
