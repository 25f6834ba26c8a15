"""The document model: a typed `Cable` built from the parse tree.

Rules read this model and never the raw text. Every element carries the `Span` of the source
it came from (1-based lines and columns, end column exclusive). Text that the linter does not
need (paragraph bodies, names) is not kept here beyond what the parsers of markings need, so
nothing downstream can quote it by accident.

Zones: a cable is read in order as *preamble* (metadata and transmission lines), *header*
(classification line to the first portion) and *body* (portions onwards). Where an element
stands decides what it means: a caption after the first paragraph is a repeated caption, an
E.O. line in the body is a later review annotation, a classification line in the body is the
banner of a later section.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Callable, Iterator, NamedTuple

from .lazyre import LazyPattern
from .tree import POSITION, Token, Tree

from . import eo as eo_mod
from .eo import ClassifiedBy as ClassifiedByInfo, DeclInstruction, Reason
from .marking import Marking, PortionMark, parse_level_word, parse_metadata_classification, \
    parse_portion_mark, parse_zn_line


_BLANKS = " \t\n"
_TRAILING = " \t\r\n\\"


class Span(NamedTuple):
    """Where an element stands: 1-based line and column, end column exclusive.

    A named tuple rather than a dataclass: a cable's model makes some eighty of them
    (docs/performance.md).
    """

    line: int
    column: int
    end_line: int
    end_column: int

    @staticmethod
    def of(tok: Token) -> "Span":
        """Span of a token, without the blanks some terminals fold in at their end."""
        value = tok.value
        if not value:
            return Span(tok.line, tok.column, tok.line, tok.column)
        if value[0] in _BLANKS:
            return Span._of_indented(tok)
        if value[-1] not in _TRAILING:
            # most tokens: Lark's own end position is already the element's end
            return _span(tok[POSITION])
        return _folded(tok.line, tok.column, tok, value)

    @staticmethod
    def _of_indented(tok: Token) -> "Span":
        # rare: a token that starts with blanks (its text begins further right)
        value = tok.value
        stripped = value.rstrip(_TRAILING) or value[:1]
        lead = len(stripped) - len(stripped.lstrip(" \t\n"))
        body = stripped[lead:]
        line, col = tok.line, tok.column
        if lead:
            before = stripped[:lead]
            nl = before.count("\n")
            if nl:
                line += nl
                col = lead - before.rfind("\n")
            else:
                col += lead
        nl = body.count("\n")
        if nl:
            return Span(line, col, line + nl, len(body) - body.rfind("\n"))
        return Span(line, col, line, col + len(body))

    def to(self, other: "Span") -> "Span":
        return _span((self.line, self.column, other.end_line, other.end_column))

    def through(self, tok: Token) -> "Span":
        """`self.to(Span.of(tok))`, without building the span of `tok` only to read its end."""
        return _reach(self.line, self.column, tok)

    @staticmethod
    def across(first: Token, last: Token) -> "Span":
        """From where `first` starts to where `last` ends: `Span.of(first).to(Span.of(last))`,
        without building those two spans."""
        value = first.value
        if value and value[0] not in _BLANKS:
            return _reach(first.line, first.column, last)
        return Span.of(first).through(last)  # rare: an empty or indented first token

    def as_dict(self) -> dict:
        return {"line": self.line, "column": self.column,
                "end_line": self.end_line, "end_column": self.end_column}


# The builder makes some fifty spans a cable, nearly all through the methods above: these
# build them with `tuple.__new__` itself rather than the named tuple's constructor (a Python
# function around that call; docs/performance.md).
_span = functools.partial(tuple.__new__, Span)

FILE_START = Span(1, 1, 1, 1)


def _reach(line: int, column: int, tok: Token) -> Span:
    """The span from `line`, `column` to where the text of `tok` ends."""
    value = tok.value
    if not value or value[0] in _BLANKS:
        end = Span.of(tok)  # rare: an empty or indented token
        return _span((line, column, end.end_line, end.end_column))
    if value[-1] not in _TRAILING:
        return _span((line, column, tok.end_line, tok.end_column))
    return _folded(line, column, tok, value)


def _folded(line: int, column: int, tok: Token, value: str) -> Span:
    """The span from `line`, `column` to where the text of `tok` (its `value`, which starts with
    text) ends, without the blanks it folds in at its end."""
    text = value.rstrip(_TRAILING)
    end = len(text)
    if not end:
        return _span((line, column, tok.line, tok.column + 1))
    if "\n" not in value:
        # a one-line token (a paragraph number, a mark): no line to count
        return _span((line, column, tok.line, tok.column + end))
    # the token's end line less the line breaks among the folded-in blanks: counting those
    # in the short tail, not the lines of the whole token (a paragraph's text is long)
    end_line = tok.end_line - value.count("\n", end)
    if end_line != tok.line:
        # the end column: one past the text's last line
        return _span((line, column, end_line, len(text.rpartition("\n")[2]) + 1))
    return _span((line, column, end_line, tok.column + end))


def _clean(text: str) -> str:
    return " ".join(text.replace("\\\n", "\n").split())


# ---------------------------------------------------------------------------------------------
# Elements
# ---------------------------------------------------------------------------------------------

class _Element:
    """Base of the elements: plain classes that compare and show their fields as dataclasses
    do (not dataclasses, which a run would compile at every start: docs/performance.md).
    The fields are the attributes
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


