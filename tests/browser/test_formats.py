"""The interview's format (issue 12, item 3): the checklists show the items that fit the
next interview's format, with "Show all items" to see or print everything; After the
interview keeps a format per interview record, in its export too. Expected items come
from the reason files, so the tests follow the content."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import Locator, Page, expect

from secondround.schema import FORMATS

from .conftest import Violation, format_violations
from .helpers import put, reasons, stored
from .test_checklists import PLAN, checklist_strings, reason_checklist
from .test_debrief import PAGE as AFTER
from .test_debrief import add_interview, debrief
from .test_print import page_count, pdf_text, print_pdf

VISIBLE = "boxes => boxes.filter(b => b.checkVisibility()).map(b => b.name)"


def names(fits: Callable[[dict[str, Any]], bool], only: list[dict[str, Any]] | None = None) -> list[str]:
    return [f"{r['id']}/{i['id']}" for r in (only or reasons()) for i in r["checklist"] if fits(i)]


def fitting(format_id: str, only: list[dict[str, Any]] | None = None) -> tuple[list[str], list[str]]:
    """The items that fit the format and those that do not (an item without formats fits all)."""
    return (names(lambda i: format_id in i.get("formats", FORMATS), only),
            names(lambda i: format_id not in i.get("formats", FORMATS), only))


def shown(page: Page) -> set[str]:
    return set(page.locator(".sr-item input[type=checkbox]").evaluate_all(VISIBLE))


def radio(where: Page | Locator, label_key: str) -> Locator:
    return where.get_by_role("radio", name=checklist_strings()[label_key], exact=True)


def show_all(page: Page) -> Locator:
    return page.get_by_role("button", name=checklist_strings()["show_all"])


def third_reason() -> dict[str, Any]:
    """03, whose checklist has items for in person, for video, and for video or phone."""
    return next(r for r in reasons() if r["number"] == 3)


def test_choosing_video_hides_the_in_person_items_and_show_all_brings_them_back(
        page: Page, base_url: str) -> None:
    s = checklist_strings()
    fits, misfits = fitting("video")
    assert misfits and any("in-person" in i.get("formats", []) for r in reasons() for i in r["checklist"])
    page.goto(base_url + PLAN)
    expect(radio(page, "format_undecided")).to_be_checked()
    assert shown(page) == set(fits + misfits), "no format chosen: every item shows"
    expect(show_all(page)).to_be_hidden()

    radio(page, "format_video").check()
    expect(page.locator(f"input[name='{misfits[0]}']")).to_be_hidden()
    assert shown(page) == set(fits)
    count = page.locator("[data-formats-count]")
    expect(count).to_have_text(s["formats_hidden"].format(count=len(misfits)))

    # By keyboard: the button says whether it is pressed, and the count says what shows.
    show_all(page).focus()
    page.keyboard.press("Enter")
    expect(show_all(page)).to_have_attribute("aria-pressed", "true")
    assert shown(page) == set(fits + misfits)
    expect(count).to_have_text(s["formats_all"].format(count=len(misfits)))
    page.keyboard.press("Space")
    expect(show_all(page)).to_have_attribute("aria-pressed", "false")
    assert shown(page) == set(fits)

    # The choice is kept with the next interview's other details; "show all" is for this view.
    show_all(page).click()
    page.reload()
    expect(radio(page, "format_video")).to_be_checked()
    expect(show_all(page)).to_have_attribute("aria-pressed", "false")
    assert shown(page) == set(fits)
    assert stored(page, "plan") == {"format": "video"}

    # A reason's own checklist follows the same next interview.
    reason = third_reason()
    page.goto(base_url + reason_checklist(reason))
    expect(radio(page, "format_video")).to_be_checked()
    assert shown(page) == set(fitting("video", [reason])[0])
    for item in reason["checklist"]:
        box = page.get_by_label(item["text"])
        if "in-person" in item.get("formats", []):
            expect(box).to_be_hidden()
        if "video" in item.get("formats", []):
            expect(box).to_be_visible()
    # Back to "not decided yet" there: every item again, on the plan too.
    radio(page, "format_undecided").check()
    assert shown(page) == set(names(lambda i: True, [reason]))
    page.goto(base_url + PLAN)
    assert shown(page) == set(fits + misfits)


def test_another_format_hiding_as_many_items_is_said_again(page: Page, base_url: str) -> None:
    """In person and video each hide as many items: the words do not change, so the live
    region is emptied and filled again for a screen reader to read them out."""
    hidden_for = {name: len(fitting(name)[1]) for name in ("in-person", "video")}
    assert hidden_for["in-person"] == hidden_for["video"] > 0, hidden_for
    page.goto(base_url + PLAN)
    radio(page, "format_in_person").check()
    count = page.locator("[data-formats-count]")
    expect(count).to_have_text(checklist_strings()["formats_hidden"].format(count=hidden_for["video"]))
    count.evaluate("""n => { window.__said = [];
        new MutationObserver(() => window.__said.push(n.textContent)).observe(n, {childList: true}); }""")
    radio(page, "format_video").check()
    expect(count).to_have_text(checklist_strings()["formats_hidden"].format(count=hidden_for["video"]))
    said = page.evaluate("() => window.__said")
    assert said[0] == "" and said[-1] == count.inner_text(), said


def test_show_all_looks_pressed_only_while_pressed_after_taps_on_a_phone(
        mobile_page: Page, base_url: str) -> None:
    """A tapped button keeps focus, and Material fills a focused button as it fills a pressed
    one: after a second tap the fill alone said "pressed" while the hidden items were hidden."""
    page = mobile_page
    page.goto(base_url + reason_checklist(third_reason()))
    radio(page, "format_video").tap()
    button = show_all(page)
    tick = "b => getComputedStyle(b, '::before').content"
    assert button.evaluate(tick) in ("none", "normal")
    button.tap()
    expect(button).to_have_attribute("aria-pressed", "true")
    assert "\u2713" in button.evaluate(tick)
    # The tick is drawn, not read: the button's name stays the same.
    expect(page.get_by_role("button", name=checklist_strings()["show_all"], exact=True)).to_be_visible()
    button.tap()
    expect(button).to_have_attribute("aria-pressed", "false")
    expect(button).to_be_focused()
    assert button.evaluate(tick) in ("none", "normal"), "unpressed, yet drawn as pressed"


def test_a_phase_with_no_item_for_the_format_is_not_shown(page: Page, base_url: str) -> None:
    reason = third_reason()
    fits, _ = fitting("recorded", [reason])
    day = [i for i in reason["checklist"] if i["phase"] == "on-the-day"]
    assert day and all("recorded" not in i.get("formats", FORMATS) for i in day), "content changed"
    page.goto(base_url + reason_checklist(reason))
    radio(page, "format_recorded").check()
    expect(page.locator(".sr-phase[data-phase='on-the-day']")).to_be_hidden()
    expect(page.locator(".sr-phase[data-phase='before']")).to_be_visible()
    assert shown(page) == set(fits)
    show_all(page).click()
    expect(page.locator(".sr-phase[data-phase='on-the-day']")).to_be_visible()


def test_without_javascript_every_item_shows_and_names_its_formats(nojs_page: Page, base_url: str) -> None:
    s = checklist_strings()
    label = {"in-person": s["format_in_person"], "video": s["format_video"], "phone": s["format_phone"],
             "recorded": s["format_recorded"]}
    nojs_page.goto(base_url + PLAN)
    assert shown(nojs_page) == set(names(lambda i: True))
    expect(radio(nojs_page, "format_undecided")).to_be_checked()
    expect(show_all(nojs_page)).to_be_hidden()
    for reason in reasons():
        for item in reason["checklist"]:
            if "formats" not in item:
                continue
            named = ", ".join(label[f] for f in FORMATS if f in item["formats"])
            tag = s["item_formats"].format(formats=named)
            text = nojs_page.locator(f"label[for='ck-{reason['id']}--{item['id']}']").inner_text()
            assert tag in text, (item["id"], text)


def test_the_blank_copy_shows_every_item_and_no_format_then_the_choice_comes_back(
        page: Page, base_url: str, tmp_path: Path) -> None:
    fits, misfits = fitting("in-person")
    page.goto(base_url + PLAN)
    radio(page, "format_in_person").check()
    assert shown(page) == set(fits)
    pdf = pdf_text(print_pdf(page, "A4"), tmp_path)
    flat = " ".join(pdf.split())
    video_only = [i["text"] for r in reasons() for i in r["checklist"] if i.get("formats") == ["video"]]
    assert video_only and not any(text in flat for text in video_only), "what is hidden does not print"

    page.evaluate("() => { window.print = () => {}; }")
    page.get_by_role("button", name=checklist_strings()["print_blank"]).click()
    assert shown(page) == set(fits + misfits)
    expect(page.locator("input[name=format]:checked")).to_have_count(0)
    pdf_bytes = print_pdf(page, "A4")
    assert page_count(pdf_bytes) == 1, "the blank plan, every item and format named, on one A4 page"
    flat = " ".join(pdf_text(pdf_bytes, tmp_path).split())
    assert all(text in flat for text in video_only)
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    expect(radio(page, "format_in_person")).to_be_checked()
    assert shown(page) == set(fits)


def test_the_chosen_format_prints_small_and_black_on_both_pages(page: Page, base_url: str) -> None:
    """On paper the chosen format is a black dot, like the ticks, on the plan and on After the
    interview alike (the debrief sheet printed a 24 px radio button in the browser's blue)."""
    looks = []
    for path, where in ((PLAN, ".sr-checklist"), (AFTER, ".sr-thanks")):
        page.goto(base_url + path)
        page.emulate_media(media="print")
        chosen = radio(page.locator(where), "format_phone")
        chosen.check()
        looks.append(chosen.evaluate("r => { const s = getComputedStyle(r);"
                                     " return [s.accentColor, r.getBoundingClientRect().width]; }"))
        page.emulate_media(media="screen")
    (plan_colour, plan_width), (after_colour, after_width) = looks
    assert plan_colour == after_colour == "rgb(0, 0, 0)", looks
    assert after_width == plan_width < 14, looks


def test_after_the_interview_keeps_a_format_per_interview_and_in_the_export(
        page: Page, base_url: str, tmp_path: Path) -> None:
    s, d = checklist_strings(), debrief()
    page.goto(base_url + PLAN)
    radio(page, "format_video").check()
    page.goto(base_url + AFTER)
    details = page.locator(".sr-thanks")
    # The checklists' next interview is an interview of its own, as with its other details;
    # one that has happened has its format "not noted", not "not decided yet".
    expect(details.get_by_role("radio", name=d["format_unset"], exact=True)).to_be_checked()
    expect(radio(details, "format_undecided")).to_have_count(0)
    details.get_by_label(s["organisation"]).fill("Umbrella Corp")
    details.get_by_label(s["when"], exact=True).fill("2026-10-01T10:00")
    radio(details, "format_phone").check()
    page.reload()
    expect(radio(details, "format_phone")).to_be_checked()
    (record,) = stored(page, "interviews")["records"]
    assert record["details"]["format"] == "phone"
    assert stored(page, "plan") == {"format": "video"}, "the next interview keeps its own"

    page.get_by_role("button", name=d["interview_new"]).click()
    expect(details.get_by_role("radio", name=d["format_unset"], exact=True)).to_be_checked()
    radio(details, "format_recorded").check()
    choice = page.get_by_label(d["interview_choice"])
    choice.select_option(value=record["id"])
    expect(radio(details, "format_phone")).to_be_checked()

    # Logged, exported and loaded into an empty browser: the format comes back with the interview.
    add_interview(page, "2026-10-01", "Umbrella Corp", "First interview", d["outcome_waiting"])
    with page.expect_download() as info:
        page.get_by_role("button", name=d["export"]).click()
    exported = tmp_path / "log.json"
    info.value.save_as(exported)
    (entry,) = json.loads(exported.read_text(encoding="utf-8"))["entries"]
    assert entry == {"date": "2026-10-01", "organisation": "Umbrella Corp", "stage": 1,
                     "outcome": "waiting", "format": "phone"}
    page.evaluate("async (url) => (await import(url)).store().clearAll()",
                  base_url + "assets/js/lib/store.js")
    page.reload()
    page.get_by_label(d["import_label"]).set_input_files(exported)
    expect(page.locator(".sr-log [data-status]")).to_have_text(d["imported"])
    records = stored(page, "interviews")["records"]
    loaded = next(r for r in records if r.get("outcome") == "waiting")
    assert loaded["details"] == {"organisation": "Umbrella Corp", "format": "phone"}
    choice.select_option(value=loaded["id"])
    expect(radio(details, "format_phone")).to_be_checked()


def test_an_imported_entry_with_an_unknown_format_keeps_the_interview_without_it(
        page: Page, base_url: str, tmp_path: Path) -> None:
    d = debrief()
    page.goto(base_url + AFTER)
    odd = tmp_path / "log.json"
    odd.write_text(json.dumps({"kind": "second-round/interview-log", "v": 1, "entries": [
        {"date": "2026-09-12", "organisation": "Acme Ltd", "stage": 0, "outcome": "rejected",
         "format": "hologram"}]}), encoding="utf-8")
    page.get_by_label(d["import_label"]).set_input_files(odd)
    expect(page.locator(".sr-log [data-status]")).to_have_text(d["imported"])
    (acme,) = [r for r in stored(page, "interviews")["records"] if r.get("outcome")]
    assert acme["details"] == {"organisation": "Acme Ltd"}


def test_no_axe_violations_with_a_format_chosen(
        page: Page, base_url: str, axe: Callable[..., list[Violation]]) -> None:
    page.goto(base_url + PLAN)
    put(page, "plan", {"format": "video", "organisation": "Acme"})
    page.reload()
    expect(show_all(page)).to_be_visible()
    violations = axe(page)
    assert not violations, format_violations(violations)
    show_all(page).click()
    page.goto(base_url + AFTER)
    radio(page.locator(".sr-thanks"), "format_recorded").check()
    violations = axe(page)
    assert not violations, format_violations(violations)
