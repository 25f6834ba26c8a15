"""The editor recipes of docs/editors.md parse cablelint's real output (standard input, as an
editor sends it): the VS Code problem matcher and the ALE pattern."""
from __future__ import annotations

import json
import re

from cli_helpers import ROOT, bad, run_cli

DOC = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")


def _findings(tmp_path):
    r = run_cli("check", "--no-cache", "--color", "never", "--stdin-filename", "drafts/c.txt", "-",
                cwd=tmp_path, stdin=bad("banner-below-portion").read_bytes())
    return [line for line in r.out.splitlines() if line.startswith("drafts/c.txt:")]


def test_vscode_problem_matcher_matches_every_finding_line(tmp_path):
    block = re.search(r"```json\n(.*?)```", DOC, re.S).group(1)
    matcher = json.loads(block)["tasks"][0]["problemMatcher"]["pattern"]
    lines = _findings(tmp_path)
    assert lines
    for line in lines:
        m = re.match(matcher["regexp"], line)
        assert m, line
        assert m.group(matcher["file"]) == "drafts/c.txt"
        assert m.group(matcher["code"]) == "CL101" and m.group(matcher["severity"]) == "error"
    # the summary line is not mistaken for a finding
    assert not re.match(matcher["regexp"], "Found 4 findings (4 errors, 0 warnings, 0 info) in 1 of 1 file; "
                                           "`cablelint rule CODE` explains a rule.")


def test_ale_pattern_matches(tmp_path):
    vim = re.search(r"let l:pattern = '\\v(.*?)'\n", DOC).group(1)
    # Vim's very-magic pattern, as Python: {-} is the lazy *
    py = vim.replace(".{-}", ".*?")
    for line in _findings(tmp_path):
        m = re.match(py, line)
        assert m and m.group(3) == "CL101" and m.group(5) == "error", line


def test_columns_count_characters_and_vim_recipes_read_them_so(tmp_path):
    """A `¶` before a finding moves its column by one: columns are characters, not bytes, and
    the Vim recipes say so (`%v`, `'vcol': 1`), never `%c`."""
    text = bad("banner-below-portion").read_text(encoding="utf-8")
    moved = text.replace("SUBJECT: AMBASSADOR", "SUBJECT: ¶ AMBASSADOR")
    assert moved != text

    def first(data: str) -> tuple[int, int]:
        r = run_cli("check", "--no-cache", "-f", "json", "--stdin-filename", "c.txt", "-",
                    cwd=tmp_path, stdin=data.encode("utf-8"))
        f = next(x for x in r.json() if x["code"] == "CL101")
        return f["line"], f["column"]

    (line, col), (line2, col2) = first(text), first(moved)
    assert line == line2 and col2 == col + 2  # "¶ " is two characters (three bytes)
    assert moved.splitlines()[line2 - 1][col2 - 1:].startswith("(S)")

    assert "'vcol': 1" in DOC
    efm = re.search(r"setlocal errorformat=(.+)$", DOC, re.M).group(1)
    assert "%v" in efm and "%c" not in efm
    # the errorformat's first pattern, as a regex, reads file, line and column off real output
    pattern = efm.split(",")[0].replace("\\ ", " ")
    as_re = "^" + re.escape(pattern).replace("%f", "(.+?)").replace("%l", r"(\d+)") \
        .replace("%v", r"(\d+)").replace("%m", "(.*)") + "$"
    for out_line in _findings(tmp_path):
        m = re.match(as_re, out_line)
        assert m and m.group(1) == "drafts/c.txt", out_line
