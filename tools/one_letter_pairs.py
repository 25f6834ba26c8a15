"""List the words that natural text gives as another word short of one inner letter (`though`
and `through`, `later` and `latter`, `offices` and `officers`): the evidence behind
lint/data/one-letter-pairs.txt, which `evidence.drops_letters` passes over when it asks whether
a copy drops letters inside its words (`areement` beside `agreement`, 09CAIRO1371).

    python tools/one_letter_pairs.py ../shared/corpus/cables ../shared/corpus/raw ../shared/corpus/era2

Prints the words that are such a pair's shorter word in at least 3 distinct records (a copy's
slip such as `areement` is one record's); the data file holds them.
"""
from __future__ import annotations

import collections
import sys
from pathlib import Path

from cablelint import evidence


def main(folders: list[str]) -> None:
    records: collections.Counter = collections.Counter()
    seen = set()
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            if path.name in seen:  # (raw/ repeats cables/)
                continue
            seen.add(path.name)
            text = path.read_text(encoding="utf-8", errors="replace")
            records.update(set(evidence.one_letter_short_words(text)))
    for word, n in sorted(records.items()):
        if n >= 3:
            print(word)


if __name__ == "__main__":
    main(sys.argv[1:] or ["../shared/corpus/cables", "../shared/corpus/raw",
                          "../shared/corpus/era2"])
