"""The report page: one HTML file that needs no network.

The Vega, Vega-Lite and vega-embed JavaScript is inlined from vl-convert-python's bundle (the
way Altair's own `inline=True` saves a chart); the charts render as SVG in the browser. Every
chart has its table beneath it, and each rule's findings are listed as `path:line`, a page at a
time. All text from the files (paths, posts, ids) is escaped.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
from pathlib import Path
from typing import Any, Iterable, Sequence

from .. import __version__
from .charts import Chart, share_rows
from .summary import SEVERITY_ORDER, Baseline, Summary

PAGE_SIZE = 50
GONE_ROWS = 1000


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _n(value: int) -> str:
    return f"{value:,}"


def _json(value: Any) -> str:
    # inside a <script> element: no `</script>`, no HTML comment openers, no line separators
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def javascript_bundle(vl_version: str | None, cache_dir: Path | None = None) -> str:
    """The Vega, Vega-Lite and vega-embed JavaScript in one script. Bundling takes seconds and
    gives the same text for the same versions, so it is kept in `cache_dir` when one is given."""
    import vl_convert

    if vl_version not in vl_convert.get_vegalite_versions():
        vl_version = None  # the newest this vl-convert has
    kept = None
    if cache_dir is not None:
        name = f"vega-bundle-{vl_convert.__version__}-{vl_version or 'latest'}.js"
        kept = cache_dir / "report" / re.sub(r"[^A-Za-z0-9.+-]", "_", name)
        try:
            return kept.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            pass
    bundle = vl_convert.javascript_bundle(vl_version=vl_version).replace("</script", "<\\/script")
    if kept is not None:
        try:
            kept.parent.mkdir(parents=True, exist_ok=True)
            tmp = kept.with_name(f"{kept.name}.{os.getpid()}.tmp")
            tmp.write_text(bundle, encoding="utf-8")
            os.replace(tmp, kept)
        except OSError:
            pass  # a cache that cannot be written only makes the next run slower
    return bundle


def vegalite_version() -> str:
    import altair as alt

    return alt.SCHEMA_VERSION.lstrip("v").rsplit(".", 1)[0]


def _table(caption: str, columns: Sequence[tuple[str, str]], rows: Iterable[dict],
           numeric: Iterable[str] = ()) -> str:
    numeric = set(numeric)
    head = "".join(f'<th scope="col"{" class=num" if k in numeric else ""}>{_e(t)}</th>'
                   for k, t in columns)
    body = []
    for r in rows:
        cells = []
        for i, (k, _) in enumerate(columns):
            v = r.get(k, "")
            text = _n(v) if isinstance(v, int) and not isinstance(v, bool) and k != "year" else _e(v)
            tag = "th scope=row" if i == 0 else "td"
            cls = " class=num" if k in numeric else ""
            cells.append(f"<{tag}{cls}>{text}</{tag.split()[0]}>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<table><caption>{_e(caption)}</caption><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>')


def _chart_div(key: str, label: str) -> str:
    return f'<figure class="chart" id="chart-{key}" role="img" aria-label="{_e(label)}"></figure>'


def _notices(s: Summary, paths_given: Sequence[str], include: str) -> list[str]:
    out = []
    read = s.files - s.unread
    if s.files == 0:
        out.append(f"No files to lint were found in {', '.join(map(str, paths_given)) or '.'} "
                   f"(below a folder, the files that match the configuration's `include`, "
                   f"{include}). There is nothing to report.")
    elif read and s.not_cables == read:
        out.append(f"None of the {_n(read)} files read is a cable: each is empty, binary, too large, "
                   f"could not be parsed, or is text that is not a cable (see the damaged records "
                   f"below).")
    if s.unread:
        out.append(f"{_n(s.unread)} file{'s' if s.unread != 1 else ''} could not be opened "
                   f"(the operating system refused; each is named on standard error).")
    if s.baseline is not None and s.baseline.error:
        out.append(f"The baseline could not be used: {s.baseline.error}. The report shows every "
                   f"finding, with no comparison.")
    return out


def _baseline_section(b: Baseline) -> str:
    if b.error:
        return ""
    parts = [f'<section id="baseline"><h2>Since the baseline</h2>'
             f'<p>Compared with the baseline <code>{_e(b.file)}</code>: '
             f'<strong>{_n(len(b.new))}</strong> new finding{"s" if len(b.new) != 1 else ""}, '
             f'<strong>{_n(sum(n for _, n in b.gone))}</strong> gone, {_n(b.known)} unchanged. '
             f'Entries of cables not linted in this run are not judged.</p>']
    if b.new:
        counts: dict[tuple[str, str], int] = {}
        for f in b.new:
            counts[(f.code, f.name)] = counts.get((f.code, f.name), 0) + 1
        parts.append(_table("New findings by rule", [("code", "Code"), ("name", "Rule"), ("n", "New")],
                            ({"code": c, "name": n, "n": k} for (c, n), k in sorted(counts.items())),
                            numeric=("n",)))
        parts.append(_entries_block("new", f"{_n(len(b.new))} new findings"))
    if b.gone:
        rows = [{"code": c, "cable": cab, "key": k, "n": n} for (c, cab, k), n in b.gone[:GONE_ROWS]]
        parts.append(_table("Gone since the baseline (rule, cable, what it was about)",
                            [("code", "Code"), ("cable", "Cable"), ("key", "Marking or element"),
                             ("n", "Count")], rows, numeric=("n",)))
        if len(b.gone) > GONE_ROWS:
            parts.append(f"<p>… and {_n(len(b.gone) - GONE_ROWS)} more entries.</p>")
    parts.append("</section>")
    return "".join(parts)


def _entries_block(key: str, label: str) -> str:
    # filled a page at a time by the script below, from the entries in the page's data
    return (f'<div class="entries" data-entries="{_e(key)}">'
            f'<ol aria-label="{_e(label)}"></ol>'
            f'<div class="pager"><button type="button" data-step="-1">Previous</button> '
            f'<span aria-live="polite"></span> '
            f'<button type="button" data-step="1">Next</button></div></div>')


_STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;
 max-width:980px;padding:0 1.2em 3em;color:#1d1d1f}
h1{margin:.8em 0 .2em}h2{margin-top:2em;border-bottom:1px solid #ccc;padding-bottom:.2em}
.meta{color:#555}.notice{background:#fff4d6;border-left:4px solid #e8a33d;padding:.6em 1em}
.figures{display:flex;gap:1.5em;flex-wrap:wrap;margin:1em 0}
.figures div{border:1px solid #ddd;border-radius:6px;padding:.5em 1em}
.figures strong{display:block;font-size:1.5em}
table{border-collapse:collapse;margin:1em 0;font-size:13px}
caption{text-align:left;font-weight:600;padding:.3em 0}
th,td{border-bottom:1px solid #e3e3e3;padding:.2em .7em;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #999}.num{text-align:right;font-variant-numeric:tabular-nums}
figure.chart{margin:1em 0;min-height:60px}
details{margin:.4em 0;border:1px solid #e3e3e3;border-radius:6px;padding:.3em .8em}
summary{cursor:pointer}summary code{font-weight:600}
.entries ol{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px;columns:2}
.pager button{font:inherit}
nav.toc a{margin-right:1em}
@media print{.pager{display:none}details{border:0}nav.toc{display:none}
 h2{break-after:avoid}figure.chart,tr{break-inside:avoid}}
"""

