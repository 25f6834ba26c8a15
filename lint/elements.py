"""The elements of a cable as the rules read them, and the `Cable` that holds them.

Every element carries the `Span` of the source it came from. Text that the linter does not
need (paragraph bodies, names) is not kept here beyond what the parsers of markings need, so
nothing downstream can quote it by accident. `lint/builder.py` makes them from the parse tree.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable, NamedTuple

from .eo import ClassifiedBy as ClassifiedByInfo, DeclInstruction, Reason
from .marking import Marking, MarkStatus, PortionMark
from .readers import CUT_OFF_RE
from .span import FILE_START, Span
from .words import Words



class Zone(Words):
    """Where an element stands in the order a cable is read (see `lint/builder.py`)."""

    PREAMBLE = "preamble"  # metadata and transmission lines
    HEADER = "header"  # the classification line to the first portion
    BODY = "body"  # the portions onwards


class PortionKind(Words):
    PARAGRAPH = "paragraph"  # a numbered paragraph
    PORTION = "portion"  # an unnumbered marked portion
    SUBPORTION = "subportion"  # a marked sub-paragraph


class MarkPosition(Words):
    """Where a paragraph's mark stands."""

    AFTER_NUMBER = "after-number"  # State practice: `1. (C)`
    AFTER_HEADING = "after-heading"  # `1. Summary: (C)`
    BEFORE_NUMBER = "before-number"  # `(U) 9.`
    # opening the first line below a lead-in paragraph: `5. BEGIN TALKING POINTS:` / `(S) …`
    BELOW_LEAD_IN = "below-lead-in"


class SubjectMarkPosition(Words):
    START = "start"  # `SUBJECT: (C) …`
    END = "end"  # `SUBJECT: … (C)`


class Layer(Words):
    """Which layer of the record gives the cable's overall marking."""

    CLASSIFICATION_LINE = "classification line"
    METADATA = "metadata classification"
    NONE = "none"


class RecordKind(Words):
    CABLE = "cable"
    DAMAGED = "damaged"
    NOT_A_CABLE = "not-a-cable"


class DamageKind(Words):
    """How a record is not whole (`lint/record.py` reads them)."""

    CUT_OFF = "cut-off"
    NO_BODY = "no-body"
    CANCELLED = "cancelled"
    EXTRACT = "extract"
    COPIES = "copies"
    COPIES_CUT = "copies-cut"  # two copies, the later without a body
    CUT_LINE = "cut-line"
    REDACTED = "redacted"
    STRIPPED_HEADER = "stripped-header"
    HEADER_CUT = "header-cut"
    JOINED = "joined"  # the classification line names another cable
    GLUED = "glued"  # another cable follows the first's whole text
    JOINED_ROUTING = "joined-routing"  # one telegram's routing header over another cable
    SPLICED = "spliced"  # another text spliced into the cable's after garbled letters


class _Element:
    """Base of the elements: plain classes that compare and show their fields as dataclasses
    do (docs/performance.md says why they are not dataclasses). The fields are the attributes
    `__init__` sets, in its order; those in `_NOT_SHOWN` hold cable text and stay out of the
    repr, those in `_NOT_COMPARED` are caches and stay out of comparisons."""

    _NOT_SHOWN: tuple[str, ...] = ()
    _NOT_COMPARED: tuple[str, ...] = ()

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if k not in self._NOT_SHOWN)
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        skip = self._NOT_COMPARED
        return ({k: v for k, v in vars(self).items() if k not in skip}
                == {k: v for k, v in vars(other).items() if k not in skip})


class Metadata(_Element):
    """The WikiLeaks record lines: reference id, subject, date, classification, origin."""

    def __init__(self, reference_id: str, date: dt.date | None, date_text: str,
                 classification_text: str, marking: Marking | None, origin: str, title: str,
                 span: Span, id_span: Span, date_span: Span, classification_span: Span) -> None:
        self.reference_id = reference_id
        self.date = date
        self.date_text = date_text
        self.classification_text = classification_text
        self.marking = marking
        self.origin = origin
        self.title = title
        self.span = span
        self.id_span = id_span
        self.date_span = date_span
        self.classification_span = classification_span

    def classification_as_written(self) -> str:
        """The classification as the record writes it (`SECRET//NOFORN`, `UNCLASSIFIED//FOR
        OFFICIAL USE ONLY`) when it is marking words only, safe to name in a message; else the
        marking read from it."""
        written = " ".join(self.classification_text.split())
        return written if _MARKING_WORDS_RE.fullmatch(written) else str(self.marking)


