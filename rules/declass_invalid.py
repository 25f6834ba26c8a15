"""CL302 declass-invalid."""
from __future__ import annotations

import datetime as dt

from cablelint import eo
from cablelint.elements import DamageKind
from cablelint.eo import DeclKind
from cablelint.rule import ERROR, WARNING, Hit, rule

# members compared on every cable, bound once (docs/performance.md: the enum lookup)
_DATE = DeclKind.DATE
_EMPTY = DeclKind.EMPTY
_GDS = DeclKind.GDS
_JOINED = DamageKind.JOINED
_MR = DeclKind.MR
_NA = DeclKind.NA
_OADR = DeclKind.OADR
_X25 = DeclKind.X25
_X50 = DeclKind.X50
_X_CODE = DeclKind.X_CODE

_ONE_DAY = dt.timedelta(days=1)
# instructions that say when classified information may be released: a classified cable's
_CLASSIFIED_ONLY = frozenset({DeclKind.DATE, DeclKind.OADR, DeclKind.X_CODE, DeclKind.X25,
                              DeclKind.X50, DeclKind.EVENT, DeclKind.DURATION})


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


@rule("CL302", "declass-invalid", ERROR, options={"max-years": 0})
def check(cable, options):
    """The declassification instruction on the E.O. line is not lawful for the cable and its date.

    Why: the instruction decides when the cable may be released; one that the order in force
    did not allow keeps information secret without authority, or releases it too soon.
    Checked: `OADR` after 1995-10-14 (E.O. 12958 forbids indefinite classification; CAPCO: OADR
    only on sources dated on or before 1995-10-14), and before E.O. 12356 (1982-08-01), which
    brought the notation in (a warning: the older orders' tables have no OADR, but no text
    forbids it); X1-X8 outside 1995-10-14..2003-09-21 (a
    warning during the 2003 transition); `MR` ever (never authorised); 50X1-HUM/50X2-WMD
    before E.O. 13526; GDS outside E.O. 11652/12065; a date that is not a calendar date, not
    after the cable date, or beyond the longest duration (10 years under E.O. 12958 as
    issued, 25 years after the 2003 amendment, 32 CFR 2001.12(a)(1); rounding to 31 December
    of the last year tolerated); `N/A` on a classified cable, or a date on an unclassified
    one (ISM-ID-00014/00016). A 25X code on a new cable is a warning. Option `max-years` (a
    whole number of years; 0, the default, means the ceiling of the order in force) overrides
    the ceiling. Later review stamps are not judged. A record that joins one cable's header
    to another's text (05MUSCAT679: a 2005 header over a 2008 Beijing text) has no date for
    the text, so nothing is judged against a date there.

    One rule rather than one per fault: each fault answers the same question (is this value
    lawful on this cable, at its level and on its date?), an E.O. line gets at most one
    finding, and the finding's key (`OADR`, `X-code`, `50X`, `date-max`, ...) tells the faults
    apart in a baseline. Splitting it would rename findings that baselines and
    configurations already hold.

    Bad:
        O 031007Z SEP 08
        FM AMEMBASSY BEIJING
        TO SECSTATE WASHDC IMMEDIATE 9683

        S E C R E T BEIJING 003400

        E.O. 12958: DECL: 09/03/2038
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
    """
    line = cable.eo
    if line is None:
        return
    decl = line.decl
    kind = decl.kind
    span = line.value_span or line.span
    ov = cable.overall
    overall = ov.marking
    layer = ov.layer
    classified = overall is not None and overall.level > 0
    unclassified = overall is not None and overall.level == 0
    if kind == _NA:
        if classified:
            yield Hit(span, f"E.O. line says N/A on a {overall.level.word} cable ({layer})", key="N/A")
        return
    if unclassified and kind in _CLASSIFIED_ONLY:
        yield Hit(span, f"declassification instruction on an UNCLASSIFIED cable ({layer}); "
                        f"the E.O. line should say N/A", key="decl-on-unclassified")
        return
    if classified and kind == _EMPTY:
        yield Hit(span, "E.O. line gives no declassification instruction", key="empty")
        return
    if kind == _MR:
        yield Hit(span, "MR (manual review) was never an authorised declassification instruction",
                  key="MR")
        return
    d = cable.date
    if d is None or cable.record.has(_JOINED):
        return  # (a header joined to another cable's text: the date is not the text's)
    period = eo.period_on(d)
    if kind == _OADR and not period.allows_oadr:
        if d > eo.OADR_ACCEPTED_UNTIL:
            yield Hit(span, f"OADR is not allowed after {eo.OADR_ACCEPTED_UNTIL.isoformat()} "
                            f"(cable dated {d.isoformat()})", key="OADR")
        elif d < eo.EO_12356_EFFECTIVE:
            yield Hit(span, f"OADR came in with E.O. 12356 ({eo.EO_12356_EFFECTIVE.isoformat()}); "
                            f"the order in force on {d.isoformat()} was E.O. {period.order}",
                      WARNING, key="OADR")
    elif kind == _X_CODE:
        sev = period.x_code_severity()
        if sev is not None:
            codes = ", ".join(decl.codes) or "X"
            yield Hit(span, f"exemption {codes} is allowed only from {eo.X_CODES_FROM.isoformat()} "
                            f"to {eo.X_CODES_UNTIL.isoformat()} (cable dated {d.isoformat()})", WARNING if sev == "warning" else None,
                      key="X-code")
    elif kind == _X50 and d < eo.EO_13526_EFFECTIVE:
        yield Hit(span, f"{', '.join(decl.codes) or '50X'} exists only under E.O. 13526 "
                        f"(from {eo.EO_13526_EFFECTIVE.isoformat()})", key="50X")
    elif kind == _X25 and not (d.year < 2012 and any("HUMAN" in c.upper() for c in decl.codes)):
        # (25X1-human was the prescribed marking for human-source information under E.O. 12958
        # as amended until ISOO Notice 2012-02: legitimate on a 2010 cable, 10STATE369)
        yield Hit(span, f"{', '.join(decl.codes) or '25X'} is an exemption from 25-year automatic "
                        f"declassification, not an instruction for a new cable", WARNING, key="25X")
    elif kind == _GDS and period.order not in ("11652", "12065"):
        yield Hit(span, f"GDS schedules belong to E.O. 11652/12065, not to the order in force on "
                        f"{d.isoformat()}", key="GDS")
    elif kind == _DATE:
        hit = _check_date(decl, d, period, span, options)
        if hit is not None:
            yield hit


def _check_date(decl, d: dt.date, period, span, options) -> Hit | None:
    """The finding on a declassification date, if any (a function rather than a generator:
    it runs for most cables and finds something in few)."""
    if not decl.valid_calendar_date or decl.date is None:
        return Hit(span, "declassification date is not a calendar date", key="date-invalid")
    if decl.date <= d:
        return Hit(span, f"declassification date {decl.date.isoformat()} is not after the cable "
                         f"date {d.isoformat()}", key="date-past")
    max_years = options.get("max-years") or period.max_years
    if max_years is None:
        return None
    limit = max(_add_years(d, max_years) + _ONE_DAY, dt.date(d.year + max_years, 12, 31))
    if decl.date > limit:
        years = (decl.date - d).days / 365.25
        return Hit(span, f"declassification date {decl.date.isoformat()} is {years:.0f} years after "
                         f"the cable date; the longest allowed then was {max_years} years",
                   key="date-max")
    return None