class Banner(_Element):
    """A classification line: `S E C R E T SECTION 01 OF 03 TRIPOLI 000883`."""

    def __init__(self, level_text: str, marking: Marking | None, lawful_designator: bool,
                 section: tuple[int, int] | None, post: str | None, serial: str | None,
                 span: Span, level_span: Span, section_span: Span | None, zone: str,
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

    def __init__(self, word: str, span: Span, zone: str) -> None:
        self.word = word
        self.span = span
        self.zone = zone


class EOLine(_Element):
    """`E.O. 12958: DECL: 09/03/2033`: the order cited and the declassification instruction."""

    def __init__(self, order: str | None, decl: DeclInstruction, span: Span, label_span: Span,
                 value_span: Span | None, zone: str, truncated: bool = False) -> None:
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
    words as further groups: `TAGS: PGOV, PHUM, TU, Istanbul`)."""

    def __init__(self, tokens: list[str], span: Span, token_spans: list[Span] | None = None,
                 groups: list[int] | None = None) -> None:
        self.tokens = tokens
        self.span = span
        self.token_spans = [span] * len(tokens) if token_spans is None else token_spans
        self.groups = [0] * len(tokens) if groups is None else groups


class Subject(_Element):
    _NOT_SHOWN = ("text_key",)

    def __init__(self, mark: PortionMark | None, mark_span: Span | None, span: Span,
                 mark_position: str | None, text_key: str = "") -> None:
        self.mark = mark
        self.mark_span = mark_span
        self.span = span
        self.mark_position = mark_position  # "start" or "end"
        # the subject words, upper-cased, letters and digits only, single-spaced: for comparing
        # with the metadata title, never for reporting
        self.text_key = text_key


class ClassifiedBy(_Element):
    """A Classified By / Derived From block, with the classifier and the reason parsed."""

    _NOT_SHOWN = ("info_text",)

    def __init__(self, label: str, info: ClassifiedByInfo, span: Span, zone: str,
                 in_paragraph: bool, info_text: str = "") -> None:
        self.label = label  # "classified by" | "derived from"
        self.info = info
        self.span = span
        self.zone = zone
        self.in_paragraph = in_paragraph
        self.info_text = info_text  # for merging continued blocks; never reported

    @property
    def reason(self) -> Reason | None:
        return self.info.reason

    @property
    def truncated(self) -> bool:
        """The published copy cut the statement off (`Classified By: Amb. P ...`): what is
        missing after the cut cannot be judged."""
        return bool(_CUT_OFF_RE.search(self.info_text))


class Portion(_Element):
    """A portion: a numbered paragraph, an unnumbered marked portion or a marked sub-paragraph."""

    def __init__(self, kind: str, number: int | None, mark: PortionMark | None, span: Span,
                 mark_span: Span | None, entire_text: Marking | None = None,
                 head_span: Span | None = None, in_sequence: bool = True,
                 authority_block: bool = False, redacted_start: bool = False,
                 starts_line: bool = True, mark_position: str = "after-number") -> None:
        self.kind = kind  # "paragraph" | "portion" | "subportion"
        self.number = number
        self.mark = mark
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
    def marking(self) -> Marking | None:
        mark = self.mark
        if mark is not None and mark.status != "not-a-mark":
            return mark.marking
        return None

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


class Overall(NamedTuple):
    """The cable's overall marking (None when no layer gives one), the layer it was read from
    (`classification line`, `metadata classification` or `none`) and where it stands."""

    marking: Marking | None
    layer: str
    span: Span


class Damage(NamedTuple):
    """One way the record is not whole: its kind (`cut-off`, `no-body`, `cancelled`,
    `extract`, `copies`, `copies-cut`, `redacted`, `stripped-header`, `joined`), where it shows, and how a message says it (markings and
    field names only)."""

    kind: str
    span: Span
    what: str


class Record(NamedTuple):
    """What kind of record the file is (`lint/record.py` reads it before any rule runs):
    `cable`, `damaged` (with its damages) or `not-a-cable`. A rule that asserts something is
    absent runs only on a whole record."""

    kind: str = "cable"
    damages: tuple[Damage, ...] = ()

    @property
    def whole(self) -> bool:
        return self.kind == "cable"

    @property
    def complete(self) -> bool:
        """Whether the telegram's text is all there: no damage, or only a join of two cables
        (whose telegram, another cable's, may be whole) or a preview before a full copy (rules
        read the full one). Rules that assert an absence ask this."""
        return all(d.kind in _TEXT_KEPT for d in self.damages)

    def has(self, kind: str) -> bool:
        return any(d.kind == kind for d in self.damages)


WHOLE = Record()
# damages that leave the telegram's text whole (`copies-cut`: the later copy lacks a body too)
_TEXT_KEPT = frozenset({"joined", "copies"})

_UNSET = object()


def _cached_view(compute: Callable[["Cable"], object]) -> property:
    """A derived view of the cable, computed when first asked and kept in `Cable.derived`.

    Many rules ask the same views of every cable (the overall marking, the header captions,
    the portion marks); the model is complete before any rule runs and rules only read it, so
    a view computed once stays true.
    """
    key = "model." + compute.__name__

    def get(cable: "Cable"):
        value = cable.derived.get(key, _UNSET)
        if value is _UNSET:
            value = cable.derived[key] = compute(cable)
        return value

    return property(get, doc=compute.__doc__)


def _token_places(value: str, tokens: list[str], line: int,
                  column: int) -> tuple[list[Span], list[int]]:
    """Where each of `tokens` (split from `value`, in order) stands, and how many commas precede
    it: the spans let a TAGS finding point at its token, the comma counts group the words."""
    spans: list[Span] = []
    find = value.find
    pos = 0
    if "\n" not in value:  # nearly every TAGS line
        for tok in tokens:
            at = find(tok, pos)
            col = column + at
            pos = at + len(tok)
            spans.append(Span(line, col, line, column + pos))
    else:
        for tok in tokens:
            at = find(tok, pos)
            nl = value.count("\n", 0, at)
            col = at - value.rfind("\n", 0, at) if nl else column + at
            pos = at + len(tok)
            spans.append(Span(line + nl, col, line + nl, col + len(tok)))
    if "," not in value:
        return spans, [0] * len(tokens)
    groups: list[int] = []
    commas = 0
    prev = 0
    for span, tok in zip(spans, tokens):
        at = find(tok, prev)
        commas += value.count(",", prev, at)
        groups.append(commas)
        prev = at + len(tok)
    return spans, groups


def _portion_label(p: "Portion") -> str:
    """How messages name a portion."""
    if p.number is not None:
        return f"paragraph {p.number}"
    return "a sub-paragraph" if p.kind == "subportion" else "an unnumbered portion"


class Cable(_Element):
    """A cable as the rules read it. Built once from the parse tree and never changed after
    (derived views are computed once, on first use)."""

    _NOT_SHOWN = _NOT_COMPARED = ("derived",)

    def __init__(self, path: str, metadata: Metadata | None = None, routing: Routing | None = None,
                 partial_extract: bool = False, banners: list[Banner] | None = None,
                 captions: list[Caption] | None = None, eo_lines: list[EOLine] | None = None,
                 tags: Tags | None = None, subject: Subject | None = None,
                 references: list[Span] | None = None,
                 classified_by: list[ClassifiedBy] | None = None,
                 portions: list[Portion] | None = None, page_lines: list[Span] | None = None,
                 unparsed_banners: list[Span] | None = None, wrappers: list[Span] | None = None,
                 trailers: list[Span] | None = None, text_items: int = 0, end: Span = FILE_START,
                 derived: dict | None = None, record: Record = WHOLE) -> None:
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

    # ---- derived views (rules ask these instead of re-deriving them) ----
    @property
    def banner(self) -> Banner | None:
        """The cable's classification line: the first one outside the body."""
        for b in self.banners:
            if b.zone != "body":
                return b
        return self.banners[0] if self.banners else None

    @_cached_view
    def header_captions(self) -> tuple[Caption, ...]:
        return tuple(c for c in self.captions if c.zone != "body")

    def has_caption(self, word: str) -> bool:
        return any(c.word == word for c in self.header_captions)

    @property
    def eo(self) -> EOLine | None:
        """The cable's own E.O. line (review annotations further down are not it): the first
        whole one, where a record holds a preview cut at `...` before the full copy."""
        cut = None
        for e in self.eo_lines:
            if e.zone != "body" and not e.decl.review:
                if not e.truncated:
                    return e
                cut = cut or e
        return cut

    @property
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
            return Overall(m, "classification line", b.level_span)
        if self.metadata is not None and self.metadata.marking is not None:
            return Overall(self.metadata.marking, "metadata classification",
                           self.metadata.classification_span)
        return Overall(None, "none", FILE_START)

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
        for p in self.portions:
            if p.mark is not None:
                out.append((p.mark, p.mark_span or p.span, _portion_label(p)))
        return tuple(out)

    @_cached_view
    def portion_markings(self) -> tuple[tuple[Marking, Span, str], ...]:
        """The markings of `portion_marks`: the marks that are marks and could be read."""
        return tuple((mark.marking, span, where) for mark, span, where in self.portion_marks
                     if mark.marking is not None and mark.status != "not-a-mark")


