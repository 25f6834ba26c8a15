"""`check --show-settings FILE` and `check --show-files`: what a run would do, without linting.

`--show-settings` prints the configuration that applies to one file and where it came from (the
file found by the search, or `--config`, or none), the files it extends, whether the file would
be linted, and the rules that would run on it with their severity and options, each marked where
the configuration changed the rule's default.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .rule import Registry
from .select import Resolver


def _origin(resolver: Resolver, source: Path | None) -> str:
    if resolver.cli.isolated:
        return "none (--isolated): the defaults"
    if source is None:
        return "none found (searched from the file's folder upwards): the defaults"
    how = " (given with --config)" if resolver.cli.config is not None else ""
    table = " [tool.cablelint]" if source.name == "pyproject.toml" else ""
    return f"{source}{table}{how}"


def settings_of(file: Path, resolver: Resolver, registry: Registry) -> dict[str, Any]:
    r = resolver.for_path(file)
    cfg = r.config
    settings, _codes = r.rules_for(file)
    excluded = r.is_excluded(file)
    rules = []
    for rule in settings.rules:
        configured = settings.options.get(rule.code, {})
        rules.append({
            "code": rule.code, "name": rule.name,
            "severity": settings.severities.get(rule.code, rule.severity),
            "severity_configured": rule.code in settings.severities,
            "options": {k: configured.get(k, v) for k, v in rule.options.items()},
            "options_configured": sorted(configured),
        })
    return {
        "file": str(file),
        "configuration": str(cfg.source) if cfg.source else None,
        "origin": _origin(resolver, cfg.source),
        "extends": [str(p) for p in cfg.extended],
        "linted_below_a_folder": r.is_cable(file),
        "linted_when_named": not (r.force_exclude and excluded),
        "excluded": excluded,
        "include": [g.pattern for g in cfg.include] or ["*.txt (the default)"],
        "exclude": [g.pattern for g in cfg.exclude],
        "force_exclude": r.force_exclude,
        "rules": rules,
        "rules_off": [x.code for x in registry.rules if x.code not in {y["code"] for y in rules}],
    }


def render_settings(info: dict[str, Any], as_json: bool = False) -> str:
    if as_json:
        return json.dumps(info, indent=1) + "\n"
    yes = {True: "yes", False: "no"}
    out = [f"file: {info['file']}",
           f"configuration: {info['origin']}"]
    out += [f"  extends: {p}" for p in info["extends"]]
    out += [f"linted when below a named folder: {yes[info['linted_below_a_folder']]}"
            f" (include: {', '.join(info['include'])}"
            + (f"; exclude: {', '.join(info['exclude'])}" if info["exclude"] else "") + ")",
            f"linted when named on the command line: {yes[info['linted_when_named']]}"
            + (" (force-exclude)" if info["force_exclude"] else "")]
    out.append(f"rules ({len(info['rules'])} run; * = set by the configuration):")
    width = max((len(r["name"]) for r in info["rules"]), default=0)
    for r in info["rules"]:
        sev = r["severity"] + ("*" if r["severity_configured"] else "")
        opts = ", ".join(f"{k} = {v!r}{'*' if k in r['options_configured'] else ''}"
                         for k, v in r["options"].items())
        out.append(f"  {r['code']}  {r['name']:<{width}}  {sev:<8}  {opts}".rstrip())
    if info["rules_off"]:
        out.append(f"rules not run: {', '.join(info['rules_off'])}")
    return "\n".join(out) + "\n"
