"""Checklist items for some interview formats only (issue 12, item 3): the schema, our
content's marks, and an edition's overlay. The pages' behaviour is in
tests/browser/test_formats.py; wrong marks as content errors in tests/content_errors/78-80."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from secondround.content import load_content
from secondround.schema import FORMATS, ChecklistItem

from .conftest import FIXTURES, ROOT

# What an item's text says at its start, and the formats that text means.
PREFIXES = {"In person:": {"in-person"}, "Video:": {"video"}, "Video or phone:": {"video", "phone"}}


def test_an_item_fits_every_format_unless_it_names_some() -> None:
    item = ChecklistItem.model_validate({"id": "x", "phase": "before", "text": "Do it"})
    assert item.formats is None
    item = ChecklistItem.model_validate({"id": "x", "phase": "before", "text": "Do it",
                                         "formats": ["video", "phone"]})
    assert item.formats == ["video", "phone"]


@pytest.mark.parametrize("formats", [[], ["zoom"], ["In person"], "video"])
def test_an_item_names_formats_only_from_the_fixed_set(formats: object) -> None:
    with pytest.raises(ValidationError):
        ChecklistItem.model_validate({"id": "x", "phase": "before", "text": "Do it", "formats": formats})


def test_our_items_that_name_a_format_in_their_text_are_marked_for_exactly_it() -> None:
    found = 0
    for path in sorted((ROOT / "quiz" / "reasons").glob("*.yml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["checklist"]:
            prefix = next((p for p in PREFIXES if item["text"].startswith(p)), None)
            if prefix:
                found += 1
                assert set(item.get("formats", [])) == PREFIXES[prefix], f"{path.name}: {item['id']}"
            assert set(item.get("formats", FORMATS)) <= set(FORMATS)
    assert found >= 4, "03's in-person, video and video-or-phone items"


def test_each_format_hides_something_and_leaves_every_phase_of_the_plan_with_items() -> None:
    items = [item for path in sorted((ROOT / "quiz" / "reasons").glob("*.yml"))
             for item in yaml.safe_load(path.read_text(encoding="utf-8"))["checklist"]]
    for name in FORMATS:
        kept = [item for item in items if name in item.get("formats", FORMATS)]
        assert len(kept) < len(items), f"no item is hidden for {name}"
        assert {item["phase"] for item in kept} == {"before", "on-the-day", "after"}, name


def test_an_edition_can_mark_one_of_our_items_for_a_format(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "minimal", tmp_path / "project")
    quiz = tmp_path / "project" / "quiz"
    (quiz / "local" / "reasons").mkdir(parents=True)
    (quiz / "local" / "reasons" / "alpha.yml").write_text(
        "checklist:\n  - id: write-notes\n    formats: [video, recorded]\n", encoding="utf-8")
    content, errors = load_content(tmp_path / "project", quiz)
    assert content is not None, "\n".join(map(str, errors))
    alpha = next(s.reason for s in content.reasons if s.reason.id == "alpha")
    marks = {item.id: item.formats for item in alpha.checklist}
    assert marks["write-notes"] == ["video", "recorded"]
    assert marks["arrive-early"] == ["in-person"], "the fixture's own mark stays"


def test_the_pages_know_the_same_formats_as_the_schema() -> None:
    """The page scripts keep a record's format only if they know its name: a format added to
    the schema but not to lib/interviews.js would be dropped from every export and import."""
    script = ("import { FORMATS } from './docs/assets/js/lib/interviews.js';"
              " console.log(JSON.stringify(FORMATS));")
    run = subprocess.run(["node", "--input-type=module", "-e", script], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    assert tuple(json.loads(run.stdout)) == FORMATS
