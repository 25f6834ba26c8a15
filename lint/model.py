"""The document model, as plugins and notebooks import it: a typed `Cable` built from the parse
tree, and its elements.

Rules read this model and never the raw text. It lives in four modules by concern:
`lint/span.py` (where an element stands), `lint/elements.py` (the element records and `Cable`),
`lint/readers.py` (the small text readers) and `lint/builder.py` (parse tree to `Cable`). Code in
this project imports from those; this module keeps `cablelint.model` working for code outside it.
"""
from __future__ import annotations

from .builder import build
from .elements import DTG, WHOLE, Banner, Cable, Caption, ClassifiedBy, Damage, EOLine, Metadata, \
    Overall, Portion, Record, Routing, Subject, Tags
from .readers import text_key
from .span import FILE_START, Span

__all__ = ["DTG", "FILE_START", "WHOLE", "Banner", "Cable", "Caption", "ClassifiedBy", "Damage",
           "EOLine", "Metadata", "Overall", "Portion", "Record", "Routing", "Span", "Subject",
           "Tags", "build", "text_key"]
