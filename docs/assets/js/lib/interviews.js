// The interviews a person writes about on "After the interview": one record each (the
// thank-you details, the notes, and for the log its day, stage and outcome), so nothing
// typed for one interview appears in, or changes, another. The interview log lists the
// records that have an outcome. The checklists' "next interview" is a record of its own
// ("plan").
import { store } from "./store.js";
import { isCalendarDate, isObject, isTextMap } from "./util.js";

const KEY = "interviews";
// The thank-you details that, before records, were kept in the checklists' "plan".
const DETAILS = ["interviewer", "role", "organisation", "when", "decision_date", "point"];
// A person logs a few dozen interviews, not thousands: more than this is refused, not half-kept.
export const MAX_RECORDS = 500;
export const OUTCOMES = ["waiting", "rejected", "offer", "withdrew"];
// The interview formats a record's details.format may hold (schema/reason.py FORMATS);
// "" or none is "not decided yet".
export const FORMATS = ["in-person", "video", "phone", "recorded"];
const MAX_TEXT = 200;
// Sent on document when the chosen record changes; widgets follow it with util.whileShown.
export const EVENT = "sr:interview";

const isText = (v) => v === undefined || typeof v === "string";
export const isNotes = (v) =>
  isObject(v) &&
  Array.isArray(v.questions) &&
  v.questions.every((p) => isObject(p) && typeof p.q === "string" && typeof p.a === "string") &&
  isText(v.went) &&
  isText(v.improve);
// A log entry: the day, the organisation, the stage reached (an index) and the outcome.
export const isEntry = (e) =>
  isObject(e) && isCalendarDate(e.date) && typeof e.organisation === "string" && e.organisation.length <= MAX_TEXT &&
  Number.isInteger(e.stage) && e.stage >= 0 && OUTCOMES.includes(e.outcome);
const isRecord = (r) => isObject(r) && typeof r.id === "string" && isTextMap(r.details) && isNotes(r.notes);
export const isInterviews = (v) =>
  isObject(v) && typeof v.current === "string" && Array.isArray(v.records) &&
  v.records.length > 0 && v.records.length <= MAX_RECORDS && v.records.every(isRecord);

const newRecord = () => ({
  id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
  details: {},
  notes: { questions: [] },
});

// A record as a row of the log: its own day, or the day of the interview's date and time,
// and its format when one was chosen (so it goes out with an export and comes back).
export const entry = (r) => ({
  date: r.date ?? r.details.when?.slice(0, 10), organisation: r.details.organisation ?? "", stage: r.stage, outcome: r.outcome,
  format: FORMATS.includes(r.details.format) ? r.details.format : undefined,
});
const same = (a, b) => a.date === b.date && a.organisation.trim().toLowerCase() === b.organisation.trim().toLowerCase();

// Logs an interview: on the record of the same organisation and day that is not logged yet
// (the one written about above, say), else on a new record. Returns false when full.
export function logEntry(data, e) {
  const found = data.records.find((r) => r.outcome === undefined && same(entry(r), e));
  if (!found && data.records.length >= MAX_RECORDS) return false;
  const record = found ?? newRecord();
  if (!found) data.records.push(record);
  record.details.organisation ||= e.organisation;
  if (FORMATS.includes(e.format)) record.details.format ||= e.format;
  Object.assign(record, { date: e.date, stage: e.stage, outcome: e.outcome });
  return true;
}

// A record with nothing typed in it (details: the ones that count) and not in the log. The
// notes keep their empty printed questions once touched: those count as nothing typed.
const blank = (r, details = r.details) =>
  r.outcome === undefined && !Object.values(details).some(Boolean) && !r.notes.questions.some((p) => p.q || p.a) &&
  !r.notes.went && !r.notes.improve;