# a metadata classification of marking words only (`SECRET//NOFORN`)
_MARKING_WORDS_RE = re.compile(r"[A-Z]+(?: [A-Z]+){0,4}(?://?[A-Z]+(?: [A-Z]+){0,4}){0,3}")


class Banner(_Element):
    """A classification line: `S E C R E T SECTION 01 OF 03 TRIPOLI 000883`."""

    def __init__(self, level_text: str, marking: Marking | None, lawful_designator: bool,
                 section: tuple[int, int] | None, post: str | None, serial: str | None,
                 span: Span, level_span: Span, section_span: Span | None, zone: Zone,
                 qualifiers: tuple[str, ...] = ()) -> None:
        self.level_text = level_text
        self.marking = marking
        self.lawful_designator = lawful_designator
        self.section = section
        self.post = post
        self.serial = serial
        self.span = span
        self.level_span = level_span
        self.section_span = section_span
        self.zone = zone
        # caption-like words between the level and the post (`SECRET SENSITIVE BEIJING 003400`,
        # `S E C R E T E F T O …`), upper-cased, blanks removed; not part of `post`
        self.qualifiers = qualifiers


class Caption(_Element):
    """A caption or handling word (NOFORN, SIPDIS, SENSITIVE …) and where it stands."""

    def __init__(self, word: str, span: Span, zone: Zone) -> None:
        self.word = word
        self.span = span
        self.zone = zone


class ReleaseCaption(_Element):
    """A header line that releases the cable to foreign governments, written out as State's
    telegrams write it (`RELEASABLE TO UK`, `RELEASABLE TO NATO/AUST/NZ/ISAF`): the countries
    and groups as written, and where the line stands."""

    def __init__(self, to: tuple[str, ...], span: Span) -> None:
        self.to = to
        self.span = span


class EOLine(_Element):
    """`E.O. 12958: DECL: 09/03/2033`: the order cited and the declassification instruction."""

    def __init__(self, order: str | None, decl: DeclInstruction, span: Span, label_span: Span,
                 value_span: Span | None, zone: Zone, truncated: bool = False) -> None:
        self.order = order
        self.decl = decl
        self.span = span
        self.label_span = label_span
        self.value_span = value_span
        self.zone = zone
        # the publication cut the line off (`E.O. 12958: DECL: 08...`, a preview before the full
        # copy): what it would have said cannot be judged
        self.truncated = truncated


class Tags(_Element):
    """The TAGS field: its tokens as written, each token's place, and which comma-separated
    group of the line it belongs to (texts made from `cables.csv` append the publisher's own
    words as further groups: `TAGS: PGOV, PHUM, TU, Istanbul`). A record with two copies of
    the header has its TAGS read from the first; `again` is where the later copy writes the
    same line (`last_span`: the later of the two)."""

    def __init__(self, tokens: list[str], span: Span, token_spans: list[Span] | None = None,
                 groups: list[int] | None = None) -> None:
        self.tokens = tokens
        self.span = span
        self.token_spans = [span] * len(tokens) if token_spans is None else token_spans
        self.groups = [0] * len(tokens) if groups is None else groups
        # the same TAGS line written again by a later copy of the header, where there is one
        self.again: Span | None = None


    @property
    def last_span(self) -> Span:
        """Where the record writes the TAGS line last: the later copy's, or the only one."""
        return self.again or self.span


class Subject(_Element):
    _NOT_SHOWN = ("text_key",)

    def __init__(self, mark: PortionMark | None, mark_span: Span | None, span: Span,
                 mark_position: SubjectMarkPosition | None, text_key: str = "") -> None:
        self.mark = mark
        self.mark_span = mark_span
        self.span = span
        self.mark_position = mark_position
        # the subject words, upper-cased, letters and digits only, single-spaced: for comparing
        # with the metadata title, never for reporting
        self.text_key = text_key


