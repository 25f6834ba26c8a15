"""SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.

`tool.driver.rules` describes every registered rule from its documentation (id = code, name,
short description = summary, full description and help = the docstring, default level); each
result points at its rule by id and index. Locations use forward-slash relative URIs as GitHub
expects; an absolute path becomes a file: URI. No snippets: SARIF never carries cable text.

Columns count Unicode code points (`columnKind`), as every cablelint output does. A rule's level
is its severity in this run: a configuration's override, when every linted file has the same one.
Each result carries the baseline's fingerprint (rule, cable, marking concerned; hashed, with the
occurrence number for repeats) in `partialFingerprints`, so code scanning follows an alert
across edits and renames exactly as `--baseline` does.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path, PurePath
from urllib.parse import quote

from .. import __version__
from . import Report, register

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "cablelintFingerprint/v1"


def artifact_uri(path: str) -> str:
    p = PurePath(path)
    if p.is_absolute():
        return Path(path).as_uri()
    # (a name that is not UTF-8 is percent-encoded from its bytes, as the file system has it)
    return quote(p.as_posix(), safe="/", errors="surrogateescape")


def _region(span) -> dict:
    return {"startLine": span.line, "startColumn": span.column,
            "endLine": span.end_line, "endColumn": span.end_column}


def _fix(path: str, fix) -> dict:
    """A finding's fix as SARIF `fixes` (§3.55): the replacements of one artifact."""
    return {
        "description": {"text": f"{fix.title or 'fix'} ({fix.applicability})"},
        "artifactChanges": [{
            "artifactLocation": {"uri": artifact_uri(path)},
            "replacements": [{"deletedRegion": _region(e.span), "insertedContent": {"text": e.text}}
                             for e in fix.edits],
        }],
    }


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
        "defaultConfiguration": {"level": _LEVEL.get(report.severities.get(r.code, r.severity), "warning"),
                                 "enabled": bool(r.default_enabled)},
    } for r in rules]
    from ..baseline import fingerprint

    results = []
    seen: Counter[str] = Counter()
    for f in report.findings:
        digest = hashlib.sha256("\0".join(fingerprint(f, report.identities)).encode()).hexdigest()
        seen[digest] += 1
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
            "partialFingerprints": {FINGERPRINT_KEY: f"{digest}:{seen[digest]}"},
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
        if f.fix is not None:
            result["fixes"] = [_fix(f.path, f.fix)]
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
