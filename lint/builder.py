"""The model builder: reads the parse tree, item by item in order, into a `Cable`.

Zones: a cable is read in order as *preamble* (metadata and transmission lines), *header*
(classification line to the first portion) and *body* (portions onwards). Where an element
stands decides what it means: a caption after the first paragraph is a repeated caption, an
E.O. line in the body is a later review annotation, a classification line in the body is the
banner of a later section.
"""
from __future__ import annotations

import re
from typing import Callable

from . import eo as eo_mod
from .elements import DTG, Banner, Cable, Caption, ClassifiedBy, EOLine, MarkPosition, Metadata, \
    Portion, PortionKind, ReleaseCaption, Subject, SubjectMarkPosition, Tags, Zone
from .marking import PortionMark, parse_level_word, parse_metadata_classification, \
    parse_portion_mark, parse_zn_line
from .readers import BANNER_TEXT_RE, CUT_OFF_RE, DTG_RE, ITEM_LABEL_RE, MONTHS, NOTICE_RE, \
    PRECEDENCE_RE, REDACTION_ONLY_RE, RELEASE_CAPTION_RE, bare_mark, caption_word, entire_notice, \
    eo_order, lead_in, level_text, paragraph_mark, paragraph_number, parse_meta_date, post_serial, \
    precedence_word, redacted_start, release_entries, safe_date, section_numbers, text_key, \
    token_places
from .span import Span, line_span
from .tree import Token, Tree

# the members the builder compares or sets at every item, bound once (docs/performance.md)
_PREAMBLE, _HEADER, _BODY = Zone
_PARAGRAPH, _PORTION, _SUBPORTION = PortionKind
_AFTER_NUMBER, _AFTER_HEADING, _BEFORE_NUMBER, _BELOW_LEAD_IN = MarkPosition


def _metadata(tok: Token) -> Metadata:
    lines = tok.value.split("\n")
    lines += [""] * (5 - len(lines))
    reference_id, title, date_line, classification_line, origin = lines[:5]
    classification_text = classification_line.strip()
    line = tok.line
    return Metadata(
        reference_id.strip(), parse_meta_date(date_line), date_line.strip(), classification_text,
        parse_metadata_classification(classification_text), origin.strip(), title.strip(),
        Span.of(tok), line_span(line, reference_id), line_span(line + 2, date_line),
        line_span(line + 3, classification_line))


def _dtg(tok: Token) -> DTG | None:
    m = DTG_RE.search(tok.value)
    if not m:
        return None
    digits = m.group(2)
    day, hour = int(digits[0:2]), int(digits[2:4])
    minute = int(digits[4:6]) if len(digits) >= 6 else -1
    month = m.group(4).upper()
    yy = int(m.group(5))
    year = yy if yy >= 100 else (1900 + yy if yy >= 50 else 2000 + yy)
    date = safe_date(year, MONTHS[month], day) if month in MONTHS else None
    return DTG(" ".join(m.group(1).split()), day, hour, minute, month, year, bool(m.group(3)),
               date, Span.of(tok))


