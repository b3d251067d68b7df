/* Second Round embed helper, for the site that shows our pages in an iframe.
 *
 *   <iframe data-second-round src="https://…/?embed=1" title="…"></iframe>
 *   <script src="https://…/assets/embed-host.js" async></script>
 *
 * Each embedded page reports its height with postMessage; this script sets
 * the height of the iframe it came from, so the frame has no scrollbar of its
 * own. When the frame moves to another page, this brings the frame's top back
 * into view. Messages are accepted only from the frame's own window and origin.
 * No dependencies, no globals; works for any number of frames on the page.
 */
(function () {
  "use strict";
  var SELECTOR = "iframe[data-second-round]";

  function originOf(frame) {
    return new URL(frame.src, location.href).origin;
  }

  // A frame may have reported before this script arrived (it loads async):
  // ask every frame to report again now, and after each page load inside it.
  function ask(frame) {
    if (frame.contentWindow) {
      frame.contentWindow.postMessage({ source: "second-round", type: "measure", version: 1 },
        originOf(frame));
    }
  }
  // A new page inside the frame starts at its top: if the visitor had scrolled the host
  // down past the frame's top, bring it back into view.
  function showTop(frame) {
    if (frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: "start" });
  }
  // True once the frame holds our page: its address can no longer be read from here
  // (another origin), or is not the blank page a frame starts with. Asking a blank frame
  // would only print a warning in the host's console.
  function loaded(frame) {
    try {
      return frame.contentWindow.location.href !== "about:blank";
    } catch (error) {
      return true;
    }
  }
  function watch(frame) {
    var loads = 0;
    frame.addEventListener("load", function () {
      loads += 1;
      ask(frame);
      if (loads > 1) showTop(frame);
    });
    if (loaded(frame)) ask(frame);
  }
  var frames = document.querySelectorAll(SELECTOR);
  for (var f = 0; f < frames.length; f += 1) watch(frames[f]);

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.source !== "second-round" || data.version !== 1 ||
        (data.type !== "height" && data.type !== "top")) {
      return;
    }
    var all = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < all.length; i += 1) {
      var frame = all[i];
      if (frame.contentWindow !== event.source) continue;
      // The frame may have been navigated elsewhere: only its own site may resize it.
      if (originOf(frame) !== event.origin) return;
      if (data.type === "top") {
        showTop(frame);
        return;
      }
      var height = Math.ceil(Number(data.height));
      if (height > 0 && height < 100000) frame.style.height = height + "px";
      return;
    }
  });
})();
