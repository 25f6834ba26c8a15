"""CL404 precedence-consistent: a precedence word misspelt or run on to the next address line is
read as that word. Routing lines copied from real cables (the id beside each)."""
from __future__ import annotations

import pytest

from cablelint.api import lint_text


def _cable(routing: str) -> str:
    return f"""88BAGHDAD4559
TALKS
1988-08-22 05:41
CONFIDENTIAL
Embassy Baghdad
{routing}

C O N F I D E N T I A L BAGHDAD 04559

E.O. 12356: DECL: OADR
TAGS: PREL, IZ, IR
SUBJECT: TALKS

1. (C) Text.
"""


@pytest.mark.parametrize("routing,source", [
    ("O 220541Z AUG 88\nFM AMEMBASSY BAGHDAD\nTO SECSTATE WASHDC IMMEDAITE 7958\n"
     "INFO GULFWAR COLLECTIVE", "88BAGHDAD4559"),
    ("P 220541Z AUG 88\nFM AMEMBASSY BAGHDAD\nTO SECSTATE WASHDC PRIORTY 7958",
     "PRIORTY, a letter dropped"),
    ("P 220541Z AUG 88\nFM AMEMBASSY BAGHDAD\nTO SECSTATE WASHDC PRIORITYRUCPDOC/USDOC WASHDC",
     "an address line run on to the next"),
])
def test_a_damaged_precedence_word_is_read_as_that_word(routing, source):
    assert lint_text(_cable(routing), select=["precedence-consistent"]) == [], source


def test_a_prosign_above_every_addressee_is_still_reported():
    routing = "O 220541Z AUG 88\nFM AMEMBASSY BAGHDAD\nTO SECSTATE WASHDC PRIORITY 7958"
    (f,) = lint_text(_cable(routing), select=["precedence-consistent"])
    assert f.message == "prosign O but the highest addressee precedence is PRIORITY (prosign P)"


@pytest.mark.parametrize("routing,source", [
    ("O 171418Z JAN 07\nFM AMEMBASSY PARIS\nTO RUEHC/SECSTATE WASHDC 0000\n"
     "INFO ARAB ISRAELI COLLECTIVE\nEUROPEAN POLITICAL COLLECTIVE\nRHEHNSC/NSC WASHINGTON DC",
     "07PARIS170"),
    ("O 280652Z MAR 92\nFM USMISSION PHNOM PENH\nTO SECSTATE WASHDC 0943\n"
     "INFO USMISSION NEW YORK 0178\nAMEMBASSY BANGKOK", "92PHNOMPENH664"),
])
def test_no_precedence_word_on_any_address_line_is_not_judged(routing, source):
    # a header without any word cannot tell a ROUTINE addressee from a word lost in relay
    assert lint_text(_cable(routing), select=["precedence-consistent"]) == [], source


def test_precedence(header_cable, lint_rule):
    assert lint_rule(header_cable(prosign="R"), "precedence-consistent")
    assert lint_rule(header_cable(prosign="O"), "precedence-consistent") == []
    assert lint_rule(header_cable(prosign="R", prec=""), "precedence-consistent") == []
    assert lint_rule(header_cable(prosign="P", prec="NIACT IMMEDIATE "), "precedence-consistent")
    assert lint_rule(header_cable(prosign="R O"), "precedence-consistent")


def test_partial_extract_is_not_judged(header_cable, lint_rule):
    # (a partial extract's routing lines, where a record has them, are not the telegram's)
    assert lint_rule(header_cable(dtg="321007Z", prosign="R"), "precedence-consistent")
    assert lint_rule(header_cable(dtg="321007Z", prosign="R", partial_extract=True), "precedence-consistent") == []
    assert lint_rule(header_cable(routing=False, partial_extract=True), "precedence-consistent") == []
