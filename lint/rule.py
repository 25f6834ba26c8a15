"""What a rule is, what it reports, and the registry that holds the rules of a run.

A rule is a function decorated with `@rule(...)`: it takes the `Cable` and its options and
yields `Hit`s; the runner turns hits into `Finding`s with the path, code, name and severity.
The function's docstring is the rule's documentation, in the fixed shape

    What it checks, in one sentence.

    Why: the harm it prevents and the legal or policy basis.

    Bad:
        cable lines that trigger it

    Good:
        the corrected lines

and the test suite lints every Bad and Good example, so the docs cannot drift from behaviour.
"""
from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any, Callable, Iterable, Mapping, NamedTuple

from .lazyre import LazyPattern
from .span import Span

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)

_CODE_RE = re.compile(r"^[A-Z]{1,4}[0-9]{3}$")
_NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


SAFE, UNSAFE = "safe", "unsafe"  # a fix's applicability


# Records, here and in the other modules, are named tuples rather than frozen dataclasses
# (docs/performance.md, "Cold start").


class Edit(NamedTuple):
    """Replace the text of `span` (1-based, end column exclusive; an empty span inserts).

    With `old`, a rule names the marking to replace inside the span of its element, and the
    runner narrows the span to that marking (lint/fixes.py)."""

    span: Span
    text: str
    old: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {**self.span.as_dict(), "text": self.text}


class Fix(NamedTuple):
    """How to correct a finding: text edits and their applicability. A *safe* fix changes the
    form of a marking only (a spacing, `E.0.` for `E.O.`, a date in the required form); an
    *unsafe* one is a marking decision for a person (raise the banner, add a caption)."""

    edits: tuple[Edit, ...]
    applicability: str = SAFE
    title: str = ""  # what it does, naming markings only: "write E.O. for E.0."

    def as_dict(self) -> dict[str, Any]:
        return {"applicability": self.applicability, "title": self.title,
                "edits": [e.as_dict() for e in self.edits]}

    @staticmethod
    def from_dict(d: dict[str, Any]) -> "Fix":
        edits = tuple(Edit(Span(e["line"], e["column"], e["end_line"], e["end_column"]), e["text"])
                      for e in d["edits"])
        return Fix(edits, d["applicability"], d.get("title", ""))


class Hit(NamedTuple):
    """What a rule yields: where, and a message that names markings, never cable text."""

    span: Span
    message: str
    severity: str | None = None  # overrides the rule's default for this hit (e.g. a stale cite)
    key: str = ""  # what the finding is about, for baselines: a marking, an element name
    # the other places of the same fault, when one finding stands for a cable-wide pattern
    # (every paragraph unmarked, every mark after its number): one finding, many places
    related: tuple[Span, ...] = ()
    fix: Fix | None = None


class Finding(NamedTuple):
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    severity: str
    message: str
    key: str = ""
    related: tuple[Span, ...] = ()  # the other places of the same fault (see `Hit.related`)
    fix: Fix | None = None

    def as_dict(self) -> dict[str, Any]:
        """The finding as JSON: `related` (a list of spans) only when there are other places."""
        out = {
            "path": self.path, "line": self.line, "column": self.column,
            "end_line": self.end_line, "end_column": self.end_column, "code": self.code,
            "name": self.name, "severity": self.severity, "message": self.message,
        }
        if self.related:
            out["related"] = [s.as_dict() for s in self.related]
        if self.fix is not None:
            out["fix"] = self.fix.as_dict()
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Finding":
        """The finding `as_dict` (with its `key`) gave: the inverse, for the result cache."""
        related = tuple(Span(r["line"], r["column"], r["end_line"], r["end_column"])
                        for r in d.get("related", ()))
        return cls(d["path"], d["line"], d["column"], d["end_line"], d["end_column"], d["code"],
                   d["name"], d["severity"], d["message"], d.get("key", ""), related,
                   Fix.from_dict(d["fix"]) if d.get("fix") is not None else None)

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.message)


