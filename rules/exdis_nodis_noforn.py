"""CL505 exdis-nodis-noforn."""
from __future__ import annotations

from cablelint.rule import INFO, Hit, rule


@rule("CL505", "exdis-nodis-noforn", INFO)
def check(cable, options):
    """An EXDIS or NODIS cable does not carry NOFORN.

    Why: when State EXDIS/NODIS traffic is reused by the Intelligence Community, the CAPCO
    register and the ISM rules require NOFORN with it (ISM-ID-00313/00314; CAPCO "Requires
    NOFORN") [S]; a cable without NOFORN will be re-marked by hand, or released to foreign
    partners against the intent of the caption. State originals need not show NOFORN [I],
    so this is info only.

    Bad:
        S E C R E T STATE 000123

        EXDIS

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Secretary Condoleezza Rice, reasons 1.4 (b) and (d).

        1. (S) Text.

    Good:
        S E C R E T STATE 000123

        NOFORN
        EXDIS

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Secretary Condoleezza Rice, reasons 1.4 (b) and (d).

        1. (S//NF) Text.
    """
    overall = cable.overall.marking
    if overall is not None and overall.noforn:
        return
    for c in cable.header_captions:
        if c.word in ("NODIS", "EXDIS"):
            yield Hit(c.span, f"{c.word} cable without NOFORN (required when reused under CAPCO)",
                      key=c.word)
            return
