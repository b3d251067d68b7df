// Small helpers shared by the checklist and debrief widgets. No interface text
// lives here: every word comes from the widget's JSON config block.
import { store } from "./store.js";

export const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
// "2024-02-30" and "2024-13-45" look like dates but are not: Date would roll them over or
// give "Invalid Date", which breaks formatting later, so only a real calendar day passes.
export function isCalendarDate(text) {
  if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return Number.isFinite(day.getTime()) && day.toISOString().slice(0, 10) === text;
}
export const isTextMap = (v) => isObject(v) && Object.values(v).every((x) => typeof x === "string");

// Puts a saved value in a form field; a radio button is checked when its own value is the
// one saved (null leaves every radio button of a blank copy empty).
export function setField(field, value) {
  if (field.type === "radio") field.checked = field.value === value;
  else field.value = value ?? "";
}

// The widget's settings: the hidden [data-config] element (JSON) inside its root.
export function config(root) {
  try {
    return JSON.parse(root.querySelector("[data-config]")?.textContent || "{}");
  } catch {
    return {};
  }
}

// "{name}" placeholders filled in; unknown names stay as written.
export const fill = (text, values) =>
  text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));

// Announces text in the widget's polite live region, without moving focus.
export function say(root, text) {
  const region = root.querySelector("[data-status]");
  if (!region) return;
  region.textContent = "";
  setTimeout(() => {
    region.textContent = text;
  }, 50);
}

// Shows the JavaScript-only controls (hidden in the HTML for pages without script).
export function reveal(root) {
  root.querySelectorAll("[data-tools]").forEach((el) => {
    el.hidden = false;
  });
}

// Tells the visitor if what they typed cannot be kept, or if saved data was unreadable.
// "Saved" shows only while writes really reach the device's storage.
export function storageNote(root, s, names) {
  const st = store();
  const parts = [];
  const state = () => {
    if (names.some((n) => st.newer.includes(n))) return s.newer;
    if (st.readOnly) return s.full;
    return st.persistent ? null : s.blocked;
  };
  if (names.some((n) => st.dropped.includes(n))) parts.push(s.dropped);
  if (state()) parts.push(state());
  const saved = root.querySelector("[data-saved]");
  if (saved) saved.hidden = state() !== null;
  if (parts.length) say(root, parts.join(" "));
  // Storage can fail mid-visit (quota): say so once, while this page is shown.
  whileShown(root, "sr:store-blocked", () => {
    if (saved) saved.hidden = true;
    say(root, state() ?? s.blocked);
  });
}

// Calls back on a document event for as long as root is on the page: instant navigation
// swaps pages without a reload, and a widget of a page gone must not answer.
export function whileShown(root, type, callback) {
  const listener = (event) => (root.isConnected ? callback(event) : document.removeEventListener(type, listener));
  document.addEventListener(type, listener);
}

// Re-reads a stored value, changes it and writes it back, so two widgets never overwrite each other.
export function update(name, isValid, fallback, change) {
  const value = store().read(name, isValid, fallback);
  const next = change(value) ?? value;
  store().write(name, next);
  return next;
}

export function download(filename, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement("a"), { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// The edition's language and region (site.yml's `language`, e.g. en-GB), carried by each
// widget's root: Material's <html lang> names only its interface language ("en"), and the
// browser's own default would give a British site American dates.
export const locale = () =>
  document.querySelector("[data-locale]")?.getAttribute("data-locale") || document.documentElement.lang || undefined;
export const formatDate = (date, options) => new Intl.DateTimeFormat(locale(), options).format(date);

// The printed footer: this page's address and today's date, refreshed before each print.
export function printFooter(root, template) {
  const footer = root.querySelector("[data-print-footer]");
  if (!footer || !template) return;
  const set = () => {
    if (!root.isConnected) return window.removeEventListener("beforeprint", set);
    footer.textContent = fill(template, { url: location.href, date: formatDate(new Date(), { dateStyle: "long" }) });
  };
  set();
  window.addEventListener("beforeprint", set);
}

// The JSON in the file chosen in a file input (which is then cleared, so the same file can
// be chosen again): undefined when it is larger than maxBytes, null when it cannot be read.
export async function readJsonFile(input, maxBytes) {
  const file = input.files?.[0];
  if (!file) return null;
  let data = null;
  try {
    data = file.size > maxBytes ? undefined : JSON.parse(await file.text());
  } catch {
    data = null;
  }
  input.value = "";
  return data;
}