class Rule(NamedTuple):
    """A rule: its code, name and default severity, and `check(cable, options)`, which yields
    `Hit`s. Every check takes the options (the rule's defaults with the configured values over
    them, read-only), whether or not the rule declares any."""

    code: str
    name: str
    severity: str
    check: Callable[[Any, Mapping[str, Any]], Iterable[Hit]]
    # the options and their defaults
    options: Mapping[str, Any] = MappingProxyType({})
    default_enabled: bool = True
    summary: str = ""
    doc: str = ""

    def run(self, cable, options: Mapping[str, Any] | None = None) -> Iterable[Hit]:
        """The rule's hits on `cable`, with `options` over the rule's defaults."""
        return self.check(cable, self.with_options(options))

    def with_options(self, options: Mapping[str, Any] | None) -> Mapping[str, Any]:
        """The rule's defaults with `options` over them."""
        if not options:
            return self.options
        return MappingProxyType({**self.options, **options})

    def examples(self) -> dict[str, list[str]]:
        """The Bad and Good examples of the docstring, each as cable text."""
        return parse_examples(self.doc)


def rule(code: str, name: str, severity: str, *, options: dict[str, Any] | None = None,
         default_enabled: bool = True) -> Callable[[Callable], Rule]:
    """Declare a rule. The decorated function's docstring is its documentation."""
    if not _CODE_RE.match(code):
        raise ValueError(f"rule code {code!r} must look like CL101")
    if not _NAME_RE.match(name):
        raise ValueError(f"rule name {name!r} must be kebab-case")
    if severity not in SEVERITIES:
        raise ValueError(f"severity {severity!r} is not one of {SEVERITIES}")

    def wrap(fn: Callable) -> Rule:
        code_obj = getattr(fn, "__code__", None)
        if code_obj is not None and code_obj.co_argcount != 2:
            raise ValueError(f"rule {name}: the check must take (cable, options)")
        doc = _getdoc(fn)
        if not doc:
            raise ValueError(f"rule {name} has no docstring: the docstring is its documentation")
        summary = doc.strip().split("\n\n", 1)[0].replace("\n", " ")
        return Rule(code, name, severity, fn, MappingProxyType(dict(options or {})),
                    default_enabled, summary, doc)

    return wrap


def _getdoc(fn: Callable) -> str:
    """`inspect.getdoc(fn) or ""`: the docstring without its indentation (`inspect.cleandoc`),
    written out so that a run need not import `inspect` (docs/performance.md). The test suite
    checks that the two agree."""
    doc = getattr(fn, "__doc__", None)
    if not isinstance(doc, str):
        import inspect  # a method inheriting its docstring, or none at all: rare

        return inspect.getdoc(fn) or ""
    lines = doc.expandtabs().split("\n")
    margin = min((len(ln) - len(ln.lstrip()) for ln in lines[1:] if ln.lstrip()), default=None)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [ln[margin:] for ln in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


_SECTION_RE = LazyPattern(r"^(Bad|Good)(?: \(([^)]*)\))?:\s*$", re.M)


def parse_examples(doc: str) -> dict[str, list[str]]:
    """Split a rule docstring's `Bad:` / `Good:` sections into example cables.

    Each section is an indented block; several examples in one section are separated by a
    line holding only `---`.
    """
    out: dict[str, list[str]] = {"Bad": [], "Good": []}
    matches = list(_SECTION_RE.finditer(doc))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(doc)
        block = doc[m.end():end]
        lines = block.split("\n")
        # the block ends at the first non-indented, non-empty line
        body: list[str] = []
        for ln in lines:
            if ln.strip() and not ln.startswith("    ") and ln.strip() != "---":
                break
            body.append(ln[4:] if ln.startswith("    ") else ln.strip())
        text = "\n".join(body).strip("\n")
        for example in re.split(r"^---$", text, flags=re.M):
            example = example.strip("\n")
            if example.strip():
                out[m.group(1)].append(example + "\n")
    return out


# ---------------------------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------------------------

class Registry:
    """The rules of a run, by code and by name (`lint/registry.py` loads them), and the
    errors of plugins that failed to load."""

    def __init__(self, rules: list[Rule], load_errors: list[str] | None = None) -> None:
        self.rules = rules
        self.load_errors = [] if load_errors is None else load_errors
        self.by_code = {r.code: r for r in self.rules}
        self.by_name = {r.name: r for r in self.rules}

    def get(self, key: str) -> Rule | None:
        return self.by_code.get(key.upper()) or self.by_name.get(key.lower())

    def select(self, selector: str) -> list[Rule]:
        """Rules matching a code, a name, or a code prefix (`CL1`, `CL`), as ruff does."""
        r = self.get(selector)
        if r is not None:
            return [r]
        if selector.upper() == "ALL":
            return list(self.rules)
        prefix = selector.upper()
        return [r for r in self.rules if r.code.startswith(prefix)]
