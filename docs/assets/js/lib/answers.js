// The visitor's answers: checked against the widget's model, kept in the store, put in links.
import { applies, validAnswers } from "./scoring.js";
import { store } from "./store.js";
import { isCalendarDate, isObject, storageState } from "./util.js";

export const esc = (text) =>
  String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Own keys only: a file's "__proto__" or "constructor" is never mistaken for an answer.
const own = (object, key) => isObject(object) && Object.hasOwn(object, key) ? object[key] : undefined;

// Only the answers today's questions can take (the content may have changed since): unknown
// reasons and questions, out-of-range values and anything that is not a whole number are left out.
export function clean(model, answers) {
  const out = {};
  for (const r of model.reasons) {
    for (const q of r.questions) {
      const i = own(own(answers, r.id), q.id);
      if (Number.isInteger(i) && i >= 0 && i < q.weights.length) (out[r.id] ??= {})[q.id] = i;
    }
  }
  return out;
}

// Returns {answers, dropped}: dropped is true when a stored value was unreadable and cleared.
export function loadAnswers(model) {
  const s = store();
  const before = s.dropped.length;
  const answers = clean(model, s.read("answers", validAnswers, {}));
  return { answers, dropped: s.dropped.length > before };
}

export const saveAnswers = (answers) => store().write("answers", answers);

// Says, in the quiz's lasting notice, whether answers are kept, and whether unreadable ones
// were dropped. "Saved" is said only while writes really reach the device's storage.
export function storeNote(element, t, dropped) {
  const state = storageState(["answers"]);
  element.textContent = (dropped ? `${t.dropped} ` : "") + (t[state ?? "saved"] ?? "");
  element.classList.toggle("sr-notice--warn", dropped || state !== null);
  element.hidden = !element.textContent;
}

// Radios <-> answers. Each fieldset carries data-reason and data-question.
export function restore(root, answers) {
  for (const input of root.querySelectorAll("input[type=radio]")) {
    const f = input.closest("[data-question]");
    input.checked = answers[f.dataset.reason]?.[f.dataset.question] === Number(input.value);
  }
}

// Enter on an answer chooses it, instead of submitting the form (implicit submission).
export function enterChooses(form) {
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || !event.target.matches?.("input[type=radio]")) return;
    event.preventDefault();
    if (!event.target.checked) event.target.click();
  });
}

// A follow-up shows only while the earlier answer it depends on is given; hidden, it is not
// scored (scoring.js leaves it out) but its answer is kept, in case the visitor goes back.
export function showFollowUps(root, model, answers) {
  for (const f of root.querySelectorAll("[data-follow-up]")) {
    const reason = model.reasons.find((r) => r.id === f.dataset.reason);
    const q = reason?.questions.find((x) => x.id === f.dataset.question);
    if (q) f.hidden = !applies(reason, q, answers[reason.id]);
  }
  // "Question 1, 2 …" counts the questions shown, so a hidden follow-up leaves no gap.
  for (const group of new Set([...root.querySelectorAll("[data-follow-up]")].map((f) => f.parentElement))) {
    let n = 0;
    for (const label of group.querySelectorAll(":scope > .sr-question:not([hidden]) .sr-question__number")) {
      label.textContent = label.textContent.replace(/\d+$/, ++n);
    }
  }
}

export function onAnswer(root, callback) {
  root.addEventListener("change", (event) => {
    const f = event.target.closest?.("[data-question]");
    if (f) callback(f.dataset.reason, f.dataset.question, Number(event.target.value), f);
  });
}

// Share links: "sr1." and one character per question in model order, the index of the
// chosen option or "-". Short, versioned, and checked against the questions on reading.
export const encode = (model, answers) =>
  "sr1." + model.reasons.flatMap((r) => r.questions.map((q) => answers[r.id]?.[q.id] ?? "-")).join("");

export function decode(model, text) {
  const questions = model.reasons.flatMap((r) => r.questions.map((q) => [r.id, q]));
  const body = text.slice(4);
  if (!text.startsWith("sr1.") || body.length !== questions.length) return null;
  const out = {};
  for (const [k, [id, q]] of questions.entries()) {
    if (body[k] === "-") continue;
    const i = "012345".indexOf(body[k]);
    if (i < 0 || i >= q.weights.length) return null;
    (out[id] ??= {})[q.id] = i;
  }
  return out;
}

// History of completed assessments: [{d: ISO date, s: {reasonId: score}}], the last 10.
// An entry whose date is not a real date, or whose scores are not 0 to 100 (or null while
// unanswered), is left out on its own; the rest of the history stays.
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const validScore = (v) => v === null || (typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100);
export const validEntry = (e) =>
  isObject(e) && typeof e.d === "string" && ISO.test(e.d) && isCalendarDate(e.d.slice(0, 10)) &&
  Number.isFinite(Date.parse(e.d)) &&
  isObject(e.s) && Object.values(e.s).every(validScore);
export const cleanHistory = (v) => (Array.isArray(v) ? v.filter(validEntry).slice(-10) : []);
export const loadHistory = () => cleanHistory(store().read("history", Array.isArray, []));
export const saveHistory = (history) => store().write("history", history.slice(-10));
const same = (entry, scores) => entry && JSON.stringify(entry.s) === JSON.stringify(scores);
export const scoresOf = (results) => Object.fromEntries(results.map((r) => [r.id, r.score]));

// Adds this result unless it repeats the last one.
export function record(results) {
  const history = loadHistory();
  const scores = scoresOf(results);
  if (!same(history.at(-1), scores)) saveHistory([...history, { d: new Date().toISOString(), s: scores }]);
}

// The earlier assessment to compare these results with, if any.
export function previous(results) {
  const history = loadHistory();
  return same(history.at(-1), scoresOf(results)) ? history.at(-2) : history.at(-1);
}
