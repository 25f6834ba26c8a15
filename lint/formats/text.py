"""`path:line:col: CODE [name] severity: message`, one per line, then a summary line.

Columns count characters (Unicode code points) from 1, not bytes: `¶` is one column.
"""
from __future__ import annotations

from collections import Counter

from ..escape import shown
from . import Report, register

# ANSI styles, used only when the CLI decided colour is wanted (a terminal, no NO_COLOR, no CI).
_STYLES = {"bold": "1", "code": "36", "error": "31;1", "warning": "33", "info": "34"}


def _paint(text: str, style: str) -> str:
    return f"\x1b[{_STYLES.get(style, '0')}m{text}\x1b[0m"


_RELATED_SHOWN = 8


def _also(f) -> str:
    """The other places of a grouped finding, compactly: ` (also at 14:1, 20:1 and 3 more)`."""
    if not f.related:
        return ""
    places = ", ".join(f"{s.line}:{s.column}" for s in f.related[:_RELATED_SHOWN])
    rest = len(f.related) - _RELATED_SHOWN
    return f" (also at {places}{f' and {rest} more' if rest > 0 else ''})"


@register("text", "one line per finding, for terminals and editors")
def render(report: Report) -> str:
    paint = _paint if report.color else (lambda text, _style: text)
    lines = [f"{paint(shown(f.path), 'bold')}:{f.line}:{f.column}: {paint(f.code, 'code')} [{f.name}] "
             f"{paint(f.severity, f.severity)}: {shown(f.message)}{_also(f)}"
             for f in report.findings]
    if not report.quiet:
        lines += summary(report)
    return "".join(line + "\n" for line in lines)


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(report: Report) -> list[str]:
    """The closing lines: counts by severity, or why nothing was found."""
    sev = Counter(f.severity for f in report.findings)
    files_with = len({f.path for f in report.findings})
    n = len(report.findings)
    if n:
        return [f"Found {plural(n, 'finding')} ({plural(sev['error'], 'error')}, "
                f"{plural(sev['warning'], 'warning')}, {sev['info']} info) in {files_with} of "
                f"{plural(report.files, 'file')}; `cablelint rule CODE` explains a rule."]
    if report.unread:
        read = report.files - report.unread
        return [f"No findings in the {plural(read, 'file')} read; {report.unread} could not be read."]
    if not report.files:
        return [nothing_checked(report.skipped)]
    return [f"All clear: {plural(report.files, 'file')} checked, no findings."]


def nothing_checked(skipped: int) -> str:
    if skipped:
        which = "the 1 file" if skipped == 1 else f"all {skipped} files"
        return (f"Nothing checked: {which} below the named paths {'is' if skipped == 1 else 'are'} "
                f"excluded or not cables by `include` (`--show-files` lists what would be checked).")
    return "Nothing checked: no cables below the named paths (by `include`, default *.txt)."
