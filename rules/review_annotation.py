"""CL317 review-annotation."""
from __future__ import annotations

from cablelint import eo
from cablelint.rule import INFO, Hit, rule


@rule("CL317", "review-annotation", INFO, default_enabled=False)
def check(cable, options):
    """An E.O. line is a later review annotation, not the cable's own marking; it is recognised and not judged.

    Why: cables released decades later carry review stamps that look like E.O. lines
    (`E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009`, `E.O. 12958: AS AMENDED; DECLASSIFIED
    JUNE 21, 2006`), or a second E.O. line citing an order that did not yet exist on the cable
    date beside the cable's own line (`E.O. 12958: DECL: 07/15/2018` under `E.O. 12356:
    DECL: OADR` on a 1990 cable). Judging them against the cable's date would report errors
    the drafter never made; this note says which line was set aside. Basis: corpus practice
    (66BUENOSAIRES2481, 72TEHRAN1164, 90KHARTOUM10657) [E]. Info.

    Off by default: it reports no fault: the line is recognised and not judged whether or not
    the note is shown, and an independent review (docs/precision-review.md) judged the note not
    worth a reviewer's time; select CL317 to see which lines were set aside.

    Bad:
        R 111200Z OCT 90
        FM AMEMBASSY KHARTOUM
        TO SECSTATE WASHDC 0001

        C O N F I D E N T I A L KHARTOUM 010657

        E.O. 12356: DECL: OADR
        E.O. 12958: DECL: 07/15/2018
        TAGS: PREL SU
        SUBJECT: TALKS

        1. (C) Text.

    Good:
        R 111200Z OCT 90
        FM AMEMBASSY KHARTOUM
        TO SECSTATE WASHDC 0001

        C O N F I D E N T I A L KHARTOUM 010657

        E.O. 12356: DECL: OADR
        TAGS: PREL SU
        SUBJECT: TALKS

        1. (C) Text.
    """
    own = cable.eo
    d = cable.date
    for line in cable.eo_lines:
        if line is own:
            continue
        if line.decl.review:
            yield Hit(line.span, "later declassification review stamp; not judged against the "
                                 "cable date", key="review-stamp")
            continue
        if own is None or d is None or line.order is None or line.order == own.order:
            continue
        later = eo.KNOWN_ORDERS.get(line.order)
        if later is not None and later.effective > d and own.order == eo.order_in_force(d):
            yield Hit(line.span, f"E.O. {line.order} line after the cable's own E.O. {own.order} "
                                 f"line (a later review marking or an appended record); not judged",
                      key=f"review E.O. {line.order}")
