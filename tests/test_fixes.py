"""Fixes: every fix a rule offers leaves a cable on which its finding is gone and no new
finding appears (on the rules' Bad examples, the seeds and the sample of real cables), and
the edits land where they should, whatever the line endings."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from cablelint import fixer, fixes
from cablelint.registry import full_registry
from cablelint.span import Span
from cablelint.rule import SAFE, UNSAFE, Edit, Finding, Fix
from cablelint.config import Settings
from cablelint.runner import lint_text

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = full_registry()
# every rule, those off by default too (declass-date-format, whose fix is the safe one)
SETTINGS = Settings(tuple(REGISTRY.rules), {}, {})
FIXING = {"CL101", "CL105", "CL312", "CL401", "CL604"}  # the rules that offer fixes
SAMPLES = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "seeds" / "bad").glob("*.cable"),
                  *(ROOT / "tests" / "data" / "cables").glob("*.txt"),
                  *(ROOT / "tests" / "data" / "raw").glob("*.txt")])


def _bag(findings: list[Finding]) -> Counter:
    return Counter((f.code, f.key) for f in findings)


def _lint(text: str) -> list[Finding]:
    return lint_text(text, "cable.txt", SETTINGS)


def _fix_all(text: str, unsafe: bool = True) -> tuple[list[Finding], list[Finding], str]:
    before = _lint(text)
    result = fixer.fix_bytes(text.encode("utf-8"), "cable.txt", SETTINGS, unsafe)
    new = result.new_text if result.data is not None else text
    return before, _lint(new), new


def _assert_fixed(before: list[Finding], after: list[Finding], new_text: str,
                  unsafe: bool = True) -> None:
    """Nothing new appeared, and every fix still offered is one that cannot be taken cleanly
    (a fix is refused when it would make another rule speak)."""
    new = _bag(after) - _bag(before)
    assert not new, f"the fixes made new findings: {sorted(new)}"
    left = [f for f in after if f.fix is not None and (unsafe or f.fix.applicability == SAFE)
            and fixer.clears_cleanly(new_text, after, f, _lint)]
    assert not left, f"fixable findings left: {left}"


def _bad_examples():
    for r in REGISTRY.rules:
        if r.code in FIXING:
            for i, text in enumerate(r.examples()["Bad"]):
                yield pytest.param(r.code, text, id=f"{r.name}-bad{i}")


@pytest.mark.parametrize("code,text", list(_bad_examples()))
def test_each_fix_clears_its_bad_example_without_new_findings(code, text):
    before, after, new = _fix_all(text)
    own = [f for f in before if f.code == code]
    if all(f.fix is None for f in own):
        pytest.skip("this example's fault has no certain fix")
    _assert_fixed(before, after, new)
    assert not [f for f in after if f.code == code]


def test_the_rules_that_fix_are_those_named_here():
    """Every rule whose Bad examples yield fixes is tested above (FIXING is complete)."""
    offering = set()
    for r in REGISTRY.rules:
        for text in r.examples()["Bad"]:
            if any(f.fix is not None for f in lint_text(text, "x.txt", SETTINGS)
                   if f.code == r.code):
                offering.add(r.code)
    assert offering <= FIXING
    assert {"CL101", "CL105", "CL312", "CL604"} <= offering


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_fixes_on_seeds_and_real_cables_clear_their_findings(path):
    text = path.read_bytes().decode("utf-8", "replace")
    for unsafe in (False, True):
        before, after, new = _fix_all(text, unsafe)
        assert not [f for f in before + after if f.code == "CL002"]
        _assert_fixed(before, after, new, unsafe)
        if new != text:
            _, again, newer = _fix_all(new, unsafe)
            assert newer == new, "a second run changed the cable again"


def test_seeded_faults_get_the_fix_a_person_would_make():
    text = (ROOT / "seeds" / "bad" / "banner-below-portion.cable").read_text(encoding="utf-8")
    before, after, new = _fix_all(text)
    assert [f.code for f in after] == []
    assert "9683S E C R E T BEIJING 003400" in new and "\nSECRET\n" in new
    text = (ROOT / "seeds" / "bad" / "noforn-rollup.cable").read_text(encoding="utf-8")
    before, after, new = _fix_all(text)
    assert after == [] and "BEIJING 003400\n\nNOFORN\n" in new and "\nSECRET//NOFORN\n" in new
    # unsafe fixes are not taken by default
    assert fixer.fix_bytes(text.encode(), "c.txt", SETTINGS).data is None


def test_misspelt_designator_becomes_the_lawful_one_safely():
    """The grammar reads only well-spelt designators today; a misspelt one read as its level
    (the model's `lawful_designator` False) gets the lawful spelling, in its own spacing."""
    from cablelint.runner import parse_cable

    rule = REGISTRY.get("classification-line-valid")
    text = (ROOT / "seeds" / "08BEIJING3400.txt").read_text(encoding="utf-8")
    for written, spaced in (("S E C R T", "S E C R E T"), ("SECRT", "SECRET")):
        cable = parse_cable(text, "c.txt")
        b = cable.banners[0]
        b.level_text, b.lawful_designator = written, False
        [hit] = [h for h in rule.run(cable) if h.key == "designator"]
        assert hit.fix == Fix((Edit(b.level_span, spaced),), SAFE, f"write the designator {spaced}")
    b.marking = b.marking._replace(controls=frozenset({"LOU"}))
    assert [h.fix for h in rule.run(cable)] == [None]


def test_date_fix_is_safe_and_names_the_date_only():
    text = ("C O N F I D E N T I A L ANKARA 000123\n\nE.O. 12958: DECL: {d}\nTAGS: PREL TU\n"
            "SUBJECT: TALKS\n\nClassified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).\n\n"
            "1. (C) Text.\n")
    [f] = [f for f in lint_text(text.format(d="4/5/2018"), "c.txt", SETTINGS) if f.code == "CL312"]
    assert f.fix.applicability == SAFE and f.fix.edits[0].text == "04/05/2018"
    [f] = [f for f in lint_text(text.format(d="4/25/2018"), "c.txt", SETTINGS) if f.code == "CL312"]
    e = f.fix.edits[0]
    assert (e.span.line, e.span.column, e.span.end_column, e.text) == (3, 19, 28, "04/25/2018")
    assert (f.line, f.column) == (3, 13)  # the finding keeps its span: the instruction


def test_tag_typo_edit_is_the_token_itself():
    text = ("C O N F I D E N T I A L ANKARA 000123\n\nE.O. 12958: DECL: 01/05/2018\n"
            "TAGS: PREL POGOV TU\nSUBJECT: TALKS\n\n"
            "Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).\n\n1. (C) Text.\n")
    [f] = [f for f in lint_text(text, "c.txt", SETTINGS) if f.code == "CL604"]
    [e] = f.fix.edits
    assert (e.span, e.text) == (Span(4, 12, 4, 17), "PGOV")


# -- the machinery -------------------------------------------------------------------------

def _fix(*edits: tuple[int, int, int, int, str], old: str = "") -> Fix:
    return Fix(tuple(Edit(Span(*e[:4]), e[4], old) for e in edits))


def test_apply_keeps_crlf_and_cr_line_endings():
    for nl in ("\r\n", "\r", "\n"):
        text = nl.join(["AB", "CDEF", "G"]) + nl
        new, n = fixes.apply(text, [_fix((2, 2, 2, 4, "xy")), _fix((3, 2, 3, 2, "\nH"))])
        assert n == 2
        assert new == nl.join(["AB", "CxyF", "G", "H"]) + nl


def test_apply_skips_overlapping_stale_and_out_of_range_edits():
    text = "ABCDEF\nGH\n"
    assert fixes.apply(text, [_fix((1, 2, 1, 4, "x")), _fix((1, 3, 1, 5, "y"))]) == ("AxDEF\nGH\n", 1)
    # identical edits from several findings apply once
    assert fixes.apply(text, [_fix((1, 1, 1, 2, "z")), _fix((1, 1, 1, 2, "z"))]) == ("zBCDEF\nGH\n", 2)
    assert fixes.apply(text, [_fix((1, 1, 1, 3, "q"), old="XX")]) == (text, 0)
    assert fixes.apply(text, [_fix((2, 1, 2, 9, "q"))]) == (text, 0)
    assert fixes.apply(text, [_fix((7, 1, 7, 2, "q"))]) == (text, 0)


def test_resolve_narrows_to_the_one_whole_word_and_drops_the_doubtful():
    f = Finding("p", 1, 1, 1, 20, "CL604", "tag-typo", "warning", "m",
                fix=_fix((1, 1, 1, 19, "PREL"), old="PRELL"))
    [r] = fixes.resolve([f], "TAGS: PRELLX PRELL\n")
    assert r.fix.edits[0].span == Span(1, 14, 1, 19)
    [r] = fixes.resolve([f], "TAGS: PRELL PRELL\n")
    assert r.fix is None


def test_fix_keeps_encoding_bom_and_line_endings():
    text = ("C O N F I D E N T I A L ANKARA 000123\r\n\r\nE.O. 12958: DECL: {d}\r\n"
            "TAGS: PREL TU\r\nSUBJECT: TALKS \u00b6\r\n\r\n"
            "Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).\r\n\r\n"
            "\u00b61. (C) Text.\r\n")
    old, new = text.format(d="4/5/2018"), text.format(d="04/05/2018")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                       (b"\xfe\xff", "utf-16-be"), (b"", "cp1252")):
        for nl in ("\r\n", "\r"):
            data = bom + old.replace("\r\n", nl).encode(codec)
            out = fixer.fix_bytes(data, "c.txt", SETTINGS, unsafe=True)
            assert out.data == bom + new.replace("\r\n", nl).encode(codec), (codec, nl)
            assert out.applied == 1


