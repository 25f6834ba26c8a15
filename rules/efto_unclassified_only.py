"""CL114 efto-unclassified-only."""
from __future__ import annotations

import re

from cablelint.rule import ERROR, Hit, rule

_EFTO_RE = re.compile(r"(?<![A-Z])EFTO(?![A-Z])")


@rule("CL114", "efto-unclassified-only", ERROR)
def check(cable, options):
    """EFTO (encrypt for transmission only) is used with a classified level.

    Why: EFTO is the designator of an unclassified telegram that is encrypted in transit
    (`UNCLAS E F T O`); written with a classified level it mixes an unclassified handling
    instruction into a classified marking, and a system that keys on EFTO may treat the
    telegram as unclassified. Basis: 5 FAH-2 H-222 [S] (UNCLAS EFTO as a first-line
    designator). Checked: EFTO on a classified classification line, an EFTO caption in the
    header of a classified cable, and EFTO in a classified portion mark.

    Bad:
        S E C R E T E F T O LONDON 002883

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL UK
        SUBJECT: TALKS

        Classified By: Ambassador Robert Tuttle, reasons 1.4 (b) and (d).

        1. (S) Text.

    Good:
        UNCLAS E F T O LONDON 002883

        E.O. 12958: N/A
        TAGS: PREL UK
        SUBJECT: TALKS

        1. (U) Text.
    """
    ov = cable.overall
    overall = ov.marking
    layer = ov.layer
    for b in cable.banners:
        if "EFTO" in b.qualifiers and b.marking is not None and b.marking.level > 0:
            yield Hit(b.span, f"EFTO on a {b.marking.level.word} classification line; EFTO is "
                              f"for UNCLAS telegrams only", key="line")
    if overall is not None and overall.level > 0:
        for cap in cable.header_captions:
            if cap.word == "EFTO":
                yield Hit(cap.span, f"EFTO caption on a {overall.level.word} cable ({layer})",
                          key="caption")
                break
    if "EFTO" not in cable.marks_summary.text:
        return
    for p in cable.portions:
        mark = p.mark
        # the literal test rules out nearly every mark before the marking and the regex are asked
        if mark is None or "EFTO" not in mark.text.upper():
            continue
        m = p.marking
        if m is not None and m.level > 0 and _EFTO_RE.search(mark.text.upper()):
            where = f"paragraph {p.number}" if p.number is not None else "a portion"
            yield Hit(p.mark_span or p.span, f"portion mark in {where} joins EFTO to "
                                             f"{m.level.word}", key=f"{where}:EFTO")