_SCRIPT = """
(function(){
  const data = JSON.parse(document.getElementById('report-data').textContent);
  for (const [key, spec] of Object.entries(data.charts)) {
    vegaEmbed('#chart-' + key, spec, {actions: false, renderer: 'svg'})
      .catch(function (err) { console.error('chart ' + key + ': ' + err); });
  }
  for (const box of document.querySelectorAll('.entries')) {
    const list = data.entries[box.dataset.entries] || [];
    const ol = box.querySelector('ol'), label = box.querySelector('.pager span');
    const pages = Math.max(1, Math.ceil(list.length / data.pageSize));
    let page = 0;
    function show() {
      ol.replaceChildren();
      ol.start = page * data.pageSize + 1;
      for (const e of list.slice(page * data.pageSize, (page + 1) * data.pageSize)) {
        const li = document.createElement('li');
        li.textContent = data.paths[e[0]] + ':' + e[1] + (e.length > 2 ? ' ' + e[2] : '');
        ol.appendChild(li);
      }
      label.textContent = 'page ' + (page + 1) + ' of ' + pages;
      box.querySelector('[data-step="-1"]').disabled = page === 0;
      box.querySelector('[data-step="1"]').disabled = page >= pages - 1;
    }
    for (const b of box.querySelectorAll('button')) {
      b.addEventListener('click', function () {
        page = Math.min(pages - 1, Math.max(0, page + Number(b.dataset.step))); show();
      });
    }
    show();
  }
})();
"""


