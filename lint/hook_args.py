"""File names handed over by a pre-commit hook are never read as options.

pre-commit appends the names of the files it checks to the hook's command, after the hook's own
arguments; a committed file named `--output-file=v.txt` would otherwise be read as that option
and make the hook overwrite `v.txt`. The shipped hook's entry carries HOOK_FLAG; every later
argument that starts with `-` and names an existing file or link is a file name, whatever it
looks like (it is passed on as `./NAME`). The hook's own arguments (`args:` in
.pre-commit-config.yaml) are options as usual, since they name no file: only a file committed
under exactly such a name could turn one into a file name, and then it is linted, which fails
loudly rather than quietly. Arguments after `--` are file names already.
"""
from __future__ import annotations

import os
from typing import Sequence

HOOK_FLAG = "--pre-commit"


def guarded(argv: Sequence[str]) -> list[str]:
    """`argv` with the file names after HOOK_FLAG made unmistakable."""
    args = list(argv)
    if HOOK_FLAG not in args:
        return args
    start = args.index(HOOK_FLAG) + 1
    for i in range(start, len(args)):
        a = args[i]
        if a == "--":
            break
        if a.startswith("-") and os.path.lexists(a):
            args[i] = os.path.join(".", a)
    return args
