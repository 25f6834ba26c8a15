"""The running-text terminals (PARA_TEXT, BODY_TEXT, HEAD_TEXT, SUBJ_TEXT, REF_TEXT, CB_TEXT)
matched by searching for where they stop.

A paragraph body is one token: everything up to the next paragraph, portion, page line,
classification line or blank line. Its regular expression walks the text a character at a
time through a character class. The same token can be found by looking only where it may
stop, with searches that begin with one literal character (docs/performance.md: what it saves):
- a newline followed by one of the stops in the terminal's newline lookahead;
- mid-line, a hyphen before a marked bullet (`-- (C)`) or a run-on paragraph number
  (` 3. (C)`), both only where a portion mark stands.

The header's free text (HEAD_TEXT), a subject's words (SUBJ_TEXT) and a reference's text
(REF_TEXT) stop mid-line only at a few stops, each of which needs a `(`, five digits in a row or
one of a few words; a text that holds none of them ends where its newline stops say, and any
other is left to the regular expression. So does a Classified By statement (CB_TEXT), whose
loop has more ways past a newline than its newline stops: where the text ends at a stopping
newline, none of them may go on there.

Each matcher is used only for the exact regular expression it reproduces: the terminal must
be the template below with the newline stops in its slot (taken from the grammar as they
are, and for CB_TEXT the loop's other ways past a newline after them). If the grammar changes
the rest, the scanner keeps the regular expression, and a test fails until this module
follows.

A matcher gives what the parse loop reads of a match, its `end()`: here a match that ends
where the token does, of its trailing blanks or of the newline that stops it and the blanks
after that (the loop takes the token's text from the cable's text).
"""
from __future__ import annotations

import functools
import re
from typing import Callable, Optional

# A portion mark in running text, and the two mid-line stops built on it, written as Lark
# stores patterns (blanks and newlines as the characters themselves).
_MARK = "\\((?:TS|S|C|U|SBU)(?:[ \t]*(?:\\/\\/?|-)[ \t]*[A-Z][A-Za-z ,\\/\\-]{0,50})?\\)"
_HYPHEN_STOP = "-{0,2}[ \t]*" + _MARK  # after a hyphen: `-- (C)` begins a bullet
_NUMBER_STOP = "[0-9]{1,2}\\.[ \t]?" + _MARK  # at a number after a blank: ` 3. (C)`

# The terminal's loop, in the form Lark stores it (escapes already turned into characters),
# with the newline lookahead in between.
_LOOP_HEAD = ("(?:[^\n0-9\\-]+|-(?!" + _HYPHEN_STOP + ")|(?<![ \t])[0-9]+|(?!" + _NUMBER_STOP
              + ")[0-9]+|\n(?!")
_TAIL = "[ \t\r\n\\\\]*"
_PARA_END = "))+" + _TAIL   # PARA_TEXT: at least one piece
_BODY_HEAD = "[^\n]"        # BODY_TEXT: any first character, then any number of pieces
_BODY_END = "))*" + _TAIL



class _Leftmost:
    """A regular expression's search for its leftmost match at or after a position, which
    remembers its last answer: searched again in the same text, up to the same end, from a
    position no later than where that answer starts (or from anywhere past the start of a
    search that found nothing), the answer is the same, and the text is not read again. A
    line that holds many tokens and no stop is otherwise read to its end once for every token:
    time that grows with the square of the line (benchmarks/adversarial.py)."""

    __slots__ = ("_search", "_last")

    def __init__(self, pattern: str):
        self._search = re.compile(pattern).search
        self._last: tuple = (None, 0, 0, None)  # one tuple, replaced whole: safe across threads

    def __call__(self, text: str, pos: int, endpos: int) -> Optional[re.Match]:
        seen, start, end, found = self._last
        if text is seen and end == endpos and start <= pos and (found is None
                                                                or found.start() >= pos):
            return found
        found = self._search(text, pos, endpos)
        self._last = (text, pos, endpos, found)
        return found


_mark = re.compile(_MARK).search
_hyphen_stop = _Leftmost("-(?=" + _HYPHEN_STOP + ")")
# The number stop is found from its full stop, so that the search begins with a literal: the
# stop is the digit run of one or two digits before the `.`, with a blank before the run.
_dot_stop = re.compile("\\.(?=[ \t]?" + _MARK + ")(?:(?<=[ \t][0-9]\\.)|(?<=[ \t][0-9][0-9]\\.))").search
# The header's free text (HEAD_TEXT) and a subject's words (SUBJ_TEXT), up to their newline
# stops, as Lark stores them: a first piece, then a loop whose mid-line stops are the negative
# lookahead; `_may_stop_mid_line` looks for what each of these stops needs.
_PIECE = "(?:[a-z]+|[A-DF-Z]+|[0-9]+|[^\n])"
_SIPDIS = "(?<![A-Za-z])(?i:SIPDIS|NOFORN)"
_EO = "(?i:E(?:\\.?[ \t]?O\\.?|\\.[ \t]?0\\.):?)[ \t]*[0-9]{5}"
_LABEL = ("(?<![A-Za-z])(?i:tags?[ \t]*:|subj(?:ect)?[ \t]*:|ref(?:s|tels?)?[ \t]*:"
          "|class?i?fi?e?d[ \t]+by|derived[ \t]+from)")