class _Builder:
    def __init__(self, path: str):
        self.cable = Cable(path)
        self.zone = _PREAMBLE
        self.last_portion: Portion | None = None
        self.outer_last: int | None = None
        self.last_number = 0  # the number of the last numbered paragraph
        self.pending_mark: tuple[PortionMark, Span] | None = None
        self.items: list = []  # the top-level items of the tree, and the one being read
        self.index = 0
        self.nested = False
        self.para_style: str | None = None
        self.last_style: str | None = None  # the number style of the last marked paragraph
        self.blank_before = True  # whether a blank line stands before the paragraph being read
        self.last_item: str | None = None
        self.last_token: Token | None = None
        # an unmarked one-line paragraph that leads in to the lines below it, with its number
        # style: a mark opening the next line is its mark (`_lead_in_mark`)
        self.lead_in: tuple[Portion, str] | None = None

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

    def _enter(self, zone: Zone) -> None:
        if _ZONE_ORDER[zone] > _ZONE_ORDER[self.zone]:
            self.zone = zone

    def _next_is_paragraph(self) -> bool:
        """Whether the item after the one being read is a numbered paragraph."""
        nxt = self.items[self.index + 1] if self.index + 1 < len(self.items) else None
        return isinstance(nxt, Tree) and nxt.data == "paragraph"

    def _list_letter(self, value: str) -> bool:
        """Whether a letter with only its closing parenthesis (`C)`) opening a paragraph is a
        list letter, not a mark that lost its opening parenthesis: the paragraph before or after
        opens with the letter before or after it (`3. B) …` / `4. C) …` / `5. D) …`, list letters
        answering a reftel's questions, 94KINSHASA6821)."""
        letter = value.rstrip()
        if len(letter) != 2:
            return False
        code = ord(letter[0])
        return any(self._opens_with(self.index + step, chr(code + step) + ")") for step in (-1, 1))

    def _opens_with(self, i: int, label: str) -> bool:
        """Whether item `i` is a numbered paragraph whose words open with `label`."""
        item = self.items[i] if 0 <= i < len(self.items) else None
        if not isinstance(item, Tree) or item.data != "paragraph" or len(item.children) < 2:
            return False
        first = item.children[1]
        return isinstance(first, Token) and first.value.startswith(label)

    # -- preamble --
    def _preamble(self, ch: list) -> None:
        tok: Token = ch[0]
        routing = self.cable.routing
        t = tok.type
        if t in ("ADDR_BLOCK", "DB_ROW", "CABLE_DATED"):
            self._note_unparsed_banner(tok)
        if t == "ZN_LINE" and routing.zn_marking is None and self.zone is _PREAMBLE:
            routing.zn_marking = parse_zn_line(tok.value)
            routing.zn_span = Span.of(tok)
        elif t == "DTG_LINE" and routing.dtg is None and self.zone is not _BODY:
            # (e-mail exports and printouts put the DTG after the first classification line)
            routing.dtg = _dtg(tok)
            routing.dtg_text = tok.value.strip()
        elif t == "FM_LINE":
            routing.fm_span = Span.of(tok)
        elif t == "ADDR_BLOCK" and self.zone is _PREAMBLE:
            base = Span.of(tok)
            routing.addressees.append((tok.value.split(None, 1)[0], base))
            for m in PRECEDENCE_RE.finditer(tok.value):
                word = precedence_word(m.group(1))
                if word is not None:
                    routing.precedence_words.append((word, base))
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
                numbers = section_numbers(tok.value)
                if numbers is not None:
                    section = numbers
                section_span = Span.of(tok)
            elif tok.type == "POST_SERIAL":
                read = post_serial(tok.value)
                if read is not None:
                    post, serial, post_qualifiers = read
        zone = _BODY if self.zone is _BODY else _HEADER
        self._enter(_HEADER)
        qualifiers = ((qualifier,) if qualifier else ()) + post_qualifiers
        self.cable.banners.append(Banner(
            level_text(level_tok.value), marking, lawful, section, post, serial, span, level_span,
            section_span, zone, qualifiers))

    def _caveat(self, ch: list) -> None:
        tok = ch[0]
        self._enter(_HEADER)
        self.cable.captions.append(Caption(caption_word(tok.value), Span.of(tok), self.zone))

    def _eo_line(self, ch: list) -> None:
        label = ch[0]
        value = ch[1] if len(ch) > 1 else None
        raw = value.value if value is not None else ""
        order = eo_order(label.value, raw)
        # a doubled key's sixth digit stands before the colon, not in the instruction (`8: N/A`)
        doubled = order is not None and len(order) == 6 and raw[:1] == order[-1]
        decl = eo_mod.parse_decl(raw[1:].lstrip(": ") if doubled else raw)
        self._enter(_HEADER)
        label_span = Span.of(label)
        value_span = Span.of(value) if value is not None else None
        span = label_span if value_span is None else label_span.to(value_span)
        truncated = value is not None and "..." in value.value and \
            CUT_OFF_RE.search(value.value) is not None
        self.cable.eo_lines.append(EOLine(
            order, decl, span, label_span, value_span, self.zone, truncated))

    def _tags(self, ch: list) -> None:
        self._enter(_HEADER)
        if self.zone is _BODY and self.cable.tags is not None:
            return
        kw = ch[0]
        # the tokens: what lies between blanks, commas, semicolons and database escapes
        if len(ch) == 1:
            self.cable.tags = Tags([], Span.of(kw))
            return
        value_tok = ch[1]
        value = value_tok.value
        tokens = value.replace("\\", " ").replace(",", " ").replace(";", " ").split()
        span = Span.across(kw, value_tok)
        earlier = self.cable.tags
        if earlier is not None and earlier.tokens == tokens:
            # a second copy of the header (a preview, then a flattened or full copy): the TAGS
            # are the first copy's, and the record's analysis knows where they stand again
            earlier.again = span
            return
        token_spans, groups = token_places(value, tokens, value_tok.line, value_tok.column)
        self.cable.tags = Tags(tokens, span, token_spans, groups)

    def _subject(self, ch: list) -> None:
        self._enter(_HEADER)
        if self.zone is _BODY or self.cable.subject is not None:
            return
        mark = mark_span = position = None
        # tokens come in order: the subject ends where its last token ends
        span = Span.of(ch[0]) if len(ch) == 1 else Span.across(ch[0], ch[-1])
        seen_text = False
        words: list[str] = []
        rest = ch[1:]
        glued = ""
        for i, tok in enumerate(rest):
            if tok.type == "SMARK" and _glued_to_word(tok, rest[i + 1] if i + 1 < len(rest) else None):
                seen_text = True  # `(S)ELECTING A PRESIDENT`: a pun on the word, not a mark
                glued = tok.value
            elif tok.type in ("SMARK", "SMARK_END"):
                mark, mark_span = parse_portion_mark(tok.value), Span.of(tok)
                position = SubjectMarkPosition.END if seen_text else SubjectMarkPosition.START
            else:
                seen_text = True
                words.append(glued + tok.value)
                glued = ""
        self.cable.subject = Subject(mark, mark_span, span, position, text_key(" ".join(words)))

    def _ref(self, ch: list) -> None:
        self._enter(_HEADER)
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
            self._enter(_HEADER)
        if label == "classified by" and NOTICE_RE.match(text):
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
        if not in_paragraph and info.reason is None and len(ch) > 1:
            block.cut_at_line_end = self._cut_in_flattened_line(kw, ch[1], text)
        self.cable.classified_by.append(block)

    def _cut_in_flattened_line(self, kw: Token, text_tok: Token, text: str) -> bool:
        """Whether a statement with no reason is glued into a flattened header line after
        another field (`SUBJECT: … REF: 2008 CAIRO 2310 Classified By: Minister-Counselor …
        Donald A. Blome`, 09CAIRO2166) and runs to that line's end unclosed: copies that glue
        the header fields into one line drop the end of such lines."""
        prev = self.last_token
        if (prev is None or prev.end_line != kw.line or self.last_item not in _HEADER_FIELDS
                or text_tok.end_line != kw.line or text.rstrip()[-1:] in ".)"):
            return False
        nxt = self.items[self.index + 1] if self.index + 1 < len(self.items) else None
        first = nxt.children[0] if isinstance(nxt, Tree) and nxt.children else nxt
        return not isinstance(first, Token) or first.line > kw.line

    # -- body --
    def _paragraph(self, ch: list) -> None:
        num_tok = ch[0]
        number, style = paragraph_number(num_tok.value)
        mark = mark_span = None
        entire = None
        head = Span.of(num_tok)
        # tokens come in order: the paragraph ends where its last token ends
        span = head if len(ch) == 1 else head.through(ch[-1])
        # the tokens after the number, each optional: a heading, a mark, then what the paragraph
        # holds; `at` is the index of `after`, the token being read
        at = 1
        after = ch[1] if len(ch) > 1 else None
        lead = after is not None and after.type == "LEAD"
        if lead:
            at = 2
            after = ch[2] if len(ch) > 2 else None
        if after is not None and after.type == "PMARK" and not (
                after.value[1:2] == ")" and self._list_letter(after.value)):
            mark, mark_span = paragraph_mark(after.value), Span.of(after)
            at += 1
            after = ch[at] if len(ch) > at else None
        elif self.pending_mark is not None and self.pending_mark[1].line == head.line:
            # `(U) 9. A/S Jones …`: the mark stands before the number
            mark, mark_span = self.pending_mark
        self.pending_mark = None
        after_type = after.type if after is not None else None
        if after_type == "ENTIRE_TEXT":
            entire, _ = parse_level_word(after.value.split("-")[0].split("\u2013")[0])
        elif mark is not None and mark_span is not None and (notice := entire_notice(mark.text)):
            entire, mark = notice, None  # `1. (SECRET - ENTIRE TEXT).`
        elif after_type == "PARA_TEXT":
            if mark is not None and mark.marking is not None:
                # `1. (C) ENTIRE TEXT.`: the mark says the level, the words its reach
                if "NTIRE" in after.value[:16].upper() and entire_notice("C " + after.value):
                    entire = mark.marking
            else:
                entire = entire_notice(after.value)
        redacted = after_type == "PARA_TEXT" and redacted_start(after.value)
        # an unmarked one-line paragraph that leads in to the lines below it
        leads = (mark is None and entire is None and after_type == "PARA_TEXT" and not redacted
                 and span.end_line == span.line and lead_in(after.value))
        in_words = False  # a mark written inside the lead-in's words (`BEGIN NON-PAPER S//REL CHINA:`)
        if leads and "/" in after.value:
            mark, mark_span = self._mark_in_lead_in(after) or (None, None)
            in_words = mark is not None
            leads = not in_words
        authority = after_type == "CB_KW"
        if authority:
            self._classified_by(ch[at:], in_paragraph=True)
        prev = self.last_token
        if prev is None:
            starts_line = self.blank_before = True
        else:
            line, prev_end, prev_text = num_tok.line, prev.end_line, prev.value
            # a line break lies between the two tokens, or ends the previous one (folded blanks;
            # most texts end with the line break itself, and that test copies nothing)
            starts_line = (line > prev_end or prev_text[-1:] == "\n"
                           or prev_text.rstrip(" \t").endswith("\n"))
            # a blank line before the number: a paragraph of its own, not a wrapped or listed
            # number (the blank line is most often the end of the previous text itself)
            self.blank_before = (line > prev_end + 1 or prev_text.endswith(("\n\n", "\n \n"))
                                 or prev_text[len(prev_text.rstrip(" \t\\\n")):].count("\n") >= 2)
        if (lead or in_words) and mark is not None:
            mark_position = _AFTER_HEADING
        elif mark_span is not None and mark_span.column < head.column:
            mark_position = _BEFORE_NUMBER
        else:
            mark_position = _AFTER_NUMBER
        portion = Portion(_PARAGRAPH, number, mark, span, mark_span, entire, head, True, authority,
                          redacted, starts_line, mark_position)
        portion.redaction_only = redacted and REDACTION_ONLY_RE.match(after.value) is not None
        self._add_portion(portion, style)
        self.lead_in = None
        if leads and portion.in_sequence:
            self.lead_in = (portion, style)

    def _portion(self, ch: list) -> None:
        mtok = ch[0]
        mark = parse_portion_mark(mtok.value.strip())
        span = Span.of(mtok)
        if len(ch) > 1 and ch[1].type == "CB_KW":
            # `(U) Classified by …`: the classification authority block, not a portion
            self._classified_by(ch[1:])
            return
        if self.lead_in is not None and self._lead_in_mark(mark, span, ch):
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
        self._add_portion(Portion(_PORTION, None, mark, span, Span.of(mtok)))

    @staticmethod
    def _mark_in_lead_in(after: Token) -> tuple[PortionMark, Span] | None:
        """The mark a one-line lead-in paragraph writes inside its text, without parentheses
        (`¶5. BEGIN NON-PAPER S//REL CHINA:`, 08STATE83144): the paragraph's mark, misplaced."""
        found = bare_mark(after.value)
        if found is None:
            return None
        text, at = found
        mark = parse_portion_mark(text)
        if mark.marking is None:
            return None
        column = after.column + at
        return mark, Span(after.line, column, after.line, column + len(text))

    def _lead_in_mark(self, mark: PortionMark, mark_span: Span, ch: list) -> bool:
        """Read a mark that opens the first line below a lead-in paragraph as that paragraph's
        mark (`5. BEGIN TALKING POINTS/NONPAPER:` / blank / `(S - REL CHINA)` / `-- IN THE …`,
        03STATE115323; `5. Violent Protests:` / blank / `(U) Various …`, 04CARACAS552): the
        drafter marked the paragraph's text where it begins. Not a mark alone on its line before
        the next numbered paragraph (that mark is the next paragraph's, `_paragraph`)."""
        para, style = self.lead_in
        self.lead_in = None
        if (self.last_item != "paragraph" or self.last_portion is not para or mark.marking is None
                or not 0 < mark_span.line - para.span.end_line <= 3
                or (len(ch) == 1 and self._next_is_paragraph())):
            return False
        para.mark, para.marking, para.mark_span = mark, mark.marking, mark_span
        para.mark_position = _BELOW_LEAD_IN
        para.span = para.span.through(ch[-1])
        # now a marked paragraph: it ends any nesting, as `_sequence` has it
        self.outer_last, self.nested, self.last_style = para.number, False, style
        self.para_style = self.para_style or style
        return True

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
        self._add_portion(Portion(_SUBPORTION, None, mark, span, mark_span))

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
                    label = ITEM_LABEL_RE.match(ln.lstrip(" \t"))
                    if label:
                        return label.group(1).upper() == before
        return False

    def _add_portion(self, portion: Portion, style: str = ".") -> None:
        if portion.kind is _PARAGRAPH and portion.number is not None:
            portion.in_sequence = self._sequence(portion, style)
            if portion.number <= self.last_number:
                self.cable.numbering_falls_back = True
            self.last_number = portion.number
        self.zone = _BODY  # (`_enter`: the body is the last zone)
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

    def _note_release_caption(self, tok: Token) -> None:
        """A `RELEASABLE TO UK` line among the captions: after the classification line, before
        the E.O. line and the fields after it (a line in the text is no caption)."""
        c = self.cable
        if c.release_caption is not None or not c.banners or c.tags is not None \
                or c.subject is not None or c.references or c.classified_by:
            return
        for k, line in enumerate(tok.value.split("\n")):
            m = RELEASE_CAPTION_RE.match(line)
            if m is not None:
                at = tok.line + k
                start = (tok.column if k == 0 else 1) + len(line) - len(line.lstrip(" \t"))
                end = start + len(line.strip(" \t"))
                c.release_caption = ReleaseCaption(release_entries(m.group(1)),
                                                   Span(at, start, at, end))
                return

    def _note_unparsed_banner(self, tok: Token) -> None:
        if self.zone is not _BODY and not self.cable.banners and BANNER_TEXT_RE.search(tok.value):
            self.cable.unparsed_banners.append(Span.of(tok))

    def _text(self, ch: list) -> None:
        self.cable.text_items += 1
        if self.zone is not _BODY:
            if not self.cable.banners:
                self._note_unparsed_banner(ch[0])
            elif not self.cable.eo_lines and "REL" in ch[0].value:
                self._note_release_caption(ch[0])
        elif self.last_portion is not None:
            # text after a page line or a heading continues the portion before it
            portion = self.last_portion
            portion.span = portion.span.through(ch[0])


_ZONE_ORDER = {_PREAMBLE: 0, _HEADER: 1, _BODY: 2}
# the header fields a flattened copy glues a Classified By statement onto
_HEADER_FIELDS = frozenset(("subject", "ref", "tags", "body_subject", "body_ref", "body_tags"))


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
        raise ImportError(f"lint/builder.py reads grammar rules the grammar does not have: {unknown}")


def _grammar_rules() -> set[str]:
    from .grammar import cable_parse_tables

    return {tree_name for _, tree_name, *_ in cable_parse_tables.RULES}


_check_handlers(_grammar_rules())


def build(tree: Tree, path: str) -> Cable:
    return _Builder(path).build(tree)


def _glued_to_word(mark, nxt) -> bool:
    """Whether the subject's text goes on from the mark with no blank, inside one word
    (`(S)ELECTING`, 94BEIRUT5863): a portion mark stands apart from the words it marks."""
    return (nxt is not None and nxt.line == mark.end_line and nxt.column == mark.end_column
            and nxt.value[:1].isalpha())
