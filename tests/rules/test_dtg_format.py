"""CL403 dtg-format: a corrected copy is sent again on a later day than the record's date."""
from __future__ import annotations

from cablelint.api import lint_text

# 08STOCKHOLM748 (cables/): a corrected copy retransmitted 10 Nov of a cable of 7 Nov
# (address lines shortened, text replaced)
STOCKHOLM_CORRECTED = """\
08STOCKHOLM748

2008-11-07 16:04
SECRET
Embassy Stockholm
R 101632Z NOV 08
FM AMEMBASSY STOCKHOLM
TO RUEHC/SECSTATE WASHDC 3873

S E C R E T SECTION 01 OF 02 STOCKHOLM 000748 

SIPDIS 

C O R R E C T E D C O P Y 

E.O. 12958: DECL: 11/06/2018 
TAGS: PREL SW
SUBJECT: TALKS

Classified By: Ambassador Michael Wood, reasons 1.4 (b) and (d).

1. (S) Text.
"""


def _dates(text: str) -> list:
    return [f for f in lint_text(text) if f.name == "dtg-format" and f.key == "date"]


def test_a_corrected_copy_is_sent_again_later():
    assert not _dates(STOCKHOLM_CORRECTED)


def test_without_the_notice_the_days_apart_are_reported():
    [f] = _dates(STOCKHOLM_CORRECTED.replace("C O R R E C T E D C O P Y \n", ""))
    assert "3 days" in f.message


def test_dtg_impossible_day_hour_and_missing_z(header_cable, lint_rule):
    assert lint_rule(header_cable(dtg="321007Z"), "dtg-format")
    assert lint_rule(header_cable(dtg="032507Z"), "dtg-format")
    assert lint_rule(header_cable(dtg="031007"), "dtg-format")
    assert lint_rule(header_cable(dtg="031007Z", mon="FEB", date="2008-02-03"), "dtg-format") == []


def test_dtg_far_from_metadata_date(header_cable, lint_rule):
    f = lint_rule(header_cable(date="2008-09-10"), "dtg-format")
    assert [x.key for x in f] == ["date"]


def test_partial_extract_is_not_judged(header_cable, lint_rule):
    # (a partial extract's routing lines, where a record has them, are not the telegram's)
    assert lint_rule(header_cable(dtg="321007Z", prosign="R"), "dtg-format")
    assert lint_rule(header_cable(dtg="321007Z", prosign="R", partial_extract=True), "dtg-format") == []
    assert lint_rule(header_cable(routing=False, partial_extract=True), "dtg-format") == []
