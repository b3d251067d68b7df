// Starts every widget on the page: an element with data-module="sr-name" gets the widget
// of that name. The widgets of a page come in one script built for that set of widgets
// (docs/assets/built/, see secondround/bundle.py), so a page fetches only what it uses.
// Runs again after each instant-navigation page change (Material's document$), and
// never binds an element twice.
const READY = "srReady"; // dataset flag: this element is already enhanced
const EMBED = "sr-embed"; // on every page, but only at work in embed mode (?embed=1)
const BUILT = new URL("../built/", import.meta.url);
const html = document.documentElement;
const widgets = new Map(); // data-module name -> widget class, as the built scripts define them
const requested = new Set(); // built scripts already added to this document

// The built scripts call define() when they run. root: the site's own base path, from
// where this file is (assets/js/ under it), so it stays right after instant navigation,
// which swaps the page but not Material's #__config (whose base is relative to the page
// first loaded): storage keys and embed links depend on it.
// scope: where answers are kept; in a translation (site/es/) the edition's root further up
// (main.html's sr-edition-root), so every language reads and writes the same answers.
const editionRoot = document.querySelector('meta[name="sr-edition-root"]')?.content || "";
window.secondRound = {
  root: new URL("../../", import.meta.url).pathname,
  scope: new URL(`../../${editionRoot}`, import.meta.url).pathname,
  define(classes) {
    for (const [name, Widget] of Object.entries(classes)) widgets.set(name, Widget);
    startWidgets();
  },
  // A helper only one rare action needs (the calendar file), fetched when it is first used.
  later: (name) => import(new URL(`lib-${name}.js`, BUILT).href).then((module) => module.default),
};

function start() {
  html.classList.add("sr-js");
  const names = new Set([...document.querySelectorAll("[data-module]")].map((e) => e.dataset.module));
  const hasEmbed = names.delete(EMBED);
  if (names.size) load([...names].sort());
  if (hasEmbed && html.classList.contains("sr-embed")) load([EMBED]);
  startWidgets();
  markEmpty();
  nameSearchDialog();
}

// A script element, not import(): the page's load event waits for it, so "loaded" means
// "ready to use" for the visitor's browser and for the tests alike.
function load(names) {
  if (names.every((name) => widgets.has(name))) return;
  const src = new URL(names.map((name) => name.replace(/^sr-/, "")).join("+") + ".js", BUILT).href;
  if (requested.has(src)) return;
  requested.add(src);
  const script = document.createElement("script");
  script.type = "module";
  script.src = src;
  script.addEventListener("error", () => console.error(`Second Round: ${src} could not be loaded`));
  document.head.append(script);
}

// Just after an instant navigation the new page takes input a moment before its widgets
// start. What was typed or ticked by then wins over what the widget restores from storage,
// and goes through the widget's own handlers, so it is saved like anything typed later.
const checkable = (field) => field.type === "checkbox" || field.type === "radio";
const typedSoFar = (root) =>
  [...root.querySelectorAll("input:not([type=file]), textarea")]
    .filter((f) => (checkable(f) ? f.checked !== f.defaultChecked : f.value !== f.defaultValue))
    .map((f) => [f, f.value, f.checked]);
function keep(typed) {
  for (const [field, value, checked] of typed) {
    field.value = value;
    field.checked = checked;
    field.dispatchEvent(new Event(checkable(field) ? "change" : "input", { bubbles: true }));
  }
}

function startWidgets() {
  for (const element of document.querySelectorAll("[data-module]")) {
    const Widget = widgets.get(element.dataset.module);
    if (!Widget || element.dataset[READY]) continue;
    element.dataset[READY] = "true";
    try {
      const typed = typedSoFar(element);
      new Widget(element);
      keep(typed);
    } catch (error) {
      // One broken widget must not stop the others; the page still works without it.
      delete element.dataset[READY];
      console.error(`Second Round: ${element.dataset.module} could not start`, error);
    }
  }
}

// Material's search panel has role="dialog" but no name, so a screen reader announces
// just "dialog". It takes the name of its own search field ("Search"), in the site's
// language; the panel outlives instant navigation, so this runs once in effect.
function nameSearchDialog() {
  const dialog = document.querySelector(".md-search[role=dialog]:not([aria-label])");
  const name = dialog?.querySelector("input[aria-label]")?.getAttribute("aria-label");
  if (name) dialog.setAttribute("aria-label", name);
}

// Material publishes document$ when navigation.instant is on; it emits once for
// the first page and then for every page it swaps in without a reload.
if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
  window.document$.subscribe(() => start());
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => start());
} else {
  start();
}

// Empty date and time fields carry data-empty, so forms.css's print rules leave them blank instead of
// printing the browser's placeholder (US-style "mm/dd/yyyy" on many systems). Kept up to
// date as the visitor types and once more before printing; bound once, at module load.
const DATES = "input:is([type=date], [type=datetime-local], [type=time])";
function markEmpty(root = document) {
  for (const input of root.querySelectorAll(DATES)) input.toggleAttribute("data-empty", !input.value);
}
for (const type of ["input", "change"]) {
  document.addEventListener(type, (event) => event.target.matches?.(DATES) && markEmpty(event.target.parentElement));
}
window.addEventListener("beforeprint", () => markEmpty());