# ---------------------------------------------------------------------------------------------
# Builder
# ---------------------------------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}
_DTG_RE = re.compile(r"((?:[ZOPRY]\s+){1,2})(\d{4,6})(Z?)\s+([A-Za-z]{3})\s+(\d{2,4})")
_SECTION_RE = re.compile(r"(\d{1,2})\s+\w\w\s+(\d{1,2})")
_POST_SERIAL_RE = re.compile(r"(.*?)\s+(\d{3,7})$", re.S)
_EO_ORDER_RE = re.compile(r"(\d{5})")
# a notice about the statement, not a statement: `CLASSIFIED BY LINE ADDED`, `Classified
# by/reasons added` (corrected copies)
_NOTICE_RE = re.compile(r"(?i)[ \t]*(?:\"?[ \t]*LINE(?![A-Za-z])|/[ \t]*reasons?[ \t]+added)")
_CUT_OFF_RE = re.compile(r"(?:\.\.\.|\u2026)[ \t\\]*(?:\n|$)")
_PARA_NUM_RE = re.compile(r"(\d{1,2})")
_PRECEDENCE_RE = re.compile(r"\b(NIACT IMMEDIATE|FLASH|IMMEDIATE|PRIORITY|ROUTINE)\b")
_META_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_RUBY_DATE_RE = LazyPattern(r"\w{3} (\w{3}) (\d{2}) [\d:]+ [+-]\d{4} (\d{4})")


# caption words that may stand between the level word and the post on a classification line
_QUALIFIER_RE = re.compile(
    r"(SENSITIVE|S ?B ?U|F ?O ?U ?O|E ?F ?T ?O|N ?O ?F ?O ?R ?N|L ?O ?U|LIMITED OFFICIAL USE|SIPDIS)"
    r"(?![A-Z])\s*(.*)$", re.S)
