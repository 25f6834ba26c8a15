"""CL122 subject-marked."""
from __future__ import annotations

from cablelint.marking import MarkStatus
from cablelint.rule import WARNING, Hit, rule


@rule("CL122", "subject-marked", WARNING, default_enabled=False)
def check(cable, options):
    """The SUBJECT line of a classified cable carries no portion mark.

    Why: a subject is a portion like any other and must show its level, or it cannot be quoted
    (in indexes, reference lists, replies) without guessing; an unmarked subject of a SECRET
    cable is treated as SECRET by careful readers and as unclassified by careless ones. Basis:
    CAPCO §C (titles and subjects are portions) [S]; 32 CFR 2001.21(c) (2010: subjects and
    titles) [S]. Off by default: State practice of the Cablegate era left subjects unmarked
    (97.7 % of the corpus's SUBJECT lines, survey §0.8), so enable it for post-2010 text or a
    stricter house style. A mark at the start (`SUBJECT: (C) …`) or the end (`… (C)`) counts.

    Bad:
        S E C R E T ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (S) Text.

    Good:
        S E C R E T ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: (S) TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (S) Text.
    """
    ov = cable.overall
    overall = ov.marking
    layer = ov.layer
    if overall is None or overall.level == 0 or cable.subject is None:
        return
    mark = cable.subject.mark
    if mark is not None and mark.status != MarkStatus.NOT_A_MARK:
        return
    yield Hit(cable.subject.span, f"SUBJECT has no portion mark in a {overall.level.word} cable "
                                  f"({layer})", key="subject")
