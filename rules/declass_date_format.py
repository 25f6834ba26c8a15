"""CL312 declass-date-format."""
from __future__ import annotations

from cablelint import eo
from cablelint.eo import DeclKind
from cablelint.rule import INFO, Edit, Fix, Hit, rule

_CANONICAL = "mm/dd/yyyy"
_KINDS = (DeclKind.DATE, DeclKind.X25, DeclKind.X50, DeclKind.GDS)


@rule("CL312", "declass-date-format", INFO, default_enabled=False)
def check(cable, options):
    """The declassification date is not written in the canonical `mm/dd/yyyy` form (`4/5/2018`, `2019/12/17`, `12-29-13`, a two-digit year): a style note, off by default.

    Why: the declassification date is read by people and by release systems, and a uniform
    form reads best: State's canonical form is `mm/dd/yyyy` (5 FAH-1 examples); from
    2010-06-25 the ISOO form `YYYYMMDD` (32 CFR 2001.21(a)(4), 2010 text) is canonical as
    well. Not a fault: State writes dates month first, and no day-first slash date occurs in
    the corpus, so `5/7/2019` means 7 May 2019 and can be read only one way (the rule once
    called such dates ambiguous; that premise was false). Off by default (one real cable in
    ten writes the date another way); select CL312 to see the notes. The format part of
    DECL-05; impossible and past dates are reported by CL302.

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
    if fmt == "yyyymmdd" and d is not None and d >= eo.ISOO_DIRECTIVE_2010:
        return
    span = line.value_span or line.span
    # safe: State writes dates month first, so the reading is certain (see above)
    fix = Fix((Edit(span, decl.date.strftime("%m/%d/%Y"), decl.date_text),),
              title=f"write the date as {decl.date.strftime('%m/%d/%Y')}") if decl.date_text else None
    yield Hit(span, f"declassification date written as {fmt}; the canonical form is "
                    f"{_CANONICAL}", key=f"format {fmt}", fix=fix)
