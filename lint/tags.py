"""The TAGS vocabulary (Traffic Analysis by Geography and Subject) and the reading of a TAGS list.

Data first, loaded once from the package data `cablelint.data` (provenance in its README.md):
subject TAGS (four letters, first letter = category), programme TAGS (`K` + three letters),
two-letter geographic codes (FIPS 10-4 style, not ISO), State's regional codes (`X?`, `Z?`),
organisation TAGS and person TAGS (`SURNAME, GIVEN`, often after `OVIP` or in parentheses).
Then :func:`classify`, which reads the tokens of a TAGS line into :class:`TagItem`s, each with
its kind and, where it is not a valid TAG, the problem and the likely fix. The TAGS rules
(CL6xx) ask this module; they never re-derive the vocabulary. Research: marking-rules.md §4.8.
"""
from __future__ import annotations

import functools
import re
from typing import Mapping, NamedTuple, Sequence

from . import data
from .lazyre import LazyPattern
from .marking import osa_distance

__all__ = [
    "CATEGORY_LETTERS", "TYPO_FIXES", "WORD_ABBREVIATIONS", "IsoLookalike", "TagItem", "Vocabulary", "vocabulary",
    "classify", "historical_country", "posts_of", "items_of", "publisher_words_of", "span_of",
]

#: First letters of subject TAGS (5 FAH-3 H-012/H-111 [S]; P, S, T descriptions [K]);
#: K is the programme-TAG letter.
CATEGORY_LETTERS = frozenset("ABCEKLMOPST")

#: Known misspellings (cablemap's normalisation table [S], marking-rules.md §5.7 TAG-04).
TYPO_FIXES: Mapping[str, str] = {
    "MOPPS": "MOPS", "POGOV": "PGOV", "KWWMN": "KWMN", "UNDESCO": "UNESCO", "SYR": "SY",
}

#: Telegraphese abbreviations of words (`AGMT` agreement, `PROG` programme, `MGMT` management):
#: on a TAGS line they are no TAG, and a TAG one letter from one (`AMGT`, `PROP`) is a guess at
#: what the drafter meant, not a typo's fix.
WORD_ABBREVIATIONS = frozenset({
    "AGMT", "AGMTS", "PROG", "PROGS", "MGMT", "GOVT", "GOVTS", "DEPT", "INTL", "NATL", "ASST",
    "APPT", "SECY", "INFO", "RECD", "RQST", "MTGS", "CONF", "ADMIN", "AMEMB",
})

_WORD_RE = LazyPattern(r"[A-Z][A-Z'\-]*\.?")
_K_TAG_RE = re.compile(r"K[A-Z]{3}")
_REGION_RE = LazyPattern(r"[XZ][A-Z]")
_CODE_LIKE_RE = LazyPattern(r"[A-Z][A-Z0-9./&-]{1,14}")


class IsoLookalike(NamedTuple):
    iso: str
    tags_code: str
    country: str
    posts: tuple[str, ...]


class Vocabulary(NamedTuple):
    subject: frozenset[str]
    organisation: frozenset[str]
    geographic: Mapping[str, str]       # code -> country (FIPS 10-4 style and State's extras)
    iso: Mapping[str, IsoLookalike]     # ISO code -> the country's TAGS code
    in_use: Mapping[str, str]           # token -> kind: TAGS posts used that the lists lack

    def is_geo(self, code: str) -> bool:
        return code in self.geographic or bool(_REGION_RE.fullmatch(code))

    def is_subject(self, token: str) -> bool:
        return token in self.subject

    def is_programme(self, token: str) -> bool:
        return bool(_K_TAG_RE.fullmatch(token))


@functools.lru_cache(maxsize=1)
def _historical() -> dict[str, tuple[str, str]]:
    out = {}
    for ln in data.lines("geo-historical.txt"):
        code, country, until = (ln.split("|") + ["", ""])[:3]
        out[code.strip()] = (country.strip(), until.strip())
    return out


