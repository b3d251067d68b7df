"""The assessment page (quick check, the flow reason by reason) and the results page it leads to."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from secondround import scoring
from secondround.schema import Reason

from .conftest import Violation, format_violations, sideways
from .helpers import answer, put, raw_storage, reasons, reasons_by_id, stored
from .quiz_expect import (
    ASSESSMENT,
    RESULTS,
    Answers,
    ranking,
    reason_band,
    result,
    score,
    site,
    ui,
    where_to_start,
)


# One answer per question, chosen so the reasons get clearly different scores:
# reason k (0-based) takes option (k + question position) mod its number of options.
# Follow-ups that these answers make irrelevant are left out, as the page hides them.
def planned_answers() -> Answers:
    answers: Answers = {}
    for k, reason in enumerate(reasons()):
        given = {q["id"]: (k * 2 + j) % len(q["options"]) for j, q in enumerate(reason["questions"])}
        model = Reason.model_validate(reason)
        answers[reason["id"]] = {q.id: given[q.id] for q in model.questions
                                 if scoring.applies(model, q, given)}
    return answers


def flagging_option(question: dict[str, Any]) -> int:
    """An answer the quick check takes as a clear signal: more than half the most points."""
    weights = [o["weight"] for o in question["options"]]
    return next(i for i, w in enumerate(weights) if 2 * w > max(weights))


def open_assessment(page: Page, base_url: str, fragment: str = "") -> None:
    page.goto(base_url + ASSESSMENT + fragment)
    expect(page.locator("html.sr-js")).to_have_count(1)


def open_results(page: Page, base_url: str, fragment: str = "") -> None:
    page.goto(base_url + RESULTS + fragment)
    expect(page.locator("html.sr-js")).to_have_count(1)


def answer_all(page: Page, answers: Answers) -> None:
    """Quick check first, then every reason through the flow, as a visitor would."""
    for reason in reasons():
        for question in reason["questions"]:
            if question.get("screening") and question["id"] in answers.get(reason["id"], {}):
                answer(page, reason["id"], question["id"], answers[reason["id"]][question["id"]])
    toggle = page.locator("[data-action=show-all]")
    if toggle.is_visible():
        toggle.click()
    total = len(reasons())
    for n, reason in enumerate(reasons(), start=1):
        step = page.locator(f"[data-step='{reason['id']}']")
        expect(step).to_be_visible()
        progress = ui()["progress"].format(n=n, total=total)
        expect(step.locator("[data-sr-progress]")).to_have_text(progress)
        # One numbering, in the heading: "Reason n of total: title", not also the reason's own number.
        assert step.locator("h3").inner_text().strip() == f"{progress} {reason['title']}"  # as shown
        for question in reason["questions"]:
            if not question.get("screening") and question["id"] in answers.get(reason["id"], {}):
                answer(page, reason["id"], question["id"], answers[reason["id"]][question["id"]])
        if n < total:
            page.get_by_role("button", name=ui()["next"]).click()


def seed(page: Page, base_url: str, answers: Answers) -> None:
    """Answers already saved, as after an earlier visit: for tests about what comes after
    the questions (test_full_assessment_... walks them one by one, as a visitor does)."""
    open_assessment(page, base_url)
    put(page, "answers", answers)
    page.reload()
    expect(page.locator("html.sr-js")).to_have_count(1)


def show_plan(page: Page) -> None:
    """From the assessment to the results page, as the visitor's button does (waits for load,
    which follows the page's widgets starting)."""
    page.get_by_role("button", name=ui()["see_plan"]).click()
    page.wait_for_url("**/" + RESULTS)
    expect(page.locator("html.sr-js")).to_have_count(1)


def ranked_titles(page: Page) -> list[str]:
    return page.locator("ol.sr-ranked li a").all_inner_texts()
@pytest.mark.zensical


