"""CL403 dtg-format."""
from __future__ import annotations

from cablelint.elements import DamageKind
from cablelint.rule import ERROR, Hit, rule

_MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}
_PROSIGNS = {"Z", "O", "P", "R"}


@rule("CL403", "dtg-format", ERROR, options={"max-days-from-metadata": 1})
def check(cable, options):
    """The precedence and date-time group line is not `P DDHHMMZ MON YY`, or its date is off.

    Why: the DTG is the telegram's own date and identity in the routing system; a malformed
    one (day 32, hour 25, no `Z`, an unknown prosign) or one that disagrees with the record's
    date makes every date-dependent marking rule (which Executive Order, which reason section,
    which declassification ceiling) guess. Basis: ACP-127 format line / 5 FAH-2 H-321.2-1
    (prosigns Z, O, P, R; one or two, action then info). The DTG date may differ from the
    metadata date by at most `max-days-from-metadata` days (default 1: time zones), except in
    a corrected copy (`C O R R E C T E D C O P Y`, 08STOCKHOLM748), sent again days after
    the record's date. Records
    that are partial extracts have no routing header and are not checked. A DTG line the
    grammar cannot read at all (an unknown prosign such as `I`) is not reported yet: the
    model has no trace of it, and received copies hide the DTG inside their distribution
    block, so "FM line without DTG" is not a reliable sign.

    Bad:
        O 321007Z SEP 08
        FM AMEMBASSY BEIJING
        TO SECSTATE WASHDC IMMEDIATE 9683

        S E C R E T BEIJING 003400

        E.O. 12958: DECL: 09/03/2033
        TAGS: PARM PREL CH
        SUBJECT: TALKS

        Classified By: Ambassador Clark T. Randt, Jr. Reasons 1.4 (b), (c) and (d).

        1. (S) Text.
    ---
        O 031007 SEP 08
        FM AMEMBASSY BEIJING
        TO SECSTATE WASHDC IMMEDIATE 9683

        S E C R E T BEIJING 003400

        E.O. 12958: DECL: 09/03/2033
        TAGS: PARM PREL CH
        SUBJECT: TALKS

        Classified By: Ambassador Clark T. Randt, Jr. Reasons 1.4 (b), (c) and (d).

        1. (S) Text.

    Good:
        O 031007Z SEP 08
        FM AMEMBASSY BEIJING
        TO SECSTATE WASHDC IMMEDIATE 9683

        S E C R E T BEIJING 003400

        E.O. 12958: DECL: 09/03/2033
        TAGS: PARM PREL CH
        SUBJECT: TALKS

        Classified By: Ambassador Clark T. Randt, Jr. Reasons 1.4 (b), (c) and (d).

        1. (S) Text.
    ---
        08STOCKHOLM748
        TALKS
        2008-11-07 16:04
        SECRET
        Embassy Stockholm
        R 101632Z NOV 08
        FM AMEMBASSY STOCKHOLM
        TO SECSTATE WASHDC 3873

        S E C R E T STOCKHOLM 000748

        C O R R E C T E D C O P Y

        E.O. 12958: DECL: 11/06/2018
        TAGS: PREL SW
        SUBJECT: TALKS

        Classified By: Ambassador Michael Wood, reasons 1.4 (b) and (d).

        1. (S) Text.
    """
    if cable.partial_extract:
        return
    dtg = cable.routing.dtg
    if dtg is None:
        return
    problems = []
    bad = [p for p in dtg.prosigns.split() if p not in _PROSIGNS]
    if bad:
        problems.append(f"prosign {' '.join(bad)} is not Z, O, P or R")
    if dtg.month not in _MONTHS:
        problems.append("month is not JAN..DEC")
    elif dtg.date is None:
        problems.append(f"day {dtg.day} does not exist in {dtg.month}")
    if dtg.hour > 23:
        problems.append(f"hour {dtg.hour} is above 23")
    if dtg.minute < 0:
        problems.append("the time group has no minutes (DDHHMM)")
    elif dtg.minute > 59:
        problems.append(f"minute {dtg.minute} is above 59")
    if not dtg.has_zulu:
        problems.append("the time group lacks the Z (UTC) suffix")
    for p in problems:
        yield Hit(dtg.span, f"date-time group: {p}", key=p.split()[0])
    meta = cable.metadata
    limit = options.get("max-days-from-metadata", 1)
    if (dtg.date is not None and meta is not None and meta.date is not None and limit is not None
            and not cable.record.has(DamageKind.JOINED)  # (two cables joined: record-damaged)
            and cable.record.corrected_copy is None):  # (sent again on a later day)
        days = abs((dtg.date - meta.date).days)
        if days > limit:
            yield Hit(dtg.span, f"DTG date {dtg.date.isoformat()} (routing layer) is {days} days "
                                f"from the record date {meta.date.isoformat()} (metadata layer)",
                      key="date")