_U_CLASSIFIED = "\\([Uu]\\)[ \t]*(?i:classified)"
_PAGE = ("(?<![A-Za-z0-9])[A-Z][A-Z .'\\-]{0,30}?[ \t]+[0-9]{5,8}[ \t]+[0-9]{3}(?:\\.[0-9])?"
         "[ \t]+OF[ \t]+[0-9]{3}")
_SUBJ_MARK_AT_END = ("(?<![ \t])[ \t]*(?i:\\((?:TS|S|C|U|SBU|LOU)"
                     "(?:[ \t]*(?:\\/\\/?|-)[ \t]*[a-z][a-z ,\\/\\-]{0,50})?\\))[ \t\\\\]*(?:\n|\\Z)")
_SUBJ_HEAD = (_PIECE + "(?:[abf-mo-qu-z][a-z]*|[0-9]+|[!-'\\)-\\/:-@\\[-`{-~]+"
              "|(?<![ \t])[ \t]+(?![ \t(])|(?!" + "|".join(
                  [_SUBJ_MARK_AT_END, _SIPDIS, "(?<![a-z])" + _EO, _LABEL, _U_CLASSIFIED, _PAGE])
              + ")" + _PIECE + "|\n(?!")
_SUBJ_END = "))*"
# a reference's text (REF_TEXT): the subject's stops but its mark and its own label, and no
# pieces that go by without the lookahead
_REF_HEAD = (_PIECE + "(?:(?!" + "|".join(
    [_SIPDIS, "(?<![a-z])" + _EO, _LABEL.replace("|ref(?:s|tels?)?[ \t]*:", ""), _U_CLASSIFIED,
     _PAGE]) + ")" + _PIECE + "|\n(?!")
# a classification line run into the header (`SECRET SECTION 01`, `C O N F I D E N T I A L
# ANKARA 000123`)
_LEVEL_LINE = ("(?<![A-Za-z])(?i:" + "[ \t]?".join("CONFIDENTIAL") + "|" + "[ \t]?".join("SECRET")
               + ")[ \t]+(?:(?i:S?E?C?TION)[ \t]+[0-9]|(?:19[4-9][0-9][ \t]+)?[A-Za-z]"
               "[A-Za-z .'\\-]{0,30}?[ \t]+[0-9]{3,7})")
_HEAD_HEAD = (_PIECE + "(?:[abf-mo-qu-z][a-z]*|[^\nA-Za-z0-9(\u00b6= \t]+|(?<![ \t])[ \t]+(?![ \t\u00b60-9])"
              "|(?!" + "|".join([_SIPDIS, "(?<![a-z])\u00b6?" + _EO, _LABEL, _U_CLASSIFIED, _PAGE,
                                 _LEVEL_LINE, "(?<![ \t])[ \t]+\u00b6?" + _NUMBER_STOP, "={5}"])
              + ")" + _PIECE + "|\n(?!")
_HEAD_END = "))*" + _TAIL
# a Classified By statement (CB_TEXT): words, up to a mark after a full stop, a field's label,
# a run-on paragraph number or a page line; its newline stops are followed by the other ways
# the loop goes past a newline (a reason after blank lines, a line after a comma, a page header)
_CB_PIECE = "(?:[A-Za-z]+|[0-9]+|[^\n])"
_CB_HEAD = (_CB_PIECE + "(?:(?!" + "|".join(
    ["(?<=\\.)[ \t]+" + _MARK + "[ \t]+[A-Z]",
     "(?<![A-Za-z])(?i:tags?[ \t]*:|subj(?:ect)?[ \t]*:|ref(?:s|tels?)?[ \t]*:)",
     "[ \t]\u00b6?" + _NUMBER_STOP, _PAGE]) + ")" + _CB_PIECE + "|\n(?!")
