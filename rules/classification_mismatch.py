"""CL104 classification-mismatch."""
from __future__ import annotations

from cablelint.elements import DamageKind
from cablelint.rule import ERROR, Hit, rule


@rule("CL104", "classification-mismatch", ERROR)
def check(cable, options):
    """The telegram's own layers that state its classification disagree on the level.

    Why: a cable has one overall classification; when the telegram's classification line, its
    routing line (`ZNY CCCCC ZZH`) and the classification lines of its later sections say
    different levels, some copy is handled at the wrong level. Basis: one overall marking per
    document (32 CFR 2001.21; CAPCO §D). Each message names the two layers compared. The
    record's metadata classification (the publisher's index line) is no marking on the cable:
    its disagreements with the telegram are metadata-classification-agrees (CL106, off by
    default), and a portion above the classification line is banner-below-portion's. The
    routing line is not compared when the routing header is another telegram's (its `DE`
    serial and FM post both differ from the classification line's, 10MEXICO614: Mexico's `ZNR
    UUUUU` over Islamabad's SECRET cable): record-damaged reports the join once; nor is a
    classification line of another cable (a database row, a quoted cable) taken for a section.

    Bad:
        P 281000Z AUG 09
        FM AMEMBASSY RABAT
        TO SECSTATE WASHDC PRIORITY 0001

        C O N F I D E N T I A L SECTION 01 OF 02 RABAT 000727

        E.O. 12958: DECL: 08/28/2019
        TAGS: PREL MO
        SUBJECT: TALKS

        Classified By: Ambassador Samuel Kaplan, reasons 1.4 (b) and (d).

        1. (C) Text.

        S E C R E T SECTION 02 OF 02 RABAT 000727

        2. (C) Text.

    Good:
        P 281000Z AUG 09
        FM AMEMBASSY RABAT
        TO SECSTATE WASHDC PRIORITY 0001

        C O N F I D E N T I A L SECTION 01 OF 02 RABAT 000727

        E.O. 12958: DECL: 08/28/2019
        TAGS: PREL MO
        SUBJECT: TALKS

        Classified By: Ambassador Samuel Kaplan, reasons 1.4 (b) and (d).

        1. (C) Text.

        C O N F I D E N T I A L SECTION 02 OF 02 RABAT 000727

        2. (C) Text.
        ---
        DE RUEHME #0614 0501538
        ZNR UUUUU ZZH
        O R 191538Z FEB 10
        FM AMEMBASSY MEXICO
        TO RUEHC/SECSTATE WASHDC IMMEDIATE 0530

        S E C R E T SECTION 01 OF 04 ISLAMABAD 000416

        E.O. 12958: DECL: 02/22/2030
        TAGS: PHUM SNAR ASEC MX
        SUBJECT: TALKS

        Classified By: DCM Gerald M. Feierstein, Reasons 1.4 (b)/(d)

        1. (S) Text.
    """
    banner = cable.banner
    line = banner.marking if banner is not None else None
    if line is None:
        return  # (no telegram level to compare: the metadata is CL106's)
    zn = cable.routing.zn_marking
    if zn is not None and zn.level != line.level \
            and not cable.record.has(DamageKind.JOINED_ROUTING):
        # (another telegram's routing over this cable: record-damaged says so once)
        yield Hit(cable.routing.zn_span,
                  f"routing line says {zn.level.word} but the classification line says "
                  f"{line.level.word}", key="routing-level")
    for other in cable.banners:
        if other is banner or other.marking is None:
            continue
        if (other.post, other.serial) != (banner.post, banner.serial):
            continue  # another cable's line (a database row, a quoted cable), not a section
        if other.marking.level != line.level:
            what = (f"section {other.section[0]} classification line" if other.section
                    else "a later classification line")
            yield Hit(other.level_span,
                      f"{what} says {other.marking.level.word} but the first says {line.level.word}",
                      key="section-level")