def test_full_assessment_ranks_the_reasons_by_the_yaml_weights(page: Page, base_url: str) -> None:
    answers = planned_answers()
    open_assessment(page, base_url)
    answer_all(page, answers)
    show_plan(page)
    assert stored(page) == answers

    expected = ranking(answers)
    in_control = [r["title"] for r in expected if r["in_your_control"]]
    outside = [r["title"] for r in expected if not r["in_your_control"]]
    assert ranked_titles(page) == in_control + outside
    top = [r["title"] for r in where_to_start(answers)]
    assert page.locator("ol.sr-top > li h4").all_inner_texts() == top
    # Each of the top three brings its own next steps and links to its page and checklist.
    first = expected[0]
    item = page.locator("ol.sr-top > li").first
    for step in first["next_steps"]:
        expect(item).to_contain_text(" ".join(step.split()))
    assert item.locator("a").first.get_attribute("href", timeout=1000).endswith(
        f"reasons/{first['number']:02d}-{first['id']}/")
    checklist = item.get_by_role("link", name=ui()["checklist_link"]).get_attribute("href") or ""
    assert checklist.endswith(f"checklists/{first['number']:02d}-{first['id']}/"), checklist
    # The outside-your-control reasons come with the reassurance, not blame.
    expect(page.locator("[data-sr-out]")).to_contain_text(ui()["outside_intro"])
    # The table repeats the chart: every reason with its score and band.
    rows = page.locator("table.sr-table tbody tr")
    expect(rows).to_have_count(len(reasons()))
    for k, reason in enumerate(reasons()):
        value = score(reason, answers[reason["id"]])
        cells = rows.nth(k).locator("td").all_inner_texts()
        expected_band = reason_band(reason, answers[reason["id"]])
        assert expected_band is not None, "every question answered: a result, not an early signal"
        assert cells[:2] == [str(value), expected_band["label"]], reason["id"]
    expect(page.locator("svg.sr-chart rect")).to_have_count(len(reasons()))


def test_quick_check_flags_reasons_and_the_others_are_one_click_away(page: Page, base_url: str) -> None:
    open_assessment(page, base_url)
    all_reasons = reasons()
    flagged = []
    for k, reason in enumerate(all_reasons):
        screening = next(q for q in reason["questions"] if q.get("screening"))
        weights = [o["weight"] for o in screening["options"]]
        # Flag every third reason with a clear signal; the others get a mild answer (weight 1),
        # which the quick check does not count as one.
        option = flagging_option(screening) if k % 3 == 0 else weights.index(1 if 1 in weights else 0)
        answer(page, reason["id"], screening["id"], option)
        if k % 3 == 0:
            flagged.append(reason)
    expect(page.locator("[data-sr-flagged]")).to_contain_text(str(len(flagged)))
    visible = page.locator("[data-step]:visible")
    expect(visible).to_have_count(1)
    expect(visible.locator("[data-sr-progress]")).to_have_text(
        ui()["progress"].format(n=1, total=len(flagged)))
    assert visible.get_attribute("data-step") == flagged[0]["id"]
    for reason in flagged[1:]:
        page.get_by_role("button", name=ui()["next"]).click()
        expect(page.locator(f"#sr-step-{reason['id']}")).to_be_focused()
    expect(page.get_by_role("button", name=ui()["next"])).to_be_hidden()
    page.get_by_role("button", name=ui()["show_all"]).click()
    expect(page.locator("[data-step]:visible [data-sr-progress]")).to_contain_text(
        ui()["progress"].format(n=flagged[-1]["number"], total=len(all_reasons)))
    # One signal for its state, the name: not also "pressed" under a name that says the opposite.
    toggle = page.get_by_role("button", name=ui()["show_flagged"])
    expect(toggle).to_be_visible()
    expect(toggle).not_to_have_attribute("aria-pressed", "true")


