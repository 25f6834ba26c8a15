"""A peer Cablegate parser's own unit tests as a yardstick of what our model reads.

The cases of `heuer/cablemap` (provenance and licence: tests/data/README.md) are read through the
whole parser and model, as a cable would be: the classifiers' names of each Classified By
statement, and the words of the TAGS field. A case the model does not read as cablemap expects is
listed below with the reason, as a strict xfail: when the model learns it, the test says so.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cablelint import tags as tags_mod
from cablelint.api import parse as parse_cable

DATA = Path(__file__).parent / "data" / "cablemap"
CB_CASES = json.loads((DATA / "classified_by.json").read_text(encoding="utf-8"))["cases"]
TAG_CASES = json.loads((DATA / "tags.json").read_text(encoding="utf-8"))["cases"]

# TAGS cases whose expectation rests on cablemap's own normalisation, not on reading the field
# (index in tags.json: why)
TAGS_NOT_READ = {
    26: "person TAG completed from a name list (`STEINBERG, JAMES B.`)",
    30: "person TAG completed from a name list (`STEINBERG, JAMES B.`)",
    33: "publisher's words joined (`COUNTER TERRORISM` -> COUNTERTERRORISM)",
    46: "publisher's words run into TAGS (`RIGHTSPOLMIL`) split by a word list",
}


def _words(items) -> set[str]:
    return {w for item in items for w in re.split(r"[\s,]+", item.upper()) if w}


def tag_words(text: str) -> set[str]:
    """The TAGS as the model reads them: its tokens, run-together tokens split and the known
    misspellings mended as lint/tags.py reads them."""
    cable = parse_cable(text, "case.txt")
    if cable.tags is None:
        return set()
    out = []
    for item in tags_mod.classify(cable.tags.tokens):
        mended = item.problem == "run-together" or (
            item.problem == "typo" and item.token in tags_mod.TYPO_FIXES)
        out.append(item.suggestion if mended else item.token)
    return _words(out)


def classifier_names(text: str) -> list[str]:
    block = parse_cable(text, "case.txt").classified_by_block
    return [] if block is None else list(block.info.names)


@pytest.mark.parametrize("case", CB_CASES, ids=[c["id"] or "anon" for c in CB_CASES])
def test_classified_by_names(case):
    assert classifier_names(case["text"]) == case["names"]
