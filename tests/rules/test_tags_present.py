"""CL601 tags-present: a TAGS line that lost only its label is not a missing line."""
from __future__ import annotations

from cablelint.api import lint_text

# 08BEIJING3662 (cables/): the TAGS codes right after the E.O. line, without `TAGS:`
# (text replaced)
BEIJING_UNLABELLED = """\
UNCLAS SECTION 01 OF 03 BEIJING 003662 

SENSITIVE
SIPDIS

E.O. 12958: N/A
EFIN, ECON, EINV, PGOV, CH
SUBJECT: Beijing Welcomes Coordination in Financial
Crisis

1. (SBU) Text.
"""


def _present(text: str) -> list:
    return [f for f in lint_text(text) if f.name == "tags-present"]


def test_tags_without_their_label_are_not_missing():
    assert not _present(BEIJING_UNLABELLED)


def test_without_the_codes_the_line_is_missing():
    assert [f.line for f in _present(BEIJING_UNLABELLED.replace("EFIN, ECON, EINV, PGOV, CH\n",
                                                                 ""))] == [6]


def test_tags_missing_and_present(captions_cable, lint_rule):
    assert lint_rule(captions_cable(tags_line=""), "tags-present")
    assert not lint_rule(captions_cable(), "tags-present")
    glued = captions_cable(tags_line="").replace("DECL: 02/15/2018", "N/A AGS: PREL, OVIP, AR")
    assert not lint_rule(glued, "tags-present")
