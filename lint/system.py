"""Findings the engine itself reports: files that cannot be read or parsed, and failing rules.

They are documented and selectable like any rule (`cablelint rule parse-error`), but they come
from the engine, not from a check of the cable model.
"""
from __future__ import annotations

from .rule import ERROR, WARNING, rule


@rule("CL001", "parse-error", ERROR)
def parse_error(cable, options):
    """The file could not be read as a cable at all.

    Why: a cable that cannot be parsed cannot be checked; saying so is better than passing it
    silently. The grammar accepts almost any text, so this is rare: it names the line and
    column where reading stopped.

    Bad:
        (a file the grammar cannot read)

    Good:
        UNCLAS STATE 000001
        E.O. 12958: N/A
    """
    return ()


@rule("CL002", "internal-error", ERROR)
def internal_error(cable, options):
    """A rule raised an exception on this file; the other rules and files still ran.

    Why: one broken rule (built in or from a plugin) must never stop a CI run or hide the
    findings of the rest. The message names the rule and the exception type; the exit code is 2.

    Bad:
        (any cable, with a rule that raises)

    Good:
        (the same cable once the rule is fixed)
    """
    return ()


@rule("CL003", "unreadable-file", ERROR)
def unreadable_file(cable, options):
    """The file is not a cable: empty, only white space, binary, not a regular file, or too large.

    Why: document repositories hold everything; a linter that crashes or hangs on a stray
    binary gets switched off. One clear finding per such file, and the run goes on.

    Bad:
        (an empty file, or a file of NUL bytes)

    Good:
        UNCLAS STATE 000001
        E.O. 12958: N/A
    """
    return ()


@rule("CL005", "not-a-cable", ERROR)
def not_a_cable(cable, options):
    """The file is text but not a cable: it has no classification line, no telegram header
    (DTG, FM/TO lines, routing), no metadata, and no E.O., TAGS, SUBJECT, REF or Classified By
    field. It gets this one finding and no other.

    Why: a README, notes or a page of stray characters in a folder of cables would otherwise
    pass silently, as if it were a clean cable, or draw findings that mean nothing. Exclude such
    files with `exclude` in the configuration.

    Bad:
        Notes for the review team: meet on Tuesday.
        Bring the folder of scanned pages.

    Good:
        UNCLAS STATE 000001
        E.O. 12958: N/A
    """
    return ()


@rule("CL004", "encoding-assumed", WARNING)
def encoding_assumed(cable, options):
    """Bytes of the file are not UTF-8; each was read alone as cp1252 (else Latin-1).

    Why: positions and markings are only as right as the decoding; the finding stands at the
    first such byte and says how many there are, so that a reviewer can convert the file to
    UTF-8. The rest of the file stays UTF-8: one stray byte never turns every `¶` into `Â¶`.
    A UTF-8 file that ends inside a character (a truncated file) gets this finding too.

    Bad:
        (a cable saved in cp1252 with a curly apostrophe)

    Good:
        (the same cable saved as UTF-8)
    """
    return ()


SYSTEM_RULES = (parse_error, internal_error, unreadable_file, encoding_assumed, not_a_cable)
