"""`--statistics`: how many findings each rule produced, instead of the findings themselves."""
from __future__ import annotations

import json
from collections import Counter

from . import Report


def render_statistics(report: Report, as_json: bool = False) -> str:
    counts = Counter((f.code, f.name) for f in report.findings)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    if as_json:
        return json.dumps([{"code": c, "name": n, "count": k} for (c, n), k in rows], indent=1) + "\n"
    if not rows:
        return f"No findings in {report.files} file{'s' if report.files != 1 else ''}.\n"
    width = max(len(str(k)) for _, k in rows)
    return "".join(f"{k:>{width}}  {c}  {n}\n" for (c, n), k in rows)
