"""Dark mode: the toggle, the choice kept across pages and reloads, axe in the dark scheme
on every page template, and paper that stays light whatever the scheme on screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from .conftest import DESKTOP, MOBILE, Violation, _guarded_page, format_violations
from .helpers import block_storage, flagging_answers, put, reasons
from .quiz_expect import ASSESSMENT, enable_instant_navigation, reason_path, ui
from .test_assessment import open_assessment, planned_answers, seed, show_plan
from .test_checklists import PLAN
from .test_debrief import add_interview, debrief

DARK_BACKGROUND = "rgb(30, 33, 41)"  # Material's slate, hsl(225 15% 14%)
WHITE = "rgb(255, 255, 255)"
# The toggle's labels, from mkdocs.yml: each says what pressing it does.
TO_LIGHT = "Switch to light mode"
TO_DARK = "Switch to dark mode"
TO_SYSTEM = "Follow the system setting for light or dark mode"


def scheme(page: Page) -> str:
    return str(page.evaluate("document.body.dataset.mdColorScheme"))


def background(page: Page) -> str:
    return str(page.evaluate("getComputedStyle(document.body).backgroundColor"))


def shown_toggle(page: Page) -> str:
    """What the header's one visible toggle button says it does: its title, which Material's
    tooltips move into a tooltip element once the pointer has been over it."""
    button = page.locator("[data-md-component=palette] label:not([hidden])")
    expect(button).to_have_count(1)
    return str(button.evaluate("""(b) => b.title
        || document.getElementById(b.getAttribute("aria-describedby")).textContent.trim()"""))


def toggle(page: Page, name: str) -> None:
    """Press the header's toggle, checking first that it says what pressing it does."""
    assert shown_toggle(page) == name
    page.locator("[data-md-component=palette] label:not([hidden])").click()


@pytest.fixture
def light_system_page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    with _guarded_page(browser, request, **DESKTOP, color_scheme="light") as page:
        yield page


@pytest.fixture
def dark_system_page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    with _guarded_page(browser, request, **DESKTOP, color_scheme="dark") as page:
        yield page


def test_the_site_follows_a_dark_system_until_the_visitor_chooses(dark_system_page: Page,
                                                                    base_url: str) -> None:
    page = dark_system_page
    page.goto(base_url)
    assert (scheme(page), background(page)) == ("slate", DARK_BACKGROUND)
    toggle(page, TO_LIGHT)
    assert (scheme(page), background(page)) == ("default", WHITE)
    page.reload()
    assert (scheme(page), background(page)) == ("default", WHITE)


def test_the_toggle_switches_and_the_choice_survives_reloads_pages_and_forgetting(
        light_system_page: Page, base_url: str) -> None:
    page = light_system_page
    enable_instant_navigation(page, base_url)
    page.goto(base_url)
    assert (scheme(page), background(page)) == ("default", WHITE)
    toggle(page, TO_LIGHT)  # from "follow the system" to light: nothing to see yet
    toggle(page, TO_DARK)
    assert (scheme(page), background(page)) == ("slate", DARK_BACKGROUND)
    page.reload()
    assert (scheme(page), background(page)) == ("slate", DARK_BACKGROUND)
    assert shown_toggle(page) == TO_SYSTEM
    # Instant navigation (a link in the page) and a full load of another page.
    page.locator(".md-nav--primary").get_by_role("link", name="About and sources").click()
    expect(page).to_have_url(base_url + "about/")
    assert scheme(page) == "slate"
    page.goto(base_url + ASSESSMENT)
    assert (scheme(page), background(page)) == ("slate", DARK_BACKGROUND)
    # "Forget my data" wipes what was entered, not the colours (the privacy text says so).
    seed(page, base_url, planned_answers())
    show_plan(page)
    page.get_by_role("button", name=ui()["forget"]).click()
    page.get_by_role("button", name=ui()["forget_yes"]).click()
    expect(page.locator("[data-sr-message]")).to_have_text(ui()["forgotten"])
    page.reload()
    assert scheme(page) == "slate"
    toggle(page, TO_SYSTEM)
    assert (scheme(page), background(page)) == ("default", WHITE)
    page.reload()
    assert (scheme(page), background(page)) == ("default", WHITE)


def test_where_storage_is_refused_the_toggle_still_works_for_the_visit(
        browser: Browser, request: pytest.FixtureRequest, base_url: str) -> None:
    # The guard fails the test on any uncaught error, as Material's storage helpers threw.
    with _guarded_page(browser, request, **DESKTOP, color_scheme="dark") as page:
        block_storage(page.context)
        page.goto(base_url)
        assert scheme(page) == "slate"
        toggle(page, TO_LIGHT)
        assert (scheme(page), background(page)) == ("default", WHITE)
        page.reload()  # nothing could be kept: the system's choice again
        assert (scheme(page), background(page)) == ("slate", DARK_BACKGROUND)


def _home(page: Page, base_url: str) -> None:
    page.goto(base_url)


