"""CL604 tag-typo."""
from __future__ import annotations

from cablelint import tags
from cablelint.rule import WARNING, Hit, rule


@rule("CL604", "tag-typo", WARNING)
def check(cable):
    """A TAGS token is a misspelt TAG (`POGOV`, `PARMS`) or several TAGS run together (`PHUMPREL`); the likely fix is named.

    Why: a misspelt TAG routes the cable nowhere; run-together TAGS route it by none of them.
    Basis: 5 FAH-3 [S]; cablemap's corrections table (MOPPS, POGOV, KWWMN, UNDESCO, SYR) [S].
    Fixes are suggested, never applied: a token one letter away from a TAG may be another
    acronym. Suggestions come from the known-fixes table, a split of the token into known
    TAGS, or the single subject TAG one edit away (same first letter for four-letter tokens).

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: POGOV PHUMPREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PGOV PHUM PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    """
    for item in tags.items_of(cable):
        problem = item.problem
        if problem is None:
            continue
        if problem == "typo":
            yield Hit(cable.tags.span, f"TAGS {item.token} is probably a typo for {item.suggestion}",
                      key=f"tag {item.token}")
        elif problem == "run-together":
            shown = item.token if len(item.token) <= 12 else f"token {item.index}"
            yield Hit(cable.tags.span, f"TAGS {shown} runs several TAGS together: "
                                       f"{item.suggestion}", key=f"tag {item.token}")
