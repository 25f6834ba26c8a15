"""Count the TAGS tokens the shipped lists lack, over a corpus: the evidence behind
lint/data/tags-in-use.txt (cables carrying the token, distinct posts, distinct years).

    python tools/tags_in_use.py ../shared/corpus/cables ../shared/corpus/raw ../shared/corpus/era2

Prints one line a token seen in at least 3 cables over at least 2 years, or from at least 3
posts; which of them are kept (not English words, not typos, not office symbols) is the
maintainers' judgement, written down in the data file's header.
"""
from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

from cablelint import tags

_ID_RE = re.compile(r"(\d\d)([A-Z]+)")
_TAGS_RE = re.compile(r"TAGS?\b:?")


def main(folders: list[str]) -> None:
    posts = collections.defaultdict(set)
    years = collections.defaultdict(set)
    cables: collections.Counter = collections.Counter()
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            m = _ID_RE.match(path.stem)
            if not m:
                continue
            year, post = m.groups()
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                head = _TAGS_RE.match(line)
                if head is None:
                    continue
                seen = set()
                for item in tags.classify(line[head.end():].replace(",", " ").split()):
                    if item.problem and item.kind != "person" and item.token not in seen:
                        seen.add(item.token)
                        posts[item.token].add(post)
                        years[item.token].add(year)
                        cables[item.token] += 1
                break
    for token, n in cables.most_common():
        if (n >= 3 and len(years[token]) >= 2) or len(posts[token]) >= 3:
            print(f"{token}|{n} cables|{len(posts[token])} posts|{len(years[token])} years")


if __name__ == "__main__":
    main(sys.argv[1:])
