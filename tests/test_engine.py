"""The engine's own machinery: entry-point discovery, the dispatch scanner, the registry, rule
declaration, and isolation of a failing rule."""
from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest
from lark import Lark

from cablelint import plugins
from cablelint.cli import full_registry
from cablelint.model import Span
from cablelint.parser import get_parser, grammar_text
from cablelint.rule import ERROR, Hit, parse_examples, rule
from cablelint.runner import Settings, lint_text

DATA = Path(__file__).parent / "data"


def test_entry_point_reader_agrees_with_importlib_metadata():
    for group in ("cablelint.rules", "console_scripts"):
        ours = sorted((e.name, e.value) for e in plugins.entry_points(group))
        stdlib = sorted((e.name, e.value) for e in importlib.metadata.entry_points(group=group))
        assert ours == stdlib


def test_builtin_rules_come_through_the_entry_point():
    eps = [e for e in plugins.entry_points("cablelint.rules") if e.name == "builtin"]
    assert eps and eps[0].value == "cablelint.rules:BUILTIN_RULES"
    loaded = eps[0].load()
    assert {r.name for r in loaded} >= {"banner-below-portion", "noforn-rollup", "reason-invalid"}


def test_dispatch_scanner_gives_the_same_tokens_as_lark():
    reference = Lark(grammar_text(), parser="lalr", lexer="contextual", maybe_placeholders=False)
    ours = get_parser()
    for path in sorted(DATA.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        a = [(t.type, t.value, t.start_pos) for t in reference.parse_interactive(text).iter_parse()]
        b = [(t.type, t.value, t.start_pos) for t in ours.parse_interactive(text).iter_parse()]
        assert a == b, path.name


def test_registry_selects_by_code_name_and_prefix():
    reg = full_registry()
    assert [r.name for r in reg.select("CL101")] == ["banner-below-portion"]
    assert [r.code for r in reg.select("noforn-rollup")] == ["CL105"]
    assert {r.code for r in reg.select("CL10")} >= {"CL101", "CL102", "CL103", "CL104", "CL105"}
    assert reg.select("no-such-rule") == []


def test_rule_declaration_is_validated():
    with pytest.raises(ValueError):
        rule("X1", "bad-code", ERROR)(lambda c: ())
    with pytest.raises(ValueError):
        rule("CL999", "Not_Kebab", ERROR)(lambda c: ())

    def undocumented(cable):
        return ()
    with pytest.raises(ValueError):
        rule("CL999", "undocumented", ERROR)(undocumented)


def test_docstring_examples_are_split_on_separator():
    doc = "What.\n\nWhy: x.\n\nBad:\n    A\n    ---\n    B\n\nGood:\n    C\n"
    assert parse_examples(doc) == {"Bad": ["A\n", "B\n"], "Good": ["C\n"]}


def test_a_failing_rule_becomes_internal_error_and_others_still_run():
    @rule("CL990", "always-raises", ERROR)
    def boom(cable):
        """Raises. Why: to test isolation.

        Bad:
            x

        Good:
            y
        """
        raise RuntimeError("deliberate")

    @rule("CL991", "always-finds", ERROR)
    def finds(cable):
        """Finds. Why: to test isolation.

        Bad:
            x

        Good:
            y
        """
        yield Hit(Span(1, 1, 1, 2), "found")

    text = (SEED := Path(__file__).parent.parent / "seeds" / "08BEIJING3400.txt").read_text()
    out = lint_text(text, str(SEED), Settings((boom, finds), {}, {}))
    codes = sorted(f.code for f in out)
    assert codes == ["CL002", "CL991"]
    internal = next(f for f in out if f.code == "CL002")
    assert "CL990" in internal.message and "always-raises" in internal.message


def test_span_of_token_excludes_folded_trailing_blanks():
    tree = get_parser().parse("C O N F I D E N T I A L ANKARA 000123\n\n1. (C) Text here.  \n\n\n2. (C) More.\n")
    para = [t for t in tree.children if t.data == "paragraph"][0]
    text_tok = para.children[-1]
    span = Span.of(text_tok)
    assert (span.line, span.end_line) == (3, 3)
    assert span.end_column == span.column + len("Text here.")


def test_driver_builds_exactly_larks_tree():
    # the fast parse loop runs Lark's own tables and callbacks; the tree and every token
    # position must be what Lark.parse gives
    from cablelint.parser import get_driver

    lark, driver = get_parser(), get_driver()
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*/*.txt"))]
    texts.append((Path(__file__).parent.parent / "seeds" / "08BEIJING3400.txt").read_text())
    texts += ["", "x", "\n\n\n", "UNCLAS STATE 000001\n", "¶1. (C)"]
    for text in texts:
        a, b = lark.parse(text), driver.parse(text)
        assert a == b
        fields = lambda t: (t.type, t.value, t.start_pos, t.line, t.column, t.end_line, t.end_column, t.end_pos)
        assert [fields(t) for t in a.scan_values(lambda v: True)] == \
               [fields(t) for t in b.scan_values(lambda v: True)]
