"""Names from outside never forge output: file names and baseline keys with newlines, ANSI and
C1 sequences, bidi overrides or bytes that are not UTF-8 are spelled out, on standard output and
standard error, in every format (issue 12, item 3)."""
from __future__ import annotations

import json
import os

import pytest
from cli_helpers import bad, check, place

from cablelint.escape import shown
from cablelint.formats import Report
from cablelint.formats.github import render as github_render
from cablelint.formats.text import render as text_render
from cablelint.rule import Finding, Registry

HOSTILE = "x\n::error file=README.md,line=1::forged\x1b[2J\x9b31m\u202etxt.exe\r"


def test_shown_spells_out_every_acting_character():
    assert shown(HOSTILE) == ("x\\x0a::error file=README.md,line=1::forged\\x1b[2J\\x9b31m"
                              "\\u202etxt.exe\\x0d")
    assert shown(os.fsdecode(b"caf\xe9")) == "caf\\xe9"
    assert shown("Bogot\u00e1 \u00b6 (S) PREL") == "Bogot\u00e1 \u00b6 (S) PREL"


@pytest.mark.parametrize("render", [text_render, github_render])
def test_a_hostile_path_or_message_is_one_line_of_output(render):
    f = Finding(HOSTILE, 1, 1, 1, 2, "CL101", "banner-below-portion", "error", f"TAGS {HOSTILE}")
    out = render(Report([f], 1, Registry([])))
    lines = out.splitlines()
    assert sum(1 for ln in lines if ln.startswith("::")) == (1 if render is github_render else 0)
    assert not any(ch in out for ch in "\x1b\x9b\u202e\r")
    assert len(lines) == (1 if render is github_render else 2)


def test_a_dangling_link_with_a_hostile_name_forges_no_annotation(tmp_path, capsys):
    os.symlink("nowhere", tmp_path / f"{HOSTILE}.txt")
    r = check(capsys, "-f", "github", ".", cwd=tmp_path)
    assert r.code == 2 and "cannot read" in r.err
    assert not any(ln.startswith("::") for ln in r.err.splitlines())
    assert not any(ch in r.err for ch in "\x1b\x9b\u202e\r")


def test_stale_baseline_entries_are_shown_escaped(tmp_path, capsys):
    place(bad("banner-below-portion"), tmp_path / "a.txt")
    check(capsys, "--write-baseline", "b.json", "a.txt", cwd=tmp_path)
    doc = json.loads((tmp_path / "b.json").read_text())
    cable = doc["entries"][0]["cable"]
    doc["entries"].append({"code": "CL101", "cable": cable, "key": HOSTILE, "count": 1})
    (tmp_path / "b.json").write_text(json.dumps(doc))
    r = check(capsys, "--baseline", "b.json", "a.txt", cwd=tmp_path)
    assert "stale" in r.err and "::error" in r.err
    assert not any(ln.startswith("::") for ln in r.err.splitlines())
    assert not any(ch in r.err for ch in "\x1b\x9b\u202e\r")