def test_files_that_are_not_cables_are_never_fixed():
    for data in (b"", b"\x00\x01binary", "S E C R T X 1\n".encode() + b"\xe2\x82"):
        assert fixer.fix_bytes(data, "c.txt", SETTINGS).data is None


def test_write_atomic_replaces_the_file_and_keeps_its_mode(tmp_path):
    p = tmp_path / "c.txt"
    p.write_bytes(b"old")
    p.chmod(0o640)
    fixer.write_atomic(str(p), b"new")
    assert p.read_bytes() == b"new" and (p.stat().st_mode & 0o777) == 0o640
    assert [x.name for x in tmp_path.iterdir()] == ["c.txt"]


def test_write_atomic_makes_a_new_file_readable_by_all(tmp_path):
    p = tmp_path / "report.html"
    fixer.write_atomic(str(p), b"page")
    assert p.read_bytes() == b"page" and (p.stat().st_mode & 0o777) == 0o644
    assert [x.name for x in tmp_path.iterdir()] == ["report.html"]


# -- the command line ------------------------------------------------------------------------

def _copy_bad(tmp_path, *names):
    from cli_helpers import bad, place
    return [place(bad(n), tmp_path / f"{n}.txt") for n in names]


def test_check_diff_prints_and_writes_nothing(tmp_path, capsys):
    from cli_helpers import check

    files = _copy_bad(tmp_path, "noforn-rollup", "banner-below-portion", "reason-invalid")
    before = [p.read_bytes() for p in files]
    run = check(capsys, "--diff", str(tmp_path))
    assert (run.code, run.out) == (0, "")  # the safe fixes change nothing here
    run = check(capsys, "--diff", "--unsafe-fixes", str(tmp_path))
    assert run.code == 1
    assert "+NOFORN\n" in run.out and "-CONFIDENTIAL\n+SECRET\n" in run.out
    assert "would change 2 files" in run.err
    assert [p.read_bytes() for p in files] == before


