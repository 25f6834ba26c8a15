"""`cablelint check`: its options, and the run from paths to output and exit code.

The run itself is `cablelint.api` (plan: configuration, selection and which files are cables;
run: the process pool and the cache); here are the options, the progress bar, the baseline
(baseline.py), the output (formats/) and the exit code.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .config import ConfigError
from .exit_codes import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from .formats import FORMATS, Report
from .rule import ERROR, INFO, SEVERITIES, Finding, Registry
from .select import CommandLine, Resolver, discover
from .source import MAX_BYTES, Unreadable

if TYPE_CHECKING:
    from .runner import FileResult

STDIN = "-"
OUTPUT_FORMAT_ENV = "CABLELINT_OUTPUT_FORMAT"


def _selectors(text: str) -> list[str]:
    return [s.strip() for s in text.split(",") if s.strip()]


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def add_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("paths", nargs="*", metavar="PATH",
                   help="files, folders (their cables, by `include`), or - for standard input")
    add_selection_arguments(c)
    o = c.add_argument_group("output")
    o.add_argument("--output-format", "-f", choices=sorted(FORMATS), default=None,
                   help=f"default: text, or ${OUTPUT_FORMAT_ENV}")
    o.add_argument("--output-file", "-o", type=Path, metavar="FILE", help="write the report here")
    o.add_argument("--statistics", action="store_true", help="print counts per rule instead")
    o.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    o.add_argument("--fail-on", choices=SEVERITIES, default=ERROR, metavar="SEVERITY",
                   help="exit 1 when a finding shown is this severe or more: error (the default), "
                        "warning or info")
    o.add_argument("--min-severity", choices=SEVERITIES, default=INFO, metavar="SEVERITY",
                   help="show only findings this severe or more: `warning` hides info findings, "
                        "`error` shows errors only (default: info, everything)")
    o.add_argument("--quiet", "-q", action="store_true",
                   help="print the findings and errors only: no summary line, no notes")
    o.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="auto: only on a terminal, and never when NO_COLOR or CI is set")
    o.add_argument("--stdin-filename", metavar="PATH",
                   help="lint standard input as if it were this file (its configuration applies)")
    i = c.add_argument_group("inspection (print, then exit 0; nothing is linted)")
    ix = i.add_mutually_exclusive_group()
    ix.add_argument("--show-settings", type=Path, metavar="FILE",
                    help="the configuration that applies to FILE, the file it came from, and the "
                         "rules, severities and options that would run on it")
    ix.add_argument("--show-files", action="store_true",
                    help="the files that would be linted, one per line")
    x = c.add_argument_group("fixes")
    x.add_argument("--fix", action="store_true",
                   help="apply the safe fixes (a change of form, never of a marking) in place")
    x.add_argument("--unsafe-fixes", action="store_true",
                   help="with --fix or --diff: the unsafe fixes too (marking decisions: review them)")
    x.add_argument("--diff", action="store_true",
                   help="print the changes the fixes would make, as a diff; write nothing")
    b = c.add_argument_group("legacy repositories")
    bx = b.add_mutually_exclusive_group()
    bx.add_argument("--baseline", type=Path, metavar="FILE", help="report only findings not in FILE")
    bx.add_argument("--write-baseline", type=Path, metavar="FILE",
                    help="record the current findings in FILE and exit 0")
    add_run_arguments(c)


def add_selection_arguments(c: argparse.ArgumentParser) -> None:
    """The options that choose rules and configuration (`check` and `report` share them)."""
    g = c.add_argument_group("rule selection (overrides the configuration file)")
    g.add_argument("--select", type=_selectors, metavar="RULES",
                   help="comma-separated codes, names or code prefixes: run only these")
    g.add_argument("--extend-select", type=_selectors, default=[], metavar="RULES",
                   help="run these as well")
    g.add_argument("--ignore", type=_selectors, default=[], metavar="RULES", help="do not run these")
    cfg = g.add_mutually_exclusive_group()
    cfg.add_argument("--config", type=Path, metavar="FILE",
                     help="use this configuration file for every file (no search)")
    cfg.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    g.add_argument("--pre-commit", action="store_true",
                   help="for the pre-commit hook's entry: a later argument naming an existing "
                        "file is that file, even when it starts with - (see lint/hook_args.py)")
    g.add_argument("--force-exclude", action="store_true",
                   help="apply `exclude` to files named on the command line too")


def add_run_arguments(c: argparse.ArgumentParser) -> None:
    """Processes and the result cache (`check` and `report` share them)."""
    p = c.add_argument_group("large repositories")
    p.add_argument("--jobs", "-j", type=_positive, metavar="N", help="processes (default: all cores)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the result cache")
    p.add_argument("--cache-dir", type=Path, metavar="DIR",
                   help="default: $XDG_CACHE_HOME/cablelint or ~/.cache/cablelint")


def _err(msg: str) -> None:
    from .escape import shown  # (names in messages come from outside: files, baselines)
    print(f"cablelint: {shown(msg)}", file=sys.stderr)


def _use_color(args: argparse.Namespace) -> bool:
    if args.color != "auto":
        return args.color == "always"
    if args.output_file is not None or os.environ.get("NO_COLOR") or os.environ.get("CI"):
        return False
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


class Run(NamedTuple):
    """A lint run over the command line's paths, before any baseline or output."""

    paths: tuple[str, ...]  # every file linted, in order
    results: list[FileResult]  # each file's findings and facts (not those the OS would not open)
    findings: list[Finding]  # all of them, sorted
    identities: dict[str, str | None]
    unread: int  # files the operating system would not open (each said on stderr)
    severities: dict[str, str]  # severity overrides of the run's configuration
    skipped: int  # files below the folders that are not cables by `include`, or excluded


