"""lint/ is built in layers, each importing only from its own layer and the ones below, with no
import circle (README, "How it is built"). Read from the source with `ast`: imports inside
functions count too, since a deferred import is still a dependency.

A new module goes into the layer of what it is; if it needs something above that layer, the
thing it needs is in the wrong place.
"""
from __future__ import annotations

import ast
from pathlib import Path

LINT = Path(__file__).resolve().parent.parent / "lint"

# bottom to top
LAYERS: list[tuple[str, set[str]]] = [
    ("foundations", {"__init__", "lazyre", "tree", "source", "plugins", "progress", "suggest",
                     "exit_codes", "escape", "writing", "fastlex", "hook_args", "walk", "signals",
                     "words", "data"}),
    ("parser runtime", {"scanner", "tablegen", "tables", "driver", "parser"}),
    ("vocabulary and timeline", {"marking", "eo", "tags", "releasability"}),
    ("model", {"span", "readers", "elements", "builder", "model", "record", "facts", "textpos",
               "dump", "evidence"}),
    ("records, settings and output", {"rule", "fixes", "system", "config", "select", "show",
                                      "baseline", "formats", "explain"}),
    ("registry", {"registry"}),
    ("runner (one file)", {"runner", "fixer"}),
    ("batch (many files: the pool and the cache)", {"batch", "cache"}),
    ("public API", {"api"}),
    ("commands", {"check_command", "report", "server"}),
    ("command line", {"cli", "__main__"}),
]


def _layer_of(module: str) -> int | None:
    top = module.split(".")[0]
    for i, (_, members) in enumerate(LAYERS):
        if top in members:
            return i
    return None


def _modules() -> dict[str, Path]:
    out = {}
    for p in sorted(LINT.rglob("*.py")):
        parts = list(p.relative_to(LINT).with_suffix("").parts)
        if parts[-1] == "__init__" and len(parts) > 1:
            parts.pop()
        out[".".join(parts)] = p
    return out


def _imports(module: str, path: Path) -> set[str]:
    """The lint/ modules that `module` imports (as `cablelint.x` or relatively)."""
    package = module.split(".") if path.name == "__init__.py" and module != "__init__" else \
        module.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1] if node.level > 1 else package
                target = base + (node.module.split(".") if node.module else [])
                names = [".".join(target)] if node.module else \
                    [".".join(target + [a.name]) for a in node.names]
                found.update(n for n in names if n)
            elif node.module and node.module.startswith("cablelint"):
                found.add(node.module[len("cablelint."):] or "__init__")
        elif isinstance(node, ast.Import):
            found.update(a.name[len("cablelint."):] for a in node.names
                         if a.name.startswith("cablelint."))
    known = _modules()
    out = set()
    for name in found:
        # `from . import x` names a module or something in the package's __init__
        while name and name not in known and "." in name:
            name = name.rsplit(".", 1)[0]
        if name in known:
            out.add(name)
        elif name == "" or name in ("__version__",):
            out.add("__init__")
    return out - {module}


def test_every_module_has_a_layer():
    unplaced = [m for m in _modules() if _layer_of(m) is None]
    assert not unplaced, f"add these modules to a layer in tests/test_layers.py and the README: {unplaced}"


def test_imports_only_point_down():
    upward = []
    for module, path in _modules().items():
        mine = _layer_of(module)
        for dep in _imports(module, path):
            theirs = _layer_of(dep)
            if mine is not None and theirs is not None and theirs > mine:
                upward.append(f"{module} ({LAYERS[mine][0]}) imports {dep} ({LAYERS[theirs][0]})")
    assert not upward, "\n".join(upward)


def test_no_import_circle():
    graph = {m: _imports(m, p) for m, p in _modules().items()}
    circles = []
    state: dict[str, int] = {}

    def visit(m: str, trail: list[str]) -> None:
        state[m] = 1
        for dep in sorted(graph.get(m, ())):
            if state.get(dep) == 1:
                circles.append(" -> ".join(trail[trail.index(dep):] + [dep]))
            elif dep not in state:
                visit(dep, trail + [dep])
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])
    assert not circles, "\n".join(circles)


def test_the_reader_sees_the_imports_it_must():
    imports = _imports("runner", LINT / "runner.py")
    assert {"builder", "span", "parser", "rule", "source", "system"} <= imports
    assert "api" in _imports("cli", LINT / "cli.py")


def test_the_readme_shows_the_same_layers():
    import re

    text = (LINT.parent / "README.md").read_text(encoding="utf-8")
    start = text.index("| layer | modules |")
    rows = []
    for line in text[start:].splitlines()[2:]:
        if not line.strip().startswith("|"):
            break
        rows.append(line.strip().split("|")[2])
    known = set(_modules()) | {m.split(".")[0] for m in _modules()}
    shown = [{w.rstrip("/") for w in re.findall(r"`([^`]+)`", cell)} & known for cell in rows]
    assert shown == [members - {"__init__", "data"} for _, members in LAYERS]