_KEY_WORD_RE = re.compile(r"[A-Z0-9]+")
_BLANK_RUN_RE = LazyPattern(r"\s+")
# a classification line inside other text: level word (spaced or not), SECTION, post, serial
# (also the spaced designator a copy damaged: its first letter lost or doubled, `O N F I D E N T
# I A L` 09LAGOS14, `E C R E T` 07SANAA473, `SS E C R E T` 08TUNIS679, `CC O N F …` 09BEIJING1378)
_BANNER_TEXT_RE = re.compile(
    r"(?<![A-Za-z])(?:C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?E ?C ?R ?E ?T|UNCLAS(?:SIFIED)?"
    r"|[A-Z]{0,2}(?:C )?O N F I D E N T I A L|[A-Z]{0,2}(?:S )?E C R E T)"
    r"[ \t]*(?:SECTION[ \t]+[0-9]{1,2}[ \t]+OF[ \t]+[0-9]{1,2}[ \t]+)?[A-Z][A-Z .'\-]{0,30}?"
    r"[ \t]+[0-9]{5,7}(?![0-9])")


def text_key(text: str) -> str:
    """Upper case, letters and digits only, single blanks: for comparing two texts."""
    return " ".join(_KEY_WORD_RE.findall(text.upper()))


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _parse_meta_date(text: str) -> dt.date | None:
    m = _META_DATE_RE.search(text)
    if m:
        found = m.group()
        if found.isascii():
            # read in one call: three int() calls and the constructor cost four times as much
            try:
                return dt.date.fromisoformat(found)
            except ValueError:
                return None
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _RUBY_DATE_RE.search(text)
    if m and m.group(1).upper() in _MONTHS:
        return _safe_date(int(m.group(3)), _MONTHS[m.group(1).upper()], int(m.group(2)))
    return None


def _metadata(tok: Token) -> Metadata:
    lines = tok.value.split("\n")
    lines += [""] * (5 - len(lines))
    reference_id, title, date_line, classification_line, origin = lines[:5]
    classification_text = classification_line.strip()
    line = tok.line
    # (arguments by position: keyword arguments make a class call build a dict, which costs
    # as much as the rest of the call)
    return Metadata(
        reference_id.strip(), _parse_meta_date(date_line), date_line.strip(), classification_text,
        parse_metadata_classification(classification_text), origin.strip(), title.strip(),
        Span.of(tok), _line_span(line, reference_id), _line_span(line + 2, date_line),
        _line_span(line + 3, classification_line))


def _line_span(line: int, text: str) -> Span:
    """A whole line of the metadata record (at least one column wide)."""
    return _span((line, 1, line, max(len(text.rstrip()), 1) + 1))


def _dtg(tok: Token, meta_date: dt.date | None) -> DTG | None:
    m = _DTG_RE.search(tok.value)
    if not m:
        return None
    digits = m.group(2)
    day, hour = int(digits[0:2]), int(digits[2:4])
    minute = int(digits[4:6]) if len(digits) >= 6 else -1
    month = m.group(4).upper()
    yy = int(m.group(5))
    year = yy if yy >= 100 else (1900 + yy if yy >= 50 else 2000 + yy)
    date = _safe_date(year, _MONTHS[month], day) if month in _MONTHS else None
    return DTG(" ".join(m.group(1).split()), day, hour, minute, month, year, bool(m.group(3)),
               date, Span.of(tok))


@functools.lru_cache(maxsize=256)  # `SECTION 01 OF 02` and the like, from cable to cable
def _section_numbers(text: str) -> tuple[int, int] | None:
    """`SECTION 01 OF 03` → (1, 3)."""
    m = _SECTION_RE.search(text)
    return (int(m.group(1)), int(m.group(2))) if m else None


# a cable repeats its classification line at every section
@functools.lru_cache(maxsize=1024)
def _post_serial(text: str) -> tuple[str, str, tuple[str, ...]] | None:
    """The post and the serial of a classification line (`TRIPOLI 000883`), and the caption-like
    words that stood before the post (`SENSITIVE BEIJING 003400`)."""
    m = _POST_SERIAL_RE.match(text.strip())
    if not m:
        return None
    post, serial = _clean(m.group(1)).upper(), m.group(2)
    qualifiers: list[str] = []
    while post:
        q = _QUALIFIER_RE.match(post)
        if not q or not q.group(2):
            break
        qualifiers.append(_BLANK_RUN_RE.sub("", q.group(1)))
        post = q.group(2)
    return post, serial, tuple(qualifiers)


@functools.lru_cache(maxsize=256)  # a few level words, in a few spellings
def _level_text(text: str) -> str:
    return _clean(text)


@functools.lru_cache(maxsize=256)  # a few dozen caption words, in a few spellings
def _caption_word(text: str) -> str:
    word = _clean(text.lstrip(", ")).upper()
    return "ROGER" if word.startswith("ROGER") else word


@functools.lru_cache(maxsize=256)  # `E.O. 12958:` and its few variants
def _eo_order(label: str) -> str | None:
    m = _EO_ORDER_RE.search(label)
    return m.group(1) if m else None


