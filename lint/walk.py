"""Walking a folder tree: without recursion, so its depth has no limit and costs time in
proportion to it (os.walk nests one generator per level, which makes each level cost as much as
the levels above it and ends in a RecursionError near 1,000), in a stable order, and saying
which folders could not be listed instead of skipping them silently.
"""
from __future__ import annotations

import os
from typing import Callable, Iterator, NamedTuple


class Unlisted(NamedTuple):
    folder: str
    reason: str


def walk(top: str, keep: Callable[[str, str], bool],
         unlisted: list[Unlisted]) -> Iterator[tuple[str, list[str]]]:
    """(folder, file names) for `top` and every folder below it that `keep(parent, name)`
    accepts, parents before children, each level in name order. Links to folders are not
    followed (as os.walk does not); a folder that cannot be listed is added to `unlisted`."""
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            unlisted.append(Unlisted(folder, exc.strerror or type(exc).__name__))
            continue
        dirs: list[str] = []
        files: list[str] = []
        for e in entries:
            try:
                is_dir = e.is_dir()
            except OSError:
                is_dir = False
            if not is_dir:
                files.append(e.name)
            elif not e.is_symlink() and keep(folder, e.name):
                dirs.append(e.path)
        yield folder, files
        stack.extend(reversed(dirs))
