"""The home page as a way in (issue 13, item 1): the three ways in are large, separate
links that lead to the quick check, After the interview and the checklists, with and
without JavaScript, on a 320 px and a 390 px phone and a 1280 px desktop; nothing sticks
out sideways, there is no table of contents, and axe passes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from secondround.render_assessment import quick_minutes
from secondround.schema import Site

from ..site_texts import site_texts
from .conftest import DESKTOP, MOBILE, Violation, _guarded_page, format_violations, sideways
from .helpers import reasons
from .quiz_expect import enable_instant_navigation

SIZES: dict[int, dict[str, Any]] = {
    320: {**MOBILE, "viewport": {"width": 320, "height": 700}},
    390: MOBILE,
    1280: DESKTOP,
}
MIN_TARGET = 44  # px: the touch target the issue asks for (WCAG 2.5.5's size)


def texts() -> Site:
    """quiz/site.yml as the build reads it."""
    return site_texts()


def ways() -> list[tuple[str, str, str, str]]:
    """Each way in: its title, the line under it, where it leads, and that page's heading."""
    t = texts()
    n = len(reasons())
    return [
        (t.home.start, t.home.start_detail.format(n=n, minutes=quick_minutes(n)),
         "assessment/#sr-quick", t.assessment.quick_heading),
        (t.home.start_after, t.home.start_after_detail, "after-the-interview/", t.debrief.title),
        (t.home.checklists, t.home.checklists_detail, "checklists/", t.checklists.plan_title),
    ]


def quick_intro() -> str:
    n = len(reasons())
    return texts().assessment.quick_intro.format(minutes=quick_minutes(n))


def way(page: Page, title: str) -> Locator:
    return page.get_by_role("main").get_by_role("link", name=title)


@pytest.fixture(params=[True, False], ids=["js", "no-js"])
def javascript(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.mark.parametrize("width", sorted(SIZES))
def test_the_three_ways_in_are_large_separate_and_lead_to_their_pages(
        browser: Browser, request: pytest.FixtureRequest, base_url: str, width: int,
        javascript: bool, axe: Callable[..., list[Violation]]) -> None:
    with _guarded_page(browser, request, **SIZES[width], java_script_enabled=javascript) as page:
        page.goto(base_url)
        expect(page).to_have_title(texts().title)  # the site's name once, not "name - name"
        expect(page.get_by_role("heading", level=1)).to_have_text(texts().tagline)
        boxes = []
        for title, detail, _, _ in ways():
            link = way(page, title)
            expect(link).to_have_count(1)
            expect(link).to_be_visible()
            expect(link).to_contain_text(detail)
            box = link.bounding_box()
            assert box is not None
            assert box["height"] >= MIN_TARGET, f"{title!r} is {box['height']} px tall at {width} px"
            boxes.append(box)
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                apart = (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                         or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])
                assert apart, f"two ways in overlap at {width} px: {a} and {b}"
        tops = [round(box["y"]) for box in boxes]
        if width < 600:
            # On a phone: one under another, each as wide as the text column.
            assert tops == sorted(tops) and len(set(tops)) == 3, tops
            column = page.locator("article h1").bounding_box()
            assert column is not None
            for box in boxes:
                assert abs(box["width"] - column["width"]) <= 2, (box, column)
        else:
            assert len(set(tops)) == 1, f"not side by side at {width} px: {tops}"
        assert not sideways(page), f"sticks out past a {width} px screen: {sideways(page)}"
        toc = page.get_by_role("navigation", name="Table of contents").get_by_role("link")
        expect(toc).to_have_count(0)
        if javascript:
            violations = axe(page)
            assert not violations, f"axe at {width} px:\n{format_violations(violations)}"

        for title, _, target, heading in ways():
            page.goto(base_url)
            way(page, title).click()
            expect(page).to_have_url(base_url + target)
            arrived = page.get_by_role("heading", name=heading, exact=True)
            expect(arrived).to_be_visible()
            expect(arrived).to_be_in_viewport()
            if target.startswith("assessment/"):  # the quick check promises the same time
                expect(page.get_by_text(quick_intro(), exact=True)).to_be_visible()


def test_after_an_instant_navigation_home_is_still_laid_out_as_a_way_in(page: Page, base_url: str) -> None:
    """A published site moves between pages without loading them afresh (Material's instant
    navigation): the home page's own stylesheet still comes with it, and goes with it."""
    enable_instant_navigation(page, base_url)
    page.goto(base_url + "about/")
    page.evaluate("window.__sameDocument = true")
    page.locator("nav.md-nav--primary").get_by_role("link", name=texts().strings.nav_home).click()
    expect(page).to_have_url(base_url)
    title, _, target, heading = ways()[0]
    expect(way(page, title)).to_be_visible()
    assert page.evaluate("window.__sameDocument === true"), "expected an instant (in-page) navigation"
    tops = {round(way(page, t).bounding_box()["y"]) for t, _, _, _ in ways()}  # type: ignore[index]
    assert len(tops) == 1, f"the ways in are not side by side after an instant navigation: {tops}"
    way(page, title).click()
    expect(page).to_have_url(base_url + target)
    expect(page.get_by_role("heading", name=heading, exact=True)).to_be_in_viewport()
    # ... and leaves with it.
    assert page.evaluate("window.__sameDocument === true"), "expected an instant (in-page) navigation"
    expect(page.locator("link[href$='home.css']")).to_have_count(0)
