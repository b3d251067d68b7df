"""The self-check on each reason page: scoring, keeping answers, and storage that fails."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from .helpers import answer, put_raw, reasons, stored, stored_raw
from .quiz_expect import (
    ASSESSMENT,
    enable_instant_navigation,
    reason_band,
    reason_path,
    score,
    ui,
)
from .quiz_expect import result as result_of


def _first_reason() -> dict:  # type: ignore[type-arg]
    return reasons()[0]


def test_result_follows_the_yaml_weights_and_says_what_it_rests_on(page: Page, base_url: str) -> None:
    reason = _first_reason()
    first, second = reason["questions"][0], reason["questions"][1]
    third = reason["questions"][2]
    given = {first["id"]: len(first["options"]) - 1, second["id"]: 1}
    page.goto(base_url + reason_path(reason))
    for question_id, option in given.items():
        answer(page, reason["id"], question_id, option)
    page.get_by_role("button", name=ui()["check"]).click()
    result = page.locator(".sr-result [data-sr-out]")
    # Two answers of five: an early signal, without a band.
    assert result_of(reason, given).early
    expect(result).to_have_text(ui()["early"].format(answered=2, total=len(reason["questions"])))

    given[third["id"]] = 0
    answer(page, reason["id"], third["id"], 0)
    page.get_by_role("button", name=ui()["check"]).click()
    value = score(reason, given)
    expected_band = reason_band(reason, given)
    assert value is not None and expected_band is not None
    expect(result).to_contain_text(expected_band["label"])
    expect(result).to_contain_text(ui()["score"].format(score=value))
    expect(result).to_contain_text(ui()["based_on"].format(answered=3, total=len(reason["questions"])))
    expect(result).to_contain_text(expected_band["summary"])
    heading = page.locator(".sr-result h3")
    expect(heading).to_be_focused()
    # The explanations of the questions answered open; the others stay folded.
    assert page.locator(f"#{reason['id']}--{first['id']} details").get_attribute("open") is not None
    fourth = reason["questions"][3]
    assert page.locator(f"#{reason['id']}--{fourth['id']} details").get_attribute("open") is None


def test_nothing_answered_asks_for_an_answer_instead_of_a_result(page: Page, base_url: str) -> None:
    page.goto(base_url + reason_path(_first_reason()))
    page.get_by_role("button", name=ui()["check"]).click()
    expect(page.locator(".sr-result [data-sr-out]")).to_have_text(ui()["result_empty"])


def test_not_sure_answers_are_counted_so_the_result_never_ignores_them(page: Page, base_url: str) -> None:
    """Three "not sure" answers and nothing else read "Answer at least one question", as if
    none had been given; the results page already counted them."""
    def not_sure(reason: dict) -> dict[str, int]:  # type: ignore[type-arg]
        return {q["id"]: i for q in reason["questions"] if "only_if" not in q
                for i, o in enumerate(q["options"]) if o.get("unknown")}

    reason = next(r for r in reasons() if len(not_sure(r)) >= 2)
    unsure = not_sure(reason)
    page.goto(base_url + reason_path(reason))
    for question_id, option in unsure.items():
        answer(page, reason["id"], question_id, option)
    page.get_by_role("button", name=ui()["check"]).click()
    expect(page.locator(".sr-result [data-sr-out]")).to_contain_text(
        ui()["unsure"].format(n=len(unsure)))


def test_answers_survive_reload_and_instant_navigation(page: Page, base_url: str) -> None:
    reason = _first_reason()
    screening = next(q for q in reason["questions"] if q.get("screening"))
    enable_instant_navigation(page, base_url)
    page.goto(base_url + reason_path(reason))
    expect(page.locator("[data-sr-store]")).to_have_text(ui()["saved"])
    answer(page, reason["id"], screening["id"], 2)
    assert stored(page) == {reason["id"]: {screening["id"]: 2}}

    page.reload()
    radio = page.locator(f"#{reason['id']}--{screening['id']}--2")
    expect(radio).to_be_checked()
    # The result is there again without asking, but focus is left alone.
    expect(page.locator(".sr-result [data-sr-out]")).to_contain_text(
        ui()["early"].format(answered=1, total=len(reason["questions"])))

    # Instant navigation swaps the page without reloading it: the same answers show
    # in the assessment's quick check.
    page.evaluate("window.__sameDocument = true")
    page.locator(f"a[href$='{ASSESSMENT}']").first.click()
    expect(page.locator("h1")).to_have_text(ui()["title"])
    assert page.evaluate("window.__sameDocument === true"), "expected an instant (in-page) navigation"
    expect(page.locator(f"#{reason['id']}--{screening['id']}--2")).to_be_checked()


# Data from a newer version ("v": 99) is kept instead: see test_data_safety.py.
@pytest.mark.parametrize("raw", ["{not json", json.dumps({"v": 0, "data": {}}),
                                 json.dumps({"v": 1, "data": {"not-prepared": {"practice": "yes"}}}),
                                 json.dumps({"v": 1, "data": [1, 2]})])
def test_corrupt_or_unknown_stored_answers_are_dropped_with_a_notice(page: Page, base_url: str,
                                                                     raw: str) -> None:
    reason = _first_reason()
    page.goto(base_url + reason_path(reason))
    put_raw(page, "answers", raw)
    page.reload()
    notice = page.locator("[data-sr-store]")
    expect(notice).to_contain_text(ui()["dropped"])
    assert stored_raw(page) is None
    # And the self-check still works.
    answer(page, reason["id"], reason["questions"][0]["id"], 0)
    assert stored(page) == {reason["id"]: {reason["questions"][0]["id"]: 0}}


def test_blocked_storage_works_in_memory_and_says_answers_are_not_kept(blocked_page: Page,
                                                                       base_url: str) -> None:
    page = blocked_page
    reason = _first_reason()
    question = reason["questions"][0]
    enable_instant_navigation(page, base_url)
    page.goto(base_url + reason_path(reason))
    page.evaluate("window.__sameDocument = true")
    notice = page.locator("[data-sr-store]")
    expect(notice).to_have_text(ui()["blocked"])
    expect(page.get_by_text(ui()["saved"], exact=True)).to_have_count(0)
    answer(page, reason["id"], question["id"], 1)
    page.get_by_role("button", name=ui()["check"]).click()
    expect(page.locator(".sr-result [data-sr-out]")).to_contain_text(
        ui()["early"].format(answered=1, total=len(reason["questions"])))
    # Kept in memory across an instant navigation, still without claiming to save.
    page.locator(f"a[href$='{ASSESSMENT}']").first.click()
    expect(page.locator("h1")).to_have_text(ui()["title"])
    assert page.evaluate("window.__sameDocument === true"), "expected an instant (in-page) navigation"
    expect(page.locator("[data-sr-store]")).to_have_text(ui()["blocked"])
    expect(page.locator(f"#{reason['id']}--{question['id']}--1")).to_be_checked()
