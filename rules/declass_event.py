"""CL314 declass-event."""
from __future__ import annotations

import datetime as dt

from cablelint.eo import DeclKind
from cablelint.rule import WARNING, Hit, rule

# members compared on every cable, bound once (docs/performance.md: the enum lookup)
_DURATION = DeclKind.DURATION


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


@rule("CL314", "declass-event", WARNING)
def check(cable, options):
    """The declassification instruction is a bare duration (`DECL: TEN YEARS`) instead of a date or an event.

    Why: a duration has no fixed starting point once the cable is copied or re-dated, so
    nobody can tell from the marking when it is to be released; the order asks for a date,
    or an event that is reasonably definite and foreseeable (E.O. 12958 §1.6(a)/(b), as
    amended §1.5; 32 CFR 2001.21(a)(4); CAPCO §E.1). The message gives the date the duration
    means (cable date + n years), but it is not applied automatically. Events
    (`UPON COMPLETION OF NEGOTIATIONS`, `TEN YEARS AFTER KOREAN UNIFICATION`) are accepted.

    Bad:
        R 150900Z FEB 08
        FM AMEMBASSY QUITO
        TO SECSTATE WASHDC 0001

        C O N F I D E N T I A L QUITO 000327

        E.O. 12958: DECL: TEN YEARS
        TAGS: PREL EC
        SUBJECT: TALKS

        Classified By: Ambassador Linda Jewell, reasons 1.4 (b) and (d).

        1. (C) Text.

    Good:
        R 150900Z FEB 08
        FM AMEMBASSY QUITO
        TO SECSTATE WASHDC 0001

        C O N F I D E N T I A L QUITO 000327

        E.O. 12958: DECL: 02/15/2018
        TAGS: PREL EC
        SUBJECT: TALKS

        Classified By: Ambassador Linda Jewell, reasons 1.4 (b) and (d).

        1. (C) Text.
    """
    line = cable.eo
    if line is None or line.decl.kind != _DURATION:
        return
    n = line.decl.years
    span = line.value_span or line.span
    d = cable.date
    if n is not None and d is not None:
        target = _add_years(d, n)
        msg = (f"declassification given as a bare duration of {n} years; write the date "
               f"(cable date + {n} years = {target.strftime('%m/%d/%Y')})")
    else:
        msg = "declassification given as a bare duration; write a date"
    yield Hit(span, msg, key=f"duration {n}")
