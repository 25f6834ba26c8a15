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


def telegram(*, metadata: bool = True, reference_id: str = "08ANKARA123", title: str = "TALKS",
             date: str = "2008-02-15 09:00", classification: str = "SECRET",
             origin: str = "Embassy Ankara", dtg: str | None = "R 150900Z FEB 08",
             post: str = "ANKARA", to: str = "SECSTATE WASHDC 0001",
             banner: str | None = "S E C R E T ANKARA 000123", captions: tuple[str, ...] = ("SIPDIS",),
             eo: str | None = "E.O. 12958: DECL: 02/15/2018", tags: str | None = "TAGS: PREL TU",
             subject: str | None = "TALKS",
             classified_by: str | None = "Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).",
             paragraphs: tuple[str, ...] = ("1. (S) Text.",)) -> str:
    """A whole cable, block by block as the corpus holds it: the publisher's metadata lines, the
    routing (date-time group, FM, TO), the classification line, the captions, the E.O., TAGS
    and SUBJECT lines, the Classified By statement and the paragraphs, a blank line between
    blocks. Each part can be replaced; None (or `metadata=False`, `dtg=None`) leaves it out."""
    blocks = []
    if metadata:
        blocks.append([reference_id, title, date, classification, origin])
    if dtg is not None:
        blocks.append([dtg, f"FM AMEMBASSY {post}", f"TO {to}"])
    if banner:
        blocks.append([banner])
    if captions:
        blocks.append(list(captions))
    header = [line for line in (eo, tags, None if subject is None else f"SUBJECT: {subject}")
              if line is not None]
    if header:
        blocks.append(header)
    if classified_by is not None:
        blocks.append([classified_by])
    blocks.extend([p] for p in paragraphs)
    return "\n\n".join("\n".join(b) for b in blocks) + "\n"


@pytest.fixture
def make_telegram():
    """`telegram`, the builder of a whole cable, for tests that change one part of it."""
    return telegram


def _tree_shape(node):
    """A parse tree as nested tuples, the same for Lark's trees and ours."""
    if hasattr(node, "data"):
        return (str(node.data), [_tree_shape(c) for c in node.children])
    return (node.type, str(node.value), node.start_pos, node.line, node.column, node.end_line,
            node.end_column, node.end_pos)


@pytest.fixture
def tree_shape():
    """Compares the parse loop's trees with Lark's: `tree_shape(a) == tree_shape(b)`."""
    return _tree_shape


SHORT_HEAD = """C O N F I D E N T I A L ANKARA 000123

E.O. 12958: DECL: 01/05/2018
TAGS: PREL TU
SUBJECT: TALKS

Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

"""


@pytest.fixture
def lint_short():
    """Lint `body` (numbered paragraphs, from line 9) under a bare CONFIDENTIAL header with
    rule `name` only."""
    from cablelint.api import lint_text

    def run(name: str, body: str) -> list:
        return lint_text(SHORT_HEAD + body, select=[name])
    return run
