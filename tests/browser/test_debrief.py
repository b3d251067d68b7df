"""The "After the interview" page: same-day notes, the thank-you window and drafts,
the feedback request, and the interview log with its export and import."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Browser, Page, Route, expect

from ..site_texts import site_texts
from .conftest import DESKTOP, MOBILE, Violation, _guarded_page, format_violations
from .helpers import put, storage_key, stored
from .quiz_expect import enable_instant_navigation

PAGE = "after-the-interview/"


def debrief() -> dict[str, Any]:
    """The page's texts, as the build reads them from quiz/site.yml."""
    texts: dict[str, Any] = site_texts().debrief.model_dump()
    return texts


def logged(page: Page) -> list[dict[str, Any]] | None:
    """The interview log as kept: the interview records that have an outcome, as log entries."""
    data = stored(page, "interviews")
    entries = [{"date": r.get("date") or r["details"].get("when", "")[:10],
                "organisation": r["details"].get("organisation", ""), "stage": r["stage"],
                "outcome": r["outcome"]}
               for r in (data or {}).get("records", []) if "outcome" in r]
    return entries or None


@pytest.fixture(params=["Europe/London", "America/New_York"])
def zoned_page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    with _guarded_page(browser, request, timezone_id=request.param, **DESKTOP) as page:
        yield page


def window(page: Page, base_url: str, value: str) -> dict[str, Any] | None:
    """followUpWindow(value) from thanks.js, run in the page's time zone."""
    result: dict[str, Any] | None = page.evaluate(
        """async ([url, value]) => {
            const w = (await import(url)).followUpWindow(value);
            if (!w) return null;
            const local = (d) =>
                [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()];
            return { interview: w.interview.toISOString(), start: w.start.toISOString(),
                     end: w.end.toISOString(), startLocal: local(w.start), endLocal: local(w.end) };
        }""",
        [base_url + "assets/js/widgets/thanks.js", value],
    )
    return result


# (time zone, typed value, interview in UTC, +24 h in UTC, local wall clock of +24 h, of +48 h)
CASES = [
    # Across midnight, and the end of a 31-day month and of the year.
    ("Europe/London", "2026-06-10T23:30", "2026-06-10T22:30", "2026-06-11T22:30",
     [2026, 6, 11, 23, 30], [2026, 6, 12, 23, 30]),
    ("Europe/London", "2026-01-31T16:00", "2026-01-31T16:00", "2026-02-01T16:00",
     [2026, 2, 1, 16, 0], [2026, 2, 2, 16, 0]),
    ("America/New_York", "2026-12-31T21:15", "2027-01-01T02:15", "2027-01-02T02:15",
     [2027, 1, 1, 21, 15], [2027, 1, 2, 21, 15]),
    # February in a leap year and in a common year.
    ("America/New_York", "2028-02-28T09:00", "2028-02-28T14:00", "2028-02-29T14:00",
     [2028, 2, 29, 9, 0], [2028, 3, 1, 9, 0]),
    ("Europe/London", "2026-02-28T09:00", "2026-02-28T09:00", "2026-03-01T09:00",
     [2026, 3, 1, 9, 0], [2026, 3, 2, 9, 0]),
    # Clocks go forward (London 29 March 2026, New York 8 March 2026): 24 real hours
    # later reads one hour later on the clock.
    ("Europe/London", "2026-03-28T15:00", "2026-03-28T15:00", "2026-03-29T15:00",
     [2026, 3, 29, 16, 0], [2026, 3, 30, 16, 0]),
    ("America/New_York", "2026-03-07T10:00", "2026-03-07T15:00", "2026-03-08T15:00",
     [2026, 3, 8, 11, 0], [2026, 3, 9, 11, 0]),
    # Clocks go back (London 25 October 2026, New York 1 November 2026).
    ("Europe/London", "2026-10-24T15:00", "2026-10-24T14:00", "2026-10-25T14:00",
     [2026, 10, 25, 14, 0], [2026, 10, 26, 14, 0]),
    ("America/New_York", "2026-10-31T10:00", "2026-10-31T14:00", "2026-11-01T14:00",
     [2026, 11, 1, 9, 0], [2026, 11, 2, 9, 0]),
    # A time that does not exist on the clock (skipped at 01:00 in London) moves forward.
    ("Europe/London", "2026-03-29T01:30", "2026-03-29T01:30", "2026-03-30T01:30",
     [2026, 3, 30, 2, 30], [2026, 3, 31, 2, 30]),
]