def test_a_quick_check_half_done_is_not_called_good_news(page: Page, base_url: str) -> None:
    """After one mild answer of ten the page said "your answers show no obvious gap" and hid
    every reason; until the quick check is finished, every reason stays one click away."""
    open_assessment(page, base_url)
    half = reasons()[: len(reasons()) // 2]
    for reason in half:
        q = next(q for q in reason["questions"] if q.get("screening"))
        answer(page, reason["id"], q["id"], [o["weight"] for o in q["options"]].index(0))
    expect(page.locator("[data-sr-none]")).to_be_hidden()
    expect(page.locator("[data-step]:visible [data-sr-progress]")).to_have_text(
        ui()["progress"].format(n=1, total=len(reasons())))
    expect(page.get_by_role("button", name=ui()["next"])).to_be_visible()


def test_one_answer_is_an_early_signal_never_a_band(page: Page, base_url: str) -> None:
    """Only "No" to the thank-you question used to give "Likely: 100 out of 100"."""
    reason = next(r for r in reasons() if r["id"] == "no-follow-up")
    screening = next(q for q in reason["questions"] if q.get("screening"))
    worst = flagging_option(screening)
    open_assessment(page, base_url)
    answer(page, reason["id"], screening["id"], worst)
    show_plan(page)
    r = result(reason, {screening["id"]: worst})
    assert r.early and r.score == 100
    item = page.locator("ol.sr-ranked li", has_text=reason["title"])
    expect(item).to_contain_text(ui()["early"].format(answered=1, total=r.applicable))
    for b in site()["bands"]:
        expect(item).not_to_contain_text(b["label"] + ":")
    expect(page.locator("ol.sr-top")).to_have_count(0)
    row = page.locator("table.sr-table tbody tr", has_text=reason["title"])
    assert row.locator("td").all_inner_texts()[:2] == ["\u2013", ui()["early_label"]]
    expect(page.locator("ol.sr-ranked li", has_text=reasons()[0]["title"])).to_contain_text(
        ui()["not_answered"])
    expect(page.locator(".sr-nowhere")).to_contain_text(ui()["early_only"])


def test_without_javascript_every_question_is_a_readable_form(nojs_page: Page, base_url: str) -> None:
    nojs_page.goto(base_url + ASSESSMENT)
    total = sum(len(r["questions"]) for r in reasons())
    fieldsets = nojs_page.locator(".sr-assessment form fieldset")
    expect(fieldsets).to_have_count(total)
    for k in range(total):
        expect(fieldsets.nth(k)).to_be_visible()
    for label in (ui()["see_plan"], ui()["next"]):
        expect(nojs_page.get_by_role("button", name=label)).to_have_count(0)
    # Follow-ups say when to skip them, since nothing can hide them.
    for fieldset in nojs_page.locator("[data-follow-up]").all():
        expect(fieldset.locator(".sr-skip")).to_be_visible()
    assert nojs_page.locator("[data-follow-up]").count() >= 2
    # The results page says why it is empty and leads back to the paper edition.
    nojs_page.goto(base_url + RESULTS)
    expect(nojs_page.locator(".sr-nojs.sr-notice")).to_contain_text(ui()["results_nojs"])
    expect(nojs_page.locator(".sr-nojs.sr-notice").get_by_role("link", name=ui()["title"])).to_have_attribute(
        "href", "../assessment/")
    for label in (ui()["forget"], ui()["copy_link"]):
        expect(nojs_page.get_by_role("button", name=label)).to_have_count(0)
    # No "Your action plan" heading over nothing: the plan is drawn by the script.
    expect(nojs_page.get_by_role("heading", name=ui()["plan_heading"])).to_have_count(0)


def test_answers_are_kept_across_reload_and_resume_where_left(page: Page, base_url: str) -> None:
    answers = planned_answers()
    first, second = reasons()[0], reasons()[1]
    open_assessment(page, base_url)
    for question in first["questions"]:
        answer(page, first["id"], question["id"], answers[first["id"]][question["id"]])
    # The second reason's quick-check answer flags it, so the flow will include it.
    screening = next(q for q in second["questions"] if q.get("screening"))
    answer(page, second["id"], screening["id"], flagging_option(screening))
    page.reload()
    for question in first["questions"]:
        expect(page.locator(
            f"#{first['id']}--{question['id']}--{answers[first['id']][question['id']]}")).to_be_checked()
    # The first reason is complete, so the flow resumes at the second.
    expect(page.locator("[data-step]:visible")).to_have_attribute("data-step", second["id"])


def test_share_link_shows_those_results_without_touching_my_own(page: Page, base_url: str) -> None:
    shared = planned_answers()
    seed(page, base_url, shared)
    show_plan(page)
    page.get_by_role("button", name=ui()["copy_link"]).click()
    link = page.locator("#sr-copy-field").input_value()
    assert "#sr1." in link and link.startswith(base_url + RESULTS)
    fragment = link.split("#", 1)[1]
    assert len(fragment) < 80, "the link should stay short"
    expect(page.locator("[data-sr-message]")).to_have_text(
        re.compile("|".join(re.escape(ui()[k]) for k in ("link_copied", "copy_failed"))))

    # My own answers are now different: one screening question only.
    page.get_by_role("button", name=ui()["forget"]).click()
    page.get_by_role("button", name=ui()["forget_yes"]).click()
    mine = reasons()[0]
    screening = next(q for q in mine["questions"] if q.get("screening"))
    open_assessment(page, base_url)
    answer(page, mine["id"], screening["id"], 3)
    own = stored(page)

    page.goto("about:blank")
    page.goto(link)
    expect(page.locator("[data-sr-shared]")).to_be_visible()
    expect(page.locator("[data-sr-shared]")).to_contain_text(ui()["shared"])
    expected = ranking(shared)
    assert ranked_titles(page) == [r["title"] for r in expected if r["in_your_control"]] + [
        r["title"] for r in expected if not r["in_your_control"]]
    assert stored(page) == own, "opening a link must not overwrite the visitor's answers"
    page.get_by_role("button", name=ui()["shared_keep"]).click()
    assert stored(page) == shared
    expect(page.locator("[data-sr-message]")).to_have_text(ui()["shared_kept"])
    assert "#" not in page.url


def test_an_old_results_link_to_the_assessment_page_opens_the_results_page(page: Page, base_url: str) -> None:
    shared = planned_answers()
    seed(page, base_url, shared)
    show_plan(page)
    page.get_by_role("button", name=ui()["copy_link"]).click()
    fragment = page.locator("#sr-copy-field").input_value().split("#", 1)[1]
    page.goto("about:blank")
    page.goto(f"{base_url}{ASSESSMENT}?embed=1#{fragment}")
    page.wait_for_url(f"**/{RESULTS}?embed=1#{fragment}")
    expect(page.locator("[data-sr-shared]")).to_be_visible()


# Links that decode() refuses (wrong version, letters, too long) are in
# tests/js/answers.test.mjs; here, markup end to end and broken percent-encoding,
# which the page itself catches.
@pytest.mark.zensical
@pytest.mark.parametrize("fragment", ["#sr1.%3Cscript%3Ealert(1)%3C%2Fscript%3E", "#sr1.%E0%A4%A"])
def test_a_garbled_link_is_ignored_with_a_short_message(page: Page, base_url: str, fragment: str) -> None:
    reason = reasons()[0]
    screening = next(q for q in reason["questions"] if q.get("screening"))
    open_assessment(page, base_url)
    answer(page, reason["id"], screening["id"], 1)
    own = stored(page)
    open_results(page, base_url, fragment)
    expect(page.locator("[data-sr-message]")).to_have_text(ui()["shared_bad"])
    expect(page.locator("[data-sr-shared]")).to_be_hidden()
    assert stored(page) == own
    open_assessment(page, base_url)
    expect(page.locator(f"#{reason['id']}--{screening['id']}--1")).to_be_checked()


def test_an_ordinary_anchor_is_not_taken_for_a_results_link(page: Page, base_url: str) -> None:
    open_results(page, base_url, "#sr-plan-heading")
    expect(page.locator("[data-sr-message]")).to_have_text("")
    expect(page.locator("[data-sr-shared]")).to_be_hidden()


def test_download_and_load_answers_round_trip(page: Page, base_url: str, tmp_path: Path) -> None:
    answers = planned_answers()
    seed(page, base_url, answers)
    show_plan(page)
    with page.expect_download() as info:
        page.get_by_role("button", name=ui()["download"]).click()
    saved = tmp_path / "answers.json"
    info.value.save_as(saved)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["answers"] == answers and data["v"] == 1 and len(data["history"]) == 1

    page.get_by_role("button", name=ui()["forget"]).click()
    page.get_by_role("button", name=ui()["forget_yes"]).click()
    assert stored(page) is None
    page.locator("#sr-import").set_input_files(saved)
    expect(page.locator("[data-sr-message]")).to_have_text(ui()["loaded"])
    assert stored(page) == answers
    assert len(stored(page, "history")) == 1
    first = reasons()[0]
    question = first["questions"][0]
    open_assessment(page, base_url)
    expect(page.locator(f"#{first['id']}--{question['id']}--{answers[first['id']][question['id']]}")
           ).to_be_checked()

    open_results(page, base_url)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"app": "something-else", "answers": {}}), encoding="utf-8")
    page.locator("#sr-import").set_input_files(bad)
    expect(page.locator("[data-sr-message]")).to_have_text(ui()["load_bad"])
    assert stored(page) == answers