def _paths(args: argparse.Namespace) -> list[str]:
    paths = list(args.paths)
    if args.stdin_filename and not paths:
        paths = [STDIN]
    return paths or ["."]


def _command_line(args: argparse.Namespace) -> CommandLine:
    return CommandLine(tuple(args.select) if args.select is not None else None,
                       tuple(args.extend_select), tuple(args.ignore), args.config, args.isolated,
                       args.force_exclude)


def show(args: argparse.Namespace, registry: Registry, fmt: str) -> int:
    """`--show-settings FILE` and `--show-files`: what a run would do, without linting."""
    from .show import render_settings, settings_of

    try:
        resolver = Resolver(registry, _command_line(args))
        if args.show_settings is not None:
            info = settings_of(args.show_settings, resolver, registry)
            text = render_settings(info, as_json=fmt in ("json", "json-lines"))
        else:
            files: list[str] = []
            for p in _paths(args):
                files += [args.stdin_filename or STDIN] if p == STDIN else discover([p], resolver)
            text = "".join(f + "\n" for f in files)
    except ConfigError as exc:
        _err(f"configuration error: {exc}")
        return EXIT_ERROR
    sys.stdout.write(text)
    return EXIT_OK


def lint_run(args: argparse.Namespace, registry: Registry) -> Run | int:
    """The engine as `check` runs it (and `report`, which must agree with it), through
    `cablelint.api`, with a progress bar on a terminal. An int is the exit code of a run that
    could not start."""
    from . import api

    paths = _paths(args)
    if paths.count(STDIN) > 1:
        _err("standard input (-) can be linted only once per run")
        return EXIT_ERROR
    # (`report` shares this run and has no fix options)
    fixing, diff, unsafe = (getattr(args, k, False) for k in ("fix", "diff", "unsafe_fixes"))
    fix = "unsafe" if unsafe else "safe" if fixing or diff else ""
    if unsafe and not (fixing or diff):
        _err("--unsafe-fixes goes with --fix or --diff")
        return EXIT_ERROR
    if fixing and not diff and STDIN in paths:
        _err("--fix cannot write standard input back; use --diff")
        return EXIT_ERROR
    try:
        stdin = _read_stdin() if STDIN in paths else None
    except OSError as exc:
        _err(f"cannot read standard input: {exc.strerror or type(exc).__name__}")
        return EXIT_ERROR
    try:
        planned = api.plan(paths, args.config, select=args.select, extend_select=args.extend_select,
                           ignore=args.ignore, isolated=args.isolated,
                           force_exclude=args.force_exclude, stdin=stdin,
                           stdin_name=args.stdin_filename, cached=not args.no_cache and not fix,
                           fix=fix, diff=diff, rules=registry)
    except ConfigError as exc:
        _err(f"configuration error: {exc}")
        return EXIT_ERROR
    except OSError as exc:  # (discovery names the file it could not look at)
        where = f"{exc.filename}: " if exc.filename else ""
        _err(f"{where}cannot be read: {exc.strerror or type(exc).__name__}")
        return EXIT_ERROR

    cache_dir = None
    if not args.no_cache and not fix:  # (fixing writes files: always lint them afresh)
        from .cache import default_cache_dir
        cache_dir = args.cache_dir or default_cache_dir()
    from . import progress
    bar = progress.Progress(len(planned.jobs)) if progress.wanted(len(planned.jobs)) else None
    try:
        done = api.run(planned, jobs=args.jobs, cache_dir=cache_dir,
                       tick=bar.tick if bar else None, rules=registry)
    except api.WorkerDied as exc:
        _err(str(exc))
        return EXIT_ERROR
    finally:
        if bar:
            bar.close()
    for path, reason in done.read_errors.items():
        _err(f"{path}: cannot read: {reason}")
    return Run(done.paths, done.results, done.findings, {r.path: r.identity for r in done.results},
               len(done.read_errors), done.severities, done.skipped)