def former_country(code: str) -> tuple[str, str] | None:
    """The country a two-letter code named before FIPS 10-4 dropped or moved it, and the last day
    it did (`GE`: West Germany, 1990-10-02); None for a code that never changed."""
    return _historical().get(code)


# letters and digits that typing from paper and OCR confuse (`T0` for TO, `PRDPERLY` for
# PROPERLY in the re-keyed 1985 Mogadishu cable of era2/)
_MISREAD = {"O": "D0", "D": "O", "0": "O", "I": "1", "1": "I", "S": "5", "5": "S", "B": "8",
            "8": "B"}


def misread_country(code: str) -> tuple[str, str] | None:
    """The geographic TAGS code, and its country, that a two-letter token not itself a TAGS
    code becomes when one letter misread in copying is read back (`SD` → `SO`, Somalia); None
    when no such reading, or more than one, gives a code."""
    geographic = vocabulary().geographic
    found = {code[:i] + c + code[i + 1:] for i in range(len(code)) for c in _MISREAD.get(code[i], "")}
    hits = sorted(k for k in found if k in geographic)
    return (hits[0], geographic[hits[0]]) if len(hits) == 1 else None


def historical_country(code: str, on) -> str | None:
    """The country a two-letter code named on the date `on` (a `datetime.date`) when FIPS 10-4
    has since dropped or moved the code (`GE` West Germany up to 1990-10-02, `CZ`
    Czechoslovakia up to 1992-12-31); None otherwise or without a date."""
    entry = _historical().get(code)
    if entry is None or on is None:
        return None
    country, until = entry
    return country if on.isoformat() <= until else None


@functools.lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    subject = frozenset(t.upper() for t in data.lines("subject-tags.txt") + data.lines("subject-tags-supplement.txt"))
    organisation = frozenset(t.upper() for t in data.lines("organization-tags.txt")
                             + data.lines("organization-tags-supplement.txt"))
    geographic: dict[str, str] = {}
    for ln in data.lines("geo-fips.txt"):
        code, _, name = ln.partition(" ")
        geographic[code] = name.strip()
    for ln in data.lines("geo-state.txt"):
        code, _, name = ln.partition("|")
        geographic.setdefault(code, name.strip())
    iso: dict[str, IsoLookalike] = {}
    for ln in data.lines("geo-iso-lookalikes.txt"):
        code, tags_code, country, posts = (ln.split("|") + [""] * 4)[:4]
        iso[code] = IsoLookalike(code, tags_code, country,
                                 tuple(p for p in posts.split(";") if p))
    in_use: dict[str, str] = {}
    for ln in data.lines("tags-in-use.txt"):
        token, kind = (ln.split("|") + [""])[:2]
        in_use[token.strip().upper()] = kind.strip()
    return Vocabulary(subject, organisation, geographic, iso, in_use)


# ---------------------------------------------------------------------------------------------
# Reading a TAGS list
# ---------------------------------------------------------------------------------------------

KINDS = ("subject", "programme", "geographic", "organisation", "person", "unknown")
PROBLEMS = ("unknown", "unlisted", "category", "typo", "abbreviation", "run-together", "iso",
            "iso-context")


class TagItem(NamedTuple):
    """One TAG as read from the list.

    ``index`` is the 1-based position of its first token; ``token`` the upper-cased token(s)
    (for a person TAG it is never reported). ``problem`` is None for a valid TAG; otherwise
    ``suggestion`` is the likely fix (a TAG, or several separated by blanks) and, for an ISO
    look-alike, ``iso`` holds what the code means in ISO 3166.
    """

    index: int
    token: str
    kind: str
    problem: str | None = None
    suggestion: str | None = None
    iso: IsoLookalike | None = None

    @property
    def code_like(self) -> bool:
        """Short enough and shaped like a TAG code, so a message may name it."""
        return self.kind != "person" and bool(_CODE_LIKE_RE.fullmatch(self.token))


