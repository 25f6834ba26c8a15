"""Configuration files in temporary folders, read by the real `cablelint check`."""
from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import GOOD, bad, check, place, write

from cablelint.config import Layer
from cablelint.rule import ERROR, Registry, rule
from cablelint.select import resolve_codes


@pytest.fixture
def tree(tmp_path):
    """tmp/docs/{a.txt (CL101 faults), sub/b.txt (CL302 fault), good.txt}"""
    place(bad("banner-below-portion"), tmp_path / "docs" / "a.txt")
    place(bad("declass-invalid"), tmp_path / "docs" / "sub" / "b.txt")
    place(GOOD, tmp_path / "docs" / "good.txt")
    return tmp_path


def codes_by_file(run) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in run.json():
        out.setdefault(Path(f["path"]).name, set()).add(f["code"])
    return out


def test_no_config_runs_the_defaults(tree, capsys):
    r = check(capsys, "-f", "json", "docs", cwd=tree)
    assert r.code == 1
    got = codes_by_file(r)
    assert "CL101" in got["a.txt"] and "CL302" in got["b.txt"] and "good.txt" not in got


def test_pyproject_table_and_nearest_file_wins(tree, capsys):
    write(tree / "pyproject.toml", """
        [tool.cablelint]
        ignore = ["banner-below-portion"]
        """)
    # nearer to b.txt: replaces (does not merge with) the pyproject table
    write(tree / "docs" / "sub" / "cablelint.toml", 'ignore = ["CL3"]\n')
    got = codes_by_file(check(capsys, "-f", "json", "docs", cwd=tree))
    assert "CL101" not in got.get("a.txt", set())
    assert "CL302" not in got.get("b.txt", set())


def test_pyproject_without_our_table_is_passed_over(tree, capsys):
    write(tree / "cablelint.toml", 'ignore = ["CL101"]\n')
    write(tree / "docs" / "pyproject.toml", '[project]\nname = "x"\n')
    got = codes_by_file(check(capsys, "-f", "json", "docs", cwd=tree))
    assert "CL101" not in got.get("a.txt", set())


def test_dot_file_wins_in_the_same_folder(tree, capsys):
    write(tree / "cablelint.toml", 'ignore = ["CL302"]\n')
    write(tree / ".cablelint.toml", 'ignore = ["CL101"]\n')
    got = codes_by_file(check(capsys, "-f", "json", "docs", cwd=tree))
    assert "CL101" not in got.get("a.txt", set()) and "CL302" in got["b.txt"]


def test_select_extend_select_and_specificity(tree, capsys):
    write(tree / "cablelint.toml", """
        select = ["CL101"]
        extend-select = ["declass-invalid"]
        """)
    got = codes_by_file(check(capsys, "-f", "json", "docs", cwd=tree))
    assert got == {"a.txt": {"CL101"}, "b.txt": {"CL302"}}
    # the more specific selector wins inside one layer, whichever list it is in
    write(tree / "cablelint.toml", 'select = ["CL101"]\nignore = ["CL1"]\n')
    assert codes_by_file(check(capsys, "-f", "json", "docs", cwd=tree)) == {"a.txt": {"CL101"}}


def test_per_file_ignores(tree, capsys):
    write(tree / "cablelint.toml", """
        [per-file-ignores]
        "docs/sub/*" = ["CL3"]
        "a.txt" = ["banner-below-portion"]
        """)
    got = codes_by_file(check(capsys, "-f", "json", "docs", cwd=tree))
    assert "CL101" not in got.get("a.txt", set()) and "CL302" not in got.get("b.txt", set())


def test_severity_override(tree, capsys):
    write(tree / "pyproject.toml", """
        [tool.cablelint.severity]
        banner-below-portion = "warning"
        CL3 = "info"
        """)
    r = check(capsys, "-f", "json", "docs/a.txt", "docs/sub/b.txt", cwd=tree)
    sev = {f["code"]: f["severity"] for f in r.json()}
    assert sev["CL101"] == "warning" and sev["CL302"] == "info"


def test_rule_option(tree, capsys):
    # the fault: a declassification date 40 years out where 25 was the limit
    assert "CL302" in check(capsys, "-f", "json", "docs/sub/b.txt", cwd=tree).codes()
    write(tree / "cablelint.toml", "[options.declass-invalid]\nmax-years = 50\n")
    assert "CL302" not in check(capsys, "-f", "json", "docs/sub/b.txt", cwd=tree).codes()