// Takes a record out of the log. Its notes and details stay, unless it held nothing else.
export function unlog(data, id) {
  const record = data.records.find((r) => r.id === id);
  if (!record) return;
  delete record.date;
  delete record.stage;
  delete record.outcome;
  const { organisation, ...rest } = record.details;
  if (blank(record, rest) && data.records.length > 1) data.records = data.records.filter((r) => r !== record);
}

// The log kept apart before records ("log") joins them once, then goes; a log written by a
// newer version of the site is left alone (the store reads it as nothing and says so).
// Entries that went bad (written by an older version) leave the log on their own, with the
// notice the page shows for dropped data; the rest, and every note, stays.
function withOldLog(st, data) {
  const saved = st.read("log", Array.isArray, null);
  const log = saved ?? [];
  const broken = data.records.filter((r) => r.outcome !== undefined && !isEntry(entry(r)));
  broken.forEach((r) => unlog(data, r.id));
  if ((broken.length || log.some((e) => !isEntry(e))) && !st.dropped.includes("log")) st.dropped.push("log");
  if (!saved && !broken.length) return data;
  for (const e of log.filter(isEntry).slice(-MAX_RECORDS)) logEntry(data, e);
  if (st.write(KEY, tidy(data))) st.remove("log");
  return data;
}

// The layout before records: one set of notes, and the thank-you details in "plan".
// They become the first record; "plan" is left whole, as the checklists' own copy, and
// the old notes go only once the record is really kept. A "plan" that only the checklists
// wrote (no notes, none of the thank-you's own fields) is the next interview: not copied.
function fromOldLayout(st) {
  const plan = st.read("plan", isTextMap, {});
  const notes = st.read("notes", isNotes, null);
  const record = newRecord();
  const debriefed = notes || "point" in plan || "decision_date" in plan;
  for (const name of DETAILS) if (debriefed && plan[name]) record.details[name] = plan[name];
  if (notes) record.notes = notes;
  const data = { current: record.id, records: [record] };
  // With nothing to carry over, nothing is kept until something is typed: a visit alone
  // leaves no trace on the device (the first change() writes the record).
  if (debriefed && st.write(KEY, data) && notes) st.remove("notes");
  return data;
}

export function interviews() {
  const st = store();
  return tidy(withOldLog(st, st.read(KEY, isInterviews, null) ?? fromOldLayout(st)));
}

// An empty record is not kept beside others (the last one, just started, excepted): the one
// a first visit starts with stayed as an empty "Interview 1", chosen, so notes typed after
// logging or starting an interview went to it. The chosen one is then one that exists.
// Only a change to the records as a whole (log, start, choose) drops the chosen one: while it
// is being typed in, emptied to be typed again, the next keystroke must still go to it, not
// overwrite another interview.
function tidy(data, chosenToo) {
  data.records = data.records.filter((r, i, all) =>
    i === all.length - 1 || (!chosenToo && r.id === data.current) || !blank(r));
  if (!data.records.some((r) => r.id === data.current)) data.current = data.records.at(-1).id;
  return data;
}

export const chosen = (data = interviews()) => data.records.find((r) => r.id === data.current);

// Changes the chosen record; returns whether it was kept.
export function change(edit) {
  const data = interviews();
  edit(chosen(data));
  return store().write(KEY, data);
}

// Changes the records as a whole (the log); the widgets follow. Returns whether it was kept.
export function changeAll(edit) {
  const data = interviews();
  edit(data);
  tidy(data, true);
  const kept = store().write(KEY, data);
  document.dispatchEvent(new CustomEvent(EVENT));
  return kept;
}

// Makes the record with this id the chosen one, or a new empty record (the oldest goes once
// there are MAX_RECORDS); changeAll tells the widgets.
export function choose(id) {
  changeAll((data) => {
    if (data.records.some((r) => r.id === id)) data.current = id;
  });
}
export function startNew() {
  changeAll((data) => {
    const record = newRecord();
    data.records = [...data.records, record].slice(-MAX_RECORDS);
    data.current = record.id;
  });
}
