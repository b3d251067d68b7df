"""On a 320 px phone (and so at 400% zoom of a 1280 px window, WCAG 1.4.10), no page
scrolls sideways, in the state a real visitor leaves it: answers given, the plan
filled in, notes typed, interviews logged, results shown."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from .conftest import (
    MOBILE,
    _guarded_page,
    one_page_per_template,
    sideways,
    site_dir_path,
    site_pages,
    translation_dirs,
)
from .test_assessment import planned_answers, seed, show_plan
from .test_debrief import add_interview, debrief
from .test_print import fill_in_plan

NARROW = {**MOBILE, "viewport": {"width": 320, "height": 700}}
# What people paste: addresses and names with no place to break a line.
UNBROKEN = "https://careers.example-university.ac.uk/appointments/book?adviser=graduate-recruitment"
LONG_NAME = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch-Community-Interest-Company"


def fill_everything(page: Page, base_url: str) -> None:
    s = debrief()
    fill_in_plan(page, base_url, ticks=5)
    page.get_by_label("Address and entrance", exact=True).fill(UNBROKEN)
    page.goto(base_url + "after-the-interview/")
    page.get_by_label("Question 1: what they asked").fill(UNBROKEN)
    page.get_by_label("How it went").fill(LONG_NAME)
    page.locator(".sr-thanks").get_by_label("Interviewer's name").fill(LONG_NAME)
    add_interview(page, "2026-01-12", LONG_NAME, "First interview", s["outcome_rejected"])
    add_interview(page, "2026-02-03", "North Yorkshire County Council Adult Social Care",
                  "Second interview", s["outcome_waiting"])
    add_interview(page, "2026-02-20", UNBROKEN, "First interview", s["outcome_offer"])
    seed(page, base_url, planned_answers())


@pytest.fixture(scope="module")
def pages() -> list[str]:
    # One page of each template: pages of a kind share their layout (test_smoke.py checks
    # every page at 390 px); the data filled in shows on the templates with widgets.
    return one_page_per_template(site_pages(site_dir_path()), translation_dirs(site_dir_path()))


def test_no_page_scrolls_sideways_at_320px_with_everything_filled_in(
        browser: Browser, request: pytest.FixtureRequest, base_url: str, pages: list[str]) -> None:
    with _guarded_page(browser, request, **NARROW) as page:
        fill_everything(page, base_url)
        wide = {}
        for path in pages:
            page.goto(base_url + path.removesuffix("index.html"))
            page.wait_for_load_state("load")
            if found := sideways(page):
                wide[path] = found
        # The assessment once more, with its results open.
        page.goto(base_url + "assessment/")
        show_plan(page)
        if found := sideways(page):
            wide["assessment/ (results)"] = found
        assert wide == {}, f"what sticks out past a 320 px screen, page by page: {wide}"
