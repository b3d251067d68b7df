"""Keyboard only: a visitor who cannot use a mouse reaches and answers every question."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

REASON = "reasons/01-not-prepared/"


def focused(page: Page) -> dict[str, str]:
    return page.evaluate(
        "() => { const e = document.activeElement;"
        " return {tag: e.tagName, type: e.type || '', id: e.id || '',"
        " text: e.textContent.trim().slice(0, 40)}; }"
    )


def test_skip_link_is_the_first_stop_and_leads_to_the_content(page: Page, base_url: str) -> None:
    page.goto(base_url + REASON)
    page.keyboard.press("Tab")
    first = focused(page)
    assert first["tag"] == "A" and "skip" in first["text"].lower(), first


def test_questions_are_reached_and_answered_with_tab_and_arrows(page: Page, base_url: str) -> None:
    page.goto(base_url + REASON)
    first_radio = page.locator("form.sr-selfcheck input[type=radio]").first
    radio_id = first_radio.get_attribute("id")
    for _ in range(80):
        page.keyboard.press("Tab")
        if focused(page)["id"] == radio_id:
            break
    else:
        raise AssertionError(f"Tab never reached the first answer (#{radio_id})")
    # A visible focus indicator on the control (WCAG 2.4.7).
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none"), outline
    page.keyboard.press("Space")
    assert first_radio.is_checked()
    page.keyboard.press("ArrowDown")
    group = first_radio.get_attribute("name")
    checked = page.locator(f"input[name='{group}']:checked")
    assert checked.get_attribute("value") == "1", "ArrowDown moves to and selects the next answer"
    # Tab leaves the group for the next question instead of walking every option.
    page.keyboard.press("Tab")
    now = focused(page)
    assert not now["id"].startswith(f"{group}--"), f"Tab stayed inside the answers: {now}"


@pytest.mark.parametrize("path", [REASON, "assessment/"])
def test_enter_on_an_answer_chooses_it_and_does_not_jump_to_the_results(
        page: Page, base_url: str, path: str) -> None:
    page.goto(base_url + path)
    expect(page.locator("html.sr-js")).to_have_count(1)
    radios = page.locator("form.sr-selfcheck input[type=radio]:visible")
    second = radios.nth(1)
    second.focus()
    page.keyboard.press("Enter")
    expect(second).to_be_checked()
    # Still answering: the results were not opened, and focus stayed on the answer.
    assert focused(page)["id"] == second.get_attribute("id")
    if path == REASON:
        expect(page.locator("[data-sr-out]").first).to_be_empty()
    page.wait_for_timeout(300)  # a navigation to the results page would have started by now
    assert page.url == base_url + path, "Enter must not send the visitor to the results page"
