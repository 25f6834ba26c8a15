"""Decoding falls back byte by byte: a stray legacy byte changes that byte, not the whole file.

Issue 12: one cp1252 byte once made the whole file cp1252, so every UTF-8 `¶` became `Â¶`,
portion marks were missed and a real cable with two stray bytes appended lost its error finding.
"""
from __future__ import annotations

from pathlib import Path

from cablelint import source
from cablelint.registry import full_registry
from cablelint.runner import Settings, lint_bytes

DATA = Path(__file__).resolve().parent / "data"
SETTINGS = Settings.default(full_registry())


def _findings(data: bytes) -> list[tuple]:
    return [(f.code, f.line, f.column, f.message) for f in lint_bytes(data, "x.txt", SETTINGS)
            if f.code != "CL004"]


def _a_pilcrow_cable_with_an_error() -> bytes:
    for path in sorted((DATA / "cables").glob("*.txt")):
        data = path.read_bytes()
        if "\u00b6".encode() in data and any(
                f.severity == "error" for f in lint_bytes(data, path.name, SETTINGS)):
            return data
    raise AssertionError("no shipped cable with a pilcrow has an error finding")


def test_stray_bytes_appended_to_a_real_cable_keep_its_findings():
    data = _a_pilcrow_cable_with_an_error()
    damaged = data + b"\x92\xa0"
    assert _findings(damaged) == _findings(data)
    src = source.decode(damaged)
    assert "\u00c2\u00b6" not in src.text and src.text.endswith("\u2019\u00a0")


def test_each_undecodable_byte_is_read_alone_and_the_warning_says_where():
    data = "1. (C) caf\u00e9 \u00b6 one\n2. (U) x".encode() + b" \x93y\x94 \x81\n"
    src = source.decode(data)
    assert src.text == "1. (C) caf\u00e9 \u00b6 one\n2. (U) x \u201cy\u201d \x81\n"
    assert src.note == "3 bytes are not UTF-8 (the first at line 2, column 10); read as cp1252, else Latin-1"
    assert (src.line, src.column) == (2, 10)


def test_the_warning_stands_at_the_first_undecodable_byte():
    data = "CONFIDENTIAL STATE 000001\r\n\r\nTAGS: PREL\r\n".encode() + b"SUBJECT: CAF\xc9\r\n"
    found = [f for f in lint_bytes(data, "x.txt", SETTINGS) if f.code == "CL004"]
    assert [(f.line, f.column) for f in found] == [(4, 13)]


def test_a_legacy_file_reads_as_before():
    text = "SUBJECT: the minister\u2019s caf\u00e9\n"
    src = source.decode(text.encode("cp1252"))
    assert src.text == text and src.encoding == "cp1252"
    assert src.note == "2 bytes are not UTF-8 (the first at line 1, column 22); read as cp1252, else Latin-1"
