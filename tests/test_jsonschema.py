"""The exported JSON Schema files must match the content model, or editors check against old rules."""

import json

from secondround import jsonschema

from .conftest import ROOT


def test_committed_schema_files_are_current() -> None:
    for name, text in jsonschema.exported().items():
        committed = (ROOT / "quiz" / "schema" / name).read_text(encoding="utf-8")
        assert committed == text, (
            f"quiz/schema/{name} is stale: run `python build_quiz.py --export-schema` and commit it"
        )


def test_every_content_file_points_at_its_schema() -> None:
    files = [ROOT / "quiz" / "site.yml", *sorted((ROOT / "quiz" / "reasons").glob("*.yml"))]
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        expected = "schema/site.schema.json" if path.name == "site.yml" else "../schema/reason.schema.json"
        assert first == f"# yaml-language-server: $schema={expected}", path


def test_schema_documents_fields_for_editors() -> None:
    reason = json.loads(jsonschema.exported()["reason.schema.json"])
    weight = reason["$defs"]["Option"]["properties"]["weight"]
    assert weight["minimum"] == 0 and weight["maximum"] == 3
    assert "strongly" in weight["description"]
    assert reason["additionalProperties"] is False
