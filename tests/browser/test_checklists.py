"""The printable checklists on screen: ticks and fields kept on the device, the
personal order from the self-check answers, storage problems said out loud, and
pages that still work as plain forms without JavaScript."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect

from ..site_texts import site_texts
from .conftest import Violation, format_violations
from .helpers import REPO_ROOT, flagging_answers, put, put_raw, reasons, stored

PLAN = "checklists/"


def checklist_strings() -> dict[str, Any]:
    """The page's texts, as the build reads them from quiz/site.yml."""
    texts: dict[str, Any] = site_texts().checklists.model_dump()
    return texts


def reason_checklist(reason: dict[str, Any]) -> str:
    return f"checklists/{reason['number']:02d}-{reason['id']}/"


def items_in(page: Page, phase: str) -> list[str]:
    return page.locator(f".sr-phase[data-phase='{phase}'] input[type=checkbox]").evaluate_all(
        "boxes => boxes.map(b => b.name)")


def test_ticks_and_fields_survive_a_reload_and_are_shared_with_the_reason_pages(
        page: Page, base_url: str) -> None:
    first = reasons()[0]
    item = first["checklist"][0]
    page.goto(base_url + PLAN)
    page.get_by_label(item["text"]).check()
    page.get_by_label("Role", exact=True).fill("Junior analyst")
    page.get_by_label("Date and time").fill("2026-03-28T15:00")
    page.reload()
    expect(page.get_by_label(item["text"])).to_be_checked()
    expect(page.get_by_label("Role", exact=True)).to_have_value("Junior analyst")
    expect(page.get_by_label("Date and time")).to_have_value("2026-03-28T15:00")
    assert stored(page, "ticks") == {f"{first['id']}/{item['id']}": True}

    page.goto(base_url + reason_checklist(first))
    expect(page.get_by_label(item["text"])).to_be_checked()
    page.get_by_label(item["text"]).uncheck()
    page.goto(base_url + PLAN)
    expect(page.get_by_label(item["text"])).not_to_be_checked()
    expect(page.get_by_label("Role", exact=True)).to_have_value("Junior analyst")


def test_the_plan_holds_every_item_of_every_reason_grouped_by_phase(page: Page, base_url: str) -> None:
    page.goto(base_url + PLAN)
    for phase in ("before", "on-the-day", "after"):
        expected = [f"{r['id']}/{i['id']}" for r in reasons() for i in r["checklist"] if i["phase"] == phase]
        assert items_in(page, phase) == expected
    labels = site_texts().checklists
    for label in (labels.role, labels.organisation, labels.interviewer, labels.when, labels.address,
                  labels.ask_for, labels.bring, labels.decision_date):
        expect(page.get_by_label(label, exact=True)).to_be_editable()


def test_reset_asks_first_then_clears_this_pages_ticks_only(page: Page, base_url: str) -> None:
    one, two = reasons()[0], reasons()[1]
    page.goto(base_url + reason_checklist(two))
    page.get_by_label(two["checklist"][0]["text"]).check()
    page.goto(base_url + reason_checklist(one))
    page.get_by_label(one["checklist"][0]["text"]).check()

    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Clear ticks and fields").click()
    expect(page.get_by_label(one["checklist"][0]["text"])).to_be_checked()

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear ticks and fields").click()
    expect(page.get_by_label(one["checklist"][0]["text"])).not_to_be_checked()
    expect(page.locator("[data-status]")).to_have_text(checklist_strings()["cleared"])
    assert stored(page, "ticks") == {f"{two['id']}/{two['checklist'][0]['id']}": True}


def test_forget_my_answers_wipes_ticks_and_fields(page: Page, base_url: str) -> None:
    item = reasons()[0]["checklist"][0]
    page.goto(base_url + PLAN)
    page.get_by_label(item["text"]).check()
    page.get_by_label("Organisation").fill("Acme")
    page.evaluate("async (url) => (await import(url)).store().clearAll()",
                  base_url + "assets/js/lib/store.js")
    page.reload()
    expect(page.get_by_label(item["text"])).not_to_be_checked()
    expect(page.get_by_label("Organisation")).to_have_value("")


def test_unreadable_saved_ticks_are_dropped_with_a_notice(page: Page, base_url: str) -> None:
    page.goto(base_url + PLAN)
    put_raw(page, "ticks", "{not json")
    put(page, "plan", {"role": 42})
    page.reload()
    expect(page.locator("[data-status]")).to_contain_text(checklist_strings()["dropped"])
    assert stored(page, "ticks") is None and stored(page, "plan") is None
    expect(page.locator(".sr-checklist input[type=checkbox]:checked")).to_have_count(0)


