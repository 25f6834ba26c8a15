"""Baselines through the real CLI: record, report only new findings, survive edits elsewhere,
name stale entries, and never store cable text."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from cli_helpers import bad, check, place

from cablelint import baseline
from cablelint.rule import Finding


@pytest.fixture
def repo(tmp_path):
    place(bad("banner-below-portion"), tmp_path / "cables" / "a.txt")
    place(bad("declass-invalid"), tmp_path / "cables" / "b.txt")
    return tmp_path


def test_write_then_check_reports_nothing(repo, capsys):
    before = check(capsys, "-f", "json", "cables", cwd=repo).json()
    assert len(before) >= 2  # (the seeded fault of a.txt is one finding with related places)
    r = check(capsys, "--write-baseline", "baseline.json", "cables", cwd=repo)
    assert r.code == 0 and r.out == "" and f"{len(before)} findings" in r.err
    r = check(capsys, "-f", "json", "--baseline", "baseline.json", "cables", cwd=repo)
    assert r.code == 0 and r.json() == [] and r.err == ""


def test_baseline_holds_no_cable_text_and_no_line_numbers(repo, capsys):
    check(capsys, "--write-baseline", "baseline.json", "cables", cwd=repo)
    doc = json.loads((repo / "baseline.json").read_text())
    assert doc["format"] == "cablelint-baseline" and doc["version"] == 1
    for e in doc["entries"]:
        assert set(e) == {"code", "cable", "key", "count"}
        assert e["cable"] == "08BEIJING3400"  # the reference id, not the path
    text = (repo / "baseline.json").read_text()
    cable = (repo / "cables" / "a.txt").read_text()
    # no phrase of the cable's paragraphs (5+ words) appears in the baseline
    words = cable.split()
    assert not any(" ".join(words[i:i + 5]) in text for i in range(len(words) - 5))


def test_edits_elsewhere_and_moves_keep_the_baseline_valid(repo, capsys):
    check(capsys, "--write-baseline", "baseline.json", "cables", cwd=repo)
    a = repo / "cables" / "a.txt"
    lines = a.read_text().splitlines(keepends=True)
    # three lines added after the metadata: every finding moves down
    lines[5:5] = ["\n", "ZZZZ added routing remark\n", "\n"]
    (repo / "cables" / "moved").mkdir()
    (repo / "cables" / "moved" / "renamed.txt").write_text("".join(lines))
    a.unlink()
    r = check(capsys, "-f", "json", "--baseline", "baseline.json", "cables", cwd=repo)
    assert r.code == 0 and r.json() == []


def test_new_findings_are_reported_and_fixed_ones_are_stale(repo, capsys):
    check(capsys, "--select", "CL101", "--write-baseline", "baseline.json", "cables", cwd=repo)
    # now the declass fault is new, and a.txt's CL101 fault (one finding for its four
    # portions above the overall marking) is fixed
    a = repo / "cables" / "a.txt"
    a.write_text(a.read_text().replace("(S)", "(C)"))
    r = check(capsys, "-f", "json", "--baseline", "baseline.json", "cables", cwd=repo)
    assert "CL302" in r.codes() and "CL101" not in r.codes()
    assert r.code == 1
    assert "1 baseline entry is stale" in r.err
    assert "stale: CL101 in 08BEIJING3400 [the subject:(S)]" in r.err


def test_entries_of_cables_not_linted_are_not_stale(repo, capsys):
    check(capsys, "--write-baseline", "baseline.json", "cables", cwd=repo)
    place(bad("classified-by-missing"), repo / "other" / "c.txt")
    (repo / "other" / "c.txt").write_text(
        (repo / "other" / "c.txt").read_text().replace("08BEIJING3400", "08BEIJING9999", 1))
    r = check(capsys, "-f", "json", "--baseline", "baseline.json", "other", cwd=repo)
    assert "stale" not in r.err and "CL201" in r.codes()


def test_duplicates_are_counted():
    f = Finding("x.txt", 1, 1, 1, 2, "CL101", "n", "error", "m", key="paragraph:S")
    g = Finding("x.txt", 9, 1, 9, 2, "CL101", "n", "error", "m", key="paragraph:S")
    ids = {"x.txt": "99STATE1"}
    base = Counter({("CL101", "99STATE1", "paragraph:S"): 1})
    out = baseline.apply(base, [f, g], ids)
    assert out.findings == [g] and out.known == 1 and out.stale == []
    out = baseline.apply(Counter({("CL101", "99STATE1", "paragraph:S"): 3}), [f, g], ids)
    assert out.findings == [] and out.stale == [(("CL101", "99STATE1", "paragraph:S"), 1)]


def test_cable_without_an_id_falls_back_to_its_path():
    f = Finding("dir/x.txt", 1, 1, 1, 2, "CL001", "parse-error", "error", "m")
    assert baseline.fingerprint(f, {"dir/x.txt": None}) == ("CL001", "path:dir/x.txt", "")


@pytest.mark.parametrize("content, words", [
    ("not json", "not a cablelint baseline"),
    ('{"format": "other"}', "not a cablelint baseline"),
    ('{"format": "cablelint-baseline", "version": 9}', "version 9"),
    ('{"format": "cablelint-baseline", "version": 1, "entries": [{"code": 1}]}', "entry 1"),
])
def test_bad_baseline_file_exits_2(repo, capsys, content, words):
    (repo / "b.json").write_text(content)
    r = check(capsys, "--baseline", "b.json", "cables", cwd=repo)
    assert r.code == 2 and words in r.err and "Traceback" not in r.err
    r = check(capsys, "--baseline", "missing.json", "cables", cwd=repo)
    assert r.code == 2 and "cannot be read" in r.err
