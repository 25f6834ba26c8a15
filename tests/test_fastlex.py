"""The running-text matchers of `lint/fastlex.py` give the token the terminal's regular
expression gives, at every position of real and of randomly assembled text."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from cablelint import fastlex, scanner
from cablelint.parser import load_tables as load

DATA = Path(__file__).parent / "data"
NAMES = ("PARA_TEXT", "BODY_TEXT", "HEAD_TEXT", "SUBJ_TEXT", "REF_TEXT", "CB_TEXT")
PATTERNS = {name: load().terminals[name][0] for name in NAMES}

# Pieces that meet every stop of the terminals and their near misses: numbers before and
# after blanks, marks with and without what may follow them, page and classification lines,
# bullets, blank lines, backslash line ends, characters outside Latin-1; a subject's labels,
# SIPDIS and NOFORN in any case, also with letters that match them only case-blind (`ſ`, `ı`,
# the Kelvin sign) or that a lower-casing changes (`İ`); and what fastlex's test of a header's
# words looks for beside them (`OF`, a colon, `by`, `from`, `E.0.`) and near misses of it; a
# Classified By statement's reasons, commas and page headers, which carry it past a blank line.
PIECES = ["\n", "\n\n", " ", "\t", "  ", "-", "--", "---", "1", "12", "123", ".", ". ", "(", ")",
          "(C)", "(S)", "(U)", "(SBU)", "(TS)", "(S//NF)", "(C - REL UK)", "(S/", "(X)", "(c)",
          "1. (C)", " 3. (S)", "12.(U)", "-- (C)", "- (S)", "A. (S)", "a) (C)", "(a) (U)", "* (C)",
          "\u2022 (C)", "\u00b6", "\u00b62.", "7)", "\\", " \\\n", "\r", "=====", "Monday,",
          "SECRET ", "S E C R E T ", "CONFIDENTIAL ANKARA 000123", "UNCLAS SECTION 01 OF 02",
          "NEW DELHI 00009127 001.2 OF 006", "Text", "text ", "THE ", "E.O. 12958", "\u201c", "x",
          "TAGS:", "tags :", "SUBJ:", "Subject:", "REF:", "reftels:", "REFS", "Classified by",
          "CLASIFIED BY", "derived from", "(U) classified", "(u)Classified", "SIPDIS", "sipdis",
          "\u017fIPDIS", "NOFORN", "NoForn", "e.o. 12958", "EO 13526", "(C) ", "(S//NF)\n",
          "(lou)", "12345", "1234", "CLASS", "TAG", "\u0130", "\u212a", "de", "Re", "secret ",
          "C O N F I D E N T I A L ", "SECTION 2", "Secret\tSECTION 01", "SEC", "RET", "1998 ",
          "S E", "C R E T ", "====", "=", "\u00b63. (C)", "\u00b6E.O. 12958", "ZNY", "O 121200Z",
          "OF", " OF ", "E.0.", "E.0. 12958", "E O", ":", "by", " from", "\u0131", "(NOTAL)", "(b)", "Pentagon",
          "reform", "declassified", "\u00e9", "1.4 (b)", "1.5(D)", "reasons", "For Reason ", ",",
          ", ", "PAGE 02 ", "E.O. 12958, "]


def _token(m):
    # the parse loop reads only where the token ends (fastlex: a match of its trailing blanks)
    return None if m is None else m.end()


def _assert_same(name: str, text: str, positions=None) -> None:
    fast = fastlex.matcher(name, PATTERNS[name])
    slow = re.compile(PATTERNS[name]).match
    for pos in positions if positions is not None else range(len(text) + 1):
        assert _token(fast(text, pos)) == _token(slow(text, pos)), (name, text, pos)


@pytest.mark.parametrize("name", NAMES)
def test_the_shipped_grammar_gets_the_fast_matcher(name):
    # when this fails, the grammar changed the terminal: update fastlex's template (or drop it)
    assert fastlex.matcher(name, PATTERNS[name]) is not None
    assert scanner._matcher(name, PATTERNS[name]).__module__ == fastlex.__name__


@pytest.mark.parametrize("name", NAMES)
def test_same_token_at_every_position_of_random_text(name):
    rng = random.Random(20261128)
    for _ in range(1500):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14)))
        _assert_same(name, text)


@pytest.mark.parametrize("name", NAMES)
def test_same_token_at_every_position_of_the_shipped_cables(name):
    for path in sorted((DATA / "cables").glob("*.txt"))[:12] + sorted((DATA / "raw").glob("*.txt"))[:4]:
        text = path.read_text(encoding="utf-8")
        # every line start and every character that can stop the token, and a sample of the rest
        positions = {i for i, c in enumerate(text) if c in "\n-0123456789(.\\ "} | set(range(0, len(text), 7))
        # and every position of the lines after a subject's or a reference's label
        for label in re.finditer("(?i)subj|ref", text):
            positions |= set(range(label.start(), min(label.start() + 240, len(text))))
        _assert_same(name, text, sorted(positions | {0, len(text)}))


def test_only_the_regular_expression_it_was_written_for():
    para = PATTERNS["PARA_TEXT"]
    assert fastlex.matcher("HEAD_TEXT", para) is None
    assert fastlex.matcher("SUBJ_TEXT", PATTERNS["HEAD_TEXT"]) is None
    assert fastlex.matcher("HEAD_TEXT", PATTERNS["HEAD_TEXT"].replace("={5}", "={4}")) is None
    assert fastlex.matcher("PARA_TEXT", para.replace("{0,2}", "{0,3}", 1)) is None  # another stop
    assert fastlex.matcher("PARA_TEXT", para[:-1]) is None  # another tail
    assert fastlex.matcher("PARA_TEXT", "(?:[^\n0-9\\-]+") is None
    statement = PATTERNS["CB_TEXT"]
    assert fastlex.matcher("CB_TEXT", statement.replace("subj(?:ect)?", "subject", 1)) is None
    assert fastlex.matcher("CB_TEXT", statement[:-2] + "|x") is None  # not a loop
    assert fastlex.matcher("CB_TEXT", statement[:-2] + "|x)|(y)*") is None  # unbalanced
    # the newline stops are taken as they are, but must be a whole expression of their own
    head = para[:para.index("\n(?!", para.index("[0-9]+|")) + 4]
    assert fastlex.matcher("PARA_TEXT", head + "x)|(y" + "))+[ \t\r\n\\\\]*") is None
    assert fastlex.matcher("PARA_TEXT", head + "x{2" + "))+[ \t\r\n\\\\]*") is not None  # a literal `{`
    assert fastlex.matcher("PARA_TEXT", head + "(?<x" + ")" + "))+[ \t\r\n\\\\]*") is None  # no expression
    other = head + "[ \t]*STOP" + "))+[ \t\r\n\\\\]*"
    custom = fastlex.matcher("PARA_TEXT", other)
    assert custom is not None
    for text in ("one\ntwo\n STOP", "one\n STOPS", "STOP\n", "\n STOP"):
        for pos in range(len(text) + 1):
            assert _token(custom(text, pos)) == _token(re.compile(other).match(text, pos))
    assert _token(custom("one\ntwo\n STOP", 0)) == 9  # the token "one\ntwo\n "


@pytest.mark.parametrize("pattern, balanced", [
    ("a(b)c", True), ("(a|(b))", True), ("x)|(y", False), (")(", False), ("(a", False),
    (r"\(a", True), (r"a\)", True), ("[(]", True), ("[)](a)", True), ("[]()]", True),
    ("[^]()]x", True), ("[^](]", True), ("[](]", True), (r"[\](]", True), ("[^(]", True),
    ("([)])", True),
])
def test_balanced_groups_are_told_apart_without_compiling(pattern, balanced):
    assert fastlex._balanced(pattern) is balanced
    if balanced:
        re.compile(pattern)  # (each balanced case is a valid expression too)


@pytest.mark.parametrize("name, head, end", [
    ("PARA_TEXT", fastlex._LOOP_HEAD, fastlex._PARA_END),
    ("BODY_TEXT", fastlex._BODY_HEAD + fastlex._LOOP_HEAD, fastlex._BODY_END)], ids=["PARA", "BODY"])
def test_the_newlines_passed_over_begin_no_newline_stop(name, head, end):
    # fastlex passes a newline before two lower-case letters (but `co`, `se`, `un`) without
    # trying the stops (`_GOES_ON`): no stop may begin there, after its blanks, by what the
    # table generator works out that each stop can begin with
    from cablelint.tablegen import P, _seq_prefixes

    stops = P.parse(fastlex._newline_stops(PATTERNS[name], head, end))
    (op, (low, _high, blank)), alternatives = stops[0], stops[1:]
    assert (op, low, str(blank)) == (P.MAX_REPEAT, 0, str(P.parse("[ \t]")))
    goes_on = re.compile(fastlex._GOES_ON).match
    lower = set("abcdefghijklmnopqrstuvwxyz")
    for prefix in _seq_prefixes(alternatives, 2, False):
        first = prefix[0] if prefix else frozenset()
        assert first is not None and not first & {" ", "\t"}, prefix
        for a in sorted(first & lower):
            second = prefix[1] if len(prefix) > 1 else None
            assert second is not None, (a, prefix)
            for b in sorted(second & lower):
                assert goes_on(a + b) is not None, (a + b, prefix)
    assert goes_on("th") is None and goes_on(" \tco") is not None  # what it passes over


def test_a_remembered_search_gives_a_plain_searchs_answer_in_any_order():
    # the searches remember their last answer for one text; positions that go back, other
    # ends and another text in between must each get what a fresh search gives
    pattern = "-(?=[ \t]*\\([CSU]\\))"
    remembered, plain = fastlex._Leftmost(pattern), re.compile(pattern).search
    rng = random.Random(20261202)
    texts = ["".join(rng.choice(["a", " ", "-", "- (C)", "(S)", "\n"]) for _ in range(60))
             for _ in range(30)]
    for _ in range(20000):
        text = rng.choice(texts[:3]) if rng.random() < 0.8 else rng.choice(texts)
        pos = rng.randint(0, len(text))
        end = rng.choice([len(text), rng.randint(pos, len(text))])
        got, want = remembered(text, pos, end), plain(text, pos, end)
        assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize("name", NAMES)
def test_same_tokens_on_a_line_of_run_on_paragraphs(name):
    # one line holding many paragraphs: each token's search starts inside the line the last
    # one read (benchmarks/adversarial.py, paragraphs-one-line)
    text = "1. (C) Text - (S) more. 2. (U) Words -- (C) x 3. (S) y\n" * 3
    _assert_same(name, text.replace("\n", " ") + "\n" + text)
