"""The checks a rule makes on the record's own text before it reports (`lint/evidence.py`)."""
from __future__ import annotations

import pytest

from cablelint.evidence import garbled_in


@pytest.mark.parametrize("line, garbled", [
    ("PROIF2FQGQOQL.AGC%QJQY+~XL&#}FQZ^", True),   # three characters no telegram holds
    ("A {B} C", False),                             # two are not noise
    ("text\x01more", True),                          # a control character
    ("\ttext\r\x0c", False),                         # a tab, a carriage return, a form feed
    ("4. (C) Text.", False),
])
def test_garbled_text_is_told_by_its_characters(line, garbled):
    assert garbled_in(["clean", line, "clean"], 2, 2) is garbled
    assert garbled_in(["clean", line, "clean"], 3, 3) is False  # only the lines asked about