def test_thank_you_window_is_24_to_48_real_hours_after_the_interview(
        zoned_page: Page, base_url: str) -> None:
    zone = zoned_page.evaluate("() => Intl.DateTimeFormat().resolvedOptions().timeZone")
    zoned_page.goto(base_url + PAGE)
    cases = [case for case in CASES if case[0] == zone]
    assert cases
    for _, value, interview, start, start_local, end_local in cases:
        got = window(zoned_page, base_url, value)
        assert got is not None, value
        assert got["interview"] == interview + ":00.000Z", value
        assert got["start"] == start + ":00.000Z", value
        hours = (datetime.fromisoformat(got["end"]) - datetime.fromisoformat(got["start"])).total_seconds()
        assert hours == 24 * 3600, value
        assert got["startLocal"] == start_local, value
        assert got["endLocal"] == end_local, value
    for nonsense in ("", "2026-02-30T10:00", "2026-13-01T10:00", "tomorrow", "2026-03-28"):
        assert window(zoned_page, base_url, nonsense) is None, nonsense


def test_deadline_and_drafts_follow_what_is_typed(page: Page, base_url: str) -> None:
    s = debrief()
    # The evening of the interview, on a frozen clock: the window opens tomorrow.
    page.clock.set_fixed_time(datetime(2026, 3, 31, 18, 0, tzinfo=ZoneInfo("Europe/London")))
    page.goto(base_url + PAGE)
    deadline = page.locator("[data-deadline]")
    expect(deadline).to_have_text(s["deadline_missing"])
    thanks = page.get_by_label(s["thanks_draft"])
    expect(thanks).to_contain_text(s["name_blank"])
    details = page.locator(".sr-thanks")
    details.get_by_label("Interviewer's name").fill("Priya Raman")
    details.get_by_label("Role", exact=True).fill("data analyst")
    details.get_by_label("Organisation").fill("Northbridge Housing Trust")
    page.get_by_label(s["point"]).fill("I have cleaned and reported on tenancy data for two years.")
    page.get_by_label("Date and time").fill("2026-03-31T16:30")
    # site.yml's language is en-GB: British dates and a 24-hour clock, whatever the browser's.
    expect(deadline).to_contain_text("1 April")
    expect(deadline).to_contain_text("2 April")
    expect(deadline).not_to_contain_text("PM")
    draft = thanks.input_value()
    assert draft.startswith("Dear Priya Raman,")
    assert "data analyst role at Northbridge Housing Trust" in draft
    assert "tenancy data for two years." in draft and "years.." not in draft, "one full stop, not two"
    # Typed without a full stop, the sentence still ends with one.
    page.get_by_label(s["point"]).fill("Two years of tenancy data")
    expect(thanks).to_have_value(re.compile(r"Two years of tenancy data\.\n"))
    page.get_by_label(s["point"]).fill("I have cleaned and reported on tenancy data for two years.")
    expect(thanks).to_have_value(draft)
    decision = page.locator("[data-decision]")
    expect(decision).to_be_hidden()
    details.get_by_label("Decision date they gave").fill("2026-04-10")
    expect(decision).to_have_text(s["decision_wait"].replace("{date}", "10 April 2026"))
    feedback = page.get_by_label(s["feedback_draft"]).input_value()
    assert "Priya Raman" in feedback and "keep my details on file" in feedback

    # They survive a reload; the checklists' "next interview" is another interview, left alone.
    page.goto(base_url + "checklists/")
    expect(page.get_by_label("Interviewer's name", exact=True)).to_have_value("")
    page.goto(base_url + PAGE)
    expect(page.get_by_label(s["point"])).to_have_value(
        "I have cleaned and reported on tenancy data for two years.")
    assert page.get_by_label(s["thanks_draft"]).input_value() == draft


