"""CL701 subject-title-match."""
from __future__ import annotations

import re

from cablelint.readers import text_key
from cablelint.rule import INFO, Hit, rule

_MARK_WORDS = {"TS", "S", "C", "U", "SBU", "NF", "NOFORN", "REL", "TO", "USA", "LOU"}


def _title_keys(title: str, key: str) -> list[str]:
    """The title's key (`key`, its `text_key`), and the same with a leading portion mark dropped
    (`(C) …`, `(S//REL TO USA, GBR) …`); WikiLeaks kept the subject's mark in some titles."""
    keys = [key]
    if title.lstrip().startswith("("):
        close = title.find(")")
        if 0 < close < 60:
            keys.append(text_key(title[close + 1:]))
    words = key.split()
    if words and words[0] in ("TS", "S", "C", "U", "SBU"):
        for k in range(1, min(len(words), 7)):
            keys.append(" ".join(words[k:]))
            if words[k] not in _MARK_WORDS and not re.fullmatch(r"[A-Z]{3,4}", words[k]):
                break
    return keys


@rule("CL701", "subject-title-match", INFO, options={"min-prefix-words": 1})
def check(cable, options):
    """The metadata title and the SUBJECT line say different things.

    Why: the title of the record is the copy of the subject that indexes, search and reference
    lists show; when it differs, a reader chooses the cable from a description of another
    text, or the body is another cable than the record claims (with reference-id-consistent,
    the second layer check). Basis: WikiLeaks record format [I] (research XREF-01); info.
    Compared after normalisation (case, punctuation, blanks), with a leading portion mark
    in the title dropped; a title or subject cut short is accepted when the shorter one is
    a word-prefix of the longer with at least `min-prefix-words` words (titles are truncated).
    The message never quotes either text.

    Bad:
        08BEIJING3400
        NUCLEAR TALKS WITH THE PRC
        2008-09-03 10:07
        SECRET
        Embassy Beijing

        S E C R E T BEIJING 003400

        E.O. 12958: DECL: 09/03/2033
        TAGS: PARM PREL CH
        SUBJECT: VISA FEES FOR STUDENTS

        Classified By: Ambassador Clark T. Randt, Jr. Reasons 1.4 (b), (c) and (d).

        1. (S) Text.

    Good:
        08BEIJING3400
        NUCLEAR TALKS WITH THE PRC
        2008-09-03 10:07
        SECRET
        Embassy Beijing

        S E C R E T BEIJING 003400

        E.O. 12958: DECL: 09/03/2033
        TAGS: PARM PREL CH
        SUBJECT: NUCLEAR TALKS WITH THE PRC (S)

        Classified By: Ambassador Clark T. Randt, Jr. Reasons 1.4 (b), (c) and (d).

        1. (S) Text.
    """
    meta = cable.metadata
    subject = cable.subject
    if meta is None or subject is None or not subject.text_key:
        return
    title_key = text_key(meta.title)
    if not title_key:  # a title without letters or digits
        return
    min_words = int(options.get("min-prefix-words") or 1)
    b = subject.text_key
    if title_key == b:
        return  # nearly every cable: decided before the other readings of the title are made
    for a in _title_keys(meta.title, title_key):
        if not a:
            continue
        if a == b:
            return
        short, long_ = (a, b) if len(a) < len(b) else (b, a)
        if (long_ + " ").startswith(short + " ") and len(short.split()) >= min_words:
            return
        # a word cut in the middle at the truncation point (`… CHAGHCH` / `… CHAGHCHARAN`)
        if long_.startswith(short) and len(short.split()) >= min_words + 2:
            return
    yield Hit(subject.span, "SUBJECT differs from the metadata title (record layer) beyond "
                            "truncation and portion mark", key="subject-title")
