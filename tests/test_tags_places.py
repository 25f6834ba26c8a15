"""Where each TAGS token stands, on a field over many lines: right, and found with work
proportional to the field (issue 12, item 2: linear time in every field).

The places were once found by counting the newlines and commas of the whole text before every
token, quadratic in a TAGS field over many lines. The work is counted here, characters scanned
by the string searches, never timed: the count does not depend on the machine or its load.
"""
from __future__ import annotations

from cablelint.api import parse
from cablelint.readers import token_places

HEAD = "C O N F I D E N T I A L ANKARA 000226\n\nSIPDIS\n\nE.O. 12958: DECL: 02/20/2019\n"
CODES = ["PREL", "PGOV", "PHUM", "IR", "TU", "KPAL"]


def long_tags(lines: int) -> str:
    """A TAGS field that goes on over `lines` lines, each ending with a comma."""
    rows = [", ".join(CODES[(i + j) % len(CODES)] for j in range(1 + i % 4)) + ", "
            for i in range(lines)]
    return "TAGS: " + "\n".join(rows) + "\nIQ"


class CountingText(str):
    """A string that adds up the characters each search on it may scan."""

    scanned = 0

    def _tally(self, start, end) -> None:
        start = 0 if start is None else start
        end = len(self) if end is None else end
        CountingText.scanned += max(0, end - start)

    def find(self, sub, start=None, end=None):
        at = str.find(self, sub, start, end)
        self._tally(start, end if at < 0 else at + len(sub))  # a search stops at its match
        return at

    def rfind(self, sub, start=None, end=None):
        self._tally(start, end)
        return str.rfind(self, sub, start, end)

    def count(self, sub, start=None, end=None):
        self._tally(start, end)
        return str.count(self, sub, start, end)


def test_each_token_of_a_long_field_over_many_lines_points_at_itself():
    field = long_tags(400)
    source = HEAD + field + "\nSUBJECT: TALKS\n\n1. (C) Text.\n"
    tags = parse(source).tags
    lines = source.split("\n")
    assert len(tags.tokens) == sum(1 + i % 4 for i in range(400)) + 1
    assert tags.tokens[-1] == "IQ"
    for token, span in zip(tags.tokens, tags.token_spans):
        assert span.line == span.end_line
        assert lines[span.line - 1][span.column - 1:span.end_column - 1] == token
    # one comma between tokens throughout: the groups count them
    assert tags.groups == list(range(len(tags.tokens)))


def test_token_places_scan_the_field_a_bounded_number_of_times():
    for lines in (200, 800):
        value = long_tags(lines)[len("TAGS: "):]
        tokens = value.replace(",", " ").split()
        CountingText.scanned = 0
        spans, groups = token_places(CountingText(value), tokens, 6, 7)
        assert [s.line for s in spans][-1] == 6 + lines
        assert groups[-1] == len(tokens) - 1
        # a few passes over the text, never once per token from the start
        assert CountingText.scanned <= 8 * len(value), (lines, CountingText.scanned, len(value))


def test_the_groups_count_the_commas_before_each_token():
    value = "PREL; PGOV,, US\\ IR, KPAL"
    tokens = value.replace("\\", " ").replace(",", " ").replace(";", " ").split()
    spans, groups = token_places(value, tokens, 6, 7)
    assert tokens == ["PREL", "PGOV", "US", "IR", "KPAL"]
    assert groups == [0, 0, 2, 2, 3]
    assert [(s.column, s.end_column) for s in spans] == [(7, 11), (13, 17), (20, 22), (24, 26),
                                                         (28, 32)]
