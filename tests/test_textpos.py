"""Positions as editors count them: UTF-16 (the LSP default), UTF-8 and UTF-32 columns, LF,
CRLF and CR line breaks, and clamping of positions past the end."""
from __future__ import annotations

from cablelint.span import Span
from cablelint.textpos import UTF8, UTF16, UTF32, Point, contains, from_client, lines_of, \
    span_to_client, to_client

LINES = lines_of("\u00b61. (S) x\r\nA\U0001F600B (C)\rlast\n")


def test_lines_break_at_lf_crlf_and_cr_only():
    assert LINES == ["\u00b61. (S) x", "A\U0001F600B (C)", "last", ""]
    assert lines_of("a\x0cb\u2028c") == ["a\x0cb\u2028c"]  # form feeds are not line breaks


def test_columns_in_each_encoding_and_back():
    # `(C)` on line 2 starts at code point 5, after an emoji: UTF-16 5, UTF-8 7, UTF-32 4
    for enc, units in ((UTF16, 5), (UTF8, 7), (UTF32, 4)):
        assert to_client(LINES, 2, 5, enc) == Point(1, units)
        assert from_client(LINES, 1, units, enc) == (2, 5)
    assert to_client(LINES, 1, 5, UTF16) == Point(0, 4)
    assert to_client(LINES, 1, 5, UTF8) == Point(0, 5)
    # a position inside a character is read as that character
    assert from_client(LINES, 1, 2, UTF16) == (2, 2)


def test_positions_past_the_end_are_clamped():
    assert to_client(LINES, 99, 99, UTF16) == Point(3, 0)
    assert to_client(LINES, 1, 99, UTF16) == Point(0, 9)
    assert from_client(LINES, 99, 0, UTF16) == (4, 1)
    assert from_client(LINES, 0, 99, UTF8) == (1, 10)
    assert from_client(LINES, -1, -1, UTF16) == (1, 1)
    start, end = span_to_client(LINES, Span(2, 5, 1, 1), UTF16)
    assert end >= start


def test_contains_includes_the_end():
    assert contains(Span(2, 5, 2, 8), 2, 8) and not contains(Span(2, 5, 2, 8), 2, 9)
