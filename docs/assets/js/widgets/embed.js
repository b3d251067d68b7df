// Embed mode (?embed=1, switched on by embed-early.js): inside another site's
// iframe the page shows only its content, keeps embed mode on every link
// followed inside the frame, says when answers cannot be kept there, and
// tells the host page its height so the frame never needs a scrollbar of
// its own (docs/assets/embed-host.js on the host side does the resizing).
import { siteScope, store } from "../lib/store.js";

const PARAM = "embed";
const MESSAGE = { source: "second-round", type: "height", version: 1 };
const html = document.documentElement;
let observer = null;
let lastHeight = 0;
let pagesShown = 0;

// Always last in the query (a host's src may add more after it): the printed footer
// (util.js's printFooter) leaves a final ?embed=1 / &embed=1 out of the page's address.
function withEmbed(href, on = true) {
  const url = new URL(href, location.href);
  url.searchParams.delete(PARAM);
  if (on) url.searchParams.append(PARAM, "1");
  return url.href;
}

function postToHost(message) {
  if (window.parent !== window) window.parent.postMessage({ ...MESSAGE, ...message }, "*");
}

function postHeight() {
  const height = Math.ceil(html.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  postToHost({ height });
}

// A link to another page of this edition keeps ?embed=1; anchors, downloads,
// other sites and new tabs (the full site) are left alone.
function keepEmbedded(link) {
  const url = new URL(link.href, location.href);
  const base = new URL(siteScope(), location.href).pathname;
  const inside = url.origin === location.origin && url.pathname.startsWith(base) && link.target !== "_blank";
  if (inside && !link.getAttribute("href").startsWith("#") && !link.hasAttribute("download")) {
    link.href = withEmbed(link.href);
  }
}

function paragraph(className, text, link) {
  const p = document.createElement("p");
  p.className = className;
  if (text) p.append(text, " ");
  if (link) p.append(link);
  return p;
}

export default class Embed {
  constructor(element) {
    if (!html.classList.contains("sr-embed")) return;
    // Keep ?embed=1 in the address bar of the frame, so a reload stays embedded; last, as above.
    if (!/[?&]embed=1(#|$)/.test(location.href)) {
      history.replaceState(history.state, "", withEmbed(location.href));
    }
    for (const link of document.querySelectorAll("a[href]")) keepEmbedded(link);
    const full = document.createElement("a");
    full.href = withEmbed(location.href, false);
    full.target = "_blank";
    full.rel = "noopener";
    full.textContent = element.dataset.open;
    // Where the frame cannot keep what the page keeps, a warning takes the bar's place and its
    // one link is the way out; a page to read loses nothing in the frame and only offers the link.
    const keeps = document.querySelector(`[data-module]:not([data-module="sr-embed"], [data-module="sr-embed-snippet"])`);
    const blocked = !store().persistent && keeps;
    const bar = paragraph(blocked ? "sr-embed-notice sr-notice sr-notice--warn" : "sr-embed-bar",
      blocked && element.dataset.blocked, full);
    if (blocked) {
      bar.setAttribute("role", "status");
      // "Skip to content" goes to the page's heading, below the warning: someone skipping
      // the header would miss it, so the skip lands on the warning (it sits just above).
      bar.id = "sr-embed-notice";
      const skip = document.querySelector(".md-skip");
      if (skip) skip.setAttribute("href", "#sr-embed-notice");
    }
    element.closest("article, .md-content__inner, main")?.prepend(bar);
    // A page swapped in by instant navigation: the host is asked to bring the frame's top
    // into view, or the visitor would be left at the old scroll depth. (A full page load
    // is seen by the host itself, as the frame's load event.)
    pagesShown += 1;
    if (pagesShown > 1) postToHost({ type: "top" });
    if (!observer) {
      // Links the pages make later (the results plan, history, checklists) are caught
      // when followed: capture runs before Material's instant navigation reads the href.
      for (const type of ["click", "auxclick"]) {
        document.addEventListener(type, (event) => {
          const link = event.target.closest?.("a[href]");
          if (link) keepEmbedded(link);
        }, true);
      }
      observer = new ResizeObserver(postHeight);
      observer.observe(html);
      // The host script asks again when it starts, in case it missed our last report.
      window.addEventListener("message", (event) => {
        if (event.source === window.parent && event.data?.source === "second-round"
            && event.data.type === "measure") {
          lastHeight = 0;
          postHeight();
        }
      });
    }
    postHeight();
  }
}
