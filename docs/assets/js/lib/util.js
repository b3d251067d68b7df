// Small helpers shared by every widget, each job done once here. No interface text
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

// The widget's settings, texts and data: the hidden [data-config] element (JSON) inside its
// root, so a widget never looks outside its own root for them.
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

// A widget's buttons carry data-action="name": a press calls actions[name](button). One
// listener on the root, so buttons the widget adds later (the log's Remove) work too.
export function onAction(root, actions) {
  root.addEventListener("click", (event) => {
    const button = event.target.closest("[data-action]");
    if (button) actions[button.dataset.action]?.(button);
  });
}

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

// What storage does with these stored values, as the name of the text that says so: "newer"
// (saved by a newer version of the site, so left alone), "full" (still read, nothing new
// kept), "blocked" (nothing kept), or null while writes really reach the device's storage.
// "framed": nothing kept, in a frame (embed mode), whose one warning at the top of the page
// already says so and offers the full site; widgets have no text of that name and say nothing.
export function storageState(names) {
  const st = store();
  if (names.some((n) => st.newer.includes(n))) return "newer";
  if (st.readOnly) return "full";
  return st.persistent ? null : document.documentElement.classList.contains("sr-embed") ? "framed" : "blocked";
}

// Tells the visitor if what they typed cannot be kept, or if saved data was unreadable.
// "Saved" shows only while writes really reach the device's storage.
export function storageNote(root, s, names) {
  const state = () => s[storageState(names)];
  const parts = [names.some((n) => store().dropped.includes(n)) && s.dropped, state()].filter(Boolean);
  const saved = root.querySelector("[data-saved]");
  if (saved) saved.hidden = storageState(names) !== null;
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

// The edition's language and region (site.yml's `language`, e.g. en-GB), carried by each
// widget's root: Material's <html lang> names only its interface language ("en"), and the
// browser's own default would give a British site American dates.
export const locale = () =>
  document.querySelector("[data-locale]")?.dataset.locale || document.documentElement.lang || undefined;
// style: a dateStyle ("medium", "long") or Intl options.
export const formatDate = (date, style = "medium") =>
  new Intl.DateTimeFormat(locale(), typeof style === "string" ? { dateStyle: style } : style).format(date);

// The printed footer: this page's address and today's date, filled in just before each
// print (beforeprint, which browsers fire for their print dialog, window.print() and
// headless PDFs alike). Not at start: it is hidden on screen, and the first date format
// of a visit loads the browser's locale data, a task of about 50 ms on a slow phone.
export function printFooter(root, template) {
  const footer = root.querySelector("[data-print-footer]");
  if (!footer || !template) return;
  // Embed mode's ?embed=1 is left out: typed in from paper, the address opens the whole site.
  const set = () => {
    if (!root.isConnected) return removeEventListener("beforeprint", set);
    footer.textContent = fill(template, { url: location.href.replace(/[?&]embed=1(?=#|$)/, ""), date: formatDate(new Date(), "long") });
  };
  addEventListener("beforeprint", set);
}
