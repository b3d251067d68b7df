"""Material's search, open and showing results, works offline and passes axe."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from .conftest import format_violations
from .quiz_expect import reasons


@pytest.mark.zensical


def test_search_finds_a_reason_and_passes_axe(page: Page, base_url: str,
                                              axe: Callable[..., list[dict[str, Any]]]) -> None:
    page.goto(base_url)
    page.get_by_role("textbox", name="Search").first.click()
    page.keyboard.type("overqualified")
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible(timeout=15000)
    expect(page.locator(".md-search-result")).to_contain_text("overqualified", ignore_case=True)
    violations = axe(page)
    assert not violations, format_violations(violations)


def test_the_index_holds_what_a_reader_searches_for_not_the_forms(site_dir: Path) -> None:
    """Answer labels, checklist and debrief forms and the embed page stay out of the
    search index, so it grows with the readable text only (issue: index size)."""
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(f"{doc['title']} {doc['text']}" for doc in index["docs"])
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert "embed/" not in locations, "the embed page is for advisers, not in the search"
    assert "reasons/09-overqualified/" in locations
    # An answer option (its label appears only in the self-check forms) is not indexed.
    reason = reasons()[0]
    labels = [o["label"] for q in reason["questions"] for o in q["options"]]
    long_labels = [label for label in labels if len(label) > 25]
    assert long_labels, "the first reason should have a long answer label to look for"
    assert not [label for label in long_labels if label in text]
    # The checklist pages are forms to print: their items are found on the reason
    # pages, where they are advice, not a second time from every checklist.
    item = reason["checklist"][0]["text"]
    found_at = {doc["location"].split("#")[0] for doc in index["docs"] if item in doc["text"]}
    assert found_at and not [where for where in found_at if where.startswith("checklists/")], found_at
    assert reason["title"] in text
