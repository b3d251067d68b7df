"""Content errors: one mistake in one place, printed as file:line:col: field: message."""

from __future__ import annotations

from dataclasses import dataclass


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
