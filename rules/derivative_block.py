"""CL214 derivative-block."""
from __future__ import annotations

from cablelint.rule import INFO, Hit, rule


@rule("CL214", "derivative-block", INFO)
def check(cable, options):
    """A derivative classification statement (`Derived From:`) also gives a classification reason.

    Why: the reason belongs to original classification; a derivative classifier carries
    forward the source's classification and declassification instruction and does not restate
    a reason (ISM-ID-00221; 32 CFR 2001.22(d), 2010 text; CAPCO §E.2). A reason on a derivative
    block suggests the cable was in fact originally classified and should say `Classified By`
    with the classifier's name and position. Info only: harmless in itself and rare in cables.
    The other parts of the catalogue's derivative-block rule (CAB-08) are covered elsewhere: a
    missing or `N/A` declassification instruction by CL302/CL311; whether a `Multiple Sources`
    block lists its sources is not checked (the model does not keep the source list).

    Bad:
        S E C R E T STATE 000123

        E.O. 12958: DECL: 08/14/2033
        TAGS: PREL PTER
        SUBJECT: TALKS

        Classified By: Derived from Multiple Sources, reasons 1.4 (b) and (d).

        1. (S) Text.

    Good:
        S E C R E T STATE 000123

        E.O. 12958: DECL: 08/14/2033
        TAGS: PREL PTER
        SUBJECT: TALKS

        Classified By: Derived from Multiple Sources

        1. (S) Text.
    """
    for block in cable.classified_by:
        if not block.info.derived_from:
            continue
        if not cable.is_classified:  # (asked only of the rare derivative statement)
            return
        r = block.reason
        if r is not None and (r.section or r.letters):
            yield Hit(block.span, "a derivative (Derived From) statement need not give a reason",
                      key="reason")
        return
