"""The reminder button downloads a calendar file for the thank-you window (the file's
format itself is checked without a browser in tests/test_ics.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from playwright.sync_api import Browser, Page, expect

from ..test_ics import assert_rfc5545_lines
from .conftest import DESKTOP, _guarded_page


@pytest.fixture
def london_page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    with _guarded_page(browser, request, timezone_id="Europe/London", accept_downloads=True,
                       **DESKTOP) as page:
        yield page


def test_reminder_button_downloads_a_calendar_file_for_the_thank_you_window(
        london_page: Page, base_url: str, tmp_path: Path) -> None:
    page = london_page
    # The evening of the interview: the reminder falls in the future, 24 hours after it.
    now = datetime(2026, 3, 28, 19, 0, tzinfo=UTC)
    page.clock.set_fixed_time(now)
    page.goto(base_url + "after-the-interview/")
    details = page.locator(".sr-thanks")
    # No date yet: the button asks for one instead of downloading.
    details.get_by_role("button", name="Add a reminder to my calendar").click()
    expect(details.get_by_label("Date and time")).to_be_focused()

    details.get_by_label("Interviewer's name").fill("Dr Chen, Head of Data")
    details.get_by_label("Date and time").fill("2026-03-28T15:00")
    with page.expect_download() as info:
        details.get_by_role("button", name="Add a reminder to my calendar").click()
    download = info.value
    assert download.suggested_filename.endswith(".ics")
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    raw = target.read_bytes()
    assert_rfc5545_lines(raw)
    event = Calendar.from_ical(raw).walk("VEVENT")[0]
    # 24 hours after 15:00 GMT on the day before the clocks go forward.
    assert event.decoded("DTSTART") == datetime(2026, 3, 29, 15, 0, tzinfo=UTC)
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(minutes=30)
    assert "Dr Chen, Head of Data" in str(event["SUMMARY"])
    assert str(event["UID"]).endswith("@second-round")
    stamp = event.decoded("DTSTAMP")
    assert stamp == now


@pytest.mark.parametrize("organisation, title", [
    ("Acme Ltd", "Send your thank-you note to Acme Ltd"),
    ("", "Send your thank-you note"),
])
def test_a_reminder_without_the_interviewers_name_has_no_placeholder_in_its_title(
        london_page: Page, base_url: str, tmp_path: Path, organisation: str, title: str) -> None:
    """The drafts show "[interviewer's name]" until it is typed, as a gap to fill; a calendar
    keeps its title for good, so it names the organisation instead, or no one."""
    page = london_page
    page.clock.set_fixed_time(datetime(2026, 3, 28, 19, 0, tzinfo=UTC))
    page.goto(base_url + "after-the-interview/")
    details = page.locator(".sr-thanks")
    details.get_by_label("Organisation").fill(organisation)
    details.get_by_label("Date and time").fill("2026-03-28T15:00")
    with page.expect_download() as info:
        details.get_by_role("button", name="Add a reminder to my calendar").click()
    target = tmp_path / "reminder.ics"
    info.value.save_as(target)
    event = Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == title