class ClassifiedBy(_Element):
    """A Classified By / Derived From block, with the classifier and the reason parsed."""

    _NOT_SHOWN = ("info_text",)

    def __init__(self, label: str, info: ClassifiedByInfo, span: Span, zone: Zone,
                 in_paragraph: bool, info_text: str = "") -> None:
        self.label = label  # "classified by" | "derived from"
        self.info = info
        self.span = span
        self.zone = zone
        self.in_paragraph = in_paragraph
        self.info_text = info_text  # for merging continued blocks; never reported
        # glued into a flattened header line after another field and running to its end with
        # no reason (09CAIRO2166): the copy dropped the line's end (set by the builder)
        self.cut_at_line_end = False

    @property
    def reason(self) -> Reason | None:
        return self.info.reason

    @property
    def truncated(self) -> bool:
        """The published copy cut the statement off (`Classified By: Amb. P ...`, or the end
        of a flattened header line it is glued into): what is missing after the cut cannot be
        judged."""
        return self.cut_at_line_end or bool(CUT_OFF_RE.search(self.info_text))


class Portion(_Element):
    """A portion: a numbered paragraph, an unnumbered marked portion or a marked sub-paragraph."""

    _NOT_SHOWN = _NOT_COMPARED = ("marking",)  # (read from `mark`)

    def __init__(self, kind: PortionKind, number: int | None, mark: PortionMark | None, span: Span,
                 mark_span: Span | None, entire_text: Marking | None = None,
                 head_span: Span | None = None, in_sequence: bool = True,
                 authority_block: bool = False, redacted_start: bool = False,
                 starts_line: bool = True,
                 mark_position: MarkPosition = MarkPosition.AFTER_NUMBER) -> None:
        self.kind = kind
        self.number = number
        self.mark = mark
        # what the mark says: None without a mark, or when the token is not a mark (NOT_A_MARK)
        self.marking: Marking | None = (mark.marking if mark is not None
                                        and mark.status != _NOT_A_MARK else None)
        self.span = span
        self.mark_span = mark_span
        self.entire_text = entire_text  # `1. CONFIDENTIAL - ENTIRE TEXT.`
        self.head_span = head_span  # the paragraph number (or the mark): where findings point
        # False for a number that does not continue the paragraph sequence: in a wrapped line
        # such as `… October 21, 22 and` / `¶23.  He noted …` the publication chain turned a
        # number that starts a line into a paragraph number.
        self.in_sequence = in_sequence
        # `¶1. (U) Classified by …`: the paragraph is the CB statement
        self.authority_block = authority_block
        # the paragraph opens with a publication redaction (`¶7. XXXXXXXXXXXX …`)
        self.redacted_start = redacted_start
        # the paragraph is nothing but a redaction (`¶7. XXXXXXXXXXXX`): whether it was marked
        # cannot be told (set by the builder)
        self.redaction_only = False
        # False for a paragraph found in the middle of a line of a re-flowed copy
        # (`… ended. 2. (C)`)
        self.starts_line = starts_line
        # where the mark stands: right after the number (State practice), after a heading word
        # (`¶1. Summary: (C)`) or before the number (`(U) 9.`)
        self.mark_position = mark_position

    @property
    def is_marked(self) -> bool:
        return self.marking is not None or self.entire_text is not None


class DTG(_Element):
    def __init__(self, prosigns: str, day: int, hour: int, minute: int, month: str, year: int,
                 has_zulu: bool, date: dt.date | None, span: Span) -> None:
        self.prosigns = prosigns
        self.day = day
        self.hour = hour
        self.minute = minute
        self.month = month
        self.year = year
        self.has_zulu = has_zulu
        self.date = date
        self.span = span


