"""Shared helpers of the test suite: builders of small cables in the corpus layout."""
from __future__ import annotations

import pytest


def corpus_cable(body_header: str, *, reference_id: str = "04ANKARA123",
                 date: str = "2004-02-15 09:00", classification: str = "CONFIDENTIAL",
                 origin: str = "Embassy Ankara", banner: str = "C O N F I D E N T I A L ANKARA 000123",
                 eo_line: str = "E.O. 12958: DECL: 02/15/2014",
                 classified_by: str = "Classified By: Ambassador Eric Edelman, reasons 1.4 (b) and (d).",
                 paragraphs: str = "1. (C) Text.\n\n2. (C) Text.") -> str:
    """A cable as the corpus holds it (metadata lines, a partial-extract header, the body),
    with `body_header` (e.g. a TAGS line from a real cable) between the E.O. line and SUBJECT."""
    return f"""{reference_id}
TALKS
{date}
{classification}
{origin}
This record is a partial extract of the original cable. The full text of the original cable is not available.

{banner}

SIPDIS

{eo_line}
{body_header}
SUBJECT: TALKS

{classified_by}

{paragraphs}
"""


@pytest.fixture
def make_cable():
    return corpus_cable
