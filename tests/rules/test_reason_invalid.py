"""CL204 reason-invalid: the stale `1.5` cite after the 2003 amendment, which State's 2004
drafting handbook still printed, is reported only when asked for."""
from __future__ import annotations

import pytest

from cablelint.api import lint_text

# 04SANAA2009
CB = "Classified By: Ambassador Krajeski for reasons 1.5 (b) and (d)."


def test_stale_section_is_not_reported_by_default(make_cable):
    text = make_cable("TAGS: PREL, YM", date="2004-06-15 09:00", classified_by=CB)
    assert not lint_text(text, select=["reason-invalid"])


def test_stale_section_on_request(make_cable, tmp_path):
    config = tmp_path / "cablelint.toml"
    config.write_text("[options.reason-invalid]\nstale-section = true\n", encoding="utf-8")
    text = make_cable("TAGS: PREL, YM", date="2004-06-15 09:00", classified_by=CB)
    found = lint_text(text, config=config, select=["reason-invalid"])
    assert [f.severity for f in found] == ["warning"] and "1.5" in found[0].message


def test_invalid_letter_still_an_error(make_cable):
    text = make_cable("TAGS: PREL, YM", date="2004-06-15 09:00",
                      classified_by="Classified By: Ambassador Krajeski for reasons 1.4 (b) and (k).")
    assert [f.severity for f in lint_text(text, select=["reason-invalid"])] == ["error"]


def test_an_exemption_written_as_the_reason_is_one_finding(make_cable):
    # 03ZAGREB470: `CLASSIFIED BY: POLOFF ROBERT SILBERSTEIN, REASON 1.6 (X6)`
    text = make_cable("TAGS: KAWC, PGOV, PREL, HR", date="2003-02-19 09:00",
                      classified_by="CLASSIFIED BY: POLOFF ROBERT SILBERSTEIN, REASON 1.6 (X6)")
    found = lint_text(text, select=["reason-invalid", "reason-not-exemption"])
    assert [f.name for f in found] == ["reason-not-exemption"] and "X6" in found[0].message


@pytest.mark.parametrize("dtg,reason,expected", [
    ("R 150900Z FEB 01", "1.5 (b) and (d)", None),          # E.O. 12958 as issued
    ("R 150900Z FEB 01", "1.4 (b) and (d)", "error"),       # 1.4 before the 2003 amendment
    ("R 150900Z FEB 08", "1.5 (b) and (d)", None),          # stale but handbook-sanctioned
    ("R 150900Z MAY 03", "1.5 (b) and (d)", None),          # transition: old directive still in force
    ("R 150900Z FEB 01", "1.5 (h)", "error"),               # no (h) under 1.5
    ("R 150900Z FEB 08", "1.4 (h)", None),                  # (h) added in 2003
    ("R 150900Z FEB 08", "1.4 b & k", "error"),             # an unparenthesised bad letter
])
def test_reason_section_and_letters_by_era(dtg, reason, expected, marking_cable, lint_rule):
    eo = "E.O. 12958: DECL: 02/15/2011"
    text = marking_cable(dtg=dtg, eo=eo, cb=f"Classified By: Ambassador Ross Wilson, reasons {reason}.")
    got = lint_rule(text, "reason-invalid")
    assert [f.severity for f in got] == ([] if expected is None else [expected])
