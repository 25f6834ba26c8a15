"""The document model as plain data, for `cablelint parse` (as `sqlfluff parse` shows its tree).

It shows what the grammar understood: markings, their layers and spans. Paragraph bodies are
never included.
"""
from __future__ import annotations

from typing import Any

from .marking import Marking, PortionMark
from .elements import Cable
from .span import Span


def _m(m: Marking | None) -> str | None:
    return str(m) if m is not None else None


def _pm(p: PortionMark | None) -> dict | None:
    if p is None:
        return None
    return {"text": p.text, "status": p.status, "marking": _m(p.marking), "suggestion": p.suggestion}


def _s(s: Span | None) -> dict | None:
    return s.as_dict() if s is not None else None


def cable_to_dict(c: Cable) -> dict[str, Any]:
    ov = c.overall
    overall = ov.marking
    layer = ov.layer
    out: dict[str, Any] = {
        "path": c.path,
        "date": c.date.isoformat() if c.date else None,
        "overall": {"marking": _m(overall), "layer": layer},
        "partial_extract": c.partial_extract,
        "record": {"kind": c.record.kind,
                   "damages": [{"kind": d.kind, "what": d.what, "span": _s(d.span)}
                               for d in c.record.damages]},
    }
    if c.metadata:
        md = c.metadata
        out["metadata"] = {"reference_id": md.reference_id, "date": md.date_text,
                           "classification": md.classification_text, "marking": _m(md.marking),
                           "origin": md.origin, "span": _s(md.span)}
    r = c.routing
    out["routing"] = {
        "zn_marking": _m(r.zn_marking), "zn_span": _s(r.zn_span),
        "dtg": None if r.dtg is None else {
            "prosigns": r.dtg.prosigns, "day": r.dtg.day, "hour": r.dtg.hour,
            "minute": r.dtg.minute, "month": r.dtg.month, "year": r.dtg.year,
            "date": r.dtg.date.isoformat() if r.dtg.date else None, "span": _s(r.dtg.span)},
        "precedence_words": [w for w, _ in r.precedence_words],
    }
    out["classification_lines"] = [
        {"level": b.level_text, "marking": _m(b.marking), "lawful_designator": b.lawful_designator,
         "section": list(b.section) if b.section else None, "post": b.post, "serial": b.serial,
         "zone": b.zone, "span": _s(b.span)} for b in c.banners]
    out["captions"] = [{"word": x.word, "zone": x.zone, "span": _s(x.span)} for x in c.captions]
    rc = c.release_caption
    out["release_caption"] = None if rc is None else {"to": list(rc.to), "span": _s(rc.span)}
    out["eo_lines"] = [
        {"order": e.order, "zone": e.zone, "span": _s(e.span), "truncated": e.truncated,
         "declassification": {"kind": e.decl.kind,
                              "date": e.decl.date.isoformat() if e.decl.date else None,
                              "date_text": e.decl.date_text, "codes": list(e.decl.codes),
                              "years": e.decl.years, "review": e.decl.review,
                              "downgrade_to": e.decl.downgrade_to}}
        for e in c.eo_lines]
    out["tags"] = None if c.tags is None else {"tokens": c.tags.tokens, "span": _s(c.tags.span)}
    out["subject"] = None if c.subject is None else {
        "mark": _pm(c.subject.mark), "mark_position": c.subject.mark_position,
        "span": _s(c.subject.span)}
    out["references"] = [_s(s) for s in c.references]
    out["classified_by"] = [
        {"label": b.label, "classifier": b.info.classifier, "names": list(b.info.names),
         "title": b.info.title,
         "derived_from": b.info.derived_from,
         "reason": None if b.reason is None else {
             "section": b.reason.section, "letters": list(b.reason.letters),
             "words": b.reason.words, "exemption_codes": list(b.reason.exemption_codes)},
         "in_paragraph": b.in_paragraph, "span": _s(b.span)} for b in c.classified_by]
    out["portions"] = [
        {"kind": p.kind, "number": p.number, "mark": _pm(p.mark),
         "entire_text": _m(p.entire_text), "span": _s(p.span), "mark_span": _s(p.mark_span)}
        for p in c.portions]
    out["page_lines"] = [_s(s) for s in c.page_lines]
    return out
