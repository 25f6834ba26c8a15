"""A file name passed by pre-commit is never read as an option (issue 12, item 1)."""
from __future__ import annotations

import os

from cli_helpers import GOOD, bad, check, place

from cablelint.hook_args import HOOK_FLAG, guarded


def test_existing_files_that_look_like_options_become_file_names(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "--output-file=v.txt").write_text("x")
    (tmp_path / "-").write_text("x")
    argv = ["check", HOOK_FLAG, "--select=CL1", "--output-file=v.txt", "-", "v.txt"]
    assert guarded(argv) == ["check", HOOK_FLAG, "--select=CL1", "./--output-file=v.txt", "./-", "v.txt"]
    # without the flag (a person typing), and after `--`, nothing changes
    assert guarded(argv[:1] + argv[2:]) == argv[:1] + argv[2:]
    assert guarded(["check", HOOK_FLAG, "--", "--output-file=v.txt"])[-1] == "--output-file=v.txt"


def test_a_committed_file_named_like_an_option_is_linted_not_obeyed(tmp_path, capsys):
    place(bad("banner-below-portion"), tmp_path / "v.txt")
    place(GOOD, tmp_path / "--output-file=v.txt")
    before = (tmp_path / "v.txt").read_bytes()
    r = check(capsys, HOOK_FLAG, "--force-exclude", "-f", "json", "--output-file=v.txt", "v.txt",
              cwd=tmp_path)
    assert (tmp_path / "v.txt").read_bytes() == before
    assert r.code == 1, r.err
    assert {f["path"] for f in r.json()} == {"v.txt"}  # the good cable under the odd name: clean
    assert "2 files" not in r.err and os.path.exists(tmp_path / "--output-file=v.txt")
