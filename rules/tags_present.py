"""CL601 tags-present."""
from __future__ import annotations

import datetime as dt

from cablelint import eo
from cablelint.rule import ERROR, Hit, rule


@rule("CL601", "tags-present", ERROR, options={"since": eo.CAPTIONED_HEADER_SINCE.isoformat()})
def check(cable, options):
    """A cable with a telegram header has no TAGS line, or a TAGS line with no TAG on it.

    Why: State's messaging system routes and indexes telegrams by their TAGS (with captions,
    attention lines and subject terms); a cable without TAGS is not delivered to the offices
    that follow its subject or country, and cannot be found again. Basis: 5 FAH-2 H-252(4);
    5 FAH-1 H-232.6; 5 FAH-3 [S]. The TAGS may stand on their own line or be joined to the
    E.O. line, before the first portion (a TAGS line further down belongs to a copy or a later
    section). Records without any header (no classification line, E.O. line or SUBJECT) are
    not judged, nor cables older than the option `since` (ISO date). A line of TAGS whose
    label was lost (`EFIN, ECON, EINV, PGOV, CH` right after the E.O. line, 08BEIJING3662) is
    not a missing line.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    ---
        UNCLAS BEIJING 003662

        E.O. 12958: N/A
        EFIN, ECON, EINV, PGOV, CH
        SUBJECT: TALKS

        1. (U) Text.
    """
    d = cable.date
    since = dt.date.fromisoformat(str(options["since"]))
    if d is not None and d < since:
        return
    tags = cable.tags
    if tags is None and (not cable.record.complete or cable.record.tags_trace is not None):
        return  # the copy lost the line (record-damaged), or its label only
    first = cable.portions[0].span.line if cable.portions else None
    if tags is not None and (first is None or tags.span.line < first):
        if not tags.tokens:
            yield Hit(tags.span, "the TAGS line lists no TAG", key="tags-empty")
        return
    anchor = cable.eo or cable.banner or cable.subject
    if anchor is None:
        return
    where = " in its header (only further down, after the first portion)" if tags is not None else ""
    yield Hit(anchor.span, f"the cable has no TAGS line{where}", key="tags")
