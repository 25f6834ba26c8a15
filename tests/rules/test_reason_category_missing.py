"""CL212 reason-category-missing: letters wrapped to the next line, past a page break, or
after a stray key are the letters."""
from __future__ import annotations

from cablelint.api import lint_text

HEAD = """\
C O N F I D E N T I A L {post} 00{serial} 

E.O. 12958: DECL: 12/28/2010 
TAGS: PREL, PGOV
SUBJECT: TALKS 

"""


def _missing(text: str) -> list:
    return [f for f in lint_text(text) if f.name == "reason-category-missing"]


# 00KINSHASA8622 (era2/): the letters wrapped to the next line
KINSHASA = HEAD.format(post="KINSHASA", serial="8622") + """\
CLASSIFIED BY AMBASSADOR WILLIAM LACY SWING FOR REASONS 1.5 
(C) (D) 


1. (C) SUMMARY 
"""

# 01VATICAN5849 (era2/): the letters past a page break
VATICAN = HEAD.format(post="VATICAN", serial="5849") + """\
CLASSIFIED BY AMBASSADOR R.J. NICHOLSON FOR REASONS 1.5 
                       CONFIDENTIAL 
 
PAGE 02        VATICA  05849  131613Z 
(A) AND (D). 
 
1. (C) AMBASSADOR NICHOLSON ATTENDED DINNER.
"""

# 04CARACAS559 (era2/): a stray key before the first letter, `1.4 9(b) AND (d)`
CARACAS = HEAD.format(post="CARACAS", serial="0559") + """\
Classified By: AMBASSADOR CHARLES S. SHAPIRO, FOR REASONS 1.4 9(b) AND 
(d) 

1. (C) Text.
"""

# 09BRASILIA1038 (cables/): `Reason: 1.4` and nothing after it
BRASILIA = HEAD.format(post="BRASILIA", serial="1038") + """\
Classified By: Charge d'Affaires Lisa Kubiske. Reason: 1.4

1. (C) SUMMARY. Text.
"""


def test_letters_on_the_next_line_or_past_a_page_break_are_the_letters():
    assert not _missing(KINSHASA)
    assert not _missing(VATICAN)
    assert not _missing(CARACAS)


def test_a_reason_without_letters_is_reported():
    assert [f.line for f in _missing(BRASILIA)] == [7]
    assert [f.line for f in _missing(KINSHASA.replace("(C) (D) \n", ""))] == [7]


def test_section_without_letter(authority_cable, lint_rule):
    text = authority_cable("Classified By: Charge d'Affaires Lisa Kubiske. Reason: 1.4")
    assert len(lint_rule(text, "reason-category-missing")) == 1
    assert not lint_rule(authority_cable("Classified By: CDA Lisa Kubiske. Reason: 1.4 (d)"),
                     "reason-category-missing")


def test_missing_reason_is_cl202_not_cl212(authority_cable, lint_rule):
    text = authority_cable("Classified By: Ambassador Anne W. Patterson.")
    assert not lint_rule(text, "reason-category-missing")
    assert lint_rule(text, "classified-by-incomplete")
