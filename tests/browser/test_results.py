"""Results a job seeker can trust (issue 8): "I do not know" answers, follow-ups, the quick
check's clear signal, this week's actions, and the results page in every state.

Expected values come from the YAML through secondround/scoring.py (quiz_expect.result), never
from the page's own scoring.js.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from .conftest import Violation, format_violations, sideways
from .helpers import answer, put, reasons, reasons_by_id, stored
from .quiz_expect import (
    ASSESSMENT,
    RESULTS,
    Answers,
    reason_band,
    result,
    site,
    ui,
)
from .test_assessment import flagging_option, open_assessment, open_results


def question(reason: dict[str, Any], question_id: str) -> dict[str, Any]:
    return next(q for q in reason["questions"] if q["id"] == question_id)


def option(q: dict[str, Any], **wanted: Any) -> int:
    """The index of the first answer with these fields (e.g. unknown=True, weight=0)."""
    return next(i for i, o in enumerate(q["options"])
                if all(o.get(k, False if k == "unknown" else None) == v for k, v in wanted.items()))


def save(page: Page, base_url: str, answers: Answers) -> None:
    """Answers saved by an earlier visit."""
    open_assessment(page, base_url)
    put(page, "answers", answers)


def shown(page: Page, reason: dict[str, Any]) -> list[str]:
    """Score and band cells of the reason's row in the results table."""
    row = page.locator("table.sr-table tbody tr", has_text=reason["title"])
    return row.locator("td").all_inner_texts()[:2]


def expected_cells(reason: dict[str, Any], given: dict[str, int]) -> list[str]:
    r = result(reason, given)
    band = reason_band(reason, given)
    if band is None:
        return ["\u2013", ui()["early_label"] if r.early else ui()["not_answered"]]
    return [str(r.score), band["label"]]


def test_i_do_not_know_answers_do_not_move_a_score(page: Page, base_url: str) -> None:
    reason = reasons_by_id()["needs-changed"]
    known = {q["id"]: option(q, weight=0, unknown=False) for q in reason["questions"]}
    known[next(q["id"] for q in reason["questions"] if q.get("screening"))] = 2
    unsure = dict(known)
    for q in reason["questions"]:
        if any(o.get("unknown") for o in q["options"]):
            unsure[q["id"]] = option(q, unknown=True)
    changed = [k for k in unsure if unsure[k] != known[k]]
    assert len(changed) >= 2, "the content should have several 'I do not know' answers in reason 8"
    base = {k: v for k, v in known.items() if k not in changed}
    save(page, base_url, {reason["id"]: unsure})
    open_results(page, base_url)
    cells = shown(page, reason)
    assert cells == expected_cells(reason, unsure)
    # Reasons line up on the left like the columns beside them (a th is centred by default).
    aligns = page.locator("table.sr-table tr").first.locator("th").evaluate_all(
        "cells => cells.map((c) => getComputedStyle(c).textAlign)")
    assert set(aligns) == {"start"}, aligns
    # The same as if those questions had not been answered at all, and never above it.
    assert result(reason, unsure).exact == result(reason, base).exact
    assert result(reason, unsure).answered == len(base)


def test_a_hidden_follow_up_is_not_scored_but_its_answer_is_kept(page: Page, base_url: str) -> None:
    reason = reasons_by_id()["no-follow-up"]
    sent = question(reason, "thank-you-sent")
    follow = question(reason, "message-content")
    page.goto(base_url + ASSESSMENT)
    expect(page.locator("html.sr-js")).to_have_count(1)
    fieldset = page.locator(f"#{reason['id']}--{follow['id']}")
    expect(fieldset).to_be_hidden()  # nothing answered yet: it does not apply
    answer(page, reason["id"], sent["id"], 0)  # "Yes, within a day or two"
    # The rest of the quick check is unanswered, so every reason is on offer already.
    expect(page.get_by_role("button", name=ui()["show_all"])).to_be_hidden()
    while page.locator(f"[data-step='{reason['id']}']").is_hidden():
        page.get_by_role("button", name=ui()["next"]).click()
    expect(fieldset).to_be_visible()
    answer(page, reason["id"], follow["id"], option(follow, weight=1))
    for q in ("waiting", "contact-details"):
        answer(page, reason["id"], q, 0)
    answer(page, reason["id"], sent["id"], option(sent, weight=3))  # then: "No"
    expect(fieldset).to_be_hidden()
    # The questions shown are numbered without a gap where the follow-ups were.
    step = page.locator(f"[data-step='{reason['id']}']")
    expect(step.locator(".sr-question:visible .sr-question__number").first).to_have_text(
        re.compile(r"\D1$"))
    given = stored(page)[reason["id"]]
    assert follow["id"] in given, "the answer is kept in case the visitor changes back"
    page.get_by_role("button", name=ui()["see_plan"]).click()
    page.wait_for_url("**/" + RESULTS)
    r = result(reason, given)
    assert r.answered == 3 and r.applicable == 3
    assert shown(page, reason) == expected_cells(reason, given)