_five_digits = re.compile("[0-9][0-9]{4}").search
_digit = re.compile("[0-9]").search
_mark_open = re.compile("\\([TSCULtscul]").search
# letters that a case-blind match reads as ASCII letters and `str.lower` does not make them
# (İ, ı, ſ; and the Kelvin sign, to be safe)
_CASE_BLIND_ASCII = "\u0130\u0131\u017f\u212a"
_tail = re.compile(_TAIL).match
_no_tail = re.compile("").match


def _newline_stops(regexp: str, head: str, end: str) -> Optional[str]:
    """The newline lookahead of `regexp` when it is `head` + lookahead + `end`, else None."""
    if not (regexp.startswith(head) and regexp.endswith(end)) or len(regexp) < len(head) + len(end):
        return None
    stops = regexp[len(head):len(regexp) - len(end)]
    # balanced on its own, so it is the whole lookahead (checked without compiling it:
    # docs/performance.md)
    return stops if _balanced(stops) else None


def _newline_stops_and_rest(regexp: str, head: str) -> Optional[tuple[str, str]]:
    """The newline lookahead of `regexp` when it is `head` + lookahead + `)|` + more
    alternatives of the loop + `)*`, and those alternatives; else None."""
    if not regexp.startswith(head) or not regexp.endswith(")*"):
        return None
    rest = regexp[len(head):]
    close = _closing(rest)
    if close < 0 or not rest.startswith(")|", close):
        return None
    stops, more = rest[:close], rest[close + 2:len(rest) - 2]
    return (stops, more) if more and _balanced(more) else None


def _balanced(pattern: str) -> bool:
    """Whether the groups of `pattern` open and close in order, outside escapes and sets."""
    return _closing(pattern) == len(pattern)


def _closing(pattern: str) -> int:
    """Where the first `)` closing no group of `pattern` stands (outside escapes and sets), or
    the length of `pattern` when there is none and its groups are closed; -1 when not."""
    depth = 0
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            # a set: a `]` right after `[` or `[^` is a member, the next unescaped one ends it
            i += 2 if pattern.startswith("^", i + 1) else 1
            i += 1 if pattern.startswith("]", i) else 0
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return i
        i += 1
    return n if depth == 0 else -1


# A line that goes on in lower case: no newline stop of PARA_TEXT or BODY_TEXT begins with two
# lower-case letters but `co`, `se` and `un` (a classification line's level, read case-blind),
# so the search passes such a newline without trying the stops (a test checks this against the
# grammar's stops).
_GOES_ON = "(?![ \t]*(?!co|se|un)[a-z][a-z])"


def _stop_finder(stops: str) -> Callable[[str, int], re.Match]:
    # a stopping newline, and the blanks after it that end the token
    newline_stop = re.compile("\n" + _GOES_ON + "(?=" + stops + ")" + _TAIL).search
    last: tuple = (None, 0, None)  # the last search's text, start and answer (as _Leftmost)

    def token_end(text: str, p: int) -> re.Match:
        """A match that starts where the pieces starting at `p` end (the first position at or
        after `p` where none of the loop's alternatives can go on) and ends where the token
        does, its trailing blanks taken."""
        nonlocal last
        seen, start, nl = last
        if text is not seen or start > p or (nl is not None and nl.start() < p):
            nl = newline_stop(text, p)
            last = (text, p, nl)
        line_end = nl.start() if nl is not None else len(text)
        # every mid-line stop ends in a portion mark, which stands before the line's end: where
        # none stands, the hyphens and numbers need not be looked at
        if text.find("(", p, line_end) < 0 or _mark(text, p, line_end) is None:
            end = line_end
        else:
            end = _mid_line_stop(text, p, line_end)
        return nl if nl is not None and end == line_end else _tail(text, end)
    return token_end


def _mid_line_stop(text: str, p: int, line_end: int) -> int:
    """The first hyphen or number before a portion mark at which the pieces starting at `p`
    stop, or `line_end`."""
    m = _hyphen_stop(text, p, line_end)
    end = m.start() if m is not None else line_end
    q = p
    while True:
        m = _dot_stop(text, q, line_end)
        if m is None:
            return end
        dot = m.start()
        start = dot - 1 if text[dot - 2] in " \t" else dot - 2
        if start >= p:  # a run that began before `p` was never a run start to the loop
            return min(start, end)
        q = dot + 1


def _para_text(token_end: Callable[[str, int], re.Match]) -> Callable:
    def match(text: str, pos: int):
        found = token_end(text, pos)
        return None if found.start() == pos else found
    return match


def _body_text(token_end: Callable[[str, int], re.Match]) -> Callable:
    def match(text: str, pos: int):
        if pos >= len(text) or text[pos] == "\n":
            return None
        return token_end(text, pos + 1)
    return match


