"""Every rule's documentation examples are executed: Bad must trigger the rule, Good must not.

This keeps the docs (`cablelint rule NAME`) and the behaviour from drifting apart.
"""
from __future__ import annotations

import pytest

from cablelint.registry import full_registry
from cablelint.runner import Settings, lint_text

REGISTRY = full_registry()
ENGINE_CODES = {"CL001", "CL002", "CL003", "CL004"}  # reported by the engine, not by a check
RULES = [r for r in REGISTRY.rules if r.code not in ENGINE_CODES]


def test_registry_loaded_without_errors():
    assert REGISTRY.load_errors == []
    assert len(RULES) >= 11


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_has_documented_examples(rule):
    ex = rule.examples()
    assert ex["Bad"], f"{rule.name}: no Bad example in its docstring"
    assert ex["Good"], f"{rule.name}: no Good example in its docstring"
    assert "Why:" in rule.doc, f"{rule.name}: docstring lacks the Why: paragraph"


def _cases(kind):
    for r in RULES:
        for i, text in enumerate(r.examples()[kind]):
            yield pytest.param(r, text, id=f"{r.name}-{kind.lower()}{i}")


def _run(rule, text):
    findings = lint_text(text, "example.txt", Settings((rule,), {}, {}))
    assert not [f for f in findings if f.code in ("CL001", "CL002")], findings
    return [f for f in findings if f.code == rule.code]


@pytest.mark.parametrize("rule,text", list(_cases("Bad")))
def test_bad_example_triggers_rule(rule, text):
    assert _run(rule, text), f"{rule.name}: its Bad example gives no finding"


@pytest.mark.parametrize("rule,text", list(_cases("Good")))
def test_good_example_is_clean(rule, text):
    found = _run(rule, text)
    assert not found, f"{rule.name}: its Good example gives {found}"


def test_a_clean_cable_gets_no_header_vocabulary_portion_or_cross_check_finding(
        header_cable, lint_rule):
    text = header_cable()
    for rule in ["CL4", "CL11", "CL12", "CL7"]:
        assert [f for f in lint_rule(text, rule) if f.name != "subject-marked"] == [], rule