def test_check_fix_writes_atomically_and_a_second_run_changes_nothing(tmp_path, capsys):
    from cli_helpers import check

    files = _copy_bad(tmp_path, "noforn-rollup", "banner-below-portion", "reason-invalid")
    run = check(capsys, "--fix", "--unsafe-fixes", "-f", "json", str(tmp_path))
    # (the four portions above the banner are one finding, its fix one edit)
    assert run.code == 1 and "fixed 2 findings in 2 files" in run.err
    assert [f["code"] for f in run.json()] == ["CL204"]  # what no fix covers remains
    after = [p.read_bytes() for p in files]
    run = check(capsys, "--fix", "--unsafe-fixes", str(tmp_path))
    assert "fixed 0 findings in 0 files" in run.err
    assert [p.read_bytes() for p in files] == after
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in files)


def test_fix_options_are_checked(tmp_path, capsys):
    from cli_helpers import check, run_cli

    assert check(capsys, "--unsafe-fixes", str(tmp_path)).code == 2
    r = run_cli("check", "--fix", "--stdin-filename", "c.txt", "-",
                stdin=(ROOT / "seeds" / "bad" / "noforn-rollup.cable").read_bytes())
    assert r.code == 2 and "--diff" in r.err
    r = run_cli("check", "--diff", "--unsafe-fixes", "--stdin-filename", "c.txt", "-",
                stdin=(ROOT / "seeds" / "bad" / "noforn-rollup.cable").read_bytes())
    assert r.code == 1 and "+NOFORN" in r.out