def _valid_kind(token: str, voc: Vocabulary) -> str | None:
    if voc.is_subject(token):
        return "subject"
    if voc.is_programme(token):
        return "programme"
    if len(token) == 2 and voc.is_geo(token):
        return "geographic"
    if token in voc.organisation:
        return "organisation"
    return voc.in_use.get(token)


def _segment(token: str, voc: Vocabulary) -> list[str] | None:
    """Split a run-together token (`PHUMPREL`, `ETRDEINVECINPGOVCS`) into known TAGS."""
    n = len(token)
    if n < 6 or not token.isalpha():
        return None
    # For each position, the fewest parts that reach it and the size of the last one: the
    # parts are read back from the end once, so time and memory grow with the token's length.
    unreached = n + 1
    count = [unreached] * (n + 1)
    last = [0] * (n + 1)
    count[0] = 0
    for i in range(n):
        if count[i] == unreached:
            continue
        for size in (4, 2):
            if i + size > n:
                continue
            piece = token[i:i + size]
            ok = (size == 4 and (voc.is_subject(piece) or voc.is_programme(piece))) or \
                 (size == 2 and piece in voc.geographic)
            if ok and count[i] + 1 < count[i + size]:
                count[i + size] = count[i] + 1
                last[i + size] = size
    if count[n] == unreached or count[n] < 2:
        return None
    parts: list[str] = []
    end = n
    while end:
        parts.append(token[end - last[end]:end])
        end -= last[end]
    parts.reverse()
    return parts if any(len(p) == 4 for p in parts) else None


def _near_miss(token: str, voc: Vocabulary) -> str | None:
    """The one TAG of the token's own kind a 4- or 5-letter token is a single edit away from: a
    subject TAG, or for a four-letter token that no subject TAG can be (its first letter is no
    category) an organisation TAG of the same length (`WTRQ` -> `WTRO`)."""
    if not (4 <= len(token) <= 5) or not token.isalpha():
        return None
    near = _near_subject(token)
    if near is None and len(token) == 4 and token[0] not in CATEGORY_LETTERS:
        near = _near_organisation(token)
    return near


@functools.lru_cache(maxsize=4096)
def _near_subject(token: str) -> str | None:
    # cached, since the same typos recur
    voc = vocabulary()
    cands = {t for t in _one_edit_candidates(token) if t in voc.subject
             and osa_distance(token, t, 1) == 1}
    if len(token) == 4:
        # a changed first letter changes the category: more likely another acronym (DTRA)
        cands = {t for t in cands if t[0] == token[0] or sorted(t) == sorted(token)}
    return cands.pop() if len(cands) == 1 else None


@functools.lru_cache(maxsize=4096)
def _near_organisation(token: str) -> str | None:
    # an acronym keeps its leading letters: a slip further on (`WTRQ` for `WTRO`), not `NSFO`
    # for `NAFO`
    organisation = vocabulary().organisation
    cands = {t for t in _one_edit_candidates(token) if t in organisation and len(t) == len(token)
             and t[:2] == token[:2] and t.isalpha() and osa_distance(token, t, 1) == 1}
    return cands.pop() if len(cands) == 1 else None


def _one_edit_candidates(token: str) -> set[str]:
    """The subject and organisation TAGS that may be one edit (a letter changed, added or
    dropped, or two neighbours swapped) from `token`: those that share with it a key of
    `_one_deletion_index`, a superset of them (the callers measure the distance). Each key is
    looked up once, instead of an edit distance against every TAG of the lists."""
    index = _one_deletion_index()
    found: set[str] = set(index.get(token, ()))
    for i in range(len(token)):
        found.update(index.get(token[:i] + token[i + 1:], ()))
    return found


