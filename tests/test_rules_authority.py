"""Focused tests of the classification-authority rules (CL211-CL214) on real-looking cables."""
from __future__ import annotations

import pytest

from cablelint.api import lint_text

@pytest.fixture
def cable(make_telegram):
    """A 2009 Islamabad cable with the Classified By statement `cb`."""
    def build(cb: str, body: str = "1. (C) Text.\n") -> str:
        return make_telegram(reference_id="09ISLAMABAD236", title="SCENESETTER",
                             date="2009-02-03 12:00", classification="CONFIDENTIAL",
                             origin="Embassy Islamabad", dtg="R 031200Z FEB 09", post="ISLAMABAD",
                             to="SECSTATE WASHDC 1234", banner="C O N F I D E N T I A L ISLAMABAD 000236",
                             eo="E.O. 12958: DECL: 02/03/2019", tags="TAGS: PREL PGOV PK",
                             subject="SCENESETTER", classified_by=cb, paragraphs=(body.rstrip("\n"),))
    return build


def codes(text, rule):
    return [f for f in lint_text(text, select=[rule])]


@pytest.mark.parametrize("cb", [
    "Classified By: Anne W. Patterson, for reasons 1.4 (b)(d)",
    "Classified By: JIM MCDONALD, Reason: 1.4 (d)",
])
def test_name_without_title(cb, cable):
    found = codes(cable(cb), "classifier-name-and-title")
    assert len(found) == 1 and "no position title" in found[0].message


@pytest.mark.parametrize("cb", [
    "Classified By: Ambassador, reason 1.4 (b,d)",
    "Classified By: Charge d'Affaires, for reasons 1.4 (b) and (d)",
])
def test_title_without_name(cb, cable):
    found = codes(cable(cb), "classifier-name-and-title")
    assert len(found) == 1 and "no name" in found[0].message


@pytest.mark.parametrize("cb", [
    "Classified By: Ambassador Anne W. Patterson, for reasons 1.4 (b)(d)",
    "Classified By: POL/E Eric Lundberg, Reason 1.4 b/d",            # office shorthand
    "Classified By: ECON LARRY L. MEMMOTT, REASONS 1.4 (B,D)",
    "Classified By: XXXXXXXXXXXX FOR REASONS 1.4 (B),(D)",           # redacted
    "Classified By: Amb. P ...",                                       # cut off in the copy
    "CLASSIFIED BY: Gene A. Cretz, Ambassador, U.S. Embassy Tripoli, Department of State. "
    "REASON: 1.4 (b), (d)",
])
def test_name_and_title_clean(cb, cable):
    assert not codes(cable(cb), "classifier-name-and-title")


def test_neither_name_nor_title_is_left_to_cl202(cable):
    text = cable("Classified By: for reasons 1.4 (b) and (d)")
    assert not codes(text, "classifier-name-and-title")


def test_section_without_letter(cable):
    text = cable("Classified By: Charge d'Affaires Lisa Kubiske. Reason: 1.4")
    assert len(codes(text, "reason-category-missing")) == 1
    assert not codes(cable("Classified By: CDA Lisa Kubiske. Reason: 1.4 (d)"),
                     "reason-category-missing")


def test_missing_reason_is_cl202_not_cl212(cable):
    text = cable("Classified By: Ambassador Anne W. Patterson.")
    assert not codes(text, "reason-category-missing")
    assert codes(text, "classified-by-incomplete")


def test_exemption_code_on_reason_line(cable):
    text = cable("(U) Classified by Ambassador W.R. Pearson.  Reasons: 1.5 (b, d, X6).")
    found = codes(text, "reason-not-exemption")
    assert len(found) == 1 and "X6" in found[0].message


def test_duration_as_reason(cable):
    text = cable("Classified By: Ambassador Anne W. Patterson. Reason: ten years")
    assert codes(text, "reason-not-exemption")


def test_derivative_with_reason_is_info(cable):
    text = cable("Classified By: Derived from Multiple Sources, reasons 1.4 (b) and (d).")
    found = codes(text, "derivative-block")
    assert len(found) == 1 and found[0].severity == "info"
    assert not codes(cable("Classified By: Derived from Multiple Sources"), "derivative-block")


def test_messages_never_quote_the_classifier(cable):
    text = cable("Classified By: Anne W. Patterson, for reasons 1.4 (b)(d)")
    for f in lint_text(text, select=["CL2"]):
        assert "Patterson" not in f.message
