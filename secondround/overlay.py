"""A career centre's own YAML, laid over ours: quiz/local/.

Upstream files stay untouched, so a fork merges our updates without
conflicts. quiz/local/site.yml changes any site setting; quiz/local/reasons/
ID.yml changes the reason with that id. Mappings merge field by field; lists
of items with an id (questions, options' parents, checklist items, bands)
merge item by item: the same id changes ours, a new id is added at the end;
any other value replaces ours. `enabled: false` in a reason's file switches
that reason off. The merged result is validated like any content file, and
every error names the file the offending line is in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import Path_, field_path
from .yamlread import Document

SWITCH = "enabled"


@dataclass
class Overlaid(Document):
    """Our document with a centre's changes merged in; remembers which file each value came from."""

    value_files: dict[Path_, str] = field(default_factory=dict)
    key_files: dict[Path_, str] = field(default_factory=dict)
    # Where a value or key from the centre's file sits in that file: its third checklist
    # item may be the tenth of the merged list, and an editor looks for the third.
    value_paths: dict[Path_, Path_] = field(default_factory=dict)
    key_paths: dict[Path_, Path_] = field(default_factory=dict)

    def file_at(self, path: Path_, *, key: bool = False) -> str:
        marks, found = self._nearest(path, key)
        files = self.key_files if marks is self.key_marks else self.value_files
        return files.get(found, self.file)

    def field_at(self, path: Path_, *, key: bool = False) -> str:
        marks, found = self._nearest(path, key)
        paths = self.key_paths if marks is self.key_marks else self.value_paths
        if found in paths:
            return field_path(paths[found] + path[len(found):])
        return field_path(path)


def merge(base: Document, top: Document) -> Overlaid:
    """Lay top over base. base.data and top.data must both be mappings."""
    merged = Overlaid(base.file, None, dict(base.value_marks), dict(base.key_marks))
    merged.value_files = dict.fromkeys(base.value_marks, base.file)
    merged.key_files = dict.fromkeys(base.key_marks, base.file)
    top_data = {k: v for k, v in top.data.items() if k != SWITCH}
    merged.data = _merge(base.data, top_data, (), (), top, merged)
    _dark_follows_its_colour(merged.data, top_data)
    return merged


def _dark_follows_its_colour(merged: dict[str, Any], top: dict[str, Any]) -> None:
    """Our dark colours are lighter versions of our colours: a centre that changes a colour
    but not its dark one gets its own lightened (branding.py), not our blue on its purple."""
    theirs, branding = top.get("branding"), merged.get("branding")
    if isinstance(theirs, dict) and isinstance(branding, dict):
        for colour in ("primary_colour", "accent_colour"):
            if colour in theirs and f"{colour}_dark" not in theirs:
                branding.pop(f"{colour}_dark", None)


def _merge(ours: Any, theirs: Any, top_path: Path_, out: Path_, top: Document, merged: Overlaid) -> Any:
    if isinstance(ours, dict) and isinstance(theirs, dict):
        result = dict(ours)
        for key, value in theirs.items():
            _take_key(top, (*top_path, key), (*out, key), merged)
            if key in ours:
                result[key] = _merge(ours[key], value, (*top_path, key), (*out, key), top, merged)
            else:
                result[key] = _take(value, (*top_path, key), (*out, key), top, merged)
        return result
    if _has_ids(ours) and _has_ids(theirs):
        items = list(ours)
        position = {item["id"]: index for index, item in enumerate(ours)}
        ids = [item["id"] for item in theirs]
        if any(i not in position for i in ids) or len(set(ids)) < len(ids):
            # The overlay lengthens the list: a complaint about the list as a whole
            # (too many items, two screening questions) belongs to the overlay.
            _take_mark(top, top_path, out, merged)
        seen: set[str] = set()
        for index, item in enumerate(theirs):
            at = position.get(item["id"])
            if at is not None and item["id"] not in seen:
                seen.add(item["id"])
                items[at] = _merge(ours[at], item, (*top_path, index), (*out, at), top, merged)
            elif at is not None:
                # One of our ids a second time: merged again in place, the second copy would
                # silently win; added as a copy of ours, the unique-id rule names both lines.
                items.append(_merge(ours[at], item, (*top_path, index), (*out, len(items)), top, merged))
            else:
                items.append(_take(item, (*top_path, index), (*out, len(items)), top, merged))
        return items
    return _take(theirs, top_path, out, top, merged)


def _take(value: Any, top_path: Path_, out: Path_, top: Document, merged: Overlaid) -> Any:
    """Use their value whole: forget our marks below `out`, copy theirs across."""
    for marks, files in ((merged.value_marks, merged.value_files), (merged.key_marks, merged.key_files)):
        for path in [p for p in marks if p[:len(out)] == out and len(p) > len(out)]:
            del marks[path], files[path]
    for source, marks, files, paths in (
            (top.value_marks, merged.value_marks, merged.value_files, merged.value_paths),
            (top.key_marks, merged.key_marks, merged.key_files, merged.key_paths)):
        for path, mark in source.items():
            if path[:len(top_path)] == top_path:
                moved = out + path[len(top_path):]
                marks[moved] = mark
                files[moved] = top.file
                paths[moved] = path
    return value


def _take_mark(top: Document, top_path: Path_, out: Path_, merged: Overlaid) -> None:
    if top_path in top.value_marks:
        merged.value_marks[out] = top.value_marks[top_path]
        merged.value_files[out] = top.file
        merged.value_paths[out] = top_path


def _take_key(top: Document, top_path: Path_, out: Path_, merged: Overlaid) -> None:
    if top_path in top.key_marks:
        merged.key_marks[out] = top.key_marks[top_path]
        merged.key_files[out] = top.file
        merged.key_paths[out] = top_path


def _has_ids(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(item, dict) and isinstance(item.get("id"), str) for item in value)
