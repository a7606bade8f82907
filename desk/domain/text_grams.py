"""Chinese text cut into overlapping two-character pieces, for SQLite's full-text index.

FTS5's own tokenizers either treat a whole run of Chinese characters as one word, or (trigram)
cannot find two-character queries at all. So the subject and the request are indexed as the
pieces of each run of letters, digits and Han characters: "土地征收" is stored as
"土地 地征 征收", and a query of two or more characters becomes the phrase of its own pieces,
which matches exactly where the query is a substring of the text. A run of one character is
stored as itself.
"""

from __future__ import annotations

import re
from operator import add

from desk.domain.search_query import fold_text

# Runs of characters for which str.isalnum() is true: re's \w is exactly isalnum() plus "_"
# (tests/test_sync_fast_paths.py checks every code point), and finds them ten times quicker.
_RUN = re.compile(r"[^\W_]+")


def _runs(folded: str) -> list[str]:
    return _RUN.findall(folded)


def _pieces(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return list(map(add, run, run[1:]))  # each character with the next: pairs made in C


def text_grams(*texts: str) -> str:
    """What the index stores for these texts: their pieces, separated by spaces."""
    return " ".join(" ".join(_pieces(run)) for text in texts for run in _runs(fold_text(text)))


def query_words(value: str) -> list[str]:
    """The runs of a query that can be looked for: two characters or more (a run of one
    cannot be found inside a longer run, whose pieces are pairs)."""
    return [run for run in _runs(fold_text(value)) if len(run) >= 2]


def query_phrases(value: str) -> list[str]:
    """FTS5 phrases (to be ANDed) that find each word of `value` as a substring. Pieces hold
    only letters and digits, and each phrase is quoted, so nothing the clerk typed is read as
    FTS syntax."""
    return ['"' + " ".join(_pieces(word)) + '"' for word in query_words(value)]
