"""The report page in a real browser: headless Chromium (the system package) opens it from
file://, with every host name resolving to nothing. No console error, no request that is not
file: or data:, every chart drawn with marks, every table with rows, the findings lists filled
and paged; a screenshot is kept as the test's artifact.

Runs where Chromium is installed; skipped elsewhere, except under CI, where .ci/run installs it
and its absence is a failure.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from chromium import Browser, find_chromium
from cli_helpers import GOOD, bad, check, place

pytest.importorskip("altair")
pytest.importorskip("vl_convert")

from cablelint.cli import main  # noqa: E402

DATA = Path(__file__).parent / "data"
ARTIFACTS_ENV = "CABLELINT_ARTIFACTS"  # a folder to copy the screenshots to, if set

CHARTS_DRAWN = """[...document.querySelectorAll('figure.chart')].every(
    f => f.querySelector('svg .role-mark'))"""
MARKS = """Object.fromEntries([...document.querySelectorAll('figure.chart')].map(
    f => [f.id, f.querySelectorAll('.role-mark > path, .role-mark > g, .role-mark > text').length]))"""
TABLE_ROWS = """[...document.querySelectorAll('table')].map(
    t => [t.caption ? t.caption.textContent : '', t.tBodies[0].rows.length])"""
LABEL_OVERLAPS = """(() => {
  const out = [];
  for (const f of document.querySelectorAll('figure.chart')) {
    for (const axis of f.querySelectorAll('.role-axis-label')) {
      const boxes = [...axis.querySelectorAll('text')].filter(t => t.getAttribute('opacity') !== '0')
        .map(t => t.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i++) {
        const a = boxes[i - 1], b = boxes[i];
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
          out.push(f.id);
      }
    }
  }
  return out;
})()"""


@pytest.fixture(scope="module")
def chromium() -> str:
    exe = find_chromium()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is not installed: .ci/run installs the `chromium` package under CI")
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    return exe


def _keep(shot: Path) -> None:
    print(f"\nscreenshot: {shot}")
    folder = os.environ.get(ARTIFACTS_ENV)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(folder) / shot.name)


def _page_with_everything(tmp_path: Path, capsys) -> Path:
    """A report of the sample corpus with a baseline, so every section of the page is there."""
    corpus = tmp_path / "corpus"
    for src in sorted((DATA / "cables").glob("*.txt")) + sorted((DATA / "raw").glob("*.txt")):
        place(src, corpus / src.parent.name / src.name)
    place(bad("noforn-rollup"), corpus / "new" / "fixed.txt")
    base = tmp_path / "baseline.json"
    assert check(capsys, "--write-baseline", str(base), str(corpus)).code == 0
    place(GOOD, corpus / "new" / "fixed.txt")  # its finding is gone
    place(bad("reason-invalid"), corpus / "new" / "new-fault.txt")
    (corpus / "new" / "empty.txt").write_bytes(b"")  # a damaged record
    out = tmp_path / "report.html"
    assert main(["report", "--no-cache", "--baseline", str(base), "-o", str(out), str(corpus)]) == 1
    return out


def test_report_renders_in_chromium(chromium, tmp_path, capsys):
    page = _page_with_everything(tmp_path, capsys)
    with Browser(chromium, tmp_path / "profile", width=1200, height=900) as browser:
        browser.open(page.as_uri())
        browser.wait_until(CHARTS_DRAWN, timeout=60)
        shot = browser.screenshot(tmp_path / "report.png")
        _keep(shot)

        marks = browser.evaluate(MARKS)
        assert set(marks) == {"chart-share", "chart-rules", "chart-years", "chart-posts", "chart-kinds"}
        assert all(n > 0 for n in marks.values()), marks
        tables = browser.evaluate(TABLE_ROWS)
        assert [caption.split(" (")[0] for caption, _ in tables] == [
            "New findings by rule", "Gone since the baseline", "Files by outcome",
            "Findings by rule and severity", "Cables and findings by year and classification",
            "Cables and findings by post", "Records that are not whole cables, by kind",
            f"The {tables[-1][1]} cables with the most error findings"]
        assert all(rows > 0 for _, rows in tables), tables
        # every chart's legend and axis titles are drawn
        assert browser.evaluate("[...document.querySelectorAll('figure.chart')].every("
                                "f => f.querySelector('.role-axis-title'))")
        assert browser.evaluate("document.querySelectorAll('figure.chart .role-legend').length") >= 4
        assert browser.evaluate(LABEL_OVERLAPS) == []

        lists = browser.evaluate("[...document.querySelectorAll('.entries')].map("
                                 "e => [e.dataset.entries, e.querySelectorAll('li').length])")
        assert lists and all(n > 0 for _, n in lists), lists
        assert "new" in dict(lists)
        first = browser.evaluate("document.querySelector('.entries li').textContent")
        assert first.rsplit(":", 1)[1].split()[0].isdigit()  # path:line

        errors = browser.console_errors()
        assert errors == []
        assert [u for u in browser.requests() if not u.startswith(("file:", "data:"))] == []


def test_findings_lists_page(chromium, tmp_path, capsys):
    cables = tmp_path / "cables"
    for i in range(60):  # more findings of one rule than a page holds
        place(bad("portion-unmarked"), cables / f"c{i:02}.txt")
    out = tmp_path / "report.html"
    main(["report", "--no-cache", "--select", "portion-unmarked", "-o", str(out), str(cables)])
    with Browser(chromium, tmp_path / "profile") as browser:
        browser.open(out.as_uri())
        browser.wait_until(CHARTS_DRAWN, timeout=60)
        box = "document.querySelector('.entries[data-entries=\"CL103\"]')"
        first = browser.evaluate(f"{box}.querySelector('li').textContent")
        shown = browser.evaluate(f"{box}.querySelectorAll('li').length")
        assert 0 < shown < 60
        browser.evaluate(f"{box}.querySelector('[data-step=\"1\"]').click()")
        assert browser.evaluate(f"{box}.querySelector('li').textContent") != first
        assert browser.evaluate(f"{box}.querySelector('.pager span').textContent") == "page 2 of 2"
        assert browser.console_errors() == []
