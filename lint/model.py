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
import re
from dataclasses import dataclass, field
from typing import Iterator, NamedTuple

from .tree import Token, Tree

from . import eo as eo_mod
from .eo import ClassifiedBy as ClassifiedByInfo, DeclInstruction, Reason
from .marking import Marking, PortionMark, parse_level_word, parse_metadata_classification, \
    parse_portion_mark, parse_zn_line


_BLANKS = " \t\n"
_TRAILING = " \t\r\n\\"


class Span(NamedTuple):
    """Where an element stands: 1-based line and column, end column exclusive.

    A named tuple rather than a dataclass: a cable's model makes some eighty of them, and
    tuples are built several times faster.
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
            return Span(tok.line, tok.column, tok.end_line, tok.end_column)
        stripped = value.rstrip(_TRAILING)
        if not stripped:
            return Span(tok.line, tok.column, tok.line, tok.column + 1)
        nl = stripped.count("\n")
        if nl:
            return Span(tok.line, tok.column, tok.line + nl, len(stripped) - stripped.rfind("\n"))
        return Span(tok.line, tok.column, tok.line, tok.column + len(stripped))

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
        return Span(self.line, self.column, other.end_line, other.end_column)

    def as_dict(self) -> dict:
        return {"line": self.line, "column": self.column,
                "end_line": self.end_line, "end_column": self.end_column}


FILE_START = Span(1, 1, 1, 1)


def _clean(text: str) -> str:
    return " ".join(text.replace("\\\n", "\n").split())


# ---------------------------------------------------------------------------------------------
# Elements
# ---------------------------------------------------------------------------------------------

@dataclass
class Metadata:
    """The WikiLeaks record lines: reference id, subject, date, classification, origin."""

    reference_id: str
    date: dt.date | None
    date_text: str
    classification_text: str
    marking: Marking | None
    origin: str
    title: str
    span: Span
    id_span: Span
    date_span: Span
    classification_span: Span


@dataclass
class Banner:
    """A classification line: `S E C R E T SECTION 01 OF 03 TRIPOLI 000883`."""

    level_text: str
    marking: Marking | None
    lawful_designator: bool
    section: tuple[int, int] | None
    post: str | None
    serial: str | None
    span: Span
    level_span: Span
    section_span: Span | None
    zone: str
    # caption-like words between the level and the post (`SECRET SENSITIVE BEIJING 003400`,
    # `S E C R E T E F T O …`), upper-cased, blanks removed; not part of `post`
    qualifiers: tuple[str, ...] = ()


@dataclass
class Caption:
    """A caption or handling word (NOFORN, SIPDIS, SENSITIVE …) and where it stands."""

    word: str
    span: Span
    zone: str


@dataclass
class EOLine:
    """`E.O. 12958: DECL: 09/03/2033`: the order cited and the declassification instruction."""

    order: str | None
    decl: DeclInstruction
    span: Span
    label_span: Span
    value_span: Span | None
    zone: str


@dataclass
class Tags:
    tokens: list[str]
    span: Span


@dataclass
class Subject:
    mark: PortionMark | None
    mark_span: Span | None
    span: Span
    mark_position: str | None  # "start" or "end"
    # the subject words, upper-cased, letters and digits only, single-spaced: for comparing
    # with the metadata title, never for reporting
    text_key: str = field(default="", repr=False)


@dataclass
class ClassifiedBy:
    """A Classified By / Derived From block, with the classifier and the reason parsed."""

    label: str  # "classified by" | "derived from"
    info: ClassifiedByInfo
    span: Span
    zone: str
    in_paragraph: bool
    info_text: str = field(default="", repr=False)  # for merging continued blocks; never reported

    @property
    def reason(self) -> Reason | None:
        return self.info.reason

    @property
    def truncated(self) -> bool:
        """The published copy cut the statement off (`Classified By: Amb. P ...`): what is
        missing after the cut cannot be judged."""
        return bool(_CUT_OFF_RE.search(self.info_text))


@dataclass
class Portion:
    """A portion: a numbered paragraph, an unnumbered marked portion or a marked sub-paragraph."""

    kind: str  # "paragraph" | "portion" | "subportion"
    number: int | None
    mark: PortionMark | None
    span: Span
    mark_span: Span | None
    entire_text: Marking | None = None  # `1. CONFIDENTIAL - ENTIRE TEXT.`
    head_span: Span | None = None  # the paragraph number (or the mark): where findings point
    # False for a number that does not continue the paragraph sequence: in a wrapped line such
    # as `… October 21, 22 and` / `¶23.  He noted …` the publication chain turned a number
    # that starts a line into a paragraph number.
    in_sequence: bool = True
    authority_block: bool = False  # `¶1. (U) Classified by …`: the paragraph is the CB statement
    # the paragraph opens with a publication redaction (`¶7. XXXXXXXXXXXX …`), which may have
    # covered its mark: whether it was marked cannot be told
    redacted_start: bool = False
    # False for a paragraph found in the middle of a line of a re-flowed copy (`… ended. 2. (C)`)
    starts_line: bool = True
    # where the mark stands: right after the number (State practice), after a heading word
    # (`¶1. Summary: (C)`) or before the number (`(U) 9.`)
    mark_position: str = "after-number"

    @property
    def marking(self) -> Marking | None:
        if self.mark is not None and self.mark.marking is not None and self.mark.status != "not-a-mark":
            return self.mark.marking
        return None

    @property
    def is_marked(self) -> bool:
        return self.marking is not None or self.entire_text is not None


@dataclass
class DTG:
    prosigns: str
    day: int
    hour: int
    minute: int
    month: str
    year: int
    has_zulu: bool
    date: dt.date | None
    span: Span


@dataclass
class Routing:
    """The transmission header: routing lines, precedence and DTG, FM, TO/INFO."""

    zn_marking: Marking | None = None
    zn_span: Span | None = None
    dtg: DTG | None = None
    dtg_text: str | None = None
    fm_span: Span | None = None
    addressees: list[tuple[str, Span]] = field(default_factory=list)
    precedence_words: list[tuple[str, Span]] = field(default_factory=list)


@dataclass
class Cable:
    path: str
    metadata: Metadata | None = None
    routing: Routing = field(default_factory=Routing)
    partial_extract: bool = False
    banners: list[Banner] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    eo_lines: list[EOLine] = field(default_factory=list)
    tags: Tags | None = None
    subject: Subject | None = None
    references: list[Span] = field(default_factory=list)
    classified_by: list[ClassifiedBy] = field(default_factory=list)
    portions: list[Portion] = field(default_factory=list)
    page_lines: list[Span] = field(default_factory=list)
    # classification-line text the grammar could not take as a line (run on to an addressee
    # line, inside a publication database/CSV row): the line exists but is not in `banners`
    unparsed_banners: list[Span] = field(default_factory=list)
    wrappers: list[Span] = field(default_factory=list)
    trailers: list[Span] = field(default_factory=list)
    text_items: int = 0
    end: Span = FILE_START
    # views derived from the model that several rules share (computed once, by whoever asks
    # first): e.g. the reading of the TAGS line
    derived: dict = field(default_factory=dict, repr=False, compare=False)

    # ---- derived views (rules ask these instead of re-deriving them) ----
    @property
    def banner(self) -> Banner | None:
        """The cable's classification line: the first one outside the body."""
        for b in self.banners:
            if b.zone != "body":
                return b
        return self.banners[0] if self.banners else None

    @property
    def header_captions(self) -> list[Caption]:
        return [c for c in self.captions if c.zone != "body"]

    def has_caption(self, word: str) -> bool:
        return any(c.word == word for c in self.header_captions)

    @property
    def eo(self) -> EOLine | None:
        """The cable's own E.O. line (review annotations further down are not it)."""
        for e in self.eo_lines:
            if e.zone != "body" and not e.decl.review:
                return e
        return None

    @property
    def date(self) -> dt.date | None:
        """The cable's own date: the DTG, else the WikiLeaks date line (research §0)."""
        if self.routing.dtg and self.routing.dtg.date:
            return self.routing.dtg.date
        if self.metadata and self.metadata.date:
            return self.metadata.date
        return None

    @property
    def overall(self) -> tuple[Marking | None, str, Span]:
        """The overall marking, with the layer it was read from and its span.

        The telegram's own classification line, with the NOFORN caption, is the overall
        marking; the metadata line stands in only when the telegram has none.
        """
        b = self.banner
        if b is not None and b.marking is not None:
            m = b.marking
            if self.has_caption("NOFORN") and not m.noforn:
                m = Marking(m.level, m.controls | {"NOFORN"}, m.rel_to)
            return m, "classification line", b.level_span
        if self.metadata is not None and self.metadata.marking is not None:
            return self.metadata.marking, "metadata classification", self.metadata.classification_span
        return None, "none", FILE_START

    @property
    def is_classified(self) -> bool:
        m, _, _ = self.overall
        return m is not None and m.level > 0

    @property
    def marked_portions(self) -> list[Portion]:
        return [p for p in self.portions if p.marking is not None]

    @property
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


