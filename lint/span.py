"""Where an element of a cable stands: `Span`, 1-based lines and columns, end column exclusive,
and how a token's span is read (without the blanks some terminals fold in at their end)."""
from __future__ import annotations

import types
from typing import NamedTuple

from .tree import POSITION, Token


_BLANKS = " \t\n"
_TRAILING = " \t\r\n\\"


class Span(NamedTuple):
    """Where an element stands: 1-based line and column, end column exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int

    @staticmethod
    def of(tok: Token) -> "Span":
        """Span of a token, without the blanks some terminals fold in at their end."""
        value = tok.value
        if not value:
            return Span(tok.line, tok.column, tok.line, tok.column)
        if value[0] in _BLANKS:
            return Span._of_indented(tok)
        if value[-1] not in _TRAILING:
            # most tokens: Lark's own end position is already the element's end
            return make_span(tok[POSITION])
        return _folded(tok.line, tok.column, tok, value)

    @staticmethod
    def _of_indented(tok: Token) -> "Span":
        # rare: a token that starts with blanks (its text begins further right)
        value = tok.value
        stripped = value.rstrip(_TRAILING) or value[:1]
        lead = len(stripped) - len(stripped.lstrip(" \t\n"))
        body = stripped[lead:]
        line, col = tok.line, tok.column
        if lead:
            before = stripped[:lead]
            nl = before.count("\n")
            if nl:
                line += nl
                col = lead - before.rfind("\n")
            else:
                col += lead
        nl = body.count("\n")
        if nl:
            return Span(line, col, line + nl, len(body) - body.rfind("\n"))
        return Span(line, col, line, col + len(body))

    def to(self, other: "Span") -> "Span":
        return make_span((self.line, self.column, other.end_line, other.end_column))

    def through(self, tok: Token) -> "Span":
        """From where this span starts to where the text of `tok` ends: `self.to(Span.of(tok))`."""
        return _reach(self.line, self.column, tok)

    @staticmethod
    def across(first: Token, last: Token) -> "Span":
        """From where `first` starts to where `last` ends: `Span.of(first).to(Span.of(last))`."""
        value = first.value
        if value and value[0] not in _BLANKS:
            return _reach(first.line, first.column, last)
        return Span.of(first).through(last)  # rare: an empty or indented first token

    def as_dict(self) -> dict:
        return {"line": self.line, "column": self.column,
                "end_line": self.end_line, "end_column": self.end_column}


# a Span from one tuple of its four fields (docs/performance.md: why not `Span(...)`)
make_span = types.MethodType(tuple.__new__, Span)

FILE_START = Span(1, 1, 1, 1)


def _reach(line: int, column: int, tok: Token) -> Span:
    """The span from `line`, `column` to where the text of `tok` ends."""
    value = tok.value
    if not value or value[0] in _BLANKS:
        end = Span.of(tok)  # rare: an empty or indented token
        return make_span((line, column, end.end_line, end.end_column))
    if value[-1] not in _TRAILING:
        return make_span((line, column, tok.end_line, tok.end_column))
    return _folded(line, column, tok, value)


def _folded(line: int, column: int, tok: Token, value: str) -> Span:
    """The span from `line`, `column` to where the text of `tok` (its `value`, which starts with
    text) ends, without the blanks it folds in at its end."""
    text = value.rstrip(_TRAILING)
    end = len(text)
    if not end:
        return make_span((line, column, tok.line, tok.column + 1))
    if "\n" not in text:
        # text on one line (a paragraph number, a mark, a paragraph typed as one line): no line
        # to count, whatever line breaks the blanks after it hold
        return make_span((line, column, tok.line, tok.column + end))
    # the token's end line less the line breaks among the folded-in blanks: counting those
    # in the short tail, not the lines of the whole token (a paragraph's text is long); the end
    # column is one past the text's last line
    return make_span((line, column, tok.end_line - value.count("\n", end),
                      len(text.rpartition("\n")[2]) + 1))


def line_span(line: int, text: str) -> Span:
    """A whole line of the metadata record (at least one column wide)."""
    return make_span((line, 1, line, max(len(text.rstrip()), 1) + 1))
