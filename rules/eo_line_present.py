"""CL311 eo-line-present."""
from __future__ import annotations

import datetime as dt

from cablelint import eo
from cablelint.span import FILE_START
from cablelint.rule import ERROR, WARNING, Hit, rule


@rule("CL311", "eo-line-present", ERROR, options={"since": eo.CAPTIONED_HEADER_SINCE.isoformat()})
def check(cable, options):
    """A cable with a telegram header has no E.O. line (`E.O. 12958: DECL: …` or `E.O. 12958: N/A`).

    Why: the E.O. line states the order the cable is classified under and when it is to be
    declassified (or `N/A` for an unclassified cable); without it a classified cable has no
    declassification instruction at all, and reviewers cannot tell which rules applied.
    Basis: 5 FAH-1 (telegram format); ISM-ID-00014 (classified documents need a declassification
    instruction). Seen on State cables since 1973. A warning before E.O. 12356 (1982-08-01).
    Unclassified cables are not judged: their line would only have said `N/A`, so its absence
    changes no marking a reviewer acts on. A line there in a form the reader does not take as
    the E.O. line (`E.O. 12958; N/A` with a semicolon, `E.O. DECL.: 05/29/2000` without its
    order, `E.O. 1295: DECL: …`) is not missing, nor is a DoD report's derivative instruction
    (`DRV FROM: … / DECL ON: X1`, 04OTTAWA3001) in the E.O. line's place. A classified
    cable that lacks its Classified By statement as well (05MUMBAI1708: TAGS straight after
    SIPDIS) has a header that lost lines in the copy: which of them the drafter wrote cannot
    be told, so neither is reported.
    Option `since` (ISO date): cables older than this are not judged. Partial extracts keep
    their body header and are judged too; records without any header (no classification line,
    TAGS or SUBJECT) are not. Later review stamps do not count as the cable's own line. A line
    typed with a zero for the O (`E.0. 12958: N/A`, `E.0.12356:DECL:07/12/00`) is the E.O. line.

    Bad:
        R 150900Z FEB 08
        FM AMEMBASSY ANKARA
        TO SECSTATE WASHDC 0001

        C O N F I D E N T I A L ANKARA 000123

        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

    Good:
        R 150900Z FEB 08
        FM AMEMBASSY ANKARA
        TO SECSTATE WASHDC 0001

        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 02/15/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    ---
        R 150900Z FEB 08
        FM AMEMBASSY ANKARA
        TO SECSTATE WASHDC 0001

        C O N F I D E N T I A L ANKARA 000123

        E.0. 12958: DECL: 02/15/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    ---
        R 150900Z FEB 08
        FM AMEMBASSY ANKARA
        TO SECSTATE WASHDC 0001

        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958; DECL: 02/15/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    """
    if cable.eo is not None or not cable.record.complete:
        return  # (a damaged record's missing line is the copy's loss: record-damaged)
    if any(not e.decl.review for e in cable.eo_lines):
        return  # an E.O. line stands somewhere else (misplaced, but present)
    if not cable.is_classified or cable.record.eo_trace is not None:
        return
    d = cable.date
    if not cable.classified_by and cable.record.statement_trace is None and d is not None \
            and d >= eo.EO_12958_EFFECTIVE:
        return  # the statement is gone too: a header that lost lines, not a drafter's slip
    banner = cable.banner
    if banner is None and cable.tags is None and cable.subject is None:
        return
    d = cable.date
    since = dt.date.fromisoformat(str(options["since"]))
    if d is not None and d < since:
        return
    old = d is not None and d < eo.EO_12356_EFFECTIVE
    severity = WARNING if old else None
    span = banner.span if banner is not None else (
        cable.tags.span if cable.tags is not None else
        cable.subject.span if cable.subject is not None else FILE_START)
    yield Hit(span, "the cable has no E.O. line (order and declassification instruction)",
              severity, key="eo-line")
