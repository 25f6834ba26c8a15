"""The report's charts, as Vega-Lite specifications built with Altair from the summary's rows.

Each chart reads the same rows as the table printed under it. A chart with no rows is left
out (the page says why), so every chart on the page has marks.
"""
from __future__ import annotations

from typing import Any, NamedTuple

import altair as alt

from .summary import NOT_READ, SEVERITY_ORDER, Summary

SEVERITY_COLOURS = ["#b3261e", "#e8a33d", "#4a7bb7"]  # error, warning, info
CLEAN, WITH_ERRORS, NOT_OPENED = "no error finding", "error findings", "not opened"
WIDTH = 640
LEVELS = ["UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "TOP SECRET", NOT_READ]
LEVEL_COLOURS = ["#7fb77e", "#4a7bb7", "#e8a33d", "#b3261e", "#9a9a9a"]


class Chart(NamedTuple):
    key: str  # the id of its place on the page
    spec: dict[str, Any]  # Vega-Lite


def _severity() -> alt.Color:
    return alt.Color("severity:N", title="Severity",
                     scale=alt.Scale(domain=list(SEVERITY_ORDER), range=SEVERITY_COLOURS),
                     sort=list(SEVERITY_ORDER))


def _count_axis(title: str) -> alt.Axis:
    # counts are whole: no tick at 0.5 when the largest bar is 3
    return alt.Axis(title=title, tickMinStep=1, format=",d")


def _order() -> alt.Order:
    # stack errors first, so the bars read from the most serious outwards
    return alt.Order("rank:Q")


def _ranked(rows: list[dict]) -> list[dict]:
    return [{**r, "rank": SEVERITY_ORDER.index(r["severity"]) if r["severity"] in SEVERITY_ORDER
             else len(SEVERITY_ORDER)} for r in rows]


def by_rule(s: Summary) -> alt.Chart:
    rules = len({r["rule"] for r in s.by_rule})
    return alt.Chart(alt.Data(values=_ranked(s.by_rule)), width=WIDTH,
                     height=max(60, 18 * rules), title="Findings by rule and severity").mark_bar().encode(
        x=alt.X("sum(findings):Q", axis=_count_axis("Findings")),
        y=alt.Y("rule:N", title="Rule", sort="-x", axis=alt.Axis(labelLimit=320)),
        color=_severity(), order=_order(),
        tooltip=[alt.Tooltip("rule:N", title="Rule"), alt.Tooltip("severity:N", title="Severity"),
                 alt.Tooltip("findings:Q", title="Findings")])


def by_year(s: Summary) -> alt.Chart:
    present = {r["classification"] for r in s.by_year}
    rows = [{**r, "level": LEVELS.index(r["classification"]) if r["classification"] in LEVELS
             else len(LEVELS)} for r in s.by_year]
    return alt.Chart(alt.Data(values=rows), width=WIDTH, height=300,
                     title="Findings by the cable's year and classification").mark_bar().encode(
        x=alt.X("year:O", title="Year of the cable", axis=alt.Axis(labelAngle=-90)),
        y=alt.Y("sum(findings):Q", axis=_count_axis("Findings")),
        color=alt.Color("classification:N", title="Classification", sort=LEVELS,
                        scale=alt.Scale(domain=[lv for lv in LEVELS if lv in present],
                                        range=[c for lv, c in zip(LEVELS, LEVEL_COLOURS)
                                               if lv in present])),
        order=alt.Order("level:Q"),
        tooltip=[alt.Tooltip("year:O", title="Year"),
                 alt.Tooltip("classification:N", title="Classification"),
                 alt.Tooltip("cables:Q", title="Cables"),
                 alt.Tooltip("findings:Q", title="Findings"),
                 alt.Tooltip("errors:Q", title="Errors")])


def by_post(s: Summary) -> alt.Chart:
    posts = len({r["post"] for r in s.post_severity})
    return alt.Chart(alt.Data(values=_ranked(s.post_severity)), width=WIDTH,
                     height=max(60, 18 * posts),
                     title=f"Findings by post (the {posts} posts with the most)").mark_bar().encode(
        x=alt.X("sum(findings):Q", axis=_count_axis("Findings")),
        y=alt.Y("post:N", title="Post", sort="-x", axis=alt.Axis(labelLimit=240)),
        color=_severity(), order=_order(),
        tooltip=[alt.Tooltip("post:N", title="Post"), alt.Tooltip("severity:N", title="Severity"),
                 alt.Tooltip("findings:Q", title="Findings")])


def by_kind(s: Summary) -> alt.Chart:
    return alt.Chart(alt.Data(values=s.kinds), width=WIDTH, height=max(60, 24 * len(s.kinds)),
                     title="Damaged records by kind").mark_bar(color="#6b5b95").encode(
        x=alt.X("records:Q", axis=_count_axis("Records")),
        y=alt.Y("kind:N", title="Kind of record", sort="-x"),
        tooltip=[alt.Tooltip("kind:N", title="Kind"), alt.Tooltip("records:Q", title="Records")])


def share_rows(s: Summary) -> list[dict]:
    read = s.files - s.unread
    rows = [{"outcome": CLEAN, "files": s.clean}, {"outcome": WITH_ERRORS, "files": read - s.clean}]
    if s.unread:
        rows.append({"outcome": NOT_OPENED, "files": s.unread})
    total = max(s.files, 1)
    return [{**r, "share": r["files"] / total} for r in rows]


def share(s: Summary) -> alt.Chart:
    rows = share_rows(s)
    outcomes = [r["outcome"] for r in rows]
    percent = 100 * s.clean / max(s.files, 1)
    return alt.Chart(alt.Data(values=rows), width=WIDTH, height=60,
                     title=f"Files with no error finding: {percent:.1f}%").mark_bar().encode(
        x=alt.X("files:Q", axis=_count_axis("Files"), stack="zero"),
        color=alt.Color("outcome:N", title="Outcome",
                        scale=alt.Scale(domain=outcomes,
                                        range=["#3c8d5a", SEVERITY_COLOURS[0], "#888888"][:len(rows)])),
        order=alt.Order("files:Q", sort="descending"),
        tooltip=[alt.Tooltip("outcome:N", title="Outcome"), alt.Tooltip("files:Q", title="Files"),
                 alt.Tooltip("share:Q", title="Share", format=".1%")])


def charts(s: Summary) -> list[Chart]:
    """The charts that have something to show, in page order."""
    out = []
    if s.files:
        out.append(Chart("share", share(s).to_dict()))
    if s.by_rule:
        out.append(Chart("rules", by_rule(s).to_dict()))
    if s.findings and s.by_year:
        out.append(Chart("years", by_year(s).to_dict()))
    if s.post_severity:
        out.append(Chart("posts", by_post(s).to_dict()))
    if s.kinds:
        out.append(Chart("kinds", by_kind(s).to_dict()))
    return out
