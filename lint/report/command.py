"""`cablelint report PATH... -o report.html`: the run of `check`, drawn as one HTML page.

The files are linted exactly as `check` lints them (configuration, selection, cache, processes:
`check_command.lint_run`), and the exit code is the one `check` would give: 0 no error finding (with
`--baseline`, no new one), 1 error findings, 2 a file not opened, a failing rule, a bad
configuration or baseline, or a page that could not be written. A page is written whenever the
run got as far as linting, and says what went wrong.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..check_command import Run, add_run_arguments, add_selection_arguments, lint_run
from ..writing import WriteRefused, write_output
from ..exit_codes import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from ..rule import ERROR, Registry

EXTRA_HINT = "pip install 'cablelint[report]'"


def add_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("paths", nargs="*", metavar="PATH",
                   help="files and folders (their cables, by `include`)")
    c.add_argument("--output", "-o", type=Path, metavar="FILE", required=True,
                   help="the HTML page to write")
    c.add_argument("--baseline", type=Path, metavar="FILE",
                   help="show what is new and what is gone since this baseline "
                        "(from `check --write-baseline`)")
    c.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    add_selection_arguments(c)
    add_run_arguments(c)
    c.set_defaults(stdin_filename=None)


def _err(msg: str) -> None:
    print(f"cablelint: {msg}", file=sys.stderr)


def _missing_extra() -> str | None:
    for module in ("altair", "vl_convert"):
        try:
            __import__(module)
        except ImportError:
            return module
    return None


def _compare(run: Run, file: Path):
    from .. import baseline
    from .summary import Baseline

    try:
        filtered = baseline.apply(baseline.read(file), run.findings, run.identities)
    except baseline.BaselineError as exc:
        _err(str(exc))
        return Baseline(str(file), error=str(exc))
    return Baseline(str(file), filtered.findings, filtered.stale, filtered.known)


def run_report(args: argparse.Namespace, registry: Registry) -> int:
    missing = _missing_extra()
    if missing is not None:
        _err(f"`report` needs {missing}, which comes with the `report` extra: {EXTRA_HINT}")
        return EXIT_ERROR
    if args.output.is_dir():
        _err(f"{args.output}: is a folder; give the file to write the page to")
        return EXIT_ERROR
    for err in registry.load_errors:
        _err(err)
    run = lint_run(args, registry)
    if isinstance(run, int):
        return run
    from .charts import charts
    from .page import javascript_bundle, render, vegalite_version
    from .summary import summarise

    compared = _compare(run, args.baseline) if args.baseline is not None else None
    facts = {r.path: r.facts for r in run.results}
    summary = summarise(run.paths, facts, run.identities, run.findings, registry, run.unread,
                        compared)
    cache_dir = None
    if not args.no_cache:
        from ..cache import default_cache_dir
        cache_dir = args.cache_dir or default_cache_dir()
    page = render(summary, charts(summary), javascript_bundle(vegalite_version(), cache_dir),
                  args.paths or ["."])
    try:
        # never over a linted file or a cable; whole or not at all
        write_output(args.output, page, run.paths)
    except WriteRefused as exc:
        _err(str(exc))
        return EXIT_ERROR

    judged = compared.new if compared is not None and compared.error is None else run.findings
    errors = sum(1 for f in judged if f.severity == ERROR)
    _err(f"wrote {args.output}: {summary.files:,} file{'s' if summary.files != 1 else ''}, "
         f"{summary.findings:,} finding{'s' if summary.findings != 1 else ''}"
         + (f", {len(compared.new):,} new since the baseline"
            if compared is not None and compared.error is None else "")
         + (f"; no files to lint in {' '.join(args.paths) or '.'}" if not summary.files else ""))
    if run.unread or any(f.code == "CL002" for f in run.findings):
        return EXIT_ERROR
    if compared is not None and compared.error is not None:
        return EXIT_ERROR
    if args.exit_zero:
        return EXIT_OK
    return EXIT_FINDINGS if errors else EXIT_OK