class _Builder:
    def __init__(self, path: str):
        self.cable = Cable(path)
        self.zone = "preamble"
        self.last_portion: Portion | None = None
        self.outer_last: int | None = None
        self.pending_mark: tuple[PortionMark, Span] | None = None
        self.items: list = []  # the top-level items of the tree, and the one being read
        self.index = 0
        self.nested = False
        self.para_style: str | None = None
        self.last_style: str | None = None  # the number style of the last marked paragraph
        self.blank_before = True  # whether a blank line stands before the paragraph being read
        self.last_item: str | None = None
        self.last_token: Token | None = None

    def build(self, tree: Tree) -> Cable:
        children = self.items = tree.children
        for i, child in enumerate(children):
            if isinstance(child, Token):
                if child.type == "METADATA":
                    self.cable.metadata = _metadata(child)
                continue
            rule, tokens = child.data, child.children
            self.index = i
            handler = _HANDLERS.get(rule)
            if handler is not None:
                handler(self, tokens)
            self.last_item = rule
            if tokens:
                self.last_token = tokens[-1]
        last = tree.children[-1] if tree.children else None
        if isinstance(last, Tree) and last.children:
            last = last.children[-1]
        if isinstance(last, Token):
            self.cable.end = Span.of(last)
        return self.cable

    def _enter(self, zone: str) -> None:
        if _ZONE_ORDER[zone] > _ZONE_ORDER[self.zone]:
            self.zone = zone

    def _next_is_paragraph(self) -> bool:
        """Whether the item after the one being read is a numbered paragraph."""
        nxt = self.items[self.index + 1] if self.index + 1 < len(self.items) else None
        return isinstance(nxt, Tree) and nxt.data == "paragraph"

    # -- preamble --
    def _preamble(self, ch: list) -> None:
        tok: Token = ch[0]
        routing = self.cable.routing
        t = tok.type
        if t in ("ADDR_BLOCK", "DB_ROW", "CABLE_DATED"):
            self._note_unparsed_banner(tok)
        if t == "ZN_LINE" and routing.zn_marking is None and self.zone == "preamble":
            routing.zn_marking = parse_zn_line(tok.value)
            routing.zn_span = Span.of(tok)
        elif t == "DTG_LINE" and routing.dtg is None and self.zone != "body":
            # (e-mail exports and printouts put the DTG after the first classification line)
            meta_date = self.cable.metadata.date if self.cable.metadata else None
            routing.dtg = _dtg(tok, meta_date)
            routing.dtg_text = tok.value.strip()
        elif t == "FM_LINE":
            routing.fm_span = Span.of(tok)
        elif t == "ADDR_BLOCK" and self.zone == "preamble":
            base = Span.of(tok)
            routing.addressees.append((tok.value.split(None, 1)[0], base))
            for m in _PRECEDENCE_RE.finditer(tok.value):
                routing.precedence_words.append((m.group(1), base))
        elif t == "PARTIAL_NOTICE":
            self.cable.partial_extract = True

    def _wrapper(self, ch: list) -> None:
        self.cable.wrappers.append(Span.of(ch[0]))

    def _trailer(self, ch: list) -> None:
        self.cable.trailers.append(Span.of(ch[0]))

    def _page_line(self, ch: list) -> None:
        self.cable.page_lines.append(Span.of(ch[0]))

    # -- header --
    def _banner(self, ch: list) -> None:
        level_tok = ch[0]
        marking, lawful = parse_level_word(level_tok.value)
        section = None
        section_span = None
        post = serial = qualifier = None
        post_qualifiers: tuple[str, ...] = ()
        level_span = Span.of(level_tok)
        # tokens come in order: the line ends where its last token ends
        span = level_span if len(ch) == 1 else level_span.through(ch[-1])
        for tok in ch[1:]:
            if tok.type == "QUALIFIER":
                qualifier = tok.value.strip()
            elif tok.type == "SECTION":
                numbers = _section_numbers(tok.value)
                if numbers is not None:
                    section = numbers
                section_span = Span.of(tok)
            elif tok.type == "POST_SERIAL":
                read = _post_serial(tok.value)
                if read is not None:
                    post, serial, post_qualifiers = read
        zone = "body" if self.zone == "body" else "header"
        self._enter("header")
        qualifiers = ((qualifier,) if qualifier else ()) + post_qualifiers
        # (arguments by position, in the order of the fields: see `_metadata`)
        self.cable.banners.append(Banner(
            _level_text(level_tok.value), marking, lawful, section, post, serial, span, level_span,
            section_span, zone, qualifiers))

    def _caveat(self, ch: list) -> None:
        tok = ch[0]
        self._enter("header")
        self.cable.captions.append(Caption(_caption_word(tok.value), Span.of(tok), self.zone))

    def _eo_line(self, ch: list) -> None:
        label = ch[0]
        value = ch[1] if len(ch) > 1 else None
        decl = eo_mod.parse_decl(value.value if value is not None else "")
        self._enter("header")
        label_span = Span.of(label)
        value_span = Span.of(value) if value is not None else None
        span = label_span if value_span is None else label_span.to(value_span)
        truncated = value is not None and "..." in value.value and \
            _CUT_OFF_RE.search(value.value) is not None
        self.cable.eo_lines.append(EOLine(
            _eo_order(label.value), decl, span, label_span, value_span, self.zone, truncated))

    def _tags(self, ch: list) -> None:
        self._enter("header")
        if self.zone == "body" and self.cable.tags is not None:
            return
        kw = ch[0]
        # what lies between blanks, commas, semicolons and database escapes (string methods: a
        # regular expression cost some five times as much, a tag line has a dozen tokens)
        if len(ch) == 1:
            self.cable.tags = Tags([], Span.of(kw))
            return
        value_tok = ch[1]
        value = value_tok.value
        tokens = value.replace("\\", " ").replace(",", " ").replace(";", " ").split()
        span = Span.across(kw, value_tok)
        token_spans, groups = _token_places(value, tokens, value_tok.line, value_tok.column)
        self.cable.tags = Tags(tokens, span, token_spans, groups)

    def _subject(self, ch: list) -> None:
        self._enter("header")
        if self.zone == "body" or self.cable.subject is not None:
            return
        mark = mark_span = position = None
        # tokens come in order: the subject ends where its last token ends
        span = Span.of(ch[0]) if len(ch) == 1 else Span.across(ch[0], ch[-1])
        seen_text = False
        words: list[str] = []
        for tok in ch[1:]:
            if tok.type in ("SMARK", "SMARK_END"):
                mark, mark_span = parse_portion_mark(tok.value), Span.of(tok)
                position = "end" if seen_text else "start"
            else:
                seen_text = True
                words.append(tok.value)
        self.cable.subject = Subject(mark, mark_span, span, position, text_key(" ".join(words)))

    def _ref(self, ch: list) -> None:
        self._enter("header")
        span = Span.of(ch[0]) if len(ch) == 1 else Span.across(ch[0], ch[-1])
        self.cable.references.append(span)

    def _classified_by(self, ch: list, in_paragraph: bool = False) -> None:
        kw = ch[0]
        text = ch[1].value if len(ch) > 1 else ""
        label = "derived from" if "DERIVED" in kw.value.upper() else "classified by"
        if label == "derived from":
            text = "Derived from " + text
        span = Span.of(kw) if len(ch) == 1 else Span.across(kw, ch[1])
        if not in_paragraph:
            self._enter("header")
        if label == "classified by" and _NOTICE_RE.match(text):
            # `- - CORRECTED COPY - - CLASSIFIED BY LINE ADDED`: a notice about the statement
            self.cable.text_items += 1
            return
        info = eo_mod.parse_classified_by(text)
        prev = self.cable.classified_by[-1] if self.cable.classified_by else None
        # `Classified By: Classified by DCM …` and a block continued after a stop word are one
        # statement, not two
        if prev is not None and prev.span.end_line >= span.line - 1 and not in_paragraph:
            # capped: the parsers read at most the first 2,000 characters, and repeated blocks
            # must not make the merge quadratic
            joined = (prev.info_text + " " + text)[:4000]
            merged = eo_mod.parse_classified_by(joined)
            prev.info = merged
            prev.info_text = joined
            prev.span = prev.span.to(span)
            return
        block = ClassifiedBy(label, info, span, self.zone, in_paragraph, text)
        self.cable.classified_by.append(block)

    # -- body --
    def _paragraph(self, ch: list) -> None:
        num_tok = ch[0]
        number, style = _paragraph_number(num_tok.value)
        mark = mark_span = None
        entire = None
        head = Span.of(num_tok)
        # tokens come in order: the paragraph ends where its last token ends
        span = head if len(ch) == 1 else head.through(ch[-1])
        # the tokens after the number, each optional: a heading, a mark, then what the paragraph
        # holds (read by index: slicing the list at each step cost more than the reading)
        at = 1
        after = ch[1] if len(ch) > 1 else None
        lead = after is not None and after.type == "LEAD"
        if lead:
            at = 2
            after = ch[2] if len(ch) > 2 else None
        if after is not None and after.type == "PMARK":
            mark, mark_span = _paragraph_mark(after.value), Span.of(after)
            at += 1
            after = ch[at] if len(ch) > at else None
        elif self.pending_mark is not None and self.pending_mark[1].line == head.line:
            # `(U) 9. A/S Jones …`: the mark stands before the number
            mark, mark_span = self.pending_mark
        self.pending_mark = None
        after_type = after.type if after is not None else None
        if after_type == "ENTIRE_TEXT":
            entire, _ = parse_level_word(after.value.split("-")[0].split("\u2013")[0])
        elif mark is not None and mark_span is not None and (notice := _entire_notice(mark.text)):
            entire, mark = notice, None  # `1. (SECRET - ENTIRE TEXT).`
        elif after_type == "PARA_TEXT":
            if mark is not None and mark.marking is not None:
                # `1. (C) ENTIRE TEXT.`: the mark says the level, the words its reach
                if "NTIRE" in after.value[:16].upper() and _entire_notice("C " + after.value):
                    entire = mark.marking
            else:
                entire = _entire_notice(after.value)
        redacted = after_type == "PARA_TEXT" and _redacted_start(after.value)
        authority = after_type == "CB_KW"
        if authority:
            self._classified_by(ch[at:], in_paragraph=True)
        prev = self.last_token
        # a line break lies between the two tokens, or ends the previous one (folded blanks;
        # most texts end with the line break itself, and that test copies nothing)
        starts_line = (prev is None or num_tok.line > prev.end_line or prev.value[-1:] == "\n"
                       or prev.value.rstrip(" \t").endswith("\n"))
        # a blank line before the number: a paragraph of its own, not a wrapped or listed number
        self.blank_before = prev is None or num_tok.line > prev.end_line + 1 or \
            prev.value[len(prev.value.rstrip(" \t\\\n")):].count("\n") >= 2
        if lead and mark is not None:
            mark_position = "after-heading"
        elif mark_span is not None and mark_span.column < head.column:
            mark_position = "before-number"
        else:
            mark_position = "after-number"
        # (the flags set after: keyword arguments make a class call build a dict, which cost
        # as much as the rest of the call)
        portion = Portion("paragraph", number, mark, span, mark_span, entire, head)
        portion.starts_line = starts_line
        portion.authority_block = authority
        portion.redacted_start = redacted
        portion.redaction_only = redacted and _REDACTION_ONLY_RE.match(after.value) is not None
        portion.mark_position = mark_position
        self._add_portion(portion, style)

    def _portion(self, ch: list) -> None:
        mtok = ch[0]
        mark = parse_portion_mark(mtok.value.strip())
        span = Span.of(mtok)
        if len(ch) > 1 and ch[1].type == "CB_KW":
            # `(U) Classified by …`: the classification authority block, not a portion
            self._classified_by(ch[1:])
            return
        if self._is_list_label(mtok, span):
            self.cable.text_items += 1
            self.last_token = ch[-1]
            return
        if len(ch) == 1:
            # a mark alone: it may belong to the paragraph number that follows on its line
            self.pending_mark = (mark, span)
        if len(ch) > 1:
            span = span.through(ch[-1])
        if len(ch) == 1 and self._next_is_paragraph():
            return
        self._add_portion(Portion("portion", None, mark, span, Span.of(mtok)))

    def _subportion(self, ch: list) -> None:
        mtok = ch[0]
        raw = mtok.value
        mark_text = raw[raw.rfind("("):].strip()
        mark = parse_portion_mark(mark_text)
        span = Span.of(mtok)
        offset = raw.rfind("(")
        before = raw[:offset]
        nl = before.count("\n")
        line = mtok.line + nl
        col = (offset - before.rfind("\n")) if nl else mtok.column + offset
        mark_span = Span(line, col, line, col + len(mark_text))
        if len(ch) > 1:
            span = span.through(ch[-1])
        self._add_portion(Portion("subportion", None, mark, span, mark_span))

    def _is_list_label(self, mtok: Token, span: Span) -> bool:
        """`(C)` that is the third item of a lettered list, not a CONFIDENTIAL mark.

        Lettered lists — REF items `(A) ANKARA 1; (B) … (C) …`, questionnaire answers — put
        `(C)`, `(S)` or `(U)` at a line start exactly where a portion mark would stand. It is a
        list label when the line before starts with the previous letter (`(B)`), when it
        follows a REF block directly, or when the text before it ends by introducing a list.
        """
        letter = mtok.value.strip()[1:-1].strip()
        if len(letter) != 1:
            return False
        prev = self.last_token
        if prev is None:
            return False
        if self.last_item == "ref" and span.line - Span.of(prev).end_line <= 1:
            return True
        lines = [ln.strip() for ln in prev.value.replace("\\\n", "\n").split("\n") if ln.strip(" \t\\")]
        if not lines:
            return False
        last = lines[-1].rstrip(" \\")
        before = chr(ord(letter.upper()) - 1)
        if re.match(r"[(\[]?%s[).\]]" % before, last, re.I) or last.endswith(":"):
            return True
        # the previous item ran over several lines or blocks (`(B)  POST HAS NO INFORMATION …`
        # and its continuation, 94HAVANA7901; a media list `(B) ALBERTO NAVARRO …` and its
        # paragraphs, 04MADRID1620): the last item label at a line start before this one, in
        # the items read so far, is the previous letter
        for k in range(self.index - 1, max(-1, self.index - 40), -1):
            item = self.items[k]
            toks = item.children if isinstance(item, Tree) else (item,)
            for tok in reversed(toks):
                if not isinstance(tok, Token):
                    continue
                for ln in reversed(tok.value.split("\n")):
                    label = _ITEM_LABEL_RE.match(ln.lstrip(" \t"))
                    if label:
                        return label.group(1).upper() == before
        return False

    def _add_portion(self, portion: Portion, style: str = ".") -> None:
        if portion.kind == "paragraph" and portion.number is not None:
            portion.in_sequence = self._sequence(portion, style)
        self.zone = "body"  # (`_enter`: the body is the last zone)
        self.cable.portions.append(portion)
        self.last_portion = portion

    def _sequence(self, p: Portion, style: str) -> bool:
        """Whether a numbered paragraph continues the cable's own paragraph sequence.

        Not when its number restarts inside a marked paragraph (a quoted letter or list with
        its own numbering: `¶2. (S/Rel UK) Begin text:` / `¶1. I am grateful …`), when it is
        written in another style than the cable's paragraphs (`5) …` list items among `¶N.`
        paragraphs), or when it jumps far ahead (`… October 21, 22 and` / `¶23. He noted`, a
        wrapped number). A marked paragraph always counts and ends any nesting.
        """
        n = p.number
        if p.is_marked:
            self.outer_last, self.nested, self.last_style = n, False, style
            self.para_style = self.para_style or style
            return True
        if self.nested or (self.para_style and style != self.para_style):
            return False
        if self.outer_last is not None and (n < self.outer_last or (
                n == self.outer_last and (n == 1 or style != self.last_style
                                          or not self.blank_before))):
            # (a number repeated by the drafter in the same style, two `¶5.`, stays a
            # paragraph of the cable; a restart at 1 is a quoted text's own numbering, and
            # `3)` after `¶3.` an item of a list in it)
            self.nested = True
            return False
        if self.outer_last is None:
            # a partial extract may start anywhere in the original's numbering
            ok = n <= 3 or self.cable.partial_extract
        else:
            ok = n <= self.outer_last + 3
        if ok:
            self.outer_last = n
        return ok

    def _note_unparsed_banner(self, tok: Token) -> None:
        if self.zone != "body" and not self.cable.banners and _BANNER_TEXT_RE.search(tok.value):
            self.cable.unparsed_banners.append(Span.of(tok))

    def _text(self, ch: list) -> None:
        self.cable.text_items += 1
        if self.zone != "body":
            self._note_unparsed_banner(ch[0])
        elif self.last_portion is not None:
            # text after a page line or a heading continues the portion before it
            portion = self.last_portion
            portion.span = portion.span.through(ch[0])