def test_each_completed_assessment_is_kept_and_compared_with_the_last(page: Page, base_url: str) -> None:
    answers = planned_answers()
    seed(page, base_url, answers)
    show_plan(page)
    expect(page.locator("[data-sr-out]")).to_contain_text(ui()["history_none"])
    assert len(stored(page, "history")) == 1

    # A second assessment, with one reason answered differently.
    changed = reasons()[2]
    question = changed["questions"][0]
    new = {**answers, changed["id"]: {**answers[changed["id"]], question["id"]: 0}}
    if new[changed["id"]] == answers[changed["id"]]:
        new[changed["id"]][question["id"]] = len(question["options"]) - 1
    open_assessment(page, base_url)
    page.get_by_role("button", name=ui()["show_all"]).click() if page.get_by_role(
        "button", name=ui()["show_all"]).is_visible() else None
    answer(page, changed["id"], question["id"], new[changed["id"]][question["id"]])
    show_plan(page)
    history = stored(page, "history")
    assert len(history) == 2
    head = page.locator("table.sr-table thead th").all_inner_texts()
    assert head[-1].startswith(ui()["col_change"].split("{", 1)[0])
    rows = page.locator("table.sr-table tbody tr")
    for k, reason in enumerate(reasons()):
        before, after = score(reason, answers[reason["id"]]), score(reason, new[reason["id"]])
        assert before is not None and after is not None
        d = after - before
        cell = rows.nth(k).locator("td").last.inner_text()
        sign = "+" if d > 0 else "\u2212"  # a real minus sign
        assert cell == (ui()["no_change"] if d == 0 else sign + str(abs(d))), reason["id"]
    # Showing the same result again does not add a new entry.
    open_assessment(page, base_url)
    show_plan(page)
    assert len(stored(page, "history")) == 2


