"""`--statistics`: how many findings each rule produced, instead of the findings themselves."""
from __future__ import annotations

import json
from collections import Counter

from . import Report


def render_statistics(report: Report, as_json: bool = False) -> str:
    # one row per rule and severity: an override or a hit's own severity can split a rule
    counts = Counter((f.code, f.name, f.severity) for f in report.findings)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][2]))
    if as_json:
        return json.dumps([{"code": c, "name": n, "severity": s, "count": k}
                           for (c, n, s), k in rows], indent=1) + "\n"
    if not rows:
        if not report.files:
            from .text import nothing_checked
            return nothing_checked(report.skipped) + "\n"
        return f"No findings in {report.files} file{'s' if report.files != 1 else ''}.\n"
    width = max(len(str(k)) for _, k in rows)
    name_width = max(len(n) for (_, n, _), _ in rows)
    return "".join(f"{k:>{width}}  {c}  {n:<{name_width}}  {s}\n" for (c, n, s), k in rows)