def test_blocked_storage_works_in_memory_and_says_so(blocked_page: Page, base_url: str) -> None:
    item = reasons()[2]["checklist"][0]
    blocked_page.goto(base_url + PLAN)
    expect(blocked_page.locator("[data-status]")).to_have_text(checklist_strings()["blocked"])
    # No promise that self-check answers will reorder the plan: none can reach it here.
    expect(blocked_page.locator("[data-personal]")).to_be_hidden()
    box = blocked_page.get_by_label(item["text"])
    box.check()
    expect(box).to_be_checked()


def test_personal_order_puts_the_likely_reasons_first_and_marks_them(page: Page, base_url: str) -> None:
    all_reasons = reasons()
    # The strongest answer to every question of reason 3, the weakest to all of reason 5's.
    strongest = {q["id"]: max(range(len(q["options"])), key=lambda i: q["options"][i]["weight"])
                 for q in all_reasons[2]["questions"]}
    weakest = {q["id"]: min(range(len(q["options"])), key=lambda i: q["options"][i]["weight"])
               for q in all_reasons[4]["questions"]}
    page.goto(base_url + PLAN)
    expect(page.locator("[data-personal]")).to_have_text(checklist_strings()["not_personal"])
    put(page, "answers", {all_reasons[2]["id"]: strongest, all_reasons[4]["id"]: weakest})
    page.reload()

    flagged = all_reasons[2]
    note = page.locator("[data-personal]")
    expect(note).to_contain_text(flagged["title"])
    for phase in ("before", "on-the-day", "after"):
        names = items_in(page, phase)
        own = [f"{flagged['id']}/{i['id']}" for i in flagged["checklist"] if i["phase"] == phase]
        assert names[: len(own)] == own, phase
    marks = page.locator(".sr-item:has(.sr-mark:not([hidden]))")
    assert set(marks.evaluate_all("items => items.map(i => i.dataset.reason)")) == {flagged["id"]}
    assert marks.count() == len(flagged["checklist"])
    expect(marks.first.locator(".sr-visually-hidden")).to_have_text(f"({checklist_strings()['mark']})")


def test_without_javascript_the_checklists_are_plain_labelled_forms(nojs_page: Page, base_url: str) -> None:
    for path in (PLAN, reason_checklist(reasons()[0])):
        nojs_page.goto(base_url + path)
        boxes = nojs_page.locator(".sr-checklist input[type=checkbox]")
        assert boxes.count() >= 5
        for box in boxes.all():
            label = nojs_page.locator(f"label[for='{box.get_attribute('id')}']")
            assert label.count() == 1 and label.inner_text().strip()
        expect(nojs_page.locator("main legend").first).to_be_visible()
        expect(nojs_page.get_by_role("button", name="Print")).to_have_count(0)
        boxes.first.check()
        expect(boxes.first).to_be_checked()


def test_keyboard_ticks_a_box_and_focus_is_visible(page: Page, base_url: str) -> None:
    page.goto(base_url + reason_checklist(reasons()[0]))
    box = page.locator(".sr-checklist input[type=checkbox]").first
    page.get_by_role("button", name="Clear ticks and fields").focus()
    for _ in range(5):
        page.keyboard.press("Tab")
        if box.evaluate("b => b === document.activeElement"):
            break
    page.keyboard.press("Space")
    expect(box).to_be_checked()
    outline = box.evaluate("b => getComputedStyle(b).outlineStyle + ' ' + getComputedStyle(b).outlineWidth")
    assert outline.startswith("solid") and not outline.endswith(" 0px"), outline
    size = box.bounding_box()
    assert size and size["width"] >= 24 and size["height"] >= 24


def test_no_axe_violations_when_filled_in_and_personalised(
        page: Page, base_url: str, axe: Callable[..., list[Violation]]) -> None:
    first = reasons()[0]
    page.goto(base_url + PLAN)
    put(page, "answers", flagging_answers([first]))
    page.reload()
    page.get_by_label(first["checklist"][0]["text"]).check()
    page.get_by_label("Role", exact=True).fill("Analyst")
    violations = axe(page)
    assert not violations, format_violations(violations)


def test_each_reason_page_links_to_its_printable_checklist(page: Page, base_url: str) -> None:
    reason = reasons()[3]
    page.goto(base_url + f"reasons/{reason['number']:02d}-{reason['id']}/")
    page.get_by_role("link", name=checklist_strings()["open_checklist"]).click()
    expect(page).to_have_url(base_url + reason_checklist(reason))


def test_site_strings_reach_the_page_not_the_scripts() -> None:
    scripts = Path(REPO_ROOT / "docs" / "assets" / "js")
    for name in ("widgets/checklist.js", "widgets/notes.js", "widgets/thanks.js", "widgets/log.js",
                 "lib/ics.js", "lib/util.js"):
        text = (scripts / name).read_text(encoding="utf-8")
        for phrase in checklist_strings().values():
            if isinstance(phrase, str) and len(phrase) > 12:
                assert phrase not in text, f"{name} hard-codes {phrase!r}"
