"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

`::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=CODE name::message`. Values are
escaped as the Actions toolkit does (`%`, CR, LF everywhere; also `:` and `,` in properties),
so a path with a comma cannot end a property early, and names from outside are first shown
with their control, bidi and undecodable characters spelled out (lint/escape.py). Columns are sent only for a span on one
line: GitHub ignores or misplaces them otherwise.
"""
from __future__ import annotations

from ..escape import shown
from . import Report, register

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    s = shown(s, keep_lines=True)  # (a name from outside: no terminal controls, bidi or undecodable bytes)
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


@register("github", "GitHub Actions annotations (workflow commands)")
def render(report: Report) -> str:
    out = []
    for f in report.findings:
        props = [("file", f.path), ("line", str(f.line))]
        if f.line == f.end_line:
            props.append(("col", str(f.column)))
        props.append(("endLine", str(f.end_line)))
        if f.line == f.end_line:
            props.append(("endColumn", str(f.end_column)))
        props.append(("title", f"{f.code} {f.name}"))
        head = ",".join(f"{k}={escape_property(v)}" for k, v in props)
        out.append(f"::{_LEVEL.get(f.severity, 'error')} {head}::{escape_data(f.message)}\n")
    return "".join(out)
