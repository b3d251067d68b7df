"""The self-assessment on paper, and pages that say so when JavaScript is off (issue 9, item 6).

Printing the unanswered assessment gives every question with each answer's points and, per
reason, the totals that make each result, so a person without JavaScript (or a workshop
with pens) reaches the same result as the page would.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect

from ..site_texts import site_texts
from .helpers import reasons
from .quiz_expect import site, ui

ASSESSMENT = "assessment/"
FORM_PAGES = ["checklists/", "checklists/01-not-prepared/", "after-the-interview/"]


def texts() -> dict[str, Any]:
    return ui()


def expected_rows(reason: dict[str, Any],
                  questions: list[dict[str, Any]] | None = None) -> tuple[int, list[str]]:
    """Worked out here from the YAML, apart from the generator: a band starts at the first
    whole number of points whose share of the most reaches its min_score."""
    most = sum(max(o["weight"] for o in q["options"]) for q in questions or reason["questions"])
    bands = site()["bands"]
    starts = [next(p for p in range(most + 1) if 100 * p >= b["min_score"] * most) for b in bands]
    rows = []
    for i, b in enumerate(bands):
        high = starts[i + 1] - 1 if i + 1 < len(bands) else most
        if starts[i] <= high:
            rows.append(f"{texts()['paper_range'].format(low=starts[i], high=high)}: {b['label']}")
    return most, rows


def test_printed_blank_assessment_shows_the_points_and_each_reasons_table(page: Page, base_url: str,
                                                                         tmp_path: Path) -> None:
    page.goto(base_url + ASSESSMENT)
    expect(page.locator(".sr-points").first).to_be_hidden()  # on screen: not part of the quiz
    page.emulate_media(media="print")
    shown = page.evaluate("""() => [...document.querySelectorAll(".sr-option input")].map((input) => ({
        id: input.id, points: input.labels[0].querySelector(".sr-points")?.innerText.trim(),
        visible: !!input.labels[0].querySelector(".sr-points")?.getClientRects().length}))""")
    by_id = {item["id"]: item for item in shown}
    for reason in reasons():
        for question in reason["questions"]:
            for i, option in enumerate(question["options"]):
                item = by_id[f"{reason['id']}--{question['id']}--{i}"]
                assert item["visible"], item
                points = (texts()["paper_not_counted"] if option.get("unknown")
                          else texts()["paper_points"].format(n=option["weight"]))
                assert item["points"] == points, item
        most, rows = expected_rows(reason)
        table = page.locator(f".sr-step[data-step='{reason['id']}'] .sr-paper")
        expect(table).to_be_visible()
        totals = [texts()["paper_total"].format(max=most)]
        follow_ups = [q for q in reason["questions"] if q.get("only_if")]
        if follow_ups:
            # A second table for when the follow-ups were skipped, each with its line saying when.
            most_without, rows_without = expected_rows(
                reason, [q for q in reason["questions"] if not q.get("only_if")])
            totals.append(texts()["paper_without_follow_ups"].format(max=most_without))
            rows += rows_without
            for q in follow_ups:
                expect(page.locator(f"#{reason['id']}--{q['id']} .sr-skip")).to_be_visible()
        expect(table.locator("p")).to_have_text(totals)
        expect(table.locator("li")).to_have_text(rows)
    expect(page.locator("p.sr-paper")).to_have_text(f"{texts()['paper_intro']} {texts()['paper_rough']}")
    # On paper for real: the first reason's table is in the printed text.
    pdf = tmp_path / "assessment.pdf"
    page.pdf(path=str(pdf), format="A4")
    printed = " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                                      text=True, check=True).stdout.split())
    for row in expected_rows(reasons()[0])[1]:
        assert row in printed, f"{row!r} is not on the printed page"
    assert "Why this matters" not in printed  # the fold-out explanations stay on screen


def test_once_there_is_a_result_the_result_prints_instead(page: Page, base_url: str) -> None:
    page.goto(base_url + ASSESSMENT)
    first = reasons()[0]
    screening = next(q for q in first["questions"] if q.get("screening"))
    page.locator(f"label[for='{first['id']}--{screening['id']}--0']").click()
    page.get_by_role("button", name=ui()["see_plan"]).click()
    page.emulate_media(media="print")
    expect(page.locator(".sr-paper").first).to_be_hidden()
    expect(page.locator(".sr-points").first).to_be_hidden()
    expect(page.locator("#sr-plan-heading")).to_be_visible()


def test_without_javascript_the_assessment_says_so_first_and_points_to_paper(
        nojs_page: Page, base_url: str) -> None:
    nojs_page.goto(base_url + ASSESSMENT)
    notice = nojs_page.locator(".sr-assessment > p.sr-nojs").first
    expect(notice).to_be_visible()
    expect(notice).to_have_text(texts()["nojs_top"])
    above = nojs_page.evaluate("""() => {
        const notice = document.querySelector(".sr-assessment > p.sr-nojs").getBoundingClientRect().top;
        const question = document.querySelector(".sr-question").getBoundingClientRect().top;
        return notice < question; }""")
    assert above, "the notice must come before the first question"


def test_without_javascript_the_form_pages_say_nothing_is_kept(nojs_page: Page, page: Page,
                                                               base_url: str) -> None:
    said = site_texts().strings.nojs_not_kept
    for path in FORM_PAGES:
        nojs_page.goto(base_url + path)
        expect(nojs_page.get_by_text(said)).to_be_visible()
        page.goto(base_url + path)
        expect(page.get_by_text(said)).to_be_hidden()