# ---------------------------------------------------------------------------------------------
# Builder
# ---------------------------------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}
_DTG_RE = re.compile(r"((?:[ZOPRY]\s+){1,2})(\d{4,6})(Z?)\s+([A-Za-z]{3})\s+(\d{2,4})")
_SECTION_RE = re.compile(r"(\d{1,2})\s+\w\w\s+(\d{1,2})")
_POST_SERIAL_RE = re.compile(r"(.*?)\s+(\d{3,7})$", re.S)
_EO_ORDER_RE = re.compile(r"(\d{5})")
_CUT_OFF_RE = re.compile(r"(?:\.\.\.|\u2026)[ \t\\]*(?:\n|$)")
_PARA_NUM_RE = re.compile(r"(\d{1,2})")
_PRECEDENCE_RE = re.compile(r"\b(NIACT IMMEDIATE|FLASH|IMMEDIATE|PRIORITY|ROUTINE)\b")
_META_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_RUBY_DATE_RE = re.compile(r"\w{3} (\w{3}) (\d{2}) [\d:]+ [+-]\d{4} (\d{4})")


# caption words that may stand between the level word and the post on a classification line
_QUALIFIER_RE = re.compile(
    r"(SENSITIVE|S ?B ?U|F ?O ?U ?O|E ?F ?T ?O|N ?O ?F ?O ?R ?N|L ?O ?U|LIMITED OFFICIAL USE|SIPDIS)"
    r"(?![A-Z])\s*(.*)$", re.S)
