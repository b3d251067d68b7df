"""Plain-language checks for editors: how hard each sentence of the content is to read.

Warnings, not content errors: the site builds either way, and `--strict-content`
turns them into a failing exit code. Each finding is `file:line: field: message`,
like the build's errors, so an editor can jump to it. The limits and the word
lists live in quiz/lint.yml, which a career centre can edit.

Reading grade is Flesch-Kincaid (textstat); a file's grade is that of all its prose
read as one text. Only prose is read: string values with a few words in them, not
ids, addresses or colours.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import textstat
from textstat.backend.transformations._remove_punctuation import remove_punctuation

from .errors import field_path
from .syllables import SyllableCounter
from .yamlread import Document, read_document

# Keys whose values are never prose a visitor reads as sentences (the footer line is a name,
# and a name has no plainer wording).
NOT_PROSE = frozenset({"id", "phase", "language", "url", "booking_url", "privacy_contact", "logo",
                       "primary_colour", "accent_colour", "number", "min_score", "footer_text"})
# A sentence ends at . ! or ? followed by a space and a capital, a quote or a bracket.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'\u2018\u201c(])")
WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# Fewer words than this and a grade says nothing (answer options, labels).
GRADED_FROM = 6
# Sentences this long or longer are compared across files for repeats.
REPEAT_FROM = 8


@dataclass(frozen=True)
class Limits:
    sentence_grade: float = 10
    file_grade: float = 8
    sentence_words: int = 30


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    field: str
    message: str
    # A file the build refuses (a YAML mistake): an error, not a plain-language warning.
    refused: bool = False

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


@dataclass(frozen=True)
class Prose:
    file: str
    line: int
    field: str
    text: str


class SettingsError(Exception):
    """quiz/lint.yml cannot be used as written: each mistake, with its place."""

    def __init__(self, mistakes: list[str]) -> None:
        super().__init__("\n".join(mistakes))
        self.mistakes = mistakes


def load_settings(path: Path, shown_as: str = "quiz/lint.yml") -> tuple[Limits, dict[str, str]]:
    """Limits and the word list (word or phrase -> why it is flagged) from quiz/lint.yml.

    A centre edits this file too, so it is read as the content is (yamlread) and a mistake
    is named in place (SettingsError) rather than ending in a traceback."""
    if not path.is_file():
        return Limits(), {}
    document, errors = read_document(path, shown_as)
    if document is None:
        raise SettingsError([str(error) for error in errors])
    problems: list[str] = []

    def wrong(at: tuple[str | int, ...], message: str) -> None:
        problems.append(f"{shown_as}:{document.place(at)[0]}: {field_path(at)}: {message}")

    data = document.data if isinstance(document.data, dict) else {}
    if not isinstance(document.data, dict):
        wrong((), "must be fields (limits:, idioms:, judging_words:)")
    found = data.get("limits") or {}
    if not isinstance(found, dict):
        wrong(("limits",), "must be fields, one a line (sentence_grade: 10)")
        found = {}
    for key, value in found.items():
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if key in Limits.__dataclass_fields__ and not number:
            wrong(("limits", key), f"must be a number, not {value!r}")
    words: dict[str, str] = {}
    for group in ("idioms", "judging_words"):
        entries = data.get(group) or []
        for index, entry in enumerate(entries if isinstance(entries, list) else [None]):
            # Spaces around a phrase (" just ") would make it never match (a letter follows the
            # space), and an empty one would match every text: both are taken as meant.
            phrase = entry.get("phrase") if isinstance(entry, dict) else None
            if not isinstance(phrase, str) or not phrase.strip():
                at = (group, index, "phrase") if isinstance(entries, list) else (group,)
                wrong(at, "missing: each entry needs a phrase (- phrase: ...) and a why (why: ...)")
                continue
            words[phrase.strip().lower()] = str(entry.get("why", group.replace("_", " ")))
    if problems:
        raise SettingsError(problems)
    limits = Limits(**{key: value for key, value in found.items() if key in Limits.__dataclass_fields__})
    return limits, words


def prose_in(document: Document) -> Iterator[Prose]:
    """Every prose string in a content file, with its line and its field path (numbered
    from 1, as the build's errors number them)."""

    def walk(value: Any, path: tuple[str | int, ...]) -> Iterator[Prose]:
        if isinstance(value, dict):
            for key, item in value.items():
                if key not in NOT_PROSE:
                    yield from walk(item, (*path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield from walk(item, (*path, index))
        elif isinstance(value, str):
            text = " ".join(value.split())
            if len(WORD.findall(text)) >= 3 and not text.startswith(("http", "mailto:", "#")):
                yield Prose(document.file, document.place(path)[0], field_path(path), text)

    yield from walk(document.data, ())


def sentences(text: str) -> list[str]:
    return [part.strip() for part in SENTENCE_END.split(text) if part.strip()]


def grade(text: str, syllables: SyllableCounter) -> float:
    """textstat.flesch_kincaid_grade(text), computed as it does (its words, its sentences,
    its formula and order of operations) but with syllables counted once per word."""
    words = remove_punctuation(text, rm_apostrophe=False).lower().split()
    sentences: int = textstat.sentence_count(text)
    if not words or not sentences:
        return 0.0
    per_sentence = len(words) / sentences
    per_word = syllables(words) / len(words)
    if per_sentence == 0 or per_word == 0:
        return 0.0
    return (0.39 * per_sentence) + (11.8 * per_word) - 15.59


def lint(files: list[tuple[Path, str]], limits: Limits, words: dict[str, str]) -> list[Finding]:
    """Findings for the given YAML files (path, name to show), in file and line order."""
    syllables = SyllableCounter()
    # A flagged word or phrase, not inside a longer word ("careless", not "carelessly").
    flagged = {phrase: (re.compile(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])"), why)
               for phrase, why in words.items()}
    # All of them in one pattern: it matches where any one does, so most prose (which has
    # none) is searched once instead of once per phrase.
    any_flagged = re.compile(f"(?<![a-z])(?:{'|'.join(map(re.escape, words))})(?![a-z])") if words else None
    findings: list[Finding] = []
    seen: dict[str, list[Prose]] = defaultdict(list)
    for path, shown_as in files:
        # Read as the build reads it (libyaml, and the same refusals): a file the build would
        # refuse is reported with the build's own message instead of being linted.
        document, errors = read_document(path, shown_as)
        if document is None:
            findings += [Finding(error.file, error.line, error.field or "(file)",
                                 f"{error.message} (build_quiz.py refuses this file too)", refused=True)
                         for error in errors]
            continue
        everything = list(prose_in(document))
        for prose in everything:
            for sentence in sentences(prose.text):
                count = len(WORD.findall(sentence))
                short = sentence if len(sentence) <= 70 else sentence[:67] + "..."
                if count >= GRADED_FROM and (level := grade(sentence, syllables)) > limits.sentence_grade:
                    findings.append(Finding(shown_as, prose.line, prose.field,
                                            f"reads at grade {level:.1f} (limit {limits.sentence_grade:g}; "
                                            "use shorter words, or split the sentence): "
                                            f'"{short}"'))
                if count > limits.sentence_words:
                    findings.append(Finding(shown_as, prose.line, prose.field,
                                            f"{count} words in one sentence (limit {limits.sentence_words}): "
                                            f'"{short}"'))
                if count >= REPEAT_FROM:
                    seen[sentence.lower()].append(prose)
            lowered = f" {prose.text.lower()} "
            if any_flagged is None or not any_flagged.search(lowered):
                continue
            for phrase, (pattern, why) in flagged.items():
                if pattern.search(lowered):
                    findings.append(Finding(shown_as, prose.line, prose.field, f'"{phrase}": {why}'))
        text = " ".join(prose.text for prose in everything)
        if len(WORD.findall(text)) >= 100 and (level := grade(text, syllables)) > limits.file_grade:
            findings.append(Finding(shown_as, 1, "(whole file)",
                                    f"reads at grade {level:.1f} overall (limit {limits.file_grade:g})"))
    for sentence, places in seen.items():
        files_with_it = sorted({place.file for place in places})
        if len(files_with_it) > 1:
            first = places[0]
            others = ", ".join(f"{p.file}:{p.line}" for p in places[1:])
            findings.append(Finding(first.file, first.line, first.field,
                                    f"the same sentence is also in {others}: \"{sentence[:60]}...\""))
    return sorted(findings, key=lambda f: (f.file, f.line, f.field, f.message))


def content_files(quiz: Path, root: Path) -> list[tuple[Path, str]]:
    """The YAML a visitor reads: site.yml and the reasons, with any local overlays."""
    paths = [quiz / "site.yml", *sorted((quiz / "reasons").glob("*.yml"))]
    local = quiz / "local"
    if local.is_dir():
        # Not the translations (local/i18n/): the checks are for English.
        paths += sorted(p for p in local.rglob("*.yml") if "i18n" not in p.relative_to(local).parts[:1])
    return [(path, path.relative_to(root).as_posix()) for path in paths if path.is_file()]