def test_notes_survive_a_reload_including_added_questions(page: Page, base_url: str) -> None:
    s = debrief()
    page.goto(base_url + PAGE)
    page.get_by_label("Question 1: what they asked").fill("Why this role?")
    page.get_by_label("Question 1: what you answered, in brief").fill("Growth, and the team's mission.")
    page.get_by_role("button", name=s["add_question"]).click()
    page.get_by_role("button", name=s["add_question"]).click()
    expect(page.get_by_label("Question 5: what they asked")).to_be_focused()
    page.get_by_label("Question 4: what they asked").fill("Tell me about a conflict.")
    page.get_by_label(s["how_it_went"]).fill("Nervous start, strong finish.")
    page.get_by_label(s["improve"]).fill("Shorter STAR answers.")
    page.reload()
    expect(page.get_by_label("Question 1: what you answered, in brief")).to_have_value(
        "Growth, and the team's mission.")
    expect(page.get_by_label("Question 4: what they asked")).to_have_value("Tell me about a conflict.")
    expect(page.get_by_label(s["how_it_went"])).to_have_value("Nervous start, strong finish.")
    expect(page.get_by_label(s["improve"])).to_have_value("Shorter STAR answers.")
    interviews = stored(page, "interviews")
    (record,) = interviews["records"]
    assert len(record["notes"]["questions"]) == 4


def add_interview(page: Page, date: str, organisation: str, stage: str, outcome: str) -> None:
    s = debrief()
    log = page.locator(".sr-log")
    log.get_by_label(s["log_date"]).fill(date)
    log.get_by_label(s["log_organisation"]).fill(organisation)
    log.get_by_label(s["log_stage"]).select_option(label=stage)
    log.get_by_label(s["log_outcome"]).select_option(label=outcome)
    log.get_by_role("button", name=s["log_add"]).click()


def test_log_points_out_a_stage_that_keeps_ending_in_rejection(page: Page, base_url: str) -> None:
    s = debrief()
    page.goto(base_url + PAGE)
    pattern = page.locator("[data-pattern]")
    add_interview(page, "2026-01-12", "Acme Ltd", "First interview", s["outcome_rejected"])
    add_interview(page, "2026-02-03", "Borough Council", "Second interview", s["outcome_rejected"])
    expect(pattern).to_be_hidden()
    add_interview(page, "2026-02-20", "Canal & River Co.", "First interview", s["outcome_rejected"])
    expect(pattern).to_be_visible()
    expect(pattern).to_contain_text("2 of your interviews ended at the same stage: First interview.")
    expect(pattern.get_by_role("link", name=s["pattern_link"])).to_be_visible()
    rows = page.locator("[data-rows] tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(2)).to_contain_text("Canal & River Co.")

    page.reload()
    expect(rows).to_have_count(3)
    page.get_by_role("button", name="Remove: Acme Ltd").click()
    expect(rows).to_have_count(2)
    expect(pattern).to_be_hidden()
    expect(page.locator(".sr-log [data-status]")).to_have_text(s["log_removed"])


def test_log_entry_needs_a_date_and_an_organisation(page: Page, base_url: str) -> None:
    s = debrief()
    page.goto(base_url + PAGE)
    page.locator(".sr-log").get_by_role("button", name=s["log_add"]).click()
    expect(page.locator(".sr-log [data-status]")).to_have_text(s["log_incomplete"])
    expect(page.locator(".sr-log").get_by_label(s["log_date"])).to_be_focused()
    assert logged(page) is None


def test_half_typed_log_entry_is_kept_on_reload(page: Page, base_url: str) -> None:
    s = debrief()
    page.goto(base_url + PAGE)
    page.locator(".sr-log").get_by_label(s["log_organisation"]).fill("Half-typed Ltd")
    page.reload()
    expect(page.locator(".sr-log").get_by_label(s["log_organisation"])).to_have_value("Half-typed Ltd")


def test_export_and_import_round_trip(page: Page, base_url: str, tmp_path: Path) -> None:
    s = debrief()
    page.goto(base_url + PAGE)
    add_interview(page, "2026-01-12", "Acme Ltd", "First interview", s["outcome_rejected"])
    add_interview(page, "2026-03-02", "Zeta, \"Quotes\" & <Tags>", "Final interview", s["outcome_offer"])
    before = logged(page)
    with page.expect_download() as info:
        page.get_by_role("button", name=s["export"]).click()
    exported = tmp_path / "log.json"
    info.value.save_as(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["entries"] == before

    page.evaluate("async (url) => (await import(url)).store().clearAll()",
                  base_url + "assets/js/lib/store.js")
    page.reload()
    expect(page.locator("[data-rows] tr")).to_have_count(0)
    # The file button is a target of at least 24 px, as on the results page (WCAG 2.5.8).
    size = page.get_by_label(s["import_label"]).bounding_box()
    assert size and size["height"] >= 24, size
    page.get_by_label(s["import_label"]).set_input_files(exported)
    expect(page.locator(".sr-log [data-status]")).to_have_text(s["imported"])
    expect(page.locator("[data-rows] tr")).to_have_count(2)
    assert logged(page) == before
    # Importing the same file again adds nothing twice.
    page.get_by_label(s["import_label"]).set_input_files(exported)
    expect(page.locator("[data-rows] tr")).to_have_count(2)

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"kind": "something else", "entries": []}), encoding="utf-8")
    page.get_by_label(s["import_label"]).set_input_files(bad)
    expect(page.locator(".sr-log [data-status]")).to_have_text(s["import_bad"])
    assert logged(page) == before


