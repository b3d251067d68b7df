"""Dates that know today and follow the site's language, tested on a frozen clock in two time zones.

Before the thank-you window the page says when to send; inside it, to send now; after it,
that a late note still helps. A decision date that has passed turns into a draft asking for
news, and a calendar reminder is never made for a moment in the past.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from playwright.sync_api import Browser, Page, expect

from .conftest import DESKTOP, _guarded_page
from .helpers import put_raw, reasons
from .quiz_expect import RESULTS
from .test_data_safety import texts
from .test_debrief import PAGE, debrief
from .test_print import pdf_text

ZONES = ["Europe/London", "America/New_York"]


@pytest.fixture(params=ZONES)
def zone(request: pytest.FixtureRequest) -> ZoneInfo:
    return ZoneInfo(request.param)


@pytest.fixture
def frozen(browser: Browser, request: pytest.FixtureRequest, zone: ZoneInfo, base_url: str) -> Iterator[Page]:
    """The page at 17:00 on Thursday 3 December 2026, local time in `zone`, with the clock stopped."""
    with _guarded_page(browser, request, timezone_id=str(zone), accept_downloads=True, **DESKTOP) as page:
        page.clock.set_fixed_time(datetime(2026, 12, 3, 17, 0, tzinfo=zone))
        page.goto(base_url + PAGE)
        yield page


def type_interview(page: Page, when: str) -> None:
    page.locator(".sr-thanks").get_by_label("Date and time").fill(when)


def test_before_the_window_it_says_when_to_start(frozen: Page) -> None:
    s = debrief()
    type_interview(frozen, "2026-12-03T10:00")  # this morning: the window opens tomorrow at 10:00
    deadline = frozen.locator("[data-deadline]")
    expect(deadline).to_have_text(
        s["deadline"].format(start="Friday 4 December at 10:00", end="Saturday 5 December at 10:00"))


def test_inside_the_window_it_says_send_now(frozen: Page) -> None:
    s = debrief()
    type_interview(frozen, "2026-12-02T15:30")  # yesterday afternoon: the window opened at 15:30 today
    expect(frozen.locator("[data-deadline]")).to_have_text(
        s["deadline_now"].format(end="Friday 4 December at 15:30"))


def test_after_the_window_a_late_note_is_still_offered_and_no_past_reminder(frozen: Page) -> None:
    s = debrief()
    type_interview(frozen, "2026-11-23T10:00")  # ten days ago
    expect(frozen.locator("[data-deadline]")).to_have_text(s["deadline_passed"])
    downloads: list[object] = []
    frozen.on("download", lambda download: downloads.append(download))
    frozen.locator(".sr-thanks").get_by_role("button", name=s["ics"]).click()
    expect(frozen.locator(".sr-thanks [data-status]")).to_have_text(s["ics_past"])
    assert downloads == []


# One zone: the arithmetic in both is in tests/js/thanks*.test.mjs; this is the button's path.
@pytest.mark.parametrize("zone", [ZoneInfo("Europe/London")])
def test_inside_the_window_the_reminder_is_set_just_ahead_of_now(
        frozen: Page, zone: ZoneInfo, tmp_path: Path) -> None:
    s = debrief()
    type_interview(frozen, "2026-12-02T15:30")
    with frozen.expect_download() as info:
        frozen.locator(".sr-thanks").get_by_role("button", name=s["ics"]).click()
    target = tmp_path / "reminder.ics"
    info.value.save_as(target)
    event = Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]
    now = datetime(2026, 12, 3, 17, 0, tzinfo=zone)
    assert event.decoded("DTSTART") == (now + timedelta(minutes=10)).astimezone(UTC)


# Further dates and zones are date arithmetic, covered in tests/js/thanks*.test.mjs; here
# the page's wiring on both sides of "today".
@pytest.mark.parametrize(("decision", "passed"), [("2026-12-02", True), ("2026-12-03", False)])
def test_a_decision_date_that_has_passed_turns_into_a_draft_asking_for_news(
        frozen: Page, decision: str, passed: bool) -> None:
    s = debrief()
    details = frozen.locator(".sr-thanks")
    details.get_by_label("Interviewer's name").fill("Sam Okafor")
    details.get_by_label("Role", exact=True).fill("trainee surveyor")
    details.get_by_label("Decision date they gave").fill(decision)
    day = datetime.fromisoformat(decision)
    shown = f"{day.day} December 2026"
    text = frozen.locator("[data-decision]")
    news = frozen.get_by_label(s["news_draft"])
    if passed:
        expect(text).to_have_text(s["decision_passed"].format(date=shown))
        expect(news).to_be_visible()
        draft = news.input_value()
        assert draft.startswith("Dear Sam Okafor,") and "trainee surveyor role" in draft
    else:
        expect(text).to_have_text(s["decision_wait"].format(date=shown))
        expect(news).to_be_hidden()


def test_results_and_the_copied_summary_use_the_sites_date_style(page: Page, base_url: str) -> None:
    """site.yml says en-GB: "24 Nov 2026", not the browser's "11/24/2026"."""
    t = texts()
    reason = reasons()[0]
    question = reason["questions"][0]["id"]
    page.clock.set_fixed_time(datetime(2026, 12, 3, 17, 0, tzinfo=UTC))
    page.goto(base_url + RESULTS)
    put_raw(page, "answers", {"v": 1, "data": {reason["id"]: {question: 1}}})
    put_raw(page, "history", {"v": 1, "data": [{"d": "2026-11-24T10:00:00.000Z", "s": {reason["id"]: 0}}]})
    page.reload()
    expect(page.locator("[data-sr-out] table th").nth(3)).to_have_text(
        t["col_change"].format(date="24 Nov 2026"))
    page.get_by_role("button", name=t["copy_summary"]).click()
    summary = page.locator("#sr-copy-field").input_value()
    assert summary.startswith(t["summary_title"].format(date="3 December 2026"))


@pytest.mark.parametrize("javascript", [True, False])
def test_an_empty_date_field_never_prints_the_browsers_placeholder(
        browser: Browser, request: pytest.FixtureRequest, base_url: str, tmp_path: Path,
        javascript: bool) -> None:
    with _guarded_page(browser, request, java_script_enabled=javascript, locale="en-US", **DESKTOP) as page:
        for address in ("checklists/", PAGE):
            page.goto(base_url + address)
            text = pdf_text(page.pdf(format="A4"), tmp_path)
            assert "yyyy" not in text and "--:--" not in text, f"{address}: placeholder printed"
        if javascript:
            # A date that was typed still prints, in full.
            page.goto(base_url + "checklists/")
            page.get_by_label("Date and time", exact=True).fill("2026-03-28T15:00")
            assert "2026" in pdf_text(page.pdf(format="A4"), tmp_path)
