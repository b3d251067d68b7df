"""JSON Schema files exported from the content model, so editors check YAML as people type.

The files live in quiz/schema/ and each content file points at one with a
`# yaml-language-server: $schema=...` line. tests/test_jsonschema.py fails
when they no longer match schema.py; `build_quiz.py --export-schema` renews them.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from .schema import Reason, Site

FILES: dict[str, type[BaseModel]] = {"site.schema.json": Site, "reason.schema.json": Reason}


def exported() -> dict[str, str]:
    """File name -> JSON text, deterministic (sorted keys, fixed indentation)."""
    result = {}
    for name, model in FILES.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        result[name] = json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return result


def write(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in exported().items():
        target = folder / name
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8", newline="\n")
            written.append(name)
    return written
