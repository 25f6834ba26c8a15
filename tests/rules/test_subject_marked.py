"""CL122 subject-marked: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations

from cablelint.api import lint_text


def test_subject_marked_is_off_by_default(header_cable, lint_rule):
    assert not any(f.name == "subject-marked" for f in lint_text(header_cable()))
    assert lint_rule(header_cable(), "subject-marked")
    assert lint_rule(header_cable(subject="(S) TURKEY: TALKS ON IRAQ", title="(S) TURKEY: TALKS ON IRAQ"),
                 "subject-marked") == []
