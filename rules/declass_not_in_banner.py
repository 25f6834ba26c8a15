"""CL315 declass-not-in-banner."""
from __future__ import annotations

import re

from cablelint.rule import ERROR, Hit, rule

# A level, a separator, then a declassification value somewhere in the mark.
_DECL_IN_MARK_RE = re.compile(
    r"^\(\s*(?:TS|S|C|U|SBU)\s*(?:/{1,2}|-)[^)]*?(?<![A-Z0-9])"
    r"(X[1-8]|25X\d|50X\d|75X\d|OADR|MR|(?:19|20)\d{6}|\d{1,2}/\d{1,2}/\d{2,4})(?![0-9])",
    re.IGNORECASE)


@rule("CL315", "declass-not-in-banner", ERROR)
def check(cable, options):
    """A portion mark carries a declassification value (`(C//X6)`, `(S//20331231)`).

    Why: the declassification instruction belongs on the E.O. line only; CAPCO removed the
    declassification category from banner and portion marks (February 2008) and a value there
    is either ignored by release systems or contradicts the E.O. line. Basis: CAPCO-2016 §D.1,
    §E.1; marque `portion.declassification.declassify-on-misplaced`. A declassification value
    in the classification line itself cannot be seen: such a line is not read as a
    classification line by the grammar.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C//X6) Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    """
    # every mark, unreadable ones too: a declassification value in it makes most unreadable
    marks = cable.marks_summary.text
    if "/" not in marks and "-" not in marks:
        return  # (no mark has a separator after its level)
    for mark, span, where in cable.portion_marks:
        text = mark.text
        if "/" not in text and "-" not in text:
            continue  # no separator after the level (`(C)`, most marks): the regex cannot match
        m = _DECL_IN_MARK_RE.match(text.strip())
        if m:
            value = m.group(1).upper()
            shown = value if not value[0].isdigit() else "a date"
            yield Hit(span, f"portion mark in {where} carries a declassification value ({shown}); "
                            f"it belongs on the E.O. line", key=f"{where}:decl")
