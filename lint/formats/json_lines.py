"""One JSON object per line: streams well, and a truncated log loses only its last finding."""
from __future__ import annotations

import json

from . import Report, register


@register("json-lines", "one JSON object per finding and line, for log pipelines")
def render(report: Report) -> str:
    return "".join(json.dumps(f.as_dict()) + "\n" for f in report.findings)