def test_json_and_sarif_carry_the_fix(tmp_path, capsys):
    import json as _json

    from cli_helpers import check
    jsonschema = pytest.importorskip("jsonschema")

    _copy_bad(tmp_path, "noforn-rollup")
    [f] = check(capsys, "-f", "json", str(tmp_path)).json()
    assert f["fix"] == {"applicability": "unsafe", "title": "add the NOFORN caption", "edits": [
        {"line": 8, "column": 60, "end_line": 8, "end_column": 60, "text": "\n\nNOFORN"},
        {"line": 4, "column": 1, "end_line": 4, "end_column": 7, "text": "SECRET//NOFORN"}]}
    doc = _json.loads(check(capsys, "-f", "sarif", str(tmp_path)).out)
    schema = _json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(doc)
    [fix] = doc["runs"][0]["results"][0]["fixes"]
    [change] = fix["artifactChanges"]
    assert change["replacements"][0] == {
        "deletedRegion": {"startLine": 8, "startColumn": 60, "endLine": 8, "endColumn": 60},
        "insertedContent": {"text": "\n\nNOFORN"}}


def test_fixes_survive_the_result_cache_and_a_damaged_fix_is_refused(tmp_path):
    from cablelint import cache as cache_mod
    from cablelint.runner import lint_file

    data = (ROOT / "seeds" / "bad" / "noforn-rollup.cable").read_bytes()
    result = lint_file(data, "c.txt", SETTINGS)
    store = cache_mod.ResultCache(tmp_path, "code")
    key = store.key(data, "c.txt", "settings")
    store.put(key, result)
    assert store.get(key).findings == result.findings
    assert cache_mod._valid_fix({"applicability": "maybe", "edits": []}) is False
    assert cache_mod._valid_fix({"applicability": "safe", "edits": [{"text": 1}]}) is False


def test_a_fix_that_would_make_another_rule_speak_is_not_taken():
    """Raising an UNCLASSIFIED classification line to the (C) of a portion would leave a
    CONFIDENTIAL cable without a Classified By statement: the fix is offered by the rule but
    refused by the fixer (and the server), and the cable stays as it was."""
    text = ("UNCLAS ANKARA 000123\n\nE.O. 12958: N/A\nTAGS: PREL TU\nSUBJECT: TALKS\n\n"
            "1. (U) Text.\n\n2. (C) Text.\n")
    before = lint_text(text, "c.txt", SETTINGS)
    [f] = [f for f in before if f.code == "CL101"]
    assert f.fix is not None and f.fix.applicability == UNSAFE
    lint = lambda t: lint_text(t, "c.txt", SETTINGS)  # noqa: E731
    assert not fixer.clears_cleanly(text, before, f, lint)
    new, after, n = fixer.fix_text(text, before, lint, unsafe=True)
    assert (new, n) == (text, 0) and after == before
    assert fixer.fix_bytes(text.encode(), "c.txt", SETTINGS, unsafe=True).data is None
