"""`-o` and `--write-baseline` write the one file named, never a linted file or a cable
(issue 12, item 1), atomically, and whatever the file names (item 6)."""
from __future__ import annotations

import os

import pytest
from cli_helpers import GOOD, bad, check, place

from cablelint.formats import FORMATS


@pytest.fixture
def repo(tmp_path):
    place(bad("banner-below-portion"), tmp_path / "v.txt")
    place(GOOD, tmp_path / "other.txt")
    return tmp_path


@pytest.mark.parametrize("option", ["-o", "--output-file", "--write-baseline"])
def test_the_file_being_linted_is_never_written(repo, capsys, option):
    before = (repo / "v.txt").read_bytes()
    r = check(capsys, option, "v.txt", "v.txt", cwd=repo)
    assert r.code == 2 and "v.txt: not written: it is one of the files being linted" in r.err
    assert (repo / "v.txt").read_bytes() == before


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_a_cable_not_being_linted_is_never_written(repo, capsys, option):
    before = (repo / "other.txt").read_bytes()
    r = check(capsys, option, "other.txt", "v.txt", cwd=repo)
    assert r.code == 2 and "other.txt: not written: a file of other text is there" in r.err
    assert (repo / "other.txt").read_bytes() == before


def test_a_link_to_a_linted_file_is_not_followed(repo, capsys):
    os.symlink("v.txt", repo / "report.txt")
    before = (repo / "v.txt").read_bytes()
    r = check(capsys, "-o", "report.txt", "v.txt", cwd=repo)
    assert r.code == 2 and (repo / "v.txt").read_bytes() == before


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_an_earlier_report_is_replaced(repo, capsys, fmt):
    for _ in range(2):
        r = check(capsys, "-f", fmt, "-o", "report.out", "v.txt", cwd=repo)
        assert r.code == 1, r.err
    assert "CL101" in (repo / "report.out").read_text()
    r = check(capsys, "--statistics", "-o", "report.out", "v.txt", cwd=repo)
    assert r.code == 1, r.err
    r = check(capsys, "--write-baseline", "report.out", "v.txt", cwd=repo)
    r = check(capsys, "--write-baseline", "report.out", "v.txt", cwd=repo)
    assert r.code == 0, r.err
    assert [p.name for p in repo.iterdir() if p.name.startswith(".cablelint-")] == []


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_file_name_that_is_not_utf8_is_reported_in_every_format(tmp_path, capsys, fmt):
    name = os.fsdecode(b"caf\xe9.txt")
    place(bad("banner-below-portion"), tmp_path / name)
    r = check(capsys, "-f", fmt, "-o", "out", name, cwd=tmp_path)
    assert r.code == 1, r.err
    r = check(capsys, "-f", fmt, name, cwd=tmp_path)
    assert r.code == 1, r.err