_REDACTED_START_RE = re.compile(r"\s*\(?X{6,}")
_REDACTION_ONLY_RE = re.compile(r"[\sX().,;:\-\\]*$")


def _redacted_start(text: str) -> bool:
    """Whether a paragraph's text opens with a publication redaction (`XXXXXXXXXXXX`)."""
    # only a text that opens with an X, a parenthesis or a blank can: the test on its first
    # character spares nearly every paragraph the regular expression
    first = text[:1]
    return (first in "X(" or first.isspace()) and _REDACTED_START_RE.match(text) is not None


# The entire-text notice of older cables in all the forms they take: `CONFIDENTIAL - ENTIRE
# TEXT.`, `C - ENTIRE TEXT`, `C-ENTIRE TEXT.`, `(SECRET - ENTIRE TEXT).`, `SECRET ENTIRE TEXT.`,
# `(SECRET/NOFORN - ENTIRE TEXT)`, `C O N F I D E N T I A L- ENTIRE TEXT.`, and as typed
# (`CONFIDENTLAL -- ENTIRE TEXT.`, `CONFIDENTIAL ENTIRE TEST.`); the level word is read as a
# classification line's is
_ENTIRE_NOTICE_RE = LazyPattern(
    r"[ \t]*\(?[ \t]*([A-Za-z][A-Za-z \t/]{0,40}?)[ \t]*[-\u2013]*[ \t]*(?i:ENTIRE[ \t]+TE[XS]T)"
    r"(?![A-Za-z])")


