"""The parse tree: tokens and nodes as the parse loop builds them.

They have the attributes of Lark's `Token` and `Tree` that the model reads (a token's type,
value and positions; a node's rule name and children), without importing Lark at run time.
A token is a named tuple: a cable's parse makes some fifty, and tuples are built fastest.
"""
from __future__ import annotations

from typing import NamedTuple, Union


class Token(NamedTuple):
    """A terminal's match: its name, its text, and where it stands (1-based lines and columns,
    end column exclusive; positions are offsets into the text)."""

    type: str
    value: str
    start_pos: int
    line: int
    column: int
    end_line: int
    end_column: int
    end_pos: int


# Where a token stands, as a slice of it: its line, column, end line and end column lie side by
# side, in the order of the model's `Span`, so the model copies them in one step.
POSITION = slice(3, 7)
assert Token._fields[POSITION] == ("line", "column", "end_line", "end_column")


class Tree(NamedTuple):
    """A grammar rule's node: the rule name and its children (tokens and nodes). A named tuple
    like the token (the parse loop builds both with `tuple.__new__`); it holds a list, so it
    has no hash, like Lark's trees, and it equals only another node."""

    data: str
    children: list[Union["Tree", Token]]

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Tree) and self.data == other.data
                and self.children == other.children)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Tree({self.data!r}, {self.children!r})"
