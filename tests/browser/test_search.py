"""Material's search, open and showing results, works offline and passes axe."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from playwright.sync_api import Page, expect

from .conftest import format_violations


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
