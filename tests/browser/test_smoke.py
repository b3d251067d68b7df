"""Smoke and accessibility tests over every page of the built site.

Pages are discovered from the built site at collection time, so a new page is
covered without editing this file. Console errors and off-origin requests are
checked by the page fixtures themselves (see conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page

from secondround.bundle import bundle_name

from .conftest import (
    PHONE_VIEWPORT,
    Violation,
    format_violations,
    one_page_per_template,
    pages_visited_one_by_one,
    sideways,
    site_dir_path,
    site_pages,
    translation_dirs,
)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "page_path" in metafunc.fixturenames:
        metafunc.parametrize("page_path", site_pages(site_dir_path()), ids=str)


def _url(base_url: str, page_path: str) -> str:
    # Link to the directory ('about/'), as the site's own navigation does.
    return base_url + page_path.removesuffix("index.html")


def _open(page: Page, base_url: str, page_path: str) -> None:
    url = _url(base_url, page_path)
    response = page.goto(url)
    assert response is not None, f"no response for {url}"
    assert response.status == 200, f"{url} answered HTTP {response.status}, expected 200"


def _assert_no_axe_violations(violations: list[Violation], page_path: str, size: str) -> None:
    if violations:
        pytest.fail(
            f"{page_path} has {len(violations)} axe-core violation(s) at {size} size; fix the "
            "markup/CSS in the site (templates, site-overrides), not the test:\n"
            + format_violations(violations),
            pytrace=False,
        )


def _assert_only_its_own_widgets_load_and_start(page: Page, page_path: str) -> None:
    """The page fetches main.js and the one built script for its widgets, nothing of
    another page's, and every widget on it started (embed mode's only when embedded)."""
    found = page.evaluate("""() => ({
        scripts: performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname)
          .filter((p) => /\\/assets\\/(js|built)\\/.+\\.js$/.test(p)).map((p) => p.split("/").pop()).sort(),
        widgets: [...new Set([...document.querySelectorAll("[data-module]")].map((e) => e.dataset.module))]
          .filter((name) => name !== "sr-embed").sort(),
        waiting: [...document.querySelectorAll("[data-module]:not([data-sr-ready])")]
          .map((e) => e.dataset.module).filter((name) => name !== "sr-embed"),
    })""")
    expected = ["main.js"] + ([bundle_name(found["widgets"])] if found["widgets"] else [])
    assert found["scripts"] == sorted(expected), f"{page_path}: loads {found['scripts']}, not {expected}"
    assert not found["waiting"], f"{page_path}: these widgets did not start: {found['waiting']}"


@pytest.mark.zensical
def test_page_loads_cleanly_and_passes_axe_on_desktop_and_phone(
    page: Page, base_url: str, axe: Callable[..., list[Violation]], page_path: str
) -> None:
    """One visit per page: its title and single h1, then axe at desktop width and again
    after narrowing the window to a phone's (Material's phone layout follows the width)."""
    _open(page, base_url, page_path)
    title = page.title().strip()
    assert title, f"{page_path}: <title> is empty; every page needs a descriptive title"
    h1_texts = page.locator("h1").all_inner_texts()
    assert len(h1_texts) == 1, (
        f"{page_path}: expected exactly one <h1>, found {len(h1_texts)}: {h1_texts!r}; "
        "the page's main heading must be its only h1"
    )
    _assert_only_its_own_widgets_load_and_start(page, page_path)
    _assert_no_axe_violations(axe(page), page_path, "desktop (1280x800)")
    page.set_viewport_size(PHONE_VIEWPORT)
    # The drawer and search move into the header at this width; wait for that layout.
    page.wait_for_function("w => window.innerWidth === w", arg=PHONE_VIEWPORT["width"])
    _assert_no_axe_violations(axe(page), page_path, "phone width (390x844)")
    found = sideways(page)
    assert not found, f"{page_path}: sticks out past a 390 px screen: {found}"


@pytest.mark.zensical
def test_every_other_page_loads_its_own_widgets_with_no_error_and_fits_a_phone(
        mobile_page: Page, base_url: str, engine: str) -> None:
    """The pages the test above does not visit, one after another in one tab at 390 px: on
    MkDocs every page of the other languages (their own words, which run longer, against the
    theme every test checks), on Zensical one page per template of each (its pages carry the
    same words as MkDocs'; what it changes is the theme, the same for a template). This shows
    that none of them breaks or sticks out (the page guard fails the test on any console
    error or request to another host)."""
    visited = set(pages_visited_one_by_one(engine))
    pages = site_pages(site_dir_path())
    if engine != "mkdocs":
        pages = one_page_per_template(pages, translation_dirs(site_dir_path()))
    others = [page_path for page_path in pages if page_path not in visited]
    if not others:  # a site in one language, on MkDocs: the test above saw every page
        pytest.skip("the test above visits every page of this site")
    for page_path in others:
        _open(mobile_page, base_url, page_path)
        assert len(mobile_page.locator("h1").all_inner_texts()) == 1, f"{page_path}: not exactly one <h1>"
        _assert_only_its_own_widgets_load_and_start(mobile_page, page_path)
        found = sideways(mobile_page)
        assert not found, f"{page_path}: sticks out past a 390 px screen: {found}"


def test_page_works_without_javascript(nojs_page: Page, base_url: str, page_path: str) -> None:
    """Headings and the quiz's radio buttons must be plain HTML, usable with JS off."""
    _open(nojs_page, base_url, page_path)
    h1 = nojs_page.locator("h1")
    assert h1.count() == 1 and h1.is_visible(), (
        f"{page_path}: with JavaScript disabled the <h1> is missing or hidden"
    )
    # Visible as Playwright means it: a box on the page and not visibility: hidden. Parts
    # marked .sr-js-only (drawn by a script, such as the results' action plan) are meant to go.
    hidden_headings: list[str] = nojs_page.evaluate("""() =>
        [...document.querySelectorAll("main :is(h1, h2, h3, h4, h5, h6, legend)"
                                      + ":not(details:not([open]) *):not(.sr-js-only, .sr-js-only *)")]
          .filter((e) => !e.getClientRects().length || getComputedStyle(e).visibility === "hidden")
          .map((e) => e.innerText || e.outerHTML)""")
    assert not hidden_headings, (
        f"{page_path}: with JavaScript disabled these headings are hidden: {hidden_headings!r}"
    )
    # A phone with scripts off gets a header without the search button: nothing may stick out.
    nojs_page.set_viewport_size({"width": 390, "height": 844})
    found = sideways(nojs_page)
    assert not found, f"{page_path}: with JavaScript disabled, sticks out past a 390 px screen: {found}"

    # Material's search box is a <form> in the header; the quiz forms live in <main>.
    forms = nojs_page.locator("main form")
    if forms.count() == 0:
        return
    # One look at every radio in the page (the assessment has over 150): each needs an
    # id, exactly one non-empty label[for] and something visible to click.
    problems: list[str] = nojs_page.evaluate("""() => {
        const radios = [...document.querySelectorAll("main form input[type=radio]")];
        if (!radios.length) return ["the page has a form but no real <input type=radio>"];
        const shown = (e) => !!(e && (e.offsetWidth || e.offsetHeight || e.getClientRects().length)
                                && getComputedStyle(e).visibility !== "hidden");
        return radios.flatMap((radio) => {
            if (!radio.id) return [`no id (so no <label for>): ${radio.outerHTML}`];
            const labels = document.querySelectorAll(`label[for="${CSS.escape(radio.id)}"]`);
            if (labels.length !== 1 || !labels[0].innerText.trim())
                return [`needs exactly one non-empty label[for=${radio.id}]: ${radio.outerHTML}`];
            if (!shown(radio) && !shown(labels[0]))
                return [`neither the radio nor its label is visible: ${radio.outerHTML}`];
            return [];
        });
    }""")
    assert not problems, f"{page_path}: radio answers must work with JavaScript disabled:\n  " + "\n  ".join(
        problems
    )