def test_include_and_exclude(tmp_path, capsys):
    place(bad("banner-below-portion"), tmp_path / "cables" / "one.cable")
    place(bad("declass-invalid"), tmp_path / "cables" / "drafts" / "two.cable")
    place(GOOD, tmp_path / "cables" / "notes.txt")
    write(tmp_path / "cablelint.toml", 'include = ["*.cable"]\nexclude = ["drafts/"]\n')
    r = check(capsys, "-f", "json", "cables", cwd=tmp_path)
    assert {Path(f["path"]).name for f in r.json()} == {"one.cable"}
    assert "1 file" in check(capsys, "cables", cwd=tmp_path).out.splitlines()[-1]
    # a file named on the command line is linted even if excluded, unless force-exclude
    named = "cables/drafts/two.cable"
    assert check(capsys, "-f", "json", named, cwd=tmp_path).codes()
    assert check(capsys, "-f", "json", "--force-exclude", named, cwd=tmp_path).json() == []


def test_extend_inherits_and_overrides(tree, capsys):
    write(tree / "shared" / "base.toml", """
        ignore = ["CL101"]
        [severity]
        declass-invalid = "warning"
        """)
    write(tree / "cablelint.toml", 'extend = "shared/base.toml"\n')
    r = check(capsys, "-f", "json", "docs", cwd=tree)
    sev = {f["code"]: f["severity"] for f in r.json()}
    assert "CL101" not in sev and sev["CL302"] == "warning"
    # the child's own selection layer comes after the inherited one
    write(tree / "cablelint.toml", 'extend = "shared/base.toml"\nextend-select = ["CL101"]\n')
    assert "CL101" in check(capsys, "-f", "json", "docs", cwd=tree).codes()


def test_command_line_overrides_the_file(tree, capsys):
    write(tree / "cablelint.toml", 'ignore = ["CL101", "CL302"]\n')
    assert check(capsys, "-f", "json", "docs", cwd=tree).json() == []
    assert "CL101" in check(capsys, "-f", "json", "--select", "CL101", "docs", cwd=tree).codes()
    assert "CL302" in check(capsys, "-f", "json", "--extend-select", "CL302", "docs", cwd=tree).codes()
    assert {"CL101", "CL302"} <= set(check(capsys, "-f", "json", "--isolated", "docs", cwd=tree).codes())
    other = write(tree / "elsewhere.toml", 'select = ["CL302"]\n')
    assert set(check(capsys, "-f", "json", "--config", str(other), "docs", cwd=tree).codes()) == {"CL302"}
    r = check(capsys, "-f", "json", "--isolated", "--ignore", "CL1,declass-invalid", "docs", cwd=tree)
    assert not {"CL101", "CL302"} & set(r.codes())


@pytest.mark.parametrize("text, names", [
    ("selct = ['CL101']\n", ["selct", "allowed keys are", "select"]),
    ("select = 'CL101'\n", ["select", "list of strings"]),
    ("select = ['CL999']\n", ["select", "'CL999'", "not a rule"]),
    ("[severity]\nCL101 = 'fatal'\n", ["severity.CL101", "'fatal'", "error, warning, info"]),
    ("[options.declass-invalid]\nmax-yrs = 3\n", ["options.declass-invalid.max-yrs", "max-years"]),
    ("[options.no-such-rule]\nx = 1\n", ["options.no-such-rule", "not a rule"]),
    ("[options.banner-below-portion]\nx = 1\n", ["options.banner-below-portion.x", "takes no options"]),
    ("[per-file-ignores]\n'*.txt' = 'CL101'\n", ["per-file-ignores.*.txt", "list of strings"]),
    ("force-exclude = 'yes'\n", ["force-exclude", "true or false"]),
    ("extend = 'missing.toml'\n", ["extend", "'missing.toml'", "not a file"]),
    ("select = [\n", ["not valid TOML"]),
])
def test_bad_configuration_exits_2_naming_file_and_key(tree, capsys, text, names):
    cfg = write(tree / "cablelint.toml", text)
    r = check(capsys, "docs", cwd=tree)
    assert r.code == 2 and r.out == ""
    assert str(cfg) in r.err and "Traceback" not in r.err
    for n in names:
        assert n in r.err, r.err


def test_pyproject_keys_are_named_in_full(tree, capsys):
    cfg = write(tree / "pyproject.toml", "[tool.cablelint]\nignor = ['CL101']\n")
    r = check(capsys, "docs", cwd=tree)
    assert r.code == 2 and str(cfg) in r.err and "tool.cablelint.ignor" in r.err


def test_extend_cycle_is_an_error(tree, capsys):
    write(tree / "a.toml", "extend = 'cablelint.toml'\n")
    write(tree / "cablelint.toml", "extend = 'a.toml'\n")
    r = check(capsys, "docs", cwd=tree)
    assert r.code == 2 and "extends itself" in r.err


def test_bad_command_line_selector_exits_2(tree, capsys):
    r = check(capsys, "--select", "nonsense-rule", "docs", cwd=tree)
    assert r.code == 2 and "--select" in r.err and "nonsense-rule" in r.err


def test_config_and_isolated_exclude_each_other(tree, capsys):
    r = check(capsys, "--isolated", "--config", "x.toml", "docs", cwd=tree)
    assert r.code == 2


# ---- rules that are off by default ------------------------------------------------------------

