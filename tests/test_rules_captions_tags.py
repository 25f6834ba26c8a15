"""Focused tests of the caption (CL5xx) and TAGS (CL6xx) rules on real-looking cables."""
from __future__ import annotations

import pytest

from cablelint import tags
from cablelint.api import lint_text


@pytest.fixture
def cable(make_telegram):
    """A 2008 cable with these captions, TAGS line and classification."""
    def build(captions: str = "SIPDIS", tags_line: str = "TAGS: PREL PGOV TU", *,
              level="S E C R E T", mark="(S)", post="ANKARA", dtg="R 150900Z FEB 08",
              origin="Embassy Ankara") -> str:
        return make_telegram(reference_id=f"08{post.replace(' ', '')}123", origin=origin, dtg=dtg,
                             post=post, banner=f"{level} {post} 000123",
                             captions=(captions,) if captions else (), tags=tags_line,
                             paragraphs=(f"1. {mark} Text.",))
    return build


def run(text, rule):
    return lint_text(text, select=[rule])


def test_nodis_exdis_and_sipdis(cable):
    text = cable("NODIS\nEXDIS\nSIPDIS")
    assert len(run(text, "nodis-exdis-exclusive")) == 1
    found = run(text, "sipdis-excluded-traffic")
    assert {f.severity for f in found} == {"error"} and len(found) == 2
    early = cable("EXDIS\nSIPDIS", dtg="R 150900Z FEB 05")
    assert [f.severity for f in run(early, "sipdis-excluded-traffic")] == ["warning"]


def test_ref_caption_is_not_a_caption(cable):
    text = cable().replace("SUBJECT: TALKS", "SUBJECT: TALKS\n\nREF: ANKARA 1561 (EXDIS)")
    assert not run(text, "sipdis-excluded-traffic")
    assert not run(text, "exdis-nodis-noforn")


def test_exdis_without_noforn_is_info(cable):
    found = run(cable("EXDIS"), "exdis-nodis-noforn")
    assert [f.severity for f in found] == ["info"]
    assert not run(cable("NOFORN\nEXDIS", mark="(S//NF)"), "exdis-nodis-noforn")


def test_caveat_vocabulary(cable):
    assert run(cable("ORCON\nSIPDIS"), "caveat-vocabulary")
    assert not run(cable("NOFORN\nSIPDIS", mark="(S//NF)"), "caveat-vocabulary")


def test_caption_order(cable):
    assert run(cable("EXDIS\nNODIS"), "caption-order")
    assert run(cable("SENSITIVE\nNOFORN", level="UNCLAS", mark="(SBU/NF)"), "caption-order")
    assert not run(cable("SENSITIVE\nSIPDIS", level="UNCLAS", mark="(SBU)"), "caption-order")


def test_noforn_on_plain_unclas(cable):
    text = cable("NOFORN\nSIPDIS", level="UNCLAS", mark="(U)").replace("SECRET\n", "UNCLASSIFIED\n", 1)
    assert run(text, "noforn-needs-classified-or-sbu")
    sbu = cable("NOFORN\nSIPDIS\nSENSITIVE", level="UNCLAS", mark="(SBU/NF)")
    assert not run(sbu, "noforn-needs-classified-or-sbu")


def test_tags_missing_and_present(cable):
    assert run(cable(tags_line=""), "tags-present")
    assert not run(cable(), "tags-present")
    glued = cable(tags_line="").replace("DECL: 02/15/2018", "N/A AGS: PREL, OVIP, AR")
    assert not run(glued, "tags-present")


@pytest.mark.parametrize("tags_line,rule,needle", [
    ("TAGS: PREL QQ TU", "tag-token-valid", "QQ"),
    ("TAGS: PREL DHRF TU", "subject-tag-category", "DHRF"),
    ("TAGS: POGOV TU", "tag-typo", "PGOV"),
    ("TAGS: PHUMPREL TU", "tag-typo", "PHUM PREL"),
    ("TAGS: PARMS TU", "tag-typo", "PARM"),
    ("TAGS: PREL TU RU", "geo-code-system", "RS"),
    ("TAGS: PREL PGOV", "tag-mix", "geographic"),
])
def test_tag_problems(tags_line, rule, needle, cable):
    found = run(cable(tags_line=tags_line), rule)
    assert len(found) == 1 and needle in found[0].message


@pytest.mark.parametrize("tags_line", [
    "TAGS: PREL OVIP (CLINTON, HILLARY) TU",
    "TAGS: OVIP RICE CONDOLEEZZA PREL TU",
    "TAGS: PREL KNNP KTFN TU XF",
    "Tags: prel, pgov, tu",
    "TAGS: PREL AU TU",       # AU is a valid TAGS code (Austria), not flagged out of context
    "TAGS: PREL ES TU",
])
def test_valid_tags_are_clean(tags_line, cable):
    text = cable(tags_line=tags_line)
    for rule in ("tag-token-valid", "subject-tag-category", "tag-typo", "geo-code-system", "tag-mix"):
        assert not run(text, rule), (rule, tags_line)


def test_iso_lookalike_in_context(cable):
    text = cable(tags_line="TAGS: PREL AU", post="CANBERRA", origin="Embassy Canberra")
    found = run(text, "geo-code-system")
    assert len(found) == 1 and "AS" in found[0].message


def test_person_tags_never_quoted(cable):
    text = cable(tags_line="TAGS: PREL OVIP (SMITHERS, WAYLON) TU (JONES")
    for f in lint_text(text, select=["CL6"]):
        assert "SMITHERS" not in f.message and "WAYLON" not in f.message


def test_vocabulary_data_loads():
    voc = tags.vocabulary()
    assert "PGOV" in voc.subject and "ECIN" in voc.subject
    assert voc.geographic["CH"] == "China" and voc.iso["RU"].tags_code == "RS"
