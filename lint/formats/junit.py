"""JUnit XML: one test suite per file, one failing test case per finding, one passing case for
a clean file, so CI dashboards count clean cables too."""
from __future__ import annotations

import re
from collections import defaultdict

from . import Report, register

# Characters XML 1.0 cannot carry at all; a hostile file name must not make the report invalid.
_NOT_XML_CLASS = "[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"


def _x(s: str) -> str:
    # compiled on first use (re caches it): the class is large and costs start-up time
    return re.sub(_NOT_XML_CLASS, "\ufffd", s)


@register("junit", "JUnit XML, for CI test-report views")
def render(report: Report) -> str:
    import xml.etree.ElementTree as ET  # only when this format is asked for: start-up time

    by_path: dict[str, list] = defaultdict(list)
    for f in report.findings:
        by_path[f.path].append(f)
    paths = list(dict.fromkeys([*report.paths, *by_path]))
    root = ET.Element("testsuites", name="cablelint", tests=str(sum(max(1, len(by_path[p])) for p in paths)),
                      failures=str(len(report.findings)))
    for p in sorted(paths):
        found = by_path.get(p, [])
        suite = ET.SubElement(root, "testsuite", name=_x(p), tests=str(max(1, len(found))),
                              failures=str(len(found)), errors="0", skipped="0")
        if not found:
            ET.SubElement(suite, "testcase", name="no findings", classname=_x(p))
        for f in found:
            case = ET.SubElement(suite, "testcase", name=_x(f"{f.code} {f.name} at {f.line}:{f.column}"),
                                 classname=_x(p), file=_x(p), line=str(f.line))
            fail = ET.SubElement(case, "failure", message=_x(f.message), type=f"{f.code} {f.name}")
            fail.text = _x(f"{p}:{f.line}:{f.column}: {f.code} [{f.name}] {f.severity}: {f.message}")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