@rule("ZZ101", "zz-on", ERROR)
def _zz_on(cable, options):
    """On by default.

    Why: test.
    """
    return ()


@rule("ZZ102", "zz-off", ERROR, default_enabled=False)
def _zz_off(cable, options):
    """Off by default.

    Why: test.
    """
    return ()


REG = Registry([_zz_on, _zz_off])


@pytest.mark.parametrize("layers, expected", [
    ([], {"ZZ101"}),
    ([Layer(select=("ALL",))], {"ZZ101"}),
    ([Layer(select=("ZZ1",))], {"ZZ101"}),
    ([Layer(extend_select=("ZZ102",))], {"ZZ101", "ZZ102"}),
    ([Layer(extend_select=("zz-off",))], {"ZZ101", "ZZ102"}),
    ([Layer(select=("ZZ102",)), Layer(ignore=("ZZ",))], set()),
    ([Layer(ignore=("ZZ",)), Layer(select=("ZZ102",))], {"ZZ102"}),
])
def test_off_by_default_rules_need_an_exact_selector(layers, expected):
    assert resolve_codes(REG, layers) == expected


# ---- list-valued rule options ------------------------------------------------------------------

def _unknown_tag_cable(folder: Path) -> Path:
    """tag-token-valid's own Bad example: its TAGS line holds QQ, a code no TAG list has."""
    from cablelint.registry import full_registry

    text = full_registry().get("tag-token-valid").examples()["Bad"][0]
    assert "QQ" in text
    return write(folder / "docs" / "c.txt", text)


@pytest.mark.parametrize("name, table", [
    ("pyproject.toml", "[tool.cablelint.options.tag-token-valid]\n"),
    ("cablelint.toml", "[options.tag-token-valid]\n"),
])
def test_list_option_is_set_from_a_file(tmp_path, capsys, name, table):
    _unknown_tag_cable(tmp_path)
    before = check(capsys, "-f", "json", "--select", "CL602", "docs", cwd=tmp_path)
    assert before.codes() == ["CL602"], before.err

    write(tmp_path / name, table + 'extra-tags = ["QQ", "AGOA"]\n')
    r = check(capsys, "-f", "json", "--select", "CL602", "docs", cwd=tmp_path)
    assert r.code == 0 and r.json() == [], r.err
    write(tmp_path / name, table + "extra-tags = []\n")
    assert check(capsys, "-f", "json", "--select", "CL602", "docs", cwd=tmp_path).codes() == ["CL602"]


@pytest.mark.parametrize("value, names", [
    ('"VZ"', ["extra-tags", "must be a list", "['VALUE', ...]"]),
    ("[1, 2]", ["extra-tags", "1 is not allowed"]),
])
def test_list_option_of_the_wrong_kind_exits_2(tmp_path, capsys, value, names):
    _unknown_tag_cable(tmp_path)
    write(tmp_path / "cablelint.toml", f"[options.tag-token-valid]\nextra-tags = {value}\n")
    r = check(capsys, "docs", cwd=tmp_path)
    assert r.code == 2 and "Traceback" not in r.err
    for n in names:
        assert n in r.err, r.err


# ---- "did you mean" -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, suggestion", [
    ("selct = ['CL101']\n", "did you mean 'select'?"),
    ("ignore = ['banner-below-portoin']\n", "did you mean 'banner-below-portion'?"),
    ("[severity]\nCL101 = 'eror'\n", "did you mean 'error'?"),
    ("[options.declass-invalid]\nmax-yrs = 3\n", "did you mean 'max-years'?"),
    ("[options.declas-invalid]\nmax-years = 3\n", "did you mean 'declass-invalid'?"),
])
def test_configuration_errors_suggest_the_nearest_word(tree, capsys, text, suggestion):
    write(tree / "cablelint.toml", text)
    r = check(capsys, "docs", cwd=tree)
    assert r.code == 2 and suggestion in r.err, r.err


def test_no_suggestion_for_a_word_unlike_any(tree, capsys):
    write(tree / "cablelint.toml", "select = ['zzzzzzzzzz']\n")
    r = check(capsys, "docs", cwd=tree)
    assert r.code == 2 and "did you mean" not in r.err


def test_the_readme_configuration_example_is_accepted(tmp_path, capsys):
    """The README's example `[tool.cablelint]` table, list options included, reads without error."""
    import re

    from cli_helpers import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = next(b for b in re.findall(r"```toml\n(.*?)```", readme, re.S) if "[tool.cablelint]" in b)
    write(tmp_path / "project" / "pyproject.toml", example)
    extended = re.search(r'extend = "([^"]+)"', example).group(1)
    write(tmp_path / "project" / extended, "")
    place(GOOD, tmp_path / "project" / "cables" / "a.txt")
    r = check(capsys, "--extend-select", "CL602", "--show-settings", "cables/a.txt",
              cwd=tmp_path / "project")
    assert r.code == 0, r.err
    assert "extra-tags = ['AGOA', 'KPAO']*" in r.out
