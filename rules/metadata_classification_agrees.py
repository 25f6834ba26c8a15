"""CL106 metadata-classification-agrees."""
from __future__ import annotations

from cablelint.elements import DamageKind
from cablelint.record import reference_id_parts
from cablelint.rule import WARNING, Hit, rule

def _sbu_rendered_as_noforn(cable) -> bool:
    """The telegram carries the SENSITIVE (SBU) caption: the publisher's database gave such
    records `//NOFORN` in the metadata (40 of the 51 local records, 2003-2009, whose metadata
    alone says NOFORN carry the caption and no NOFORN anywhere in the telegram)."""
    return any(c.word.startswith("SENSITIVE") for c in cable.header_captions)


def _another_serial(cable, banner) -> bool:
    """The classification line names another serial than the reference id (`LIMA 003571` under
    05LIMA3609): the metadata belongs to another telegram of the post, so their levels are not
    one cable's two layers (reference-id-consistent reports the serial)."""
    parts = reference_id_parts(cable)
    if parts is None or not banner.serial or not banner.serial.isdigit():
        return False
    return int(banner.serial) != parts[2]


def _telegram_consistent(cable, level) -> list[str]:
    """The telegram's layers that all state `level`, when none states another and there are two
    or more (else []): the classification lines, the routing line, and the portion marks, the
    highest at that level."""
    if any(b.zone != "body" and b.marking is not None and b.marking.level != level
           for b in cable.banners):
        return []
    held = ["classification line"]
    zn = cable.routing.zn_marking
    if zn is not None:
        if zn.level != level:
            return []
        held.append("routing line")
    marks = [p.marking.level for p in cable.portions if p.marking is not None]
    if marks:
        if max(marks) != level:
            return []
        held.append("portion marks")
    return held if len(held) > 1 else []  # (the classification line alone is no "throughout")


def _released_to(cable, line) -> list[str]:
    """The countries the telegram's own marks release it to (`REL UK` on the classification line,
    a release caption `RELEASABLE TO UK`, or a portion mark), in the order first met."""
    rel: list[str] = list(line.rel_to)
    if cable.release_caption is not None:
        rel.extend(c for c in cable.release_caption.to if c not in rel)
    for marking, _span, _where in cable.portion_markings:
        if "REL" in marking.controls and not marking.noforn:
            rel.extend(c for c in marking.rel_to if c not in rel)
    return rel


