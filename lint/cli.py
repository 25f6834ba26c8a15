"""The command line: `cablelint check|report|rules|rule|parse`: argument parsing, and each
command on top of `cablelint.api`.

Exit codes (stable, for CI): 0 no error-severity finding; 1 error findings (a file that is
not a cable at all is one); 2 usage or configuration error, internal error, or a file the
operating system would not open.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Sequence

from . import __version__, api
from .exit_codes import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_TERMINATED
from .source import Unreadable, load

STDIN = "-"


class _Parser(argparse.ArgumentParser):
    """argparse that suggests the nearest subcommand or choice for a mistyped one (Python 3.11
    does not; argparse's own wording is kept, the suggestion appended)."""

    def error(self, message: str):  # type: ignore[override]
        import re

        m = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
        if m:
            from .suggest import did_you_mean

            choices = [c.strip().strip("'") for c in m.group(2).split(",")]
            message += did_you_mean(m.group(1), choices)
        super().error(message)


def _unknown(parser: argparse.ArgumentParser, extras: list[str]) -> None:
    """Refuse arguments the subcommand does not know, with its usage and the nearest flag."""
    from .suggest import did_you_mean

    flags = [s for a in parser._actions for s in a.option_strings]
    first = next((e.split("=", 1)[0] for e in extras if e.startswith("-") and e != STDIN), None)
    parser.error(f"unrecognized arguments: {' '.join(extras)}"
                 + (did_you_mean(first, flags) if first else ""))


def _read(path: Path) -> bytes | Unreadable | str:
    # source.load refuses huge and non-regular files from fstat, without reading them.
    try:
        return load(path)
    except OSError as exc:
        return exc.strerror or type(exc).__name__


def cmd_check(args: argparse.Namespace) -> int:
    # Configuration, discovery, the pool, the cache, baselines and output live in check_command.py.
    from .check_command import run_check
    return run_check(args, api.registry())


def cmd_report(args: argparse.Namespace) -> int:
    from .report.command import run_report
    return run_report(args, api.registry())


def cmd_rules(args: argparse.Namespace) -> int:
    registry = api.registry()
    for r in registry.rules:
        flag = "" if r.default_enabled else " (off by default)"
        print(f"{r.code}  {r.name:34s} {r.severity:8s} {r.summary}{flag}")
    return EXIT_OK


def cmd_rule(args: argparse.Namespace) -> int:
    registry = api.registry()
    r = registry.get(args.rule)
    if r is None:
        from .suggest import did_you_mean

        words = [w for x in registry.rules for w in (x.code, x.name)]
        print(f"cablelint: no rule {args.rule!r}; `cablelint rules` lists them"
              + did_you_mean(args.rule, words), file=sys.stderr)
        return EXIT_ERROR
    print(f"{r.code} {r.name} (default severity: {r.severity})\n")
    print(r.doc)
    if r.options:
        print("\nOptions: " + ", ".join(f"{k} (default {v!r})" for k, v in r.options.items()))
    return EXIT_OK


def cmd_parse(args: argparse.Namespace) -> int:
    import json  # only `parse` prints JSON: a check need not import it

    from .dump import cable_to_dict
    from .parser import ParseFailure
    from .source import Unreadable, decode

    if args.file == STDIN:
        from .source import MAX_BYTES

        # one byte past the limit, so that an endless pipe is refused rather than swallowed
        data: bytes | Unreadable | str = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            data = Unreadable(f"standard input is more than the {MAX_BYTES:,} bytes a cable can be")
    else:
        data = _read(Path(args.file))
    if isinstance(data, str):
        print(f"cablelint: {args.file}: cannot read: {data}", file=sys.stderr)
        return EXIT_ERROR
    src = decode(data)
    if isinstance(src, Unreadable):
        print(f"cablelint: {args.file}: {src.reason}", file=sys.stderr)
        return EXIT_ERROR
    try:
        cable = api.parse(src.text, args.file)
    except ParseFailure as exc:
        print(f"cablelint: {args.file}:{exc}: could not be parsed", file=sys.stderr)
        return EXIT_ERROR
    json.dump(cable_to_dict(cable), sys.stdout, indent=1)
    sys.stdout.write("\n")
    return EXIT_OK


def cmd_server(args: argparse.Namespace) -> int:
    try:
        from .server import main as serve
    except ImportError as exc:  # pygls is an extra: the linter itself stays light
        print(f"cablelint: the language server needs `pip install 'cablelint[lsp]'` "
              f"({exc.name or exc} is missing)", file=sys.stderr)
        return EXIT_ERROR
    return serve()


def build_parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="cablelint", description="Lint classification markings in diplomatic cables.")
    ap.add_argument("--version", action="version", version=f"cablelint {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="lint files and directories (*.txt below directories)")
    from .check_command import add_arguments
    add_arguments(c)
    c.set_defaults(func=cmd_check)
    rp = sub.add_parser("report", help="lint files and folders and write one HTML page about them")
    from .report.command import add_arguments as add_report_arguments
    add_report_arguments(rp)
    rp.set_defaults(func=cmd_report)
    r = sub.add_parser("rules", help="list the rules")
    r.set_defaults(func=cmd_rules)
    r1 = sub.add_parser("rule", help="show one rule's documentation")
    r1.add_argument("rule", metavar="NAME|CODE")
    r1.set_defaults(func=cmd_rule)
    p = sub.add_parser("parse", help="print the document model of a cable as JSON")
    p.add_argument("file", metavar="FILE", help="the cable, or - for standard input")
    p.set_defaults(func=cmd_parse)
    s = sub.add_parser("server", help="the language server for editors (LSP on standard input "
                                      "and output; needs cablelint[lsp])")
    s.add_argument("--stdio", action="store_true", help="accepted for clients that pass it "
                                                       "(standard input and output is the default)")
    s.set_defaults(func=cmd_server)
    ap.set_defaults(commands=sub.choices)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    from .hook_args import guarded

    _never_raise_on_encoding()
    ap = build_parser()
    try:
        args, extras = ap.parse_known_args(guarded(sys.argv[1:] if argv is None else argv))
        if extras:  # the subcommand's usage, not the top level's, and the nearest flag
            _unknown(args.commands[args.command], extras)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    from .signals import Terminated, terminate_like_interrupt

    try:
        with terminate_like_interrupt():
            return args.func(args)
    except Terminated:
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except OSError as exc:  # standard output on a full disk (/dev/full), say
        _quiet_stdout()
        print(f"cablelint: cannot write the output: {exc.strerror or type(exc).__name__}",
              file=sys.stderr)
        return EXIT_ERROR


def _never_raise_on_encoding() -> None:
    """A character the output's encoding lacks (PYTHONIOENCODING=ascii) is written as an
    escape, never a traceback. (Names from outside are escaped before they get here.)"""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            pass


def _quiet_stdout() -> None:
    """Point standard output at the null device, so the interpreter's last flush of what
    could not be written raises nothing more at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    sys.exit(main())
