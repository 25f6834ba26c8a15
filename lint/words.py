"""`Words`: the base of the enums whose members are words of the cable format or of the model
(zones, kinds of portion, of damage, of declassification instruction)."""
from __future__ import annotations

from enum import Enum


class Words(str, Enum):
    """A closed set of words: each member is its word, so it compares, hashes, prints and
    serialises as that string (`Zone.BODY == "body"`, `f"{Zone.BODY}"` is `body`)."""

    __str__ = str.__str__
    __format__ = str.__format__