_KEY_RE = re.compile(r"[^A-Z0-9]+")
# a classification line inside other text: level word (spaced or not), SECTION, post, serial
_BANNER_TEXT_RE = re.compile(
    r"(?<![A-Za-z])(?:C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?E ?C ?R ?E ?T|UNCLAS(?:SIFIED)?)"
    r"[ \t]*(?:SECTION[ \t]+[0-9]{1,2}[ \t]+OF[ \t]+[0-9]{1,2}[ \t]+)?[A-Z][A-Z .'\-]{0,30}?"
    r"[ \t]+[0-9]{5,7}(?![0-9])")


def text_key(text: str) -> str:
    """Upper case, letters and digits only, single blanks: for comparing two texts."""
    return " ".join(_KEY_RE.sub(" ", text.replace("\\\n", " ").upper()).split())


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _parse_meta_date(text: str) -> dt.date | None:
    m = _META_DATE_RE.search(text)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _RUBY_DATE_RE.search(text)
    if m and m.group(1).upper() in _MONTHS:
        return _safe_date(int(m.group(3)), _MONTHS[m.group(1).upper()], int(m.group(2)))
    return None


def _metadata(tok: Token) -> Metadata:
    lines = tok.value.split("\n")
    lines += [""] * (5 - len(lines))
    starts = []
    pos = 0
    for ln in lines[:5]:
        starts.append(pos)
        pos += len(ln) + 1

    def line_span(i: int) -> Span:
        text = lines[i].rstrip()
        return Span(tok.line + i, 1, tok.line + i, max(len(text), 1) + 1)

    cls = lines[3].strip()
    return Metadata(
        reference_id=lines[0].strip(), title=lines[1].strip(), date_text=lines[2].strip(),
        date=_parse_meta_date(lines[2]), classification_text=cls,
        marking=parse_metadata_classification(cls), origin=lines[4].strip(),
        span=Span.of(tok), id_span=line_span(0), date_span=line_span(2),
        classification_span=line_span(3))


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


