"""Configuration is input from a repository: every bad file is a message and exit 2, never a
traceback or a hang; the search stops at the repository root; option values are checked
against their ranges; a selection of no rule is refused (issue 12, items 6, 8 and 9)."""
from __future__ import annotations

import os

import pytest
from cli_helpers import bad, check, place


@pytest.fixture
def repo(tmp_path):
    place(bad("banner-below-portion"), tmp_path / "repo" / "cables" / "a.txt")
    return tmp_path / "repo"


def _codes(r) -> set[str]:
    return {f["code"] for f in r.json()}


def test_the_search_stops_at_the_repository_root(repo, capsys):
    (repo.parent / ".cablelint.toml").write_text('ignore = ["CL101"]\n')
    r = check(capsys, "-f", "json", "cables", cwd=repo)
    assert "CL101" not in _codes(r)  # no repository: the parent's file applies, as before
    (repo / ".git").mkdir()
    r = check(capsys, "-f", "json", "cables", cwd=repo)
    assert "CL101" in _codes(r)
    (repo / ".git").rmdir()
    (repo / ".git").write_text("gitdir: elsewhere\n")  # a worktree's .git is a file
    assert "CL101" in _codes(check(capsys, "-f", "json", "cables", cwd=repo))


def test_a_configuration_in_the_repository_root_applies_deep_below_it(repo, capsys):
    (repo / ".git").mkdir()
    (repo / ".cablelint.toml").write_text('ignore = ["CL101"]\n')
    deep = repo / "cables" / "x" / "y" / "z"
    place(bad("banner-below-portion"), deep / "b.txt")
    assert "CL101" not in _codes(check(capsys, "-f", "json", "cables", cwd=repo))


@pytest.mark.parametrize("content, words", [
    ("a = " + "[" * 50_000 + "]" * 50_000 + "\n", "nested too deep"),
    ("[options.declass-invalid]\nmax-years = 99999999999999999\n", "out of range"),
    ("[options.declass-invalid]\nmax-years = -5\n", "out of range"),
    ("[options.dtg-format]\nmax-days-from-metadata = 1e400\n", "must be int"),
    ("[options.tags-present]\nsince = \"2008-13-45\"\n", "is not a date"),
    ("[options.tags-present]\nsince = \"soon\"\n", "is not a date"),
    ("select = []\n", "selects no rule"),
    ("select = [\"CL101\"]\nignore = [\"CL101\"]\n", "selects no rule"),
])
def test_a_bad_configuration_is_a_message_and_exit_2(repo, capsys, content, words):
    (repo / "cablelint.toml").write_text(content)
    r = check(capsys, "cables", cwd=repo)
    assert r.code == 2 and words in r.err and "Traceback" not in r.err, r.err


def test_an_empty_select_on_the_command_line_is_a_usage_error(repo, capsys):
    r = check(capsys, "--select", "", "cables", cwd=repo)
    assert r.code == 2 and "selects no rule" in r.err


def test_a_long_extend_chain_is_refused(repo, capsys):
    for i in range(1000):
        (repo / f"c{i}.toml").write_text(f'extend = "c{i + 1}.toml"\n')
    (repo / "c1000.toml").write_text("")
    r = check(capsys, "--config", "c0.toml", "cables", cwd=repo)
    assert r.code == 2 and "chain of `extend`" in r.err and "Traceback" not in r.err


def test_a_configuration_that_is_not_a_regular_file_never_blocks(repo, capsys):
    os.mkfifo(repo / "fifo.toml")
    for target in ("/dev/zero", "fifo.toml"):
        r = check(capsys, "--config", target, "cables", cwd=repo)
        assert r.code == 2 and "Traceback" not in r.err
    (repo / "cablelint.toml").symlink_to("/dev/zero")
    r = check(capsys, "cables", cwd=repo)
    assert r.code in (1, 2) and "Traceback" not in r.err
