"""CL112 lou-sbu-era."""
from __future__ import annotations

import datetime as dt

from cablelint import eo
from cablelint.elements import DamageKind
from cablelint.marking import LOU, SBU
from cablelint.rule import ERROR, WARNING, Hit, rule

# members compared on every cable, bound once (docs/performance.md: the enum lookup)
_GLUED = DamageKind.GLUED


@rule("CL112", "lou-sbu-era", ERROR, options={"switch-date": eo.LOU_ABOLISHED.isoformat()})
def check(cable, options):
    """LIMITED OFFICIAL USE after State replaced it by SBU, or SBU before it existed.

    Why: on 1995-10-01 State abolished the Limited Official Use control and replaced it by
    Sensitive But Unclassified (the `SENSITIVE` caption, `(SBU)` portions); a later LOU
    marking applies a control that no longer exists, so the handling instructions attached
    to it are void. Basis: 2000 STATE 018029 ¶1 [S]; 12 FAM 540 [S]. LOU (classification line,
    metadata or `(LOU)` portion) on or after the switch date is an error; SBU (the SENSITIVE
    caption or an SBU portion) before it a warning. Option `switch-date` (ISO date). A record
    that holds two cables (another telegram glued after the header, 90KHARTOUM10657 with a
    2009 Montevideo text) is not judged: the date is one cable's, the marks another's
    (`record-damaged` says so).

    Bad:
        R 011000Z MAR 99
        FM AMEMBASSY ROME
        TO SECSTATE WASHDC 0001

        LIMITED OFFICIAL USE ROME 004321

        E.O. 12958: N/A
        TAGS: ECON IT
        SUBJECT: TRADE

        1. (LOU) Text.

    Good:
        R 011000Z MAR 99
        FM AMEMBASSY ROME
        TO SECSTATE WASHDC 0001

        UNCLAS ROME 004321

        SENSITIVE

        E.O. 12958: N/A
        TAGS: ECON IT
        SUBJECT: TRADE

        1. (SBU) Text.
    ---
        R 011000Z MAR 93
        FM AMEMBASSY ROME
        TO SECSTATE WASHDC 0001

        LIMITED OFFICIAL USE ROME 004321

        E.O. 12356: N/A
        TAGS: ECON IT
        SUBJECT: TRADE

        1. (LOU) Text.
    """
    d = cable.date
    if d is None or cable.record.has(_GLUED):
        return
    switch = dt.date.fromisoformat(str(options["switch-date"]))
    if d >= switch:
        for b in cable.banners:
            if b.marking is not None and LOU in b.marking.controls:
                yield Hit(b.level_span, f"LIMITED OFFICIAL USE classification line on a cable dated "
                                        f"{d.isoformat()}: LOU was replaced by SBU on {switch.isoformat()}",
                          key="LOU-line")
                break
        meta = cable.metadata
        if meta is not None and meta.marking is not None and LOU in meta.marking.controls:
            yield Hit(meta.classification_span, f"metadata classification is LIMITED OFFICIAL USE on "
                                                f"a cable dated {d.isoformat()}", key="LOU-metadata")
        lou = [(span, where) for m, span, where in cable.portion_markings if LOU in m.controls] \
            if LOU in cable.marks_summary.controls else []
        if lou:
            span, where = lou[0]
            more = f" (and {len(lou) - 1} more)" if len(lou) > 1 else ""
            yield Hit(span, f"portion (LOU) in {where} on a cable dated {d.isoformat()}: LOU was "
                            f"replaced by SBU on {switch.isoformat()}{more}", key="LOU-portion")
    else:
        cap = next((c for c in cable.header_captions if c.word.startswith("SENSITIVE")), None)
        if cap is not None:
            yield Hit(cap.span, f"SENSITIVE (SBU) caption on a cable dated {d.isoformat()}, before "
                                f"SBU replaced LOU on {switch.isoformat()}", WARNING, key="SBU-caption")
        sbu = [(span, where) for m, span, where in cable.portion_markings if SBU in m.controls] \
            if SBU in cable.marks_summary.controls else []
        if sbu:
            span, where = sbu[0]
            yield Hit(span, f"SBU portion in {where} on a cable dated {d.isoformat()}, before SBU "
                            f"replaced LOU on {switch.isoformat()}", WARNING, key="SBU-portion")