def test_a_quick_check_with_no_clear_signal_says_so_kindly(page: Page, base_url: str) -> None:
    page.goto(base_url + ASSESSMENT)
    expect(page.locator("html.sr-js")).to_have_count(1)
    for reason in reasons():
        q = next(q for q in reason["questions"] if q.get("screening"))
        weights = [o["weight"] for o in q["options"]]
        # A mild answer ("Polite but neutral", "Sometimes vague"): above nothing, but not more
        # than half the most points; where there is none, a plain no.
        mild = [w for w in weights if w > 0 and 2 * w <= max(weights)]
        answer(page, reason["id"], q["id"], weights.index(mild[0] if mild else 0))
    none = page.locator("[data-sr-none]")
    expect(none).to_be_visible()
    expect(none).to_contain_text(ui()["none_flagged"])
    outside = next(r for r in reasons() if not r["in_your_control"])
    expect(none.get_by_role("link", name=ui()["none_flagged_outside"])).to_have_attribute(
        "href", re.compile(f"reasons/{outside['number']:02d}-{outside['id']}/$"))
    expect(page.locator("[data-step]:visible")).to_have_count(0)
    expect(page.locator("[data-sr-flagged]")).to_have_text("")
    page.get_by_role("button", name=ui()["show_all"]).click()
    expect(page.locator("[data-step]:visible")).to_have_count(1)
    expect(none).to_be_hidden()


def test_one_mild_quick_check_answer_does_not_say_nothing_you_did_points_anywhere(
        page: Page, base_url: str) -> None:
    """One answer of the ten once gave "Your answers do not point clearly to anything you did":
    a verdict about nine reasons nobody had answered."""
    reason = reasons()[0]
    q = next(q for q in reason["questions"] if q.get("screening"))
    save(page, base_url, {reason["id"]: {q["id"]: option(q, weight=0)}})
    open_results(page, base_url)
    nowhere = page.locator(".sr-nowhere")
    expect(nowhere).to_contain_text(ui()["full_intro"])
    expect(nowhere).not_to_contain_text(ui()["pointing_nowhere"])
    expect(nowhere.get_by_role("link", name=ui()["answer_rest"])).to_have_attribute(
        "href", "../assessment/")


def test_advice_for_the_answer_given_heads_the_results(page: Page, base_url: str) -> None:
    reason = reasons_by_id()["no-follow-up"]
    sent = question(reason, "thank-you-sent")
    no = option(sent, weight=3)
    advice = " ".join(sent["options"][no]["advice"].split())
    save(page, base_url, {reason["id"]: {sent["id"]: no, "waiting": 0, "contact-details": 2}})
    open_results(page, base_url)
    week = page.locator("ol.sr-week > li")
    expect(week.first).to_contain_text(advice)
    assert week.count() <= 3
    # This week's list comes before the reasons to start with.
    order = page.locator("[data-sr-out] h3").all_inner_texts()
    assert order[0] == ui()["this_week_heading"]
    # An answer without advice of its own brings none.
    fine = {sent["id"]: option(sent, weight=0), "waiting": 0, "contact-details": 0}
    save(page, base_url, {reason["id"]: fine})
    open_results(page, base_url)
    expect(page.locator("[data-sr-out]")).not_to_contain_text(advice)


def test_a_strong_quick_check_answer_ranks_above_unlikely_results_and_advice_follows_the_rule(
        page: Page, base_url: str) -> None:
    """A flagged early signal is worth more attention than a reason answered as unlikely, and
    this week's actions never come from a reason in the lowest band."""
    flagged, low = reasons_by_id()["social-media"], reasons_by_id()["not-prepared"]
    strong = next(q for q in flagged["questions"] if q.get("screening"))
    sent = question(low, "own-questions")
    no = option(sent, weight=3)
    # "No questions of my own" (advice of its own) but every other answer fine: a full, low result.
    low_given = {q["id"]: option(q, weight=0, unknown=False) for q in low["questions"]}
    low_given[sent["id"]] = no
    r = result(low, low_given)
    assert not r.early and reason_band(low, low_given)["id"] == site()["bands"][0]["id"], r
    save(page, base_url, {flagged["id"]: {strong["id"]: flagging_option(strong)}, low["id"]: low_given})
    open_results(page, base_url)
    ranked = page.locator("ol.sr-ranked li a").all_inner_texts()
    assert ranked.index(flagged["title"]) < ranked.index(low["title"]), ranked
    expect(page.locator("[data-sr-out]")).not_to_contain_text(" ".join(sent["options"][no]["advice"].split()))
    expect(page.locator(".sr-nowhere")).to_contain_text(ui()["early_only"])


def test_not_sure_answers_are_counted_out_loud(page: Page, base_url: str) -> None:
    reason = reasons_by_id()["needs-changed"]
    given = {q["id"]: option(q, weight=0, unknown=False) for q in reason["questions"]}
    unsure = [q for q in reason["questions"] if any(o.get("unknown") for o in q["options"])]
    for q in unsure:
        given[q["id"]] = option(q, unknown=True)
    save(page, base_url, {reason["id"]: given})
    open_results(page, base_url)
    item = page.locator("ol.sr-ranked li", has_text=reason["title"])
    expect(item).to_contain_text(ui()["unsure"].format(n=len(unsure)))




