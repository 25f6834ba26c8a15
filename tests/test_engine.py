"""The engine's own machinery: entry-point discovery, the dispatch scanner, the registry, rule
declaration, and isolation of a failing rule."""
from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

import pytest

from cablelint import plugins
from cablelint.registry import full_registry
from cablelint.span import Span
from cablelint.parser import get_driver, get_parser
from cablelint.rule import ERROR, Hit, parse_examples, rule
from cablelint.runner import Settings, lint_text

DATA = Path(__file__).parent / "data"


def test_entry_point_reader_agrees_with_importlib_metadata():
    for group in ("cablelint.rules", "console_scripts"):
        ours = sorted((e.name, e.value) for e in plugins.entry_points(group))
        stdlib = sorted((e.name, e.value) for e in importlib.metadata.entry_points(group=group))
        assert ours == stdlib


def test_rule_module_listing_agrees_with_pkgutil(tmp_path):
    import pkgutil

    import cablelint.rules
    from cablelint.rules import module_names

    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "folder").mkdir()  # not a package
    (tmp_path / "__pycache__").mkdir()
    for name in ("a.py", "b.pyc", "c.txt", "d.e.py", "_f.py", "__init__.py"):
        (tmp_path / name).write_text("")
    for path in (cablelint.rules.__path__, [str(tmp_path)]):
        assert module_names(path) == sorted(m.name for m in pkgutil.iter_modules(path))


def test_rule_docstrings_are_cleaned_as_inspect_does():
    import inspect

    from cablelint.rule import _getdoc

    def f():
        pass

    samples = [r.check for r in full_registry().rules] + [f]
    for doc in ("", " ", "x", "  x\n", "\n   \n", "One.\n\n\tTabbed\n    Four\n", "\n  a\n    b\n\n",
                "first\n  \n  second\n   \n"):
        def g():
            pass
        g.__doc__ = doc
        samples.append(g)
    for fn in samples:
        assert _getdoc(fn) == (inspect.getdoc(fn) or "")

def test_builtin_rules_come_through_the_entry_point():
    eps = [e for e in plugins.entry_points("cablelint.rules") if e.name == "builtin"]
    assert eps and eps[0].value == "cablelint.rules:BUILTIN_RULES"
    loaded = eps[0].load()
    assert {r.name for r in loaded} >= {"banner-below-portion", "noforn-rollup", "reason-invalid"}


