"""CL103 portion-unmarked."""
from __future__ import annotations

from cablelint import eo, evidence
from cablelint.elements import PortionKind
from cablelint.marking import MarkStatus
from cablelint.rule import ERROR, WARNING, Hit, rule

# members compared on every cable, bound once (docs/performance.md: the enum lookup)
_PARAGRAPH = PortionKind.PARAGRAPH
_PORTION = PortionKind.PORTION
_SUBPORTION = PortionKind.SUBPORTION
_TYPO = MarkStatus.TYPO

_NUMBERS_SHOWN = 12

# the orders by what they asked of portion marks: E.O. 12356 §1.5(b) is the earliest
# confirmed rule [S]; E.O. 12065 asked them too, by marking or other means [K] (warning);
# E.O. 11652's directive only where practicable [K] (not judged)
_CONFIRMED, _UNCONFIRMED = ("12356", "12958", "13526"), ("12065",)


@rule("CL103", "portion-unmarked", ERROR)
def check(cable, options):
    """A numbered paragraph of a classified cable has no portion mark.

    Why: every portion of a classified document shows its level, so that each paragraph can be
    extracted, released or withheld on its own; an unmarked paragraph of a classified cable is
    unknowable. Basis: E.O. 12356 §1.5(b); 5 CFR 1312.8(a)(7) under E.O. 12958; 32 CFR
    2001.21(c); 5 FAH-1 H-246.2(c) (State: the mark follows the paragraph number). A paragraph
    whose mark is a typo is reported by the vocabulary rule instead, and an old
    `1. CONFIDENTIAL - ENTIRE TEXT.` notice (`1.  CONFIDENTIAL: ENTIRE TEXT`, `1.  CONFIDENTIAL
    NOFORN - ENTIRE TEXT.`) covers the paragraphs after it. A cable whose
    paragraphs are unmarked is one fault, not one per paragraph: one finding at the first, with
    the count and the numbers, and the others as related places. A paragraph number repeated
    by the drafter (two ¶5) does not hide an unmarked paragraph. Not judged: a paragraph whose
    text opens with a publication redaction (`¶4.  XXXXXXXXXXXXX, confirmed …`, 09RABAT607;
    10BEIJING105): the redaction often took the mark with the name. In the corpus's classified
    cables with other paragraphs marked, 12 of 668 paragraphs whose text opens with a
    redaction have no mark (1.8%) against 245 of 59,441 other paragraphs (0.4%), so about
    three in four of the unmarked ones lost their mark to the redaction, not to the drafter
    (reviewers judged both sampled findings wrong). Nor a paragraph that is only a redaction
    (`¶7. XXXXXXXXXXXX`, `¶6. xxxxxxxxxxxx`, `¶7. [DETAILS REMOVED]`), also when the next
    paragraph's heading ends it (`¶3. xxxxxxxxxxxx` / `Mod: jung's initial approach was wrong`,
    09BERLIN1108) or the post's closing footer does (`¶7. xxxxxxxxxxxx` / `Visit London's
    Classified Website:` / its address / the signature, 07LONDON3175), a heading whose marked
    bullets or text follow (`1. Key Points: -- (C) …`, `¶2. Afghanistan` / `----` / `(C) …`),
    a mark that is there but written wrong or cut by a preview (`(4)`, `(C>`, `(SN/F)`,
    `(C...`: present, not missing), nor one whose mark the copy left in part (`¶8. )`,
    09TRIPOLI134) or that stands alone on the line above the number (`(SBU)` / `¶4. Issue 1: …`
    after a heading, 07PARAMARIBO510): the mark is there, damaged or misplaced, and where it
    stands is `portion-mark-position`'s question. A mark that opens the first line below a
    one-line lead-in (`5. BEGIN TALKING POINTS/NONPAPER:` / `(S - REL CHINA)`, 03STATE115323;
    `5. Violent Protests:` / `(U) Various …`, 04CARACAS552) is the paragraph's mark: the model
    reads it so, and also a mark written without parentheses inside the lead-in (`¶5. BEGIN
    NON-PAPER S//REL CHINA:`, 08STATE83144: misplaced, not missing). Nor the telegram's administrative line that the
    drafter's software numbered as a paragraph (`¶11. MINIMIZE CONSIDERED`, `6. BAGHDAD MINIMIZE
    CONSIDERED.`): it is no portion of the text. Nor a paragraph whose first word a
    transmission error garbled, its mark with it (`2.   QNGERS FROM THE RELIGIOUS RIGHT`,
    98ISLAMABAD6509: `(C) DANGERS` lost to a `Q`, as `DIFFQHAD` and `RETURNQT` in the same
    record; a word that starts with `Q` and a consonant and comes nowhere else in it). Nor numbers that are not the cable's own paragraphs (a
    quoted text's internal numbering inside a marked paragraph, `5)` list items among `N.`
    paragraphs, a number wrapped to a line start such as a date `… on February` / `4.` or a
    reference `… see paragraphs 3 and` / `¶4.`, also when the copy put a blank line between).
    Nor a paragraph of a page the record holds twice whose twin (the same number, the same
    opening words) carries a mark (03ZAGREB2259: ¶1-2 unmarked in the first copy, marked (C)
    in the second): the marked copy is read, and `record-damaged` says the record holds the
    text twice.
    Under E.O. 12065 (1978-12-01 to 1982-07-31) the requirement is not confirmed in the
    research: warning. Before E.O. 12065 not judged: the directive under E.O. 11652 asked for
    portion marks only where practicable, and telegrams of the day carried none (a 1978 cable
    got fourteen findings).

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. Text.

    Good:
        C O N F I D E N T I A L ISLAMABAD 006509

        E.O. 12958:  DECL:  8/29/03
        TAGS:  PGOV, PREL, MOPS, PK
        SUBJECT:  PAKISTAN:  A CONVERSATION WITH BENAZIR BHUTTO

        (U) CLASSIFIED BY JOHN R. SCHMIDT, POLITICAL COUNSELOR.
        REASON 1.5(D).

        1. (C) SUMMARY: TEXT.

        2.   QNGERS FROM THE RELIGIOUS RIGHT.  TEXT.

        3. (C) TEXT.
    ---
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. (U) Text.
    ---
        C O N F I D E N T I A L CAIRO 002027

        E.O. 12958: DECL: 08/07/2018
        TAGS: PGOV KCOR EG
        SUBJECT: TALKS

        Classified By: DCM Stuart Jones for reason 1.4 (d).

        5. (U) Text.

        6. XXXXXXXXXXXX. XXXXXXXXXXXX

        7. XXXXXXXXXXXX
    ---
        S E C R E T TRIPOLI 000208

        E.O. 12958: DECL: 03/10/2019
        TAGS: PGOV PREL LY
        SUBJECT: TALKS

        Classified By: CDA Joan A. Polaschik, reasons 1.4 (b) and (d).

        4. (S/NF) Text.

        5. XXXXXXXXXXXX have told us that the text goes on.
    ---
        C O N F I D E N T I A L ACCRA 000317

        E.O. 12958: DECL: 02/10/2014
        TAGS: PREL GH
        SUBJECT: TALKS

        Classified By: DCM Christopher Lamora, reasons 1.5 (b) and (d).

        3. (C) The minister met the Ambassador on February
        4. During the meeting he said Text.

        5. (C) Text.
    ---
        S E C R E T STATE 004134

        E.O. 12958: DECL: 01/15/2019
        TAGS: PREL PTER
        SUBJECT: TALKS

        Classified By: Deputy Secretary James B. Steinberg, reasons 1.4 (b) and (d).

        5. (S) Text.

        6. xxxxxxxxxxxx

        Comment

        7. (S) Text.
    ---
        S E C R E T STATE 083144

        E.O. 12958: DECL: 08/01/2018
        TAGS: ECON KNNP PARM PTER IR CH PINR
        SUBJECT: TALKS

        Classified By: EAP Acting DAS John J. Norris for 1.4 b,d

        4. (S) Text.

        5. BEGIN NON-PAPER S//REL CHINA:

        -- Text.
    ---
        C O N F I D E N T I A L ROME 000755

        E.O. 12958: DECL: 06/26/2019
        TAGS: PREL IT
        SUBJECT: TALKS

        Classified By: Ambassador David Thorne, reasons 1.4 (b) and (d).

        1. (C) Text.

        Issue 1: Text
        -------------

        (SBU)

        2. Text.

        3. )  Text.

        4. MINIMIZE CONSIDERED

        THORNE
    ---
        R 231207Z AUG 88
        FM AMEMBASSY BAGHDAD
        TO SECSTATE WASHDC 4587

        C O N F I D E N T I A L BAGHDAD 04587

        E.O. 12356: DECL: OADR
        TAGS: PREL IZ
        SUBJECT: TALKS

        1. CONFIDENTIAL ENTIRE TEST.

        2. Text.

        GLASPIE
    ---
        S E C R E T STATE 115323

        E.O. 12958: DECL: 05/05/2013
        TAGS: PARM, PREL, CH, IR
        SUBJECT: TALKS

        CLASSIFIED BY: NP/CBM DIRECTOR VANN VAN DIEPEN. REASON: 1.5(C AND D).

        4. (S) Text.

        5. BEGIN TALKING POINTS/NONPAPER:

        (S - REL CHINA)

        -- Text.

        6. (U) Text.
    ---
        C O N F I D E N T I A L ZAGREB 002259

        E.O. 12958: DECL: 10/20/2013
        TAGS: PGOV HR
        SUBJECT: TALKS

        CLASSIFIED BY: POLOFF A.F.GODFREY FOR REASONS 1.5 (B,D)

        1.  SUMMARY:  THE CROATIAN PARLIAMENT DISSOLVED ON OCTOBER 17.

        2.  (U) NOW THAT PRESIDENT MESIC HAS OFFICIALLY FIRED THE GUN.

        ZAGREB 00002259  001.2 OF 003

        1. (C) SUMMARY:  THE CROATIAN PARLIAMENT DISSOLVED ON OCTOBER 17.

        2.  (U) NOW THAT PRESIDENT MESIC HAS OFFICIALLY FIRED THE GUN.
    """
    ov = cable.overall
    overall = ov.marking
    layer = ov.layer
    if overall is None or overall.level == 0:
        return
    if any(p.entire_text is not None for p in cable.portions):
        return
    d = cable.date
    order = eo.order_in_force(d) if d is not None else "12958"
    if order not in _CONFIRMED and order not in _UNCONFIRMED:
        return  # before E.O. 12065: portion marks only where practicable
    severity = WARNING if order in _UNCONFIRMED else None
    portions = cable.portions
    unmarked = []
    copied = cable.record.copied_unmarked
    lines = None  # the record's text: asked only of a paragraph that looks unmarked
    for i, p in enumerate(portions):
        if p.kind != _PARAGRAPH or p.marking is not None or p.authority_block or p.redaction_only:
            continue
        nxt = portions[i + 1] if i + 1 < len(portions) else None
        if (nxt is not None and nxt.kind == _SUBPORTION and nxt.marking is not None
                and (nxt.span.line - p.span.line <= 1 or p.span.end_line == p.span.line)):
            continue  # `¶1. Key Points: -- (C) …`: a heading whose bullets carry the marks
        if copied and (p.head_span or p.span) in copied:
            continue  # the page given twice, its twin marked: the marked copy is read
        if p.redacted_start:
            continue  # `¶4.  XXXXXXXXXXXXX, confirmed …`: the redaction took the mark (docstring)
        if p.mark is not None and p.mark.status == _TYPO:
            continue
        if not p.in_sequence:
            continue  # a number wrapped to a line start, not a paragraph
        if (nxt is not None and nxt.kind == _PORTION and nxt.marking is not None
                and nxt.span.line - p.span.end_line <= 1 and p.span.end_line - p.span.line <= 1):
            continue  # `¶2. Afghanistan` / `-----` / `(C) The SYG …`: the mark after a heading
        if lines is None:
            lines = evidence.lines_of(cable)
        head = p.head_span or p.span
        if evidence.mark_written(lines, head) or evidence.mark_near_start(lines, head):
            continue  # `(4)`, `(C>`, `(S/NF/NC/ORCON)`, `(C...`, `1.Q(U)`: a mark, damaged
        if evidence.mark_remains(lines, head) or evidence.mark_above(lines, head.line):
            continue  # `¶8. )`; `(SBU)` / `¶4. Issue 1: …`: damaged or misplaced, not missing
        if evidence.garbled_start(lines, head):
            continue  # `2.   QNGERS FROM …`: a transmission error took the mark with the letters
        if evidence.administrative_only(lines, head):
            continue  # `¶11. MINIMIZE CONSIDERED`: the telegram's administrative line
        if evidence.closing_only(lines, head, p.span):
            continue  # `¶4. End Summary.`: the end of the summary above, not a portion
        if evidence.redaction_only(lines, head, p.span):
            continue  # `¶6. xxxxxxxxxxxx`, `¶7. [DETAILS REMOVED]`
        if evidence.wrapped_number(lines, head.line):
            continue  # `… on February` / `4. During …`: a date wrapped to a line start
        unmarked.append(p)
    if not unmarked:
        return
    if evidence.entire_text_notice(lines, unmarked[0].head_span or unmarked[0].span):
        return  # `1.  CONFIDENTIAL: ENTIRE TEXT`, `1.  CONFIDENTIAL NOFORN - ENTIRE TEXT.`
    first = unmarked[0]
    where = f"paragraph {first.number}" if first.number is not None else "paragraph"
    cable_level = f"a {overall.level.word} cable ({layer})"
    if len(unmarked) == 1:
        message = f"{where} has no portion mark in {cable_level}"
    else:
        numbers = [str(p.number) for p in unmarked if p.number is not None]
        shown = ", ".join(numbers[:_NUMBERS_SHOWN]) + (", …" if len(numbers) > _NUMBERS_SHOWN else "")
        message = (f"{len(unmarked)} paragraphs have no portion mark in {cable_level}: "
                   f"paragraphs {shown}")
    yield Hit(first.head_span or first.span, message, severity, key="unmarked",
              related=tuple(p.head_span or p.span for p in unmarked[1:]))
