"""Content errors: one mistake in one place, printed as file:line:col: field: message."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

Path_ = tuple[str | int, ...]


@dataclass(frozen=True, order=True)
class ContentError:
    file: str
    line: int
    column: int
    field: str
    """Dotted path to the field, e.g. questions[2].options[1].weight (lists count from 1)."""
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class Placed(Protocol):
    """What knows where its fields were written: yamlread.Document, overlay.Overlaid."""

    def place(self, path: Path_, *, key: bool = False) -> tuple[int, int]: ...
    def file_at(self, path: Path_, *, key: bool = False) -> str: ...
    def field_at(self, path: Path_, *, key: bool = False) -> str: ...


def error_at(document: Placed, path: Path_, message: str, *, key: bool = False) -> ContentError:
    """The error for one field: the file, line and column it was written at, and its name as
    that file has it (an overlay mixes our file and a centre's, each numbered its own way)."""
    line, column = document.place(path, key=key)
    return ContentError(document.file_at(path, key=key), line, column, document.field_at(path, key=key),
                        message)


def field_path(path: tuple[str | int, ...]) -> str:
    """('questions', 1, 'text') -> 'questions[2].text': numbered from 1, as people count."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else part
    return text


def summary(errors: list[ContentError]) -> str:
    files = len({error.file for error in errors})
    noun = "error" if len(errors) == 1 else "errors"
    where = "file" if files == 1 else "files"
    return f"{len(errors)} content {noun} in {files} {where}; nothing was written."
