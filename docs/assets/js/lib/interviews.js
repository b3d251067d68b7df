// The interviews a person writes about on "After the interview": one record each (the
// thank-you details and the notes), so nothing typed for one interview appears in, or
// changes, another. The checklists' "next interview" is a record of its own ("plan").
import { store } from "./store.js";
import { isObject, isTextMap } from "./util.js";

const KEY = "interviews";
// The thank-you details that, before records, were kept in the checklists' "plan".
const DETAILS = ["interviewer", "role", "organisation", "when", "decision_date", "point"];
export const MAX_RECORDS = 50;
// Sent on document when the chosen record changes; widgets follow it with util.whileShown.
export const EVENT = "sr:interview";

const isText = (v) => v === undefined || typeof v === "string";
export const isNotes = (v) =>
  isObject(v) &&
  Array.isArray(v.questions) &&
  v.questions.every((p) => isObject(p) && typeof p.q === "string" && typeof p.a === "string") &&
  isText(v.went) &&
  isText(v.improve);
const isRecord = (r) => isObject(r) && typeof r.id === "string" && isTextMap(r.details) && isNotes(r.notes);
export const isInterviews = (v) =>
  isObject(v) && typeof v.current === "string" && Array.isArray(v.records) &&
  v.records.length > 0 && v.records.length <= MAX_RECORDS && v.records.every(isRecord);

const newRecord = () => ({
  id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
  details: {},
  notes: { questions: [] },
});

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
  if (st.write(KEY, data) && notes) st.remove("notes");
  return data;
}

export function interviews() {
  const st = store();
  const data = st.read(KEY, isInterviews, null) ?? fromOldLayout(st);
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

// Makes the record with this id the chosen one, or a new empty record if there is no id
// (the oldest goes once there are MAX_RECORDS), and tells the widgets.
function setChosen(data, id) {
  data.current = id;
  store().write(KEY, data);
  document.dispatchEvent(new CustomEvent(EVENT));
}
export function choose(id) {
  const data = interviews();
  if (data.records.some((r) => r.id === id)) setChosen(data, id);
}
export function startNew() {
  const data = interviews();
  const record = newRecord();
  data.records = [...data.records, record].slice(-MAX_RECORDS);
  setChosen(data, record.id);
}
