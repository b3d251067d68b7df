// The same deadline arithmetic as thanks.test.mjs on a clock that changes on other days:
// America/New_York (EDT from 8 March 2026, EST again from 1 November 2026), the second zone
// the browser tests in tests/browser/test_dates.py use. A separate file because node --test
// runs each file in its own process, so each can pin its own zone.
process.env.TZ = "America/New_York";

import { test } from "node:test";
import assert from "node:assert/strict";
import { dayHasPassed, followUpWindow, reminderTime } from "../../docs/assets/js/widgets/thanks.js";

const iso = (date) => date.toISOString();

test("the tests really run on New York time", () => {
  assert.equal(new Date(2026, 0, 15, 12).getTimezoneOffset(), 300);
  assert.equal(new Date(2026, 6, 15, 12).getTimezoneOffset(), 240);
});

test("24 elapsed hours across the clocks going back on 1 November", () => {
  // 15:00 EDT (19:00 UTC) on Saturday 31 October; the window opens at 14:00 EST on Sunday.
  const span = followUpWindow("2026-10-31T15:00");
  assert.equal(iso(span.interview), "2026-10-31T19:00:00.000Z");
  assert.equal(iso(span.start), "2026-11-01T19:00:00.000Z");
  assert.equal(span.start.getHours(), 14);
});

test("a decision date passes at local midnight, on the same frozen afternoon as the browser tests", () => {
  const now = new Date(2026, 11, 3, 17, 0); // 17:00 EST on 3 December = 22:00 UTC
  assert.equal(iso(now), "2026-12-03T22:00:00.000Z");
  assert.equal(dayHasPassed("2026-12-02", now).passed, true);
  assert.equal(dayHasPassed("2026-12-03", now).passed, false);
  assert.equal(dayHasPassed("2026-12-10", now).passed, false);
  // 3 December is over at 05:00 UTC on the 4th, not at 00:00 UTC.
  assert.equal(dayHasPassed("2026-12-03", new Date("2026-12-04T04:59:59.999Z")).passed, false);
  assert.equal(dayHasPassed("2026-12-03", new Date("2026-12-04T05:00:00.000Z")).passed, true);
});

test("inside the window the reminder is ten minutes ahead of the local now", () => {
  const span = followUpWindow("2026-12-02T15:30");
  assert.equal(iso(reminderTime(span, new Date(2026, 11, 3, 17, 0))), "2026-12-03T22:10:00.000Z");
  assert.equal(reminderTime(followUpWindow("2026-11-23T10:00"), new Date(2026, 11, 3, 17, 0)), null);
});
