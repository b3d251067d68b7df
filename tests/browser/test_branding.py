"""A branded edition in the browser: its colours and logo show, and it still passes axe."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect

from secondround.cli import main

from ..test_branding import set_branding
from .conftest import format_violations, serve

LOGO = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>'


def test_brand_colours_and_logo_are_applied(
    page: Page, project_copy: Path, axe: Callable[..., list[dict[str, Any]]]
) -> None:
    (project_copy / "quiz" / "local" / "branding").mkdir(parents=True)
    (project_copy / "quiz" / "local" / "branding" / "crest.svg").write_bytes(LOGO)
    set_branding(project_copy, 'branding:\n  primary_colour: "#5a2d82"\n  accent_colour: "#0b6e4f"\n'
                 "  logo: local/branding/crest.svg\n")
    assert main([], root=project_copy) == 0
    with serve(project_copy / "site") as url:
        page.goto(url)
        header = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
        assert header == "rgb(90, 45, 130)"
        logo = page.evaluate(
            "getComputedStyle(document.querySelector('.md-header__button.md-logo'), '::before')"
            ".backgroundImage")
        assert logo.endswith('assets/brand/logo.svg")'), logo
        assert page.evaluate("(async () => (await fetch('assets/brand/logo.svg')).status)()") == 200
        violations = axe(page)
        assert not violations, format_violations(violations)
        # Dark mode without dark colours in site.yml: the header keeps the brand, the links
        # take the brand lightened by the build, and the page still passes axe.
        page.emulate_media(color_scheme="dark")
        expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
        header = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
        assert header == "rgb(90, 45, 130)"
        link = page.evaluate(
            "getComputedStyle(document.querySelector('.md-typeset p > a:not(.md-button)')).color")
        assert link == "rgb(181, 160, 199)", link  # #5a2d82 mixed 55% with white
        violations = axe(page)
        assert not violations, "dark scheme:\n" + format_violations(violations)