@functools.lru_cache(maxsize=1)
def _one_deletion_index() -> dict[str, tuple[str, ...]]:
    """Each subject and organisation TAG under itself and under every string it makes with
    one letter dropped. A TAG one edit from a token shares a key with it: dropping the changed
    letter from both, or one of two swapped neighbours, leaves the same string, and an added or
    dropped letter makes one the other's key."""
    voc = vocabulary()
    index: dict[str, list[str]] = {}
    for tag in voc.subject | voc.organisation:
        for key in {tag, *(tag[:i] + tag[i + 1:] for i in range(len(tag)))}:
            index.setdefault(key, []).append(tag)
    return {key: tuple(tags) for key, tags in index.items()}


def _in_context(item: TagItem, voc: Vocabulary, posts: Sequence[str],
                all_tokens: set[str]) -> TagItem:
    """A geographic `item` judged in its cable. A valid TAGS code of one country that is the ISO
    code of another is suspicious only when the cable comes from a post of the ISO country
    and does not carry that country's code."""
    look = voc.iso.get(item.token)
    if look is not None and look.tags_code not in all_tokens \
            and voc.geographic.get(item.token) != look.country \
            and any(p.upper() in look.posts for p in posts if p):
        return TagItem(item.index, item.token, item.kind, "iso-context", look.tags_code, look)
    return item


@functools.lru_cache(maxsize=8192)
def _plain_item(index: int, token: str) -> TagItem:
    """The item of `token` at place `index` whatever the cable (from `_reading`). Cached and
    shared between cables, which is safe since items are tuples: most TAGS lists are common
    tokens in the first few places, and finding an item costs less than making one."""
    return TagItem(index, token, *_reading(token))


@functools.lru_cache(maxsize=4096)
def _reading(token: str) -> tuple[str, str | None, str | None, IsoLookalike | None]:
    """What a token is whatever the cable: the kind, problem, suggestion and ISO look-alike of
    its `TagItem`. Cached: cables use a few hundred distinct tokens between them."""
    voc = vocabulary()
    kind = _valid_kind(token, voc)
    if kind is not None:
        return kind, None, None, None
    if token in TYPO_FIXES:
        return "unknown", "typo", TYPO_FIXES[token], None
    if len(token) == 2 and token in voc.iso:
        look = voc.iso[token]
        return "unknown", "iso", look.tags_code, look
    parts = _segment(token, voc)
    if parts:
        return "unknown", "run-together", " ".join(parts), None
    near = _near_miss(token, voc)
    if near:
        return "unknown", "abbreviation" if token in WORD_ABBREVIATIONS else "typo", near, None
    if len(token) == 4 and token.isalpha() and token[0] not in CATEGORY_LETTERS:
        return "unknown", "category", None, None
    if token.isalpha() and 3 <= len(token) <= 5:
        # shaped like a subject or organisation TAG: may be one the shipped lists lack
        return "unknown", "unlisted", None, None
    return "unknown", "unknown", None, None


def _is_person_word(token: str) -> bool:
    return bool(_WORD_RE.fullmatch(token.strip("(),:")))


@functools.lru_cache(maxsize=1)
def _two_word_organisation_starts() -> frozenset[str]:
    """The first words of the organisation TAGS written in two words (`AER LINGUS`): only these
    tokens need joining to the next to be looked up."""
    return frozenset(o.split(" ", 1)[0] for o in vocabulary().organisation if " " in o)