class Routing(_Element):
    """The transmission header: routing lines, precedence and DTG, FM, TO/INFO."""

    def __init__(self, zn_marking: Marking | None = None, zn_span: Span | None = None,
                 dtg: DTG | None = None, dtg_text: str | None = None,
                 fm_span: Span | None = None,
                 addressees: list[tuple[str, Span]] | None = None,
                 precedence_words: list[tuple[str, Span]] | None = None) -> None:
        self.zn_marking = zn_marking
        self.zn_span = zn_span
        self.dtg = dtg
        self.dtg_text = dtg_text
        self.fm_span = fm_span
        self.addressees = [] if addressees is None else addressees
        self.precedence_words = [] if precedence_words is None else precedence_words


class MarksSummary(NamedTuple):
    """What the cable's portion marks hold, all together: a rule that looks for one word or
    control in the marks asks this before it reads them one by one."""

    text: str  # the text of every mark (`portion_marks`), upper-cased, one a line
    statuses: frozenset[MarkStatus]  # the status of every mark
    controls: frozenset[str]  # the controls of every marking (`portion_markings`)


class Overall(NamedTuple):
    """The cable's overall marking (None when no layer gives one), the layer it was read from
    and where it stands."""

    marking: Marking | None
    layer: Layer
    span: Span


class Damage(NamedTuple):
    """One way the record is not whole: its kind, where it shows, and how a message says it
    (markings and field names only)."""

    kind: DamageKind
    span: Span
    what: str


class Record(NamedTuple):
    """What kind of record the file is (`lint/record.py` reads it before any rule runs):
    a cable, a damaged one (with its damages) or not a cable. A rule that asserts something is
    absent runs only on a whole record. `statement_trace`: where the text shows a Classified
    By statement, or part of one, in a form the grammar does not read as one (a misspelt or
    glued label, `BY:` alone, a bare `REASON: 1.4`, a derivative `DRV FROM:`), else None;
    `eo_trace` the same for the E.O. line (`E.O. 12958; N/A`, `E.O. DECL.:`, `DECL ON: X1`).
    Both are looked for only where the reader found no such element. `reason_letters`: where
    the category letters of a reason that ends at its section (`FOR REASONS 1.5`) go on, on
    the next line or past a page break (`(C) (D)`, `(A) AND (D).`), else None. `tags_trace`:
    where a line of TAGS stands without its label (`EFIN, ECON, EINV, PGOV, CH` between the
    E.O. line and SUBJECT, 08BEIJING3662), where the reader found no TAGS, else None.
    `corrected_copy`: where a `CORRECTED COPY` notice (spaced or not) stands in the header: a
    retransmission, whose DTG is the day it was sent again. `copied_unmarked`: the number
    spans of paragraphs without a portion mark whose twin in another copy of the same pages in
    the record (the same number, the same opening words) carries one (03ZAGREB2259: ¶1-2
    unmarked in the first copy, marked (C) in the second): the marked copy is the one read.
    `own_text_until`: the line where the cable's own text ends and another begins: a text
    spliced in after garbled letters (10KABUL102, line 272), or the telegram a corrected copy
    corrects, given after it (03VATICAN700, line 130): the portion views end before it."""

    kind: RecordKind = RecordKind.CABLE
    damages: tuple[Damage, ...] = ()
    statement_trace: Span | None = None
    eo_trace: Span | None = None
    reason_letters: Span | None = None
    tags_trace: Span | None = None
    corrected_copy: Span | None = None
    copied_unmarked: tuple[Span, ...] = ()
    own_text_until: int | None = None

    @property
    def whole(self) -> bool:
        return self.kind == _CABLE

    @property
    def complete(self) -> bool:
        """Whether the telegram's text is all there: no damage, or only a join of two cables
        (whose telegram, another cable's, may be whole; or another cable glued after the
        first's whole text) or a preview before a full copy (rules read the full one). Rules
        that assert an absence ask this."""
        return all(d.kind in _TEXT_KEPT for d in self.damages)

    def has(self, kind: DamageKind) -> bool:
        return bool(self.damages) and any(d.kind == kind for d in self.damages)


