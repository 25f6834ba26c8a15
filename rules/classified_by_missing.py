"""CL201 classified-by-missing."""
from __future__ import annotations

from cablelint import eo
from cablelint.elements import Zone
from cablelint.rule import ERROR, WARNING, Hit, rule


@rule("CL201", "classified-by-missing", ERROR)
def check(cable, options):
    """A classified cable has no Classified By statement.

    Why: an originally classified document must identify who classified it and why, so that
    the decision can be challenged, reviewed and declassified. Basis: E.O. 12958 §1.7(a)(2),
    as amended §1.6(a)(2); 32 CFR 2001.21(a)(1); 5 FAH-1 (the unnumbered paragraph before
    paragraph 1); ISM-ID-00013/00142. Not judged before E.O. 12958 (cables before
    1995-10-14): E.O. 12356 §1.5(a)(2) asked for the classifier only "if other than the person
    whose name appears as the approving or signing official", and a telegram is signed; under
    E.O. 12065 the classifier stood on the E.O. line itself (`E.O. 12065: GDS 8/12/85
    (TOMSETH, VICTOR L.) OR-P`), not in a Classified By statement. A record
    that lost part of the telegram (cut off after SUBJECT or REF, cancelled, a later section or
    an extract, a preview cut at `...` whose other copy is cut too) is not judged: the
    statement was lost with the rest of the copy, and `record-damaged` says so once. A record
    with no SUBJECT line and a blank metadata title (08LONDON3107: the publisher's copy had
    lost the SUBJECT line too) is judged, since most such records keep their statement after
    TAGS and REF, but as a warning that says the header may have lost lines. Where the
    record holds a full copy after the preview, or joins one cable's metadata to another's
    whole telegram, the telegram is judged. A statement whose label is misspelt
    (`Classfied By:`, `Classifed by`) is the statement. A statement the reader cannot take
    apart is not missing either: glued to SUBJECT or REF (`…BAHRAINClassified By:`), its
    label cut to `BY:` (09TRIPOLI874), a reason cited without a label (`REASON: 1.4 (b), (d)`,
    `CLASSIFIED SECRET BY … REASON 1.5 (C)`), or a DoD report's derivative instruction
    (`DRV FROM: … / DECL ON: X1`, 04OTTAWA3001), or a line in the header garbled past its
    label that still shows a name and a fragment of a reason (`Classiires Richard M. Eason
    for` (D).`, 10BRUSSELS23): the statement is there, damaged by the copy. A cable without its E.O. line as well
    (05MUMBAI1708) is not judged: its header lost lines in the copy, and which of them the
    drafter wrote cannot be told. A cable whose E.O. line cites an order before
    E.O. 12958 (`E.O. 12356: DECL: OADR` in late 1995, 95DAMASCUS5515) is judged by that
    order, as above.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        1. (C) Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    ---
        C O N F I D E N T I A L TRIPOLI 000874

        E.O. 12958: DECL: 11/1/2019
        TAGS: PREL PGOV LY
        SUBJECT: TALKS

        BY: Gene A. Cretz, Ambassador, U.S. Embassy Tripoli, Department of State.
        REASON: 1.4 (b), (d)

        1. (C) Text.
    ---
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classfied By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    ---
        C O N F I D E N T I A L SECTION 01 OF 02 BRUSSELS 000023

        E.O. 12958: DECL: 12/22/2019
        TAGS: PREL, PGOV, BE
        SUBJECT: TALKS

        Classiires Richard M. Eason for` (D).

        1. (C) Text.
    ---
        C O N F I D E N T I A L LONDON 002757

        SIPDIS

        E.O. 12958: DECL: 10/27/2018
        TAGS: PREL PGOV UK
        SUBJECT: UK POLITICS: TALKS
    ---
        R 071502Z JUN 89
        FM AMEMBASSY MOSCOW
        TO SECSTATE WASHDC 6962

        C O N F I D E N T I A L MOSCOW 15118

        E.O. 12356: DECL: OADR
        TAGS: PREL, UR, IR
        SUBJECT: SOVIET REACTION

        1. C-ENTIRE TEXT.

        2. Text.

        MATLOCK
    """
    ov = cable.overall
    overall = ov.marking
    layer = ov.layer
    span = ov.span
    if overall is None or overall.level == 0 or cable.classified_by:
        return
    if not cable.record.complete:
        return  # a cut-off, cancelled or extracted record lost it in copying (record-damaged)
    if cable.record.statement_trace is not None:
        return  # a statement there in a form not read as one: not missing
    if not cable.eo_lines and cable.record.eo_trace is None:
        return  # the E.O. line is gone too: a header that lost lines (eo-line-present's note)
    orders = {e.order for e in cable.eo_lines if e.zone != Zone.BODY and e.order in eo.KNOWN_ORDERS}
    if orders and all(int(o) < 12958 for o in orders):
        return  # marked under an older order (`E.O. 12356: DECL: OADR` in late 1995): as below
    d = cable.date
    if d is not None and d < eo.EO_12958_EFFECTIVE and not any(
            e.order in eo.KNOWN_ORDERS and int(e.order) >= 12958 and not e.decl.review
            for e in cable.eo_lines):
        # the signer was the classifier of record (E.O. 12356 §1.5(a)(2)); unless the record
        # holds a text marked under a later order (a later cable joined to an old header)
        return
    message = f"{overall.level.word} cable ({layer}) has no Classified By statement"
    meta = cable.metadata
    if cable.subject is None and (meta is None or not meta.title.strip()):
        # (the SUBJECT line is gone from the publisher's copy too, or from a bare telegram
        # that has no title to say otherwise: the statement may have gone with it, though
        # most such records keep theirs)
        title = "" if meta is None else " (its metadata title is blank)"
        yield Hit(span, f"{message}; the record has no SUBJECT line either{title}, so its "
                        f"header may have lost lines in copying", WARNING, key="classified-by")
        return
    yield Hit(span, message, key="classified-by")
