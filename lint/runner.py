"""Run the rules over one file: bytes, text, parse tree, Cable, findings.

One bad file or one failing rule never stops the rest: each becomes a finding.
"""
from __future__ import annotations

import copy
import functools
import os
from typing import Iterable, NamedTuple

from . import builder, evidence, parser, record, source
from .elements import Cable, RecordKind
from .span import FILE_START, Span
from .facts import UNPARSABLE, UNREADABLE, CableFacts, facts_of, no_cable
from .config import Settings
from .rule import ERROR, Finding, Fix, Rule
from .system import encoding_assumed, internal_error, not_a_cable, parse_error, unreadable_file

_NOT_A_CABLE = RecordKind.NOT_A_CABLE  # (compared for every file, bound once: docs/performance.md)


def _finding(path: str, r: Rule, span: Span, message: str, severity: str | None,
             settings: Settings, key: str = "", related: tuple = (),
             fix: Fix | None = None) -> Finding:
    sev = settings.severities.get(r.code) or severity or r.severity
    return Finding(path, span.line, span.column, span.end_line, span.end_column, r.code, r.name,
                   sev, message, key, related, fix)


class FileResult(NamedTuple):
    """What linting one file gave: its findings; which cable it is (for baselines: the reference
    id of the metadata, else the post and serial of the classification line, else None); what a
    report groups it by; its path; and, instead of all that, why the operating system would not
    open it (exit 2, not a finding)."""

    findings: list[Finding]
    identity: str | None
    facts: CableFacts | None = None
    path: str = ""
    read_error: str | None = None
    fixed: int = 0  # with check --fix or --diff: the findings fixed (or that would be)
    diff: str = ""  # with check --diff: what the fixes would change


def cable_identity(cable: Cable) -> str | None:
    if cable.metadata is not None and cable.metadata.reference_id:
        return cable.metadata.reference_id
    b = cable.banner
    if b is not None and b.post and b.serial:
        return f"{b.post} {b.serial}"
    return None


def lint_bytes(data: bytes | source.Unreadable, path: str, settings: Settings) -> list[Finding]:
    return lint_file(data, path, settings).findings


def lint_file(data: bytes | source.Unreadable, path: str, settings: Settings) -> FileResult:
    src = source.decode(data)
    if isinstance(src, source.Unreadable):
        return FileResult([_finding(path, unreadable_file, FILE_START, src.reason, None, settings)],
                          None, no_cable(UNREADABLE), path)
    findings, cable = _lint_text(src.text, path, settings)
    if src.assumed:
        where = Span(src.line, src.column, src.line, src.column + 1) if src.line else FILE_START
        findings.insert(0, _finding(path, encoding_assumed, where, src.note, None, settings))
    if cable is None:
        return FileResult(findings, None, no_cable(UNPARSABLE), path)
    return FileResult(findings, cable_identity(cable), facts_of(cable), path)


def parse_cable(text: str, path: str) -> Cable:
    """The cable model of `text`, with what kind of record it is (`cable.record`)."""
    cable = builder.build(parser.parse(text), path)
    cable.record = record.analyse(cable, text)
    evidence.keep_text(cable, text)  # for the rules that check a conclusion against the text
    return cable


def lint_text(text: str, path: str, settings: Settings) -> list[Finding]:
    return _lint_text(text, path, settings)[0]


def _lint_text(text: str, path: str, settings: Settings) -> tuple[list[Finding], Cable | None]:
    try:
        cable = parse_cable(text, path)
    except parser.ParseFailure as exc:
        span = Span(exc.line, exc.column, exc.line, exc.column + 1)
        return [_finding(path, parse_error, span,
                         f"the cable could not be parsed here ({exc.reason})", None, settings)], None
    except RecursionError:
        return [_finding(path, parse_error, FILE_START,
                         "the cable could not be parsed (nesting too deep)", None, settings)], None
    if cable.record.kind == _NOT_A_CABLE:
        # nothing a rule could say about it would be true: one finding, and how to skip it
        return [_finding(path, not_a_cable, FILE_START,
                         "the file is not a cable: no classification line, telegram header, "
                         "E.O., TAGS or SUBJECT field; " + exclusion_hint(path),
                         None, settings)], cable
    findings = run_rules(cable, settings.rules, settings)
    if any(f.fix is not None for f in findings):
        from .fixes import resolve  # only for the few findings that carry a fix
        findings = resolve(findings, text)
    return findings, cable


def exclusion_hint(path: str) -> str:
    """How to keep a file that is no cable out of the runs, as a line to paste."""
    name = os.path.basename(path)
    if not name or name == "-":
        name = "NAME"
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    return (f'if it is not meant to be linted, add `exclude = ["{quoted}"]` to cablelint.toml (or '
            f"[tool.cablelint] in pyproject.toml); files named on the command line are left out "
            f"too with --force-exclude, which the pre-commit hook passes")


def run_rules(cable: Cable, rules: Iterable[Rule], settings: Settings) -> list[Finding]:
    out: list[Finding] = []
    path = cable.path
    for r, check, options in _plan(rules, settings.options):
        try:
            for hit in check(cable, options):
                out.append(_finding(path, r, hit.span, hit.message, hit.severity, settings, hit.key,
                                    hit.related, hit.fix))
        except (Exception, SystemExit) as exc:  # isolation: a failing rule is a finding, not a crash
            # (SystemExit too: a plugin calling sys.exit() must not end the whole run)
            out.append(_finding(path, internal_error, FILE_START,
                                f"rule {r.code} [{r.name}] raised {type(exc).__name__}; "
                                f"its findings for this file are missing", ERROR, settings))
    return out


# the plans of the last few tuples of rules run, with the options they were resolved with and
# a copy of their values (a run lints every file with one or a few settings; a caller of the
# API that changes a Settings' options in place between files gets a new plan)
_PLANS: dict[int, tuple[tuple[Rule, ...], dict, dict, tuple]] = {}
_PLANS_KEPT = 16


def _plan(rules: Iterable[Rule], options: dict) -> tuple | list:
    """Each rule with its check and its options (the rule's defaults with the configured values
    over them), resolved once for a tuple of rules rather than for every file."""
    if type(rules) is not tuple:
        return _resolve(rules, options)
    kept = _PLANS.get(id(rules))
    if kept is not None and kept[0] is rules and kept[1] is options and kept[2] == options:
        return kept[3]
    if len(_PLANS) >= _PLANS_KEPT:
        _PLANS.clear()
    plan = tuple(_resolve(rules, options))
    _PLANS[id(rules)] = (rules, options, copy.deepcopy(options), plan)
    return plan


def _resolve(rules: Iterable[Rule], options: dict) -> list:
    out = []
    for r in rules:
        configured = options.get(r.code) if options else None
        try:
            out.append((r, r.check, r.with_options(configured) if configured else r.options))
        except Exception as exc:  # (options of the wrong shape: the rule fails on every file)
            out.append((r, functools.partial(_raise, exc), None))
    return out


def _raise(exc: Exception, cable: Cable, options) -> Iterable:
    raise exc