class _Builder:
    def __init__(self, path: str):
        self.cable = Cable(path=path)
        self.zone = "preamble"
        self.last_portion: Portion | None = None
        self.outer_last: int | None = None
        self.pending_mark: tuple[PortionMark, Span] | None = None
        self._next_is_paragraph = False
        self.nested = False
        self.para_style: str | None = None
        self.last_item: str | None = None
        self.last_token: Token | None = None

    def build(self, tree: Tree) -> Cable:
        children = tree.children
        for i, child in enumerate(children):
            nxt = children[i + 1] if i + 1 < len(children) else None
            self._next_is_paragraph = isinstance(nxt, Tree) and nxt.data == "paragraph"
            if isinstance(child, Token):
                if child.type == "METADATA":
                    self.cable.metadata = _metadata(child)
                continue
            # the body's own rules (`body_banner` …, see the grammar) read like their namesakes
            name = child.data[5:] if child.data.startswith("body_") else child.data
            handler = getattr(self, "_" + name, None)
            if handler is not None:
                handler(child.children)
            self.last_item = child.data
            if child.children:
                self.last_token = child.children[-1]
        last = tree.children[-1] if tree.children else None
        if isinstance(last, Tree) and last.children:
            last = last.children[-1]
        if isinstance(last, Token):
            self.cable.end = Span.of(last)
        return self.cable

    def _enter(self, zone: str) -> None:
        order = ("preamble", "header", "body")
        if order.index(zone) > order.index(self.zone):
            self.zone = zone

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
        span = Span.of(level_tok)
        for tok in ch[1:]:
            if tok.type == "QUALIFIER":
                qualifier = tok.value.strip()
            elif tok.type == "SECTION":
                m = _SECTION_RE.search(tok.value)
                if m:
                    section = (int(m.group(1)), int(m.group(2)))
                section_span = Span.of(tok)
            elif tok.type == "POST_SERIAL":
                m = _POST_SERIAL_RE.match(tok.value.strip())
                if m:
                    post, serial = _clean(m.group(1)).upper(), m.group(2)
            span = span.to(Span.of(tok))
        qualifiers: list[str] = [qualifier] if qualifier else []
        while post:
            q = _QUALIFIER_RE.match(post)
            if not q or not q.group(2):
                break
            qualifiers.append(re.sub(r"\s+", "", q.group(1)))
            post = q.group(2)
        zone = "body" if self.zone == "body" else "header"
        self._enter("header")
        self.cable.banners.append(Banner(
            level_text=_clean(level_tok.value), marking=marking, lawful_designator=lawful,
            section=section, post=post, serial=serial, span=span, level_span=Span.of(level_tok),
            section_span=section_span, zone=zone, qualifiers=tuple(qualifiers)))

    def _caveat(self, ch: list) -> None:
        tok = ch[0]
        word = _clean(tok.value.lstrip(", ")).upper()
        if word.startswith("ROGER"):
            word = "ROGER"
        self._enter("header")
        self.cable.captions.append(Caption(word, Span.of(tok), self.zone))

    def _eo_line(self, ch: list) -> None:
        label = ch[0]
        value = ch[1] if len(ch) > 1 else None
        m = _EO_ORDER_RE.search(label.value)
        decl = eo_mod.parse_decl(value.value if value is not None else "")
        self._enter("header")
        span = Span.of(label) if value is None else Span.of(label).to(Span.of(value))
        self.cable.eo_lines.append(EOLine(
            order=m.group(1) if m else None, decl=decl, span=span, label_span=Span.of(label),
            value_span=Span.of(value) if value is not None else None, zone=self.zone))

    def _tags(self, ch: list) -> None:
        self._enter("header")
        if self.zone == "body" and self.cable.tags is not None:
            return
        kw = ch[0]
        value = ch[1].value if len(ch) > 1 else ""
        tokens = [t for t in re.split(r"[\s,;]+", value.replace("\\", " ")) if t]
        span = Span.of(kw) if len(ch) == 1 else Span.of(kw).to(Span.of(ch[1]))
        self.cable.tags = Tags(tokens, span)

    def _subject(self, ch: list) -> None:
        self._enter("header")
        if self.zone == "body" or self.cable.subject is not None:
            return
        mark = mark_span = position = None
        span = Span.of(ch[0])
        seen_text = False
        words: list[str] = []
        for tok in ch[1:]:
            span = span.to(Span.of(tok))
            if tok.type in ("SMARK", "SMARK_END"):
                mark, mark_span = parse_portion_mark(tok.value), Span.of(tok)
                position = "end" if seen_text else "start"
            else:
                seen_text = True
                words.append(tok.value)
        self.cable.subject = Subject(mark, mark_span, span, position, text_key=text_key(" ".join(words)))

    def _ref(self, ch: list) -> None:
        self._enter("header")
        span = Span.of(ch[0]) if len(ch) == 1 else Span.of(ch[0]).to(Span.of(ch[-1]))
        self.cable.references.append(span)

    def _classified_by(self, ch: list, in_paragraph: bool = False) -> None:
        kw = ch[0]
        text = ch[1].value if len(ch) > 1 else ""
        label = "derived from" if "DERIVED" in kw.value.upper() else "classified by"
        if label == "derived from":
            text = "Derived from " + text
        span = Span.of(kw) if len(ch) == 1 else Span.of(kw).to(Span.of(ch[1]))
        if not in_paragraph:
            self._enter("header")
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
        m = _PARA_NUM_RE.search(num_tok.value)
        number = int(m.group(1)) if m else None
        mark = mark_span = None
        entire = None
        head = Span.of(num_tok)
        # tokens come in order: the paragraph ends where its last token ends
        span = head if len(ch) == 1 else head.to(Span.of(ch[-1]))
        rest = ch[1:]
        lead = None
        if rest and rest[0].type == "LEAD":
            lead, rest = rest[0], rest[1:]
        if rest and rest[0].type == "PMARK":
            mark, mark_span = _paragraph_mark(rest[0].value.strip()), Span.of(rest[0])
            rest = rest[1:]
        elif self.pending_mark is not None and self.pending_mark[1].line == head.line:
            # `(U) 9. A/S Jones …`: the mark stands before the number
            mark, mark_span = self.pending_mark
        self.pending_mark = None
        if rest and rest[0].type == "ENTIRE_TEXT":
            entire, _ = parse_level_word(rest[0].value.split("-")[0].split("\u2013")[0])
        redacted = bool(rest) and rest[0].type == "PARA_TEXT" and _REDACTED_START_RE.match(rest[0].value)
        authority = bool(rest) and rest[0].type == "CB_KW"
        if authority:
            self._classified_by(rest, in_paragraph=True)
        portion = Portion("paragraph", number, mark, span, mark_span, entire, head)
        prev = self.last_token
        # a line break lies between the two tokens, or ends the previous one (folded blanks)
        portion.starts_line = (prev is None or num_tok.line > prev.end_line
                               or prev.value.rstrip(" \t").endswith("\n"))
        portion.authority_block = authority
        portion.redacted_start = bool(redacted)
        if lead is not None and mark is not None:
            portion.mark_position = "after-heading"
        elif mark_span is not None and mark_span.column < portion.head_span.column:
            portion.mark_position = "before-number"
        self._add_portion(portion, ")" if num_tok.value.rstrip().endswith(")") else ".")

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
            span = span.to(Span.of(ch[-1]))
        if len(ch) == 1 and self._next_is_paragraph:
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
            span = span.to(Span.of(ch[-1]))
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
        return bool(re.match(r"[(\[]?%s[).\]]" % before, last, re.I)) or last.endswith(":")

    def _add_portion(self, portion: Portion, style: str = ".") -> None:
        if portion.kind == "paragraph" and portion.number is not None:
            portion.in_sequence = self._sequence(portion, style)
        self._enter("body")
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
            self.outer_last, self.nested = n, False
            self.para_style = self.para_style or style
            return True
        if self.nested or (self.para_style and style != self.para_style):
            return False
        if self.outer_last is not None and n <= self.outer_last:
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
        self._note_unparsed_banner(ch[0])
        if self.zone == "body" and self.last_portion is not None:
            # text after a page line or a heading continues the portion before it
            self.last_portion.span = self.last_portion.span.to(Span.of(ch[0]))