def _reason(page: Page, base_url: str) -> None:
    page.goto(base_url + reason_path(reasons()[0]))


def _assessment_with_results(page: Page, base_url: str) -> None:
    seed(page, base_url, planned_answers())
    show_plan(page)
    open_assessment(page, base_url)
    show_plan(page)  # a second time, so the history column is there too
    page.get_by_role("button", name=ui()["forget"]).click()  # the confirm step, a notice


def _checklists(page: Page, base_url: str) -> None:
    page.goto(base_url + PLAN)


def _a_checklist_ticked(page: Page, base_url: str) -> None:
    first = reasons()[0]
    page.goto(base_url + f"checklists/{first['number']:02d}-{first['id']}/")
    page.get_by_label(first["checklist"][0]["text"]).check()


def _after_the_interview(page: Page, base_url: str) -> None:
    s = debrief()
    page.goto(base_url + "after-the-interview/")
    add_interview(page, "2026-01-12", "Acme Ltd", "First interview", s["outcome_rejected"])
    add_interview(page, "2026-02-12", "Beta plc", "First interview", s["outcome_rejected"])
    expect(page.locator("[data-pattern]")).to_be_visible()


def _about(page: Page, base_url: str) -> None:
    page.goto(base_url + "about/")


def _embed_page(page: Page, base_url: str) -> None:
    page.goto(base_url + "embed/")


def _embedded(page: Page, base_url: str) -> None:
    page.goto(base_url + reason_path(reasons()[0]) + "?embed=1")


def _not_found(page: Page, base_url: str) -> None:
    response = page.goto(base_url + "no-such-page/")
    assert response is not None and response.status == 404


TEMPLATES: dict[str, Callable[[Page, str], None]] = {
    "home": _home, "reason": _reason, "assessment": _assessment_with_results,
    "checklists": _checklists, "checklist": _a_checklist_ticked,
    "after-the-interview": _after_the_interview, "about": _about, "embed": _embed_page,
    "embedded": _embedded, "404": _not_found,
}


# Chromium logs the 404 status of the missing page itself as a console error.
@pytest.mark.parametrize("template", [pytest.param(name, marks=[pytest.mark.allow_console_errors])
                                      if name == "404" else name for name in TEMPLATES])
def test_no_axe_violations_in_the_dark_scheme(dark_system_page: Page, base_url: str, template: str,
                                              axe: Callable[..., list[Violation]]) -> None:
    page = dark_system_page
    TEMPLATES[template](page, base_url)
    assert (scheme(page), background(page)) == ("slate", DARK_BACKGROUND)
    violations = axe(page)
    assert not violations, f"{template} in the dark scheme:\n" + format_violations(violations)


def test_on_a_phone_the_open_menu_is_dark_with_the_header_colours_on_top(
        browser: Browser, request: pytest.FixtureRequest, base_url: str,
        axe: Callable[..., list[Violation]]) -> None:
    with _guarded_page(browser, request, **MOBILE, color_scheme="dark") as page:
        page.goto(base_url + "about/")
        page.locator(".md-header label[for=__drawer]").click()
        title = page.locator(".md-nav--primary > .md-nav__title[for=__drawer]")
        expect(title).to_be_visible()
        colours = "(e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]"
        assert title.evaluate(colours) == page.locator(".md-header").evaluate(colours)
        assert background(page) == DARK_BACKGROUND
        violations = axe(page)
        assert not violations, "phone menu in the dark scheme:\n" + format_violations(violations)


# And the colour scheme each is drawn in: Material's <meta name="color-scheme" content="dark">
# stays in the dark scheme and, on paper, would draw the page's margins and the browser's own
# radio buttons dark (unticked ones print as filled grey dots).
PRINTED_COLOURS = """() => ['html', 'body', '.md-typeset h1', '.sr-item input:checked', '.sr-item label',
    '.sr-field input', '.sr-print-footer'].map((selector) => {
        const style = getComputedStyle(document.querySelector(selector));
        return `${selector}: ${style.color} on ${style.backgroundColor}, border ${style.borderColor}, `
          + `scheme ${style.colorScheme}`;
    })"""


def test_paper_is_light_whatever_the_scheme_on_screen(dark_system_page: Page, base_url: str) -> None:
    page = dark_system_page
    first = reasons()[0]
    page.goto(base_url + PLAN)  # the interview plan: ticks, and fields that print as lines
    put(page, "answers", flagging_answers([first]))
    page.reload()
    page.get_by_label(first["checklist"][0]["text"]).check()
    page.get_by_label("Role", exact=True).fill("Analyst")
    assert background(page) == DARK_BACKGROUND
    page.emulate_media(media="print")
    assert scheme(page) == "slate"  # the choice is still there; only its colours are not
    assert background(page) == WHITE
    in_dark = page.evaluate(PRINTED_COLOURS)
    # The same sheet printed from the light scheme, to the colour.
    page.emulate_media(media="print", color_scheme="light")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    assert in_dark == page.evaluate(PRINTED_COLOURS)
