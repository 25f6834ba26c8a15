"""CL301 eo-mismatch: the `N/A` line of an unclassified cable is not judged; the message gives
the supersession day and the cable's date apart. E.O. lines copied from real cables (the id
beside each)."""
from __future__ import annotations

import pytest

from cablelint.api import lint_text


def _unclas(eo_line: str, date: str) -> str:
    return f"""03LAGOS683
TALKS
{date}
UNCLASSIFIED
Embassy Lagos
This record is a partial extract of the original cable. The full text of the original cable is not available.

UNCLAS LAGOS 000683

SIPDIS

{eo_line}
TAGS: ECON NI
SUBJECT: TALKS

1. (U) Text.
"""


@pytest.mark.parametrize("eo_line,date,source", [
    ("E.O. 12598: N/A", "2003-03-20 10:00", "03LAGOS683"),
    ("E.O. 12356: N/A", "2004-10-20 10:00", "04WELLINGTON882"),
    ("E.O. 12356: N/A", "2004-08-25 21:55", "04WELLINGTON727"),
    ("E.O. 12985: N/A", "2004-10-18 03:38", "04WELLINGTON876"),
    ("E.O. 129958: N/A", "2004-03-04 09:05", "04MAPUTO293"),   # a doubled key: still `N/A`
])
def test_na_line_of_an_unclassified_cable_is_not_judged(eo_line, date, source):
    assert lint_text(_unclas(eo_line, date), select=["eo-mismatch"]) == [], source


def test_an_order_not_yet_in_force_on_an_na_line_is_a_warning():
    found = lint_text(_unclas("E.O. 13526: N/A", "2004-08-25 21:55"), select=["eo-mismatch"])
    assert [(f.severity, f.message) for f in found] == [
        ("warning", "E.O. 13526 was not yet in force on 2004-08-25 (E.O. 12958 was)")]


def test_a_dated_line_of_an_unclassified_cable_is_still_judged():
    # the same stale number with a declassification instruction does apply an order
    found = lint_text(_unclas("E.O. 12356: DECL: OADR", "2004-08-25 21:55"), select=["eo-mismatch"])
    assert [f.message for f in found] == [
        "E.O. 12356 was superseded by E.O. 12958 on 1995-10-14; the cable is dated 2004-08-25"]


def test_an_order_two_steps_old_names_the_order_in_force_too():
    found = lint_text(_unclas("E.O. 12356: DECL: OADR", "2011-02-01 10:00"), select=["eo-mismatch"])
    assert [f.message for f in found] == [
        "E.O. 12356 was superseded by E.O. 12958 on 1995-10-14; the cable is dated 2011-02-01, "
        "when E.O. 13526 was in force"]


def test_classified_cable_typo_stays_an_error(make_cable):
    # 95PHNOMPENH3751
    text = make_cable("TAGS: PREL CB", date="1995-11-14 10:00",
                      eo_line="E.O. 12598:  DECL:  11/14/2025")
    assert [f.severity for f in lint_text(text, select=["eo-mismatch"])] == ["error"]


def test_na_line_in_the_changeover_is_not_reported():
    # 95JAKARTA8966: `E.O.  12356:  N/A` ten days after E.O. 12958 took effect
    assert lint_text(_unclas("E.O.  12356:  N/A", "1995-10-24 10:00"), select=["eo-mismatch"]) == []


JOINED = """88BAGHDAD28
TALKS
1988-01-02 12:12
CONFIDENTIAL
Embassy Baghdad
R 021258Z JAN 88
FM AMEMBASSY BAGHDAD
TO SECSTATE WASHDC 9118

S e c r e t state 068250

Sipdis

E.o. 12958: decl: 07/01/2034
Tags: parm, prel, ettc, mnuc, ir, gm, ch
Subject: talks

Classified By: ISN/MTR Director Pam Durham, Reasons 1.4 (b), (d).

1. (S) Text.
"""


def test_a_header_joined_to_another_cable_s_text_is_not_judged_by_its_date():
    # 88BAGHDAD28: a 1988 Baghdad header over the text of STATE 068250 (2009)
    assert lint_text(JOINED, select=["eo-mismatch", "declass-invalid"]) == []
    assert any(f.name == "record-damaged" for f in lint_text(JOINED))


@pytest.mark.parametrize("dtg,eo_line,expected", [
    ("R 150900Z FEB 08", "E.O. 12598: DECL: 02/15/2018", "error"),   # typo of 12958
    ("R 150900Z FEB 08", "E.O. 13292: DECL: 02/15/2018", "warning"), # cite 12958 as amended
    ("R 150900Z FEB 95", "E.O. 12958: DECL: 02/15/2005", "error"),   # not yet in force
    ("R 150900Z NOV 95", "E.O. 12356: DECL: OADR", "warning"),        # superseded within 6 months
    ("R 150900Z FEB 90", "E.O. 12356: DECL: OADR", None),
])
def test_eo_mismatch(dtg, eo_line, expected, marking_cable, lint_rule):
    got = lint_rule(marking_cable(dtg=dtg, eo=eo_line), "eo-mismatch")
    assert [f.severity for f in got] == ([] if expected is None else [expected])


@pytest.mark.parametrize("eo_line,date,written,meant", [
    ("E.O.112356: DECL:OADR", "1991-09-02 14:08", "112356", "12356"),  # 91KHARTOUM4769
])
def test_a_doubled_key_in_the_order_number_is_named_as_written(eo_line, date, written, meant):
    (f,) = lint_text(_unclas(eo_line, date), select=["eo-mismatch"])
    assert f.message == (f"E.O. {written} is not an order on classification; "
                         f"probably a typo for E.O. {meant}")
