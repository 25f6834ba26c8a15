"""CL105 noforn-rollup: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_noforn_rollup_judges_the_telegram_layer(marking_cable, lint_rule):
    nf = marking_cable(paras=("1. (C/NF) A.",))
    assert lint_rule(nf, "noforn-rollup")
    assert not lint_rule(marking_cable(paras=("1. (C/NF) A.",), captions=("NOFORN",)), "noforn-rollup")
    # the metadata's //NOFORN does not make up for the caption missing from the telegram
    assert lint_rule(marking_cable(paras=("1. (C/NF) A.",), meta="CONFIDENTIAL//NOFORN"), "noforn-rollup")
    # without a classification line, the metadata is the overall marking
    no_line = marking_cable(paras=("1. (C/NF) A.",), meta="CONFIDENTIAL//NOFORN").replace(
        "C O N F I D E N T I A L ANKARA 000123", "")
    assert not lint_rule(no_line, "noforn-rollup")


def test_a_noforn_caption_counts_where_the_metadata_stands_in(marking_cable, lint_rule):
    # 09MOSCOW1108: `CSE C R E T SECTION 01 OF 02 SHENYANG 000004` is not read as a line, and
    # `NOFORN` stands below it; the metadata says CONFIDENTIAL
    text = marking_cable(level="CSE C R E T", paras=("1. (S/NF) A.",), captions=("NOFORN",),
                         meta="CONFIDENTIAL")
    assert not lint_rule(text, "noforn-rollup")
    without = marking_cable(level="CSE C R E T", paras=("1. (S/NF) A.",), meta="CONFIDENTIAL")
    assert lint_rule(without, "noforn-rollup")


def test_the_message_quotes_the_mark_as_the_cable_writes_it(make_telegram, lint_rule):
    # 03SANAA579 (era2/) l.21-23: `1.  (S/NF)  The Ambassador convened …` under a SECRET line
    # with no NOFORN caption; the message names `(S/NF)`, not the canonical `(S//NF)`
    text = make_telegram(reference_id="03SANAA579", date="2003-03-23 13:45", post="SANAA",
                         dtg="R 231345Z MAR 03", banner="S E C R E T SANAA 000579",
                         eo="E.O. 12958: DECL: 03/23/2013", tags="TAGS: ASEC PTER YM",
                         classified_by="Classified By: Ambassador Edmund J. Hull, for reasons "
                                       "1.5 (b) and (d).",
                         paragraphs=("1.  (S/NF)  The Ambassador convened an EAC.",
                                     "2.  (s//nf) Text."))
    (f,) = lint_rule(text, "noforn-rollup")
    assert f.message == ("portion (S/NF) in paragraph 1 is NOFORN but the overall marking SECRET "
                         "(classification line) is not (and 1 more NOFORN portions)")


def test_a_metadata_noforn_makes_the_missing_caption_a_warning_that_names_it(make_telegram, lint_rule):
    # 08LONDON1991 (cables/) l.1-21: metadata `CONFIDENTIAL//NOFORN`; a reformatted copy
    # (`EO 12958 DECL`, `TAGS PGOV, …`) whose classification line has no NOFORN caption below it,
    # the subject and 22 portions `(C/NF)`: the caption may have been lost in copying
    text = make_telegram(reference_id="08LONDON1991", date="2008-07-31 10:10", post="LONDON",
                         classification="CONFIDENTIAL//NOFORN", dtg="P 311030Z JUL 08",
                         banner="C O N F I D E N T I A L SECTION 01 OF 05 LONDON 001991",
                         eo="EO 12958 DECL: 07/31/2018", tags="TAGS PGOV, PREL, PINR, UK",
                         classified_by="Classified By: Ambassador Robert H. Tuttle, reasons 1.4 b, d.",
                         paragraphs=("¶1. (C/NF) Summary.", "¶2. (C/NF) Text."))
    (f,) = lint_rule(text, "noforn-rollup")
    assert f.severity == "warning"
    assert f.message.endswith("; the record's metadata says CONFIDENTIAL//NOFORN, so the "
                              "telegram's NOFORN caption may have been lost in copying")
    # the same telegram under metadata without NOFORN stays an error with the plain message
    plain = text.replace("CONFIDENTIAL//NOFORN", "CONFIDENTIAL", 1)
    (g,) = lint_rule(plain, "noforn-rollup")
    assert g.severity == "error" and "metadata" not in g.message