def test_history_keeps_only_the_last_ten(page: Page, base_url: str) -> None:
    """Ten assessments kept already (stored as the site stores them, rather than clicked through
    ten times); one more made by hand pushes out the oldest and joins at the end."""
    reason = reasons()[0]
    screening = next(q for q in reason["questions"] if q.get("screening"))
    page.clock.set_fixed_time("2026-02-01T10:00:00Z")
    open_assessment(page, base_url)
    earlier = [{"d": f"2026-01-{day:02d}T09:00:00.000Z", "s": {reason["id"]: day}} for day in range(1, 11)]
    put(page, "history", earlier)
    answer(page, reason["id"], screening["id"], flagging_option(screening))
    show_plan(page)
    kept = stored(page, "history")
    assert [entry["d"] for entry in kept[:9]] == [entry["d"] for entry in earlier[1:]], "the oldest goes"
    assert len(kept) == 10 and kept[-1]["d"].startswith("2026-02-01T10:00"), "this one is added last"
    assert kept[-1]["s"][reason["id"]] is not None


def test_forget_asks_first_in_the_page_then_wipes_everything(page: Page, base_url: str) -> None:
    reason = reasons()[0]
    screening = next(q for q in reason["questions"] if q.get("screening"))
    open_assessment(page, base_url)
    answer(page, reason["id"], screening["id"], 1)
    show_plan(page)
    page.get_by_role("button", name=ui()["forget"]).click()
    expect(page.locator("#sr-confirm-text")).to_be_focused()
    page.get_by_role("button", name=ui()["forget_no"]).click()
    expect(page.get_by_role("button", name=ui()["forget"])).to_be_focused()
    assert stored(page) is not None
    page.get_by_role("button", name=ui()["forget"]).click()
    page.keyboard.press("Escape")
    expect(page.locator("[data-sr-confirm]")).to_be_hidden()
    page.get_by_role("button", name=ui()["forget"]).click()
    page.get_by_role("button", name=ui()["forget_yes"]).click()
    expect(page.locator("[data-sr-message]")).to_have_text(ui()["forgotten"])
    assert raw_storage(page) == {}
    expect(page.locator("[data-sr-empty]")).to_be_visible()
    # Nothing left to copy, download or forget; loading a file is still offered.
    for label in (ui()["forget"], ui()["copy_link"], ui()["copy_summary"], ui()["download"]):
        expect(page.get_by_role("button", name=label)).to_be_hidden()
    expect(page.get_by_label(ui()["load"])).to_be_visible()
    expect(page.locator("#sr-plan-heading")).to_be_focused()
    open_assessment(page, base_url)
    expect(page.locator(f"#{reason['id']}--{screening['id']}--1")).not_to_be_checked()


