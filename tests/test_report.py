"""`cablelint report`: the page's tables agree with `check`, bad input is said plainly, exit codes
are those of `check`, and the page holds no cable text and needs no network."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cli_helpers import GOOD, SEEDS, bad, check, place

pytest.importorskip("altair")
pytest.importorskip("vl_convert")

from cablelint.cli import main  # noqa: E402
from cablelint.registry import full_registry  # noqa: E402
from cablelint.facts import CableFacts, facts_of  # noqa: E402
from cablelint.report.summary import NO_DATE, summarise  # noqa: E402
from cablelint.rule import Finding  # noqa: E402
from cablelint.runner import parse_cable  # noqa: E402

DATA = Path(__file__).parent / "data"


def report(capsys, tmp_path: Path, *args: str) -> tuple[int, str, str]:
    """`cablelint report ARGS -o page` in-process; the page's text (or "" when not written)."""
    out = tmp_path / "report.html"
    capsys.readouterr()
    code = main(["report", "--no-cache", "-o", str(out), *args])
    err = capsys.readouterr().err
    return code, out.read_text(encoding="utf-8") if out.exists() else "", err


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page, re.S)
    assert m, "the page carries its data"
    return json.loads(m.group(1))


def visible(page: str) -> str:
    """The page without its scripts and styles: what a reader sees, as text."""
    body = re.sub(r"<(script|style)\b.*?</\1>", "", page, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


def f(path: str, code: str, severity: str, line: int = 1) -> Finding:
    return Finding(path, line, 1, line, 2, code, f"rule-{code}", severity, "m")


def test_facts_read_year_classification_and_post_from_the_model():
    cable = parse_cable(GOOD.read_text(), str(GOOD))
    fx = facts_of(cable)
    assert fx.year == cable.date.year
    assert fx.classification == cable.overall.marking.level.word
    assert fx.post == cable.banner.post.upper()
    assert fx.kind == "cable"


def test_summary_counts_by_rule_year_post_kind_and_clean_share():
    registry = full_registry()
    paths = ["a.txt", "b.txt", "c.txt", "d.txt"]
    facts = {"a.txt": CableFacts(2004, "SECRET", "MADRID"),
             "b.txt": CableFacts(2004, "SECRET", "MADRID"),
             "c.txt": CableFacts(None, None, None, "unreadable"),
             "d.txt": CableFacts(1999, "UNCLASSIFIED", None, "damaged", "cut-off,joined")}
    findings = [f("a.txt", "CL101", "error", 3), f("a.txt", "CL101", "error", 9),
                f("a.txt", "CL602", "warning"), f("b.txt", "CL602", "info"),
                f("c.txt", "CL003", "error")]
    s = summarise(paths, facts, {"a.txt": "04MADRID1"}, findings, registry)
    assert s.files == 4 and s.findings == 5
    assert s.by_severity == {"error": 3, "warning": 1, "info": 1}
    assert s.clean == 2  # b (no error) and d
    assert {(r["code"], r["severity"]): r["findings"] for r in s.by_rule} == {
        ("CL101", "error"): 2, ("CL602", "warning"): 1, ("CL602", "info"): 1, ("CL003", "error"): 1}
    madrid = next(r for r in s.by_post if r["post"] == "MADRID")
    assert (madrid["cables"], madrid["findings"], madrid["errors"]) == (2, 4, 2)
    assert [r["year"] for r in s.by_year] == ["1999", "2004", NO_DATE]
    assert next(r for r in s.by_year if r["year"] == "2004")["findings"] == 4
    assert {r["kind"]: r["records"] for r in s.kinds} == {
        "unreadable (empty, binary or too large)": 1, "cut off": 1, "two cables joined": 1}
    assert (s.damaged, s.not_cables) == (1, 1)
    assert [(r["path"], r["cable"], r["errors"]) for r in s.worst] == [("a.txt", "04MADRID1", 2),
                                                                       ("c.txt", "", 1)]
    cl101 = next(r for r in s.rules if r["code"] == "CL101")
    assert cl101["entries"] == [("a.txt", 3), ("a.txt", 9)]
    assert cl101["summary"] == registry.get("CL101").summary


def test_report_agrees_with_check_on_the_sample(capsys, tmp_path):
    checked = check(capsys, "-f", "json", str(DATA / "cables"), str(DATA / "raw"))
    code, page, err = report(capsys, tmp_path, str(DATA / "cables"), str(DATA / "raw"))
    assert code == checked.code
    data = page_data(page)
    listed = sorted((data["paths"][i], line, code)
                    for code, entries in data["entries"].items() for i, line in entries)
    assert listed == sorted((x["path"], x["line"], x["code"]) for x in checked.json())
    files = len(list((DATA / "cables").glob("*.txt"))) + len(list((DATA / "raw").glob("*.txt")))
    assert f"{files} files" in visible(page)
    assert set(data["charts"]) >= {"share", "rules", "years", "posts"}
    assert "wrote" in err


def test_the_page_needs_no_network(capsys, tmp_path):
    _, page, _ = report(capsys, tmp_path, str(SEEDS))
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "cdn.jsdelivr" not in page and "<link" not in page
    assert "vegaEmbed" in page  # the library is inlined, not fetched


def test_no_cable_text_on_the_page(capsys, tmp_path):
    good = place(GOOD, tmp_path / "in" / "cable.txt")
    text = good.read_text()
    # the words of the cable's paragraphs (long ones, so none is a marking or a header word)
    words = {w for w in re.findall(r"[A-Za-z]{9,}", text.split("\n\n", 3)[-1])}
    _, page, _ = report(capsys, tmp_path, str(good.parent))
    shown = visible(page) + json.dumps(page_data(page)["entries"]) + json.dumps(page_data(page)["paths"])
    assert words and not [w for w in words if w in shown]


def test_file_names_are_escaped(capsys, tmp_path):
    hostile = place(bad("portion-unmarked"), tmp_path / "in" / "<img src=x onerror=alert(1)>.txt")
    _, page, _ = report(capsys, tmp_path, str(hostile.parent))
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;.txt" in page


def test_empty_folder_says_so_and_exits_as_check(capsys, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    code, page, err = report(capsys, tmp_path, str(empty))
    assert code == check(capsys, str(empty)).code == 0
    assert "No files to lint were found" in visible(page)
    assert "no files to lint" in err


def test_folder_of_non_cables_says_so_and_exits_1(capsys, tmp_path):
    folder = tmp_path / "junk"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "notes.txt").write_text("Notes for the review team: meet on Tuesday.\n")
    code, page, _ = report(capsys, tmp_path, str(folder))
    assert code == check(capsys, str(folder)).code == 1
    assert "None of the 3 files read is a cable" in visible(page)
    assert "<th scope=row>unreadable (empty, binary or too large)</th><td class=num>2</td>" in page
    assert "<th scope=row>not a cable</th><td class=num>1</td>" in page


def test_damaged_records_are_counted_by_kind(capsys, tmp_path):
    lines = GOOD.read_text().split("\n")
    subject = next(i for i, ln in enumerate(lines) if "SUBJECT" in ln)
    cut = "\n".join(lines[:subject + 1]) + "\n\n1. (C) The talks went on and on...\n"
    folder = tmp_path / "in"
    place(GOOD, folder / "whole.txt")
    (folder / "cut.txt").write_text(cut)
    _, page, _ = report(capsys, tmp_path, str(folder))
    assert "<th scope=row>cut off</th><td class=num>1</td>" in page
    assert "1 damaged record " in visible(page)
    assert "kinds" in page_data(page)["charts"]


def test_unparsable_baseline_is_said_on_the_page_and_exits_2(capsys, tmp_path):
    broken = tmp_path / "baseline.json"
    broken.write_text("{not json")
    faulty = str(bad("portion-unmarked"))
    code, page, err = report(capsys, tmp_path, "--baseline", str(broken), faulty)
    assert code == check(capsys, "--baseline", str(broken), faulty).code == 2
    assert "is not a cablelint baseline" in err
    assert "The baseline could not be used" in visible(page)
    assert page_data(page)["entries"], "the findings are still shown"


def test_baseline_shows_new_and_gone(capsys, tmp_path):
    cables = tmp_path / "cables"
    place(bad("portion-unmarked"), cables / "one.txt")
    place(bad("noforn-rollup"), cables / "two.txt")
    base = tmp_path / "base.json"
    assert check(capsys, "--write-baseline", str(base), str(cables)).code == 0
    place(GOOD, cables / "two.txt")  # two's findings are gone
    place(bad("reason-invalid"), cables / "three.txt")  # three's are new
    code, page, _ = report(capsys, tmp_path, "--baseline", str(base), str(cables))
    checked = check(capsys, "-f", "json", "--baseline", str(base), str(cables))
    assert code == checked.code
    data = page_data(page)
    new = sorted((data["paths"][i], line, c) for i, line, c in data["entries"]["new"])
    assert new == sorted((x["path"], x["line"], x["code"]) for x in checked.json())
    assert all(p.endswith("three.txt") for p, _, _ in new)
    text = visible(page)
    assert "Since the baseline" in text and "Gone since the baseline" in text
    assert "CL105" in text.split("Gone since the baseline", 1)[1]


def test_the_page_is_never_written_over_a_linted_file(capsys, tmp_path):
    target = place(GOOD, tmp_path / "cable.txt")
    before = target.read_bytes()
    capsys.readouterr()
    assert main(["report", "--no-cache", "-o", str(target), str(target)]) == 2
    assert "is one of the files being linted" in capsys.readouterr().err
    assert target.read_bytes() == before


def test_the_page_is_never_written_over_a_cable_not_linted(capsys, tmp_path):
    linted = place(GOOD, tmp_path / "one.txt")
    other = place(GOOD, tmp_path / "other.txt")
    before = other.read_bytes()
    capsys.readouterr()
    assert main(["report", "--no-cache", "-o", str(other), str(linted)]) == 2
    assert "a file of other text is there" in capsys.readouterr().err
    assert other.read_bytes() == before


def test_an_earlier_page_is_replaced(capsys, tmp_path):
    linted = place(GOOD, tmp_path / "one.txt")
    page = tmp_path / "report.html"
    assert main(["report", "--no-cache", "-o", str(page), str(linted)]) == 0
    first = page.read_bytes()
    page.write_bytes(first + b"<!-- older -->")
    assert main(["report", "--no-cache", "-o", str(page), str(linted)]) == 0
    assert page.read_bytes() == first


def test_configuration_error_exits_2_without_a_page(capsys, tmp_path):
    code, page, err = report(capsys, tmp_path, "--select", "CL999", str(SEEDS))
    assert code == check(capsys, "--select", "CL999", str(SEEDS)).code == 2
    assert page == ""


def test_missing_extra_is_named(capsys, tmp_path, monkeypatch):
    import builtins

    real = builtins.__import__

    def no_altair(name, *args, **kwargs):
        if name == "altair":
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_altair)
    code, page, err = report(capsys, tmp_path, str(SEEDS))
    assert code == 2 and page == ""
    assert "cablelint[report]" in err


def test_results_from_the_cache_carry_the_same_facts(capsys, tmp_path):
    pages = []
    for _ in range(2):  # the second run is served from the cache
        out = tmp_path / "page.html"
        main(["report", "--cache-dir", str(tmp_path / "cache"), "-o", str(out), str(SEEDS)])
        pages.append(visible(out.read_text()).split(" UTC. ", 1)[1])
    assert pages[0] == pages[1]
    assert any((tmp_path / "cache").rglob("*.json"))


def test_exit_codes_follow_check(capsys, tmp_path):
    assert report(capsys, tmp_path, str(GOOD))[0] == check(capsys, str(GOOD)).code == 0
    faulty = str(bad("portion-unmarked"))
    assert report(capsys, tmp_path, faulty)[0] == check(capsys, faulty).code == 1
    assert report(capsys, tmp_path, "--exit-zero", faulty)[0] == 0
