// Embed mode (?embed=1, switched on by embed-early.js): inside another site's
// iframe the page shows only its content, keeps embed mode on every link
// followed inside the frame, says when answers cannot be kept there, and
// tells the host page its height so the frame never needs a scrollbar of
// its own (docs/assets/embed-host.js on the host side does the resizing).
import { siteScope, store } from "./store.js";

const PARAM = "embed";
const HEIGHT = { source: "second-round", type: "height", version: 1 };
const html = document.documentElement;
let observer = null;
let lastHeight = 0;

function withEmbed(href, on = true) {
  const url = new URL(href, location.href);
  if (on) url.searchParams.set(PARAM, "1");
  else url.searchParams.delete(PARAM);
  return url.href;
}

function postHeight() {
  if (window.parent === window) return;
  const height = Math.ceil(html.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  window.parent.postMessage({ ...HEIGHT, height }, "*");
}

function paragraph(className, text, link) {
  const p = document.createElement("p");
  p.className = className;
  if (text) p.append(text, " ");
  if (link) p.append(link);
  return p;
}

export class Embed {
  constructor(element) {
    if (!html.classList.contains("sr-embed")) return;
    // Keep ?embed=1 in the address bar of the frame, so a reload stays embedded.
    if (new URL(location.href).searchParams.get(PARAM) !== "1") {
      history.replaceState(history.state, "", withEmbed(location.href));
    }
    const base = new URL(siteScope(), location.href).pathname;
    for (const link of document.querySelectorAll("a[href]")) {
      const url = new URL(link.href, location.href);
      const inside = url.origin === location.origin && url.pathname.startsWith(base);
      if (inside && !link.getAttribute("href").startsWith("#") && !link.hasAttribute("download")) {
        link.href = withEmbed(link.href);
      }
    }
    const full = document.createElement("a");
    full.href = withEmbed(location.href, false);
    full.target = "_blank";
    full.rel = "noopener";
    full.textContent = element.dataset.open;
    const notes = [paragraph("sr-embed-bar", "", full)];
    if (!store().persistent) {
      const again = full.cloneNode(true);
      notes.push(paragraph("sr-embed-notice", element.dataset.blocked, again));
      notes[1].setAttribute("role", "status");
    }
    element.closest("article, .md-content__inner, main")?.prepend(...notes);
    if (!observer) {
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
