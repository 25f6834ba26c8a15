"""SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.

`tool.driver.rules` describes every registered rule from its documentation (id = code, name,
short description = summary, full description and help = the docstring, default level); each
result points at its rule by id and index. Locations use forward-slash relative URIs as GitHub
expects; an absolute path becomes a file: URI. No snippets: SARIF never carries cable text.
"""
from __future__ import annotations

import json
from pathlib import Path, PurePath
from urllib.parse import quote

from .. import __version__
from . import Report, register

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    p = PurePath(path)
    if p.is_absolute():
        return Path(path).as_uri()
    return quote(p.as_posix(), safe="/")


@register("sarif", "SARIF 2.1.0, for GitHub code scanning")
def render(report: Report) -> str:
    rules = list(report.registry.rules)
    index = {r.code: i for i, r in enumerate(rules)}
    descriptors = [{
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": r.summary or r.name},
        "fullDescription": {"text": r.doc or r.summary or r.name},
        "help": {"text": r.doc or r.summary or r.name},
        "defaultConfiguration": {"level": _LEVEL.get(r.severity, "warning"),
                                 "enabled": bool(r.default_enabled)},
    } for r in rules]
    results = []
    for f in report.findings:
        result = {
            "ruleId": f.code,
            "level": _LEVEL.get(f.severity, "warning"),
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": artifact_uri(f.path)},
                "region": {"startLine": f.line, "startColumn": f.column,
                           "endLine": max(f.end_line, f.line),
                           "endColumn": max(f.end_column, 1)},
            }}],
        }
        if f.related:
            uri = artifact_uri(f.path)
            result["relatedLocations"] = [{"id": i, "physicalLocation": {
                "artifactLocation": {"uri": uri},
                "region": {"startLine": s.line, "startColumn": s.column,
                           "endLine": max(s.end_line, s.line), "endColumn": max(s.end_column, 1)},
            }} for i, s in enumerate(f.related, 1)]
        if f.code in index:
            result["ruleIndex"] = index[f.code]
        results.append(result)
    doc = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "cablelint", "version": __version__,
                                "rules": descriptors}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(doc, indent=1) + "\n"