WHOLE = Record()
# damages that leave the telegram's text whole (`copies-cut`: the later copy lacks a body too;
# `glued`: another cable follows the first, whose text is there; `joined-routing`: the text
# under another telegram's routing is whole)
_TEXT_KEPT = frozenset({DamageKind.JOINED, DamageKind.GLUED, DamageKind.COPIES,
                        DamageKind.JOINED_ROUTING})

# members the derived views compare for every element, bound once (docs/performance.md)
_BODY, _SUBPORTION, _CABLE = Zone.BODY, PortionKind.SUBPORTION, RecordKind.CABLE
_NOT_A_MARK = MarkStatus.NOT_A_MARK


class _cached_view:  # (a decorator, named like `property`)
    """A derived view of the cable, computed when first asked and then kept as an attribute of
    the cable (this descriptor defines no `__set__`, so the kept value is what later reads
    find).

    Many rules ask the same views of every cable (the overall marking, the header captions,
    the portion marks); the model is complete before any rule runs and rules only read it, so
    a view computed once stays true.
    """

    def __init__(self, compute: Callable[["Cable"], object]):
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, cable: "Cable | None", owner: type | None = None):
        if cable is None:
            return self
        value = cable.__dict__[self.name] = self.compute(cable)
        return value


def _portion_label(p: "Portion") -> str:
    """How messages name a portion."""
    if p.number is not None:
        return f"paragraph {p.number}"
    return "a sub-paragraph" if p.kind == _SUBPORTION else "an unnumbered portion"


