"""The test suite a maintainer can find their way in: no test module imports another (shared
builders live in conftest.py), and a rule's own tests are in tests/rules/test_<module>.py."""
from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
RULES = TESTS.parent / "rules"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_test_module_imports_another():
    test_modules = {p.stem for p in TESTS.rglob("test_*.py")} | {"conftest"}
    offenders = []
    for p in sorted(TESTS.rglob("*.py")):
        for name in _imported_modules(p):
            if name.split(".")[-1] in test_modules:
                offenders.append(f"{p.relative_to(TESTS)} imports {name}")
    assert not offenders, "shared helpers belong in conftest.py fixtures:\n" + "\n".join(offenders)


def test_rule_test_files_are_named_after_a_rule_module():
    modules = {p.stem for p in RULES.glob("*.py")}
    strays = [p.name for p in (TESTS / "rules").glob("test_*.py") if p.stem[len("test_"):] not in modules]
    assert not strays, f"tests/rules/ files must be test_<rule module>.py: {strays}"
