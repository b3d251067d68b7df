"""Saved data is never lost or falsely reported as saved.

Every refused import leaves the stored data byte for byte as it was; "saved" is said only
when a write really reached the device; what a newer version of the site stored survives
a visit from an older one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from ..site_texts import site_texts
from .conftest import one_page_per_template, site_dir_path, site_pages, translation_dirs
from .helpers import (
    NOT_STARTED,
    answer,
    hold_back_scripts,
    put,
    put_raw,
    raw_storage,
    reasons,
    storage_key,
    stored,
)
from .quiz_expect import ASSESSMENT, RESULTS
from .test_debrief import PAGE as DEBRIEF
from .test_debrief import add_interview

# Every write to localStorage fails, as when the browser's storage quota is used up.
FULL_STORAGE = """
Storage.prototype.setItem = function () {
  throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
};
"""


def texts() -> dict[str, str]:
    """The assessment's interface texts, as the build reads them from quiz/site.yml."""
    return site_texts().assessment.model_dump()


def debrief() -> dict[str, Any]:
    return site_texts().debrief.model_dump()


def checklist_texts() -> dict[str, str]:
    return site_texts().checklists.model_dump()


def first_question() -> tuple[str, str, int]:
    reason = reasons()[0]
    question = reason["questions"][0]
    return reason["id"], question["id"], len(question["options"])


def radio(reason_id: str, question_id: str, option: int) -> str:
    return f"#{reason_id}--{question_id}--{option}"


def open_with_one_answer(page: Page, base_url: str) -> dict[str, str]:
    """One answer given on the assessment, then the results page, where files are loaded;
    returns the raw storage."""
    rid, qid, _ = first_question()
    page.goto(base_url + ASSESSMENT)
    expect(page.locator("html.sr-js")).to_have_count(1)
    answer(page, rid, qid, 1)
    before = raw_storage(page)
    assert any(key.endswith(":answers") for key in before)
    page.goto(base_url + RESULTS)
    expect(page.locator("html.sr-js")).to_have_count(1)
    return before


def import_answers(page: Page, tmp_path: Path, name: str, content: str | bytes) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    page.locator("#sr-import").set_input_files(path)


def answers_file(answers: Any, history: Any = None) -> str:
    return json.dumps({"app": "second-round", "v": 1, "answers": answers, "history": history or []})


def refused_answer_files() -> dict[str, tuple[str | bytes, str]]:
    rid, qid, options = first_question()
    return {
        "unknown ids": (answers_file({"no-such-reason": {"q": 1}, rid: {"no-such-question": 0}}),
                        "load_nothing"),
        "out of range": (answers_file({rid: {qid: options}}), "load_nothing"),
        "not whole numbers": (answers_file({rid: {qid: 1.5}}), "load_nothing"),
        "unsafe keys": ('{"app": "second-round", "v": 1, "answers": {"__proto__": {"x": 1},'
                        ' "constructor": {"prototype": 1}}}', "load_nothing"),
        "another app": (json.dumps({"app": "something-else", "v": 1, "answers": {rid: {qid: 0}}}),
                        "load_bad"),
        "not JSON": ("answers: yes", "load_bad"),
        "far too large": (b" " * 300_000 + answers_file({rid: {qid: 0}}).encode(), "load_too_big"),
    }


@pytest.mark.parametrize("case", list(refused_answer_files()))
def test_a_refused_answers_file_changes_nothing(page: Page, base_url: str, tmp_path: Path, case: str) -> None:
    content, message = refused_answer_files()[case]
    before = open_with_one_answer(page, base_url)
    import_answers(page, tmp_path, "answers.json", content)
    expect(page.locator("[data-sr-message]")).to_have_text(texts()[message])
    assert raw_storage(page) == before
    page.goto(base_url + ASSESSMENT)
    rid, qid, _ = first_question()
    expect(page.locator(radio(rid, qid, 1))).to_be_checked()


