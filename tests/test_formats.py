"""Every output format, produced by the real CLI: SARIF against the OASIS schema, GitHub
annotations with their escaping, JUnit XML, JSON lines, statistics, colour and output files."""
from __future__ import annotations

import json
import os
import sys
import xml.etree.ElementTree as ET

import pytest
from cli_helpers import BAD, CABLELINT, GOOD, ROOT, bad, check

from cablelint.formats import FORMATS, Report
from cablelint.formats.github import render as github_render
from cablelint.rule import Finding, Registry

SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
BAD_FILES = sorted(str(p.relative_to(ROOT)) for p in BAD.glob("*.cable"))


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


@pytest.mark.parametrize("files", [BAD_FILES, [str(GOOD.relative_to(ROOT))]], ids=["bad", "clean"])
def test_sarif_is_valid_against_the_oasis_schema(capsys, validator, files):
    r = check(capsys, "-f", "sarif", *files, cwd=ROOT)
    doc = json.loads(r.out)
    errors = sorted(validator.iter_errors(doc), key=str)
    assert not errors, "\n".join(e.message for e in errors[:5])
    run = doc["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    by_id = {d["id"]: d for d in rules}
    d = by_id["CL101"]
    assert d["name"] == "banner-below-portion"
    assert d["shortDescription"]["text"].startswith("The overall classification is lower")
    assert "Why:" in d["fullDescription"]["text"] and d["help"]["text"] == d["fullDescription"]["text"]
    assert d["defaultConfiguration"]["level"] == "error"
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.startswith("seeds/bad/") and "\\" not in uri
    assert bool(run["results"]) == (files == BAD_FILES)


def test_sarif_fingerprints_follow_the_baseline(capsys, validator, tmp_path):
    """partialFingerprints: the same for the same finding however the file moves; distinct for
    repeats of one finding."""
    src = bad("banner-below-portion")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_bytes(src.read_bytes())
    (tmp_path / "b" / "renamed.txt").write_bytes(src.read_bytes())

    def prints(path):
        doc = json.loads(check(capsys, "-f", "sarif", path, cwd=tmp_path).out)
        assert not list(validator.iter_errors(doc))
        return [(r["ruleId"], r["partialFingerprints"]["cablelintFingerprint/v1"])
                for r in doc["runs"][0]["results"]]

    first, moved = prints("a/x.txt"), prints("b/renamed.txt")
    assert first and sorted(first) == sorted(moved)
    assert len({fp for _, fp in first}) == len(first)


def test_sarif_rule_level_and_result_level_honour_a_severity_override(capsys, validator, tmp_path):
    cfg = tmp_path / "cablelint.toml"
    cfg.write_text('[severity]\nbanner-below-portion = "warning"\n', encoding="utf-8")
    r = check(capsys, "-f", "sarif", "--config", str(cfg), *BAD_FILES, cwd=ROOT)
    run = json.loads(r.out)["runs"][0]
    assert not list(validator.iter_errors(json.loads(r.out)))
    by_id = {d["id"]: d for d in run["tool"]["driver"]["rules"]}
    assert by_id["CL101"]["defaultConfiguration"]["level"] == "warning"
    assert by_id["CL105"]["defaultConfiguration"]["level"] == "error"  # untouched
    assert {x["level"] for x in run["results"] if x["ruleId"] == "CL101"} == {"warning"}
    assert run["columnKind"] == "unicodeCodePoints"


def test_sarif_maps_info_to_note_and_absolute_paths_to_file_uris(validator, tmp_path):
    reg = Registry([])
    f = Finding(str(tmp_path / "a b.txt"), 2, 3, 2, 5, "CL999", "x-y", "info", "m")
    doc = json.loads(FORMATS["sarif"].render(Report([f], 1, reg)))
    assert not list(validator.iter_errors(doc))
    res = doc["runs"][0]["results"][0]
    assert res["level"] == "note" and "ruleIndex" not in res
    assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("file:///")


def test_github_annotations(capsys):
    r = check(capsys, "-f", "github", str(bad("banner-below-portion").relative_to(ROOT)), cwd=ROOT)
    lines = r.out.splitlines()
    assert lines and r.code == 1
    assert lines[0] == ("::error file=seeds/bad/banner-below-portion.cable,line=14,col=103,endLine=14,"
                        "endColumn=106,title=CL101 banner-below-portion::portion (S) in the subject is "
                        "above the overall CONFIDENTIAL (classification line) (and 3 more portions "
                        "above it)")


def test_github_escaping_and_multiline_spans():
    f = Finding("dir,x/a:b%.txt", 3, 4, 5, 2, "CL101", "banner-below-portion", "warning", "50%\nmore")
    out = github_render(Report([f], 1, Registry([])))
    assert out == ("::warning file=dir%2Cx/a%3Ab%25.txt,line=3,endLine=5,"
                   "title=CL101 banner-below-portion::50%25%0Amore\n")
    info = Finding("a.txt", 1, 1, 1, 2, "CL1", "n", "info", "m")
    assert github_render(Report([info], 1, Registry([]))).startswith("::notice ")


JUNIT_SCHEMA = ROOT / "tests" / "data" / "junit-10.xsd"


@pytest.fixture(scope="module")
def junit_schema():
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema(str(JUNIT_SCHEMA))


def test_junit(capsys, junit_schema):
    files = [str(bad("banner-below-portion").relative_to(ROOT)), str(GOOD.relative_to(ROOT))]
    r = check(capsys, "-f", "junit", *files, cwd=ROOT)
    junit_schema.validate(r.out)
    root = ET.fromstring(r.out)
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == set(files)
    bad_suite = suites[files[0]]
    failures = bad_suite.findall("testcase/failure")
    # the seed's four portions above the banner are one grouped finding
    assert len(failures) == int(bad_suite.get("failures")) >= 1
    assert failures[0].get("type") == "CL101 banner-below-portion"
    clean = suites[files[1]]
    assert clean.get("failures") == "0" and clean.find("testcase/failure") is None


def test_junit_survives_control_characters_in_names(junit_schema):
    f = Finding("a\x01b.txt", 1, 1, 1, 2, "CL1", "n", "error", "m\x0b")
    junit_schema.validate(FORMATS["junit"].render(Report([f], 1, Registry([]), ("a\x01b.txt",))))


def test_junit_info_findings_pass_and_test_names_are_unique(junit_schema):
    same = [Finding("a.txt", 3, 1, 3, 2, "CL101", "x-y", "error", f"m{i}") for i in range(3)]
    note = Finding("a.txt", 5, 1, 5, 2, "CL123", "p-q", "info", "a note")
    warn = Finding("a.txt", 6, 1, 6, 2, "CL124", "p-r", "warning", "a warning")
    out = FORMATS["junit"].render(Report([*same, note, warn], 1, Registry([]), ("a.txt",)))
    junit_schema.validate(out)
    root = ET.fromstring(out)
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    names = [c.get("name") for c in cases]
    assert len(names) == len(set(names)) == 5
    assert names[:3] == ["CL101 x-y at 3:1", "CL101 x-y at 3:1 (2)", "CL101 x-y at 3:1 (3)"]
    assert suite.get("failures") == root.get("failures") == "4" and suite.get("tests") == "5"
    info_case = cases[3]
    assert info_case.find("failure") is None and "a note" in info_case.find("system-out").text


def test_json_lines(capsys):
    r = check(capsys, "-f", "json-lines", *BAD_FILES, cwd=ROOT)
    rows = [json.loads(line) for line in r.out.splitlines()]
    as_json = check(capsys, "-f", "json", *BAD_FILES, cwd=ROOT).json()
    assert rows == as_json and len(rows) >= 5


def test_statistics_with_a_severity_column(capsys, tmp_path):
    r = check(capsys, "--statistics", *BAD_FILES, cwd=ROOT)
    lines = r.out.splitlines()
    # (one finding a fault: the seed's four portions above its banner are one finding)
    assert lines[0].split() == ["1", "CL101", "banner-below-portion", "error"]
    assert r.code == 1
    stats = json.loads(check(capsys, "--statistics", "-f", "json", *BAD_FILES, cwd=ROOT).out)
    assert stats[0] == {"code": "CL101", "name": "banner-below-portion", "severity": "error", "count": 1}
    # an override shows in the column
    cfg = tmp_path / "c.toml"
    cfg.write_text('[severity]\nbanner-below-portion = "info"\n', encoding="utf-8")
    r = check(capsys, "--statistics", "--config", str(cfg), *BAD_FILES, cwd=ROOT)
    assert ["1", "CL101", "banner-below-portion", "info"] in [ln.split() for ln in r.out.splitlines()]


def test_output_file_and_exit_zero(capsys, tmp_path):
    target = tmp_path / "report.sarif"
    r = check(capsys, "-f", "sarif", "-o", str(target), "--exit-zero", *BAD_FILES, cwd=ROOT)
    assert r.code == 0 and r.out == ""
    assert json.loads(target.read_text())["runs"][0]["results"]
    r = check(capsys, "-o", str(tmp_path / "no" / "such" / "dir.txt"), *BAD_FILES, cwd=ROOT)
    assert r.code == 2 and "cannot be written" in r.err


def test_output_format_from_environment(capsys, monkeypatch):
    monkeypatch.setenv("CABLELINT_OUTPUT_FORMAT", "json-lines")
    r = check(capsys, *BAD_FILES, cwd=ROOT)
    json.loads(r.out.splitlines()[0])
    monkeypatch.setenv("CABLELINT_OUTPUT_FORMAT", "yaml")
    r = check(capsys, *BAD_FILES, cwd=ROOT)
    assert r.code == 2 and "CABLELINT_OUTPUT_FORMAT" in r.err


def _run_on_a_terminal(env: dict) -> str:
    """Run the CLI with standard output on a pseudo-terminal; what it printed."""
    pty = pytest.importorskip("pty")
    import subprocess

    leader, follower = pty.openpty()
    full = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CI")}
    full.update(env)
    p = subprocess.Popen([*CABLELINT, "check", "--no-cache", str(bad("noforn-rollup"))],
                         stdout=follower, stderr=subprocess.PIPE, env=full)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    p.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode()


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_colour_only_on_a_terminal_without_no_color_or_ci(capsys, tmp_path):
    assert "\x1b[" in _run_on_a_terminal({})
    assert "\x1b[" not in _run_on_a_terminal({"NO_COLOR": "1"})
    assert "\x1b[" not in _run_on_a_terminal({"CI": "true"})
    # not a terminal: no colour, unless asked for
    assert "\x1b[" not in check(capsys, str(bad("noforn-rollup"))).out
    assert "\x1b[" in check(capsys, "--color", "always", str(bad("noforn-rollup"))).out


def test_text_output_escapes_control_characters_in_file_names():
    # a file name can hold a newline or an escape sequence; neither may forge a log line
    from cablelint.registry import full_registry
    from cablelint.formats import FORMATS, Report
    from cablelint.rule import Finding

    evil = "dir/a\nFAKE.txt:1:1: CL999 forged\x1b[31m.txt"
    f = Finding(evil, 3, 1, 3, 2, "CL103", "portion-unmarked", "error", "paragraph 2 has no portion mark")
    out = FORMATS["text"].render(Report([f], 1, full_registry()))
    assert "\x1b" not in out
    assert out.count("\n") == 2  # the finding and the summary line, nothing forged
    assert "a\\x0aFAKE.txt" in out


def _grouped_finding(path: str = "a.txt") -> Finding:
    from cablelint.span import Span

    related = tuple(Span(n, 1, n, 5) for n in range(12, 32, 2))
    return Finding(path, 10, 1, 10, 5, "CL103", "portion-unmarked", "error", "11 paragraphs",
                   "", related)


def test_related_places_in_json_sarif_and_text(validator):
    f = _grouped_finding()
    plain = Finding("a.txt", 3, 1, 3, 2, "CL401", "x-y", "error", "m")
    report = Report([f, plain], 1, Registry([]))
    rows = json.loads(FORMATS["json"].render(report))
    assert rows[0]["related"][0] == {"line": 12, "column": 1, "end_line": 12, "end_column": 5}
    assert len(rows[0]["related"]) == 10 and "related" not in rows[1]
    doc = json.loads(FORMATS["sarif"].render(report))
    assert not list(validator.iter_errors(doc))
    res = doc["runs"][0]["results"]
    assert [r["physicalLocation"]["region"]["startLine"] for r in res[0]["relatedLocations"]] \
        == list(range(12, 32, 2))
    assert "relatedLocations" not in res[1]
    text = FORMATS["text"].render(report).splitlines()
    assert text[0].endswith("11 paragraphs (also at 12:1, 14:1, 16:1, 18:1, 20:1, 22:1, 24:1, "
                            "26:1 and 2 more)")
    assert text[1].endswith(": m")


def test_related_places_survive_the_result_cache(tmp_path):
    from cablelint.cache import ResultCache
    from cablelint.runner import FileResult

    cache = ResultCache(tmp_path, "code")
    f = _grouped_finding()
    cache.put("ab" * 32, FileResult([f], "STATE 1"))
    assert cache.get("ab" * 32) == FileResult([f], "STATE 1")


def test_text_summary_counts_in_good_grammar_and_points_to_rule_docs():
    reg = Registry([])
    one = [Finding("a.txt", 1, 1, 1, 2, "CL101", "x-y", "error", "m")]
    out = FORMATS["text"].render(Report(one, 1, reg)).splitlines()
    assert out[-1] == ("Found 1 finding (1 error, 0 warnings, 0 info) in 1 of 1 file; "
                       "`cablelint rule CODE` explains a rule.")
    two = one + [Finding("a.txt", 2, 1, 2, 2, "CL102", "x-z", "warning", "m"),
                 Finding("b.txt", 2, 1, 2, 2, "CL102", "x-z", "warning", "m")]
    out = FORMATS["text"].render(Report(two, 3, reg)).splitlines()
    assert out[-1].startswith("Found 3 findings (1 error, 2 warnings, 0 info) in 2 of 3 files;")


def test_a_folder_where_everything_is_excluded_says_so(capsys, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_bytes(GOOD.read_bytes())
    (docs / "notes.md").write_text("# notes\n", encoding="utf-8")
    (tmp_path / "cablelint.toml").write_text('exclude = ["a.txt"]\n', encoding="utf-8")
    r = check(capsys, "docs", cwd=tmp_path)
    assert r.code == 0 and "All clear" not in r.out
    assert "Nothing checked: all 2 files below the named paths are excluded" in r.out
    r = check(capsys, "--statistics", "docs", cwd=tmp_path)
    assert r.out.startswith("Nothing checked")
    (docs / "a.txt").unlink()
    (docs / "notes.md").unlink()
    assert check(capsys, "docs", cwd=tmp_path).out.startswith("Nothing checked: no cables")
