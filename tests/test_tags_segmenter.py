"""The reading of run-together TAGS (`PHUMPREL`): right, and in memory proportional to the token.

The segmenter once copied its best list of parts at every position, so a TAGS token of 64 KiB
took a gigabyte (issue 12). Memory is measured with tracemalloc, which counts allocations and
does not depend on the machine's speed or load.
"""
from __future__ import annotations

import tracemalloc

from cablelint.tags import _segment, classify, vocabulary


def test_a_run_together_token_splits_into_its_tags():
    assert _segment("PHUMPREL", vocabulary()) == ["PHUM", "PREL"]
    assert _segment("ETRDEINVECINPGOVCS", vocabulary()) == ["ETRD", "EINV", "ECIN", "PGOV", "CS"]
    assert _segment("PRELXYZQ", vocabulary()) is None


def test_the_fewest_parts_win():
    # KPAO + ... could also be read with two-letter codes; the shortest reading is kept
    item = classify(["PRELPGOVUS"])[0]
    assert item.problem == "run-together" and item.suggestion == "PREL PGOV US"


def test_a_long_run_together_token_is_read_in_memory_proportional_to_it():
    token = "PREL" * 4096  # 16 KiB
    tracemalloc.start()
    try:
        parts = _segment(token, vocabulary())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert parts == ["PREL"] * 4096
    # a list of parts and one slot per position: some tens of bytes a character, never the
    # quarter of a gigabyte the copying took at this size
    assert peak < 200 * len(token), peak