def classify(tokens: Sequence[str], posts: Sequence[str] = ()) -> list[TagItem]:
    """Read the tokens of a TAGS line (as split by the model) into TAG items.

    ``posts`` are the names of the cable's own post (upper case), used only to judge two-letter
    codes that are a valid TAGS code for one country and the ISO code of another. Person TAGS:
    tokens in parentheses (`(CLINTON, HILLARY)`), or up to three name words after `OVIP` that
    are not themselves TAGS.
    """
    voc = vocabulary()
    two_word_starts = _two_word_organisation_starts()
    upper = [u for t in tokens if (u := t.upper().strip(",;"))]
    all_tokens = set(upper)
    posts = tuple(posts)  # (read again for each ISO look-alike; upper-cased only then)
    items: list[TagItem] = []
    i = 0
    n = len(upper)
    while i < n:
        tok = upper[i]
        if tok.startswith("("):
            j = i
            # (a person TAG with its aliases runs to a dozen words over two lines:
            # `(OUALI, FILALI AKA: ABDORRAHMAN, AKA: ABD AL-OUALI ET AL)`, 04MADRID2625)
            while j < n and not upper[j].endswith(")") and j - i < 12:
                j += 1
            if j < n and upper[j].endswith(")") and all(_is_person_word(t) for t in upper[i:j + 1]):
                items.append(TagItem(i + 1, " ".join(upper[i:j + 1]), "person"))
                i = j + 1
                continue
            tok = tok.strip("()")
        if tok == "OVIP" and i + 1 < n:
            items.append(TagItem(i + 1, tok, "subject"))
            j = i + 1
            while j < n and j - i <= 3 and _valid_kind(upper[j], voc) is None \
                    and not upper[j].startswith("(") and _is_person_word(upper[j]):
                j += 1
            if j - i >= 3 or (j - i == 2 and j >= n):
                # at least two name words (SURNAME GIVEN), or one at the very end
                items.append(TagItem(i + 2, " ".join(upper[i + 1:j]), "person"))
                i = j
                continue
            i += 1
            continue
        tok = tok.strip("()")
        if not tok:
            i += 1
            continue
        if i + 1 < n and tok in two_word_starts \
                and f"{tok} {upper[i + 1].strip('()')}" in voc.organisation:
            # a two-word organisation TAG ("AER LINGUS", "PHALANGE PARTY")
            items.append(TagItem(i + 1, f"{tok} {upper[i + 1].strip('()')}", "organisation"))
            i += 2
            continue
        item = _plain_item(i + 1, tok)
        if item.kind == "geographic":  # the one kind whose reading depends on the cable
            item = _in_context(item, voc, posts, all_tokens)
        items.append(item)
        i += 1
    return items


_ORIGIN_PREFIX_RE = re.compile(r"(?i)^(?:US\s+)?(?:Embassy|Consulate(?:\s+General)?|Mission|"
                               r"Office|USUN|Branch Office|RPO|American Institute)\s+")


@functools.lru_cache(maxsize=1024)  # a corpus comes from a few hundred posts
def posts_of(banner_post: str | None, origin: str | None) -> tuple[str, ...]:
    """The cable's post names (upper case): the classification line's post and the metadata
    origin without its `Embassy`/`Consulate` prefix."""
    out = []
    if banner_post:
        out.append(" ".join(banner_post.split()).upper())
    if origin:
        out.append(_ORIGIN_PREFIX_RE.sub("", " ".join(origin.split())).upper())
    return tuple(out)


def _publisher_indices(tokens: Sequence[str], groups: Sequence[int],
                       posts: Sequence[str]) -> list[int]:
    """Which tokens (0-based) are words a publisher's database added after the TAGS, as texts
    made from `cables.csv` carry them (`TAGS: PGOV, PHUM, TU, Istanbul`; `..., Press Summaries,
    ADANA`): from the first comma group written in lower-case letters to the end of the line
    (valid TAGS there excepted), any other lower-case token, and a last group that is the post's
    own name. Telegram TAGS are written in capitals; words inside parentheses are person TAGS."""
    n = len(tokens)
    if n == 0:
        return []
    if groups[-1] == 0:
        joined = " ".join(tokens)
        if joined == joined.upper():
            return []  # one group in capitals: nothing a publisher added (most lines)
    depth = 0
    first_group = None
    lower: set[int] = set()
    for i, tok in enumerate(tokens):
        opens = tok.startswith("(")
        if not (depth or opens) and any(c.islower() for c in tok) \
                and _valid_kind(tok.upper().strip("(),;"), vocabulary()) is None:
            lower.add(i)
            if first_group is None:
                first_group = groups[i]
        depth = max(0, depth + tok.count("(") - tok.count(")"))
    last = groups[-1]
    if last > 0:
        tail = [i for i in range(n) if groups[i] == last]
        name = "".join(tokens[i] for i in tail).upper()
        if any(name == p.replace(" ", "") for p in posts if p) \
                and all(_valid_kind(tokens[i].upper(), vocabulary()) is None for i in tail):
            lower.update(tail)
    if first_group is not None:
        lower.update(i for i in range(n) if groups[i] >= first_group
                     and _valid_kind(tokens[i].upper().strip("(),;"), vocabulary()) is None)
    return sorted(lower)


