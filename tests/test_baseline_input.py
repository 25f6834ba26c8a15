"""A baseline is input from a repository, so anything may be in it: every bad one is refused
with a message and exit 2, never a traceback or a hang; entries are keyed by a normalised path
(issue 12, items 6 and 10)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cli_helpers import bad, check, place

from cablelint import baseline
from cablelint.rule import Finding

HEAD = '{"format": "cablelint-baseline", "version": 1, "entries": '


def _entry(**over) -> str:
    e = {"code": "CL101", "cable": "08BEIJING3400", "key": "", "count": 1}
    e.update(over)
    return HEAD + json.dumps([e]) + "}"


@pytest.mark.parametrize("content", [
    HEAD + '[{"code": "CL101", "cable": "x", "key": "", "count": 1e400}]}',
    _entry(count=True),
    _entry(count=1.5),
    _entry(count="3"),
    _entry(count=0),
    _entry(code=["CL101"]),
    HEAD + '{"code": "CL101"}}',
    HEAD + "[" * 100_000 + "]" * 100_000 + "}",
    "[" * 100_000 + "]" * 100_000,
])
def test_a_malformed_baseline_is_a_message_and_exit_2(tmp_path, content):
    file = tmp_path / "b.json"
    file.write_text(content)
    with pytest.raises(baseline.BaselineError) as exc:
        baseline.read(file)
    assert str(exc.value).startswith(f"{file}: ")


def test_a_baseline_that_is_not_a_regular_file_is_refused_without_reading(tmp_path, capsys):
    place(bad("banner-below-portion"), tmp_path / "a.txt")
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    for target in ("/dev/zero", str(fifo)):
        r = check(capsys, "--baseline", target, "a.txt", cwd=tmp_path)
        assert r.code == 2 and "not a regular file" in r.err and "Traceback" not in r.err


def test_paths_are_keyed_the_same_however_they_were_typed(tmp_path, monkeypatch):
    (tmp_path / "cables").mkdir()
    monkeypatch.chdir(tmp_path)
    typed = ["cables/x.txt", f"{tmp_path}/cables/x.txt", "cables/../cables/x.txt", "./cables//x.txt"]
    keys = {baseline.fingerprint(Finding(p, 1, 1, 1, 2, "CL001", "parse-error", "error", "m"), {p: None})
            for p in typed}
    assert keys == {("CL001", "path:cables/x.txt", "")}


def test_a_baseline_written_with_one_spelling_matches_another(tmp_path, capsys):
    place(Path(__file__).resolve().parent.parent / "seeds" / "bad" / "banner-below-portion.cable",
          tmp_path / "cables" / "a.txt")
    (tmp_path / "cables" / "a.txt").write_text("not a cable at all, no identity\n")
    r = check(capsys, "--write-baseline", "b.json", "cables", cwd=tmp_path)
    assert r.code == 0
    r = check(capsys, "-f", "json", "--baseline", "b.json", f"{tmp_path}/cables/../cables", cwd=tmp_path)
    assert r.code == 0 and r.json() == [] and "stale" not in r.err
