"""CL407 record-damaged."""
from __future__ import annotations

from cablelint.rule import WARNING, Hit, rule


@rule("CL407", "record-damaged", WARNING)
def check(cable, options):
    """The record is not the whole cable: cut off, cancelled, an extract, two copies, or two
    cables joined. One finding says what is damaged and where.

    Why: a record that lost part of the cable in copying cannot be judged on what it lacks:
    a missing Classified By statement, E.O. line, TAGS or paragraph is the copy's loss, not the
    drafter's fault. So the rules that assert an absence stand down on a record whose
    telegram text is not all there, and this finding says so, once: a reviewer fetches a whole
    copy before judging those. Where the text is all there (two whole copies, a page given
    twice, another cable joined or glued to a whole one, another telegram's routing header
    over it) those rules keep running, and the message does not say they stand down. What is
    read: a `ZFR` line (between slashes, dashes or backslashes) or a notice such as `CANCEL
    TELEGRAM`, `CANCEL AND FILE`, `PLEASE CANCEL`, `CABLE CANCELED` (a cancelled telegram); a
    record that stops after its header (SUBJECT, REF, TAGS …) with no body, or ends in a word
    cut at `...` (not a remnant after the signature or `CABLE ENDS`); a record
    holding only a later section (`SECTION 02 OF 03`) or starting at a late paragraph after a
    redaction line; a classification line repeated in the header, or a preview cut at `...`
    followed by another copy (a later classification line, header E.O. line or publication
    row). Where the later copy is whole (a header E.O. line, one glued to its classification
    line counting, and numbered paragraphs; 08USNATO281: the publisher's re-flowed copy after a
    preview cut at `U...`) the rules read both copies and report the cable's own faults, and
    the message says a redaction must cover both. Where the later copy went from TAGS straight
    to its paragraphs and neither copy holds the Classified By statement (or SUBJECT) whole
    (07MOSCOW3012: the preview cut at `Classifie...`), the message names what was lost and the
    absence rules stand down. A header line cut at `...` in the only copy is that line cut, not two copies
    (08HAVANA811 `Classified By: … FOR REA...`; a passing line cut before the E.O. and TAGS
    lines, 09ROME878, says those are gone); a SUBJECT that ends in a whole word and `...` may
    be the drafter's ellipsis and is not damage. A header line that ends at TAGS with no SUBJECT
    after it (10STATE284) names only the fields that do not follow (SUBJECT; the Classified By
    statement of a classified cable), never a REF block that follows, and says what the line
    holds: the whole header from the classification line, only the E.O. line and TAGS
    (06SAOPAULO532), or a flattened copy under a whole header (09TRIPOLI362). Debris of the
    publisher's CSV after the signature (`fora. KUBISKE" D'...`, 09BRASILIA1320) is no cut,
    nor is the publisher's database row and abstract run on after the cable's last sentence or
    signature and cut there (`End comment. STEVENS 0 11/21/2007 11229 ECON,EINV,LY … lifeblood...`,
    07TRIPOLI979): the text before the row holds the cable's end. A page given twice whose
    copies differ in their portion marks (03ZAGREB2259: ¶1-2 unmarked, then the same ¶1-2
    marked (C) after a page header): the record holds the text twice and the marked copy is
    read. Paragraphs given twice and marked alike in both copies (02VATICAN1176: a corrected
    copy, then the original telegram's ¶1-2 again; 08BERN443: a page given again after its
    page header; 06LIMA748: a preview of ¶1 cut at `...`, then the full text): the message
    names the paragraphs and the line where they come again, and that a redaction must cover
    each copy. Twins are real copies: where the
    numbering falls back, a run of rising numbers whose paragraphs repeat earlier ones of
    their number (the same opening words, the same mark, the first two lines alike), two or
    more of them, or one whose shared lines are long or whose first copy is a preview cut at
    `...`. Not a copy: sections each numbered from 1, a list or questionnaire that restarts
    (one paragraph of the number with other words is enough, 10CAIRO209), a quotation or a
    text given whole (`QUOTE`, `BEGIN TEXT`), or a single short paragraph given twice. A
    corrected copy (`C O R R E C T E D  C O P Y (REMOVED PARA MARKING)`) followed by the
    telegram it corrects (its classification line again, same post, serial and section;
    03VATICAN700): the corrected copy supersedes it, so its marks are the ones read and the
    original's (C) is no fault of the cable; the message says so. Another text spliced into the cable's: garbled letters (`RHTQwsQfjQQQocuments`), then
    a paragraph numbered below the one before (10KABUL102: ¶16, then ¶6 and ¶7 of another
    post's cable): the cable's own text is read up to the splice. A classified header
    that stops at TAGS with the body right after it and no SUBJECT or statement anywhere
    (09DJIBOUTI1425). Two cables in one record: a classification line whose post and serial
    both differ from the reference id, or whose serial and level (classified or not) differ
    (05LIMA3609); a `refid:` line or publication row naming another reference id
    (10ASUNCION71, 09CAIRO189); a second telegram's routing line before a classification line
    of its serial (90KHARTOUM10657, Montevideo's text); a post's header over a text that
    tasks another post by name and is marked above the header's classification line
    (09VILNIUS84: a State demarche to Embassy Sanaa under a Vilnius header); a bare
    telegram's routing header whose `DE` serial and FM post both differ from the
    classification line's (10MEXICO614: Mexico's routing over Islamabad's cable), or a
    classification line damaged past reading (`CSE C R E T … SHENYANG 000004` under
    09MOSCOW1108's metadata) whose post and serial both differ from the reference id's. The publisher's note `This record is a
    partial extract of the original cable` alone is not damage: it heads most texts made from
    `cables.csv`, whose bodies are whole.

    Bad:
        C O N F I D E N T I A L CANBERRA 001013

        SIPDIS

        E.O. 12958: DECL: 11/05/2019
        TAGS: PREL AS
        SUBJECT: TALKS
    ---
        C O N F I D E N T I A L CANBERRA 001013

        E.O. 12958: N/A
        TAGS: PM AS
        SUBJECT: TALKS

        ZFR ZFR ZFR ZFR ZFR ZFR ZFR

        PLEASE CANCEL AND DELETE ALL COPIES OF CANBERRA 1013.

        CLUNE
    ---
        C O N F I D E N T I A L SECTION 02 OF 02 SAO PAULO 000335

        7. (C) Text.
    ---
        UNCLAS SECTION 01 OF 04 KABUL 000102

        E.O. 12958: N/A
        TAGS: KDEM PGOV AF
        SUBJECT: TALKS

        15. (U) Text.

        16. (U) These programs will continue well into this year, with a special emphasis on
        RHTQwsQfjQQQocuments to al-Hol, and we have advocated for them.

        6. (C) Text.
    ---
        S E C R E T SECTION 01 OF 04 DJIBOUTI 001425

        SIPDIS

        E.O. 12958: DECL: 12/27/2019
        TAGS: PREL PTER MOPS SO DJ

        1. (S) Text.
    ---
        DE RUEHME #0614 0501538
        ZNR UUUUU ZZH
        FM AMEMBASSY MEXICO

        S E C R E T ISLAMABAD 000416

        1. (S) Text.
    ---
        09MOSCOW1108
        WAITING AND WATCHING
        2009-04-29 13:01
        CONFIDENTIAL
        Embassy Moscow

        CSE C R E T SECTION 01 OF 02 SHENYANG 000004

        E.O. 12958: DECL: TEN YEARS AFTER KOREAN UNIFICATION
        TAGS: PREL KN
        SUBJECT: WAITING AND WATCHING

        Classified By: Consul General Stephen B. Wickman. For Reasons 1.4 (b) and (d)

        1. (S) Text.
    ---
        C O N F I D E N T I A L VATICAN 001176

        E.O. 12958: DECL: 03/05/2012
        TAGS: PREL VT
        SUBJECT: ANDORRA TO OPEN EMBASSY TO THE VATICAN

        CLASSIFIED BY: AMBASSADOR JIM NICHOLSON FOR REASONS 1.5 (A) AND (D)

        1.(C) ANDORRAN FOREIGN MINISTER JOLI MINOVES INVITED DCM TO
        LUNCH FRIDAY, MARCH 1.

        2.(C) MINOVES VOLUNTEERED THAT ANDORRA PLANNED TO OPEN AN
        EMBASSY TO THE VATICAN.

        PAGE 01        VATICA  01176  061428Z
        CLASSIFIED BY: AMBASSADOR JIM NICHOLSON FOR REASONS 1.5 (A) AND (D)

        1.(C) ANDORRAN FOREIGN MINISTER JOLI MINOVES INVITED DCM TO
        LUNCH FRIDAY, MARCH 1.

        2.(C) MINOVES VOLUNTEERED THAT ANDORRA PLANNED TO OPEN AN
        EMBASSY TO THE VATICAN.
    ---
        C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 003012

        E.O. 12958: DECL: 06/20/2017
        TAGS: PGOV KDEM PHUM PINR RS
        SUBJECT: AMBASSADOR'S INTRODUCTORY MEETING WITH CENTRAL
        ELECTION COMMISSION CHAIRMAN CHUROV

        Classifie...

        C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 003012 E.O. 12958: DECL: 06/20/2017 TAGS: PGOV
        Summary
        1. (C) Text.
    ---
        UNCLAS VATICAN 000700

        C O R R E C T E D  C O P Y (REMOVED PARA MARKING)

        E.O. 12958: N/A
        TAGS: OPDC, PREL, VT
        SUBJECT: JOINT LETTER TO PRESIDENT BUSH

        1. PLEASE DELIVER THE FOLLOWING MESSAGE TO PRESIDENT BUSH.

        2. BEGIN TEXT:

        UNCLAS VATICAN 000700

        E.O. 12958: N/A
        TAGS: OPDC, PREL, VT
        SUBJECT: JOINT LETTER TO PRESIDENT BUSH

        1. (U) PLEASE DELIVER THE FOLLOWING MESSAGE TO PRESIDENT BUSH.

        2. (C) BEGIN TEXT:

    Good:
        C O N F I D E N T I A L CANBERRA 001013

        SIPDIS

        E.O. 12958: DECL: 11/05/2019
        TAGS: PREL AS
        SUBJECT: TALKS

        Classified By: Ambassador Jeffrey Bleich, reasons 1.4 (b) and (d).

        1. (C) Text.

        BLEICH
    ---
        C O N F I D E N T I A L RANGOON 001504

        E.O. 12958: DECL: 11/23/2014
        TAGS: PGOV PHUM BM
        SUBJECT: BURMA PRISONER RELEASES: BEFORE YOU GET TOO
        EXCITED...

        Classified By: COM Carmen Martinez for Reasons 1.4 (B,D)

        1. (C) Text.

        MARTINEZ
    ---
        UNCLAS TRIPOLI 000979

        E.O. 12958: N/A
        TAGS: ECON EINV LY
        SUBJECT: TALKS

        1. (SBU) Text. End comment. STEVENS 0 11/21/2007 11229 ECON,EINV,LY TALKS Abstract text...
    ---
        UNCLAS CAIRO 000209

        E.O. 12958: N/A
        TAGS: ELAB PHUM EG
        SUBJECT: CHILD LABOR REPORTING

        Section II: Commercial Sexual Exploitation of Children

        1. (U) Egypt's Ministry of Interior, in coordination with the MSFP
        and Public Prosecutor, enforce laws and regulations prohibiting
        child trafficking.

        2. (U) Official data on agency funding levels regarding the
        commercial sexual exploitation of children is not available.

        3. (U) There is not a designated hotline to combat commercial
        sexual exploitation of children, but the MSFP hotline has received
        complaints.

        Section III: Use of Children in Illicit Activities

        1. (U) Egypt's Ministry of Interior, in coordination with the MSFP
        and Public Prosecutor, enforce laws and regulations prohibiting
        child trafficking.

        2. (U) Official data on agency funding levels regarding the use of
        children in illicit activities is not available.

        3. (U) There is not a designated hotline to combat commercial
        sexual exploitation of children, but the MSFP hotline has received
        complaints.
    """
    damages = cable.record.damages
    if not damages:
        return
    first = damages[0]
    what = "; ".join(d.what for d in damages)
    if not cable.record.complete:  # (the absence rules ask the same to stand down)
        what += "; rules that would report what the record lacks stand down"
    yield Hit(first.span, f"damaged record: {what}", key=",".join(sorted({d.kind for d in damages})),
              related=tuple(d.span for d in damages[1:]))
