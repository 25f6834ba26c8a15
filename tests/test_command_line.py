"""The command line as ruff, flake8 and pre-commit users expect it: a severity gate, hiding
info findings, -q, --show-settings, --show-files, "did you mean", the subcommand's usage on a
wrong flag, and `parse -`."""
from __future__ import annotations

import json

import pytest
from cli_helpers import GOOD, bad, check, place, run_cli, write

from cablelint.cli import main


@pytest.fixture
def docs(tmp_path):
    """docs/a.txt with CL101 findings, made warnings by the configuration; docs/good.txt."""
    place(bad("banner-below-portion"), tmp_path / "docs" / "a.txt")
    place(GOOD, tmp_path / "docs" / "good.txt")
    write(tmp_path / "cablelint.toml", """
        select = ["CL101"]
        [severity]
        banner-below-portion = "warning"
        """)
    return tmp_path


def test_fail_on_sets_the_severity_that_fails_the_run(docs, capsys):
    assert check(capsys, "docs", cwd=docs).code == 0  # warnings only: the default gate is error
    r = check(capsys, "--fail-on", "warning", "docs", cwd=docs)
    assert r.code == 1 and "CL101" in r.out
    assert check(capsys, "--fail-on", "info", "docs", cwd=docs).code == 1
    assert check(capsys, "--fail-on", "warning", "--exit-zero", "docs", cwd=docs).code == 0
    write(docs / "cablelint.toml", 'select = ["CL101"]\n[severity]\nCL101 = "info"\n')
    assert check(capsys, "--fail-on", "warning", "docs", cwd=docs).code == 0
    assert check(capsys, "--fail-on", "info", "docs", cwd=docs).code == 1


def test_min_severity_hides_less_severe_findings(docs, capsys):
    write(docs / "cablelint.toml", 'select = ["CL101", "CL105"]\n[severity]\nCL101 = "info"\n')
    place(bad("noforn-rollup"), docs / "docs" / "b.txt")
    every = check(capsys, "-f", "json", "docs", cwd=docs)
    assert {"CL101", "CL105"} <= set(every.codes())
    r = check(capsys, "-f", "json", "--min-severity", "warning", "docs", cwd=docs)
    assert r.codes() and "CL101" not in r.codes()
    assert all(f["severity"] in ("error", "warning") for f in r.json())
    # a hidden finding neither shows in the summary nor fails the run
    r = check(capsys, "--min-severity", "error", "--fail-on", "info", "docs/a.txt", cwd=docs)
    assert r.code == 0 and "CL101" not in r.out and "All clear" in r.out


def test_quiet_prints_findings_only(docs, capsys):
    loud = check(capsys, "docs", cwd=docs)
    quiet = check(capsys, "-q", "docs", cwd=docs)
    assert loud.out.splitlines()[:-1] == quiet.out.splitlines()
    assert "Found" not in quiet.out and quiet.out
    assert check(capsys, "--quiet", "docs/good.txt", cwd=docs).out == ""
    # notes on standard error go too; errors stay
    r = check(capsys, "-q", "--write-baseline", str(docs / "b.json"), "docs", cwd=docs)
    assert r.code == 0 and r.err == "" and (docs / "b.json").is_file()
    r = check(capsys, "-q", "--config", "missing.toml", "docs", cwd=docs)
    assert r.code == 2 and "missing.toml" in r.err


def test_show_settings_names_the_file_the_configuration_came_from(docs, capsys):
    base = write(docs / "shared" / "base.toml", '[options.declass-invalid]\nmax-years = 25\n')
    write(docs / "docs" / "sub" / "pyproject.toml", """
        [tool.cablelint]
        extend = "../../shared/base.toml"
        extend-select = ["declass-invalid"]
        exclude = ["drafts/"]
        [tool.cablelint.severity]
        declass-invalid = "warning"
        """)
    r = check(capsys, "--show-settings", "docs/sub/drafts/x.txt", cwd=docs)
    assert r.code == 0 and r.err == ""
    lines = r.out.splitlines()
    assert lines[0] == "file: docs/sub/drafts/x.txt"
    assert lines[1] == f"configuration: {(docs / 'docs' / 'sub' / 'pyproject.toml').resolve()} [tool.cablelint]"
    assert lines[2] == f"  extends: {base.resolve()}"
    assert "linted when below a named folder: no" in r.out
    row = next(ln.split() for ln in lines if " CL302 " in f" {ln} ")
    assert row[:3] == ["CL302", "declass-invalid", "warning*"] and "25*" in row

    info = json.loads(check(capsys, "-f", "json", "--show-settings", "docs/a.txt", cwd=docs).out)
    assert info["configuration"] == str((docs / "cablelint.toml").resolve())
    assert [x["code"] for x in info["rules"] if x["code"] not in ("CL001", "CL002", "CL003", "CL004")] \
        == ["CL101"]
    assert info["rules"][-1]["severity"] == "warning" and info["rules"][-1]["severity_configured"]
    assert "none (--isolated)" in check(capsys, "--isolated", "--show-settings", "docs/a.txt", cwd=docs).out


