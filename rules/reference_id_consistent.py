"""CL402 reference-id-consistent."""
from __future__ import annotations

from cablelint.elements import DamageKind, Zone
from cablelint.record import compact_post, reference_id_parts, same_post
from cablelint.rule import WARNING, Hit, rule


@rule("CL402", "reference-id-consistent", WARNING, default_enabled=False)
def check(cable, options):
    """The reference id does not match the classification line's post and serial, or the DTG year.

    Why: the reference id (`08BEIJING3400`, metadata layer), the classification line
    (`BEIJING 003400`, telegram layer) and the date-time group (routing layer) name the same
    telegram; when they disagree the record's body may be another cable altogether (a copy
    filed under the wrong id), and every marking judged in it belongs to that other cable.
    Basis: data integrity of the record [I] (research HDR-03; survey §0.1: 15 records whose
    body is another cable); a warning. Each message says which layers were compared. Ids that
    are not `yyPOSTnnnn` (built from a damaged line) are not compared; partial extracts have
    no DTG and get only the post/serial check. A post masked by the publisher (`XXXXXXXXXXXX`)
    is not compared; a serial cut short by the publication chain (`00167SIPDIS` for 001673,
    07BUENOSAIRES1673) names the same cable and is not reported: the copy's damage, not a
    disagreement of the layers. When post and serial both differ, or the
    serial and the level (classified or not) both differ (05LIMA3609), or the text holds
    another cable's record (`refid: 09ASUNCION13`), the metadata and the telegram are two
    cables joined in one record: `record-damaged` says so once, and this rule (like the other
    comparisons of the two layers) stands down.

    Off by default (select it to run): what it finds once joined records are set aside is a
    disagreement between the telegram and the archive's index (94ZAGREB903: the classification
    line and every page header say 00930; 07NAIROBI4427: the cable says 4428 throughout), which
    no marking rule governs; the independent review of December 2 judged both findings wrong
    on that basis. A record that holds two cables is reported by `record-damaged`.

    Bad:
        05MUSCAT679
        TALKS
        2005-05-02 10:00
        CONFIDENTIAL
        Embassy Muscat
        P 021000Z MAY 05
        FM AMEMBASSY MUSCAT
        TO SECSTATE WASHDC PRIORITY 0001

        C O N F I D E N T I A L SECTION 01 OF 03 MASCAT 000679

        E.O. 12958: DECL: 05/02/2015
        TAGS: PREL MU
        SUBJECT: TALKS

        Classified By: Ambassador Richard L. Baltimore, reasons 1.4 (b) and (d).

        1. (C) Text.
    ---
        08BEIJING3400
        TALKS
        2008-09-03 10:07
        SECRET
        Embassy Beijing
        O 031007Z SEP 07
        FM AMEMBASSY BEIJING
        TO SECSTATE WASHDC IMMEDIATE 9683

        S E C R E T BEIJING 003400

        E.O. 12958: DECL: 09/03/2033
        TAGS: PARM PREL CH
        SUBJECT: TALKS

        Classified By: Ambassador Clark T. Randt, Jr. Reasons 1.4 (b), (c) and (d).

        1. (S) Text.

    Good:
        08BEIJING3400
        TALKS
        2008-09-03 10:07
        SECRET
        Embassy Beijing
        O 031007Z SEP 08
        FM AMEMBASSY BEIJING
        TO SECSTATE WASHDC IMMEDIATE 9683

        S E C R E T BEIJING 003400

        E.O. 12958: DECL: 09/03/2033
        TAGS: PARM PREL CH
        SUBJECT: TALKS

        Classified By: Ambassador Clark T. Randt, Jr. Reasons 1.4 (b), (c) and (d).

        1. (S) Text.
    """
    parts = reference_id_parts(cable)
    if parts is None or cable.record.has(DamageKind.JOINED) or cable.record.has(DamageKind.GLUED):
        return  # (two cables joined: record-damaged says so, once)
    yy, id_post, id_serial = parts
    banner = cable.banner
    post = compact_post(banner.post) if banner is not None and banner.post else ""
    if banner is not None and banner.zone != Zone.BODY and banner.serial and len(post) >= 2:
        serial = int(banner.serial)
        redacted = post.count("X") == len(post)  # WikiLeaks masked the post
        one_post = redacted or same_post(post, id_post)  # (the id's post is A-Z only)
        if not one_post:
            yield Hit(banner.span, "classification line (telegram layer) names another post than "
                                   "the reference id (metadata layer)", key="post")
        elif serial != id_serial:
            if len(banner.serial) < 6 and str(id_serial).startswith(str(serial)):
                pass  # the copy cut the serial short (`00167SIPDIS`): the same cable
            else:
                yield Hit(banner.span, f"classification line serial {serial} (telegram layer) "
                                       f"differs from the reference id serial {id_serial} "
                                       f"(metadata layer)", key="serial")
    dtg = cable.routing.dtg
    if dtg is not None and not cable.partial_extract and dtg.year % 100 != int(yy):
        yield Hit(dtg.span, f"DTG year {dtg.year} (routing layer) differs from the reference id "
                            f"year {yy} (metadata layer)", key="year")
