"""CL504 sipdis-excluded-traffic."""
from __future__ import annotations

from cablelint import eo
from cablelint.rule import ERROR, WARNING, Hit, rule

_ALWAYS = ("NODIS", "EXDIS")
_CHANNELS = ("ROGER", "CHEROKEE", "AGRMENT", "STADIS", "LIMDIS", "DISSENT CHANNEL",
             "SPECAT", "SPECAT EXCLUSIVE")


@rule("CL504", "sipdis-excluded-traffic", ERROR)
def check(cable, options):
    """A SIPDIS cable also carries NODIS, EXDIS or another caption that limits distribution inside the government.

    Why: SIPDIS cables were copied automatically to a database open to every SIPRNet user;
    a cable restricted to named readers (NODIS, EXDIS, special channels) must not go there.
    State's guidance of December 2005 (05 STATE 226504 ¶2b) forbids the combination and says
    the more restrictive caption governs [S]. Error for NODIS/EXDIS on cables from December
    2005; a warning before that date, and for the other channel captions (ROGER, CHEROKEE,
    AGRMENT, STADIS, LIMDIS, DISSENT CHANNEL, SPECAT), which the guidance covers only by its
    "such as" [I].

    Bad:
        S E C R E T STATE 000123

        NODIS
        SIPDIS

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
    sipdis = next((c for c in caps if c.word == "SIPDIS"), None)
    if sipdis is None:
        return
    d = cable.date
    for c in caps:
        if c.word in _ALWAYS:
            sev = None if d is None or d >= eo.SIPDIS_GUIDANCE else WARNING
            yield Hit(c.span, f"SIPDIS cable with the {c.word} caption: {c.word} traffic may not "
                              f"be distributed by SIPDIS", sev, key=f"SIPDIS+{c.word}")
        elif c.word in _CHANNELS:
            yield Hit(c.span, f"SIPDIS cable with the {c.word} caption, which limits distribution",
                      WARNING, key=f"SIPDIS+{c.word}")
