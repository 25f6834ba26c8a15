"""CL213 reason-not-exemption."""
from __future__ import annotations

from cablelint.lazyre import LazyPattern
from cablelint.rule import WARNING, Hit, rule

_DURATION_RE = LazyPattern(r"(?i)\b(?:\d{1,2}|ten|twenty|twenty[- ]five|five|fifteen|thirty)\s+years?\b")


@rule("CL213", "reason-not-exemption", WARNING)
def check(cable, options):
    """The reason in Classified By carries an exemption code or a duration (`1.4 (b, d, X6)`, `Reason: 25X1`).

    Why: the reason names the classification category (§1.4/§1.5 letters); exemption codes
    (X1-X8, 25X…, 50X…) and durations belong to the declassification instruction on the E.O.
    line. On the reason line they are either a misplaced declassification decision, which then
    does not govern the cable, or a wrong reason. Basis: the separate marking elements of E.O.
    12958 §1.7(a)(4) and (a)(5) [K]; 32 CFR 2001.21(a)(3)-(4). A warning, since the basis
    rests on the structure of the order rather than on a text that says so.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b, d, X6).

        1. (C) Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    """
    block = cable.classified_by_block
    if block is None or block.reason is None:
        return
    r = block.reason
    if r.exemption_codes:
        codes = ", ".join(r.exemption_codes)
        yield Hit(block.span, f"exemption code {codes} on the reason line; exemptions belong in "
                              f"the declassification instruction", key=f"codes {codes}")
    elif r.words and _DURATION_RE.search(r.words):
        yield Hit(block.span, "a duration is given as the reason; durations belong in the "
                              "declassification instruction", key="duration")