def _sample_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*/*.txt"))]
    texts.append((Path(__file__).parent.parent / "seeds" / "08BEIJING3400.txt").read_text())
    texts += ["", "x", "\n\n\n", "UNCLAS STATE 000001\n", "\u00b61. (C)", "1. (S) a\n\n2. (C) b",
              "SUBJECT: X (C)\nREF: A\n(A) B\n(C) C\n", "TAGS: PREL\\\nE.O. 12958: N/A\n"]
    return texts


def test_shipped_parse_tables_are_current_with_the_grammar():
    from cablelint import tablegen

    shipped = tablegen.module_path().read_text(encoding="utf-8")
    assert shipped == tablegen.render(tablegen.build_tables()), \
        "grammar/cable_parse_tables.py is stale: run python -m cablelint.tablegen"


def test_parse_tables_do_not_depend_on_the_process_that_builds_them(tmp_path):
    # Lark numbers its states by walking sets, which Python orders by string hashes: two
    # processes with other hash seeds (and no Lark cache to read back) must still write the
    # same module, or the shipped tables would look stale on every other machine.
    import hashlib
    import os
    import subprocess
    import sys

    script = ("import hashlib; from cablelint import tablegen; "
              "print(hashlib.sha256(tablegen.render(tablegen.build_tables()).encode()).hexdigest())")
    digests = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed, TMPDIR=str(tmp_path / seed))
        (tmp_path / seed).mkdir()
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                             text=True, check=True)
        digests.add(out.stdout.strip())
    from cablelint import tablegen

    shipped = hashlib.sha256(tablegen.module_path().read_bytes()).hexdigest()
    assert digests == {shipped}


def test_tables_are_rebuilt_with_lark_when_the_grammar_was_edited(monkeypatch):
    from cablelint import parser
    from cablelint.grammar import cable_parse_tables

    assert parser.load_tables().actions is cable_parse_tables.ACTIONS  # current: the shipped module
    true_crc = cable_parse_tables.GRAMMAR_CRC32
    monkeypatch.setattr(cable_parse_tables, "GRAMMAR_CRC32", true_crc ^ 1)  # as if edited since
    rebuilt = parser.load_tables()
    assert rebuilt.actions is not cable_parse_tables.ACTIONS  # computed again with Lark
    assert rebuilt.grammar_crc32 == true_crc
    assert rebuilt.actions == cable_parse_tables.ACTIONS


def test_a_plain_check_does_not_import_lark():
    import subprocess
    import sys

    code = ("import sys; from cablelint.cli import main; main(['check', '--no-cache', sys.argv[1]]); "
            "print('lark' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(DATA.parent.parent / "seeds" / "08BEIJING3400.txt")],
                         capture_output=True, text=True, check=False)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stdout + out.stderr


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

    def undocumented(cable, options):
        return ()
    with pytest.raises(ValueError, match="no docstring"):
        rule("CL999", "undocumented", ERROR)(undocumented)

    def without_options(cable):
        """Documented. Why: to test the signature."""
        return ()
    with pytest.raises(ValueError, match=r"\(cable, options\)"):
        rule("CL999", "without-options", ERROR)(without_options)


def test_docstring_examples_are_split_on_separator():
    doc = "What.\n\nWhy: x.\n\nBad:\n    A\n    ---\n    B\n\nGood:\n    C\n"
    assert parse_examples(doc) == {"Bad": ["A\n", "B\n"], "Good": ["C\n"]}


def test_a_failing_rule_becomes_internal_error_and_others_still_run():
    @rule("CL990", "always-raises", ERROR)
    def boom(cable, options):
        """Raises. Why: to test isolation.

        Bad:
            x

        Good:
            y
        """
        raise RuntimeError("deliberate")

    @rule("CL991", "always-finds", ERROR)
    def finds(cable, options):
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
    tree = get_driver().parse("C O N F I D E N T I A L ANKARA 000123\n\n1. (C) Text here.  \n\n\n2. (C) More.\n")
    para = [t for t in tree.children if t.data == "paragraph"][0]
    text_tok = para.children[-1]
    span = Span.of(text_tok)
    assert (span.line, span.end_line) == (3, 3)
    assert span.end_column == span.column + len("Text here.")


def test_driver_builds_exactly_larks_tree(tree_shape):
    # the parse loop runs the tables Lark computed; the tree and every token position must be
    # what Lark.parse gives
    from cablelint.parser import get_driver

    lark, driver = get_parser(), get_driver()
    for text in _sample_texts():
        assert tree_shape(driver.parse(text)) == tree_shape(lark.parse(text))



def test_start_filter_reads_the_first_two_characters():
    from cablelint.tablegen import start_filter

    assert start_filter(r"(?i:sipdis)") == {"S": "Ii", "s": "Ii"}
    assert start_filter(r"(?:TO|INFO)[ \t]+x") == {"I": "N", "T": "O"}
    assert start_filter(r"¶?[AB][.)]") == {"A": ").", "B": ").", "¶": "AB"}
    assert start_filter(r"x{3,}y") == {"x": "x"}
    assert start_filter(r"-{1,3}") == {"-": None}  # may end after one character
    assert start_filter(r"a?") is None  # may match the empty string
    assert start_filter(r"[^\n]x") is None


def test_start_filter_never_rules_out_a_terminal_that_matches():
    # at every position of real cables, a terminal whose regex matches there must be among the
    # scanner's candidates (a wrong filter would silently change the tokens)
    from cablelint.grammar import cable_parse_tables as tables
    from cablelint.scanner import DispatchScanner

    names = tuple(tables.TERMINALS)
    scanner = DispatchScanner(names, tables.TERMINALS)  # every terminal, in one lexer
    compiled = [(n, re.compile(tables.TERMINALS[n][0])) for n in names]
    for path in sorted(DATA.glob("*/*.txt"))[::8]:
        text = path.read_text(encoding="utf-8")
        for pos in range(len(text)):
            key = text[pos:pos + 2]
            tried = {n for n, _ in scanner.candidates(key)}
            for name, rx in compiled:
                if rx.match(text, pos) and name not in tried:
                    raise AssertionError((path.name, pos, name))


def test_candidate_tables_stay_bounded_on_hostile_text(monkeypatch, tree_shape):
    # each scanner remembers the candidates of the character pairs it meets; text made of
    # thousands of distinct characters must not make those tables grow without end
    from cablelint import scanner
    from cablelint.driver import Driver
    from cablelint.parser import load_tables as load

    monkeypatch.setattr(scanner, "MAX_REMEMBERED", 50)
    driver = Driver(load())
    text = " ".join(chr(c) + chr(c + 1) for c in range(0x4E00, 0x4E00 + 3000))
    tree = driver.parse(text)
    assert all(len(s.table) <= 50 and len(s._by_first) <= 50 for s in driver.scanners)
    assert tree_shape(tree) == tree_shape(get_driver().parse(text))


def test_each_settings_runs_its_rules_with_its_own_options():
    # the runner resolves a tuple of rules with its options once, not per file: settings made
    # later with other options for the same rules, or options of the wrong shape, still count
    @rule("CL989", "says-its-limit", ERROR, options={"limit": 1})
    def says(cable, options):
        """Says its limit. Why: to test options.

        Bad:
            x

        Good:
            y
        """
        yield Hit(Span(1, 1, 1, 2), f"limit {options['limit']}")

    rules = (says,)
    text = "UNCLAS STATE 000001\n\n1. (U) Text.\n"
    default, seven = Settings(rules, {}, {}), Settings(rules, {"CL989": {"limit": 7}}, {})
    for _ in range(2):
        assert [f.message for f in lint_text(text, "a.txt", default)] == ["limit 1"]
        assert [f.message for f in lint_text(text, "a.txt", seven)] == ["limit 7"]
    [failed] = lint_text(text, "a.txt", Settings(rules, {"CL989": 5}, {}))
    assert failed.code == "CL002" and "CL989" in failed.message and "TypeError" in failed.message
    # options changed in place between files (an API caller's Settings): the new values count
    seven.options["CL989"]["limit"] = 8
    assert [f.message for f in lint_text(text, "a.txt", seven)] == ["limit 8"]
    seven.options["CL989"] = {"limit": 9}
    assert [f.message for f in lint_text(text, "a.txt", seven)] == ["limit 9"]
