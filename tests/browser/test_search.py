"""Material's search, open and showing results, works offline and passes axe."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from .conftest import format_violations
from .helpers import reasons


@pytest.mark.zensical
@pytest.mark.full_search_index
def test_search_finds_a_reason_and_passes_axe(page: Page, base_url: str, engine: str,
                                              request: pytest.FixtureRequest,
                                              axe: Callable[..., list[dict[str, Any]]]) -> None:
    """Found as a reader finds it, by role and name: Material's header holds the search box
    itself; Zensical's holds a "Search" button that opens a dialog with a combobox."""
    if engine == "zensical":
        # Zensical 0.0.73's search dialog (its own markup and colours, in a shadow root the
        # site's CSS cannot reach) fails axe: grey result paths at 3.36:1 (color-contrast)
        # and results whose name leaves out their visible text (label-content-name-mismatch).
        # Strict: once a Zensical release fixes them, this fails and the mark must go.
        request.applymarker(pytest.mark.xfail(strict=True, reason="Zensical's search dialog fails axe"))
    page.goto(base_url)
    if engine == "zensical":
        page.get_by_role("button", name="Search").first.click()
    box = page.get_by_role("textbox", name="Search").or_(page.get_by_role("combobox", name="Search"))
    box.first.click()
    page.keyboard.type("overqualified")
    if engine == "zensical":
        results = page.get_by_role("listbox")
        expect(results.get_by_role("option").first).to_be_visible(timeout=15000)
    else:
        results = page.locator(".md-search-result")
        expect(results.locator(".md-search-result__item").first).to_be_visible(timeout=15000)
    expect(results).to_contain_text("overqualified", ignore_case=True)
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


def test_other_tabs_get_the_index_without_pages(page: Page, base_url: str, site_dir: Path) -> None:
    """The test tabs' empty index (conftest.EMPTY_SEARCH_INDEX), which spares every page load
    the building of the index: the engine's own file, with its settings and no page."""
    served = page.request.get(base_url + "search/search_index.json").json()
    whole = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert whole["docs"] and served == {**whole, "docs": []}