def test_an_import_keeps_what_fits_and_leaves_out_the_rest(
        page: Page, base_url: str, tmp_path: Path) -> None:
    rid, qid, options = first_question()
    second = reasons()[1]
    q2 = second["questions"][0]["id"]
    open_with_one_answer(page, base_url)
    good_day = "2020-01-20T10:00:00.000Z"
    history = [{"d": "not a date", "s": {rid: 50}}, {"d": "2026-02-31T10:00:00.000Z", "s": {rid: 10}},
               {"d": good_day, "s": {rid: 40, "no-such-reason": 7}}]
    import_answers(page, tmp_path, "mixed.json",
                   answers_file({rid: {qid: 0, "gone": 2}, second["id"]: {q2: options + 5}}, history))
    expect(page.locator("[data-sr-message]")).to_have_text(texts()["loaded"])
    stored = json.loads(next(v for k, v in raw_storage(page).items() if k.endswith(":answers")))
    assert stored == {"v": 1, "data": {rid: {qid: 0}}}
    kept = json.loads(next(v for k, v in raw_storage(page).items() if k.endswith(":history")))["data"]
    # The good entry joins (without the unknown reason); this import's own result follows it.
    assert kept[0] == {"d": good_day, "s": {rid: 40}}
    assert [entry["d"] for entry in kept[1:]] != [] and all(e["d"] > good_day for e in kept[1:])
    assert not any(entry["d"] in ("not a date", "2026-02-31T10:00:00.000Z") for entry in kept)


def test_loading_a_file_adds_to_the_answers_kept_and_never_wipes_them(
        page: Page, base_url: str, tmp_path: Path) -> None:
    """A file holding one reason's answers, loaded where ten reasons are answered: the other
    reasons' answers stay, and where both have an answer the file's is taken (it once left
    only the file's one reason)."""
    everything = {r["id"]: {q["id"]: 1 for q in r["questions"]} for r in reasons()}
    rid, qid, _ = first_question()
    page.goto(base_url + RESULTS)
    put(page, "answers", everything)
    page.reload()
    expect(page.locator("html.sr-js")).to_have_count(1)
    import_answers(page, tmp_path, "one.json", answers_file({rid: {qid: 0}}))
    expect(page.locator("[data-sr-message]")).to_have_text(texts()["loaded"])
    assert stored(page) == {**everything, rid: {**everything[rid], qid: 0}}


def test_a_history_entry_that_is_not_a_date_is_left_out(page: Page, base_url: str) -> None:
    rid, qid, _ = first_question()
    page.goto(base_url + RESULTS)
    put_raw(page, "answers", {"v": 1, "data": {rid: {qid: 1}}})
    put_raw(page, "history", {"v": 1, "data": [{"d": "2026-11-20T10:00:00.000Z", "s": {rid: 0}},
                                                {"d": "yesterday", "s": {rid: 100}}]})
    page.reload()
    table = page.locator("[data-sr-out] table")
    expect(table).to_be_visible()
    expect(table).not_to_contain_text("Invalid Date")
    header = table.locator("th").nth(3)
    expect(header).to_contain_text("2026")


def test_storage_full_keeps_what_was_saved_and_never_says_saved(
        page: Page, base_url: str, tmp_path: Path) -> None:
    rid, qid, _ = first_question()
    before = open_with_one_answer(page, base_url)
    page.add_init_script(FULL_STORAGE)
    page.goto(base_url + ASSESSMENT)
    # What was saved before still shows, and the page says plainly that nothing new is kept.
    expect(page.locator(radio(rid, qid, 1))).to_be_checked()
    expect(page.locator("[data-sr-store]")).to_have_text(texts()["full"])
    answer(page, rid, qid, 0)
    expect(page.locator("[data-sr-store]")).not_to_contain_text(texts()["saved"])

    page.goto(base_url + RESULTS)
    expect(page.locator("[data-sr-store]")).to_have_text(texts()["full"])
    import_answers(page, tmp_path, "answers.json", answers_file({rid: {qid: 2}}))
    expect(page.locator("[data-sr-message]")).to_have_text(texts()["not_saved"])
    # The loaded answers are shown for this visit, though the device would not keep them.
    expect(page.locator("table.sr-table tbody tr").first).to_contain_text(texts()["early_label"])
    assert raw_storage(page) == before