class Cable(_Element):
    """A cable as the rules read it. Built once from the parse tree and never changed after
    (derived views are computed once, on first use)."""

    _NOT_SHOWN = _NOT_COMPARED = ("derived",)  # (and the derived views: set below the class)
    # a release caption among the captions (`RELEASABLE TO UK`), read where it stands between
    # the classification line and the E.O. line; set on the cable only where there is one
    release_caption: ReleaseCaption | None = None

    def __init__(self, path: str, metadata: Metadata | None = None, routing: Routing | None = None,
                 partial_extract: bool = False, banners: list[Banner] | None = None,
                 captions: list[Caption] | None = None, eo_lines: list[EOLine] | None = None,
                 tags: Tags | None = None, subject: Subject | None = None,
                 references: list[Span] | None = None,
                 classified_by: list[ClassifiedBy] | None = None,
                 portions: list[Portion] | None = None, page_lines: list[Span] | None = None,
                 unparsed_banners: list[Span] | None = None, wrappers: list[Span] | None = None,
                 trailers: list[Span] | None = None, text_items: int = 0, end: Span = FILE_START,
                 derived: dict | None = None, record: Record = WHOLE,
                 numbering_falls_back: bool = False) -> None:
        self.path = path
        self.metadata = metadata
        self.routing = Routing() if routing is None else routing
        self.partial_extract = partial_extract
        self.banners = [] if banners is None else banners
        self.captions = [] if captions is None else captions
        self.eo_lines = [] if eo_lines is None else eo_lines
        self.tags = tags
        self.subject = subject
        self.references = [] if references is None else references
        self.classified_by = [] if classified_by is None else classified_by
        self.portions = [] if portions is None else portions
        self.page_lines = [] if page_lines is None else page_lines
        # classification-line text the grammar could not take as a line (run on to an
        # addressee line, inside a publication database/CSV row): the line exists but is not
        # in `banners`
        self.unparsed_banners = [] if unparsed_banners is None else unparsed_banners
        self.wrappers = [] if wrappers is None else wrappers
        self.trailers = [] if trailers is None else trailers
        self.text_items = text_items
        self.end = end
        # views derived from the model that several rules share (computed once, by whoever
        # asks first): e.g. the reading of the TAGS line
        self.derived = {} if derived is None else derived
        # what kind of record this is and how whole (set by `lint/record.py` after the build)
        self.record = record
        # a paragraph number at or below the one before it (`¶6` after `¶16`, `¶1` again):
        # where the record analysis looks for a page given twice or a text spliced in
        self.numbering_falls_back = numbering_falls_back

    # ---- derived views (rules ask these instead of re-deriving them) ----
    @_cached_view
    def banner(self) -> Banner | None:
        """The cable's classification line: the first one outside the body."""
        for b in self.banners:
            if b.zone != _BODY:
                return b
        return self.banners[0] if self.banners else None

    @_cached_view
    def header_captions(self) -> tuple[Caption, ...]:
        return tuple(c for c in self.captions if c.zone != _BODY)

    def has_caption(self, word: str) -> bool:
        return any(c.word == word for c in self.header_captions)

    @_cached_view
    def eo(self) -> EOLine | None:
        """The cable's own E.O. line (review annotations further down are not it): the first
        whole one, where a record holds a preview cut at `...` before the full copy."""
        cut = None
        for e in self.eo_lines:
            if e.zone != _BODY and not e.decl.review:
                if not e.truncated:
                    return e
                cut = cut or e
        return cut

    @_cached_view
    def date(self) -> dt.date | None:
        """The cable's own date: the DTG, else the WikiLeaks date line (research §0)."""
        if self.routing.dtg and self.routing.dtg.date:
            return self.routing.dtg.date
        if self.metadata and self.metadata.date:
            return self.metadata.date
        return None

    @_cached_view
    def overall(self) -> Overall:
        """The overall marking, with the layer it was read from and its span.

        The telegram's own classification line, with the NOFORN caption, is the overall
        marking; the metadata line stands in only when the telegram has none.
        """
        b = self.banner
        if b is not None and b.marking is not None:
            m = b.marking
            if self.has_caption("NOFORN") and not m.noforn:
                m = Marking(m.level, m.controls | {"NOFORN"}, m.rel_to)
            return Overall(m, Layer.CLASSIFICATION_LINE, b.level_span)
        if self.metadata is not None and self.metadata.marking is not None:
            return Overall(self.metadata.marking, Layer.METADATA,
                           self.metadata.classification_span)
        return Overall(None, Layer.NONE, FILE_START)

    @property
    def is_classified(self) -> bool:
        m = self.overall.marking
        return m is not None and m.level > 0

    @_cached_view
    def classified_by_block(self) -> ClassifiedBy | None:
        """The cable's Classified By statement. Copies that the publication cut off
        (`Classified By: A...`) are passed over, since what is missing cannot be judged; of the
        rest, the first that gives a reason section (copies often hold an incomplete duplicate
        first), else the first; None when every copy is cut off."""
        whole = [b for b in self.classified_by if not b.truncated]
        for b in whole:
            if b.reason is not None and b.reason.section is not None:
                return b
        return whole[0] if whole else None

    @_cached_view
    def portion_marks(self) -> tuple[tuple[PortionMark, Span, str], ...]:
        """Every portion mark as read (the subject's included, unreadable ones too), with where
        it stands and how messages name its portion (`paragraph 3`, `the subject`)."""
        out = []
        if self.subject is not None and self.subject.mark is not None:
            out.append((self.subject.mark, self.subject.mark_span or self.subject.span, "the subject"))
        portions = self.portions
        until = self.record.own_text_until
        if until is not None:  # another text after the cable's: its marks are not the cable's
            portions = [p for p in portions if p.span.line < until]
        for p in portions:
            if p.mark is not None:
                out.append((p.mark, p.mark_span or p.span, _portion_label(p)))
        return tuple(out)

    @_cached_view
    def portion_markings(self) -> tuple[tuple[Marking, Span, str], ...]:
        """The markings of `portion_marks`: the marks that are marks and could be read."""
        return tuple((mark.marking, span, where) for mark, span, where in self.portion_marks
                     if mark.marking is not None and mark.status != _NOT_A_MARK)

    @_cached_view
    def marks_summary(self) -> MarksSummary:
        """The text, statuses and controls of all the portion marks together."""
        marks = self.portion_marks
        controls: set[str] = set()
        for marking, _, _ in self.portion_markings:
            controls |= marking.controls
        return MarksSummary("\n".join([m.text for m, _, _ in marks]).upper(),
                            frozenset([m.status for m, _, _ in marks]), frozenset(controls))


Cable._NOT_SHOWN = Cable._NOT_COMPARED = ("derived",) + tuple(
    name for name, view in vars(Cable).items() if isinstance(view, _cached_view))
