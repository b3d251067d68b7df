// When to send the thank-you note (docs/assets/js/widgets/thanks.js): 24 to 48 elapsed hours after
// the interview, as typed on the visitor's own clock; whether a decision date has passed;
// when the calendar reminder is set. Every "now" is a fixed instant, never today.
//
// The visitor's clock is Europe/London, where the site's readers are and where British
// Summer Time starts on 29 March 2026 (01:00 GMT -> 02:00 BST) and ends on 25 October 2026
// (02:00 BST -> 01:00 GMT). scripts/test sets TZ too; it is pinned here as well so that
// `node --test tests/js/` alone gives the same answers on any machine. (Imports are hoisted
// above this line, which is fine: thanks.js makes no Date when it is imported, and the
// first test below proves the zone took effect.)
process.env.TZ = "Europe/London";

import { test } from "node:test";
import assert from "node:assert/strict";
import { dayHasPassed, followUpWindow, reminderTime, windowState } from "../../docs/assets/js/widgets/thanks.js";

const HOUR = 3600 * 1000;
const iso = (date) => date.toISOString();
const local = (date) => `${date.getHours()}:${String(date.getMinutes()).padStart(2, "0")}`;

test("the tests really run on London time (winter GMT, summer BST)", () => {
  assert.equal(new Date(2026, 0, 15, 12).getTimezoneOffset(), 0);
  assert.equal(new Date(2026, 6, 15, 12).getTimezoneOffset(), -60);
});

test("the window opens 24 hours and closes 48 hours after the interview", () => {
  const span = followUpWindow("2026-12-03T10:00");
  assert.equal(iso(span.interview), "2026-12-03T10:00:00.000Z");
  assert.equal(iso(span.start), "2026-12-04T10:00:00.000Z");
  assert.equal(iso(span.end), "2026-12-05T10:00:00.000Z");
  assert.equal(iso(followUpWindow("2026-12-03T10:00:30").interview), "2026-12-03T10:00:30.000Z");
});

test("across the clocks going forward, 24 elapsed hours end an hour later on the wall clock", () => {
  // 15:00 GMT on Saturday 28 March; the clocks go forward that night.
  const span = followUpWindow("2026-03-28T15:00");
  assert.equal(iso(span.interview), "2026-03-28T15:00:00.000Z");
  assert.equal(iso(span.start), "2026-03-29T15:00:00.000Z");
  assert.equal(local(span.start), "16:00");
  assert.equal(iso(span.end), "2026-03-30T15:00:00.000Z");
  assert.equal(span.end - span.start, 24 * HOUR);
});

test("across the clocks going back, 24 elapsed hours end an hour earlier on the wall clock", () => {
  // 15:00 BST (14:00 UTC) on Saturday 24 October; the clocks go back that night.
  const span = followUpWindow("2026-10-24T15:00");
  assert.equal(iso(span.interview), "2026-10-24T14:00:00.000Z");
  assert.equal(iso(span.start), "2026-10-25T14:00:00.000Z");
  assert.equal(local(span.start), "14:00");
});

test("no window for a time that is missing or not a real date and time", () => {
  for (const value of [undefined, null, "", "2026-12-03", "2026-12-03 10:00", "2026-02-30T10:00",
    "2026-13-01T10:00", "2026-12-32T10:00", "2026-02-29T10:00", "tomorrow"]) {
    assert.equal(followUpWindow(value), null, String(value));
  }
  assert.notEqual(followUpWindow("2028-02-29T10:00"), null, "a leap day is a real date");
});

test("before, inside and after the window, with its edges", () => {
  const span = followUpWindow("2026-12-02T15:30");
  const at = (text) => windowState(span, new Date(text));
  assert.equal(at("2026-12-03T15:29:59.999Z"), "before");
  assert.equal(at("2026-12-03T15:30:00.000Z"), "inside", "the window opens on the hour");
  assert.equal(at("2026-12-03T17:00:00.000Z"), "inside");
  assert.equal(at("2026-12-04T15:29:59.999Z"), "inside");
  assert.equal(at("2026-12-04T15:30:00.000Z"), "after", "and is closed at its end");
});

test("a decision date has passed once that whole day is over on the visitor's clock", () => {
  const now = new Date(2026, 11, 3, 17, 0); // 17:00 on Thursday 3 December
  assert.equal(dayHasPassed("2026-12-02", now).passed, true);
  assert.equal(dayHasPassed("2026-12-03", now).passed, false, "today has not passed yet");
  assert.equal(dayHasPassed("2026-12-10", now).passed, false);
  assert.equal(dayHasPassed("2026-12-03", new Date(2026, 11, 3, 23, 59, 59, 999)).passed, false);
  assert.equal(dayHasPassed("2026-12-03", new Date(2026, 11, 4, 0, 0)).passed, true);
  const { date } = dayHasPassed("2026-12-02", now);
  assert.deepEqual([date.getFullYear(), date.getMonth(), date.getDate()], [2026, 11, 2]);
});

test("the short day the clocks go forward ends at local midnight, 23 hours after it began", () => {
  // Sunday 29 March 2026 runs from 00:00 GMT to 00:00 BST on Monday, which is 23:00 UTC.
  assert.equal(dayHasPassed("2026-03-29", new Date("2026-03-29T22:59:59.999Z")).passed, false);
  assert.equal(dayHasPassed("2026-03-29", new Date("2026-03-29T23:00:00.000Z")).passed, true);
  // The long day the clocks go back (25 October) lasts 25 hours: it ends at 00:00 UTC on the 26th.
  assert.equal(dayHasPassed("2026-10-25", new Date("2026-10-25T23:30:00.000Z")).passed, false);
  assert.equal(dayHasPassed("2026-10-25", new Date("2026-10-26T00:00:00.000Z")).passed, true);
});

test("no answer for a decision date that is missing or not a real date", () => {
  for (const value of [undefined, "", "2026-02-30", "2026-13-01", "3 December", "2026-12-03T10:00"]) {
    assert.equal(dayHasPassed(value, new Date(2026, 11, 3)), null, String(value));
  }
});

test("before the window the reminder is set for its opening, even across the clock change", () => {
  // The evening of the interview, 19:00 on 28 March: the reminder is 24 hours after 15:00 GMT.
  const span = followUpWindow("2026-03-28T15:00");
  assert.equal(iso(reminderTime(span, new Date("2026-03-28T19:00:00Z"))), "2026-03-29T15:00:00.000Z");
});

test("inside the window the reminder is set ten minutes ahead of now, so never in the past", () => {
  const span = followUpWindow("2026-12-02T15:30");
  const now = new Date(2026, 11, 3, 17, 0);
  assert.equal(iso(reminderTime(span, now)), "2026-12-03T17:10:00.000Z");
  // Less than ten minutes before the window closes there is no moment left for a reminder.
  assert.equal(reminderTime(span, new Date("2026-12-04T15:20:00.000Z")), null);
  assert.equal(iso(reminderTime(span, new Date("2026-12-04T15:19:59.999Z"))), "2026-12-04T15:29:59.999Z");
});

test("after the window no reminder is made", () => {
  const span = followUpWindow("2026-11-23T10:00");
  assert.equal(reminderTime(span, new Date(2026, 11, 3, 17, 0)), null);
  assert.equal(reminderTime(span, span.end), null);
});