_REDACTED_START_RE = re.compile(r"\s*\(?X{6,}")
_MISSING_OPEN_RE = re.compile(r"^(TS|S|C|U|SBU)(/NF)?\)$")
_MISSING_CLOSE_RE = re.compile(r"^\((TS|S|C|U|SBU)\s*$")


def _paragraph_mark(text: str) -> PortionMark:
    """The mark after a paragraph number, including the malformed ones real cables have."""
    m = _MISSING_OPEN_RE.match(text) or _MISSING_CLOSE_RE.match(text)
    if m:
        fixed = "(" + m.group(1) + ((m.group(2) or "") if m.lastindex and m.lastindex > 1 else "") + ")"
        good = parse_portion_mark(fixed)
        return PortionMark(text, good.marking, "typo", fixed)
    return parse_portion_mark(text)


def build(tree: Tree, path: str) -> Cable:
    return _Builder(path).build(tree)


def iter_marked(cable: Cable) -> Iterator[tuple[Marking, Span, str]]:
    """Every portion marking in the cable (subject included), with its span and a label."""
    if cable.subject is not None and cable.subject.mark is not None and cable.subject.mark.marking:
        if cable.subject.mark.status != "not-a-mark":
            yield cable.subject.mark.marking, cable.subject.mark_span, "the subject"
    for p in cable.portions:
        if p.marking is not None:
            label = f"paragraph {p.number}" if p.number is not None else (
                "a sub-paragraph" if p.kind == "subportion" else "an unnumbered portion")
            yield p.marking, p.mark_span or p.span, label