def test_unreadable_log_is_dropped_with_a_notice(page: Page, base_url: str) -> None:
    page.goto(base_url + PAGE)
    put(page, "log", [{"date": "yesterday", "organisation": 3}])
    page.reload()
    expect(page.locator(".sr-log [data-status]")).to_contain_text(site_texts().checklists.dropped)
    assert logged(page) is None


def test_without_javascript_the_page_is_a_printable_form(nojs_page: Page, base_url: str) -> None:
    s = debrief()
    nojs_page.goto(base_url + PAGE)
    for label in ("Question 1: what they asked", s["how_it_went"], s["improve"], "Interviewer's name",
                  s["point"], s["thanks_draft"], s["feedback_draft"]):
        expect(nojs_page.get_by_label(label)).to_be_visible()
    assert s["name_blank"] in nojs_page.get_by_label(s["thanks_draft"]).input_value()
    expect(nojs_page.get_by_role("button", name=s["add_question"])).to_be_hidden()


def test_no_axe_violations_with_notes_drafts_and_a_log(
        page: Page, base_url: str, axe: Callable[..., list[Violation]]) -> None:
    s = debrief()
    page.goto(base_url + PAGE)
    page.get_by_role("button", name=s["add_question"]).click()
    page.get_by_label("Date and time").fill("2026-03-31T16:30")
    add_interview(page, "2026-01-12", "Acme Ltd", "First interview", s["outcome_rejected"])
    add_interview(page, "2026-02-12", "Beta plc", "First interview", s["outcome_rejected"])
    expect(page.locator("[data-pattern]")).to_be_visible()
    violations = axe(page)
    assert not violations, format_violations(violations)


@pytest.mark.parametrize("width", [320, 390])
def test_log_with_three_interviews_fits_a_phone_with_every_remove_button_on_screen(
        browser: Browser, request: pytest.FixtureRequest, base_url: str, width: int,
        axe: Callable[..., list[Violation]]) -> None:
    s = debrief()
    with _guarded_page(browser, request, **{**MOBILE, "viewport": {"width": width, "height": 740}}) as page:
        page.goto(base_url + PAGE)
        # An empty log's caption spans the screen, not a column as narrow as its longest word.
        caption = page.locator(".sr-log-table caption").bounding_box()
        log = page.locator(".sr-log").bounding_box()
        assert caption and log and caption["width"] >= log["width"] - 1, (caption, log)
        add_interview(page, "2026-01-12", "Acme Ltd", "First interview", s["outcome_rejected"])
        add_interview(page, "2026-02-03", "North Yorkshire County Council Adult Social Care",
                      "Second interview", s["outcome_waiting"])
        add_interview(page, "2026-02-20", "Canal & River Co.", "First interview", s["outcome_offer"])
        expect(page.locator("[data-rows] tr")).to_have_count(3)
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"the page scrolls sideways by {overflow} px at {width} px"
        for button in page.locator(".sr-log-table button").all():
            box = button.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, (
                f"{button.get_attribute('aria-label')} is off-screen: {box}")
        # Each stacked cell still says which column it is.
        first = page.locator("[data-rows] tr").nth(1)
        assert s["log_organisation"] + ": " in first.evaluate(
            "tr => [...tr.cells].map(td => getComputedStyle(td, '::before').content.replace(/^\"|\"$/g, '')"
            " + td.textContent).join('|')")
        violations = axe(page)
        assert not violations, format_violations(violations)