def _posts(cable) -> tuple[str, ...]:
    origin = cable.metadata.origin if cable.metadata is not None else None
    banner = cable.banner
    return posts_of(banner.post if banner is not None else None, origin)


def publisher_words_of(cable) -> tuple[int, ...]:
    """The 0-based places of the TAGS tokens that a publisher added (see `_publisher_indices`)."""
    return _line_of(cable)[0] if cable.tags is not None else ()


def _line_of(cable) -> tuple[tuple[int, ...], tuple[TagItem, ...]]:
    """`_line_reading` of the cable's TAGS line (which has one), kept on the cable: several
    TAGS rules ask for the same reading of the same line."""
    cached = cable.derived.get("tags.line")
    if cached is None:
        t = cable.tags
        # (a line of thousands of tokens, as hostile input makes, is read without being kept)
        read = _line_reading if len(t.tokens) <= _KEPT_TOKENS else _line_reading.__wrapped__
        cached = cable.derived["tags.line"] = read(tuple(t.tokens), tuple(t.groups), _posts(cable))
    return cached


# the longest TAGS line whose reading is kept between cables (real lines have a dozen tokens)
_KEPT_TOKENS = 64


def span_of(cable, item: TagItem):
    """Where the item's (first) token stands on the TAGS line."""
    spans = cable.tags.token_spans
    return spans[item.index - 1] if 0 < item.index <= len(spans) else cable.tags.span


_WORD_PROBLEMS = frozenset({"unknown", "unlisted", "category", "typo", "abbreviation"})


def _phrases_as_words(items: list[TagItem], groups: Sequence[int]) -> list[TagItem]:
    """Read words of a phrase written on the TAGS line (`COUNTER TERRORISM`, `GAZA
    DISENGAGEMENT`, `MEETINGS WITH AMBASSADOR`) as words, not as TAGS: a run of two or more
    adjacent non-TAG tokens in one comma group, one of them a word of six letters or more, is
    no misspelt TAG (`GAZA`, `WITH` are not slips for a subject TAG)."""
    if not any(it.problem in _WORD_PROBLEMS for it in items):
        return items
    out = list(items)
    n = len(out)
    i = 0
    while i < n:
        j = i
        while j < n and out[j].problem in _WORD_PROBLEMS and (
                j == i or (out[j].index == out[j - 1].index + 1
                           and groups[out[j].index - 1] == groups[out[i].index - 1])):
            j += 1
        if j - i >= 2 and any(len(t.token) >= 6 and t.token.isalpha() for t in out[i:j]):
            for k in range(i, j):
                if out[k].problem != "unknown":
                    out[k] = out[k]._replace(problem="unknown", suggestion=None)
        i = max(j, i + 1)
    return out


