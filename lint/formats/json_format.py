"""One JSON array of finding objects."""
from __future__ import annotations

import json

from . import Report, register


@register("json", "a JSON array of findings, for scripts")
def render(report: Report) -> str:
    return json.dumps([f.as_dict() for f in report.findings], indent=1) + "\n"
