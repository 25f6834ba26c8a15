"""The tables of a corpus report, from a lint run: counts by rule, year and classification,
post and kind of record, the cables with the most errors, each rule's findings as `path:line`,
and what is new and gone since a baseline.

Every row is a plain dict (the charts and the HTML tables read the same rows). Rows name
markings, rules, posts, paths and lines: never cable text.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Iterable, NamedTuple, Sequence

from ..facts import CABLE, UNPARSABLE, UNREADABLE, CableFacts
from ..rule import ERROR, INFO, WARNING, Finding, Registry

SEVERITY_ORDER = (ERROR, WARNING, INFO)
NO_DATE = "no date"
NOT_READ = "not read"  # a record with no classification the engine could read
UNKNOWN_POST = "no post"
TOP_POSTS = 25
TOP_CABLES = 25
NOT_A_CABLE = "not-a-cable"
NOT_CABLES = (UNREADABLE, UNPARSABLE, NOT_A_CABLE)
# how the page names a kind of record (lint/record.py's damage kinds; others as they are)
KIND_LABELS = {UNREADABLE: "unreadable (empty, binary or too large)",
               UNPARSABLE: "could not be parsed", NOT_A_CABLE: "not a cable",
               "cut-off": "cut off", "no-body": "no body after the header",
               "cancelled": "cancelled (ZFR)", "extract": "an extract (a section, or redacted)",
               "copies": "several copies", "copies-cut": "several copies, one cut off",
               "joined": "two cables joined", "spliced": "another text spliced in"}

Row = dict[str, Any]


class Baseline(NamedTuple):
    """A run compared with a baseline file; `error` when the file could not be used."""

    file: str
    new: Sequence[Finding] = ()
    gone: Sequence[tuple[tuple[str, str, str], int]] = ()  # ((code, cable, key), count)
    known: int = 0
    error: str | None = None


class Summary(NamedTuple):
    files: int  # files in the run
    unread: int  # files the operating system would not open
    findings: int
    by_severity: dict[str, int]
    clean: int  # readable files with no error finding
    by_rule: list[Row]  # code, name, severity, findings
    by_year: list[Row]  # year, classification, cables, findings, errors
    by_post: list[Row]  # post, cables, findings, errors, warnings, info
    post_severity: list[Row]  # post, severity, findings: the chart's rows for the top posts
    kinds: list[Row]  # kind, records: each kind of damage, and each kind of non-cable
    damaged: int  # records with damage (one may have several kinds)
    not_cables: int  # files read that are no cable (unreadable, unparsable, not a cable)
    worst: list[Row]  # path, cable, errors, warnings, info
    rules: list[Row]  # code, name, severity, summary, findings, and `entries` (path:line)
    baseline: Baseline | None


def _sev_counts(findings: Iterable[Finding]) -> Counter[str]:
    return Counter(f.severity for f in findings)


def _year(facts: CableFacts | None) -> str:
    return str(facts.year) if facts is not None and facts.year is not None else NO_DATE


def _sorted_years(keys: Iterable[str]) -> list[str]:
    return sorted(keys, key=lambda y: (y == NO_DATE, y))


def summarise(paths: Sequence[str], facts: dict[str, CableFacts | None],
              identities: dict[str, str | None], findings: Sequence[Finding], registry: Registry,
              unread: int = 0, baseline: Baseline | None = None) -> Summary:
    """`findings` are those to report (after a baseline, the new ones); `facts` has an entry for
    every file that was read."""
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_path[f.path].append(f)
    severities = _sev_counts(findings)
    read = [p for p in paths if p in facts]
    clean = sum(1 for p in read if not any(f.severity == ERROR for f in by_path.get(p, ())))

    rule_counts = Counter((f.code, f.name, f.severity) for f in findings)
    by_rule = [{"code": c, "name": n, "rule": f"{c} {n}", "severity": s, "findings": k}
               for (c, n, s), k in sorted(rule_counts.items(),
                                          key=lambda kv: (kv[0][0], SEVERITY_ORDER.index(kv[0][2])
                                                          if kv[0][2] in SEVERITY_ORDER else 9))]

    years: dict[tuple[str, str], Row] = {}
    posts: dict[str, Row] = {}
    kinds: Counter[str] = Counter()
    damaged = not_cables = 0
    for p in read:
        fx = facts[p]
        mine = by_path.get(p, ())
        sev = _sev_counts(mine)
        cls = (fx.classification if fx is not None else None) or NOT_READ
        y = years.setdefault((_year(fx), cls), {"year": _year(fx), "classification": cls,
                                                "cables": 0, "findings": 0, "errors": 0})
        y["cables"] += 1
        y["findings"] += len(mine)
        y["errors"] += sev[ERROR]
        post = (fx.post if fx is not None else None) or UNKNOWN_POST
        row = posts.setdefault(post, {"post": post, "cables": 0, "findings": 0, "errors": 0,
                                      "warnings": 0, "info": 0})
        row["cables"] += 1
        row["findings"] += len(mine)
        row["errors"] += sev[ERROR]
        row["warnings"] += sev[WARNING]
        row["info"] += sev[INFO]
        if fx is not None and fx.kind != CABLE:
            found = fx.damage_kinds() or [fx.kind]
            for k in found:
                kinds[k] += 1
            if fx.kind in NOT_CABLES:
                not_cables += 1
            else:
                damaged += 1

    year_order = {y: i for i, y in enumerate(_sorted_years({k[0] for k in years}))}
    by_year = sorted(years.values(), key=lambda r: (year_order[r["year"]], r["classification"]))
    by_post = sorted(posts.values(), key=lambda r: (-r["findings"], -r["cables"], r["post"]))
    post_severity = [{"post": r["post"], "severity": s, "findings": r[col]}
                     for r in by_post[:TOP_POSTS] if r["findings"]
                     for s, col in ((ERROR, "errors"), (WARNING, "warnings"), (INFO, "info"))
                     if r[col]]

    worst = []
    for p, mine in by_path.items():
        sev = _sev_counts(mine)
        if sev[ERROR]:
            worst.append({"path": p, "cable": identities.get(p) or "", "errors": sev[ERROR],
                          "warnings": sev[WARNING], "info": sev[INFO]})
    worst.sort(key=lambda r: (-r["errors"], -r["warnings"], r["path"]))

    entries: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for f in findings:
        entries[f.code].append((f.path, f.line))
    rules = []
    for code in sorted(entries):
        r = registry.by_code.get(code)
        rules.append({"code": code, "name": r.name if r else "", "severity": r.severity if r else "",
                      "summary": r.summary if r else "", "findings": len(entries[code]),
                      "entries": sorted(entries[code])})

    return Summary(len(paths), unread, len(findings),
                   {s: severities[s] for s in SEVERITY_ORDER}, clean, by_rule, by_year, by_post,
                   post_severity,
                   [{"kind": KIND_LABELS.get(k, k), "records": n} for k, n in kinds.most_common()],
                   damaged, not_cables, worst[:TOP_CABLES], rules, baseline)
