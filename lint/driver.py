"""The parse loop: Lark's LALR tables and tree callbacks, run with fewer layers per token.

Lark builds everything from `grammar/cable.lark`: the LALR(1) tables, the contextual lexer's
terminal set for each parser state, and the callbacks that build the tree. This module only
runs them. Lark's own loop passes each token through a generator, a lexer thread, a line
counter and a parser-state object, and looks up each reduction's callback by a grammar-rule
key whose hashing and comparison are Python code: for a cable of ~50 tokens that is most of
the parse time. Here the actions are flattened once into plain tuples, and the loop does the
same steps inline, so the tree is exactly the one `Lark.parse` returns (the test suite checks
this on real cables).
"""
from __future__ import annotations

from dataclasses import dataclass

from lark import Lark, Token, Tree
from lark.parsers.lalr_analysis import Shift

from .scanner import DispatchScanner


@dataclass(frozen=True)
class DriverError(Exception):
    line: int
    column: int
    reason: str


class Driver:
    def __init__(self, lark: Lark):
        frontend = lark.parser
        inner = frontend.parser.parser
        table = inner.parse_table
        callbacks = inner.callbacks
        # state -> terminal or rule name -> (True, next state) for a shift,
        #                                    (False, (size, callback, rule name)) for a reduce
        self.actions: dict[int, dict[str, tuple]] = {}
        for state, acts in table.states.items():
            flat = {}
            for name, (action, arg) in acts.items():
                if action is Shift:
                    flat[name] = (True, arg)
                else:
                    flat[name] = (False, (len(arg.expansion), callbacks[arg], arg.origin.name))
            self.actions[state] = flat
        self.token_callbacks = {k: v for k, v in callbacks.items() if isinstance(k, str)}
        self.start = table.start_states["start"]
        self.end = table.end_states["start"]
        self.lexers = frontend.lexer.lexers
        self.scanners: dict[int, tuple] = {}
        self.ignore = frozenset(lark.lexer_conf.ignore)

    def parse(self, text: str) -> Tree:
        actions, lexers, ignore = self.actions, self.lexers, self.ignore
        token_callbacks = self.token_callbacks
        state_stack = [self.start]
        value_stack: list = []
        n = len(text)
        pos = 0
        line, line_start = 1, 0

        def reduce(size: int, callback, origin: str) -> None:
            if size:
                children = value_stack[-size:]
                del state_stack[-size:]
                del value_stack[-size:]
            else:
                children = []
            value_stack.append(callback(children))
            state_stack.append(actions[state_stack[-1]][origin][1])

        def feed(type_: str, value, where: tuple[int, int]) -> None:
            while True:
                act = actions[state_stack[-1]].get(type_)
                if act is None:
                    raise DriverError(where[0], where[1], "UnexpectedToken")
                if act[0]:
                    state_stack.append(act[1])
                    value_stack.append(value)
                    return
                reduce(*act[1])

        scanners = self.scanners
        while pos < n:
            state = state_stack[-1]
            got = scanners.get(state)
            if got is None:  # first use of this state's lexer in this process
                lexer = lexers[state]
                if not isinstance(lexer.scanner, DispatchScanner):
                    raise DriverError(line, pos - line_start + 1, "lexer without a dispatch scanner")
                got = scanners[state] = (lexer.scanner, lexer.newline_types)
            scanner, newline_types = got
            # the dispatch scanner's match, inlined: candidates for this character, in order
            cands = scanner.table.get(text[pos])
            if cands is None:
                cands = scanner.candidates(text[pos])
            for type_, rx in cands:
                m = rx.match(text, pos)
                if m is not None:
                    value = m.group(0)
                    break
            else:
                raise DriverError(line, pos - line_start + 1, "UnexpectedCharacters")
            start, tok_line, tok_col = pos, line, pos - line_start + 1
            pos += len(value)
            if type_ in newline_types:
                nl = value.count("\n")
                if nl:
                    line += nl
                    line_start = start + value.rindex("\n") + 1
            if type_ in ignore:
                continue
            tok = Token(type_, value, start, tok_line, tok_col, line, pos - line_start + 1, pos)
            if type_ in token_callbacks:
                tok = token_callbacks[type_](tok)
            feed(type_, tok, (tok_line, tok_col))

        # end of input: reduce until the start rule is complete
        where = (line, pos - line_start + 1)
        while True:
            act = actions[state_stack[-1]].get("$END")
            if act is None or act[0]:
                raise DriverError(where[0], where[1], "UnexpectedEOF")
            reduce(*act[1])
            if state_stack[-1] == self.end:
                return value_stack[-1]