def _entire_notice(text: str) -> Marking | None:
    """The level of an entire-text notice at the start of `text`, None without one."""
    if "NTIRE" not in text[:64].upper():  # spares nearly every paragraph the expression
        return None
    m = _ENTIRE_NOTICE_RE.match(text)
    if m is None:
        return None
    words = " ".join(m.group(1).upper().split())
    if len(words) <= 3 or "/" in words:  # `C`, `S/NF`, `SECRET/NOFORN`: read as a mark is
        marking = parse_portion_mark(f"({words})").marking
        if marking is not None:
            return marking
    return parse_level_word(words.split("/")[0])[0]


_ITEM_LABEL_RE = LazyPattern(r"[(\[]([A-Za-z])[)\]][ \t]")
_MISSING_OPEN_RE = LazyPattern(r"^(TS|S|C|U|SBU)(/NF)?\)$")
_MISSING_CLOSE_RE = LazyPattern(r"^\((TS|S|C|U|SBU)\s*$")


@functools.lru_cache(maxsize=1024)  # the numbers recur from cable to cable
def _paragraph_number(text: str) -> tuple[int | None, str]:
    """The number of a paragraph number (`¶12. `, `3) `) and its style, `.` or `)`."""
    m = _PARA_NUM_RE.search(text)
    return (int(m.group(1)) if m else None), (")" if text.rstrip().endswith(")") else ".")


