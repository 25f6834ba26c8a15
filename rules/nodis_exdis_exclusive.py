"""CL502 nodis-exdis-exclusive."""
from __future__ import annotations

from cablelint.rule import ERROR, Hit, rule


@rule("CL502", "nodis-exdis-exclusive", ERROR)
def check(cable, options):
    """A cable carries both the NODIS and the EXDIS caption.

    Why: NODIS (no distribution beyond the addressees without Executive Secretariat approval)
    and EXDIS (exclusive distribution to officers with an essential need to know) are
    alternative distribution levels; with both, recipients cannot tell which applies, and
    the wider EXDIS distribution may be applied to NODIS traffic. NODIS governs. Basis:
    5 FAH-2 H-442.3, H-442.6; CAPCO EXDIS/NODIS templates (never together, NODIS wins) [S].
    Captions quoted in REF lines (`ANKARA 1561 (EXDIS)`) are not captions of this cable.

    Bad:
        S E C R E T STATE 000123

        NODIS
        EXDIS

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Secretary Condoleezza Rice, reasons 1.4 (b) and (d).

        1. (S) Text.

    Good:
        S E C R E T STATE 000123

        NODIS

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Secretary Condoleezza Rice, reasons 1.4 (b) and (d).

        1. (S) Text.
    """
    caps = cable.header_captions
    nodis = next((c for c in caps if c.word == "NODIS"), None)
    if nodis is None:
        return
    exdis = next((c for c in caps if c.word == "EXDIS"), None)
    if exdis is not None:
        later = exdis if (exdis.span.line, exdis.span.column) > (nodis.span.line, nodis.span.column) else nodis
        yield Hit(later.span, "NODIS and EXDIS captions on the same cable (NODIS governs)",
                  key="NODIS+EXDIS")