def _may_stop_mid_line(head: bool, words: str) -> bool:
    """Whether a mid-line stop of HEAD_TEXT (`head`), SUBJ_TEXT or REF_TEXT (whose stops are
    among SUBJ_TEXT's) may stand in `words`: False only when `words` lack something that each
    stop needs."""
    if not words.isascii() and any(c in words for c in _CASE_BLIND_ASCII):
        return True
    if "(" in words and _mark_open(words) is not None:  # a portion mark, `(U) classified`
        return True
    low = words.lower()
    if "sipdis" in low or "noforn" in low:
        return True
    if ":" in words and ("tag" in low or "subj" in low or "ref" in low):  # a field's label
        return True
    if ("cla" in low and "by" in low) or ("derived" in low and "from" in low):
        return True
    if _five_digits(words) is not None:
        if "OF" in words:  # a page line
            return True
        label = low.replace(".", "").replace(" ", "").replace("\t", "")
        if "eo" in label or "e0" in label:  # an E.O. label and its order's number
            return True
    if head:
        if "=====" in words:
            return True
        flat = low.replace(" ", "").replace("\t", "")
        if ("secret" in flat or "confidential" in flat) and _digit(words) is not None:
            return True  # a classification line: its section's or serial's digits
    return False


def _may_stop_in_statement(words: str) -> bool:
    """Whether a mid-line stop of CB_TEXT may stand in `words`: False only when `words` lack
    something that each stop needs (a portion mark, a label's colon, a page line's `OF` and
    five digits)."""
    if not words.isascii() and any(c in words for c in _CASE_BLIND_ASCII):
        return True
    if "(" in words and _mark(words) is not None:
        return True
    if ":" in words:
        low = words.lower()
        if "tag" in low or "subj" in low or "ref" in low:
            return True
    return "OF" in words and _five_digits(words) is not None


def _free_text(stops: str, regexp: str, tail: Callable, may_stop: Callable[[str], bool],
               more: Optional[str] = None) -> Callable:
    """The matcher of a free text whose mid-line stops `may_stop` tells of, and, for CB_TEXT,
    whose loop has `more` ways past a newline than its newline stops."""
    newline_stop = re.compile("\n(?=" + stops + ")").search
    goes_past = None if more is None else re.compile("(?:" + more + ")").match
    regexp_match = re.compile(regexp).match

    def match(text: str, pos: int):
        if pos < len(text) and text[pos] != "\n":
            # the first piece takes a character other than a newline, and no piece a newline
            # the newline stops rule out: with no mid-line stop, the loop runs to that newline,
            # unless one of its other ways past a newline goes on there
            m = newline_stop(text, pos + 1)
            end = m.start() if m is not None else len(text)
            if not may_stop(text[pos:end]) and (
                    goes_past is None or m is None or goes_past(text, end) is None):
                return tail(text, end)
        return regexp_match(text, pos)
    return match


# terminal -> its template around the newline stops, and the match of what follows the token
_FREE_TEXT = {"HEAD_TEXT": (_HEAD_HEAD, _HEAD_END, _tail),
              "SUBJ_TEXT": (_SUBJ_HEAD, _SUBJ_END, _no_tail),
              "REF_TEXT": (_REF_HEAD, _SUBJ_END, _no_tail)}


def matcher(name: str, regexp: str) -> Optional[Callable]:
    """A faster `match(text, pos)` for the terminal `name` whose result, where
    `re.compile(regexp).match` finds a token, has the same `end()` (and is None where it finds
    none), or None when there is none for this terminal or this regular expression."""
    if name == "PARA_TEXT":
        stops, make = _newline_stops(regexp, _LOOP_HEAD, _PARA_END), _para_text
    elif name == "BODY_TEXT":
        stops, make = _newline_stops(regexp, _BODY_HEAD + _LOOP_HEAD, _BODY_END), _body_text
    elif name == "CB_TEXT":
        found = _newline_stops_and_rest(regexp, _CB_HEAD)
        try:
            return None if found is None else _free_text(found[0], regexp, _no_tail,
                                                         _may_stop_in_statement, found[1])
        except re.error:
            return None  # not a regular expression: the scanner's own compile will say so
    elif name in _FREE_TEXT:
        head, end, tail = _FREE_TEXT[name]
        stops = _newline_stops(regexp, head, end)
        try:
            return None if stops is None else _free_text(
                stops, regexp, tail, functools.partial(_may_stop_mid_line, name == "HEAD_TEXT"))
        except re.error:
            return None  # not a regular expression: the scanner's own compile will say so
    else:
        return None
    if stops is None:
        return None
    try:
        return make(_stop_finder(stops))
    except re.error:
        return None  # not a regular expression: the scanner's own compile will say so