def test_copy_summary_gives_plain_text_for_an_adviser(page: Page, base_url: str) -> None:
    answers = planned_answers()
    seed(page, base_url, answers)
    show_plan(page)
    page.get_by_role("button", name=ui()["copy_summary"]).click()
    text = page.locator("#sr-copy-field").input_value()
    expected = ranking(answers)
    lines = text.splitlines()
    assert lines[0].startswith(ui()["summary_title"].split("{", 1)[0])
    assert lines[2].startswith(f"1. {expected[0]['title']}: ")
    assert "<" not in text and expected[0]["next_steps"][0].split()[0] in text


def _assert_clean(violations: list[Violation], state: str) -> None:
    assert not violations, f"axe violations in the {state} state:\n" + format_violations(violations)


@pytest.mark.parametrize("size", ["page", "mobile_page"])
def test_no_axe_violations_unanswered_partly_answered_and_with_results(
    request: pytest.FixtureRequest, base_url: str, axe: Callable[..., list[Violation]], size: str
) -> None:
    tab: Page = request.getfixturevalue(size)  # one context, of the size under test
    open_assessment(tab, base_url)
    _assert_clean(axe(tab), f"unanswered ({size})")
    reason = reasons()[0]
    screening = next(q for q in reason["questions"] if q.get("screening"))
    answer(tab, reason["id"], screening["id"], 2)
    _assert_clean(axe(tab), f"partly answered ({size})")
    show_plan(tab)
    _assert_clean(axe(tab), f"early signal only ({size})")
    seed(tab, base_url, planned_answers())
    show_plan(tab)
    open_assessment(tab, base_url)
    show_plan(tab)  # a second time, so the history column is there too
    tab.get_by_role("button", name=ui()["copy_link"]).click()
    tab.get_by_role("button", name=ui()["forget"]).click()
    _assert_clean(axe(tab), f"results, with history and the confirm step open ({size})")
    # Usable at 320 px wide (and so at 200% zoom of 640 px): nothing scrolls sideways.
    tab.set_viewport_size({"width": 320, "height": 700})
    overflow = tab.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at 320px wide"


def test_results_print_without_the_form_and_the_buttons(page: Page, base_url: str) -> None:
    seed(page, base_url, planned_answers())
    show_plan(page)
    page.emulate_media(media="print")
    expect(page.locator(".sr-tools")).to_be_hidden()
    expect(page.locator("table.sr-table")).to_be_visible()
    expect(page.locator("ol.sr-top")).to_be_visible()


