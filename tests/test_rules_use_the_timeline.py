"""Every era date a rule needs comes from lint/eo.py: no date literal in rules/.

A date written into a rule drifts from the timeline (the 12958 start was once copied into four
rules, and they disagreed with eo.py on the boundary day). Docstrings may name dates: they are
the rules' documentation, and their examples are linted.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

RULES = Path(__file__).resolve().parent.parent / "rules"
_ISO_DATE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")
_DATE_CALLS = {"date", "datetime"}


def _docstrings(tree: ast.Module) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def date_literals(source: str) -> list[tuple[int, str]]:
    """Where `source` writes a date: `date(1995, 10, 14)` with constant arguments, or an ISO
    date in a string that is not a docstring."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", "")
            if name in _DATE_CALLS and node.args and all(isinstance(a, ast.Constant) for a in node.args):
                found.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            if _ISO_DATE.search(node.value):
                found.append((node.lineno, repr(node.value)))
    return found


def test_no_rule_writes_a_date_of_its_own():
    offenders = [f"{p.name}:{line}: {text}" for p in sorted(RULES.glob("*.py"))
                 for line, text in date_literals(p.read_text(encoding="utf-8"))]
    assert not offenders, "ask lint/eo.py for era dates:\n" + "\n".join(offenders)


def test_the_check_finds_the_literals_it_is_meant_to_find():
    src = '''"""A rule 1995-10-14 may name in its docstring."""
import datetime as dt
from datetime import date
START = dt.date(1995, 10, 14)
OTHER = date(2010, 6, 27)
DEFAULT = {"since": "1973-01-01"}
def check(cable, options):
    """Docstrings 2003-09-21 are documentation."""
    return f"after 1995-10-14 {cable}"
'''
    found = date_literals(src)
    assert [line for line, _ in found] == [4, 5, 6, 9]
