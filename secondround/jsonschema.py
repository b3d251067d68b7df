"""JSON Schema files exported from the content model, so editors check YAML as people type.

The files live in quiz/schema/ and each content file points at one with a
`# yaml-language-server: $schema=...` line. tests/test_jsonschema.py fails
when they no longer match schema.py; `build_quiz.py --export-schema` renews them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic._internal._docs_extraction import extract_docstrings_from_cls
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from .schema import Reason, Site

FILES: dict[str, type[BaseModel]] = {"site.schema.json": Site, "reason.schema.json": Reason}


class _Documented(GenerateJsonSchema):
    """Each field's description is the docstring written under it, as pydantic's
    use_attribute_docstrings would give, read here rather than on every start (base.Strict)."""

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        json_schema = super().model_schema(schema)
        cls: type[BaseModel] = schema["cls"]
        properties = json_schema.get("properties", {})
        for name, field in cls.model_fields.items():
            # The class that declares the field, as pydantic reads the docstring of the class
            # whose body has the field (one that redeclares a field does not inherit its text).
            owner = next((c for c in cls.__mro__ if name in vars(c).get("__annotations__", {})), cls)
            text = _docstrings(owner).get(name)
            if field.description is None and text is not None and name in properties:
                properties[name]["description"] = text
        return json_schema


_DOCSTRINGS: dict[type[Any], dict[str, str]] = {}


def _docstrings(cls: type[Any]) -> dict[str, str]:
    if cls not in _DOCSTRINGS:
        _DOCSTRINGS[cls] = extract_docstrings_from_cls(cls, use_inspect=True)
    return _DOCSTRINGS[cls]


def exported() -> dict[str, str]:
    """File name -> JSON text, deterministic (sorted keys, fixed indentation)."""
    result = {}
    for name, model in FILES.items():
        schema = model.model_json_schema(schema_generator=_Documented)
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
