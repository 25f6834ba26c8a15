"""CL104 classification-mismatch: the telegram's own layers (classification lines, routing
line) disagree; another telegram's routing header is a join, reported once."""
from __future__ import annotations

from cablelint.api import lint_text


def _codes(text: str) -> list[str]:
    return [f.name for f in lint_text(text)]


def test_another_telegrams_routing_is_a_join_reported_once(mexico_over_islamabad):
    assert _codes(mexico_over_islamabad) == ["record-damaged"]


def test_the_routing_of_the_same_post_is_still_compared(mexico_over_islamabad):
    # a serial typed wrong in the routing line keeps its post: one telegram, two layers
    own = mexico_over_islamabad.replace("ISLAMABAD 000416", "MEXICO 000416")
    assert _codes(own) == ["classification-mismatch"]
    # the post differs but the serial agrees (a Department cable: `FM SECSTATE WASHDC`)
    same_serial = mexico_over_islamabad.replace("ISLAMABAD 000416", "ISLAMABAD 000614")
    assert _codes(same_serial) == ["classification-mismatch"]