def test_data_from_a_newer_version_survives_a_visit(page: Page, base_url: str) -> None:
    rid, qid, _ = first_question()
    page.goto(base_url + ASSESSMENT)
    newer = {"v": 99, "data": {"format": "from the future", rid: {qid: 0}}}
    put_raw(page, "answers", newer)
    before = raw_storage(page)
    page.reload()
    expect(page.locator("[data-sr-store]")).to_have_text(texts()["newer"])
    answer(page, rid, qid, 2)
    assert raw_storage(page) == before

    page.goto(base_url + DEBRIEF)
    put_raw(page, "log", {"v": 99, "data": {"interviews": "elsewhere"}})
    kept = raw_storage(page)
    page.reload()
    expect(page.locator(".sr-log [data-status]")).to_contain_text(checklist_texts()["newer"])
    assert raw_storage(page) == kept


def log_file(entries: list[dict[str, Any]]) -> str:
    return json.dumps({"kind": "second-round/interview-log", "v": 1, "entries": entries})


GOOD_ENTRY = {"date": "2026-10-01", "organisation": "Acme Ltd", "stage": 0, "outcome": "rejected"}


def open_log_with_one_entry(page: Page, base_url: str) -> dict[str, str]:
    page.goto(base_url + DEBRIEF)
    put_raw(page, "log", {"v": 1, "data": [GOOD_ENTRY]})
    page.reload()
    expect(page.locator("[data-rows] tr")).to_have_count(1)
    return raw_storage(page)


def import_log(page: Page, tmp_path: Path, content: str) -> None:
    path = tmp_path / "log.json"
    path.write_text(content, encoding="utf-8")
    page.get_by_label(debrief()["import_label"]).set_input_files(path)


@pytest.mark.parametrize("case", ["impossible date", "unknown stage", "not a log", "too many"])
def test_a_refused_log_file_changes_nothing(page: Page, base_url: str, tmp_path: Path, case: str) -> None:
    s = debrief()
    bad = {
        "impossible date": (log_file([{**GOOD_ENTRY, "date": "2024-13-45", "organisation": "Bad Co"}]),
                            s["import_bad"]),
        "unknown stage": (log_file([{**GOOD_ENTRY, "stage": 99}]), s["import_bad"]),
        "not a log": (json.dumps({"kind": "something-else", "v": 1, "entries": [GOOD_ENTRY]}),
                      s["import_bad"]),
        "too many": (log_file([{**GOOD_ENTRY, "organisation": f"Company {n}"} for n in range(60_000)]),
                     s["import_too_big"].format(limit=500)),
    }
    content, message = bad[case]
    before = open_log_with_one_entry(page, base_url)
    import_log(page, tmp_path, content)
    expect(page.locator(".sr-log [data-status]")).to_have_text(message)
    assert raw_storage(page) == before
    page.reload()
    expect(page.locator("[data-rows] tr")).to_have_count(1)