def _read_stdin() -> bytes | Unreadable:
    """Standard input, or why it is refused: one byte past the limit is read, so that an
    endless pipe is refused, not swallowed whole."""
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        return Unreadable(f"standard input is more than the {MAX_BYTES:,} bytes a cable can be")
    return data


def run_check(args: argparse.Namespace, registry: Registry) -> int:
    for err in registry.load_errors:
        _err(err)
    fmt = args.output_format or os.environ.get(OUTPUT_FORMAT_ENV) or "text"
    if fmt not in FORMATS:
        _err(f"${OUTPUT_FORMAT_ENV}={fmt!r} is not a format; allowed: {', '.join(sorted(FORMATS))}")
        return EXIT_ERROR
    if args.show_settings is not None or args.show_files:
        return show(args, registry, fmt)
    run = lint_run(args, registry)
    if isinstance(run, int):
        return run
    note = (lambda _msg: None) if args.quiet else _err  # what -q leaves out: notes, not errors
    findings, identities, unread = run.findings, run.identities, run.unread
    read_failed = unread > 0
    internal = any(f.code == "CL002" for f in findings)
    fixed = sum(o.fixed for o in run.results)
    changed = sum(1 for o in run.results if o.fixed)
    if args.diff:
        # (ruff's --diff: the diff alone, exit 1 when there is something to fix)
        sys.stdout.write("".join(o.diff for o in run.results))
        sys.stdout.flush()
        _err(f"{fixed} fix{'es' if fixed != 1 else ''} would change {changed} "
             f"file{'s' if changed != 1 else ''}")
        return EXIT_ERROR if read_failed or internal else EXIT_FINDINGS if changed else EXIT_OK
    if args.fix:
        _err(f"fixed {fixed} finding{'s' if fixed != 1 else ''} in {changed} "
             f"file{'s' if changed != 1 else ''}")

    if args.write_baseline is not None or args.baseline is not None:
        from . import baseline  # only for these options: it reads and writes JSON

        try:
            if args.write_baseline is not None:
                n = baseline.write(args.write_baseline, findings, identities, run.paths)
                note(f"wrote a baseline of {n} finding{'s' if n != 1 else ''} to {args.write_baseline}")
                return EXIT_ERROR if read_failed or internal else EXIT_OK
            filtered = baseline.apply(baseline.read(args.baseline), findings, identities)
            findings = filtered.findings
            if filtered.stale:
                total = sum(n for _, n in filtered.stale)
                note(f"{total} baseline entr{'ies are' if total != 1 else 'y is'} stale (the finding "
                     f"is gone; rewrite the baseline with --write-baseline to drop "
                     f"{'them' if total != 1 else 'it'}):")
                for (code, cable, key), n in filtered.stale:
                    note(f"  stale: {code} in {cable}" + (f" [{key}]" if key else "")
                         + (f" x{n}" if n > 1 else ""))
        except baseline.BaselineError as exc:
            _err(str(exc))
            return EXIT_ERROR

    findings = at_least(findings, args.min_severity)
    report = Report(findings, len(run.paths), registry, run.paths, _use_color(args), unread,
                    identities, run.severities, run.skipped, args.quiet)
    if args.statistics:
        from .formats.statistics import render_statistics
        text = render_statistics(report, as_json=fmt in ("json", "json-lines"))
    else:
        text = FORMATS[fmt].render(report)
    if args.output_file is not None:
        from .writing import WriteRefused, write_output
        try:
            write_output(args.output_file, text, run.paths)
        except WriteRefused as exc:
            _err(str(exc))
            return EXIT_ERROR
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    if read_failed or internal:
        return EXIT_ERROR
    if args.exit_zero:
        return EXIT_OK
    return EXIT_FINDINGS if at_least(findings, args.fail_on) else EXIT_OK


def at_least(findings: list[Finding], severity: str) -> list[Finding]:
    """The findings as severe as `severity` or more (SEVERITIES runs from the most severe)."""
    worst = SEVERITIES[:SEVERITIES.index(severity) + 1]
    return findings if severity == INFO else [f for f in findings if f.severity in worst]
