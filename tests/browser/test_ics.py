"""The calendar reminder made in the browser is a valid RFC 5545 file: CRLF line
endings, lines folded at 75 octets, escaped text, a UID and a DTSTAMP, and it
parses with a real iCalendar library (icalendar) to the values that went in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from playwright.sync_api import Browser, Page, expect

from .conftest import DESKTOP, _guarded_page

TRICKY = "Priya Raman-O'Neil; Ops, Data & \"Insight\" \\ team — café ✓ 面接のお礼\nsecond line"
LONG = ("Send it before Tuesday. " * 12) + "Ünïcödé at the fold: éééééééééééééééééééééééééééééééééééé"


def build(page: Page, base_url: str, summary: str, description: str) -> bytes:
    text: str = page.evaluate(
        """async ([url, summary, description]) => (await import(url)).calendar({
            uid: "test-1234@second-round",
            stamp: new Date(Date.UTC(2026, 2, 28, 16, 5, 9)),
            start: new Date(Date.UTC(2026, 2, 29, 15, 0)),
            end: new Date(Date.UTC(2026, 2, 29, 15, 30)),
            summary, description,
        })""",
        [base_url + "assets/js/ics.js", summary, description],
    )
    return text.encode("utf-8")


def assert_rfc5545_lines(raw: bytes) -> None:
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b""), "every line ends in CRLF, no bare LF"
    assert b"\r" not in raw.replace(b"\r\n", b""), "no bare CR"
    for line in raw.split(b"\r\n")[:-1]:
        assert len(line) <= 75, f"line longer than 75 octets: {line!r}"
        line.decode("utf-8")  # folding never splits a multi-byte character


def test_calendar_text_is_folded_escaped_and_round_trips(page: Page, base_url: str) -> None:
    page.goto(base_url + "after-the-interview/")
    raw = build(page, base_url, TRICKY, LONG)
    assert_rfc5545_lines(raw)
    assert b"\\;" in raw and b"\\," in raw and b"\\n" in raw and b"\\\\" in raw
    calendar = Calendar.from_ical(raw)
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert str(event["UID"]) == "test-1234@second-round"
    assert event.decoded("DTSTAMP") == datetime(2026, 3, 28, 16, 5, 9, tzinfo=UTC)
    assert event.decoded("DTSTART") == datetime(2026, 3, 29, 15, 0, tzinfo=UTC)
    assert event.decoded("DTEND") == datetime(2026, 3, 29, 15, 30, tzinfo=UTC)
    assert str(event["SUMMARY"]) == TRICKY
    assert str(event["DESCRIPTION"]) == LONG
    alarms = event.walk("VALARM")
    assert len(alarms) == 1 and str(alarms[0]["ACTION"]) == "DISPLAY"


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