def test_two_interviews_are_kept_apart_and_the_next_interview_is_a_third(page: Page,
                                                                         base_url: str) -> None:
    """Nothing typed for one interview appears in, or changes, another (issue 9, item 1)."""
    s = debrief()
    page.goto(base_url + PAGE)
    details = page.locator(".sr-thanks")
    details.get_by_label("Organisation").fill("Umbrella Corp")
    details.get_by_label("Role", exact=True).fill("Marketing Assistant")
    page.get_by_label(s["how_it_went"]).fill("Umbrella: long panel, friendly.")
    page.get_by_role("button", name=s["interview_new"]).click()
    expect(details.get_by_label("Organisation")).to_have_value("")
    expect(page.get_by_label(s["how_it_went"])).to_have_value("")
    details.get_by_label("Organisation").fill("Northbridge Housing Trust")
    page.get_by_label(s["how_it_went"]).fill("Northbridge: short, technical.")
    assert "Northbridge Housing Trust" in page.get_by_label(s["thanks_draft"]).input_value()

    # The checklists' next interview is its own: typing there changes no thank-you draft.
    page.goto(base_url + "checklists/")
    plan = page.locator(".sr-checklist")
    expect(plan.get_by_label("Organisation")).to_have_value("")
    plan.get_by_label("Organisation").fill("Initech")
    page.goto(base_url + PAGE)
    choice = page.get_by_label(s["interview_choice"])
    expect(choice).to_have_value(stored(page, "interviews")["current"])
    assert "Northbridge Housing Trust" in page.get_by_label(s["thanks_draft"]).input_value()
    assert "Initech" not in page.get_by_label(s["thanks_draft"]).input_value()

    # Back to the first: its own details and notes, and the draft names it.
    choice.select_option(label="Umbrella Corp, Marketing Assistant")
    expect(details.get_by_label("Organisation")).to_have_value("Umbrella Corp")
    expect(page.get_by_label(s["how_it_went"])).to_have_value("Umbrella: long panel, friendly.")
    assert "Marketing Assistant role at Umbrella Corp" in page.get_by_label(s["thanks_draft"]).input_value()
    page.reload()
    expect(details.get_by_label("Organisation")).to_have_value("Umbrella Corp")
    records = stored(page, "interviews")["records"]
    assert [r["details"].get("organisation") for r in records] == ["Umbrella Corp",
                                                                   "Northbridge Housing Trust"]
    assert stored(page, "plan") == {"organisation": "Initech"}


def test_todays_saved_notes_and_details_become_the_first_interview_without_loss(
        page: Page, base_url: str) -> None:
    """Data saved by the version before interview records (one set of notes; the thank-you
    details shared with the checklists' "plan") is moved once, and nothing is lost."""
    s = debrief()
    page.goto(base_url + PAGE)
    old_plan = {"interviewer": "Priya Raman", "organisation": "Northbridge Housing Trust",
                "when": "2026-03-31T16:30", "point": "Two years of tenancy data.", "address": "1 Quay St"}
    old_notes = {"questions": [{"q": "Why us?", "a": "Mission."}], "went": "Well.", "improve": "Pace."}
    page.evaluate("() => localStorage.clear()")
    old_log = [{"date": "2026-03-31", "organisation": "Northbridge Housing Trust", "stage": 1,
                "outcome": "waiting"},
               {"date": "2026-02-10", "organisation": "Acme Ltd", "stage": 0, "outcome": "rejected"}]
    put(page, "plan", old_plan)
    put(page, "notes", old_notes)
    put(page, "log", old_log)
    page.reload()
    details = page.locator(".sr-thanks")
    expect(details.get_by_label("Interviewer's name")).to_have_value("Priya Raman")
    expect(page.get_by_label(s["point"])).to_have_value("Two years of tenancy data.")
    expect(page.get_by_label("Question 1: what they asked")).to_have_value("Why us?")
    expect(page.get_by_label(s["improve"])).to_have_value("Pace.")
    # The log joined the records: Northbridge's entry is the interview written about (same
    # organisation and day), Acme's an interview of its own.
    record, acme = stored(page, "interviews")["records"]
    assert record["notes"] == old_notes
    assert record["details"] == {k: v for k, v in old_plan.items() if k != "address"}
    assert (record["date"], record["stage"], record["outcome"]) == ("2026-03-31", 1, "waiting")
    assert acme["details"] == {"organisation": "Acme Ltd"} and acme["outcome"] == "rejected"
    assert sorted(logged(page) or [], key=lambda e: e["date"]) == sorted(old_log, key=lambda e: e["date"])
    expect(page.locator("[data-rows] tr")).to_have_count(2)
    assert stored(page, "notes") is None and stored(page, "log") is None, "moved, not copied"
    assert stored(page, "plan") == old_plan, "the checklists keep their own copy"
    page.reload()  # once only: a second visit finds the records and changes nothing
    assert stored(page, "interviews")["records"] == [record, acme]