def _all_good() -> Answers:
    return {r["id"]: {q["id"]: option(q, weight=0, unknown=False) for q in r["questions"]
                      if not q.get("only_if")} for r in reasons()}


def _mixed() -> Answers:
    answers = _all_good()
    for reason_id in ("no-follow-up", "not-prepared", "no-rapport"):
        reason = reasons_by_id()[reason_id]
        for q in reason["questions"]:
            if not q.get("only_if"):
                weights = [o["weight"] for o in q["options"]]
                answers[reason_id][q["id"]] = weights.index(max(weights))
    return answers


STATES: dict[str, Callable[[], Answers]] = {
    "nothing answered": dict,
    "early signal only": lambda: {"no-follow-up": {"thank-you-sent": 2}},
    "mixed": _mixed,
    "all good": _all_good,
}


@pytest.mark.parametrize("width", [320, 390, 1280])
def test_the_results_page_in_every_state_passes_axe_and_fits(
        request: pytest.FixtureRequest, base_url: str, axe: Callable[..., list[Violation]],
        width: int) -> None:
    tab: Page = request.getfixturevalue("page" if width == 1280 else "mobile_page")
    tab.set_viewport_size({"width": width, "height": 800})
    for state, answers in STATES.items():
        save(tab, base_url, answers())
        open_results(tab, base_url)
        out = tab.locator("[data-sr-out]")
        if state == "nothing answered":
            expect(tab.locator("[data-sr-empty]")).to_be_visible()
        elif state == "all good":
            expect(out.locator(".sr-nowhere")).to_contain_text(ui()["pointing_nowhere"])
            expect(out.locator("ol.sr-top")).to_have_count(0)
        elif state == "mixed":
            expect(out.locator("ol.sr-top > li")).to_have_count(3)
            # The first action is on the first screen, without scrolling.
            box = out.locator("ol.sr-week > li").first.bounding_box()
            assert box is not None and box["y"] + box["height"] < 800, box
        violations = axe(tab)
        assert not violations, f"{state} at {width}px:\n" + format_violations(violations)
        found = sideways(tab)
        assert not found, f"{state} sticks out past {width}px: {found}"


def _edge_case() -> tuple[dict[str, Any], dict[str, int]]:
    """Answers (3 or more, all applying) that give exactly two thirds: 66.67, just under the
    67 where "Likely" starts in site.yml. Searched in the real content."""
    for reason in reasons():
        plain = [q for q in reason["questions"] if not q.get("only_if")]
        for choice in product(*(range(len(q["options"])) for q in plain)):
            given = {q["id"]: i for q, i in zip(plain, choice, strict=True)}
            r = result(reason, given)
            full = r.exact is not None and not r.early and r.answered == len(plain)
            if full and 3 * r.points == 2 * r.most:
                return reason, given
    raise AssertionError("no answers in the content give exactly two thirds")


def test_a_score_of_two_thirds_is_shown_as_66_and_possible_not_likely(page: Page, base_url: str) -> None:
    reason, given = _edge_case()
    r = result(reason, given)
    likely = next(b for b in ui_bands() if b["id"] == "likely")
    assert r.exact is not None and int(r.exact) == 66 and r.exact < likely["min_score"] <= round(r.exact)
    save(page, base_url, {reason["id"]: given})
    open_results(page, base_url)
    cells = shown(page, reason)
    assert cells == expected_cells(reason, given)
    assert cells[0] == "66" and cells[1] != likely["label"], cells


def ui_bands() -> list[dict[str, Any]]:
    bands: list[dict[str, Any]] = site()["bands"]
    return bands


def test_changing_a_quick_check_answer_keeps_the_reason_on_screen(page: Page, base_url: str) -> None:
    """On the second of three flagged reasons, unflagging the first must not swap the reason
    being answered for the third."""
    first, second, third = reasons()[0], reasons()[1], reasons()[2]
    page.goto(base_url + ASSESSMENT)
    expect(page.locator("html.sr-js")).to_have_count(1)
    for reason in (first, second, third):
        q = next(q for q in reason["questions"] if q.get("screening"))
        answer(page, reason["id"], q["id"], flagging_option(q))
    page.get_by_role("button", name=ui()["next"]).click()
    expect(page.locator("[data-step]:visible")).to_have_attribute("data-step", second["id"])
    q = next(q for q in first["questions"] if q.get("screening"))
    answer(page, first["id"], q["id"], option(q, weight=0, unknown=False))
    expect(page.locator("[data-step]:visible")).to_have_attribute("data-step", second["id"])
    expect(page.locator("[data-step]:visible [data-sr-progress]")).to_have_text(
        ui()["progress"].format(n=1, total=2))
