"""The table generator names the Lark release and the internals it reads; each is still there.

A Lark upgrade that moves one of them fails here, with the name, rather than in the tables.
"""
from __future__ import annotations

import importlib
import sys

import pytest

from cablelint import tablegen

lark = pytest.importorskip("lark")


def _follow(obj, path: list[str]):
    for attr in path:
        obj = getattr(obj, attr)
    return obj


def test_the_lark_release_is_the_one_the_generator_names():
    assert lark.__version__.split(".")[0] == tablegen.LARK_VERSION.split(".")[0]


@pytest.mark.parametrize("dotted", tablegen.LARK_INTERNALS)
def test_each_lark_internal_the_generator_reads_is_there(dotted):
    head, *rest = dotted.split(".")
    if head == "Lark":
        obj = tablegen.lark_parser()
    else:
        # the longest importable module prefix, then attributes
        for i in range(len(rest), 0, -1):
            try:
                obj = importlib.import_module(".".join([head, *rest[:i]]))
                rest = rest[i:]
                break
            except ImportError:
                continue
        else:
            obj = importlib.import_module(head)
    _follow(obj, rest)
    if dotted == "Lark.parser.parser.parser.parse_table":
        table = _follow(obj, rest)
        assert {"states", "start_states", "end_states"} <= set(dir(table))


@pytest.mark.skipif(sys.version_info < (3, 11), reason="sre_parse on 3.10")
def test_the_private_regex_parser_is_there():
    from re import _constants, _parser

    assert callable(_parser.parse)
    assert _constants.LITERAL is not None
    assert tablegen.start_filter(r"(?:TO|INFO)[ \t]+x") == {"I": "N", "T": "O"}