def render(s: Summary, charts: Sequence[Chart], bundle: str, paths_given: Sequence[str] = (),
           include: str = "*.txt") -> str:
    """The page. `bundle` is the Vega JavaScript (see `javascript_bundle`)."""
    path_index: dict[str, int] = {}

    def idx(p: str) -> int:
        return path_index.setdefault(p, len(path_index))

    entries: dict[str, list[list[Any]]] = {}
    for r in s.rules:
        entries[r["code"]] = [[idx(p), line] for p, line in r["entries"]]
    if s.baseline is not None and s.baseline.new:
        entries["new"] = [[idx(f.path), f.line, f.code] for f in s.baseline.new]
    data = {"charts": {c.key: c.spec for c in charts}, "entries": entries,
            "paths": list(path_index), "pageSize": PAGE_SIZE}
    drawn = {c.key for c in charts}

    sev = s.by_severity
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<title>cablelint report</title>', f"<style>{_STYLE}</style>",
           f'<script type="text/javascript">{bundle}</script></head><body>',
           '<header><h1>cablelint report</h1>',
           f'<p class="meta">{_n(s.files)} file{"s" if s.files != 1 else ""} checked by cablelint '
           f'{_e(__version__)} on {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC. Findings name '
           f'markings, rules, paths and lines, never cable text.</p>']
    for n in _notices(s, paths_given, include):
        out.append(f'<p class="notice" role="status">{_e(n)}</p>')
    out.append('<div class="figures">'
               f'<div><strong>{_n(s.files)}</strong>files</div>'
               f'<div><strong>{_n(s.findings)}</strong>findings</div>'
               + "".join(f'<div><strong>{_n(sev[k])}</strong>{k}</div>' for k in SEVERITY_ORDER)
               + f'<div><strong>{_n(s.clean)}</strong>files with no error finding</div></div>')
    toc = [("share", "No error finding"), ("rules", "By rule"), ("years", "By year"),
           ("posts", "By post"), ("kinds", "Damaged records"), ("worst", "Most errors"),
           ("rule-findings", "Findings by rule")]
    if s.baseline is not None and not s.baseline.error:
        toc.append(("baseline", "Since the baseline"))
    out.append('<nav class="toc" aria-label="Contents">'
               + "".join(f'<a href="#{k}">{_e(t)}</a>' for k, t in toc) + "</nav></header><main>")

    if s.baseline is not None:
        out.append(_baseline_section(s.baseline))

    out.append('<section id="share"><h2>Files with no error finding</h2>')
    if "share" in drawn:
        out.append(_chart_div("share", "Share of files with no error finding"))
        out.append(_table("Files by outcome", [("outcome", "Outcome"), ("files", "Files"),
                                               ("percent", "Share")],
                          ({**r, "percent": f"{100 * r['share']:.1f}%"} for r in share_rows(s)),
                          numeric=("files", "percent")))
    else:
        out.append("<p>No files.</p>")
    out.append("</section>")

    out.append('<section id="rules"><h2>Findings by rule and severity</h2>')
    if "rules" in drawn:
        out.append(_chart_div("rules", "Bar chart of findings by rule, coloured by severity"))
        out.append(_table("Findings by rule and severity", [("code", "Code"), ("name", "Rule"),
                                                            ("severity", "Severity"),
                                                            ("findings", "Findings")],
                          s.by_rule, numeric=("findings",)))
    else:
        out.append("<p>No findings.</p>")
    out.append("</section>")

    out.append('<section id="years"><h2>By the cable\'s year and classification</h2>')
    if "years" in drawn:
        out.append(_chart_div("years", "Bar chart of findings by the cable's year, coloured by "
                                       "classification"))
    if s.by_year:
        out.append(_table("Cables and findings by year and classification (the overall "
                          "classification; the date from the DTG, else the metadata)",
                          [("year", "Year"), ("classification", "Classification"),
                           ("cables", "Cables"), ("findings", "Findings"), ("errors", "Errors")],
                          s.by_year, numeric=("cables", "findings", "errors")))
    else:
        out.append("<p>No cables.</p>")
    out.append("</section>")

    out.append('<section id="posts"><h2>By post</h2>')
    if "posts" in drawn:
        out.append(_chart_div("posts", "Bar chart of findings by post, coloured by severity"))
    if s.by_post:
        out.append(_table("Cables and findings by post (the post of the classification line, "
                          "else the metadata's origin)",
                          [("post", "Post"), ("cables", "Cables"), ("findings", "Findings"),
                           ("errors", "Errors"), ("warnings", "Warnings"), ("info", "Info")],
                          s.by_post, numeric=("cables", "findings", "errors", "warnings", "info")))
    else:
        out.append("<p>No cables.</p>")
    out.append("</section>")

    out.append('<section id="kinds"><h2>Damaged records</h2>')
    if "kinds" in drawn:
        out.append(_chart_div("kinds", "Bar chart of damaged records by kind"))
        out.append(f"<p>{_n(s.damaged)} damaged record{'s' if s.damaged != 1 else ''} (a record "
                   f"may be damaged in more than one way) and {_n(s.not_cables)} file"
                   f"{'s' if s.not_cables != 1 else ''} that {'are' if s.not_cables != 1 else 'is'} "
                   f"no cable. A damaged record gets one <code>record-damaged</code> finding, and "
                   f"the rules that would find something missing stand down on it.</p>")
        out.append(_table("Records that are not whole cables, by kind",
                          [("kind", "Kind"), ("records", "Records")], s.kinds, numeric=("records",)))
    else:
        out.append("<p>No damaged records: every file read is a whole cable.</p>")
    out.append("</section>")

    out.append(f'<section id="worst"><h2>The cables with the most errors</h2>')
    if s.worst:
        out.append(_table(f"The {len(s.worst)} cables with the most error findings",
                          [("path", "File"), ("cable", "Cable"), ("errors", "Errors"),
                           ("warnings", "Warnings"), ("info", "Info")],
                          s.worst, numeric=("errors", "warnings", "info")))
    else:
        out.append("<p>No cable has an error finding.</p>")
    out.append("</section>")

    out.append('<section id="rule-findings"><h2>Findings by rule</h2>')
    if not s.rules:
        out.append("<p>No findings.</p>")
    for r in s.rules:
        out.append(f'<details id="rule-{_e(r["code"])}"><summary><code>{_e(r["code"])}</code> '
                   f'{_e(r["name"])} ({_e(r["severity"])}): {_n(r["findings"])} '
                   f'finding{"s" if r["findings"] != 1 else ""}</summary>'
                   f'<p>{_e(r["summary"])} (<code>cablelint rule {_e(r["name"] or r["code"])}</code>)</p>'
                   + _entries_block(r["code"], f'Findings of {r["code"]} as path:line') + "</details>")
    out.append("</section></main>")
    out.append(f'<script type="application/json" id="report-data">{_json(data)}</script>')
    out.append(f"<script>{_SCRIPT}</script></body></html>\n")
    return "".join(out)
