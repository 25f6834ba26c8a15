"""CL113 sbu-only-unclassified."""
from __future__ import annotations

import re

from cablelint.rule import ERROR, WARNING, Hit, rule

_ADMIN_RE = re.compile(r"(?<![A-Z])(SBU|FOUO|LOU)(?![A-Z])")


def admin_on_classified(mark) -> str | None:
    """The administrative label in a portion mark whose level is classified (`(C/SBU)`)."""
    if mark is None:
        return None
    text = mark.text.upper()
    # literal tests rule out nearly every mark, more cheaply than the level or the regex
    if not _may_name_admin(text):
        return None
    if mark.marking is None or mark.marking.level == 0:
        return None
    m = _ADMIN_RE.search(text)
    return m.group(1) if m else None


def _may_name_admin(text: str) -> bool:
    return "SBU" in text or "FOUO" in text or "LOU" in text


@rule("CL113", "sbu-only-unclassified", ERROR)
def check(cable, options):
    """SBU is combined with a classified level in a portion mark, or a classified cable carries the SENSITIVE caption.

    Why: Sensitive But Unclassified is a control for unclassified information only; joined to
    a classified level it says two contradictory things about the same portion, and as the
    caption of a classified cable it is a label the classified marking already supersedes.
    Basis: CAPCO SBU register entry (UNCLASSIFIED only; not in the banner of a document with
    classified portions) [S]; ISM-ID-00030/00037 (FOUO, SBU only with U) [S]; 32 CFR 2001.23(a)
    (no administrative labels on classified information) [S]. A portion mark such as `(C/SBU)`
    is an error; the SENSITIVE caption on a classified cable a warning (State drafters did
    this on classified cables with `(SBU)` paragraphs). `(SBU)` paragraphs inside a classified
    cable are fine.

    Bad:
        C O N F I D E N T I A L BRASILIA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL BR
        SUBJECT: TALKS

        Classified By: Ambassador Clifford Sobel, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. (C/SBU) Text.

    Good:
        C O N F I D E N T I A L BRASILIA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL BR
        SUBJECT: TALKS

        Classified By: Ambassador Clifford Sobel, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. (SBU) Text.
    """
    if _may_name_admin(cable.marks_summary.text):
        for mark, span, where in cable.portion_marks:
            label = admin_on_classified(mark)
            if label:
                yield Hit(span, f"portion mark in {where} joins {label} to the classified level "
                                f"{mark.marking.level.word}; use {mark.marking.short()} or "
                                f"({label})", key=f"{where}:{label}")
    ov = cable.overall
    overall = ov.marking
    layer = ov.layer
    if overall is not None and overall.level > 0:
        for cap in cable.header_captions:
            if cap.word.startswith("SENSITIVE"):
                yield Hit(cap.span, f"SENSITIVE (SBU) caption on a {overall.level.word} cable "
                                    f"({layer})", WARNING, key="caption")
                break
