"""`path:line:col: CODE [name] message`, one per line, then a summary line."""
from __future__ import annotations

from collections import Counter

from . import Report, register


@register("text", "one line per finding, for terminals and editors")
def render(report: Report) -> str:
    lines = [f"{f.path}:{f.line}:{f.column}: {f.code} [{f.name}] {f.severity}: {f.message}"
             for f in report.findings]
    sev = Counter(f.severity for f in report.findings)
    files_with = len({f.path for f in report.findings})
    n = len(report.findings)
    if n:
        lines.append(f"Found {n} finding{'s' if n != 1 else ''} ({sev['error']} errors, "
                     f"{sev['warning']} warnings, {sev['info']} info) in {files_with} of "
                     f"{report.files} file{'s' if report.files != 1 else ''}.")
    else:
        lines.append(f"All clear: {report.files} file{'s' if report.files != 1 else ''} checked, "
                     f"no findings.")
    return "\n".join(lines) + "\n"