def _publisher_glued(item: TagItem, items: Sequence[TagItem], tokens: set[str]) -> bool:
    """A country code glued to a TAG by the publisher's rebuilt TAGS field, not by the drafter:
    `VTPREL` on `TAGS: PREL, PHUM, ..., VT, VTPREL`, `EISNAR` on `TAGS: SNAR, EISNAR`. The
    rebuilt lines (in `cables.csv` texts, and some of the web pages) end with the geographic
    TAG glued to the line's first TAG (01VATICAN3137, 03ZAGREB790, 04DUBLIN1815), or repeat the
    two parts apart as well (02VATICAN2291: `VT, RU, VTPGOV`). A drafter's run-together TAGS
    (`PHUMPREL`, `ETRDEINVECINPGOVCS`) are not of that shape."""
    parts = (item.suggestion or "").split()
    if item.problem != "run-together" or len(parts) != 2 or len(parts[0]) != 2:
        return False
    geo, tag = parts
    first = next((it.token for it in items if it.kind != "person"), None)
    return tag == first or (geo in tokens and tag in tokens)


def _coins_tags(items: Sequence[TagItem], voc: Vocabulary) -> bool:
    """Whether the line carries a subject TAG a post coined for itself (`FINREF`, `HUMANR`,
    lint/data/tags-in-use.txt): beside such TAGS a token one letter from a listed TAG may as
    well be another coinage (`CIVS` beside `FINREF` in a stock-market cable,
    00HOCHIMINHCITY1176), so no typo is claimed."""
    return any(it.problem is None and voc.in_use.get(it.token) == "subject"
               and it.token not in voc.subject for it in items)


def _uncertain_typo(item: TagItem, items: Sequence[TagItem]) -> bool:
    return (item.problem == "typo" and item.token not in TYPO_FIXES
            and _coins_tags(items, vocabulary()))


def _glued_to_named_code(item: TagItem, tokens: set[str]) -> bool:
    """A country code the line names apart run into a TAG that starts with the code's last
    letter, the letter written once: `SPTER` for `SP PTER` on `TAGS: EFIN, PREL, SNAR, SP,
    SPTER` (04MADRID901). Two TAGS run together, not a typo of `PTER`."""
    tok, tag = item.token, item.suggestion
    return (item.problem == "typo" and tag is not None and len(tok) == len(tag) + 1
            and tok[1:] == tag and tok[:2] in tokens and tok[:2] in vocabulary().geographic)


def items_of(cable) -> tuple[TagItem, ...]:
    """The TAG items of a cable's TAGS line (empty without one), each TAG once (a line that
    repeats a TAG is read as naming it once), without the words a publisher added. An item's
    `index` is its first token's 1-based place among all the line's tokens (see `span_of`)."""
    return _line_of(cable)[1] if cable.tags is not None else ()


@functools.lru_cache(maxsize=4096)
def _line_reading(tokens: tuple[str, ...], groups: tuple[int, ...],
                  posts: tuple[str, ...]) -> tuple[tuple[int, ...], tuple[TagItem, ...]]:
    """The places of the words a publisher added to a TAGS line, and the line's TAG items (see
    `items_of`): what the tokens, their comma groups and the cable's post names give, whatever
    the cable. Cached and shared between cables, like `_plain_item`: a post's cables often
    repeat a TAGS line, and the result is made of tuples."""
    added = tuple(_publisher_indices(tokens, groups, posts))
    if added:
        skip = set(added)
        kept = [i for i in range(len(tokens)) if i not in skip]
        read = classify([tokens[i] for i in kept], posts)
        read = [it._replace(index=kept[it.index - 1] + 1) for it in read]
    else:
        read = classify(tokens, posts)
    read = _phrases_as_words(read, groups)
    present = {it.token for it in read}
    seen: set[str] = set()
    items = []
    for it in read:
        if it.token in seen:
            continue
        problem = it.problem
        if problem == "run-together":
            if _publisher_glued(it, read, present):
                continue
        elif problem == "typo":
            if _uncertain_typo(it, read):
                it = it._replace(problem="unknown", suggestion=None)
            elif _glued_to_named_code(it, present):
                it = it._replace(problem="run-together", suggestion=f"{it.token[:2]} {it.suggestion}")
        seen.add(it.token)
        items.append(it)
    return added, tuple(items)
