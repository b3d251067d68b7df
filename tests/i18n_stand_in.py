"""A stand-in translation for the tests: every text of the English content with its vowels
accented ("Quíck chéck"), so it is plainly not English, keeps its length and its {placeholders}.

    python -m tests.i18n_stand_in PROJECT CODE    writes PROJECT/quiz/i18n/CODE/

Never for quiz/i18n/ of the real edition: real translations are written by people.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from secondround.content import load_content
from secondround.schema import Reason, Site
from secondround.translate import NOT_TRANSLATED, TEXT, kind

_ACCENTS = str.maketrans("aeiouAEIOU", "áéíóúÁÉÍÓÚ")
_PLACEHOLDER = re.compile(r"(\{[^{}]*\})")


def fake(text: str) -> str:
    return "".join(part if part.startswith("{") else part.translate(_ACCENTS)
                   for part in _PLACEHOLDER.split(text))


def texts(model: type[BaseModel], data: dict[str, Any]) -> dict[str, Any]:
    """The text fields of data, faked, with the ids that match items up."""
    out: dict[str, Any] = {"id": data["id"]} if "id" in model.model_fields and "id" in data else {}
    for key, info in model.model_fields.items():
        of = kind(info.annotation, tuple(info.metadata))
        if key not in NOT_TRANSLATED and of is not None and data.get(key) is not None:
            out[key] = _value(data[key], of)
    return out


def _value(value: Any, of: Any) -> Any:
    if of == TEXT:
        return fake(value)
    if isinstance(of, tuple):
        return [_value(item, of[1]) for item in value]
    return texts(of, value)


def write_stand_in(root: Path, code: str) -> Path:
    """Write root/quiz/i18n/<code>/ for the content of root/quiz/; returns the folder."""
    content, errors = load_content(root, root / "quiz")
    assert content is not None, "\n".join(map(str, errors))
    folder = root / "quiz" / "i18n" / code
    (folder / "reasons").mkdir(parents=True, exist_ok=True)
    _write(folder / "site.yml", texts(Site, content.site.model_dump()))
    for source in content.reasons:
        name = Path(source.file.split(" and ")[0]).name
        _write(folder / "reasons" / name, texts(Reason, source.reason.model_dump()))
    return folder


def _write(path: Path, data: dict[str, Any]) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")


if __name__ == "__main__":
    print(write_stand_in(Path(sys.argv[1]), sys.argv[2]))
