"""The calendar text that ics.js makes is a valid RFC 5545 file: CRLF line endings,
lines folded at 75 octets, escaped text, a UID and a DTSTAMP, and it parses with an
independent iCalendar library (icalendar) to the values that went in. Run in node,
not a browser: ics.js is a pure module (tests/browser/test_ics.py covers the button)."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime

import pytest
from icalendar import Calendar

from .conftest import ROOT

TRICKY = "Priya Raman-O'Neil; Ops, Data & \"Insight\" \\ team — café ✓ 面接のお礼\nsecond line"
LONG = ("Send it before Tuesday. " * 12) + "Ünïcödé at the fold: éééééééééééééééééééééééééééééééééééé"
MAKE = """
import { calendar } from "./docs/assets/js/lib/ics.js";
const [summary, description] = JSON.parse(process.argv[1]);
process.stdout.write(calendar({
  uid: "test-1234@second-round",
  stamp: new Date(Date.UTC(2026, 2, 28, 16, 5, 9)),
  start: new Date(Date.UTC(2026, 2, 29, 15, 0)),
  end: new Date(Date.UTC(2026, 2, 29, 15, 30)),
  summary, description,
}));
"""


def calendar_text(summary: str, description: str) -> bytes:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed (scripts/setup.sh test installs npm, which brings it)")
    done = subprocess.run([node, "--input-type=module", "-e", MAKE, json.dumps([summary, description])],
                          capture_output=True, check=True, cwd=ROOT)
    return done.stdout


def assert_rfc5545_lines(raw: bytes) -> None:
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b""), "every line ends in CRLF, no bare LF"
    assert b"\r" not in raw.replace(b"\r\n", b""), "no bare CR"
    for line in raw.split(b"\r\n")[:-1]:
        assert len(line) <= 75, f"line longer than 75 octets: {line!r}"
        line.decode("utf-8")  # folding never splits a multi-byte character


def test_calendar_text_is_folded_escaped_and_round_trips() -> None:
    raw = calendar_text(TRICKY, LONG)
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