def test_show_files_lists_what_would_be_linted(docs, capsys):
    write(docs / "cablelint.toml", 'exclude = ["skip/"]\n')
    place(GOOD, docs / "docs" / "skip" / "c.txt")
    (docs / "docs" / "notes.md").write_text("notes\n", encoding="utf-8")
    r = check(capsys, "--show-files", "docs", cwd=docs)
    assert r.code == 0 and r.out.splitlines() == ["docs/a.txt", "docs/good.txt"]


@pytest.mark.parametrize("argv, usage, suggestion", [
    (["check", "--fial-on", "warning", "x"], "usage: cablelint check", "did you mean '--fail-on'?"),
    (["check", "--selct=CL101"], "usage: cablelint check", "did you mean '--select'?"),
    (["check", "-f", "jsn"], "usage: cablelint check", "did you mean 'json'?"),
    (["check", "--fail-on", "warn"], "usage: cablelint check", "did you mean 'warning'?"),
    (["chek", "x"], "usage: cablelint [-h]", "did you mean 'check'?"),
    (["rules", "--verbose"], "usage: cablelint rules", ""),
    (["parse", "a.txt", "--jsn"], "usage: cablelint parse", ""),
])
def test_a_wrong_flag_gets_the_subcommands_usage_and_the_nearest_flag(capsys, argv, usage, suggestion):
    capsys.readouterr()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(usage) and "Traceback" not in err
    assert suggestion in err


def test_unknown_rule_suggests_the_nearest(capsys, tmp_path):
    capsys.readouterr()
    assert main(["rule", "banner-below-portoin"]) == 2
    assert "did you mean 'banner-below-portion'?" in capsys.readouterr().err
    r = check(capsys, "--ignore", "noforn-rolup", str(GOOD), cwd=tmp_path)
    assert r.code == 2 and "did you mean 'noforn-rollup'?" in r.err


def test_parse_reads_standard_input(tmp_path):
    data = GOOD.read_bytes()
    from_file = run_cli("parse", str(GOOD))
    piped = run_cli("parse", "-", stdin=data)
    assert piped.code == 0 and from_file.code == 0
    a, b = json.loads(piped.out), json.loads(from_file.out)
    a.pop("path", None)
    b.pop("path", None)
    assert a == b and a["overall"]
    empty = run_cli("parse", "-", stdin=b"")
    assert empty.code == 2 and "Traceback" not in empty.err


def test_not_a_cable_says_how_to_exclude_it_and_the_hint_works(tmp_path, capsys):
    """The not-a-cable finding names the `exclude` line to add; added as written, the file is
    left out, below a folder and (with --force-exclude, as the pre-commit hook runs) by name,
    and the folder's summary then says nothing was checked rather than "All clear"."""
    import re

    write(tmp_path / "docs" / "team notes.txt", "Notes for the review team: meet on Tuesday.\n"
                                                "Bring the folder of scanned pages.\n")
    r = check(capsys, "-f", "json", "docs", cwd=tmp_path)
    (found,) = r.json()
    assert found["name"] == "not-a-cable"
    line = re.search(r"add `(exclude = \[.*?\])` to cablelint.toml", found["message"]).group(1)
    assert line == 'exclude = ["team notes.txt"]' and "--force-exclude" in found["message"]

    write(tmp_path / "cablelint.toml", line + "\n")
    r = check(capsys, "docs", cwd=tmp_path)
    assert r.code == 0 and r.out.startswith("Nothing checked: the 1 file below the named paths is excluded")
    named = check(capsys, "-f", "json", "--force-exclude", "docs/team notes.txt", cwd=tmp_path)
    assert named.json() == []
