"""CL104 classification-mismatch: the telegram's own layers (classification lines, routing
line) disagree; another telegram's routing header is a join, reported once."""
from __future__ import annotations

from cablelint.api import lint_text


# 10MEXICO614 (raw/): Mexico 614's routing header over the text of Islamabad 416 (header lines
# as in the corpus, the body replaced)
MEXICO_OVER_ISLAMABAD = """\
VZCZCXYZ0003
OO RUEHWEB

DE RUEHME #0614 0501538
ZNR UUUUU ZZH
O R 191538Z FEB 10
FM AMEMBASSY MEXICO
TO RUEHC/SECSTATE WASHDC IMMEDIATE 0530
INFO RUEHME/AMEMBASSY MEXICO

S E C R E T SECTION 01 OF 04 ISLAMABAD 000416 

SIPDIS 

E.O. 12958: DECL: 02/22/2030 
TAGS: PHUM SNAR ASEC MX
SUBJECT: SCENESETTER FOR FBI DIRECTOR MUELLER'S FEBRUARY 24 
VISIT 

Classified By: DCM Gerald M. Feierstein, Reasons 1.4 (b)/(d) 

1. (S) Text.
"""


def _codes(text: str) -> list[str]:
    return [f.name for f in lint_text(text)]


def test_another_telegrams_routing_is_a_join_reported_once():
    assert _codes(MEXICO_OVER_ISLAMABAD) == ["record-damaged"]


def test_the_routing_of_the_same_post_is_still_compared():
    # a serial typed wrong in the routing line keeps its post: one telegram, two layers
    own = MEXICO_OVER_ISLAMABAD.replace("ISLAMABAD 000416", "MEXICO 000416")
    assert _codes(own) == ["classification-mismatch"]
    # the post differs but the serial agrees (a Department cable: `FM SECSTATE WASHDC`)
    same_serial = MEXICO_OVER_ISLAMABAD.replace("ISLAMABAD 000416", "ISLAMABAD 000614")
    assert _codes(same_serial) == ["classification-mismatch"]
