// Checks shared by the widgets (docs/assets/js/lib/util.js), the interview records'
// (lib/interviews.js) and the interview log's own (widgets/log.js): what counts as a real
// date, a readable log entry, and the "same stage keeps ending in a rejection" pattern the
// log points out.
import { test } from "node:test";
import assert from "node:assert/strict";
import { isCalendarDate } from "../../docs/assets/js/lib/util.js";
import { OUTCOMES, isEntry } from "../../docs/assets/js/lib/interviews.js";
import { pattern } from "../../docs/assets/js/widgets/log.js";

test("only a real calendar day in YYYY-MM-DD passes as a date", () => {
  for (const day of ["2026-12-03", "2024-02-29", "2000-02-29", "1999-12-31"]) assert.equal(isCalendarDate(day), true, day);
  for (const day of ["2024-02-30", "2023-02-29", "1900-02-29", "2024-13-45", "2024-00-10", "2024-04-31",
    "2024-1-5", "24-01-05", " 2024-01-05", "2024-01-05T00:00", "2024/01/05", "", null, undefined, 20240105]) {
    assert.equal(isCalendarDate(day), false, String(day));
  }
});

const good = { date: "2026-11-20", organisation: "Acme Ltd", stage: 1, outcome: "rejected" };

test("a log entry needs a real date, a short organisation, a stage number and a known outcome", () => {
  assert.equal(isEntry(good), true);
  for (const outcome of OUTCOMES) assert.equal(isEntry({ ...good, outcome }), true, outcome);
  assert.equal(isEntry({ ...good, organisation: "x".repeat(200) }), true);
  for (const [field, value] of [["date", "2026-02-31"], ["date", "yesterday"], ["organisation", "x".repeat(201)],
    ["organisation", 5], ["stage", -1], ["stage", 1.5], ["stage", "1"], ["outcome", "ghosted"], ["outcome", undefined]]) {
    assert.equal(isEntry({ ...good, [field]: value }), false, `${field} = ${String(value).slice(0, 20)}`);
  }
  assert.equal(isEntry(null), false);
  assert.equal(isEntry([good]), false);
});

const at = (stage, outcome = "rejected") => ({ ...good, stage, outcome });

test("the log points out a stage only once it ended in a rejection at least twice", () => {
  assert.equal(pattern([]), null);
  assert.equal(pattern([at(1)]), null);
  assert.equal(pattern([at(1), at(2), at(3, "offer")]), null);
  assert.equal(pattern([at(2, "waiting"), at(2, "withdrew"), at(2, "offer")]), null, "only rejections count");
  assert.deepEqual(pattern([at(2), at(0), at(2, "offer"), at(2)]), { stage: 2, count: 2 });
});

test("the stage with the most rejections wins; on a tie, the earlier stage", () => {
  assert.deepEqual(pattern([at(0), at(0), at(3), at(3), at(3)]), { stage: 3, count: 3 });
  assert.deepEqual(pattern([at(3), at(3), at(1), at(1)]), { stage: 1, count: 2 });
});

test("an interview's format goes into its log entry and back onto a record only when it is a known one", async () => {
  const { FORMATS, entry, logEntry } = await import("../../docs/assets/js/lib/interviews.js");
  const record = (details) => ({ id: "a", details, notes: { questions: [] }, date: good.date, stage: 1, outcome: "rejected" });
  assert.equal(entry(record({ organisation: "Acme Ltd", format: "video" })).format, "video");
  assert.equal(entry(record({ organisation: "Acme Ltd", format: "" })).format, undefined, "not decided yet");
  assert.equal(entry(record({ organisation: "Acme Ltd", format: "hologram" })).format, undefined);
  for (const format of FORMATS) {
    const data = { current: "x", records: [] };
    assert.equal(logEntry(data, { ...good, format }), true);
    assert.equal(data.records[0].details.format, format);
  }
  const data = { current: "x", records: [] };
  logEntry(data, { ...good, format: "hologram" });
  assert.deepEqual(data.records[0].details, { organisation: good.organisation });
});
