"""CL401 classification-line-valid."""
from __future__ import annotations

from cablelint.marking import Level, designator
from cablelint.rule import ERROR, Edit, Fix, Hit, rule


@rule("CL401", "classification-line-valid", ERROR)
def check(cable, options):
    """The telegram has no classification line, or its line lacks a lawful designator, post or serial.

    Why: every DTS telegram states its classification (or administrative control) explicitly
    on its first body line, followed by the originating post and the serial; a copy without
    it is handled by guesswork. Basis: 5 FAH-2 H-222 (explicit designator on every telegram);
    the level on the face of the document, E.O. 12958 §1.7(a)(1) / E.O. 13526 §1.6(a)(1) [K].
    Accepted designators: spaced or unspaced `S E C R E T` / `SECRET`, `C O N F I D E N T I A L`,
    `T O P  S E C R E T`, `UNCLAS`, `UNCLASSIFIED`, `UNCLAS E F T O` and `LIMITED OFFICIAL USE`
    (its era is judged by lou-sbu-era). Partial-extract records are checked too (they keep the
    body header). A record whose classification line is run on to another line or sits inside
    a publication row (database or CSV copy) is not reported as missing it: the line exists,
    only not on a line of its own. Nor is a spaced line the copy damaged (`O N F I D E N T I A L
    SECTION 01 OF 04 LAGOS 000014`, its first letter lost; `SS E C R E T TUNIS 000679`), or a
    line withheld by a redaction line (`XXXXXXXXXXXX`, 10BEIJING207: record-damaged). Words
    between the level and the post are judged by level-vocabulary. A line missing, or without
    its post or serial, is judged only in a draft: a record of a transmitted telegram (a
    routing header with its DTG or FM line) or a publisher's record (metadata lines) had its
    line, since the telegram system would not send one without it, and the post and serial
    are the system's: the copy lost them (07LAPAZ3262 jumps from the address lines to SIPDIS;
    `TEL AVIV` with its serial cut off, 06TELAVIV4032).

    Bad:
        SIPDIS

        E.O. 12958: DECL: 08/28/2019
        TAGS: PREL MO
        SUBJECT: TALKS

        Classified By: Ambassador Samuel Kaplan, reasons 1.4 (b) and (d).

        1. (C) Text.

    Good:
        P 281000Z AUG 09
        FM AMEMBASSY RABAT
        TO SECSTATE WASHDC PRIORITY 0001

        C O N F I D E N T I A L RABAT 000727

        SIPDIS

        E.O. 12958: DECL: 08/28/2019
        TAGS: PREL MO
        SUBJECT: TALKS

        Classified By: Ambassador Samuel Kaplan, reasons 1.4 (b) and (d).

        1. (C) Text.
    """
    banner = cable.banner
    if banner is None:
        if cable.wrappers or cable.unparsed_banners:
            return  # the line is there, inside a publication row or run on to another line
        if not cable.record.complete or _sent(cable):
            return  # a damaged or sent record's missing line is the copy's loss
        if not (cable.eo_lines or cable.subject or cable.portions or cable.routing.fm_span):
            return  # nothing of a telegram was recognised: not a cable this rule can judge
        span = cable.routing.fm_span or (cable.metadata.id_span if cable.metadata else None)
        if span is None:
            first = cable.eo_lines[0].span if cable.eo_lines else (
                cable.subject.span if cable.subject else cable.portions[0].span)
            span = first
        yield Hit(span, "no classification line: no line starts with a recognised designator "
                        "followed by post and serial", key="missing")
        return
    if not banner.lawful_designator:
        read = banner.marking.level.word if banner.marking is not None else "nothing"
        yield Hit(banner.level_span, f"classification line designator is not one of the lawful "
                                     f"forms (read as {read})", key="designator",
                  fix=_lawful(banner))
    if (banner.post is None or banner.serial is None) and not _sent(cable):
        yield Hit(banner.span, "classification line lacks the post or the serial after the designator",
                  key="post-serial")


def _sent(cable) -> bool:
    """Whether the record is of a sent telegram: a routing header or the publisher's lines."""
    r = cable.routing
    return r.dtg is not None or r.fm_span is not None or cable.metadata is not None


def _lawful(banner) -> Fix | None:
    """The designator spelt lawfully, as it was read: a change of form, not of level."""
    m = banner.marking
    if m is None or m.controls or m.level == Level.U:
        return None  # UNCLAS forms and controls (LOU, EFTO) are more than a level word
    new = designator(m.level, spaced=len(banner.level_text.split()) > 2)
    return Fix((Edit(banner.level_span, new),), title=f"write the designator {new}")
