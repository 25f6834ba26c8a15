"""CL316 downgrade-instruction."""
from __future__ import annotations

from cablelint.eo import DeclKind
from cablelint.marking import Level
from cablelint.rule import WARNING, Hit, rule

_LEVELS = {"TS": Level.TS, "S": Level.S, "C": Level.C, "U": Level.U}


@rule("CL316", "downgrade-instruction", WARNING)
def check(cable, options):
    """A downgrading instruction (`DNG: CO mm/dd/yyyy`) does not fit the cable: no lower level to go to, a date out of order, or no declassification instruction beside it.

    Why: downgrading is an optional extra marking that lowers the level on a date before the
    cable is declassified; it only makes sense on a SECRET or TOP SECRET cable, to a lower
    level, on a date after the cable date and before the declassification date — and it does
    not replace the declassification instruction, which every classified cable needs (an
    unclassified cable needs none, so a DNG line on it is only "no lower level").
    Basis: downgrading as an optional marking element of E.O. 12958 [K]; State usage in 7-8
    cables [E]. A warning.

    Bad:
        C O N F I D E N T I A L CARACAS 000219

        E.O. 12958: DNG: CO 01/26/2021
        TAGS: PREL VE
        SUBJECT: TALKS

        Classified By: Ambassador William Brownfield, reasons 1.4 (b) and (d).

        1. (C) Text.

    Good:
        S E C R E T CARACAS 000219

        E.O. 12958: DNG: CO 01/26/2011 DECL: 01/26/2021
        TAGS: PREL VE
        SUBJECT: TALKS

        Classified By: Ambassador William Brownfield, reasons 1.4 (b) and (d).

        1. (S) Text.
    """
    line = cable.eo
    if line is None or line.decl.downgrade_to is None:
        return
    decl = line.decl
    span = line.value_span or line.span
    target = _LEVELS.get(decl.downgrade_to)
    ov = cable.overall
    overall = ov.marking
    layer = ov.layer
    if target is None:
        yield Hit(span, "downgrading instruction names no known level", key="dng-level")
    elif overall is not None and overall.level <= target:
        yield Hit(span, f"downgrading to {target.word} on a {overall.level.word} cable ({layer}): "
                        f"there is no lower level to go to", key="dng-level")
    if decl.kind == DeclKind.DOWNGRADE and not (overall is not None and overall.level == Level.U):
        # (an unclassified cable needs no declassification instruction: its DNG line is the
        # only fault, reported above as no lower level, 04BOGOTA12860)
        yield Hit(span, "downgrading instruction without a declassification instruction",
                  key="dng-no-decl")
    dd = decl.downgrade_date
    if dd is None:
        return
    if cable.date is not None and dd <= cable.date:
        yield Hit(span, f"downgrading date {dd.isoformat()} is not after the cable date "
                        f"{cable.date.isoformat()}", key="dng-date")
    elif decl.date is not None and decl.kind == DeclKind.DATE and dd >= decl.date:
        yield Hit(span, f"downgrading date {dd.isoformat()} is not before the declassification "
                        f"date {decl.date.isoformat()}", key="dng-date")
