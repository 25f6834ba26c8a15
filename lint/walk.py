"""Walking a folder tree: without recursion, so its depth has no limit and costs time in
proportion to it (os.walk nests one generator per level, which makes each level cost as much as
the levels above it and ends in a RecursionError near 1,000), in a stable order, and saying
which folders could not be listed instead of skipping them silently.

Each folder carries a state made from its parent's (`enter`), and nothing is kept for a folder
once its children are stacked: what a folder needs from above (its configuration, its resolved
path) is one step from its parent's, never a search through all its ancestors.
"""
from __future__ import annotations

import os
from typing import Callable, Iterator, NamedTuple, TypeVar

S = TypeVar("S")


class Unlisted(NamedTuple):
    folder: str
    reason: str


def walk(top: str, state: S, enter: Callable[[str, S, str], S | None],
         unlisted: list[Unlisted]) -> Iterator[tuple[str, S, list[str]]]:
    """(folder, its state, file names) for `top` (whose state is `state`) and every folder below
    it for which `enter(parent, parent's state, name)` gives a state (None prunes it), parents
    before children, each level in name order. Links to folders are not followed (as os.walk
    does not); a folder that cannot be listed is added to `unlisted`."""
    stack: list[tuple[str, S]] = [(top, state)]
    while stack:
        folder, here = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            unlisted.append(Unlisted(folder, exc.strerror or type(exc).__name__))
            continue
        dirs: list[tuple[str, S]] = []
        files: list[str] = []
        for e in entries:
            try:
                is_dir = e.is_dir()
            except OSError:
                is_dir = False
            if not is_dir:
                files.append(e.name)
            elif not e.is_symlink():
                child = enter(folder, here, e.name)
                if child is not None:
                    dirs.append((e.path, child))
        yield folder, here, files
        stack.extend(reversed(dirs))
