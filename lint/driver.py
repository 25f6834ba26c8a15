"""The parse loop: Lark's LALR tables for `grammar/cable.lark`, run without Lark's layers.

Lark computes the tables (see `lint/tablegen.py`): the terminals and their priority order,
each parser state's terminal set (the contextual lexer), the LALR(1) actions and how each
rule shapes the tree. Lark's own loop passes each token through a generator, a lexer thread,
a line counter and a parser-state object, and looks up each reduction's callback by a grammar
rule whose hashing is Python code: for a cable of ~50 tokens that is most of the parse time.
This loop does the same steps inline over plain tuples and dicts, and builds the tree Lark's
tree builder would (the test suite checks that trees and token positions are identical).
"""
from __future__ import annotations

from typing import Callable, Optional

from .scanner import DispatchScanner
from .tables import Tables
from .tree import Token, Tree


class DriverError(Exception):
    """The tables have no action for what stands at this position."""

    def __init__(self, line: int, column: int, reason: str):
        super().__init__(line, column, reason)
        self.line, self.column, self.reason = line, column, reason


def _node_builder(name: str, expand1: bool,
                  keep: Optional[tuple[tuple[int, bool], ...]]) -> Callable[[list], object]:
    """Lark's tree shaping for one rule: keep the listed children (inlining the children of
    `_rule` nodes), then collapse a `?rule` with a single child into that child."""
    new = tuple.__new__  # a Tree without the named tuple's Python-level __new__
    if keep is None:
        if expand1:
            return lambda ch: ch[0] if len(ch) == 1 else new(Tree, (name, ch))
        return lambda ch: new(Tree, (name, ch))
    if keep == ((0, True), (1, False)) and not expand1:
        # a left-recursive `item*` grown by one item: what the loop below does for this shape
        def grow(ch: list) -> object:
            kept = ch[0].children
            kept.append(ch[1])
            return new(Tree, (name, kept))
        return grow

    def build(ch: list) -> object:
        kept: list = []
        for i, inline in keep:
            if not inline:
                kept.append(ch[i])
            elif kept:
                kept += ch[i].children
            else:
                # as Lark does: take over the inlined node's list, so that a long `item*`
                # (a left-recursive rule) grows one list instead of copying it at every item
                kept = ch[i].children
        if expand1 and len(kept) == 1:
            return kept[0]
        return new(Tree, (name, kept))
    return build


class Driver:
    def __init__(self, tables: Tables):
        scanners = [DispatchScanner(names, tables.terminals) for names in tables.lexers]
        self.scanners = [scanners[i] for i in tables.state_lexer]  # by parser state
        self.candidate_tables = [s.table for s in self.scanners]
        self.actions = tables.actions
        # rule index -> (number of symbols, tree builder, rule name for the goto)
        self.reductions = [(size, _node_builder(name, expand1, keep), origin)
                           for origin, name, size, expand1, keep in tables.rules]
        self.newline_types = tables.newline_types
        self.ignore = tables.ignore
        self.start = tables.start
        self.end = tables.end

    def parse(self, text: str) -> Tree:
        actions, scanners, reductions = self.actions, self.scanners, self.reductions
        tables = self.candidate_tables
        newline_types, ignore = self.newline_types, self.ignore
        new_token = tuple.__new__  # a Token without the named tuple's Python-level __new__
        state_stack = [self.start]
        value_stack: list = []
        n = len(text)
        pos = 0
        line, line_start = 1, 0

        while pos < n:
            state = state_stack[-1]
            # the scanner's match, inlined: candidates for the next two characters, in priority order
            key = text[pos:pos + 2]
            cands = tables[state].get(key)
            if cands is None:
                cands = scanners[state].candidates(key)
            for type_, match in cands:
                m = match(text, pos)
                if m is not None:
                    break
            else:
                raise DriverError(line, pos - line_start + 1, "UnexpectedCharacters")
            start, tok_line, tok_col = pos, line, pos - line_start + 1
            pos = m.end()
            value = text[start:pos]
            if type_ in newline_types:
                nl = value.count("\n")
                if nl:
                    line += nl
                    line_start = start + value.rindex("\n") + 1
            if type_ in ignore:
                continue
            tok = new_token(Token, (type_, value, start, tok_line, tok_col, line,
                                    pos - line_start + 1, pos))
            # feed the token: reduce while the table says so, then shift
            row = actions[state]
            while True:
                act = row.get(type_)
                if act is None:
                    raise DriverError(tok_line, tok_col, "UnexpectedToken")
                if act >= 0:
                    state_stack.append(act)
                    value_stack.append(tok)
                    break
                size, build, origin = reductions[~act]
                if size:
                    children = value_stack[-size:]
                    del state_stack[-size:]
                    del value_stack[-size:]
                else:
                    children = []
                value_stack.append(build(children))
                goto = actions[state_stack[-1]][origin]
                state_stack.append(goto)
                row = actions[goto]

        # end of input: reduce until the start rule is complete
        while True:
            act = actions[state_stack[-1]].get("$END")
            if act is None or act >= 0:
                raise DriverError(line, pos - line_start + 1, "UnexpectedEOF")
            size, build, origin = reductions[~act]
            if size:
                children = value_stack[-size:]
                del state_stack[-size:]
                del value_stack[-size:]
            else:
                children = []
            value_stack.append(build(children))
            state_stack.append(actions[state_stack[-1]][origin])
            if state_stack[-1] == self.end:
                return value_stack[-1]
