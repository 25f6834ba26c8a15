"""CL501 caveat-vocabulary."""
from __future__ import annotations

from cablelint.rule import WARNING, Hit, rule

#: Words the grammar reads as captions that are not State telegram captions: IC/CAPCO
#: dissemination controls, which belong in portion marks and banners, not on a caption line.
_NOT_STATE_CAPTIONS = {
    "ORCON": "an IC dissemination control (originator controlled)",
    "PROPIN": "an IC dissemination control (proprietary information)",
    "NOCONTRACT": "a retired IC dissemination control",
}


@rule("CL501", "caveat-vocabulary", WARNING)
def check(cable, options):
    """A caption line carries an IC control word (ORCON, PROPIN, NOCONTRACT) that is not a State telegram caption.

    Why: State telegrams are distributed by their captions (5 FAH-2 H-440: NOFORN, SIPDIS,
    SENSITIVE, EXDIS, NODIS, LIMDIS, STADIS, ROGER, CHEROKEE, AGRMENT …); the messaging system
    does not act on IC dissemination controls written as captions, so the control the drafter
    meant is not applied. Basis: 5 FAH-2 H-440 (caption list, 2008 edition, opening seen) [S]
    for its existence, members beyond those listed [K]; CAPCO register for the IC controls [S].
    A warning. Unknown caption words in general cannot be checked: the grammar reads only
    known caption words as captions, anything else is passing-line text.

    Bad:
        S E C R E T ANKARA 000123

        ORCON
        SIPDIS

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (S) Text.

    Good:
        S E C R E T ANKARA 000123

        NOFORN
        SIPDIS

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (S//NF) Text.
    """
    for cap in cable.header_captions:
        why = _NOT_STATE_CAPTIONS.get(cap.word)
        if why:
            yield Hit(cap.span, f"{cap.word} is {why}, not a State telegram caption",
                      key=cap.word)