def test_a_log_import_leaves_out_bad_entries_and_says_how_many(
        page: Page, base_url: str, tmp_path: Path) -> None:
    s = debrief()
    open_log_with_one_entry(page, base_url)
    entries = [{**GOOD_ENTRY, "date": "2026-11-02", "organisation": "Borough Council"},
               {**GOOD_ENTRY, "date": "2024-13-45", "organisation": "Bad Co"},
               {**GOOD_ENTRY, "date": "2024-02-30", "organisation": "Rolled Over Ltd"}]
    import_log(page, tmp_path, log_file(entries))
    expect(page.locator(".sr-log [data-status]")).to_have_text(
        f"{s['imported']} {s['import_partly'].format(count=2)}")
    rows = page.locator("[data-rows] tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(1)).to_contain_text("Borough Council")


def test_a_stored_log_with_a_bad_date_still_opens(page: Page, base_url: str) -> None:
    page.goto(base_url + DEBRIEF)
    put_raw(page, "log", {"v": 1, "data": [GOOD_ENTRY, {**GOOD_ENTRY, "date": "2024-13-45"}]})
    page.reload()
    rows = page.locator("[data-rows] tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Acme Ltd")
    expect(page.locator(".sr-log [data-status]")).to_contain_text(checklist_texts()["dropped"])
    # The good entry joined the interview records; the old key went.
    records = json.loads(raw_storage(page)[storage_key("interviews")])["data"]["records"]
    assert [(r.get("date"), r["details"].get("organisation"), r.get("stage"), r.get("outcome"))
            for r in records if "outcome" in r] == [(GOOD_ENTRY["date"], GOOD_ENTRY["organisation"],
                                                     GOOD_ENTRY["stage"], GOOD_ENTRY["outcome"])]
    assert storage_key("log") not in raw_storage(page)


@pytest.mark.parametrize("path", [ASSESSMENT, DEBRIEF])
def test_saved_is_never_shown_where_nothing_can_be_kept_even_before_the_scripts_start(
        page: Page, blocked_page: Page, base_url: str, path: str) -> None:
    saved = "[data-saved], [data-sr-store]"
    hold_back_scripts(page)
    page.goto(base_url + path)
    expect(page.locator(saved).first).to_be_visible()  # storage works: the note is there at once
    hold_back_scripts(blocked_page)
    blocked_page.goto(base_url + path)
    expect(blocked_page.locator(saved).first).to_be_hidden()
    blocked_page.unroute("**/assets/js/main.js")
    blocked_page.reload()
    if path == ASSESSMENT:  # the quiz's note says why nothing is kept once its widget starts
        expect(blocked_page.locator("[data-sr-store]")).to_have_text(site_texts().assessment.blocked)
    else:
        expect(blocked_page.locator("[data-saved]")).to_be_hidden()


def test_a_plan_notes_and_a_log_without_answers_can_still_be_wiped(page: Page, base_url: str) -> None:
    """Someone who only filled in the plan and After the interview had no way to wipe them:
    the one button that does it showed only once a question was answered, and its warning
    spoke of answers and results only."""
    page.goto(base_url + "checklists/")
    page.get_by_label("Organisation", exact=True).fill("Acme Ltd")
    page.goto(base_url + DEBRIEF)
    page.get_by_label("How it went").fill("Nervous at the start")
    add_interview(page, "2026-11-02", "Acme Ltd", "First interview", debrief()["outcome_rejected"])
    assert raw_storage(page), "the plan, notes and log are kept"
    page.goto(base_url + RESULTS)
    page.get_by_role("button", name=texts()["forget"]).click()
    warning = page.locator("#sr-confirm-text").inner_text().lower()
    for what in (checklist_texts()["plan_title"], debrief()["log_heading"]):
        assert what.lower().removeprefix("your ") in warning, f"the warning names {what!r}"
    page.get_by_role("button", name=texts()["forget_yes"]).click()
    assert raw_storage(page) == {}
    expect(page.get_by_role("button", name=texts()["forget"])).to_be_hidden()


def test_a_visit_that_types_nothing_keeps_nothing(page: Page, base_url: str) -> None:
    """Opening every kind of page, with its widgets started, and typing nothing leaves
    nothing on the device: After the interview used to keep an empty interview record, so
    a mere visit showed "Forget my data" and left a trace on a shared computer."""
    site = site_dir_path()
    languages = translation_dirs(site)
    kinds = one_page_per_template(site_pages(site), languages)
    visited = [p for p in kinds if p.split("/")[0] not in languages]
    assert DEBRIEF + "index.html" in visited and len(visited) >= 8, visited
    for page_path in visited:
        page.goto(base_url + page_path.removesuffix("index.html"))
        page.wait_for_load_state("load")
        expect(page.locator(NOT_STARTED)).to_have_count(0)
        assert raw_storage(page) == {}, f"visiting {page_path} kept something"
    page.goto(base_url + RESULTS)
    expect(page.get_by_role("button", name=texts()["forget"])).to_be_hidden()