@functools.lru_cache(maxsize=1024)  # a cable's paragraphs repeat a handful of marks
def _paragraph_mark(text: str) -> PortionMark:
    """The mark after a paragraph number (the token, with its trailing blanks), including the
    malformed ones real cables have."""
    text = text.strip()
    m = _MISSING_OPEN_RE.match(text) or _MISSING_CLOSE_RE.match(text)
    if m:
        fixed = "(" + m.group(1) + ((m.group(2) or "") if m.lastindex and m.lastindex > 1 else "") + ")"
        good = parse_portion_mark(fixed)
        return PortionMark(text, good.marking, "typo", fixed)
    return parse_portion_mark(text)


_ZONE_ORDER = {"preamble": 0, "header": 1, "body": 2}


# The builder method that reads each node the grammar makes, by the rule that makes it; the
# body's own rules (`body_banner` ..., see the grammar) read like their namesakes. Checked
# against the grammar's rules when this module is imported: a name the grammar lacks is an
# error here, not a reader that is silently never called.
_READERS: dict[str, Callable[[_Builder, list], None]] = {
    "preamble": _Builder._preamble, "wrapper": _Builder._wrapper, "trailer": _Builder._trailer,
    "page_line": _Builder._page_line, "banner": _Builder._banner, "caveat": _Builder._caveat,
    "eo_line": _Builder._eo_line, "tags": _Builder._tags, "subject": _Builder._subject,
    "ref": _Builder._ref, "classified_by": _Builder._classified_by,
    "paragraph": _Builder._paragraph, "portion": _Builder._portion,
    "subportion": _Builder._subportion, "text": _Builder._text,
}
_BODY_RULES = ("banner", "caveat", "classified_by", "eo_line", "page_line", "preamble", "ref",
               "subject", "tags", "text", "trailer", "wrapper")
_HANDLERS = {**_READERS, **{"body_" + name: _READERS[name] for name in _BODY_RULES}}


def _check_handlers(grammar_rules: set[str]) -> None:
    unknown = sorted(set(_HANDLERS) - grammar_rules)
    if unknown:
        raise ImportError(f"lint/model.py reads grammar rules the grammar does not have: {unknown}")


def _grammar_rules() -> set[str]:
    from .grammar import cable_parse_tables

    return {tree_name for _, tree_name, *_ in cable_parse_tables.RULES}


_check_handlers(_grammar_rules())


def build(tree: Tree, path: str) -> Cable:
    return _Builder(path).build(tree)


def iter_marked(cable: Cable) -> Iterator[tuple[Marking, Span, str]]:
    """Every portion marking in the cable (subject included), with its span and a label."""
    return iter(cable.portion_markings)
