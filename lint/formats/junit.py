"""JUnit XML: one test suite per file, one test case per finding, one passing case for a clean
file, so CI dashboards count clean cables too.

Error and warning findings are failures; info findings are passing cases that carry their
message in `system-out` (a CI view must not go red over a note). Test names are unique within
a suite (a second finding of one rule at one place gets ` (2)`). The output validates against
the Jenkins/Surefire schema (junit-10.xsd), which has no file or line attributes on a case: the
suite is the file and the case's name holds line and column.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from . import Report, register

# Characters XML 1.0 cannot carry at all; a hostile file name must not make the report invalid.
_NOT_XML_CLASS = "[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
_PASSING = frozenset({"info"})


def _x(s: str) -> str:
    # compiled on first use (re caches it): the class is large and costs start-up time
    return re.sub(_NOT_XML_CLASS, "\ufffd", s)


def _unique_names(found: list) -> list[str]:
    names = [f"{f.code} {f.name} at {f.line}:{f.column}" for f in found]
    seen: Counter[str] = Counter()
    out = []
    for n in names:
        seen[n] += 1
        out.append(n if seen[n] == 1 else f"{n} ({seen[n]})")
    return out


@register("junit", "JUnit XML, for CI test-report views")
def render(report: Report) -> str:
    import xml.etree.ElementTree as ET  # only when this format is asked for: start-up time

    by_path: dict[str, list] = defaultdict(list)
    for f in report.findings:
        by_path[f.path].append(f)
    paths = list(dict.fromkeys([*report.paths, *by_path]))
    failing = sum(f.severity not in _PASSING for f in report.findings)
    root = ET.Element("testsuites", name="cablelint", tests=str(sum(max(1, len(by_path[p])) for p in paths)),
                      failures=str(failing), errors="0")
    for p in sorted(paths):
        found = by_path.get(p, [])
        suite = ET.SubElement(root, "testsuite", name=_x(p), tests=str(max(1, len(found))),
                              failures=str(sum(f.severity not in _PASSING for f in found)),
                              errors="0", skipped="0")
        if not found:
            ET.SubElement(suite, "testcase", name="no findings", classname=_x(p))
        for f, name in zip(found, _unique_names(found)):
            case = ET.SubElement(suite, "testcase", name=_x(name), classname=_x(p))
            line = _x(f"{p}:{f.line}:{f.column}: {f.code} [{f.name}] {f.severity}: {f.message}")
            if f.severity in _PASSING:
                ET.SubElement(case, "system-out").text = line
            else:
                fail = ET.SubElement(case, "failure", message=_x(f.message), type=f"{f.code} {f.name}")
                fail.text = line
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