def test_an_interview_written_about_and_logged_is_one_interview(page: Page, base_url: str) -> None:
    """The log lists the interview records: logging the interview just written about fills in
    its record, and taking it out of the log leaves its notes (issue 9, item 1)."""
    s = debrief()
    page.goto(base_url + PAGE)
    details = page.locator(".sr-thanks")
    details.get_by_label("Organisation").fill("Umbrella Corp")
    details.get_by_label("Date and time", exact=True).fill("2026-10-01T10:00")
    page.get_by_label(s["how_it_went"]).fill("Long panel, friendly.")
    add_interview(page, "2026-10-01", "umbrella corp", "First interview", s["outcome_waiting"])
    add_interview(page, "2026-09-12", "Acme Ltd", "First interview", s["outcome_rejected"])
    expect(page.locator("[data-rows] tr")).to_have_count(2)
    records = stored(page, "interviews")["records"]
    assert len(records) == 2, "the Umbrella entry is the interview written about, not a new one"
    assert records[0]["outcome"] == "waiting" and records[0]["notes"]["went"] == "Long panel, friendly."
    # Acme is an interview of its own now, in the list above too.
    choice = page.get_by_label(s["interview_choice"])
    choice.focus()
    expect(choice.locator("option")).to_have_count(2)
    # Out of the log, Umbrella keeps its notes and details; Acme, with nothing else, goes.
    page.get_by_role("button", name=re.compile("Remove: Umbrella Corp")).click()
    page.get_by_role("button", name=re.compile("Remove: Acme Ltd")).click()
    expect(page.locator("[data-rows] tr")).to_have_count(0)
    (left,) = stored(page, "interviews")["records"]
    assert left["notes"]["went"] == "Long panel, friendly." and "outcome" not in left
    expect(page.get_by_label(s["how_it_went"])).to_have_value("Long panel, friendly.")


def test_logging_or_starting_an_interview_first_leaves_no_empty_interview_behind(
        page: Page, base_url: str) -> None:
    """With nothing typed yet, logging an interview or starting another kept the empty record
    the page starts with as "Interview 1", still chosen: notes typed next went to it, not to
    the interview just logged."""
    s = debrief()
    page.goto(base_url + PAGE)
    add_interview(page, "2026-10-01", "LogCo", "First interview", s["outcome_waiting"])
    (record,) = stored(page, "interviews")["records"]
    assert record["details"] == {"organisation": "LogCo"}
    choice = page.get_by_label(s["interview_choice"])
    choice.focus()
    expect(choice.locator("option")).to_have_count(1)
    expect(choice.locator("option:checked")).to_have_text("LogCo")
    page.get_by_label(s["how_it_went"]).fill("Short and friendly.")
    (record,) = stored(page, "interviews")["records"]
    assert record["notes"]["went"] == "Short and friendly." and record["outcome"] == "waiting"

    page.evaluate("() => localStorage.clear()")
    page.reload()
    page.get_by_role("button", name=s["interview_new"]).click()
    assert len(stored(page, "interviews")["records"]) == 1, "one new interview, not an empty one beside it"
    page.get_by_label(s["how_it_went"]).fill("Second one.")
    page.get_by_role("button", name=s["interview_new"]).click()
    records = stored(page, "interviews")["records"]
    assert [r["notes"].get("went") for r in records] == ["Second one.", None], "what was typed stays"


