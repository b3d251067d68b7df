// Starts every widget on the page: elements with data-module="name" get the
// widget registered under that name. Runs again after each instant-navigation
// page change (Material's document$), and never binds an element twice.
import { widgets } from "./widgets.js";

const READY = "srReady"; // dataset flag: this element is already enhanced

function start(root = document) {
  document.documentElement.classList.add("sr-js");
  for (const element of root.querySelectorAll("[data-module]")) {
    const Widget = widgets[element.dataset.module];
    if (!Widget || element.dataset[READY]) continue;
    element.dataset[READY] = "true";
    try {
      new Widget(element);
    } catch (error) {
      // One broken widget must not stop the others; the page still works without it.
      delete element.dataset[READY];
      console.error(`Second Round: ${element.dataset.module} could not start`, error);
    }
  }
  markEmpty(root);
  nameSearchDialog();
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

// Empty date and time fields carry data-empty, so print.css leaves them blank instead of
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