def test_keyboard_alone_completes_the_assessment_and_reaches_every_action(page: Page, base_url: str) -> None:
    open_assessment(page, base_url)

    def focused() -> dict[str, Any]:
        return page.evaluate("() => { const e = document.activeElement; return {id: e.id, tag: e.tagName,"
                             " text: (e.textContent || '').trim(), name: e.name || ''}; }")

    def tab_until(test: Callable[[dict[str, Any]], bool], limit: int = 60) -> dict[str, Any]:
        for _ in range(limit):
            page.keyboard.press("Tab")
            now = focused()
            if test(now):
                return now
        raise AssertionError("Tab never reached the wanted control")

    # Quick check: every screening question, answered with the arrow keys, no auto-advance.
    for reason in reasons():
        screening = next(q for q in reason["questions"] if q.get("screening"))
        group = f"{reason['id']}--{screening['id']}"
        tab_until(lambda f, g=group: f["name"] == g)
        page.keyboard.press("Space")
        # From the first answer, ArrowUp wraps round to the last (the one that flags it).
        page.keyboard.press("ArrowUp")
        assert focused()["name"] == group, "choosing an answer must not move on by itself"
    # The flow: each flagged reason's questions, then Next, which moves focus to the next heading.
    while True:
        step = page.locator("[data-step]:visible")
        step_id = step.get_attribute("data-step")
        for question in reasons_by_id()[step_id]["questions"]:
            if question.get("screening") or not page.locator(f"#{step_id}--{question['id']}").is_visible():
                continue  # a follow-up the answers so far make irrelevant is hidden
            tab_until(lambda f, g=f"{step_id}--{question['id']}": f["name"] == g)
            page.keyboard.press("Space")
            page.keyboard.press("ArrowUp")
        if not page.get_by_role("button", name=ui()["next"]).is_visible():
            break
        tab_until(lambda f: f["text"] == ui()["next"])
        page.keyboard.press("Enter")
        assert focused()["tag"] == "H3"
    tab_until(lambda f: f["text"] == ui()["see_plan"])
    page.keyboard.press("Enter")
    page.wait_for_url("**/" + RESULTS)
    expect(page.locator("html.sr-js")).to_have_count(1)
    expect(page.locator("ol.sr-top > li")).to_have_count(3)
    # Every link and action of the plan is reachable with Tab.
    seen = set()
    for _ in range(200):
        page.keyboard.press("Tab")
        now = focused()
        seen.add(now["text"] or now["id"])
        if now["text"] == ui()["forget"]:
            break
    for label in (ui()["checklist_link"], ui()["copy_link"], ui()["copy_summary"], ui()["download"]):
        assert label in seen, label
    assert "sr-import" in seen
    page.keyboard.press("Enter")
    assert focused()["id"] == "sr-confirm-text"
    tab_until(lambda f: f["text"] == ui()["forget_yes"], limit=3)
    page.keyboard.press("Enter")
    expect(page.locator("[data-sr-message]")).to_have_text(ui()["forgotten"])


def low_but_not_nothing() -> Answers:
    """Answers that give reasons a score above 0 yet in the lowest band: every question
    at its lowest weight but one, at its smallest weight above that."""
    lowest_band_top = site()["bands"][1]["min_score"]
    answers: Answers = {}
    for reason in reasons():
        given = {}
        for q in reason["questions"]:
            weights = [o["weight"] for o in q["options"]]
            given[q["id"]] = weights.index(min(weights))
        for q in reason["questions"]:
            weights = [o["weight"] for o in q["options"]]
            above = sorted({w for w in weights if w > min(weights)})
            if above:
                trial = {**given, q["id"]: weights.index(above[0])}
                value = score(reason, trial)
                if value is not None and 0 < value < lowest_band_top:
                    answers[reason["id"]] = trial
                    break
    return answers


def test_where_to_start_lists_no_reason_the_answers_call_unlikely(page: Page, base_url: str) -> None:
    answers = low_but_not_nothing()
    assert len(answers) >= 3, "the content should allow low, non-zero scores for several reasons"
    seed(page, base_url, answers)
    show_plan(page)
    expect(page.locator("ol.sr-ranked li").first).to_be_visible()
    expect(page.locator("ol.sr-top")).to_have_count(0)
    # Their scores still show, with the band they are in.
    unlikely = site()["bands"][0]["label"]
    expect(page.locator("table.sr-table tbody")).to_contain_text(unlikely)


BROKEN_WORDS_JS = """(selector) => {
    const broken = [];
    for (const cell of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of node.textContent.matchAll(/\\S+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
                if (lines.size > 1) broken.push(match[0]);
            }
        }
    }
    return broken;
}"""


@pytest.mark.parametrize("width", [320, 390])
def test_results_on_a_phone_break_no_word_and_fit_the_screen(
        mobile_page: Page, base_url: str, width: int) -> None:
    page = mobile_page
    page.set_viewport_size({"width": width, "height": 740})
    seed(page, base_url, planned_answers())
    show_plan(page)
    expect(page.locator("table.sr-table tbody tr")).to_have_count(len(reasons()))
    broken = page.evaluate(BROKEN_WORDS_JS, "table.sr-table :is(th, td), ol.sr-ranked li")
    assert broken == [], f"words split across lines at {width} px: {broken}"
    found = sideways(page)
    assert not found, f"sticks out past a {width} px screen: {found}"