def test_an_interview_emptied_to_be_typed_again_keeps_what_is_typed_next(
        page: Page, base_url: str) -> None:
    """Emptied (its organisation deleted key by key), the chosen interview was dropped on the
    next keystroke, which went to the other interview instead: its organisation and notes were
    overwritten. An empty interview goes only when another is logged, started or chosen."""
    s = debrief()
    page.goto(base_url + PAGE)
    organisation = page.locator(".sr-thanks").get_by_label("Organisation")
    organisation.fill("Acme")
    page.get_by_role("button", name=s["interview_new"]).click()
    organisation.fill("Zeta")
    page.get_by_label(s["how_it_went"]).fill("Zeta went well.")
    choice = page.get_by_label(s["interview_choice"])
    choice.select_option(label="Acme")
    organisation.press("End")
    for _ in "Acme":
        organisation.press("Backspace")
    organisation.press_sequentially("Acme Ltd")
    page.get_by_label(s["how_it_went"]).fill("Acme was short.")
    choice.focus()
    expect(choice.locator("option:checked")).to_have_text("Acme Ltd")
    records = stored(page, "interviews")["records"]
    assert [(r["details"]["organisation"], r["notes"]["went"]) for r in records] == [
        ("Acme Ltd", "Acme was short."), ("Zeta", "Zeta went well.")]

    # Emptied and left for another, it goes; so does a note typed and deleted before logging.
    organisation.fill("")
    page.get_by_label(s["how_it_went"]).fill("")
    choice.select_option(label="Zeta")
    assert [r["details"]["organisation"] for r in stored(page, "interviews")["records"]] == ["Zeta"]
    page.evaluate("() => localStorage.clear()")
    page.reload()
    page.get_by_label(s["how_it_went"]).fill("x")
    page.get_by_label(s["how_it_went"]).fill("")
    add_interview(page, "2026-10-01", "LogCo", "First interview", s["outcome_waiting"])
    (record,) = stored(page, "interviews")["records"]
    assert record["details"] == {"organisation": "LogCo"}


def test_a_next_interview_typed_only_in_the_checklists_is_not_taken_for_a_past_one(
        page: Page, base_url: str) -> None:
    page.goto(base_url + PAGE)
    page.evaluate("() => localStorage.clear()")
    put(page, "plan", {"organisation": "Initech", "when": "2026-05-01T09:00"})
    page.reload()
    expect(page.locator(".sr-thanks").get_by_label("Organisation")).to_have_value("")
    assert stored(page, "plan") == {"organisation": "Initech", "when": "2026-05-01T09:00"}


def test_notes_typed_after_an_instant_navigation_from_home_are_kept_for_the_whole_site(
        page: Page, base_url: str) -> None:
    """Material's instant navigation keeps the first page's #__config, whose base is relative
    to that page: the storage keys must still be the site's, or a reload finds nothing."""
    s = debrief()
    enable_instant_navigation(page, base_url)
    page.goto(base_url)
    page.evaluate("window.__sameDocument = true")
    page.locator("nav.md-nav--primary").get_by_role("link", name=s["title"], exact=True).click()
    expect(page).to_have_url(base_url + PAGE)
    assert page.evaluate("window.__sameDocument === true"), "expected an instant (in-page) navigation"
    # No load event after an instant navigation: wait, as a visitor does, for the page's tools.
    expect(page.get_by_role("button", name=s["interview_new"])).to_be_visible()
    page.get_by_label(s["how_it_went"]).fill("Kept after the reload.")
    keys = page.evaluate("() => Object.keys(localStorage)")
    assert storage_key("interviews") in keys, keys
    assert not [key for key in keys if key.startswith("second-round:/after-the-interview/")], keys
    page.reload()
    expect(page.get_by_label(s["how_it_went"])).to_have_value("Kept after the reload.")


def test_what_is_typed_before_the_page_s_script_starts_is_kept(page: Page, base_url: str) -> None:
    """Just after an instant navigation the page takes input a moment before its widgets
    start; the widgets must not overwrite it with what they restore. The script is held back
    here until something is typed and ticked, to make that moment as long as needed."""
    s = debrief()
    page.goto(base_url + PAGE)  # saved notes from an earlier visit
    expect(page.get_by_role("button", name=s["interview_new"])).to_be_visible()
    page.get_by_label(s["how_it_went"]).fill("From before.")
    held: list[Route] = []
    page.route("**/assets/built/log+notes+thanks.js", lambda route: held.append(route))
    page.goto(base_url + PAGE, wait_until="domcontentloaded")
    page.wait_for_function("() => document.querySelector('[data-module=sr-notes]') !== null")
    page.get_by_label(s["how_it_went"]).fill("Typed before the script ran.")
    assert held, "the page's script was not requested"
    held[0].continue_()
    expect(page.get_by_role("button", name=s["interview_new"])).to_be_visible()
    expect(page.get_by_label(s["how_it_went"])).to_have_value("Typed before the script ran.")
    page.unroute("**/assets/built/log+notes+thanks.js")
    page.reload()
    expect(page.get_by_label(s["how_it_went"])).to_have_value("Typed before the script ran.")
