"""CL313 exemption-date-combo."""
from __future__ import annotations

from cablelint import eo
from cablelint.eo import DeclKind
from cablelint.rule import ERROR, WARNING, Hit, rule

# members compared on every cable, bound once (docs/performance.md: the enum lookup)
_DATE, _X25, _X50 = DeclKind.DATE, DeclKind.X25, DeclKind.X50


@rule("CL313", "exemption-date-combo", ERROR)
def check(cable, options):
    """An exemption code on the E.O. line is combined (or not) with a date against the rules for that code.

    Why: each exemption fixes how the date works. `50X1-HUM` and `50X2-WMD` stand alone and
    carry no date or event (ISM-ID-00133; 32 CFR 2001.21(a)(4)(iii)-(iv), 2010 text) — error.
    Under E.O. 13526 a `25X#`, `50X#` or `75X#` exemption needs its date (32 CFR 2001.26(a);
    CAPCO §E.1) — error. The X1-X8 exemptions of E.O. 12958 as issued replaced the date and
    were written without one (5 CFR 1312.8(a)(4)(iv); 02ROME3067) [K] — a warning, like
    `25X1-human` with a date (the HUMINT variant, by analogy with 50X1-HUM [K]). Whether the
    code itself was lawful on the cable date is CL302's question.

    Bad:
        S E C R E T STATE 000369

        E.O. 12958: DECL: 50X1-HUM 01/15/2035
        TAGS: PREL PTER
        SUBJECT: TALKS

        Classified By: Director John Smith, reasons 1.4 (c).

        1. (S) Text.
    ---
        C O N F I D E N T I A L ROME 003067

        E.O. 12958: DECL: X1 06/01/2012
        TAGS: PREL IT
        SUBJECT: TALKS

        Classified By: Political Counselor John Smith, reason 1.5 (d).

        1. (C) Text.

    Good:
        C O N F I D E N T I A L ROME 003067

        E.O. 12958: DECL: X1, X5
        TAGS: PREL IT
        SUBJECT: TALKS

        Classified By: Political Counselor John Smith, reason 1.5 (d).

        1. (C) Text.
    """
    line = cable.eo
    if line is None:
        return
    decl = line.decl
    span = line.value_span or line.span
    has_date = decl.date is not None or bool(decl.date_text)
    codes = ", ".join(decl.codes)
    if decl.kind == _X50:
        stand_alone = [c for c in decl.codes if c.endswith(("-HUM", "-WMD"))]
        if stand_alone and has_date:
            yield Hit(span, f"{', '.join(stand_alone)} carries no date or event", key="50X-date")
        elif not stand_alone and not has_date and _under_13526(cable):
            yield Hit(span, f"{codes or '50X'} needs a declassification date", key="50X-nodate")
    elif decl.kind == _X25:
        human = [c for c in decl.codes if c.endswith("-HUMAN")]
        if human and has_date:
            yield Hit(span, f"{', '.join(human)} (HUMINT) is written without a date",
                      WARNING, key="25X-date")
        elif not human and not has_date and _under_13526(cable):
            yield Hit(span, f"{codes or '25X'} needs a declassification date under E.O. 13526",
                      key="25X-nodate")
    elif decl.kind == _DATE and decl.codes and any(c[:1] == "X" for c in decl.codes):
        yield Hit(span, f"exemption {codes} replaced the declassification date; it is not "
                        f"combined with one", WARNING, key="X-date")


def _under_13526(cable) -> bool:
    d = cable.date
    return d is not None and d >= eo.EO_13526_EFFECTIVE