@rule("CL106", "metadata-classification-agrees", WARNING, default_enabled=False)
def check(cable, options):
    """The record's metadata classification (the publisher's index line) differs from the
    telegram's own marking (its level, or NOFORN).

    Why: the metadata field is the archive's index of the cable, not a marking on it; when it
    says another level than the telegram's classification line (or than the routing line `ZNY
    CCCCC` of a telegram without one), or NOFORN over a telegram without NOFORN, a records
    manager who files or releases the cable by its index handles it at the wrong level. Basis:
    one overall marking per document (32 CFR 2001.21; CAPCO §D); the metadata's `//NOFORN` is
    WikiLeaks' rendering of a caption (research [I]). The text alone cannot say whether the
    index is wrong, the telegram lost its caption or the cable was later upgraded or
    downgraded, so every finding is a warning that points at the metadata field and names it
    as written (`SECRET//NOFORN`) with the telegram's layers that hold the other level.
    Off by default (select it to run): split out of classification-mismatch (CL104) on
    December 2 (issue 13), when 13 of CL104's 14 findings on the shared corpus were this
    comparison and three independent reviews judged those 7 of 13 correct (UNSURE: "the text
    alone cannot settle an index error or a later upgrade"; WRONG: a NOFORN index over a
    telegram released to the UK, where the message hid the real conflict). A disagreement
    inside the telegram stays CL104's error.
    Where the telegram releases itself to foreign nationals (`(C/REL UK)` portions, a `REL`
    classification line, a release caption `RELEASABLE TO UK` among the captions, 08LONDON3215)
    and the metadata says NOFORN, the finding says that the two release decisions conflict and
    names the caption's line. Not reported: a telegram that carries NOFORN under metadata without it
    (the telegram is marked as it should be: 04OTTAWA2961, 04OTTAWA3001); metadata `//NOFORN`
    over a telegram whose only such caption is SENSITIVE (the database's rendering of the SBU
    caption, 2003-2009; sbu-only-unclassified reports the caption on a classified cable); a
    classification line that names another serial than the reference id (05LIMA3609 holds
    `LIMA 003571`: two telegrams, not two layers of one); and a record whose metadata is another
    cable's (record-damaged reports the join once). A NOFORN caption glued into a run-together
    header (`ISLAMABAD 022025SIPDISNOFORN SIPDISE.O. 12958:`, 06ISLAMABAD22025) is the
    telegram's NOFORN.

    Bad:
        09RABAT727
        TALKS
        2009-08-28 10:00
        SECRET
        Embassy Rabat
        P 281000Z AUG 09
        FM AMEMBASSY RABAT
        TO SECSTATE WASHDC PRIORITY 0001

        C O N F I D E N T I A L RABAT 000727

        E.O. 12958: DECL: 08/28/2019
        TAGS: PREL MO
        SUBJECT: TALKS

        Classified By: Ambassador Samuel Kaplan, reasons 1.4 (b) and (d).

        1. (C) Text.
        ---
        08LONDON3215
        TALKS
        2008-12-24 11:11
        CONFIDENTIAL//NOFORN
        Embassy London
        P 241144Z DEC 08
        FM AMEMBASSY LONDON
        TO RUEHC/SECSTATE WASHDC PRIORITY 0784

        C O N F I D E N T I A L LONDON 003215

        SIPDIS

        E.O. 12958: DECL: 12/24/2018
        TAGS: PREL UK
        SUBJECT: TALKS

        Classified By: Political Minister-Counselor Greg Berry for reasons 1.4 (b) and (d)

        1. (C/REL UK) Text.

    Good:
        09RABAT727
        TALKS
        2009-08-28 10:00
        CONFIDENTIAL
        Embassy Rabat
        P 281000Z AUG 09
        FM AMEMBASSY RABAT
        TO SECSTATE WASHDC PRIORITY 0001

        C O N F I D E N T I A L RABAT 000727

        E.O. 12958: DECL: 08/28/2019
        TAGS: PREL MO
        SUBJECT: TALKS

        Classified By: Ambassador Samuel Kaplan, reasons 1.4 (b) and (d).

        1. (C) Text.
        ---
        06ISLAMABAD22025
        TALKS
        2006-11-16 12:12
        CONFIDENTIAL//NOFORN
        Embassy Islamabad
        O 161200Z NOV 06
        FM AMEMBASSY ISLAMABAD
        TO RUEHC/SECSTATE WASHDC IMMEDIATE 5074

        C O N F I D E N T I A L SECTION 01 OF 03 ISLAMABAD 022025SIPDISNOFORN SIPDISE.O. 12958: DECL: 11/14/2016

        TAGS: CASC ECON KCRM PGOV PK PREL PTER

        SUBJECT: TALKS

        Classified By: Ambassador Ryan C. Crocker, reasons 1.4 (b) and (d).

        1. (C) Text.
    """
    metadata = cable.metadata
    meta = metadata.marking if metadata is not None else None
    if meta is None or cable.record.has(DamageKind.JOINED):
        return  # (metadata of another cable: record-damaged says so, not each difference)
    banner = cable.banner
    line = banner.marking if banner is not None else None
    if line is None:
        zn = cable.routing.zn_marking
        if zn is not None and zn.level != meta.level \
                and not cable.record.has(DamageKind.JOINED_ROUTING):
            yield Hit(metadata.classification_span,
                      f"the metadata classification is {metadata.classification_as_written()} but the "
                      f"telegram's routing line says {zn.level.word}", key="metadata-level")
        return
    if _another_serial(cable, banner):
        return
    if line.level != meta.level:
        held = _telegram_consistent(cable, line.level)
        if held:
            later = "upgrade" if meta.level > line.level else "downgrade"
            yield Hit(metadata.classification_span,
                      f"the record's index and its text disagree: the metadata "
                      f"classification is {metadata.classification_as_written()} but the "
                      f"telegram is {line.level.word} in every layer ({', '.join(held)}), "
                      f"which the text alone cannot settle (an index error or a later "
                      f"{later})", key="metadata-level")
        else:
            yield Hit(metadata.classification_span,
                      f"the metadata classification is {metadata.classification_as_written()} but the "
                      f"telegram's classification line says {line.level.word}",
                      key="metadata-level")
    elif meta.noforn and not (line.noforn or cable.has_caption("NOFORN")) \
            and not _sbu_rendered_as_noforn(cable):
        rel = _released_to(cable, line)
        if rel:
            caption = cable.release_caption
            how = "REL TO" if caption is None else \
                f"REL TO; the caption RELEASABLE TO {'/'.join(caption.to)} at line {caption.span.line}"
            yield Hit(metadata.classification_span,
                      f"the metadata classification {metadata.classification_as_written()} says NOFORN "
                      f"but the telegram's own marks release it to {', '.join(rel)} ({how}): "
                      f"the index and the telegram record opposite release decisions",
                      key="metadata-noforn")
        else:
            yield Hit(metadata.classification_span,
                      f"metadata classification {meta} has NOFORN but the telegram's "
                      f"classification line and captions do not", key="metadata-noforn")
