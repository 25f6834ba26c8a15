"""Real cables end to end: the shipped sample always; the full corpus when ../shared is beside
the checkout (as in CI). The grammar must read essentially all of them, and no rule may fail."""
from __future__ import annotations

import collections
from pathlib import Path

import pytest

from cablelint.registry import full_registry
from cablelint.runner import Settings, lint_bytes

HERE = Path(__file__).parent
CORPUS = HERE.parent.parent / "shared" / "corpus"


def _lint_all(paths):
    settings = Settings.default(full_registry())
    counts = collections.Counter()
    for p in paths:
        for f in lint_bytes(p.read_bytes(), str(p), settings):
            counts[f.name] += 1
            if f.name in ("parse-error", "internal-error"):
                counts[f"{f.name}:{p.name}"] += 1
    return counts


def test_shipped_sample_has_no_parse_or_internal_error():
    paths = sorted((HERE / "data").glob("*/*.txt"))
    assert len(paths) >= 50
    counts = _lint_all(paths)
    assert counts["parse-error"] == 0 and counts["internal-error"] == 0, counts


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the checkout")
@pytest.mark.parametrize("folder", ["cables", "raw"])
def test_full_corpus_parses_and_no_rule_fails(folder):
    paths = sorted((CORPUS / folder).glob("*.txt"))
    assert paths
    counts = _lint_all(paths)
    failed = [k for k in counts if k.startswith("parse-error:")]
    assert len(failed) <= len(paths) * 0.001, failed[:20]
    assert counts["internal-error"] == 0, [k for k in counts if k.startswith("internal-error:")][:20]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the checkout")
def test_parse_loop_gives_larks_tree_on_corpus_cables(tree_shape):
    # the parse loop runs Lark's tables without Lark (lint/driver.py): on a spread of real
    # cables from both layouts, its tree and token positions are exactly Lark.parse's
    from cablelint import source
    from cablelint.parser import get_driver, get_parser

    paths = sorted((CORPUS / "cables").glob("*.txt"))[::40] + sorted((CORPUS / "raw").glob("*.txt"))[::20]
    assert len(paths) > 100
    lark, driver = get_parser(), get_driver()
    for p in paths:
        text = source.decode(p.read_bytes()).text
        assert tree_shape(driver.parse(text)) == tree_shape(lark.parse(text)), p.name
