"""CL312 declass-date-format."""
from __future__ import annotations

import datetime as dt

from cablelint.rule import INFO, WARNING, Hit, rule

_CANONICAL = "mm/dd/yyyy"
_ISOO_2010 = dt.date(2010, 6, 25)  # 32 CFR 2001.21(a)(4) (2010): YYYYMMDD
_KINDS = ("date", "25x", "50x", "gds")


@rule("CL312", "declass-date-format", INFO, options={"style-notes": False})
def check(cable, options):
    """The declassification date is not written in the canonical `mm/dd/yyyy` form, or can be read two ways.

    Why: the declassification date is read by people and by release systems; a non-standard
    form (`4/4/2012`, `2019/12/17`, `12-29-13`, a two-digit year) is a style problem (info),
    but one whose day and month are both 12 or less and that is not written in the canonical
    order (`04/05/12`, `4/5/2012`) can be read as 5 April or 4 May, so the cable may be
    released a month early or held a month late (warning) — unless it is the cable's own
    month and day n years on, which settles the reading. State's canonical form is
    `mm/dd/yyyy` (5 FAH-1 examples); from 2010-06-25 the ISOO form `YYYYMMDD` (32 CFR
    2001.21(a)(4), 2010 text) is canonical as well. The format part of DECL-05; impossible and
    past dates are reported by CL302. Style notes on dates that can be read only one way are
    off by default (one real cable in ten has one); option `style-notes = true` turns them on.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 4/5/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    ---
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 04/05/18
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 04/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    """
    line = cable.eo
    if line is None:
        return
    decl = line.decl
    if decl.kind not in _KINDS or not decl.date_format or decl.date is None:
        return
    fmt = decl.date_format
    if fmt == _CANONICAL:
        return
    d = cable.date
    if fmt == "yyyymmdd" and d is not None and d >= _ISOO_2010:
        return
    span = line.value_span or line.span
    value = decl.date
    year_first = fmt.startswith("yyyy")
    ambiguous = (not year_first and "month" not in fmt and value.day <= 12
                 and value.month <= 12 and value.day != value.month)
    if ambiguous and d is not None and abs(value.day - d.day) <= 1 and value.month == d.month:
        ambiguous = False  # the cable date + n years: the reading is clear from the cable
    if ambiguous:
        yield Hit(span, f"declassification date written as {fmt}: day and month can be swapped "
                        f"(write {_CANONICAL})", WARNING, key=f"format {fmt}")
    elif options.get("style-notes"):
        yield Hit(span, f"declassification date written as {fmt}; the canonical form is "
                        f"{_CANONICAL}", key=f"format {fmt}")
