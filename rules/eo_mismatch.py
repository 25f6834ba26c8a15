"""CL301 eo-mismatch."""
from __future__ import annotations

from cablelint import eo
from cablelint.elements import DamageKind
from cablelint.eo import DeclKind
from cablelint.rule import ERROR, WARNING, Hit, rule

# members compared on every cable, bound once (docs/performance.md: the enum lookup)
_JOINED, _NA = DamageKind.JOINED, DeclKind.NA


@rule("CL301", "eo-mismatch", ERROR)
def check(cable, options):
    """The Executive Order cited on the E.O. line was not the one in force on the cable's date.

    Why: the order in force decides which reasons, declassification instructions and
    durations are lawful; citing another order (or a mistyped number such as 12598) makes the
    whole authority block unreliable. Basis: the effective dates of E.O. 12356 (1982-08-01),
    E.O. 12958 (1995-10-14) and E.O. 13526 (2010-06-27). `E.O. 13292` cited instead of
    "12958, as amended" is a warning (ISOO asks for the latter), and so is a superseded order
    cited within six months of the change. A record that joins one cable's header to
    another's text (88BAGHDAD28: a 1988 header over a 2009 text citing 12958) has no date for
    the text: the order is not judged. Later review stamps are not judged. An order number
    with a doubled key is named as written (`E.O. 112356`, 91KHARTOUM4769), not cut to five
    digits. The message gives the day the cited order was superseded and the cable's date
    apart, so neither is read as the other.

    Declined: the `N/A` line of an unclassified cable (`E.O. 12356: N/A` on a 2004 cable,
    04WELLINGTON727; `E.O. 12598: N/A`, 03LAGOS683) is not judged. The line applies no order
    to the cable, so a stale or mistyped number on it changes no marking and misleads no
    declassification review. An order that did not exist yet on such a line (`E.O. 13526: N/A`
    in 2004) is a warning: no template is that stale, so the line or the date is wrong.

    Bad:
        R 150900Z FEB 10
        FM AMEMBASSY ANKARA
        TO SECSTATE WASHDC 0001

        C O N F I D E N T I A L ANKARA 000123

        E.O. 13526: DECL: 02/15/2020
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador James Jeffrey, reasons 1.4 (b) and (d).

        1. (C) Text.

    Good:
        R 150900Z FEB 10
        FM AMEMBASSY ANKARA
        TO SECSTATE WASHDC 0001

        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 02/15/2020
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador James Jeffrey, reasons 1.4 (b) and (d).

        1. (C) Text.

    Good:
        R 250900Z AUG 04
        FM AMEMBASSY WELLINGTON
        TO SECSTATE WASHDC 0001

        UNCLAS WELLINGTON 000727

        E.O. 12356: N/A
        TAGS: ETRD NZ
        SUBJECT: TALKS

        1. Text.
    """
    line = cable.eo
    if line is None or line.order is None:
        return
    cited = line.order
    overall = cable.overall[0]
    # an unclassified cable's `N/A` line applies no order: a stale or mistyped number changes
    # nothing; only an order that did not exist yet is told (the line or the date is wrong)
    na_line = line.decl.kind == _NA and overall is not None and overall.level == 0
    if na_line and cited not in eo.KNOWN_ORDERS:
        return
    typo = eo.likely_typo_of(cited) if cited not in eo.KNOWN_ORDERS else None
    if typo is not None:
        yield Hit(line.label_span, f"E.O. {cited} is not an order on classification; "
                                   f"probably a typo for E.O. {typo}", key=f"E.O. {cited}")
        return
    if cited not in eo.KNOWN_ORDERS:
        yield Hit(line.label_span, f"E.O. {cited} is not an order on classified information",
                  key=f"E.O. {cited}")
        return
    d = cable.date
    if d is None or cable.record.has(_JOINED):
        return  # (two cables joined: the date is not the text's; record-damaged says so)
    in_force = eo.order_in_force(d)
    if cited == "13292":
        sev = None if d < eo.KNOWN_ORDERS["13292"].effective else WARNING
        yield Hit(line.label_span, "cite E.O. 12958 (as amended) rather than E.O. 13292",
                  sev, key="E.O. 13292")
        return
    if cited == in_force:
        return
    cited_start = eo.KNOWN_ORDERS[cited].effective
    if cited_start is not None and cited_start > d:
        yield Hit(line.label_span, f"E.O. {cited} was not yet in force on {d.isoformat()} "
                                   f"(E.O. {in_force} was)", WARNING if na_line else None,
                  key=f"E.O. {cited}")
        return
    if na_line:
        return
    in_force_start = eo.KNOWN_ORDERS[in_force].effective
    grace = in_force_start is not None and (d - in_force_start).days <= 183
    successor, since = eo.superseded(cited) or (in_force, in_force_start)
    also = "" if successor == in_force else f", when E.O. {in_force} was in force"
    yield Hit(line.label_span, f"E.O. {cited} was superseded by E.O. {successor} on "
                               f"{since.isoformat()}; the cable is dated {d.isoformat()}{also}",
              WARNING if grace else None, key=f"E.O. {cited}")
